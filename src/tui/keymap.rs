//! The one keymap: every key of the full-screen walk-through, once. From [`KEYMAP`] come
//! the key handling in [`super::input`], the hint bar and the `?` rows in [`super::view`],
//! and [`keys_markdown`], the table of `docs/keys.md`, which a test holds to the same text.
//!
//! A row is one line of the `?` list: the keys as shown, the key presses that map to an
//! action, the Fluent id of what it does, and the hint it shows in the bottom lines (if it
//! has one). Only typing into a text field (any character, see
//! [`super::input::Context::Text`]) and Alt (which means nothing) are outside the table.

use super::action::{Action, Context};
use crate::i18n::{Lang, Texts};
use ratatui::crossterm::event::KeyCode;

/// A key press, without the modifiers that change nothing (Shift, Caps Lock).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// A key with a name: arrows, Enter, Esc, Tab and the like.
    Named(KeyCode),
    /// A character, lower case.
    Char(char),
    /// A character with Ctrl held, lower case.
    Ctrl(char),
}

/// Where a binding holds. In a yes/no question ([`Context::Confirm`]) the `Confirm` layer is
/// asked first and wins over `All` (`j` is "ja" there, "down" elsewhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    All,
    Confirm,
}

/// One key press and the action it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bind {
    pub key: Key,
    pub layer: Layer,
    pub action: Action,
}

/// How a key is written on the screen: a sign or name that reads the same in every
/// language, or a Fluent id (Space, Mouse).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Sign(&'static str),
    Ftl(&'static str),
}

/// A row's hint in the bottom lines. A screen may give it another label or priority
/// (the digits "open" on the start screen, "answer" on a question).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HintSpec {
    /// The key as the hint shows it (shorter than the `?` row: `w`, not `w h`).
    pub key: Shown,
    /// Fluent id of the label.
    pub label: &'static str,
    /// When the line is too narrow, the highest number goes first.
    pub prio: u8,
    /// A key that works everywhere: shown on the second line.
    pub global: bool,
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The keys as the `?` list and `docs/keys.md` show them.
    pub shown: Shown,
    /// The key presses of the row.
    pub binds: &'static [Bind],
    /// Fluent id of the `?` text.
    pub help: &'static str,
    pub hint: Option<HintSpec>,
}

const fn key(key: Key, action: Action) -> Bind {
    Bind { key, layer: Layer::All, action }
}
const fn named(k: KeyCode, action: Action) -> Bind {
    key(Key::Named(k), action)
}
const fn ch(c: char, action: Action) -> Bind {
    key(Key::Char(c), action)
}
const fn ctrl(c: char, action: Action) -> Bind {
    key(Key::Ctrl(c), action)
}
const fn confirm(c: char, action: Action) -> Bind {
    Bind { key: Key::Char(c), layer: Layer::Confirm, action }
}
const fn hint(key: &'static str, label: &'static str, prio: u8) -> Option<HintSpec> {
    Some(HintSpec { key: Shown::Sign(key), label, prio, global: false })
}
const fn global(key: &'static str, label: &'static str, prio: u8) -> Option<HintSpec> {
    Some(HintSpec { key: Shown::Sign(key), label, prio, global: true })
}

use Action as A;
use Shown::{Ftl, Sign};

/// Every key, in the order of the `?` list and of `docs/keys.md`.
pub const KEYMAP: &[Row] = &[
    Row {
        shown: Sign("0-9"),
        binds: &[
            ch('0', A::Pick(0)),
            ch('1', A::Pick(1)),
            ch('2', A::Pick(2)),
            ch('3', A::Pick(3)),
            ch('4', A::Pick(4)),
            ch('5', A::Pick(5)),
            ch('6', A::Pick(6)),
            ch('7', A::Pick(7)),
            ch('8', A::Pick(8)),
            ch('9', A::Pick(9)),
        ],
        help: "tui-help-pick",
        hint: hint("0-9/Enter", "tui-key-answer", 0),
    },
    Row {
        // No vim keys: `j` is "ja" (yes) in a question, `h` is "hvorfor" (why) and `l`
        // the language, so `j` and `k` do not move either (keys mean one thing).
        shown: Sign("\u{2191}\u{2193} Tab Shift-Tab"),
        binds: &[
            named(KeyCode::Up, A::Up),
            named(KeyCode::Down, A::Down),
            named(KeyCode::Tab, A::Down),
            named(KeyCode::BackTab, A::Up),
        ],
        help: "tui-help-move",
        hint: hint("\u{2191}\u{2193}", "tui-key-move", 3),
    },
    Row {
        shown: Sign("Enter"),
        binds: &[named(KeyCode::Enter, A::Select)],
        help: "tui-help-enter",
        hint: hint("Enter", "tui-key-next", 0),
    },
    Row {
        shown: Ftl("tui-keyname-space"),
        binds: &[ch(' ', A::Toggle)],
        help: "tui-help-space",
        hint: Some(HintSpec { key: Ftl("tui-keyname-space"), label: "tui-key-tick", prio: 0, global: false }),
    },
    Row {
        shown: Sign("Backspace \u{2190}"),
        binds: &[named(KeyCode::Backspace, A::Back), named(KeyCode::Left, A::Back)],
        help: "tui-help-back",
        hint: hint("\u{2190}", "tui-key-back", 1),
    },
    Row {
        shown: Sign("Esc"),
        binds: &[named(KeyCode::Esc, A::Close)],
        help: "tui-help-close",
        hint: hint("Esc", "tui-key-close-it", 0),
    },
    Row {
        shown: Sign("PgUp PgDn Home End"),
        binds: &[
            named(KeyCode::PageUp, A::PageUp),
            named(KeyCode::PageDown, A::PageDown),
            named(KeyCode::Home, A::Home),
            named(KeyCode::End, A::End),
        ],
        help: "tui-help-scroll",
        hint: hint("PgUp PgDn", "tui-key-scroll", 4),
    },
    // Clicks and the wheel: mouse events, not keys (see `input::event`).
    Row { shown: Ftl("tui-keyname-mouse"), binds: &[], help: "tui-help-mouse", hint: None },
    Row { shown: Sign("l"), binds: &[ch('l', A::Lang)], help: "tui-help-lang", hint: global("l", "tui-key-lang", 4) },
    Row {
        shown: Sign("p"),
        binds: &[ch('p', A::Principles)],
        help: "tui-help-principles",
        hint: global("p", "tui-key-principles", 5),
    },
    Row {
        shown: Sign("s"),
        binds: &[ch('s', A::Source)],
        help: "tui-help-source",
        hint: global("s", "tui-key-source", 6),
    },
    Row {
        shown: Sign("t"),
        binds: &[ch('t', A::Contacts)],
        help: "tui-help-contacts",
        hint: global("t", "tui-key-contacts", 3),
    },
    Row {
        shown: Sign("w h"),
        binds: &[ch('w', A::Why), ch('h', A::Why)],
        help: "tui-help-why",
        hint: hint("w", "tui-key-why", 2),
    },
    Row {
        shown: Sign("d"),
        binds: &[ch('d', A::Discreet)],
        help: "tui-help-discreet",
        hint: global("d", "tui-key-discreet-on", 1),
    },
    Row { shown: Sign("e"), binds: &[ch('e', A::Save)], help: "tui-help-save", hint: hint("e", "tui-key-save", 0) },
    Row { shown: Sign("c"), binds: &[ch('c', A::Slip)], help: "tui-help-slip", hint: hint("c", "tui-key-slip", 3) },
    Row { shown: Sign("u"), binds: &[ch('u', A::Print)], help: "tui-help-print", hint: hint("u", "tui-key-print", 1) },
    Row { shown: Sign("m"), binds: &[ch('m', A::Map)], help: "tui-help-map", hint: global("m", "tui-key-map", 9) },
    Row {
        shown: Sign("v"),
        binds: &[ch('v', A::SideBySide)],
        help: "tui-help-side",
        hint: global("v", "tui-key-side", 9),
    },
    Row {
        shown: Sign("i"),
        binds: &[ch('i', A::Trainer)],
        help: "tui-help-trainer",
        hint: global("i", "tui-key-trainer", 9),
    },
    Row {
        shown: Sign("a"),
        binds: &[ch('a', A::Reveal)],
        help: "tui-help-reveal",
        hint: hint("a", "tui-key-reveal", 0),
    },
    Row {
        shown: Sign("f"),
        binds: &[ch('f', A::Record)],
        help: "tui-help-record",
        hint: hint("f", "tui-key-record", 8),
    },
    Row {
        shown: Sign("o"),
        binds: &[ch('o', A::WhatIf)],
        help: "tui-help-whatif",
        hint: hint("o", "tui-key-whatif", 1),
    },
    Row { shown: Sign("?"), binds: &[ch('?', A::Help)], help: "tui-help-help", hint: global("?", "tui-key-help", 0) },
    Row { shown: Sign("x"), binds: &[ch('x', A::Hide)], help: "tui-help-hide", hint: global("x", "tui-key-hide", 1) },
    Row {
        shown: Sign("r"),
        binds: &[ch('r', A::Restart)],
        help: "tui-help-restart",
        hint: global("r", "tui-key-restart", 7),
    },
    Row { shown: Sign("q"), binds: &[ch('q', A::Quit)], help: "tui-help-quit", hint: global("q", "tui-key-quit", 2) },
    Row { shown: Sign("Ctrl-C"), binds: &[ctrl('c', A::ForceQuit)], help: "tui-help-ctrl-c", hint: None },
    Row { shown: Sign("Ctrl-L"), binds: &[ctrl('l', A::Redraw)], help: "tui-help-redraw", hint: None },
    Row { shown: Sign("Ctrl-Z"), binds: &[ctrl('z', A::Suspend)], help: "tui-help-suspend", hint: None },
    Row {
        shown: Sign("y j / n"),
        binds: &[confirm('y', A::Yes), confirm('j', A::Yes), confirm('n', A::No)],
        help: "tui-help-confirm",
        hint: None,
    },
];

/// The action bound to `key` in `cx`, if any.
pub fn lookup(key: Key, cx: Context) -> Option<Action> {
    let find =
        |layer: Layer| KEYMAP.iter().flat_map(|r| r.binds).find(|b| b.key == key && b.layer == layer).map(|b| b.action);
    if cx == Context::Confirm
        && let Some(a) = find(Layer::Confirm)
    {
        return Some(a);
    }
    find(Layer::All)
}

/// The row with a key for `a`.
pub fn row(a: Action) -> Option<&'static Row> {
    KEYMAP.iter().find(|r| r.binds.iter().any(|b| b.action == a))
}

/// The hint of the key for `a`.
pub fn hint_of(a: Action) -> Option<&'static HintSpec> {
    row(a).and_then(|r| r.hint.as_ref())
}

/// How a row's keys are written: a sign as it is, a name in the language.
pub fn shown_text(texts: &Texts, lang: Lang, s: Shown) -> String {
    match s {
        Shown::Sign(k) => k.to_string(),
        Shown::Ftl(id) => texts.get(lang, id),
    }
}

/// The keymap as a Markdown table, the `?` list's rows in its order and its words (the
/// tool's own Fluent messages in `lang`), then the `?` list's last note. `docs/keys.md`
/// holds it in English, and `tests/docs.rs` fails when the two differ.
pub fn keys_markdown(lang: Lang) -> String {
    let texts = Texts::tool();
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = format!(
        "| {} | {} |\n| --- | --- |\n",
        texts.get(lang, "tui-keys-doc-key"),
        texts.get(lang, "tui-keys-doc-what")
    );
    for r in KEYMAP {
        // A sign is code, each key on its own (`y` `j` / `n`); a name (Space) is a word.
        let keys = match r.shown {
            Shown::Sign(k) => k
                .split(' ')
                .map(|p| if p == "/" { p.to_string() } else { format!("`{p}`") })
                .collect::<Vec<_>>()
                .join(" "),
            Shown::Ftl(_) => shown_text(&texts, lang, r.shown),
        };
        out.push_str(&format!("| {} | {} |\n", cell(&keys), cell(&texts.get(lang, r.help))));
    }
    out.push('\n');
    out.push_str(&texts.get(lang, "tui-help-note"));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::input;
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    use std::collections::HashSet;

    const CONTEXTS: [Context; 3] = [Context::Normal, Context::Confirm, Context::Text];

    fn binds() -> impl Iterator<Item = &'static Bind> {
        KEYMAP.iter().flat_map(|r| r.binds)
    }

    /// Every key press worth trying: the named keys, a wide range of characters (and those
    /// of the table in upper case), with no modifier, Shift, Ctrl, Alt.
    fn every_press() -> Vec<KeyEvent> {
        let mut codes = vec![
            KeyCode::Backspace,
            KeyCode::Enter,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Delete,
            KeyCode::Insert,
            KeyCode::Null,
            KeyCode::Esc,
            KeyCode::CapsLock,
            KeyCode::ScrollLock,
            KeyCode::NumLock,
            KeyCode::PrintScreen,
            KeyCode::Pause,
            KeyCode::Menu,
            KeyCode::KeypadBegin,
        ];
        codes.extend((1..=24).map(KeyCode::F));
        codes.extend((0u32..0x300).filter_map(char::from_u32).map(KeyCode::Char));
        codes.extend(['\u{212a}', '\u{0130}', 'ß', 'æ', 'ø', 'å', 'Æ', 'Ø', 'Å'].map(KeyCode::Char));
        let mods = [
            KeyModifiers::NONE,
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        ];
        codes.iter().flat_map(|&c| mods.map(|m| KeyEvent::new(c, m))).collect()
    }

    #[test]
    fn every_action_a_key_can_produce_has_exactly_one_row() {
        let mut produced = HashSet::new();
        for k in every_press() {
            for cx in CONTEXTS {
                match input::key(&k, cx) {
                    // The fall-back, and typing into a text field: no key of their own.
                    Action::OtherKey | Action::Char(_) => {}
                    a => {
                        produced.insert(format!("{a:?}"));
                        let rows = KEYMAP.iter().filter(|r| r.binds.iter().any(|b| b.action == a)).count();
                        assert_eq!(rows, 1, "{a:?} ({k:?} in {cx:?}) is in {rows} rows");
                    }
                }
            }
        }
        // And every action of the table is produced by some key.
        for b in binds() {
            assert!(produced.contains(&format!("{:?}", b.action)), "{:?} is never produced", b.action);
        }
        // Every row is in the `?` list with its own text.
        let helps: HashSet<&str> = KEYMAP.iter().map(|r| r.help).collect();
        assert_eq!(helps.len(), KEYMAP.len());
    }

    #[test]
    fn no_key_is_bound_twice_in_the_same_context() {
        let mut seen = HashSet::new();
        for b in binds() {
            assert!(seen.insert((b.key, b.layer)), "{:?} is bound twice in {:?}", b.key, b.layer);
        }
        // Each key press means one thing in each context, and it means what the table says.
        for b in binds() {
            let cx = if b.layer == Layer::Confirm { Context::Confirm } else { Context::Normal };
            let (code, mods) = match b.key {
                Key::Named(c) => (c, KeyModifiers::NONE),
                Key::Char(c) => (KeyCode::Char(c), KeyModifiers::NONE),
                Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
            };
            assert_eq!(input::key(&KeyEvent::new(code, mods), cx), b.action, "{:?} in {cx:?}", b.key);
        }
    }

    #[test]
    fn each_hint_names_a_key_of_its_row() {
        for r in KEYMAP {
            if let (Some(h), Shown::Sign(shown)) = (r.hint, r.shown)
                && let Shown::Sign(k) = h.key
            {
                let first = k.split('/').next().unwrap_or(k);
                assert!(shown.split(' ').any(|s| s.contains(first) || first.contains(s)), "{k} / {shown}");
            }
        }
    }
}
