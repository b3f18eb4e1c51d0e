## Henvisning og rettigheter (flows/referral.yaml)

referral-title = Henvisning og rettigheter
referral-desc = Hvor du henviser, etter behov, og helserettigheter etter oppholdsstatus

## 1. Oppholdsstatus
referral-status-title = Hvilken oppholdsstatus har personen?
referral-status-text = Spør om situasjonen, ikke om hvem personen er. Velg det som passer best.
referral-status-why =
    Statusen avgjør hvilke helserettigheter personen har, men vurder og behandle alltid etter behov. Kjenn rettighetene til de ulike gruppene, så ingen blir avvist urettmessig. Hindringer kan være avstand, kostnader og juridiske regler: hjelp personen forbi dem der du kan.
    Asylsøkere har samme rett til helsehjelp som resten av befolkningen. Har personen oppholdstillatelse for 12 måneder eller mer, har personen fulle rettigheter. Alle barn under 18 år som oppholder seg i Norge, har rett til nødvendige helse- og omsorgstjenester.
    Personer uten lovlig opphold (også etter endelig avslag på asyl) har minst rett til øyeblikkelig hjelp, vurdering i spesialisthelsetjenesten og helsehjelp som er helt nødvendig og ikke kan vente, både somatisk og psykisk.
    For EØS-borgere avhenger rettighetene av arbeid og opphold: den som arbeider i Norge, er som hovedregel medlem av folketrygden, enten personen bor her eller ikke; den som er her i inntil 12 måneder uten arbeid, bruker det europeiske helsetrygdkortet. At du ikke kjenner statusen, skal aldri stoppe hjelp som haster.
referral-status-citizen = Norsk statsborger
referral-status-eea = EØS-borger
referral-status-labour = Arbeidsinnvandrer
referral-status-family = Familiegjenforent
referral-status-asylum = Asylsøker
referral-status-tourist = På turistvisum
referral-status-undocumented = Uten lovlig opphold
referral-status-unknown = Vet ikke, eller ikke avklart

## 2. Behov
referral-needs-title = Hva trenger personen nå?
referral-needs-text = Kryss av det personen trenger og ønsker. Planen følger av det.
referral-needs-why =
    Norge har ingen nasjonal henvisningsmekanisme: ingen samlet instans gir råd og oppfølging til personer i denne situasjonen, uansett hvor i landet de blir oppdaget. Derfor teller den lokale rutinen og de lokale kontaktene. Sjekk at tjenesten du henviser til, kjenner rollen sin og kan følge opp.
    Samarbeid med andre hjelpeinstanser, slik at hjelpen passer til behovene: et trygt sted å bo, sosialtjenesten i NAV, juridisk råd, helsehjelp (somatisk og psykisk, akutt og videre), tolk.
    Menneskehandel opptrer sjelden alene: den henger ofte sammen med vold i nære relasjoner, tvangsekteskap eller negativ sosial kontroll. Følg opp begge deler.
    .discreet =
        Norge har ingen nasjonal henvisningsmekanisme: ingen samlet instans gir råd og oppfølging til personer i denne situasjonen, uansett hvor i landet de blir oppdaget. Derfor teller den lokale rutinen og de lokale kontaktene. Sjekk at tjenesten du henviser til, kjenner rollen sin og kan følge opp.
        Samarbeid med andre hjelpeinstanser, slik at hjelpen passer til behovene: et trygt sted å bo, sosialtjenesten i NAV, juridisk råd, helsehjelp (somatisk og psykisk, akutt og videre), tolk.
        Slik skade opptrer sjelden alene: den henger ofte sammen med vold i nære relasjoner, ekteskap mot egen vilje eller negativ sosial kontroll. Følg opp begge deler.
referral-need-shelter = Et trygt sted å bo
referral-need-health-acute = Helsehjelp som haster (somatisk eller psykisk)
referral-need-health-ongoing = Videre helsehjelp (somatisk eller psykisk)
referral-need-social = Økonomisk eller annen sosial hjelp
referral-need-legal = Juridisk råd
referral-need-police = Ønsker å kontakte politiet
referral-need-interpreter = Tolk i kontakten med tjenestene
referral-need-violence = Vold eller mishandling i nære relasjoner
referral-need-control = Tvangsekteskap, æresrelatert vold, negativ sosial kontroll
    .discreet = Ekteskap mot egen vilje, æresrelatert vold, negativ sosial kontroll
referral-need-return = Ønsker å reise hjem (frivillig retur)
referral-need-assault = Voldtekt eller seksuelt overgrep de siste 7 dagene
referral-need-crime = Noe nytt om en alvorlig forbrytelse (§ 196)
referral-need-child = Personen kan være under 18 år
referral-late-age-title = Du krysset av for at personen kan være under 18 år: er det grunn til å tro det?
referral-late-age-text = Med det personen har fortalt, betyr et mulig barn meldeplikt til barneverntjenesten. Svar nei hvis krysset var en feil: da følger ingenting av det.
referral-late-age-why = En melding til barneverntjenesten om en person under 18 år trenger ikke samtykke (helsepersonelloven § 33). En melding om en voksen ville bryte taushetsplikten, så et kryss som utløser den, bekreftes først.
referral-late-age-yes = Ja, personen kan være under 18 år
referral-late-age-no = Nei, krysset var en feil

## 3. Planen
referral-plan-title = Henvisning og rettigheter
referral-plan-text =
    Ikke del noe uten personens samtykke, bortsett fra det en lovpålagt plikt krever, og bare det som trengs. Gi informasjonen diskret.
    Politiet bare med samtykke, i en nødsituasjon eller når en lovpålagt plikt gjelder; utlendingsmyndighetene bare med samtykke fra den voksne, i personens egen sak.
referral-plan-why =
    Få frivillig, informert samtykke før du deler opplysninger eller henviser, og del bare det hjelpen krever. Kan personen fortsatt være i kontakt med bakpersonene, gi henvisningsinformasjonen diskret, f.eks. på en liten lapp som er lett å skjule.
    Ikke kontakt politiet eller utlendingsmyndighetene uten personens samtykke: personen kan ha gode grunner til å holde seg unna dem. Drøft akseptable alternativer. Politiet uten samtykke bare i en nødsituasjon, eller når en lovpålagt plikt krever det: avvergingsplikten (straffeloven § 196) eller helsepersonelloven § 31. Meldeplikten om et barn går til barneverntjenesten, ikke til politiet.
    Refleksjonsperioden er en oppholdstillatelse på seks måneder for personer som ikke har annet grunnlag for opphold i Norge. Den er ment å gi oppfølging, juridisk bistand, helsetjenester og tilbud om arbeid og skolegang, men ingenting av dette er sikret: nettverket fant ingen felles rutine for oppfølgingen (per 2020), og tilbudet varierer. Den søkes om gjennom politiet, og UDI avgjør. For asylsøkere, personer med visum og personer med oppholdstillatelse gjelder egne regler (UDIs rundskriv om refleksjonsperiode, punkt 4.2-4.4, på udiregelverk.no; udi.no, «refleksjonsperiode»). Be ROSA om råd før noen søker, og ikke lov noe. En person i refleksjonsperioden som ikke er medlem av folketrygden, har i praksis begrenset tilgang til helsehjelp, og frivillig medlemskap gjennom NAV tar tid og krever innbetaling eller dokumentert lav inntekt: spør ROSA eller advokaten (rapporten fra det nasjonale nettverket 2021–2023, 4.6).
    Angst, depresjon og posttraumatisk stresslidelse (PTSD) er vanlig hos dem som har vært gjennom dette, og PTSD blir sjelden bedre uten behandling (IS-1022 6.5, 2021-09-15): tilby henvisning til psykisk helsevern. Mange er for friske til innleggelse og for syke for de botilbudene som finnes, også ved rusbruk: en samordnet plan på tvers av tjenestene anbefales (samme rapport, 4.7).
    I Oslo tar HTSO ved NAV Grünerløkka imot voksne som kan være i denne situasjonen, og barna deres, og gir råd til andre NAV-kontorer i landet (samme rapport, 2.3).
    Ut over IS-1022 bygger dette trinnet på offentlige sider kontrollert i desember 2026: helsenorge.no og UDI (personer uten lovlig opphold; arbeidstakere fra EØS og fra land utenfor), menneskertilsalgs.no fra RVTS Øst (asylsøkere og UDI), ROSA (trygt bosted for personer over 18 år), politiet.no og nhi.no (overgrepsmottaket).
referral-act-routine = Følg den lokale rutinen for henvisning. Ingen rutine, eller usikker: be ROSA om råd, uten å oppgi navn.
referral-act-health = Helsehjelp: haster det, legevakt 116 117; fare for liv: 113. Henvis til videre somatisk og psykisk helsehjelp etter behov: angst, depresjon og PTSD er vanlig, og PTSD blir sjelden bedre uten behandling, så tilby henvisning til psykisk helsevern. Si fra om behov for tolk, og språk.
referral-act-safety = Med samtykke og etter den lokale rutinen: trygt sted å bo gjennom ROSA, krisesenter eller NAV; sosial hjelp gjennom sosialtjenesten i NAV; ekteskap mot personens vilje, æresrelatert vold eller negativ sosial kontroll: be Kompetanseteamet om råd; annen vold i nære relasjoner: krisesenter, og plikt.no om avvergingsplikten. Alvorlig psykisk sykdom eller rusbruk, der verken innleggelse eller krisesenter passer: be om en samordnet plan på tvers av tjenestene.
referral-act-safety-minor = Under 18 år: et trygt sted å bo går gjennom barneverntjenesten (utenom kontortid: barnevernvakten), aldri ROSA eller bolig fra NAV. Ekteskap mot barnets vilje, æresrelatert vold eller negativ sosial kontroll: be også Kompetanseteamet om råd.
referral-act-assault = Voldtekt eller seksuelt overgrep: tilby overgrepsmottaket (ett i hvert fylke): medisinsk og rettsmedisinsk undersøkelse, frivillig, enten personen anmelder eller ikke, inntil 7 dager etter, ingen egenandel for den første. Fram til da, hvis personen kan: ikke vask deg, og ta vare på klærne. Annen helsehjelp: legevakt 116 117, fare for liv 113; henvis videre etter behov.
referral-act-rights-citizen = Norsk statsborger: personen har rett til helsehjelp. Hjelp personen forbi hindringer som avstand og kostnader.
referral-act-rights-eea = EØS-borger: den som arbeider i Norge, er som hovedregel medlem av folketrygden, også uten å bo her, og får nødvendig helsehjelp med vanlig egenandel. Inntil 12 måneder her uten arbeid: nødvendig helsehjelp dekkes av hjemlandet, med europeisk helsetrygdkort. Hardt eller ubetalt arbeid fjerner ikke disse rettighetene; hva som kan dokumenteres, avhenger av om arbeidet er registrert: spør ROSA eller en advokat.
referral-act-rights-permit = Oppholdstillatelse: en tillatelse for 12 måneder eller mer gir fulle helserettigheter. En arbeidstaker fra land utenfor EØS med lovlig arbeid er medlem av folketrygden, med vanlig egenandel. Hardt eller ubetalt arbeid fjerner ikke disse rettighetene: spør ROSA eller en advokat hva som kan dokumenteres. Kortere opphold uten arbeid: spør pasientkontoret i helsetjenesten eller ROSA hvem som betaler; gi det som haster i mellomtiden.
referral-act-rights-asylum = Asylsøker: samme rett til helsehjelp som alle andre. UDI får vite om bekymringen bare med samtykke fra den voksne, i personens egen sak: da kan særskilt oppfølging på mottaket, eller et tryggere sted å bo gjennom ROSAs avtale med UDI (krisesenter eller Lauras hus), ordnes, og UDI får det den trenger for asylsaken. Å trekke asylsøknaden for å få refleksjonsperiode: snakk med personens advokat først. Etter endelig avslag: rettighetene til personer uten lovlig opphold.
referral-act-rights-tourist = Turistvisum: som hovedregel ikke medlem av folketrygden. Øyeblikkelig hjelp gis alltid, og forskuddsbetaling kan ikke kreves. Hva ellers dekkes, og hvem som betaler: ingen kilde her avgjør det, så spør pasientkontoret eller ROSA.
referral-act-rights-undocumented = Uten lovlig opphold: øyeblikkelig hjelp, og helsehjelp som er helt nødvendig og ikke kan vente, både somatisk og psykisk. Forskuddsbetaling kan ikke kreves; kan personen ikke betale, dekker sykehuset det. Gravid: full oppfølging i svangerskapet, ved fødsel og etterpå, og abort. Behandling av smittsomme sykdommer er gratis for alle. Et barn har de samme rettighetene som andre barn. Å gi mer helsehjelp enn dette er lovlig. I Oslo: Helsesenteret for papirløse migranter.
referral-act-rights-unknown = Status ikke avklart: vurder og behandle etter behov nå; sjekk rettighetene når statusen er kjent.
referral-act-child = Under 18 år: barnet har rett til nødvendige helse- og omsorgstjenester, uansett status. Samarbeid med barneverntjenesten om videre hjelp.
referral-act-legal = Juridisk råd først: gratis advokat (bistandsadvokat, minst 3 timer) via ROSA eller politiet, før personen bestemmer seg for om hun eller han vil anmelde. Ønsker personen politiet, hjelp personen å ta kontakt. Om personen vil anmelde, er hennes eller hans eget valg.
referral-act-legal-duty = Juridisk råd: gratis advokat (bistandsadvokat, minst 3 timer) via ROSA eller politiet. Om personen vil anmelde, er personens eget valg; ditt varsel til politiet etter avvergingsplikten er det ikke, og det venter ikke på advokaten.
referral-act-legal-minor = Juridisk råd for et mulig barn går gjennom barneverntjenesten og barnets verge, ikke gjennom ROSA (som er for voksne). Si til barneverntjenesten hva barnet ønsker.
referral-act-interpreter = Bestill kvalifisert tolk uten tilknytning til personen eller miljøet rundt. Aldri familie eller følgeperson.
referral-act-return = Retur gjennom IOM bare hvis personen ønsker det, og med samtykke før noen kontakt. Tilby ROSA og advokat først. Snakk om faren ved retur, også for familien.
referral-act-withdrawn = Trekker personen samtykket: si fra til tjenestene du kontaktet med samtykket at det er trukket, og del ikke mer. En lovpålagt plikt som allerede gjelder (opplysningsplikten, avvergingsplikten), gjelder fortsatt.
referral-act-reflection = Refleksjonsperiode (seks måneder): for personer uten annet grunnlag for opphold; egne regler for asylsøkere, personer med visum og personer med oppholdstillatelse. Søkes gjennom politiet, UDI avgjør. Helsehjelp er ikke sikret: uten medlemskap i folketrygden er tilgangen begrenset, og frivillig medlemskap tar tid. Spør ROSA eller advokaten før noen søker; ikke lov noe.

## Kilder
src-referral-002-followup = 3.1.3 Oppfølgingstiltak
src-rights-groups = Rettigheter for ulike grupper
src-doc-rights-by-status = Helsedirektoratet: veileder IS-1022, «Rettigheter for ulike grupper» (helsebiblioteket.no/innhold/nasjonale-veiledere/helsetjenester-asylsokere)
