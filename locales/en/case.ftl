## Flow: case (the whole case)

case-title = New case: concern about human trafficking
case-desc = Step by step: urgent checks, the conversation, outcome and referral

case-summary-title = Summary: what to do now
case-summary-text =
    Go through the points. Write down what you need according to your
    local routine: the tool keeps nothing.
case-summary-minor = A possible child: check that the child welfare service has been told. The child's no does not change that.
case-summary-avert = Duty to avert: check that the police have been notified, or the crime averted in another way.
case-summary-undocumented = No legal residence: that alone is a major risk of exploitation. Plan the follow-up.
case-summary-no-repeat = Do not make the person retell their story to others: ask consent to pass on what is needed.
