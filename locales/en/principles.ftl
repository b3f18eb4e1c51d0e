## Basic principles (flows/principles.yaml)

principles-title = Basic principles
principles-desc = The twelve principles for health care and social follow-up

principles-about-title = Before you start: what the principles protect
principles-about-text =
    When you meet someone who may be a victim of human trafficking, take particular care of the person's health, safety and welfare.
    The person needs to regain a sense of safety, dignity and control over their own body and actions. Encourage questions and their own choices.
    Put weight on information, confidentiality, informed consent and the person's own decisions.
    The principles apply to every professional who meets possible victims.
    .discreet =
        When you meet someone who may have been seriously harmed by others, take particular care of the person's health, safety and welfare.
        The person needs to regain a sense of safety, dignity and control over their own body and actions. Encourage questions and their own choices.
        Put weight on information, confidentiality, informed consent and the person's own decisions.
        The principles apply to every professional who meets people in this situation.

principles-p1-title = 1. WHO's ten principles for the conversation (1–5)
principles-p1-text =
    Follow WHO's recommendations on ethics and safety in the conversation:
    – Do no harm.
    – Know the subject, and assess the risks.
    – Prepare referral information, and make no promises you cannot keep.
    – Select and prepare interpreters and colleagues with care.
    – Ensure anonymity and confidentiality.

principles-p1-more-title = 1. WHO's ten principles for the conversation (6–10)
principles-p1-more-text =
    – Get informed consent before you take the case further.
    – Listen to and respect the person's own assessment of their situation, the threats and their safety.
    – Do not re-traumatise.
    – Be prepared for emergencies and for stepping in.
    – Use the information you are given well.

principles-p2-title = 2. Every contact is a chance
principles-p2-text =
    See every contact with a possible victim as a chance to improve their situation.
    Every meeting can affect the person's health and situation, for better or for worse.
    .discreet =
        See every contact with the person as a chance to improve their situation.
        Every meeting can affect the person's health and situation, for better or for worse.

principles-p3-title = 3. Safety first: the person, yourself and colleagues
principles-p3-text =
    Give priority to the safety of the patient or client, yourself and other staff.
    Assess the risks, and make informed decisions based on advice and guidance.
    Watch for dangers to the person and to the person's family members.

principles-p4-title = 4. Do not discriminate
principles-p4-text =
    Give health care and follow-up with respect, on an equal footing.
    No one may be discriminated against because of gender, age, social class, sexual orientation, religion, race or ethnicity.
    Respect the rights and dignity of every vulnerable person.
    Human trafficking also happens among ethnic Norwegians, indigenous people and national minorities, of every gender and age (report IS-2961, 3.1).
    .discreet =
        Give health care and follow-up with respect, on an equal footing.
        No one may be discriminated against because of gender, age, social class, sexual orientation, religion, race or ethnicity.
        Respect the rights and dignity of every vulnerable person.
        This kind of harm also happens among ethnic Norwegians, indigenous people and national minorities, of every gender and age (report IS-2961, 3.1).

principles-p5-title = 5. Have referral information ready, and give it discreetly
principles-p5-text =
    Have information on relevant services at hand, including shelter, social services and legal advice.
    If the person may still be in contact with the exploiters, give the information discreetly, for example on a small slip of paper that is easy to hide.
    .discreet =
        Have information on relevant services at hand, including shelter, social services and legal advice.
        If the person may still be in contact with the people behind it, give the information discreetly, for example on a small slip of paper that is easy to hide.

principles-p6-title = 6. Cooperate with other services
principles-p6-text =
    Cooperate with other services, so that what is done fits the different needs the person has.

principles-p7-title = 7. Confidentiality and privacy
principles-p7-text =
    Confidentiality and privacy matter especially to victims of human trafficking and their families.
    Treat all communication with and about the person as confidential.
    The person should be able to feel sure that their privacy is respected.
    Confidentiality does not mean keeping everything to yourself: what the care needs may be shared within the team that treats the person.
    .discreet =
        Confidentiality and privacy matter especially to people in this situation and their families.
        Treat all communication with and about the person as confidential.
        The person should be able to feel sure that their privacy is respected.
        Confidentiality does not mean keeping everything to yourself: what the care needs may be shared within the team that treats the person.

principles-p8-title = 8. Give information the person understands
principles-p8-text =
    Explain the plan, purpose and procedures of treatment and follow-up in a language the person understands, suited to their age and culture.
    Take your time. Check that the person has understood, and leave room for questions.
    This must be in place before you ask for informed consent.

principles-p9-title = 9. Get voluntary, informed consent
principles-p9-text =
    Before you share information about the person, and before you examine, treat, follow up or refer, you need their voluntary, informed consent.
    If the person agrees that you share, share only what is needed to help them (for example in a referral) or others (for example other victims).
    .discreet =
        Before you share information about the person, and before you examine, treat, follow up or refer, you need their voluntary, informed consent.
        If the person agrees that you share, share only what is needed to help them (for example in a referral) or others (for example others in the same situation).

principles-p10-title = 10. Respect rights, choices and dignity (1–4)
principles-p10-text =
    You do this by:
    – talking with the person alone, in a private room
    – offering a male or female member of staff or interpreter
    – meeting the person without judgement, with understanding and respect for their culture and situation; but do not explain signs away as "culture" or "tradition" (report IS-2961, 3.1.2)
    – being patient: do not press for information if the person is not ready or willing to talk

principles-p10-more-title = 10. Respect rights, choices and dignity (5–7)
principles-p10-more-text =
    – asking only questions needed for the help you give, never out of curiosity
    – avoiding asking for the same information in several interviews; ask instead for consent to pass on what is needed
    – giving no access to media, journalists or others without the person's express permission; press no one to take part, and advise against it when health is fragile or the situation risky

principles-p11-title = 11. Do not contact the authorities without consent
principles-p11-text =
    Avoid contacting the police or the immigration authorities without the person's consent. Victims may have good reasons to stay away from the authorities.
    Discuss acceptable alternatives, and get consent before you act.
    The police without consent only in an emergency, or when a legal duty requires it: the duty to avert (section 196 of the Penal Code, straffeloven) or section 31 of the Health Personnel Act (helsepersonelloven). Unsure whether the duty to avert applies: plikt.no.
    The immigration authorities only with the adult's consent, and for the person's own case. The duty to report about a child goes to the child welfare service, not to the police.
    .discreet =
        Avoid contacting the police or the immigration authorities without the person's consent. The person may have good reasons to stay away from the authorities.
        Discuss acceptable alternatives, and get consent before you act.
        The police without consent only in an emergency, or when a legal duty requires it: the duty to avert (section 196 of the Penal Code, straffeloven) or section 31 of the Health Personnel Act (helsepersonelloven). Unsure whether the duty to avert applies: plikt.no.
        The immigration authorities only with the adult's consent, and for the person's own case. The duty to report about a child goes to the child welfare service, not to the police.

principles-p12-title = 12. Store information securely
principles-p12-text =
    Store all information about victims of human trafficking securely.
    Code case files where possible, and keep them properly locked away. Store digital information securely, protected by a password.
    This tool stores nothing about the person.
    .discreet =
        Store all information about the person securely.
        Code case files where possible, and keep them properly locked away. Store digital information securely, protected by a password.
        This tool stores nothing about the person.

principles-children-title = Special note on children
principles-children-text =
    Children who have been abused or exploited need particular attention.
    The principles apply to children too, including the child's right to take part in decisions that affect them: hear the child's view and give it weight.
    When you decide on a child's behalf, the child's best interest is the overriding concern. Follow the procedures that apply.
    You have a duty to report to the child welfare service when you are concerned that a child is, or is at risk of being, trafficked. The duty applies even if the child says no.
    .discreet =
        Children who have been abused or harmed need particular attention.
        The principles apply to children too, including the child's right to take part in decisions that affect them: hear the child's view and give it weight.
        When you decide on a child's behalf, the child's best interest is the overriding concern. Follow the procedures that apply.
        You have a duty to report to the child welfare service when you are concerned that a child is, or is at risk of being, harmed in this way. The duty applies even if the child says no.

principles-end-title = The principles apply throughout
principles-end-text = The principles are the basis for help that rests on the person's rights and takes their vulnerability into account.
principles-act-apply = Use the principles throughout the case, from preparation to follow-up.

## Sources
src-principles-intro = Introduction
src-principles-p1 = Principle 1: WHO's recommendations on ethics and safety in the conversation
src-principles-p2 = Principle 2: every contact is a chance
src-principles-p3 = Principle 3: give priority to safety
src-principles-p4 = Principle 4: respect and equal treatment, no discrimination
src-principles-p5 = Principle 5: have referral information ready
src-principles-p6 = Principle 6: cooperate with other services
src-principles-p7 = Principle 7: confidentiality and privacy
src-principles-p8 = Principle 8: give understandable information
src-principles-p9 = Principle 9: voluntary, informed consent
src-principles-p10 = Principle 10: respect rights, choices and dignity
src-principles-p11 = Principle 11: avoid contacting the authorities without consent
src-principles-p12 = Principle 12: store information securely
