//! Every semantic check over a loaded flow set and its locales -> diagnostics.
//! The loader has already reported what is wrong with single files (syntax, types,
//! unknown and duplicate keys, encoding, limits).

use super::cond::Cond;
use super::load::Loaded;
use super::model::{Flow, Kind, Node, SourceRef, Str};
use crate::diag::{Diag, FileId};
use crate::i18n::{Lang, placeables};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::hash::BuildHasher;
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

fn check_flows(cx: &mut Ctx<'_>) {
    let loaded = cx.loaded;
    let set = &loaded.set;
    let mut seen_flows: HashMap<&str, FileId> = HashMap::new();
    let mut case_flows = Vec::new();
    for (fi, flow) in set.flows.iter().enumerate() {
        let Some(&file) = loaded.flow_files.get(fi) else { continue };
        cx.check_id(&flow.id, file, || "id".to_string(), false);
        if let Some(&first) = seen_flows.get(flow.id.as_str()) {
            let p = cx.place(file, "id");
            let first_span = loaded.positions(first).and_then(|p| p.value("id")).unwrap_or(0..0);
            let d = cx.err("check-duplicate-flow", p);
            d.args.push(("id", flow.id.clone()));
            d.related.push((first, first_span, "check-label-first-here"));
        } else {
            seen_flows.insert(&flow.id, file);
        }
        if flow.case {
            case_flows.push((file, flow));
        }
        cx.use_msg(&flow.title, file, || "title".to_string());
        if let Some(d) = &flow.description {
            cx.use_msg(d, file, || "description".to_string());
        }
        cx.source(&flow.source, file, || "source".to_string());
        if flow.node(&flow.start).is_none() {
            let p = cx.place(file, "start");
            let d = cx.err("check-unknown-start", p);
            d.args.push(("node", flow.start.clone()));
        }
        // Duplicate node ids are found by the position scan (duplicate key).
        let ids: HashSet<&str> = flow.nodes.iter().map(|(k, _)| k.as_str()).collect();
        for (nid, node) in &flow.nodes {
            check_node(cx, flow, &ids, file, nid, node);
        }
        check_graph(cx, flow, file);
    }
    if case_flows.len() > 1 {
        for (file, _) in &case_flows[1..] {
            let p = cx.place(*file, "case");
            cx.err("check-two-cases", p);
        }
    }
    check_setting(cx);
}

/// The question of where the service works (`setting: true`): one at most, a question
/// with a condition (so that a setting given in the local file skips it), each choice
/// setting a fact. The local file's `setting` names one of its choices.
fn check_setting(cx: &mut Ctx<'_>) {
    let loaded = cx.loaded;
    let mut found: Vec<(FileId, String, &Node)> = Vec::new();
    for (fi, flow) in loaded.set.flows.iter().enumerate() {
        let Some(&file) = loaded.flow_files.get(fi) else { continue };
        for (nid, node) in &flow.nodes {
            if node.setting != Some(true) {
                continue;
            }
            let base = format!("nodes.{nid}");
            if found.is_empty() {
                found.push((file, base.clone(), node));
            } else {
                let p = cx.key_place(file, &format!("{base}.setting"));
                cx.err("check-setting-two", p);
            }
            let unset = node.choices().iter().any(|c| c.set.is_empty());
            if node.kind != Kind::Question || node.when.is_none() || unset {
                let p = cx.key_place(file, &format!("{base}.setting"));
                cx.err("check-setting-shape", p);
            }
        }
    }
    let (Some(key), Some(local)) = (&loaded.set.local_setting, loaded.local_contacts_file) else { return };
    let keys: Vec<&str> =
        found.first().map(|(_, _, n)| n.choices().iter().map(|c| c.key.as_str()).collect()).unwrap_or_default();
    if !keys.contains(&key.as_str()) {
        let p = cx.place(local, "setting");
        let d = cx.err("check-setting-unknown", p);
        d.args.push(("setting", key.clone()));
        d.args.push(("settings", keys.join(", ")));
    }
}

fn check_node<'a>(cx: &mut Ctx<'a>, flow: &Flow, ids: &HashSet<&str>, file: FileId, nid: &str, node: &'a Node) {
    let set = &cx.loaded.set;
    let base = format!("nodes.{nid}");
    cx.check_id(nid, file, || base.clone(), true);
    cx.use_msg(&node.title, file, || format!("{base}.title"));
    if let Some(t) = &node.text {
        cx.use_msg(t, file, || format!("{base}.text"));
    }
    if let Some(t) = &node.why {
        cx.use_msg(t, file, || format!("{base}.why"));
    }
    if let Some(t) = &node.stage {
        cx.use_msg(t, file, || format!("{base}.stage"));
    }
    cx.source(&node.source, file, || format!("{base}.source"));
    if flow.source_of(node).is_none() {
        let p = cx.key_place(file, &base);
        let d = cx.err("check-no-source", p);
        d.args.push(("node", nid.to_string()));
    }
    cx.cond(&node.when, file, || format!("{base}.when"));
    for f in &node.set {
        cx.facts_set.insert(f);
    }
    for (i, f) in node.set.iter().enumerate() {
        cx.check_id(f, file, || format!("{base}.set.{i}"), false);
    }
    for (i, d) in node.raise.iter().enumerate() {
        if !set.duties.contains_key(d.as_str()) {
            let p = cx.place(file, &format!("{base}.raise.{i}"));
            let e = cx.err("check-unknown-duty", p);
            e.args.push(("duty", d.to_string()));
        }
    }
    let kind = node.kind;
    // Keys that do not belong to this kind.
    let misplaced: [(&str, bool, &[Kind]); 9] = [
        ("setting", node.setting.is_some(), &[Kind::Question]),
        ("choices", node.choices.is_some(), &[Kind::Question]),
        ("items", node.items.is_some(), &[Kind::Checklist]),
        ("flow", node.flow.is_some(), &[Kind::Call]),
        ("at", node.at.is_some(), &[Kind::Call]),
        ("actions", node.actions.is_some(), &[Kind::Outcome]),
        ("contacts", node.contacts.is_some(), &[Kind::Outcome]),
        ("final", node.is_final.is_some(), &[Kind::Outcome]),
        ("headline", node.headline.is_some(), &[Kind::Outcome]),
    ];
    for (key, present, kinds) in misplaced {
        if present && !kinds.contains(&kind) {
            let p = cx.key_place(file, &format!("{base}.{key}"));
            let d = cx.err("check-key-for-kind", p);
            d.args.push(("key", key.to_string()));
            d.args.push(("kind", kind.to_string()));
        }
    }
    // `next`: required for info, checklist and call, and for any node with `when`;
    // never on an outcome.
    let needs_next = matches!(kind, Kind::Info | Kind::Checklist | Kind::Call) || node.when.is_some();
    match (&node.next, kind) {
        (Some(_), Kind::Outcome) => {
            let p = cx.key_place(file, &format!("{base}.next"));
            let d = cx.err("check-key-for-kind", p);
            d.args.push(("key", "next".to_string()));
            d.args.push(("kind", kind.to_string()));
        }
        (Some(n), _) => target(cx, flow, ids, file, n, || format!("{base}.next")),
        (None, _) if needs_next => {
            let p = cx.key_place(file, &base);
            let d = cx.err(if node.when.is_some() { "check-when-needs-next" } else { "check-missing-next" }, p);
            d.args.push(("node", nid.to_string()));
            d.args.push(("kind", kind.to_string()));
        }
        _ => {}
    }
    if kind == Kind::Outcome && node.when.is_some() {
        let p = cx.key_place(file, &format!("{base}.when"));
        let d = cx.err("check-key-for-kind", p);
        d.args.push(("key", "when".to_string()));
        d.args.push(("kind", kind.to_string()));
    }
    match kind {
        Kind::Question => {
            if node.choices().is_empty() {
                let p = cx.key_place(file, &base);
                let d = cx.err("check-no-choices", p);
                d.args.push(("node", nid.to_string()));
            }
            let mut keys: HashMap<&str, usize> = HashMap::new();
            // The numbers are fixed by the file: one digit each, and 0 for the one choice
            // that means "no" or "none of these" (flows/README.md).
            let mut nones = 0;
            let mut numbered = 0;
            for (i, c) in node.choices().iter().enumerate() {
                let cb = || format!("{base}.choices.{i}");
                if c.none {
                    nones += 1;
                    if nones > 1 {
                        let p = cx.place(file, &format!("{}.none", cb()));
                        let d = cx.err("check-none-twice", p);
                        d.args.push(("node", nid.to_string()));
                    }
                } else {
                    numbered += 1;
                    if numbered == 10 {
                        let p = cx.place(file, &format!("{}.key", cb()));
                        let d = cx.err("check-too-many-choices", p);
                        d.args.push(("node", nid.to_string()));
                    }
                }
                if !c.none && c.key.as_str() == "none" {
                    let p = cx.place(file, &format!("{}.key", cb()));
                    let d = cx.err("check-none-unmarked", p);
                    d.args.push(("node", nid.to_string()));
                    d.args.push(("key", c.key.to_string()));
                }
                keys_unique(cx, &mut keys, &c.key, i, file, &cb, &base, "choices");
                cx.use_msg(&c.label, file, || format!("{}.label", cb()));
                target(cx, flow, ids, file, &c.next, || format!("{}.next", cb()));
                cx.cond(&c.when, file, || format!("{}.when", cb()));
                for f in &c.set {
                    cx.facts_set.insert(f);
                }
                for (j, d) in c.raise.iter().enumerate() {
                    if !set.duties.contains_key(d.as_str()) {
                        let p = cx.place(file, &format!("{}.raise.{j}", cb()));
                        let e = cx.err("check-unknown-duty", p);
                        e.args.push(("duty", d.to_string()));
                    }
                }
            }
        }
        Kind::Checklist => {
            if node.items().is_empty() {
                let p = cx.key_place(file, &base);
                let d = cx.err("check-no-items", p);
                d.args.push(("node", nid.to_string()));
            }
            let mut keys: HashMap<&str, usize> = HashMap::new();
            for (i, it) in node.items().iter().enumerate() {
                let ib = || format!("{base}.items.{i}");
                keys_unique(cx, &mut keys, &it.key, i, file, &ib, &base, "items");
                cx.use_msg(&it.label, file, || format!("{}.label", ib()));
                cx.cond(&it.when, file, || format!("{}.when", ib()));
                for f in &it.set {
                    cx.facts_set.insert(f);
                }
            }
        }
        Kind::Call => match &node.flow {
            None => {
                let p = cx.key_place(file, &base);
                let d = cx.err("check-call-needs-flow", p);
                d.args.push(("node", nid.to_string()));
            }
            Some(f) if set.flow(f).is_none() => {
                let p = cx.place(file, &format!("{base}.flow"));
                let d = cx.err("check-unknown-flow", p);
                d.args.push(("flow", f.to_string()));
            }
            Some(f) => {
                if let Some(at) = &node.at
                    && set.flow(f).is_some_and(|callee| callee.node(at).is_none())
                {
                    let p = cx.place(file, &format!("{base}.at"));
                    let d = cx.err("check-unknown-next", p);
                    d.args.push(("node", at.to_string()));
                    d.args.push(("flow", f.to_string()));
                }
            }
        },
        Kind::Outcome => {
            for (i, a) in node.actions().iter().enumerate() {
                cx.use_msg(&a.text, file, || format!("{base}.actions.{i}.text"));
                cx.cond(&a.when, file, || format!("{base}.actions.{i}.when"));
            }
            for (i, c) in node.contacts().iter().enumerate() {
                if !set.contacts.contains_key(c.contact.as_str()) {
                    let p = cx.place(file, &format!("{base}.contacts.{i}.contact"));
                    let d = cx.err("check-unknown-contact", p);
                    d.args.push(("contact", c.contact.to_string()));
                }
                cx.cond(&c.when, file, || format!("{base}.contacts.{i}.when"));
            }
        }
        Kind::Info => {}
    }
}

#[allow(clippy::too_many_arguments)]
fn keys_unique<'n>(
    cx: &mut Ctx,
    keys: &mut HashMap<&'n str, usize>,
    key: &'n str,
    i: usize,
    file: FileId,
    path: &dyn Fn() -> String,
    base: &str,
    list: &str,
) {
    cx.check_id(key, file, || format!("{}.key", path()), false);
    if RESERVED_KEYS.contains(&key) {
        let p = cx.place(file, &format!("{}.key", path()));
        let d = cx.err("check-reserved-key", p);
        d.args.push(("key", key.to_string()));
    }
    if let Some(&first) = keys.get(key) {
        let p = cx.place(file, &format!("{}.key", path()));
        let first_span = cx.loaded.positions(file).and_then(|p| p.value(&format!("{base}.{list}.{first}.key")));
        let d = cx.err("check-duplicate-choice", p);
        d.args.push(("key", key.to_string()));
        if let Some(s) = first_span {
            d.related.push((file, s, "check-label-first-here"));
        }
    } else {
        keys.insert(key, i);
    }
}

fn target(cx: &mut Ctx, flow: &Flow, ids: &HashSet<&str>, file: FileId, next: &str, path: impl FnOnce() -> String) {
    if !ids.contains(next) {
        let p = cx.place(file, &path());
        let d = cx.err("check-unknown-next", p);
        d.args.push(("node", next.to_string()));
        d.args.push(("flow", flow.id.clone()));
    }
}

/// Where a node can go next (all choices; skipping by `when` included).
pub fn successors(node: &Node) -> Vec<&str> {
    let mut v: Vec<&str> = node.choices().iter().map(|c| c.next.as_str()).collect();
    if let Some(n) = &node.next {
        v.push(n);
    }
    v
}

fn check_graph(cx: &mut Ctx, flow: &Flow, file: FileId) {
    let n = flow.nodes.len();
    let index: HashMap<&str, usize> = flow.nodes.iter().enumerate().map(|(i, (k, _))| (k.as_str(), i)).collect();
    // Successors and predecessors as flat lists: node i's are at [start[i], start[i + 1]).
    let mut succ_start = Vec::with_capacity(n + 1);
    let mut succ_all: Vec<usize> = Vec::with_capacity(2 * n);
    for (_, node) in &flow.nodes {
        succ_start.push(succ_all.len());
        let next = node.choices().iter().map(|c| c.next.as_str()).chain(node.next.as_deref());
        succ_all.extend(next.filter_map(|s| index.get(s).copied()));
    }
    succ_start.push(succ_all.len());
    let succ = |i: usize| &succ_all[succ_start[i]..succ_start[i + 1]];
    // Reachable from start.
    let mut reach = vec![false; n];
    if let Some(&s) = index.get(flow.start.as_str()) {
        let mut q = VecDeque::from([s]);
        reach[s] = true;
        while let Some(i) = q.pop_front() {
            for &j in succ(i) {
                if !reach[j] {
                    reach[j] = true;
                    q.push_back(j);
                }
            }
        }
    } else {
        return; // reported as an unknown start
    }
    // Can reach an outcome: backwards from the outcomes.
    let mut pred_start = vec![0usize; n + 1];
    for &j in &succ_all {
        pred_start[j + 1] += 1;
    }
    for i in 0..n {
        pred_start[i + 1] += pred_start[i];
    }
    let mut fill = pred_start.clone();
    let mut pred_all = vec![0usize; succ_all.len()];
    for i in 0..n {
        for &j in succ(i) {
            pred_all[fill[j]] = i;
            fill[j] += 1;
        }
    }
    let pred = |j: usize| &pred_all[pred_start[j]..pred_start[j + 1]];
    let mut ends = vec![false; n];
    let mut q: VecDeque<usize> = VecDeque::new();
    for (i, (_, node)) in flow.nodes.iter().enumerate() {
        if node.kind == Kind::Outcome {
            ends[i] = true;
            q.push_back(i);
        }
    }
    while let Some(i) = q.pop_front() {
        for &j in pred(i) {
            if !ends[j] {
                ends[j] = true;
                q.push_back(j);
            }
        }
    }
    for (i, (nid, _)) in flow.nodes.iter().enumerate() {
        let path = format!("nodes.{nid}");
        if !reach[i] {
            let p = cx.key_place(file, &path);
            let d = cx.err("check-unreachable", p);
            d.args.push(("node", nid.to_string()));
        } else if !ends[i] {
            let p = cx.key_place(file, &path);
            let d = cx.err("check-no-outcome", p);
            d.args.push(("node", nid.to_string()));
        }
    }
}

/// Calls must not recurse (A calls B calls A).
fn check_calls(cx: &mut Ctx) {
    let set = &cx.loaded.set;
    let calls: Vec<Vec<(usize, Str)>> = set
        .flows
        .iter()
        .map(|f| {
            f.nodes
                .iter()
                .filter(|(_, n)| n.kind == Kind::Call)
                .filter_map(|(nid, n)| n.flow.as_ref().and_then(|t| set.flow_index(t)).map(|t| (t, nid.clone())))
                .collect()
        })
        .collect();
    // For each flow, is it on a cycle? DFS with colours.
    let n = set.flows.len();
    let mut reported: BTreeSet<(usize, String)> = BTreeSet::new();
    for start in 0..n {
        // Can `start` reach itself?
        let mut seen = vec![false; n];
        let mut stack: Vec<usize> = calls[start].iter().map(|(t, _)| *t).collect();
        let mut cyc = false;
        while let Some(i) = stack.pop() {
            if i == start {
                cyc = true;
                break;
            }
            if !seen[i] {
                seen[i] = true;
                stack.extend(calls[i].iter().map(|(t, _)| *t));
            }
        }
        if cyc {
            for (t, nid) in &calls[start] {
                // The call that leads back.
                let mut seen2 = vec![false; n];
                let mut st = vec![*t];
                let mut back = false;
                while let Some(i) = st.pop() {
                    if i == start {
                        back = true;
                        break;
                    }
                    if !seen2[i] {
                        seen2[i] = true;
                        st.extend(calls[i].iter().map(|(t, _)| *t));
                    }
                }
                if back && reported.insert((start, nid.to_string())) {
                    let Some(&file) = cx.loaded.flow_files.get(start) else { continue };
                    let p = cx.place(file, &format!("nodes.{nid}.flow"));
                    let d = cx.err("check-recursive-call", p);
                    d.args.push(("flow", set.flows[start].id.clone()));
                }
            }
        }
    }
}

/// One message of one locale (16 bytes, and as many with `Option`: a set of 100 000
/// nodes has 600 000): where it stands, what it refers to (an entry of
/// [`Messages::ph_ranges`], 0 for nothing), and whether it is one of the tool's own.
#[derive(Clone, Copy)]
struct Message {
    start: u32,
    end: u32,
    ph: u32,
    file: u16,
    tool: bool,
}

// The loader's limits keep every file's number within a u16; a slot stays 16 bytes.
const _: () = assert!(super::load::MAX_FILES * (super::load::MAX_LANGS + 1) + 1 < u16::MAX as usize);
const _: () = assert!(std::mem::size_of::<Option<Message>>() == 16);

impl Message {
    fn file(&self) -> FileId {
        FileId::from(self.file)
    }
    fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Every locale's messages, compact (a set of 100 000 flow nodes has 300 000 of them in
/// each locale): a row per id, in the order first defined, with a slot per locale.
#[derive(Default)]
struct Messages<'t> {
    locales: usize,
    /// The row of each id, found by the id's hash (the ids themselves are in `ids`).
    row_of: hashbrown::HashTable<u32>,
    hasher: std::hash::RandomState,
    ids: Vec<&'t str>,
    /// `ids.len() * locales` slots: row r's message in locale l is at `r * locales + l`.
    slots: Vec<Option<Message>>,
    /// Per row: a flow uses the id.
    used: Vec<bool>,
    placeables: Vec<String>,
    /// (start, length) in `placeables` of each message's list; the first is empty.
    ph_ranges: Vec<(u32, u32)>,
}

impl<'t> Messages<'t> {
    fn get(&self, row: usize, locale: usize) -> Option<&Message> {
        self.slots.get(row * self.locales + locale).and_then(Option::as_ref)
    }
    fn placeables(&self, m: &Message) -> &[String] {
        let Some(&(start, len)) = self.ph_ranges.get(m.ph as usize) else { return &[] };
        self.placeables.get(start as usize..start as usize + len as usize).unwrap_or(&[])
    }
    /// Row `hint` if it is `id`'s. Ids are mostly met in the order of the rows (another
    /// locale's file, the flows' uses), so the row after the last one is tried before
    /// the map.
    fn at(&self, hint: usize, id: &str) -> Option<usize> {
        (self.ids.get(hint) == Some(&id)).then_some(hint)
    }
    /// The row of `id`, if it has one.
    fn find(&self, id: &str) -> Option<usize> {
        let ids = &self.ids;
        self.row_of.find(self.hasher.hash_one(id), |&r| ids.get(r as usize) == Some(&id)).map(|&r| r as usize)
    }
    /// Room for `rows` more ids.
    fn reserve(&mut self, rows: usize) {
        self.row_of.reserve(rows, rehash(&self.ids, &self.hasher));
        self.ids.reserve_exact(rows);
        self.used.reserve_exact(rows);
        self.slots.reserve_exact(rows * self.locales);
    }
    /// The row of `id`, added (with empty slots) if new.
    fn row(&mut self, id: &'t str) -> usize {
        let r = self.ids.len();
        let ids = &self.ids;
        let eq = |&row: &u32| ids.get(row as usize) == Some(&id);
        match self.row_of.entry(self.hasher.hash_one(id), eq, rehash(ids, &self.hasher)) {
            hashbrown::hash_table::Entry::Occupied(e) => return *e.get() as usize,
            hashbrown::hash_table::Entry::Vacant(v) => {
                v.insert(u32::try_from(r).unwrap_or(u32::MAX));
            }
        }
        self.ids.push(id);
        self.slots.extend((0..self.locales).map(|_| None));
        self.used.push(false);
        r
    }
}

/// The hash of the id of a row of `ids`, for the table to grow by.
fn rehash<'a>(ids: &'a [&str], hasher: &'a std::hash::RandomState) -> impl Fn(&u32) -> u64 + 'a {
    move |&r| ids.get(r as usize).map_or(0, |id| hasher.hash_one(id))
}

/// One message of an .ftl file as read on its own: its id and where it stands, and its
/// placeables (with its attributes'); `None` for a message without a value.
struct FtlMessage<'t> {
    id: &'t str,
    span: Range<usize>,
    placeables: Option<BTreeSet<String>>,
    /// The messages it refers to: (from its attribute, or its value; to that message,
    /// that attribute).
    refs: Vec<(Option<&'t str>, &'t str, Option<&'t str>)>,
}

/// The messages `{ id }` and `{ id.attr }` that `pattern` refers to, anywhere in it.
fn message_refs<'t>(pattern: &fluent_syntax::ast::Pattern<&'t str>) -> Vec<(&'t str, Option<&'t str>)> {
    use fluent_syntax::ast::InlineExpression;
    let mut out = Vec::new();
    crate::i18n::each_inline(pattern, &mut |e| {
        if let InlineExpression::MessageReference { id, attribute } = e {
            out.push((id.name, attribute.as_ref().map(|a| a.name)));
        }
    });
    out
}

/// An .ftl file read on its own: its syntax errors and its messages, in file order.
fn read_ftl<'t>(file: FileId, text: &'t str) -> (Vec<Diag>, Vec<FtlMessage<'t>>) {
    let mut errors = Vec::new();
    let res = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                // From the start of the broken entry to where the parser gave up.
                let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start.min(e.pos.start));
                let d = Diag::error("check-fluent-syntax")
                    .arg("detail", e.kind.to_string())
                    .at(file, Some(start..e.pos.end));
                errors.push(d);
            }
            r
        }
    };
    let spans = message_spans(text);
    let mut next_span = 0;
    let mut out = Vec::with_capacity(spans.len());
    for entry in res.body {
        let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
        let id = m.id.name;
        // The messages stand in the text in the order the parser gives them.
        let span = match spans[next_span.min(spans.len())..].iter().position(|(s, _)| *s == id) {
            Some(k) => {
                next_span += k + 1;
                spans[next_span - 1].1.clone()
            }
            None => 0..0,
        };
        let placeables = m.value.as_ref().map(|value| {
            let mut ph = placeables(value);
            // Attributes (`.discreet`) must exist in every locale, with the same placeables.
            for a in &m.attributes {
                ph.insert(format!(".{}", a.id.name));
                ph.extend(placeables(&a.value).into_iter().map(|p| format!(".{}:{p}", a.id.name)));
            }
            ph
        });
        let mut refs: Vec<_> = m.value.iter().flat_map(message_refs).map(|(to, attr)| (None, to, attr)).collect();
        for a in &m.attributes {
            refs.extend(message_refs(&a.value).into_iter().map(|(to, attr)| (Some(a.id.name), to, attr)));
        }
        out.push(FtlMessage { id, span, placeables, refs });
    }
    (errors, out)
}

/// Files read side by side at a time by [`read_locales`]: enough to keep two cores busy,
/// few enough that their parsed messages take little room until they are taken in (16
/// cost 9 MB more at 100 000 nodes, 4 about 3 MB).
const FTL_BATCH: usize = 4;

/// Reads every locale's messages into `cx.msgs`: syntax errors, messages without a
/// value, and messages defined twice are reported here. The files are parsed side by
/// side (Fluent's parser is most of the time this takes), then taken in file order.
fn read_locales(cx: &mut Ctx<'_>) {
    let loaded = cx.loaded;
    let mut msgs = Messages { locales: cx.langs.len(), ph_ranges: vec![(0, 0)], ..Messages::default() };
    // The reference locale brings most ids: room for them at once, and no more (a set of
    // 100 000 nodes has 300 000).
    let reference = cx.langs.first().copied();
    msgs.reserve(
        loaded.ftl.iter().filter(|(_, f)| Some(f.lang) == reference).map(|(_, f)| message_count(&f.text)).sum(),
    );
    let offset = |o: usize| u32::try_from(o).unwrap_or(u32::MAX);
    for batch in loaded.ftl.chunks(FTL_BATCH) {
        let files: Vec<_> = batch
            .iter()
            .filter_map(|(file, ftl)| Some((*file, ftl, cx.langs.iter().position(|l| *l == ftl.lang)?)))
            .collect();
        // A small batch is read on this thread, as `load` reads a small set.
        let small = batch.iter().map(|(_, f)| f.text.len()).sum::<usize>() < super::load::PAR_MIN_BYTES;
        let reads: Vec<_> = if small {
            files.iter().map(|&(file, ftl, _)| read_ftl(file, &ftl.text)).collect()
        } else {
            super::load::par_map(files.clone(), |_, (file, ftl, _)| read_ftl(file, &ftl.text))
        };
        for ((file, ftl, li), (errors, messages)) in files.into_iter().zip(reads) {
            cx.diags.extend(errors);
            let mut hint = 0;
            let tool = ftl.is_tool();
            for FtlMessage { id, span, placeables: ph, refs } in messages {
                let Some(ph) = ph else {
                    cx.diags.push(Diag::error("check-fluent-no-value").arg("id", id).at(file, Some(span)));
                    continue;
                };
                let row = msgs.at(hint, id).unwrap_or_else(|| msgs.row(id));
                hint = row + 1;
                if let Some(first) = msgs.get(row, li) {
                    let d = Diag::error("check-fluent-duplicate").arg("id", id).at(file, Some(span)).related(
                        first.file(),
                        first.span(),
                        "check-label-first-here",
                    );
                    cx.diags.push(d);
                    continue;
                }
                for (from, to, attr) in refs {
                    let r = FluentRef { locale: li, file, span: span.clone(), from: (id, from), to: (to, attr) };
                    cx.fluent_refs.push(r);
                }
                let mut ph_at = 0;
                if !ph.is_empty() {
                    ph_at = offset(msgs.ph_ranges.len());
                    msgs.ph_ranges.push((offset(msgs.placeables.len()), offset(ph.len())));
                    msgs.placeables.extend(ph);
                }
                let (start, end) = (offset(span.start), offset(span.end));
                let file = u16::try_from(file).unwrap_or(u16::MAX);
                let slot = Message { start, end, ph: ph_at, file, tool };
                if let Some(s) = msgs.slots.get_mut(row * msgs.locales + li) {
                    *s = Some(slot);
                }
            }
        }
    }
    cx.msgs = msgs;
}

/// Messages that refer to themselves, directly (`a = { a }`) or through others (`a = { b }`,
/// `b = { a }`): Fluent cannot show them. One error for each cycle found, in each locale,
/// at the message it was entered by (the first in file order), naming the whole cycle.
/// A message's value and each of its attributes are apart: `a = { a.short }` is no cycle.
fn check_cycles(cx: &mut Ctx<'_>) {
    type Node<'t> = (&'t str, Option<&'t str>);
    let refs = std::mem::take(&mut cx.fluent_refs);
    let name = |n: &Node| n.1.map_or_else(|| n.0.to_string(), |a| format!("{}.{a}", n.0));
    for locale in 0..cx.langs.len() {
        // The graph of this locale: each node that refers to others, in file order.
        let mut order: Vec<Node> = Vec::new();
        let mut edges: HashMap<Node, (Vec<Node>, FileId, Range<usize>)> = HashMap::new();
        for r in refs.iter().filter(|r| r.locale == locale) {
            let e = edges.entry(r.from).or_insert_with(|| {
                order.push(r.from);
                (Vec::new(), r.file, r.span.clone())
            });
            if !e.0.contains(&r.to) {
                e.0.push(r.to);
            }
        }
        // Depth first, without recursion (a chain may be long): 1 on the path, 2 done.
        let mut state: HashMap<Node, u8> = HashMap::new();
        for &start in &order {
            if state.contains_key(&start) {
                continue;
            }
            state.insert(start, 1);
            let mut path: Vec<(Node, usize)> = vec![(start, 0)];
            while let Some(top) = path.last_mut() {
                let (node, i) = *top;
                let next = edges.get(&node).and_then(|e| e.0.get(i)).copied();
                let Some(next) = next else {
                    state.insert(node, 2);
                    path.pop();
                    continue;
                };
                top.1 += 1;
                match state.get(&next) {
                    None if edges.contains_key(&next) => {
                        state.insert(next, 1);
                        path.push((next, 0));
                    }
                    Some(1) => {
                        let at = path.iter().position(|(n, _)| *n == next).unwrap_or(0);
                        let mut cycle: Vec<String> = path[at..].iter().map(|(n, _)| name(n)).collect();
                        cycle.push(name(&next));
                        let (_, file, span) = &edges[&next];
                        let d = Diag::error("check-fluent-cycle")
                            .arg("id", name(&next))
                            .arg("lang", cx.langs[locale].code())
                            .arg("cycle", cycle.join(" → "))
                            .at(*file, Some(span.clone()));
                        cx.diags.push(d);
                    }
                    // Done, or a message that refers to none.
                    _ => {}
                }
            }
        }
    }
}

/// Compares each locale with the reference, and reports the messages nothing uses.
fn compare_locales(cx: &mut Ctx<'_>) {
    let msgs = std::mem::take(&mut cx.msgs);
    let langs = &cx.langs;
    let Some(&ref_lang) = langs.first() else { return };
    let show = |s: &[String]| if s.is_empty() { "-".to_string() } else { s.join(", ") };
    // In one locale only: each locale against the reference, both ways. Placeables that
    // differ from the reference's.
    // A tool message another locale lacks is shown from the reference (one warning per
    // locale); content is the guidance itself and must be in every language (an error).
    for (oi, &other_lang) in langs.iter().enumerate().skip(1) {
        let mut tool_missing = 0;
        for (row, id) in msgs.ids.iter().enumerate() {
            match (msgs.get(row, 0), msgs.get(row, oi)) {
                (Some(m), None) if m.tool => tool_missing += 1,
                (Some(m), None) => cx.diags.push(one_locale(id, m, ref_lang, other_lang)),
                (None, Some(o)) => cx.diags.push(one_locale(id, o, other_lang, ref_lang)),
                (Some(m), Some(o)) if msgs.placeables(m) != msgs.placeables(o) => {
                    let d = Diag::error("check-placeables-differ")
                        .arg("id", id)
                        .arg("lang", ref_lang.code())
                        .arg("other", other_lang.code())
                        .arg("ours", show(msgs.placeables(m)))
                        .arg("theirs", show(msgs.placeables(o)))
                        .at(m.file(), Some(m.span()))
                        .related(o.file(), o.span(), "check-label-other-locale");
                    cx.diags.push(d);
                }
                _ => {}
            }
        }
        if tool_missing > 0 {
            let d = Diag::warning("check-tool-fallback")
                .arg("lang", other_lang.code())
                .arg("reference", ref_lang.code())
                .arg("count", tool_missing.to_string());
            cx.diags.push(d);
        }
    }
    // Unused: neither used by the flows nor referred to by a message of any locale.
    let referred: HashSet<&str> = msgs.placeables.iter().map(String::as_str).collect();
    for li in 0..msgs.locales {
        for (row, id) in msgs.ids.iter().enumerate() {
            let Some(m) = msgs.get(row, li) else { continue };
            if !m.tool && !msgs.used.get(row).copied().unwrap_or(false) && !referred.contains(id) {
                cx.diags.push(Diag::warning("check-unused-message").arg("id", id).at(m.file(), Some(m.span())));
            }
        }
    }
}

/// `id` is in `lang` but not in `other`.
fn one_locale(id: &str, m: &Message, lang: Lang, other: Lang) -> Diag {
    Diag::error("check-one-locale")
        .arg("id", id)
        .arg("lang", lang.code())
        .arg("other", other.code())
        .at(m.file(), Some(m.span()))
}

/// How many lines of an .ftl text may start a message: at least as many as it has.
fn message_count(text: &str) -> usize {
    let b = text.as_bytes();
    usize::from(b.first().is_some_and(u8::is_ascii_alphabetic))
        + memchr::memchr_iter(b'\n', b).filter(|&i| b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)).count()
}

/// Where each message id stands in an .ftl text (`id =` at the start of a line), in
/// order, every time it stands there.
fn message_spans(text: &str) -> Vec<(&str, Range<usize>)> {
    let mut out = Vec::new();
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        let first = line.as_bytes().first().copied();
        if first.is_some_and(|c| c.is_ascii_alphabetic())
            && let Some(eq) = line.find('=')
        {
            let id = line[..eq].trim_end();
            if !id.is_empty() {
                out.push((id, off..off + id.len()));
            }
        }
        off += line.len();
    }
    out
}
