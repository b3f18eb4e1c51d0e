## Flow: case (the whole case)

case-title = New case: concern about human trafficking
    .discreet = New case: concern about a patient
case-desc = Step by step: danger, age, a serious crime, the conversation, the outcome and referral

case-summary-title = What to do next
case-summary-text = Go through the points. The tool stores nothing. This list, and the path you took in the tool, is not a journal note.
case-summary-cws-follow = Follow up with the child welfare service: what happens next, and who is responsible for the child?
case-summary-move = If the person may be moved before you meet again: with consent, hand on to the next health service only what it needs. At an arrival centre the centre decides the move: ask its health service who follows up.
case-journal-title = Write it in the patient journal
case-journal-text = Tick what you have written. The path you took in this tool is not a journal note.
case-journal-where = In the patient journal, not on loose notes or in separate folders
case-journal-seen = What you saw and measured, and what the person said, in their own words
case-journal-interpreter = Who interpreted: the language and the interpreter's number
case-journal-informed = What you informed the person about
case-journal-consent = Which consent you got: to what, and to whom
case-journal-shared = What you shared, with whom, and on what ground: consent, the duty to report or the duty to avert
case-journal-not = No guesses written as findings, and not where the person will stay
case-journal-why =
    The journal is the record of the health care. Keep information about the person securely; the tool stores nothing.
    Write what you assessed and did, and why, so that the next health service can build on it without the person telling it all again.
    What is in the journal may be read by others later. A guess written as a finding can follow the person; an address can put them in danger.
case-summary-why =
    The list gathers what to do from every step of the case, each once: now, today and later.
    The duties in force come first. They apply until they are fulfilled.

## The stages of the case, short, for the stage line
case-stage-triage = Triage
case-stage-conversation = Conversation
case-stage-outcome = Outcome
case-stage-referral = Referral
case-stage-journal = Journal
case-stage-summary = Summary
