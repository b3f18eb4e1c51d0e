//! Terminal events -> [`Action`]s. Only key presses count: crossterm reports releases (and
//! repeats) on some platforms, and those are dropped here. Letters are read without regard
//! to case, so Caps Lock changes nothing. Which key means what is in [`super::keymap`].

use super::keymap::{self, Key};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind};

/// What the user asked for, independent of the key that asked (which key is which:
/// [`super::keymap::KEYMAP`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The selection up.
    Up,
    /// The selection down.
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    /// The choice (or checklist item, or action) with that number.
    Pick(usize),
    /// Answer with the selection, or go on.
    Select,
    /// Tick or untick.
    Toggle,
    /// One step back (undoes the last answer).
    Back,
    /// Closes a window, an overlay or a question; never undoes an answer.
    Close,
    /// Start again.
    Restart,
    /// Quit (asks first when a case is under way).
    Quit,
    /// Quit at once, whatever is on the screen.
    ForceQuit,
    /// The other language.
    Lang,
    /// The basic principles.
    Principles,
    /// The source of the step.
    Source,
    /// Every contact of the directory.
    Contacts,
    /// Every key.
    Help,
    /// The background of this step.
    Why,
    /// Discreet mode on or off.
    Discreet,
    /// On the summary: save it to a file.
    Save,
    /// On the summary: quit, and print it as plain text after the screen is restored.
    Print,
    /// A character typed into a text field (the file name of an export).
    Char(char),
    /// Quick-hide.
    Hide,
    /// Redraw the whole screen.
    Redraw,
    /// Yes, in a question that asks yes or no.
    Yes,
    /// No, in a question that asks yes or no.
    No,
    /// Any other key: it brings a hidden screen back, and it closes a question.
    OtherKey,
    /// A left click at a cell (column, row).
    Click(u16, u16),
    /// Mouse wheel.
    ScrollUp,
    ScrollDown,
    /// The terminal's new size (columns, rows).
    Resize(u16, u16),
}

impl Action {
    /// Came from the keyboard (not the mouse, not a resize).
    pub fn is_key(self) -> bool {
        !matches!(self, Action::Click(..) | Action::ScrollUp | Action::ScrollDown | Action::Resize(..))
    }
}

/// Which layer of the keymap holds: in a yes/no question `j` is "ja", elsewhere it moves
/// down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Normal,
    Confirm,
    /// A text field has the keyboard: characters are typed, not keys.
    Text,
}

/// The action for a key press: the keymap's ([`super::keymap::KEYMAP`]), except that in a
/// text field every character is typed, and Alt means nothing.
pub fn key(k: &KeyEvent, cx: Context) -> Action {
    let found = if k.modifiers.contains(KeyModifiers::CONTROL) {
        match k.code {
            KeyCode::Char(c) => keymap::lookup(Key::Ctrl(c.to_ascii_lowercase()), cx),
            _ => None,
        }
    } else if k.modifiers.contains(KeyModifiers::ALT) {
        None
    } else {
        match k.code {
            KeyCode::Char(c) if cx == Context::Text => return Action::Char(c),
            KeyCode::Char(c) => keymap::lookup(Key::Char(c.to_lowercase().next().unwrap_or(c)), cx),
            code => keymap::lookup(Key::Named(code), cx),
        }
    };
    found.unwrap_or(Action::OtherKey)
}

/// The action for a terminal event, if it is one that counts: key presses (not releases
/// or repeats), left clicks, the wheel, resizes.
pub fn event(ev: &Event, cx: Context) -> Option<Action> {
    if let Some(k) = ev.as_key_press_event() {
        return Some(key(&k, cx));
    }
    match ev {
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}
