## Flow: case (the whole case)

case-title = New case: concern about human trafficking
    .discreet = New case: concern about a patient
case-desc = Step by step: danger, age, a serious crime, the conversation, the outcome and referral

case-summary-title = What to do next
case-summary-text = Go through the points. The tool stores nothing.
case-summary-cws-follow = Follow up with the child welfare service: what happens next, and who is responsible for the child?
case-summary-record = Record in the journal what you did and why, by your workplace's routine.
case-summary-why =
    The list gathers what to do from every step of the case, each once: now, today and later.
    The duties in force come first. They apply until they are fulfilled.
