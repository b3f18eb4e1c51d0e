## Flow: conversation (before, hold it, what came out)

conversation-title = Samtalen
conversation-desc = Forbered, åpne, spør og avslutt

## Sections
src-is-1022-6-4-conduct = Kapittel 6.4: Konkrete forslag til gjennomføring av samtale (menneskertilsalgs.no)
src-conv-002-3-1 = 3.1 Brukerreise og 3.1.2 Helsetjenesten
src-conv-002-3-1-2 = 3.1.2 Helsetjenesten
src-conv-003-p5-9-11 = Prinsipp 5, 9, 11 og 12

## Before: the room and the opening words
conversation-before-title = Før du går inn: rommet, og det du sier først
conversation-before-text = Først rommet, så det du sier når du åpner samtalen.
conversation-before-why =
    Et felles språk med en ansatt holder bare hvis personen behersker språket godt. Ellers bestiller du en kvalifisert tolk. Vurder behovet der og da: smerte, frykt, traumer og medisiner svekker et andrespråk. I spesialisthelsetjenesten skal tolk kunne skaffes på kort varsel: innen 3 minutter for AMK og ambulanse, innen 20 minutter i annen akuttbehandling (rapporten fra det nasjonale nettverket 2021–2023, 4.8).
    En følgeperson som tilbyr seg å tolke, eller sier at personen vil det, kan være den som kontrollerer personen, og personen kan faktisk snakke norsk eller engelsk (samme rapport, 4.4).
    En tolk kan kjenne personens miljø, eller være knyttet til dem som står bak. Telefontolking har gått galt der andre kunne høre. Fortell tolken hva samtalen handler om før den begynner, og gi ingenting som identifiserer personen.
    Ansatte i mottaket, vakter og politiet er ikke helsetjenesten. Rutinene på mottaket erstatter ikke taushetsplikten din: de får ingenting fra samtalen uten personens samtykke. En lovpålagt plikt endrer ikke det. Avvergingsplikten (straffeloven § 196) gjelder overfor politiet; meldeplikten gjelder overfor barneverntjenesten, ikke politiet. Ingen av dem gjelder overfor mottaket.
    En lapp som alle får, gjør at ingen skiller seg ut.
    Det som står på skjermen, kan skremme personen eller fortelle en følgeperson eller tolken (som kan lese norsk) hva du er bekymret for.
    Grensene for taushetsplikten: ingenting går til utlendingsmyndighetene uten samtykke. Politiet bare med samtykke, i en nødsituasjon, eller når en lovpålagt plikt gjelder (avvergingsplikten etter straffeloven § 196, helsepersonelloven § 31). Meldeplikten for barn går til barneverntjenesten, ikke til politiet.
    Gjennom tolk kan «jeg må handle ved visse forbrytelser» høres ut som «jeg anmelder lovbrudd» for den som har falske papirer eller ulovlig arbeid. Og «beskyttelse» er det juridiske ordet for asyl. Si det du mener, med enkle ord.
    Du kan dele med dem som gir helsehjelp til personen, med mindre personen motsetter seg det. Taushetsplikt betyr ikke at du holder alt for deg selv.
    Den som har vært gjennom traumer, må få tilbake kontrollen over sin egen kropp. Samtykke kommer før hver prosedyre.
    Bruk et språk personen forstår, tilpasset alder og kultur. Gjenta det viktigste, og sjekk at du er forstått. Ikke lov mer enn du kan holde.

conversation-setting-cws = Under 18 år: du har kontaktet barneverntjenesten og avtalt hvordan samtalen skal skje
conversation-setting-room = Eget rom, døren lukket. Ingen følgeperson, og ingen fra mottaket, vakter eller politi i rommet
conversation-setting-interpreter = Kvalifisert tolk, orientert før personen kommer inn. Aldri en følgeperson, en annen beboer eller et barn, heller ikke om følgepersonen sier at personen vil det. Felles språk bare hvis personen behersker det godt nå; er du i tvil, bruk tolk
conversation-setting-phone = Telefonen din av. Telefontolken får ikke navn, mottak eller rom, og sjekker at ingen kan høre hos tolken heller
conversation-setting-gender = Personen har fått velge kvinnelig eller mannlig ansatt, undersøker og tolk
conversation-setting-slip = Den samme lille lappen som alle nyankomne får: rettigheter og nummeret til ROSA, som er åpent hele døgnet. Lett å skjule
conversation-setting-slip-any = En liten lapp med rettigheter og nummeret til ROSA, som er åpent hele døgnet. Lett å skjule. Gir tjenesten din den samme lappen til alle, bruk den
conversation-setting-screen = Dette verktøyet brukes før og etter samtalen, ikke med skjermen synlig for personen, en følgeperson eller tolken
## Open
conversation-open-role = Si hvem du er, og hva du kan hjelpe med
conversation-open-confidential = Si hva som er taushetsbelagt: det personen forteller deg, blir i helsetjenesten og går ikke til andre uten personens ja. Si unntakene rett ut: er noens liv eller helse i fare, eller kan en alvorlig forbrytelse fortsatt stoppes, må du handle, og du må si fra til barneverntjenesten hvis et barn kan bli skadet (straffeloven § 196, helsepersonelloven § 31 og § 33). Du sier ingenting til UDI uten personens ja
    .discreet = Si hva som er taushetsbelagt: det personen forteller deg, blir i helsetjenesten og går ikke til andre uten personens ja. Si unntakene rett ut: er noens liv eller helse i fare, eller kan en alvorlig forbrytelse fortsatt stoppes, må du handle, og du må si fra til barneverntjenesten hvis et barn kan bli skadet (straffeloven § 196, helsepersonelloven § 31 og § 33). Du sier ingenting til UDI uten personens ja
conversation-open-interpreter = Med tolk: si at tolken har taushetsplikt. Spør om denne tolken er i orden (stemme, dialekt, bånd), og tilby en annen, eller en av det andre kjønnet
conversation-open-child = Under 18 år: si at du må kontakte barneverntjenesten hvis du er bekymret for barnet
conversation-open-promise = Si rett ut at du ikke kan love noe om opphold: en asylsak, en tillatelse eller retten til å bli
conversation-open-care = Gi den helsehjelpen personen kom for, uansett hva personen forteller. Forklar hvert steg, og spør før du tar på personen
conversation-open-stop = Si at personen kan si nei til alt, og stoppe når som helst
conversation-open-worried = Si at du er bekymret for personen, og at hjelp og et trygt sted å bo finnes hvis personen vil
## Hold the conversation: the questions, and before you part
conversation-go-title = Hold samtalen nå
conversation-go-text = Spør konkret, ett spørsmål om gangen, med hverdagslige ord: spørsmålene som passer til det du la merke til, kommer først. Gå gjennom de siste punktene før dere skilles. Når samtalen er over, kommer du tilbake hit og går videre.
conversation-go-why =
    Unngå ord som «menneskehandel», «offer» og «tvang»: de betyr ikke det samme for alle, og å spørre rett ut gir sjelden svar. Spør om hverdagen, og lytt også til det som sies mellom linjene.
    Tegn er ikke bevis, og ingen liste er komplett. Ikke bortforklar tegn som «kultur» eller «tradisjon». Mange kvier seg for å fortelle, og noen ser ikke selv at de blir utnyttet.
    Menneskehandel er å bruke vold, trusler eller misbruk av en sårbar situasjon til å utnytte noen: til arbeid eller tjenester, prostitusjon, kriminalitet, tigging, krigstjeneste eller fjerning av organer.
    Alle ledd er straffbare: å rekruttere, transportere, innlosjere og ta imot. Menneskehandel skjer også blant etniske nordmenn, urfolk og nasjonale minoriteter, på tvers av kjønn og alder.
    Vær tålmodig, og ikke press. Spør bare om det du trenger for å hjelpe, og ikke la personen gjenta historien for flere.
    Ikke kontakt politiet uten samtykke, bortsett fra i en nødsituasjon eller når en lovpålagt plikt gjelder (straffeloven § 196, helsepersonelloven § 31). Ikke kontakt utlendingsmyndighetene uten samtykke.
    Mange blir flyttet fra ankomstsenteret etter få dager, og fra et asylmottak kan det også skje. Be om samtykke til å gi videre det neste helsetjeneste trenger, så personen slipper å fortelle alt på nytt.
    Samtykket er informert og konkret: ofte til én situasjon eller én tjeneste. Spør igjen før du deler med noen nye (rapporten fra det nasjonale nettverket 2021–2023, 4.2).
    Skriv det i pasientjournalen: sammendraget sier hva som skal stå der, og hva som ikke skal.
    .discreet =
        Unngå ladede ord: de betyr ikke det samme for alle, og å spørre rett ut gir sjelden svar. Spør om hverdagen, og lytt også til det som sies mellom linjene.
        Tegn er ikke bevis, og ingen liste er komplett. Ikke bortforklar tegn som «kultur» eller «tradisjon». Mange kvier seg for å fortelle, og noen ser ikke selv hva de er utsatt for.
        Det handler om vold, trusler eller misbruk av en sårbar situasjon for å få noen til arbeid eller tjenester, sex, kriminalitet, tigging, krigstjeneste eller fjerning av organer.
        Alle ledd er straffbare: å rekruttere, transportere, innlosjere og ta imot. Det skjer også blant etniske nordmenn, urfolk og nasjonale minoriteter, på tvers av kjønn og alder.
        Vær tålmodig, og ikke press. Spør bare om det du trenger for å hjelpe, og ikke la personen gjenta historien for flere.
        Ikke kontakt politiet uten samtykke, bortsett fra i en nødsituasjon eller når en lovpålagt plikt gjelder (straffeloven § 196, helsepersonelloven § 31). Ikke kontakt utlendingsmyndighetene uten samtykke.
        Mange blir flyttet fra ankomstsenteret etter få dager, og fra et asylmottak kan det også skje. Be om samtykke til å gi videre det neste helsetjeneste trenger, så personen slipper å fortelle alt på nytt.
        Samtykket er informert og konkret: ofte til én situasjon eller én tjeneste. Spør igjen før du deler med noen nye (rapporten fra det nasjonale nettverket 2021–2023, 4.2).
        Skriv det i pasientjournalen: sammendraget sier hva som skal stå der, og hva som ikke skal.

## Ask
conversation-q-leave = Kan du gå fra jobben eller boligen når du vil?
conversation-q-papers = Hvor er papirene dine nå, og hvem bestemmer over dem?
conversation-q-phone = Har du din egen telefon?
conversation-q-debt = Skylder du noen penger?
conversation-q-pay = Får du lønn, og hvem har pengene?
conversation-q-day = Hvordan er en vanlig dag: hvor sover, spiser og jobber du?
conversation-q-hurt = Hvordan ble du skadet? Har noen skadet deg?
conversation-q-say-no = Kan du si nei til arbeid, eller til sex, du ikke vil?
    .discreet = Kan du si nei til ting du ikke vil gjøre?
conversation-q-arranged = Hvem ordnet reisen eller jobben?
conversation-q-afraid = Er det noen du er redd for?
conversation-q-care = Hvem tar seg av deg her? Går du på skolen?
conversation-q-wants = Hva ville hjelpe deg nå, og hva vil du skal skje?
conversation-q-children = Har du barn med deg, eller barn hjemme? Kan noen bruke dem til å presse deg?
## Close
conversation-close-consent = Før dere skilles: spør om samtykke før du deler noe utenfor behandlingsteamet: for én tjeneste eller én situasjon om gangen, og spør igjen for den neste. Del bare det som trengs
conversation-close-move = Spør om personen kan bli flyttet før neste time. I så fall, med samtykke: gi neste helsetjeneste bare det den trenger
conversation-close-slip = Lappen med rettigheter og nummeret til ROSA, som gjelder i hele landet. Fortell personen om retten til helsehjelp, og hvordan personen får helsehjelp etter en flytting
conversation-close-appointment = Avtal hvordan du kan nå personen trygt: ikke på en telefon andre kan sjekke, ikke gjennom ansatte i mottaket. En ny time med en nøytral grunn
conversation-close-again = Si at personen kan ta kontakt igjen
## Anything new that needs action now
conversation-new-title = Kom det fram noe som krever handling nå?
conversation-new-text = Velg én ting om gangen; du kommer tilbake hit etterpå. En nødsituasjon, eller et behov for beskyttelse, avslutter saken med det du skal gjøre straks: tryggheten først.
conversation-new-emergency = En nødsituasjon: fare for liv eller helse nå
conversation-new-protection = Personen trenger beskyttelse, men det er ikke en nødsituasjon
conversation-new-minor = Personen kan være under 18 år
conversation-new-child-of-person = Et barn av personen (med personen, eller brukt til å presse personen) kan være i fare
conversation-child-of-person-title = Et barn av personen
conversation-new-crime = Nye opplysninger: en alvorlig forbrytelse kan pågå, eller skje snart (§ 196)
conversation-new-none = Ingenting av dette
conversation-new-why =
    Et valg om en alvorlig forbrytelse fører bare til vurderingen av avvergingsplikten. Det utløser ingen plikt i seg selv.
    Et barn av personen: de samme spørsmålene som for et barn i rommet, om det barnet. Konkrete holdepunkter gir meldeplikt til barneverntjenesten.

conversation-acute-text = Avbryt samtalen. Nå gjelder liv, helse og trygghet.

## Done
conversation-done-title = Samtalen er gjennomført
