## Flow: before (before the conversation)

before-title = Before the conversation
before-desc = Prepare: principles, room, interpreter and referral

## Sections of seeds 002 and 003 (also used by the conversation flow)
src-003-p1 = Principle 1: WHO's ten principles for ethics and safety in interviews
src-003-p2-3 = Principles 2 and 3: every contact is a chance; safety first
src-003-p4 = Principle 4: respectful, equal care without discrimination
src-003-p5-6 = Principles 5 and 6: referral information; cooperation with others
src-003-p7-12 = Principles 7 and 12: confidentiality and privacy; secure storage
src-003-p9-11 = Principles 9 and 11: voluntary informed consent; police and immigration authorities
src-003-p10 = Principle 10: respect the person's rights, choices and dignity
src-002-3-1-2 = 3.1.2 The health service: what a local routine should contain
src-002-3-4 = 3.4 Knowledge about victims of trafficking: use of interpreters
    .discreet = 3.4 Knowledge: use of interpreters

## WHO's ten principles
before-who-title = WHO's ten principles for ethics and safety
before-who-text =
    Go through the points before you meet the person. Tick what you
    have thought through.
before-who-1 = Do no harm: could the conversation put anyone at risk?
before-who-2 = Know the subject, and assess the risks before you start
before-who-3 = Have referral information ready; promise nothing you cannot keep
before-who-4 = Choose and prepare interpreters and colleagues with care
before-who-5 = Ensure anonymity and confidentiality
before-who-6 = Get informed consent before you take the case further
before-who-7 = Listen to and respect the person's view of their own risks
before-who-8 = Do not re-traumatise: no pressure, no needless repeating
before-who-9 = Be prepared for emergencies: know whom to call
before-who-10 = Use the information you gather well and responsibly

## The setting
before-setting-title = The setting
before-setting-room = A private room where you can talk with the person alone, undisturbed
before-setting-gender = Offer a female or male worker and interpreter
before-setting-time = Enough time: talks with an interpreter take longer

before-need-interpreter-title = Do you need an interpreter?
before-need-interpreter-yes = Yes, or perhaps
before-need-interpreter-no = No, we share a language

## The interpreter
before-interpreter-title = The interpreter
before-interpreter-text =
    Much has gone wrong with interpreting in such cases: interpreters
    with ties to exploiters, and telephone interpreting where others
    could listen.
    .discreet =
        Much has gone wrong with interpreting in such cases: interpreters
        with ties to the people behind it, and telephone interpreting where
        others could listen.
before-interpreter-qualified = A qualified interpreter
before-interpreter-no-tie = No tie to the person or their network
before-interpreter-never-companion = Never family, friends or the companion as interpreter
before-interpreter-phone = Telephone interpreting only where confidentiality can be kept
before-interpreter-confidentiality = The interpreter knows and keeps their duty of confidentiality

## Principles of seed 003 for the preparation
before-referral-title = Have referral information ready
before-referral-text =
    Know where to refer, e.g. shelter, social services and legal
    advice. If the person may still be in contact with the exploiters,
    give the information discreetly, e.g. on a small slip that is easy
    to hide. Find your local routine and contacts in advance, and work
    with other services on help that fits the person's needs.
    .discreet =
        Know where to refer, e.g. shelter, social services and legal
        advice. If the person may still be in contact with the people
        behind it, give the information discreetly, e.g. on a small slip
        that is easy to hide. Find your local routine and contacts in
        advance, and work with other services on help that fits the
        person's needs.

before-safety-title = Safety first
before-safety-text =
    Every meeting is a chance to improve the person's situation, but
    it can also make things worse. Assess the risks to the person and
    their family, to yourself and to your colleagues. Base your
    decisions on advice and guidance.

before-equal-title = Equal treatment for all
before-equal-text =
    Treat everyone with respect and as equals, whatever their gender,
    age, social class, sexual orientation, religion, race or
    ethnicity. Trafficking affects women, men and children, Norwegian
    citizens too.
    .discreet =
        Treat everyone with respect and as equals, whatever their gender,
        age, social class, sexual orientation, religion, race or
        ethnicity. This kind of harm affects women, men and children,
        Norwegian citizens too.

before-privacy-title = Confidentiality and secure storage
before-privacy-text =
    Everything said with or about the person is confidential, and the
    person must be able to trust that. Confidentiality does not mean
    keeping everything to yourself: what the care needs may be shared
    within the team that treats the person. Store information securely:
    code case files where you can, lock them away, and protect digital
    data with a password. This tool stores nothing about the person.

before-consent-title = Consent before you share
before-consent-text =
    Before you share information, or start examination, treatment or
    referral, you need the person's voluntary, informed consent. Then
    share only what is needed. Do not contact the police or the
    immigration authorities without consent: the person may have good
    reasons to avoid them. The police without consent only in an
    emergency, or when a legal duty requires it (the duty to avert:
    section 196 of the Penal Code, straffeloven; section 31 of the
    Health Personnel Act, helsepersonelloven); the immigration
    authorities only with the adult's consent, for the person's own
    case. The duty to report about a child goes to the
    child welfare service, not to the police.

## Ready
before-ready-title = You are prepared
before-ready-interpreter = If an interpreter is needed: book a qualified one in good time.
before-ready-slip = Have a small slip with referral information ready.
before-ready-routine = Keep your local routine and the contact list at hand.
before-ready-case = When you meet the person: start a case from the start screen.

## Know the subject (seeds 002 and 000)
src-before-002-3-1 = 3.1 The user journey and 3.1.2 The health service
src-before-000-definition = What is human trafficking?
    .discreet = Definitions
before-know-title = Know the subject
before-know-text =
    Human trafficking also happens among ethnic Norwegians, indigenous people and national minorities, of every gender and age. Do not assume it concerns only migrants.
    Know that people understand health, illness and treatment differently, and start from the person's own understanding. But do not explain signs away as "culture" or "tradition": that can hide the person's vulnerability and any exploitation.
    .discreet =
        This kind of harm also happens among ethnic Norwegians, indigenous people and national minorities, of every gender and age. Do not assume it concerns only migrants.
        Know that people understand health, illness and treatment differently, and start from the person's own understanding. But do not explain signs away as "culture" or "tradition": that can hide the person's vulnerability and any harm done to them.
before-phases-title = Every phase is punishable
before-phases-text =
    Human trafficking means using violence, threats or abuse of a vulnerable situation to force, exploit or trick people into work or services, prostitution or other sexual purposes, crime, begging, war service or the removal of organs.
    Every phase of it is punishable: recruiting, transporting, harbouring, receiving, and taking part. The person who helps at one step is part of it too.
    .discreet =
        This crime means using violence, threats or abuse of a vulnerable situation to make people do work or services, prostitution or other sexual acts, crime, begging or war service, or to take their organs.
        Every phase of it is punishable: recruiting, transporting, harbouring, receiving, and taking part. The person who helps at one step is part of it too.
