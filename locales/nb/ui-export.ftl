# Eksportene (export, paths, schema): for kursholdere, fagfolk som går gjennom innholdet, og forfattere.

## Hjelpetekster
cli-export = Eksporter flytene som graf (mermaid, dot), som håndbok for utskrift og faglig gjennomgang (markdown, html), eller som utdelingsark til et kurs (handout)
cli-usage-export = veiviser export --format mermaid|dot|markdown|html|handout [--flow ID] [--overview] [--output FILE] [VALG]
cli-export-after = Her skjules ingenting, heller ikke med --discreet: en eksport er noe du ber om. Hver eksport oppgir veiledningsversjonen (verktøyets versjon og en hash av flyt- og tekstfilene), i en graf som kommentar. Uten --output skrives den til standard ut.
cli-export-format = Hva som skrives: mermaid eller dot (en graf: stegene, valgene som piler, utfall og plikter markert) eller markdown eller html (en håndbok: hvert steg med tekst, valg, tiltak, kontakter og kilde) eller handout (et ark å skrive ut til et kurs: saken i korte trekk, pliktene, hvor du får råd, og et kort for hvert øvingsscenario)
cli-export-flow = Bare denne flyten (se `veiviser list`). Standard: alle flytene
cli-output = Skriv til FILE i stedet for standard ut (bare du kan lese filen; en fil som finnes fra før, blir aldri erstattet)
cli-paths = Alle veier til hvert utfall i en flyt, for gjennomgang
cli-usage-paths = veiviser paths [--flow ID] [--max N] [--output FILE] [VALG]
cli-paths-after = Veiene grupperes etter hva saken endte med, og telles; høyst N vises for hvert utfall. Bare svar som endrer noe, teller: valg, og punkter i sjekklister som setter et faktum.
cli-paths-flow = Flyten (se `veiviser list`). Standard: alle flytene på startskjermen
cli-paths-max = Hvor mange veier som vises for hvert utfall (standard 3, høyst 100; 0 viser bare antallet)
cli-err-paths-max = --max er høyst { $limit } (veier som vises for hvert utfall; hvor mange det er i alt, vises alltid), ikke { $max }
cli-err-overview-format = --overview gjelder bare grafer: --format dot eller --format mermaid
cli-schema = Skriv ut JSON-skjemaet for flytfilene (det som står i flows/schema.json), for redigeringsprogrammer
cli-usage-schema = veiviser schema [--output FILE] [VALG]
cli-schema-after = Hver flytfil viser til skjemaet på første linje, slik at et redigeringsprogram med YAML-støtte kan fullføre nøkler og markere ukjente.
cli-slip = Skriv lappen til personen på personens språk, som en side å skrive ut (HTML)
cli-usage-slip = veiviser slip --lang-of-person KODE [--output FIL] [VALG]
cli-slip-after = Lappen har de samme kontaktene for alle, under en nøytral overskrift. Språk: uk, ru, ar, ti, so, prs (dari), ps, kmr (kurmanji), ro, pl, fr, es, nb, en. Bare nb og en er sjekket av en som har språket som morsmål. ROSAs eget trykte materiell på personens språk, der tjenesten har det, kommer først.
cli-slip-lang-of-person = Personens språk (en kode: uk, ar, ti …)
cli-err-slip-lang = Ingen lapp på språket «{ $lang }». Språk: { $langs }
cli-output-exists = { $path } finnes allerede. Velg et annet filnavn; veiviser skriver ikke over filer.
cli-output-written = Skrevet til { $path } (bare du kan lese filen).

## I hver eksport
ui-export-version = veiviser, veiledningsversjon { $version }, språk { $lang }

## Grafen
ui-graph-start = Start
ui-graph-when = når { $cond }
ui-graph-only-when = bare når { $cond }
ui-graph-otherwise = ellers
ui-graph-sets = fra nå: { $facts }
ui-graph-enters = går inn i
ui-graph-after = etter { $flow }
ui-graph-final = avslutter saken

## Håndboken
ui-hb-title = veiviser: flytene, steg for steg
ui-hb-intro = Hver flyt og hvert steg slik veiviser viser dem, for utskrift og faglig gjennomgang. Steg-id-er står slik de er skrevet i flytfilene; betingelser står i ord.
ui-hb-contents = Innhold
ui-hb-why = Hvorfor
ui-hb-only-when = Bare når
ui-hb-choices = Valg:
ui-hb-items = Sjekkliste:
ui-hb-next = Deretter:
ui-hb-call = Går inn i:
ui-hb-actions = Hva du gjør:
ui-hb-contacts = Kontakter:
ui-hb-duties-raised = Plikter som utløses her:
ui-hb-sets = fra nå:
ui-hb-when = bare når
ui-hb-final = Her avsluttes saken.
ui-hb-duties = Plikter
ui-hb-directory = Kontaktliste
ui-hb-documents = Kilder
ui-kind-question = spørsmål
ui-kind-checklist = sjekkliste
ui-kind-info = tekst
ui-kind-call = går inn i en annen flyt
ui-kind-outcome = utfall

## Veier
ui-paths-heading = Veier gjennom { $flow } ({ $id })
ui-paths-summary = { $n ->
    [one] Én vei
   *[other] { $n } veier
} i alt,
ui-paths-outcomes = { $n ->
    [one] til ett utfall.
   *[other] til { $n } utfall.
}
ui-paths-bound = Høyst { $n } vises for hvert.
ui-paths-count = { $n ->
    [one] én vei
   *[other] { $n } veier
}
ui-paths-outcome = == { $outcome } [{ $id }]: { $count }
ui-paths-path = Vei { $n }:
ui-paths-no-answers = (ingen svar trengs)
ui-paths-passed = Utfall underveis: { $outcomes }
ui-paths-more = … og { $n } til (--max viser flere)
cli-export-coverage = Bare grafer: gråtone og merk stegene som ingen av de medfølgende scenarioene når
ui-graph-unreached = (ingen scenarioer når hit)

## Betingelser i ord (src/export/words.rs): $a, $b og $cond er fakta i ord
ui-cond-and = { $a } og { $b }
ui-cond-or = { $a } eller { $b }
ui-cond-not = ikke: { $cond }
ui-cond-none-of = ingen av disse: { $cond }
ui-cond-all-of = både { $cond }
ui-cond-either = enten { $cond }

## Oversiktsgrafen (src/export/overview.rs)
cli-export-overview = Bare grafer: én liten graf over stegene i en sak, for en prosjektør (flytene et steg kan gå inn i, på siden, med pliktene sine)
ui-graph-may-enter = kan gå inn i
ui-graph-prepare = Før en sak: på startskjermen
