//! The JSON line mode: one object a line, for programs (the protocol is in the README,
//! "walk --json").

use super::{Notice, Talk};
use crate::engine::StepKind;
use crate::safe;
use crate::text::{self, Block};
use crate::view::{StepView, SummaryView};
use serde_json::json;
use std::io::Write;

/// The JSON talk.
pub(super) struct Json<'a> {
    pub(super) out: &'a mut dyn Write,
}

impl Talk for Json<'_> {
    fn notice(&mut self, n: &Notice) -> std::io::Result<()> {
        let mut o = json!({"type": "notice", "id": n.id, "message": n.message});
        if let Some(p) = &n.path {
            o["path"] = json!(p);
        }
        write_json(self.out, &o)
    }

    fn intro(&mut self) -> std::io::Result<()> {
        Ok(())
    }

    fn step(&mut self, v: &StepView) -> std::io::Result<()> {
        write_json(self.out, &json_step(v))
    }

    fn finished(&mut self, _: &StepView, summary: &SummaryView) -> std::io::Result<()> {
        write_json(self.out, &json_summary(summary))
    }

    fn summary_failed(&mut self, last: &StepView, msg: &str) -> std::io::Result<()> {
        write_json(self.out, &json!({"type": "error", "message": msg, "node": last.node}))
    }

    /// JSON steps carry `why` already: the step again.
    fn why(&mut self, v: &StepView, _: &str) -> std::io::Result<()> {
        write_json(self.out, &json_step(v))
    }

    fn error(&mut self, v: &StepView, msg: &str) -> std::io::Result<()> {
        write_json(self.out, &json!({"type": "error", "message": msg, "node": v.node}))?;
        write_json(self.out, &json_step(v))
    }

    fn eof(&mut self) -> std::io::Result<()> {
        Ok(())
    }

    fn quit(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A body as one line per paragraph or list item, for programs: the line breaks of the
/// source files are gone, paragraphs are separated by an empty line.
fn flat_body(body: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "Police \u{1b}]52;c;aGFja2Vk\u{7}\u{1b}[31mRED\u{9b}0m \u{202e}dlrow\u{7f}";

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
