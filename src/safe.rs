//! The one way text reaches a terminal: [`visible`] turns every character that could
//! steer the terminal (C0 controls other than newline and tab, DEL, C1 controls), reorder
//! what is shown (bidirectional embeddings, overrides, isolates and marks), or hide in it
//! or break its layout (zero-width characters, the word joiner, a byte order mark inside
//! a text, tag characters, the Unicode line and paragraph separators) into a harmless,
//! visible stand-in. The checker rejects such characters in the content ([`is_unsafe`]);
//! this is the second wall, for whatever gets past it (a local file, a path, a text from
//! a program argument).
//!
//! C0 controls become the Unicode control pictures (`ESC` shows as `␛`, DEL as `␡`), one
//! character for one, so that columns in diagnostics stay right; every other unsafe
//! character becomes U+FFFD. A carriage return directly before a newline is kept (a CRLF
//! line end is harmless).

use std::borrow::Cow;

/// A character that must not reach a terminal as it is: a control ([`is_control`]) or an
/// invisible or layout-breaking one ([`is_invisible`]).
pub fn is_unsafe(c: char) -> bool {
    is_control(c) || is_invisible(c)
}

/// C0 controls but newline and tab, DEL, C1 controls, and the bidirectional embeddings,
/// overrides and isolates: what can steer a terminal or reorder what it shows.
pub fn is_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Characters a reader cannot see, or that break a terminal's layout: the line and
/// paragraph separators (U+2028, U+2029; tmux moved the screen on one), the direction
/// marks (LRM, RLM, ALM), zero-width space, non-joiner and joiner, the word joiner and
/// the invisible operators (U+2060-U+2064), the byte order mark inside a text (U+FEFF;
/// one at the very start of a file is dropped by the loader) and the tag characters
/// (U+E0000-U+E007F).
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{2028}' | '\u{2029}' | '\u{200b}'..='\u{200f}' | '\u{61c}' | '\u{2060}'..='\u{2064}'
        | '\u{feff}' | '\u{e0000}'..='\u{e007f}')
}

/// The stand-in for an unsafe character.
fn stand_in(c: char) -> char {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// The first unsafe character of `s` and its byte offset (a CR before LF is not one).
pub fn first_unsafe(s: &str) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&byte) = b.get(i) {
        // Printable ASCII, newline and tab (most of any text) are safe: eight bytes at a
        // time where they are all printable, else a byte each, not a character decoded
        // and matched against every range (the TUI makes every text it shows visible,
        // some several times a frame). A character is decoded only where an unsafe one
        // can start: a control byte, or the first byte of the encoding of U+0080-U+00BF,
        // U+0600-U+063F, U+2000-U+2FFF, U+F000-U+FFFF or U+C0000-U+FFFFF.
        if let Some(&[a, b1, c, d, e, f, g, h]) = b.get(i..i + 8)
            && printable8(u64::from_le_bytes([a, b1, c, d, e, f, g, h]))
        {
            i += 8;
            continue;
        }
        if !matches!(byte, 0x00..=0x08 | 0x0b..=0x1f | 0x7f | 0xc2 | 0xd8 | 0xe2 | 0xef | 0xf3) {
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else { break };
        if is_unsafe(c) && !(c == '\r' && b.get(i + 1) == Some(&b'\n')) {
            return Some((i, c));
        }
        i += c.len_utf8();
    }
    None
}

/// Whether all eight bytes of `x` are printable ASCII (0x20-0x7E): none has the high
/// bit, none is below 0x20, none is 0x7F (the word tests of "Bit Twiddling Hacks").
fn printable8(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    let del = x ^ (ONES * 0x7f);
    let is_del = del.wrapping_sub(ONES) & !del & HIGH;
    x & HIGH == 0 && below == 0 && is_del == 0
}

/// `s` with every unsafe character made visible and harmless. Borrows when there is
/// nothing to change (the usual case).
pub fn visible(s: &str) -> Cow<'_, str> {
    let Some((first, _)) = first_unsafe(s) else { return Cow::Borrowed(s) };
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..first]);
    let mut it = s[first..].chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' && it.peek() == Some(&'\n') {
            out.push(c);
        } else if is_unsafe(c) {
            out.push(stand_in(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The byte offset in `visible(s)` of byte offset `off` in `s` (for spans into a text
/// that was made visible: a stand-in is longer in bytes than what it stands for).
pub fn visible_offset(s: &str, off: usize) -> usize {
    let mut off = off.min(s.len());
    while !s.is_char_boundary(off) {
        off -= 1;
    }
    visible(&s[..off]).len()
}

/// A character that breaks a line or moves the cursor though [`is_unsafe`] lets it
/// through: newline, carriage return, tab, and the Unicode line and paragraph
/// separators. Harmless in a paragraph; in a one-line text (a contact's name, a phone
/// number) it could make the rest look like a line of its own.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}')
}

/// `s` for a one-line place: [`visible`], and every [`is_line_break`] character shown
/// by a stand-in too (a newline as `␊`, a tab as `␉`), so that nothing of it can start a
/// line of its own. Borrows when there is nothing to change.
pub fn one_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) || is_line_break(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| if is_unsafe(c) || is_line_break(c) { stand_in(c) } else { c }).collect())
}

/// [`visible_offset`] for many offsets into one text: each in logarithmic time, after one
/// pass over the text (a file with thousands of findings is rendered in linear time).
pub struct VisibleOffsets<'a> {
    text: &'a str,
    /// Where each changed character starts in `text`, and how many bytes the stand-ins
    /// up to and including it add (fewer for a tag character: 4 bytes, its stand-in 3).
    changed: Vec<(usize, isize)>,
}

impl<'a> VisibleOffsets<'a> {
    pub fn new(text: &'a str) -> VisibleOffsets<'a> {
        let mut changed = Vec::new();
        let mut added = 0isize;
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c == '\r' && it.peek().is_some_and(|(_, n)| *n == '\n') {
                continue;
            }
            if is_unsafe(c) {
                // At most 4 either way: no overflow.
                added += stand_in(c).len_utf8() as isize - c.len_utf8() as isize;
                changed.push((i, added));
            }
        }
        VisibleOffsets { text, changed }
    }

    /// The byte offset in `visible(text)` of byte offset `off` in `text`.
    pub fn get(&self, off: usize) -> usize {
        let mut off = off.min(self.text.len());
        while !self.text.is_char_boundary(off) {
            off -= 1;
        }
        let before = self.changed.partition_point(|(i, _)| *i < off);
        let delta = before.checked_sub(1).map_or(0, |k| self.changed[k].1);
        off.saturating_add_signed(delta)
    }
}

/// A line of JSON with every unsafe character that serde_json leaves raw (DEL, C1, the
/// bidirectional controls) written as a `\uXXXX` escape. Outside strings JSON is ASCII
/// without controls, so the escapes land inside strings and the value stays the same.
pub fn json_escaped(json: &str) -> Cow<'_, str> {
    // Printable ASCII, newline and tab (most of any line) first, a byte at a time.
    let plain = |b: &u8| (0x20..0x7f).contains(b) || *b == b'\n' || *b == b'\t';
    if json.as_bytes().iter().all(plain) || !json.chars().any(is_unsafe) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe(c) {
            // Beyond U+FFFF (a tag character) as JSON writes it: a surrogate pair.
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{:04x}", u));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_unsafe_character_is_found_as_one_char_at_a_time_would() {
        let slow = |s: &str| {
            let mut it = s.char_indices().peekable();
            while let Some((i, c)) = it.next() {
                if !(c == '\r' && it.peek().is_some_and(|(_, n)| *n == '\n')) && is_unsafe(c) {
                    return Some((i, c));
                }
            }
            None
        };
        // Every character up to U+3000, the tag characters and a few more, alone, after
        // ASCII, after a two-byte character and before a newline.
        let chars = (0..0x3000).chain(0xe0000..0xe0090).chain([0xfeff, 0xfffd, 0x1f600, 0x10ffff]);
        let mut found = 0;
        for c in chars.filter_map(char::from_u32) {
            // (And where eight bytes are read at a time: in and after a run of ASCII.)
            let long = [format!("1234567{c}abcdefgh"), format!("12345678{c}"), format!("abcdefghij\r{c}\n")];
            let short = [format!("{c}"), format!("ab {c}x"), format!("é{c}\n"), format!("a\r{c}"), format!("{c}\r\n")];
            for s in short.into_iter().chain(long) {
                assert_eq!(first_unsafe(&s), slow(&s), "{s:?}");
                found += usize::from(first_unsafe(&s).is_some());
            }
        }
        assert!(found > 1000, "{found}");
        let runs = ["abcdefgh\x7fijklmnop", "abcdefgh\x1fijklmnop", "abcdefgh ~ijklmnop\x00", "12345678\r\n12345678"];
        for s in ["", "a\r", "\r", "\r\r\n", "a\r\nb\rc", "tab\there\nand\u{2028}"].into_iter().chain(runs) {
            assert_eq!(first_unsafe(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn visible_offsets_agree_with_visible_offset() {
        let s = "a\u{1b}[31mb\r\nc\u{202e}d\u{7f}\u{85}é\u{0}\u{e0041}x\u{200b}";
        let v = super::VisibleOffsets::new(s);
        for off in 0..=s.len() + 2 {
            // Between a CR and its LF the CR is kept (the prefix alone would end in a
            // lone CR, which `visible_offset` shows as a stand-in).
            if off == 8 {
                assert_eq!(v.get(off), 10);
                continue;
            }
            assert_eq!(v.get(off), super::visible_offset(s, off), "{off}");
        }
    }

    use super::*;

    #[test]
    fn escape_sequences_are_made_visible() {
        let hostile = "Police \u{1b}]52;c;aGFja2Vk\u{7}\u{1b}[31mRED\u{9b}2J\u{7f}";
        let v = visible(hostile);
        assert_eq!(v, "Police \u{241b}]52;c;aGFja2Vk\u{2407}\u{241b}[31mRED\u{fffd}2J\u{2421}");
        assert!(!v.chars().any(is_unsafe));
    }

    #[test]
    fn bidi_controls_are_replaced() {
        let v = visible("abc\u{202e}def\u{2066}g\u{2069}");
        assert_eq!(v, "abc\u{fffd}def\u{fffd}g\u{fffd}");
    }

    #[test]
    fn newline_tab_and_crlf_stay_and_clean_text_is_borrowed() {
        assert!(matches!(visible("a\tb\nc æøå – «»"), Cow::Borrowed(_)));
        assert!(matches!(visible("a\r\nb"), Cow::Borrowed(_)));
        assert_eq!(visible("a\rb"), "a\u{240d}b");
        assert_eq!(first_unsafe("ok\r\nno\u{1b}"), Some((6, '\u{1b}')));
    }

    #[test]
    fn one_line_text_keeps_no_line_break() {
        assert!(matches!(one_line("Politi – 02800"), Cow::Borrowed(_)));
        let v = one_line("Local line\n== Outcome ==\r\n\tCall\u{2028}666\u{1b}");
        assert_eq!(v, "Local line\u{240a}== Outcome ==\u{240d}\u{240a}\u{2409}Call\u{fffd}666\u{241b}");
        assert!(!v.chars().any(|c| is_unsafe(c) || is_line_break(c)));
    }

    #[test]
    fn offsets_follow_the_stand_ins() {
        let s = "a\u{1b}b\u{202e}c";
        let v = visible(s);
        let b = s.find('b').unwrap_or(0);
        assert_eq!(&v[visible_offset(s, b)..visible_offset(s, b) + 1], "b");
        let c = s.find('c').unwrap_or(0);
        assert_eq!(&v[visible_offset(s, c)..], "c");
    }

    #[test]
    fn invisible_and_layout_breaking_characters_are_replaced() {
        let hostile = "a\u{2028}b\u{2029}c\u{200e}d\u{200f}e\u{61c}f\u{200b}g\u{200c}h\u{200d}i\u{2060}j\u{feff}k\u{e0041}l\u{e007f}";
        let v = visible(hostile);
        assert_eq!(
            v,
            "a\u{fffd}b\u{fffd}c\u{fffd}d\u{fffd}e\u{fffd}f\u{fffd}g\u{fffd}h\u{fffd}i\u{fffd}j\u{fffd}k\u{fffd}l\u{fffd}"
        );
        assert_eq!(first_unsafe("ok \u{200b}"), Some((3, '\u{200b}')));
        // Letters that look alike or join are no business of this (æøå, é, a soft hyphen).
        assert!(matches!(visible("æøå é \u{ad} – «»"), Cow::Borrowed(_)));
        let j = serde_json::json!({"t": "x\u{e0041}\u{2028}"}).to_string();
        let e = json_escaped(&j);
        assert!(e.contains("\\udb40\\udc41") && e.contains("\\u2028"), "{e}");
        let back: serde_json::Value = serde_json::from_str(&e).unwrap_or_default();
        assert_eq!(back["t"], "x\u{e0041}\u{2028}");
    }

    #[test]
    fn json_keeps_the_value_and_escapes_the_rest() {
        let j = serde_json::json!({"name": "x\u{1b}[31m\u{9b}\u{202e}y"}).to_string();
        let e = json_escaped(&j);
        assert!(!e.chars().any(is_unsafe), "{e}");
        assert!(e.contains("\\u009b") && e.contains("\\u202e") && e.contains("\\u001b"), "{e}");
        let back: serde_json::Value = serde_json::from_str(&e).unwrap_or_default();
        assert_eq!(back["name"], "x\u{1b}[31m\u{9b}\u{202e}y");
    }
}
