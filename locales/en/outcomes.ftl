## Flow: outcomes (after the conversation, seed 004)

outcomes-title = After the conversation
outcomes-desc = What came out of it, and what do you do now?

## Sections of seed 004
src-004-outcomes = After the conversation: possible outcomes
src-004-wants-help = Exploited, wants help
src-004-no-help = Exploited, does not want help
src-004-refuted = Trafficking is ruled out
src-004-unclear = The situation is still unclear

## The question
outcomes-which-title = What came out of the conversation?
outcomes-which-text =
    Many people who are exploited will not talk about it. Often things
    are no clearer after one conversation. Choose what fits best.
outcomes-which-strengthened = My concern is stronger, but the person does not confirm it
outcomes-which-lessened = My concern is ruled out or lessened
outcomes-which-no-help = The person confirms exploitation but does not want help
outcomes-which-wants-help = The person confirms exploitation and wants help
outcomes-which-unclear = It is still unclear

## Actions used by several outcomes
outcomes-trust = Build trust over several conversations. Do not press for answers.
outcomes-new-appointment = Offer a new appointment with a natural reason, e.g. new tests, or more information about a service.
outcomes-discreet-info = Tell the person where to get help, discreetly, e.g. on a small slip that is easy to hide.
outcomes-get-advice = Discuss the case with ROSA, who advise professionals. Do not say who the person is.

## 1. Concern strengthened, not confirmed
outcomes-strengthened-title = Concern stronger, but not confirmed
outcomes-strengthened-text =
    The person has told you nothing, but you are more worried than
    before. Follow it up as an unresolved case. This is not a failure:
    the conversation may make it easier for the person to speak or to
    seek help later.

## 2. Concern ruled out or lessened
outcomes-lessened-title = Concern ruled out or lessened
outcomes-lessened-text =
    Even if it is not human trafficking, the person is usually in a
    hard situation. Do not end the follow-up for that reason.
outcomes-lessened-look = Look for violence in close relationships, negative social control and forced marriage.
outcomes-lessened-residence = Does the person lack legal residence? That alone is a major risk of exploitation later.
outcomes-lessened-follow = Take up the other problems you have found, and follow them up.
outcomes-lessened-forced-marriage = Forced marriage that is going on or most likely about to happen falls under the duty to avert.
outcomes-lessened-rights = Rights depend on residence status: see referral and rights.

## 3. Confirms exploitation, does not want help
outcomes-no-help-title = Confirms exploitation, does not want help
outcomes-no-help-text =
    An adult may say no to help. Respect that, and make sure the
    person knows where to find help if they change their mind or
    things get worse.
outcomes-no-help-respect = Respect the choice. Do not press.
outcomes-no-help-minor = The person may be under 18: a no does not lift the duty to report. Report to the child welfare service.
outcomes-no-help-avert = The duty to avert still applies: the person's no does not lift it.
outcomes-no-help-rights = Tell the person about their rights.
outcomes-invite-back = Say that the person can always contact you again.
outcomes-no-police = Do not contact the police or immigration authorities without consent, unless a legal duty applies.

## 4. Confirms exploitation, wants help
outcomes-wants-help-title = Confirms exploitation, wants help
outcomes-wants-help-text =
    Now you act. What you do depends on the situation and on what the
    person wants.
outcomes-wants-help-offer = Always offer to contact a relevant service straight away.
outcomes-wants-help-consent = Get consent before you share anything, and share only what is needed.
outcomes-wants-help-later = If the person would rather make contact later themselves: tell them where and how, discreetly.
outcomes-wants-help-new = Then offer a new appointment, in case making contact alone turns out to be hard.
outcomes-wants-help-referral = Choose the service by need: see referral and rights.

## Still unclear
outcomes-unclear-title = Still unclear
outcomes-unclear-text =
    Not getting a yes or a no is not a failure. Many people have
    reasons not to tell, and some do not see themselves as exploited.
    The conversation may still have set something in motion.
outcomes-unclear-time = Take time to build trust. Plan several conversations.
