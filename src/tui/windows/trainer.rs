//! The trainer view (`i`), in plain words: what the step is for, when it is shown, what
//! each answer leads to (the next step's title, the condition it is offered on, what it
//! records and the duties it raises), what is known so far, and the answers given on the
//! way here with the duties they raised. Conditions and facts are in words
//! ([`crate::export::words`]); the step's ids stand only in one dim last line, for authors.

use crate::engine::Answer;
use crate::flow::model::Str;
use crate::flow::resolved::{Body, Facts, Node};
use crate::tui::lines::Lines;
use crate::tui::state::Base;
use ratatui::style::Style;

/// The trainer view's lines into `b`; its title.
pub fn lines(app: &Base, b: &mut Lines) -> String {
    let title = app.t("tui-trainer-title");
    let th = b.th;
    let Some(s) = app.session() else { return title };
    let model = s.model();
    let st = s.step();
    let t = |id: &str, args: &[(&str, &str)]| app.texts.fmt(app.lang, id, args);
    let cond =
        |c: &crate::flow::resolved::Condition| crate::export::words::cond_words(app.texts, app.lang, c, &model.facts);
    let records = |f: &Facts| crate::export::words::facts_words(model, app.texts, app.lang, f);
    let duty = |id: &str| model.duty(id).map_or_else(|| id.to_string(), |d| app.c(&d.title));
    let flow = st.flow;
    let node = st.node;
    let title_of = |n: &Node| app.c(&n.title);
    let next_title = |ni: usize| flow.nodes.get(ni).map(title_of).unwrap_or_default();
    b.wrapped(&app.c(&node.title), th.bold);
    // What the step is for: its "why", else its flow's description.
    let purpose = node.why.as_deref().or(flow.description.as_deref()).map(|id| app.c(id));
    if let Some(p) = purpose {
        let first = p.split("\n\n").next().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
        b.wrapped(&t("tui-trainer-for", &[("why", &first)]), Style::new());
    }
    match &node.when {
        Some(g) => b.wrapped(&t("tui-trainer-when", &[("cond", &cond(&g.cond))]), Style::new()),
        None => b.wrapped(&app.t("tui-trainer-no-when"), Style::new()),
    }
    let notes =
        |b: &mut Lines, indent: &str, when: &Option<crate::flow::resolved::Condition>, set: &Facts, raise: &[Str]| {
            if let Some(w) = when {
                b.hanging(indent, &t("tui-trainer-offered-when", &[("cond", &cond(w))]), Style::new());
            }
            let r = records(set);
            if !r.is_empty() {
                b.hanging(indent, &t("tui-trainer-records", &[("facts", &r.join("; "))]), Style::new());
            }
            for d in raise {
                b.hanging(indent, &format!("! {}", t("walk-duty", &[("duty", &duty(d))])), th.bold);
            }
        };
    b.blank();
    match &node.body {
        Body::Question { choices } => {
            b.wrapped(&app.t("tui-trainer-answers"), th.bold);
            for c in choices {
                let line = t("tui-trainer-leads", &[("answer", &app.c(&c.label)), ("step", &next_title(c.next))]);
                b.hanging("  ", &format!("{}  {line}", c.number), Style::new());
                notes(b, "      ", &c.when, &c.set, &c.raise);
            }
        }
        Body::Checklist { items, next } | Body::Info { items, next } => {
            for i in items.iter().filter(|i| i.when.is_some() || !i.set.is_empty()) {
                b.hanging("  ", &format!("{}  {}", i.number, app.c(&i.label)), Style::new());
                notes(b, "      ", &i.when, &i.set, &[]);
            }
            b.wrapped(&t("tui-trainer-then", &[("step", &next_title(*next))]), Style::new());
        }
        Body::Call { flow: callee, next, .. } => {
            let name = model.flows.get(*callee).map(|f| app.c(&f.title)).unwrap_or_default();
            b.wrapped(&t("tui-trainer-goes-into", &[("flow", &name), ("step", &next_title(*next))]), Style::new());
        }
        Body::Outcome { .. } => {}
    }
    let here = records(&node.set);
    if !here.is_empty() || !node.raise.is_empty() {
        notes(b, "", &None, &node.set, &node.raise);
    }
    // What is known so far, in words.
    let mut known = Facts::default();
    for f in s.facts() {
        if let Some(i) = model.fact(&f) {
            known.insert(i);
        }
    }
    let known = records(&known);
    b.blank();
    if known.is_empty() {
        b.wrapped(&app.t("tui-trainer-no-facts"), Style::new());
    } else {
        b.wrapped(&app.t("tui-trainer-facts"), th.bold);
        for k in &known {
            b.hanging("  ", &format!("· {k}"), Style::new());
        }
    }
    // The way here: each step's title and the answer given, by its words.
    let sum = s.summary();
    b.blank();
    b.wrapped(&app.t("tui-trainer-path"), th.bold);
    for p in &sum.path {
        let (_, n) = s.node_at(p.flow, p.node);
        let answer = match &p.answer {
            Answer::Choose(k) => n.choices().iter().find(|c| c.key.as_str() == k).map(|c| app.c(&c.label)),
            Answer::Tick(keys) => {
                let labels: Vec<String> = n
                    .items()
                    .iter()
                    .filter(|i| keys.iter().any(|k| k == i.key.as_str()))
                    .map(|i| app.c(&i.label))
                    .collect();
                Some(if labels.is_empty() { app.t("tui-trainer-ticked-none") } else { labels.join("; ") })
            }
            Answer::Continue => None,
        };
        let line = match answer {
            Some(a) => t("tui-trainer-answer", &[("step", &title_of(n)), ("answer", &a)]),
            None => title_of(n),
        };
        b.hanging("  ", &line, Style::new());
        if !p.raised.is_empty() {
            let duties: Vec<String> = p.raised.iter().map(|d| duty(d)).collect();
            let raised = t("tui-trainer-raised", &[("duties", &duties.join("; "))]);
            b.hanging("      ", &format!("! {raised}"), th.bold);
        }
    }
    if !sum.outcomes.is_empty() {
        let o: Vec<String> = sum.outcomes.iter().map(|o| app.c(&o.node.title)).collect();
        b.blank();
        b.wrapped(&t("tui-trainer-reached", &[("outcomes", &o.join("; "))]), Style::new());
    }
    // For authors only: where this step stands in the flow files.
    b.blank();
    let ids = t("tui-trainer-node", &[("flow", &flow.id), ("node", &node.id), ("kind", st.kind.as_str())]);
    b.wrapped(&ids, th.note);
    title
}
