## Verktøyets egne meldinger: kommandolinje, kontroll, linjemodus.
## Hver id her må også finnes i locales/en/ui.ftl, med de samme plassholderne.

cli-about = Beslutningsstøtte for helse- og sosialarbeidere som mistenker at en pasient eller bruker er utsatt for menneskehandel. Virker uten nett, lagrer ingenting.
cli-after-help = Uten kommando åpner veiviser veiviseren i fullskjerm. Skjermlesere kan ikke lese fullskjermprogrammer i terminalen: bruk heller `veiviser walk --plain`, som skriver ett steg om gangen som vanlige linjer.
cli-usage = Bruk:
cli-commands = Kommandoer
cli-options = Valg
cli-help = Vis denne hjelpen
cli-version = Vis versjonen
cli-lang = Språk: nb (norsk bokmål) eller en (engelsk). Standard: fra LC_ALL, LC_MESSAGES eller LANG, ellers nb
cli-flows = Les flytene fra denne mappen i stedet for de innebygde
cli-locales = Les tekstene fra denne mappen (med nb/ og en/ i) i stedet for de innebygde
cli-contacts = En lokal kontaktliste som legger til eller erstatter innebygde kontakter (standard: ~/.config/veiviser/contacts.yaml hvis den finnes)
cli-no-color = Ingen farger (også når NO_COLOR er satt)
cli-check = Kontroller flytene og tekstene for feil (avslutter med 0 uten funn, 1 ved funn, 2 hvis kontrollen ikke kan kjøre)
cli-check-after = Kontrollerer de innebygde flytene, eller mappene gitt med --flows og --locales, og den lokale kontaktlisten.
cli-list = Vis flytene med titler
cli-list-case-mark = * = hele saken (det `veiviser walk` går gjennom uten --flow)
cli-walk = Gå gjennom en flyt ett steg om gangen på standard inn og ut
cli-walk-after = Svar med nummeret på et valg; for en sjekkliste, numrene på punktene som er gjort, med mellomrom mellom; en tom linje for å gå videre; `tilbake` (eller back) for å gå tilbake; `avslutt` (eller quit) for å stoppe. Slutt på input stopper også.
cli-walk-flow = Flyten du vil gå gjennom (se `veiviser list`). Standard: hele saken
cli-walk-plain = Vanlige linjer for mennesker og skjermlesere (standard)
cli-walk-json = Ett JSON-objekt per linje, for programmer
cli-error = veiviser: { $message }
cli-err-no-dir = mappen { $path } finnes ikke
cli-err-not-dir = { $path } er ikke en mappe
cli-err-no-file = filen { $path } finnes ikke
cli-err-read = kan ikke lese { $path }: { $detail }
cli-err-too-many-files = { $path } har flere enn { $detail } filer
cli-err-no-locale-dir = språkmappen { $path } finnes ikke (en --locales-mappe trenger nb/ og en/)
cli-err-flows-broken = Flytene eller tekstene har feil, så veiviser kan ikke starte. `veiviser check` viser alle.
cli-err-no-case = Ingen flyt er merket som hele saken (case: true). Oppgi en med --flow.
cli-err-no-flow = Det finnes ingen flyt som heter { $flow }. `veiviser list` viser flytene.
cli-err-io = veiviser: inn- eller utdata feilet: { $detail }
cli-err-no-tty = veiviser trenger en terminal for fullskjermvisningen. Uten terminal: bruk `veiviser walk --plain` (ett steg om gangen som vanlige linjer).
cli-err-no-tui = Fullskjermvisningen finnes ikke i denne versjonen. Bruk `veiviser walk --plain`.

## Kontroll
check-summary = { $errors }, { $warnings }.
check-count-errors = { $n ->
    [one] 1 feil
   *[other] { $n } feil
}
check-count-warnings = { $n ->
    [one] 1 advarsel
   *[other] { $n } advarsler
}
check-in-file = i { $file }
check-label-first-here = først her
check-label-other-locale = det andre språket har det slik
check-yaml = YAML: { $detail }
check-yaml-top = øverste nivå
check-yaml-type = YAML: { $path }: ventet { $expected }, fant { $found }
check-yaml-missing = YAML: { $path }: nøkkelen `{ $field }` mangler
check-yaml-unknown-field = YAML: { $path }: nøkkelen `{ $field }` hører ikke hjemme her (tillatt: { $allowed })
check-yaml-unknown-value = YAML: { $path }: `{ $value }` er ikke tillatt her (tillatt: { $allowed })
check-yaml-bad-date = YAML: { $path }: `{ $value }` er ikke en dato (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM)
check-expect-bitext = en tekst på både nb og en (et oppslag med nb: og en:)
check-expect-source = en kilde: et oppslag med nb, en og (der det finnes en side) url
check-expect-map = et oppslag (linjer med nøkkel: verdi)
check-expect-list = en liste (linjer som begynner med -)
check-expect-text = en tekst
check-expect-number = et helt tall (0 eller mer)
check-expect-bool = true eller false
check-expect-word = et av ordene formatet tillater
check-expect-other = en verdi av en annen sort
check-found-number = tallet { $value }
check-found-text = teksten «{ $value }»
check-found-bool = { $value }
check-found-empty = ingenting (en tom verdi)
check-found-list = en liste
check-found-map = et oppslag
check-found-other = en verdi av en annen sort
check-yaml-alias = YAML-ankere, -aliaser og -flettenøkler er ikke tillatt i flytfiler
check-too-deep = nøstet dypere enn { $limit } nivåer
check-file-too-large = filen er større enn { $limit } byte
check-empty-file = filen er tom
check-not-utf8 = filen er ikke UTF-8-tekst
check-duplicate-key = nøkkelen `{ $key }` står her to ganger
check-duplicate-flow = to flyter har id-en `{ $id }`
check-duplicate-choice = nøkkelen `{ $key }` er brukt to ganger i denne noden
check-bad-id = `{ $id }` er ikke en gyldig id (små bokstaver, sifre og -, med bokstav først)
check-reserved-key = `{ $key }` kan ikke være en nøkkel: linjemodusen leser den som en kommando
check-unknown-start = `start` peker på noden `{ $node }`, som ikke finnes i denne flyten
check-unknown-next = `{ $node }` er ikke en node i flyten `{ $flow }`
check-unknown-flow = det finnes ingen flyt `{ $flow }`
check-unknown-duty = det finnes ingen plikt `{ $duty }` i duties.yaml
check-unknown-doc = det finnes intet dokument `{ $doc }` i sources.yaml
check-unknown-contact = det finnes ingen kontakt `{ $contact }` i kontaktlisten
check-no-source = noden `{ $node }` har ingen kilde, og flyten har ingen den kan arve
check-key-for-kind = `{ $key }` hører ikke hjemme i en node av typen { $kind }
check-missing-next = { $kind }-noden `{ $node }` trenger `next`
check-when-needs-next = noden `{ $node }` har `when`, så den trenger `next` (hvor turen går når den hoppes over)
check-no-choices = spørsmålet `{ $node }` har ingen valg
check-no-items = sjekklisten `{ $node }` har ingen punkter
check-call-needs-flow = kallet `{ $node }` trenger `flow`
check-unreachable = noden `{ $node }` kan ikke nås fra start
check-no-outcome = ingen utfallsnode kan nås fra noden `{ $node }` (en blindvei, eller en sløyfe uten vei ut)
check-recursive-call = dette kallet fører tilbake til flyten `{ $flow }`: kall kan ikke gå i ring
check-two-cases = bare én flyt kan være hele saken (`case: true`)
check-bad-condition = betingelsen `{ $cond }` kan ikke leses
check-cond-bad-char = `{ $token }` kan ikke stå i en betingelse: bruk navn på fakta, not, and, or og parenteser
check-cond-unexpected = `{ $token }` var ikke ventet her
check-cond-missing = betingelsen slutter for tidlig
check-cond-close = det mangler en `)`
check-cond-empty = betingelsen er tom
check-cond-too-deep = betingelsen er nøstet for dypt
check-cond-too-long = betingelsen er for lang
check-unset-fact = faktumet `{ $fact }` blir testet, men ingenting setter det
check-contact-lang = kontakten `{ $contact }` mangler { $field } på { $lang }
check-contact-source = kontakten `{ $contact }` trenger en kilde på nb og en (mangler: { $missing })
check-contact-checked = kontakten `{ $contact }` har `checked`, men bare en lokal kontaktliste kan si når tjenesten sjekket en oppføring: oppgi kilden og datoen den viser (`dated`)
check-control-char = tegnet { $char } kan ikke stå i tekst som vises: det er et kontrolltegn eller en retningsoverstyring, som kan endre det en terminal viser
check-fluent-syntax = Fluent: { $detail }
check-fluent-no-value = meldingen `{ $id }` har ingen verdi
check-fluent-duplicate = meldingen `{ $id }` er definert to ganger i dette språket
check-missing-message = meldingen `{ $id }` mangler på { $lang }
check-one-locale = meldingen `{ $id }` finnes på { $lang }, men ikke på { $other }
check-placeables-differ = meldingen `{ $id }` har ulike plassholdere på nb ({ $nb }) og en ({ $en })
check-unused-message = meldingen `{ $id }` er ikke i bruk

## Vises i linjemodus og fullskjerm
ui-actions = Dette gjør du nå:
ui-contacts = Kontakter:
ui-local-contacts-ignored = De lokale kontaktene ble IKKE lastet: { $path } kan ikke leses eller har feil. De innebygde kontaktene vises i stedet. `veiviser check --contacts { $path }` viser hvorfor.
ui-contact-phone = Telefon: { $phone } (sjekk nummeret lokalt)
ui-contact-email = E-post: { $email }
ui-contact-web = Nett: { $web }
ui-contact-hours = Åpent: { $hours }
ui-contact-source = Kilde: { $source }
ui-contact-source-url = Kilde: { $source }, { $url }
ui-contact-dated = Dato oppgitt i kilden: { $date }
ui-contact-checked = Sjekket av den lokale tjenesten: { $date }
ui-ticked-none = ingenting krysset av
ui-guidance-date = Veiledningen sist endret: { $date }
ui-source = Kilde: { $doc }, { $section }
ui-source-dated = Kilde: { $doc }, { $section } (sist endret { $date })
ui-source-doc = Kilde: { $doc }
ui-source-doc-dated = Kilde: { $doc } (sist endret { $date })
ui-summary = Oppsummering
ui-summary-outcome = Utfall: { $outcome }
ui-summary-duties = Plikter som gjelder:
ui-summary-no-duties = ingen
ui-summary-path = Veien du gikk:
walk-intro = veiviser: ett steg om gangen. Svar med et tall og Enter. `tilbake` går tilbake, `avslutt` stopper. Ingenting lagres.
walk-duty = ! Plikt: { $duty }
walk-hint-question = Skriv nummeret på svaret ditt og trykk Enter.
walk-hint-checklist = Skriv numrene på punktene som er gjort, med mellomrom mellom (eller ingenting), og trykk Enter.
walk-hint-continue = Trykk Enter for å gå videre.
walk-eof = Slutt på input. Ingenting er lagret.
walk-quit = Avsluttet. Ingenting er lagret.
walk-err-choose = Velg et av tallene fra 1 til { $n }.
walk-err-number = Det valget finnes ikke. Velg et tall fra 1 til { $n }.
walk-err-unknown = `{ $input }` er ikke et av svarene her.
walk-err-item = `{ $input }` er ikke et av punktene her.
walk-err-continue = Trykk Enter (en tom linje) for å gå videre, eller skriv tilbake eller avslutt.
walk-err-at-start = Dette er første steg: det er ingenting å gå tilbake til.
walk-err-broken = Intern feil i flytdataene: { $input }

## Bruksmønstre (ordene i klammer er plassholdere)
cli-usage-top = veiviser [VALG] [KOMMANDO]
cli-usage-check = veiviser check [VALG]
cli-usage-list = veiviser list [VALG]
cli-usage-walk = veiviser walk [--flow ID] [--plain | --json] [VALG]
