## The tool's own messages: command line, checker, line mode.
## Every id here must also be in locales/nb/ui.ftl with the same placeables.

cli-about = Decision support for health and social workers who suspect that a patient or client is a victim of human trafficking. Offline; stores nothing.
cli-after-help = Without a command, veiviser opens the full-screen walk-through. Screen readers cannot read full-screen terminal programs: use `veiviser walk --plain` instead, which writes one step at a time as plain lines.
cli-usage = Usage:
cli-commands = Commands
cli-options = Options
cli-help = Show this help
cli-version = Show the version
cli-lang = Language: nb (Norwegian Bokmål) or en (English). Default: from LC_ALL, LC_MESSAGES or LANG, else nb
cli-flows = Read the flows from this folder instead of the bundled ones
cli-locales = Read the texts from this folder (with nb/ and en/ inside) instead of the bundled ones
cli-contacts = A local contact directory that adds to or replaces bundled contacts (default: ~/.config/veiviser/contacts.yaml if it exists)
cli-no-color = No colours (also when NO_COLOR is set)
cli-check = Check the flows and texts for mistakes (exit 0 clean, 1 findings, 2 cannot run)
cli-check-after = Checks the bundled flows, or the folders given with --flows and --locales, and the local contact directory.
cli-list = List the flows with their titles
cli-list-case-mark = * = the whole case (what `veiviser walk` walks without --flow)
cli-walk = Walk a flow one step at a time on standard input and output
cli-walk-after = Answer with the number of a choice; for a checklist, the numbers of the items done, separated by spaces; an empty line to continue; `back` to go back; `quit` to stop. End of input stops too.
cli-walk-flow = The flow to walk (see `veiviser list`). Default: the whole case
cli-walk-plain = Plain lines for people and screen readers (the default)
cli-walk-json = One JSON object per line, for programs
cli-error = veiviser: { $message }
cli-err-no-dir = the folder { $path } does not exist
cli-err-not-dir = { $path } is not a folder
cli-err-no-file = the file { $path } does not exist
cli-err-read = cannot read { $path }: { $detail }
cli-err-too-many-files = { $path } has more than { $detail } files
cli-err-no-locale-dir = the locale folder { $path } does not exist (a --locales folder needs nb/ and en/)
cli-err-flows-broken = The flows or texts have errors, so veiviser cannot start. `veiviser check` shows them all.
cli-err-no-case = No flow is marked as the whole case (case: true). Name one with --flow.
cli-err-no-flow = There is no flow called { $flow }. `veiviser list` shows the flows.
cli-err-io = veiviser: input or output failed: { $detail }
cli-err-no-tty = veiviser needs a terminal for the full-screen walk-through. Without one, use `veiviser walk --plain` (one step at a time on plain lines).
cli-err-no-tui = The full-screen walk-through is not in this build. Use `veiviser walk --plain`.

## Checker
check-summary = { $errors }, { $warnings }.
check-count-errors = { $n ->
    [one] 1 error
   *[other] { $n } errors
}
check-count-warnings = { $n ->
    [one] 1 warning
   *[other] { $n } warnings
}
check-in-file = in { $file }
check-label-first-here = first here
check-label-other-locale = the other language has it like this
check-yaml = YAML: { $detail }
check-yaml-top = the top level
check-yaml-type = YAML: { $path }: expected { $expected }, found { $found }
check-yaml-missing = YAML: { $path }: the key `{ $field }` is missing
check-yaml-unknown-field = YAML: { $path }: the key `{ $field }` does not belong here (allowed: { $allowed })
check-yaml-unknown-value = YAML: { $path }: `{ $value }` is not allowed here (allowed: { $allowed })
check-yaml-bad-date = YAML: { $path }: `{ $value }` is not a date (YYYY-MM-DD or YYYY-MM)
check-expect-bitext = a text in both nb and en (a map with nb: and en:)
check-expect-source = a source: a map with nb, en and (where there is a page) url
check-expect-map = a map (lines of key: value)
check-expect-list = a list (lines starting with -)
check-expect-text = a text
check-expect-number = a whole number (0 or more)
check-expect-bool = true or false
check-expect-word = one of the words the format allows
check-expect-other = a value of another kind
check-found-number = the number { $value }
check-found-text = the text "{ $value }"
check-found-bool = { $value }
check-found-empty = nothing (an empty value)
check-found-list = a list
check-found-map = a map
check-found-other = a value of another kind
check-yaml-alias = YAML anchors, aliases and merge keys are not allowed in flow files
check-too-deep = nested deeper than { $limit } levels
check-file-too-large = the file is larger than { $limit } bytes
check-empty-file = the file is empty
check-not-utf8 = the file is not UTF-8 text
check-duplicate-key = the key `{ $key }` is here twice
check-duplicate-flow = two flows have the id `{ $id }`
check-duplicate-choice = the key `{ $key }` is used twice in this node
check-bad-id = `{ $id }` is not a valid id (lower-case letters, digits and -, starting with a letter)
check-reserved-key = `{ $key }` cannot be a key: the line mode reads it as a command
check-unknown-start = `start` names the node `{ $node }`, which is not in this flow
check-unknown-next = `{ $node }` is not a node of the flow `{ $flow }`
check-unknown-flow = there is no flow `{ $flow }`
check-unknown-duty = there is no duty `{ $duty }` in duties.yaml
check-unknown-doc = there is no document `{ $doc }` in sources.yaml
check-unknown-contact = there is no contact `{ $contact }` in the contact directory
check-no-source = the node `{ $node }` has no source, and its flow has none to inherit
check-key-for-kind = `{ $key }` does not belong in a node of kind { $kind }
check-missing-next = the { $kind } node `{ $node }` needs `next`
check-when-needs-next = the node `{ $node }` has `when`, so it needs `next` (where to go when it is skipped)
check-no-choices = the question `{ $node }` has no choices
check-no-items = the checklist `{ $node }` has no items
check-call-needs-flow = the call `{ $node }` needs `flow`
check-unreachable = the node `{ $node }` cannot be reached from the start
check-no-outcome = no outcome can be reached from the node `{ $node }` (a dead end, or a loop with no way out)
check-recursive-call = this call leads back into the flow `{ $flow }`: calls cannot recurse
check-two-cases = only one flow can be the whole case (`case: true`)
check-bad-condition = the condition `{ $cond }` does not parse
check-cond-bad-char = `{ $token }` cannot be in a condition: use fact names, not, and, or, and brackets
check-cond-unexpected = `{ $token }` is not expected here
check-cond-missing = the condition ends too early
check-cond-close = a `)` is missing
check-cond-empty = the condition is empty
check-cond-too-deep = the condition is nested too deep
check-cond-too-long = the condition is too long
check-unset-fact = the fact `{ $fact }` is tested, but nothing sets it
check-contact-lang = the contact `{ $contact }` has no { $field } in { $lang }
check-contact-source = the contact `{ $contact }` needs a source in nb and en (missing: { $missing })
check-contact-checked = the contact `{ $contact }` has `checked`, but only a local contact directory may say when its service checked an entry: give the source and the date it shows (`dated`)
check-control-char = the character { $char } cannot be in text that is shown: it is a control character or a bidirectional override, which can change what a terminal shows
check-fluent-syntax = Fluent: { $detail }
check-fluent-no-value = the message `{ $id }` has no value
check-fluent-duplicate = the message `{ $id }` is defined twice in this language
check-missing-message = the message `{ $id }` is missing in { $lang }
check-one-locale = the message `{ $id }` is in { $lang } but not in { $other }
check-placeables-differ = the message `{ $id }` has different placeables in nb ({ $nb }) and en ({ $en })
check-unused-message = the message `{ $id }` is not used

## Shown in the line mode and the TUI
ui-actions = What to do now:
ui-contacts = Contacts:
ui-local-contacts-ignored = The local contacts were NOT loaded: { $path } cannot be read or has mistakes. The bundled contacts are shown instead. `veiviser check --contacts { $path }` shows why.
ui-contact-phone = Phone: { $phone } (check the number locally)
ui-contact-email = E-mail: { $email }
ui-contact-web = Web: { $web }
ui-contact-hours = Open: { $hours }
ui-contact-source = Source: { $source }
ui-contact-source-url = Source: { $source }, { $url }
ui-contact-dated = Date given by the source: { $date }
ui-contact-checked = Checked by the local service: { $date }
ui-ticked-none = nothing ticked
ui-guidance-date = Guidance last changed: { $date }
ui-source = Source: { $doc }, { $section }
ui-source-dated = Source: { $doc }, { $section } (last changed { $date })
ui-source-doc = Source: { $doc }
ui-source-doc-dated = Source: { $doc } (last changed { $date })
ui-summary = Summary
ui-summary-outcome = Outcome: { $outcome }
ui-summary-duties = Duties raised:
ui-summary-no-duties = none
ui-summary-path = The path taken:
walk-intro = veiviser: one step at a time. Answer with a number and Enter. `back` goes back, `quit` stops. Nothing is stored.
walk-duty = ! Duty: { $duty }
walk-hint-question = Type the number of your answer and press Enter.
walk-hint-checklist = Type the numbers of the items done, separated by spaces (or nothing), and press Enter.
walk-hint-continue = Press Enter to continue.
walk-eof = Input ended. Nothing was stored.
walk-quit = Stopped. Nothing was stored.
walk-err-choose = Choose one of the numbers 1 to { $n }.
walk-err-number = There is no such choice. Choose a number from 1 to { $n }.
walk-err-unknown = `{ $input }` is not one of the answers here.
walk-err-item = `{ $input }` is not one of the items here.
walk-err-continue = Press Enter (an empty line) to continue, or type back or quit.
walk-err-at-start = This is the first step: there is nothing to go back to.
walk-err-broken = Internal error in the flow data: { $input }

## Usage lines (the words in brackets are placeholders)
cli-usage-top = veiviser [OPTIONS] [COMMAND]
cli-usage-check = veiviser check [OPTIONS]
cli-usage-list = veiviser list [OPTIONS]
cli-usage-walk = veiviser walk [--flow ID] [--plain | --json] [OPTIONS]
