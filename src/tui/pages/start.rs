//! The start screen: which flow to walk, with what the start must say first (a local
//! contact directory left out, a refused content pack) and which guidance this is.

use crate::tui::action::Action;
use crate::tui::hints::{common_hints, hint_as};
use crate::tui::lines::Lines;
use crate::tui::page::Hint;
use crate::tui::state::{Base, start_flows};
use ratatui::style::Style;

/// The start screen's lines into `b`; its key hints.
pub fn page(app: &Base, b: &mut Lines) -> Vec<Hint> {
    let th = b.th;
    // A local contact directory left out: said first, before anything else.
    if let Some(path) = &app.local_ignored {
        let msg = crate::view::local_notice(app.texts, app.lang, path);
        b.hanging("! ", &msg, th.bold);
        b.blank();
    }
    if let Some(path) = &app.local_cleaned {
        let msg = crate::view::local_cleaned_notice(app.texts, app.lang, path);
        b.hanging("! ", &msg, th.bold);
        b.blank();
    }
    // A content pack that was refused: the bundled guidance is in use, and why.
    if let Some(why) = &app.pack_refused {
        b.hanging("! ", why, th.bold);
        b.blank();
    }
    b.wrapped(&app.t("tui-start-title"), th.bold);
    b.blank();
    b.body(&app.c("tui-start-intro"));
    // Which guidance this is, first, so that it shows without scrolling; each step shows
    // the date of its own source.
    let version = crate::view::guidance_text(app.texts, app.lang, app.model);
    b.wrapped(&app.texts.fmt(app.lang, "tui-start-version", &[("version", &version)]), Style::new());
    b.blank();
    let flows = start_flows(app.model);
    if flows.is_empty() {
        b.wrapped(&app.t("tui-start-no-flows"), Style::new());
    }
    for (i, f) in flows.iter().enumerate() {
        b.entry(false, &format!("{}. ", i + 1), &app.c(&f.title), th.bold);
    }
    let notes: Vec<Option<String>> = flows.iter().map(|f| f.description.as_deref().map(|d| app.c(d))).collect();
    b.details(&format!("{}. ", flows.len()), &notes);
    let mut h: Vec<Hint> =
        [hint_as(app, Action::Pick(1), Some("tui-key-open"), 0), hint_as(app, Action::Down, None, 2)]
            .into_iter()
            .flatten()
            .collect();
    common_hints(app, &mut h, false);
    h
}
