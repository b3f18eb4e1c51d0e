//! The source window (`k`): where the step comes from (document, section, date), or on
//! the start screen every source document, the newest first.

use crate::tui::lines::Lines;
use crate::tui::state::{Base, Screen};
use crate::view::step_view;
use ratatui::style::Style;

/// The source window's lines into `b`; its title.
pub fn lines(app: &Base, b: &mut Lines) -> String {
    let title = app.t(if matches!(app.screen, Screen::Start(_)) { "tui-sources-title" } else { "tui-source-title" });
    let th = b.th;
    match &app.screen {
        Screen::Start(_) => {
            b.wrapped(&app.t("tui-sources-all"), th.bold);
            // The newest first; those without a date last, by name.
            let mut docs: Vec<_> = app.model.documents().map(|(_, d)| (app.c(&d.title), d)).collect();
            docs.sort_by(|(ta, a), (tb, b)| {
                b.updated.as_ref().map(|d| &d.0).cmp(&a.updated.as_ref().map(|d| &d.0)).then(ta.cmp(tb))
            });
            for (_, d) in docs {
                let title = app.c(&d.title);
                let line = match (&d.as_of, &d.updated) {
                    (Some(y), _) => {
                        app.texts.fmt(app.lang, "tui-sources-doc-as-of", &[("doc", &title), ("date", &y.0)])
                    }
                    (None, Some(date)) => {
                        app.texts.fmt(app.lang, "tui-sources-doc-dated", &[("doc", &title), ("date", &date.0)])
                    }
                    (None, None) => app.texts.fmt(app.lang, "tui-sources-doc", &[("doc", &title)]),
                };
                b.hanging("- ", &line, Style::new());
            }
        }
        Screen::Walk(w) => {
            let v = step_view(&w.session, app.texts, app.lang);
            b.wrapped(&app.texts.fmt(app.lang, "tui-source-step", &[("step", &v.title)]), th.bold);
            b.blank();
            let s = &v.source;
            if s.document.is_empty() {
                b.body(&app.t("tui-source-none"));
                return title;
            }
            b.body(&app.texts.fmt(app.lang, "tui-source-document", &[("doc", &s.document)]));
            if let Some(sec) = &s.section {
                b.body(&app.texts.fmt(app.lang, "tui-source-section", &[("section", sec)]));
            }
            match (&s.as_of, &s.updated) {
                (Some(y), _) => b.body(&app.texts.fmt(app.lang, "tui-source-as-of", &[("date", y)])),
                (None, Some(d)) => b.body(&app.texts.fmt(app.lang, "tui-source-date", &[("date", d)])),
                (None, None) => b.body(&app.t("tui-source-no-date")),
            }
            if s.external {
                b.blank();
                b.body(&app.t("tui-source-external"));
            }
        }
    }
    title
}
