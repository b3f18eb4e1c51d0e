//! The windows over a screen, each in its own module with its state, its keys and its
//! lines: the texts to read ([`help`], [`principles`], [`source`], [`contacts`], [`why`],
//! [`trainer`], [`slip`]), teaching mode's [`verdict`] and [`debrief`], the flow map ([`map`]), the save dialog ([`save`]) and the
//! yes/no questions ([`confirm`]). [`Overlay`] is the one that is open, with its state.

pub mod confirm;
pub mod contacts;
pub mod debrief;
pub mod help;
pub mod map;
pub mod principles;
pub mod save;
pub mod slip;
pub mod source;
pub mod trainer;
pub mod verdict;
pub mod why;

use super::action::Action;
use super::lines::Lines;
use super::page::Window;
use super::state::{Base, WHEEL};
use super::theme::{COL, Theme};
use confirm::Confirm;
use map::Map;
use ratatui::layout::Rect;
use ratatui::text::Line;
use save::Save;
use std::ops::Range;
use std::rc::Rc;

/// The window open over the screen, with what it alone knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Every key.
    Help,
    /// The basic principles.
    Principles,
    /// The source of the step (on the start screen: every source).
    Source,
    /// Every contact of the directory.
    Contacts,
    /// The background of this step (`why`).
    Why,
    /// The flow map: every flow and step, and the one picked; Enter opens it.
    Map(Map),
    /// The trainer view of the current step.
    Trainer,
    /// The discreet slip for the person.
    Slip,
    /// The save dialog: the file name typed, and what it saves.
    Save(Save),
    /// A question that asks yes or no, and what yes does.
    Confirm(Confirm),
    /// Teaching mode: the class's answer at a decision judged.
    Verdict(crate::tui::teach::Verdict),
    /// Teaching mode: the debrief at the end.
    Debrief,
}

/// The open window's title and lines (a question draws its own box: none).
pub fn build(app: &Base, o: &Overlay) -> (String, Lines) {
    let th = Theme::new(app.color);
    let mut b = Lines::new(width(app), th);
    let title = match o {
        Overlay::Help => help::lines(app, &mut b),
        Overlay::Principles => principles::lines(app, &mut b),
        Overlay::Contacts => contacts::lines(app, &mut b),
        Overlay::Why => why::lines(app, &mut b),
        Overlay::Save(s) => s.lines(app, &mut b),
        Overlay::Source => source::lines(app, &mut b),
        Overlay::Map(m) => m.lines(app, &mut b),
        Overlay::Trainer => trainer::lines(app, &mut b),
        Overlay::Slip => slip::lines(app, &mut b),
        Overlay::Verdict(v) => verdict::lines(v, app, &mut b),
        Overlay::Debrief => debrief::lines(app, &mut b),
        Overlay::Confirm(_) => String::new(),
    };
    (title, b)
}

/// The open window laid out: the one kept while the state has not changed (as the page
/// is, [`super::pages::cached`]), else laid out anew and kept. The map is laid out with
/// no step picked, so that a move of the pick lays out nothing ([`content`] draws the
/// pick).
pub fn cached(app: &Base, o: &Overlay) -> Rc<Window> {
    let o = match o {
        Overlay::Map(_) => &Overlay::Map(Map { sel: usize::MAX }),
        o => o,
    };
    let key = format!("{o:?}");
    let fresh = || {
        let (title, b) = build(app, o);
        Window { title, lines: b.out, targets: b.targets, selected: b.selected }
    };
    if let Some(w) = app.page.window(&key) {
        // The tests run the debug build: every window kept is checked against a new one.
        debug_assert!({
            let f = fresh();
            f.title == w.title && f.lines == w.lines && f.targets == w.targets
        });
        return w;
    }
    let w = Rc::new(fresh());
    app.page.put_window(key, &w);
    w
}

/// The open window's title and lines (the map's pick drawn as picked).
pub fn content(app: &Base, o: &Overlay) -> (String, Vec<Line<'static>>) {
    let w = cached(app, o);
    let mut lines = w.lines.clone();
    if let Overlay::Map(m) = o
        && let (Some(r), Some(sel)) = (w.targets.get(m.sel), w.selected.get(m.sel))
        && r.len() == sel.len()
    {
        lines.splice(r.clone(), sel.iter().cloned());
    }
    // The tests run the debug build: the pick drawn is the map laid out with it.
    debug_assert!(!matches!(o, Overlay::Map(_)) || build(app, o).1.out == lines);
    (w.title.clone(), lines)
}

/// The lines of each selectable entry of the window (the steps of the map).
pub fn targets(app: &Base, o: &Overlay) -> Vec<Range<usize>> {
    cached(app, o).targets.clone()
}

/// How many lines the window's text has.
pub fn line_count(app: &Base, o: &Overlay) -> usize {
    cached(app, o).lines.len()
}

/// The window's frame: below the title bar, above the last line of key hints, and no
/// taller than its text needs.
pub fn rect(app: &Base, lines: usize) -> Rect {
    let max = app.height.saturating_sub(2);
    let h = (lines.saturating_add(2)).min(max as usize) as u16;
    let w = app.width.saturating_sub(2).min(COL + 6);
    Rect::new((app.width - w) / 2, 1, w, h.max(3.min(max)))
}

/// Rows of text inside the window.
pub fn height(app: &Base, o: &Overlay) -> usize {
    rect(app, line_count(app, o)).height.saturating_sub(2) as usize
}

/// The width of the window's text.
pub fn width(app: &Base) -> usize {
    app.width.saturating_sub(2).min(COL + 6).saturating_sub(4) as usize
}

/// A key that scrolls a window's text `page` rows a page; false if `a` does not scroll.
pub fn scroll(scroll: &mut usize, a: Action, page: usize) -> bool {
    *scroll = match a {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::ScrollUp => scroll.saturating_sub(WHEEL),
        Action::ScrollDown => scroll.saturating_add(WHEEL),
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll.saturating_add(page),
        Action::Home => 0,
        Action::End => usize::MAX,
        _ => return false,
    };
    true
}
