## Documents the guidance rests on (flows/sources.yaml)
src-doc-000 = Helsedirektoratet: Nettverk mot menneskehandel i helse- og omsorgstjenestene, sammendrag av rapport 2021–2023
    .discreet = Helsedirektoratet: nasjonalt nettverk i helse- og omsorgstjenestene, sammendrag av rapporten for 2021–2023
src-doc-001 = Helsedirektoratet: Nettverkets mandat og oppgaver
src-doc-002 = Helsedirektoratet: Rapport IS-2961, nasjonalt nettverk mot menneskehandel 2018–2020
    .discreet = Helsedirektoratet: rapport IS-2961, nasjonalt nettverk i helse- og omsorgstjenestene 2018–2020
src-doc-003 = Helsedirektoratet: Grunnleggende prinsipper for helsehjelp og sosialfaglig oppfølging av ofre for menneskehandel
    .discreet = Helsedirektoratet: grunnleggende prinsipper for helsehjelp og sosialfaglig oppfølging
src-doc-004 = Helsedirektoratet: Etter samtalen – veien videre
src-doc-is-1022 = Helsedirektoratet: Veileder IS-1022 om helsetjenestetilbudet til asylsøkere, flyktninger og familiegjenforente
src-doc-penal-code = Straffeloven §§ 196 og 258, og Prop. 66 L (2019–2020)
src-doc-politiet = politiet.no
src-doc-bufdir = bufdir.no
src-doc-utnyttelse = utnyttelse.no
src-doc-hpl-33 = Helsedirektoratet: Helsepersonelloven med kommentarer, § 33 (helsedirektoratet.no)
src-doc-kom-indicators = KOM (Koordineringsenheten mot menneskehandel): indikatorlistene til den nasjonale identifiseringsveilederen, gjengitt av RVTS Øst på menneskertilsalgs.no/avdekking/tegn-og-indikatorer/
    .discreet = KOM: indikatorlistene til den nasjonale identifiseringsveilederen, gjengitt av RVTS Øst
src-doc-network-2021-2023 = Helsedirektoratet: rapport fra nasjonalt nettverk i helse- og omsorgstjenestene 2021–2023, kapittel 2 og 4 (helsedirektoratet.no/rapporter/nasjonalt-nettverk-for-arbeid-mot-menneskehandel-i-helse-og-omsorgstjenestene-2021-2023)
    .discreet = Helsedirektoratet: rapport fra nasjonalt nettverk i helse- og omsorgstjenestene 2021–2023, kapittel 2 og 4

## Sections shared by several files
src-003-children = Spesiell merknad angående barn
src-004-avert = Avvergingsplikt

## Duties (flows/duties.yaml)
duty-report-cws-title = Meldeplikt til barneverntjenesten
duty-report-cws-text = Du skal melde til barneverntjenesten når det er grunn til å tro at et barn blir eller vil bli utnyttet (helsepersonelloven § 33). Meldingen går til barneverntjenesten, ikke til politiet. Plikten gjelder selv om barnet sier nei.
    .discreet = Du skal melde til barneverntjenesten når det er grunn til å tro at et barn blir eller vil bli skadet på denne måten (helsepersonelloven § 33). Meldingen går til barneverntjenesten, ikke til politiet. Plikten gjelder selv om barnet sier nei.
duty-report-cws-child-title = Meldeplikt til barneverntjenesten: personens barn
duty-report-cws-child-text = Det er grunn til å tro at et barn av personen blir eller vil bli utnyttet: meld til barneverntjenesten (helsepersonelloven § 33). Meldingen går til barneverntjenesten, ikke til politiet.
    .discreet = Det er grunn til å tro at et barn av personen blir eller vil bli skadet på denne måten: meld til barneverntjenesten (helsepersonelloven § 33). Meldingen går til barneverntjenesten, ikke til politiet.
duty-avert-title = Avvergingsplikt (straffeloven § 196)
duty-avert-text = Du holder det for sikkert eller mest sannsynlig at en alvorlig forbrytelse pågår eller vil skje, og den kan fortsatt avverges: varsle politiet eller avverg på annen måte. Plikten går foran taushetsplikten.

## Sections of the public pages (flows/sources.yaml)
src-hpl-33 = § 33: opplysningsplikt til barneverntjenesten
