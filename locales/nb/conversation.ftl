## Flow: conversation (prepare, open, ask, close)

conversation-title = Samtalen
conversation-desc = Forbered, åpne, spør og avslutt

## Sections
src-is-1022-6-4-conduct = Kapittel 6.4: Konkrete forslag til gjennomføring av samtale (menneskertilsalgs.no)
src-conv-002-3-1 = 3.1 Brukerreise og 3.1.2 Helsetjenesten
src-conv-002-3-1-2 = 3.1.2 Helsetjenesten
src-conv-003-p5-9-11 = Prinsipp 5, 9, 11 og 12

## Prepare
conversation-setting-title = Før du begynner
conversation-setting-cws = Under 18 år: du har kontaktet barneverntjenesten og avtalt hvordan samtalen skal skje
conversation-setting-room = Eget rom, døren lukket, ingen følgeperson til stede
conversation-setting-interpreter = Kvalifisert tolk uten bånd til personen: aldri en følgeperson, en annen beboer eller et barn
conversation-setting-phone = Telefonen din av. Telefontolk bare der ingen andre kan høre
conversation-setting-gender = Personen har fått velge kvinnelig eller mannlig ansatt og tolk
conversation-setting-slip = En liten lapp med hvor personen kan få hjelp, lett å skjule
conversation-setting-screen = Dette verktøyet brukes før og etter samtalen, ikke med skjermen synlig for personen, en følgeperson eller tolken
conversation-setting-why =
    Et felles språk med en ansatt holder bare hvis personen behersker språket godt. Ellers bestiller du en kvalifisert tolk.
    En tolk fra personens miljø kan være knyttet til dem som står bak, eller kan gjøre at personen ikke tør å fortelle.
    Det som står på skjermen, kan skremme personen eller fortelle en følgeperson hva du er bekymret for.

## Open
conversation-open-title = Åpne samtalen
conversation-open-role = Si hvem du er, og hva du kan hjelpe med
conversation-open-confidential = Si at det personen forteller, ikke går til politiet eller UDI uten personens ja, bortsett fra for å hindre at noen blir alvorlig skadet
conversation-open-child = Under 18 år: si at du må kontakte barneverntjenesten hvis du er bekymret for barnet
conversation-open-promise = Si at du ikke kan love noe om saken til personen
conversation-open-stop = Si at personen kan stoppe når som helst
conversation-open-worried = Si at du er bekymret for personen, og at hjelp finnes hvis personen vil
conversation-open-why =
    Grensene for taushetsplikten: ingenting går til utlendingsmyndighetene uten samtykke. Politiet bare med samtykke, i en nødsituasjon, eller når en lovpålagt plikt gjelder (avvergingsplikten etter straffeloven § 196, helsepersonelloven § 31). Meldeplikten for barn går til barneverntjenesten, ikke til politiet.
    Du kan dele med dem som gir helsehjelp til personen, med mindre personen motsetter seg det. Taushetsplikt betyr ikke at du holder alt for deg selv.
    Bruk et språk personen forstår, tilpasset alder og kultur. Gjenta det viktigste, og sjekk at du er forstått. Ikke lov mer enn du kan holde.

## Ask
conversation-questions-title = Spør konkret, ett spørsmål om gangen
conversation-questions-text = Kryss av det du har spurt om.
conversation-q-leave = Kan du gå fra jobben eller boligen når du vil?
conversation-q-papers = Hvor er passet og papirene dine, og hvem bestemmer over dem?
conversation-q-phone = Har du din egen telefon?
conversation-q-debt = Skylder du noen penger?
conversation-q-arranged = Hvem ordnet reisen eller jobben?
conversation-q-afraid = Er det noen du er redd for?
conversation-questions-why =
    Unngå ord som «menneskehandel», «offer» og «tvang»: de betyr ikke det samme for alle, og å spørre rett ut gir sjelden svar. Spør om hverdagen, og lytt også til det som sies mellom linjene.
    Tegn er ikke bevis, og ingen liste er komplett. Ikke bortforklar tegn som «kultur» eller «tradisjon». Mange kvier seg for å fortelle, og noen ser ikke selv at de blir utnyttet.
    Menneskehandel er å bruke vold, trusler eller misbruk av en sårbar situasjon til å utnytte noen: til arbeid eller tjenester, prostitusjon, kriminalitet, tigging, krigstjeneste eller fjerning av organer.
    Alle ledd er straffbare: å rekruttere, transportere, innlosjere og ta imot. Menneskehandel skjer også blant etniske nordmenn, urfolk og nasjonale minoriteter, på tvers av kjønn og alder.
    Vær tålmodig, og ikke press. Spør bare om det du trenger for å hjelpe, og ikke la personen gjenta historien for flere.
    .discreet =
        Unngå ladede ord: de betyr ikke det samme for alle, og å spørre rett ut gir sjelden svar. Spør om hverdagen, og lytt også til det som sies mellom linjene.
        Tegn er ikke bevis, og ingen liste er komplett. Ikke bortforklar tegn som «kultur» eller «tradisjon». Mange kvier seg for å fortelle, og noen ser ikke selv hva de er utsatt for.
        Det handler om vold, trusler eller misbruk av en sårbar situasjon for å få noen til arbeid eller tjenester, sex, kriminalitet, tigging, krigstjeneste eller fjerning av organer.
        Alle ledd er straffbare: å rekruttere, transportere, innlosjere og ta imot. Det skjer også blant etniske nordmenn, urfolk og nasjonale minoriteter, på tvers av kjønn og alder.
        Vær tålmodig, og ikke press. Spør bare om det du trenger for å hjelpe, og ikke la personen gjenta historien for flere.

## Close
conversation-close-title = Før dere skilles
conversation-close-consent = Spør om samtykke før du deler noe utenfor behandlingsteamet, og del bare det som trengs
conversation-close-slip = Informasjon om rettigheter og hvor personen kan få hjelp, på en lapp som er lett å skjule
conversation-close-appointment = En ny time, med en naturlig grunn
conversation-close-again = Si at personen kan ta kontakt igjen
conversation-close-why =
    Ikke kontakt politiet uten samtykke, bortsett fra i en nødsituasjon eller når en lovpålagt plikt gjelder (straffeloven § 196, helsepersonelloven § 31). Ikke kontakt utlendingsmyndighetene uten samtykke.
    Oppbevar notater sikkert, etter rutinen på arbeidsplassen.

## Anything new that needs action now
conversation-new-title = Kom det fram noe som krever handling nå?
conversation-new-text = Velg én ting om gangen. Du kommer tilbake hit etterpå.
conversation-new-emergency = En nødsituasjon: fare for liv eller helse nå
conversation-new-protection = Personen trenger beskyttelse, men det er ikke en nødsituasjon
conversation-new-minor = Personen kan være under 18 år
conversation-new-crime = En alvorlig forbrytelse kan pågå, eller skje snart
conversation-new-none = Ingenting av dette
conversation-new-why = Et valg om en alvorlig forbrytelse fører bare til vurderingen av avvergingsplikten. Det utløser ingen plikt i seg selv.

conversation-acute-text = Avbryt samtalen. Nå gjelder liv, helse og trygghet.

## Done
conversation-done-title = Samtalen er gjennomført
