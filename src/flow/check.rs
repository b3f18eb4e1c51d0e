//! Every semantic check over a loaded flow set and its locales -> diagnostics.
//! The loader has already reported what is wrong with single files (syntax, types,
//! unknown and duplicate keys, encoding, limits).

use super::cond::Cond;
use super::load::Loaded;
use super::model::{Flow, Kind, Node, SourceRef};
use crate::diag::{Diag, FileId};
use crate::i18n::{Lang, placeables};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::ops::Range;

/// Answers the line mode reads as commands, so no choice may use them as its key.
pub const RESERVED_KEYS: &[&str] = &["back", "quit", "tilbake", "avslutt", "b", "q", "why", "hvorfor"];

/// A place in a file: for messages used, facts used, and so on.
#[derive(Debug, Clone)]
struct Place {
    file: FileId,
    span: Option<Range<usize>>,
}

struct Ctx<'a> {
    loaded: &'a Loaded,
    diags: Vec<Diag>,
    /// Fluent id -> first place it is used.
    used_msgs: BTreeMap<String, Place>,
    facts_set: HashSet<String>,
    facts_used: Vec<(String, Place)>,
}

impl<'a> Ctx<'a> {
    fn place(&self, file: FileId, path: &str) -> Place {
        let span = self.loaded.pos.get(&file).and_then(|p| p.best(path));
        Place { file, span }
    }
    fn key_place(&self, file: FileId, path: &str) -> Place {
        let span = self.loaded.pos.get(&file).and_then(|p| p.key_or_best(path));
        Place { file, span }
    }
    fn err(&mut self, msg: &'static str, p: Place) -> &mut Diag {
        self.diags.push(Diag::error(msg).at(p.file, p.span));
        let n = self.diags.len() - 1;
        &mut self.diags[n]
    }
    fn warn(&mut self, msg: &'static str, p: Place) -> &mut Diag {
        self.diags.push(Diag::warning(msg).at(p.file, p.span));
        let n = self.diags.len() - 1;
        &mut self.diags[n]
    }
    fn use_msg(&mut self, id: &str, file: FileId, path: &str) {
        if !self.used_msgs.contains_key(id) {
            let p = self.place(file, path);
            self.used_msgs.insert(id.to_string(), p);
        }
    }
    fn check_id(&mut self, id: &str, file: FileId, path: &str, key: bool) {
        if !valid_id(id) {
            let p = if key { self.key_place(file, path) } else { self.place(file, path) };
            let d = self.err("check-bad-id", p);
            d.args.push(("id", id.to_string()));
        }
    }
    fn cond(&mut self, c: &Option<String>, file: FileId, path: &str) {
        let Some(text) = c else { return };
        let p = self.place(file, path);
        match Cond::parse(text) {
            Ok(cond) => {
                for f in cond.facts() {
                    let span = p.span.clone().map(|s| {
                        // Point at the fact inside the condition where the scan has it.
                        let start = text.find(f).map_or(s.start, |i| s.start + i);
                        if s.end - s.start == text.len() { start..start + f.len() } else { s }
                    });
                    self.facts_used.push((f.to_string(), Place { file, span }));
                }
            }
            Err(e) => {
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
    fn source(&mut self, s: &Option<SourceRef>, file: FileId, path: &str) {
        let Some(s) = s else { return };
        if !self.loaded.set.documents.contains_key(&s.doc) {
            let p = self.place(file, &format!("{path}.doc"));
            let d = self.err("check-unknown-doc", p);
            d.args.push(("doc", s.doc.clone()));
        }
        if let Some(sec) = &s.section {
            self.use_msg(sec, file, &format!("{path}.section"));
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
        used_msgs: BTreeMap::new(),
        facts_set: HashSet::new(),
        facts_used: Vec::new(),
    };
    check_registries(&mut cx);
    check_flows(&mut cx);
    check_calls(&mut cx);
    // Facts used but set nowhere.
    let used = std::mem::take(&mut cx.facts_used);
    for (f, p) in used {
        if !cx.facts_set.contains(&f) {
            let d = cx.err("check-unset-fact", p);
            d.args.push(("fact", f));
        }
    }
    check_locales(&mut cx);
    let mut all = loaded.diags.clone();
    all.extend(cx.diags);
    all.sort_by_key(|d| (d.file, d.span.as_ref().map(|s| s.start)));
    all
}

fn check_registries(cx: &mut Ctx) {
    let loaded = cx.loaded;
    // The languages loaded, the reference first (the default where it is there).
    let mut langs = crate::i18n::ordered(loaded.ftl.iter().map(|(_, f)| f.lang).collect());
    if langs.is_empty() {
        langs.push(Lang::DEFAULT);
    }
    if let Some(f) = loaded.sources_file {
        for (id, doc) in &loaded.set.documents {
            cx.check_id(id, f, &format!("documents.{id}"), true);
            cx.use_msg(&doc.title, f, &format!("documents.{id}.title"));
        }
    }
    if let Some(f) = loaded.duties_file {
        for (id, duty) in &loaded.set.duties {
            let base = format!("duties.{id}");
            cx.check_id(id, f, &base, true);
            cx.use_msg(&duty.title, f, &format!("{base}.title"));
            cx.use_msg(&duty.text, f, &format!("{base}.text"));
            cx.source(&duty.source, f, &format!("{base}.source"));
        }
    }
    for (id, c) in &loaded.set.contacts {
        let Some(&f) = loaded.contact_files.get(id) else { continue };
        let base = format!("contacts.{id}");
        cx.check_id(id, f, &base, true);
        let local = loaded.local_contacts_file == Some(f);
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

fn check_flows(cx: &mut Ctx) {
    let loaded = cx.loaded;
    let set = &loaded.set;
    let mut seen_flows: HashMap<&str, FileId> = HashMap::new();
    let mut case_flows = Vec::new();
    for (fi, flow) in set.flows.iter().enumerate() {
        let Some(&file) = loaded.flow_files.get(fi) else { continue };
        cx.check_id(&flow.id, file, "id", false);
        if let Some(&first) = seen_flows.get(flow.id.as_str()) {
            let p = cx.place(file, "id");
            let first_span = loaded.pos.get(&first).and_then(|p| p.value("id")).unwrap_or(0..0);
            let d = cx.err("check-duplicate-flow", p);
            d.args.push(("id", flow.id.clone()));
            d.related.push((first, first_span, "check-label-first-here"));
        } else {
            seen_flows.insert(&flow.id, file);
        }
        if flow.case {
            case_flows.push((file, flow));
        }
        cx.use_msg(&flow.title, file, "title");
        if let Some(d) = &flow.description {
            cx.use_msg(d, file, "description");
        }
        cx.source(&flow.source, file, "source");
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
}

fn check_node(cx: &mut Ctx, flow: &Flow, ids: &HashSet<&str>, file: FileId, nid: &str, node: &Node) {
    let set = &cx.loaded.set;
    let base = format!("nodes.{nid}");
    cx.check_id(nid, file, &base, true);
    cx.use_msg(&node.title, file, &format!("{base}.title"));
    if let Some(t) = &node.text {
        cx.use_msg(t, file, &format!("{base}.text"));
    }
    if let Some(t) = &node.why {
        cx.use_msg(t, file, &format!("{base}.why"));
    }
    if let Some(t) = &node.stage {
        cx.use_msg(t, file, &format!("{base}.stage"));
    }
    cx.source(&node.source, file, &format!("{base}.source"));
    if flow.source_of(node).is_none() {
        let p = cx.key_place(file, &base);
        let d = cx.err("check-no-source", p);
        d.args.push(("node", nid.to_string()));
    }
    cx.cond(&node.when, file, &format!("{base}.when"));
    for f in &node.set {
        cx.facts_set.insert(f.clone());
    }
    for (i, f) in node.set.iter().enumerate() {
        cx.check_id(f, file, &format!("{base}.set.{i}"), false);
    }
    for (i, d) in node.raise.iter().enumerate() {
        if !set.duties.contains_key(d) {
            let p = cx.place(file, &format!("{base}.raise.{i}"));
            let e = cx.err("check-unknown-duty", p);
            e.args.push(("duty", d.clone()));
        }
    }
    let kind = node.kind;
    // Keys that do not belong to this kind.
    let misplaced: [(&str, bool, &[Kind]); 7] = [
        ("choices", node.choices.is_some(), &[Kind::Question]),
        ("items", node.items.is_some(), &[Kind::Checklist]),
        ("flow", node.flow.is_some(), &[Kind::Call]),
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
        (Some(n), _) => target(cx, flow, ids, file, n, &format!("{base}.next")),
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
            for (i, c) in node.choices().iter().enumerate() {
                let cb = format!("{base}.choices.{i}");
                keys_unique(cx, &mut keys, &c.key, i, file, &cb, &base, "choices");
                cx.use_msg(&c.label, file, &format!("{cb}.label"));
                target(cx, flow, ids, file, &c.next, &format!("{cb}.next"));
                cx.cond(&c.when, file, &format!("{cb}.when"));
                for f in &c.set {
                    cx.facts_set.insert(f.clone());
                }
                for (j, d) in c.raise.iter().enumerate() {
                    if !set.duties.contains_key(d) {
                        let p = cx.place(file, &format!("{cb}.raise.{j}"));
                        let e = cx.err("check-unknown-duty", p);
                        e.args.push(("duty", d.clone()));
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
                let ib = format!("{base}.items.{i}");
                keys_unique(cx, &mut keys, &it.key, i, file, &ib, &base, "items");
                cx.use_msg(&it.label, file, &format!("{ib}.label"));
                cx.cond(&it.when, file, &format!("{ib}.when"));
                for f in &it.set {
                    cx.facts_set.insert(f.clone());
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
                d.args.push(("flow", f.clone()));
            }
            Some(_) => {}
        },
        Kind::Outcome => {
            for (i, a) in node.actions().iter().enumerate() {
                cx.use_msg(&a.text, file, &format!("{base}.actions.{i}.text"));
                cx.cond(&a.when, file, &format!("{base}.actions.{i}.when"));
            }
            for (i, c) in node.contacts().iter().enumerate() {
                if !set.contacts.contains_key(&c.contact) {
                    let p = cx.place(file, &format!("{base}.contacts.{i}.contact"));
                    let d = cx.err("check-unknown-contact", p);
                    d.args.push(("contact", c.contact.clone()));
                }
                cx.cond(&c.when, file, &format!("{base}.contacts.{i}.when"));
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
    path: &str,
    base: &str,
    list: &str,
) {
    cx.check_id(key, file, &format!("{path}.key"), false);
    if RESERVED_KEYS.contains(&key) {
        let p = cx.place(file, &format!("{path}.key"));
        let d = cx.err("check-reserved-key", p);
        d.args.push(("key", key.to_string()));
    }
    if let Some(&first) = keys.get(key) {
        let p = cx.place(file, &format!("{path}.key"));
        let first_span = cx.loaded.pos.get(&file).and_then(|p| p.value(&format!("{base}.{list}.{first}.key")));
        let d = cx.err("check-duplicate-choice", p);
        d.args.push(("key", key.to_string()));
        if let Some(s) = first_span {
            d.related.push((file, s, "check-label-first-here"));
        }
    } else {
        keys.insert(key, i);
    }
}

fn target(cx: &mut Ctx, flow: &Flow, ids: &HashSet<&str>, file: FileId, next: &str, path: &str) {
    if !ids.contains(next) {
        let p = cx.place(file, path);
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
    let succ: Vec<Vec<usize>> = flow
        .nodes
        .iter()
        .map(|(_, node)| successors(node).into_iter().filter_map(|s| index.get(s).copied()).collect())
        .collect();
    // Reachable from start.
    let mut reach = vec![false; n];
    if let Some(&s) = index.get(flow.start.as_str()) {
        let mut q = VecDeque::from([s]);
        reach[s] = true;
        while let Some(i) = q.pop_front() {
            for &j in &succ[i] {
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
    let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, s) in succ.iter().enumerate() {
        for &j in s {
            pred[j].push(i);
        }
    }
    let mut ends = vec![false; n];
    let mut q: VecDeque<usize> = VecDeque::new();
    for (i, (_, node)) in flow.nodes.iter().enumerate() {
        if node.kind == Kind::Outcome {
            ends[i] = true;
            q.push_back(i);
        }
    }
    while let Some(i) = q.pop_front() {
        for &j in &pred[i] {
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
            d.args.push(("node", nid.clone()));
        } else if !ends[i] {
            let p = cx.key_place(file, &path);
            let d = cx.err("check-no-outcome", p);
            d.args.push(("node", nid.clone()));
        }
    }
}

/// Calls must not recurse (A calls B calls A).
fn check_calls(cx: &mut Ctx) {
    let set = &cx.loaded.set;
    let calls: Vec<Vec<(usize, String)>> = set
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
                if back && reported.insert((start, nid.clone())) {
                    let Some(&file) = cx.loaded.flow_files.get(start) else { continue };
                    let p = cx.place(file, &format!("nodes.{nid}.flow"));
                    let d = cx.err("check-recursive-call", p);
                    d.args.push(("flow", set.flows[start].id.clone()));
                }
            }
        }
    }
}

fn check_locales(cx: &mut Ctx) {
    let loaded = cx.loaded;
    // The languages, the reference first; every other is compared with it.
    let langs = crate::i18n::ordered(loaded.ftl.iter().map(|(_, f)| f.lang).collect());
    // id -> (file, span, placeables, is_tool) per language
    type Entry = (FileId, Range<usize>, BTreeSet<String>, bool);
    let mut msgs: Vec<BTreeMap<String, Entry>> = vec![BTreeMap::new(); langs.len()];
    for (file, ftl) in &loaded.ftl {
        let Some(li) = langs.iter().position(|l| *l == ftl.lang) else { continue };
        let res = match fluent_syntax::parser::parse(ftl.text.as_ref()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    // From the start of the broken entry to where the parser gave up.
                    let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start.min(e.pos.start));
                    let d = Diag::error("check-fluent-syntax")
                        .arg("detail", e.kind.to_string())
                        .at(*file, Some(start..e.pos.end));
                    cx.diags.push(d);
                }
                r
            }
        };
        let spans = message_spans(&ftl.text);
        let mut nth: HashMap<String, usize> = HashMap::new();
        for entry in &res.body {
            let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
            let id = m.id.name.to_string();
            let k = nth.entry(id.clone()).or_insert(0);
            let span = spans.get(id.as_str()).and_then(|v| v.get(*k)).cloned().unwrap_or(0..0);
            *k += 1;
            let Some(value) = &m.value else {
                cx.diags.push(Diag::error("check-fluent-no-value").arg("id", &id).at(*file, Some(span)));
                continue;
            };
            let mut ph = placeables(value);
            // Attributes (`.discreet`) must exist in every locale, with the same placeables.
            for a in &m.attributes {
                ph.insert(format!(".{}", a.id.name));
                ph.extend(placeables(&a.value).into_iter().map(|p| format!(".{}:{p}", a.id.name)));
            }
            if let Some((ff, fs, _, _)) = msgs[li].get(&id) {
                let d = Diag::error("check-fluent-duplicate").arg("id", &id).at(*file, Some(span)).related(
                    *ff,
                    fs.clone(),
                    "check-label-first-here",
                );
                cx.diags.push(d);
                continue;
            }
            msgs[li].insert(id, (*file, span, ph, ftl.is_tool()));
        }
    }
    // Used but missing.
    for (id, place) in &cx.used_msgs {
        for (li, lang) in langs.iter().enumerate() {
            if !msgs[li].contains_key(id) {
                let d = Diag::error("check-missing-message")
                    .arg("id", id)
                    .arg("lang", lang.code())
                    .at(place.file, place.span.clone());
                cx.diags.push(d);
            }
        }
    }
    let show = |s: &BTreeSet<String>| {
        if s.is_empty() { "-".to_string() } else { s.iter().cloned().collect::<Vec<_>>().join(", ") }
    };
    // Every other locale against the reference: the same messages, the same placeables.
    // A tool message a locale lacks is shown from the reference (a warning); content is
    // the guidance itself and must be in every language (an error).
    let Some((reference, others)) = msgs.split_first() else { return };
    let code = |i: usize| langs.get(i).map_or("", |l| l.code()).to_string();
    for (oi, other) in others.iter().enumerate() {
        let li = oi + 1;
        for (id, (file, span, ph, tool)) in reference {
            match other.get(id) {
                None if *tool => {}
                None => {
                    let d = Diag::error("check-one-locale")
                        .arg("id", id)
                        .arg("lang", code(0))
                        .arg("other", code(li))
                        .at(*file, Some(span.clone()));
                    cx.diags.push(d);
                }
                Some((of, os, oph, _)) if oph != ph => {
                    let d = Diag::error("check-placeables-differ")
                        .arg("id", id)
                        .arg("lang", code(0))
                        .arg("other", code(li))
                        .arg("ours", show(ph))
                        .arg("theirs", show(oph))
                        .at(*file, Some(span.clone()))
                        .related(*of, os.clone(), "check-label-other-locale");
                    cx.diags.push(d);
                }
                Some(_) => {}
            }
        }
        for (id, (file, span, _, _)) in other {
            if !reference.contains_key(id) {
                let d = Diag::error("check-one-locale")
                    .arg("id", id)
                    .arg("lang", code(li))
                    .arg("other", code(0))
                    .at(*file, Some(span.clone()));
                cx.diags.push(d);
            }
        }
        let missing_tool = reference.iter().filter(|(id, e)| e.3 && !other.contains_key(*id)).count();
        if missing_tool > 0 {
            let d = Diag::warning("check-tool-fallback")
                .arg("lang", code(li))
                .arg("reference", code(0))
                .arg("count", missing_tool.to_string());
            cx.diags.push(d);
        }
    }
    // Unused content messages.
    for m in &msgs {
        for (id, (file, span, _, tool)) in m {
            let referenced =
                cx.used_msgs.contains_key(id) || msgs.iter().any(|m| m.values().any(|(_, _, p, _)| p.contains(id)));
            if !tool && !referenced {
                cx.diags.push(Diag::warning("check-unused-message").arg("id", id).at(*file, Some(span.clone())));
            }
        }
    }
}

/// Where each message id stands in an .ftl text (`id =` at the start of a line), every
/// time it stands there.
fn message_spans(text: &str) -> HashMap<&str, Vec<Range<usize>>> {
    let mut out: HashMap<&str, Vec<Range<usize>>> = HashMap::new();
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        let first = line.as_bytes().first().copied();
        if first.is_some_and(|c| c.is_ascii_alphabetic())
            && let Some(eq) = line.find('=')
        {
            let id = line[..eq].trim_end();
            if !id.is_empty() {
                out.entry(id).or_default().push(off..off + id.len());
            }
        }
        off += line.len();
    }
    out
}
