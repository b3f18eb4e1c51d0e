//! A replay and a coverage in words, in the chosen language: the lines `veiviser scenario
//! check` prints (a TUI player can show the same). Every line goes through
//! [`crate::safe::visible`] where it holds text from a file.

use super::{Coverage, FileError, Replayed, Scenario};
use crate::i18n::{Lang, Texts};
use crate::safe::visible;
use crate::text::{width, wrap};

/// Indent of the lines under a scenario's line.
const INDENT: &str = "        ";
/// Widest line of the unreached list.
const WRAP: usize = 92;

/// `line N: message`, or the message alone when the line is not known.
fn at_line(texts: &Texts, lang: Lang, line: Option<usize>, message: &str) -> String {
    match line {
        Some(l) => texts.fmt(lang, "cli-scenario-at-line", &[("line", &l.to_string()), ("message", message)]),
        None => message.to_string(),
    }
}

/// The lines for one replay: `ok` and the title, or `FAILED`, what went another way
/// (with the line in the file), and the path taken beside the path expected.
pub fn replay_lines(texts: &Texts, lang: Lang, s: &Scenario, r: &Replayed) -> Vec<String> {
    let args = [("id", s.id.as_str()), ("title", s.title(lang)), ("file", s.file.as_str())];
    let warnings = r.warnings.iter().map(|p| {
        let msg = texts.fmt(lang, "cli-scenario-warning", &[("message", &texts.msg(lang, &p.message(s)))]);
        format!("{INDENT}{}", visible(&at_line(texts, lang, p.line(s), &msg)))
    });
    if r.ok() {
        let mut out = vec![visible(&texts.fmt(lang, "cli-scenario-ok", &args)).into_owned()];
        out.extend(warnings);
        return out;
    }
    let mut out = vec![visible(&texts.fmt(lang, "cli-scenario-failed", &args)).into_owned()];
    out.extend(warnings);
    for p in &r.problems {
        let msg = texts.msg(lang, &p.message(s));
        out.push(format!("{INDENT}{}", visible(&at_line(texts, lang, p.line(s), &msg))));
    }
    let rows = r.rows(s);
    let head_taken = texts.get(lang, "cli-scenario-taken");
    let head_expected = texts.get(lang, "cli-scenario-expected");
    let left = rows.iter().filter_map(|r| r.taken.as_deref()).map(width).chain([width(&head_taken)]).max().unwrap_or(0);
    let row = |mark: &str, a: &str, b: &str| {
        let pad = left.saturating_sub(width(a));
        let line = format!("{INDENT}{mark} {a}{}   {b}", " ".repeat(pad));
        visible(line.trim_end()).into_owned()
    };
    out.push(row(" ", &head_taken, &head_expected));
    for r in rows {
        let mark = if r.differs { "≠" } else { " " };
        out.push(row(mark, r.taken.as_deref().unwrap_or(""), r.expected.as_deref().unwrap_or("")));
    }
    out
}

/// The lines for a file that is not a scenario: `FAILED file` and what is wrong, where.
pub fn file_error_lines(texts: &Texts, lang: Lang, e: &FileError) -> Vec<String> {
    vec![
        visible(&texts.fmt(lang, "cli-scenario-bad-file", &[("file", &e.file)])).into_owned(),
        format!("{INDENT}{}: {}", visible(&e.place()), visible(&texts.msg(lang, &e.msg))),
    ]
}

/// The closing line: how many went as expected.
pub fn total_line(texts: &Texts, lang: Lang, ok: usize, n: usize) -> String {
    texts.fmt(lang, "cli-scenario-total", &[("ok", &ok.to_string()), ("n", &n.to_string())])
}

/// The coverage as a table, flow by flow (steps reached of all, outcomes reached of all),
/// each flow's unreached steps under it, and the totals.
pub fn coverage_lines(texts: &Texts, lang: Lang, c: &Coverage, scenarios: usize) -> Vec<String> {
    let mut out = vec![texts.fmt(lang, "cli-scenario-coverage", &[("n", &scenarios.to_string())])];
    let heads = [
        texts.get(lang, "cli-scenario-coverage-flow"),
        texts.get(lang, "cli-scenario-coverage-decisions"),
        texts.get(lang, "cli-scenario-coverage-nodes"),
        texts.get(lang, "cli-scenario-coverage-outcomes"),
    ];
    let w_flow = c.flows.iter().map(|f| width(&f.flow)).chain([width(&heads[0])]).max().unwrap_or(0);
    let w_num = |h: &str| width(h).max(7);
    let cell = |s: &str, w: usize, right: bool| {
        let pad = " ".repeat(w.saturating_sub(width(s)));
        if right { format!("{pad}{s}") } else { format!("{s}{pad}") }
    };
    let row = |flow: &str, d: &str, n: &str, o: &str| {
        let line = format!(
            "  {}  {}  {}  {}",
            cell(flow, w_flow, false),
            cell(d, w_num(&heads[1]), true),
            cell(n, w_num(&heads[2]), true),
            o
        );
        visible(line.trim_end()).into_owned()
    };
    out.push(row(&heads[0], &heads[1], &heads[2], &heads[3]));
    let (mut nodes, mut nodes_hit, mut outs, mut outs_hit, mut dec, mut dec_hit) = (0, 0, 0, 0, 0, 0);
    for f in &c.flows {
        nodes += f.nodes;
        nodes_hit += f.nodes_reached;
        outs += f.outcomes;
        outs_hit += f.outcomes_reached;
        dec += f.decisions;
        dec_hit += f.decisions_reached;
        let d = format!("{}/{}", f.decisions_reached, f.decisions);
        let n = format!("{}/{}", f.nodes_reached, f.nodes);
        let o = format!("{}/{}", f.outcomes_reached, f.outcomes);
        out.push(row(&f.flow, &d, &n, &o));
        if !f.unreached.is_empty() {
            let text = texts.fmt(lang, "cli-scenario-coverage-unreached", &[("nodes", &f.unreached.join(", "))]);
            let indent = " ".repeat(4);
            for l in wrap(&text, WRAP.saturating_sub(indent.len()).max(20)) {
                out.push(format!("{indent}{l}"));
            }
        }
    }
    out.push(texts.fmt(
        lang,
        "cli-scenario-coverage-total",
        &[
            ("decisions", &format!("{dec_hit}/{dec}")),
            ("nodes", &format!("{nodes_hit}/{nodes}")),
            ("outcomes", &format!("{outs_hit}/{outs}")),
        ],
    ));
    out
}
