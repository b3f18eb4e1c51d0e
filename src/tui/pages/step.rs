//! A step of the walk: its text, its choices, items or button, an outcome's actions and
//! contacts, and where it comes from; the stages of the case above it, and a scenario
//! played beside it.

use super::In;
use crate::engine::StepKind;
use crate::text;
use crate::tui::action::Action;
use crate::tui::hints::{common_hints, hint, hint_as};
use crate::tui::lines::Lines;
use crate::tui::page::Hint;
use crate::tui::state::{Base, Place, Player};
use crate::tui::theme::Theme;
use crate::view::{ContactView, StepView};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

fn outcome_lists(app: &In, b: &mut Lines, actions: &[String], contacts: &[ContactView]) {
    let th = b.th;
    if !actions.is_empty() {
        b.blank();
        b.wrapped(&app.t("tui-actions"), th.bold);
        for a in actions {
            b.hanging("- ", a, Style::new());
        }
    }
    super::contacts::list(app, b, contacts);
}

/// The step's lines into `b`; its key hints.
pub fn page(app: &In, v: &StepView, b: &mut Lines) -> Vec<Hint> {
    let th = b.th;
    let ui = app.ui();
    b.wrapped(&v.title, th.bold);
    if !v.body.is_empty() {
        b.blank();
        b.body(&v.body);
    }

    let mut h = Vec::new();
    match app.place() {
        Place::Question => {
            b.blank();
            // The number each choice has in its flow file: 0 for "no" or "none".
            for c in &v.choices {
                b.entry(false, &format!("{}. ", c.number), &c.label, Style::new());
            }
            h.extend(hint(app, Action::Pick(1)));
            h.extend(hint(app, Action::Down));
        }
        Place::Checklist => {
            b.blank();
            let nw = v.items.iter().map(|it| it.number).max().unwrap_or(0).to_string().len();
            for it in &v.items {
                let mark = if ui.ticks.contains(&it.key) { "[x]" } else { "[ ]" };
                b.entry(false, &format!("{mark} {:>nw$}. ", it.number), &it.label, Style::new());
            }
            b.blank();
            b.entry(false, "", &app.t("tui-continue"), th.bold);
            h.extend(hint(app, Action::Toggle));
            h.extend(hint(app, Action::Down));
            h.extend(hint_as(app, Action::Select, None, 1));
        }
        _ => {
            if v.kind == StepKind::Outcome {
                outcome_lists(app, b, &v.actions, &v.contacts);
            }
            // An info's points: a list to read, nothing to tick.
            if v.kind == StepKind::Info && !v.items.is_empty() {
                b.blank();
                for it in &v.items {
                    b.hanging("- ", &it.label, Style::new());
                }
            }
            b.blank();
            b.entry(true, "", &app.t("tui-continue"), th.bold);
            h.extend(hint(app, Action::Select));
        }
    }
    // Where it comes from, last and quiet.
    if !v.source.document.is_empty() {
        b.blank();
        b.wrapped(&crate::view::source_line(app.texts, app.lang, &v.source), th.note);
    }
    if v.why.is_some() {
        h.extend(hint(app, Action::Why));
    }
    h.extend(hint(app, Action::Back));
    h.extend(hint(app, Action::PageDown));
    common_hints(app, &mut h, true);
    h
}

/// The stages of the case: the root flow's nodes in file order by their titles, the
/// current one in brackets and reverse video (a sign and a style, never colour alone).
/// When the titles do not fit, the others shrink to their numbers.
pub fn stage_line(app: &Base, s: &crate::engine::Session, width: usize, th: Theme) -> Line<'static> {
    // Each stage by its short name (`stage`), else its title; neighbouring nodes of the
    // same stage (triage and the age asked after an emergency) are one stage.
    let mut titles: Vec<String> = Vec::new();
    let mut group = Vec::new();
    for n in &s.root().nodes {
        let t = app.c(n.stage.as_deref().unwrap_or(&n.title));
        if titles.last() != Some(&t) {
            titles.push(t);
        }
        group.push(titles.len() - 1);
    }
    let cur = group.get(s.root_node()).copied().unwrap_or(0);
    let sep = " \u{203a} ";
    let mark = |t: &str| format!("[{t}]");
    // 0: every title; 1: the current one and its neighbours by title, the rest by number;
    // 2: the current one by title, the rest by number.
    let build = |level: usize| -> Vec<(String, bool)> {
        titles
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let near = level == 0 || (level == 1 && i.abs_diff(cur) == 1);
                if i == cur {
                    (mark(&if level == 0 { t.clone() } else { format!("{} {t}", i + 1) }), true)
                } else if near {
                    (t.clone(), false)
                } else {
                    ((i + 1).to_string(), false)
                }
            })
            .collect()
    };
    let len = |v: &[(String, bool)]| {
        v.iter().map(|(t, _)| text::width(t)).sum::<usize>() + v.len().saturating_sub(1) * text::width(sep)
    };
    let mut parts = build(0);
    for level in 1..=2 {
        if len(&parts) > width {
            parts = build(level);
        }
    }
    if len(&parts) > width {
        // Still too wide: the current stage alone, cut at a word boundary.
        let t = format!("{}/{} {}", cur + 1, titles.len(), titles.get(cur).cloned().unwrap_or_default());
        parts = vec![(format!("[{}]", text::truncate_words(&t, width.saturating_sub(2))), true)];
    }
    let mut spans = Vec::new();
    for (i, (t, current)) in parts.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(sep));
        }
        spans.push(if current { Span::styled(t, th.selected) } else { Span::raw(t) });
    }
    Line::from(spans)
}

/// The scenario beside the flow: its title and case text, where the play is, and the
/// answer the next key gives; in teaching mode never the answer (the class gives it).
pub fn player_panel(app: &In, p: &Player, b: &mut Lines) {
    let th = b.th;
    let lang = app.lang;
    // Taught, the title waits for the debrief: a title such as "The duty to avert
    // applies" gives an answer away (an independent reader's finding).
    if p.teach.is_none() {
        b.wrapped(p.scenario.title(lang), th.bold);
    } else {
        b.wrapped(&app.t("tui-teach-case"), th.bold);
    }
    if let (Some(s), true) = (p.scenario.setting, p.teach.is_some()) {
        b.wrapped(&app.texts.fmt(lang, "tui-teach-setting", &[("setting", &app.t(&s.label_id()))]), th.note);
    }
    b.blank();
    b.body(p.scenario.text(lang));
    b.blank();
    let n = p.sessions.len().saturating_sub(1);
    let (at, n) = ((p.at + 1).to_string(), (n + 1).to_string());
    let where_ = app.texts.fmt(lang, "tui-play-at", &[("at", &at), ("n", &n)]);
    if p.teach.is_some() {
        // Nothing here may give the expected answer away. One paragraph with where the
        // play is: at 80 x 24 the whole case text and this fit beside the step.
        let id = if p.is_decision(p.at) {
            "tui-teach-panel"
        } else if p.at + 1 >= p.sessions.len() {
            "tui-teach-panel-end"
        } else {
            "tui-teach-panel-text"
        };
        b.wrapped(&format!("{where_}. {}", app.t(id)), th.bold);
        return;
    }
    b.wrapped(&where_, th.note);
    match (p.answers.get(p.at), p.sessions.get(p.at)) {
        (Some(a), Some(s)) => {
            let words = crate::view::answer_text(app.texts, lang, app.discreet, s.step().node, a);
            let words = if words.is_empty() { app.t("tui-play-continue") } else { words };
            b.wrapped(&app.texts.fmt(lang, "tui-play-next", &[("answer", &words)]), th.bold);
        }
        _ => b.wrapped(&app.t("tui-play-done"), th.bold),
    }
    b.wrapped(&app.t("tui-play-keys"), th.note);
}

/// The key hints of a scenario: played, the step's answer keys give way to the player's
/// (Enter); taught, the class answers with them, `a` shows the expected answer, and Enter
/// on the summary opens the debrief. What if (`o`) in both.
pub fn player_hints(app: &Base, p: &Player, h: &mut Vec<Hint>) {
    if p.teach.is_none() {
        h.retain(|h| !matches!(h.action, Action::Pick(_) | Action::Down | Action::Toggle));
    } else if p.is_decision(p.at) {
        if let Some(r) = hint(app, Action::Reveal) {
            h.insert(0, r);
        }
    } else if p.at + 1 >= p.sessions.len() {
        h.extend(hint_as(app, Action::Select, Some("tui-key-debrief"), 0));
    }
    h.extend(hint(app, Action::WhatIf));
}
