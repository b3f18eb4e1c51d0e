## The duty to avert (flows/avert.yaml)

avert-title = Duty to avert (Penal Code section 196)
avert-desc = When you must try to stop aggravated trafficking or forced marriage, and how

avert-urgent-title = Is anyone in danger right now?
avert-urgent-text = If the crime is going on now, or anyone is in danger now, act before you read on.
avert-urgent-yes = Yes, someone is in danger now
avert-urgent-no = No, I have time to assess

avert-now-title = Call 112 now
avert-now-text =
    Call the police on 112 now. If anyone is injured or acutely ill: call 113.
    Think of your own safety, and of the safety of the person and your colleagues.
    Read on once that is done.

avert-what-title = What the duty to avert is
avert-what-text =
    Penal Code section 196 requires you to try to stop certain serious crimes, or their consequences.
    Since 1 January 2021 the duty covers aggravated trafficking and forced marriage. It also covers a number of other violent and sexual offences.
    You avert a crime by notifying the police, or in another way.

avert-everyone-title = The duty applies to everyone, even under confidentiality
avert-everyone-text =
    The duty applies to you both as a private person and in your job.
    It overrides confidentiality. You do not need the person's consent to avert the crime.
    Share only what is needed to avert it.

avert-duties-title = Confidentiality, duty to inform, duty to avert
avert-duties-text =
    Confidentiality: keep what you learn to yourself, also towards the police and immigration authorities. Share only with consent, or when the law requires or allows it.
    Duty to inform: the law requires you to report on your own initiative, such as to the child welfare service when you are concerned about a child.
    Duty to avert: you must try to stop certain serious crimes. Confidentiality must not stop you.

avert-threshold-title = When does the duty apply?
avert-threshold-text =
    The duty applies when it is certain or most likely that the crime is going on or will be committed, and it is still possible to avert the crime or its consequences.
    You do not need to be completely sure: "most likely" is enough.

avert-kind-title = What is your concern about?
avert-kind-text = Choose what fits best.
avert-kind-trafficking = Human trafficking
avert-kind-fm = Forced marriage
avert-kind-both = Both, or I do not know

avert-aggravated-title = Aggravated trafficking: markers
avert-aggravated-text =
    For human trafficking, the duty covers aggravated trafficking only.
    The law gives particular weight to the markers below. Tick those that apply.
    The list is not complete: it is an overall assessment.
avert-sign-minor = The victim is, or may be, under 18
avert-sign-violence = Gross violence or coercion is used, or may be used
avert-sign-profit = The exploitation brings, or may bring, substantial profit

avert-exceptions-title = Exceptions to the duty
avert-exceptions-text =
    There are exceptions. Among them: the duty does not apply when you could only avert the crime by exposing yourself, your closest family or an innocent person to danger to life, health or welfare, or to being charged or prosecuted.
    If you are unsure whether an exception applies: get advice before you decide not to act.

avert-assess-title = Your assessment now
avert-assess-text = Think through the threshold and the exceptions. What fits best?
avert-assess-met = Certain or most likely, and it can still be averted
avert-assess-unsure = I am not sure
avert-assess-not-met = No, the threshold is not met

avert-how-title = How to avert
avert-how-text =
    Notify the police. If it is urgent: call 112.
    You may also avert it in another way than by notifying the police.
    Think of the safety of the person, yourself and your colleagues.
    For forced marriage, the expert team (Kompetanseteamet) can give advice on the case.
    Document your concern and what you did, following your workplace's routine.

avert-unsure-title = Not sure? Get advice now
avert-unsure-text =
    Discuss the case with the police. For trafficking, ROSA can also advise; for forced marriage, Kompetanseteamet.
    You can discuss the case without saying who the person is.
    The duty applies from the moment the threshold is met. Do not wait if it is urgent.

avert-not-met-title = The duty does not apply now
avert-not-met-text =
    Confidentiality then applies as usual: share only with consent, or when the law requires or allows it.
    Assess again if you learn more. The duty applies as soon as the threshold is met.

avert-act-title = Duty to avert: what to do now
avert-act-now = Someone is in danger now: call 112.
avert-act-police = Notify the police now. If it is urgent: call 112.
avert-act-share = Share only what is needed to avert the crime. The duty overrides confidentiality.
avert-act-fm = Forced marriage: get advice from Kompetanseteamet (weekdays).
avert-act-minor = Possibly a child: also report to the child welfare service.
avert-act-safety = Assess the safety of the person, yourself and your colleagues.
avert-act-record = Document your concern and what you did, following your workplace's routine.

avert-advice-title = Duty to avert: not sure, get advice
avert-advice-discuss = Discuss the case with the police now. You can do so without saying who the person is.
avert-advice-again = Assess again when you know more. The duty applies as soon as it is certain or most likely.

avert-no-duty-title = Duty to avert: does not apply now
avert-no-duty-confidential = Confidentiality applies: share only with consent, or when the law requires or allows it.

## Sources
src-avert-196 = Section 196, first paragraph: when the duty applies
src-avert-196-exceptions = Section 196: exceptions to the duty
src-avert-258 = Section 258: aggravated trafficking
src-avert-000-duties = Confidentiality, duty to inform and duty to avert
