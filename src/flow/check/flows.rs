//! The checks of the flows: each node, the graph of each flow (reachable, ends in an
//! outcome), the calls between flows, and where the service works.

use super::{Ctx, RESERVED_KEYS};
use crate::diag::FileId;
use crate::flow::model::{Flow, Kind, Node, Str};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

pub(super) fn check_flows(cx: &mut Ctx<'_>) {
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
    let misplaced: [(&str, bool, &[Kind]); 10] = [
        ("setting", node.setting.is_some(), &[Kind::Question]),
        ("choices", node.choices.is_some(), &[Kind::Question]),
        ("items", node.items.is_some(), &[Kind::Checklist, Kind::Info]),
        ("flow", node.flow.is_some(), &[Kind::Call]),
        ("at", node.at.is_some(), &[Kind::Call]),
        ("actions", node.actions.is_some(), &[Kind::Outcome]),
        ("contacts", node.contacts.is_some(), &[Kind::Outcome]),
        ("final", node.is_final.is_some(), &[Kind::Outcome]),
        ("headline", node.headline.is_some(), &[Kind::Outcome]),
        ("quiet", node.quiet.is_some(), &[Kind::Outcome]),
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
        Kind::Checklist | Kind::Info => {
            if kind == Kind::Checklist && node.items().is_empty() {
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
                // An info's points are read, never ticked: nothing to set.
                if kind == Kind::Info && !it.set.is_empty() {
                    let p = cx.key_place(file, &format!("{}.set", ib()));
                    let d = cx.err("check-key-for-kind", p);
                    d.args.push(("key", "set".to_string()));
                    d.args.push(("kind", kind.to_string()));
                }
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
pub(super) fn check_calls(cx: &mut Ctx) {
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
