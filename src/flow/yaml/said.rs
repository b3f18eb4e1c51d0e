//! What serde_yaml says when it refuses a text, read in one place: its message is
//! English made for programmers (`invalid type: string "x", expected a map`, a Rust
//! type's name at times), with a path in front and a place behind. Here it is taken
//! apart once, and put in a user's words for the loader's findings ([`diag`]) and for
//! a scenario's ([`scenario_message`]).

use crate::diag::Diag;
use crate::i18n::Msg;

/// serde_yaml's message about a text it refused, without the place it puts behind it.
#[derive(Debug, Clone)]
pub struct Said {
    /// The message, without " at line N column M".
    pub text: String,
    /// serde_yaml's line and column (1-based), where it gives them.
    pub location: Option<(usize, usize)>,
}

impl Said {
    pub fn of(e: &serde_yaml::Error) -> Said {
        let mut text = e.to_string();
        if let Some(i) = text.rfind(" at line ") {
            text.truncate(i);
        }
        Said { text, location: e.location().map(|l| (l.line(), l.column())) }
    }

    /// The path serde_yaml names first and what it says of it (`nodes.a.next`,
    /// `invalid type: ...`), as it puts them; at the top of a file, the first words.
    pub fn lead(&self) -> Option<(&str, &str)> {
        self.text.split_once(": ")
    }

    /// The value it names in backticks right after the path (`contacts.x: `last week`
    /// is not a date`): the path and the value.
    pub fn named_value(&self) -> Option<(&str, &str)> {
        let (path, rest) = self.lead()?;
        Some((path, rest.strip_prefix('`')?.split_once('`')?.0))
    }

    /// libyaml's "... at position N": the words before it, and N (a byte offset).
    pub fn at_position(&self) -> Option<(&str, usize)> {
        let (m, n) = self.text.split_once(" at position ")?;
        Some((m, n.trim().parse().ok()?))
    }

    /// libyaml refused a control character.
    pub fn is_control_character(words: &str) -> bool {
        words.contains("control characters")
    }

    /// Two documents in one file (serde_yaml gives no place for it).
    pub fn is_two_documents(&self) -> bool {
        self.text.contains("more than one document")
    }

    /// serde's "duplicate field" (the position scan says it better).
    pub fn is_duplicate_field(words: &str) -> bool {
        words.contains("duplicate field")
    }
}

/// serde's message about a value of the wrong shape, in words a user knows and in their
/// language: never a Rust type name (`struct SourceText`). What serde_yaml says about YAML
/// syntax (from libyaml) is passed on as it is.
pub fn diag(msg: &str) -> Diag {
    // "contacts.rosa.name: invalid type: ..." or, at the top, "invalid type: ...".
    let (path, rest) = match msg.split_once(": ") {
        Some((p, r)) if !p.contains(' ') && !p.is_empty() => (Some(p), r),
        _ => (None, msg),
    };
    let ticked = |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_string).collect() };
    let d = if let Some(t) = rest.strip_prefix("invalid type: ").or_else(|| rest.strip_prefix("invalid value: ")) {
        let (found, expected) = t.rsplit_once(", expected ").unwrap_or((t, ""));
        let (fmsg, fval) = found_words(found);
        Diag::error("check-yaml-type").sub("found", fmsg, fval).sub("expected", expected_words(expected), "")
    } else if let Some(t) = rest.strip_prefix("missing field ") {
        Diag::error("check-yaml-missing").arg("field", ticked(t).join(""))
    } else if let Some(t) = rest.strip_prefix("unknown field ") {
        let names = ticked(t);
        let (first, allowed) = names.split_first().map_or(("", &[][..]), |(f, a)| (f.as_str(), a));
        Diag::error("check-yaml-unknown-field").arg("field", first).arg("allowed", allowed.join(", "))
    } else if let Some(t) = rest.strip_prefix("unknown variant ") {
        let names = ticked(t);
        let (first, allowed) = names.split_first().map_or(("", &[][..]), |(f, a)| (f.as_str(), a));
        Diag::error("check-yaml-unknown-value").arg("value", first).arg("allowed", allowed.join(", "))
    } else if rest.starts_with('`') && rest.contains("` is not a date") {
        Diag::error("check-yaml-bad-date").arg("value", ticked(rest).join(""))
    } else {
        // Syntax: libyaml's words. A type name, should one ever appear, is left out.
        let detail = if rest.contains("struct ") || rest.contains("enum ") {
            rest.split(", expected").next().unwrap_or(rest).to_string()
        } else {
            rest.to_string()
        };
        let d = Diag::error("check-yaml").arg("detail", detail);
        return match path {
            Some(p) => d.arg("path", p),
            None => d.sub("path", "check-yaml-top", ""),
        };
    };
    let d = match path {
        Some(p) => d.arg("path", p),
        None => d.sub("path", "check-yaml-top", ""),
    };
    Diag { code: Some("yaml"), ..d }
}

/// What serde found, as a message id and its value.
fn found_words(found: &str) -> (&'static str, String) {
    let tick = |s: &str| s.trim().trim_matches('`').to_string();
    if let Some(v) = found.strip_prefix("integer ").or_else(|| found.strip_prefix("floating point ")) {
        ("check-found-number", tick(v))
    } else if let Some(v) = found.strip_prefix("string ") {
        ("check-found-text", v.trim().trim_matches('"').to_string())
    } else if let Some(v) = found.strip_prefix("boolean ") {
        ("check-found-bool", tick(v))
    } else {
        let id = match found {
            "unit value" | "null" | "unit" => "check-found-empty",
            "sequence" => "check-found-list",
            "map" => "check-found-map",
            _ => "check-found-other",
        };
        (id, String::new())
    }
}

/// What serde expected, as a message id: its words, never the type's name.
fn expected_words(expected: &str) -> &'static str {
    match expected {
        "a text per language" => "check-expect-bitext",
        "struct SourceText" => "check-expect-source",
        "a map" => "check-expect-map",
        "a sequence" => "check-expect-list",
        "a string" | "a borrowed string" | "a character" => "check-expect-text",
        "a boolean" => "check-expect-bool",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => "check-expect-number",
        e if e.starts_with("struct ") => "check-expect-map",
        e if e.starts_with("enum ") => "check-expect-word",
        _ => "check-expect-other",
    }
}

/// serde_yaml's message in the user's words where it is one we know (unknown or missing
/// field), else as serde_yaml gives it (libyaml's words for YAML syntax), without its
/// "at line N column M" (the place is given apart).
pub fn scenario_message(said: &Said) -> Msg {
    let text = said.text.clone();
    let (path, rest) = match text.split_once(": ") {
        Some((p, r)) if !p.contains(' ') && !p.is_empty() => (p.to_string(), r.to_string()),
        _ => (String::new(), text.clone()),
    };
    let ticked: Vec<String> = rest.split('`').skip(1).step_by(2).map(str::to_string).collect();
    if rest.starts_with("unknown field ") {
        let (first, allowed) =
            ticked.split_first().map_or((String::new(), Vec::new()), |(f, a)| (f.clone(), a.to_vec()));
        return Msg::new("cli-scenario-err-unknown-field").arg("field", first).arg("allowed", allowed.join(", "));
    }
    if rest.starts_with("missing field ") {
        let field = ticked.join("");
        let field = if path.is_empty() { field } else { format!("{path}.{field}") };
        return Msg::new("cli-scenario-err-missing-field").arg("field", field);
    }
    Msg::new("cli-scenario-err-yaml").arg("detail", text)
}
