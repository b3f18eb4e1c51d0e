//! The app: the screen under the windows ([`Base`]), and the window open over it, if any
//! ([`Overlay`], which carries that window's own state). What the update changes and the
//! view draws; what the update asks of the outside world is an [`Effect`].

use super::action::Context;
use super::state::Base;
use super::windows::Overlay;
use super::windows::save::Save;
use crate::flow::resolved::Model;
use crate::i18n::{Lang, Texts};
use std::ops::{Deref, DerefMut};

/// What an update asks of the terminal loop (the update itself touches no terminal and
/// no file). The one way the update speaks to the loop: the loop reads no flag of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing changed: no need to draw.
    None,
    /// Draw the new state.
    Redraw,
    /// Clear the whole terminal and draw the new state on it (Ctrl-L, quick-hide: nothing
    /// a stray character left behind may stay in sight).
    Clear,
    /// The user quit; with the text to print once the screen is restored (`u`).
    Quit(Option<String>),
    /// Write what `save` saves to its file (replace an existing one only when
    /// `replace`), then tell the app how it went ([`App::saved`]) and draw.
    Save { save: Save, replace: bool },
    /// Give the terminal back and stop the process (Ctrl-Z); on `fg`, take the terminal
    /// again and draw the whole screen.
    Suspend,
}

/// The app: the screen, and the window over it.
#[derive(Clone)]
pub struct App<'a> {
    /// Private, so that every change to it goes through [`DerefMut`], which drops the
    /// page kept ([`Writes`]).
    base: Base<'a>,
    /// The window open over the screen, with its own state.
    pub overlay: Option<Overlay>,
    /// The first line shown of the open window's text.
    pub overlay_scroll: usize,
    /// What a change to the screen beneath does to the page kept ([`Writes`]).
    writes: Writes,
}

/// What a change to the screen beneath (`base`, changed only through [`DerefMut`]) does to
/// the page kept and its window. Safe by default: anything that changes the app outside
/// an update drops them. The one change that keeps them is the selection's and the
/// scroll's, through [`App::moved`]: no page or window depends on them (the view draws
/// both).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Writes {
    /// Outside an update: drop them; the next use lays them out anew and keeps them.
    #[default]
    Drop,
    /// In an update: drop them, and keep nothing laid out for the rest of the update
    /// (the state is changing). Until the first change, what is kept is the state's: a
    /// key that moves or scrolls, opens, scrolls or moves in a window, or means nothing
    /// here, lays out nothing anew.
    Watch,
}

impl<'a> App<'a> {
    pub fn new(model: &'a Model, texts: &'a Texts, lang: Lang, color: bool, width: u16, height: u16) -> App<'a> {
        App {
            base: Base::new(model, texts, lang, color, width, height),
            overlay: None,
            overlay_scroll: 0,
            writes: Writes::Drop,
        }
    }

    /// The screen beneath, to read.
    pub fn base(&self) -> &Base<'a> {
        &self.base
    }

    /// What a change to the screen beneath does to the page kept from now on. Sound
    /// because a page is laid out from [`Base`] alone ([`super::pages::page`]) and a
    /// window from [`Base`] and its own state, its key ([`super::windows::cached`]), and
    /// `base` is changed only through [`DerefMut`].
    pub(super) fn writes(&mut self, w: Writes) {
        self.writes = w;
    }

    /// The selection and the scroll of the screen beneath, to change: the one change
    /// that keeps the page and the window laid out ([`Writes`]).
    pub(super) fn moved(&mut self) -> &mut super::state::Ui {
        self.base.ui_mut()
    }

    /// Which keys apply now (a yes/no question reads `j` as yes).
    pub fn context(&self) -> Context {
        match &self.overlay {
            _ if self.base.hidden => Context::Normal,
            Some(Overlay::Confirm(_)) => Context::Confirm,
            Some(Overlay::Save(_)) => Context::Text,
            _ => Context::Normal,
        }
    }
}

impl<'a> Deref for App<'a> {
    type Target = Base<'a>;
    fn deref(&self) -> &Base<'a> {
        &self.base
    }
}

impl DerefMut for App<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        match self.writes {
            Writes::Drop => self.base.page.forget(),
            Writes::Watch => self.base.page.hold(false),
        }
        &mut self.base
    }
}
