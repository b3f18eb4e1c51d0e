//! Diagnostics: what the checker found, where, and rustc-style rendering through
//! codespan-reporting. Messages are Fluent ids (`check-*` in ui.ftl) with arguments, so
//! they are shown in the user's language.

use crate::i18n::{Lang, Texts};
use crate::safe;
use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config};
use std::borrow::Cow;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// A source file as the checker saw it: a display name and its text (lossy for a file
/// that is not UTF-8; the loader reports that).
#[derive(Debug, Clone)]
pub struct SrcFile {
    pub name: String,
    /// Shared with the loader's other copies of it (a `.ftl` file's [`crate::i18n::FtlText`]).
    pub text: std::sync::Arc<str>,
}

#[derive(Debug, Clone, Default)]
pub struct Files {
    pub files: Vec<SrcFile>,
}

pub type FileId = usize;

impl Files {
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<std::sync::Arc<str>>) -> FileId {
        self.files.push(SrcFile { name: name.into(), text: text.into() });
        self.files.len() - 1
    }
    pub fn get(&self, id: FileId) -> Option<&SrcFile> {
        self.files.get(id)
    }
    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, id: FileId, offset: usize) -> Option<(usize, usize)> {
        let text = &self.files.get(id)?.text;
        let offset = offset.min(text.len());
        let before = text.get(..offset)?;
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Some((line, before[line_start..].chars().count() + 1))
    }
    /// The byte offset of 1-based line and column (as serde_yaml reports them).
    pub fn offset_of(&self, id: FileId, line: usize, col: usize) -> Option<usize> {
        let text = &self.files.get(id)?.text;
        let mut start = 0;
        for _ in 1..line {
            start += text[start..].find('\n')? + 1;
        }
        let mut off = start;
        for (n, (i, _)) in text[start..].char_indices().enumerate() {
            off = start + i;
            if n + 1 == col {
                return Some(off);
            }
        }
        Some(off.max(start).min(text.len()))
    }
}

#[derive(Debug, Clone)]
pub struct Diag {
    pub severity: Severity,
    /// Fluent id of the message (`check-...`); its tail is the code shown in brackets.
    pub msg: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub file: Option<FileId>,
    pub span: Option<Range<usize>>,
    /// Further places, each with a Fluent id for its label.
    pub related: Vec<(FileId, Range<usize>, &'static str)>,
    /// A hint (Fluent id) shown as a note.
    pub help: Option<&'static str>,
    /// Arguments that are themselves messages: (argument, Fluent id, its `$value`),
    /// formatted in the user's language before the message itself.
    pub sub: Vec<(&'static str, &'static str, String)>,
    /// The code shown in brackets, when it is not the message id without `check-`
    /// (several worded YAML messages share the code `yaml`).
    pub code: Option<&'static str>,
}

impl Diag {
    pub fn error(msg: &'static str) -> Diag {
        Diag {
            severity: Severity::Error,
            msg,
            args: Vec::new(),
            file: None,
            span: None,
            related: Vec::new(),
            help: None,
            sub: Vec::new(),
            code: None,
        }
    }
    pub fn warning(msg: &'static str) -> Diag {
        Diag { severity: Severity::Warning, ..Diag::error(msg) }
    }
    pub fn arg(mut self, k: &'static str, v: impl ToString) -> Diag {
        self.args.push((k, v.to_string()));
        self
    }
    pub fn at(mut self, file: FileId, span: Option<Range<usize>>) -> Diag {
        self.file = Some(file);
        self.span = span;
        self
    }
    pub fn related(mut self, file: FileId, span: Range<usize>, label: &'static str) -> Diag {
        self.related.push((file, span, label));
        self
    }
    pub fn help(mut self, help: &'static str) -> Diag {
        self.help = Some(help);
        self
    }
    /// An argument that is a message of its own, with `value` as its `$value`.
    pub fn sub(mut self, k: &'static str, msg: &'static str, value: impl ToString) -> Diag {
        self.sub.push((k, msg, value.to_string()));
        self
    }
    /// The short code: the message id without `check-`, unless set.
    pub fn code(&self) -> &'static str {
        self.code.unwrap_or_else(|| self.msg.strip_prefix("check-").unwrap_or(self.msg))
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
    /// 1-based (line, column) of the start of the span, for tests and summaries.
    pub fn line_col(&self, files: &Files) -> Option<(usize, usize)> {
        files.line_col(self.file?, self.span.as_ref()?.start)
    }
    pub fn text(&self, texts: &Texts, lang: Lang) -> String {
        let subs: Vec<(&str, String)> =
            self.sub.iter().map(|(k, id, v)| (*k, texts.fmt(lang, id, &[("value", v.as_str())]))).collect();
        let mut args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        args.extend(subs.iter().map(|(k, v)| (*k, v.as_str())));
        texts.fmt(lang, self.msg, &args)
    }
}

/// Writes every diagnostic, then a closing count line, to `out`.
pub fn render(
    files: &Files,
    diags: &[Diag],
    texts: &Texts,
    lang: Lang,
    color: bool,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    // The snippets show the source made visible (a control character in a file must not
    // steer the terminal that shows the diagnostic); spans are moved to match.
    // Only the files a finding points into are given their text (borrowed where nothing
    // needs making visible): a clean check of a large set copies nothing.
    let mut shows = vec![false; files.files.len()];
    for d in diags {
        for f in d.file.iter().chain(d.related.iter().map(|(f, _, _)| f)) {
            if let Some(s) = shows.get_mut(*f) {
                *s = true;
            }
        }
    }
    let mut sf: SimpleFiles<String, Cow<str>> = SimpleFiles::new();
    for (f, show) in files.files.iter().zip(&shows) {
        sf.add(safe::visible(&f.name).into_owned(), if *show { safe::visible(&f.text) } else { Cow::Borrowed("") });
    }
    // Where the stand-ins are, found once per file: scanning the file again for each
    // finding made thousands of findings in a big file take minutes.
    let offsets: Vec<Option<safe::VisibleOffsets>> = files
        .files
        .iter()
        .zip(&shows)
        .map(|(f, show)| (*show && safe::first_unsafe(&f.text).is_some()).then(|| safe::VisibleOffsets::new(&f.text)))
        .collect();
    let shown = |f: FileId, span: &Range<usize>| -> Range<usize> {
        let r = clamp(files, f, span);
        match offsets.get(f) {
            Some(Some(v)) => v.get(r.start)..v.get(r.end),
            _ => r,
        }
    };
    let config = Config::default();
    let mut writer: Box<dyn term::WriteStyle> = if color {
        Box::new(term::termcolor::Ansi::new(&mut *out))
    } else {
        Box::new(term::termcolor::NoColor::new(&mut *out))
    };
    for d in diags {
        let sev = match d.severity {
            Severity::Error => CsSeverity::Error,
            Severity::Warning => CsSeverity::Warning,
        };
        let mut cd = Diagnostic::new(sev).with_code(d.code()).with_message(d.text(texts, lang));
        let mut labels = Vec::new();
        let mut notes = Vec::new();
        match (d.file, &d.span) {
            (Some(f), Some(span)) => labels.push(Label::primary(f, shown(f, span))),
            (Some(f), None) => {
                if let Some(file) = files.get(f) {
                    notes.push(texts.fmt(lang, "check-in-file", &[("file", &file.name)]));
                }
            }
            _ => {}
        }
        for (f, span, label) in &d.related {
            labels.push(Label::secondary(*f, shown(*f, span)).with_message(texts.get(lang, label)));
        }
        if let Some(h) = d.help {
            let args: Vec<(&str, &str)> = d.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            notes.push(texts.fmt(lang, h, &args));
        }
        cd = cd.with_labels(labels).with_notes(notes);
        if term::emit_to_write_style(&mut *writer, &config, &sf, &cd).is_err() {
            // A span codespan cannot place: say it without the snippet.
            writeln!(writer, "{}[{}]: {}", sev_word(d.severity), d.code(), d.text(texts, lang))?;
        }
    }
    drop(writer);
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let e = texts.fmt_n(lang, "check-count-errors", "n", errors);
    let w = texts.fmt_n(lang, "check-count-warnings", "n", warnings);
    writeln!(out, "{}", texts.fmt(lang, "check-summary", &[("errors", &e), ("warnings", &w)]))?;
    Ok(())
}

fn sev_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A span inside the file and on char boundaries, so rendering cannot fail on it.
fn clamp(files: &Files, f: FileId, span: &Range<usize>) -> Range<usize> {
    let Some(file) = files.get(f) else { return 0..0 };
    let t = &file.text;
    let mut s = span.start.min(t.len());
    while !t.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = span.end.min(t.len()).max(s);
    while !t.is_char_boundary(e) {
        e += 1;
    }
    s..e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_and_offset_round_trip() {
        let mut f = Files::default();
        let id = f.add("a.yaml", "ab\ncæd\nx");
        assert_eq!(f.line_col(id, 0), Some((1, 1)));
        assert_eq!(f.line_col(id, 3), Some((2, 1)));
        assert_eq!(f.line_col(id, 6), Some((2, 3)));
        assert_eq!(f.offset_of(id, 2, 3), Some(6));
        assert_eq!(f.offset_of(id, 3, 1), Some(8));
    }
}
