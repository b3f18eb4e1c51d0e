//! The debrief window (teaching mode, Enter on the summary): the scenario's teaching
//! points, the duties raised and why, and each decision's first answer from the class
//! beside the expected one. `e` saves it.

use crate::tui::lines::Lines;
use crate::tui::state::Base;
use crate::tui::teach::{Part, debrief_parts};
use ratatui::style::Style;

/// Parts of a text for the class laid out into `b`.
pub fn parts_into(parts: &[Part], b: &mut Lines) {
    let th = b.th;
    for part in parts {
        match part {
            Part::Head(s) => b.wrapped(s, th.bold),
            Part::Strong(s) => b.wrapped(s, th.bold),
            Part::Text(s) => b.body(s),
            Part::Item(sign, s) => {
                let pad = " ".repeat(crate::text::width(sign));
                for (i, para) in s.split('\n').enumerate() {
                    b.hanging(if i == 0 { sign } else { &pad }, para, Style::new());
                }
            }
            Part::Gap => b.blank(),
        }
    }
}

/// The debrief's lines into `b`; the title.
pub fn lines(app: &Base, b: &mut Lines) -> String {
    let p = app.player.as_ref().or_else(|| app.aside.as_ref().map(|a| &a.player));
    if let Some(p) = p {
        parts_into(&debrief_parts(app, p, app.lang, app.discreet), b);
        b.blank();
        b.wrapped(&app.t("tui-debrief-keys"), b.th.note);
    }
    app.t("tui-debrief-title")
}
