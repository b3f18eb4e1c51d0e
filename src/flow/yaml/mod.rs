//! YAML, in one place: every YAML text the tool reads (flows, the registries, contact
//! files bundled and local, the guidance, scenarios, a pack's manifest, the slip's
//! translations) passes [`guard`] (size and depth) before serde_yaml sees it, in
//! [`from_yaml`], the one call of serde_yaml. [`pos`] says where each key and value
//! stands, for a diagnostic's place; [`said`] reads serde_yaml's error messages, once,
//! for every caller that shows one.
//!
//! Limits: no anchors or aliases, nesting at most [`MAX_DEPTH`].

pub mod pos;
pub mod said;

pub use pos::{MAX_DEPTH, PosIndex, ScanProblem};

/// Why [`guard`] refuses a YAML text before serde_yaml sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Larger than the caller's limit (in bytes).
    TooLarge { limit: usize },
    /// Nested deeper than [`MAX_DEPTH`]: where the first level too deep opens.
    TooDeep { at: std::ops::Range<usize> },
}

/// What [`from_yaml`] can say about a text.
#[derive(Debug)]
pub enum YamlError {
    Refused(Refused),
    Yaml(serde_yaml::Error),
}

/// The one guard for every YAML text the tool reads, before serde_yaml (libyaml) sees
/// it: at most `limit` bytes, and no deeper than [`MAX_DEPTH`] (libyaml's scanner looks
/// ahead to the bracket that closes the first one open, at a cost that grows with the
/// depth: 100 000 `[` once took 36 s). The depth test is a byte scan
/// ([`pos::may_nest_deep`]) and, only for a text it cannot clear, the position scan
/// (which stops reading at a bound); `index` is that scan if the caller has it already.
pub fn guard(text: &str, limit: usize, index: Option<&PosIndex>) -> Result<(), Refused> {
    if text.len() > limit {
        return Err(Refused::TooLarge { limit });
    }
    if pos::may_nest_deep(text) {
        let deep = |idx: &PosIndex| {
            idx.problems.iter().find_map(|p| match p {
                ScanProblem::TooDeep { at } => Some(at.clone()),
                _ => None,
            })
        };
        let at = match index {
            Some(idx) => deep(idx),
            None => deep(&PosIndex::scan(text)),
        };
        if let Some(at) = at {
            return Err(Refused::TooDeep { at });
        }
    }
    Ok(())
}

/// serde_yaml on a text that [`guard`] lets through: the one call of serde_yaml.
pub fn from_yaml<T: serde::de::DeserializeOwned>(
    text: &str,
    limit: usize,
    index: Option<&PosIndex>,
) -> Result<T, YamlError> {
    guard(text, limit, index).map_err(YamlError::Refused)?;
    serde_yaml::from_str(text).map_err(YamlError::Yaml)
}

/// Whether a text may be parsed straight away, without the position scan first: one
/// that can hold no anchor or alias and cannot nest too deep.
pub fn plain_enough(text: &str) -> bool {
    !pos::may_alias(text) && !pos::may_nest_deep(text)
}
