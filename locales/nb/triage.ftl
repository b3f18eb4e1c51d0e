## Flow: triage (always first in a case)

triage-title = Først: haster noe?
triage-desc = Akutt fare, alvorlig forbrytelse, mulig barn, følgeperson

## Sections of IS-1022 (external)
src-is-1022-6-guidance = Kapittel 6: «Mistenker du at en person er under utnyttelse?»
src-is-1022-6-avert = Kapittel 6: Avvergingsplikt
src-is-1022-6-4-acute = Kapittel 6.4: Akuttsituasjoner, og forslag til planlegging av samtale
src-is-1022-6-4-minors = Kapittel 6.4: Mindreårige
src-is-1022-6-4-planning = Kapittel 6.4: Konkrete forslag til planlegging av samtale

## Acute danger
triage-acute-q-title = Er personen i akutt fare nå?
triage-acute-q-text =
    Fare for liv eller helse akkurat nå: alvorlig skade eller sykdom,
    vold eller trusler som pågår, eller en akutt krise.
triage-acute-q-yes = Ja, akutt fare eller akutt krise
triage-acute-q-no = Nei, ikke akutt

triage-acute-title = Akutt fare: nødhjelp først
triage-acute-text = Samtalen om utnyttelse må vente. Nå gjelder liv, helse og trygghet.
triage-acute-call = Ring 113 ved fare for liv eller helse. Ring 112 ved vold eller trusler nå.
triage-acute-protect = Trenger personen beskyttelse nå, uten at det er en nødsituasjon: kontakt politiet.
triage-acute-needs = Dekk grunnleggende behov først: trygghet, hvile, mat, drikke og støtte.
triage-acute-later = Ta samtalen senere, når personen føler seg trygg.
triage-acute-minor = Kan personen være under 18? Kontakt også barneverntjenesten eller barnevernvakten.
triage-acute-again = Start en ny sak i verktøyet når situasjonen er rolig.

## A section 196 crime
triage-crime-title = Kan en alvorlig forbrytelse pågå, eller skje snart?
triage-crime-text =
    Avvergingsplikten (straffeloven § 196) gjelder blant annet grov
    menneskehandel og tvangsekteskap. Tegn på grov menneskehandel:
    personen er under 18 år, grov vold eller tvang, eller betydelig
    utbytte. Svar ja hvis det er sikkert eller mest sannsynlig.
triage-crime-yes = Ja, det er sikkert eller mest sannsynlig
triage-crime-unsure = Jeg er usikker
triage-crime-no = Nei
triage-avert-title = Avvergingsplikten

## A possible child
triage-age-title = Kan personen være under 18 år?
triage-age-text =
    Svar ja også når alderen er ukjent, men det er grunn til å tro at
    personen er under 18.
triage-age-yes = Ja, eller alderen er ukjent og kan være under 18
triage-age-no = Nei, ingen grunn til å tro det
triage-child-title = Barnesporet

## A companion
triage-companion-title = Kan du snakke med personen alene?
triage-companion-text =
    Er noen med personen, kan følgepersonen være knyttet til
    bakpersonene. Bruk aldri følgepersonen som tolk, selv om det blir
    tilbudt.
triage-companion-alone = Ja, personen er alene, eller vi kan snakke alene
triage-companion-present = Nei, noen er med personen

triage-pretext-title = Ikke tving fram et skille
triage-pretext-text =
    Finn en naturlig grunn til å se personen alene: en undersøkelse
    som må gjøres, en prøve, eller en ny time snart. Si ikke hva du er
    bekymret for mens følgepersonen kan høre det. Går det ikke nå:
    hold kontakten og kom tilbake.
triage-alone-now-title = Fikk du snakke med personen alene?
triage-alone-now-yes = Ja, vi er alene nå
triage-alone-now-no = Nei, ikke nå

## Hold the conversation, or get advice first
triage-hold-title = Skal du ha samtalen nå, eller få råd først?
triage-hold-text =
    Tenk over om du kan ha en god og trygg samtale nå: Har du tid, et
    eget rom og en trygg tolk om det trengs? Du kan få råd før
    samtalen, eller la noen med mer erfaring ta den.
triage-hold-now = Jeg har samtalen nå
triage-hold-advice = Jeg får råd eller henviser først
triage-hold-not-safe = Forholdene er ikke trygge nå

triage-ready-title = Klar for samtalen
triage-ready-text = Neste steg viser hvordan du åpner, spør og lytter.
triage-ready-companion = Følgepersonen skal ikke være i rommet, og skal ikke tolke.

triage-advice-title = Få råd før samtalen
triage-advice-text =
    Beskriv situasjonen, ikke personen. Du trenger ikke være sikker
    for å be om råd.
triage-advice-rosa = Ring ROSA: de gir råd til fagfolk i saker om menneskehandel.
triage-advice-bufdir = Mulig barn: Bufdirs veiledningsfunksjon gir råd i konkrete saker.
triage-advice-anonymous = Ikke oppgi navn eller annet som kan identifisere personen uten samtykke.
triage-advice-contact = Hold kontakten: avtal en ny time snart, med en naturlig grunn.

triage-later-title = Hold kontakten og kom tilbake
triage-later-text =
    En utrygg samtale kan sette personen i fare. Det er bedre å vente
    enn å presse fram en samtale nå.
triage-later-appointment = Avtal en ny time snart, med en naturlig grunn, f.eks. en prøve eller en kontroll.
triage-later-slip = Gi informasjon om hjelp bare hvis det kan skje diskret, f.eks. på en liten lapp.
triage-later-prepare = Forbered neste møte: eget rom, trygg tolk og henvisningsinformasjon.
triage-later-minor = Mulig barn: kontakt barneverntjenesten nå, ikke først ved neste møte.
triage-later-avert = Avvergingsplikten venter ikke til neste møte: handle nå.
triage-later-advice = Få gjerne råd i mellomtiden, f.eks. fra ROSA.
