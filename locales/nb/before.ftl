## Flow: before (before the conversation)

before-title = Før samtalen
before-desc = Forbered deg: prinsipper, rom, tolk og henvisning

## Sections of seeds 002 and 003 (also used by the conversation flow)
src-003-p1 = Prinsipp 1: WHOs ti prinsipper for etikk og sikkerhet i samtaler
src-003-p2-3 = Prinsipp 2 og 3: hver kontakt er en mulighet; sikkerhet først
src-003-p4 = Prinsipp 4: respektfull og likeverdig hjelp uten diskriminering
src-003-p5-6 = Prinsipp 5 og 6: henvisningsinformasjon; samarbeid med andre
src-003-p7-12 = Prinsipp 7 og 12: konfidensialitet og personvern; sikker oppbevaring
src-003-p9-11 = Prinsipp 9 og 11: frivillig informert samtykke; politi og utlendingsmyndigheter
src-003-p10 = Prinsipp 10: respekter rettighetene, valgene og verdigheten til personen
src-002-3-1-2 = 3.1.2 Helsetjenesten: hva en lokal rutine bør inneholde
src-002-3-4 = 3.4 Kunnskap om ofre for menneskehandel: bruk av tolk
    .discreet = 3.4 Kunnskap: bruk av tolk

## WHO's ten principles
before-who-title = WHOs ti prinsipper for etikk og sikkerhet
before-who-text =
    Gå gjennom punktene før du møter personen. Kryss av det du har
    tenkt gjennom.
before-who-1 = Ikke gjør skade: kan samtalen sette noen i fare?
before-who-2 = Kjenn temaet, og vurder risikoen før du begynner
before-who-3 = Ha henvisningsinformasjon klar, og ikke lov mer enn du kan holde
before-who-4 = Velg og forbered tolk og kolleger med omhu
before-who-5 = Sørg for anonymitet og konfidensialitet
before-who-6 = Få informert samtykke før du går videre med saken
before-who-7 = Lytt til og respekter personens syn på egen situasjon og risiko
before-who-8 = Unngå retraumatisering: ikke press, ingen unødige gjentakelser
before-who-9 = Vær forberedt på akuttsituasjoner: vit hvem du ringer
before-who-10 = Bruk opplysningene du får, godt og ansvarlig

## The setting
before-setting-title = Rammen for samtalen
before-setting-room = Et eget rom der du kan snakke med personen alene, uforstyrret
before-setting-gender = Tilby kvinnelig eller mannlig ansatt og tolk
before-setting-time = God tid: samtaler med tolk tar lengre tid

before-need-interpreter-title = Trenger dere tolk?
before-need-interpreter-yes = Ja, eller kanskje
before-need-interpreter-no = Nei, vi har et felles språk

## The interpreter
before-interpreter-title = Tolken
before-interpreter-text =
    Mye har gått galt med tolking i slike saker: tolker med bånd til
    bakpersonene, og telefontolking der andre kunne høre.
    .discreet =
        Mye har gått galt med tolking i slike saker: tolker med bånd til
        bakpersonene, og telefontolking der andre kunne høre.
before-interpreter-qualified = Kvalifisert tolk
before-interpreter-no-tie = Ingen bånd til personen eller personens nettverk
before-interpreter-never-companion = Aldri familie, venner eller følgeperson som tolk
before-interpreter-phone = Telefontolk bare der taushetsplikten kan holdes
before-interpreter-confidentiality = Tolken kjenner taushetsplikten sin og holder den

## Principles of seed 003 for the preparation
before-referral-title = Ha henvisningsinformasjon klar
before-referral-text =
    Vit hvor du kan henvise, bl.a. til husly, sosiale tjenester og
    juridisk rådgivning. Kan personen fortsatt være i kontakt med
    bakpersonene, gi informasjonen diskret, f.eks. på en liten lapp som
    er lett å skjule. Finn lokal rutine og kontakter på forhånd, og
    samarbeid med andre tjenester om hjelp som passer personens behov.
    .discreet =
        Vit hvor du kan henvise, bl.a. til husly, sosiale tjenester og
        juridisk rådgivning. Kan personen fortsatt være i kontakt med
        bakpersonene, gi informasjonen diskret, f.eks. på en liten lapp som
        er lett å skjule. Finn lokal rutine og kontakter på forhånd, og
        samarbeid med andre tjenester om hjelp som passer personens behov.

before-safety-title = Sikkerhet først
before-safety-text =
    Hvert møte er en sjanse til å bedre personens situasjon, men kan
    også gjøre vondt verre. Vurder risikoen for personen og familien,
    for deg selv og for kollegene dine. Ta beslutningene ut fra råd og
    veiledning.

before-equal-title = Lik behandling for alle
before-equal-text =
    Møt alle med respekt og som likeverdige, uansett kjønn, alder,
    sosial klasse, seksuell orientering, religion, rase eller
    etnisitet. Menneskehandel rammer kvinner, menn og barn, også norske
    statsborgere.
    .discreet =
        Møt alle med respekt og som likeverdige, uansett kjønn, alder,
        sosial klasse, seksuell orientering, religion, rase eller
        etnisitet. Slik skade rammer kvinner, menn og barn, også norske
        statsborgere.

before-privacy-title = Konfidensialitet og sikker lagring
before-privacy-text =
    Alt som sies med og om personen, skal behandles konfidensielt, og
    personen skal kunne stole på det. Taushetsplikt betyr ikke at du
    skal holde alt for deg selv: det helsehjelpen krever, kan deles med
    dem som behandler personen sammen med deg. Oppbevar opplysninger
    sikkert: kod saksmapper når det går, lås dem inn, og beskytt
    digitale data med passord. Dette verktøyet lagrer ingenting om
    personen.

before-consent-title = Samtykke før du deler
before-consent-text =
    Før du deler opplysninger, eller starter undersøkelse, behandling
    eller henvisning, trenger du personens frivillige, informerte
    samtykke. Del da bare det som trengs. Ikke kontakt politiet eller
    utlendingsmyndighetene uten samtykke: personen kan ha gode grunner
    til å unngå dem. Politiet uten samtykke bare i en nødsituasjon,
    eller når en lovpålagt plikt krever det (avvergingsplikten,
    straffeloven § 196; helsepersonelloven § 31); utlendingsmyndighetene
    bare med samtykke fra den voksne, i personens egen sak. Meldeplikten om et barn går til barneverntjenesten, ikke til
    politiet.

## Ready
before-ready-title = Du er forberedt
before-ready-interpreter = Trengs tolk: bestill en kvalifisert tolk i god tid.
before-ready-slip = Ha en liten lapp med henvisningsinformasjon klar.
before-ready-routine = Ha lokal rutine og kontaktlisten for hånden.
before-ready-case = Når du møter personen: start en sak fra startsiden.

## Kjenn temaet (kilde 002 og 000)
src-before-002-3-1 = 3.1 Brukerreise og 3.1.2 Helsetjenesten
src-before-000-definition = Hva er menneskehandel?
    .discreet = Definisjoner
before-know-title = Kjenn temaet
before-know-text =
    Menneskehandel forekommer også blant etniske nordmenn, urfolk og nasjonale minoriteter, på tvers av kjønn og alder. Ikke gå ut fra at det bare gjelder migranter.
    Vit at forståelsen av helse, sykdom og behandling er ulik, og ta utgangspunkt i personens egen forståelse. Men ikke forklar tegn bort med «kultur» eller «tradisjon»: da kan du overse personens sårbarhet og en eventuell utnyttelse.
    .discreet =
        Slik skade forekommer også blant etniske nordmenn, urfolk og nasjonale minoriteter, på tvers av kjønn og alder. Ikke gå ut fra at det bare gjelder migranter.
        Vit at forståelsen av helse, sykdom og behandling er ulik, og ta utgangspunkt i personens egen forståelse. Men ikke forklar tegn bort med «kultur» eller «tradisjon»: da kan du overse personens sårbarhet og skade som er gjort.
before-phases-title = Alle faser er straffbare
before-phases-text =
    Menneskehandel er å bruke vold, trusler eller misbruk av en sårbar situasjon til å tvinge, utnytte eller lure mennesker til arbeid eller tjenester, prostitusjon eller andre seksuelle formål, kriminalitet, tigging, krigstjeneste eller fjerning av organer.
    Alle faser er straffbare: rekruttering, transport, innlosjering, mottak og medvirkning. Den som hjelper til med ett ledd, er også med.
    .discreet =
        Denne forbrytelsen er å bruke vold, trusler eller misbruk av en sårbar situasjon til å få mennesker til arbeid eller tjenester, prostitusjon eller andre seksuelle handlinger, kriminalitet, tigging eller krigstjeneste, eller til å fjerne organer.
        Alle faser er straffbare: rekruttering, transport, innlosjering, mottak og medvirkning. Den som hjelper til med ett ledd, er også med.
