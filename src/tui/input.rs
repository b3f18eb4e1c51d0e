//! Terminal events -> [`Action`]s. Only key presses count: crossterm reports releases (and
//! repeats) on some platforms, and those are dropped here. Letters are read without regard
//! to case, so Caps Lock changes nothing. Which key means what is in [`super::keymap`].

pub use super::action::{Action, Context};
use super::keymap::{self, Key};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind};

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
