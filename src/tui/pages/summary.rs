//! The summary at the end of a case: the outcome, the duties in force, what to do (to
//! tick), the contacts and the path taken.

use super::In;
use crate::tui::action::Action;
use crate::tui::hints::{common_hints, hint, hint_as};
use crate::tui::lines::Lines;
use crate::tui::page::Hint;
use crate::tui::state::Screen;
use crate::view::{StepView, summary_view};
use ratatui::style::Style;

/// The summary's lines into `b`; its key hints.
pub fn page(app: &In, v: &StepView, b: &mut Lines) -> Vec<Hint> {
    let th = b.th;
    let Screen::Walk(w) = &app.screen else { return Vec::new() };
    let s = summary_view(&w.session, app.texts, app.lang);
    let title = s.outcome.as_ref().map_or(v.title.clone(), |o| o.title.clone());
    b.wrapped(&app.texts.fmt(app.lang, "tui-summary-outcome", &[("outcome", &title)]), th.bold);
    if !v.body.is_empty() {
        b.blank();
        b.body(&v.body);
    }
    // The duties in force first, then what to do: as the plain text and an export.
    b.blank();
    b.wrapped(&app.t("tui-duties"), th.bold);
    if s.duties.is_empty() {
        b.hanging("  ", &app.t("tui-no-duties"), Style::new());
    }
    for d in &s.duties {
        b.hanging("! ", &app.texts.fmt(app.lang, "tui-duty", &[("duty", &d.title)]), th.bold);
        if !d.text.is_empty() {
            b.hanging("  ", &d.text, Style::new());
        }
    }
    if s.actions.is_empty() {
        b.blank();
        b.wrapped(&app.t("tui-actions"), th.bold);
        b.hanging("  ", &app.t("tui-no-actions"), Style::new());
    }
    // Now, today, follow-up: numbered on through the groups (the numbers pick them).
    let mut i = 0;
    for g in &s.groups {
        b.blank();
        b.wrapped(&g.title, th.bold);
        for a in &g.actions {
            let mark = if w.ui.ticks.contains(&i.to_string()) { "[x]" } else { "[ ]" };
            b.entry(false, &format!("{mark} {}. ", i + 1), a, Style::new());
            i += 1;
        }
    }
    super::contacts::list(app, b, &s.contacts);
    b.blank();
    b.wrapped(&app.t("tui-path"), th.bold);
    let nw = s.path.len().to_string().len();
    for (i, p) in s.path.iter().enumerate() {
        let line = if p.answer.is_empty() {
            p.title.clone()
        } else {
            app.texts.fmt(app.lang, "tui-path-answer", &[("title", &p.title), ("answer", &p.answer)])
        };
        b.hanging(&format!("  {:>nw$}. ", i + 1), &line, Style::new());
    }
    b.blank();
    b.wrapped(&app.texts.fmt(app.lang, "ui-version", &[("version", &s.version)]), th.note);
    // The slip, save and print always show (a nurse must find them at 80 columns).
    let mut h: Vec<Hint> = [
        hint_as(app, Action::Slip, None, 0),
        hint(app, Action::Save),
        hint(app, Action::Record).filter(|_| !app.discreet),
        hint_as(app, Action::Print, None, 0),
        hint_as(app, Action::Toggle, None, 2),
        hint(app, Action::Down),
        hint(app, Action::Back),
        hint(app, Action::PageDown),
    ]
    .into_iter()
    .flatten()
    .collect();
    common_hints(app, &mut h, true);
    h
}
