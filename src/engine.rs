//! The session: a pure state machine over a checked flow set. Start a flow, answer
//! (choose, tick, continue), go back, restart, switch language, read the current step and
//! the summary. No I/O. Every transition keeps a snapshot, so `back` restores exactly the
//! earlier state, facts and duties included.

use crate::flow::cond::Cond;
use crate::flow::model::{Action, Choice, Flow, FlowSet, Item, Kind, Node};
use crate::i18n::{Lang, Msg};
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
    /// The flow set names something that is not there (the checker prevents this).
    Broken(String),
}

impl EngineError {
    /// What the error means to a user, as a Fluent id and its arguments.
    pub fn message(&self) -> Msg {
        match self {
            EngineError::NoSuchFlow(flow) => Msg::new("cli-err-no-flow").arg("flow", flow.as_str()),
            EngineError::BadAnswer => Msg::new("engine-err-bad-answer"),
            EngineError::Finished => Msg::new("engine-err-finished"),
            EngineError::Broken(what) => Msg::new("walk-err-broken").arg("input", what.as_str()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Frame {
    flow: usize,
    node: usize,
}

/// One step on the path taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathEntry {
    pub flow: String,
    pub node: String,
    pub answer: Answer,
}

/// An outcome reached, with the actions and contacts that applied when it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    pub flow: String,
    pub node: String,
    /// The outcome is marked `headline`: it names what came of the case.
    pub headline: bool,
    pub actions: Vec<String>,
    pub contacts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct State {
    stack: Vec<Frame>,
    facts: BTreeSet<String>,
    duties: Vec<String>,
    path: Vec<PathEntry>,
    reached: Vec<Reached>,
    finished: bool,
}

/// Everything the summary shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub root: String,
    pub path: Vec<PathEntry>,
    pub facts: Vec<String>,
    /// Duties raised, in the order they were raised.
    pub duties: Vec<String>,
    /// Every outcome reached, in order; the last is where the case ended.
    pub outcomes: Vec<Reached>,
    pub finished: bool,
}

/// The current step, borrowed from the flow set.
#[derive(Debug, Clone)]
pub struct Step<'s> {
    pub flow: &'s Flow,
    pub node_id: &'s str,
    pub node: &'s Node,
    /// Choices whose condition holds, in order.
    pub choices: Vec<&'s Choice>,
    pub items: Vec<&'s Item>,
    /// Keys of shown items whose facts are already known: shown ticked.
    pub known: Vec<&'s str>,
    pub actions: Vec<&'s Action>,
    pub contacts: Vec<&'s str>,
    /// The flows entered, outermost first (for a breadcrumb).
    pub trail: Vec<&'s Flow>,
    /// True when this is the end of the case (a final outcome, or the root's outcome).
    pub is_end: bool,
}

impl Step<'_> {
    pub fn kind(&self) -> Kind {
        self.node.kind
    }
}

#[derive(Clone)]
pub struct Session<'s> {
    set: &'s FlowSet,
    root: usize,
    state: State,
    history: Vec<State>,
    lang: Lang,
    discreet: bool,
}

fn holds(cond: &Option<String>, facts: &BTreeSet<String>) -> bool {
    match cond {
        None => true,
        // A condition that does not parse never holds (the checker reports it).
        Some(c) => Cond::parse(c).map(|c| c.eval(facts)).unwrap_or(false),
    }
}

impl<'s> Session<'s> {
    /// Starts `flow` (its `start` node, skipping and entering as the flow says).
    pub fn start(set: &'s FlowSet, flow: &str, lang: Lang) -> Result<Session<'s>, EngineError> {
        let root = set.flow_index(flow).ok_or_else(|| EngineError::NoSuchFlow(flow.to_string()))?;
        let state = Self::initial(set, root)?;
        Ok(Session { set, root, state, history: Vec::new(), lang, discreet: false })
    }

    fn initial(set: &'s FlowSet, root: usize) -> Result<State, EngineError> {
        let f = &set.flows[root];
        let node = f.node_index(&f.start).ok_or_else(|| EngineError::Broken(f.start.clone()))?;
        let mut st = State {
            stack: vec![Frame { flow: root, node }],
            facts: BTreeSet::new(),
            duties: Vec::new(),
            path: Vec::new(),
            reached: Vec::new(),
            finished: false,
        };
        settle(set, &mut st)?;
        Ok(st)
    }

    pub fn set(&self) -> &'s FlowSet {
        self.set
    }
    pub fn lang(&self) -> Lang {
        self.lang
    }
    /// Switching language keeps everything else: place, answers, facts, duties.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }
    /// Discreet mode: texts that have a discreet form use it (see `Texts::pick`).
    pub fn discreet(&self) -> bool {
        self.discreet
    }
    pub fn set_discreet(&mut self, on: bool) {
        self.discreet = on;
    }
    pub fn root(&self) -> &'s Flow {
        &self.set.flows[self.root]
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
    pub fn facts(&self) -> &BTreeSet<String> {
        &self.state.facts
    }
    pub fn duties(&self) -> &[String] {
        &self.state.duties
    }
    /// What decides where the session can go from here: the place (flows entered and the
    /// node in each) and the facts. Two sessions with the same key have the same futures,
    /// which lets a test explore every reachable state instead of every path.
    pub fn progress_key(&self) -> (Vec<(usize, usize)>, Vec<String>, bool) {
        (
            self.state.stack.iter().map(|f| (f.flow, f.node)).collect(),
            self.state.facts.iter().cloned().collect(),
            self.state.finished,
        )
    }

    /// A copy at the same place that cannot go back (no history to copy): for exploring
    /// many branches cheaply.
    pub fn fork(&self) -> Session<'s> {
        Session {
            set: self.set,
            root: self.root,
            state: self.state.clone(),
            history: Vec::new(),
            lang: self.lang,
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

    pub fn step(&self) -> Step<'s> {
        let set = self.set;
        let top = self.state.stack.last().copied().unwrap_or(Frame { flow: self.root, node: 0 });
        let flow = &set.flows[top.flow];
        let (node_id, node) = {
            let (k, n) = &flow.nodes[top.node];
            (k.as_str(), n)
        };
        let facts = &self.state.facts;
        Step {
            flow,
            node_id,
            node,
            choices: node.choices().iter().filter(|c| holds(&c.when, facts)).collect(),
            items: node.items().iter().filter(|c| holds(&c.when, facts)).collect(),
            known: node
                .items()
                .iter()
                .filter(|c| holds(&c.when, facts) && !c.set.is_empty() && c.set.iter().all(|f| facts.contains(f)))
                .map(|c| c.key.as_str())
                .collect(),
            actions: node.actions().iter().filter(|c| holds(&c.when, facts)).collect(),
            contacts: node.contacts().iter().filter(|c| holds(&c.when, facts)).map(|c| c.contact.as_str()).collect(),
            trail: self.state.stack.iter().map(|f| &set.flows[f.flow]).collect(),
            is_end: self.state.finished,
        }
    }

    pub fn answer(&mut self, answer: Answer) -> Result<(), EngineError> {
        if self.state.finished {
            return Err(EngineError::Finished);
        }
        let set = self.set;
        let mut st = self.state.clone();
        let top = *st.stack.last().ok_or(EngineError::Finished)?;
        let flow = &set.flows[top.flow];
        let (node_id, node) = &flow.nodes[top.node];
        let next: String = match (node.kind, &answer) {
            (Kind::Question, Answer::Choose(key)) => {
                let c = node
                    .choices()
                    .iter()
                    .find(|c| &c.key == key && holds(&c.when, &st.facts))
                    .ok_or(EngineError::BadAnswer)?;
                st.facts.extend(c.set.iter().cloned());
                raise(&mut st, &c.raise);
                c.next.clone()
            }
            (Kind::Checklist, Answer::Tick(keys)) => {
                let shown: Vec<&Item> = node.items().iter().filter(|i| holds(&i.when, &st.facts)).collect();
                let mut uniq: Vec<String> = Vec::new();
                for k in keys {
                    let it = shown.iter().find(|i| &i.key == k).ok_or(EngineError::BadAnswer)?;
                    if !uniq.contains(k) {
                        uniq.push(k.clone());
                        st.facts.extend(it.set.iter().cloned());
                    }
                }
                // Record in the checklist's order.
                uniq.sort_by_key(|k| shown.iter().position(|i| &i.key == k));
                st.path.push(PathEntry { flow: flow.id.clone(), node: node_id.clone(), answer: Answer::Tick(uniq) });
                let next = node.next.clone().ok_or_else(|| EngineError::Broken(node_id.clone()))?;
                goto(set, &mut st, &next)?;
                settle(set, &mut st)?;
                self.history.push(std::mem::replace(&mut self.state, st));
                return Ok(());
            }
            (Kind::Info, Answer::Continue) => node.next.clone().ok_or_else(|| EngineError::Broken(node_id.clone()))?,
            (Kind::Outcome, Answer::Continue) => {
                // Leave the called flow: back to the call node, then on to its `next`.
                leave_called_flow(set, &mut st, &flow.id, node_id)?;
                settle(set, &mut st)?;
                self.history.push(std::mem::replace(&mut self.state, st));
                return Ok(());
            }
            _ => return Err(EngineError::BadAnswer),
        };
        st.path.push(PathEntry { flow: flow.id.clone(), node: node_id.clone(), answer });
        goto(set, &mut st, &next)?;
        settle(set, &mut st)?;
        self.history.push(std::mem::replace(&mut self.state, st));
        Ok(())
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
        if let Ok(st) = Self::initial(self.set, self.root) {
            self.state = st;
            self.history.clear();
        }
    }

    /// The summary. Each outcome's actions and contacts are those whose conditions hold
    /// on the facts known at the end: something learnt later (a possible minor found at
    /// the referral step, say) takes back what no longer fits ("respect an adult's
    /// choice"), so the summary never contradicts a duty or another action.
    pub fn summary(&self) -> Summary {
        let facts = &self.state.facts;
        let outcomes = self
            .state
            .reached
            .iter()
            .map(|r| match self.set.flow(&r.flow).and_then(|f| f.node(&r.node)) {
                Some(node) => Reached {
                    actions: node.actions().iter().filter(|a| holds(&a.when, facts)).map(|a| a.text.clone()).collect(),
                    contacts: node
                        .contacts()
                        .iter()
                        .filter(|c| holds(&c.when, facts))
                        .map(|c| c.contact.clone())
                        .collect(),
                    ..r.clone()
                },
                None => r.clone(),
            })
            .collect();
        Summary {
            root: self.root().id.clone(),
            path: self.state.path.clone(),
            facts: facts.iter().cloned().collect(),
            duties: self.state.duties.clone(),
            outcomes,
            finished: self.state.finished,
        }
    }
}

fn raise(st: &mut State, duties: &[String]) {
    for d in duties {
        if !st.duties.contains(d) {
            st.duties.push(d.clone());
        }
    }
}

/// Records the outcome `flow`/`node` as passed, leaves the called flow and moves the
/// caller on to its call node's `next` (not yet settled).
fn leave_called_flow(set: &FlowSet, st: &mut State, flow: &str, node: &str) -> Result<(), EngineError> {
    st.path.push(PathEntry { flow: flow.to_string(), node: node.to_string(), answer: Answer::Continue });
    st.stack.pop();
    let caller = *st.stack.last().ok_or(EngineError::Finished)?;
    let (cid, cnode) = &set.flows[caller.flow].nodes[caller.node];
    let next = cnode.next.clone().ok_or_else(|| EngineError::Broken(cid.clone()))?;
    goto(set, st, &next)
}

/// Moves the top frame to node `id` of its flow.
fn goto(set: &FlowSet, st: &mut State, id: &str) -> Result<(), EngineError> {
    let top = st.stack.last_mut().ok_or(EngineError::Finished)?;
    let flow = &set.flows[top.flow];
    top.node = flow.node_index(id).ok_or_else(|| EngineError::Broken(format!("{}/{id}", flow.id)))?;
    Ok(())
}

/// From the node the top frame points at, skip nodes whose `when` fails, apply `set` and
/// `raise`, enter calls, and stop at a node that needs the user (or at an outcome).
fn settle(set: &FlowSet, st: &mut State) -> Result<(), EngineError> {
    let total: usize = set.flows.iter().map(|f| f.nodes.len()).sum();
    // Each node is skipped or entered at most once per settle unless the set loops;
    // the guard turns such a loop into an error instead of a hang.
    for _ in 0..=(total * 2 + 8) {
        let top = *st.stack.last().ok_or(EngineError::Finished)?;
        let flow = &set.flows[top.flow];
        let (nid, node) = &flow.nodes[top.node];
        if !holds(&node.when, &st.facts) {
            let next = node.next.clone().ok_or_else(|| EngineError::Broken(nid.clone()))?;
            goto(set, st, &next)?;
            continue;
        }
        st.facts.extend(node.set.iter().cloned());
        raise(st, &node.raise);
        match node.kind {
            Kind::Call => {
                let target = node.flow.as_deref().ok_or_else(|| EngineError::Broken(nid.clone()))?;
                let fi = set.flow_index(target).ok_or_else(|| EngineError::Broken(target.to_string()))?;
                if st.stack.iter().any(|f| f.flow == fi) || st.stack.len() > 64 {
                    return Err(EngineError::Broken(format!("recursive call to {target}")));
                }
                let f = &set.flows[fi];
                let start = f.node_index(&f.start).ok_or_else(|| EngineError::Broken(f.start.clone()))?;
                st.path.push(PathEntry { flow: flow.id.clone(), node: nid.clone(), answer: Answer::Continue });
                st.stack.push(Frame { flow: fi, node: start });
            }
            Kind::Outcome => {
                st.reached.push(Reached {
                    flow: flow.id.clone(),
                    node: nid.clone(),
                    headline: node.is_headline(),
                    actions: node
                        .actions()
                        .iter()
                        .filter(|a| holds(&a.when, &st.facts))
                        .map(|a| a.text.clone())
                        .collect(),
                    contacts: node
                        .contacts()
                        .iter()
                        .filter(|c| holds(&c.when, &st.facts))
                        .map(|c| c.contact.clone())
                        .collect(),
                });
                if node.is_final() || st.stack.len() == 1 {
                    st.finished = true;
                    return Ok(());
                }
                // A silent outcome (no text, actions or contacts) inside a called flow
                // has nothing to show: go straight back to the caller.
                if node.text.is_none() && node.actions().is_empty() && node.contacts().is_empty() {
                    leave_called_flow(set, st, &flow.id, nid)?;
                    continue;
                }
                return Ok(());
            }
            _ => return Ok(()),
        }
    }
    Err(EngineError::Broken("loop".to_string()))
}
