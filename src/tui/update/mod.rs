//! The update: one [`Action`] at a time, on the app; returns what the outside world must
//! do ([`Effect`]). Pure: only the app changes. The keys of a window go to that window
//! (its own module says what they mean to it); what they ask of the app is done here.
//! The keys of a screen are in [`walk`]; keeping the selection and the scroll inside what
//! there is, in [`scroll`].

mod scroll;
mod teach;
mod walk;

use super::action::{Action, Context};
use super::app::{App, Effect, Writes};
use super::state::Screen;
use super::windows::confirm::{Back, Confirm, Teaching};
use super::windows::map::{self, Map};
use super::windows::save::{self, Save};
use super::windows::{self, Overlay, slip};

impl App<'_> {
    /// A paste (one event: the terminal's bracketed paste). In the file name field it is
    /// typed ([`Save::paste`]). Anywhere else it is ignored: a paste is no key, so it
    /// neither answers, nor quits, nor brings a hidden screen back.
    pub fn paste(&mut self, text: &str) -> Effect {
        if self.context() != Context::Text {
            return Effect::None;
        }
        let typed = match &mut self.overlay {
            Some(Overlay::Save(s)) => s.paste(text),
            _ => false,
        };
        if !typed {
            return Effect::None;
        }
        // As an update does: the page is laid out anew, then the selection kept inside.
        self.page.hold(false);
        self.page.hold(true);
        self.clamp();
        Effect::Redraw
    }

    /// Applies one action and says what the terminal loop must do next.
    pub fn update(&mut self, a: Action) -> Effect {
        let same_size = matches!(a, Action::Resize(w, h) if (w, h) == (self.width, self.height));
        // The page laid out last (and the window) holds through an update until it
        // first changes the screen beneath, and is laid out anew from there, also within
        // the update; moving the selection and scrolling change nothing it shows
        // ([`App::moved`]). So a key that moves, scrolls, opens or moves in a window, or
        // means nothing here, lays out nothing ([`Writes`]). (A scenario playing: the
        // arrows move the play, a change; the tui fuzz target found a kept page a step
        // behind when they were taken for moves of the selection, and a save dialog kept
        // with the error a move had cleared.)
        self.writes(Writes::Watch);
        let effect = self.apply(a);
        self.writes(Writes::Drop);
        // Then the selection and the scroll are kept inside what there is, against the
        // page the state now lays out, which is kept for the view. The one clamp of an
        // update: a layout in the middle of one would be laid out again.
        self.page.hold(true);
        match effect {
            Some(quit @ Effect::Quit(_)) => quit,
            effect => {
                self.clamp();
                effect.unwrap_or(if same_size { Effect::None } else { Effect::Redraw })
            }
        }
    }

    /// What the loop must do beyond drawing, if anything.
    fn apply(&mut self, a: Action) -> Option<Effect> {
        match a {
            Action::Resize(w, h) => {
                self.width = w;
                self.height = h;
                return None;
            }
            Action::ForceQuit => return Some(Effect::Quit(None)),
            Action::Suspend => return Some(Effect::Suspend),
            _ => {}
        }
        // (Each written only when it changes: a write drops the page kept.)
        if a.is_key() || matches!(a, Action::Click(..)) {
            if self.notice.is_some() {
                self.notice = None;
            }
            if self.message.is_some() {
                self.message = None;
            }
            if a != Action::Select && self.empty_enter {
                self.empty_enter = false;
            }
        }
        if self.hidden {
            // Any key brings the session back as it was; the mouse does not.
            if a.is_key() {
                self.hidden = false;
            }
            return None;
        }
        let typing = matches!(self.overlay, Some(Overlay::Save(_)));
        match a {
            Action::Hide => {
                self.hidden = true;
                // The whole terminal cleared, not only the cells the terminal is known
                // to show: nothing a stray character left behind may stay in sight.
                return Some(Effect::Clear);
            }
            Action::Redraw => return Some(Effect::Clear),
            Action::Lang if !typing => {
                // Same place, same scroll (as far as the other language's text is long).
                self.lang = self.texts.next_lang(self.lang);
                return None;
            }
            Action::SideBySide if !typing => {
                self.side_by_side = !self.side_by_side;
                return None;
            }
            Action::Discreet if self.overlay.is_none() => {
                self.discreet = !self.discreet;
                let on = self.discreet;
                if let Screen::Walk(w) = &mut self.screen {
                    w.session.set_discreet(on);
                }
                self.notice = Some(if on { "tui-notice-discreet-on" } else { "tui-notice-discreet-off" });
                return None;
            }
            _ => {}
        }
        if typing {
            return self.on_save(a);
        }
        if self.too_small() {
            return None;
        }
        match self.overlay.take() {
            None => self.on_screen(a),
            Some(Overlay::Confirm(c)) => self.on_confirm(c, a),
            Some(Overlay::Map(m)) => self.on_map(m, a),
            Some(Overlay::Verdict(v)) => self.on_verdict(v, a),
            Some(Overlay::Debrief) => self.on_debrief(a),
            Some(o) => self.on_window(o, a),
        }
    }

    /// Opens window `o`, scrolled to its top.
    fn open(&mut self, o: Overlay) {
        self.overlay = Some(o);
        self.overlay_scroll = 0;
    }

    /// The principles window; in discreet mode (it names the topic in full) after a
    /// question.
    fn open_principles(&mut self) {
        if self.discreet {
            self.open(Overlay::Confirm(Confirm::Teaching(Teaching::Principles)));
        } else {
            self.open(Overlay::Principles);
        }
    }

    /// The flow map, with the current step picked and in sight.
    fn open_map(&mut self) {
        let m = Map::new(self.base());
        self.open(Overlay::Map(m));
        let mut scroll = self.overlay_scroll;
        m.visible(self.base(), &mut scroll);
        self.overlay_scroll = scroll;
    }

    fn ask_quit(&mut self) -> Option<Effect> {
        if self.under_way() {
            self.open(Overlay::Confirm(Confirm::Quit));
            None
        } else {
            Some(Effect::Quit(None))
        }
    }

    fn ask_restart(&mut self) {
        match &self.screen {
            Screen::Start(_) => self.overlay = None,
            Screen::Walk(_) if self.under_way() => self.open(Overlay::Confirm(Confirm::Restart)),
            // Nothing answered: nothing to lose, so no question.
            Screen::Walk(_) => {
                self.overlay = None;
                self.go_to_start();
            }
        }
    }

    /// A key in a yes/no question (taken out of the app): yes does what the question is
    /// about, no closes it.
    fn on_confirm(&mut self, c: Confirm, a: Action) -> Option<Effect> {
        let Some(yes) = c.answer(a) else {
            self.overlay = Some(Overlay::Confirm(c));
            return None;
        };
        match (c, yes) {
            (Confirm::Quit, true) => return Some(Effect::Quit(None)),
            (Confirm::Restart, true) => self.go_to_start(),
            (Confirm::Teaching(Teaching::Flow(id)), true) => self.start_flow(&id),
            (Confirm::Teaching(Teaching::Principles), true) => self.open(Overlay::Principles),
            (Confirm::Print, true) => return Some(Effect::Quit(self.summary_text())),
            (Confirm::Replace(save), true) => return Some(Effect::Save { save, replace: true }),
            // Not replacing: back to the file name, to type another.
            (Confirm::Replace(save), false) => self.overlay = Some(Overlay::Save(save)),
            (Confirm::Back(Back::Leave { flow, node }), true) => self.open_direct(flow, node),
            (Confirm::Back(Back::Steps(n)), true) => self.go_back(n),
            (Confirm::Quit | Confirm::Restart | Confirm::Teaching(_) | Confirm::Print | Confirm::Back(_), false) => {}
        }
        None
    }

    /// A key while the save dialog is open (it stays in the app while it types).
    fn on_save(&mut self, a: Action) -> Option<Effect> {
        let discreet = self.discreet;
        let Some(Overlay::Save(s)) = &mut self.overlay else { return None };
        match s.key(a, discreet) {
            save::Key::Edited | save::Key::Other => {}
            save::Key::Close => self.overlay = None,
            save::Key::NoName => self.notice = Some("tui-notice-file-name"),
            save::Key::Save => {
                let Some(Overlay::Save(save)) = self.overlay.take() else { return None };
                // A save is asked of the loop only with something to write: it says
                // "saved" of what it wrote.
                if save.text(self.base()).is_none() {
                    self.notice = Some("tui-notice-save-nothing");
                    return None;
                }
                return Some(Effect::Save { save, replace: false });
            }
        }
        None
    }

    /// A key in the flow map (taken out of the app).
    fn on_map(&mut self, mut m: Map, a: Action) -> Option<Effect> {
        let page = windows::height(self.base(), &Overlay::Map(m)).saturating_sub(1).max(1);
        let mut scroll = self.overlay_scroll;
        let key = m.key(self.base(), a, &mut scroll, page);
        self.overlay_scroll = scroll;
        if key != map::Key::Close {
            self.overlay = Some(Overlay::Map(m));
        }
        match key {
            map::Key::Open(flow, node) => {
                // In a scenario, a step of the map is off the script: the play is kept
                // aside (what if), and `o` goes back to it.
                if self.player.is_some() {
                    self.leave_script();
                }
                self.jump(flow, node)
            }
            map::Key::Other if a == Action::Quit => return self.ask_quit(),
            map::Key::Moved | map::Key::Close | map::Key::Other => {}
        }
        None
    }

    /// A key in a window to read (taken out of the app): scroll, close, another window,
    /// or what the slip window does.
    fn on_window(&mut self, o: Overlay, a: Action) -> Option<Effect> {
        match (&o, a) {
            (Overlay::Slip, Action::Save) => {
                let save = Save::new(self.base(), save::What::Slip(self.slip_lang));
                self.open(Overlay::Save(save));
                return None;
            }
            (Overlay::Slip, Action::Toggle) => {
                self.slip_lang = slip::next_lang(self.slip_lang);
                self.overlay = Some(o);
                return None;
            }
            (Overlay::Slip, Action::Print) => return Some(Effect::Quit(self.slip_text())),
            (Overlay::Slip, Action::Slip) | (Overlay::Trainer, Action::Trainer) => return None,
            _ => {}
        }
        let page = windows::height(self.base(), &o).saturating_sub(1).max(1);
        if windows::scroll(&mut self.overlay_scroll, a, page) {
            self.overlay = Some(o);
            return None;
        }
        let want = match a {
            Action::Back | Action::Close | Action::Select => return None,
            Action::Help => Overlay::Help,
            Action::Principles => Overlay::Principles,
            Action::Contacts => Overlay::Contacts,
            Action::Why => Overlay::Why,
            Action::Source => Overlay::Source,
            _ => {
                self.overlay = Some(o);
                return match a {
                    Action::Quit => self.ask_quit(),
                    Action::Restart => {
                        self.ask_restart();
                        None
                    }
                    _ => None,
                };
            }
        };
        // The key of the window open closes it; another's opens that one.
        if want == o {
            return None;
        }
        if want == Overlay::Principles {
            self.open_principles();
        } else {
            self.open(want);
        }
        None
    }

    /// What came of a save the terminal loop did: a message, or the question whether to
    /// replace the file, or the dialog again with what went wrong.
    pub fn saved(&mut self, save: Save, result: Result<(), crate::export::ExportError>) {
        self.page.forget();
        match result {
            Ok(()) => {
                let id = match save.what {
                    _ if save.slip() => "export-done-slip",
                    save::What::Debrief { .. } => "export-done-debrief",
                    save::What::Scenario => "export-done-scenario",
                    _ => "export-done",
                };
                self.message = Some(self.texts.fmt(self.lang, id, &[("path", &save.input)]));
            }
            Err(crate::export::ExportError::Exists(_)) => self.open(Overlay::Confirm(Confirm::Replace(save))),
            // The dialog stays open with the name, to mend it; the error is said there, in
            // the chosen language.
            Err(e) => {
                self.open(Overlay::Save(save));
                self.message = Some(self.texts.msg(self.lang, &e.msg()));
            }
        }
    }
}
