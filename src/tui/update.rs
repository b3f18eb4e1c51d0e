//! The update: one [`Action`] at a time, on the app state; returns what the outside world
//! must do ([`Effect`]). Pure: only the state changes. Scrolling and clicks use the page
//! the layout computes for the current state and size.

use super::input::Action;
use super::layout;
use super::state::*;
use crate::engine::{Answer, Session, StepKind};
use std::collections::BTreeSet;

/// Most characters the file name field holds (a path on Linux is at most 4096 bytes): a
/// paste or a held key stops there.
pub const MAX_INPUT_CHARS: usize = 1024;

impl App<'_> {
    /// A paste (one event: the terminal's bracketed paste). In the file name field it is
    /// typed, as far as [`MAX_INPUT_CHARS`] allows, without its line breaks and other
    /// control or invisible characters (a newline in a paste must not save at once).
    /// Anywhere else it is ignored: a paste is no key, so it neither answers, nor quits,
    /// nor brings a hidden screen back.
    pub fn paste(&mut self, text: &str) -> Effect {
        if self.context() != super::action::Context::Text {
            return Effect::None;
        }
        let room = MAX_INPUT_CHARS.saturating_sub(self.input.chars().count());
        let keep = |c: &char| !c.is_control() && !crate::safe::is_unsafe(*c) && !crate::safe::is_line_break(*c);
        let typed: String = text.chars().filter(keep).take(room).collect();
        if typed.is_empty() {
            return Effect::None;
        }
        // As an update does: the page is laid out anew, then the selection kept inside.
        self.keep_page.set(false);
        self.page.take();
        self.input.push_str(&typed);
        self.keep_page.set(true);
        self.clamp();
        Effect::Redraw
    }

    /// Applies one action. Pure: only `self` changes.
    /// Applies one action and says what the terminal loop must do next.
    pub fn update(&mut self, a: Action) -> Effect {
        let same_size = matches!(a, Action::Resize(w, h) if (w, h) == (self.width, self.height));
        // The page laid out last holds through an update that only moves or scrolls (and
        // the view is drawn from it); any other lays out anew, also within the update.
        // (A first digit waiting on a long checklist: the next key ticks, whatever it is.)
        if !a.moves_only() || self.pending_digit.is_some() {
            self.keep_page.set(false);
            self.page.take();
        }
        self.apply(a);
        // Then the selection and the scroll are kept inside what there is, against the
        // page the state now lays out, which is kept for the view (clamping changes only
        // the selection and the scroll, which the page does not depend on). The one
        // clamp of an update: a layout in the middle of one would be laid out again.
        self.keep_page.set(true);
        if !self.done {
            self.clamp();
        }
        if self.done {
            Effect::Quit
        } else if let Some(e) = self.effect.take() {
            e
        } else if same_size {
            Effect::None
        } else {
            Effect::Redraw
        }
    }

    fn apply(&mut self, a: Action) {
        match a {
            Action::Resize(w, h) => {
                self.width = w;
                self.height = h;
                return;
            }
            Action::ForceQuit => {
                self.done = true;
                return;
            }
            Action::Suspend => {
                self.effect = Some(Effect::Suspend);
                return;
            }
            _ => {}
        }
        if a.is_key() || matches!(a, Action::Click(..)) {
            self.notice = None;
            self.message = None;
            if a != Action::Select {
                self.empty_enter = false;
            }
        }
        if self.hidden {
            // Any key brings the session back as it was; the mouse does not.
            if a.is_key() {
                self.hidden = false;
            }
            return;
        }
        match a {
            Action::Hide => {
                self.hidden = true;
                // The whole terminal cleared, not only the rows the screen knows it
                // drew: nothing a stray character left behind may stay in sight.
                self.clear = true;
                return;
            }
            Action::Redraw => {
                self.clear = true;
                return;
            }
            Action::Lang if self.overlay != Some(Overlay::SavePath) => {
                self.switch_lang();
                return;
            }
            Action::SideBySide if self.overlay != Some(Overlay::SavePath) => {
                self.side_by_side = !self.side_by_side;
                return;
            }
            Action::Discreet if self.overlay.is_none() => {
                self.discreet = !self.discreet;
                let on = self.discreet;
                if let Screen::Walk(w) = &mut self.screen {
                    w.session.set_discreet(on);
                }
                self.notice = Some(if on { "tui-notice-discreet-on" } else { "tui-notice-discreet-off" });
                return;
            }
            _ => {}
        }
        if self.overlay == Some(Overlay::SavePath) {
            self.on_text(a);
            return;
        }
        if self.too_small() {
            return;
        }
        match self.overlay {
            Some(o) if o.is_confirm() => self.on_confirm(o, a),
            Some(o) => self.on_overlay(o, a),
            None => self.on_screen(a),
        }
    }

    fn switch_lang(&mut self) {
        self.lang = self.texts.next_lang(self.lang);
        // Same place, same scroll (as far as the other language's text is long).
    }

    fn on_confirm(&mut self, o: Overlay, a: Action) {
        let yes = match a {
            Action::Select | Action::Yes => true,
            Action::Quit => o == Overlay::ConfirmQuit,
            Action::Restart => o == Overlay::ConfirmRestart,
            // The mouse neither confirms nor cancels.
            Action::Click(..) | Action::ScrollUp | Action::ScrollDown => return,
            _ => false,
        };
        self.overlay = None;
        match (o, yes) {
            (Overlay::ConfirmQuit, true) => self.done = true,
            (Overlay::ConfirmRestart, true) => self.go_to_start(),
            (Overlay::ConfirmTeaching, true) => match self.pending.take() {
                Some(Some(id)) => self.start_flow(&id),
                Some(None) => self.open(Overlay::Principles),
                None => {}
            },
            (Overlay::ConfirmTeaching, false) => self.pending = None,
            (Overlay::ConfirmPrint, true) => {
                self.print = self.summary_text();
                self.done = true;
            }
            (Overlay::ConfirmReplace, true) => {
                self.effect = Some(Effect::Save { path: self.input.clone(), replace: true });
            }
            (Overlay::ConfirmBack, true) => match self.jump_to.take() {
                Some((f, n)) => self.open_direct(f, n),
                None => self.go_back(self.back_steps),
            },
            (Overlay::ConfirmBack, false) => self.jump_to = None,
            // Not replacing: back to the file name, to type another.
            (Overlay::ConfirmReplace, false) => self.overlay = Some(Overlay::SavePath),
            _ => {}
        }
    }

    /// Keys while the file name field is open: type, erase, save, or close.
    fn on_text(&mut self, a: Action) {
        match a {
            Action::Char(c) if !c.is_control() && self.input.chars().count() < MAX_INPUT_CHARS => self.input.push(c),
            Action::Back => {
                self.input.pop();
            }
            Action::Close => self.overlay = None,
            // Discreet mode: which text the file gets, the discreet one or the full one.
            Action::Up | Action::Down if self.discreet && !self.saving_slip => self.save_full = !self.save_full,
            Action::Select if !self.input.trim().is_empty() => {
                self.overlay = None;
                self.effect = Some(Effect::Save { path: self.input.trim().to_string(), replace: false });
            }
            Action::Select => self.notice = Some("tui-notice-file-name"),
            _ => {}
        }
    }
    /// The principles window; in discreet mode (it names the topic in full) after a
    /// question.
    fn open_principles(&mut self) {
        if self.discreet {
            self.pending = Some(None);
            self.open(Overlay::ConfirmTeaching);
        } else {
            self.open(Overlay::Principles);
        }
    }

    /// Opens flow `id` from the start screen.
    fn start_flow(&mut self, id: &str) {
        if let Ok(mut session) = Session::start(self.model, id) {
            session.set_discreet(self.discreet);
            let ui = fresh_ui(&session);
            self.screen = Screen::Walk(Box::new(Walk { session, ui, saved: Vec::new(), direct: None }));
        }
    }

    /// Opens step `node` of flow `flow` directly (the map, for teaching), with the facts
    /// its condition needs set; the walk says which.
    pub(crate) fn open_direct(&mut self, flow: usize, node: usize) {
        if let Some((mut session, facts)) = Session::start_at(self.model, flow, node) {
            session.set_discreet(self.discreet);
            let ui = fresh_ui(&session);
            self.screen = Screen::Walk(Box::new(Walk { session, ui, saved: Vec::new(), direct: Some(facts) }));
            self.overlay = None;
        }
    }

    /// Plays scenario `s`: its replay, a session a step, shown from the start. A
    /// scenario that does not replay is played as far as it goes.
    pub fn play(&mut self, s: crate::scenario::Scenario) {
        let r = crate::scenario::replay(self.model, &s);
        let Some(start) = r.start.clone() else { return };
        let mut sessions = vec![start];
        let mut answers = Vec::new();
        for p in &r.steps {
            sessions.push(p.session.clone());
            answers.push(p.answer.clone());
        }
        let session = sessions[0].clone();
        let ui = fresh_ui(&session);
        self.screen = Screen::Walk(Box::new(Walk { session, ui, saved: Vec::new(), direct: None }));
        self.player = Some(Player { scenario: s, sessions, answers, at: 0 });
    }

    /// Keys while a scenario plays: Enter (or Space, or the arrow down) shows the next
    /// step, Back the one before; r goes to its start. True when the key was the
    /// player's.
    fn on_player(&mut self, a: Action) -> bool {
        let Some(p) = &mut self.player else { return false };
        let to = match a {
            Action::Select | Action::Toggle | Action::Down | Action::PageDown => {
                if p.at + 1 < p.sessions.len() {
                    p.at + 1
                } else {
                    self.notice = Some("tui-notice-scenario-end");
                    return true;
                }
            }
            Action::Back | Action::Up | Action::PageUp => p.at.saturating_sub(1),
            Action::Restart | Action::Home => 0,
            Action::Pick(_) | Action::Map | Action::Click(..) => {
                self.notice = Some("tui-notice-scenario-keys");
                return true;
            }
            _ => return false,
        };
        p.at = to;
        let session = p.sessions[to].clone();
        if let Screen::Walk(w) = &mut self.screen {
            w.ui = fresh_ui(&session);
            w.session = session;
        }
        true
    }

    /// The flow map, with the current step picked.
    fn open_map(&mut self) {
        let rows = layout::map_rows(self);
        let here = self.session().map(|s| {
            let st = s.step();
            (
                s.model().flow_index(&st.flow.id).unwrap_or(0),
                st.flow.nodes.iter().position(|n| n.id == st.node.id).unwrap_or(0),
            )
        });
        self.map_sel = here.and_then(|h| rows.iter().position(|r| *r == h)).unwrap_or(0);
        self.open(Overlay::Map);
        self.map_visible();
    }

    /// Scrolls the map so that the step picked shows.
    fn map_visible(&mut self) {
        let targets = layout::overlay_targets(self);
        let h = layout::overlay_height(self).max(1);
        if let Some(r) = targets.get(self.map_sel) {
            if r.start < self.overlay_scroll {
                self.overlay_scroll = r.start;
            } else if r.end > self.overlay_scroll + h {
                self.overlay_scroll = r.end.saturating_sub(h);
            }
        }
    }

    /// Enter on a step of the map: on the path taken, back to it (saying first what
    /// that takes away); elsewhere, open it directly (saying first that this leaves the
    /// case, when one is under way).
    fn jump(&mut self, flow: usize, node: usize) {
        let (here, steps, under_way) = match &self.screen {
            Screen::Walk(w) => {
                let s = &w.session;
                let st = s.step();
                let here = s.model().flow_index(&st.flow.id) == Some(flow)
                    && st.flow.nodes.get(node).is_some_and(|n| n.id == st.node.id);
                (here, s.steps_back_to(flow, node), s.under_way())
            }
            Screen::Start(_) => (false, None, false),
        };
        if here {
            self.overlay = None;
            return;
        }
        match steps {
            Some(k) => {
                self.back_steps = k;
                self.jump_to = None;
                if self.discarded(k).is_empty() {
                    self.overlay = None;
                    self.go_back(k);
                } else {
                    self.open(Overlay::ConfirmBack);
                }
            }
            None if under_way => {
                self.jump_to = Some((flow, node));
                self.open(Overlay::ConfirmBack);
            }
            None => self.open_direct(flow, node),
        }
    }

    /// What going back `n` steps takes away, or (with `jump_to`) leaving the case: one
    /// line each, in the current language.
    pub fn discarded(&self, n: usize) -> Vec<String> {
        let Screen::Walk(w) = &self.screen else { return Vec::new() };
        let s = &w.session;
        let d = s.discards(n);
        let mut out = Vec::new();
        for p in d.answers.iter().filter(|p| p.answer != Answer::Continue) {
            let (_, node) = s.node_at(p.flow, p.node);
            let answer = crate::view::answer_text(self.texts, self.lang, self.discreet, node, &p.answer);
            let title = self.c(&node.title);
            out.push(self.texts.fmt(self.lang, "tui-back-answer", &[("answer", &answer), ("title", &title)]));
        }
        for id in &d.duties {
            let duty = s.model().set.duties.get(id).map_or(id.clone(), |x| self.c(&x.title));
            out.push(self.texts.fmt(self.lang, "tui-back-duty", &[("duty", &duty)]));
        }
        for (f, n) in &d.outcomes {
            let (_, node) = s.node_at(*f, *n);
            out.push(self.texts.fmt(self.lang, "tui-back-outcome", &[("outcome", &self.c(&node.title))]));
        }
        out
    }

    /// Back `n` steps, each step's screen state restored.
    fn go_back(&mut self, n: usize) {
        for _ in 0..n {
            let Screen::Walk(w) = &mut self.screen else { return };
            if !w.session.back() {
                return;
            }
            w.ui = w.saved.pop().unwrap_or_else(|| fresh_ui(&w.session));
        }
    }

    /// Back one step: asked first when it takes a duty or an outcome away; else done at
    /// once, and said.
    fn ask_back(&mut self) {
        let (can, takes_more) = match &self.screen {
            Screen::Walk(w) => {
                let d = w.session.discards(1);
                (w.session.can_go_back(), !d.duties.is_empty() || !d.outcomes.is_empty())
            }
            Screen::Start(_) => return,
        };
        if can && takes_more {
            self.back_steps = 1;
            self.jump_to = None;
            self.open(Overlay::ConfirmBack);
            return;
        }
        let undone = if can { self.undone() } else { None };
        self.back();
        self.message = undone;
    }

    /// "Undone: ..." for the last answer, if it was one.
    fn undone(&self) -> Option<String> {
        let Screen::Walk(w) = &self.screen else { return None };
        let s = &w.session;
        let p = s.discards(1).answers.into_iter().rfind(|p| p.answer != Answer::Continue)?;
        let (_, node) = s.node_at(p.flow, p.node);
        let answer = crate::view::answer_text(self.texts, self.lang, self.discreet, node, &p.answer);
        Some(self.texts.fmt(self.lang, "tui-undone", &[("answer", &answer), ("title", &self.c(&node.title))]))
    }

    fn open(&mut self, o: Overlay) {
        self.overlay = Some(o);
        self.overlay_scroll = 0;
    }

    fn on_overlay(&mut self, o: Overlay, a: Action) {
        let page = layout::overlay_height(self).saturating_sub(1).max(1);
        if o == Overlay::Map {
            self.on_map(a, page);
            return;
        }
        match (o, a) {
            (Overlay::Slip, Action::Save) => {
                self.saving_slip = true;
                self.input =
                    self.t(if self.slip_lang.is_some() { "tui-save-slip-html-name" } else { "tui-save-slip-name" });
                self.open(Overlay::SavePath);
                return;
            }
            // The person's language: the next one, and after the last none (the slip in
            // the screen's language).
            (Overlay::Slip, Action::Toggle) => {
                let n = crate::export::slip::languages().len();
                self.slip_lang = match self.slip_lang {
                    None if n > 0 => Some(0),
                    Some(i) if i + 1 < n => Some(i + 1),
                    _ => None,
                };
                return;
            }
            (Overlay::Slip, Action::Print) => {
                self.print = self.slip_text();
                self.done = true;
                return;
            }
            (Overlay::Slip, Action::Slip) | (Overlay::Trainer, Action::Trainer) => {
                self.overlay = None;
                return;
            }
            _ => {}
        }
        match a {
            Action::Up => self.overlay_scroll = self.overlay_scroll.saturating_sub(1),
            Action::Down => self.overlay_scroll = self.overlay_scroll.saturating_add(1),
            Action::ScrollUp => self.overlay_scroll = self.overlay_scroll.saturating_sub(WHEEL),
            Action::ScrollDown => self.overlay_scroll = self.overlay_scroll.saturating_add(WHEEL),
            Action::PageUp => self.overlay_scroll = self.overlay_scroll.saturating_sub(page),
            Action::PageDown => self.overlay_scroll = self.overlay_scroll.saturating_add(page),
            Action::Home => self.overlay_scroll = 0,
            Action::End => self.overlay_scroll = usize::MAX,
            Action::Back | Action::Close | Action::Select => self.overlay = None,
            Action::Help | Action::Principles | Action::Source | Action::Contacts | Action::Why => {
                let want = match a {
                    Action::Help => Overlay::Help,
                    Action::Principles => Overlay::Principles,
                    Action::Contacts => Overlay::Contacts,
                    Action::Why => Overlay::Why,
                    _ => Overlay::Source,
                };
                if want == o {
                    self.overlay = None;
                } else if want == Overlay::Principles {
                    self.open_principles();
                } else {
                    self.open(want);
                }
            }
            Action::Quit => self.ask_quit(),
            Action::Restart => self.ask_restart(),
            _ => {}
        }
    }

    /// Keys in the flow map: move the pick, open the step picked, close.
    fn on_map(&mut self, a: Action, page: usize) {
        let n = layout::map_rows(self).len();
        let last = n.saturating_sub(1);
        match a {
            Action::Up => self.map_sel = self.map_sel.saturating_sub(1),
            Action::Down => self.map_sel = (self.map_sel + 1).min(last),
            Action::PageUp => self.map_sel = self.map_sel.saturating_sub(page),
            Action::PageDown => self.map_sel = (self.map_sel + page).min(last),
            Action::Home => self.map_sel = 0,
            Action::End => self.map_sel = last,
            Action::ScrollUp => self.overlay_scroll = self.overlay_scroll.saturating_sub(WHEEL),
            Action::ScrollDown => self.overlay_scroll = self.overlay_scroll.saturating_add(WHEEL),
            Action::Select => {
                if let Some((f, node)) = layout::map_rows(self).get(self.map_sel).copied() {
                    self.jump(f, node);
                }
                return;
            }
            Action::Back | Action::Close | Action::Map => self.overlay = None,
            Action::Quit => self.ask_quit(),
            _ => {}
        }
        self.map_visible();
    }

    fn ask_quit(&mut self) {
        if self.under_way() {
            self.open(Overlay::ConfirmQuit);
        } else {
            self.done = true;
        }
    }

    fn ask_restart(&mut self) {
        match &self.screen {
            Screen::Start(_) => self.overlay = None,
            Screen::Walk(_) if self.under_way() => self.open(Overlay::ConfirmRestart),
            // Nothing answered: nothing to lose, so no question.
            Screen::Walk(_) => {
                self.overlay = None;
                self.go_to_start();
            }
        }
    }

    /// Back to the start screen, with the flow that was walked selected.
    fn go_to_start(&mut self) {
        let sel = match &self.screen {
            Screen::Walk(w) => {
                let id = &w.session.root().id;
                start_flows(self.model).iter().position(|f| &f.id == id).unwrap_or(0)
            }
            Screen::Start(ui) => ui.sel.unwrap_or(0),
        };
        self.screen = Screen::Start(Ui { sel: Some(sel), ..Ui::default() });
        self.ensure_visible();
    }

    fn on_screen(&mut self, a: Action) {
        if self.on_player(a) {
            return;
        }
        // A first digit typed on a long checklist: a second completes the number; any
        // other key ticks the item of the one digit (Space and Enter do only that).
        if let Some(d) = self.pending_digit.take() {
            match a {
                Action::Pick(n) if self.place() == Place::Checklist => {
                    self.tick_number(d * 10 + n);
                    return;
                }
                Action::Toggle | Action::Select => {
                    self.tick_number(d);
                    return;
                }
                _ => self.tick_number(d),
            }
        }
        match a {
            Action::Help => self.open(Overlay::Help),
            Action::Principles => self.open_principles(),
            Action::Source => self.open(Overlay::Source),
            Action::Contacts => self.open(Overlay::Contacts),
            Action::Why => match self.session() {
                Some(s) if s.step().node.why.is_some() && !s.is_finished() => self.open(Overlay::Why),
                _ => self.notice = Some("tui-notice-no-why"),
            },
            Action::Save if self.place() == Place::Summary => {
                // A new name each time (after "do not replace" the name stays, to edit):
                // a suggestion with nothing in it that identifies anyone.
                self.input = self.t("tui-save-name");
                self.saving_slip = false;
                self.save_full = false;
                self.open(Overlay::SavePath);
            }
            Action::Slip if self.place() == Place::Summary => self.open(Overlay::Slip),
            Action::Map => self.open_map(),
            Action::Trainer if self.session().is_some() => self.open(Overlay::Trainer),
            // In discreet mode it asks first: the text stays in the terminal's scrollback.
            Action::Print if self.place() == Place::Summary && self.discreet => self.open(Overlay::ConfirmPrint),
            Action::Print if self.place() == Place::Summary => {
                self.print = self.summary_text();
                self.done = true;
            }
            Action::Quit => self.ask_quit(),
            Action::Restart => self.ask_restart(),
            Action::Back => self.ask_back(),
            Action::Up => self.move_sel(-1),
            Action::Down => self.move_sel(1),
            Action::PageUp => self.scroll_by(-(self.body_page() as isize)),
            Action::PageDown => self.scroll_by(self.body_page() as isize),
            Action::ScrollUp => self.scroll_by(-(WHEEL as isize)),
            Action::ScrollDown => self.scroll_by(WHEEL as isize),
            Action::Home => self.ui_mut().scroll = 0,
            Action::End => self.ui_mut().scroll = usize::MAX,
            Action::Pick(n) => self.pick(n),
            // Esc closes windows; on a step there is none: say what Esc does and which
            // keys go back or hide.
            Action::Close => self.notice = Some("tui-notice-esc"),
            Action::Select => match (self.place(), self.ui().sel) {
                // Nothing picked yet on a question: Enter answers nothing and says how
                // to answer.
                (Place::Question, None) => self.notice = Some("tui-notice-pick"),
                // Enter goes on from a checklist with the items as ticked; with none
                // ticked, it says so first and the next Enter goes on.
                (Place::Checklist, _) => self.enter_checklist(),
                // On the summary there is nothing to go on to.
                (Place::Summary, _) => {}
                (_, Some(sel)) => self.activate(sel, false),
                (_, None) => {}
            },
            Action::Toggle => match (self.place(), self.ui().sel) {
                (Place::Checklist | Place::Summary, Some(sel)) => self.activate(sel, false),
                (Place::Checklist, None) => self.notice = Some("tui-notice-tick"),
                (Place::Question, None) => self.notice = Some("tui-notice-pick"),
                _ => {}
            },
            Action::Click(x, y) => {
                if let Some(i) = layout::entry_at(self, x, y) {
                    let was = self.ui().sel;
                    self.ui_mut().sel = Some(i);
                    match self.place() {
                        // A click picks a choice (or the button under a checklist); a
                        // second click on it answers, as Enter would. A stray tap on a
                        // touchpad answers nothing.
                        Place::Question => {
                            if was == Some(i) {
                                self.activate(i, false);
                            }
                        }
                        Place::Checklist if i >= self.numbered() => {
                            if was == Some(i) {
                                self.activate(i, false);
                            }
                        }
                        _ => self.activate(i, false),
                    }
                }
            }
            _ => {}
        }
    }

    /// Does what entry `i` is for: open a flow, answer a choice, tick an item or action,
    /// go on. `by_number`: a number key, which in a checklist ticks (never goes on).
    fn activate(&mut self, i: usize, by_number: bool) {
        match self.place() {
            Place::Start => {
                let Some(f) = start_flows(self.model).get(i).copied() else { return };
                if self.discreet && f.teaching {
                    // A teaching flow names the topic in full: say so first.
                    self.pending = Some(Some(f.id.clone()));
                    self.open(Overlay::ConfirmTeaching);
                } else {
                    self.start_flow(&f.id.clone());
                }
            }
            Place::Question => {
                let key = match &self.screen {
                    Screen::Walk(w) => w.session.step().choices.get(i).map(|c| c.key.to_string()),
                    Screen::Start(_) => None,
                };
                if let Some(k) = key {
                    self.answer(Answer::Choose(k));
                }
            }
            Place::Checklist => {
                let key = match &self.screen {
                    Screen::Walk(w) => w.session.step().items.get(i).map(|c| c.key.to_string()),
                    Screen::Start(_) => None,
                };
                match key {
                    Some(k) => toggle(&mut self.ui_mut().ticks, k),
                    None if !by_number => self.submit_checklist(),
                    None => {}
                }
            }
            Place::Continue => {
                if i == 0 && !by_number {
                    self.answer(Answer::Continue);
                }
            }
            Place::Summary => {
                if i < self.numbered() {
                    toggle(&mut self.ui_mut().ticks, i.to_string());
                }
            }
        }
    }

    /// A number key: the choice or item with that number in its flow file (hidden ones
    /// keep theirs, so a digit never changes meaning), or the entry of that place on the
    /// start screen and the summary. A number that is not there says so.
    fn pick(&mut self, n: usize) {
        match self.place() {
            Place::Question => match self.index_of_number(n) {
                Some(i) => {
                    self.ui_mut().sel = Some(i);
                    self.activate(i, true);
                }
                None => self.notice = Some("tui-notice-no-number"),
            },
            Place::Checklist => {
                let most = self.numbers().into_iter().max().unwrap_or(0);
                if most >= 10 && n >= 1 && n * 10 <= most {
                    // Could be the first digit of 10 and more: wait for the next key.
                    self.pending_digit = Some(n);
                    self.message = Some(self.texts.fmt(self.lang, "tui-notice-digit", &[("n", &n.to_string())]));
                } else {
                    self.tick_number(n);
                }
            }
            Place::Start | Place::Summary if n >= 1 && n <= self.numbered() => {
                self.ui_mut().sel = Some(n - 1);
                self.activate(n - 1, true);
            }
            Place::Start | Place::Summary => self.notice = Some("tui-notice-no-number"),
            Place::Continue => {}
        }
    }

    /// Ticks or unticks the checklist item numbered `n`.
    fn tick_number(&mut self, n: usize) {
        match self.index_of_number(n) {
            Some(i) if self.place() == Place::Checklist => {
                self.ui_mut().sel = Some(i);
                self.activate(i, true);
            }
            _ => self.notice = Some("tui-notice-no-number"),
        }
    }

    /// The numbers of the choices or items shown, in their order.
    pub(crate) fn numbers(&self) -> Vec<usize> {
        let Screen::Walk(w) = &self.screen else { return Vec::new() };
        let step = w.session.step();
        match step.kind {
            StepKind::Question => step.choices.iter().map(|c| c.number).collect(),
            StepKind::Checklist => step.items.iter().map(|c| c.number).collect(),
            StepKind::Info | StepKind::Outcome => Vec::new(),
        }
    }

    fn index_of_number(&self, n: usize) -> Option<usize> {
        self.numbers().iter().position(|&x| x == n)
    }

    /// Enter on a checklist: goes on with the items ticked; with none ticked, the first
    /// Enter says so and the second goes on with none.
    fn enter_checklist(&mut self) {
        if self.ui().ticks.is_empty() && !self.empty_enter {
            self.empty_enter = true;
            self.notice = Some("tui-notice-none-ticked");
            return;
        }
        self.submit_checklist();
    }

    fn submit_checklist(&mut self) {
        let keys = match &self.screen {
            Screen::Walk(w) => w
                .session
                .step()
                .items
                .iter()
                .filter(|it| w.ui.ticks.contains(it.key.as_str()))
                .map(|it| it.key.to_string())
                .collect(),
            Screen::Start(_) => return,
        };
        self.answer(Answer::Tick(keys));
    }

    fn answer(&mut self, a: Answer) {
        self.empty_enter = false;
        self.pending_digit = None;
        if let Screen::Walk(w) = &mut self.screen {
            let before = w.ui.clone();
            if w.session.answer(a).is_ok() {
                w.saved.push(before);
                w.ui = fresh_ui(&w.session);
            }
        }
    }

    /// Undoes one answer; at the first step, back to the start screen (nothing is lost:
    /// nothing was answered).
    fn back(&mut self) {
        match &mut self.screen {
            Screen::Start(_) => {}
            Screen::Walk(w) => {
                if w.session.back() {
                    w.ui = w.saved.pop().unwrap_or_else(|| fresh_ui(&w.session));
                } else {
                    self.go_to_start();
                }
            }
        }
    }

    fn body_page(&self) -> usize {
        layout::cached(self).body_h.saturating_sub(1).max(1)
    }

    fn scroll_by(&mut self, d: isize) {
        let ui = self.ui_mut();
        ui.scroll = ui.scroll.saturating_add_signed(d);
    }

    /// Up and down move the selection; past the first or last entry (or with one entry
    /// or none) they scroll the text instead.
    fn move_sel(&mut self, d: isize) {
        let n = self.entries();
        let Some(sel) = self.ui().sel else {
            // Nothing selected yet: the first arrow selects the first entry (down) or the
            // last (up) once it can be seen; until then it scrolls the text.
            let p = layout::cached(self);
            let want = if d > 0 { 0 } else { n.saturating_sub(1) };
            let ui = self.ui();
            let shown = p.targets.get(want).is_some_and(|r| r.start >= ui.scroll && r.end <= ui.scroll + p.body_h);
            if n > 0 && shown {
                self.ui_mut().sel = Some(want);
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
            self.ui_mut().sel = Some(sel.saturating_add_signed(d).min(n - 1));
        }
        self.ensure_visible();
    }

    fn sel_visible(&self) -> bool {
        let p = layout::cached(self);
        let ui = self.ui();
        ui.sel.and_then(|s| p.targets.get(s)).is_none_or(|r| r.start >= ui.scroll && r.end <= ui.scroll + p.body_h)
    }

    /// Scrolls so that the selected entry can be seen (the top of the page if it fits),
    /// and its note under the menu too where both fit.
    fn ensure_visible(&mut self) {
        if self.overlay.is_some() {
            return;
        }
        let p = layout::cached(self);
        let h = p.body_h.max(1);
        let ui = self.ui_mut();
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
    fn clamp(&mut self) {
        let n = self.entries();
        let p = layout::cached(self);
        let max = p.lines.len().saturating_sub(p.body_h);
        let ui = self.ui_mut();
        if let Some(s) = ui.sel
            && s >= n
        {
            ui.sel = n.checked_sub(1);
        }
        ui.scroll = ui.scroll.min(max);
        if self.overlay.is_some() {
            let max = layout::overlay_lines(self).saturating_sub(layout::overlay_height(self));
            self.overlay_scroll = self.overlay_scroll.min(max);
        }
    }

    /// What came of a save the terminal loop did: a message, or the question whether to
    /// replace the file.
    pub fn saved(&mut self, result: Result<(), crate::export::ExportError>) {
        self.page.take();
        match result {
            Ok(()) => {
                let id = if self.saving_slip { "export-done-slip" } else { "export-done" };
                self.message = Some(self.texts.fmt(self.lang, id, &[("path", &self.input)]));
                self.save_full = false;
            }
            Err(crate::export::ExportError::Exists(_)) => self.open(Overlay::ConfirmReplace),
            // The dialog stays open with the name, to mend it; the error is said there, in
            // the chosen language.
            Err(e) => {
                self.open(Overlay::SavePath);
                self.message = Some(self.texts.msg(self.lang, &e.msg()));
            }
        }
    }
}

/// The screen state a step starts with: nothing selected where an Enter would answer
/// (a question, a checklist); the button selected on a text or an outcome (Enter goes
/// on, as expected); the first action on the summary (ticking it answers nothing).
fn fresh_ui(s: &Session) -> Ui {
    let step = s.step();
    let sel = if s.is_finished() {
        Some(0)
    } else {
        match step.kind() {
            StepKind::Question | StepKind::Checklist => None,
            StepKind::Info | StepKind::Outcome => Some(0),
        }
    };
    // What earlier answers already said is ticked.
    let ticks = if s.is_finished() { BTreeSet::new() } else { step.known.iter().map(|k| k.to_string()).collect() };
    Ui { sel, ticks, ..Ui::default() }
}

fn toggle(set: &mut BTreeSet<String>, k: String) {
    if !set.remove(&k) {
        set.insert(k);
    }
}
