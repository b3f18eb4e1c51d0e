//! The keys of teaching mode and of what if: the class's answer judged instead of given
//! (the verdict window), the expected answer shown on request, going on along the
//! script, the debrief at the end; and leaving the script for a free walk, then coming
//! back to it where it was left.

use crate::engine::Answer;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect};
use crate::tui::state::{Aside, Place, Screen};
use crate::tui::teach::Verdict;
use crate::tui::windows::save::{Save, What};
use crate::tui::windows::{self, Overlay};

impl App<'_> {
    /// Keys of a scenario played in teaching mode, before the screen's: Back goes to the
    /// step before along the script, `r` to its start, `a` shows the expected answer,
    /// Enter on the summary opens the debrief. True when the key was taken here; the
    /// rest (digits, ticks, Enter on a decision) go to the screen, whose answer is then
    /// judged ([`Self::teach_answer`]).
    pub(super) fn on_teach(&mut self, a: Action) -> bool {
        let Some(p) = &self.player else { return false };
        let at = p.at;
        match a {
            Action::Back => self.show_play(at.saturating_sub(1)),
            Action::Restart => self.show_play(0),
            Action::Reveal if p.is_decision(at) => self.reveal(at, None),
            Action::Reveal => self.notice = Some("tui-notice-reveal-here"),
            Action::Select if self.place() == Place::Summary => self.open(Overlay::Debrief),
            _ => return false,
        }
        true
    }

    /// The answer the screen would give, in teaching mode: at a decision it is judged
    /// (the verdict window opens; the first answer there is kept for the debrief); on a
    /// text, the script goes on. False when no scenario is taught (the walk answers).
    pub(super) fn teach_answer(&mut self, a: Answer) -> bool {
        let Some(p) = &mut self.player else { return false };
        if p.teach.is_none() {
            return false;
        }
        let at = p.at;
        if p.is_decision(at) {
            p.record(at, &a);
            self.open(Overlay::Verdict(Verdict { at, answer: Some(a) }));
        } else {
            self.go_on();
        }
        true
    }

    /// The script's next step (after a decision: the expected answer's).
    fn go_on(&mut self) {
        let Some(p) = &self.player else { return };
        if p.at + 1 < p.sessions.len() {
            self.show_play(p.at + 1);
        } else {
            self.notice = Some("tui-notice-scenario-end");
        }
    }

    /// Shows the expected answer at decision `at` (in the verdict window, beside the
    /// class's `answer` if there is one).
    fn reveal(&mut self, at: usize, answer: Option<Answer>) {
        if let Some(t) = self.player.as_mut().and_then(|p| p.teach.as_mut()) {
            t.revealed.insert(at);
        }
        self.open(Overlay::Verdict(Verdict { at, answer }));
    }

    /// A key in the verdict window (taken out of the app): Enter goes on when the
    /// answer was the expected one or the expected one is shown, else back to the
    /// question to try another; a digit tries another at once; `a` shows the expected
    /// answer; `o` leaves the script from this decision.
    pub(super) fn on_verdict(&mut self, v: Verdict, a: Action) -> Option<Effect> {
        let o = Overlay::Verdict(v.clone());
        let page = windows::height(self.base(), &o).saturating_sub(1).max(1);
        if windows::scroll(&mut self.overlay_scroll, a, page) {
            self.overlay = Some(o);
            return None;
        }
        let (right, revealed) = match &self.player {
            Some(p) => (
                v.answer.as_ref().is_some_and(|x| p.judge(v.at, x) || p.goes_on_anyway(v.at)),
                p.teach.as_ref().is_some_and(|t| t.revealed.contains(&v.at)),
            ),
            None => (false, false),
        };
        match a {
            Action::Select if right || revealed => self.go_on(),
            Action::Select | Action::Close | Action::Back => {}
            Action::Reveal => self.reveal(v.at, v.answer),
            Action::Pick(_) => return self.on_screen(a),
            Action::WhatIf => self.leave_script(),
            Action::Quit => {
                self.overlay = Some(o);
                return self.ask_quit();
            }
            Action::Help => self.open(Overlay::Help),
            _ => self.overlay = Some(o),
        }
        None
    }

    /// A key in the debrief window: `e` saves it (a file name first, as the summary's
    /// save), the rest scrolls or closes.
    pub(super) fn on_debrief(&mut self, a: Action) -> Option<Effect> {
        let o = Overlay::Debrief;
        let page = windows::height(self.base(), &o).saturating_sub(1).max(1);
        if windows::scroll(&mut self.overlay_scroll, a, page) {
            self.overlay = Some(o);
            return None;
        }
        match a {
            Action::Save => {
                let save = Save::new(self.base(), What::Debrief { full: false });
                self.open(Overlay::Save(save));
            }
            Action::Select | Action::Close | Action::Back => {}
            Action::Quit => {
                self.overlay = Some(o);
                return self.ask_quit();
            }
            _ => self.overlay = Some(o),
        }
        None
    }

    /// `o`: off the script from here (the play kept aside), or back to it where it was
    /// left.
    pub(super) fn what_if(&mut self) {
        if self.aside.is_some() {
            self.back_to_script();
        } else if self.player.is_some() {
            self.leave_script();
        } else {
            self.notice = Some("tui-notice-whatif-none");
        }
    }

    /// Leaves the script: the walk goes on freely from the step shown (any answer, back,
    /// the map); the play and its screen wait aside.
    pub(super) fn leave_script(&mut self) {
        let Screen::Walk(w) = &self.screen else { return };
        let mut walk = (**w).clone();
        let Some(player) = self.player.take() else { return };
        self.aside = Some(Box::new(Aside { player, walk: walk.clone() }));
        // The free walk starts from the same state, with nothing ticked or picked for it.
        walk.saved.clear();
        walk.ui = super::walk::fresh_ui(&walk.session);
        self.screen = Screen::Walk(Box::new(walk));
        self.overlay = None;
        self.notice = Some("tui-notice-whatif-on");
    }

    /// Back to the script exactly where it was left.
    fn back_to_script(&mut self) {
        let Some(aside) = self.aside.take() else { return };
        let Aside { player, walk } = *aside;
        self.player = Some(player);
        self.screen = Screen::Walk(Box::new(walk));
        self.overlay = None;
        self.notice = Some("tui-notice-whatif-off");
    }
}
