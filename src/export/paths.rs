//! `veiviser paths`: every way through a flow to each of its outcomes, for review. The
//! engine itself is driven (so conditions, skips, calls and returns are exactly as in a
//! walk): at a question every shown choice, at a checklist every set of the items that
//! change where the walk goes (they set a fact that a step, a choice or an item is shown
//! on; the others change no path), elsewhere "go on".
//!
//! Bounded: paths are grouped by what came of the case (the last `headline` outcome
//! reached, else the outcome where the walk ended); each group says how many distinct
//! paths reach it, counted once per state (place and facts) so the count is cheap
//! however large, and lists at most `max` of them.

use crate::engine::{Answer, EngineError, Session, StepKind};
use crate::flow::cond::Cond;
use crate::flow::resolved::{Condition, Facts, FlowIx, Model, NodeIx};
use crate::i18n::{Lang, Texts};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Which outcome a path ends in: flow and node.
pub type End = (FlowIx, NodeIx);

/// A checklist with more fact-setting items than this is tried with none, each one alone
/// and all of them (not every subset).
const MAX_SUBSET_ITEMS: usize = 6;

/// The most paths listed per outcome (`paths --max`): a reviewer reads a few, and the
/// count of all is there anyway. 100 for every outcome of the bundled set is 1 MB of
/// text; a number beyond bound once wrote 1 GB and took 4 GB of memory.
pub const MAX_LISTED: usize = 100;

/// One path listed: the answers that mattered, the duties raised, and the outcomes
/// passed through on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// (flow, node, answer) in the order given.
    pub steps: Vec<(FlowIx, NodeIx, Answer)>,
    pub duties: Vec<String>,
    /// Every outcome reached, in order (the last is where the walk ended).
    pub outcomes: Vec<End>,
}

/// The paths to one outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub end: End,
    /// How many distinct paths reach it.
    pub total: u64,
    /// The first of them, at most `max`.
    pub listed: Vec<Listed>,
}

type Key = (Vec<(usize, usize)>, Facts, bool, Option<End>);

struct Explorer {
    /// The facts that steer the walk: those a node's or a choice's condition tests, and
    /// those an item's condition tests when the item sets a fact that steers (an item
    /// that sets nothing only changes what a step shows, never the path). Two states that
    /// differ only in other facts have the same paths ahead.
    steer: Facts,
    memo: HashMap<Key, Rc<BTreeMap<End, u64>>>,
    max: usize,
    found: BTreeMap<End, Vec<Listed>>,
}

/// Every fact a condition of `c` tests.
fn tested(c: &Condition, into: &mut Facts) {
    match c {
        Cond::Fact(f) => into.insert(*f),
        Cond::Not(x) => tested(x, into),
        Cond::And(a, b) | Cond::Or(a, b) => {
            tested(a, into);
            tested(b, into);
        }
    }
}

/// The facts that steer the walk (see [`Explorer::steer`]): grown until no item adds
/// one, since an item's condition steers only through the facts the item sets.
fn steering(model: &Model) -> Facts {
    let mut f = Facts::default();
    for n in model.flows.iter().flat_map(|fl| &fl.nodes) {
        if let Some(g) = &n.when {
            tested(&g.cond, &mut f);
        }
        for c in n.choices().iter().filter_map(|c| c.when.as_ref()) {
            tested(c, &mut f);
        }
    }
    loop {
        let before = f.clone();
        for i in model.flows.iter().flat_map(|fl| &fl.nodes).flat_map(|n| n.items()) {
            if let Some(c) = &i.when
                && !i.set.and(&f).is_empty()
            {
                tested(c, &mut f);
            }
        }
        if f == before {
            return f;
        }
    }
}

/// The answers to try at the session's step.
fn answers(s: &Session, steer: &Facts, known: &Facts) -> Vec<Answer> {
    let step = s.step();
    match step.kind {
        StepKind::Question => step.choices.iter().map(|c| Answer::Choose(c.key.to_string())).collect(),
        StepKind::Checklist => {
            let matter: Vec<&str> = step
                .items
                .iter()
                .filter(|i| {
                    let new = i.set.and(steer);
                    !new.is_empty() && !known.covers(&new)
                })
                .map(|i| i.key.as_str())
                .collect();
            let sets: Vec<Vec<&str>> = if matter.len() <= MAX_SUBSET_ITEMS {
                (0..1usize << matter.len())
                    .map(|bits| {
                        matter.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, k)| *k).collect()
                    })
                    .collect()
            } else {
                let mut v = vec![Vec::new()];
                v.extend(matter.iter().map(|k| vec![*k]));
                v.push(matter.clone());
                v
            };
            sets.into_iter().map(|ks| Answer::Tick(ks.into_iter().map(str::to_string).collect())).collect()
        }
        StepKind::Info | StepKind::Outcome => vec![Answer::Continue],
    }
}

/// The last headline outcome reached so far, if any.
fn last_headline(s: &Session) -> Option<End> {
    s.summary().outcomes.iter().rev().find(|o| o.headline).map(|o| o.at)
}

/// What came of a finished walk: the last headline outcome, else the last outcome.
fn end_of(s: &Session) -> Option<End> {
    let sum = s.summary();
    let r = sum.outcomes.iter().rev().find(|o| o.headline).or(sum.outcomes.last())?;
    Some(r.at)
}

impl Explorer {
    /// How many paths from `s` reach each end.
    fn count(&mut self, s: &Session) -> Result<Rc<BTreeMap<End, u64>>, EngineError> {
        // What came of the case so far is part of the state: the end a path is grouped
        // by depends on it, not only on the place and the facts.
        let (place, facts, done) = s.progress_key();
        let key = (place, facts.and(&self.steer), done, last_headline(s));
        if let Some(m) = self.memo.get(&key) {
            return Ok(Rc::clone(m));
        }
        let mut out: BTreeMap<End, u64> = BTreeMap::new();
        if s.is_finished() {
            if let Some(e) = end_of(s) {
                out.insert(e, 1);
            }
        } else {
            for a in answers(s, &self.steer, &s.progress_key().1) {
                let mut next = s.fork();
                next.answer(a)?;
                for (e, n) in self.count(&next)?.iter() {
                    let c = out.entry(*e).or_insert(0);
                    *c = c.saturating_add(*n);
                }
            }
        }
        let out = Rc::new(out);
        self.memo.insert(key, Rc::clone(&out));
        Ok(out)
    }

    /// Lists paths from `s` to ends that have fewer than `max` listed so far, never
    /// entering a branch that leads to none of those.
    fn list(&mut self, s: &Session) -> Result<(), EngineError> {
        if s.is_finished() {
            if let Some(e) = end_of(s) {
                let v = self.found.entry(e).or_default();
                if v.len() < self.max {
                    let sum = s.summary();
                    let outcomes = sum.outcomes.iter().map(|o| o.at).collect();
                    v.push(Listed {
                        steps: sum.path.into_iter().map(|p| (p.flow, p.node, p.answer)).collect(),
                        duties: sum.duties,
                        outcomes,
                    });
                }
            }
            return Ok(());
        }
        for a in answers(s, &self.steer, &s.progress_key().1) {
            let mut next = s.fork();
            next.answer(a)?;
            let ends = self.count(&next)?;
            let wanted = ends.keys().any(|e| self.found.get(e).map_or(0, Vec::len) < self.max);
            if wanted {
                self.list(&next)?;
            }
        }
        Ok(())
    }
}

/// Every outcome of `flow` and the paths to it: each group with its total and at most
/// `max` paths listed, in the order of the flows and nodes.
pub fn explore(model: &Model, flow: &str, max: usize) -> Result<Vec<Group>, EngineError> {
    // The command line refuses more, with a message; here, a bound all the same.
    let max = max.min(MAX_LISTED);
    let s = Session::start(model, flow)?;
    let mut x = Explorer { steer: steering(model), memo: HashMap::new(), max, found: BTreeMap::new() };
    let totals = x.count(&s)?;
    if max > 0 {
        x.list(&s)?;
    }
    Ok(totals
        .iter()
        .map(|(&end, &total)| Group { end, total, listed: x.found.remove(&end).unwrap_or_default() })
        .collect())
}

/// The paths of `flow` as plain text in `lang`.
pub fn render(model: &Model, texts: &Texts, lang: Lang, flow: FlowIx, groups: &[Group], max: usize) -> String {
    let t = |id: &str| texts.get(lang, id);
    let node = |fi: FlowIx, ni: NodeIx| model.flows.get(fi).and_then(|f| Some((f, f.nodes.get(ni)?)));
    let mut o = String::new();
    let Some(f) = model.flows.get(flow) else { return o };
    o.push_str(&texts.fmt(lang, "ui-paths-heading", &[("flow", &t(&f.title)), ("id", &f.id)]));
    o.push('\n');
    let total: u64 = groups.iter().map(|g| g.total).fold(0, u64::saturating_add);
    o.push_str(&texts.fmt_n(lang, "ui-paths-summary", "n", usize::try_from(total).unwrap_or(usize::MAX)));
    o.push(' ');
    o.push_str(&texts.fmt_n(lang, "ui-paths-outcomes", "n", groups.len()));
    o.push(' ');
    o.push_str(&texts.fmt_n(lang, "ui-paths-bound", "n", max));
    o.push_str("\n\n");
    for g in groups {
        let Some((ef, en)) = node(g.end.0, g.end.1) else { continue };
        let id = format!("{}/{}", ef.id, en.id);
        let count = texts.fmt_n(lang, "ui-paths-count", "n", usize::try_from(g.total).unwrap_or(usize::MAX));
        o.push_str(&texts.fmt(lang, "ui-paths-outcome", &[("outcome", &t(&en.title)), ("id", &id), ("count", &count)]));
        o.push('\n');
        for (i, p) in g.listed.iter().enumerate() {
            o.push_str(&format!("  {}\n", texts.fmt_n(lang, "ui-paths-path", "n", i + 1)));
            let mut any = false;
            for (fi, ni, a) in &p.steps {
                let Some((_, n)) = node(*fi, *ni) else { continue };
                let answer = match a {
                    Answer::Continue => continue,
                    Answer::Tick(keys) if keys.is_empty() => continue,
                    a => crate::view::answer_text(texts, lang, false, n, a),
                };
                any = true;
                o.push_str(&format!("    {} → {}\n", t(&n.title), answer));
            }
            if !any {
                o.push_str(&format!("    {}\n", t("ui-paths-no-answers")));
            }
            let passed: Vec<String> = p
                .outcomes
                .iter()
                .filter(|e| **e != g.end)
                .filter_map(|(fi, ni)| node(*fi, *ni).map(|(_, n)| t(&n.title)))
                .collect();
            if !passed.is_empty() {
                o.push_str(&format!(
                    "    {}\n",
                    texts.fmt(lang, "ui-paths-passed", &[("outcomes", &passed.join("; "))])
                ));
            }
            for d in &p.duties {
                let title = model.duty(d).map_or_else(|| d.clone(), |x| t(&x.title));
                o.push_str(&format!("    {}\n", texts.fmt(lang, "walk-duty", &[("duty", &title)])));
            }
        }
        let rest = g.total.saturating_sub(g.listed.len() as u64);
        if rest > 0 {
            let rest = usize::try_from(rest).unwrap_or(usize::MAX);
            o.push_str(&format!("  {}\n", texts.fmt_n(lang, "ui-paths-more", "n", rest)));
        }
        o.push('\n');
    }
    o
}
