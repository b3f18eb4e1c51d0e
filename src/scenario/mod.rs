//! Scenarios for trainers: a short fictional case in every language, the answers a worker
//! would give (by stable choice and item keys) and what must follow (the outcome reached,
//! the duties raised, key actions). [`parse`] reads one file (`scenarios/README.md` has
//! the format), [`replay`] walks it headless on a model and says where it went another
//! way, [`coverage`] says which nodes a set of replays reached. No I/O and no language
//! here but reading a named file ([`load_files`]); problems are [`Msg`]s, put into words by
//! the caller.
//!
//! The scenarios shipped are embedded, compressed ([`embedded`]: every file of
//! `scenarios/`).

mod coverage;
mod problem;
mod read;
pub mod record;
pub mod report;
mod teach;

pub use coverage::{Coverage, FlowCoverage, coverage};
pub use problem::{BadAnswer, Problem, Unknown, answer_words};
pub use read::{FileError, Unreadable, load_embedded, load_files, parse};
pub use teach::{Feedback, Setting, is_placeholder};
use teach::{feedback_problems, placeholders, teaching_problems};

use crate::engine::{Answer, EngineError, Session, StepKind};
use crate::flow::resolved::{Body, Model};
use crate::i18n::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

mod deflated {
    include!(concat!(env!("OUT_DIR"), "/scenarios.rs"));
}

/// The scenarios shipped, every file of `scenarios/` (built in compressed by build.rs):
/// (file name, text), inflated once when first asked. A file that does not inflate
/// (a broken build) comes back empty, which reading it then says.
pub fn embedded() -> &'static [(&'static str, String)] {
    static TEXTS: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    TEXTS.get_or_init(|| {
        deflated::DEFLATED
            .iter()
            .map(|(name, packed)| {
                let text = miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_FILE_BYTES)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_default();
                (*name, text)
            })
            .collect()
    })
}

/// Largest scenario file read.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

/// A node named in a scenario: `flow/node`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeRef {
    pub flow: String,
    pub node: String,
}

impl NodeRef {
    /// `flow/node`; None when there is no `/` or either side is empty.
    pub fn parse(s: &str) -> Option<NodeRef> {
        let (flow, node) = s.trim().split_once('/')?;
        (!flow.is_empty() && !node.is_empty() && !node.contains('/'))
            .then(|| NodeRef { flow: flow.to_string(), node: node.to_string() })
    }
}

impl fmt::Display for NodeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.flow, self.node)
    }
}

/// One answer of a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given {
    /// The node it answers.
    pub at: NodeRef,
    pub answer: Answer,
    pub feedback: Feedback,
    /// A question: other choice keys as right as the answer on the case as written
    /// (teaching mode judges them right; the replay goes on with the answer).
    pub also: Vec<String>,
    /// Its line in the file (1-based), where known.
    pub line: Option<usize>,
}

impl Given {
    /// The feedback in `lang` for the choice `key` (a question) or for the checklist
    /// (`key` None).
    pub fn feedback_for(&self, key: Option<&str>, lang: Lang) -> Option<&str> {
        match (&self.feedback, key) {
            (Feedback::PerChoice(m), Some(k)) => m.get(k).and_then(|t| pick(t, lang)),
            (Feedback::One(t), None) => pick(t, lang),
            _ => None,
        }
    }
}

/// What must follow.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Expect {
    /// The outcome that heads the summary: the last `headline` outcome reached, else
    /// where the walk ended.
    pub outcome: NodeRef,
    /// The duties raised, as a set (exactly these).
    pub duties: BTreeSet<String>,
    /// Fluent ids of actions the summary must hold.
    pub actions: Vec<String>,
    /// Fluent ids of actions the summary must not hold.
    pub not_actions: Vec<String>,
    /// Nodes the path must pass through (any kind: an outcome of a called flow, say).
    pub passes: Vec<NodeRef>,
}

/// A scenario, read and checked for shape (not yet against a flow set).
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub id: String,
    /// The file it was read from.
    pub file: String,
    /// Per language code.
    pub title: BTreeMap<String, String>,
    /// The fictional case, per language code.
    pub text: BTreeMap<String, String>,
    /// The flow to start; None: the flow set's case flow.
    pub flow: Option<String>,
    /// Where the case is set.
    pub setting: Option<Setting>,
    /// The setting is still a placeholder (`setting: TODO`).
    setting_todo: bool,
    /// The teaching points for the debrief and the handout, each per language code.
    pub teaching: Vec<BTreeMap<String, String>>,
    pub answers: Vec<Given>,
    pub expect: Expect,
    /// Lines of `expect`'s fields (`outcome`, `duties`, ...) and of their entries
    /// (`actions:outcomes-no-police`).
    lines: BTreeMap<String, usize>,
}

impl Scenario {
    /// The title in `lang`, else in the default language, else the id.
    pub fn title(&self, lang: Lang) -> &str {
        pick(&self.title, lang).unwrap_or(&self.id)
    }
    /// The case text in `lang`, else in the default language.
    pub fn text(&self, lang: Lang) -> &str {
        pick(&self.text, lang).unwrap_or("")
    }
    /// The teaching points in `lang` (else the default language).
    pub fn teaching(&self, lang: Lang) -> Vec<&str> {
        self.teaching.iter().filter_map(|t| pick(t, lang)).collect()
    }
    /// The line of a field of `expect` (`outcome`, `duties`, `actions`, `not-actions`,
    /// `passes`), where known.
    pub fn line_of(&self, field: &str) -> Option<usize> {
        self.lines.get(field).copied()
    }
    /// The line of the entry `name` of the list `field` of `expect`, else the field's.
    fn line_of_entry(&self, field: &str, name: &str) -> Option<usize> {
        self.line_of(&format!("{field}:{name}")).or(self.line_of(field))
    }
}

fn pick(m: &BTreeMap<String, String>, lang: Lang) -> Option<&str> {
    lang.fallbacks().into_iter().find_map(|l| m.get(l.code()).map(String::as_str).filter(|s| !s.trim().is_empty()))
}

/// One answer given in a replay, and the session after it.
#[derive(Clone)]
pub struct Played<'m> {
    /// Where it was given.
    pub at: NodeRef,
    pub answer: Answer,
    /// The scenario's answer it was (its index), or None for a text or an outcome gone
    /// past without one (an implicit continue).
    pub given: Option<usize>,
    /// The session after the answer.
    pub session: Session<'m>,
}

/// A replay: the session after each answer, and what went another way than the scenario
/// says (nothing when it passed).
#[derive(Clone)]
pub struct Replayed<'m> {
    /// The session before the first answer (None when the flow could not start).
    pub start: Option<Session<'m>>,
    /// Every answer given, implicit continues included, in order.
    pub steps: Vec<Played<'m>>,
    pub problems: Vec<Problem>,
    /// What still waits for its author (placeholders): said, but the replay passes.
    pub warnings: Vec<Problem>,
    /// Where the walk stopped: the step shown when it ended or failed.
    pub stopped_at: Option<NodeRef>,
    /// The outcome that heads the summary (see [`Expect::outcome`]).
    pub outcome: Option<NodeRef>,
    /// Every node the path passed through (answered, gone past or entered, and the
    /// outcomes reached).
    pub visited: BTreeSet<NodeRef>,
}

impl<'m> Replayed<'m> {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
    /// The session at the end (or where the replay stopped).
    pub fn last(&self) -> Option<&Session<'m>> {
        self.steps.last().map(|p| &p.session).or(self.start.as_ref())
    }
    /// The path taken beside the path expected, row by row: each answer given (implicit
    /// continues too) beside the scenario's answer it was; where the replay stopped, the
    /// step it stopped at beside the answer it could not give; then the scenario's
    /// answers not reached; last the outcome reached beside the one expected.
    pub fn rows(&self, s: &Scenario) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut next = 0;
        for p in &self.steps {
            let taken = Some(format!("{}: {}", p.at, answer_words(&p.answer)));
            match p.given {
                Some(i) => {
                    let expected = s.answers.get(i).map(|g| format!("{}: {}", g.at, answer_words(&g.answer)));
                    rows.push(Row { differs: false, taken, expected });
                    next = i + 1;
                }
                None => rows.push(Row { taken, expected: None, differs: false }),
            }
        }
        let failed_at = self.problems.iter().find_map(|p| match p {
            Problem::WrongNode { index, .. }
            | Problem::BadAnswer { index, .. }
            | Problem::UnknownNode { index, .. } => Some(*index),
            _ => None,
        });
        if failed_at.is_some() || self.problems.iter().any(|p| matches!(p, Problem::RanOut { .. })) {
            rows.push(Row {
                taken: self.stopped_at.as_ref().map(|n| format!("{n}: ?")),
                expected: s.answers.get(next).map(|g| format!("{}: {}", g.at, answer_words(&g.answer))),
                differs: true,
            });
            next += 1;
        }
        let early = self.problems.iter().any(|p| matches!(p, Problem::EndedEarly { .. }));
        for (k, g) in s.answers.iter().enumerate().skip(next) {
            rows.push(Row {
                taken: None,
                expected: Some(format!("{}: {}", g.at, answer_words(&g.answer))),
                differs: early && k == next,
            });
        }
        let outcome_differs = self.outcome.as_ref() != Some(&s.expect.outcome);
        rows.push(Row {
            taken: Some(format!("→ {}", self.outcome.as_ref().map_or_else(|| "-".to_string(), NodeRef::to_string))),
            expected: Some(format!("→ {}", s.expect.outcome)),
            differs: outcome_differs,
        });
        rows
    }
}

/// One row of the path taken beside the path expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub taken: Option<String>,
    pub expected: Option<String>,
    /// Where the two part.
    pub differs: bool,
}

fn node_ref(model: &Model, flow: usize, node: usize) -> NodeRef {
    let f = &model.flows[flow];
    NodeRef { flow: f.id.clone(), node: f.nodes[node].id.to_string() }
}

fn node_exists(model: &Model, r: &NodeRef) -> bool {
    model.flow(&r.flow).is_some_and(|f| f.nodes.iter().any(|n| n.id == r.node))
}

/// The names in `expect` the flow set does not have: duties, action ids, the outcome (or
/// a node that is not an outcome), nodes to pass.
pub fn unknown_names(model: &Model, s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    for d in &s.expect.duties {
        if model.duty(d).is_none() {
            out.push(Problem::Unknown { what: Unknown::Duty, name: d.clone() });
        }
    }
    let actions: BTreeSet<&str> =
        model.flows.iter().flat_map(|f| &f.nodes).flat_map(|n| n.actions()).map(|a| a.text.as_str()).collect();
    for a in s.expect.actions.iter().chain(&s.expect.not_actions) {
        if !actions.contains(a.as_str()) {
            out.push(Problem::Unknown { what: Unknown::Action, name: a.clone() });
        }
    }
    let is_outcome = model
        .flow(&s.expect.outcome.flow)
        .and_then(|f| f.nodes.iter().find(|n| n.id == s.expect.outcome.node))
        .is_some_and(|n| matches!(n.body, Body::Outcome { .. }));
    if !is_outcome {
        out.push(Problem::Unknown { what: Unknown::Node, name: s.expect.outcome.to_string() });
    }
    for p in &s.expect.passes {
        if !node_exists(model, p) {
            out.push(Problem::Unknown { what: Unknown::Node, name: p.to_string() });
        }
    }
    out
}

/// Why `answer` does not fit the node at `at` of the session.
fn bad_answer(session: &Session, answer: &Answer) -> BadAnswer {
    let step = session.step();
    match (step.kind, answer) {
        (StepKind::Question, Answer::Choose(k)) => {
            if step.node.choices().iter().any(|c| &c.key == k) {
                BadAnswer::NotShown
            } else {
                BadAnswer::NoSuchKey
            }
        }
        (StepKind::Checklist, Answer::Tick(keys)) => {
            if keys.iter().all(|k| step.node.items().iter().any(|i| &i.key == k)) {
                BadAnswer::NotShown
            } else {
                BadAnswer::NoSuchKey
            }
        }
        _ => BadAnswer::WrongKind,
    }
}

/// Replays `s` on `model`: starts its flow, gives its answers in order (a text or an
/// outcome inside a called flow that the next answer does not name is gone past), and
/// compares the end with `expect`. Stops at the first answer that does not fit.
pub fn replay<'m>(model: &'m Model, s: &Scenario) -> Replayed<'m> {
    let mut r = Replayed {
        start: None,
        steps: Vec::new(),
        problems: unknown_names(model, s),
        warnings: placeholders(s),
        stopped_at: None,
        outcome: None,
        visited: BTreeSet::new(),
    };
    let flow = match &s.flow {
        Some(f) => Some(f.clone()),
        None => model.case_flow().map(|f| f.id.clone()),
    };
    let Some(flow) = flow else {
        r.problems.insert(0, Problem::NoFlow(String::new()));
        return r;
    };
    let mut session = match Session::start(model, &flow) {
        Ok(x) => x,
        Err(_) => {
            r.problems.insert(0, Problem::NoFlow(flow));
            return r;
        }
    };
    r.start = Some(session.clone());
    let mut next = 0;
    let mut walk_problem = None;
    while !session.is_finished() {
        let step = session.step();
        let here = NodeRef { flow: step.flow.id.clone(), node: step.node_id.to_string() };
        let given = s.answers.get(next);
        let names_here = given.is_some_and(|g| g.at == here);
        let (answer, index) = match step.kind {
            StepKind::Info | StepKind::Outcome if !names_here => {
                // Gone past: an implicit continue.
                (Answer::Continue, None)
            }
            _ => match given {
                None => {
                    walk_problem = Some(Problem::RanOut { at: here.clone() });
                    r.stopped_at = Some(here);
                    break;
                }
                Some(g) if g.at != here => {
                    walk_problem = Some(if node_exists(model, &g.at) {
                        Problem::WrongNode { index: next, expected: g.at.clone(), found: here.clone() }
                    } else {
                        Problem::UnknownNode { index: next, at: g.at.clone() }
                    });
                    r.stopped_at = Some(here);
                    break;
                }
                Some(g) => {
                    r.problems.extend(feedback_problems(g, next, &here, &step));
                    let mut a = g.answer.clone();
                    // Items known already start ticked, as on screen.
                    if let Answer::Tick(keys) = &mut a {
                        for k in &step.known {
                            if !keys.iter().any(|x| x == k) {
                                keys.push((*k).to_string());
                            }
                        }
                    }
                    (a, Some(next))
                }
            },
        };
        match session.answer(answer.clone()) {
            Ok(()) => {}
            Err(EngineError::BadAnswer) => {
                let why = bad_answer(&session, &answer);
                walk_problem = Some(Problem::BadAnswer { index: index.unwrap_or(next), at: here.clone(), why });
                r.stopped_at = Some(here);
                break;
            }
            Err(e) => {
                let at = match e {
                    EngineError::Circle(at) => at,
                    _ => here.to_string(),
                };
                walk_problem = Some(Problem::Engine(at));
                r.stopped_at = Some(here);
                break;
            }
        }
        if index.is_some() {
            next += 1;
        }
        r.steps.push(Played { at: here, answer, given: index, session: session.clone() });
    }
    let end = r.last().cloned();
    if let Some(end) = &end {
        let summary = end.summary();
        if r.stopped_at.is_none() {
            let step = end.step();
            r.stopped_at = Some(NodeRef { flow: step.flow.id.clone(), node: step.node_id.to_string() });
        }
        for p in &summary.path {
            r.visited.insert(node_ref(model, p.flow, p.node));
        }
        for o in &summary.outcomes {
            r.visited.insert(NodeRef { flow: o.flow.id.clone(), node: o.node.id.to_string() });
        }
        let head = summary
            .outcomes
            .iter()
            .rev()
            .find(|o| o.headline)
            .or_else(|| summary.outcomes.last().filter(|_| summary.finished));
        r.outcome = head.map(|o| NodeRef { flow: o.flow.id.clone(), node: o.node.id.to_string() });
        if walk_problem.is_none() && next < s.answers.len() {
            walk_problem = Some(Problem::EndedEarly {
                index: next,
                at: r.stopped_at.clone().unwrap_or_else(|| s.expect.outcome.clone()),
            });
        }
        if let Some(p) = walk_problem {
            // The walk went another way: what followed from it says nothing more.
            r.problems.push(p);
            return r;
        }
        r.problems.extend(teaching_problems(s));
        if r.outcome.as_ref() != Some(&s.expect.outcome) {
            r.problems.push(Problem::Outcome { expected: s.expect.outcome.clone(), found: r.outcome.clone() });
        }
        let found: BTreeSet<String> = end.duties().iter().cloned().collect();
        if found != s.expect.duties {
            r.problems.push(Problem::Duties { expected: s.expect.duties.clone(), found });
        }
        let actions: BTreeSet<&str> =
            summary.outcomes.iter().flat_map(|o| &o.actions).map(|a| a.text.as_str()).collect();
        for a in &s.expect.actions {
            if !actions.contains(a.as_str()) {
                r.problems.push(Problem::ActionMissing(a.clone()));
            }
        }
        for a in &s.expect.not_actions {
            if actions.contains(a.as_str()) {
                r.problems.push(Problem::ActionPresent(a.clone()));
            }
        }
        for p in &s.expect.passes {
            if !r.visited.contains(p) {
                r.problems.push(Problem::NotPassed(p.clone()));
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_ref_is_flow_slash_node() {
        assert_eq!(NodeRef::parse("triage/age").map(|n| n.to_string()), Some("triage/age".to_string()));
        assert_eq!(NodeRef::parse("triage"), None);
        assert_eq!(NodeRef::parse("/age"), None);
        assert_eq!(NodeRef::parse("a/b/c"), None);
    }
}
