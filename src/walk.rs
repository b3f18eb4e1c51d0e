//! The line modes on top of the engine: `--plain` for people and screen readers, `--json`
//! for programs. One step at a time on the output, one answer a line on the input.

use crate::engine::{Answer, EngineError, Session, StepKind};
use crate::i18n::{Lang, Msg, Texts};
use crate::safe;
use crate::text::{self, Block};
use crate::view::{ContactView, StepView, SummaryView, contact_details, summary_view};
use serde_json::json;
use std::io::{BufRead, Write};

/// How the plain line mode lays out text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Paragraphs are wrapped to this many columns.
    pub width: usize,
}

impl Default for Layout {
    fn default() -> Self {
        Layout { width: 80 }
    }
}

/// How `walk` talks: plain lines for people and screen readers, or one JSON object per
/// line for programs (`--format plain|json`, or `--plain`, `--json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Mode {
    #[default]
    Plain,
    Json,
}

/// Something the user must know before the first step (a local contact directory left
/// out). In --plain a line; in --json `{"type":"notice","id","message","path"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// A stable name for programs, e.g. `local-contacts-ignored`.
    pub id: &'static str,
    /// The text in the session's language.
    pub message: String,
    pub path: Option<String>,
}

/// How a walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Reached the end of the case; the summary was written.
    Done,
    /// `quit`, or the input ended.
    Quit,
    /// Reached the end of the case, but what was to be done with the summary (an
    /// export) failed; the walk has said so.
    SummaryFailed,
}

/// What a line of input means at a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Answer(Answer),
    Back,
    Quit,
    /// Show why this step matters.
    Why,
    /// A tool-message id saying what is wrong, with its argument.
    Invalid(&'static str, String),
}

/// The words that go back, quit and ask why, in every language there is (a worker who
/// switched the tool's language may still type the words of the other).
#[derive(Debug, Clone, Default)]
pub struct Commands {
    back: Vec<String>,
    quit: Vec<String>,
    why: Vec<String>,
}

impl Commands {
    /// From `walk-cmd-back`, `walk-cmd-quit` and `walk-cmd-why` (comma-separated words) in
    /// every language of `texts`.
    pub fn of(texts: &Texts) -> Commands {
        let words = |id: &str| -> Vec<String> {
            let mut v: Vec<String> = texts
                .langs()
                .into_iter()
                .flat_map(|l| texts.get(l, id).split(',').map(|w| w.trim().to_lowercase()).collect::<Vec<_>>())
                .filter(|w| !w.is_empty() && !w.starts_with('['))
                .collect();
            v.dedup();
            v
        };
        Commands { back: words("walk-cmd-back"), quit: words("walk-cmd-quit"), why: words("walk-cmd-why") }
    }
}

/// Reads one answer line against the current step.
pub fn parse_line(line: &str, view: &StepView, cmds: &Commands) -> Parsed {
    let l = line.trim();
    let lower = l.to_lowercase();
    if cmds.back.contains(&lower) {
        return Parsed::Back;
    }
    if cmds.quit.contains(&lower) {
        return Parsed::Quit;
    }
    if cmds.why.contains(&lower) {
        return Parsed::Why;
    }
    match view.kind {
        StepKind::Question => {
            if l.is_empty() {
                return Parsed::Invalid("walk-err-choose", numbers(&view.choices));
            }
            if let Ok(n) = l.parse::<usize>() {
                // The number the choice has in its flow file, as shown.
                return match view.choices.iter().find(|c| c.number == n) {
                    Some(c) => Parsed::Answer(Answer::Choose(c.key.clone())),
                    None => Parsed::Invalid("walk-err-number", numbers(&view.choices)),
                };
            }
            match view.choices.iter().find(|c| c.key == lower) {
                Some(c) => Parsed::Answer(Answer::Choose(c.key.clone())),
                None => Parsed::Invalid("walk-err-unknown", excerpt(l)),
            }
        }
        StepKind::Checklist => {
            let mut keys = Vec::new();
            for tok in l.split([' ', ',', ';', '\t']).filter(|t| !t.is_empty()) {
                let item = match tok.parse::<usize>() {
                    Ok(n) => view.items.iter().find(|i| i.number == n),
                    Err(_) => view.items.iter().find(|i| i.key == tok.to_lowercase()),
                };
                match item {
                    Some(i) => keys.push(i.key.clone()),
                    None => return Parsed::Invalid("walk-err-item", excerpt(tok)),
                }
            }
            // What is already known stays ticked.
            for k in &view.known {
                if !keys.contains(k) {
                    keys.push(k.clone());
                }
            }
            Parsed::Answer(Answer::Tick(keys))
        }
        StepKind::Info | StepKind::Outcome => {
            if l.is_empty() {
                Parsed::Answer(Answer::Continue)
            } else {
                Parsed::Invalid("walk-err-continue", excerpt(l))
            }
        }
    }
}

/// The numbers that answer, as the step shows them: "1, 2, 3, 0".
fn numbers(choices: &[crate::view::Labelled]) -> String {
    choices.iter().map(|c| c.number.to_string()).collect::<Vec<_>>().join(", ")
}

/// Writes a text body reflowed to the layout's width: paragraphs wrapped, list items
/// with a hanging indent, one empty line between paragraphs.
fn write_body(out: &mut dyn Write, body: &str, lay: Layout) -> std::io::Result<()> {
    for b in text::blocks(body) {
        match b {
            Block::Gap => writeln!(out)?,
            Block::Text(t) => {
                for l in text::wrap_whole(&t, lay.width) {
                    writeln!(out, "{l}")?;
                }
            }
            Block::Bullet(t) => write_hanging(out, "", &t, lay)?,
        }
    }
    Ok(())
}

/// `first` then `t`, wrapped, later lines indented to where the text starts (after a
/// list sign such as `- ` or `1) ` at the start of `t` when `first` is empty).
fn write_hanging(out: &mut dyn Write, first: &str, t: &str, lay: Layout) -> std::io::Result<()> {
    let (first, t) = match t.split_once(' ') {
        Some((sign, rest)) if first.is_empty() && text::is_bullet(t) => (format!("{sign} "), rest),
        _ => (first.to_string(), t),
    };
    let lead = text::width(&first).min(lay.width / 2);
    for (i, l) in text::wrap_whole(t, lay.width.saturating_sub(lead).max(10)).iter().enumerate() {
        if i == 0 {
            writeln!(out, "{first}{l}")?;
        } else {
            writeln!(out, "{}{l}", " ".repeat(lead))?;
        }
    }
    Ok(())
}

/// A body as one line per paragraph or list item, for programs: the line breaks of the
/// source files are gone, paragraphs are separated by an empty line.
pub fn flat_body(body: &str) -> String {
    let mut out = String::new();
    for b in text::blocks(body) {
        match b {
            Block::Gap => out.push('\n'),
            Block::Text(t) | Block::Bullet(t) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&t);
                out.push('\n');
            }
        }
    }
    out.trim_end().to_string()
}

/// "What to do now" with its actions (if any), then the contacts (if any).
fn write_actions_and_contacts(
    out: &mut dyn Write,
    texts: &Texts,
    lang: Lang,
    actions: &[String],
    contacts: &[ContactView],
    lay: Layout,
) -> std::io::Result<()> {
    if !actions.is_empty() {
        writeln!(out, "{}", texts.get(lang, "ui-actions"))?;
        // Bullets: a number is an answer.
        for a in actions {
            write_hanging(out, "- ", a, lay)?;
        }
    }
    write_contacts(out, texts, lang, contacts, lay)
}

fn write_contacts(
    out: &mut dyn Write,
    texts: &Texts,
    lang: Lang,
    contacts: &[ContactView],
    lay: Layout,
) -> std::io::Result<()> {
    if !contacts.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", texts.get(lang, "ui-contacts"))?;
        for c in contacts {
            write_hanging(out, "- ", &c.name, lay)?;
            for l in contact_details(texts, lang, c) {
                write_hanging(out, "  ", &l, lay)?;
            }
        }
    }
    Ok(())
}

fn write_plain_step(out: &mut dyn Write, texts: &Texts, lang: Lang, v: &StepView, lay: Layout) -> std::io::Result<()> {
    writeln!(out)?;
    write_hanging(out, "", &format!("== {} ==", v.trail.join(" > ")), lay)?;
    if let Some(o) = &v.overdue {
        write_hanging(out, "! ", o, lay)?;
    }
    write_hanging(out, "", &crate::view::progress_line(texts, lang, &v.progress), lay)?;
    for d in &v.duties {
        write_hanging(out, "", &texts.fmt(lang, "walk-duty", &[("duty", &d.title)]), lay)?;
    }
    write_hanging(out, "", &v.title, lay)?;
    if !v.body.is_empty() {
        writeln!(out)?;
        write_body(out, &v.body, lay)?;
    }
    if !v.actions.is_empty() {
        writeln!(out)?;
    }
    write_actions_and_contacts(out, texts, lang, &v.actions, &v.contacts, lay)?;
    // The answers first, then where the step comes from, then how to answer.
    match v.kind {
        StepKind::Question => {
            writeln!(out)?;
            for c in &v.choices {
                write_hanging(out, &format!("{}) ", c.number), &c.label, lay)?;
            }
        }
        StepKind::Checklist => {
            writeln!(out)?;
            for c in &v.items {
                let known = if v.known.contains(&c.key) { texts.get(lang, "walk-known") } else { String::new() };
                write_hanging(out, &format!("{}) ", c.number), &format!("{}{known}", c.label), lay)?;
            }
        }
        // An info's points: bullets (a number is an answer).
        StepKind::Info => {
            if !v.items.is_empty() {
                writeln!(out)?;
            }
            for c in &v.items {
                write_hanging(out, "- ", &c.label, lay)?;
            }
        }
        StepKind::Outcome => {}
    }
    writeln!(out)?;
    write_hanging(out, "", &format!("({})", crate::view::source_line(texts, lang, &v.source)), lay)?;
    let hint = match v.kind {
        StepKind::Question => "walk-hint-question",
        StepKind::Checklist => "walk-hint-checklist",
        StepKind::Info | StepKind::Outcome => "walk-hint-continue",
    };
    write_hanging(out, "", &texts.get(lang, hint), lay)?;
    if v.why.is_some() {
        write_hanging(out, "", &texts.get(lang, "walk-hint-why"), lay)?;
    }
    write!(out, "> ")?;
    out.flush()
}

/// The summary as plain text: what came of the case, the duties in force, what to do
/// (now, today, follow-up), the contacts, the path, and the version of the guidance.
pub fn write_plain_summary(
    out: &mut dyn Write,
    texts: &Texts,
    lang: Lang,
    v: &SummaryView,
    lay: Layout,
) -> std::io::Result<()> {
    writeln!(out)?;
    match &v.outcome {
        Some(o) => writeln!(out, "== {} ==", texts.fmt(lang, "ui-summary-outcome", &[("outcome", &o.title)]))?,
        None => writeln!(out, "== {} ==", texts.get(lang, "ui-summary"))?,
    }
    if let Some(o) = &v.overdue {
        write_hanging(out, "! ", o, lay)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", texts.get(lang, "ui-summary-duties"))?;
    if v.duties.is_empty() {
        writeln!(out, "- {}", texts.get(lang, "ui-summary-no-duties"))?;
    }
    for d in &v.duties {
        write_hanging(out, "- ", &format!("{}: {}", d.title, d.text), lay)?;
    }
    for g in &v.groups {
        writeln!(out)?;
        writeln!(out, "{}", g.title)?;
        for a in &g.actions {
            write_hanging(out, "- ", a, lay)?;
        }
    }
    write_contacts(out, texts, lang, &v.contacts, lay)?;
    writeln!(out)?;
    writeln!(out, "{}", texts.get(lang, "ui-summary-path"))?;
    for (i, p) in v.path.iter().enumerate() {
        let line = if p.answer.is_empty() { p.title.clone() } else { format!("{}: {}", p.title, p.answer) };
        write_hanging(out, &format!("{}) ", i + 1), &line, lay)?;
    }
    writeln!(out)?;
    write_hanging(out, "", &texts.fmt(lang, "ui-version", &[("version", &v.version)]), lay)?;
    out.flush()
}

/// The summary as an export: complete (not discreet), in the language asked for,
/// wrapped to 80 columns.
pub fn summary_text(s: &Session, texts: &Texts, lang: Lang) -> String {
    summary_text_as(s, texts, lang, false)
}

/// The summary as an export, discreet or complete: in discreet mode what leaves the
/// screen (a print in the terminal, a saved file, `walk --export`) is discreet too,
/// unless the full text is asked for.
pub fn summary_text_as(s: &Session, texts: &Texts, lang: Lang, discreet: bool) -> String {
    let mut full = s.clone();
    full.set_discreet(discreet);
    let v = summary_view(&full, texts, lang);
    let mut buf: Vec<u8> = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_plain_summary(&mut buf, texts, lang, &v, Layout::default());
    String::from_utf8_lossy(&buf).trim_start().to_string()
}

/// The discreet slip for the person: one fixed slip, the same for everyone whatever the
/// case (a slip given to every arrival gives nothing away): the directory's contacts
/// marked `slip`, in its order, by label, number, web and hours only, under a neutral
/// heading, in `lang`. Nothing in it names the topic (the contacts' names are checked for
/// that), and no organisation's internal name.
pub fn slip_text(s: &Session, texts: &Texts, lang: Lang) -> String {
    let set = &s.model().set;
    let ids = crate::slip::slip_contacts(set);
    // The same labels as the page in the person's language (no "police" on a paper the
    // person carries); a contact a local file added shows its name.
    let labels = crate::slip::language(lang.code()).map(|l| &l.labels);
    let mut out = vec![texts.get(lang, "slip-heading"), String::new()];
    for c in crate::view::contact_views(set, lang, true, &ids) {
        let name = labels.and_then(|l| l.get(&c.id)).unwrap_or(&c.name);
        out.push(match &c.phone {
            Some(p) => texts.fmt(lang, "slip-line", &[("name", name), ("phone", p)]),
            None => name.clone(),
        });
        out.extend(c.hours.iter().map(|h| format!("  {h}")));
        out.extend(c.web.iter().map(|w| format!("  {w}")));
    }
    out.join("\n")
}

fn json_step(v: &StepView) -> serde_json::Value {
    let mut o = json!({
        "type": "step",
        "flow": v.flow,
        "node": v.node,
        "kind": v.kind,
        "title": v.title,
        "body": flat_body(&v.body),
        "choices": v.choices,
        "items": v.items,
        "duties": v.duties,
        "source": v.source,
        "trail": v.trail,
        "progress": v.progress,
    });
    if let Some(w) = &v.why {
        o["why"] = json!(flat_body(w));
    }
    if !v.known.is_empty() {
        o["known"] = json!(v.known);
    }
    if let Some(d) = &v.overdue {
        o["overdue"] = json!(d);
    }
    if v.kind == StepKind::Outcome {
        o["actions"] = json!(v.actions);
        o["contacts"] = json!(v.contacts);
    }
    // An info's points are read, not answered: labels only, no numbers to send.
    if v.kind == StepKind::Info {
        o["items"] = json!([]);
        o["points"] = json!(v.items.iter().map(|i| json!({"key": i.key, "label": i.label})).collect::<Vec<_>>());
    }
    o
}

fn json_summary(v: &SummaryView) -> serde_json::Value {
    json!({
        "type": "summary",
        "outcome": v.outcome,
        "duties": v.duties,
        "actions": v.actions,
        "contacts": v.contacts,
        "path": v.path,
        "facts": v.facts,
        "version": v.version,
        "overdue": v.overdue,
    })
}

/// One JSON object on a line; DEL, C1 and bidirectional controls escaped as well as the
/// C0 controls serde_json escapes.
fn write_json(out: &mut dyn Write, v: &serde_json::Value) -> std::io::Result<()> {
    writeln!(out, "{}", safe::json_escaped(&v.to_string()))?;
    out.flush()
}

/// What to do with the summary once the case is done.
pub trait OnSummary {
    /// Called once, when the summary is reached; the message to show on failure (the
    /// walk shows it and ends with [`End::SummaryFailed`]).
    fn done(&mut self, session: &Session, texts: &Texts, lang: Lang) -> Result<(), Msg>;
}

/// Nothing: the default.
pub struct Nothing;
impl OnSummary for Nothing {
    fn done(&mut self, _: &Session, _: &Texts, _: Lang) -> Result<(), Msg> {
        Ok(())
    }
}

/// Plain text for people goes out only through here: every control character made
/// visible (the content is checked, but a local file or a path may carry anything).
struct Plain<'a> {
    out: &'a mut dyn Write,
}

impl Write for Plain<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        // Whole formatted pieces arrive here; a piece cut inside a character is shown
        // with U+FFFD, never raw.
        let text = String::from_utf8_lossy(buf);
        self.out.write_all(safe::visible(&text).as_bytes())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Walks `session` to its end, reading answers from `input`, writing to `out`.
pub fn run(
    session: &mut Session,
    texts: &Texts,
    lang: Lang,
    mode: Mode,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<End> {
    let setup = Setup { lang, layout: Layout::default(), notices: &[], on_summary: &mut Nothing };
    run_with(session, texts, mode, setup, input, out)
}

/// What a walk needs besides the session: how to lay out plain text, what to tell first,
/// and what to do with the summary (an export).
pub struct Setup<'a> {
    /// The language the walk speaks.
    pub lang: Lang,
    pub layout: Layout,
    pub notices: &'a [Notice],
    pub on_summary: &'a mut dyn OnSummary,
}

/// [`run`] with a [`Setup`].
pub fn run_with(
    session: &mut Session,
    texts: &Texts,
    mode: Mode,
    setup: Setup,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<End> {
    match mode {
        Mode::Plain => walk(session, texts, mode, setup, input, &mut Plain { out }),
        Mode::Json => walk(session, texts, mode, setup, input, out),
    }
}

fn walk(
    session: &mut Session,
    texts: &Texts,
    mode: Mode,
    setup: Setup,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<End> {
    let Setup { lang, layout: lay, notices, on_summary } = setup;
    let cmds = Commands::of(texts);
    for n in notices {
        match mode {
            Mode::Plain => {
                write_hanging(out, "", &n.message, lay)?;
                writeln!(out)?;
            }
            Mode::Json => {
                let mut o = json!({"type": "notice", "id": n.id, "message": n.message});
                if let Some(p) = &n.path {
                    o["path"] = json!(p);
                }
                write_json(out, &o)?;
            }
        }
    }
    if mode == Mode::Plain {
        write_hanging(out, "", &texts.get(lang, "walk-intro"), lay)?;
    }
    loop {
        let v = crate::view::step_view_about(session, texts, lang);
        if session.is_finished() {
            let sum = summary_view(session, texts, lang);
            match mode {
                Mode::Plain => {
                    write_plain_step_end(out, &v, lay)?;
                    write_plain_summary(out, texts, lang, &sum, lay)?;
                }
                Mode::Json => write_json(out, &json_summary(&sum))?,
            }
            return match on_summary.done(session, texts, lang) {
                Ok(()) => Ok(End::Done),
                Err(m) => {
                    let msg = texts.msg(lang, &m);
                    match mode {
                        Mode::Plain => {
                            writeln!(out)?;
                            write_hanging(out, "", &msg, lay)?;
                        }
                        Mode::Json => write_json(out, &json!({"type": "error", "message": msg, "node": v.node}))?,
                    }
                    Ok(End::SummaryFailed)
                }
            };
        }
        match mode {
            Mode::Plain => write_plain_step(out, texts, lang, &v, lay)?,
            Mode::Json => write_json(out, &json_step(&v))?,
        }
        // Read until an answer moves the session.
        loop {
            let line = match read_answer(input)? {
                Line::Eof => {
                    if mode == Mode::Plain {
                        writeln!(out)?;
                        writeln!(out, "{}", texts.get(lang, "walk-eof"))?;
                    }
                    return Ok(End::Quit);
                }
                Line::Text(l) => l,
                Line::Refused(m) => {
                    write_error(out, texts, lang, mode, &v, lay, &m)?;
                    continue;
                }
            };
            let err: Option<Msg> = match parse_line(&line, &v, &cmds) {
                Parsed::Quit => {
                    if mode == Mode::Plain {
                        writeln!(out, "{}", texts.get(lang, "walk-quit"))?;
                    }
                    return Ok(End::Quit);
                }
                Parsed::Why => match (&v.why, mode) {
                    (Some(w), Mode::Plain) => {
                        writeln!(out)?;
                        write_body(out, w, lay)?;
                        writeln!(out)?;
                        write!(out, "> ")?;
                        out.flush()?;
                        continue;
                    }
                    // JSON steps carry `why` already; the step again.
                    (Some(_), Mode::Json) => {
                        write_json(out, &json_step(&v))?;
                        continue;
                    }
                    (None, _) => Some(Msg::new("walk-err-no-why")),
                },
                Parsed::Back => {
                    if session.back() {
                        None
                    } else {
                        Some(Msg::new("walk-err-at-start"))
                    }
                }
                Parsed::Answer(a) => match session.answer(a) {
                    Ok(()) => None,
                    Err(EngineError::BadAnswer) => {
                        Some(Msg::new("walk-err-unknown").arg("input", excerpt(line.trim())))
                    }
                    Err(EngineError::Finished) => None,
                    Err(e) => Some(e.message()),
                },
                Parsed::Invalid(id, arg) => Some(Msg::new(id).arg("input", arg.as_str()).arg("n", arg)),
            };
            match err {
                None => break,
                Some(m) => write_error(out, texts, lang, mode, &v, lay, &m)?,
            }
        }
    }
}

/// What is wrong with an answer, then the same step again (in plain text the prompt).
fn write_error(
    out: &mut dyn Write,
    texts: &Texts,
    lang: Lang,
    mode: Mode,
    v: &StepView,
    lay: Layout,
    m: &Msg,
) -> std::io::Result<()> {
    let msg = texts.msg(lang, m);
    match mode {
        Mode::Plain => {
            write_hanging(out, "", &msg, lay)?;
            write!(out, "> ")?;
            out.flush()
        }
        Mode::Json => {
            write_json(out, &json!({"type": "error", "message": msg, "node": v.node}))?;
            write_json(out, &json_step(v))
        }
    }
}

/// The longest answer line read, in bytes without its line end: an answer is a number,
/// a key or a few of them. A longer line is read to its end and dropped, never held.
pub const MAX_LINE_BYTES: usize = 4096;

/// The most characters of an answer quoted back in a message.
pub const EXCERPT_CHARS: usize = 32;

/// What a message quotes of an answer: at most [`EXCERPT_CHARS`] characters, each on
/// one line and harmless ([`safe::one_line`]), with `…` where more was cut off.
pub fn excerpt(s: &str) -> String {
    let mut out: String = s.chars().take(EXCERPT_CHARS).collect();
    if s.chars().nth(EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    safe::one_line(&out).into_owned()
}

/// One line of input, as the walk reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// The input ended.
    Eof,
    /// A line of text (with its line end, if it had one).
    Text(String),
    /// A line that cannot be an answer (not UTF-8, or longer than [`MAX_LINE_BYTES`]):
    /// what to tell the user. The line is read and gone; the next one is the next answer.
    Refused(Msg),
}

/// Reads the next answer line, holding at most [`MAX_LINE_BYTES`] (and its line end) of
/// it: the rest of a longer line is read and dropped as it comes, so a line of 100 MB
/// costs no more memory than one of 4 KiB. A line that is too long, or not UTF-8, is
/// refused with a message, not an error: it must not end the walk.
pub fn read_answer(input: &mut dyn BufRead) -> std::io::Result<Line> {
    let keep = MAX_LINE_BYTES + 2;
    let mut buf: Vec<u8> = Vec::new();
    let mut seen = 0usize;
    loop {
        let avail = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        let (n, end) = match memchr::memchr(b'\n', avail) {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        let room = keep.saturating_sub(buf.len()).min(n);
        buf.extend_from_slice(&avail[..room]);
        input.consume(n);
        seen = seen.saturating_add(n);
        if end {
            break;
        }
    }
    if seen == 0 {
        return Ok(Line::Eof);
    }
    // Cut off (then more than MAX_LINE_BYTES + 2 bytes came), or too long without its
    // line end (LF or CRLF).
    let too_long = seen > buf.len() || {
        let mut len = buf.len();
        if buf.ends_with(b"\n") {
            len -= 1;
            if buf[..len].ends_with(b"\r") {
                len -= 1;
            }
        }
        len > MAX_LINE_BYTES
    };
    if too_long {
        let head = String::from_utf8_lossy(&buf[..buf.len().min(EXCERPT_CHARS * 4)]).into_owned();
        let msg = Msg::new("walk-err-too-long").arg("limit", MAX_LINE_BYTES.to_string()).arg("input", excerpt(&head));
        return Ok(Line::Refused(msg));
    }
    Ok(match String::from_utf8(buf) {
        Ok(l) => Line::Text(l),
        Err(_) => Line::Refused(Msg::new("walk-err-not-utf8")),
    })
}

/// The last outcome of the case, shown before the summary.
fn write_plain_step_end(out: &mut dyn Write, v: &StepView, lay: Layout) -> std::io::Result<()> {
    writeln!(out)?;
    write_hanging(out, "", &format!("== {} ==", v.trail.join(" > ")), lay)?;
    write_hanging(out, "", &v.title, lay)?;
    if !v.body.is_empty() {
        writeln!(out)?;
        write_body(out, &v.body, lay)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "Police \u{1b}]52;c;aGFja2Vk\u{7}\u{1b}[31mRED\u{9b}0m \u{202e}dlrow\u{7f}";

    #[test]
    fn plain_output_never_carries_a_control_character() {
        let mut buf = Vec::new();
        {
            let mut p = Plain { out: &mut buf };
            writeln!(p, "- {HOSTILE}").unwrap_or_default();
            let crlf = "a\r\nb\tc";
            write!(p, "{crlf}").unwrap_or_default();
        }
        let s = String::from_utf8(buf).unwrap_or_default();
        assert_eq!(safe::first_unsafe(&s), None, "{s:?}");
        assert!(s.contains("Police \u{241b}]52;c;aGFja2Vk\u{2407}\u{241b}[31mRED"), "{s:?}");
        assert!(s.ends_with("a\r\nb\tc"), "{s:?}");
    }

    #[test]
    fn answer_lines_are_read_up_to_the_limit_and_no_further() {
        let ok = "1".repeat(MAX_LINE_BYTES);
        let over = "2".repeat(MAX_LINE_BYTES + 1);
        let text = format!("{ok}\n{ok}\r\n{over}\n{over}\r\nnext\nlast");
        let mut input = std::io::Cursor::new(text.into_bytes());
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Text(format!("{ok}\n"))));
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Text(format!("{ok}\r\n"))));
        for _ in 0..2 {
            match read_answer(&mut input) {
                Ok(Line::Refused(m)) => {
                    assert_eq!(m.id, "walk-err-too-long");
                    assert!(m.args.contains(&("input", format!("{}…", "2".repeat(EXCERPT_CHARS)))), "{m:?}");
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Text("next\n".into())));
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Text("last".into())));
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Eof));
    }

    #[test]
    fn an_excerpt_is_short_and_on_one_line() {
        assert_eq!(excerpt("maybe"), "maybe");
        let long = format!("a\u{1b}[2J\r{}", "x".repeat(100));
        let e = excerpt(&long);
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 1);
        assert!(e.starts_with("a\u{241b}[2J\u{240d}") && e.ends_with('…'), "{e}");
    }

    #[test]
    fn json_output_escapes_every_control_character_and_keeps_the_value() {
        let mut buf = Vec::new();
        write_json(&mut buf, &json!({"type": "notice", "message": HOSTILE})).unwrap_or_default();
        let s = String::from_utf8(buf).unwrap_or_default();
        assert!(!s.chars().any(safe::is_unsafe), "{s:?}");
        let v: serde_json::Value = serde_json::from_str(s.trim_end()).unwrap_or_default();
        assert_eq!(v["message"], HOSTILE);
    }
}
