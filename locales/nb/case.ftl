## Flow: case (the whole case)

case-title = Ny sak: bekymring for menneskehandel
    .discreet = Ny sak: bekymring for en pasient
case-desc = Trinn for trinn: fare, alder, alvorlig forbrytelse, samtalen, utfallet og henvisning

case-summary-title = Dette gjør du videre
case-summary-text = Gå gjennom punktene. Verktøyet lagrer ingenting. Denne lista, og veien du gikk i verktøyet, er ikke et journalnotat.
case-summary-cws-follow = Følg opp med barneverntjenesten: hva skjer videre, og hvem har ansvaret for barnet?
case-summary-move = Kan personen bli flyttet før dere møtes igjen, for eksempel fra et asylmottak: med samtykke, gi den neste helsetjenesten bare det den trenger, og fortell personen hvordan hen får helsehjelp etter flyttingen.
case-summary-move-arrival = Mange blir flyttet fra ankomstsenteret etter få dager, og senteret avgjør flyttingen: spør helsetjenesten der hvem som følger opp. Med samtykke, gi den neste helsetjenesten bare det den trenger.
case-journal-where = Skriv det i pasientjournalen, ikke på løse lapper eller i egne mapper
case-journal-seen = Det du så og målte, og det personen sa, med personens egne ord
case-journal-seen-story = Historien: det personen sa, og det som ikke passet, slik det ble sagt, ikke som din konklusjon
case-journal-seen-companion = Følgepersonen: det du så (hvem som snakket, hvem som ikke ville gå, telefonene), ikke hvem du tror hen er
case-journal-seen-body = Skader og helse: det du fant og målte, og det personen sa om årsaken
case-journal-seen-work = Arbeid, penger og papirer: det personen sa om bolig, lønn, gjeld og papirer, med egne ord
case-journal-seen-where = At personen ikke visste adressen, stedet eller datoen, slik du observerte det
case-journal-seen-child = For barnet: det du så av den voksne i nærheten, skole og barnets ting, slik du observerte det
case-journal-age = Hvorfor du tror personen kan være under 18 år: det du så og hørte, alderen personen oppga, og alderen som er registrert
case-journal-child-of-person = Personens barn: det som ble sagt om barnet, hvor barnet er, og meldingen til barneverntjenesten (når, og til hvem)
case-journal-acute = Det som krevde handling straks, det du gjorde, og hvem du ringte, når
case-journal-interpreter = Hvem som var til stede, og hvem som tolket (fremmøtt eller på telefon): språket og dialekten, og tolkens ID i Nasjonalt tolkeregister
case-journal-informed = Hva du informerte personen om
case-journal-consent = Hvilket samtykke du fikk: til hva, og til hvem (samtykket gjelder den ene situasjonen eller tjenesten)
case-journal-shared = Vurderingen din, og hva du delte, med hvem og på hvilket grunnlag (samtykke, meldeplikt, avvergingsplikt: når taushetsplikten ble satt til side), eller at du valgte å ikke kontakte noen, og hvorfor
case-journal-not = Ingen gjetninger skrevet som funn, og ikke hvor personen skal bo
case-summary-why =
    Lista samler det du skal gjøre fra hvert steg i saken, én gang hver: nå, i dag og senere.
    Pliktene som gjelder, står øverst. De gjelder til de er oppfylt.
    Journalen dokumenterer helsehjelpen. Oppbevar opplysninger om personen sikkert; verktøyet lagrer ingenting.
    Skriv hva du vurderte og gjorde, og hvorfor, så neste helsetjeneste kan bygge på det uten at personen må fortelle alt på nytt.
    Det som står i journalen, kan bli lest av andre senere. En gjetning skrevet som funn kan følge personen; en adresse kan sette personen i fare.

## The stages of the case, short, for the stage line
case-stage-triage = Triage
case-stage-setting = Sted
case-stage-signs = Tegn
case-stage-conversation = Samtale
case-stage-outcome = Utfall
case-stage-referral = Henvisning
case-stage-summary = Sammendrag

case-calm-age-title = Når nødsituasjonen er tatt hånd om: er det grunn til å tro at personen er under 18 år?

## Hvor tjenesten arbeider: spørres én gang etter triage, hvis ikke den lokale fila sier det
case-setting-title = Hvor møter du personen?
case-setting-text = Noen av rådene avhenger av stedet. Spørres én gang; en tjeneste kan i stedet oppgi det i sin lokale fil.
case-setting-arrival = På ankomstsenteret for asylsøkere
case-setting-reception = På et asylmottak
case-setting-health = Hos fastlegen, på legevakten eller på et helsesenter
case-setting-hospital = På et sykehus
case-setting-social = I sosialtjenesten (NAV) eller en annen tjeneste
case-setting-why =
    På ankomstsenteret er Politiets utlendingsenhet i samme bygg, alle nyankomne får den samme lappen, og mange blir flyttet videre etter få dager: senteret avgjør flyttingen. Fra et asylmottak kan personen også bli flyttet. Andre steder gjelder ikke dette, og verktøyet lar det være.
    Svaret sier ingenting om personen. En tjeneste oppgir stedet én gang i sin lokale kontaktfil (`setting:`, se README), og da stilles ikke dette spørsmålet.
