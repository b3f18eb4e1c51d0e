## Documents the guidance rests on (flows/sources.yaml)
src-doc-000 = Norwegian Directorate of Health: network against human trafficking in health and care services, summary of the 2021–2023 report
    .discreet = Norwegian Directorate of Health: national network in health and care services, summary of the 2021–2023 report
src-doc-001 = Norwegian Directorate of Health: the network's mandate and tasks
src-doc-002 = Norwegian Directorate of Health: report IS-2961, national network against human trafficking 2018–2020
    .discreet = Norwegian Directorate of Health: report IS-2961, national network in health and care services 2018–2020
src-doc-003 = Norwegian Directorate of Health: basic principles for health care and social follow-up of victims of human trafficking
    .discreet = Norwegian Directorate of Health: basic principles for health care and social follow-up
src-doc-004 = Norwegian Directorate of Health: after the conversation – the way forward
src-doc-is-1022 = Norwegian Directorate of Health: guide IS-1022 on health services for asylum seekers, refugees and reunited families
src-doc-penal-code = Penal Code (straffeloven) sections 196 and 258, and Prop. 66 L (2019–2020)
src-doc-politiet = politiet.no (Norwegian Police)
src-doc-bufdir = bufdir.no (Norwegian Directorate for Children, Youth and Family Affairs)
src-doc-utnyttelse = utnyttelse.no
src-doc-hpl-33 = Norwegian Directorate of Health: the Health Personnel Act with comments, section 33 (helsedirektoratet.no)
src-doc-kom-indicators = KOM (Koordineringsenheten mot menneskehandel): indicator lists for the national identification guide, as reproduced by RVTS Øst on menneskertilsalgs.no/avdekking/tegn-og-indikatorer/
    .discreet = KOM: indicator lists for the national identification guide, as reproduced by RVTS Øst
src-doc-network-2021-2023 = Norwegian Directorate of Health: report of the national network in health and care services 2021–2023, chapters 2 and 4 (helsedirektoratet.no/rapporter/nasjonalt-nettverk-for-arbeid-mot-menneskehandel-i-helse-og-omsorgstjenestene-2021-2023)
    .discreet = Norwegian Directorate of Health: report of the national network in health and care services 2021–2023, chapters 2 and 4

## Sections shared by several files
src-003-children = Special note on children
src-004-avert = Duty to avert

## Duties (flows/duties.yaml)
duty-report-cws-title = Duty to report to the child welfare service
duty-report-cws-text = You must report to the child welfare service when there is reason to believe a child is being, or will be, exploited (section 33 of the Health Personnel Act, helsepersonelloven). The report goes to the child welfare service, not to the police. The duty applies even if the child says no.
    .discreet = You must report to the child welfare service when there is reason to believe a child is being, or will be, harmed in this way (section 33 of the Health Personnel Act, helsepersonelloven). The report goes to the child welfare service, not to the police. The duty applies even if the child says no.
duty-report-cws-child-title = Duty to report to the child welfare service: the person's child
duty-report-cws-child-text = There is reason to believe a child of the person is being, or will be, exploited: report to the child welfare service (section 33 of the Health Personnel Act, helsepersonelloven). The report goes to the child welfare service, not to the police.
    .discreet = There is reason to believe a child of the person is being, or will be, harmed in this way: report to the child welfare service (section 33 of the Health Personnel Act, helsepersonelloven). The report goes to the child welfare service, not to the police.
duty-avert-title = Duty to avert (Penal Code section 196)
duty-avert-text = You hold it certain or most likely that a serious crime is going on or about to happen, and it can still be averted: notify the police or avert it in another way. This duty overrides confidentiality.

## Sections of the public pages (flows/sources.yaml)
src-hpl-33 = Section 33: the duty to report to the child welfare service
