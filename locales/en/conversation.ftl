## Flow: conversation (before, hold it, what came out)

conversation-title = The conversation
conversation-desc = Prepare, open, ask and close

## Sections
src-is-1022-6-4-conduct = Chapter 6.4: Practical advice on holding the conversation (menneskertilsalgs.no)
src-conv-002-3-1 = 3.1 The user journey and 3.1.2 The health service
src-conv-002-3-1-2 = 3.1.2 The health service
src-conv-003-p5-9-11 = Principles 5, 9, 11 and 12

## Before: the room and the opening words
conversation-before-title = Before you go in: the room, and what you say first
conversation-before-text = First the room, then what you say when you open the conversation.
conversation-before-why =
    A language shared with a member of staff is enough only if the person masters it well. Otherwise book a qualified interpreter. Judge the need at the time: pain, fear, trauma and medicines weaken a second language. In specialist care an interpreter is to be had at short notice: within 3 minutes for the emergency medical communication centre (AMK) and ambulances, within 20 minutes in other acute care (the national network's 2021–2023 report, 4.8).
    A companion who offers to interpret, or says the person wants them to, may be the one who controls the person, and the person may in fact speak Norwegian or English (the same report, 4.4).
    An interpreter may know the person's community, or be tied to those behind it. Telephone interpreting has gone wrong where others could hear. Tell the interpreter what the conversation is about before it starts, and give nothing that identifies the person.
    Reception staff, guards and the police are not the health service. The centre's routines do not replace your confidentiality: they get nothing from the conversation without the person's consent. A legal duty does not change that. The duty to avert (section 196 of the Penal Code, straffeloven) goes to the police; the duty to report goes to the child welfare service, not to the police. Neither goes to the centre.
    A slip that everyone gets makes no one stand out.
    What is on the screen can frighten the person, or tell a companion or the interpreter (who may read Norwegian) what you are worried about.
    The limits of confidentiality: nothing goes to the immigration authorities without consent. The police only with consent, in an emergency, or when a legal duty requires it (the duty to avert under section 196 of the Penal Code, straffeloven; section 31 of the Health Personnel Act, helsepersonelloven). The duty to report about a child goes to the child welfare service, not to the police.
    Heard through an interpreter, "I must act on certain crimes" can sound like "I report crimes" to someone with false papers or illegal work. And "protection" is the legal word for asylum. Say what you mean in plain words.
    You can share with those who give the person health care, unless the person objects. Confidentiality does not mean keeping everything to yourself.
    People who have been through trauma need to regain control over their own body. Consent comes before every procedure.
    Use a language the person understands, suited to age and culture. Repeat what matters most, and check that you are understood. Do not promise more than you can keep.

conversation-setting-cws = Under 18: you have contacted the child welfare service and agreed how the conversation is held
conversation-setting-room = A private room, the door closed. No companion, and no reception staff, guard or police in the room
conversation-setting-interpreter = A qualified interpreter, briefed before the person comes in. Never a companion, a fellow resident or a child, even if the companion says the person wants it. A shared language only if the person masters it well now; in doubt, an interpreter
conversation-setting-phone = Your phone off. A telephone interpreter gets no name, centre or room, and checks that no one can hear at their end either
conversation-setting-gender = The person has been offered a female or male worker, examiner and interpreter
conversation-setting-slip = The same small slip that every arrival gets: rights, and ROSA's number, which is open day and night. Easy to hide
conversation-setting-slip-any = A small slip with rights and ROSA's number, which is open day and night. Easy to hide. Where your service gives the same slip to everyone, use that one
conversation-setting-screen = This tool is used before and after the conversation, not with the screen in view of the person, a companion or the interpreter
## Open
conversation-open-role = Say who you are and what you can help with
conversation-open-confidential = Say what stays confidential: what the person tells you stays in the health service, and goes to no one else without their yes. Say the exceptions plainly: if someone's life or health is in danger, or a serious crime can still be stopped, you must act, and you must tell the child welfare service if a child may be harmed (section 196 of the Penal Code, straffeloven; sections 31 and 33 of the Health Personnel Act, helsepersonelloven). You tell UDI nothing without their yes
    .discreet = Say what stays confidential: what the person tells you stays in the health service, and goes to no one else without their yes. Say the exceptions plainly: if someone's life or health is in danger, or a serious crime can still be stopped, you must act, and you must tell the child welfare service if a child may be harmed (section 196 of the Penal Code, straffeloven; sections 31 and 33 of the Health Personnel Act, helsepersonelloven). You tell UDI nothing without their yes
conversation-open-interpreter = With an interpreter: say the interpreter is bound by confidentiality. Ask whether this interpreter is all right (voice, dialect, ties), and offer another, or one of the other gender
conversation-open-child = Under 18: say that you must contact the child welfare service if you are worried about the child
conversation-open-promise = Say plainly that you can promise nothing about residence: an asylum case, a permit or the right to stay
conversation-open-care = Give the care the person came for, whatever they tell you. Explain each step, and ask before you touch
conversation-open-stop = Say that the person may say no to anything, and stop at any time
conversation-open-worried = Say that you are worried about the person, and that help and a safe place to stay exist if they want them
## Hold the conversation: the questions, and before you part
conversation-go-title = Hold the conversation now
conversation-go-text = Ask concretely, one question at a time, in everyday words: the questions that fit what you noticed come first. Go through the last points before you part. When the conversation is over, come back here and go on.
conversation-go-why =
    Avoid words such as "trafficking", "victim" and "force": they do not mean the same to everyone, and asking straight out seldom gets an answer. Ask about everyday life, and listen to what is said between the lines.
    Signs are not proof, and no list is complete. Do not explain signs away as "culture" or "tradition". Many hesitate to tell, and some do not see themselves that they are being exploited.
    Trafficking is using violence, threats or the abuse of a vulnerable situation to exploit someone: for work or services, prostitution, crime, begging, war service or the removal of organs.
    Every phase is punishable: recruiting, transporting, harbouring and receiving. Trafficking also happens among ethnic Norwegians, indigenous people and national minorities, across gender and age.
    Be patient, and do not push. Ask only what you need in order to help, and do not make the person repeat their story to others.
    Do not contact the police without consent, except in an emergency or when a legal duty requires it (section 196 of the Penal Code, straffeloven; section 31 of the Health Personnel Act, helsepersonelloven). Do not contact the immigration authorities without consent.
    People are often moved on from the arrival centre within days, and from a reception centre too. Ask for consent to pass on what the next health service needs, so the person need not tell it all again.
    Consent is informed and specific: often to one situation or one service. Ask again before you share with someone new (the national network's 2021–2023 report, 4.2).
    Write it in the patient journal: the summary says what goes in it, and what does not.
    .discreet =
        Avoid loaded words: they do not mean the same to everyone, and asking straight out seldom gets an answer. Ask about everyday life, and listen to what is said between the lines.
        Signs are not proof, and no list is complete. Do not explain signs away as "culture" or "tradition". Many hesitate to tell, and some do not see themselves what they are going through.
        It is about violence, threats or the abuse of a vulnerable situation to make someone work or provide services, sex, crime, begging, war service or the removal of organs.
        Every phase is punishable: recruiting, transporting, harbouring and receiving. It also happens among ethnic Norwegians, indigenous people and national minorities, across gender and age.
        Be patient, and do not push. Ask only what you need in order to help, and do not make the person repeat their story to others.
        Do not contact the police without consent, except in an emergency or when a legal duty requires it (section 196 of the Penal Code, straffeloven; section 31 of the Health Personnel Act, helsepersonelloven). Do not contact the immigration authorities without consent.
        People are often moved on from the arrival centre within days, and from a reception centre too. Ask for consent to pass on what the next health service needs, so the person need not tell it all again.
        Consent is informed and specific: often to one situation or one service. Ask again before you share with someone new (the national network's 2021–2023 report, 4.2).
        Write it in the patient journal: the summary says what goes in it, and what does not.

## Ask
conversation-q-leave = Can you leave work or home when you want?
conversation-q-papers = Where are your papers now, and who decides over them?
conversation-q-phone = Do you have your own phone?
conversation-q-debt = Do you owe anyone money?
conversation-q-pay = Do you get paid, and who keeps the money?
conversation-q-day = What is an ordinary day like: where do you sleep, eat and work?
conversation-q-hurt = How did you get hurt? Has anyone hurt you?
conversation-q-say-no = Can you say no to work, or to sex, that you do not want?
    .discreet = Can you say no to things you do not want to do?
conversation-q-arranged = Who arranged the journey or the work?
conversation-q-afraid = Is there anyone you are afraid of?
conversation-q-care = Who takes care of you here? Do you go to school?
conversation-q-wants = What would help you now, and what do you want to happen?
conversation-q-children = Do you have children with you, or children at home? Could anyone use them to put pressure on you?
## Close
conversation-close-consent = Before you part: ask for consent before you share anything outside the care team: for one service or one situation at a time, and ask again for the next. Share only what is needed
conversation-close-move = Ask whether the person may be moved before the next appointment. If so, with consent: hand on to the next health service only what it needs
conversation-close-slip = The slip with rights and ROSA's number, which works anywhere in the country. Tell the person their health rights, and how to get care after a move
conversation-close-appointment = Agree how to reach the person safely: not on a phone others can check, not through reception staff. A new appointment with a neutral reason
conversation-close-again = Tell the person they can get in touch again
## Anything new that needs action now
conversation-new-title = Did anything come up that needs action now?
conversation-new-text = Choose one thing at a time; you come back here afterwards. An emergency, or a need for protection, ends the case with what to do at once: safety first.
conversation-new-emergency = An emergency: life or health at risk now
conversation-new-protection = The person needs protection, but it is not an emergency
conversation-new-minor = The person may be under 18
conversation-new-child-of-person = A child of the person (with them, or used to put pressure on them) may be at risk
conversation-child-of-person-title = A child of the person
conversation-new-crime = New information: a serious crime may be going on, or about to happen (section 196)
conversation-new-none = None of these
conversation-new-why =
    A serious crime as the answer only leads to the assessment of the duty to avert. It raises no duty by itself.
    A child of the person: the same questions as for a child in the room, about that child. Concrete grounds bring the duty to report to the child welfare service.

conversation-acute-text = Stop the conversation. Life, health and safety come first.

## Done
conversation-done-title = The conversation is done
