## Flow: triage (always first in a case)

triage-title = First: is anything urgent?
triage-desc = Acute danger, age, a serious crime, a companion

## Sections of IS-1022 (external)
src-is-1022-6-guidance = Chapter 6: "Do you suspect that a person is being exploited?"
    .discreet = Chapter 6
src-is-1022-6-4-acute = Chapter 6.4: Acute situations, and advice on planning the conversation
src-is-1022-6-4-minors = Chapter 6.4: Minors
src-is-1022-6-4-planning = Chapter 6.4: Practical advice on planning the conversation

## Acute danger
triage-acute-q-title = Is the person in danger now?
triage-acute-q-text = Choose what fits right now.
triage-acute-q-emergency = Yes, an emergency: life or health at risk now
triage-acute-q-protection = The person needs protection, but it is not an emergency
triage-acute-q-no = No, no acute danger
triage-acute-q-why =
    Life or health at risk now means, for example, serious injury or illness, violence or threats going on, or an acute crisis.
    Then emergency help and safety come first. The conversation about your concern waits until the person is safe.

triage-acute-title = Safety first
triage-acute-text = The conversation waits. Life, health and safety come first.
triage-acute-call = Call 113 if life or health is at risk. Call 112 if there is violence or a threat now.
triage-acute-protect = Tell the person you are worried for their safety. Talk about the alternatives together, such as a safe place to stay through ROSA (over 18).
triage-acute-protect-minor = Under 18: tell the child you are worried for their safety, and contact the child welfare service or the child welfare emergency service now.
triage-acute-police = Contact the police (02800) with the person's consent. Without consent only when the law requires it: the duty to avert (section 196 of the Penal Code, straffeloven) or section 31 of the Health Personnel Act (helsepersonelloven).
triage-acute-police-minor = Under 18: the child welfare service (the child welfare emergency service out of hours) decides on the child's protection with you, and on whether the police are to be involved. Do not call the police yourself on the child's behalf, unless someone is in danger now (112) or a legal duty requires it.
triage-acute-needs = Meet basic needs first: safety, rest, food and drink. The conversation can wait.
triage-acute-duties = When things are calm: if a serious crime may be going on, assess the duty to avert (a new case in the tool walks it), and hold the conversation when the person is safe.
triage-acute-why =
    In an emergency you act at once, also without consent.
    When the person needs protection and it is not an emergency, the guide says the police can be contacted. The principles for the conversation say not to contact the police without consent. So: talk with the person first, find alternatives together, and ask for consent.
    Without consent you contact the police only when a legal duty applies: the duty to avert, or when it is needed to avert serious harm to a person (section 31 of the Health Personnel Act, helsepersonelloven).

## A possible child
triage-age-title = Is there reason to believe the person is under 18?
triage-age-text = The age the person states, or that is registered in the asylum case, does not settle it. If appearance, behaviour, the story or other concrete grounds point to under 18: answer yes.
triage-age-yes = Yes, the person may be under 18
triage-age-no = No, no reason to believe it
triage-age-why =
    If the age is uncertain and there is reason to believe the person is under 18, treat the person as a child until the age is settled.
    An age assessment in the asylum case does not remove the reason you have.
    Do not assess the age yourself. Doubt about age goes to the child welfare service, not to UDI or the police.
triage-child-title = A possible child

## A serious crime: only routes to the assessment
triage-crime-title = Could a serious crime be going on, or about to happen?
triage-crime-text = For example trafficking, forced marriage, other serious violence or sexual abuse.
    .discreet = For example someone having to work or marry against their will, serious violence or sexual abuse.
triage-crime-yes = Yes, maybe
triage-crime-unsure = I am not sure
triage-crime-no = No
triage-crime-why =
    This answer only decides whether you assess the duty to avert (section 196 of the Penal Code, straffeloven). It raises no duty.
    The next steps ask what you know: do you hold it certain or most likely, and can it still be averted? Only then does the duty apply.
triage-avert-title = The duty to avert

## A companion
triage-companion-title = Can you hold the conversation now, alone with the person?
triage-companion-text = Alone: if someone is with them, do not force a separation. Find a real, harmless reason to see the person alone, never an examination the person has not agreed to. Do not use the companion as interpreter. Now: you have time, a private room and a qualified interpreter if one is needed.
triage-companion-alone = Yes, the person is alone
triage-companion-found = Yes, I found a real, harmless reason to talk with the person alone
triage-companion-present = No, the companion stays
triage-companion-why =
    A companion may be tied to those behind it. Do not say what worries you while the companion can hear.
    Reception staff, guards and the police are not the health service either: they are not in the room, and they get nothing without the person's consent: a legal duty goes to the police (section 196 of the Penal Code, straffeloven) or the child welfare service, never to the centre. The centre's routine does not replace confidentiality.
    If you cannot talk with the person alone now, keep in touch and come back, for example with a new appointment.
    You need not be sure to ask for advice. You can also let someone with more experience hold the conversation.
    An unsafe conversation can put the person in danger. Waiting is better than pushing for a conversation.

triage-hold-advice = I ask for advice first
triage-hold-not-safe = It is not safe to talk now

triage-ready-title = Ready for the conversation

triage-advice-title = Ask for advice before the conversation
triage-advice-text = Describe the situation, not the person.
triage-advice-rosa = Call ROSA and ask for advice. Do not give a name or anything else that identifies the person.
triage-advice-bufdir = Under 18: call Bufdir's advice line and ask for advice. Do not give the child's name.
triage-advice-bufdir-report = Under 18: the report to the child welfare service does not wait for advice. Beside it, you can call Bufdir's advice line and ask for advice on the case.
triage-advice-why = ROSA advises professionals, day and night. Bufdir's advice line advises on cases about children, on weekdays. Advice does not replace a report when the duty to report applies.
triage-slip = Give information about help discreetly: the same small slip every arrival gets, with rights and ROSA's number, easy to hide.
triage-slip-any = Give information about help discreetly: a small slip with rights and ROSA's number, easy to hide. Where your service gives the same slip to everyone, use that one.
triage-appointment = Make a new appointment soon, with a natural reason, such as a sample or a check-up.

triage-later-title = Not safe now: keep in touch
triage-later-text = Waiting is better than pushing for a conversation. Give the care the person came for today, as you would anyone else's.
triage-later-duties = The duties in force do not wait for the next meeting: act on them today.
triage-later-advice = Ask for advice in the meantime: ROSA, or Bufdir's advice line for a child. Do not give names.
triage-later-prepare = Prepare the next meeting: a private room, a qualified interpreter and information about help.
triage-later-why =
    A conversation the companion can hear, or one held in haste, can put the person in danger.
    Keep in touch, and give the person a reason to come back.
