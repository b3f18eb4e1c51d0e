## Flow: outcomes (after the conversation, seed 004)

outcomes-title = After the conversation
outcomes-desc = What came out of it, and what do you do now?

## Sections of seed 004
src-004-outcomes = After the conversation: possible outcomes
src-004-wants-help = Exploited, wants help
    .discreet = Confirms it, wants help
src-004-no-help = Exploited, does not want help
    .discreet = Confirms it, does not want help
src-004-refuted = Trafficking is ruled out
    .discreet = The concern is ruled out
src-004-unclear = The situation is still unclear

## The question
outcomes-which-title = What came out of the conversation?
outcomes-which-text = Choose what fits best.
outcomes-which-why =
    Many people who are exploited are reluctant to talk about it, for many reasons. Often things are no clearer after one conversation.
    The Directorate of Health names four outcomes; "still unclear" is the fifth answer here. Each outcome gives you what to do now, today and later.
    .discreet =
        Many people in a hard situation are reluctant to talk about it, for many reasons. Often things are no clearer after one conversation.
        The Directorate of Health names four outcomes; "still unclear" is the fifth answer here. Each outcome gives you what to do now, today and later.
outcomes-which-strengthened = My concern is stronger, but the person has not confirmed it
outcomes-which-lessened = My concern is ruled out or lessened
outcomes-which-no-help = The person confirms what you were concerned about, but does not want help
    .discreet = The person confirms it, but does not want help
outcomes-which-wants-help = The person confirms what you were concerned about, and wants help
    .discreet = The person confirms it, and wants help
outcomes-which-unclear = It is still unclear

## A possible child confirms it: the duty to report, and section 196 again
outcomes-child-title = Under 18: the duty to report applies now
outcomes-child-text =
    The child's own account is reason to believe the child is being exploited. Report to the child welfare service, even if the child says no.
    Listen to the child's view and give it weight. Tell the child what you will do.
    .discreet =
        What the child has told you is reason to believe the child is being harmed. Report to the child welfare service, even if the child says no.
        Listen to the child's view and give it weight. Tell the child what you will do.
outcomes-child-why =
    Health personnel must report to the child welfare service, on their own initiative and whatever their confidentiality, when there is reason to believe that a child is or will be exploited (section 33 of the Health Personnel Act, helsepersonelloven; section 13-2 of the Child Welfare Act, barnevernsloven). "Reason to believe" needs concrete grounds, not certainty; a child's own account is such a ground. Anyone under 18 is a child.
    The report goes to the child welfare service, not to the police. It names the child. To ask for advice first (Bufdir's advice line), give no name.
    Next you check the duty to avert (again), unless you have already found that it applies: a crime against a child may also fall under section 196.
    .discreet =
        Health personnel must report to the child welfare service, on their own initiative and whatever their confidentiality, when there is reason to believe that a child is or will be harmed in this way (section 33 of the Health Personnel Act, helsepersonelloven; section 13-2 of the Child Welfare Act, barnevernsloven). "Reason to believe" needs concrete grounds, not certainty; a child's own account is such a ground. Anyone under 18 is a child.
        The report goes to the child welfare service, not to the police. It names the child. To ask for advice first (Bufdir's advice line), give no name.
        Next you check the duty to avert (again), unless you have already found that it applies: a crime against a child may also fall under section 196.
outcomes-avert-title = Under 18: check the duty to avert

## Actions used by several outcomes
outcomes-new-appointment = Offer a new appointment with a natural reason, e.g. new tests or more information about a service. Say that the person can contact you again. Do not press for answers: trust takes several conversations.
outcomes-discreet-info = Tell the person where to get help, discreetly, e.g. on a small slip that is easy to hide.
outcomes-get-advice = Ask ROSA for advice on the case. Do not say who the person is.
outcomes-get-advice-minor = Ask Bufdir's advice line for advice on the case. Do not say who the child is.
outcomes-minor-report = Under 18: report to the child welfare service, even if the child says no. Listen to the child's view, and tell the child what you will do.

## 1. Concern strengthened, not confirmed
outcomes-strengthened-title = Concern stronger, but not confirmed
outcomes-strengthened-text = Follow it up as an open case. This is not a failure.
outcomes-strengthened-why =
    The person has not confirmed anything, but you are more worried than before. People can have many reasons not to tell, and some do not see themselves as exploited.
    The conversation may make it easier for the person to tell, or to seek help, later. Be creative with reasons for new appointments.
    .discreet =
        The person has not confirmed anything, but you are more worried than before. People can have many reasons not to tell, and some do not see their own situation as harmful.
        The conversation may make it easier for the person to tell, or to seek help, later. Be creative with reasons for new appointments.

## 2. Concern ruled out or lessened
outcomes-lessened-title = Concern ruled out or lessened
outcomes-lessened-text = The person is usually still in a hard situation. Do not end the follow-up.
outcomes-lessened-why =
    Even when it is not human trafficking, the person is usually in a hard situation: violence or abuse in close relationships, negative social control, forced marriage, or no legal residence. No legal residence is itself a major risk of being exploited later.
    Take up what you have found and follow it up. Abuse in close relationships and forced marriage can also fall under the duty to avert (section 196 of the Penal Code, straffeloven).
    .discreet =
        Even when the first concern is ruled out, the person is usually in a hard situation: violence or abuse in close relationships, negative social control, a marriage against their will, or no legal residence. No legal residence is itself a major risk of harm later.
        Take up what you have found and follow it up. Abuse in close relationships and marriage against a person's will can also fall under the duty to avert (section 196 of the Penal Code, straffeloven).
outcomes-lessened-look = Ask about violence or abuse in close relationships, negative social control and forced marriage. Follow up what you find. Do not end the follow-up because the first concern was ruled out.
    .discreet = Ask about violence or abuse in close relationships, negative social control and marriage against the person's will. Follow up what you find. Do not end the follow-up because the first concern was ruled out.
outcomes-lessened-avert-report = Abuse in close relationships or forced marriage going on or most likely about to happen can bring the duty to avert. If unsure: read plikt.no, or ask Kompetanseteamet for advice. The report to the child welfare service is in force already and does not wait for that advice.
    .discreet = Abuse in close relationships or a marriage against the person's will, going on or most likely about to happen, can bring the duty to avert. If unsure: read plikt.no, or ask Kompetanseteamet for advice. The report to the child welfare service is in force already and does not wait for that advice.
outcomes-lessened-avert = Abuse in close relationships or forced marriage going on or most likely about to happen can bring the duty to avert. If unsure: read plikt.no. About forced marriage, honour-related violence or negative social control, ask Kompetanseteamet for advice without giving the name.
    .discreet = Abuse in close relationships or a marriage against the person's will, going on or most likely about to happen, can bring the duty to avert. If unsure: read plikt.no. About a marriage against the person's will, honour-related violence or negative social control, ask Kompetanseteamet for advice without giving the name.
outcomes-lessened-residence = No legal residence? That alone is a major risk of being exploited later. Make sure the person knows their health rights.
    .discreet = No legal residence? That alone is a major risk of harm later. Make sure the person knows their health rights.

## 3. Confirms the concern, does not want help
outcomes-no-help-title = Confirms the concern, does not want help
    .discreet = Confirms it, does not want help
outcomes-no-help-text = Keep the door open: the person can come back, or change their mind.
outcomes-no-help-why =
    An adult's choice to say no to help must be respected. Make sure the person knows their rights and where to get help if they change their mind or things get worse, and offer a new appointment or invite the person to come back.
    The police and the immigration authorities: not without the person's consent. Without consent, the police only in an emergency, or when a legal duty requires it: the duty to avert (section 196 of the Penal Code, straffeloven) or section 31 of the Health Personnel Act (helsepersonelloven). The immigration authorities only with the adult's consent, and for the person's own case.
    For a person under 18 the child's no does not lift the duty to report to the child welfare service; the child's view is still heard and given weight.
outcomes-no-help-respect-duty = Respect the choice as far as the law lets you, and do not press. The duty to avert still applies: it does not depend on the person's yes. Where it is safe, tell the person what you must do.
outcomes-no-help-respect-police = Respect the choice. Do not press. Do not contact the police or the immigration authorities without the person's consent: the police only in an emergency or when a legal duty applies (section 196 of the Penal Code, straffeloven; section 31 of the Health Personnel Act, helsepersonelloven); the immigration authorities only with the adult's consent, for the person's own case.
outcomes-no-help-rights = Tell the person about their rights, and where to get help if they change their mind or things get worse. Discreetly, e.g. on a small slip. Offer a new appointment.
outcomes-no-police = Do not contact the police or the immigration authorities without the person's consent. Without consent: the police only in an emergency or when a legal duty applies (section 196 of the Penal Code, straffeloven; section 31 of the Health Personnel Act, helsepersonelloven); the immigration authorities only with the adult's consent, for the person's own case.

## 4. Confirms the concern, wants help
outcomes-wants-help-title = Confirms the concern, wants help
    .discreet = Confirms it, wants help
outcomes-wants-help-text = Act now, as the person wants.
outcomes-wants-help-why =
    When the person tells you about being exploited and wants help, you must act. Depending on the situation and what the person wants, contact a relevant service at once (always offer this), or tell the person where to turn on their own later.
    In the second case, offer a new appointment, in case making contact alone turns out to be hard. The referral step next helps you choose the service by need.
    .discreet =
        When the person tells you about what is happening and wants help, you must act. Depending on the situation and what the person wants, contact a relevant service at once (always offer this), or tell the person where to turn on their own later.
        In the second case, offer a new appointment, in case making contact alone turns out to be hard. The referral step next helps you choose the service by need.
outcomes-wants-help-offer = Always offer to contact a relevant service now, together with the person, by your local routine (no routine: ask ROSA for advice, without the name). Get consent first, and share only what is needed.
outcomes-wants-help-offer-minor = Under 18: the help goes through the child welfare service, and the report names the child. Offer to contact it together with the child now; listen to the child's view and give it weight.
outcomes-wants-help-later = Would the person rather make contact later? Say where and how, discreetly, and offer a new appointment in case making contact alone turns out to be hard.

## Still unclear
outcomes-unclear-title = Still unclear
outcomes-unclear-text = Not getting a yes or a no is not a failure. Plan several conversations.
outcomes-unclear-why =
    People can have many reasons not to tell, and some do not see themselves as exploited. It may take time and several conversations to build trust. Be creative with reasons for new appointments.
    The conversation may still have set something in motion that makes it easier for the person to tell, or to seek help, later.
    .discreet =
        People can have many reasons not to tell, and some do not see their own situation as harmful. It may take time and several conversations to build trust. Be creative with reasons for new appointments.
        The conversation may still have set something in motion that makes it easier for the person to tell, or to seek help, later.
