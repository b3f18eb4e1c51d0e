//! The key hints: each from the keymap ([`super::keymap`]), with the label and the
//! priority a screen gives it, and the hints every screen ends with; and one line of them
//! drawn, the most important first when the line is too narrow.

use super::action::Action;
use super::keymap::{self, Shown};
use super::page::Hint;
use super::state::Base;
use super::theme::Theme;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// A key as the screen writes it.
pub fn shown(app: &Base, s: Shown) -> String {
    match s {
        Shown::Sign(k) => k.to_string(),
        Shown::Ftl(id) => app.t(id),
    }
}

/// The hint of the key for `a`, as the keymap has it.
pub fn hint(app: &Base, a: Action) -> Option<Hint> {
    keymap::hint_of(a).map(|h| Hint {
        key: shown(app, h.key),
        label: app.t(h.label),
        prio: h.prio,
        global: h.global,
        action: a,
    })
}

/// The same with this screen's label (`None`: the keymap's) and priority.
pub fn hint_as(app: &Base, a: Action, label: Option<&str>, prio: u8) -> Option<Hint> {
    hint(app, a).map(|h| Hint { label: label.map_or(h.label, |l| app.t(l)), prio, ..h })
}

/// The hints every screen ends with.
pub fn common_hints(app: &Base, h: &mut Vec<Hint>, walking: bool) {
    h.extend(hint(app, Action::Principles));
    h.extend(hint(app, Action::Source));
    h.extend(hint(app, Action::Contacts));
    if walking {
        h.extend(hint(app, Action::Restart));
    }
    // `l`: the next language's name, in that language.
    let next = app.texts.next_lang(app.lang);
    h.extend(hint(app, Action::Lang).map(|d| Hint { label: app.texts.get(next, "tui-key-lang"), ..d }));
    let discreet = hint(app, Action::Discreet);
    h.extend(if app.discreet {
        discreet.map(|d| Hint { label: app.t("tui-key-discreet-off"), ..d })
    } else {
        discreet
    });
    h.extend(hint(app, Action::Hide));
    h.extend(hint(app, Action::Help));
    h.extend(hint(app, Action::Quit));
}

/// One line of key hints in `area`: the most important that fit, in their order.
pub fn draw(buf: &mut Buffer, area: Rect, hints: &[Hint], th: Theme) {
    // Keep the most important hints that fit, in their order.
    let cost = |h: &Hint| text::width(&h.key) + 1 + text::width(&h.label) + 2;
    let mut by_prio: Vec<usize> = (0..hints.len()).collect();
    by_prio.sort_by_key(|&i| hints[i].prio);
    let mut keep = vec![false; hints.len()];
    let mut used = 0;
    // `?` (every key) is never dropped for lack of room: it is how to find the rest.
    if let Some(i) = hints.iter().position(|h| h.action == Action::Help) {
        keep[i] = true;
        used += cost(&hints[i]);
    }
    for i in by_prio {
        if keep[i] {
            continue;
        }
        let c = cost(&hints[i]);
        if used + c > area.width as usize + 2 {
            // Strictly by importance: nothing less important squeezes in after.
            break;
        }
        keep[i] = true;
        used += c;
    }
    let mut spans = Vec::new();
    for (i, h) in hints.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(h.key.clone(), th.key));
        spans.push(Span::raw(format!(" {}", h.label)));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}
