//! The help window (`?`): every key with what it does, those of the screen under the
//! window first, then those that work everywhere, then the rest.

use crate::text;
use crate::tui::hints::shown;
use crate::tui::keymap::KEYMAP;
use crate::tui::lines::Lines;
use crate::tui::state::Base;
use ratatui::text::{Line, Span};

/// Every key, with what it does: the keymap's rows, the same list as docs/keys.md.
pub fn help_rows(app: &Base) -> Vec<(String, String)> {
    KEYMAP.iter().map(|r| (shown(app, r.shown), app.t(r.help))).collect()
}

/// The help window's lines into `b`; its title.
pub fn lines(app: &Base, b: &mut Lines) -> String {
    let th = b.th;
    // The keys of the screen under the window first, then those that work everywhere,
    // then the rest: each row once, in groups with a heading.
    let hints = crate::tui::pages::page(app).hints;
    let mut seen: Vec<usize> = Vec::new();
    let mut group = |global: Option<bool>| -> Vec<usize> {
        let mut v = Vec::new();
        match global {
            Some(g) => {
                for h in hints.iter().filter(|h| h.global == g) {
                    if let Some(i) = KEYMAP.iter().position(|r| r.binds.iter().any(|b| b.action == h.action))
                        && !seen.contains(&i)
                    {
                        seen.push(i);
                        v.push(i);
                    }
                }
            }
            None => v.extend((0..KEYMAP.len()).filter(|i| !seen.contains(i))),
        }
        v
    };
    let groups = [
        ("tui-help-here", group(Some(false))),
        ("tui-help-everywhere", group(Some(true))),
        ("tui-help-other", group(None)),
    ];
    let rows = help_rows(app);
    let kw = rows.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0).min(b.width / 3) + 2;
    for (head, idx) in groups {
        if idx.is_empty() {
            continue;
        }
        b.blank();
        b.wrapped(&app.t(head), th.bold);
        for i in idx {
            let Some((k, d)) = rows.get(i) else { continue };
            let key = text::truncate(k, kw - 2);
            let pad = " ".repeat(kw - text::width(&key));
            for (j, l) in text::wrap(d, b.width.saturating_sub(kw)).into_iter().enumerate() {
                let first =
                    if j == 0 { Span::styled(format!("{key}{pad}"), th.key) } else { Span::raw(" ".repeat(kw)) };
                b.out.push(Line::from(vec![first, Span::raw(l)]));
            }
        }
    }
    if b.out.first().is_some_and(|l| l.width() == 0) {
        b.out.remove(0);
    }
    b.blank();
    b.body(&app.t("tui-help-note"));
    app.t("tui-help-title")
}
