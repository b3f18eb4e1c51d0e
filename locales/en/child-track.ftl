## The child track (flows/child-track.yaml)

child-track-title = Child track: possibly a child under 18
child-track-desc = Duty to report to child welfare, the child's best interest, whom to contact

child-track-duty-title = Possibly a child: you have a duty to report
child-track-duty-text =
    If you are concerned that a child is a victim of human trafficking, or is at risk of becoming one, you must report it to the child welfare service.
    The duty applies whatever else you find out.
    Contact the child welfare service before you hold the conversation about exploitation.

child-track-age-title = Age uncertain? Treat the person as a child
child-track-age-text =
    If the age is unknown and there is reason to believe the person is under 18, treat the person as a child until the age has been established.
    A child cannot choose alone to stay in the exploitation or to refuse help.
    The child welfare service is responsible for every child in Norway, including children without a residence permit.
    Unaccompanied minors have the right to a representative or guardian.

child-track-no-title = The child's "no" does not lift the duty to report
child-track-no-text =
    If the child says they do not want help, you must still report.
    Respecting a refusal of help applies to adults, not to children.
    Do not promise the child to keep this secret. Tell them instead what you are going to do, and why.

child-track-voice-title = The child has the right to be heard
child-track-voice-text =
    The principles for the conversation apply to children too.
    The child has the right to take part in decisions that affect them. Give information the child can understand, and listen to the child's view.
    When you decide on the child's behalf, the child's best interest is the overriding concern. Follow the procedures that apply.

child-track-ongoing-title = Could the exploitation be going on now, or soon?
child-track-ongoing-text =
    A victim under 18 is one of the markers of aggravated trafficking.
    Aggravated trafficking falls under the duty to avert when it is certain or most likely that it is going on or will happen, and it can still be averted.
child-track-ongoing-yes = Yes, it is certain or most likely
child-track-ongoing-unsure = I am not sure
child-track-ongoing-no = No

child-track-avert-title = Duty to avert: notify the police
child-track-avert-text =
    The duty to avert applies to everyone and overrides confidentiality.
    Notify the police, or avert the crime in another way. If the child is in danger now: call 112.
    Report to the child welfare service as well.
    There is more on the duty in the guide on the duty to avert.

child-track-when-title = When do you report?
child-track-when-text = Report now, not later. Choose what applies right now.
child-track-when-office = Office hours: the child welfare service is open
child-track-when-after = Out of hours: evening, night or weekend

child-track-office-title = Call the child welfare service now
child-track-office-text =
    Call the local child welfare service now, before the conversation about exploitation.
    Say what you have seen and heard, and what worries you.
    Follow your workplace's routine for a written report.

child-track-after-title = Out of hours: the child welfare emergency service
child-track-after-text =
    Contact the local child welfare emergency service now. You can find it at barnevernvakten.no.
    The alarm line for children and young people is also open when the child welfare service is closed.
    Do not wait until the office opens. If the child is in danger now: call 112.

child-track-advice-title = Not sure? Get advice on the case
child-track-advice-text =
    Bufdir's national advice function gives advice on cases of children who may be victims of human trafficking. It is open on weekdays.
    You can discuss the case without saying who the child is.
    Advice comes in addition to the report, not instead of it.

child-track-done-title = Child track: what to do now
child-track-done-text = The duty to report to the child welfare service applies for the rest of the case.
child-track-act-report = Report to the child welfare service now, before the conversation about exploitation. The child's "no" does not change this.
child-track-act-office = Office hours: call the local child welfare service.
child-track-act-after = Out of hours: contact the child welfare emergency service or the alarm line for children and young people.
child-track-act-police = Duty to avert: notify the police. If the child is in danger now: call 112.
child-track-act-unsure = Discuss with the police whether the duty to avert applies. You can do so without saying who the child is.
child-track-act-voice = Tell the child what is happening and why, in a way the child understands. Listen to the child's view.
child-track-act-advice = Not sure what to do? Get advice from Bufdir's advice function (weekdays).

## Sources
src-child-politiet-minors = Advice on human trafficking: report concerns about vulnerable children and young people
