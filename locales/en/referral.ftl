## Referral and rights (flows/referral.yaml)

referral-title = Referral and rights
referral-desc = Where to refer, by need, and health rights by residence status

referral-no-nrm-title = No national referral mechanism
referral-no-nrm-text =
    Norway has no national referral mechanism: no single service gives advice and follow-up to possible victims, wherever in the country they are found.
    That is why the local routine and the local contacts matter. Follow your workplace's routine.
    Check that the service you refer to knows its role and can follow up.

referral-status-title = What is the person's residence status?
referral-status-text =
    The status decides which health rights the person has.
    Ask about the situation, not about who the person is. Choose what fits best.
referral-status-citizen = Norwegian citizen
referral-status-eea = EEA citizen
referral-status-labour = Labour migrant
referral-status-family = Family reunification
referral-status-asylum = Asylum seeker
referral-status-tourist = On a tourist visa
referral-status-undocumented = No legal residence
referral-status-unknown = Do not know, or not settled

referral-st-citizen-title = Norwegian citizen
referral-st-citizen-text =
    Norwegian citizens can be victims of human trafficking too, whatever their gender and age.
    The person in the main has a right to health care.
    Real access may still be reduced, for example by the distance to the service or what it costs.

referral-st-eea-title = EEA citizen
referral-st-eea-text =
    The person in the main has a right to health care.
    Real access may still be reduced: the distance to the service, what it costs, and legal barriers.
    Check what the person is entitled to, so that no one is wrongly turned away.

referral-st-labour-title = Labour migrant
referral-st-labour-text =
    If the person has a residence permit meant to last 12 months or more, they have full health rights.
    For a shorter stay the rights may be more limited. Check what applies.

referral-st-family-title = Family reunification
referral-st-family-text =
    If the person has a residence permit meant to last 12 months or more, they have full health rights, somatic and mental.
    For a shorter stay the rights may be more limited. Check what applies.

referral-st-asylum-title = Asylum seeker
referral-st-asylum-text =
    Asylum seekers have the same right to health care as the rest of the population: somatic and mental health care from the municipality and the specialist health service, including for substance use.
    A person whose application has been finally refused is no longer an asylum seeker, and has the rights of people without legal residence. Go back and choose that instead.

referral-st-tourist-title = On a tourist visa
referral-st-tourist-text =
    The person is in Norway legally, but on a short stay. Their rights may be more limited than for people who live here.
    Cost can become a barrier.
    Check what the person is entitled to, so that no one is wrongly turned away. Give what is urgent.

referral-st-undocumented-title = No legal residence
referral-st-undocumented-text =
    People without legal residence have severely limited access to health care and may be in a particularly vulnerable position.
    The national network holds that their right to health care should not be limited, and that possible victims must have real access, whatever the legal and financial barriers.

referral-st-undoc-rights-title = No legal residence: what the person is entitled to
referral-st-undoc-rights-text =
    Adults are entitled to emergency care, assessment by the specialist health service, and care that is strictly necessary and cannot wait. This covers both somatic and mental health.
    Children under 18 are entitled to necessary health and care services.
    Pregnant women are entitled to necessary care before and after the birth.

referral-st-unknown-title = Status not settled
referral-st-unknown-text =
    Not knowing the status must not stop the help. Assess and treat by need.
    Give what is urgent now. Do not press for more than the help requires.
    Check the rights later, once the status is known.

referral-st-child-title = Children have their own rights
referral-st-child-text =
    Every child under 18 staying in Norway is entitled to necessary health and care services, whatever their residence status.

referral-by-need-title = Assess and treat by need, not by status
referral-by-need-text =
    You should be able to assess and treat the person by their need, not by their legal status.
    Know the rights of the different groups, so that no one is wrongly turned away.
    Barriers can be distance, cost and legal rules. Help the person past them where you can.

referral-reflection-title = Reflection period
referral-reflection-text =
    A possible victim of human trafficking can apply for a reflection period: six months of follow-up, legal aid, health care, and an offer of work and schooling.
    There is no common routine for the follow-up, so what is offered can vary.
    Do not promise more than you know.

referral-needs-title = What does the person need now?
referral-needs-text = Tick what the person needs and wants, and what you have found. You get advice on each item.
referral-need-shelter = A safe place to stay
referral-need-social = Financial or other social help
referral-need-legal = Legal advice
referral-need-health-acute = Urgent health care (somatic or mental)
referral-need-health-ongoing = Further health care (somatic or mental)
referral-need-interpreter = An interpreter when dealing with services
referral-need-violence = Violence in close relationships, forced marriage, social control
referral-need-child = The person may be under 18
referral-need-police = Wants to contact the police
referral-need-return = Wants to go home (voluntary return)

referral-n-shelter-title = A safe place to stay
referral-n-shelter-text =
    There are local arrangements for emergency housing: crisis centres, NAV or voluntary organisations.
    Some places have their own housing and follow-up services for possible victims of human trafficking.
    Follow the local routine. ROSA is in the contact list at the end.

referral-n-social-title = Social help
referral-n-social-text =
    Cooperate with the social services at NAV and other services, so that the help fits the needs the person has.
    Get consent before you share information, and share only what is needed.

referral-n-legal-title = Legal advice
referral-n-legal-text =
    A possible victim is entitled to a free lawyer (bistandsadvokat) for at least 3 hours before the decision whether to report is made.
    Contact goes via ROSA or the police.
    Whether to report is the person's own choice.

referral-n-health-title = Health care, urgent and ongoing
referral-n-health-text =
    There are routines for referral to acute health care, both somatic and mental. If it is urgent: emergency primary care (legevakt) on 116 117. Danger to life: 113.
    Refer on by need, including to mental health care.
    Say whether an interpreter is needed when you refer.

referral-n-interpreter-title = Interpreter
referral-n-interpreter-text =
    Use a qualified interpreter with no tie to the person, the exploiters or the people around them.
    Never use family members or companions as interpreters. Use telephone interpreting only where confidentiality can be kept.
    State the need for an interpreter, and the language, when you refer.

referral-n-violence-title = Other violence
referral-n-violence-text =
    Human trafficking rarely occurs on its own. It is often part of violence in close relationships, forced marriage or negative social control.
    See trafficking and other violence together, and follow up both.

referral-n-child-title = A child: the child welfare service
referral-n-child-text =
    If the person may be under 18, you have a duty to report to the child welfare service. The child's "no" does not change that.
    Work with the child welfare service on further help. Out of hours: the child welfare emergency service.

referral-n-police-title = Police: only with consent, or when a duty applies
referral-n-police-text =
    Do not contact the police or the immigration authorities without the person's consent. The person may have good reasons to stay away from them.
    Discuss acceptable alternatives with the person.
    Exception: when the duty to avert or the duty to report to the child welfare service applies.

referral-n-discreet-title = Give the information discreetly
referral-n-discreet-text =
    If the person may still be in contact with the exploiters, give the referral information discreetly, for example on a small slip of paper that is easy to hide.
    Think about what could happen if someone finds it.

referral-plan-title = Referral: what to do now
referral-act-routine = Follow the local routine for referral. If there is none: ask ROSA for advice.
referral-act-consent = Get consent before you share information with other services, and share only what is needed.
referral-act-shelter = A safe place to stay: contact ROSA, a crisis centre or NAV, following the local routine.
referral-act-social = Social help: contact the social services at NAV, with the person's consent.
referral-act-legal = Legal advice: a victim's lawyer via ROSA or the police, before the decision whether to report.
referral-act-health-acute = Urgent health care: emergency primary care (legevakt) 116 117. Danger to life: 113.
referral-act-health-ongoing = Refer on to further health care, somatic and mental, by need.
referral-act-undocumented = No legal residence: give emergency and strictly necessary care. In Oslo: free care at the health centre for undocumented migrants.
referral-act-interpreter = Book a qualified interpreter with no tie to the person or the people around them.
referral-act-violence = Follow up violence in close relationships, forced marriage or social control. Kompetanseteamet gives advice.
referral-act-child = Possibly a child: report to the child welfare service, and work with them on further help.
referral-act-police = Police: only with the person's consent, or when a duty applies. Offer a victim's lawyer first.
referral-act-return = Voluntary return: IOM Norway assesses the risk of return.
referral-act-reflection = Tell the person about the reflection period (six months). Do not promise more than you know.
referral-act-wants-help = The person wants help: offer to contact the service now, together with the person.
referral-act-later = Give contact details the person can use later, if the situation changes.
referral-act-discreet = Give the referral information discreetly, for example on a small slip of paper that is easy to hide.

## Sources
src-referral-002-followup = 3.1.3 Follow-up measures
src-referral-002-health = 3.1.2 The health service
src-referral-002-rights = 3.2 The right to health care for victims of human trafficking
src-referral-002-citizen = 3.1 The user journey and 3.2 The right to health care for victims of human trafficking
src-referral-002-interpreter = 3.4 Knowledge about victims of human trafficking (interpreters)
src-referral-is1022-rights = The chapter "Rights, responsibilities, organisation": rights of different groups
src-referral-000-violence = Human trafficking as part of the wider field of violence
src-referral-utnyttelse-lawyer = Victim's lawyer (bistandsadvokat)
