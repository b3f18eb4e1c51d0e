//! The keys of a screen (no window open): the start screen, a step, the summary; and
//! what they do to the walk: open a flow, answer, tick, go back, start again, play a
//! scenario.

use crate::engine::{Answer, Session, StepKind};
use crate::tui::action::Action;
use crate::tui::app::{App, Effect};
use crate::tui::pages;
use crate::tui::state::{Place, Player, Screen, Ui, WHEEL, Walk, start_flows};
use crate::tui::windows::Overlay;
use crate::tui::windows::confirm::{self, Back, Confirm, Teaching};
use crate::tui::windows::save::{Save, What};
use std::collections::BTreeSet;

impl App<'_> {
    /// Opens flow `id` from the start screen.
    pub(super) fn start_flow(&mut self, id: &str) {
        if let Ok(mut session) = Session::start(self.model, id) {
            session.set_discreet(self.discreet);
            let ui = fresh_ui(&session);
            self.screen = Screen::Walk(Box::new(Walk { session, ui, saved: Vec::new(), direct: None }));
        }
    }

    /// Opens step `node` of flow `flow` directly (the map, for teaching), with the facts
    /// its condition needs set; the walk says which.
    pub(super) fn open_direct(&mut self, flow: usize, node: usize) {
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
        let mut given = Vec::new();
        for p in &r.steps {
            sessions.push(p.session.clone());
            answers.push(p.answer.clone());
            given.push(p.given);
        }
        let session = sessions[0].clone();
        let ui = fresh_ui(&session);
        self.screen = Screen::Walk(Box::new(Walk { session, ui, saved: Vec::new(), direct: None }));
        self.player = Some(Player { scenario: std::rc::Rc::new(s), sessions, answers, given, at: 0, teach: None });
        self.aside = None;
    }

    /// Plays scenario `s` in teaching mode: the class answers each decision first.
    pub fn play_teaching(&mut self, s: crate::scenario::Scenario) {
        self.play(s);
        if let Some(p) = &mut self.player {
            p.teach = Some(crate::tui::teach::Teach::default());
        }
    }

    /// Shows the play's step `to` (a fresh screen state).
    pub(super) fn show_play(&mut self, to: usize) {
        let discreet = self.discreet;
        let Some(p) = &mut self.player else { return };
        let Some(mut session) = p.sessions.get(to).cloned() else { return };
        session.set_discreet(discreet);
        p.at = to;
        if let Screen::Walk(w) = &mut self.screen {
            w.ui = fresh_ui(&session);
            w.session = session;
        }
    }

    /// Keys while a scenario plays: Enter (or Space, or the arrow down) shows the next
    /// step, Back the one before; r goes to its start. True when the key was the
    /// player's.
    fn on_player(&mut self, a: Action) -> bool {
        let Some(p) = &mut self.player else { return false };
        if p.teach.is_some() {
            return self.on_teach(a);
        }
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
            Action::Pick(_) | Action::Click(..) => {
                self.notice = Some("tui-notice-scenario-keys");
                return true;
            }
            Action::Reveal => {
                self.notice = Some("tui-notice-reveal-teach");
                return true;
            }
            _ => return false,
        };
        self.show_play(to);
        true
    }

    /// Enter on a step of the map: on the path taken, back to it (saying first what
    /// that takes away); elsewhere, open it directly (saying first that this leaves the
    /// case, when one is under way).
    pub(super) fn jump(&mut self, flow: usize, node: usize) {
        let (here, steps, under_way) = match &self.screen {
            Screen::Walk(w) => {
                let s = &w.session;
                let here = s.step().at == (flow, node);
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
                if confirm::discarded(self.base(), k).is_empty() {
                    self.overlay = None;
                    self.go_back(k);
                } else {
                    self.open(Overlay::Confirm(Confirm::Back(Back::Steps(k))));
                }
            }
            None if under_way => self.open(Overlay::Confirm(Confirm::Back(Back::Leave { flow, node }))),
            None => self.open_direct(flow, node),
        }
    }

    /// Back `n` steps, each step's screen state restored.
    pub(super) fn go_back(&mut self, n: usize) {
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
            self.open(Overlay::Confirm(Confirm::Back(Back::Steps(1))));
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

    /// Back to the start screen, with the flow that was walked selected.
    pub(super) fn go_to_start(&mut self) {
        let sel = match &self.screen {
            Screen::Walk(w) => {
                let root = w.session.root();
                start_flows(self.model).iter().position(|f| std::ptr::eq(*f, root)).unwrap_or(0)
            }
            Screen::Start(ui) => ui.sel.unwrap_or(0),
        };
        self.screen = Screen::Start(Ui { sel: Some(sel), ..Ui::default() });
        self.ensure_visible();
    }

    pub(super) fn on_screen(&mut self, a: Action) -> Option<Effect> {
        if self.on_player(a) {
            return None;
        }
        // A first digit typed on a long checklist: a second completes the number; any
        // other key ticks the item of the one digit (Space and Enter do only that).
        if let Some(d) = self.pending_digit.take() {
            match a {
                Action::Pick(n) if self.place() == Place::Checklist => {
                    self.tick_number(d * 10 + n);
                    return None;
                }
                Action::Toggle | Action::Select => {
                    self.tick_number(d);
                    return None;
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
                let save = Save::new(self.base(), What::Summary { full: false });
                self.open(Overlay::Save(save));
            }
            Action::Slip if self.place() == Place::Summary => self.open(Overlay::Slip),
            // A scenario names every step: not in discreet mode.
            Action::Record if self.place() == Place::Summary && self.discreet => {
                self.notice = Some("tui-notice-record-discreet")
            }
            // Only a walk that replays from the start is a scenario (one opened at a step
            // from the map is not): said now, not after a file name is typed (the tui fuzz
            // target found "saved" said of a file never written).
            Action::Record if self.place() == Place::Summary => {
                let recorded = self.session().map(|s| crate::scenario::record::record(s, self.texts, "case"));
                let direct = matches!(&self.screen, Screen::Walk(w) if w.direct.is_some());
                match recorded {
                    Some(Ok(_)) => {
                        let save = Save::new(self.base(), What::Scenario);
                        self.open(Overlay::Save(save));
                    }
                    Some(Err(_)) if direct => self.notice = Some("tui-notice-record-direct"),
                    Some(Err(m)) => self.message = Some(self.texts.msg(self.lang, &m)),
                    None => {}
                }
            }
            Action::Map => self.open_map(),
            Action::WhatIf => self.what_if(),
            Action::Reveal => self.notice = Some("tui-notice-reveal-teach"),
            Action::Trainer if self.session().is_some() => self.open(Overlay::Trainer),
            // In discreet mode it asks first: the text stays in the terminal's scrollback.
            Action::Print if self.place() == Place::Summary && self.discreet => {
                self.open(Overlay::Confirm(Confirm::Print))
            }
            Action::Print if self.place() == Place::Summary => return Some(Effect::Quit(self.summary_text())),
            Action::Quit => return self.ask_quit(),
            Action::Restart => self.ask_restart(),
            Action::Back => self.ask_back(),
            Action::Up => self.move_sel(-1),
            Action::Down => self.move_sel(1),
            Action::PageUp => self.scroll_by(-(self.body_page() as isize)),
            Action::PageDown => self.scroll_by(self.body_page() as isize),
            Action::ScrollUp => self.scroll_by(-(WHEEL as isize)),
            Action::ScrollDown => self.scroll_by(WHEEL as isize),
            Action::Home => self.moved().scroll = 0,
            Action::End => self.moved().scroll = usize::MAX,
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
                // A text to read with more below: Enter shows the next page first, so
                // that nothing is passed unseen; at the end it goes on.
                (Place::Continue, _) if self.more_below() => {
                    self.scroll_by(self.body_page() as isize);
                    self.notice = Some("tui-notice-more-below");
                }
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
                if let Some(i) = pages::entry_at(self.base(), x, y) {
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
        None
    }

    /// Does what entry `i` is for: open a flow, answer a choice, tick an item or action,
    /// go on. `by_number`: a number key, which in a checklist ticks (never goes on).
    fn activate(&mut self, i: usize, by_number: bool) {
        match self.place() {
            Place::Start => {
                let Some(f) = start_flows(self.model).get(i).copied() else { return };
                if self.discreet && f.teaching {
                    // A teaching flow names the topic in full: say so first.
                    self.open(Overlay::Confirm(Confirm::Teaching(Teaching::Flow(f.id.clone()))));
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
        // Teaching mode: the class's answer is judged, not given.
        if self.teach_answer(a.clone()) {
            return;
        }
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
}

/// The screen state a step starts with: nothing selected where an Enter would answer
/// (a question, a checklist); the button selected on a text or an outcome (Enter goes
/// on, as expected); the first action on the summary (ticking it answers nothing).
pub(super) fn fresh_ui(s: &Session) -> Ui {
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
