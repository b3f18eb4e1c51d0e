## Scenarios for trainers: `veiviser scenario check`. Every id here must also be in
## locales/nb/ui-scenario.ftl, with the same placeables.

cli-scenario = Scenarios for training: made-up cases replayed through the flows
cli-usage-scenario = veiviser scenario <COMMAND> [OPTIONS]
cli-scenario-check = Replay the scenarios without a screen and see that they end where they should (exit 0 when all go as expected, 1 when a scenario fails, 2 when it cannot run)
cli-usage-scenario-check = veiviser scenario check [FILES] [--coverage] [OPTIONS]
cli-scenario-check-after = Without FILES: every scenario shipped. The flows are the bundled ones, or the folders given with --flows and --locales.
cli-scenario-check-files = Scenario files (YAML) to replay instead of the bundled ones
cli-scenario-check-coverage = Also show which steps and outcomes of which flows the scenarios reach, and which they do not
cli-scenario-check-files-name = FILES
cli-arguments = Arguments

# One line per scenario.
cli-scenario-ok = ok      { $id }: { $title }
cli-scenario-failed = FAILED  { $id }: { $title } ({ $file })
cli-scenario-bad-file = FAILED  { $file }
cli-scenario-at-line = line { $line }: { $message }
cli-scenario-taken = path taken
cli-scenario-expected = path expected
cli-scenario-total = { $ok } of { $n } scenarios went as expected.
cli-scenario-none = No scenarios to replay.

# What went another way.
cli-scenario-no-flow = there is no flow `{ $flow }` (or the flows have no whole case)
cli-scenario-unknown-node = answer { $n }: there is no step { $node }
cli-scenario-wrong-node = answer { $n } is for { $expected }, but the flow asks at { $found }
cli-scenario-no-key = answer { $n }: { $node } has no choice or item `{ $answer }`
cli-scenario-not-shown = answer { $n }: `{ $answer }` is not shown at { $node } here (its condition does not hold)
cli-scenario-wrong-kind = answer { $n }: { $answer } does not fit the step { $node } (a choice for a question, items for a checklist, continue for a text)
cli-scenario-ran-out = the answers ran out, but the flow asks at { $node }
cli-scenario-ended-early = the case ended at { $node } before answer { $n } ({ $left } answers left over)
cli-scenario-outcome = the outcome: the scenario expects { $expected }, the path ended in { $found }
cli-scenario-duties = the duties: the scenario expects { $expected }, the path raised { $found }
cli-scenario-action-missing = the action { $action } is not in the summary
cli-scenario-action-present = the action { $action } is in the summary, but must not be
cli-scenario-not-passed = the path did not pass through { $node }
cli-scenario-unknown-duty = there is no duty `{ $name }`
cli-scenario-unknown-action = no outcome has the action `{ $name }`
cli-scenario-unknown-outcome = { $name } is not an outcome of the flows
cli-scenario-feedback-missing = answer { $n } ({ $node }) has no feedback for { $keys }: every choice shown there needs a sentence or two for the class
cli-scenario-feedback-missing-list = answer { $n } ({ $node }) has no feedback: a checklist needs one text on why these items
cli-scenario-feedback-unknown = answer { $n } ({ $node }) has feedback for `{ $key }`, which is not a choice there
cli-scenario-no-teaching = no teaching points (teaching:): the debrief and the handout need them
cli-scenario-no-setting = no setting (setting:): one of { $allowed }
cli-scenario-placeholder = `{ $field }` is still a placeholder (TODO)
cli-scenario-warning = warning: { $message }

# A file that is not a scenario.
cli-scenario-err-unknown-field = the key `{ $field }` does not belong here (allowed: { $allowed })
cli-scenario-err-missing-field = the key `{ $field }` is missing
cli-scenario-err-yaml = YAML: { $detail }
cli-scenario-err-too-large = the file is too large to be a scenario
cli-scenario-err-too-deep = nested deeper than { $limit } levels
cli-scenario-err-char = the character { $char } cannot be in a scenario: it is a control character, or invisible, or changes the direction or the layout of what is shown
cli-scenario-err-file-too-large = { $path } is larger than { $detail } bytes
cli-scenario-err-not-utf8 = { $path } is not UTF-8 text
cli-scenario-err-empty = the file is empty
cli-scenario-err-id = `{ $id }` is not an id (lower-case letters a-z, digits and -, starting with a letter)
cli-scenario-err-lang = `{ $field }` has no text in { $lang }
cli-scenario-err-node = `{ $node }` must be flow/step, for example triage/age
cli-scenario-err-answer = answer { $n } must have exactly one of choose (a choice), tick (the items ticked) and continue: true
cli-scenario-err-setting = `{ $setting }` is not a setting (one of: { $allowed })
cli-scenario-err-feedback-text = `{ $field }` must be a text per language, for example nb: … and en: …
cli-scenario-err-feedback-continue = going on past a text takes no feedback: only a choice (choose) or a checklist (tick) has it
cli-scenario-err-also = `also` names other right choices, so it goes only with `choose`

# --coverage
cli-scenario-coverage = Coverage: the steps and outcomes the { $n } scenarios reach
cli-scenario-coverage-flow = flow
cli-scenario-coverage-decisions = decisions
cli-scenario-coverage-nodes = steps
cli-scenario-coverage-outcomes = outcomes
cli-scenario-coverage-unreached = not reached: { $nodes }
cli-scenario-coverage-total = In all: { $decisions } decisions (questions and checklists), { $nodes } steps and { $outcomes } outcomes reached.
cli-scenario-run = Play one scenario in the full-screen walk-through, a step a key, with the case text beside the flow
cli-usage-scenario-run = veiviser scenario run <SCENARIO> [--teach] [OPTIONS]
cli-scenario-run-after = Enter (or Space, or the arrow down) shows the next step; Backspace the one before; r goes back to the start of the scenario; o leaves the script (what if) and comes back to it. The other keys work as in the walk-through (l language, v two languages, m map, w why, p principles, i trainer view, q quit). With --teach the class answers each decision first: type its answer's number (a checklist: tick, then Enter), a shows the expected answer, Enter on the summary opens the debrief, e in the debrief saves it.
cli-scenario-run-which = A scenario file (YAML), or the id of a scenario shipped (veiviser scenario check lists them)
cli-scenario-run-which-name = SCENARIO
cli-scenario-run-teach = Teaching mode: the class answers each decision before the guidance does (the expected answer hidden, then judged with the scenario's feedback), with a debrief at the end
cli-scenario-no-such = there is no scenario file or shipped scenario `{ $scenario }` (veiviser scenario check lists those shipped)

# Where a scenario is set.
scenario-setting-arrival-centre = Arrival centre for asylum seekers
scenario-setting-reception-centre = Asylum reception centre
scenario-setting-gp = GP's surgery
scenario-setting-emergency-clinic = Emergency clinic
scenario-setting-hospital = Hospital
scenario-setting-social-services = Social services (NAV)
