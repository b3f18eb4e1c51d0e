//! Contacts as every screen and window lists them: the name, phone, web, what it is for,
//! and where the entry comes from (an outcome, the summary, the contacts window).

use super::In;
use crate::tui::lines::Lines;
use crate::view::{ContactView, contact_details, contact_source};
use ratatui::style::Style;

/// Under a heading, after a blank line (nothing when there are none).
pub fn list(app: &In, b: &mut Lines, contacts: &[ContactView]) {
    let th = b.th;
    if contacts.is_empty() {
        return;
    }
    b.blank();
    b.wrapped(&app.t("tui-contacts"), th.bold);
    entries(app, b, contacts);
}

/// Each contact: the name, phone, web, what it is for, and where the entry comes from.
pub fn entries(app: &In, b: &mut Lines, contacts: &[ContactView]) {
    let th = b.th;
    for c in contacts {
        b.hanging("- ", &c.name, th.bold);
        let source = contact_source(app.texts, app.lang, c);
        let details = contact_details(app.texts, app.lang, c);
        let n = details.len() - source.len().min(details.len());
        for (i, l) in details.iter().enumerate() {
            b.hanging("  ", l, if i < n { Style::new() } else { th.note });
        }
    }
}
