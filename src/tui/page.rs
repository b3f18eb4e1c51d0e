//! The page: the current screen laid out for the current size (built by
//! [`super::pages`], kept in its [`Cache`] between key presses that cannot change it,
//! drawn by [`super::view`]).

use super::action::Action;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

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
#[derive(Debug, Clone)]
pub struct Page {
    /// This page's number: each page laid out gets a new one (what the screen knows a
    /// row by; [`super::view::Row`]).
    pub id: u64,
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
    /// Each body line drawn once, unselected, `width` wide, when it is first shown: a
    /// frame copies the rows it shows from here (drawing text cell by cell is most of a
    /// frame's work, and a long page shows a screenful of its lines at a time).
    pub drawn: Vec<OnceCell<Buffer>>,
    /// Each entry's selected form drawn once, `width` wide (when it is first selected).
    pub drawn_selected: Vec<OnceCell<Buffer>>,
    /// The whole screen but the body, drawn once for a plain screen (no window open, no
    /// notice): the frames of a page copy it.
    pub chrome: OnceCell<Buffer>,
}

/// Equal pages show the same (what has been drawn of them aside).
impl PartialEq for Page {
    fn eq(&self, o: &Page) -> bool {
        (&self.left, &self.right, &self.stages, &self.banners, &self.lines, &self.targets, &self.selected, &self.detail)
            == (&o.left, &o.right, &o.stages, &o.banners, &o.lines, &o.targets, &o.selected, &o.detail)
            && (&self.hints, self.body_top, self.body_h) == (&o.hints, o.body_top, o.body_h)
    }
}

/// `lines` drawn into a buffer `width` wide and `h` high, a line a row.
fn draw_lines(lines: &[Line<'static>], width: u16, h: u16) -> Buffer {
    let mut b = Buffer::empty(Rect::new(0, 0, width, h));
    for (y, l) in (0..h).zip(lines) {
        b.set_line(0, y, l, width);
    }
    b
}

/// The page last laid out, and whether it may be used: only between the start and the
/// end of an update that moves the selection or scrolls, and from the end of any update to
/// the start of the next (the view draws it). Anything else that changes the state lays
/// out anew ([`super::pages::cached`] reads it, the update says when it holds).
#[derive(Debug, Clone, Default)]
pub struct Cache {
    page: RefCell<Option<Rc<Page>>>,
    keep: Cell<bool>,
    /// The open window's title and lines, laid out last, under the key of the window
    /// and its state (`Overlay`'s `Debug` text: this module cannot name the type), held
    /// exactly as long as the page is. A move in the map lays it out once, not once for
    /// the key, twice for the clamp and three times for the drawing.
    window: RefCell<Option<(String, Rc<Window>)>>,
}

/// A window laid out: its title and its lines, with the lines of its entries.
#[derive(Debug)]
pub struct Window {
    pub title: String,
    pub lines: Vec<Line<'static>>,
    pub targets: Vec<Range<usize>>,
    /// Each entry's lines as they look selected (the map's pick is drawn from them).
    pub selected: Vec<Vec<Line<'static>>>,
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

    /// The window kept for `key`, if it may be used.
    pub fn window(&self, key: &str) -> Option<Rc<Window>> {
        let kept = self.window.borrow();
        kept.as_ref().filter(|(k, _)| self.keep.get() && k == key).map(|(_, w)| Rc::clone(w))
    }

    /// Keeps the window `w` under `key`, if pages may be kept now.
    pub fn put_window(&self, key: String, w: &Rc<Window>) {
        if self.keep.get() {
            *self.window.borrow_mut() = Some((key, Rc::clone(w)));
        }
    }

    /// From now on the page kept holds (`true`), or the state is changing (`false`):
    /// what was kept is dropped.
    pub fn hold(&self, keep: bool) {
        if !keep {
            self.page.take();
            self.window.take();
        }
        self.keep.set(keep);
    }

    /// What is kept now, to tell whether it outlived an update (the fuzz target checks a
    /// page or window kept through one against a new one): the page's number and the
    /// window's address.
    pub fn kept(&self) -> (Option<u64>, Option<usize>) {
        let page = self.page.borrow().as_ref().map(|p| p.id);
        let window = self.window.borrow().as_ref().map(|(_, w)| Rc::as_ptr(w) as usize);
        (page, window)
    }

    /// Drops the page kept (the state changed outside an update).
    pub fn forget(&self) {
        self.page.take();
        self.window.take();
    }
}

/// The number of the next page laid out.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// A new page number.
pub fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

impl Page {
    /// Entry `s`'s selected form drawn `width` columns wide (the first time it is asked
    /// for).
    pub fn drawn_selected(&self, s: usize, width: u16) -> Option<&Buffer> {
        let lines = self.selected.get(s)?;
        let h = u16::try_from(lines.len()).ok()?;
        let b = self.drawn_selected.get(s)?.get_or_init(|| draw_lines(lines, width, h));
        (b.area.width == width).then_some(b)
    }

    /// The screen but the body, drawn by `draw` the first time it is asked for; None if
    /// it was drawn for another size.
    pub fn chrome(&self, area: Rect, draw: impl FnOnce(&mut Buffer)) -> Option<&Buffer> {
        let b = self.chrome.get_or_init(|| {
            let mut b = Buffer::empty(area);
            draw(&mut b);
            b
        });
        (b.area == area).then_some(b)
    }

    /// Body line `i` drawn `width` columns wide, one row high (the first time it is
    /// asked for); None if it was drawn at another width, or if the whole body would be
    /// more than a million cells (a page that long is drawn as it is shown, not kept).
    pub fn drawn_line(&self, i: usize, width: u16) -> Option<&Buffer> {
        if self.lines.len().saturating_mul(usize::from(width)) > 1 << 20 {
            return None;
        }
        let line = self.lines.get(i)?;
        let b = self.drawn.get(i)?.get_or_init(|| draw_lines(std::slice::from_ref(line), width, 1));
        (b.area.width == width).then_some(b)
    }

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

    /// The entry whose look body line `i` takes when entry `sel` is selected: its own
    /// selected form, or its note; None where the line looks the same whatever is
    /// selected.
    pub fn shows(&self, i: usize, sel: Option<usize>) -> Option<usize> {
        let s = sel?;
        let own = self.targets.get(s).is_some_and(|t| t.contains(&i));
        (own || self.detail.as_ref().is_some_and(|d| d.at.contains(&i))).then_some(s)
    }
}
