//! The line modes on top of the engine: `--plain` for people and screen readers, `--json`
//! for programs. One step at a time on the output, one answer a line on the input.

use crate::engine::{Answer, EngineError, Session};
use crate::i18n::Texts;
use crate::safe;
use crate::view::{ContactView, StepView, SummaryView, contact_details, step_view, summary_view};
use serde_json::json;
use std::io::{BufRead, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
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
}

/// What a line of input means at a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Answer(Answer),
    Back,
    Quit,
    /// A tool-message id saying what is wrong, with its argument.
    Invalid(&'static str, String),
}

/// Reads one answer line against the current step.
pub fn parse_line(line: &str, view: &StepView) -> Parsed {
    let l = line.trim();
    let lower = l.to_lowercase();
    match lower.as_str() {
        "back" | "tilbake" | "b" => return Parsed::Back,
        "quit" | "avslutt" | "q" => return Parsed::Quit,
        _ => {}
    }
    match view.kind {
        "question" => {
            if l.is_empty() {
                return Parsed::Invalid("walk-err-choose", view.choices.len().to_string());
            }
            if let Ok(n) = l.parse::<usize>() {
                return match view.choices.get(n.wrapping_sub(1)) {
                    Some(c) => Parsed::Answer(Answer::Choose(c.key.clone())),
                    None => Parsed::Invalid("walk-err-number", view.choices.len().to_string()),
                };
            }
            match view.choices.iter().find(|c| c.key == lower) {
                Some(c) => Parsed::Answer(Answer::Choose(c.key.clone())),
                None => Parsed::Invalid("walk-err-unknown", l.to_string()),
            }
        }
        "checklist" => {
            let mut keys = Vec::new();
            for tok in l.split([' ', ',', ';', '\t']).filter(|t| !t.is_empty()) {
                let item = match tok.parse::<usize>() {
                    Ok(n) => view.items.get(n.wrapping_sub(1)),
                    Err(_) => view.items.iter().find(|i| i.key == tok.to_lowercase()),
                };
                match item {
                    Some(i) => keys.push(i.key.clone()),
                    None => return Parsed::Invalid("walk-err-item", tok.to_string()),
                }
            }
            Parsed::Answer(Answer::Tick(keys))
        }
        _ => {
            if l.is_empty() {
                Parsed::Answer(Answer::Continue)
            } else {
                Parsed::Invalid("walk-err-continue", l.to_string())
            }
        }
    }
}

/// "What to do now" with its actions (if any), then the contacts (if any).
fn write_actions_and_contacts(
    out: &mut dyn Write,
    texts: &Texts,
    s: &Session,
    actions: &[String],
    contacts: &[ContactView],
) -> std::io::Result<()> {
    if !actions.is_empty() {
        writeln!(out, "{}", texts.get(s.lang(), "ui-actions"))?;
        for a in actions {
            writeln!(out, "- {a}")?;
        }
    }
    if !contacts.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", texts.get(s.lang(), "ui-contacts"))?;
        for c in contacts {
            writeln!(out, "- {}", c.name)?;
            for l in contact_details(texts, s.lang(), c) {
                writeln!(out, "  {l}")?;
            }
        }
    }
    Ok(())
}

fn write_plain_step(out: &mut dyn Write, texts: &Texts, s: &Session, v: &StepView) -> std::io::Result<()> {
    let lang = s.lang();
    writeln!(out)?;
    writeln!(out, "== {} ==", v.trail.join(" > "))?;
    for d in &v.duties {
        writeln!(out, "{}", texts.fmt(lang, "walk-duty", &[("duty", &d.title)]))?;
    }
    writeln!(out, "{}", v.title)?;
    if !v.body.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", v.body)?;
    }
    if !v.actions.is_empty() {
        writeln!(out)?;
    }
    write_actions_and_contacts(out, texts, s, &v.actions, &v.contacts)?;
    let src = &v.source;
    let src_text = match (&src.section, &src.updated) {
        (Some(sec), Some(d)) => {
            texts.fmt(lang, "ui-source-dated", &[("doc", &src.document), ("section", sec), ("date", d)])
        }
        (Some(sec), None) => texts.fmt(lang, "ui-source", &[("doc", &src.document), ("section", sec)]),
        (None, Some(d)) => texts.fmt(lang, "ui-source-doc-dated", &[("doc", &src.document), ("date", d)]),
        (None, None) => texts.fmt(lang, "ui-source-doc", &[("doc", &src.document)]),
    };
    writeln!(out, "({src_text})")?;
    writeln!(out)?;
    match v.kind {
        "question" => {
            for (i, c) in v.choices.iter().enumerate() {
                writeln!(out, "{}) {}", i + 1, c.label)?;
            }
            writeln!(out, "{}", texts.get(lang, "walk-hint-question"))?;
        }
        "checklist" => {
            for (i, c) in v.items.iter().enumerate() {
                writeln!(out, "{}) {}", i + 1, c.label)?;
            }
            writeln!(out, "{}", texts.get(lang, "walk-hint-checklist"))?;
        }
        _ => writeln!(out, "{}", texts.get(lang, "walk-hint-continue"))?,
    }
    write!(out, "> ")?;
    out.flush()
}

fn write_plain_summary(out: &mut dyn Write, texts: &Texts, s: &Session, v: &SummaryView) -> std::io::Result<()> {
    let lang = s.lang();
    writeln!(out)?;
    writeln!(out, "== {} ==", texts.get(lang, "ui-summary"))?;
    if let Some(o) = &v.outcome {
        writeln!(out, "{}", texts.fmt(lang, "ui-summary-outcome", &[("outcome", &o.title)]))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", texts.get(lang, "ui-summary-duties"))?;
    if v.duties.is_empty() {
        writeln!(out, "- {}", texts.get(lang, "ui-summary-no-duties"))?;
    }
    for d in &v.duties {
        writeln!(out, "- {}: {}", d.title, d.text)?;
    }
    writeln!(out)?;
    if v.actions.is_empty() {
        writeln!(out, "{}", texts.get(lang, "ui-actions"))?;
    }
    write_actions_and_contacts(out, texts, s, &v.actions, &v.contacts)?;
    writeln!(out)?;
    writeln!(out, "{}", texts.get(lang, "ui-summary-path"))?;
    for (i, p) in v.path.iter().enumerate() {
        if p.answer.is_empty() {
            writeln!(out, "{}. {}", i + 1, p.title)?;
        } else {
            writeln!(out, "{}. {}: {}", i + 1, p.title, p.answer)?;
        }
    }
    out.flush()
}

fn json_step(v: &StepView) -> serde_json::Value {
    let mut o = json!({
        "type": "step",
        "flow": v.flow,
        "node": v.node,
        "kind": v.kind,
        "title": v.title,
        "body": v.body,
        "choices": v.choices,
        "items": v.items,
        "duties": v.duties,
        "source": v.source,
        "trail": v.trail,
    });
    if v.kind == "outcome" {
        o["actions"] = json!(v.actions);
        o["contacts"] = json!(v.contacts);
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
    })
}

/// One JSON object on a line; DEL, C1 and bidirectional controls escaped as well as the
/// C0 controls serde_json escapes.
fn write_json(out: &mut dyn Write, v: &serde_json::Value) -> std::io::Result<()> {
    writeln!(out, "{}", safe::json_escaped(&v.to_string()))?;
    out.flush()
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
    mode: Mode,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<End> {
    run_with_notices(session, texts, mode, &[], input, out)
}

/// [`run`], telling `notices` first.
pub fn run_with_notices(
    session: &mut Session,
    texts: &Texts,
    mode: Mode,
    notices: &[Notice],
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<End> {
    match mode {
        Mode::Plain => walk(session, texts, mode, notices, input, &mut Plain { out }),
        Mode::Json => walk(session, texts, mode, notices, input, out),
    }
}

fn walk(
    session: &mut Session,
    texts: &Texts,
    mode: Mode,
    notices: &[Notice],
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<End> {
    let lang = session.lang();
    for n in notices {
        match mode {
            Mode::Plain => {
                writeln!(out, "{}", n.message)?;
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
        writeln!(out, "{}", texts.get(lang, "walk-intro"))?;
    }
    loop {
        let v = step_view(session, texts);
        if session.is_finished() {
            let sum = summary_view(session, texts);
            match mode {
                Mode::Plain => {
                    write_plain_step_end(out, &v)?;
                    write_plain_summary(out, texts, session, &sum)?;
                }
                Mode::Json => write_json(out, &json_summary(&sum))?,
            }
            return Ok(End::Done);
        }
        match mode {
            Mode::Plain => write_plain_step(out, texts, session, &v)?,
            Mode::Json => write_json(out, &json_step(&v))?,
        }
        // Read until an answer moves the session.
        loop {
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                if mode == Mode::Plain {
                    writeln!(out)?;
                    writeln!(out, "{}", texts.get(lang, "walk-eof"))?;
                }
                return Ok(End::Quit);
            }
            let err: Option<(&str, String)> = match parse_line(&line, &v) {
                Parsed::Quit => {
                    if mode == Mode::Plain {
                        writeln!(out, "{}", texts.get(lang, "walk-quit"))?;
                    }
                    return Ok(End::Quit);
                }
                Parsed::Back => {
                    if session.back() {
                        None
                    } else {
                        Some(("walk-err-at-start", String::new()))
                    }
                }
                Parsed::Answer(a) => match session.answer(a) {
                    Ok(()) => None,
                    Err(EngineError::BadAnswer) => Some(("walk-err-unknown", line.trim().to_string())),
                    Err(EngineError::Finished) => None,
                    Err(e) => Some(("walk-err-broken", format!("{e:?}"))),
                },
                Parsed::Invalid(id, arg) => Some((id, arg)),
            };
            match err {
                None => break,
                Some((id, arg)) => {
                    let msg = texts.fmt(lang, id, &[("input", &arg), ("n", &arg)]);
                    match mode {
                        Mode::Plain => {
                            writeln!(out, "{msg}")?;
                            write!(out, "> ")?;
                            out.flush()?;
                        }
                        Mode::Json => {
                            write_json(out, &json!({"type": "error", "message": msg, "node": v.node}))?;
                            write_json(out, &json_step(&v))?;
                        }
                    }
                }
            }
        }
    }
}

/// The last outcome of the case, shown before the summary.
fn write_plain_step_end(out: &mut dyn Write, v: &StepView) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "== {} ==", v.trail.join(" > "))?;
    writeln!(out, "{}", v.title)?;
    if !v.body.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", v.body)?;
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
    fn json_output_escapes_every_control_character_and_keeps_the_value() {
        let mut buf = Vec::new();
        write_json(&mut buf, &json!({"type": "notice", "message": HOSTILE})).unwrap_or_default();
        let s = String::from_utf8(buf).unwrap_or_default();
        assert!(!s.chars().any(safe::is_unsafe), "{s:?}");
        let v: serde_json::Value = serde_json::from_str(s.trim_end()).unwrap_or_default();
        assert_eq!(v["message"], HOSTILE);
    }
}
