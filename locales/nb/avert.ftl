## Avvergingsplikt (flows/avert.yaml)

avert-title = Avvergingsplikt (straffeloven § 196)
avert-desc = Når du skal prøve å stoppe grov menneskehandel eller tvangsekteskap, og hvordan

avert-urgent-title = Er noen i fare akkurat nå?
avert-urgent-text = Pågår forbrytelsen nå, eller er noen i fare nå, skal du handle før du leser videre.
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
    Fra 1. januar 2021 omfatter plikten grov menneskehandel og tvangsekteskap. Den omfatter også en rekke andre volds- og seksuallovbrudd.
    Du avverger ved å varsle politiet, eller på annen måte.

avert-everyone-title = Plikten gjelder alle, også deg med taushetsplikt
avert-everyone-text =
    Plikten gjelder deg både som privatperson og i jobben din.
    Den går foran taushetsplikten. Du trenger ikke samtykke fra personen for å avverge.
    Del bare det som trengs for å avverge.

avert-duties-title = Taushetsplikt, opplysningsplikt, avvergingsplikt
avert-duties-text =
    Taushetsplikt: det du får vite, holder du for deg selv, også overfor politi og utlendingsmyndigheter. Du kan dele med samtykke, eller når loven krever eller tillater det.
    Opplysningsplikt: loven pålegger deg å melde fra av eget tiltak, som til barneverntjenesten ved bekymring for et barn.
    Avvergingsplikt: du skal prøve å stoppe visse alvorlige forbrytelser. Taushetsplikten skal ikke hindre deg.

avert-threshold-title = Når gjelder plikten?
avert-threshold-text =
    Plikten gjelder når det er sikkert eller mest sannsynlig at forbrytelsen pågår eller vil bli begått, og det fortsatt er mulig å avverge den eller følgene av den.
    Du trenger ikke være helt sikker: «mest sannsynlig» er nok.

avert-kind-title = Hva gjelder bekymringen?
avert-kind-text = Velg det som passer best.
avert-kind-trafficking = Menneskehandel
avert-kind-fm = Tvangsekteskap
avert-kind-both = Begge, eller jeg vet ikke

avert-aggravated-title = Grov menneskehandel: tegn
avert-aggravated-text =
    Ved menneskehandel gjelder plikten bare grov menneskehandel.
    Loven legger særlig vekt på tegnene under. Kryss av det som passer.
    Lista er ikke uttømmende: det er en samlet vurdering.
avert-sign-minor = Offeret er eller kan være under 18 år
avert-sign-violence = Det brukes, eller kan bli brukt, grov vold eller tvang
avert-sign-profit = Utnyttelsen gir, eller kan gi, betydelig utbytte

avert-exceptions-title = Unntak fra plikten
avert-exceptions-text =
    Det finnes unntak. Plikten gjelder blant annet ikke når du bare kan avverge ved å utsette deg selv, dine nærmeste eller en uskyldig person for fare for liv, helse eller velferd, eller for siktelse eller tiltale.
    Er du i tvil om et unntak gjelder: få råd før du lar være å handle.

avert-assess-title = Din vurdering nå
avert-assess-text = Tenk gjennom terskelen og unntakene. Hva passer best?
avert-assess-met = Sikkert eller mest sannsynlig, og det kan fortsatt avverges
avert-assess-unsure = Jeg er usikker
avert-assess-not-met = Nei, terskelen er ikke nådd

avert-how-title = Slik avverger du
avert-how-text =
    Varsle politiet. Haster det: ring 112.
    Du kan også avverge på annen måte enn å varsle politiet.
    Tenk på sikkerheten til personen, deg selv og kollegene dine.
    Gjelder det tvangsekteskap, kan Kompetanseteamet gi råd i saken.
    Dokumenter bekymringen og hva du gjorde, etter rutinen på arbeidsplassen.

avert-unsure-title = Usikker? Få råd nå
avert-unsure-text =
    Drøft saken med politiet. Ved menneskehandel kan også ROSA gi råd, ved tvangsekteskap Kompetanseteamet.
    Du kan drøfte saken uten å si hvem personen er.
    Plikten gjelder fra det øyeblikket terskelen er nådd. Vent ikke hvis det haster.

avert-not-met-title = Plikten gjelder ikke nå
avert-not-met-text =
    Da gjelder taushetsplikten som vanlig: del bare med samtykke, eller når loven krever eller tillater det.
    Vurder på nytt hvis du får vite mer. Plikten gjelder så snart terskelen er nådd.

avert-act-title = Avvergingsplikt: dette gjør du nå
avert-act-now = Noen er i fare nå: ring 112.
avert-act-police = Varsle politiet nå. Haster det: ring 112.
avert-act-share = Del bare det som trengs for å avverge. Plikten går foran taushetsplikten.
avert-act-fm = Tvangsekteskap: få råd fra Kompetanseteamet (hverdager).
avert-act-minor = Mulig barn: meld også til barneverntjenesten.
avert-act-safety = Vurder sikkerheten til personen, deg selv og kollegene dine.
avert-act-record = Dokumenter bekymringen og hva du gjorde, etter rutinen på arbeidsplassen.

avert-advice-title = Avvergingsplikt: usikker, få råd
avert-advice-discuss = Drøft saken med politiet nå. Du kan gjøre det uten å si hvem personen er.
avert-advice-again = Vurder på nytt når du vet mer. Plikten gjelder så snart det er sikkert eller mest sannsynlig.

avert-no-duty-title = Avvergingsplikt: gjelder ikke nå
avert-no-duty-confidential = Taushetsplikten gjelder: del bare med samtykke, eller når loven krever eller tillater det.

## Kilder
src-avert-196 = § 196 første ledd: når plikten gjelder
src-avert-196-exceptions = § 196: unntak fra plikten
src-avert-258 = § 258: grov menneskehandel
src-avert-000-duties = Taushetsplikt, opplysningsplikt og avvergingsplikt
