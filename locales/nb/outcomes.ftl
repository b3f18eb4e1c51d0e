## Flow: outcomes (after the conversation, seed 004)

outcomes-title = Etter samtalen
outcomes-desc = Hva kom fram, og hva gjør du nå?

## Sections of seed 004
src-004-outcomes = Etter samtalen: mulige utfall
src-004-wants-help = Er utnyttet, ønsker hjelp
src-004-no-help = Er utnyttet, ønsker ikke hjelp
src-004-refuted = Menneskehandel blir avkreftet
src-004-unclear = Situasjonen er fremdeles uavklart

## The question
outcomes-which-title = Hva kom ut av samtalen?
outcomes-which-text =
    Mange som er utnyttet, vil ikke fortelle om det. Ofte er saken
    ikke mer avklart etter én samtale. Velg det som passer best.
outcomes-which-strengthened = Bekymringen er styrket, men personen bekrefter ikke
outcomes-which-lessened = Bekymringen er avkreftet eller mindre
outcomes-which-no-help = Personen bekrefter utnyttelse, men vil ikke ha hjelp
outcomes-which-wants-help = Personen bekrefter utnyttelse og vil ha hjelp
outcomes-which-unclear = Det er fortsatt uavklart

## Actions used by several outcomes
outcomes-trust = Bygg tillit over flere samtaler. Ikke press på for å få svar.
outcomes-new-appointment = Tilby ny time, med en naturlig grunn: f.eks. nye prøver, eller mer informasjon om et tilbud.
outcomes-discreet-info = Si hvor personen kan få hjelp, diskret, f.eks. på en liten lapp som er lett å skjule.
outcomes-get-advice = Drøft saken med ROSA, som gir råd til fagfolk. Ikke si hvem personen er.

## 1. Concern strengthened, not confirmed
outcomes-strengthened-title = Bekymringen er styrket, men ikke bekreftet
outcomes-strengthened-text =
    Personen har ikke fortalt noe, men du er mer bekymret enn før.
    Følg det opp som en uavklart sak. Det er ikke et nederlag:
    samtalen kan gjøre det lettere for personen å fortelle eller
    søke hjelp senere.

## 2. Concern ruled out or lessened
outcomes-lessened-title = Bekymringen er avkreftet eller mindre
outcomes-lessened-text =
    Selv om det ikke er menneskehandel, er personen som regel i en
    vanskelig situasjon. Ikke avslutt oppfølgingen av den grunn.
outcomes-lessened-look = Se etter vold i nære relasjoner, negativ sosial kontroll og tvangsekteskap.
outcomes-lessened-residence = Mangler personen lovlig opphold? Det er i seg selv en stor risiko for utnyttelse senere.
outcomes-lessened-follow = Ta tak i det andre du har avdekket, og følg det opp.
outcomes-lessened-forced-marriage = Tvangsekteskap som pågår eller mest sannsynlig vil skje, er omfattet av avvergingsplikten.
outcomes-lessened-rights = Rettighetene avhenger av oppholdsstatus: se henvisning og rettigheter.

## 3. Confirms exploitation, does not want help
outcomes-no-help-title = Bekrefter utnyttelse, vil ikke ha hjelp
outcomes-no-help-text =
    En voksen kan si nei til hjelp. Respekter det, og sørg for at
    personen vet hvor det finnes hjelp, om hun eller han ombestemmer
    seg eller situasjonen blir verre.
outcomes-no-help-respect = Respekter valget. Ikke press.
outcomes-no-help-minor = Personen kan være under 18: et nei opphever ikke meldeplikten. Meld til barneverntjenesten.
outcomes-no-help-avert = Avvergingsplikten gjelder likevel: personens nei opphever den ikke.
outcomes-no-help-rights = Gi informasjon om rettighetene personen har.
outcomes-invite-back = Si at personen alltid kan ta kontakt med deg igjen.
outcomes-no-police = Ikke kontakt politi eller utlendingsmyndigheter uten samtykke, med mindre en lovpålagt plikt gjelder.

## 4. Confirms exploitation, wants help
outcomes-wants-help-title = Bekrefter utnyttelse, vil ha hjelp
outcomes-wants-help-text =
    Nå skal du handle. Hva du gjør, avhenger av situasjonen og av
    hva personen selv ønsker.
outcomes-wants-help-offer = Tilby alltid å kontakte en relevant hjelpeinstans med en gang.
outcomes-wants-help-consent = Få samtykke før du deler noe, og del bare det som trengs.
outcomes-wants-help-later = Vil personen heller ta kontakt selv senere: si hvor og hvordan, diskret.
outcomes-wants-help-new = Tilby da en ny time, i tilfelle det blir vanskelig å ta kontakt på egen hånd.
outcomes-wants-help-referral = Velg hjelpeinstans etter behov: se henvisning og rettigheter.

## Still unclear
outcomes-unclear-title = Fortsatt uavklart
outcomes-unclear-text =
    Det er ikke et nederlag at du verken fikk bekreftet eller
    avkreftet noe. Mange har grunner til ikke å fortelle, og noen ser
    ikke selv at de er utnyttet. Samtalen kan likevel ha satt i gang
    noe.
outcomes-unclear-time = Sett av tid til å bygge tillit. Planlegg flere samtaler.
