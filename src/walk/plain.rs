//! The plain line mode: text for people and screen readers, wrapped to the layout's
//! width, every character made visible on its way out.

use super::{Layout, Notice, Talk};
use crate::engine::StepKind;
use crate::export::summary::{write_contacts, write_hanging, write_plain_summary};
use crate::i18n::{Lang, Texts};
use crate::safe;
use crate::text::{self, Block};
use crate::view::{ContactView, StepView, SummaryView};
use std::io::Write;

/// The plain talk: what it writes and how.
pub(super) struct Plain<'a> {
    out: Visible<'a>,
    texts: &'a Texts,
    lang: Lang,
    lay: Layout,
}

impl<'a> Plain<'a> {
    pub(super) fn new(out: &'a mut dyn Write, texts: &'a Texts, lang: Lang, lay: Layout) -> Plain<'a> {
        Plain { out: Visible { out }, texts, lang, lay }
    }
}

impl Talk for Plain<'_> {
    fn notice(&mut self, n: &Notice) -> std::io::Result<()> {
        write_hanging(&mut self.out, "", &n.message, self.lay)?;
        writeln!(self.out)
    }

    fn intro(&mut self) -> std::io::Result<()> {
        write_hanging(&mut self.out, "", &self.texts.get(self.lang, "walk-intro"), self.lay)
    }

    fn step(&mut self, v: &StepView) -> std::io::Result<()> {
        write_plain_step(&mut self.out, self.texts, self.lang, v, self.lay)
    }

    fn finished(&mut self, last: &StepView, summary: &SummaryView) -> std::io::Result<()> {
        write_plain_step_end(&mut self.out, last, self.lay)?;
        write_plain_summary(&mut self.out, self.texts, self.lang, summary, self.lay)
    }

    fn summary_failed(&mut self, _: &StepView, msg: &str) -> std::io::Result<()> {
        writeln!(self.out)?;
        write_hanging(&mut self.out, "", msg, self.lay)
    }

    fn why(&mut self, _: &StepView, why: &str) -> std::io::Result<()> {
        writeln!(self.out)?;
        write_body(&mut self.out, why, self.lay)?;
        writeln!(self.out)?;
        write!(self.out, "> ")?;
        self.out.flush()
    }

    fn error(&mut self, _: &StepView, msg: &str) -> std::io::Result<()> {
        write_hanging(&mut self.out, "", msg, self.lay)?;
        write!(self.out, "> ")?;
        self.out.flush()
    }

    fn eof(&mut self) -> std::io::Result<()> {
        writeln!(self.out)?;
        writeln!(self.out, "{}", self.texts.get(self.lang, "walk-eof"))
    }

    fn quit(&mut self) -> std::io::Result<()> {
        writeln!(self.out, "{}", self.texts.get(self.lang, "walk-quit"))
    }
}

/// Plain text for people goes out only through here: every control character made
/// visible (the content is checked, but a local file or a path may carry anything).
struct Visible<'a> {
    out: &'a mut dyn Write,
}

impl Write for Visible<'_> {
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
            let mut p = Visible { out: &mut buf };
            writeln!(p, "- {HOSTILE}").unwrap_or_default();
            let crlf = "a\r\nb\tc";
            write!(p, "{crlf}").unwrap_or_default();
        }
        let s = String::from_utf8(buf).unwrap_or_default();
        assert_eq!(safe::first_unsafe(&s), None, "{s:?}");
        assert!(s.contains("Police \u{241b}]52;c;aGFja2Vk\u{2407}\u{241b}[31mRED"), "{s:?}");
        assert!(s.ends_with("a\r\nb\tc"), "{s:?}");
    }
}
