//! The verdict window (teaching mode): the class's answer at a decision, whether it is
//! the one the guidance expects, why, and what would follow; the expected answer when it
//! is shown; and the keys that go on from here.

use super::debrief::parts_into;
use crate::tui::lines::Lines;
use crate::tui::state::Base;
use crate::tui::teach::{Verdict, verdict_parts};

/// The verdict's lines into `b`; the title.
pub fn lines(v: &Verdict, app: &Base, b: &mut Lines) -> String {
    let Some(p) = &app.player else { return app.t("tui-teach-title") };
    parts_into(&verdict_parts(app, p, v), b);
    let right = v.answer.as_ref().is_some_and(|a| p.judge(v.at, a));
    let revealed = p.teach.as_ref().is_some_and(|t| t.revealed.contains(&v.at));
    b.blank();
    b.wrapped(&app.t(if right || revealed { "tui-teach-keys-on" } else { "tui-teach-keys-again" }), b.th.note);
    app.t("tui-teach-title")
}
