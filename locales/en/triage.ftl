## Flow: triage (always first in a case)

triage-title = First: is anything urgent?
triage-desc = Acute danger, a serious crime, a possible child, a companion

## Sections of IS-1022 (external)
src-is-1022-6-guidance = Chapter 6: "Do you suspect that a person is being exploited?"
src-is-1022-6-avert = Chapter 6: Duty to avert
src-is-1022-6-4-acute = Chapter 6.4: Acute situations, and advice on planning the conversation
src-is-1022-6-4-minors = Chapter 6.4: Minors
src-is-1022-6-4-planning = Chapter 6.4: Practical advice on planning the conversation

## Acute danger
triage-acute-q-title = Is the person in acute danger now?
triage-acute-q-text =
    Danger to life or health right now: serious injury or illness,
    violence or threats going on, or an acute crisis.
triage-acute-q-yes = Yes, acute danger or an acute crisis
triage-acute-q-no = No, not acute

triage-acute-title = Acute danger: emergency help first
triage-acute-text = The conversation about exploitation must wait. Life, health and safety come first.
triage-acute-call = Call 113 if life or health is in danger. Call 112 if there is violence or a threat now.
triage-acute-protect = If the person needs protection now but it is not an emergency: contact the police.
triage-acute-needs = Meet basic needs first: safety, rest, food, drink and support.
triage-acute-later = Hold the conversation later, when the person feels safe.
triage-acute-minor = Could the person be under 18? Also contact the child welfare service or the child welfare emergency service.
triage-acute-again = Start a new case in the tool when things are calm.

## A section 196 crime
triage-crime-title = Could a serious crime be going on, or about to happen?
triage-crime-text =
    The duty to avert (Penal Code section 196) covers, among others,
    aggravated trafficking and forced marriage. Markers of aggravated
    trafficking: the person is under 18, gross violence or coercion,
    or substantial profit. Answer yes if it is certain or most likely.
triage-crime-yes = Yes, it is certain or most likely
triage-crime-unsure = I am not sure
triage-crime-no = No
triage-avert-title = The duty to avert

## A possible child
triage-age-title = Could the person be under 18?
triage-age-text =
    Answer yes also when the age is unknown but there is reason to
    think the person is under 18.
triage-age-yes = Yes, or the age is unknown and may be under 18
triage-age-no = No, no reason to think so
triage-child-title = The child track

## A companion
triage-companion-title = Can you talk to the person alone?
triage-companion-text =
    If someone is with the person, that companion may be linked to
    the exploiters. Never use the companion as an interpreter, even if
    it is offered.
triage-companion-alone = Yes, the person is alone, or we can talk alone
triage-companion-present = No, someone is with the person

triage-pretext-title = Do not force a separation
triage-pretext-text =
    Find a natural reason to see the person alone: an examination
    that has to be done, a sample, or a new appointment soon. Do not
    say what worries you while the companion can hear. If it does not
    work now: keep in contact and come back.
triage-alone-now-title = Did you get to talk to the person alone?
triage-alone-now-yes = Yes, we are alone now
triage-alone-now-no = No, not now

## Hold the conversation, or get advice first
triage-hold-title = Hold the conversation now, or get advice first?
triage-hold-text =
    Think about whether you can hold a good and safe conversation now:
    do you have time, a private room and a safe interpreter if one is
    needed? You can get advice first, or let someone with more
    experience hold it.
triage-hold-now = I will hold the conversation now
triage-hold-advice = I will get advice or refer first
triage-hold-not-safe = The conditions are not safe now

triage-ready-title = Ready for the conversation
triage-ready-text = The next steps show how to open, ask and listen.
triage-ready-companion = The companion must not be in the room, and must not interpret.

triage-advice-title = Get advice before the conversation
triage-advice-text =
    Describe the situation, not the person. You do not need to be
    sure to ask for advice.
triage-advice-rosa = Call ROSA: they advise professionals on trafficking cases.
triage-advice-bufdir = A possible child: Bufdir's advice function advises on specific cases.
triage-advice-anonymous = Do not give a name or anything else that could identify the person without consent.
triage-advice-contact = Keep in contact: book a new appointment soon, with a natural reason.

triage-later-title = Keep in contact and come back
triage-later-text =
    An unsafe conversation can put the person at risk. It is better
    to wait than to force a conversation now.
triage-later-appointment = Book a new appointment soon, with a natural reason, e.g. a test or a check-up.
triage-later-slip = Give information about help only if it can be done discreetly, e.g. on a small slip.
triage-later-prepare = Prepare the next meeting: a private room, a safe interpreter and referral information.
triage-later-minor = A possible child: contact the child welfare service now, not at the next meeting.
triage-later-avert = The duty to avert does not wait for the next meeting: act now.
triage-later-advice = Consider getting advice meanwhile, e.g. from ROSA.
