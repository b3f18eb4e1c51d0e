//! The trainer view (`v`): the step's ids and conditions, the facts set, and which
//! answer raised which duty on the path taken.

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
    let (fi, ni) = app.here().unwrap_or((0, 0));
    let raw = model.set.flows.get(fi).and_then(|f| f.nodes.get(ni)).map(|(_, n)| n);
    let head = t("tui-trainer-node", &[("flow", &st.flow.id), ("node", &st.node.id), ("kind", st.kind.as_str())]);
    b.wrapped(&head, th.bold);
    match raw.and_then(|n| n.when.as_deref()) {
        Some(c) => b.wrapped(&t("tui-trainer-when", &[("cond", c)]), Style::new()),
        None => b.wrapped(&app.t("tui-trainer-no-when"), Style::new()),
    }
    let conds = raw
        .map(|n| {
            let c = n.choices().iter().map(|c| (&c.key, &c.when));
            c.chain(n.items().iter().map(|i| (&i.key, &i.when))).collect::<Vec<_>>()
        })
        .unwrap_or_default();
    for (key, when) in conds {
        if let Some(w) = when {
            b.hanging("  ", &t("tui-trainer-choice-when", &[("key", key), ("cond", w)]), Style::new());
        }
    }
    let facts: Vec<String> = s.facts().into_iter().collect();
    b.blank();
    if facts.is_empty() {
        b.wrapped(&app.t("tui-trainer-no-facts"), Style::new());
    } else {
        b.wrapped(&t("tui-trainer-facts", &[("facts", &facts.join(", "))]), Style::new());
    }
    let sum = s.summary();
    b.blank();
    b.wrapped(&app.t("tui-trainer-path"), th.bold);
    for p in &sum.path {
        let (flow, node) = s.node_at(p.flow, p.node);
        let answer = match &p.answer {
            crate::engine::Answer::Choose(k) => k.clone(),
            crate::engine::Answer::Tick(keys) => format!("[{}]", keys.join(", ")),
            crate::engine::Answer::Continue => "\u{2192}".to_string(),
        };
        let mut line = t("tui-trainer-answer", &[("flow", &flow.id), ("node", &node.id), ("answer", &answer)]);
        if !p.raised.is_empty() {
            line = format!("{line}  ! {}", t("tui-trainer-raised", &[("duties", &p.raised.join(", "))]));
        }
        b.hanging("  ", &line, if p.raised.is_empty() { Style::new() } else { th.bold });
    }
    if !sum.outcomes.is_empty() {
        let o: Vec<String> = sum.outcomes.iter().map(|o| format!("{}/{}", o.flow.id, o.node.id)).collect();
        b.blank();
        b.wrapped(&t("tui-trainer-reached", &[("outcomes", &o.join(", "))]), Style::new());
    }
    title
}
