## Scenarioer for opplærere: `veiviser scenario check`. Hver id her må også finnes i
## locales/en/ui-scenario.ftl, med de samme plassholderne.

cli-scenario = Scenarioer for opplæring: oppdiktede saker spilt av gjennom flytene
cli-usage-scenario = veiviser scenario <KOMMANDO> [VALG]
cli-scenario-check = Spill av scenarioene uten skjerm og se at de ender der de skal (avslutter med 0 når alle går som forventet, 1 når et scenario feiler, 2 hvis det ikke kan kjøre)
cli-usage-scenario-check = veiviser scenario check [FILER] [--coverage] [VALG]
cli-scenario-check-after = Uten FILER: alle scenarioene som følger med. Flytene er de innebygde, eller mappene gitt med --flows og --locales.
cli-scenario-check-files = Scenariofiler (YAML) som skal spilles av i stedet for de innebygde
cli-scenario-check-coverage = Vis også hvilke steg og utfall i hvilke flyter scenarioene når, og hvilke de ikke når
cli-scenario-check-files-name = FILER
cli-arguments = Argumenter

# Én linje per scenario.
cli-scenario-ok = ok    { $id }: { $title }
cli-scenario-failed = FEIL  { $id }: { $title } ({ $file })
cli-scenario-bad-file = FEIL  { $file }
cli-scenario-at-line = linje { $line }: { $message }
cli-scenario-taken = veien som ble gått
cli-scenario-expected = veien scenarioet venter
cli-scenario-total = { $ok } av { $n } scenarioer gikk som forventet.
cli-scenario-none = Ingen scenarioer å spille av.

# Hva som gikk en annen vei.
cli-scenario-no-flow = flyten `{ $flow }` finnes ikke (eller flytene har ingen hel sak)
cli-scenario-unknown-node = svar { $n }: steget { $node } finnes ikke
cli-scenario-wrong-node = svar { $n } er til { $expected }, men flyten spør ved { $found }
cli-scenario-no-key = svar { $n }: { $node } har ikke noe valg eller punkt `{ $answer }`
cli-scenario-not-shown = svar { $n }: `{ $answer }` vises ikke ved { $node } her (vilkåret gjelder ikke)
cli-scenario-wrong-kind = svar { $n }: { $answer } passer ikke til steget { $node } (et valg for et spørsmål, punkter for en sjekkliste, continue for en tekst)
cli-scenario-ran-out = svarene tok slutt, men flyten spør ved { $node }
cli-scenario-ended-early = saken endte ved { $node } før svar { $n } ({ $left } svar til overs)
cli-scenario-outcome = utfallet: scenarioet forventer { $expected }, veien endte i { $found }
cli-scenario-duties = pliktene: scenarioet forventer { $expected }, veien utløste { $found }
cli-scenario-action-missing = tiltaket { $action } står ikke i oppsummeringen
cli-scenario-action-present = tiltaket { $action } står i oppsummeringen, men skal ikke det
cli-scenario-not-passed = veien gikk ikke gjennom { $node }
cli-scenario-unknown-duty = det finnes ingen plikt `{ $name }`
cli-scenario-unknown-action = ingen utfall har tiltaket `{ $name }`
cli-scenario-unknown-outcome = { $name } er ikke et utfall i flytene
cli-scenario-feedback-missing = svar { $n } ({ $node }) har ingen tilbakemelding for { $keys }: hvert valg som vises der, trenger en setning eller to til klassen
cli-scenario-feedback-missing-list = svar { $n } ({ $node }) har ingen tilbakemelding: en sjekkliste trenger én tekst om hvorfor disse punktene
cli-scenario-feedback-unknown = svar { $n } ({ $node }) har tilbakemelding for `{ $key }`, som ikke er et valg der
cli-scenario-no-teaching = ingen læringspunkter (teaching:): oppsummeringen og utdelingsarket trenger dem
cli-scenario-no-setting = ikke noe sted (setting:): ett av { $allowed }
cli-scenario-placeholder = `{ $field }` er fortsatt en plassholder (TODO)
cli-scenario-warning = advarsel: { $message }

# En fil som ikke er et scenario.
cli-scenario-err-unknown-field = nøkkelen `{ $field }` hører ikke hjemme her (tillatt: { $allowed })
cli-scenario-err-missing-field = nøkkelen `{ $field }` mangler
cli-scenario-err-yaml = YAML: { $detail }
cli-scenario-err-too-large = filen er for stor til å være et scenario
cli-scenario-err-too-deep = nøstet dypere enn { $limit } nivåer
cli-scenario-err-char = tegnet { $char } kan ikke stå i et scenario: det er et kontrolltegn, eller usynlig, eller endrer retningen eller oppsettet for det som vises
cli-scenario-err-file-too-large = { $path } er større enn { $detail } byte
cli-scenario-err-not-utf8 = { $path } er ikke UTF-8-tekst
cli-scenario-err-empty = filen er tom
cli-scenario-err-id = `{ $id }` er ikke en id (små bokstaver a-z, sifre og -, og den begynner med en bokstav)
cli-scenario-err-lang = `{ $field }` mangler tekst på { $lang }
cli-scenario-err-node = `{ $node }` skal være flyt/steg, for eksempel triage/age
cli-scenario-err-answer = svar { $n } skal ha nøyaktig én av choose (et valg), tick (punktene som er krysset av) og continue: true
cli-scenario-err-setting = `{ $setting }` er ikke et sted (ett av: { $allowed })
cli-scenario-err-feedback-text = `{ $field }` skal være en tekst per språk, for eksempel nb: … og en: …
cli-scenario-err-feedback-continue = å gå videre forbi en tekst har ingen tilbakemelding: bare et valg (choose) eller en sjekkliste (tick) har det
cli-scenario-err-also = `also` navngir andre riktige valg og hører derfor bare sammen med `choose`

# --coverage
cli-scenario-coverage = Dekning: stegene og utfallene de { $n } scenarioene når
cli-scenario-coverage-flow = flyt
cli-scenario-coverage-decisions = valg
cli-scenario-coverage-nodes = steg
cli-scenario-coverage-outcomes = utfall
cli-scenario-coverage-unreached = ikke nådd: { $nodes }
cli-scenario-coverage-total = I alt: { $decisions } valg (spørsmål og sjekklister), { $nodes } steg og { $outcomes } utfall nådd.
cli-scenario-run = Spill av ett scenario i fullskjermveiviseren, ett steg per tast, med sakens tekst ved siden av flyten
cli-usage-scenario-run = veiviser scenario run <SCENARIO> [--teach] [VALG]
cli-scenario-run-after = Enter (eller mellomrom, eller pil ned) viser neste steg; Backspace det forrige; r går tilbake til starten av scenarioet; o går ut av manuset (hva om) og tilbake igjen. De andre tastene virker som i veiviseren (l språk, v to språk, m kart, w hvorfor, p prinsipper, i kursholdervisning, q avslutt). Med --teach svarer gruppa først på hvert valg: skriv nummeret på svaret (en sjekkliste: kryss av, så Enter), a viser svaret som ventes, Enter på sammendraget åpner oppsummeringen for gruppa, e i den lagrer den.
cli-scenario-run-which = En scenariofil (YAML), eller id-en til et scenario som følger med (veiviser scenario check viser dem)
cli-scenario-run-which-name = SCENARIO
cli-scenario-run-teach = Undervisningsmodus: gruppa svarer på hvert valg før veiledningen gjør det (svaret som ventes er skjult, og vurderes så med scenarioets tilbakemelding), med en oppsummering for gruppa til slutt
cli-scenario-no-such = det finnes ingen scenariofil eller medfølgende scenario `{ $scenario }` (veiviser scenario check viser de som følger med)

# Hvor et scenario foregår.
scenario-setting-arrival-centre = Ankomstsenteret for asylsøkere
scenario-setting-reception-centre = Asylmottak
scenario-setting-gp = Fastlegekontor
scenario-setting-emergency-clinic = Legevakt
scenario-setting-hospital = Sykehus
scenario-setting-social-services = Sosialtjenesten (NAV)
