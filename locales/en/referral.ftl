## Referral and rights (flows/referral.yaml)

referral-title = Referral and rights
referral-desc = Where to refer, by need, and health rights by residence status

## 1. Residence status
referral-status-title = What is the person's residence status?
referral-status-text = Ask about the situation, not about who the person is. Choose what fits best.
referral-status-why =
    The status decides which health rights the person has, but always assess and treat by need. Know the rights of each group, so that no one is wrongly turned away. Barriers can be distance, cost and legal rules: help the person past them where you can.
    Asylum seekers have the same right to health care as everyone else. A person with a residence permit for 12 months or more has full rights. Every child under 18 staying in Norway has the right to necessary health and care services.
    People with no legal residence (also after a final refusal of asylum) have at least the right to emergency care, assessment by the specialist health service, and care that is strictly necessary and cannot wait, somatic and mental alike.
    For EEA citizens the rights depend on work and stay: one who works in Norway is as a rule a member of the national insurance scheme, whether or not they live here; one here for up to 12 months without work uses the European health insurance card. Not knowing the status must never stop urgent help.
referral-status-citizen = Norwegian citizen
referral-status-eea = EEA citizen
referral-status-labour = Labour migrant
referral-status-family = Family reunification
referral-status-asylum = Asylum seeker
referral-status-tourist = On a tourist visa
referral-status-undocumented = No legal residence
referral-status-unknown = Do not know, or not settled

## 2. Needs
referral-needs-title = What does the person need now?
referral-needs-text = Tick what the person needs and wants. The plan follows from it.
referral-needs-why =
    Norway has no national referral mechanism: no single service advises and follows up people in this situation wherever in the country they are found. That is why your local routine and local contacts matter. Check that the service you refer to knows its role and can follow up.
    Cooperate with other services so that the help fits the person's needs: a safe place to stay, social services at NAV, legal advice, health care (somatic and mental, urgent and ongoing), an interpreter.
    Trafficking rarely stands alone: it is often part of violence in close relationships, forced marriage or negative social control. Follow up both.
    .discreet =
        Norway has no national referral mechanism: no single service advises and follows up people in this situation wherever in the country they are found. That is why your local routine and local contacts matter. Check that the service you refer to knows its role and can follow up.
        Cooperate with other services so that the help fits the person's needs: a safe place to stay, social services at NAV, legal advice, health care (somatic and mental, urgent and ongoing), an interpreter.
        This kind of harm rarely stands alone: it is often part of violence in close relationships, marriage against a person's will or negative social control. Follow up both.
referral-need-shelter = A safe place to stay
referral-need-health-acute = Urgent health care (somatic or mental)
referral-need-health-ongoing = Further health care (somatic or mental)
referral-need-social = Financial or other social help
referral-need-legal = Legal advice
referral-need-police = Wants to contact the police
referral-need-interpreter = An interpreter when dealing with services
referral-need-violence = Violence or abuse in close relationships
referral-need-control = Forced marriage, honour-related violence, negative social control
    .discreet = Marriage against their will, honour-related violence, negative social control
referral-need-return = Wants to go home (voluntary return)
referral-need-assault = Rape or sexual assault in the last 7 days
referral-need-crime = Something new about a serious crime (section 196)
referral-need-child = The person may be under 18
referral-late-age-title = You ticked that the person may be under 18: is there reason to believe that?
referral-late-age-text = With what the person has told you, a possible child means the duty to report to the child welfare service. Answer no if the tick was a slip: nothing follows from it then.
referral-late-age-why = A report to the child welfare service about a person under 18 needs no consent (helsepersonelloven § 33). A report about an adult would break confidentiality, so a tick that raises it is confirmed first.
referral-late-age-yes = Yes, the person may be under 18
referral-late-age-no = No, the tick was a slip

## 3. The plan
referral-plan-title = Referral and rights
referral-plan-text =
    Share nothing without the person's consent, except what a legal duty requires, and only what is needed. Give the information discreetly.
    The police only with consent, in an emergency, or when a legal duty applies; the immigration authorities only with the adult's consent, for the person's own case.
referral-plan-why =
    Get voluntary, informed consent before you share information or refer, and share only what the help needs. If the person may still be in contact with the people behind it, give the referral information discreetly, e.g. on a small slip that is easy to hide.
    Do not contact the police or the immigration authorities without the person's consent: the person may have good reasons to stay away from them. Discuss acceptable alternatives. The police without consent only in an emergency, or when a legal duty requires it: the duty to avert (section 196 of the Penal Code, straffeloven) or section 31 of the Health Personnel Act (helsepersonelloven). The duty to report about a child goes to the child welfare service, not the police. A duty in force applies even if the person withdraws consent.
    The reflection period is a residence permit of six months for people with no other basis to stay in Norway. It is meant to give follow-up, legal aid, health care and an offer of work and schooling, but none of this is assured: the network found no common routine for the follow-up (as of 2020), and what is offered varies. It is applied for through the police and decided by UDI. For asylum seekers, visa holders and people with a permit, special rules apply (UDI's circular on the reflection period, points 4.2-4.4, at udiregelverk.no; udi.no, "refleksjonsperiode"). Ask ROSA for advice before anyone applies, and promise nothing. A person in the reflection period who is not a member of the national insurance scheme has limited access to care in practice, and voluntary membership through NAV is slow and needs a contribution or a documented low income: ask ROSA or the lawyer (the national network's 2021–2023 report, 4.6).
    Anxiety, depression and post-traumatic stress disorder (PTSD) are common in people who have been through this, and PTSD seldom gets better without treatment (IS-1022 6.5, 2021-09-15): offer a referral to mental health care. Many are too well to be admitted and too ill for the housing there is, also with substance use: a coordinated plan across the services is recommended (the national network's 2021–2023 report, 4.7).
    In Oslo, HTSO at NAV Grünerløkka serves adults who may be in this situation, and their children, and advises other NAV offices in the country (the same report, 2.3).
    Beyond IS-1022, this step rests on public pages checked in December 2026: helsenorge.no and UDI (people without lawful residence; workers from the EEA and outside it), menneskertilsalgs.no by RVTS Øst (asylum seekers and UDI), ROSA (safe housing for people over 18), politiet.no and nhi.no (the sexual assault centre).
referral-act-routine = Follow your local routine for referral. No routine, or unsure: ask ROSA for advice, without giving the person's name.
referral-act-health = Health care: if it is urgent, emergency primary care (legevakt) 116 117; danger to life: 113. Refer on to further somatic and mental care by need: anxiety, depression and PTSD are common, and PTSD seldom gets better untreated, so offer a referral to mental health care. Say whether an interpreter is needed, and the language.
referral-act-safety = With consent and by the local routine: a safe place to stay through ROSA, a crisis centre or NAV; social help through the social services at NAV; a marriage against the person's will, honour-related violence or negative social control: ask Kompetanseteamet for advice; other violence in close relationships: a crisis centre, and plikt.no on the duty to avert. Severe mental illness or substance use, where neither admission nor a shelter fits: ask for a coordinated plan across the services.
referral-act-safety-minor = Under 18: a safe place to stay goes through the child welfare service (out of hours: the child welfare emergency service), never ROSA or NAV housing. A marriage against the child's will, honour-related violence or negative social control: ask Kompetanseteamet for advice as well.
referral-act-assault = Rape or sexual assault: offer the sexual assault centre (overgrepsmottak, one in every county): a medical and forensic examination, voluntary, whether or not the person reports to the police, up to 7 days after, no user fee for the first one. Until then, if the person can: do not wash, and keep the clothes. Other health care: emergency primary care 116 117, danger to life 113; refer on by need.
referral-act-rights-citizen = Norwegian citizen: the person has the right to health care. Help past barriers such as distance and cost.
referral-act-rights-eea = EEA citizen: one who works in Norway is as a rule a member of the national insurance scheme, whether or not they live here, with necessary care covered at the usual user fees. Up to 12 months here without work: necessary care is covered by the home country, with the European health insurance card. Hard or unpaid work does not remove these rights; what can be documented depends on whether the work is registered: ask ROSA or a lawyer.
referral-act-rights-permit = Residence permit: a permit for 12 months or more gives full health rights. A worker from outside the EEA with lawful work is a member of the national insurance scheme, with care at the usual user fees. Hard or unpaid work does not remove these rights: ask ROSA or a lawyer what can be documented. A shorter stay without work: ask the health service's patient office or ROSA who pays; give what is urgent meanwhile.
referral-act-rights-asylum = Asylum seeker: the same right to health care as everyone else. UDI is told of your concern only with the adult's consent, for the person's own case: then special follow-up at the centre, or a safer place to live through ROSA's agreement with UDI (a crisis centre or Lauras hus), can be arranged, and UDI has what it needs for the asylum claim. Withdrawing the claim for a reflection period: talk with the person's lawyer first. After a final refusal: the rights of people with no lawful residence.
referral-act-rights-tourist = Tourist visa: as a rule not a member of the national insurance scheme. Emergency care is always given, and no payment in advance may be demanded. What else is covered, and who pays: no source here settles it, so ask the health service's patient office or ROSA.
referral-act-rights-undocumented = No lawful residence: emergency care, and care that is strictly necessary and cannot wait, somatic and mental alike. No payment in advance may be demanded; if the person cannot pay, the hospital covers it. Pregnant: full care in pregnancy, at birth and after it, and abortion. Infectious-disease care is free for everyone. A child has the same rights as other children. More care than this is lawful. In Oslo: the health centre for undocumented migrants.
referral-act-rights-unknown = Status not settled: assess and treat by need now; check the rights once the status is known.
referral-act-child = Under 18: the child has the right to necessary health and care services, whatever the status. Work with the child welfare service on further help.
referral-act-legal = Legal advice first: a free lawyer (bistandsadvokat, at least 3 hours) via ROSA or the police, before the person decides whether to report the crime to the police. If the person wants the police, help make contact. Whether to report the crime is the person's own choice.
referral-act-legal-duty = Legal advice: a free lawyer (bistandsadvokat, at least 3 hours) via ROSA or the police. Whether to report the crime is the person's own choice; your notice to the police under the duty to avert is not, and it does not wait for the lawyer.
referral-act-legal-minor = Legal advice for a possible child goes through the child welfare service and the child's guardian, not through ROSA (which serves adults). Tell the child welfare service what the child wants.
referral-act-interpreter = Book a qualified interpreter with no tie to the person or the people around them. Never family or a companion.
referral-act-return = Return through IOM only if the person wants it, and with consent before any contact. Offer ROSA and a lawyer first. Talk about the danger on return, for the family too.
referral-act-withdrawn = If the person withdraws consent: tell the services you contacted with it that consent is withdrawn, and share nothing more. A legal duty already in force (the duty to report, the duty to avert) still applies.
referral-act-reflection = Reflection period (six months): for people with no other basis to stay; special rules for asylum seekers, visa holders and permit holders. Applied for through the police, decided by UDI. Care is not assured: without membership of the national insurance scheme access is limited, and voluntary membership is slow. Ask ROSA or the lawyer before anyone applies; promise nothing.

## Sources
src-referral-002-followup = 3.1.3 Follow-up measures
src-rights-groups = Rights of different groups
src-doc-rights-by-status = Norwegian Directorate of Health: guide IS-1022, "Rights of different groups" (helsebiblioteket.no/innhold/nasjonale-veiledere/helsetjenester-asylsokere)
