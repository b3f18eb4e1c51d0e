## The full-screen walk-through (src/tui). Every id here must also be in
## locales/nb/ui-tui.ftl with the same placeables.

tui-app-title = Veiviser
tui-start-title = What do you want to do?
tui-start-intro = Support when you suspect that a patient or client is a victim of human trafficking. Nothing is stored.
    .discreet = Support when you are worried about a patient or client. Nothing is stored.
tui-start-no-flows = There is nothing to choose from.

## Header, banners, steps
tui-step = Step { $n }
tui-summary = Summary
tui-duty = DUTY: { $duty }
tui-continue = Go on (Enter)
tui-more-below = More below: PgDn
tui-more-below-enter = More below: Enter
tui-more-above = More above: PgUp
tui-notice-pick = Nothing is chosen yet. Press the answer's number, or choose with ↑↓ and then press Enter.
tui-notice-more-below = More below: Enter shows it. At the end, Enter goes on.
tui-notice-tick = Tick what applies with its number or Space, then press Enter. If nothing applies: Enter, and Enter again.
tui-notice-none-ticked = Nothing is ticked. Press Enter again to go on with none, or tick what applies with its number.
tui-notice-no-number = There is no answer with that number here.
tui-notice-digit = Item { $n }…: type the second digit (for { $n }0 to { $n }9), or Space for item { $n }.
tui-notice-esc = Esc closes a window, and none is open. One step back: ←. Hide the screen: x.
tui-more-both = More above and below: PgUp PgDn
tui-more-both-enter = More above and below: PgUp, Enter

## Outcome and summary
tui-summary-outcome = Outcome: { $outcome }
tui-actions = What to do now:
tui-no-actions = No actions here.
tui-duties = Duties that apply:
tui-no-duties = No duty has been raised.
tui-contacts = Contacts:
tui-path = The path taken:
tui-path-answer = { $title } → { $answer }

## Key hints at the bottom (the key itself is shown before each)
tui-keyname-space = Space
tui-keyname-mouse = Mouse
tui-key-open = open
tui-key-move = move
tui-key-answer = answer
tui-key-tick = tick
tui-key-next = go on
tui-key-back = back
tui-key-principles = principles
tui-key-source = source
tui-key-contacts = contacts
tui-key-restart = new case
# The name of this language, in itself: the `l` hint of the language before it shows it.
tui-key-lang = English
tui-key-hide = hide
tui-key-help = all keys
tui-key-quit = quit
tui-key-scroll = scroll
tui-key-close-it = close
tui-key-close = closes

## Help (?): every key
tui-help-title = Keys
tui-help-pick = Choose the answer with that number: each answer keeps its number in every case, and 0 always means "no" or "none of these". In a checklist: tick the item; from 10 on, type both digits (1 then 2 for item 12).
tui-help-move = Move the selection up and down.
tui-help-enter = Answer with the choice you picked, or go on (a text with more below shows the rest first). A checklist goes on with what is ticked; with nothing ticked the first Enter says so and the second goes on.
tui-help-space = Tick or untick (checklists and actions).
tui-help-back = One step back: undoes the last answer (and says so). When that takes a duty or an outcome away, it says which and asks first. Closes a window like this one.
tui-help-close = Closes a window like this one, or says no to a question. Never undoes an answer: on a step it says which keys go back and hide.
tui-help-scroll = Scroll long text.
tui-help-mouse = Click an answer to pick it; click it again to answer. The wheel scrolls.
tui-help-lang = Switch to the next language, in turn through every language there is. The answers and the place are kept.
tui-help-principles = The basic principles, from anywhere.
tui-help-source = The source of the step: document, section and date.
tui-help-contacts = Every contact in the directory, with phone and web, from anywhere.
tui-help-help = This list.
tui-help-hide = Hide the screen at once. The next key brings the case back as it was.
tui-help-restart = Start again (asks first).
tui-help-quit = Quit (asks first when a case is under way).
tui-help-ctrl-c = Quit at once, without asking.
tui-help-redraw = Redraw the screen.
tui-help-suspend = Pause veiviser and go back to the shell; `fg` brings it back as it was.
tui-help-confirm = Answer yes (y or j) or no (n) when the program asks.
tui-help-note = Nothing is stored and nothing is logged. Screen readers cannot read this full-screen view: use veiviser walk --plain.
tui-keys-doc-key = Key
tui-keys-doc-what = What it does

## Principles (p)
tui-principles-title = Principles
tui-principles-missing = The principles are not among these flows.

## Source (s)
tui-source-title = Source
tui-source-step = The step: { $step }
tui-source-document = Document: { $doc }
tui-source-section = Section: { $section }
tui-source-date = Last professionally changed: { $date }
tui-source-no-date = The document has no date of its last professional change.
tui-source-external = This is a publicly available source.
tui-source-none = This step has no source.
tui-sources-title = Sources
tui-sources-all = The guidance rests on:
tui-sources-doc = { $doc }
tui-sources-doc-dated = { $doc } (last professionally changed { $date })

## Contacts (t)
tui-contacts-title = Contacts
tui-contacts-intro = Every contact in the directory, in its order. Check the number locally.
tui-contacts-none = The directory has no contacts.
## Questions before losing answers
tui-quit-title = Quit?
tui-quit-text = The answers in this case will be lost. Nothing has been stored.
tui-print-title = Print in the terminal?
tui-print-text = veiviser closes and prints the summary, in its discreet words, in this terminal. It stays in the terminal's scrollback: anyone at this screen can scroll up and read it until the terminal is closed or cleared.
tui-discreet-mark = Discreet
tui-bar-discreet = { $mark } · { $right }
tui-restart-title = Start again?
tui-restart-text = The answers in this case will be lost, and you go back to the start screen.
tui-confirm-yes = Enter or y: yes
tui-confirm-no = Esc or n: no

## The quick-hide screen: nothing here may hint at the subject
tui-hidden-title = Notes
tui-hidden-text = No notes.

## Too small, errors
tui-too-small = The window is too small. Make it at least { $w } × { $h } characters (now { $cw } × { $ch }).
tui-too-small-quit = Ctrl-C quits.
tui-err-terminal = veiviser: the terminal did not respond as expected: { $detail }
tui-start-version = Guidance version { $version }. Each step shows the date of its own source.
tui-key-why = why
tui-key-discreet-on = discreet
tui-key-discreet-off = discreet off
tui-key-save = save
tui-key-print = quit and print
tui-notice-discreet-on = Discreet mode is on: the screen uses neutral words. d turns it off.
tui-notice-discreet-off = Discreet mode is off.
tui-notice-no-why = This step has no background text.
tui-notice-file-name = Type a file name first, or Esc to close.
tui-why-title = Why this step
tui-save-title = Save the summary
tui-save-text = The summary is written to a file that only you can read. It holds no name and nothing that identifies the person. Change the file name (a path; ~/ is your home folder) if you like, then Enter.
tui-save-keys = Enter saves. Backspace erases. Esc closes without saving.
tui-save-name = veiviser-notes.txt
tui-save-slip-name = veiviser-slip.txt
tui-save-discreet = Text in the file: discreet, as on the screen. (↑↓ or Tab: the full text, which names the topic.)
tui-save-full = Text in the file: the FULL text, which names the topic. (↑↓ or Tab: the discreet text.)
tui-replace-title = Replace the file?
tui-replace-text = { $path } exists already. Replace it with this summary?
tui-replace-text-slip = { $path } exists already. Replace it with this slip?
tui-replace-text-debrief = { $path } exists already. Replace it with this debrief?
tui-teaching-title = Open a teaching flow?
tui-teaching-text = This flow names the topic in full and has no discreet form. Open it only where nobody else can read the screen.
tui-help-why = The background of the step: why it matters.
tui-help-discreet = Discreet mode on or off: neutral words on the screen (also --discreet).
tui-help-save = On the summary: save it to a file (only you can read it; asks before replacing a file). In discreet mode the discreet text, unless you choose the full text in the dialog.
tui-help-print = On the summary: quit, and print the summary as plain text in the terminal. In discreet mode it asks first (the text stays in the scrollback) and prints the discreet text.
tui-source-as-of = Describes the situation as of { $date }.
tui-sources-doc-as-of = { $doc } (as of { $date })

## For trainers: the flow map, both languages side by side, the trainer view; and the
## discreet slip, and what going back takes away.
tui-key-map = map
tui-key-side = two languages
tui-key-trainer = trainer
tui-key-slip = slip
tui-help-map = The flow map: every flow and step, with the current step, the path taken and the duties marked. Enter opens the step picked (for teaching: the facts it needs are set and shown); a step on the path taken goes back to it.
tui-help-side = Two languages side by side (this one and the next), for a mixed class or to check a word in the other language. For your eyes only, like the rest of the screen: not for the person, a companion or the interpreter to read. The keys keep working.
tui-help-here = On this screen
tui-help-everywhere = Everywhere
tui-help-other = Other keys
tui-help-trainer = The trainer view, in plain words: what the step is for, when it is shown, what each answer leads to (and what it records, and the duties it raises), what is known so far, and the answers given on the way here.
tui-help-slip = On the summary: a small slip with the contacts for the person, in neutral words and in the language shown (l switches it). Save it (e) or print it after quitting (u). Space chooses the person's language: the slip is then saved as a page to print.
tui-map-title = Flow map
tui-map-legend = * this step; + on the path taken; ! raises a duty; = an outcome. Enter opens the step picked.
tui-map-flow = { $title } ({ $id })
tui-direct = Opened directly at this step, for teaching. Facts set: { $facts }
tui-direct-none = Opened directly at this step, for teaching. No facts set.
tui-trainer-title = Trainer view
tui-trainer-node = For authors: { $flow }/{ $node } ({ $kind })
tui-trainer-when = Shown only when { $cond }
tui-trainer-no-when = Shown to everyone who comes this way.
tui-trainer-facts = What is known so far
tui-trainer-no-facts = No facts known yet.
tui-trainer-path = The way here
tui-trainer-answer = { $step } → { $answer }
tui-trainer-raised = raised: { $duties }
tui-trainer-reached = Outcomes reached: { $outcomes }
tui-trainer-for = What it is for: { $why }
tui-trainer-answers = The answers, and where each leads
tui-trainer-leads = { $answer } → { $step }
tui-trainer-offered-when = offered only when { $cond }
tui-trainer-records = from here: { $facts }
tui-trainer-then = Then: { $step }
tui-trainer-goes-into = Goes into: { $flow }; after it: { $step }
tui-trainer-ticked-none = nothing ticked
tui-slip-title = Slip for the person
tui-slip-keys = e saves the slip to a file; u quits and prints it. l switches its language.
tui-slip-person-none = Space: the slip as a page to print in the person's language (Ukrainian, Arabic, Tigrinya and more).
tui-slip-person-lang = In the person's language: { $lang }. Space: another language. e saves it as a page to print (HTML).
tui-slip-rosa-first = ROSA's own printed material in the person's language, where your service has it, comes first.
tui-save-slip-title = Save the slip
tui-save-slip-text = The slip is written to a file that only you can read. It holds the contacts only. Change the file name (a path; ~/ is your home folder) if you like, then Enter.
tui-save-slip-html-name = veiviser-slip.html
tui-save-slip-unchecked = The { $lang } text is not yet checked by a native speaker. Check the numbers against the screen before you hand it over.
tui-back-title = Go back?
tui-back-text = Going back takes away:
tui-back-answer = the answer "{ $answer }" to "{ $title }"
tui-back-duty = the duty: { $duty }
tui-back-outcome = the outcome: { $outcome }
tui-jump-text = Opening this step leaves the case. It takes away:
tui-undone = Undone: "{ $answer }" to "{ $title }".
tui-slip-empty = No contact of the directory is marked for the slip (slip: true in the contacts file).
tui-play-at = Scenario: step { $at } of { $n }
tui-play-next = Next: { $answer }
tui-play-continue = go on
tui-play-done = The scenario is played to its end.
tui-play-keys = Enter: next step. Backspace: the step before. r: from the start.
tui-notice-scenario-end = The scenario ends here. Backspace goes back a step, r to its start, q quits.
tui-notice-scenario-keys = A scenario plays its own answers: Enter shows the next step.

## Teaching mode (scenario run --teach) and what if
tui-help-reveal = Teaching mode: show the answer the guidance expects at this decision, with the scenario's feedback, and what would follow.
tui-key-reveal = show answer
tui-help-whatif = In a scenario: what if. Leave the script and walk on freely from this step (any answer, back, the map); press again to go back to the scenario exactly where you left it.
tui-key-whatif = what if
tui-key-debrief = debrief
tui-notice-reveal-teach = Showing the expected answer is for teaching mode: veiviser scenario run ID --teach.
tui-notice-reveal-here = This step is not a decision of the scenario: Enter goes on.
tui-notice-whatif-none = What if works in a scenario: veiviser scenario run ID (or --teach).
tui-notice-whatif-on = What if: off the script. Walk on freely; o goes back to the scenario where you left it.
tui-notice-whatif-off = Back in the scenario, where you left it.
tui-whatif-banner = WHAT IF: off the script (o: back to the scenario)
tui-teach-panel = The class answers first: type the number of its answer (a checklist: tick, then Enter).
tui-teach-panel-text = Read it out, then go on: Enter.
tui-teach-panel-end = The scenario is at its end: Enter opens the debrief.
tui-teach-setting = Setting: { $setting }
tui-teach-title = The class's answer
tui-teach-answer = The class answered: { $answer }
tui-teach-right = ✓ This is the answer the guidance expects.
tui-teach-wrong = ✗ This is not the answer the guidance expects.
tui-teach-case = The case
tui-teach-also = ✓ This answer is right too, on the case as written.
tui-teach-also-script = The scenario goes on with the answer it was written with: { $answer }.
tui-teach-differs = ≈ Not quite the items the guidance expects: see what differs below. Enter goes on with the scenario's ticks.
tui-teach-extra = Ticked, but not expected: { $items }
tui-teach-missing = Expected, but not ticked: { $items }
tui-teach-why = Why
tui-teach-no-feedback = The scenario has no feedback for this answer.
tui-teach-follows = What would follow
tui-teach-follows-duty = the duty: { $duty }
tui-teach-follows-outcome = the outcome: { $outcome }
tui-teach-follows-next = the next step: { $title }
tui-teach-follows-end = the end of the case
tui-teach-follows-other = (another way on than the expected answer takes)
tui-teach-expected = The answer the guidance expects: { $answer }
tui-teach-keys-on = Enter: go on along the scenario. o: what if (walk on freely from here).
tui-teach-keys-again = Enter or Esc: let the class try another answer (or type its number now). a: show the expected answer. o: what if.
tui-debrief-title = Debrief
tui-debrief-points = Teaching points
tui-debrief-no-points = The scenario has no teaching points.
tui-debrief-discreet = Discreet mode: the scenario's title and teaching points are left out (they have no discreet form). In the save dialog, ↑↓ or Tab chooses the full text.
tui-debrief-duties = The duties the case raised, and why
tui-debrief-answers = The class's first answers
tui-debrief-as-expected = as expected
tui-debrief-not-expected = not as expected
tui-debrief-class = Class: { $answer } ({ $mark })
tui-debrief-class-none = Class: no answer (the expected one was shown)
tui-debrief-expected = Expected: { $answer }
tui-debrief-keys = e: save the debrief to a file (kept in memory until then). Esc: back to the summary.
tui-save-debrief-title = Save the debrief
tui-save-debrief-text = The debrief is written to a file that only you can read: the scenario's teaching points, the duties and the class's first answers, with no name and nothing that identifies anyone. Change the file name (a path; ~/ is your home folder) if you like, then Enter.
tui-save-debrief-name = veiviser-debrief.txt

# The case as a scenario (f on the summary).
tui-key-record = as scenario
tui-help-record = On the summary (trainers): write the case you walked as a scenario file, the answers and what they reached, with TODO placeholders for the case text, the feedback and the teaching points (see veiviser scenario check). Not in discreet mode.
tui-notice-record-discreet = A scenario names every step, so it cannot be written in discreet mode (d switches it off).
tui-notice-record-direct = This walk was opened at a step from the map, so it cannot be written as a scenario: a scenario starts at the beginning.
tui-notice-save-nothing = There is nothing to save here, so nothing was written.
tui-save-scenario-title = Save the case as a scenario
tui-save-scenario-text = The answers you gave and what they reached are written as a scenario file, with TODO placeholders for the title, the case text, the feedback and the teaching points; replace them with a made-up case, then run veiviser scenario check FILE. Nothing in it identifies anyone. Change the file name (a path; ~/ is your home folder) if you like, then Enter.
tui-save-scenario-name = my-case.yaml
tui-replace-text-scenario = { $path } exists already. Replace it with this scenario?
