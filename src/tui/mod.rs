//! The full-screen front end (ratatui + crossterm), in the Elm shape:
//!
//! - [`action`]: what the user can ask for, whatever the key;
//! - [`input`]: terminal events -> [`action::Action`] (key presses only);
//! - [`keymap`]: every key once: input, the hint bar and the `?` list are built from it;
//! - [`state`]: the screen under the windows and the session's settings ([`state::Base`]);
//! - [`app`]: the app, that screen and the window open over it, and the [`app::Effect`]s
//!   an update asks of the loop;
//! - [`theme`], [`lines`], [`hints`]: the styles and the text column, the line builder
//!   (two languages side by side), the key hints;
//! - [`teach`]: teaching mode (the class answers first, the verdict, the debrief);
//! - [`pages`]: each screen (start, step, summary) laid out as a [`page::Page`], kept
//!   while only the selection or the scroll position changes, and hit by clicks;
//! - [`windows`]: each window (help, map, save, the questions, ...) with its own state,
//!   keys and lines;
//! - [`update`]: the pure `update(Action) -> Effect`;
//! - [`view`]: the pure view, app -> frame, or row by row;
//! - [`screen`]: what the terminal shows, by row: a frame writes the rows that changed;
//! - [`term`]: the thin shell that owns the terminal (set-up, restore, signals, loop).
//!
//! Nothing here writes to disk or logs anything.

pub mod action;
pub mod app;
pub mod hints;
pub mod input;
pub mod keymap;
pub mod lines;
pub mod page;
pub mod pages;
pub mod screen;
pub mod state;
pub mod teach;
pub mod term;
pub mod theme;
pub mod update;
pub mod view;
pub mod windows;

use crate::flow::Checked;
use crate::i18n::Lang;

pub use term::{Ended, Options};

/// Runs the TUI; returns how it ended (`exit_code` is for the watchdog, which must end
/// the process itself when the terminal goes away).
pub fn run(c: &Checked, lang: Lang, opts: Options, exit_code: fn(&Ended) -> i32) -> Ended {
    term::run(c, lang, opts, exit_code)
}
