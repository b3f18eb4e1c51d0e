//! The characters no text of the tool may carry to a terminal: found in the raw text of
//! every file (YAML and Fluent alike), and in YAML strings written as escapes.

use crate::diag::{Diag, FileId};

/// At most this many control characters are reported per file (one is enough to fix).
pub(super) const MAX_CONTROL_REPORTS: usize = 20;

/// Reports every character in `text` that must not reach a terminal (see
/// [`crate::safe::is_unsafe`]), where it stands. For `.ftl` files also the `\uXXXX` and
/// `\UXXXXXX` escapes of string literals that stand for one. A text a user sees comes
/// from these files, so none of them may carry such a character.
pub(super) fn scan_controls(diags: &mut Vec<Diag>, id: FileId, text: &str, ftl: bool) -> bool {
    // Every unsafe character has a byte below 0x20 (but tab and line feed), 0x7f, or
    // starts with 0xc2 (U+0080-U+009F) or 0xe2 (the bidi controls); an escape needs a
    // backslash. A text with none of them has nothing to report.
    // The invisible ones start with 0xd8 (ALM), 0xe2 (U+2000-U+2FFF), 0xef (U+FEFF) or
    // 0xf3 (the tag characters).
    let suspect =
        |b: &u8| (*b < 0x20 && !matches!(b, b'\t' | b'\n')) || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2 | 0xef | 0xf3);
    if !text.as_bytes().iter().any(|b| suspect(b) || (ftl && *b == b'\\')) {
        return false;
    }
    let mut found = 0;
    let mut rest = 0;
    while let Some((i, c)) = crate::safe::first_unsafe(&text[rest..]) {
        let at = rest + i;
        diags.push(control_diag(id, at..at + c.len_utf8(), c));
        found += 1;
        rest = at + c.len_utf8();
        if found >= MAX_CONTROL_REPORTS {
            return true;
        }
    }
    if ftl {
        for (at, len, c) in unicode_escapes(text, &['u', 'U']) {
            diags.push(control_diag(id, at..at + len, c));
            found += 1;
            if found >= MAX_CONTROL_REPORTS {
                return true;
            }
        }
    }
    found > 0
}

/// An unsafe character at `span`: a C0 or C1 control (`control-char`), or an invisible,
/// direction-changing or layout-breaking one (`invisible-char`: a local contact file with
/// only these still loads, the characters shown as U+FFFD, see
/// `flow::load_checked_local`).
pub(super) fn control_diag(id: FileId, span: std::ops::Range<usize>, c: char) -> Diag {
    // Every unsafe character but the C0 and C1 controls and DEL (Unicode's `Cc`).
    let soft = !c.is_control();
    let msg = if soft { "check-invisible-char" } else { "check-control-char" };
    Diag::error(msg).arg("char", format!("U+{:04X}", c as u32)).at(id, Some(span))
}

/// Escapes (a backslash and one of `kinds`, then hex digits; YAML's one-letter escapes
/// too when `kinds` has `e`) in `text` that stand for an unsafe character: (offset,
/// length, the character).
pub(super) fn unicode_escapes(text: &str, kinds: &[char]) -> Vec<(usize, usize, char)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let k = b[i + 1] as char;
        let digits = match k {
            'x' => 2,
            'u' => 4,
            'U' if kinds.contains(&'e') => 8,
            'U' => 6,
            _ => 0,
        };
        let single = match k {
            '0' => Some('\u{0}'),
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'v' => Some('\u{b}'),
            'f' => Some('\u{c}'),
            'r' => Some('\u{d}'),
            'e' => Some('\u{1b}'),
            'N' => Some('\u{85}'),
            'L' => Some('\u{2028}'),
            'P' => Some('\u{2029}'),
            _ => None,
        };
        if kinds.contains(&k) && digits > 0 {
            let hex = text.get(i + 2..i + 2 + digits).filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()));
            if let Some(c) = hex.and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32) {
                if crate::safe::is_unsafe(c) {
                    out.push((i, 2 + digits, c));
                }
                i += 2 + digits;
                continue;
            }
        } else if kinds.contains(&'e')
            && let Some(c) = single
        {
            out.push((i, 2, c));
        }
        // A backslash escapes the next character, whatever it is.
        i += 2;
    }
    out
}
