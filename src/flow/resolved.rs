//! The resolved model: what the engine runs on. [`resolve`] turns a flow set that passed
//! the checker into flows and nodes by index, conditions parsed once, facts as a small bit
//! set, and each node a common head plus a body per kind. Nothing here is looked up by
//! name or parsed again while a case is walked; a new kind of node is a new [`Body`]
//! variant, and the compiler then names every place that must handle it.

use super::cond::Cond;
use super::model::{self, FlowSet, Group, Kind, SourceRef, Str};
pub use super::model::{Contact, Document, Duty};
use crate::guidance::{Day, Guidance};

mod registry;
use std::collections::{BTreeMap, HashMap};

/// A flow's number: its place in [`Model::flows`].
pub type FlowIx = usize;
/// A node's number: its place in its flow's [`Flow::nodes`].
pub type NodeIx = usize;
/// A fact's number: its place in [`Model::facts`].
pub type FactIx = usize;

/// A set of facts, one bit each.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Facts(Vec<u64>);

impl Facts {
    pub fn insert(&mut self, f: FactIx) {
        let (w, b) = (f / 64, f % 64);
        if self.0.len() <= w {
            self.0.resize(w + 1, 0);
        }
        self.0[w] |= 1 << b;
    }
    pub fn contains(&self, f: FactIx) -> bool {
        self.0.get(f / 64).is_some_and(|w| w & (1 << (f % 64)) != 0)
    }
    /// Adds every fact of `other`.
    pub fn extend(&mut self, other: &Facts) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
        // No trailing empty words: equal sets compare and hash equal.
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
    /// The facts in both.
    pub fn and(&self, other: &Facts) -> Facts {
        let mut v: Vec<u64> = self.0.iter().zip(&other.0).map(|(a, b)| a & b).collect();
        while v.last() == Some(&0) {
            v.pop();
        }
        Facts(v)
    }
    /// Every fact of `other` is here.
    pub fn covers(&self, other: &Facts) -> bool {
        other.0.iter().enumerate().all(|(i, b)| self.0.get(i).copied().unwrap_or(0) & b == *b)
    }
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
    /// The facts' numbers, in order.
    pub fn iter(&self) -> impl Iterator<Item = FactIx> + '_ {
        self.0.iter().enumerate().flat_map(|(i, w)| (0..64).filter(move |b| w & (1 << b) != 0).map(move |b| i * 64 + b))
    }
}

/// A condition and the facts it tests, by number.
pub type Condition = Cond<FactIx>;

/// Whether `when` (none: always) holds on `facts`.
pub fn holds(when: &Option<Condition>, facts: &Facts) -> bool {
    when.as_ref().is_none_or(|c| c.holds(&|f: &FactIx| facts.contains(*f)))
}

#[derive(Debug, Clone)]
pub struct Choice {
    /// The number that answers it, fixed by the file: 0 for the `none` choice, else its
    /// place among the others (1, 2, ...), shown or not.
    pub number: usize,
    pub key: Str,
    pub label: Str,
    pub next: NodeIx,
    pub set: Facts,
    pub raise: Vec<Str>,
    pub when: Option<Condition>,
}

#[derive(Debug, Clone)]
pub struct Item {
    /// The number that ticks it: its place in the file (1, 2, ...), shown or not.
    pub number: usize,
    pub key: Str,
    pub label: Str,
    pub set: Facts,
    pub when: Option<Condition>,
}

#[derive(Debug, Clone)]
pub struct Action {
    /// A Fluent id.
    pub text: Str,
    pub when: Option<Condition>,
    pub group: Group,
    /// First in its group on the summary.
    pub first: bool,
    /// A legal duty's action: after the first ones, before the rest.
    pub duty: bool,
}

#[derive(Debug, Clone)]
pub struct ContactUse {
    pub contact: Str,
    pub when: Option<Condition>,
}

/// What a node of each kind carries beyond the common head.
#[derive(Debug, Clone)]
pub enum Body {
    Question {
        choices: Vec<Choice>,
    },
    Checklist {
        items: Vec<Item>,
        next: NodeIx,
    },
    /// A text to read; its `items` are points shown as a list (no ticking), each with
    /// its own condition.
    Info {
        items: Vec<Item>,
        next: NodeIx,
    },
    /// Walk flow `flow` from node `at` (its start unless the call names another), then
    /// go on to `next`.
    Call {
        flow: FlowIx,
        at: NodeIx,
        next: NodeIx,
    },
    Outcome {
        actions: Vec<Action>,
        contacts: Vec<ContactUse>,
        is_final: bool,
        headline: bool,
        /// Speaks only on the summary: recorded, never stopped on (inside a called flow).
        quiet: bool,
    },
}

impl Body {
    pub fn kind(&self) -> Kind {
        match self {
            Body::Question { .. } => Kind::Question,
            Body::Checklist { .. } => Kind::Checklist,
            Body::Info { .. } => Kind::Info,
            Body::Call { .. } => Kind::Call,
            Body::Outcome { .. } => Kind::Outcome,
        }
    }
}

/// A node whose `when` fails is skipped to `otherwise`.
#[derive(Debug, Clone)]
pub struct Guard {
    pub cond: Condition,
    pub otherwise: NodeIx,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: Str,
    /// Fluent ids.
    pub title: Str,
    pub text: Option<Str>,
    pub why: Option<Str>,
    pub stage: Option<Str>,
    pub source: Option<SourceRef>,
    pub when: Option<Guard>,
    pub set: Facts,
    pub raise: Vec<Str>,
    pub body: Body,
}

impl Node {
    /// The choices, if a question (none otherwise).
    pub fn choices(&self) -> &[Choice] {
        match &self.body {
            Body::Question { choices } => choices,
            Body::Checklist { .. } | Body::Info { .. } | Body::Call { .. } | Body::Outcome { .. } => &[],
        }
    }
    /// The items, if a checklist (to tick) or an info (points to read).
    pub fn items(&self) -> &[Item] {
        match &self.body {
            Body::Checklist { items, .. } | Body::Info { items, .. } => items,
            Body::Question { .. } | Body::Call { .. } | Body::Outcome { .. } => &[],
        }
    }
    /// The actions, if an outcome.
    pub fn actions(&self) -> &[Action] {
        match &self.body {
            Body::Outcome { actions, .. } => actions,
            Body::Question { .. } | Body::Checklist { .. } | Body::Info { .. } | Body::Call { .. } => &[],
        }
    }
    /// The contacts, if an outcome.
    pub fn contacts(&self) -> &[ContactUse] {
        match &self.body {
            Body::Outcome { contacts, .. } => contacts,
            Body::Question { .. } | Body::Checklist { .. } | Body::Info { .. } | Body::Call { .. } => &[],
        }
    }
}

#[derive(Debug, Clone)]
pub struct Flow {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub source: Option<SourceRef>,
    pub start: NodeIx,
    pub menu: Option<u32>,
    pub case: bool,
    pub teaching: bool,
    pub nodes: Vec<Node>,
}

impl Flow {
    /// The node's source, or the flow's.
    pub fn source_of<'a>(&'a self, node: &'a Node) -> Option<&'a SourceRef> {
        node.source.as_ref().or(self.source.as_ref())
    }
}

/// The flow set, resolved: the flows, and the registries they name (contacts, duties,
/// documents) with the guidance's facts and the set's version. The raw serde set stays
/// inside `flow/`: the model keeps none of it.
#[derive(Debug, Clone)]
pub struct Model {
    pub flows: Vec<Flow>,
    /// Fact names, by number.
    pub facts: Vec<String>,
    /// The facts every session starts with: those of the choice the local file names for
    /// the question marked `setting: true` (where the service works), else none.
    pub initial: Facts,
    contacts: BTreeMap<String, Contact>,
    /// Contact ids in the order of the directory file(s).
    contact_order: Vec<String>,
    /// The ids a local contact file added or replaced, in its order.
    local_contacts: Vec<String>,
    duties: BTreeMap<String, Duty>,
    documents: BTreeMap<String, Document>,
    guidance: Guidance,
    as_of: Option<Day>,
    version: String,
}

impl Model {
    pub fn flow_index(&self, id: &str) -> Option<FlowIx> {
        self.flows.iter().position(|f| f.id == id)
    }
    pub fn flow(&self, id: &str) -> Option<&Flow> {
        self.flows.iter().find(|f| f.id == id)
    }
    /// The flow marked `case: true`, if any.
    pub fn case_flow(&self) -> Option<&Flow> {
        self.flows.iter().find(|f| f.case)
    }
    /// Flows for a start screen: those with `menu`, by menu order.
    pub fn menu(&self) -> Vec<&Flow> {
        self.menu_ix().into_iter().map(|i| &self.flows[i]).collect()
    }
    /// The numbers of the flows of [`Model::menu`], in its order.
    pub fn menu_ix(&self) -> Vec<FlowIx> {
        let mut v: Vec<FlowIx> = (0..self.flows.len()).filter(|&i| self.flows[i].menu.is_some()).collect();
        v.sort_by(|&a, &b| (self.flows[a].menu, &self.flows[a].id).cmp(&(self.flows[b].menu, &self.flows[b].id)));
        v
    }
    /// The names of `facts`, sorted.
    pub fn fact_names(&self, facts: &Facts) -> Vec<String> {
        let mut v: Vec<String> = facts.iter().filter_map(|f| self.facts.get(f).cloned()).collect();
        v.sort();
        v
    }
    /// The number of a fact by name (for tests and tools; the engine never asks).
    pub fn fact(&self, name: &str) -> Option<FactIx> {
        self.facts.iter().position(|f| f == name)
    }
}

/// What stops a set from resolving: something the checker reports (a name that is not
/// there, a condition that does not parse). Never reached for a set that checked clean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unresolved(pub String);

/// Where a node is, `flow/node`, for the message of what did not resolve (written only
/// then).
struct At<'a>(&'a str, &'a str);

impl std::fmt::Display for At<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}/{}", self.0, self.1)
    }
}

struct Resolver<'a> {
    flows: &'a [model::Flow],
    facts: Vec<String>,
    by_name: HashMap<String, FactIx>,
}

impl Resolver<'_> {
    fn fact(&mut self, name: &str) -> FactIx {
        if let Some(&i) = self.by_name.get(name) {
            return i;
        }
        self.facts.push(name.to_string());
        self.by_name.insert(name.to_string(), self.facts.len() - 1);
        self.facts.len() - 1
    }
    fn facts(&mut self, names: &[Str]) -> Facts {
        let mut f = Facts::default();
        for n in names {
            f.insert(self.fact(n));
        }
        f
    }
    fn cond(&mut self, text: &Option<Str>, at: &At) -> Result<Option<Condition>, Unresolved> {
        let Some(text) = text else { return Ok(None) };
        let c = Cond::parse(text).map_err(|e| Unresolved(format!("{at}: {}", e.msg)))?;
        Ok(Some(c.map(&mut |name: &String| self.fact(name))))
    }
    fn flow_ix(&self, id: &str, at: &At) -> Result<FlowIx, Unresolved> {
        self.flows.iter().position(|f| f.id == id).ok_or_else(|| Unresolved(format!("{at}: flow {id}")))
    }
}

fn node_ix(index: &HashMap<&str, NodeIx>, id: &Option<Str>, at: &At) -> Result<NodeIx, Unresolved> {
    id.as_deref().and_then(|id| index.get(id).copied()).ok_or_else(|| Unresolved(format!("{at}: next")))
}

/// The facts of the local file's setting: the choice `key` of the question marked
/// `setting: true` (the checker has made sure it is there).
fn local_setting(set: &FlowSet, flows: &[Flow], key: &str) -> Result<Facts, Unresolved> {
    for (f, flow) in set.flows.iter().zip(flows) {
        for ((_, n), node) in f.nodes.iter().zip(&flow.nodes) {
            if n.setting != Some(true) {
                continue;
            }
            if let Body::Question { choices } = &node.body
                && let Some(c) = choices.iter().find(|c| c.key == key)
            {
                return Ok(c.set.clone());
            }
        }
    }
    Err(Unresolved(format!("setting {key}")))
}

/// Resolves a flow set that passed the checker.
pub fn resolve(set: FlowSet) -> Result<Model, Unresolved> {
    let mut r = Resolver { flows: &set.flows, facts: Vec::new(), by_name: HashMap::new() };
    let mut flows = Vec::with_capacity(set.flows.len());
    for f in &set.flows {
        let index: HashMap<&str, NodeIx> = f.nodes.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect();
        let start =
            index.get(f.start.as_str()).copied().ok_or_else(|| Unresolved(format!("{}: start {}", f.id, f.start)))?;
        let mut nodes = Vec::with_capacity(f.nodes.len());
        for (id, n) in &f.nodes {
            let at = At(&f.id, id);
            let body = match n.kind {
                Kind::Question => {
                    let mut choices = Vec::new();
                    let mut number = 0;
                    for c in n.choices() {
                        if !c.none {
                            number += 1;
                        }
                        let next = index
                            .get(c.next.as_str())
                            .copied()
                            .ok_or_else(|| Unresolved(format!("{at}: {}", c.next)))?;
                        choices.push(Choice {
                            number: if c.none { 0 } else { number },
                            key: c.key.clone(),
                            label: c.label.clone(),
                            next,
                            set: r.facts(&c.set),
                            raise: c.raise.clone(),
                            when: r.cond(&c.when, &at)?,
                        });
                    }
                    Body::Question { choices }
                }
                Kind::Checklist | Kind::Info => {
                    let mut items = Vec::new();
                    for (ix, i) in n.items().iter().enumerate() {
                        items.push(Item {
                            number: ix + 1,
                            key: i.key.clone(),
                            label: i.label.clone(),
                            set: r.facts(&i.set),
                            when: r.cond(&i.when, &at)?,
                        });
                    }
                    let next = node_ix(&index, &n.next, &at)?;
                    if n.kind == Kind::Info { Body::Info { items, next } } else { Body::Checklist { items, next } }
                }
                Kind::Call => {
                    let target = n.flow.as_deref().ok_or_else(|| Unresolved(format!("{at}: flow")))?;
                    let callee = r.flow_ix(target, &at)?;
                    let cf = &r.flows[callee];
                    let entry = n.at.as_deref().unwrap_or(cf.start.as_str());
                    let enter = cf
                        .nodes
                        .iter()
                        .position(|(id, _)| id.as_str() == entry)
                        .ok_or_else(|| Unresolved(format!("{at}: at {entry}")))?;
                    Body::Call { flow: callee, at: enter, next: node_ix(&index, &n.next, &at)? }
                }
                Kind::Outcome => {
                    let mut actions = Vec::new();
                    for a in n.actions() {
                        actions.push(Action {
                            text: a.text.clone(),
                            when: r.cond(&a.when, &at)?,
                            group: a.group,
                            first: a.first,
                            duty: a.duty,
                        });
                    }
                    let mut contacts = Vec::new();
                    for c in n.contacts() {
                        contacts.push(ContactUse { contact: c.contact.clone(), when: r.cond(&c.when, &at)? });
                    }
                    Body::Outcome {
                        actions,
                        contacts,
                        is_final: n.is_final(),
                        headline: n.is_headline(),
                        quiet: n.is_quiet(),
                    }
                }
            };
            let when = match r.cond(&n.when, &at)? {
                Some(cond) => Some(Guard { cond, otherwise: node_ix(&index, &n.next, &at)? }),
                None => None,
            };
            nodes.push(Node {
                id: id.clone(),
                title: n.title.clone(),
                text: n.text.clone(),
                why: n.why.clone(),
                stage: n.stage.clone(),
                source: n.source.clone(),
                when,
                set: r.facts(&n.set),
                raise: n.raise.clone(),
                body,
            });
        }
        flows.push(Flow {
            id: f.id.clone(),
            title: f.title.clone(),
            description: f.description.clone(),
            source: f.source.clone(),
            start,
            menu: f.menu,
            case: f.case,
            teaching: f.teaching,
            nodes,
        });
    }
    let initial = match &set.local_setting {
        Some(key) => local_setting(&set, &flows, key)?,
        None => Facts::default(),
    };
    let facts = r.facts;
    let FlowSet {
        flows: _,
        duties,
        documents,
        contacts,
        contact_order,
        local_contacts,
        local_setting: _,
        guidance,
        as_of,
        version,
    } = set;
    Ok(Model {
        flows,
        facts,
        initial,
        contacts,
        contact_order,
        local_contacts,
        duties,
        documents,
        guidance,
        as_of,
        version,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_a_bit_set() {
        let mut a = Facts::default();
        assert!(a.is_empty());
        a.insert(3);
        a.insert(70);
        assert!(a.contains(3) && a.contains(70) && !a.contains(4) && !a.contains(700));
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![3, 70]);
        let mut b = Facts::default();
        b.insert(3);
        assert!(a.covers(&b) && !b.covers(&a));
        assert_eq!(a.and(&b).iter().collect::<Vec<_>>(), vec![3]);
        b.extend(&a);
        assert_eq!(b, a);
    }
}
