## Avvergingsplikt (flows/avert.yaml)

avert-title = Avvergingsplikt (straffeloven § 196)
avert-desc = Når og hvordan du må prøve å stoppe en alvorlig forbrytelse: grov menneskehandel, tvangsekteskap, alvorlig vold
    .discreet = Når du skal prøve å stoppe en alvorlig forbrytelse, og hvordan

## Opened on its own (teaching screens, skipped in a case)
avert-urgent-title = Er noen i fare akkurat nå?
avert-urgent-text = Pågår forbrytelsen nå, eller er noen i fare nå, handler du før du leser videre.
avert-urgent-yes = Ja, noen er i fare nå
avert-urgent-no = Nei, jeg har tid til å vurdere

avert-now-title = Ring 112 nå
avert-now-text =
    Ring politiet på 112 nå. Er noen skadet eller akutt syk: ring 113.
    Tenk på din egen sikkerhet og på sikkerheten til personen og kollegene dine.
    Les videre når det er gjort.

avert-what-title = Hva avvergingsplikten er
avert-what-text =
    Straffeloven § 196 pålegger deg å prøve å stoppe visse alvorlige forbrytelser, eller følgene av dem.
    Fra 1. januar 2021 omfatter plikten grov menneskehandel og tvangsekteskap. Den omfatter også andre alvorlige volds- og seksuallovbrudd, blant annet grov kroppsskade, mishandling i nære relasjoner og incest.
    Du avverger ved å varsle politiet, barneverntjenesten eller på annen måte. På plikt.no kan du sjekke om plikten gjelder.
    Plikten gjelder alle, også deg med taushetsplikt, og den går foran taushetsplikten. Du trenger ikke samtykke for å avverge, men del bare det som trengs. Når det er trygt: si til personen hva du må gjøre, og planlegg det sammen.
    .discreet =
        Straffeloven § 196 pålegger deg å prøve å stoppe visse alvorlige forbrytelser, eller følgene av dem.
        Plikten omfatter blant annet alvorlige volds- og seksuallovbrudd, som grov kroppsskade, mishandling i nære relasjoner og incest.
        Du avverger ved å varsle politiet, barneverntjenesten eller på annen måte. På plikt.no kan du sjekke om plikten gjelder.
        Plikten gjelder alle, også deg med taushetsplikt, og den går foran taushetsplikten. Du trenger ikke samtykke for å avverge, men del bare det som trengs. Når det er trygt: si til personen hva du må gjøre, og planlegg det sammen.


avert-duties-title = Taushetsplikt, opplysningsplikt, avvergingsplikt
avert-duties-text =
    Taushetsplikt: det du får vite, deler du bare med dem som gir helsehjelp til personen, med mindre personen motsetter seg det. Ikke med politi eller utlendingsmyndigheter. Du kan dele mer med samtykke, eller når loven krever eller tillater det.
    Opplysningsplikt: loven pålegger deg å melde fra av eget tiltak, for eksempel til barneverntjenesten ved bekymring for et barn.
    Avvergingsplikt: du skal prøve å stoppe visse alvorlige forbrytelser. Taushetsplikten skal ikke hindre deg.

avert-threshold-title = Når gjelder plikten?
avert-threshold-text =
    Plikten gjelder når du holder det for sikkert eller mest sannsynlig at forbrytelsen pågår eller vil bli begått, og den eller følgene av den fortsatt kan avverges.
    Du trenger ikke være helt sikker: «mest sannsynlig» er nok. Plikten varer så lenge forbrytelsen kan avverges.

avert-exceptions-title = Unntak fra plikten
avert-exceptions-text =
    Plikten gjelder blant annet ikke når du bare kan avverge ved å utsette deg selv, dine nærmeste eller en uskyldig person for fare for liv, helse eller velferd, eller for siktelse eller tiltale.
    Er du i tvil om et unntak gjelder: be om råd før du lar være å handle.

## The kind of crime
avert-kind-title = Hvilken forbrytelse gjelder bekymringen?
avert-kind-text = § 196 nevner forbrytelsene den gjelder. Velg det som passer best.
avert-kind-trafficking = Menneskehandel (plikten gjelder bare grov menneskehandel)
    .discreet = At noen må arbeide eller yte tjenester mot sin vilje (bare grove tilfeller)
avert-kind-fm = Tvangsekteskap
    .discreet = Ekteskap mot personens vilje
avert-kind-violence = Alvorlig vold eller seksuelle overgrep: grov kroppsskade, mishandling i nære relasjoner, voldtekt, incest eller seksuell omgang med nærstående
avert-kind-several = Flere av disse, eller jeg vet ikke
avert-kind-why =
    Straffeloven § 196 nevner forbrytelsene den gjelder. Blant dem: grov menneskehandel (ikke menneskehandel uten at forholdet er grovt), tvangsekteskap, grov kroppsskade, mishandling i nære relasjoner, voldtekt, incest og seksuell omgang med andre nærstående.
    Den gjelder en forbrytelse som pågår eller skal skje, og en som har skjedd og trolig vil skje igjen.
    Kjønnslemlestelse har en egen avvergingsplikt for helsepersonell.
    .discreet =
        Straffeloven § 196 nevner forbrytelsene den gjelder. Blant dem: grov kroppsskade, mishandling i nære relasjoner, voldtekt, incest og seksuell omgang med andre nærstående.
        Den gjelder en forbrytelse som pågår eller skal skje, og en som har skjedd og trolig vil skje igjen.
        Kjønnslemlestelse har en egen avvergingsplikt for helsepersonell.

avert-aggravated-title = Er forholdet grovt? Kryss av det som passer
avert-aggravated-text = Tegn på at forholdet er grovt. Passer ingen av dem, og heller ikke noe annet like alvorlig, gjelder ikke § 196.
avert-aggravated-several-text = Tegn på at menneskehandelen, hvis den er en del av det, er grov. Tvangsekteskap og alvorlig vold eller seksuelle overgrep teller uten dem.
    .discreet = Tegn på at forholdet er grovt, der arbeid eller tjenester mot personens vilje er en del av det. De andre forbrytelsene teller uten dem.
avert-aggravated-why =
    Ved menneskehandel gjelder avvergingsplikten bare grov menneskehandel (straffeloven § 258). Loven legger særlig vekt på tegnene i lista.
    Lista er ikke uttømmende: det er en samlet vurdering. At den som blir utnyttet er under 18 år, er et tegn selv uten vold eller trusler.
    .discreet =
        Her gjelder avvergingsplikten bare når forholdet er grovt (straffeloven § 258). Loven legger særlig vekt på tegnene i lista.
        Lista er ikke uttømmende: det er en samlet vurdering. At den det gjelder er under 18 år, er et tegn selv uten vold eller trusler.
avert-sign-minor = Den det gjelder, er eller kan være under 18 år
avert-sign-violence = Det brukes, eller kan bli brukt, grov vold eller tvang
    .discreet = Det brukes, eller kan bli brukt, grov vold eller trusler
avert-sign-other = Noe annet som gjør det like alvorlig (en samlet vurdering)
avert-sign-profit = Noen tjener, eller kan tjene, mye på det

## The assessment: the one place the duty is raised
avert-assess-title = Grov menneskehandel: holder du det for sikkert eller mest sannsynlig, og kan det fortsatt avverges?
    .discreet = I grov form: holder du det for sikkert eller mest sannsynlig, og kan det fortsatt avverges?
avert-assess-text = Svar ut fra det du vet nå. En forbrytelse som har skjedd og trolig vil skje igjen, teller også.
avert-assess-fm-title = Tvangsekteskap: holder du det for sikkert eller mest sannsynlig, og kan det fortsatt avverges?
    .discreet = Ekteskap mot personens vilje: holder du det for sikkert eller mest sannsynlig, og kan det fortsatt avverges?
avert-assess-violence-title = Alvorlig vold eller seksuelle overgrep: holder du det for sikkert eller mest sannsynlig, og kan det fortsatt avverges?
avert-assess-violence-text = § 196 gjelder blant annet grov kroppsskade, mishandling i nære relasjoner, voldtekt, incest og seksuell omgang med nærstående. Svar ut fra det du vet nå. En forbrytelse som har skjedd og trolig vil skje igjen, teller også.
avert-assess-several-title = Grov menneskehandel, tvangsekteskap, eller alvorlig vold eller seksuelle overgrep: holder du en av dem for sikker eller mest sannsynlig, og kan den fortsatt avverges?
    .discreet = En av forbrytelsene § 196 nevner: holder du den for sikker eller mest sannsynlig, og kan den fortsatt avverges?
avert-assess-several-text = Menneskehandel teller bare hvis forholdet er grovt (et tegn på forrige skjermbilde). Tvangsekteskap, og alvorlig vold eller seksuelle overgrep, teller som de er. Svar ut fra det du vet nå.
    .discreet = Arbeid eller tjenester mot personens vilje teller bare i grov form (et tegn på forrige skjermbilde). De andre forbrytelsene teller som de er. Svar ut fra det du vet nå.
avert-assess-met = Ja, begge deler
avert-assess-unsure = Jeg er usikker
avert-assess-not-met = Nei
avert-assess-why =
    Plikten gjelder når du holder det for sikkert eller mest sannsynlig at forbrytelsen pågår eller vil bli begått, og den eller følgene av den fortsatt kan avverges. Du trenger ikke være helt sikker.
    Unntak: plikten gjelder blant annet ikke når du bare kan avverge ved å utsette deg selv, dine nærmeste eller en uskyldig person for fare for liv, helse eller velferd, eller for siktelse eller tiltale. Er du i tvil om et unntak gjelder, be om råd før du lar være å handle.

avert-act-title = Avvergingsplikten gjelder: handle nå
avert-act-text = Plikten gjelder selv om personen sier nei. Del bare det som trengs for å avverge.
avert-act-now = Noen er i fare nå: ring 112.
avert-act-tell = Når du kan snakke med personen alene og det er trygt: si til personen hva du må gjøre og hvorfor, og planlegg det sammen: hvor personen skal være, og hvem som kan være i fare, også familien hjemme. Plikten gjelder likevel.
avert-act-tell-later = Si til personen hva du må gjøre og hvorfor bare når dere kan snakke alene og det er trygt, aldri mens følgepersonen kan høre det. Plikten venter ikke på den samtalen.
avert-act-police = Varsle politiet: 112 hvis noen er i fare nå, ellers 02800. Eller avverg på annen måte, for eksempel gjennom barneverntjenesten når det gjelder et barn. Varsle på nytt hvis du får vite mer.
avert-act-police-child = Varsle politiet: 112 hvis noen er i fare nå, ellers 02800; eller avverg på annen måte. Et barn kan være rammet: meld også til barneverntjenesten. Varsle på nytt hvis du får vite mer.
avert-act-police-arrival = Varsle politiet: 112 hvis noen er i fare nå, ellers 02800, ikke Politiets utlendingsenhet på ankomstsenteret. Eller avverg på annen måte, for eksempel gjennom barneverntjenesten når det gjelder et barn. Varsle på nytt hvis du får vite mer.
avert-act-police-child-arrival = Varsle politiet: 112 hvis noen er i fare nå, ellers 02800, ikke Politiets utlendingsenhet på ankomstsenteret; eller avverg på annen måte. Et barn kan være rammet: meld også til barneverntjenesten. Varsle på nytt hvis du får vite mer.
avert-act-record = Skriv i journalen hva du vurderte, hva du gjorde og hvorfor.
avert-act-why =
    Avvergingsplikten går foran taushetsplikten, og du trenger ikke samtykke. Finn likevel trygge løsninger sammen med personen når det går.
    Plikten gjelder ikke når du bare kan avverge ved å utsette deg selv, dine nærmeste eller en uskyldig person for fare for liv, helse eller velferd, eller for siktelse eller tiltale.
    Tenk på sikkerheten til personen, deg selv og kollegene dine.

avert-unsure-child-text = Du er usikker på om forbrytelsen er mest sannsynlig. Meldeplikten til barneverntjenesten krever mindre: grunn til å tro, ut fra konkrete holdepunkter, ikke visshet. Svar ut fra det du vet nå.
avert-advice-title = Usikker: be om råd først
avert-advice-text = Drøft saken med noen som kjenner plikten, før du bestemmer deg.
avert-advice-discuss = Før du avgjør avvergingsplikten, be om råd uten navn: ROSA (voksne), Bufdirs veiledningsfunksjon (barn), Kompetanseteamet (tvangsekteskap, æresrelatert vold, negativ sosial kontroll), eller les plikt.no (også om annen alvorlig vold). Politiet, anonymt, er også et alternativ: uten navn, nasjonalitet, språk, ankomstdato, alder, rom og reisefølge. Trengs politiet: 112 eller 02800.
    .discreet = Før du avgjør avvergingsplikten, be om råd uten navn: ROSA (voksne), Bufdirs veiledningsfunksjon (barn), Kompetanseteamet (ekteskap mot personens vilje, æresrelatert vold, negativ sosial kontroll), eller les plikt.no (også om annen alvorlig vold). Politiet, anonymt, er også et alternativ: uten navn, nasjonalitet, språk, ankomstdato, alder, rom og reisefølge. Trengs politiet: 112 eller 02800.
avert-advice-discuss-arrival = Før du avgjør avvergingsplikten, be om råd uten navn: ROSA (voksne), Bufdirs veiledningsfunksjon (barn), Kompetanseteamet (tvangsekteskap, æresrelatert vold, negativ sosial kontroll), eller les plikt.no (også om annen alvorlig vold). Politiet, anonymt, er også et alternativ: uten navn, nasjonalitet, språk, ankomstdato, alder, rom og reisefølge. Ikke Politiets utlendingsenhet på ankomstsenteret: trengs politiet, bruk 112 eller 02800.
    .discreet = Før du avgjør avvergingsplikten, be om råd uten navn: ROSA (voksne), Bufdirs veiledningsfunksjon (barn), Kompetanseteamet (ekteskap mot personens vilje, æresrelatert vold, negativ sosial kontroll), eller les plikt.no (også om annen alvorlig vold). Politiet, anonymt, er også et alternativ: uten navn, nasjonalitet, språk, ankomstdato, alder, rom og reisefølge. Ikke Politiets utlendingsenhet på ankomstsenteret: trengs politiet, bruk 112 eller 02800.
avert-advice-discuss-report = Før du avgjør avvergingsplikten, be om råd om den: Bufdirs veiledningsfunksjon for mindreårige, Kompetanseteamet (tvangsekteskap, æresrelatert vold, negativ sosial kontroll) eller plikt.no. Meldingen til barneverntjenesten gjelder allerede: den sier hvem barnet er, og venter ikke på dette rådet.
    .discreet = Før du avgjør avvergingsplikten, be om råd om den: ROSA, Kompetanseteamet (ekteskap mot personens vilje, æresrelatert vold, negativ sosial kontroll) eller plikt.no. Meldingen til barneverntjenesten gjelder allerede: den sier hvem barnet er, og venter ikke på dette rådet.
avert-advice-why =
    Råd fra ROSA, Kompetanseteamet eller plikt.no hjelper deg å vurdere om plikten gjelder, uten at personen blir kjent for noen.
    Politiet er ett alternativ, ikke det første. Sammen kan noen få opplysninger avsløre hvem personen er, særlig på et ankomstsenter eller et asylmottak.
    Plikten gjelder fra det øyeblikket du holder det for sikkert eller mest sannsynlig. Haster det: ikke vent.
avert-again = Vurder på nytt når du vet mer. Plikten gjelder så snart du holder det for sikkert eller mest sannsynlig, og det fortsatt kan avverges.

avert-no-duty-title = Avvergingsplikten gjelder ikke nå
avert-no-duty-text = Da gjelder taushetsplikten som vanlig.
avert-no-duty-confidential = Del opplysninger utenfor behandlingsteamet bare med personens samtykke, eller når loven krever eller tillater det. Vurder plikten på nytt når du vet mer.
avert-no-duty-why = Taushetsplikt betyr ikke at du skal holde det for deg selv: du kan dele med dem som gir helsehjelp til personen, med mindre personen motsetter seg det. Avvergingsplikten kan gjelde senere, hvis du får vite mer.

avert-not-covered-title = § 196 gjelder ikke dette: ingen avvergingsplikt
avert-not-covered-text = Ved menneskehandel gjelder avvergingsplikten bare grov menneskehandel (straffeloven § 258), og du fant ingen tegn på at forholdet er grovt. Taushetsplikten gjelder: politiet bare med personens samtykke, eller i en nødsituasjon.
    .discreet = Her gjelder avvergingsplikten bare når forholdet er grovt (straffeloven § 258), og du fant ingen tegn på det. Taushetsplikten gjelder: politiet bare med personens samtykke, eller i en nødsituasjon.
avert-not-covered-advice = Be om råd uten navn: ROSA, Kompetanseteamet eller plikt.no. Tilby hjelp med personens samtykke. Vurder på nytt hvis du får vite om et tegn på at forholdet er grovt: under 18 år, grov vold eller tvang, eller at noen tjener mye på det.
    .discreet = Be om råd uten navn: ROSA, Kompetanseteamet eller plikt.no. Tilby hjelp med personens samtykke. Vurder på nytt hvis du får vite om et tegn på at forholdet er grovt: under 18 år, grov vold eller trusler, eller at noen tjener mye på det.
avert-not-covered-why =
    Menneskehandel uten at forholdet er grovt er likevel en forbrytelse, og personen trenger fortsatt hjelp. Men § 196 pålegger deg ikke å handle uten samtykke.
    Opplysningsplikten om et barn, og helsepersonelloven § 31 når alvorlig skade må avverges, gjelder fortsatt når vilkårene deres er oppfylt.
    .discreet =
        Det er likevel en forbrytelse, og personen trenger fortsatt hjelp. Men § 196 pålegger deg ikke å handle uten samtykke.
        Opplysningsplikten om et barn, og helsepersonelloven § 31 når alvorlig skade må avverges, gjelder fortsatt når vilkårene deres er oppfylt.

avert-met-child-title = Under 18 år: opplysningsplikten gjelder også
avert-met-child-text = Du holder en alvorlig forbrytelse mot en person som kan være under 18 år for sikker eller mest sannsynlig. Det er mer enn grunn til å tro, så du skal også melde til barneverntjenesten (helsepersonelloven § 33), av eget tiltak og uten hinder av taushetsplikten.
avert-met-child-why =
    Opplysningsplikten gjelder når det er grunn til å tro at et barn blir eller vil bli mishandlet, utsatt for alvorlig omsorgssvikt eller utnyttet. «Sikkert eller mest sannsynlig» er et høyere krav enn «grunn til å tro».
    Meldingen går til barneverntjenesten, ikke til politiet. Avvergingsplikten er en egen plikt, og gjelder ved siden av.
    .discreet =
        Opplysningsplikten gjelder når det er grunn til å tro at et barn blir eller vil bli mishandlet eller utsatt for alvorlig omsorgssvikt. «Sikkert eller mest sannsynlig» er et høyere krav enn «grunn til å tro».
        Meldingen går til barneverntjenesten, ikke til politiet. Avvergingsplikten er en egen plikt, og gjelder ved siden av.

## Kilder
src-doc-plikt-no = plikt.no (NKVTS for Justis- og beredskapsdepartementet), https://plikt.no
src-avert-plikt = Om når avvergingsplikten gjelder, og hva du kan gjøre
src-avert-196 = § 196 første ledd: når plikten gjelder
src-avert-196-exceptions = § 196: unntak fra plikten
src-avert-196-list = § 196: forbrytelsene den nevner
src-avert-258 = § 258: grov menneskehandel
    .discreet = § 258: når forholdet er grovt
src-avert-000-duties = Taushetsplikt, opplysningsplikt og avvergingsplikt
