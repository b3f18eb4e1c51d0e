//! The page: the current screen laid out for the current size (built by
//! [`super::pages`], kept in its [`Cache`] between key presses that cannot change it,
//! drawn by [`super::view`]).

use super::action::Action;
use ratatui::text::Line;
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::rc::Rc;

/// A key hint in the two bottom lines: the first for what this screen does, the second
/// for the keys that work everywhere. Hints are shown in their order; when a line is too
/// narrow, those with the highest `prio` number go first. Each comes from the keymap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub key: String,
    pub label: String,
    pub prio: u8,
    pub global: bool,
    /// The action the hint was asked for (its row of the keymap).
    pub action: Action,
}

/// Body lines that show the selected entry's note (the start screen's menu): blank in
/// [`Page::lines`], filled by the view with `lines[s]` when entry `s` is selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub at: Range<usize>,
    pub lines: Vec<Vec<Line<'static>>>,
}

/// The current screen, laid out for the current size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub left: String,
    pub right: String,
    /// Where the whole case is: its stages with the current one marked (only when the
    /// flow walked is the case).
    pub stages: Option<Line<'static>>,
    /// Duty banner lines, wrapped with a hanging indent.
    pub banners: Vec<String>,
    /// The body, wrapped to the body width.
    pub lines: Vec<Line<'static>>,
    /// The body lines of each selectable entry, in entry order. `lines` has every entry
    /// as it looks unselected (but an entry that is always selected, the one button of a
    /// step), so that a page does not change with the selection.
    pub targets: Vec<Range<usize>>,
    /// Each entry's lines as they look selected (`>` and reverse video): the view puts
    /// them in place of the selected entry's.
    pub selected: Vec<Vec<Line<'static>>>,
    /// Where the selected entry's note goes, if this page shows one.
    pub detail: Option<Detail>,
    pub hints: Vec<Hint>,
    /// First row of the body on the screen, and its height.
    pub body_top: u16,
    pub body_h: usize,
}

/// The page last laid out, and whether it may be used: only between the start and the
/// end of an update that moves the selection or scrolls, and from the end of any update to
/// the start of the next (the view draws it). Anything else that changes the state lays
/// out anew ([`super::pages::cached`] reads it, the update says when it holds).
#[derive(Debug, Clone, Default)]
pub struct Cache {
    page: RefCell<Option<Rc<Page>>>,
    keep: Cell<bool>,
}

impl Cache {
    /// The page kept, if it may be used.
    pub fn get(&self) -> Option<Rc<Page>> {
        self.page.borrow().as_ref().filter(|_| self.keep.get()).map(Rc::clone)
    }

    /// Keeps `p`, if pages may be kept now.
    pub fn put(&self, p: &Rc<Page>) {
        if self.keep.get() {
            *self.page.borrow_mut() = Some(Rc::clone(p));
        }
    }

    /// From now on the page kept holds (`true`), or the state is changing (`false`):
    /// what was kept is dropped.
    pub fn hold(&self, keep: bool) {
        if !keep {
            self.page.take();
        }
        self.keep.set(keep);
    }

    /// Drops the page kept (the state changed outside an update).
    pub fn forget(&self) {
        self.page.take();
    }
}

impl Page {
    /// Body line `i` as shown with entry `sel` selected (None: a blank line of the
    /// selected entry's note, or no such line).
    pub fn line(&self, i: usize, sel: Option<usize>) -> Option<&Line<'static>> {
        if let Some(d) = self.detail.as_ref().filter(|d| d.at.contains(&i)) {
            return d.lines.get(sel?)?.get(i - d.at.start);
        }
        let picked = sel.and_then(|s| Some((self.targets.get(s)?, self.selected.get(s)?)));
        match picked {
            Some((t, lines)) if t.contains(&i) => lines.get(i - t.start),
            _ => self.lines.get(i),
        }
    }
}
