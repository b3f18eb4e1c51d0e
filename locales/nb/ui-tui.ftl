## The full-screen walk-through (src/tui). Every id here must also be in
## locales/en/ui-tui.ftl with the same placeables.

tui-app-title = Veiviser
tui-start-title = Hva vil du gjøre?
tui-start-intro = Støtte når du mistenker at en pasient eller bruker er utsatt for menneskehandel. Ingenting lagres.
    .discreet = Støtte når du er bekymret for en pasient eller bruker. Ingenting lagres.
tui-start-no-flows = Det er ingen veivisere å velge mellom.

## Header, banners, steps
tui-step = Steg { $n }
tui-summary = Oppsummering
tui-duty = PLIKT: { $duty }
tui-continue = Gå videre (Enter)
tui-more-below = Mer nedenfor: PgDn
tui-more-below-enter = Mer nedenfor: Enter
tui-more-above = Mer ovenfor: PgUp
tui-notice-pick = Ingenting er valgt ennå. Trykk svarets nummer, eller velg med ↑↓ og trykk så Enter.
tui-notice-more-below = Mer nedenfor: Enter viser det. Når du er nederst, går Enter videre.
tui-notice-tick = Kryss av det som passer med nummeret eller Mellomrom, og trykk Enter. Passer ingenting: Enter, og Enter en gang til.
tui-notice-none-ticked = Ingenting er krysset av. Trykk Enter igjen for å gå videre uten, eller kryss av det som passer med nummeret.
tui-notice-no-number = Det finnes ikke noe svar med det nummeret her.
tui-notice-digit = Punkt { $n }…: skriv neste siffer (for { $n }0 til { $n }9), eller Mellomrom for punkt { $n }.
tui-notice-esc = Esc lukker et vindu, og ingen er åpne. Ett steg tilbake: ←. Skjul skjermen: x.
tui-more-both = Mer ovenfor og nedenfor: PgUp PgDn
tui-more-both-enter = Mer ovenfor og nedenfor: PgUp, Enter

## Outcome and summary
tui-summary-outcome = Utfall: { $outcome }
tui-actions = Dette gjør du nå:
tui-no-actions = Ingen tiltak her.
tui-duties = Plikter som gjelder:
tui-no-duties = Ingen plikter er utløst.
tui-contacts = Kontakter:
tui-path = Veien hit:
tui-path-answer = { $title } → { $answer }

## Key hints at the bottom (the key itself is shown before each)
tui-keyname-space = Mellomrom
tui-keyname-mouse = Mus
tui-key-open = åpne
tui-key-move = flytt
tui-key-answer = svar
tui-key-tick = kryss av
tui-key-next = videre
tui-key-back = tilbake
tui-key-principles = prinsipper
tui-key-source = kilde
tui-key-contacts = kontakter
tui-key-restart = ny sak
# The name of this language, in itself: the `l` hint of the language before it shows it.
tui-key-lang = norsk
tui-key-hide = skjul
tui-key-help = alle taster
tui-key-quit = avslutt
tui-key-scroll = bla
tui-key-close-it = lukk
tui-key-close = lukker

## Help (?): every key
tui-help-title = Taster
tui-help-pick = Velg svaret med det nummeret: hvert svar har samme nummer i alle saker, og 0 betyr alltid «nei» eller «ingen av disse». I en sjekkliste: kryss av punktet; fra 10 og oppover skriver du begge sifrene (1 og så 2 for punkt 12).
tui-help-move = Flytt markeringen opp og ned.
tui-help-enter = Svar med det markerte, eller gå videre (en tekst med mer nedenfor viser resten først). En sjekkliste går videre med det som er krysset av; er ingenting krysset av, sier første Enter fra og neste går videre.
tui-help-space = Kryss av eller fjern krysset (sjekklister og tiltak).
tui-help-back = Ett steg tilbake: angrer det siste svaret (og sier det). Når det tar bort en plikt eller et utfall, sier det hvilke og spør først. Lukker et vindu som dette.
tui-help-close = Lukker et vindu som dette, eller svarer nei på et spørsmål. Angrer aldri et svar: på et steg sier den hvilke taster som går tilbake og skjuler.
tui-help-scroll = Bla i lang tekst.
tui-help-mouse = Klikk på et svar for å velge det; klikk igjen for å svare. Musehjulet blar.
tui-help-lang = Bytt til neste språk, etter tur gjennom alle språkene som finnes. Svarene og stedet beholdes.
tui-help-principles = De grunnleggende prinsippene, fra hvor som helst.
tui-help-source = Kilden til steget: dokument, del og dato.
tui-help-contacts = Alle kontaktene i katalogen, med telefon og nettside, fra hvor som helst.
tui-help-help = Denne listen.
tui-help-hide = Skjul skjermen straks. Neste tast henter saken tilbake slik den var.
tui-help-restart = Begynn på nytt (spør først).
tui-help-quit = Avslutt (spør først når en sak er i gang).
tui-help-ctrl-c = Avslutt straks, uten å spørre.
tui-help-redraw = Tegn skjermen på nytt.
tui-help-suspend = Sett veiviser på pause og gå tilbake til skallet; `fg` henter den fram igjen slik den var.
tui-help-confirm = Svar ja (y eller j) eller nei (n) når programmet spør.
tui-help-note = Ingenting lagres, og ingenting logges. Skjermlesere kan ikke lese dette fullskjermbildet: bruk veiviser walk --plain.
tui-keys-doc-key = Tast
tui-keys-doc-what = Hva den gjør

## Principles (p)
tui-principles-title = Prinsipper
tui-principles-missing = Prinsippene finnes ikke blant disse veiviserne.

## Source (s)
tui-source-title = Kilde
tui-source-step = Steget: { $step }
tui-source-document = Dokument: { $doc }
tui-source-section = Del: { $section }
tui-source-date = Sist faglig endret: { $date }
tui-source-no-date = Dokumentet har ingen dato for siste faglige endring.
tui-source-external = Dette er en offentlig tilgjengelig kilde.
tui-source-none = Dette steget har ingen kilde.
tui-sources-title = Kilder
tui-sources-all = Veiledningen bygger på:
tui-sources-doc = { $doc }
tui-sources-doc-dated = { $doc } (sist faglig endret { $date })

## Contacts (t)
tui-contacts-title = Kontakter
tui-contacts-intro = Alle kontaktene i katalogen, i katalogens rekkefølge. Sjekk nummeret lokalt.
tui-contacts-none = Katalogen har ingen kontakter.
## Questions before losing answers
tui-quit-title = Avslutte?
tui-quit-text = Svarene i denne saken blir borte. Ingenting er lagret.
tui-print-title = Skrive ut i terminalen?
tui-print-text = veiviser lukkes og skriver oppsummeringen, med de diskrete ordene, i denne terminalen. Den blir liggende i terminalens historikk: alle ved denne skjermen kan bla opp og lese den til terminalen lukkes eller tømmes.
tui-discreet-mark = Diskret
tui-bar-discreet = { $mark } · { $right }
tui-restart-title = Begynne på nytt?
tui-restart-text = Svarene i denne saken blir borte, og du kommer tilbake til startbildet.
tui-confirm-yes = Enter eller j: ja
tui-confirm-no = Esc eller n: nei

## The quick-hide screen: nothing here may hint at the subject
tui-hidden-title = Notater
tui-hidden-text = Ingen notater.

## Too small, errors
tui-too-small = Vinduet er for lite. Gjør det minst { $w } × { $h } tegn stort (nå { $cw } × { $ch }).
tui-too-small-quit = Ctrl-C avslutter.
tui-err-terminal = veiviser: terminalen svarte ikke som ventet: { $detail }
tui-start-version = Veiledningsversjon { $version }. Hvert steg viser datoen til sin egen kilde.
tui-key-why = hvorfor
tui-key-discreet-on = diskret
tui-key-discreet-off = diskret av
tui-key-save = lagre
tui-key-print = avslutt og skriv ut
tui-notice-discreet-on = Diskret modus er på: skjermen bruker nøytrale ord. d slår den av.
tui-notice-discreet-off = Diskret modus er av.
tui-notice-no-why = Dette steget har ingen bakgrunnstekst.
tui-notice-file-name = Skriv et filnavn først, eller Esc for å lukke.
tui-why-title = Hvorfor dette steget
tui-save-title = Lagre oppsummeringen
tui-save-text = Oppsummeringen skrives til en fil som bare du kan lese. Den har ikke navn eller noe annet som identifiserer personen. Endre filnavnet (en sti; ~/ er hjemmemappen din) om du vil, og trykk Enter.
tui-save-keys = Enter lagrer. Backspace sletter. Esc lukker uten å lagre.
tui-save-name = veiviser-notat.txt
tui-save-slip-name = veiviser-lapp.txt
tui-save-discreet = Tekst i fila: diskret, som på skjermen. (↑↓ eller Tab: full tekst, som nevner temaet.)
tui-save-full = Tekst i fila: FULL tekst, som nevner temaet. (↑↓ eller Tab: diskret tekst.)
tui-replace-title = Erstatte filen?
tui-replace-text = { $path } finnes allerede. Vil du erstatte den med denne oppsummeringen?
tui-replace-text-slip = { $path } finnes allerede. Vil du erstatte den med denne lappen?
tui-replace-text-debrief = { $path } finnes allerede. Vil du erstatte den med denne oppsummeringen for gruppa?
tui-teaching-title = Åpne en opplæringsflyt?
tui-teaching-text = Denne flyten nevner temaet fullt ut og har ingen diskret form. Åpne den bare der ingen andre kan lese skjermen.
tui-help-why = Bakgrunnen for steget: hvorfor det er viktig.
tui-help-discreet = Diskret modus av eller på: nøytrale ord på skjermen (også --discreet).
tui-help-save = På oppsummeringen: lagre den i en fil (bare du kan lese den; spør før en fil erstattes). I diskret modus den diskrete teksten, med mindre du velger full tekst i dialogen.
tui-help-print = På oppsummeringen: avslutt, og skriv oppsummeringen som ren tekst i terminalen. I diskret modus spør den først (teksten blir liggende i historikken) og skriver den diskrete teksten.
tui-source-as-of = Beskriver situasjonen per { $date }.
tui-sources-doc-as-of = { $doc } (status per { $date })

## For kursholdere: flytkartet, to språk side om side, kursholdervisningen; og
## diskret lapp, og hva det å gå tilbake tar bort.
tui-key-map = kart
tui-key-side = to språk
tui-key-trainer = kursholder
tui-key-slip = lapp
tui-help-map = Flytkartet: alle flyter og steg, med steget du er på, veien du har gått og pliktene merket. Enter åpner steget du velger (til undervisning: faktaene det trenger settes og vises); et steg på veien du har gått, går tilbake dit.
tui-help-side = To språk side om side (dette og det neste), for en blandet gruppe eller for å sjekke et ord på det andre språket. Bare for deg, som resten av skjermen: ikke for personen, en ledsager eller tolken å lese. Tastene virker som før.
tui-help-here = På dette skjermbildet
tui-help-everywhere = Overalt
tui-help-other = Andre taster
tui-help-trainer = Kursholdervisningen, i vanlige ord: hva steget er til, når det vises, hva hvert svar fører til (og hva det noterer, og pliktene det utløser), hva som er kjent så langt, og svarene som er gitt på veien hit.
tui-help-slip = På oppsummeringen: en liten lapp med kontaktene til personen, med nøytrale ord og på språket som vises (l bytter). Lagre den (e) eller skriv den ut etter avslutning (u). Mellomrom velger personens språk: da lagres lappen som en side å skrive ut.
tui-map-title = Flytkart
tui-map-legend = * dette steget; + på veien du har gått; ! utløser en plikt; = et utfall. Enter åpner steget du velger.
tui-map-flow = { $title } ({ $id })
tui-direct = Åpnet rett på dette steget, til undervisning. Fakta satt: { $facts }
tui-direct-none = Åpnet rett på dette steget, til undervisning. Ingen fakta satt.
tui-trainer-title = Kursholdervisning
tui-trainer-node = For forfattere: { $flow }/{ $node } ({ $kind })
tui-trainer-when = Vises bare når { $cond }
tui-trainer-no-when = Vises for alle som kommer denne veien.
tui-trainer-facts = Det som er kjent så langt
tui-trainer-no-facts = Ingen kjente fakta ennå.
tui-trainer-path = Veien hit
tui-trainer-answer = { $step } → { $answer }
tui-trainer-raised = utløste: { $duties }
tui-trainer-reached = Utfall nådd: { $outcomes }
tui-trainer-for = Hva det er til: { $why }
tui-trainer-answers = Svarene, og hvor hvert fører
tui-trainer-leads = { $answer } → { $step }
tui-trainer-offered-when = tilbys bare når { $cond }
tui-trainer-records = fra nå: { $facts }
tui-trainer-then = Deretter: { $step }
tui-trainer-goes-into = Går inn i: { $flow }; etter den: { $step }
tui-trainer-ticked-none = ingenting krysset av
tui-slip-title = Lapp til personen
tui-slip-keys = e lagrer lappen i en fil; u avslutter og skriver den ut. l bytter språket.
tui-slip-person-none = Mellomrom: lappen som en side å skrive ut på personens språk (ukrainsk, arabisk, tigrinja og flere).
tui-slip-person-lang = På personens språk: { $lang }. Mellomrom: et annet språk. e lagrer den som en side å skrive ut (HTML).
tui-slip-rosa-first = ROSAs eget trykte materiell på personens språk, der tjenesten har det, kommer først.
tui-save-slip-title = Lagre lappen
tui-save-slip-text = Lappen skrives til en fil som bare du kan lese. Den har bare kontaktene. Endre filnavnet (en sti; ~/ er hjemmemappen din) om du vil, og trykk Enter.
tui-save-slip-html-name = veiviser-lapp.html
tui-save-slip-unchecked = Teksten på { $lang } er ennå ikke sjekket av en som har språket som morsmål. Sjekk numrene mot skjermen før du gir den fra deg.
tui-back-title = Gå tilbake?
tui-back-text = Å gå tilbake tar bort:
tui-back-answer = svaret «{ $answer }» på «{ $title }»
tui-back-duty = plikten: { $duty }
tui-back-outcome = utfallet: { $outcome }
tui-jump-text = Å åpne dette steget forlater saken. Det tar bort:
tui-undone = Angret: «{ $answer }» på «{ $title }».
tui-slip-empty = Ingen kontakt i katalogen er merket for lappen (slip: true i kontaktfilen).
tui-play-at = Scenario: steg { $at } av { $n }
tui-play-next = Neste: { $answer }
tui-play-continue = gå videre
tui-play-done = Scenarioet er spilt av til slutten.
tui-play-keys = Enter: neste steg. Backspace: steget før. r: fra starten.
tui-notice-scenario-end = Scenarioet slutter her. Backspace går ett steg tilbake, r til starten, q avslutter.
tui-notice-scenario-keys = Et scenario gir sine egne svar: Enter viser neste steg.

## Undervisningsmodus (scenario run --teach) og hva om
tui-help-reveal = Undervisningsmodus: vis svaret veiledningen forventer ved dette valget, med scenarioets tilbakemelding og hva som ville fulgt.
tui-key-reveal = vis svar
tui-help-whatif = I et scenario: hva om. Gå ut av manuset og gå fritt videre fra dette steget (hvilket som helst svar, tilbake, kartet); trykk igjen for å gå tilbake til scenarioet akkurat der du gikk ut.
tui-key-whatif = hva om
tui-key-debrief = oppsummering for gruppa
tui-notice-reveal-teach = Å vise svaret som ventes, er for undervisningsmodus: veiviser scenario run ID --teach.
tui-notice-reveal-here = Dette steget er ikke et valg i scenarioet: Enter går videre.
tui-notice-whatif-none = Hva om virker i et scenario: veiviser scenario run ID (eller --teach).
tui-notice-whatif-on = Hva om: utenfor manuset. Gå fritt videre; o går tilbake til scenarioet der du gikk ut.
tui-notice-whatif-off = Tilbake i scenarioet, der du gikk ut.
tui-whatif-banner = HVA OM: utenfor manuset (o: tilbake til scenarioet)
tui-teach-panel = Gruppa svarer først: skriv nummeret på svaret (en sjekkliste: kryss av, så Enter).
tui-teach-panel-text = Les det høyt, og gå videre: Enter.
tui-teach-panel-end = Scenarioet er ved slutten: Enter åpner oppsummeringen for gruppa.
tui-teach-setting = Sted: { $setting }
tui-teach-title = Gruppas svar
tui-teach-answer = Gruppa svarte: { $answer }
tui-teach-right = ✓ Dette er svaret veiledningen forventer.
tui-teach-wrong = ✗ Dette er ikke svaret veiledningen forventer.
tui-teach-case = Saken
tui-teach-also = ✓ Også dette svaret er riktig, slik saken er skrevet.
tui-teach-also-script = Scenarioet går videre med svaret det ble skrevet med: { $answer }.
tui-teach-differs = ≈ Ikke helt de punktene veiledningen forventer: se hva som er ulikt nedenfor. Enter går videre med scenarioets kryss.
tui-teach-extra = Krysset av, men ikke ventet: { $items }
tui-teach-missing = Ventet, men ikke krysset av: { $items }
tui-teach-why = Hvorfor
tui-teach-no-feedback = Scenarioet har ingen tilbakemelding for dette svaret.
tui-teach-follows = Hva som ville fulgt
tui-teach-follows-duty = plikten: { $duty }
tui-teach-follows-outcome = utfallet: { $outcome }
tui-teach-follows-next = neste steg: { $title }
tui-teach-follows-end = slutten på saken
tui-teach-follows-other = (en annen vei videre enn svaret som ventes)
tui-teach-expected = Svaret veiledningen forventer: { $answer }
tui-teach-keys-on = Enter: videre i scenarioet. o: hva om (gå fritt videre herfra).
tui-teach-keys-again = Enter eller Esc: la gruppa prøve et annet svar (eller skriv nummeret nå). a: vis svaret som ventes. o: hva om.
tui-debrief-title = Oppsummering for gruppa
tui-debrief-points = Læringspunkter
tui-debrief-no-points = Scenarioet har ingen læringspunkter.
tui-debrief-discreet = Diskret modus: scenarioets tittel og læringspunkter er utelatt (de har ingen diskret form). I lagringsvinduet velger ↑↓ eller Tab full tekst.
tui-debrief-duties = Pliktene saken utløste, og hvorfor
tui-debrief-answers = Gruppas første svar
tui-debrief-as-expected = som ventet
tui-debrief-not-expected = ikke som ventet
tui-debrief-class = Gruppa: { $answer } ({ $mark })
tui-debrief-class-none = Gruppa: ikke svart (svaret som ventes, ble vist)
tui-debrief-expected = Ventet: { $answer }
tui-debrief-keys = e: lagre oppsummeringen i en fil (den finnes bare i minnet til da). Esc: tilbake til sammendraget.
tui-save-debrief-title = Lagre oppsummeringen for gruppa
tui-save-debrief-text = Oppsummeringen for gruppa skrives til en fil som bare du kan lese: scenarioets læringspunkter, pliktene og gruppas første svar, uten navn og uten noe som identifiserer noen. Endre filnavnet (en sti; ~/ er hjemmemappen din) om du vil, og trykk Enter.
tui-save-debrief-name = veiviser-gruppe.txt

# The case as a scenario (f on the summary).
tui-key-record = som scenario
tui-help-record = På oppsummeringen (for undervisere): skriv saken du gikk gjennom som en scenariofil, svarene og hva de førte til, med TODO-plassholdere for saksteksten, tilbakemeldingene og læringspunktene (se veiviser scenario check). Ikke i diskret modus.
tui-notice-record-discreet = Et scenario navngir hvert steg og kan derfor ikke skrives i diskret modus (d slår den av).
tui-notice-record-direct = Denne gjennomgangen ble åpnet ved et steg fra kartet, så den kan ikke skrives som scenario: et scenario begynner fra starten.
tui-notice-save-nothing = Det er ingenting å lagre her, så ingenting ble skrevet.
tui-save-scenario-title = Lagre saken som scenario
tui-save-scenario-text = Svarene du ga og hva de førte til, skrives som en scenariofil med TODO-plassholdere for tittel, sakstekst, tilbakemeldinger og læringspunkter; bytt dem ut med en oppdiktet sak, og kjør så veiviser scenario check FIL. Ingenting i den identifiserer noen. Endre filnavnet (en sti; ~/ er hjemmemappen din) om du vil, og trykk Enter.
tui-save-scenario-name = min-sak.yaml
tui-replace-text-scenario = { $path } finnes allerede. Vil du erstatte den med dette scenarioet?
