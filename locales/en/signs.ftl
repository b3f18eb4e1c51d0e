## Flow: signs to look for (flows/signs.yaml)

signs-title = Signs to look for
signs-desc = What you can see in a consultation, group by group. Signs are not proof

## Sections
src-is-1022-6-3 = Chapter 6.3: Identifying victims of human trafficking – indicators (helsedirektoratet.no)
    .discreet = Chapter 6.3: Identification – indicators
src-kom-labour = The list for forced labour or services, including begging (KOM 2008): menneskertilsalgs.no/avdekking/tegn-og-indikatorer/arbeid-tjenester/
    .discreet = The list for work and services (KOM 2008)
src-kom-labour-sexual = The lists for forced labour or services (KOM 2008) and for prostitution or other sexual purposes: menneskertilsalgs.no/avdekking/tegn-og-indikatorer/arbeid-tjenester/ and …/seksuelle-formal/
    .discreet = The lists for work and services (KOM 2008) and for sexual purposes
src-kom-children = The list for children: menneskertilsalgs.no/avdekking/tegn-og-indikatorer/barn-og-ungdom/ (no date shown on the page)
    .discreet = The list for children

## In the case walk: what made you concerned?
signs-noticed-title = What made you concerned?
    .discreet = What did you notice?
signs-noticed-text = If you like: tick what you have noticed, or nothing, and go on. A sign is not proof, and a concern without a sign on this list counts too. Your ticks only put the fitting questions first, and the summary reminds you of them for the journal.
signs-noticed-story = The story: sounds learned, or does not add up; an injury not explained
signs-noticed-companion = A companion speaks for the person, will not leave, or keeps calling
signs-noticed-body = The body: work injuries without protection, exhaustion, marks of violence; cannot refuse unsafe or violent sex
    .discreet = Health: injuries from work, exhaustion, marks of violence; cannot say no
signs-noticed-work = Work, money and papers: lives at work, depends on the employer, no contract or pay, debt or fines, no control of own money or papers
signs-noticed-where = Does not know the address, where they are, or the date
signs-noticed-child = A child: an adult close by who organises, a number to call, valuables not explained, not in school, runs away
signs-noticed-why =
    Signs are reasons to talk, to ask for advice and to offer help. They are not proof, no list is complete, and a person can show none of them. A sign alone raises no duty: the duties have their own thresholds, asked later in the case.
    Nothing here is about who the person is, and the tool adds nothing up.
    "Signs to look for" on the start screen has each sign on its own line, with its source.

## The lists on their own
signs-proof = Signs are not proof, and no list is complete. Tick what you have seen, if you like: nothing is counted.
signs-story-title = The story
signs-story-learned = The story sounds learned by heart, or does not add up
signs-story-injury = Reluctant or hesitant to say how an injury or illness came about
signs-story-fear = Fearful or nervous, avoids eye contact
signs-story-why = From IS-1022 chapter 6.3: signs in a health setting. What a health worker can notice depends on where and why you meet the person.
signs-companion-title = The companion
signs-companion-speaks = Someone with the person speaks for them
signs-companion-stays = Will not let the person be alone with health staff
signs-companion-interprets = Interprets for the person
signs-companion-calls = Frequent calls or messages to the person during the visit
signs-companion-why = The first three are in IS-1022 chapter 6.3. Frequent calls or messages during the contact are in KOM's list for prostitution or other sexual purposes (menneskertilsalgs.no/avdekking/tegn-og-indikatorer/seksuelle-formal/). A companion may be the one who controls the person: do not let them interpret.
signs-body-title = The body and health
signs-body-work-injury = Work injuries, without the protective gear the work needs
signs-body-exhausted = Exhausted: long shifts, little or no time off
signs-body-violence = Injuries that may come from violence
signs-body-refuse = Cannot refuse unprotected or violent sex
signs-body-why = From KOM's list for forced labour or services (2008): hard or dangerous work, long shifts, little time off, no protective gear. From KOM's list for prostitution or other sexual purposes: little or no chance to refuse unprotected or violent sex. Injuries that may come from violence are in the red flags that go with each list.
signs-work-title = Work, money and papers
signs-work-lives = Lives at the workplace
signs-work-depends = Depends on the employer for housing, transport, food or health care
signs-work-contract = No contract, a false one, or little or no pay
signs-work-debt = Debt to pay off, or fines at work
signs-work-money = No control of own money, passport or papers
signs-work-why = From KOM's list for forced labour or services, including begging (2008, reproduced on menneskertilsalgs.no). IS-1022 chapter 6.3 names the last one too: not holding one's own ID papers, no control of one's own money.
signs-where-title = Where and when
signs-where-address = Does not know, or will not say, the address of home or work
signs-where-place = Does not know where they are, the date or the time
signs-where-why = From IS-1022 chapter 6.3. Someone who is moved around, or rarely let out, may not know the town or the address.
signs-child-title = For a child
signs-child-fixer = An adult close by who organises what the child does, and turns up at short notice
signs-child-number = A phone, a SIM card or a number the child was told to call when meeting the authorities
signs-child-valuables = Money, phones, jewellery or other valuables the child cannot account for
signs-child-school = Not in ordinary schooling
signs-child-runs = Runs away from home or from an institution
signs-child-why = From KOM's list for children (menneskertilsalgs.no/avdekking/tegn-og-indikatorer/barn-og-ungdom/). Running away is among the social signs on menneskertilsalgs.no's page of mental health indicators (…/helseindikatorer/psykiske-helseindikatorer/). Reason to believe a child is exploited means a duty to report to the child welfare service: the case walk asks it.
signs-then-title = What signs lead to
signs-then-text =
    Signs are reasons to talk with the person alone, to ask for advice and to offer help. They are not proof, and a person can be exploited and show none of them.
    A sign alone raises no duty. The duty to report about a child and the duty to avert have their own thresholds: "New case" on the start screen asks them in order.
    Ask ROSA for advice, without the person's name.
signs-then-why = Indicators can also come from other things than trafficking; see the person's whole situation. Do not explain signs away as "culture" or "tradition".
signs-done-title = Done with the signs
