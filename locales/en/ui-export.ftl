# The exports (export, paths, schema): for trainers, reviewers and authors.

## Help texts
cli-export = Export the flows as a graph (mermaid, dot), as a handbook for print and review (markdown, html), or as a handout for a class (handout)
cli-usage-export = veiviser export --format mermaid|dot|markdown|html|handout [--flow ID] [--overview] [--output FILE] [OPTIONS]
cli-export-after = Nothing is hidden here, also with --discreet: an export is asked for. Every export names the guidance version (the tool's version and a hash of the flow and text files), in a graph as a comment. Without --output it goes to standard output.
cli-export-format = What to write: mermaid or dot (a graph: steps, choices as arrows, outcomes and duties marked) or markdown or html (a handbook: every step with its text, choices, actions, contacts and source) or handout (a page to print for a class: the case at a glance, the duties, where to get advice, and a card for each training scenario)
cli-export-flow = Only this flow (see `veiviser list`). Default: every flow
cli-output = Write to FILE instead of standard output (created readable by you only; an existing file is never replaced)
cli-paths = Every path to every outcome of a flow, for review
cli-usage-paths = veiviser paths [--flow ID] [--max N] [--output FILE] [OPTIONS]
cli-paths-after = Paths are grouped by what came of the case and counted; at most N are shown for each outcome. Only answers that change something count: choices, and checklist items that set a fact.
cli-paths-flow = The flow (see `veiviser list`). Default: every flow on the start screen
cli-paths-max = How many paths to show for each outcome (default 3, at most 100; 0 shows only the counts)
cli-err-paths-max = --max is at most { $limit } (paths shown for each outcome; how many there are in all is always shown), not { $max }
cli-err-overview-format = --overview is for graphs only: --format dot or --format mermaid
cli-schema = Print the JSON Schema of the flow files (what flows/schema.json holds), for editors
cli-usage-schema = veiviser schema [--output FILE] [OPTIONS]
cli-schema-after = Each flow file names the schema in its first line, so that an editor with YAML support completes keys and flags unknown ones.
cli-slip = Write the slip for the person in the person's language, as a page to print (HTML)
cli-usage-slip = veiviser slip --lang-of-person CODE [--output FILE] [OPTIONS]
cli-slip-after = The slip holds the same contacts for everyone, under a neutral heading. Languages: uk, ru, ar, ti, so, prs (Dari), ps, kmr (Kurmanji), ro, pl, fr, es, nb, en. Only nb and en are checked by a native speaker. ROSA's own printed material in the person's language, where your service has it, comes first.
cli-slip-lang-of-person = The person's language (a code: uk, ar, ti …)
cli-err-slip-lang = No slip in the language "{ $lang }". Languages: { $langs }
cli-output-exists = { $path } exists already. Choose another file name; veiviser does not overwrite files.
cli-output-written = Written to { $path } (only you can read the file).

## In every export
ui-export-version = veiviser, guidance version { $version }, language { $lang }

## The graph
ui-graph-start = Start
ui-graph-when = when { $cond }
ui-graph-only-when = only when { $cond }
ui-graph-otherwise = otherwise
ui-graph-sets = from here: { $facts }
ui-graph-enters = goes into
ui-graph-after = after { $flow }
ui-graph-final = ends the case

## The handbook
ui-hb-title = veiviser: the flows, step by step
ui-hb-intro = Every flow and every step as veiviser shows it, for print and for clinical review. Step ids are written as in the flow files; conditions are in words.
ui-hb-contents = Contents
ui-hb-why = Why
ui-hb-only-when = Only when
ui-hb-choices = Choices:
ui-hb-items = Checklist:
ui-hb-next = Then:
ui-hb-call = Goes into:
ui-hb-actions = What to do:
ui-hb-contacts = Contacts:
ui-hb-duties-raised = Duties raised here:
ui-hb-sets = from here:
ui-hb-when = only when
ui-hb-final = This ends the case.
ui-hb-duties = Duties
ui-hb-directory = Contact directory
ui-hb-documents = Sources
ui-kind-question = question
ui-kind-checklist = checklist
ui-kind-info = text
ui-kind-call = goes into another flow
ui-kind-outcome = outcome

## Paths
ui-paths-heading = Paths through { $flow } ({ $id })
ui-paths-summary = { $n ->
    [one] One path
   *[other] { $n } paths
} in all,
ui-paths-outcomes = { $n ->
    [one] to one outcome.
   *[other] to { $n } outcomes.
}
ui-paths-bound = At most { $n } shown for each.
ui-paths-count = { $n ->
    [one] one path
   *[other] { $n } paths
}
ui-paths-outcome = == { $outcome } [{ $id }]: { $count }
ui-paths-path = Path { $n }:
ui-paths-no-answers = (no answer needed)
ui-paths-passed = Outcomes on the way: { $outcomes }
ui-paths-more = … and { $n } more (--max shows more)
cli-export-coverage = Graphs only: grey out, and mark, the steps that none of the shipped scenarios reaches
ui-graph-unreached = (no scenario reaches this)

## Conditions in words (src/export/words.rs): $a, $b and $cond are phrases of facts
ui-cond-and = { $a } and { $b }
ui-cond-or = { $a } or { $b }
ui-cond-not = not: { $cond }
ui-cond-none-of = none of these: { $cond }
ui-cond-all-of = both { $cond }
ui-cond-either = either { $cond }

## The overview graph (src/export/overview.rs)
cli-export-overview = Graphs only: one small graph of the stages of a case, for a projector (the flows a stage may go into on the side, with their duties)
ui-graph-may-enter = may go into
ui-graph-prepare = Before a case: on the start screen
