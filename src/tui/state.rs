//! The state of the screen under the windows ([`Base`]): what the update
//! ([`super::update`]) changes and the pages and windows are built from (no terminal, no
//! clock, no files). The session itself is the engine's; this adds what only a screen
//! has: the selection, ticks not yet submitted, scroll positions, the quick-hide flag and
//! the settings of the session. The window open over it is [`super::app::App`]'s.

use super::page::Cache;
use crate::engine::Answer;
use crate::engine::{Session, StepKind};
use crate::flow::resolved::{Flow, Model};
use crate::i18n::{Lang, Texts};
use std::collections::{BTreeMap, BTreeSet};

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

/// The app without its window: the screen, the settings of the session, and what only
/// a screen knows. Every page and every window is built from it.
#[derive(Clone)]
pub struct Base<'a> {
    pub model: &'a Model,
    pub texts: &'a Texts,
    pub lang: Lang,
    /// False with NO_COLOR or --no-color: modifiers only, never a colour.
    pub color: bool,
    pub width: u16,
    pub height: u16,
    pub screen: Screen<'a>,
    /// The quick-hide screen is up; the next key takes it down.
    pub hidden: bool,
    /// Discreet mode: texts with a discreet form use it.
    pub discreet: bool,
    /// A short hint (a Fluent id) shown in place of the key hints until the next key:
    /// what to do when Enter had nothing to act on.
    pub notice: Option<&'static str>,
    /// A message with its words filled in (what came of a save), shown like `notice`.
    pub message: Option<String>,
    /// The path of a local contact directory that was left out because it does not load
    /// or check: the start screen says so.
    pub local_ignored: Option<String>,
    /// The local contact file, loaded with its invisible characters shown as U+FFFD.
    pub local_cleaned: Option<String>,
    /// A refused content pack: why (said on the start screen).
    pub pack_refused: Option<String>,
    /// Two languages side by side: this one and the next.
    pub side_by_side: bool,
    /// The slip in the person's language: an index into [`crate::export::slip::languages`]
    /// (None: the slip in the screen's language, as text). Chosen in the slip window, it
    /// holds for the session.
    pub slip_lang: Option<usize>,
    /// On a checklist of 10 items or more: the first digit of an item's number, typed;
    /// the next digit completes it (`1` `2`: item 12), any other key ticks this one.
    pub pending_digit: Option<usize>,
    /// Enter was pressed on a checklist with nothing ticked, and said so: the next Enter
    /// goes on with none.
    pub(crate) empty_enter: bool,
    /// A scenario being played (trainers): its text beside the flow, a step a key.
    pub player: Option<Player<'a>>,
    /// What if: the scenario left for a free walk from one of its steps; the play and
    /// its screen are kept here, as they were, until the trainer goes back to them.
    pub aside: Option<Box<Aside<'a>>>,
    /// The page last laid out ([`super::pages::cached`]).
    pub(crate) page: Cache,
}

/// A scenario played step by step: the sessions after each answer (the start first).
#[derive(Clone)]
pub struct Player<'a> {
    /// Shared, not copied: a player is copied with the app (what if keeps one aside).
    pub scenario: std::rc::Rc<crate::scenario::Scenario>,
    pub sessions: Vec<crate::engine::Session<'a>>,
    /// The answer that led to each session after the first.
    pub answers: Vec<crate::engine::Answer>,
    /// The scenario's answer each was (an index into its answers), None for a text gone
    /// past.
    pub given: Vec<Option<usize>>,
    /// Which session is shown.
    pub at: usize,
    /// Teaching mode: the class answers each decision first (None: the scenario shows
    /// its own answers).
    pub teach: Option<Teach>,
}

/// What teaching mode keeps of the class's answers (memory only).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Teach {
    /// Per decision (its index among the play's steps): the class's first answer.
    pub first: BTreeMap<usize, First>,
    /// Decisions whose expected answer has been shown.
    pub revealed: BTreeSet<usize>,
}

/// The class's first answer to a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct First {
    pub answer: Answer,
    /// It was the answer the guidance expects.
    pub expected: bool,
}

/// A scenario left for a free walk (what if): the play, and the screen it showed.
#[derive(Clone)]
pub struct Aside<'a> {
    pub player: Player<'a>,
    pub walk: Walk<'a>,
}

/// The flows of the start screen: the whole case first, then the menu in its order.
pub fn start_flows(model: &Model) -> Vec<&Flow> {
    let mut v: Vec<&Flow> = model.case_flow().into_iter().collect();
    for f in model.menu() {
        if !v.iter().any(|g| std::ptr::eq(*g, f)) {
            v.push(f);
        }
    }
    v
}

impl<'a> Base<'a> {
    pub fn new(model: &'a Model, texts: &'a Texts, lang: Lang, color: bool, width: u16, height: u16) -> Base<'a> {
        Base {
            model,
            texts,
            lang,
            color,
            width,
            height,
            screen: Screen::Start(Ui { sel: Some(0), ..Ui::default() }),
            hidden: false,
            discreet: false,
            notice: None,
            message: None,
            local_ignored: None,
            local_cleaned: None,
            pack_refused: None,
            side_by_side: false,
            slip_lang: None,
            pending_digit: None,
            empty_enter: false,
            player: None,
            aside: None,
            page: Cache::default(),
        }
    }

    /// What the layout keeps now ([`Cache::kept`]).
    pub fn kept(&self) -> (Option<u64>, Option<usize>) {
        self.page.kept()
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

    /// Where the walk is (flow and node numbers), if walking.
    pub fn here(&self) -> Option<(usize, usize)> {
        Some(self.session()?.step().at)
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
                Some(crate::export::slip::html(w.session.model(), l))
            }
            _ => None,
        }
    }

    /// The summary as plain text (what `u` prints): discreet in discreet mode.
    pub fn summary_text(&self) -> Option<String> {
        self.summary_text_as(self.discreet)
    }

    pub fn summary_text_as(&self, discreet: bool) -> Option<String> {
        match &self.screen {
            Screen::Walk(w) if w.session.is_finished() => {
                Some(crate::export::summary::summary_text_as(&w.session, self.texts, self.lang, discreet))
            }
            _ => None,
        }
    }
}
