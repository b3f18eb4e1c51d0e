//! The full-screen front end (ratatui + crossterm).

use crate::flow::Checked;
use crate::i18n::Lang;

/// Runs the TUI; returns the exit code.
pub fn run(c: &Checked, lang: Lang, _no_color: bool) -> i32 {
    eprintln!("{}", c.texts.get(lang, "cli-err-no-tui"));
    crate::app::EXIT_CANNOT_RUN
}
