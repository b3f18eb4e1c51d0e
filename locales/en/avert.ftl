## Duty to avert (flows/avert.yaml)

avert-title = Duty to avert (Penal Code section 196)
avert-desc = When you must try to stop a serious crime, such as aggravated trafficking, forced marriage or serious violence, and how
    .discreet = When you must try to stop a serious crime, and how

## Opened on its own (teaching screens, skipped in a case)
avert-urgent-title = Is anyone in danger right now?
avert-urgent-text = If the crime is going on now, or anyone is in danger now, act before you read on.
avert-urgent-yes = Yes, someone is in danger now
avert-urgent-no = No, I have time to assess

avert-now-title = Call 112 now
avert-now-text =
    Call the police on 112 now. If anyone is injured or acutely ill: call 113.
    Think of your own safety and that of the person and your colleagues.
    Read on when that is done.

avert-what-title = What the duty to avert is
avert-what-text =
    Section 196 of the Penal Code (straffeloven) requires you to try to stop certain serious crimes, or their consequences.
    Since 1 January 2021 the duty covers aggravated trafficking and forced marriage. It also covers other serious violent and sexual offences, among them grievous bodily harm, abuse in close relationships and incest.
    You avert by notifying the police, the child welfare service, or in another way. plikt.no helps you check whether the duty applies.
    The duty applies to everyone, also under professional confidentiality, and it overrides that confidentiality. You need no consent to avert, but share only what is needed. Where it is safe, tell the person what you must do and plan it together.
    .discreet =
        Section 196 of the Penal Code (straffeloven) requires you to try to stop certain serious crimes, or their consequences.
        The duty covers among others serious violent and sexual offences, such as grievous bodily harm, abuse in close relationships and incest.
        You avert by notifying the police, the child welfare service, or in another way. plikt.no helps you check whether the duty applies.
        The duty applies to everyone, also under professional confidentiality, and it overrides that confidentiality. You need no consent to avert, but share only what is needed. Where it is safe, tell the person what you must do and plan it together.


avert-duties-title = Confidentiality, duty to inform, duty to avert
avert-duties-text =
    Confidentiality: what you learn, you share only with those who give the person health care, unless the person objects. Not with the police or the immigration authorities. You can share more with consent, or when the law requires or allows it.
    Duty to inform: the law requires you to report on your own initiative, for example to the child welfare service when you are concerned about a child.
    Duty to avert: you must try to stop certain serious crimes. Confidentiality must not stop you.

avert-threshold-title = When does the duty apply?
avert-threshold-text =
    The duty applies when you hold it certain or most likely that the crime is going on or will be committed, and it or its consequences can still be averted.
    You need not be completely sure: "most likely" is enough. The duty lasts as long as the crime can be averted.

avert-exceptions-title = Exceptions to the duty
avert-exceptions-text =
    Among other exceptions, the duty does not apply when you could avert only by exposing yourself, your closest family or an innocent person to danger to life, health or welfare, or to charge or prosecution.
    If you are unsure whether an exception applies: ask for advice before you decide not to act.

## The kind of crime
avert-kind-title = Which crime is the concern about?
avert-kind-text = Section 196 names the crimes it covers. Choose what fits best.
avert-kind-trafficking = Trafficking (the duty covers only the aggravated kind)
    .discreet = Someone having to work or provide services against their will (only the aggravated kind)
avert-kind-fm = Forced marriage
    .discreet = Marriage against the person's will
avert-kind-violence = Serious violence or sexual abuse: grievous bodily harm, abuse in a close relationship, rape, incest or sexual acts with a close relative
avert-kind-several = More than one of these, or I do not know
avert-kind-why =
    Section 196 of the Penal Code names the crimes it covers. Among them: aggravated trafficking (not trafficking without aggravation), forced marriage, grievous bodily harm, abuse in close relationships, rape, incest and sexual acts with other close relatives.
    It covers a crime that is going on or about to happen, and one that has happened and is likely to happen again.
    Female genital mutilation has its own duty to avert for health personnel.
    .discreet =
        Section 196 of the Penal Code names the crimes it covers. Among them: grievous bodily harm, abuse in close relationships, rape, incest and sexual acts with other close relatives.
        It covers a crime that is going on or about to happen, and one that has happened and is likely to happen again.
        Female genital mutilation has its own duty to avert for health personnel.

avert-aggravated-title = Is it aggravated? Tick what fits
avert-aggravated-text = Signs that it is aggravated. If none of them, nor anything as serious, fits, section 196 does not cover it.
avert-aggravated-several-text = Signs that trafficking, if it is part of it, is aggravated. Forced marriage, and serious violence or sexual abuse, count without them.
    .discreet = Signs that it is aggravated, where work or services against the person's will are part of it. The other crimes count without them.
avert-aggravated-why =
    For trafficking, the duty to avert covers only aggravated trafficking (section 258 of the Penal Code, straffeloven). The law gives the signs in the list particular weight.
    The list is not complete: it is an overall assessment. If the one being exploited is under 18, that is a sign even without violence or threats.
    .discreet =
        Here the duty to avert applies only when it is aggravated (section 258 of the Penal Code, straffeloven). The law gives the signs in the list particular weight.
        The list is not complete: it is an overall assessment. If the one concerned is under 18, that is a sign even without violence or threats.
avert-sign-minor = The one concerned is, or may be, under 18
avert-sign-violence = Gross violence or coercion is, or may be, used
    .discreet = Gross violence or threats are, or may be, used
avert-sign-other = Something else that makes it as serious (an overall assessment)
avert-sign-profit = Someone makes, or may make, a lot of money from it

## The assessment: the one place the duty is raised
avert-assess-title = Aggravated trafficking: do you hold it certain or most likely, and can it still be averted?
    .discreet = In its aggravated form: do you hold it certain or most likely, and can it still be averted?
avert-assess-text = Answer from what you know now. A crime that has happened and is likely to happen again counts too.
avert-assess-fm-title = Forced marriage: do you hold it certain or most likely, and can it still be averted?
    .discreet = A marriage against the person's will: do you hold it certain or most likely, and can it still be averted?
avert-assess-violence-title = Serious violence or sexual abuse: do you hold it certain or most likely, and can it still be averted?
avert-assess-violence-text = Section 196 covers among others grievous bodily harm, abuse in a close relationship, rape, incest and sexual acts with a close relative. Answer from what you know now. A crime that has happened and is likely to happen again counts too.
avert-assess-several-title = Aggravated trafficking, forced marriage, or serious violence or sexual abuse: do you hold one of them certain or most likely, and can it still be averted?
    .discreet = One of the crimes section 196 names: do you hold it certain or most likely, and can it still be averted?
avert-assess-several-text = Trafficking counts only if it is aggravated (a sign on the last screen). Forced marriage, and serious violence or sexual abuse, count as they are. Answer from what you know now.
    .discreet = Work or services against the person's will count only in the aggravated form (a sign on the last screen). The other crimes count as they are. Answer from what you know now.
avert-assess-met = Yes, both
avert-assess-unsure = I am not sure
avert-assess-not-met = No
avert-assess-why =
    The duty applies when you hold it certain or most likely that the crime is going on or will be committed, and it or its consequences can still be averted. You need not be completely sure.
    Exceptions: among others, the duty does not apply when you could avert only by exposing yourself, your closest family or an innocent person to danger to life, health or welfare, or to charge or prosecution. If you are unsure whether an exception applies, ask for advice before you decide not to act.

avert-act-title = The duty to avert applies: act now
avert-act-text = The duty holds even if the person says no. Share only what is needed to avert.
avert-act-now = Someone is in danger now: call 112.
avert-act-tell = When you can talk with the person alone and it is safe: tell the person what you must do and why, and plan it together: where the person will be, and who may be in danger, family at home included. The duty holds all the same.
avert-act-tell-later = Tell the person what you must do and why only when you can talk alone and it is safe, never while the companion can hear. The duty does not wait for that talk.
avert-act-police = Notify the police: 112 if someone is in danger now, otherwise 02800. Or avert in another way, for example through the child welfare service when a child is concerned. Notify again if you learn more.
avert-act-police-child = Notify the police: 112 if someone is in danger now, otherwise 02800; or avert in another way. A child may be affected: report to the child welfare service too. Notify again if you learn more.
avert-act-police-arrival = Notify the police: 112 if someone is in danger now, otherwise 02800, not the police immigration unit at the arrival centre. Or avert in another way, for example through the child welfare service when a child is concerned. Notify again if you learn more.
avert-act-police-child-arrival = Notify the police: 112 if someone is in danger now, otherwise 02800, not the police immigration unit at the arrival centre; or avert in another way. A child may be affected: report to the child welfare service too. Notify again if you learn more.
avert-act-record = Record in the journal what you assessed, what you did and why.
avert-act-why =
    The duty to avert overrides confidentiality, and you need no consent. Even so, find safe solutions together with the person where you can.
    The duty does not apply when you could avert only by exposing yourself, your closest family or an innocent person to danger to life, health or welfare, or to charge or prosecution.
    Think of the safety of the person, yourself and your colleagues.

avert-unsure-child-text = You are not sure the crime is most likely. The duty to report to the child welfare service needs less: reason to believe, on concrete grounds, not certainty. Answer for what you know now.
avert-advice-title = Not sure: ask for advice first
avert-advice-text = Discuss the case with someone who knows the duty before you decide.
avert-advice-discuss = Before you decide on the duty to avert, ask for advice without names: ROSA (adults), Bufdir's advice line (children), Kompetanseteamet (forced marriage, honour-related violence, negative social control), or read plikt.no (also on other serious violence). The police, anonymously, are one option too: no name, nationality, language, date of arrival, age, room or travel companions. Where the police are needed: 112 or 02800.
    .discreet = Before you decide on the duty to avert, ask for advice without names: ROSA (adults), Bufdir's advice line (children), Kompetanseteamet (marriage against the person's will, honour-related violence, negative social control), or read plikt.no (also on other serious violence). The police, anonymously, are one option too: no name, nationality, language, date of arrival, age, room or travel companions. Where the police are needed: 112 or 02800.
avert-advice-discuss-arrival = Before you decide on the duty to avert, ask for advice without names: ROSA (adults), Bufdir's advice line (children), Kompetanseteamet (forced marriage, honour-related violence, negative social control), or read plikt.no (also on other serious violence). The police, anonymously, are one option too: no name, nationality, language, date of arrival, age, room or travel companions. Not the police immigration unit at the arrival centre: where the police are needed, 112 or 02800.
    .discreet = Before you decide on the duty to avert, ask for advice without names: ROSA (adults), Bufdir's advice line (children), Kompetanseteamet (marriage against the person's will, honour-related violence, negative social control), or read plikt.no (also on other serious violence). The police, anonymously, are one option too: no name, nationality, language, date of arrival, age, room or travel companions. Not the police immigration unit at the arrival centre: where the police are needed, 112 or 02800.
avert-advice-discuss-report = Before you decide on the duty to avert, ask for advice on it: Bufdir's advice line on minors, Kompetanseteamet (forced marriage, honour-related violence, negative social control) or plikt.no. The report to the child welfare service applies already: it names the child and does not wait for this advice.
    .discreet = Before you decide on the duty to avert, ask for advice on it: ROSA, Kompetanseteamet (marriage against the person's will, honour-related violence, negative social control) or plikt.no. The report to the child welfare service applies already: it names the child and does not wait for this advice.
avert-advice-why =
    Advice from ROSA, Kompetanseteamet or plikt.no helps you judge whether the duty applies, without anyone learning who the person is.
    The police are one option, not the first. Together, a few details can reveal who the person is, above all at an arrival or reception centre.
    The duty applies from the moment you hold it certain or most likely. If it is urgent, do not wait.
avert-again = Assess again when you know more. The duty applies as soon as you hold it certain or most likely, and it can still be averted.

avert-no-duty-title = The duty to avert does not apply now
avert-no-duty-text = Confidentiality holds as usual.
avert-no-duty-confidential = Share information outside the care team only with the person's consent, or when the law requires or allows it. Assess the duty again when you know more.
avert-no-duty-why = Confidentiality does not mean keeping it to yourself: you can share with those who give the person health care, unless the person objects. The duty to avert may apply later, if you learn more.

avert-not-covered-title = Section 196 does not cover this: no duty to avert
avert-not-covered-text = For trafficking, the duty to avert covers only the aggravated kind (section 258 of the Penal Code, straffeloven), and you found no sign of it. Confidentiality holds: the police only with the person's consent, or in an emergency.
    .discreet = Here the duty to avert covers only the aggravated form (section 258 of the Penal Code, straffeloven), and you found no sign of it. Confidentiality holds: the police only with the person's consent, or in an emergency.
avert-not-covered-advice = Ask for advice without names: ROSA, Kompetanseteamet or plikt.no. Offer help with the person's consent. Assess again if you learn of a sign of aggravation: under 18, gross violence or coercion, or a lot of money made from it.
    .discreet = Ask for advice without names: ROSA, Kompetanseteamet or plikt.no. Offer help with the person's consent. Assess again if you learn of a sign that it is aggravated: under 18, gross violence or threats, or a lot of money made from it.
avert-not-covered-why =
    Trafficking without aggravation is still a crime, and the person still needs help. But section 196 does not oblige you to act without consent.
    The duty to report about a child, and section 31 of the Health Personnel Act (helsepersonelloven) when serious harm must be averted, still apply when their conditions are met.
    .discreet =
        It is still a crime, and the person still needs help. But section 196 does not oblige you to act without consent.
        The duty to report about a child, and section 31 of the Health Personnel Act (helsepersonelloven) when serious harm must be averted, still apply when their conditions are met.

avert-met-child-title = Under 18: the duty to report applies too
avert-met-child-text = You hold a serious crime against a person who may be under 18 certain or most likely. That is more than reason to believe, so you must also report to the child welfare service (section 33 of the Health Personnel Act, helsepersonelloven), on your own initiative and without regard to confidentiality.
avert-met-child-why =
    The duty to report applies when there is reason to believe that a child is, or will be, mistreated, seriously neglected or exploited. "Certain or most likely" is a higher bar than "reason to believe".
    The report goes to the child welfare service, not to the police. The duty to avert is a duty of its own, and applies beside it.
    .discreet =
        The duty to report applies when there is reason to believe that a child is, or will be, mistreated or seriously neglected. "Certain or most likely" is a higher bar than "reason to believe".
        The report goes to the child welfare service, not to the police. The duty to avert is a duty of its own, and applies beside it.

## Sources
src-doc-plikt-no = plikt.no (NKVTS for the Ministry of Justice and Public Security), https://plikt.no
src-avert-plikt = On when the duty to avert applies, and what you can do
src-avert-196 = Section 196, first paragraph: when the duty applies
src-avert-196-exceptions = Section 196: exceptions to the duty
src-avert-196-list = Section 196: the crimes it names
src-avert-258 = Section 258: aggravated trafficking
    .discreet = Section 258: when it is aggravated
src-avert-000-duties = Confidentiality, duty to inform and duty to avert
