## Flow: conversation (how to open, ask and listen)

conversation-title = The conversation
conversation-desc = How to open, ask and listen

## Sections
src-is-1022-6-4-conduct = Chapter 6.4: Practical advice on holding the conversation (menneskertilsalgs.no)
src-000-definition = What is human trafficking?

## A possible child
conversation-minor-title = A possible child: the child welfare service first
conversation-minor-text =
    Have you contacted the child welfare service? Agree with them how
    the conversation should be held. The child has the right to be
    heard and to take part in decisions that affect them.

## Before you start
conversation-setting-title = Before you start
conversation-setting-room = A private room, door closed, no companion present
conversation-setting-interpreter = A qualified interpreter with no tie to the person, never the companion
conversation-setting-phone = Telephone interpreting only where confidentiality can be kept
conversation-setting-gender = A female or male worker and interpreter offered
conversation-setting-slip = Referral information ready, on a small slip that is easy to hide

## Opening
conversation-open-title = Start with your role
conversation-open-text =
    Say who you are and what you can help with. Explain your
    confidentiality: it also applies towards the police and
    immigration authorities. Be honest about its limits, among them:
    if you are concerned for a child, or certain serious crimes are
    involved, you must act even without consent.

conversation-concern-title = Say you are concerned, and that help exists
conversation-concern-text =
    Say that you are concerned about the person, and that help and
    protection exist if they want it. Be concrete and realistic, and
    promise nothing you cannot keep. Use a language the person
    understands, suited to their age and culture. Repeat what matters,
    and check that you have been understood.

## Asking
conversation-words-title = Words to avoid
conversation-words-text =
    Avoid words such as “trafficking”, “victim” and “force”. They do
    not mean the same to everyone. Asking outright whether someone is
    exploited rarely gets an answer. Ask openly whether there is
    anything they need help with, and listen between the lines too.

conversation-questions-title = Concrete questions
conversation-questions-text =
    Ask about daily life, from several angles:
    • Can you leave work or home when you want?
    • Who has your passport now?
    • Do you have your own key to where you live?
    • Do you have your own phone?
    • Do you need permission to see a doctor or go to a shop?

conversation-what-title = What human trafficking is
conversation-what-text =
    Someone uses violence, threats or a vulnerable situation to force,
    exploit or trick a person into work or services, prostitution or
    other sexual purposes, crime, begging, military service or organ
    harvesting. It is often tied to violence in close relationships,
    forced marriage or negative social control.

conversation-signs-title = Signs are not proof
conversation-signs-text =
    What you see and hear are signs that may point to exploitation.
    No single sign proves anything, and no list is complete. Many
    people are reluctant to tell, and some do not see themselves as
    exploited. Look at the whole picture. You need no proof to ask for
    advice or to give information about help.

conversation-dignity-title = Respect and patience
conversation-dignity-text =
    Meet the person without judging. Be patient, and do not press if
    the person is not ready to talk. Ask only what you need in order
    to help, never out of curiosity. Do not make the person repeat
    their story to others: ask consent to pass on what is needed
    instead. No contact with the media without explicit permission.

## Closing
conversation-close-title = Before you part
conversation-close-text =
    Share nothing without the person's voluntary, informed consent,
    and then only what is needed. Do not contact the police or
    immigration authorities without consent, unless a legal duty
    applies. Give information about help discreetly, and consider
    booking a new appointment.

## Anything new that needs action now
conversation-new-title = Did anything come up that needs action now?
conversation-new-text = Choose one thing at a time. You come back here afterwards, until you choose “None of these”.
conversation-new-acute = The person is in acute danger
conversation-new-minor = The person may be under 18
conversation-new-crime = A serious crime (section 196) is going on or most likely to happen
conversation-new-crime-unsure = Perhaps a serious crime (section 196), but I am not sure
conversation-new-none = None of these

conversation-acute-text = Stop the conversation about exploitation. Life, health and safety come first.
conversation-acute-minor = A possible child: contact the child welfare service or the child welfare emergency service now.

## Done
conversation-done-title = The conversation is done
conversation-done-notes = Write down what you need according to your local routine, and store it securely.
