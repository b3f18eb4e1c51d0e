## Flow: triage (always first in a case)

triage-title = Først: haster noe?
triage-desc = Akutt fare, alder, alvorlig forbrytelse, følgeperson

## Sections of IS-1022 (external)
src-is-1022-6-guidance = Kapittel 6: «Mistenker du at en person er under utnyttelse?»
    .discreet = Kapittel 6
src-is-1022-6-4-acute = Kapittel 6.4: Akuttsituasjoner, og forslag til planlegging av samtale
src-is-1022-6-4-minors = Kapittel 6.4: Mindreårige
src-is-1022-6-4-planning = Kapittel 6.4: Konkrete forslag til planlegging av samtale

## Acute danger
triage-acute-q-title = Er personen i fare nå?
triage-acute-q-text = Velg det som passer akkurat nå.
triage-acute-q-emergency = Ja, en nødsituasjon: fare for liv eller helse nå
triage-acute-q-protection = Personen trenger beskyttelse, men det er ikke en nødsituasjon
triage-acute-q-no = Nei, ingen akutt fare
triage-acute-q-why =
    Fare for liv eller helse nå er for eksempel alvorlig skade eller sykdom, vold eller trusler som pågår, eller en akutt krise.
    Da kommer nødhjelp og trygghet først. Samtalen om det du er bekymret for, venter til personen er trygg.

triage-acute-title = Trygghet først
triage-acute-text = Samtalen venter. Nå gjelder liv, helse og trygghet.
triage-acute-call = Ring 113 ved fare for liv eller helse. Ring 112 ved vold eller trusler nå.
triage-acute-protect = Si til personen at du er bekymret for sikkerheten. Snakk sammen om alternativer, som et trygt bosted gjennom ROSA (over 18 år).
triage-acute-protect-minor = Under 18 år: si til barnet at du er bekymret for sikkerheten, og kontakt barneverntjenesten eller barnevernvakten nå.
triage-acute-police = Kontakt politiet (02800) med personens samtykke. Uten samtykke bare når loven krever det: avvergingsplikten (straffeloven § 196) eller helsepersonelloven § 31.
triage-acute-police-minor = Under 18 år: barneverntjenesten (barnevernvakten utenom kontortid) avgjør barnets beskyttelse sammen med deg, og om politiet skal involveres. Ikke ring politiet selv på barnets vegne, med mindre noen er i fare nå (112) eller en lovpålagt plikt krever det.
triage-acute-needs = Dekk grunnleggende behov først: trygghet, hvile, mat og drikke. Samtalen kan vente.
triage-acute-duties = Når det har roet seg: kan en alvorlig forbrytelse pågå, vurder avvergingsplikten (en ny sak i verktøyet går gjennom den), og ha samtalen når personen er trygg.
triage-acute-why =
    I en nødsituasjon handler du straks, også uten samtykke.
    Trenger personen beskyttelse uten at det er en nødsituasjon, sier veilederen at politiet kan kontaktes. Prinsippene for samtalen sier at du ikke skal kontakte politiet uten samtykke. Derfor: snakk med personen først, finn alternativer sammen, og be om samtykke.
    Uten samtykke kontakter du politiet bare når en lovpålagt plikt gjelder: avvergingsplikten, eller når det er nødvendig for å avverge alvorlig skade på person (helsepersonelloven § 31).

## A possible child
triage-age-title = Er det grunn til å tro at personen er under 18 år?
triage-age-text = Alderen personen oppgir, eller som er registrert i asylsaken, avgjør det ikke. Peker utseende, atferd, historien eller andre konkrete grunner mot under 18 år: svar ja.
triage-age-yes = Ja, personen kan være under 18 år
triage-age-no = Nei, ingen grunn til å tro det
triage-age-why =
    Er alderen usikker, og det er grunn til å tro at personen er under 18 år, behandler du personen som et barn til alderen er avklart.
    En aldersvurdering i asylsaken fjerner ikke den grunnen du har.
    Ikke vurder alderen selv. Tvil om alder tar du opp med barneverntjenesten, ikke med UDI eller politiet.
triage-child-title = Mulig barn

## A serious crime: only routes to the assessment
triage-crime-title = Kan en alvorlig forbrytelse pågå, eller skje snart?
triage-crime-text = For eksempel menneskehandel, tvangsekteskap, annen alvorlig vold eller seksuelle overgrep.
    .discreet = For eksempel at noen må arbeide eller gifte seg mot sin vilje, alvorlig vold eller seksuelle overgrep.
triage-crime-yes = Ja, kanskje
triage-crime-unsure = Jeg er usikker
triage-crime-no = Nei
triage-crime-why =
    Svaret her avgjør bare om du skal vurdere avvergingsplikten (straffeloven § 196). Det utløser ingen plikt.
    De neste stegene spør om det du vet: holder du det for sikkert eller mest sannsynlig, og kan det fortsatt avverges? Først da gjelder plikten.
triage-avert-title = Avvergingsplikten

## A companion
triage-companion-title = Kan du ha samtalen nå, alene med personen?
triage-companion-text = Alene: er noen med, ikke tving fram et skille. Finn en ekte og harmløs grunn til å se personen alene, aldri en undersøkelse personen ikke har sagt ja til. Ikke bruk følgepersonen som tolk. Nå: du har tid, et eget rom og en kvalifisert tolk om det trengs.
triage-companion-alone = Ja, personen er alene
triage-companion-found = Ja, jeg fant en ekte og harmløs grunn til å snakke med personen alene
triage-companion-present = Nei, følgepersonen blir med
triage-companion-why =
    En følgeperson kan være knyttet til dem som står bak. Ikke si hva du er bekymret for mens følgepersonen kan høre det.
    Ansatte i mottaket, vakter og politiet er heller ikke helsetjenesten: de er ikke i rommet, og de får ingenting uten personens samtykke: en lovpålagt plikt gjelder overfor politiet (straffeloven § 196) eller barneverntjenesten, aldri overfor mottaket. Rutinen på mottaket erstatter ikke taushetsplikten.
    Kan du ikke snakke med personen alene nå, holder du kontakten og kommer tilbake, for eksempel med en ny time.
    Du trenger ikke være sikker for å be om råd. Du kan også la noen med mer erfaring ta samtalen.
    En utrygg samtale kan sette personen i fare. Det er bedre å vente enn å presse fram en samtale.

triage-hold-advice = Jeg ber om råd først
triage-hold-not-safe = Det er ikke trygt å snakke nå

triage-ready-title = Klar for samtalen

triage-advice-title = Be om råd før samtalen
triage-advice-text = Beskriv situasjonen, ikke personen.
triage-advice-rosa = Ring ROSA og be om råd. Ikke oppgi navn eller annet som kan identifisere personen.
triage-advice-bufdir = Under 18 år: ring Bufdirs veiledningsfunksjon og be om råd. Ikke oppgi barnets navn.
triage-advice-bufdir-report = Under 18 år: meldingen til barneverntjenesten venter ikke på råd. Ved siden av den kan du ringe Bufdirs veiledningsfunksjon og be om råd om saken.
triage-advice-why = ROSA gir råd til fagfolk, hele døgnet. Bufdirs veiledningsfunksjon gir råd i saker om barn, på hverdager. Råd erstatter ikke en melding når meldeplikten gjelder.
triage-slip = Gi informasjon om hjelp diskret: den samme lille lappen som alle nyankomne får, med rettigheter og nummeret til ROSA, lett å skjule.
triage-slip-any = Gi informasjon om hjelp diskret: en liten lapp med rettigheter og nummeret til ROSA, lett å skjule. Gir tjenesten din den samme lappen til alle, bruk den.
triage-appointment = Avtal en ny time snart, med en naturlig grunn, som en prøve eller en kontroll.

triage-later-title = Ikke trygt nå: hold kontakten
triage-later-text = Det er bedre å vente enn å presse fram en samtale. Gi den helsehjelpen personen kom for i dag, som du ville gjort for alle andre.
triage-later-duties = Pliktene som gjelder, venter ikke til neste møte: handle på dem i dag.
triage-later-advice = Be om råd i mellomtiden: ROSA, eller Bufdirs veiledningsfunksjon for barn. Ikke oppgi navn.
triage-later-prepare = Forbered neste møte: eget rom, en kvalifisert tolk og informasjon om hjelp.
triage-later-why =
    En samtale som følgepersonen kan høre, eller som skjer i hast, kan sette personen i fare.
    Hold kontakten, og gi personen en grunn til å komme tilbake.
