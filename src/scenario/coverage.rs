//! Which nodes a set of replays reached, flow by flow.

use super::{NodeRef, Replayed};
use crate::flow::resolved::{Body, Model};
use std::collections::BTreeSet;

/// What a set of replays reached, flow by flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub flows: Vec<FlowCoverage>,
    /// Every node reached.
    pub reached: BTreeSet<NodeRef>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowCoverage {
    pub flow: String,
    pub nodes: usize,
    pub nodes_reached: usize,
    pub outcomes: usize,
    pub outcomes_reached: usize,
    /// The questions and checklists: the decisions a class answers in teaching mode.
    pub decisions: usize,
    pub decisions_reached: usize,
    /// Node ids not reached, in the flow's order.
    pub unreached: Vec<String>,
}

impl Coverage {
    /// Whether some replay reached `flow/node` (for marking a graph).
    pub fn is_reached(&self, flow: &str, node: &str) -> bool {
        self.reached.contains(&NodeRef { flow: flow.to_string(), node: node.to_string() })
    }
}

/// Which nodes and outcomes of each flow of `model` the replays reached (failed replays
/// count as far as they went).
pub fn coverage(model: &Model, replays: &[Replayed]) -> Coverage {
    let reached: BTreeSet<NodeRef> = replays.iter().flat_map(|r| r.visited.iter().cloned()).collect();
    let flows = model
        .flows
        .iter()
        .map(|f| {
            let hit = |id: &str| reached.contains(&NodeRef { flow: f.id.clone(), node: id.to_string() });
            let outcome = |n: &&crate::flow::resolved::Node| matches!(n.body, Body::Outcome { .. });
            let decision =
                |n: &&crate::flow::resolved::Node| matches!(n.body, Body::Question { .. } | Body::Checklist { .. });
            FlowCoverage {
                flow: f.id.clone(),
                nodes: f.nodes.len(),
                nodes_reached: f.nodes.iter().filter(|n| hit(&n.id)).count(),
                outcomes: f.nodes.iter().filter(outcome).count(),
                outcomes_reached: f.nodes.iter().filter(outcome).filter(|n| hit(&n.id)).count(),
                decisions: f.nodes.iter().filter(decision).count(),
                decisions_reached: f.nodes.iter().filter(decision).filter(|n| hit(&n.id)).count(),
                unreached: f.nodes.iter().filter(|n| !hit(&n.id)).map(|n| n.id.to_string()).collect(),
            }
        })
        .collect();
    Coverage { flows, reached }
}
