//! Where the entries of a Fluent file are, by a line scan (no parse): for the index that
//! lets a language parse only the messages it shows (`i18n`). build.rs includes this file
//! too, to index the embedded files at build time; so it uses nothing of the crate.

use std::ops::Range;

/// The entries (messages and terms) of a Fluent file, each with its byte range: an entry
/// starts at a line that begins with its identifier and `=`, and runs to the next line
/// that begins at the margin with anything but what may continue it (an indented line, a
/// blank line, or a variant, `*`, `.` or `}` at the margin). Comments end an entry.
pub fn ftl_entries(text: &str) -> Vec<(&str, Range<usize>)> {
    let mut out: Vec<(&str, Range<usize>)> = Vec::new();
    let mut open: Option<(&str, usize)> = None;
    let bom = usize::from(text.starts_with('\u{feff}')) * 3;
    // Where each line starts.
    let starts = std::iter::once(bom).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|n| n + 1));
    for pos in starts.filter(|&p| p < text.len()) {
        let continues = matches!(text.as_bytes()[pos], b' ' | b'\r' | b'\n' | b'[' | b'*' | b'.' | b'}');
        if !continues {
            if let Some((id, start)) = open.take() {
                out.push((id, start..pos));
            }
            open = entry_id(&text[pos..]).map(|id| (id, pos));
        }
    }
    if let Some((id, start)) = open {
        out.push((id, start..text.len()));
    }
    out
}

/// The id a line starts an entry with (`id =`, `-term =`), if it does.
fn entry_id(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let first = usize::from(b.first() == Some(&b'-'));
    if !b.get(first).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let n = b[first..]
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_'))
        .map_or(b.len(), |n| n + first);
    let rest = line[n..].trim_start_matches(' ');
    rest.starts_with('=').then(|| &line[..n])
}
