//! The full-screen front end (ratatui + crossterm), in the Elm shape:
//!
//! - [`action`]: what the user can ask for, whatever the key;
//! - [`input`]: terminal events -> [`action::Action`] (key presses only);
//! - [`keymap`]: every key once: input, the hint bar and the `?` list are built from it;
//! - [`state`]: the app state (data, and what can be read off it);
//! - [`layout`]: state and size -> the [`page`] (lines, entries, hints), kept while only
//!   the selection or the scroll position changes;
//! - [`update`]: the pure `update(Action) -> Effect`, using the layout to scroll and to
//!   map clicks;
//! - [`view`]: the pure view, page -> frame, or row by row;
//! - [`screen`]: what the terminal shows, by row: a frame writes the rows that changed;
//! - [`term`]: the thin shell that owns the terminal (set-up, restore, signals, loop).
//!
//! Nothing here writes to disk or logs anything.

pub mod action;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod page;
pub mod screen;
pub mod state;
pub mod term;
pub mod update;
pub mod view;

use crate::flow::Checked;
use crate::i18n::Lang;

/// How the TUI starts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Modifiers only, never a colour (NO_COLOR, --no-color).
    pub no_color: bool,
    /// Discreet mode from the start (--discreet).
    pub discreet: bool,
    /// The path of a local contact directory that was left out (the start screen says so).
    pub local_ignored: Option<String>,
    /// The local contact file loaded with its invisible characters made harmless.
    pub local_cleaned: Option<String>,
    /// A content pack that was refused (`--pack`), and why: the start screen says so.
    pub pack_refused: Option<String>,
    /// A scenario to play, one step per key press (`veiviser scenario run`).
    pub play: Option<crate::scenario::Scenario>,
    /// A test hook and nothing else: panic with this message right after the first
    /// frame (set by `VEIVISER_TEST_PANIC=1`, docs/security.md, "Hostile input and faults").
    pub test_panic: Option<String>,
}

pub use term::Ended;

/// Runs the TUI; returns how it ended (`exit_code` is for the watchdog, which must end
/// the process itself when the terminal goes away).
pub fn run(c: &Checked, lang: Lang, opts: Options, exit_code: fn(&Ended) -> i32) -> Ended {
    term::run(c, lang, opts, exit_code)
}
