## The child track (flows/child-track.yaml)

child-track-title = A possible child under 18
child-track-desc = The duty to report to the child welfare service, the child's view and whom to contact

child-track-grounds-title = Are there concrete grounds to believe the child is being, or will be, mistreated, seriously neglected or exploited?
    .discreet = Are there concrete grounds to believe the child is being, or will be, mistreated, seriously neglected or harmed in another way?
child-track-grounds-text = Something you saw or heard, not just a vague unease. You need not be sure.
child-track-grounds-yes = Yes, there are concrete grounds
child-track-grounds-not-yet = Not yet, only unease
child-track-grounds-why =
    Health personnel must report to the child welfare service on their own initiative, regardless of confidentiality, when there is reason to believe a child is being, or will be, exploited in trafficking (section 33 of the Health Personnel Act, helsepersonelloven). That takes more than a vague suspicion, but neither certainty nor a preponderance of probability.
    The report goes to the child welfare service, not to the police. The duty applies even if the child says no. The child's no does not lift the duty, but the child's view is heard and given weight.
    If it is only unease so far, the duty to report does not apply yet. The guide still says to contact the child welfare service when the person may be under 18: ask for advice. Assess again after the conversation.
    .discreet =
        Health personnel must report to the child welfare service on their own initiative, regardless of confidentiality, when there is reason to believe a child is being, or will be, harmed in this way (section 33 of the Health Personnel Act, helsepersonelloven). That takes more than a vague suspicion, but neither certainty nor a preponderance of probability.
        The report goes to the child welfare service, not to the police. The duty applies even if the child says no. The child's no does not lift the duty, but the child's view is heard and given weight.
        If it is only unease so far, the duty to report does not apply yet. The guide still says to contact the child welfare service when the person may be under 18: ask for advice. Assess again after the conversation.

child-track-when-title = Is the child welfare service open now?
child-track-when-text = Make contact now, not later.
child-track-when-office = Yes, it is office hours
child-track-when-after = No, it is evening, night or the weekend

child-track-done-title = A child: contact the child welfare service now
child-track-done-text = Do this now, before you go on.
child-track-act-report = Report to the child welfare service now. The report says who the child is. The duty applies even if the child says no.
child-track-act-ask = Contact the child welfare service now and ask for advice, without the child's name. If you find concrete grounds for concern, you must report.
child-track-act-office = Office hours: call the local child welfare service.
child-track-act-after = Outside office hours: contact the child welfare emergency service (barnevernvakten.no) or Alarmtelefonen for barn og unge, 116 111.
child-track-act-voice = Tell the child what you do and why, in a way the child understands. Listen to the child's view and give it weight.
child-track-act-voice-later = Tell the child what you do and why only when you can talk alone and it is safe, never while the companion can hear. The report does not wait for that talk.
child-track-act-avert-again = Under 18 is a sign that trafficking is aggravated (section 258 of the Penal Code, straffeloven). If you assessed the duty to avert without knowing the person may be under 18, assess it again.
    .discreet = Under 18 is a sign that it is aggravated (section 258 of the Penal Code, straffeloven). If you assessed the duty to avert without knowing the person may be under 18, assess it again.
child-track-done-why =
    When you ask for advice, you give no name. The report to the child welfare service, by contrast, says who the child is.
    Do not assess the age yourself. Doubt about age goes to the child welfare service, not to UDI or the police.
    Bufdir's advice line advises on cases about children on weekdays. Advice comes in addition to the report, not instead of it.
    When you decide on the child's behalf, the child's best interest is the overriding concern.

## Sources
src-child-politiet-minors = Advice on human trafficking: report concerns about vulnerable children and young people
    .discreet = Report concerns about vulnerable children and young people
