## Flow: outcomes (after the conversation, seed 004)

outcomes-title = Etter samtalen
outcomes-desc = Hva kom fram, og hva gjør du nå?

## Sections of seed 004
src-004-outcomes = Etter samtalen: mulige utfall
src-004-wants-help = Er utnyttet, ønsker hjelp
    .discreet = Bekrefter, ønsker hjelp
src-004-no-help = Er utnyttet, ønsker ikke hjelp
    .discreet = Bekrefter, ønsker ikke hjelp
src-004-refuted = Menneskehandel blir avkreftet
    .discreet = Bekymringen blir avkreftet
src-004-unclear = Situasjonen er fremdeles uavklart

## The question
outcomes-which-title = Hva kom ut av samtalen?
outcomes-which-text = Velg det som passer best.
outcomes-which-why =
    Mange som er utnyttet, kvier seg for å fortelle om det, av ulike grunner. Ofte er saken ikke mer avklart etter én samtale.
    Helsedirektoratet nevner fire mulige utfall; «fortsatt uavklart» er det femte svaret her. Hvert utfall sier hva du gjør nå, i dag og senere.
    .discreet =
        Mange som er i en vanskelig situasjon, kvier seg for å fortelle om det, av ulike grunner. Ofte er saken ikke mer avklart etter én samtale.
        Helsedirektoratet nevner fire mulige utfall; «fortsatt uavklart» er det femte svaret her. Hvert utfall sier hva du gjør nå, i dag og senere.
outcomes-which-strengthened = Bekymringen er styrket, men personen har ikke bekreftet den
outcomes-which-lessened = Bekymringen er avkreftet eller mindre
outcomes-which-no-help = Personen bekrefter det du var bekymret for, men vil ikke ha hjelp
    .discreet = Personen bekrefter det, men vil ikke ha hjelp
outcomes-which-wants-help = Personen bekrefter det du var bekymret for, og vil ha hjelp
    .discreet = Personen bekrefter det, og vil ha hjelp
outcomes-which-unclear = Det er fortsatt uavklart

## A possible child confirms it: the duty to report, and section 196 again
outcomes-child-title = Under 18 år: meldeplikten gjelder nå
outcomes-child-text =
    Det barnet selv forteller, er grunn til å tro at barnet blir utnyttet. Meld til barneverntjenesten, også om barnet sier nei.
    Lytt til barnets syn og legg vekt på det. Fortell barnet hva du skal gjøre.
    .discreet =
        Det barnet selv forteller, er grunn til å tro at barnet blir skadet. Meld til barneverntjenesten, også om barnet sier nei.
        Lytt til barnets syn og legg vekt på det. Fortell barnet hva du skal gjøre.
outcomes-child-why =
    Helsepersonell skal av eget tiltak, uten hinder av taushetsplikten, melde fra til barneverntjenesten når det er grunn til å tro at et barn blir eller vil bli utnyttet (helsepersonelloven § 33, barnevernsloven § 13-2). «Grunn til å tro» krever konkrete holdepunkter, ikke visshet; det barnet selv forteller, er et slikt holdepunkt. Alle under 18 år er barn.
    Meldingen går til barneverntjenesten, ikke til politiet. Den sier hvem barnet er. Ber du om råd først (Bufdirs veiledningsfunksjon), oppgir du ikke navn.
    Deretter vurderer du avvergingsplikten (på nytt), med mindre du allerede har funnet at den gjelder: en forbrytelse mot et barn kan også falle inn under straffeloven § 196.
    .discreet =
        Helsepersonell skal av eget tiltak, uten hinder av taushetsplikten, melde fra til barneverntjenesten når det er grunn til å tro at et barn blir eller vil bli skadet på denne måten (helsepersonelloven § 33, barnevernsloven § 13-2). «Grunn til å tro» krever konkrete holdepunkter, ikke visshet; det barnet selv forteller, er et slikt holdepunkt. Alle under 18 år er barn.
        Meldingen går til barneverntjenesten, ikke til politiet. Den sier hvem barnet er. Ber du om råd først (Bufdirs veiledningsfunksjon), oppgir du ikke navn.
        Deretter vurderer du avvergingsplikten (på nytt), med mindre du allerede har funnet at den gjelder: en forbrytelse mot et barn kan også falle inn under straffeloven § 196.
outcomes-avert-title = Under 18 år: vurder avvergingsplikten

## Actions used by several outcomes
outcomes-new-appointment = Tilby ny time med en naturlig grunn, f.eks. nye prøver eller mer informasjon om et tilbud. Si at personen kan ta kontakt igjen. Ikke press på for å få svar: tillit tar flere samtaler.
outcomes-discreet-info = Si hvor personen kan få hjelp, diskret, f.eks. på en liten lapp som er lett å skjule.
outcomes-get-advice = Be ROSA om råd i saken. Ikke si hvem personen er.
outcomes-get-advice-minor = Be Bufdirs veiledningsfunksjon om råd i saken. Ikke si hvem barnet er.
outcomes-minor-report = Under 18 år: meld til barneverntjenesten, også om barnet sier nei. Lytt til barnets syn, og fortell barnet hva du skal gjøre.

## 1. Concern strengthened, not confirmed
outcomes-strengthened-title = Bekymringen er styrket, men ikke bekreftet
outcomes-strengthened-text = Følg det opp som en uavklart sak. Det er ikke et nederlag.
outcomes-strengthened-why =
    Personen har ikke bekreftet noe, men du er mer bekymret enn før. Mange har ulike grunner til ikke å fortelle, og noen ser ikke selv at de er utnyttet.
    Samtalen kan gjøre det lettere for personen å fortelle eller søke hjelp senere. Vær gjerne kreativ med grunner til nye avtaler.
    .discreet =
        Personen har ikke bekreftet noe, men du er mer bekymret enn før. Mange har ulike grunner til ikke å fortelle, og noen ser ikke selv at situasjonen skader dem.
        Samtalen kan gjøre det lettere for personen å fortelle eller søke hjelp senere. Vær gjerne kreativ med grunner til nye avtaler.

## 2. Concern ruled out or lessened
outcomes-lessened-title = Bekymringen er avkreftet eller mindre
outcomes-lessened-text = Personen er som regel fortsatt i en vanskelig situasjon. Ikke avslutt oppfølgingen.
outcomes-lessened-why =
    Selv om det ikke er menneskehandel, er personen som regel i en vanskelig situasjon: vold eller overgrep i nære relasjoner, negativ sosial kontroll, tvangsekteskap eller manglende lovlig opphold. Å mangle lovlig opphold er i seg selv en stor risiko for å bli utnyttet senere.
    Ta tak i det du har avdekket, og følg det opp. Mishandling i nære relasjoner og tvangsekteskap kan også være omfattet av avvergingsplikten (straffeloven § 196).
    .discreet =
        Selv om den første bekymringen er avkreftet, er personen som regel i en vanskelig situasjon: vold eller overgrep i nære relasjoner, negativ sosial kontroll, ekteskap mot egen vilje eller manglende lovlig opphold. Å mangle lovlig opphold er i seg selv en stor risiko for å bli skadet senere.
        Ta tak i det du har avdekket, og følg det opp. Mishandling i nære relasjoner og ekteskap mot egen vilje kan også være omfattet av avvergingsplikten (straffeloven § 196).
outcomes-lessened-look = Spør om vold eller overgrep i nære relasjoner, negativ sosial kontroll og tvangsekteskap. Følg opp det du avdekker. Ikke avslutt oppfølgingen fordi den første bekymringen ble avkreftet.
    .discreet = Spør om vold eller overgrep i nære relasjoner, negativ sosial kontroll og ekteskap mot personens vilje. Følg opp det du avdekker. Ikke avslutt oppfølgingen fordi den første bekymringen ble avkreftet.
outcomes-lessened-avert-report = Mishandling i nære relasjoner eller tvangsekteskap som pågår eller mest sannsynlig skal skje, kan utløse avvergingsplikten. Er du usikker: les plikt.no, eller be Kompetanseteamet om råd. Meldingen til barneverntjenesten gjelder allerede og venter ikke på det rådet.
    .discreet = Mishandling i nære relasjoner eller ekteskap mot personens vilje som pågår eller mest sannsynlig skal skje, kan utløse avvergingsplikten. Er du usikker: les plikt.no, eller be Kompetanseteamet om råd. Meldingen til barneverntjenesten gjelder allerede og venter ikke på det rådet.
outcomes-lessened-avert = Mishandling i nære relasjoner eller tvangsekteskap som pågår eller mest sannsynlig vil skje, kan utløse avvergingsplikten. Er du usikker: les plikt.no. Gjelder det tvangsekteskap, æresrelatert vold eller negativ sosial kontroll, be Kompetanseteamet om råd uten å oppgi navn.
    .discreet = Mishandling i nære relasjoner eller ekteskap mot personens vilje som pågår eller mest sannsynlig vil skje, kan utløse avvergingsplikten. Er du usikker: les plikt.no. Gjelder det ekteskap mot personens vilje, æresrelatert vold eller negativ sosial kontroll, be Kompetanseteamet om råd uten å oppgi navn.
outcomes-lessened-residence = Mangler personen lovlig opphold? Det alene er en stor risiko for å bli utnyttet senere. Sørg for at personen kjenner helserettighetene sine.
    .discreet = Mangler personen lovlig opphold? Det alene er en stor risiko for å bli skadet senere. Sørg for at personen kjenner helserettighetene sine.

## 3. Confirms the concern, does not want help
outcomes-no-help-title = Bekrefter bekymringen, vil ikke ha hjelp
    .discreet = Bekrefter det, vil ikke ha hjelp
outcomes-no-help-text = Hold døren åpen: personen kan komme tilbake eller ombestemme seg.
outcomes-no-help-why =
    En voksen som sier nei til hjelp, skal få det respektert. Sørg for at personen kjenner rettighetene sine og vet hvor det finnes hjelp om hun eller han ombestemmer seg eller situasjonen blir verre, og tilby ny time eller be personen ta kontakt igjen.
    Politiet og utlendingsmyndighetene: ikke uten personens samtykke. Uten samtykke: politiet bare i en nødsituasjon, eller når en lovpålagt plikt krever det: avvergingsplikten (straffeloven § 196) eller helsepersonelloven § 31. Utlendingsmyndighetene bare med samtykke fra den voksne, og i personens egen sak.
    For en person under 18 år opphever barnets nei ikke meldeplikten til barneverntjenesten; barnets syn skal likevel høres og vektlegges.
outcomes-no-help-respect-duty = Respekter valget så langt loven gir rom for det, og ikke press. Avvergingsplikten gjelder likevel: den avhenger ikke av personens ja. Når det er trygt, si til personen hva du må gjøre.
outcomes-no-help-respect-police = Respekter valget. Ikke press. Ikke kontakt politiet eller utlendingsmyndighetene uten personens samtykke: politiet bare i en nødsituasjon eller når en lovpålagt plikt gjelder (straffeloven § 196, helsepersonelloven § 31); utlendingsmyndighetene bare med samtykke fra den voksne, og i personens egen sak.
outcomes-no-help-rights = Fortell personen om rettighetene sine, og hvor det finnes hjelp om hun eller han ombestemmer seg eller situasjonen blir verre. Diskret, f.eks. på en liten lapp. Tilby ny time.
outcomes-no-police = Ikke kontakt politiet eller utlendingsmyndighetene uten personens samtykke. Uten samtykke: politiet bare i en nødsituasjon eller når en lovpålagt plikt gjelder (straffeloven § 196, helsepersonelloven § 31); utlendingsmyndighetene bare med samtykke fra den voksne, og i personens egen sak.

## 4. Confirms the concern, wants help
outcomes-wants-help-title = Bekrefter bekymringen, vil ha hjelp
    .discreet = Bekrefter det, vil ha hjelp
outcomes-wants-help-text = Handle nå, slik personen ønsker.
outcomes-wants-help-why =
    Når personen forteller om utnyttelse og ønsker hjelp, må du handle. Avhengig av situasjonen og hva personen selv ønsker, kontakter du en relevant hjelpeinstans med en gang (tilby det alltid), eller du sier hvor personen kan henvende seg på egen hånd senere.
    I det siste tilfellet: tilby en ny time, i tilfelle det blir vanskelig å ta kontakt på egen hånd. Henvisningssteget etterpå hjelper deg å velge hjelpeinstans etter behov.
    .discreet =
        Når personen forteller om det som skjer og ønsker hjelp, må du handle. Avhengig av situasjonen og hva personen selv ønsker, kontakter du en relevant hjelpeinstans med en gang (tilby det alltid), eller du sier hvor personen kan henvende seg på egen hånd senere.
        I det siste tilfellet: tilby en ny time, i tilfelle det blir vanskelig å ta kontakt på egen hånd. Henvisningssteget etterpå hjelper deg å velge hjelpeinstans etter behov.
outcomes-wants-help-offer = Tilby alltid å kontakte en relevant hjelpeinstans nå, sammen med personen, etter den lokale rutinen (ingen rutine: be ROSA om råd, uten å oppgi navn). Få samtykke først, og del bare det som trengs.
outcomes-wants-help-offer-minor = Under 18 år: hjelpen går gjennom barneverntjenesten, og meldingen sier hvem barnet er. Tilby å kontakte den sammen med barnet nå; lytt til barnets mening og legg vekt på den.
outcomes-wants-help-later = Vil personen heller ta kontakt selv senere? Si hvor og hvordan, diskret, og tilby ny time i tilfelle det blir vanskelig å ta kontakt på egen hånd.

## Still unclear
outcomes-unclear-title = Fortsatt uavklart
outcomes-unclear-text = Det er ikke et nederlag at du verken fikk et ja eller et nei. Planlegg flere samtaler.
outcomes-unclear-why =
    Mange har ulike grunner til ikke å fortelle, og noen ser ikke selv at de er utnyttet. Det kan ta tid og flere samtaler å bygge tillit. Vær gjerne kreativ med grunner til nye avtaler.
    Samtalen kan likevel ha satt i gang noe som gjør det lettere for personen å fortelle eller søke hjelp senere.
    .discreet =
        Mange har ulike grunner til ikke å fortelle, og noen ser ikke selv at situasjonen skader dem. Det kan ta tid og flere samtaler å bygge tillit. Vær gjerne kreativ med grunner til nye avtaler.
        Samtalen kan likevel ha satt i gang noe som gjør det lettere for personen å fortelle eller søke hjelp senere.
