//! The why window (`h`): the background of this step.

use crate::tui::lines::Lines;
use crate::tui::state::Base;
use crate::view::step_view;

/// The background's lines into `b`; the title.
pub fn lines(app: &Base, b: &mut Lines) -> String {
    if let Some(w) = app.session().and_then(|s| step_view(s, app.texts, app.lang).why) {
        b.body(&w);
    }
    app.t("tui-why-title")
}
