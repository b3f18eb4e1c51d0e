//! The summary and the slip as plain text, the same for every front end: the line
//! mode writes the summary at the end of a walk, the TUI saves or prints these texts,
//! and `walk --export` writes them to a file.

use crate::engine::Session;
use crate::i18n::{Lang, Texts};
use crate::text;
use crate::view::{ContactView, SummaryView, contact_details, summary_view};
use std::io::Write;

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

/// `first` then `t`, wrapped, later lines indented to where the text starts (after a
/// list sign such as `- ` or `1) ` at the start of `t` when `first` is empty).
pub fn write_hanging(out: &mut dyn Write, first: &str, t: &str, lay: Layout) -> std::io::Result<()> {
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

/// The contacts under their heading (nothing when there are none).
pub fn write_contacts(
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
    let set = s.model();
    let ids = super::slip::slip_contacts(set);
    // The same labels as the page in the person's language (no "police" on a paper the
    // person carries); a contact a local file added shows its name.
    let labels = super::slip::language(lang.code()).map(|l| &l.labels);
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
