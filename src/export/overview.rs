//! `veiviser export --format dot|mermaid --overview`: the case in one small graph, for a
//! projector. Read from the data, not from a list: the stages are the `stage` names of the
//! case flow's steps (`case: true`) in file order, each labelled by its short name and
//! the flow it goes into (or its step's title); an arrow where one stage leads to the
//! next; the flows a stage may go into on the way (the child track, the duty to avert)
//! as boxes on the side with dashed arrows, marked with the duties they raise; and the
//! start screen's other entries, which a case does not go through (before the
//! conversation, the principles), as the preparation. Conditions are in words.

use super::graph::{Cluster, GEdge, GNode, Graph, Line, Shape};
use super::words::cond_words;
use crate::flow::resolved::{Body, FlowIx, Model};
use crate::i18n::{Lang, Texts};
use std::collections::BTreeSet;

/// Width a label line is wrapped to: narrower than the full graph's, for a projector.
const WRAP: usize = 26;

fn wrapped(s: &str) -> Vec<String> {
    let one = s.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::text::wrap(&one, WRAP)
}

/// Every flow `fi` goes into, directly or through the flows it calls, `fi` left out.
fn reached_calls(model: &Model, fi: FlowIx) -> BTreeSet<FlowIx> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![fi];
    while let Some(f) = todo.pop() {
        let Some(flow) = model.flows.get(f) else { continue };
        for n in &flow.nodes {
            if let Body::Call { flow: callee, .. } = &n.body
                && *callee != fi
                && seen.insert(*callee)
            {
                todo.push(*callee);
            }
        }
    }
    seen
}

/// The overview of the case in `lang`; an empty graph (its version line only) if no flow
/// is marked `case: true`.
pub fn overview(model: &Model, texts: &Texts, lang: Lang) -> Graph {
    let t = |id: &str| texts.get(lang, id);
    let mut g = Graph {
        comment: crate::view::export_version_line(texts, lang, model),
        clusters: Vec::new(),
        refs: Vec::new(),
        edges: Vec::new(),
    };
    let Some(ci) = model.flows.iter().position(|f| f.case) else { return g };
    let case = &model.flows[ci];
    // The stages, in file order, and each node's stage.
    let mut stages: Vec<&str> = Vec::new();
    let stage_of: Vec<Option<usize>> = case
        .nodes
        .iter()
        .map(|n| {
            let s = n.stage.as_deref()?;
            Some(stages.iter().position(|x| *x == s).unwrap_or_else(|| {
                stages.push(s);
                stages.len() - 1
            }))
        })
        .collect();
    let sid = |i: usize| format!("s{i}");
    let duty_lines = |fi: FlowIx| -> Vec<String> {
        let mut raised: Vec<&str> = Vec::new();
        for n in model.flows.get(fi).map(|f| f.nodes.as_slice()).unwrap_or_default() {
            let choices = n.choices().iter().flat_map(|c| c.raise.iter());
            for d in n.raise.iter().chain(choices) {
                if !raised.contains(&d.as_str()) {
                    raised.push(d);
                }
            }
        }
        let title = |id: &str| model.duty(id).map_or_else(|| id.to_string(), |d| t(&d.title));
        raised.iter().map(|d| texts.fmt(lang, "walk-duty", &[("duty", &title(d))])).collect()
    };
    // The stage boxes: the stage's name, then what it is (the flow it goes into, or the
    // step's title), and the condition it is taken on.
    let mut nodes = Vec::new();
    let mut main_flows: BTreeSet<FlowIx> = BTreeSet::new();
    let mut side: Vec<(usize, FlowIx)> = Vec::new();
    for (si, stage) in stages.iter().enumerate() {
        let members: Vec<usize> = (0..case.nodes.len()).filter(|&ni| stage_of[ni] == Some(si)).collect();
        let Some(&first) = members.first() else { continue };
        let n = &case.nodes[first];
        let mut lines = vec![t(stage).to_uppercase()];
        lines.extend(wrapped(&t(&n.title)));
        if let Some(guard) = &n.when {
            let cond = cond_words(texts, lang, &guard.cond, &model.facts);
            lines.extend(wrapped(&texts.fmt(lang, "ui-graph-only-when", &[("cond", &cond)])));
        }
        let shape = match &n.body {
            Body::Call { flow, .. } => {
                main_flows.insert(*flow);
                Shape::Call
            }
            Body::Outcome { is_final: true, .. } => Shape::Final,
            Body::Outcome { .. } => Shape::Outcome,
            Body::Question { .. } => Shape::Question,
            Body::Checklist { .. } | Body::Info { .. } => Shape::Info,
        };
        let mut duty = false;
        for &ni in &members {
            if let Body::Call { flow, .. } = &case.nodes[ni].body {
                // The flows this stage goes into besides its own: its other calls, and
                // every flow its flows call.
                if ni != first {
                    side.push((si, *flow));
                }
                side.extend(reached_calls(model, *flow).into_iter().map(|f| (si, f)));
            }
            duty |= !case.nodes[ni].raise.is_empty();
        }
        nodes.push(GNode { id: sid(si), lines, shape, duty, unreached: false });
    }
    // Where each stage leads: to the stage of each step after one of its steps.
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (ni, n) in case.nodes.iter().enumerate() {
        let Some(from) = stage_of[ni] else { continue };
        let mut next: Vec<usize> = n.choices().iter().map(|c| c.next).collect();
        match &n.body {
            Body::Checklist { next: x, .. } | Body::Info { next: x, .. } | Body::Call { next: x, .. } => next.push(*x),
            Body::Question { .. } | Body::Outcome { .. } => {}
        }
        for to in next.into_iter().filter_map(|x| stage_of.get(x).copied().flatten()) {
            if to != from && pairs.insert((from, to)) {
                g.edges.push(GEdge { from: sid(from), to: sid(to), lines: Vec::new(), line: Line::Plain });
            }
        }
    }
    g.clusters.push(Cluster { id: "case".into(), title: t(&case.title), nodes });
    // The flows a stage may go into on the way, once each, with the duties they raise.
    let mut side_seen: Vec<FlowIx> = Vec::new();
    for &(si, fi) in &side {
        if main_flows.contains(&fi) || fi == ci {
            continue;
        }
        let id = format!("r{fi}");
        if !side_seen.contains(&fi) {
            side_seen.push(fi);
            let title = model.flows.get(fi).map(|f| t(&f.title)).unwrap_or_default();
            let mut lines = wrapped(&title);
            // A duty named like the flow is said by the flow's title already.
            let duties: Vec<String> = duty_lines(fi).into_iter().filter(|d| !d.contains(&title)).collect();
            let duty = !duty_lines(fi).is_empty();
            lines.extend(duties.iter().flat_map(|d| wrapped(d)));
            g.refs.push(GNode { id: id.clone(), lines, shape: Shape::FlowRef, duty, unreached: false });
        }
        if !g.edges.iter().any(|e| e.from == sid(si) && e.to == id) {
            g.edges.push(GEdge { from: sid(si), to: id, lines: vec![t("ui-graph-may-enter")], line: Line::Call });
        }
    }
    // The start screen's entries a case does not go through: the preparation.
    let in_case = reached_calls(model, ci);
    let prepare: Vec<GNode> = model
        .menu()
        .into_iter()
        .filter(|f| !f.case)
        .filter_map(|f| model.flow_index(&f.id))
        .filter(|fi| !in_case.contains(fi))
        .map(|fi| GNode {
            id: format!("p{fi}"),
            lines: wrapped(&t(&model.flows[fi].title)),
            shape: Shape::Info,
            duty: false,
            unreached: false,
        })
        .collect();
    if !prepare.is_empty() && !stages.is_empty() {
        for p in &prepare {
            g.edges.push(GEdge { from: p.id.clone(), to: sid(0), lines: Vec::new(), line: Line::Skip });
        }
        g.clusters.insert(0, Cluster { id: "prepare".into(), title: t("ui-graph-prepare"), nodes: prepare });
    }
    g
}
