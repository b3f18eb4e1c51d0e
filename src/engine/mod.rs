//! The session: a pure state machine over a resolved model ([`crate::flow::resolved`]).
//! Start a flow, answer (choose, tick, continue), go back, restart, read the current step
//! and the summary. No I/O and no language: the views put a step into words. Every
//! transition keeps a snapshot, so `back` restores exactly the earlier state, facts and
//! duties included.

mod settle;

use crate::flow::resolved::{Action, Body, Choice, Facts, Flow, FlowIx, Item, Model, Node, NodeIx, holds};
use crate::i18n::Msg;
use settle::{goto, leave_called_flow, needed, raise, settle};
use std::collections::BTreeSet;

/// What the user did at a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A question: the key of a shown choice.
    Choose(String),
    /// A checklist: the keys of the ticked items (any number, none included).
    Tick(Vec<String>),
    /// Info, or an outcome inside a called flow: go on.
    Continue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineError {
    /// The flow asked for does not exist.
    NoSuchFlow(String),
    /// The answer does not fit the step (wrong kind, unknown key).
    BadAnswer,
    /// The case has ended; only back or restart.
    Finished,
    /// Nodes skipped by their conditions lead round in a circle with no step to show
    /// (the checker does not rule this out): the place where it was found.
    Circle(String),
}

impl EngineError {
    /// What the error means to a user, as a Fluent id and its arguments.
    pub fn message(&self) -> Msg {
        match self {
            EngineError::NoSuchFlow(flow) => Msg::new("cli-err-no-flow").arg("flow", flow.as_str()),
            EngineError::BadAnswer => Msg::new("engine-err-bad-answer"),
            EngineError::Finished => Msg::new("engine-err-finished"),
            EngineError::Circle(at) => Msg::new("walk-err-broken").arg("input", at.as_str()),
        }
    }
}

/// Where a flow being walked stands, and where its caller goes on when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Frame {
    flow: FlowIx,
    node: NodeIx,
    /// The caller's node after the call (none for the flow that was started).
    ret: Option<NodeIx>,
}

/// One step on the path taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathEntry {
    pub flow: FlowIx,
    pub node: NodeIx,
    pub answer: Answer,
    /// The duties this answer raised (with the steps it led through on its own).
    pub raised: Vec<String>,
}

/// What going back to an earlier step takes away: the answers given since (in order),
/// the duties raised since, and the outcomes reached since.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Discarded {
    pub answers: Vec<PathEntry>,
    pub duties: Vec<String>,
    pub outcomes: Vec<(FlowIx, NodeIx)>,
}

/// An outcome reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    pub flow: FlowIx,
    pub node: NodeIx,
    /// The outcome is marked `headline`: it names what came of the case.
    pub headline: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct State {
    stack: Vec<Frame>,
    facts: Facts,
    duties: Vec<String>,
    path: Vec<PathEntry>,
    reached: Vec<Reached>,
    finished: bool,
}

/// An outcome in the summary, with the actions and contacts that apply on the facts
/// known at the end.
#[derive(Debug, Clone)]
pub struct Outcome<'m> {
    pub flow: &'m Flow,
    pub node: &'m Node,
    /// Where it stands: its flow's and its node's index in the model.
    pub at: (FlowIx, NodeIx),
    pub headline: bool,
    pub actions: Vec<&'m Action>,
    pub contacts: Vec<&'m str>,
}

/// Two outcomes are the same when they are the same node with the same actions and
/// contacts applying.
impl PartialEq for Outcome<'_> {
    fn eq(&self, o: &Self) -> bool {
        std::ptr::eq(self.node, o.node)
            && self.headline == o.headline
            && self.actions.len() == o.actions.len()
            && self.actions.iter().zip(&o.actions).all(|(a, b)| std::ptr::eq(*a, *b))
            && self.contacts == o.contacts
    }
}

/// Everything the summary shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary<'m> {
    pub root: &'m Flow,
    pub path: Vec<PathEntry>,
    /// The facts known, by name, sorted.
    pub facts: Vec<String>,
    /// Duties raised, in the order they were raised.
    pub duties: Vec<String>,
    /// Every outcome reached, in order; the last is where the case ended.
    pub outcomes: Vec<Outcome<'m>>,
    pub finished: bool,
}

/// What kind of step is shown. A call is never shown (the session enters it at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    Question,
    Checklist,
    Info,
    Outcome,
}

impl StepKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Question => "question",
            StepKind::Checklist => "checklist",
            StepKind::Info => "info",
            StepKind::Outcome => "outcome",
        }
    }
}

impl PartialEq for Flow {
    fn eq(&self, o: &Self) -> bool {
        std::ptr::eq(self, o)
    }
}

/// The current step, borrowed from the model.
#[derive(Debug, Clone)]
pub struct Step<'m> {
    pub flow: &'m Flow,
    pub node_id: &'m str,
    pub node: &'m Node,
    /// Where it stands: its flow's and its node's index in the model.
    pub at: (FlowIx, NodeIx),
    pub kind: StepKind,
    /// Choices whose condition holds, in order.
    pub choices: Vec<&'m Choice>,
    pub items: Vec<&'m Item>,
    /// Keys of shown items whose facts are already known: shown ticked.
    pub known: Vec<&'m str>,
    pub actions: Vec<&'m Action>,
    pub contacts: Vec<&'m str>,
    /// The flows entered, outermost first (for a breadcrumb).
    pub trail: Vec<&'m Flow>,
    /// True when this is the end of the case (a final outcome, or the root's outcome).
    pub is_end: bool,
}

impl Step<'_> {
    pub fn kind(&self) -> StepKind {
        self.kind
    }
}

#[derive(Clone)]
pub struct Session<'m> {
    model: &'m Model,
    root: FlowIx,
    state: State,
    history: Vec<State>,
    discreet: bool,
}

impl<'m> Session<'m> {
    /// Starts `flow` (its `start` node, skipping and entering as the flow says).
    pub fn start(model: &'m Model, flow: &str) -> Result<Session<'m>, EngineError> {
        let root = model.flow_index(flow).ok_or_else(|| EngineError::NoSuchFlow(flow.to_string()))?;
        let state = Self::initial(model, root)?;
        Ok(Session { model, root, state, history: Vec::new(), discreet: false })
    }

    fn initial(model: &Model, root: FlowIx) -> Result<State, EngineError> {
        let mut st = State {
            stack: vec![Frame { flow: root, node: model.flows[root].start, ret: None }],
            facts: model.initial.clone(),
            duties: Vec::new(),
            path: Vec::new(),
            reached: Vec::new(),
            finished: false,
        };
        settle(model, &mut st)?;
        Ok(st)
    }

    pub fn model(&self) -> &'m Model {
        self.model
    }
    /// Discreet mode: texts that have a discreet form use it (see `Texts::pick`).
    pub fn discreet(&self) -> bool {
        self.discreet
    }
    pub fn set_discreet(&mut self, on: bool) {
        self.discreet = on;
    }
    pub fn root(&self) -> &'m Flow {
        &self.model.flows[self.root]
    }
    pub fn is_finished(&self) -> bool {
        self.state.finished
    }
    /// Something has been answered (so quitting loses work).
    pub fn under_way(&self) -> bool {
        !self.history.is_empty()
    }
    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }
    /// The facts known, by name.
    pub fn facts(&self) -> BTreeSet<String> {
        self.model.fact_names(&self.state.facts).into_iter().collect()
    }
    pub fn duties(&self) -> &[String] {
        &self.state.duties
    }
    /// What decides where the session can go from here: the place (flows entered and the
    /// node in each) and the facts. Two sessions with the same key have the same futures,
    /// which lets a test explore every reachable state instead of every path.
    pub fn progress_key(&self) -> (Vec<(usize, usize)>, Facts, bool) {
        (self.state.stack.iter().map(|f| (f.flow, f.node)).collect(), self.state.facts.clone(), self.state.finished)
    }

    /// A copy at the same place that cannot go back (no history to copy): for exploring
    /// many branches cheaply.
    pub fn fork(&self) -> Session<'m> {
        Session {
            model: self.model,
            root: self.root,
            state: self.state.clone(),
            history: Vec::new(),
            discreet: self.discreet,
        }
    }

    /// The node of the root flow the session is in now (the call being walked, or the
    /// node reached), as an index into `root().nodes`: for showing the stages of a case.
    pub fn root_node(&self) -> usize {
        self.state.stack.first().map_or(0, |f| f.node)
    }

    /// How many answers have been given on the way here.
    pub fn depth(&self) -> usize {
        self.history.len()
    }

    /// About how many steps the walk takes in all, this one and those before it
    /// counted: the longest of the walks that give this step each of its answers and then
    /// answer each question "no" or "none of these" where it has such a choice, or its
    /// first other choice, or its last other choice; nothing more is ticked and each
    /// text is read. An estimate
    /// for "step N of about M", never less than N; at most 500 steps ahead are counted.
    pub fn steps_about(&self) -> usize {
        let here = self.depth() + 1;
        let left = |from: &Session<'m>, policy: u8| -> usize {
            let mut s = from.fork();
            let mut left: usize = 0;
            while !s.is_finished() && left < 500 {
                let step = s.step();
                let a = match step.kind {
                    StepKind::Question => {
                        let none = step.choices.iter().find(|c| c.number == 0);
                        let first = step.choices.iter().find(|c| c.number != 0);
                        let last = step.choices.iter().rfind(|c| c.number != 0);
                        let c = match policy {
                            0 => none.or(first),
                            1 => first.or(none),
                            _ => last.or(none),
                        };
                        match c {
                            Some(c) => Answer::Choose(c.key.to_string()),
                            None => break,
                        }
                    }
                    StepKind::Checklist => Answer::Tick(step.known.iter().map(|k| k.to_string()).collect()),
                    StepKind::Info | StepKind::Outcome => Answer::Continue,
                };
                if s.answer(a).is_err() {
                    break;
                }
                left += 1;
            }
            left
        };
        if self.is_finished() {
            return here;
        }
        // Each answer to this step, then each way on.
        let step = self.step();
        let firsts: Vec<Answer> = match step.kind {
            StepKind::Question => step.choices.iter().map(|c| Answer::Choose(c.key.to_string())).collect(),
            _ => Vec::new(),
        };
        let mut most = (0..3).map(|p| left(self, p)).max().unwrap_or(0);
        for a in firsts {
            let mut s = self.fork();
            if s.answer(a).is_ok() {
                most = most.max(1 + (0..3).map(|p| left(&s, p)).max().unwrap_or(0));
            }
        }
        here + most.saturating_sub(1)
    }

    fn top(&self) -> Frame {
        self.state.stack.last().copied().unwrap_or(Frame { flow: self.root, node: 0, ret: None })
    }

    /// The flows entered, outermost first, by number (those of [`Step::trail`]).
    pub fn trail_at(&self) -> Vec<FlowIx> {
        self.state.stack.iter().map(|f| f.flow).collect()
    }

    pub fn step(&self) -> Step<'m> {
        let model = self.model;
        let top = self.top();
        let flow = &model.flows[top.flow];
        let node = &flow.nodes[top.node];
        let facts = &self.state.facts;
        let mut step = Step {
            flow,
            node_id: &node.id,
            node,
            at: (top.flow, top.node),
            kind: StepKind::Info,
            choices: Vec::new(),
            items: Vec::new(),
            known: Vec::new(),
            actions: Vec::new(),
            contacts: Vec::new(),
            trail: self.state.stack.iter().map(|f| &model.flows[f.flow]).collect(),
            is_end: self.state.finished,
        };
        match &node.body {
            Body::Question { choices } => {
                step.kind = StepKind::Question;
                step.choices = choices.iter().filter(|c| holds(&c.when, facts)).collect();
            }
            Body::Checklist { items, .. } => {
                step.kind = StepKind::Checklist;
                step.items = items.iter().filter(|i| holds(&i.when, facts)).collect();
                step.known = step
                    .items
                    .iter()
                    .filter(|i| !i.set.is_empty() && facts.covers(&i.set))
                    .map(|i| i.key.as_str())
                    .collect();
            }
            Body::Info { items, .. } => {
                step.kind = StepKind::Info;
                step.items = items.iter().filter(|i| holds(&i.when, facts)).collect();
            }
            // Never shown: settling enters a call at once. Were it shown, Enter goes on.
            Body::Call { .. } => step.kind = StepKind::Info,
            Body::Outcome { actions, contacts, .. } => {
                step.kind = StepKind::Outcome;
                step.actions = actions.iter().filter(|a| holds(&a.when, facts)).collect();
                step.contacts = contacts.iter().filter(|c| holds(&c.when, facts)).map(|c| c.contact.as_str()).collect();
            }
        }
        step
    }

    pub fn answer(&mut self, answer: Answer) -> Result<(), EngineError> {
        if self.state.finished {
            return Err(EngineError::Finished);
        }
        let model = self.model;
        let mut st = self.state.clone();
        let top = *st.stack.last().ok_or(EngineError::Finished)?;
        let node = &model.flows[top.flow].nodes[top.node];
        let here = |answer| PathEntry { flow: top.flow, node: top.node, answer, raised: Vec::new() };
        let (at, before) = (st.path.len(), st.duties.len());
        match (&node.body, answer) {
            (Body::Question { choices }, Answer::Choose(key)) => {
                let c =
                    choices.iter().find(|c| c.key == key && holds(&c.when, &st.facts)).ok_or(EngineError::BadAnswer)?;
                st.facts.extend(&c.set);
                raise(&mut st, &c.raise);
                st.path.push(here(Answer::Choose(key)));
                goto(&mut st, c.next);
            }
            (Body::Checklist { items, next }, Answer::Tick(keys)) => {
                let shown: Vec<&Item> = items.iter().filter(|i| holds(&i.when, &st.facts)).collect();
                let mut uniq: Vec<String> = Vec::new();
                for k in keys {
                    let it = shown.iter().find(|i| i.key == k).ok_or(EngineError::BadAnswer)?;
                    if !uniq.contains(&k) {
                        st.facts.extend(&it.set);
                        uniq.push(k);
                    }
                }
                // Record in the checklist's order.
                uniq.sort_by_key(|k| shown.iter().position(|i| &i.key == k));
                st.path.push(here(Answer::Tick(uniq)));
                goto(&mut st, *next);
            }
            (Body::Info { next, .. } | Body::Call { next, .. }, Answer::Continue) => {
                st.path.push(here(Answer::Continue));
                goto(&mut st, *next);
            }
            // Leave the called flow: back to the caller, on from its call node.
            (Body::Outcome { .. }, Answer::Continue) => leave_called_flow(&mut st)?,
            (Body::Question { .. }, Answer::Tick(_) | Answer::Continue)
            | (Body::Checklist { .. }, Answer::Choose(_) | Answer::Continue)
            | (Body::Info { .. } | Body::Call { .. } | Body::Outcome { .. }, Answer::Choose(_) | Answer::Tick(_)) => {
                return Err(EngineError::BadAnswer);
            }
        }
        settle(model, &mut st)?;
        if let Some(e) = st.path.get_mut(at) {
            e.raised = st.duties[before..].to_vec();
        }
        self.history.push(std::mem::replace(&mut self.state, st));
        Ok(())
    }

    /// How many steps back the last time `flow`/`node` was on the screen is (None: it
    /// was not, on the way here).
    pub fn steps_back_to(&self, flow: FlowIx, node: NodeIx) -> Option<usize> {
        let shown = |s: &State| s.stack.last().is_some_and(|f| f.flow == flow && f.node == node);
        (0..self.history.len()).rev().find(|&i| shown(&self.history[i])).map(|i| self.history.len() - i)
    }

    /// What `n` steps back would take away.
    pub fn discards(&self, n: usize) -> Discarded {
        let Some(earlier) = self.history.len().checked_sub(n).and_then(|i| self.history.get(i)) else {
            return Discarded::default();
        };
        let now = &self.state;
        Discarded {
            answers: now
                .path
                .iter()
                .skip(earlier.path.len())
                .filter(|p| p.answer != Answer::Continue || !p.raised.is_empty())
                .cloned()
                .collect(),
            duties: now.duties.iter().skip(earlier.duties.len()).cloned().collect(),
            outcomes: now.reached.iter().skip(earlier.reached.len()).map(|r| (r.flow, r.node)).collect(),
        }
    }

    /// A session of `flow` standing at `node` (for a trainer: any step, directly), with
    /// the facts the node's own condition needs set so that it shows; returns them too.
    /// Nothing before it is answered; back goes nowhere.
    pub fn start_at(model: &'m Model, flow: FlowIx, node: NodeIx) -> Option<(Session<'m>, Vec<String>)> {
        let n = model.flows.get(flow)?.nodes.get(node)?;
        let mut facts = Facts::default();
        if let Some(g) = &n.when {
            needed(&g.cond, true, &mut facts);
        }
        facts.extend(&model.initial);
        let mut st = State {
            stack: vec![Frame { flow, node, ret: None }],
            facts: facts.clone(),
            duties: Vec::new(),
            path: Vec::new(),
            reached: Vec::new(),
            finished: false,
        };
        settle(model, &mut st).ok()?;
        let names = model.fact_names(&facts);
        Some((Session { model, root: flow, state: st, history: Vec::new(), discreet: false }, names))
    }

    /// Undoes exactly one answer. False at the start.
    pub fn back(&mut self) -> bool {
        match self.history.pop() {
            Some(prev) => {
                self.state = prev;
                true
            }
            None => false,
        }
    }

    /// Back to the start of the same flow, with nothing answered.
    pub fn restart(&mut self) {
        if let Ok(st) = Self::initial(self.model, self.root) {
            self.state = st;
            self.history.clear();
        }
    }

    /// The flow and node of a path entry or outcome.
    pub fn node_at(&self, flow: FlowIx, node: NodeIx) -> (&'m Flow, &'m Node) {
        let f = &self.model.flows[flow];
        (f, &f.nodes[node])
    }

    /// The summary. Each outcome's actions and contacts are those whose conditions hold
    /// on the facts known at the end: something learnt later (a possible minor found at
    /// the referral step, say) takes back what no longer fits ("respect an adult's
    /// choice"), so the summary never contradicts a duty or another action.
    ///
    /// A called flow walked again (section 196 assessed again on new information) speaks
    /// once: its last outcome stands for it, and what an earlier walk of it said is taken
    /// back. The duties it raised stay.
    pub fn summary(&self) -> Summary<'m> {
        let facts = &self.state.facts;
        let reached = &self.state.reached;
        let outcomes = reached
            .iter()
            .enumerate()
            .filter(|(i, r)| r.flow == self.root || !reached[i + 1..].iter().any(|l| l.flow == r.flow))
            .map(|(_, r)| {
                let (flow, node) = self.node_at(r.flow, r.node);
                Outcome {
                    flow,
                    node,
                    at: (r.flow, r.node),
                    headline: r.headline,
                    actions: node.actions().iter().filter(|a| holds(&a.when, facts)).collect(),
                    contacts: node
                        .contacts()
                        .iter()
                        .filter(|c| holds(&c.when, facts))
                        .map(|c| c.contact.as_str())
                        .collect(),
                }
            })
            .collect();
        Summary {
            root: self.root(),
            path: self.state.path.clone(),
            facts: self.model.fact_names(facts),
            duties: self.state.duties.clone(),
            outcomes,
            finished: self.state.finished,
        }
    }
}
