## Flyt: tegn å se etter (flows/signs.yaml)

signs-title = Tegn å se etter
signs-desc = Det du kan se i en konsultasjon, gruppe for gruppe. Tegn er ikke bevis

## Avsnitt
src-is-1022-6-3 = Kapittel 6.3: Identifisering av ofre for menneskehandel – indikatorer (helsedirektoratet.no)
    .discreet = Kapittel 6.3: Identifisering – indikatorer
src-kom-labour = Listen for tvangsarbeid eller tvangstjenester, herunder tigging (KOM 2008): menneskertilsalgs.no/avdekking/tegn-og-indikatorer/arbeid-tjenester/
    .discreet = Listen for arbeid og tjenester (KOM 2008)
src-kom-labour-sexual = Listene for tvangsarbeid eller tvangstjenester (KOM 2008) og for prostitusjon eller andre seksuelle formål: menneskertilsalgs.no/avdekking/tegn-og-indikatorer/arbeid-tjenester/ og …/seksuelle-formal/
    .discreet = Listene for arbeid og tjenester (KOM 2008) og for seksuelle formål
src-kom-children = Listen for barn: menneskertilsalgs.no/avdekking/tegn-og-indikatorer/barn-og-ungdom/ (siden viser ingen dato)
    .discreet = Listen for barn

## I saken: hva gjorde deg bekymret?
signs-noticed-title = Hva gjorde deg bekymret?
    .discreet = Hva la du merke til?
signs-noticed-text = Om du vil: kryss av det du har lagt merke til, eller ingenting, og gå videre. Et tegn er ikke bevis, og en bekymring uten et tegn på denne listen teller også. Kryssene setter bare de spørsmålene som passer først, og sammendraget minner deg på dem til journalen.
signs-noticed-story = Historien: virker innlært, eller henger ikke sammen; en skade som ikke blir forklart
signs-noticed-companion = En følgeperson svarer for personen, vil ikke gå, eller ringer stadig
signs-noticed-body = Kroppen: arbeidsskader uten verneutstyr, utmattelse, merker etter vold; kan ikke si nei til ubeskyttet eller voldelig sex
    .discreet = Helse: skader fra arbeid, utmattelse, merker etter vold; kan ikke si nei
signs-noticed-work = Arbeid, penger og papirer: bor på arbeidsplassen, avhengig av arbeidsgiver, ingen kontrakt eller lønn, gjeld eller bøter, rår ikke over egne penger eller papirer
signs-noticed-where = Vet ikke adressen, hvor hen er, eller datoen
signs-noticed-child = Et barn: en voksen i nærheten som ordner, et nummer å ringe, verdisaker uten forklaring, går ikke på skolen, rømmer
signs-noticed-why =
    Tegn er grunner til å snakke med personen, be om råd og tilby hjelp. De er ikke bevis, ingen liste er fullstendig, og en person kan vise ingen av dem. Et tegn alene utløser ingen plikt: pliktene har sine egne terskler, som saken spør om senere.
    Ingenting her handler om hvem personen er, og verktøyet legger ingenting sammen.
    «Tegn å se etter» på startsiden har hvert tegn på egen linje, med kilden.

## Listene for seg selv
signs-proof = Tegn er ikke bevis, og ingen liste er fullstendig. Kryss av det du har sett, om du vil: ingenting blir telt.
signs-story-title = Historien
signs-story-learned = Historien virker innlært, eller henger ikke sammen
signs-story-injury = Uvillig eller nølende til å si hvordan en skade eller sykdom oppsto
signs-story-fear = Redd eller nervøs, unngår øyekontakt
signs-story-why = Fra IS-1022 kapittel 6.3: tegn i møte med helsetjenesten. Hva du kan fange opp, avhenger av hvor og hvorfor du møter personen.
signs-companion-title = Følgepersonen
signs-companion-speaks = Noen som er med personen, snakker for hen
signs-companion-stays = Lar ikke personen være alene med helsepersonell
signs-companion-interprets = Tolker for personen
signs-companion-calls = Mange telefoner eller meldinger til personen under besøket
signs-companion-why = De tre første står i IS-1022 kapittel 6.3. Mange telefoner og meldinger under kontakten står i KOMs liste for prostitusjon eller andre seksuelle formål (menneskertilsalgs.no/avdekking/tegn-og-indikatorer/seksuelle-formal/). En følgeperson kan være den som kontrollerer personen: la ikke hen tolke.
signs-body-title = Kroppen og helsen
signs-body-work-injury = Arbeidsskader, uten verneutstyret arbeidet krever
signs-body-exhausted = Utmattet: lange skift, lite eller ingen fritid
signs-body-violence = Skader som kan komme av vold
signs-body-refuse = Kan ikke si nei til ubeskyttet eller voldelig sex
signs-body-why = Fra KOMs liste for tvangsarbeid eller tvangstjenester (2008): tungt eller farlig arbeid, lange skift, lite fritid, mangler verneutstyr. Fra KOMs liste for prostitusjon eller andre seksuelle formål: liten eller ingen mulighet til å si nei til ubeskyttet eller voldelig sex. Skader som kan komme av vold står blant de «røde flaggene» som hører til hver liste.
signs-work-title = Arbeid, penger og papirer
signs-work-lives = Bor på arbeidsplassen
signs-work-depends = Avhengig av arbeidsgiver for bolig, transport, mat eller helsehjelp
signs-work-contract = Ingen kontrakt, en falsk kontrakt, eller lite eller ingen lønn
signs-work-debt = Gjeld som skal betales ned, eller bøter på jobben
signs-work-money = Rår ikke over egne penger, pass eller papirer
signs-work-why = Fra KOMs liste for tvangsarbeid eller tvangstjenester, herunder tigging (2008, gjengitt på menneskertilsalgs.no). IS-1022 kapittel 6.3 nevner også det siste: har ikke egne identitetspapirer, rår ikke over egne penger.
signs-where-title = Hvor og når
signs-where-address = Vet ikke, eller vil ikke si, adressen til bolig eller arbeidssted
signs-where-place = Vet ikke hvor hen er, datoen eller klokkeslettet
signs-where-why = Fra IS-1022 kapittel 6.3. Den som flyttes rundt, eller sjelden slipper ut, vet kanskje ikke byen eller adressen.
signs-child-title = For et barn
signs-child-fixer = En voksen i nærheten som ordner det barnet gjør, og som stiller opp på kort varsel
signs-child-number = En telefon, et SIM-kort eller et nummer barnet har fått beskjed om å ringe når det møter myndighetene
signs-child-valuables = Penger, telefoner, smykker eller andre verdisaker barnet ikke kan gjøre rede for
signs-child-school = Går ikke på skole som vanlig
signs-child-runs = Rømmer hjemmefra eller fra en institusjon
signs-child-why = Fra KOMs liste for barn (menneskertilsalgs.no/avdekking/tegn-og-indikatorer/barn-og-ungdom/). Å rømme står blant de sosiale tegnene på menneskertilsalgs.no sin side om psykiske helseindikatorer (…/helseindikatorer/psykiske-helseindikatorer/). Grunn til å tro at et barn blir utnyttet gir meldeplikt til barnevernet: saken spør om det.
signs-then-title = Hva tegn fører til
signs-then-text =
    Tegn er grunner til å snakke med personen alene, be om råd og tilby hjelp. De er ikke bevis, og en person kan bli utnyttet uten å vise noen av dem.
    Et tegn alene utløser ingen plikt. Meldeplikten om et barn og avvergingsplikten har sine egne terskler: «Ny sak» på startsiden spør om dem i riktig rekkefølge.
    Spør ROSA om råd, uten personens navn.
signs-then-why = Indikatorer kan også komme av annet enn menneskehandel; se hele situasjonen til personen. Ikke forklar tegn bort som «kultur» eller «tradisjon».
signs-done-title = Ferdig med tegnene
