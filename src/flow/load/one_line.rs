//! The texts of a contact directory, one line each: what a contact shows cannot start a
//! line of its own.

use super::Loaded;
use crate::diag::{Diag, FileId};
use crate::flow::model::ContactsFile;

/// Every text of every contact in a contacts file (bundled or local) is one line: a
/// newline, carriage return, tab or line separator in a name, a number or any other
/// field is reported (where it stands: at its escape, else at the value) and made
/// harmless here, in the loader, with [`crate::safe::one_line`]: such a file is left out
/// by the commands that walk (it has an error), and should one be used anyway, no field
/// of it can start a line of its own. The characters [`crate::safe::is_unsafe`] flags
/// are reported by the scans of the whole file already.
pub(super) fn one_line_contacts(loaded: &mut Loaded, id: FileId, text: &str, file: &mut ContactsFile) {
    let mut found: Vec<(String, &'static str, char)> = Vec::new();
    // `path` makes the key's path, wanted only for a finding.
    let mut fix = |path: &dyn Fn() -> String, field: &'static str, s: &mut String| {
        // The first byte of every line break and unsafe character (a text without one has
        // nothing to fix or report: most of them).
        let suspect = |b: u8| b < 0x20 || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2 | 0xef | 0xf3);
        if !s.bytes().any(suspect) {
            return;
        }
        // A line break at either end (a block scalar's last one) shows as nothing.
        let new = |c: &char| crate::safe::is_line_break(*c) && !crate::safe::is_unsafe(*c);
        if let Some(bad) = s.trim().chars().find(new) {
            found.push((path(), field, bad));
        }
        if s.chars().any(|c| crate::safe::is_line_break(c) || crate::safe::is_unsafe(c)) {
            *s = crate::safe::one_line(s.trim()).into_owned();
        }
    };
    for (cid, c) in &mut file.contacts {
        let cid = &*cid;
        let texts = [("name", Some(&mut c.name)), ("what", Some(&mut c.what)), ("hours", c.hours.as_mut())];
        for (field, t) in texts {
            for (lang, s) in t.into_iter().flat_map(|t| t.0.iter_mut()) {
                fix(&|| format!("contacts.{cid}.{field}.{lang}"), field, s);
            }
        }
        for (field, s) in [("phone", &mut c.phone), ("email", &mut c.email), ("web", &mut c.web)] {
            if let Some(s) = s {
                fix(&|| format!("contacts.{cid}.{field}"), field, s);
            }
        }
        if let Some(src) = &mut c.source {
            if let Some(u) = &mut src.url {
                fix(&|| format!("contacts.{cid}.source.url"), "source", u);
            }
            for (lang, s) in &mut src.name.0 {
                fix(&|| format!("contacts.{cid}.source.{lang}"), "source", s);
            }
        }
    }
    for (path, field, bad) in found {
        let span = loaded.positions(id).and_then(|p| p.best(&path)).map(|v| {
            // At the escape that wrote it (`\n`, `\t`, `\L`, `\P`, `\u2028`), where there
            // is one.
            let raw = text.get(v.clone()).unwrap_or("");
            let esc = ["\\n", "\\t", "\\L", "\\P", "\\u2028", "\\u2029"].iter().filter_map(|e| raw.find(e)).min();
            esc.map_or(v.clone(), |e| v.start + e..v.start + e + 2)
        });
        let contact = path.split('.').nth(1).unwrap_or("").to_string();
        let d = Diag::error("check-contact-line-break")
            .arg("contact", contact)
            .arg("field", field)
            .arg("char", format!("U+{:04X}", bad as u32))
            .at(id, span);
        loaded.diags.push(Diag { code: Some("control-char"), ..d });
    }
}
