//! What a replay found: a scenario that went another way than it says, as a message
//! with its arguments (put into words by the caller, [`super::report`]).

use super::{NodeRef, Scenario};
use crate::engine::Answer;
use crate::i18n::Msg;
use std::collections::BTreeSet;

/// Why a replay did not go as the scenario says. Each names the scenario's answer or
/// field it is about, so a message can give its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The flow to start does not exist (or there is no case flow).
    NoFlow(String),
    /// Answer `index` names a node that does not exist.
    UnknownNode { index: usize, at: NodeRef },
    /// Answer `index` is for `expected`, but the flow asks at `found`.
    WrongNode { index: usize, expected: NodeRef, found: NodeRef },
    /// Answer `index` does not fit the step: a key the node does not have, or has but does
    /// not show here (its condition does not hold), or the wrong kind of answer.
    BadAnswer { index: usize, at: NodeRef, why: BadAnswer },
    /// The answers ran out while the flow asks at `at`.
    RanOut { at: NodeRef },
    /// The walk ended at `at` with answers left, the first of them `index`.
    EndedEarly { index: usize, at: NodeRef },
    /// The engine stopped (a circle of skipped nodes).
    Engine(String),
    /// Another outcome heads the summary.
    Outcome { expected: NodeRef, found: Option<NodeRef> },
    /// Other duties were raised.
    Duties { expected: BTreeSet<String>, found: BTreeSet<String> },
    /// An action expected in the summary is not there.
    ActionMissing(String),
    /// An action that must not be in the summary is.
    ActionPresent(String),
    /// The path did not pass through this node.
    NotPassed(NodeRef),
    /// The scenario names a duty, action or outcome the flow set does not have.
    Unknown { what: Unknown, name: String },
    /// Answer `index` has no feedback for these choices shown there (none named: the
    /// checklist has no feedback).
    FeedbackMissing { index: usize, at: NodeRef, keys: Vec<String> },
    /// Answer `index` has feedback for `key`, which is not a choice of its step.
    FeedbackUnknown { index: usize, at: NodeRef, key: String },
    /// No teaching points.
    NoTeaching,
    /// No setting.
    NoSetting,
    /// A text still a placeholder (`TODO ...`): a warning, not a failure. `index`: the
    /// answer it belongs to, if any; `field`: where (`title`, `feedback.KEY`, ...).
    Placeholder { index: Option<usize>, field: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadAnswer {
    /// The node has no choice or item with this key.
    NoSuchKey,
    /// The key is there but not shown now (its `when` does not hold).
    NotShown,
    /// An answer of the wrong kind (a choice for a checklist, ...).
    WrongKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unknown {
    Duty,
    Action,
    /// `expect.outcome` or `expect.passes` names no node, or the outcome is not one.
    Node,
}

impl Problem {
    /// What it means, as a Fluent id and its arguments. `s` gives the answers' keys.
    pub fn message(&self, s: &Scenario) -> Msg {
        let n = |i: &usize| (i + 1).to_string();
        let ans = |i: &usize| s.answers.get(*i).map(|g| answer_words(&g.answer)).unwrap_or_default();
        match self {
            Problem::NoFlow(f) => Msg::new("cli-scenario-no-flow").arg("flow", f.as_str()),
            Problem::UnknownNode { index, at } => {
                Msg::new("cli-scenario-unknown-node").arg("n", n(index)).arg("node", at.to_string())
            }
            Problem::WrongNode { index, expected, found } => Msg::new("cli-scenario-wrong-node")
                .arg("n", n(index))
                .arg("expected", expected.to_string())
                .arg("found", found.to_string()),
            Problem::BadAnswer { index, at, why } => {
                let id = match why {
                    BadAnswer::NoSuchKey => "cli-scenario-no-key",
                    BadAnswer::NotShown => "cli-scenario-not-shown",
                    BadAnswer::WrongKind => "cli-scenario-wrong-kind",
                };
                Msg::new(id).arg("n", n(index)).arg("node", at.to_string()).arg("answer", ans(index))
            }
            Problem::RanOut { at } => Msg::new("cli-scenario-ran-out").arg("node", at.to_string()),
            Problem::EndedEarly { index, at } => Msg::new("cli-scenario-ended-early")
                .arg("node", at.to_string())
                .arg("n", n(index))
                .arg("left", (s.answers.len() - index).to_string()),
            Problem::Engine(at) => Msg::new("walk-err-broken").arg("input", at.as_str()),
            Problem::Outcome { expected, found } => Msg::new("cli-scenario-outcome")
                .arg("expected", expected.to_string())
                .arg("found", found.as_ref().map_or_else(|| "-".to_string(), NodeRef::to_string)),
            Problem::Duties { expected, found } => Msg::new("cli-scenario-duties")
                .arg("expected", list_or_dash(expected.iter()))
                .arg("found", list_or_dash(found.iter())),
            Problem::ActionMissing(a) => Msg::new("cli-scenario-action-missing").arg("action", a.as_str()),
            Problem::ActionPresent(a) => Msg::new("cli-scenario-action-present").arg("action", a.as_str()),
            Problem::NotPassed(at) => Msg::new("cli-scenario-not-passed").arg("node", at.to_string()),
            Problem::Unknown { what, name } => {
                let id = match what {
                    Unknown::Duty => "cli-scenario-unknown-duty",
                    Unknown::Action => "cli-scenario-unknown-action",
                    Unknown::Node => "cli-scenario-unknown-outcome",
                };
                Msg::new(id).arg("name", name.as_str())
            }
            Problem::FeedbackMissing { index, at, keys } if keys.is_empty() => {
                Msg::new("cli-scenario-feedback-missing-list").arg("n", n(index)).arg("node", at.to_string())
            }
            Problem::FeedbackMissing { index, at, keys } => Msg::new("cli-scenario-feedback-missing")
                .arg("n", n(index))
                .arg("node", at.to_string())
                .arg("keys", keys.join(", ")),
            Problem::FeedbackUnknown { index, at, key } => Msg::new("cli-scenario-feedback-unknown")
                .arg("n", n(index))
                .arg("node", at.to_string())
                .arg("key", key.as_str()),
            Problem::NoTeaching => Msg::new("cli-scenario-no-teaching"),
            Problem::NoSetting => Msg::new("cli-scenario-no-setting").arg("allowed", super::Setting::keys()),
            Problem::Placeholder { field, .. } => Msg::new("cli-scenario-placeholder").arg("field", field.as_str()),
        }
    }

    /// The line in the scenario file it is about, where known.
    pub fn line(&self, s: &Scenario) -> Option<usize> {
        let answer = |i: &usize| s.answers.get(*i).and_then(|g| g.line);
        match self {
            Problem::UnknownNode { index, .. }
            | Problem::WrongNode { index, .. }
            | Problem::BadAnswer { index, .. }
            | Problem::EndedEarly { index, .. }
            | Problem::FeedbackMissing { index, .. }
            | Problem::FeedbackUnknown { index, .. }
            | Problem::Placeholder { index: Some(index), .. } => answer(index),
            Problem::Placeholder { index: None, field } => s.line_of(field),
            Problem::NoTeaching | Problem::NoSetting => None,
            Problem::RanOut { .. } | Problem::NoFlow(_) | Problem::Engine(_) => None,
            Problem::Outcome { .. } => s.line_of("outcome"),
            Problem::Duties { .. } => s.line_of("duties"),
            Problem::ActionMissing(a) => s.line_of_entry("actions", a),
            Problem::ActionPresent(a) => s.line_of_entry("not-actions", a),
            Problem::NotPassed(p) => s.line_of_entry("passes", &p.to_string()),
            Problem::Unknown { what: Unknown::Duty, name } => s.line_of_entry("duties", name),
            Problem::Unknown { what: Unknown::Action, name } => {
                if s.expect.actions.contains(name) {
                    s.line_of_entry("actions", name)
                } else {
                    s.line_of_entry("not-actions", name)
                }
            }
            Problem::Unknown { what: Unknown::Node, name } => {
                if s.expect.outcome.to_string() == *name {
                    s.line_of("outcome")
                } else {
                    s.line_of_entry("passes", name)
                }
            }
        }
    }
}

fn list_or_dash<'a>(it: impl Iterator<Item = &'a String>) -> String {
    let v: Vec<&str> = it.map(String::as_str).collect();
    if v.is_empty() { "-".to_string() } else { v.join(", ") }
}

/// An answer in a path: the choice key, the ticked keys in brackets, or `↵` for going on.
pub fn answer_words(a: &Answer) -> String {
    match a {
        Answer::Choose(k) => k.clone(),
        Answer::Tick(keys) => format!("[{}]", keys.join(", ")),
        Answer::Continue => "↵".to_string(),
    }
}
