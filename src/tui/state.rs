//! The TUI's state: what the update ([`super::update`]) changes and the view draws (no
//! terminal, no clock, no files). The session itself is the
//! engine's; this adds what only a screen has: the selection, ticks not yet submitted,
//! scroll positions, the open overlay, and the quick-hide flag.

use super::input::Context;
use super::page::Page;
use crate::engine::{Session, StepKind};
use crate::flow::resolved::{Flow, Model};
use crate::i18n::{Lang, Texts};
use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;

/// Below this many columns or rows the screen says how big it must be.
pub const MIN_W: u16 = 50;
pub const MIN_H: u16 = 15;
/// Lines the mouse wheel scrolls.
pub const WHEEL: usize = 3;

/// What only the screen knows about one step: restored exactly by Back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ui {
    /// The selected entry (choice, item, button, action, menu entry). `None` until the
    /// user picks one: a question or a checklist starts with nothing selected, so that
    /// Enter cannot answer by accident.
    pub sel: Option<usize>,
    /// The first body line shown.
    pub scroll: usize,
    /// Ticked checklist items (by key) or, on the summary, ticked actions (by number).
    pub ticks: BTreeSet<String>,
}

#[derive(Clone)]
pub struct Walk<'a> {
    pub session: Session<'a>,
    pub ui: Ui,
    /// The screen state of each step answered, so that Back restores it.
    pub saved: Vec<Ui>,
    /// Opened directly at a step from the map (for teaching): the facts that were set.
    pub direct: Option<Vec<String>>,
}

#[derive(Clone)]
pub enum Screen<'a> {
    /// The start screen: which flow to walk.
    Start(Ui),
    Walk(Box<Walk<'a>>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Principles,
    Source,
    /// Every contact of the directory.
    Contacts,
    /// The background of this step (`why`).
    Why,
    /// The file name to save the summary to: a text field.
    SavePath,
    ConfirmQuit,
    ConfirmRestart,
    /// Discreet mode is on and a teaching flow (which names the topic) is about to open.
    ConfirmTeaching,
    /// The file to save to exists: replace it?
    ConfirmReplace,
    /// Discreet mode, `u` on the summary: print the discreet text, which stays in the
    /// terminal's scrollback?
    ConfirmPrint,
    /// The flow map: every flow and step; Enter opens the one picked.
    Map,
    /// The trainer view of the current step.
    Trainer,
    /// The discreet slip for the person.
    Slip,
    /// Going back (or leaving the case for a step of the map) takes answers, duties or
    /// an outcome away: which, and yes or no.
    ConfirmBack,
}

impl Overlay {
    pub fn is_confirm(self) -> bool {
        matches!(
            self,
            Overlay::ConfirmQuit
                | Overlay::ConfirmRestart
                | Overlay::ConfirmTeaching
                | Overlay::ConfirmReplace
                | Overlay::ConfirmPrint
                | Overlay::ConfirmBack
        )
    }
}

/// What an update asks of the terminal loop (the update itself touches no terminal and
/// no file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing changed: no need to draw.
    None,
    /// Draw the new state.
    Redraw,
    /// The user quit.
    Quit,
    /// Write the summary to `path` (replace an existing file only when `replace`), then
    /// tell the app how it went ([`App::saved`]) and draw.
    Save { path: String, replace: bool },
    /// Give the terminal back and stop the process (Ctrl-Z); on `fg`, take the terminal
    /// again and draw the whole screen.
    Suspend,
}

/// What kind of screen is showing, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Start,
    Question,
    Checklist,
    /// Info, or an outcome inside a called flow: read, then go on.
    Continue,
    /// The end of the case: the summary.
    Summary,
}

#[derive(Clone)]
pub struct App<'a> {
    pub model: &'a Model,
    pub texts: &'a Texts,
    pub lang: Lang,
    /// False with NO_COLOR or --no-color: modifiers only, never a colour.
    pub color: bool,
    pub width: u16,
    pub height: u16,
    pub screen: Screen<'a>,
    pub overlay: Option<Overlay>,
    pub overlay_scroll: usize,
    /// The quick-hide screen is up; the next key takes it down.
    pub hidden: bool,
    /// Discreet mode: texts with a discreet form use it.
    pub discreet: bool,
    /// A short hint (a Fluent id) shown in place of the key hints until the next key:
    /// what to do when Enter had nothing to act on.
    pub notice: Option<&'static str>,
    /// A message with its words filled in (what came of a save), shown like `notice`.
    pub message: Option<String>,
    /// The file name being typed for a save.
    pub input: String,
    /// Work for the terminal loop; it takes it and reports back.
    pub(crate) effect: Option<Effect>,
    /// The summary to print after the screen is restored (`u`).
    pub print: Option<String>,
    /// What to open once the user has confirmed it (a teaching flow in discreet mode):
    /// a flow by id, or the principles window (`None` inside).
    pub(crate) pending: Option<Option<String>>,
    /// Quit.
    pub done: bool,
    /// A full redraw was asked for (Ctrl-L); the terminal loop clears it.
    pub clear: bool,
    /// The path of a local contact directory that was left out because it does not load
    /// or check: the start screen says so.
    pub local_ignored: Option<String>,
    /// The local contact file, loaded with its invisible characters shown as U+FFFD.
    pub local_cleaned: Option<String>,
    /// A refused content pack: why (said on the start screen).
    pub pack_refused: Option<String>,
    /// Two languages side by side: this one and the next.
    pub side_by_side: bool,
    /// The step picked in the flow map (an index into `layout::map_rows`).
    pub map_sel: usize,
    /// What the open back question is about: going back this many steps, or (when
    /// `jump_to` is set) leaving the case for that step of the map.
    pub(crate) back_steps: usize,
    pub(crate) jump_to: Option<(usize, usize)>,
    /// A save asked for from the slip saves the slip, not the summary.
    pub(crate) saving_slip: bool,
    /// The slip in the person's language: an index into [`crate::export::slip::languages`]
    /// (None: the slip in the screen's language, as text).
    pub(crate) slip_lang: Option<usize>,
    /// On a checklist of 10 items or more: the first digit of an item's number, typed;
    /// the next digit completes it (`1` `2`: item 12), any other key ticks this one.
    pub pending_digit: Option<usize>,
    /// Enter was pressed on a checklist with nothing ticked, and said so: the next Enter
    /// goes on with none.
    pub(crate) empty_enter: bool,
    /// In discreet mode, the save dialog writes the discreet text unless the worker
    /// chooses the full one there (↑↓ or Tab): this is that choice.
    pub save_full: bool,
    /// A scenario being played (trainers): its text beside the flow, a step a key.
    pub player: Option<Player<'a>>,
    /// The page last laid out ([`super::layout::cached`]), and whether it may be used:
    /// only between the start and the end of an update that moves the selection or
    /// scrolls, and from the end of any update to the start of the next (the view draws
    /// it). Anything else that changes the state lays out anew.
    pub(crate) page: RefCell<Option<Rc<Page>>>,
    pub(crate) keep_page: Cell<bool>,
}

/// A scenario played step by step: the sessions after each answer (the start first).
#[derive(Clone)]
pub struct Player<'a> {
    pub scenario: crate::scenario::Scenario,
    pub sessions: Vec<crate::engine::Session<'a>>,
    /// The answer that led to each session after the first.
    pub answers: Vec<crate::engine::Answer>,
    /// Which session is shown.
    pub at: usize,
}

/// The flows of the start screen: the whole case first, then the menu in its order.
pub fn start_flows(model: &Model) -> Vec<&Flow> {
    let mut v: Vec<&Flow> = model.case_flow().into_iter().collect();
    for f in model.menu() {
        if !v.iter().any(|g| g.id == f.id) {
            v.push(f);
        }
    }
    v
}

impl<'a> App<'a> {
    pub fn new(model: &'a Model, texts: &'a Texts, lang: Lang, color: bool, width: u16, height: u16) -> App<'a> {
        App {
            model,
            texts,
            lang,
            color,
            width,
            height,
            screen: Screen::Start(Ui { sel: Some(0), ..Ui::default() }),
            overlay: None,
            overlay_scroll: 0,
            hidden: false,
            discreet: false,
            notice: None,
            message: None,
            input: String::new(),
            effect: None,
            print: None,
            pending: None,
            done: false,
            clear: false,
            local_ignored: None,
            local_cleaned: None,
            pack_refused: None,
            side_by_side: false,
            map_sel: 0,
            back_steps: 0,
            jump_to: None,
            saving_slip: false,
            slip_lang: None,
            pending_digit: None,
            empty_enter: false,
            save_full: false,
            player: None,
            page: RefCell::new(None),
            keep_page: Cell::new(false),
        }
    }

    /// A content message (a flow's or a node's title, say) in the current language, in
    /// its discreet form when discreet mode is on and it has one.
    pub fn c(&self, id: &str) -> String {
        self.texts.pick(self.lang, id, self.discreet)
    }

    /// A message in the current language.
    pub fn t(&self, id: &str) -> String {
        self.texts.get(self.lang, id)
    }

    pub fn too_small(&self) -> bool {
        self.width < MIN_W || self.height < MIN_H
    }

    /// Which keys apply now (a yes/no question reads `j` as yes).
    pub fn context(&self) -> Context {
        match self.overlay {
            Some(o) if o.is_confirm() && !self.hidden => Context::Confirm,
            Some(Overlay::SavePath) if !self.hidden => Context::Text,
            _ => Context::Normal,
        }
    }

    pub fn session(&self) -> Option<&Session<'a>> {
        match &self.screen {
            Screen::Walk(w) => Some(&w.session),
            Screen::Start(_) => None,
        }
    }

    /// Something has been answered: quitting or restarting would lose it.
    pub fn under_way(&self) -> bool {
        self.session().is_some_and(Session::under_way)
    }

    pub fn ui(&self) -> &Ui {
        match &self.screen {
            Screen::Start(ui) => ui,
            Screen::Walk(w) => &w.ui,
        }
    }

    pub(crate) fn ui_mut(&mut self) -> &mut Ui {
        match &mut self.screen {
            Screen::Start(ui) => ui,
            Screen::Walk(w) => &mut w.ui,
        }
    }

    pub fn place(&self) -> Place {
        match &self.screen {
            Screen::Start(_) => Place::Start,
            Screen::Walk(w) => {
                if w.session.is_finished() {
                    return Place::Summary;
                }
                match w.session.step().kind() {
                    StepKind::Question => Place::Question,
                    StepKind::Checklist => Place::Checklist,
                    StepKind::Info | StepKind::Outcome => Place::Continue,
                }
            }
        }
    }

    /// Entries that a number key picks (choices, items, actions, menu entries).
    pub fn numbered(&self) -> usize {
        match &self.screen {
            Screen::Start(_) => start_flows(self.model).len(),
            Screen::Walk(w) => {
                let step = w.session.step();
                match self.place() {
                    Place::Question => step.choices.len(),
                    Place::Checklist => step.items.len(),
                    Place::Summary => crate::view::summary_view(&w.session, self.texts, self.lang).actions.len(),
                    Place::Start | Place::Continue => 0,
                }
            }
        }
    }

    /// Entries that can be selected: the numbered ones, and the button to go on
    /// (checklist, info).
    pub fn entries(&self) -> usize {
        match self.place() {
            Place::Checklist => self.numbered() + 1,
            Place::Continue => 1,
            Place::Start | Place::Question | Place::Summary => self.numbered(),
        }
    }

    /// The summary as plain text (for a save or a print), when the case is done.
    /// The step of the map the open back question would open (leaving the case).
    pub fn jump_to(&self) -> Option<(usize, usize)> {
        self.jump_to
    }

    /// How many steps the open back question goes back (leaving the case: all of them).
    pub fn back_steps(&self) -> usize {
        match (&self.screen, self.jump_to) {
            (Screen::Walk(w), Some(_)) => w.session.depth(),
            _ => self.back_steps,
        }
    }

    /// The slip for the person, in the current language (on the summary only).
    pub fn slip_text(&self) -> Option<String> {
        match &self.screen {
            Screen::Walk(w) if w.session.is_finished() => {
                Some(crate::export::summary::slip_text(&w.session, self.texts, self.lang))
            }
            _ => None,
        }
    }

    /// The language chosen for the slip in the person's language, if any.
    pub fn slip_lang(&self) -> Option<&'static crate::export::slip::SlipLang> {
        self.slip_lang.and_then(|i| crate::export::slip::languages().get(i))
    }

    /// The name (in the screen's language) of the slip's chosen language.
    pub fn slip_lang_name(&self) -> Option<String> {
        self.slip_lang().map(|l| self.t(&format!("slip-lang-{}", l.code)))
    }

    /// The slip as a page in the person's language (on the summary, with a language
    /// chosen).
    pub fn slip_html(&self) -> Option<String> {
        match (&self.screen, self.slip_lang()) {
            (Screen::Walk(w), Some(l)) if w.session.is_finished() => {
                Some(crate::export::slip::html(&w.session.model().set, l))
            }
            _ => None,
        }
    }

    /// What a save writes: the slip when it was asked for from the slip (as a page in
    /// the person's language when one is chosen), else the summary: in discreet mode the
    /// discreet text, unless the full one was chosen in the dialog.
    pub fn export_text(&self) -> Option<String> {
        match (self.saving_slip, self.slip_lang) {
            (true, Some(_)) => self.slip_html(),
            (true, None) => self.slip_text(),
            _ => self.summary_text_as(self.discreet && !self.save_full),
        }
    }

    /// The summary as plain text (what `u` prints): discreet in discreet mode.
    pub fn summary_text(&self) -> Option<String> {
        self.summary_text_as(self.discreet)
    }

    fn summary_text_as(&self, discreet: bool) -> Option<String> {
        match &self.screen {
            Screen::Walk(w) if w.session.is_finished() => {
                Some(crate::export::summary::summary_text_as(&w.session, self.texts, self.lang, discreet))
            }
            _ => None,
        }
    }
}
