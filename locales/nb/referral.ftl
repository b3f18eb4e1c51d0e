## Henvisning og rettigheter (flows/referral.yaml)

referral-title = Henvisning og rettigheter
referral-desc = Hvor du henviser, etter behov, og helserettigheter etter oppholdsstatus

referral-no-nrm-title = Ingen nasjonal henvisningsmekanisme
referral-no-nrm-text =
    Norge har ingen nasjonal henvisningsmekanisme: ingen samlet instans gir råd og oppfølging til mulige ofre, uansett hvor i landet de blir oppdaget.
    Derfor teller den lokale rutinen og de lokale kontaktene. Følg rutinen på arbeidsplassen.
    Sjekk at tjenesten du henviser til, kjenner rollen sin og kan følge opp.

referral-status-title = Hvilken oppholdsstatus har personen?
referral-status-text =
    Statusen avgjør hvilke helserettigheter personen har.
    Spør om situasjonen, ikke om hvem personen er. Velg det som passer best.
referral-status-citizen = Norsk statsborger
referral-status-eea = EØS-borger
referral-status-labour = Arbeidsinnvandrer
referral-status-family = Familiegjenforent
referral-status-asylum = Asylsøker
referral-status-tourist = På turistvisum
referral-status-undocumented = Uten lovlig opphold
referral-status-unknown = Vet ikke, eller ikke avklart

referral-st-citizen-title = Norsk statsborger
referral-st-citizen-text =
    Også norske statsborgere kan være ofre for menneskehandel, på tvers av kjønn og alder.
    Personen har i hovedsak rett til helsetjenester.
    Den reelle tilgangen kan likevel være redusert, for eksempel av avstand til tjenesten eller hva den koster.

referral-st-eea-title = EØS-borger
referral-st-eea-text =
    Personen har i hovedsak rett til helsetjenester.
    Den reelle tilgangen kan likevel være redusert: avstand til tjenesten, hva den koster, og juridiske hindre.
    Sjekk hva personen har rett til, så ingen blir avvist urettmessig.

referral-st-labour-title = Arbeidsinnvandrer
referral-st-labour-text =
    Har personen oppholdstillatelse som er ment å vare i minst 12 måneder, har personen fulle helserettigheter.
    Ved kortere opphold kan rettighetene være mer begrenset. Sjekk hva som gjelder.

referral-st-family-title = Familiegjenforent
referral-st-family-text =
    Har personen oppholdstillatelse som er ment å vare i minst 12 måneder, har personen fulle helserettigheter, både somatisk og psykisk.
    Ved kortere opphold kan rettighetene være mer begrenset. Sjekk hva som gjelder.

referral-st-asylum-title = Asylsøker
referral-st-asylum-text =
    Asylsøkere har samme rett til helsehjelp som resten av befolkningen: somatisk og psykisk helsehjelp i kommunen og i spesialisthelsetjenesten, også ved rusproblemer.
    Har personen fått endelig avslag, er personen ikke lenger asylsøker, og rettighetene er som for personer uten lovlig opphold. Gå da tilbake og velg det.

referral-st-tourist-title = På turistvisum
referral-st-tourist-text =
    Personen er lovlig i Norge, men på et kort opphold. Rettighetene kan være mer begrenset enn for dem som bor her.
    Kostnader kan bli et hinder.
    Sjekk hva personen har rett til, så ingen blir avvist urettmessig. Gi det som haster.

referral-st-undocumented-title = Uten lovlig opphold
referral-st-undocumented-text =
    Personer uten lovlig opphold har sterkt begrenset tilgang til helsetjenester og kan være i en særlig sårbar situasjon.
    Fagnettverket mener at retten til helsetjenester ikke bør være begrenset for dem, og at mulige ofre må få reell tilgang, uansett juridiske og økonomiske hindre.

referral-st-undoc-rights-title = Uten lovlig opphold: dette har personen rett til
referral-st-undoc-rights-text =
    Voksne har rett til øyeblikkelig hjelp, vurdering i spesialisthelsetjenesten og helsehjelp som er helt nødvendig og ikke kan vente. Det gjelder både somatisk og psykisk helse.
    Barn under 18 år har rett til nødvendige helse- og omsorgstjenester.
    Gravide har rett til nødvendig helsehjelp før og etter fødselen.

referral-st-unknown-title = Status ikke avklart
referral-st-unknown-text =
    Vet du ikke statusen, skal det ikke stoppe hjelpen. Vurder og behandle etter behov.
    Gi det som haster nå. Press ikke på for å få vite mer enn hjelpen krever.
    Sjekk rettighetene senere, når statusen er kjent.

referral-st-child-title = Barn har egne rettigheter
referral-st-child-text =
    Alle barn under 18 år som oppholder seg i Norge, har rett til nødvendige helse- og omsorgstjenester, uansett oppholdsstatus.

referral-by-need-title = Vurder og behandle etter behov, ikke status
referral-by-need-text =
    Du skal kunne vurdere og behandle personen ut fra behovet, ikke ut fra juridisk status.
    Kjenn rettighetene til de ulike gruppene, så ingen blir avvist urettmessig.
    Hindre kan være avstand, kostnader og juridiske regler. Hjelp personen forbi dem der du kan.

referral-reflection-title = Refleksjonsperiode
referral-reflection-text =
    Et mulig offer for menneskehandel kan søke om refleksjonsperiode: seks måneder med oppfølging, juridisk bistand, helsetjenester og tilbud om arbeid og skolegang.
    Det finnes ingen felles rutine for oppfølgingen, så tilbudet kan variere.
    Lov ikke mer enn du vet.

referral-needs-title = Hva trenger personen nå?
referral-needs-text = Kryss av det personen trenger og ønsker, og det du har avdekket. Du får råd om hvert punkt.
referral-need-shelter = Et trygt sted å bo
referral-need-social = Økonomisk eller annen sosial hjelp
referral-need-legal = Juridisk råd
referral-need-health-acute = Helsehjelp som haster (somatisk eller psykisk)
referral-need-health-ongoing = Videre helsehjelp (somatisk eller psykisk)
referral-need-interpreter = Tolk i kontakten med tjenestene
referral-need-violence = Vold i nære relasjoner, tvangsekteskap, negativ sosial kontroll
referral-need-child = Personen kan være under 18 år
referral-need-police = Ønsker å kontakte politiet
referral-need-return = Ønsker å reise hjem (frivillig retur)

referral-n-shelter-title = Et trygt sted å bo
referral-n-shelter-text =
    Det finnes lokale ordninger for akutt bolig: krisesenter, NAV eller frivillige organisasjoner.
    Noen steder finnes egne bo- og oppfølgingstilbud for mulige ofre for menneskehandel.
    Følg den lokale rutinen. ROSA står i kontaktlista til slutt.

referral-n-social-title = Sosial hjelp
referral-n-social-text =
    Samarbeid med sosialtjenesten i NAV og andre hjelpeinstanser, slik at hjelpen passer til behovene personen har.
    Få samtykke før du deler opplysninger, og del bare det som trengs.

referral-n-legal-title = Juridisk råd
referral-n-legal-text =
    Et mulig offer har rett til gratis advokat (bistandsadvokat) i minst 3 timer før valget om å anmelde blir tatt.
    Kontakten går via ROSA eller politiet.
    Valget om å anmelde er personens eget.

referral-n-health-title = Helsehjelp, akutt og videre
referral-n-health-text =
    Det finnes rutiner for henvisning til akutt helsehjelp, både somatisk og psykisk. Haster det: legevakt på 116 117. Fare for liv: 113.
    Henvis videre etter behov, også til psykisk helsehjelp.
    Si fra om behov for tolk når du henviser.

referral-n-interpreter-title = Tolk
referral-n-interpreter-text =
    Bruk kvalifisert tolk. Tolken skal ikke ha tilknytning til personen, bakpersonene eller miljøet rundt.
    Bruk aldri familie eller følgepersoner som tolk. Bruk telefontolk bare der taushetsplikten kan overholdes.
    Si fra om tolkebehov og språk når du henviser videre.

referral-n-violence-title = Annen vold
referral-n-violence-text =
    Menneskehandel opptrer sjelden alene. Den henger ofte sammen med vold i nære relasjoner, tvangsekteskap eller negativ sosial kontroll.
    Se menneskehandel og annen vold i sammenheng, og følg opp begge deler.

referral-n-child-title = Barn: barneverntjenesten
referral-n-child-text =
    Kan personen være under 18 år, har du meldeplikt til barneverntjenesten. Barnets «nei» endrer ikke det.
    Samarbeid med barneverntjenesten om videre hjelp. Utenom kontortid: barnevernvakten.

referral-n-police-title = Politiet: bare med samtykke, eller når en plikt gjelder
referral-n-police-text =
    Kontakt ikke politiet eller utlendingsmyndighetene uten personens samtykke. Personen kan ha gode grunner til å holde seg unna.
    Drøft akseptable alternativer med personen.
    Unntak: når avvergingsplikten eller meldeplikten til barneverntjenesten gjelder.

referral-n-discreet-title = Gi informasjonen diskret
referral-n-discreet-text =
    Kan personen fortsatt være i kontakt med bakpersonene, gi henvisningsinformasjonen diskret, for eksempel på en liten lapp som er lett å gjemme.
    Tenk på hva som kan skje hvis noen finner den.

referral-plan-title = Henvisning: dette gjør du nå
referral-act-routine = Følg den lokale rutinen for henvisning. Har dere ingen: spør ROSA om råd.
referral-act-consent = Få samtykke før du deler opplysninger med andre tjenester, og del bare det som trengs.
referral-act-shelter = Trygt sted å bo: kontakt ROSA, krisesenter eller NAV etter den lokale rutinen.
referral-act-social = Sosial hjelp: kontakt sosialtjenesten i NAV, med personens samtykke.
referral-act-legal = Juridisk råd: bistandsadvokat via ROSA eller politiet, før valget om å anmelde.
referral-act-health-acute = Helsehjelp som haster: legevakt 116 117. Fare for liv: 113.
referral-act-health-ongoing = Henvis til videre helsehjelp, somatisk og psykisk, etter behov.
referral-act-undocumented = Uten lovlig opphold: gi øyeblikkelig og helt nødvendig hjelp. I Oslo: gratis helsehjelp på Helsesenteret for papirløse migranter.
referral-act-interpreter = Bestill kvalifisert tolk uten tilknytning til personen eller miljøet rundt.
referral-act-violence = Følg opp vold i nære relasjoner, tvangsekteskap eller sosial kontroll. Kompetanseteamet gir råd.
referral-act-child = Mulig barn: meld til barneverntjenesten, og samarbeid om videre hjelp.
referral-act-police = Politiet: bare med personens samtykke, eller når en plikt gjelder. Tilby bistandsadvokat først.
referral-act-return = Frivillig retur: IOM Norge vurderer risikoen ved retur.
referral-act-reflection = Fortell om muligheten for refleksjonsperiode (seks måneder). Lov ikke mer enn du vet.
referral-act-wants-help = Personen ønsker hjelp: tilby å kontakte tjenesten nå, sammen med personen.
referral-act-later = Gi kontaktinformasjon personen kan bruke senere, hvis situasjonen endrer seg.
referral-act-discreet = Gi henvisningsinformasjonen diskret, for eksempel på en liten lapp som er lett å gjemme.

## Kilder
src-referral-002-followup = 3.1.3 Oppfølgingstiltak
src-referral-002-health = 3.1.2 Helsetjenesten
src-referral-002-rights = 3.2 Retten til helsetjenester for ofre for menneskehandel
src-referral-002-citizen = 3.1 Brukerreise og 3.2 Retten til helsetjenester for ofre for menneskehandel
src-referral-002-interpreter = 3.4 Kunnskap om ofre for menneskehandel (tolk)
src-referral-is1022-rights = Kapittelet «Rettigheter, ansvar, organisering»: rettigheter for ulike grupper
src-referral-000-violence = Menneskehandel som en del av voldsfeltet
src-referral-utnyttelse-lawyer = Bistandsadvokat
