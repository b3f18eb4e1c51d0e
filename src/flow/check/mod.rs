//! Every semantic check over a loaded flow set and its locales -> diagnostics.
//! The loader has already reported what is wrong with single files (syntax, types,
//! unknown and duplicate keys, encoding, limits).

mod flows;
mod locales;

use super::cond::Cond;
use super::load::Loaded;
use super::model::{SourceRef, Str};
use crate::diag::{Diag, FileId};
use crate::i18n::Lang;
use flows::{check_calls, check_flows};
use locales::{Messages, check_cycles, compare_locales, read_locales};
use std::collections::HashSet;
use std::ops::Range;

/// Answers the line mode reads as commands, so no choice may use them as its key.
pub const RESERVED_KEYS: &[&str] = &["back", "quit", "tilbake", "avslutt", "b", "q", "why", "hvorfor"];

/// A place in a file: for messages used, facts used, and so on.
#[derive(Debug, Clone)]
struct Place {
    file: FileId,
    span: Option<Range<usize>>,
}

/// A fact a condition uses: the fact, and where the condition stands (its file and path,
/// the fact's offset in the condition's text and that text's length), placed only if the
/// fact turns out to be set nowhere.
type FactUse = (String, FileId, String, usize, usize);

struct Ctx<'a> {
    loaded: &'a Loaded,
    diags: Vec<Diag>,
    /// The locales' messages (read first, so that a use marks its message at once); the
    /// first locale is the reference.
    langs: Vec<Lang>,
    msgs: Messages<'a>,
    /// The row after the message used last ([`Messages::at`]).
    next_use: usize,
    /// Messages used but missing in some locale, reported at their first use.
    missing: HashSet<&'a str>,
    facts_set: HashSet<&'a str>,
    facts_used: Vec<FactUse>,
    /// The references of Fluent messages to messages, for [`check_cycles`].
    fluent_refs: Vec<FluentRef<'a>>,
}

/// A reference from a message (its value, or one of its attributes) to a message (or
/// one of its attributes), in one locale.
struct FluentRef<'t> {
    locale: usize,
    file: FileId,
    span: Range<usize>,
    from: (&'t str, Option<&'t str>),
    to: (&'t str, Option<&'t str>),
}

impl<'a> Ctx<'a> {
    /// The place of `path` in `file`. Positions are found only here, for a diagnostic:
    /// the file's position index is built on the first call.
    fn place(&self, file: FileId, path: &str) -> Place {
        let span = self.loaded.positions(file).and_then(|p| p.best(path));
        Place { file, span }
    }
    fn key_place(&self, file: FileId, path: &str) -> Place {
        let span = self.loaded.positions(file).and_then(|p| p.key_or_best(path));
        Place { file, span }
    }
    fn warn(&mut self, msg: &'static str, p: Place) -> &mut Diag {
        self.diags.push(Diag::warning(msg).at(p.file, p.span));
        let n = self.diags.len() - 1;
        &mut self.diags[n]
    }
    fn err(&mut self, msg: &'static str, p: Place) -> &mut Diag {
        self.diags.push(Diag::error(msg).at(p.file, p.span));
        let n = self.diags.len() - 1;
        &mut self.diags[n]
    }
    /// A message used at `path`: marked used in every locale that has it, and reported
    /// (at its first use) for each that lacks it.
    fn use_msg(&mut self, id: &'a str, file: FileId, path: impl FnOnce() -> String) {
        let row = self.msgs.at(self.next_use, id).or_else(|| self.msgs.find(id));
        if let Some(r) = row {
            self.next_use = r + 1;
        }
        if let Some(u) = row.and_then(|r| self.msgs.used.get_mut(r)) {
            *u = true;
        }
        let has = |li: usize| row.is_some_and(|r| self.msgs.get(r, li).is_some());
        if (0..self.msgs.locales).all(has) || !self.missing.insert(id) {
            return;
        }
        let p = self.place(file, &path());
        for (li, lang) in self.langs.iter().enumerate() {
            if !has(li) {
                let d = Diag::error("check-missing-message")
                    .arg("id", id)
                    .arg("lang", lang.code())
                    .at(p.file, p.span.clone());
                self.diags.push(d);
            }
        }
    }
    fn check_id(&mut self, id: &str, file: FileId, path: impl FnOnce() -> String, key: bool) {
        if !valid_id(id) {
            let path = path();
            let p = if key { self.key_place(file, &path) } else { self.place(file, &path) };
            let d = self.err("check-bad-id", p);
            d.args.push(("id", id.to_string()));
        }
    }
    fn cond(&mut self, c: &Option<Str>, file: FileId, path: impl FnOnce() -> String) {
        let Some(text) = c else { return };
        match Cond::parse(text) {
            Ok(cond) => {
                let path = path();
                for f in cond.facts() {
                    let at = text.find(f).unwrap_or(0);
                    self.facts_used.push((f.to_string(), file, path.clone(), at, text.len()));
                }
            }
            Err(e) => {
                let p = self.place(file, &path());
                let span = p.span.map(|s| {
                    if s.end - s.start == text.len() {
                        s.start + e.at.start..s.start + e.at.end.max(e.at.start)
                    } else {
                        s
                    }
                });
                let mut d = Diag::error("check-bad-condition").arg("cond", text).at(file, span);
                d.help = Some(e.msg);
                d.args.push(("token", e.token));
                self.diags.push(d);
            }
        }
    }
    fn source(&mut self, s: &'a Option<SourceRef>, file: FileId, path: impl Fn() -> String) {
        let Some(s) = s else { return };
        if !self.loaded.set.documents.contains_key(s.doc.as_str()) {
            let p = self.place(file, &format!("{}.doc", path()));
            let d = self.err("check-unknown-doc", p);
            d.args.push(("doc", s.doc.to_string()));
        }
        if let Some(sec) = &s.section {
            self.use_msg(sec, file, || format!("{}.section", path()));
        }
    }
}

/// Lower-case ASCII letters, digits and `-`, starting with a letter.
pub fn valid_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z')) && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Everything the checker finds, loader problems included, sorted by file and place.
pub fn check(loaded: &Loaded) -> Vec<Diag> {
    let mut cx = Ctx {
        loaded,
        diags: Vec::new(),
        // The locales to check; the first is the reference each other one is compared with.
        langs: {
            let l = crate::i18n::ordered(loaded.ftl.iter().map(|(_, f)| f.lang).collect());
            if l.is_empty() { vec![Lang::DEFAULT] } else { l }
        },
        msgs: Messages::default(),
        next_use: 0,
        missing: HashSet::new(),
        facts_set: HashSet::new(),
        facts_used: Vec::new(),
        fluent_refs: Vec::new(),
    };
    read_locales(&mut cx);
    check_cycles(&mut cx);
    check_registries(&mut cx);
    check_flows(&mut cx);
    check_calls(&mut cx);
    // Facts used but set nowhere.
    let used = std::mem::take(&mut cx.facts_used);
    fact_phrases(&mut cx, &used);
    for (f, file, path, at, len) in used {
        if !cx.facts_set.contains(f.as_str()) {
            let mut p = cx.place(file, &path);
            // Point at the fact inside the condition where the scan has its whole text.
            p.span = p.span.map(|s| if s.end - s.start == len { s.start + at..s.start + at + f.len() } else { s });
            let d = cx.err("check-unset-fact", p);
            d.args.push(("fact", f));
        }
    }
    compare_locales(&mut cx);
    let mut all = loaded.diags.clone();
    all.extend(cx.diags);
    all.sort_by_key(|d| (d.file, d.span.as_ref().map(|s| s.start)));
    all
}

/// Every fact in words (exports, handout, trainer view): a fact a condition tests must
/// have its phrase `fact-<name>` in every language, reported once per fact and language
/// at its first use (a fact set nowhere is reported as that only). The phrases of the facts set count as used.
fn fact_phrases(cx: &mut Ctx<'_>, used: &[FactUse]) {
    let set: Vec<&str> = cx.facts_set.iter().copied().collect();
    for f in set.into_iter().chain(used.iter().map(|u| u.0.as_str())) {
        if let Some(row) = cx.msgs.find(&super::cond::fact_id(f))
            && let Some(u) = cx.msgs.used.get_mut(row)
        {
            *u = true;
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    for (f, file, path, at, len) in used {
        // A fact set nowhere is reported as such, not twice.
        if !seen.insert(f.as_str()) || !cx.facts_set.contains(f.as_str()) {
            continue;
        }
        let id = super::cond::fact_id(f);
        let row = cx.msgs.find(&id);
        for li in 0..cx.langs.len() {
            if row.is_some_and(|r| cx.msgs.get(r, li).is_some()) {
                continue;
            }
            let mut p = cx.place(*file, path);
            p.span = p.span.map(|s| if s.end - s.start == *len { s.start + at..s.start + at + f.len() } else { s });
            let lang = cx.langs[li].code().to_string();
            let d = cx.err("check-fact-no-phrase", p);
            d.help = Some("check-fact-no-phrase-help");
            d.args.push(("fact", f.clone()));
            d.args.push(("id", id.clone()));
            d.args.push(("lang", lang));
        }
    }
}

fn check_registries(cx: &mut Ctx<'_>) {
    let loaded = cx.loaded;
    if let Some(f) = loaded.sources_file {
        for (id, doc) in &loaded.set.documents {
            cx.check_id(id, f, || format!("documents.{id}"), true);
            cx.use_msg(&doc.title, f, || format!("documents.{id}.title"));
        }
    }
    if let Some(f) = loaded.duties_file {
        for (id, duty) in &loaded.set.duties {
            let base = format!("duties.{id}");
            cx.check_id(id, f, || base.clone(), true);
            cx.use_msg(&duty.title, f, || format!("{base}.title"));
            cx.use_msg(&duty.text, f, || format!("{base}.text"));
            cx.source(&duty.source, f, || format!("{base}.source"));
        }
    }
    for (id, c) in &loaded.set.contacts {
        let Some(&f) = loaded.contact_files.get(id) else { continue };
        let base = format!("contacts.{id}");
        cx.check_id(id, f, || base.clone(), true);
        let local = loaded.local_contacts_file == Some(f);
        let langs = cx.langs.clone();
        // The source: its name per language (and its address, `url`, where there is a
        // page: a universal number or a local service's own routine may have none).
        let src = c.source.clone().unwrap_or_default();
        let texts = [("name", Some(&c.name)), ("what", Some(&c.what)), ("hours", c.hours.as_ref())];
        let texts = texts.into_iter().filter_map(|(f, t)| t.map(|t| (f, t))).chain([("source", &src.name)]);
        for (field, t) in texts {
            let path = if field == "source" && c.source.is_none() { base.clone() } else { format!("{base}.{field}") };
            // Every language code must be a language there is.
            for code in t.0.keys() {
                if !langs.iter().any(|l| l.code() == code) {
                    let p = cx.key_place(f, &format!("{path}.{code}"));
                    let d = cx.err("check-contact-unknown-lang", p);
                    d.args.push(("contact", id.clone()));
                    d.args.push(("lang", code.clone()));
                    d.args.push(("langs", langs.iter().map(|l| l.code().to_string()).collect::<Vec<_>>().join(", ")));
                }
            }
            // The reference language's text must be there; another language without
            // one shows the reference text, and is told.
            for (i, lang) in langs.iter().enumerate() {
                if t.own(*lang).is_some() {
                    continue;
                }
                let p = cx.key_place(f, &path);
                let d =
                    if i == 0 { cx.err("check-contact-lang", p) } else { cx.warn("check-contact-lang-fallback", p) };
                d.args.push(("contact", id.clone()));
                d.args.push(("field", field.to_string()));
                d.args.push(("lang", lang.code().to_string()));
                d.args.push(("reference", langs[0].code().to_string()));
            }
        }
        // A date of checking only where someone checked: never in the bundled directory.
        if c.checked.is_some() && !local {
            let p = cx.key_place(f, &format!("{base}.checked"));
            let d = cx.err("check-contact-checked", p);
            d.args.push(("contact", id.clone()));
        }
    }
}
