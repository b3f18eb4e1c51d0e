//! The slip window (`a` on the summary): the discreet slip for the person, in the
//! screen's language or (Space) in the person's; `s` saves it, `u` prints it.

use crate::tui::lines::Lines;
use crate::tui::state::Base;
use ratatui::style::Style;

/// The slip's lines into `b`; the title.
pub fn lines(app: &Base, b: &mut Lines) -> String {
    let th = b.th;
    // First: ROSA's own material in the person's language goes before this slip.
    b.wrapped(&app.t("tui-slip-rosa-first"), th.note);
    b.blank();
    let slip = app.slip_text().unwrap_or_default();
    for l in slip.lines() {
        b.wrapped(l, Style::new());
    }
    if slip.lines().count() <= 2 {
        b.wrapped(&app.t("tui-slip-empty"), th.note);
    }
    b.blank();
    b.wrapped(&app.t("tui-slip-keys"), th.note);
    b.blank();
    match app.slip_lang_name() {
        Some(name) => b.wrapped(&app.texts.fmt(app.lang, "tui-slip-person-lang", &[("lang", &name)]), th.bold),
        None => b.wrapped(&app.t("tui-slip-person-none"), th.note),
    }
    app.t("tui-slip-title")
}

/// Space in the slip: the person's language is the next one, and after the last none
/// (the slip in the screen's language).
pub fn next_lang(now: Option<usize>) -> Option<usize> {
    let n = crate::export::slip::languages().len();
    match now {
        None if n > 0 => Some(0),
        Some(i) if i + 1 < n => Some(i + 1),
        _ => None,
    }
}
