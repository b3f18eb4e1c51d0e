## Flow: case (the whole case)

case-title = New case: concern about human trafficking
    .discreet = New case: concern about a patient
case-desc = Step by step: danger, age, a serious crime, the conversation, the outcome and referral

case-summary-title = What to do next
case-summary-text = Go through the points. The tool stores nothing. This list, and the path you took in the tool, is not a journal note.
case-summary-cws-follow = Follow up with the child welfare service: what happens next, and who is responsible for the child?
case-summary-move = If the person may be moved before you meet again, for example from an asylum reception centre: with consent, hand on to the next health service only what it needs, and tell the person how to get care after the move.
case-summary-move-arrival = People are often moved on from the arrival centre within days, and the centre decides the move: ask its health service who follows up. With consent, hand on to the next health service only what it needs.
case-journal-where = Write it in the patient journal, not on loose notes or in separate folders
case-journal-seen = What you saw and measured, and what the person said, in their own words
case-journal-seen-story = The story: what the person said, and what did not fit, as said, not as your conclusion
case-journal-seen-companion = The companion: what you saw (who spoke, who would not leave, the calls), not who you think they are
case-journal-seen-body = Injuries and health: what you found and measured, and what the person said caused it
case-journal-seen-work = Work, money and papers: what the person said about housing, pay, debt and papers, in their own words
case-journal-seen-where = That the person did not know the address, the place or the date, as you observed it
case-journal-seen-child = For the child: what you saw of the adult close by, school and the child's things, as observed
case-journal-age = Why you think the person may be under 18: what you saw and heard, the age the person gave, and the age registered
case-journal-child-of-person = The person's child: what was said about the child, where the child is, and the report to the child welfare service (when, and to whom)
case-journal-acute = What needed action at once, what you did, and whom you called, when
case-journal-interpreter = Who was present, and who interpreted (in person or by phone): the language and dialect, and the interpreter's ID in the national register of interpreters (Nasjonalt tolkeregister)
case-journal-informed = What you informed the person about
case-journal-consent = Which consent you got: to what, and to whom (consent covers that one situation or service)
case-journal-shared = Your assessment, and what you shared, with whom and on what ground (consent, the duty to report, the duty to avert: when confidentiality was set aside), or that you chose to contact no one, and why
case-journal-not = No guesses written as findings, and not where the person will stay
case-summary-why =
    The list gathers what to do from every step of the case, each once: now, today and later.
    The duties in force come first. They apply until they are fulfilled.
    The journal is the record of the health care. Keep information about the person securely; the tool stores nothing.
    Write what you assessed and did, and why, so that the next health service can build on it without the person telling it all again.
    What is in the journal may be read by others later. A guess written as a finding can follow the person; an address can put them in danger.

## The stages of the case, short, for the stage line
case-stage-triage = Triage
case-stage-setting = Place
case-stage-signs = Signs
case-stage-conversation = Talk
case-stage-outcome = Outcome
case-stage-referral = Referral
case-stage-summary = Summary

case-calm-age-title = When the emergency is dealt with: is there reason to believe the person is under 18?

## Where the service works: asked once after triage, unless the local file gives it
case-setting-title = Where do you meet the person?
case-setting-text = A few points of advice depend on the place. Asked once; a service can give it in its local file instead.
case-setting-arrival = At the arrival centre for asylum seekers
case-setting-reception = At an asylum reception centre
case-setting-health = At a GP's surgery, an emergency clinic or a health centre
case-setting-hospital = At a hospital
case-setting-social = At the social services (NAV) or another service
case-setting-why =
    At the arrival centre the police immigration unit is in the same building, every arrival gets the same slip, and people are often moved on within days: the centre decides the move. From a reception centre a move is possible too. Elsewhere these points do not apply, and the tool leaves them out.
    The answer says nothing about the person. A service sets its place once in its local contact file (`setting:`, see the README), and then this question is not asked.
