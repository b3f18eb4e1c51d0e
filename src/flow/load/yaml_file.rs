//! One YAML file of the set into its part of the model, through [`crate::flow::yaml`]:
//! what the position scan and serde_yaml found, as findings with their places.

use super::controls::{MAX_CONTROL_REPORTS, control_diag, unicode_escapes};
use super::{Loaded, MAX_FILE_BYTES};
use crate::diag::{Diag, FileId};
use crate::flow::yaml::said::{self, Said};
use crate::flow::yaml::{self, Refused, ScanProblem, YamlError, from_yaml, pos};
use std::collections::HashSet;

/// Reports what the position scan found (duplicate keys, anchors and aliases, too deep
/// a nesting), building the file's index if no one has; false when the file must not be
/// deserialised (an alias or too deep a nesting).
pub(super) fn report_scan(loaded: &mut Loaded, id: FileId) -> bool {
    let Some(idx) = loaded.positions(id) else { return true };
    let mut fatal = false;
    let mut diags = Vec::new();
    for p in &idx.problems {
        let d = match p {
            ScanProblem::DuplicateKey { key, at, first } => Diag::error("check-duplicate-key")
                .arg("key", key)
                .at(id, Some(at.clone()))
                .related(id, first.clone(), "check-label-first-here"),
            ScanProblem::Alias { at } => {
                fatal = true;
                Diag::error("check-yaml-alias").at(id, Some(at.clone()))
            }
            ScanProblem::TooDeep { at } => {
                fatal = true;
                Diag::error("check-too-deep").arg("limit", pos::MAX_DEPTH).at(id, Some(at.clone()))
            }
        };
        diags.push(d);
    }
    loaded.diags.extend(diags);
    !fatal
}

/// One YAML file as `T`. A clean file is parsed once, by serde_yaml. The position scan
/// (saphyr-parser's events, [`PosIndex`]) runs only where its findings or a place are
/// needed: when the file could hold an anchor or an alias ([`pos::may_alias`]) or nest
/// too deep ([`pos::may_nest_deep`]), when serde_yaml refuses it, or when `dups` finds a key twice in a map read in file order.
/// `controls`: the raw scan found an unsafe character in the file. `parsed`: what
/// serde_yaml made of `text` already (only for a text that [`may_parse_ahead`] lets
/// through).
pub(super) fn yaml<T: serde::de::DeserializeOwned>(
    loaded: &mut Loaded,
    id: FileId,
    text: &str,
    controls: bool,
    dups: fn(&mut T) -> bool,
    parsed: Option<Result<T, serde_yaml::Error>>,
) -> Option<T> {
    loaded.pos.entry(id).or_default();
    let mut scanned = false;
    // A text parsed ahead passed these tests already.
    if parsed.is_none() && !yaml::plain_enough(text) {
        scanned = true;
        if !report_scan(loaded, id) {
            return None;
        }
    }
    let parsed = match parsed {
        Some(p) => p.map_err(YamlError::Yaml),
        None => from_yaml::<T>(text, MAX_FILE_BYTES, if scanned { loaded.positions(id) } else { None }),
    };
    let mut parsed = match parsed {
        Ok(v) => Ok(v),
        Err(YamlError::Yaml(e)) => Err(e),
        Err(YamlError::Refused(r)) => {
            loaded.diags.push(refused_diag(id, r));
            return None;
        }
    };
    let dup = parsed.as_mut().is_ok_and(dups);
    if (dup || parsed.is_err()) && !scanned && !report_scan(loaded, id) {
        // Too deep: what serde_yaml says about it says less.
        return None;
    }
    // An unsafe character a string holds once decoded: written as an escape (which
    // needs a backslash), or as it is (which the raw scan has found).
    if controls || may_escape_unsafe(text) {
        scan_yaml_values(loaded, id, text);
    }
    match parsed {
        Ok(v) => Some(v),
        Err(e) => {
            parse_error(loaded, id, e);
            None
        }
    }
}

/// Whether `text` holds a backslash escape that could stand for an unsafe character:
/// any but `\"`, `\\`, `\/`, `\ `, `\t` and `\n`, which stand for characters that are
/// not (a pair `\\` is read as one, as a double-quoted string reads it; outside one a
/// backslash stands for itself, and nothing there is an escape).
fn may_escape_unsafe(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(at) = b.get(i..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        let next = b.get(i + at + 1);
        if !matches!(next, Some(b'"' | b'\\' | b'/' | b' ' | b't' | b'n')) {
            return true;
        }
        i += at + 2;
    }
    false
}

/// The finding for a text [`guard`] refused.
fn refused_diag(id: FileId, r: Refused) -> Diag {
    match r {
        Refused::TooLarge { limit } => Diag::error("check-file-too-large").arg("limit", limit).at(id, Some(0..0)),
        Refused::TooDeep { at } => Diag::error("check-too-deep").arg("limit", pos::MAX_DEPTH).at(id, Some(at)),
    }
}

/// Every string of a YAML file (keys and values) that holds an unsafe character written
/// as an escape (`"\e[31m"`, `"\u202e"`): reported at the escape, inside the value's
/// place. Characters written as they are were reported by [`scan_controls`].
fn scan_yaml_values(loaded: &mut Loaded, id: FileId, text: &str) {
    let Some(idx) = loaded.positions(id) else { return };
    let mut diags = Vec::new();
    let mut seen = HashSet::new();
    for path in &idx.unsafe_strings {
        // The value's place, or the nearest enclosing one (a `{nb: .., en: ..}` mapping).
        let mut p = path.as_str();
        let span = loop {
            if let Some(v) = idx.value(p).filter(|v| !v.is_empty()) {
                break Some(v);
            }
            match p.rfind('.') {
                Some(i) => p = &p[..i],
                None => break idx.best(path),
            }
        };
        let Some(span) = span else { continue };
        let raw = text.get(span.clone()).unwrap_or("");
        // The first escape here not yet reported (two strings can share one place).
        let esc = unicode_escapes(raw, &['x', 'u', 'U', 'e'])
            .into_iter()
            .map(|(o, l, c)| (span.start + o, l, c))
            .find(|(o, _, _)| !seen.contains(o));
        let d = match esc {
            Some((at, len, c)) => {
                seen.insert(at);
                control_diag(id, at..at + len, c)
            }
            // Written as it is: the raw scan has reported it.
            None if crate::safe::first_unsafe(raw).is_some() => continue,
            None if seen.insert(span.start) => {
                Diag::error("check-control-char").arg("char", "?").at(id, Some(span.start..span.start + 1))
            }
            None => continue,
        };
        diags.push(d);
        if diags.len() >= MAX_CONTROL_REPORTS {
            break;
        }
    }
    loaded.diags.extend(diags);
}

/// What serde_yaml said about a file it refused, as a diagnostic with the best place.
fn parse_error(loaded: &mut Loaded, id: FileId, e: serde_yaml::Error) {
    let said = Said::of(&e);
    // serde_yaml puts the path first ("nodes.a.next: invalid type ..."); where the
    // position scan knows that value, it is more precise than serde's location,
    // which for a custom error is the start of the enclosing mapping.
    let by_path = said.lead().and_then(|(path, _)| {
        let idx = loaded.positions(id)?;
        if let Some(v) = idx.value(path).filter(|v| !v.is_empty()) {
            return Some(v);
        }
        // "contacts.x: `last week` is not a date": the value named, under the path.
        let (_, named) = said.named_value()?;
        idx.find_value_under(path, named, &loaded.files.get(id)?.text)
    });
    let span = by_path.or_else(|| {
        said.location.and_then(|(line, column)| loaded.files.offset_of(id, line, column)).map(|o| {
            let end = loaded.files.get(id).map_or(o, |f| {
                let rest = &f.text[o.min(f.text.len())..];
                o + rest.find([':', '\n', ' ', ',']).filter(|n| *n > 0).unwrap_or(rest.len().min(1))
            });
            o..end
        })
    });
    // Two documents in one file: serde_yaml gives no place; the second `---` is it.
    let span = span.or_else(|| {
        if !said.is_two_documents() {
            return None;
        }
        let text = &loaded.files.get(id)?.text;
        let body = usize::from(text.starts_with("---"));
        let at = text.match_indices("\n---").map(|(i, _)| i + 1).find(|&i| {
            i >= body && text[i + 3..].chars().next().is_none_or(|c| c == '\n' || c == '\r' || c == ' ' || c == '\t')
        })?;
        Some(at..at + 3)
    });
    let mut msg = said.text.as_str();
    // libyaml's "control characters are not allowed at position N": the raw scan
    // has reported the character where it stands; otherwise point at position N
    // (a byte offset), not at 1:1 where serde_yaml puts it.
    let span = match said.at_position() {
        Some((m, n)) => {
            if Said::is_control_character(m)
                && loaded.diags.iter().any(|d| d.msg == "check-control-char" && d.file == Some(id))
            {
                return;
            }
            msg = m;
            let text = loaded.files.get(id).map_or("", |f| &*f.text);
            text.get(n..).and_then(|t| t.chars().next()).map(|c| n..n + c.len_utf8()).or(span)
        }
        None => span,
    };
    // serde's "duplicate field" repeats what the scan said, with a worse place.
    let scan_found_dup =
        loaded.positions(id).is_some_and(|p| p.problems.iter().any(|p| matches!(p, ScanProblem::DuplicateKey { .. })));
    if scan_found_dup && Said::is_duplicate_field(msg) {
        return;
    }
    let d = said::diag(msg).at(id, span);
    loaded.diags.push(d);
}

#[cfg(test)]
mod tests {
    use super::may_escape_unsafe;

    #[test]
    fn only_an_escape_that_can_stand_for_an_unsafe_character_calls_for_the_scan() {
        for quiet in ["plain", r#"en: "the \"About us\" page""#, r"a \\ b \/ c \t d \n", r#""\\x1b""#] {
            assert!(!may_escape_unsafe(quiet), "{quiet}");
        }
        for loud in [r#""\x1b""#, r#""\e[31m""#, r#""\u202e""#, r#""\L""#, r#""\\\x1b""#, "a\\", r#""\0""#] {
            assert!(may_escape_unsafe(loud), "{loud}");
        }
    }
}
