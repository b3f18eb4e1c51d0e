//! How the session moves on by itself after an answer: into a called flow, out of one
//! at its outcome, past nodes whose condition does not hold, raising duties and setting
//! facts on the way.

use super::{Answer, EngineError, Frame, PathEntry, Reached, State};
use crate::flow::model::Str;
use crate::flow::resolved::{Body, Facts, Model, NodeIx};

/// Adds to `facts` what makes `c` come out `want` where a fact alone can: the facts named
/// plainly (not under `not`) for true; nothing for the rest (no fact is taken away).
pub(super) fn needed(c: &crate::flow::resolved::Condition, want: bool, facts: &mut Facts) {
    use crate::flow::cond::Cond;
    match c {
        Cond::Fact(f) => {
            if want {
                facts.insert(*f);
            }
        }
        Cond::Not(c) => needed(c, !want, facts),
        Cond::And(a, b) if want => {
            needed(a, true, facts);
            needed(b, true, facts);
        }
        Cond::Or(a, _) if want => needed(a, true, facts),
        Cond::And(..) | Cond::Or(..) => {}
    }
}

pub(super) fn raise(st: &mut State, duties: &[Str]) {
    for d in duties {
        if !st.duties.iter().any(|x| x == d.as_str()) {
            st.duties.push(d.to_string());
        }
    }
}

/// Records the outcome at the top as passed, leaves the called flow and moves the caller
/// on to its call node's `next` (not yet settled).
pub(super) fn leave_called_flow(st: &mut State) -> Result<(), EngineError> {
    let done = *st.stack.last().ok_or(EngineError::Finished)?;
    let ret = done.ret.ok_or(EngineError::Finished)?;
    st.path.push(PathEntry { flow: done.flow, node: done.node, answer: Answer::Continue, raised: Vec::new() });
    st.stack.pop();
    goto(st, ret);
    Ok(())
}

/// Moves the top frame to node `node` of its flow.
pub(super) fn goto(st: &mut State, node: NodeIx) {
    if let Some(top) = st.stack.last_mut() {
        top.node = node;
    }
}

/// From the node the top frame points at, skip nodes whose `when` fails, apply `set` and
/// `raise`, enter calls, and stop at a node that needs the user (or at an outcome).
pub(super) fn settle(model: &Model, st: &mut State) -> Result<(), EngineError> {
    let total: usize = model.flows.iter().map(|f| f.nodes.len()).sum();
    // Each node is skipped or entered at most once per settle unless skipped nodes lead
    // round in a circle; the bound turns that into an error instead of a hang.
    for _ in 0..=(total * 2 + 8) {
        let top = *st.stack.last().ok_or(EngineError::Finished)?;
        let flow = &model.flows[top.flow];
        let node = &flow.nodes[top.node];
        if let Some(g) = &node.when
            && !g.cond.holds(&|f: &usize| st.facts.contains(*f))
        {
            goto(st, g.otherwise);
            continue;
        }
        st.facts.extend(&node.set);
        raise(st, &node.raise);
        match &node.body {
            Body::Call { flow: target, at, next } => {
                st.path.push(PathEntry {
                    flow: top.flow,
                    node: top.node,
                    answer: Answer::Continue,
                    raised: Vec::new(),
                });
                st.stack.push(Frame { flow: *target, node: *at, ret: Some(*next) });
            }
            Body::Outcome { actions, contacts, is_final, headline, quiet } => {
                st.reached.push(Reached { flow: top.flow, node: top.node, headline: *headline });
                if *is_final || st.stack.len() == 1 {
                    st.finished = true;
                    return Ok(());
                }
                // A silent outcome (no text, actions or contacts) inside a called flow
                // has nothing to show, and a quiet one speaks only on the summary: go
                // straight back to the caller.
                if *quiet || (node.text.is_none() && actions.is_empty() && contacts.is_empty()) {
                    leave_called_flow(st)?;
                    continue;
                }
                return Ok(());
            }
            Body::Question { .. } | Body::Checklist { .. } | Body::Info { .. } => return Ok(()),
        }
    }
    let top = st.stack.last().map(|f| format!("{}/{}", model.flows[f.flow].id, model.flows[f.flow].nodes[f.node].id));
    Err(EngineError::Circle(top.unwrap_or_default()))
}
