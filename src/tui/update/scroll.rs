//! Moving the selection and scrolling on a screen, and keeping both inside what there is
//! (against the page the state lays out, [`crate::tui::pages::cached`]).

use crate::tui::app::App;
use crate::tui::pages;
use crate::tui::state::{Place, Screen, start_flows};
use crate::tui::windows;

impl App<'_> {
    /// Entries that a number key picks (choices, items, actions, menu entries).
    pub(super) fn numbered(&self) -> usize {
        match &self.screen {
            Screen::Start(_) => start_flows(self.model).len(),
            Screen::Walk(w) => {
                let step = w.session.step();
                match self.place() {
                    Place::Question => step.choices.len(),
                    Place::Checklist => step.items.len(),
                    // The summary's entries are its actions: counted on its page (kept,
                    // or laid out for the view anyway), not by writing them all out again.
                    Place::Summary => {
                        let n = pages::cached(self.base()).targets.len();
                        debug_assert_eq!(n, crate::view::summary_view(&w.session, self.texts, self.lang).actions.len());
                        n
                    }
                    Place::Start | Place::Continue => 0,
                }
            }
        }
    }

    /// Entries that can be selected: the numbered ones, and the button to go on
    /// (checklist, info).
    pub(super) fn entries(&self) -> usize {
        match self.place() {
            Place::Checklist => self.numbered() + 1,
            Place::Continue => 1,
            Place::Start | Place::Question | Place::Summary => self.numbered(),
        }
    }

    pub(super) fn body_page(&self) -> usize {
        pages::cached(self.base()).body_h.saturating_sub(1).max(1)
    }

    /// The page goes on below what the screen shows.
    pub(super) fn more_below(&self) -> bool {
        let p = pages::cached(self.base());
        self.ui().scroll + p.body_h < p.lines.len()
    }

    pub(super) fn scroll_by(&mut self, d: isize) {
        let ui = self.moved();
        ui.scroll = ui.scroll.saturating_add_signed(d);
    }

    /// Up and down move the selection; past the first or last entry (or with one entry
    /// or none) they scroll the text instead.
    pub(super) fn move_sel(&mut self, d: isize) {
        let n = self.entries();
        let Some(sel) = self.ui().sel else {
            // Nothing selected yet: the first arrow selects the first entry (down) or the
            // last (up) once it can be seen; until then it scrolls the text.
            let p = pages::cached(self.base());
            let want = if d > 0 { 0 } else { n.saturating_sub(1) };
            let ui = self.ui();
            let shown = p.targets.get(want).is_some_and(|r| r.start >= ui.scroll && r.end <= ui.scroll + p.body_h);
            if n > 0 && shown {
                self.moved().sel = Some(want);
            } else {
                self.scroll_by(d);
            }
            return;
        };
        let visible = self.sel_visible();
        if n <= 1 || (d < 0 && sel == 0 && visible) || (d > 0 && sel + 1 >= n && visible) {
            self.scroll_by(d);
            return;
        }
        if visible {
            self.moved().sel = Some(sel.saturating_add_signed(d).min(n - 1));
        }
        self.ensure_visible();
    }

    fn sel_visible(&self) -> bool {
        let p = pages::cached(self.base());
        let ui = self.ui();
        ui.sel.and_then(|s| p.targets.get(s)).is_none_or(|r| r.start >= ui.scroll && r.end <= ui.scroll + p.body_h)
    }

    /// Scrolls so that the selected entry can be seen (the top of the page if it fits),
    /// and its note under the menu too where both fit.
    pub(super) fn ensure_visible(&mut self) {
        if self.overlay.is_some() {
            return;
        }
        let p = pages::cached(self.base());
        let h = p.body_h.max(1);
        let ui = self.moved();
        let with_note = |r: &std::ops::Range<usize>| match &p.detail {
            Some(d) if d.at.end.saturating_sub(r.start) <= h => r.start..d.at.end.max(r.end),
            _ => r.clone(),
        };
        if let Some(r) = ui.sel.and_then(|s| p.targets.get(s)).map(with_note) {
            let shown = r.start >= ui.scroll && r.end <= ui.scroll + h;
            if !shown {
                ui.scroll = if r.end <= h {
                    0
                } else if r.start < ui.scroll {
                    r.start
                } else {
                    r.end.saturating_sub(h).min(r.start)
                };
            }
        }
    }

    /// Keeps the selection and the scroll positions inside what there is.
    pub(super) fn clamp(&mut self) {
        let n = self.entries();
        let p = pages::cached(self.base());
        let max = p.lines.len().saturating_sub(p.body_h);
        let ui = self.moved();
        if let Some(s) = ui.sel
            && s >= n
        {
            ui.sel = n.checked_sub(1);
        }
        ui.scroll = ui.scroll.min(max);
        if let Some(o) = &self.overlay {
            let max = windows::line_count(self.base(), o).saturating_sub(windows::height(self.base(), o));
            self.overlay_scroll = self.overlay_scroll.min(max);
        }
    }
}
