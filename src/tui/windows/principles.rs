//! The principles window (`p`): the principles flow's steps as one text.

use crate::tui::lines::Lines;
use crate::tui::state::Base;

/// The principles' lines into `b`; the title.
pub fn lines(app: &Base, b: &mut Lines) -> String {
    let th = b.th;
    let Some(f) = app.model.flow("principles") else {
        b.body(&app.t("tui-principles-missing"));
        return app.t("tui-principles-title");
    };
    for node in &f.nodes {
        b.blank();
        b.wrapped(&app.c(&node.title), th.bold);
        if let Some(t) = &node.text {
            b.body(&app.c(t));
        }
    }
    if b.out.first().is_some_and(|l| l.width() == 0) {
        b.out.remove(0);
    }
    app.t(&f.title)
}
