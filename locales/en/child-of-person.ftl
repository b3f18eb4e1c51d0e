## A child of the person (flows/child-of-person.yaml)

child-of-person-title = A child of the person
child-of-person-desc = The duty to report to the child welfare service about the person's child, and whom to contact

child-of-person-grounds-why =
    Health personnel must report to the child welfare service on their own initiative, regardless of confidentiality, when there is reason to believe a child is being, or will be, exploited (section 33 of the Health Personnel Act, helsepersonelloven). That holds for the person's child too. It takes more than a vague suspicion, but neither certainty nor a preponderance of probability.
    A child of the person can be used to put pressure on them. The report goes to the child welfare service, not to the police.
    If it is only unease so far, the duty to report does not apply yet: ask the child welfare service for advice, without names.
    .discreet =
        Health personnel must report to the child welfare service on their own initiative, regardless of confidentiality, when there is reason to believe a child is being, or will be, harmed in this way (section 33 of the Health Personnel Act, helsepersonelloven). That holds for the person's child too. It takes more than a vague suspicion, but neither certainty nor a preponderance of probability.
        A child of the person can be used to put pressure on them. The report goes to the child welfare service, not to the police.
        If it is only unease so far, the duty to report does not apply yet: ask the child welfare service for advice, without names.

child-of-person-done-title = The person's child: contact the child welfare service now
child-of-person-act-report = The person's child: report to the child welfare service now (office hours: the local service; otherwise the child welfare emergency service or 116 111). The report says who the child is. Where it is safe, tell the person what you do and why.
child-of-person-act-ask = The person's child: contact the child welfare service now and ask for advice, without names (office hours: the local service; otherwise the child welfare emergency service or 116 111). If you find concrete grounds for concern, you must report.
child-of-person-done-why =
    When you ask for advice, you give no name. The report to the child welfare service, by contrast, says who the child is.
    Bufdir's advice line advises on cases about children on weekdays. Advice comes in addition to the report, not instead of it.
    The same threshold applies to the person's child as to any child: concrete grounds, not certainty.
