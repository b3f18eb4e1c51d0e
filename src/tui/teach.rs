//! Teaching mode (`veiviser scenario run ID --teach`): the class answers before the
//! guidance does. At each decision the scenario answers (a question or a checklist) the
//! expected answer is hidden; the trainer gives the class's answer, and the tool says
//! whether it is the one the guidance expects, why (the scenario's feedback), and what
//! would follow from it (the engine, on a copy of the session). The class's first answer
//! to each decision is kept, in memory only, for the debrief at the end: the scenario's
//! teaching points, the duties raised and why, and each decision's first answer beside
//! the expected one. Nothing here draws or reads a key: the windows ([`super::windows`])
//! and the update ([`super::update`]) do.

use super::state::{Base, Player};
pub use super::state::{First, Teach};
use crate::engine::{Answer, Session};
use crate::flow::resolved::Node;
use crate::i18n::Lang;
use crate::text;
use std::collections::BTreeSet;

/// The verdict window's own state: the decision (its index among the play's steps) and
/// the answer the class gave there (None: the expected answer shown before any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub at: usize,
    pub answer: Option<Answer>,
}

/// A part of a text for the class (the verdict, the debrief): laid out by the window,
/// or written as plain text into a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A heading.
    Head(String),
    /// A paragraph.
    Text(String),
    /// A line that stands out (a verdict, a duty).
    Strong(String),
    /// A list item: its sign or number, then the text hanging under it.
    Item(String, String),
    /// A gap.
    Gap,
}

impl Player<'_> {
    /// The step at `at` is a decision: the scenario answers it with a choice or ticks.
    pub fn is_decision(&self, at: usize) -> bool {
        self.given.get(at).is_some_and(Option::is_some)
            && matches!(self.answers.get(at), Some(Answer::Choose(_) | Answer::Tick(_)))
    }

    /// The answer the guidance expects at `at` (a checklist's with the items known
    /// already ticked, as on screen).
    pub fn expected(&self, at: usize) -> Option<&Answer> {
        self.answers.get(at)
    }

    /// The scenario's feedback at `at` for `answer` (a choice's, or the checklist's one
    /// text), in `lang`.
    pub fn feedback(&self, at: usize, answer: &Answer, lang: Lang) -> Option<&str> {
        let g = self.scenario.answers.get((*self.given.get(at)?)?)?;
        match answer {
            Answer::Choose(k) => g.feedback_for(Some(k), lang),
            Answer::Tick(_) => g.feedback_for(None, lang),
            Answer::Continue => None,
        }
    }

    /// `answer` at `at` is the one the guidance expects (a checklist: the same items),
    /// or one the scenario names as as right on the case as written (`also`).
    pub fn judge(&self, at: usize, answer: &Answer) -> bool {
        match (self.expected(at), answer) {
            (Some(Answer::Tick(e)), Answer::Tick(g)) => {
                e.iter().collect::<BTreeSet<_>>() == g.iter().collect::<BTreeSet<_>>()
            }
            (Some(e), Answer::Choose(k)) if e != answer => self.also(at).contains(k),
            (Some(e), g) => e == g,
            (None, _) => false,
        }
    }

    /// The other choices the scenario counts as right at `at`.
    pub fn also(&self, at: usize) -> &[String] {
        self.given
            .get(at)
            .copied()
            .flatten()
            .and_then(|i| self.scenario.answers.get(i))
            .map_or(&[][..], |g| g.also.as_slice())
    }

    /// A checklist's ticks are a judgement: whatever the class ticked, the play goes on
    /// (the verdict says what differs), along the scenario's ticks.
    pub fn goes_on_anyway(&self, at: usize) -> bool {
        matches!(self.expected(at), Some(Answer::Tick(_)))
    }

    /// The class's answer at `at`: its verdict is kept if it is the first there.
    pub fn record(&mut self, at: usize, answer: &Answer) -> bool {
        let expected = self.judge(at, answer);
        if let Some(t) = &mut self.teach {
            t.first.entry(at).or_insert(First { answer: answer.clone(), expected });
        }
        expected
    }

    /// The decisions of the play, in order.
    pub fn decisions(&self) -> Vec<usize> {
        (0..self.answers.len()).filter(|&i| self.is_decision(i)).collect()
    }
}

/// The items where a checklist's `given` ticks differ from the `expected` ones: (ticked
/// but not expected, expected but not ticked), as keys in the node's order.
pub fn differences<'n>(node: &'n Node, given: &[String], expected: &[String]) -> (Vec<&'n str>, Vec<&'n str>) {
    let mut extra = Vec::new();
    let mut missing = Vec::new();
    for it in node.items() {
        let (g, e) = (given.contains(&it.key), expected.contains(&it.key));
        if g && !e {
            extra.push(it.key.as_str());
        }
        if e && !g {
            missing.push(it.key.as_str());
        }
    }
    (extra, missing)
}

/// The labels of `keys` among `node`'s items, joined.
fn item_labels(app: &Base, lang: Lang, discreet: bool, node: &Node, keys: &[&str]) -> String {
    keys.iter()
        .filter_map(|k| node.items().iter().find(|i| i.key == *k))
        .map(|i| app.texts.pick(lang, &i.label, discreet))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What would follow from `answer` on `session`, in words: the duties it raises, the
/// outcome it reaches, else the next step (by its title); or that the case ends.
pub fn follows(app: &Base, lang: Lang, discreet: bool, session: &Session, answer: &Answer) -> Vec<String> {
    let mut s = session.clone();
    let duties_before: Vec<String> = s.duties().to_vec();
    let outcomes_before = s.summary().outcomes.len();
    if s.answer(answer.clone()).is_err() {
        return Vec::new();
    }
    let t = |id: &str, args: &[(&str, &str)]| app.texts.fmt(lang, id, args);
    let mut out = Vec::new();
    let set = s.model();
    for d in s.duties().iter().filter(|d| !duties_before.contains(d)) {
        let title = set.duty(d).map_or_else(|| d.clone(), |x| app.texts.pick(lang, &x.title, discreet));
        out.push(t("tui-teach-follows-duty", &[("duty", &title)]));
    }
    // The outcomes that head a summary (the end of a called flow that only hands back,
    // "done with the signs", says nothing to a class).
    for o in s.summary().outcomes.iter().skip(outcomes_before).filter(|o| o.headline || o.flow.id == s.root().id) {
        out.push(t("tui-teach-follows-outcome", &[("outcome", &app.texts.pick(lang, &o.node.title, discreet))]));
    }
    if s.is_finished() {
        out.push(app.texts.get(lang, "tui-teach-follows-end"));
    } else {
        let step = s.step();
        if !matches!(step.kind, crate::engine::StepKind::Outcome) || out.is_empty() {
            let title = app.texts.pick(lang, &step.node.title, discreet);
            out.push(t("tui-teach-follows-next", &[("title", &title)]));
        }
    }
    out
}

/// Where `answer` on `session` goes next: the step (flow and node), or None at the end.
fn next_at(session: &Session, answer: &Answer) -> Option<(usize, usize)> {
    let mut s = session.clone();
    s.answer(answer.clone()).ok()?;
    (!s.is_finished()).then(|| s.step().at)
}

/// The verdict on the class's answer at a decision, as parts: the answer, whether it is
/// the expected one, why, what would follow; and the expected answer when it is shown.
pub fn verdict_parts(app: &Base, p: &Player, v: &Verdict) -> Vec<Part> {
    let (lang, discreet) = (app.lang, app.discreet);
    let t = |id: &str| app.texts.get(lang, id);
    let f = |id: &str, args: &[(&str, &str)]| app.texts.fmt(lang, id, args);
    let Some(session) = p.sessions.get(v.at) else { return Vec::new() };
    let step = session.step();
    let node = step.node;
    let words = |a: &Answer| crate::view::answer_text(app.texts, lang, discreet, node, a);
    let mut out = vec![Part::Head(app.texts.pick(lang, &node.title, discreet))];
    let revealed = p.teach.as_ref().is_some_and(|t| t.revealed.contains(&v.at));
    let expected = p.expected(v.at);
    if let Some(a) = &v.answer {
        out.push(Part::Text(f("tui-teach-answer", &[("answer", &words(a))])));
        let right = p.judge(v.at, a);
        let also = right && expected.is_some_and(|e| e != a);
        let verdict = match (right, also, p.goes_on_anyway(v.at)) {
            (true, false, _) => "tui-teach-right",
            (true, true, _) => "tui-teach-also",
            (false, _, true) => "tui-teach-differs",
            (false, _, false) => "tui-teach-wrong",
        };
        out.push(Part::Strong(t(verdict)));
        if let (true, Some(e)) = (also, expected) {
            out.push(Part::Text(f("tui-teach-also-script", &[("answer", &words(e))])));
        }
        if let (Answer::Tick(g), Some(Answer::Tick(e)), false) = (a, expected, right) {
            let (extra, missing) = differences(node, g, e);
            if !extra.is_empty() {
                let items = item_labels(app, lang, discreet, node, &extra);
                out.push(Part::Item("+ ".into(), f("tui-teach-extra", &[("items", &items)])));
            }
            if !missing.is_empty() {
                let items = item_labels(app, lang, discreet, node, &missing);
                out.push(Part::Item("- ".into(), f("tui-teach-missing", &[("items", &items)])));
            }
        }
        out.push(Part::Gap);
        out.push(Part::Head(t("tui-teach-why")));
        out.push(Part::Text(p.feedback(v.at, a, lang).map_or_else(|| t("tui-teach-no-feedback"), str::to_string)));
        out.push(Part::Gap);
        out.push(Part::Head(t("tui-teach-follows")));
        for l in follows(app, lang, discreet, session, a) {
            out.push(Part::Item("\u{2192} ".into(), l));
        }
        if right {
            return out;
        }
        // A step can read like the expected answer's next one (the age asked again on
        // the way to protection): say when the way on is another.
        if let Some(e) = expected
            && next_at(session, a) != next_at(session, e)
        {
            out.push(Part::Item("  ".into(), t("tui-teach-follows-other")));
        }
    }
    if revealed && let Some(e) = expected {
        out.push(Part::Gap);
        out.push(Part::Strong(f("tui-teach-expected", &[("answer", &words(e))])));
        out.push(Part::Text(p.feedback(v.at, e, lang).map_or_else(|| t("tui-teach-no-feedback"), str::to_string)));
        out.push(Part::Gap);
        out.push(Part::Head(t("tui-teach-follows")));
        for l in follows(app, lang, discreet, session, e) {
            out.push(Part::Item("\u{2192} ".into(), l));
        }
    }
    out
}

/// The debrief: the scenario's teaching points, the duties the walk raised and why, and
/// each decision's first answer from the class beside the expected one. `discreet`: the
/// flows' texts in their discreet forms.
pub fn debrief_parts(app: &Base, p: &Player, lang: Lang, discreet: bool) -> Vec<Part> {
    let t = |id: &str| app.texts.get(lang, id);
    let f = |id: &str, args: &[(&str, &str)]| app.texts.fmt(lang, id, args);
    let mut out = Vec::new();
    if discreet {
        // The scenario's own texts have no discreet form: in discreet mode they are left
        // out, as the summary's are (the full text is chosen in the save dialog).
        out.push(Part::Text(t("tui-debrief-discreet")));
    } else {
        out.push(Part::Head(p.scenario.title(lang).to_string()));
        if let Some(s) = p.scenario.setting {
            out.push(Part::Text(f("tui-teach-setting", &[("setting", &t(&s.label_id()))])));
        }
        out.push(Part::Gap);
        out.push(Part::Head(t("tui-debrief-points")));
        let points = p.scenario.teaching(lang);
        if points.is_empty() {
            out.push(Part::Text(t("tui-debrief-no-points")));
        }
        for pt in points {
            out.push(Part::Item("- ".into(), pt.to_string()));
        }
    }
    out.push(Part::Gap);
    out.push(Part::Head(t("tui-debrief-duties")));
    if let Some(end) = p.sessions.last() {
        let mut end = end.clone();
        end.set_discreet(discreet);
        let s = crate::view::summary_view(&end, app.texts, lang);
        if s.duties.is_empty() {
            out.push(Part::Text(t("tui-no-duties")));
        }
        for d in &s.duties {
            out.push(Part::Strong(format!("! {}", f("tui-duty", &[("duty", &d.title)]))));
            if !d.text.is_empty() {
                out.push(Part::Item("  ".into(), d.text.clone()));
            }
        }
        if let Some(o) = &s.outcome {
            out.push(Part::Text(f("tui-summary-outcome", &[("outcome", &o.title)])));
        }
    }
    out.push(Part::Gap);
    out.push(Part::Head(t("tui-debrief-answers")));
    let first = p.teach.as_ref().map(|t| &t.first);
    for (n, at) in p.decisions().into_iter().enumerate() {
        let Some(session) = p.sessions.get(at) else { continue };
        let node = session.step().node;
        let words = |a: &Answer| crate::view::answer_text(app.texts, lang, discreet, node, a);
        let expected = p.expected(at).map(words).unwrap_or_default();
        let class = match first.and_then(|m| m.get(&at)) {
            Some(x) => {
                let mark = t(if x.expected { "tui-debrief-as-expected" } else { "tui-debrief-not-expected" });
                f("tui-debrief-class", &[("answer", &words(&x.answer)), ("mark", &mark)])
            }
            None => t("tui-debrief-class-none"),
        };
        let line = format!(
            "{}\n{}\n{}",
            app.texts.pick(lang, &node.title, discreet),
            class,
            f("tui-debrief-expected", &[("answer", &expected)])
        );
        out.push(Part::Item(format!("{}. ", n + 1), line));
    }
    out
}

/// The debrief as plain text (what `e` saves), `width` columns wide.
pub fn debrief_text(app: &Base, discreet: bool) -> Option<String> {
    let p = app.player.as_ref().or_else(|| app.aside.as_ref().map(|a| &a.player))?;
    p.teach.as_ref()?;
    let lang = app.lang;
    let width = 78;
    let mut out = vec![app.texts.get(lang, "tui-debrief-title"), String::new()];
    for part in debrief_parts(app, p, lang, discreet) {
        match part {
            Part::Head(s) | Part::Strong(s) | Part::Text(s) => {
                for para in s.split('\n') {
                    out.extend(text::wrap(para, width));
                }
            }
            Part::Item(sign, s) => {
                let pad = " ".repeat(text::width(&sign));
                let mut first = true;
                for para in s.split('\n') {
                    for l in text::wrap(para, width.saturating_sub(pad.len())) {
                        out.push(format!("{}{l}", if first { sign.as_str() } else { pad.as_str() }));
                        first = false;
                    }
                }
            }
            Part::Gap => out.push(String::new()),
        }
    }
    out.push(String::new());
    out.push(crate::view::export_version_line(app.texts, lang, app.model));
    Some(out.join("\n") + "\n")
}
