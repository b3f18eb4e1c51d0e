## Grunnleggende prinsipper (flows/principles.yaml)

principles-title = Grunnleggende prinsipper
principles-desc = De tolv prinsippene for helsehjelp og sosialfaglig oppfølging

principles-about-title = Før du begynner: hva prinsippene skal sikre
principles-about-text =
    Møter du noen som kan være utsatt for menneskehandel, må du ta særlig hensyn til personens helse, sikkerhet og velferd.
    Personen skal få tilbake trygghet, verdighet og kontroll over egen kropp og egne handlinger. Oppmuntre til spørsmål og egne valg.
    Legg vekt på informasjon, konfidensialitet, informert samtykke og personens egne beslutninger.
    Prinsippene gjelder alle fagpersoner som møter mulige ofre.
    .discreet =
        Møter du noen som kan være alvorlig skadet av andre, må du ta særlig hensyn til personens helse, sikkerhet og velferd.
        Personen skal få tilbake trygghet, verdighet og kontroll over egen kropp og egne handlinger. Oppmuntre til spørsmål og egne valg.
        Legg vekt på informasjon, konfidensialitet, informert samtykke og personens egne beslutninger.
        Prinsippene gjelder alle fagpersoner som møter personer i denne situasjonen.

principles-p1-title = 1. WHOs ti prinsipper for samtalen (1–5)
principles-p1-text =
    Følg WHOs anbefalinger for etikk og sikkerhet i samtalen:
    – Ikke gjør skade.
    – Kjenn temaet, og vurder risikoen.
    – Forbered henvisningsinformasjon, og ikke lov noe du ikke kan holde.
    – Velg ut og forbered tolker og kolleger med omhu.
    – Sikre anonymitet og konfidensialitet.

principles-p1-more-title = 1. WHOs ti prinsipper for samtalen (6–10)
principles-p1-more-text =
    – Få informert samtykke før du går videre med saken.
    – Lytt til og respekter personens egen vurdering av situasjonen, truslene og sikkerheten.
    – Ikke bidra til retraumatisering.
    – Vær forberedt på akutte situasjoner og på å gripe inn.
    – Bruk informasjonen du får, på en god måte.

principles-p2-title = 2. Hver kontakt er en mulighet
principles-p2-text =
    Se hver kontakt med et mulig offer som en mulighet til å gjøre livssituasjonen bedre.
    Hvert møte kan påvirke personens helse og livssituasjon, til det bedre eller til det verre.
    .discreet =
        Se hver kontakt med personen som en mulighet til å gjøre livssituasjonen bedre.
        Hvert møte kan påvirke personens helse og livssituasjon, til det bedre eller til det verre.

principles-p3-title = 3. Sikkerhet først: personen, deg selv og kolleger
principles-p3-text =
    Prioriter sikkerheten til pasienten eller brukeren, deg selv og annet personell.
    Vurder risikoen, og ta informerte beslutninger med råd og veiledning.
    Vær oppmerksom på farer for personen og for familiemedlemmene til personen.

principles-p4-title = 4. Ikke diskriminer
principles-p4-text =
    Gi helsehjelp og oppfølging med respekt og likeverd.
    Ingen skal diskrimineres på grunn av kjønn, alder, sosial klasse, seksuell orientering, religion, rase eller etnisitet.
    Respekter rettighetene og verdigheten til alle sårbare personer.
    Menneskehandel forekommer også blant etniske nordmenn, urfolk og nasjonale minoriteter, på tvers av kjønn og alder (rapport IS-2961, 3.1).
    .discreet =
        Gi helsehjelp og oppfølging med respekt og likeverd.
        Ingen skal diskrimineres på grunn av kjønn, alder, sosial klasse, seksuell orientering, religion, rase eller etnisitet.
        Respekter rettighetene og verdigheten til alle sårbare personer.
        Slik skade forekommer også blant etniske nordmenn, urfolk og nasjonale minoriteter, på tvers av kjønn og alder (rapport IS-2961, 3.1).

principles-p5-title = 5. Ha henvisningsinformasjon klar, og gi den diskret
principles-p5-text =
    Ha informasjon om aktuelle hjelpeinstanser for hånden, også om husly, sosiale tjenester og juridisk rådgivning.
    Kan personen fortsatt være i kontakt med bakpersonene, må du gi informasjonen diskret, for eksempel på en liten lapp som er lett å gjemme.
    .discreet =
        Ha informasjon om aktuelle hjelpeinstanser for hånden, også om husly, sosiale tjenester og juridisk rådgivning.
        Kan personen fortsatt være i kontakt med bakpersonene, må du gi informasjonen diskret, for eksempel på en liten lapp som er lett å gjemme.

principles-p6-title = 6. Samarbeid med andre hjelpeinstanser
principles-p6-text =
    Samarbeid med andre hjelpeinstanser, slik at tiltakene passer til de ulike behovene personen har.

principles-p7-title = 7. Konfidensialitet og personvern
principles-p7-text =
    Konfidensialitet og personvern er særlig viktig for ofre for menneskehandel og familiene deres.
    Behandle all kommunikasjon med og om personen konfidensielt.
    Personen skal kunne føle seg trygg på at personvernet blir respektert.
    Taushetsplikt betyr ikke at du skal holde alt for deg selv: det helsehjelpen krever, kan deles med dem som behandler personen sammen med deg.
    .discreet =
        Konfidensialitet og personvern er særlig viktig for personer i denne situasjonen og familiene deres.
        Behandle all kommunikasjon med og om personen konfidensielt.
        Personen skal kunne føle seg trygg på at personvernet blir respektert.
        Taushetsplikt betyr ikke at du skal holde alt for deg selv: det helsehjelpen krever, kan deles med dem som behandler personen sammen med deg.

principles-p8-title = 8. Gi informasjon personen forstår
principles-p8-text =
    Forklar planen, formålet og fremgangsmåten for behandling og oppfølging på et språk personen forstår, tilpasset alder og kultur.
    Ta deg tid. Sjekk at personen har forstått, og gi rom for spørsmål.
    Dette må være på plass før du ber om informert samtykke.

principles-p9-title = 9. Få frivillig, informert samtykke
principles-p9-text =
    Før du deler opplysninger om personen, og før du undersøker, behandler, følger opp eller henviser, trenger du frivillig, informert samtykke.
    Samtykker personen til at du deler, så del bare det som trengs for å hjelpe personen (for eksempel ved henvisning) eller andre (for eksempel andre ofre).
    .discreet =
        Før du deler opplysninger om personen, og før du undersøker, behandler, følger opp eller henviser, trenger du frivillig, informert samtykke.
        Samtykker personen til at du deler, så del bare det som trengs for å hjelpe personen (for eksempel ved henvisning) eller andre (for eksempel andre i samme situasjon).

principles-p10-title = 10. Respekter rettigheter, valg og verdighet (1–4)
principles-p10-text =
    Det gjør du ved å:
    – snakke med personen alene, i et privat rom
    – tilby mannlig eller kvinnelig ansatt eller tolk
    – møte personen uten å dømme, med forståelse og respekt for kultur og situasjon; men ikke forklar tegn bort med «kultur» eller «tradisjon» (rapport IS-2961, 3.1.2)
    – være tålmodig: ikke press på for å få vite mer hvis personen ikke er klar eller villig til å fortelle

principles-p10-more-title = 10. Respekter rettigheter, valg og verdighet (5–7)
principles-p10-more-text =
    – still bare spørsmål som trengs for hjelpen du gir, aldri av nysgjerrighet
    – unngå å spørre om det samme i flere samtaler; be heller om samtykke til å sende nødvendige opplysninger videre
    – ikke gi media, journalister eller andre tilgang til personen uten uttrykkelig tillatelse; ikke press noen til å delta, og fraråd det når helsen er skjør eller situasjonen risikabel

principles-p11-title = 11. Ikke kontakt myndighetene uten samtykke
principles-p11-text =
    Unngå å kontakte politiet eller utlendingsmyndighetene uten personens samtykke. Ofre kan ha gode grunner til å holde seg unna myndighetene.
    Drøft akseptable alternativer, og få samtykke før du handler.
    Politiet uten samtykke bare i en nødsituasjon, eller når en lovpålagt plikt krever det: avvergingsplikten (straffeloven § 196) eller helsepersonelloven § 31. Er du usikker på om avvergingsplikten gjelder: plikt.no.
    Utlendingsmyndighetene bare med samtykke fra den voksne, og i personens egen sak. Meldeplikten om et barn går til barneverntjenesten, ikke til politiet.
    .discreet =
        Unngå å kontakte politiet eller utlendingsmyndighetene uten personens samtykke. Personen kan ha gode grunner til å holde seg unna myndighetene.
        Drøft akseptable alternativer, og få samtykke før du handler.
        Politiet uten samtykke bare i en nødsituasjon, eller når en lovpålagt plikt krever det: avvergingsplikten (straffeloven § 196) eller helsepersonelloven § 31. Er du usikker på om avvergingsplikten gjelder: plikt.no.
        Utlendingsmyndighetene bare med samtykke fra den voksne, og i personens egen sak. Meldeplikten om et barn går til barneverntjenesten, ikke til politiet.

principles-p12-title = 12. Oppbevar opplysninger sikkert
principles-p12-text =
    Oppbevar alle opplysninger om ofre for menneskehandel på en sikker måte.
    Kod saksmapper når det er mulig, og lås dem forsvarlig inne. Lagre digitale opplysninger sikkert og beskyttet med passord.
    Dette verktøyet lagrer ingenting om personen.
    .discreet =
        Oppbevar alle opplysninger om personen på en sikker måte.
        Kod saksmapper når det er mulig, og lås dem forsvarlig inne. Lagre digitale opplysninger sikkert og beskyttet med passord.
        Dette verktøyet lagrer ingenting om personen.

principles-children-title = Særlig merknad om barn
principles-children-text =
    Barn som er misbrukt eller utnyttet, trenger særlig oppmerksomhet.
    Prinsippene gjelder også for barn, også barnets rett til å være med på beslutninger som angår det: hør barnets syn og legg vekt på det.
    Tar du en beslutning på vegne av et barn, er barnets beste det overordnede hensynet. Følg rutinene som gjelder.
    Du har meldeplikt til barneverntjenesten ved bekymring for at et barn er eller står i fare for å bli utsatt for menneskehandel. Plikten gjelder også om barnet sier nei.
    .discreet =
        Barn som er misbrukt eller skadet, trenger særlig oppmerksomhet.
        Prinsippene gjelder også for barn, også barnets rett til å være med på beslutninger som angår det: hør barnets syn og legg vekt på det.
        Tar du en beslutning på vegne av et barn, er barnets beste det overordnede hensynet. Følg rutinene som gjelder.
        Du har meldeplikt til barneverntjenesten ved bekymring for at et barn er eller står i fare for å bli skadet på denne måten. Plikten gjelder også om barnet sier nei.

principles-end-title = Prinsippene gjelder hele veien
principles-end-text = Prinsippene er grunnlaget for hjelp som bygger på personens rettigheter og tar hensyn til sårbarheten.
principles-act-apply = Bruk prinsippene i hele saken, fra forberedelsene til oppfølgingen.

## Kilder
src-principles-intro = Innledning
src-principles-p1 = Prinsipp 1: WHOs anbefalinger for etikk og sikkerhet i samtalen
src-principles-p2 = Prinsipp 2: all kontakt er en mulighet
src-principles-p3 = Prinsipp 3: prioriter sikkerheten
src-principles-p4 = Prinsipp 4: respekt og likeverd, ingen diskriminering
src-principles-p5 = Prinsipp 5: ha henvisningsinformasjon klar
src-principles-p6 = Prinsipp 6: samarbeid med andre hjelpeinstanser
src-principles-p7 = Prinsipp 7: konfidensialitet og personvern
src-principles-p8 = Prinsipp 8: gi forståelig informasjon
src-principles-p9 = Prinsipp 9: frivillig, informert samtykke
src-principles-p10 = Prinsipp 10: respekter rettigheter, valg og verdighet
src-principles-p11 = Prinsipp 11: unngå å kontakte myndighetene uten samtykke
src-principles-p12 = Prinsipp 12: oppbevar informasjon sikkert
