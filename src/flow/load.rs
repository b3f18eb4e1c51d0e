//! The one loader: files (embedded or from folders) -> model, with positions. All YAML
//! goes through here: serde_yaml deserialises; positions come from saphyr-parser's events
//! (pos.rs), only for a file that needs a place, so a clean set is parsed once.
//!
//! Limits: see [`MAX_FILE_BYTES`], [`MAX_FILES`] (checked before parsing), no anchors or
//! aliases, nesting at most [`pos::MAX_DEPTH`]. [`guard`] is the one gate every YAML text
//! the tool reads passes before serde_yaml sees it (flows, registries, contact files
//! bundled and local, scenarios): size and depth, in one place; [`from_yaml`] is the one
//! call of serde_yaml behind it.

use super::model::{ContactsFile, DutiesFile, Flow, FlowSet, GuidanceFile, SourcesFile};
use super::pos::{self, PosIndex, ScanProblem};
use crate::diag::{Diag, FileId, Files};
use crate::i18n::{FtlFile, FtlText, Lang};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// Largest file read, flow or locale.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// Most files read from one folder.
pub const MAX_FILES: usize = 500;
/// Most languages (folders of a `--locales` folder).
pub const MAX_LANGS: usize = 50;

/// Why [`guard`] refuses a YAML text before serde_yaml sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Larger than the caller's limit (in bytes).
    TooLarge { limit: usize },
    /// Nested deeper than [`pos::MAX_DEPTH`]: where the first level too deep opens.
    TooDeep { at: std::ops::Range<usize> },
}

/// What [`from_yaml`] can say about a text.
#[derive(Debug)]
pub enum YamlError {
    Refused(Refused),
    Yaml(serde_yaml::Error),
}

/// The one guard for every YAML text the tool reads, before serde_yaml (libyaml) sees
/// it: at most `limit` bytes, and no deeper than [`pos::MAX_DEPTH`] (libyaml's scanner
/// looks ahead to the bracket that closes the first one open, at a cost that grows with
/// the depth: 100 000 `[` once took 36 s). The depth test is a byte scan
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

/// Why the tool cannot run at all (exit 2), as a tool-message id and its argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CannotRun {
    pub msg: &'static str,
    pub path: String,
    pub detail: String,
}

impl CannotRun {
    /// What it means to a user, as a Fluent id and its arguments.
    pub fn message(&self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(self.msg).arg("path", self.path.as_str()).arg("detail", self.detail.as_str())
    }

    fn new(msg: &'static str, path: &Path, detail: impl ToString) -> CannotRun {
        CannotRun { msg, path: path.display().to_string(), detail: detail.to_string() }
    }
}

/// One raw input file: a display name and its bytes (the bundled files' borrowed from
/// the binary: a start on the bundled set reads none of them, see `flow::load_embedded`).
#[derive(Debug, Clone)]
pub struct RawFile {
    pub name: String,
    pub bytes: Cow<'static, [u8]>,
}

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct Input {
    pub flows: Vec<RawFile>,
    pub locales: Vec<(Lang, RawFile)>,
    /// A local contact directory that adds to or overrides the bundled one.
    pub local_contacts: Option<RawFile>,
}

impl Input {
    pub fn embedded() -> Input {
        let flows = crate::embedded::FLOWS
            .iter()
            .map(|(name, text)| RawFile { name: format!("flows/{name}"), bytes: Cow::Borrowed(text.as_bytes()) })
            .collect();
        let locales = crate::i18n::embedded_ftl()
            .into_iter()
            .map(|f| {
                let bytes = match f.text {
                    FtlText::Static(t) => Cow::Borrowed(t.as_bytes()),
                    FtlText::Shared(t) => Cow::Owned(t.as_bytes().to_vec()),
                };
                (f.lang, RawFile { name: f.name, bytes })
            })
            .collect();
        Input { flows, locales, local_contacts: None }
    }

    /// Embedded, with either part replaced by a folder.
    pub fn from_dirs(flows: Option<&Path>, locales: Option<&Path>) -> Result<Input, CannotRun> {
        let mut input = Input::embedded();
        if let Some(dir) = flows {
            input.flows = read_dir(dir, &["yaml", "yml"])?;
        }
        if let Some(dir) = locales {
            // Each folder named by a language tag is a language; the default's must be
            // there (it is the reference the others are compared with).
            let reference = dir.join(Lang::DEFAULT.code());
            if !reference.is_dir() {
                return Err(CannotRun::new("cli-err-no-locale-dir", &reference, ""));
            }
            let rd = std::fs::read_dir(dir).map_err(|e| CannotRun::new("cli-err-read", dir, e))?;
            let mut langs: Vec<(Lang, PathBuf)> = rd
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .filter_map(|p| Some((Lang::parse(p.file_name()?.to_str()?)?, p)))
                .collect();
            langs.sort_by_key(|(l, _)| (*l != Lang::DEFAULT, *l));
            if langs.len() > MAX_LANGS {
                return Err(CannotRun::new("cli-err-too-many-langs", dir, MAX_LANGS));
            }
            let mut all = Vec::new();
            for (lang, sub) in langs {
                all.extend(read_dir(&sub, &["ftl"])?.into_iter().map(|f| (lang, f)));
            }
            input.locales = all;
        }
        Ok(input)
    }

    /// Reads the local contact file, if `path` is given (it must exist) or if the
    /// default one exists.
    pub fn with_local_contacts(mut self, path: Option<&Path>) -> Result<Input, CannotRun> {
        let (p, must) = match path {
            Some(p) => (Some(p.to_path_buf()), true),
            None => (default_contacts_path(), false),
        };
        if let Some(p) = p {
            if p.is_file() {
                let bytes = read_file(&p)?;
                self.local_contacts = Some(RawFile { name: p.display().to_string(), bytes: bytes.into() });
            } else if must {
                return Err(CannotRun::new("cli-err-no-file", &p, ""));
            }
        }
        Ok(self)
    }
}

impl Input {
    /// Like [`Input::with_local_contacts`], for the commands that walk: a local file that
    /// is missing (when named) or cannot be read is left out, and its path returned.
    pub fn with_local_contacts_or_skip(self, path: Option<&Path>) -> (Input, Option<String>) {
        let p = match path {
            Some(p) => Some(p.to_path_buf()),
            None => default_contacts_path().filter(|p| p.exists()),
        };
        let Some(p) = p else { return (self, None) };
        let fallback = self.clone();
        match self.with_local_contacts(Some(&p)) {
            Ok(i) => (i, None),
            Err(_) => (fallback, Some(p.display().to_string())),
        }
    }
}

/// Where the local contact file is looked for: on Windows `%APPDATA%\veiviser\contacts.yaml`
/// (else `%USERPROFILE%\AppData\Roaming\veiviser\contacts.yaml`); elsewhere
/// `$XDG_CONFIG_HOME/veiviser/contacts.yaml`, else `~/.config/veiviser/contacts.yaml`.
pub fn default_contacts_path() -> Option<PathBuf> {
    contacts_path_in(cfg!(windows), |k| std::env::var_os(k))
}

/// The rule of [`default_contacts_path`] apart from the platform and the environment, so
/// that both branches are tested on every platform.
fn contacts_path_in(windows: bool, var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Option<PathBuf> {
    let var = |k: &str| var(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = if windows {
        var("APPDATA").or_else(|| var("USERPROFILE").map(|h| h.join("AppData").join("Roaming")))?
    } else {
        var("XDG_CONFIG_HOME").or_else(|| var("HOME").map(|h| h.join(".config")))?
    };
    Some(base.join("veiviser").join("contacts.yaml"))
}

fn read_file(p: &Path) -> Result<Vec<u8>, CannotRun> {
    let meta = std::fs::metadata(p).map_err(|e| CannotRun::new("cli-err-read", p, e))?;
    if meta.len() > MAX_FILE_BYTES as u64 {
        // Read only the limit: the checker reports the size; nothing huge is held.
        use std::io::Read;
        let f = std::fs::File::open(p).map_err(|e| CannotRun::new("cli-err-read", p, e))?;
        let mut buf = Vec::new();
        f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut buf).map_err(|e| CannotRun::new("cli-err-read", p, e))?;
        return Ok(buf);
    }
    std::fs::read(p).map_err(|e| CannotRun::new("cli-err-read", p, e))
}

fn read_dir(dir: &Path, exts: &[&str]) -> Result<Vec<RawFile>, CannotRun> {
    if !dir.exists() {
        return Err(CannotRun::new("cli-err-no-dir", dir, ""));
    }
    if !dir.is_dir() {
        return Err(CannotRun::new("cli-err-not-dir", dir, ""));
    }
    let rd = std::fs::read_dir(dir).map_err(|e| CannotRun::new("cli-err-read", dir, e))?;
    let mut paths = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| CannotRun::new("cli-err-read", dir, e))?;
        let p = entry.path();
        let ext_ok = p.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.contains(&e));
        if ext_ok && p.is_file() {
            paths.push(p);
            if paths.len() > MAX_FILES {
                return Err(CannotRun::new("cli-err-too-many-files", dir, MAX_FILES));
            }
        }
    }
    paths.sort();
    paths.into_iter().map(|p| Ok(RawFile { name: p.display().to_string(), bytes: read_file(&p)?.into() })).collect()
}

/// flows/guidance.yaml into the set: both dates must be days, and the review-by date
/// after the date the guidance was signed off.
fn guidance_file(loaded: &mut Loaded, id: FileId, g: &GuidanceFile) {
    use crate::guidance::Day;
    let at = |loaded: &Loaded, key: &str| loaded.positions(id).and_then(|p| p.best(key));
    let date = Day::parse(&g.date.0);
    let review_by = Day::parse(&g.review_by.0);
    for (key, day, text) in [("date", date, &g.date.0), ("review-by", review_by, &g.review_by.0)] {
        if day.is_none() {
            let d = Diag::error("check-guidance-day").arg("key", key).arg("value", text.as_str());
            let span = at(loaded, key);
            loaded.diags.push(d.at(id, span));
        }
    }
    if let (Some(d), Some(r)) = (date, review_by)
        && r <= d
    {
        let span = at(loaded, "review-by");
        loaded.diags.push(Diag::error("check-guidance-review-by").at(id, span));
    }
    loaded.set.guidance.date = date;
    loaded.set.guidance.review_by = review_by;
}

/// The result of loading: the model as far as it parsed, the files (for rendering),
/// positions, and what went wrong so far.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Files,
    pub set: FlowSet,
    /// The file each flow of `set.flows` came from.
    pub flow_files: Vec<FileId>,
    pub sources_file: Option<FileId>,
    pub duties_file: Option<FileId>,
    /// The file each contact came from (the local file wins).
    pub contact_files: HashMap<String, FileId>,
    /// The local contact directory, if one was read.
    pub local_contacts_file: Option<FileId>,
    /// The position index of each YAML file, built when first asked for (shared with the
    /// file's [`Read`] and its clones: the index is the text's).
    pos: HashMap<FileId, Arc<OnceLock<PosIndex>>>,
    pub ftl: Vec<(FileId, FtlFile)>,
    pub diags: Vec<Diag>,
}

impl Loaded {
    /// Where things stand in a YAML file (None for other files): built on the first
    /// call, from the file's text, by [`PosIndex::scan`].
    pub fn positions(&self, id: FileId) -> Option<&PosIndex> {
        let cell = self.pos.get(&id)?;
        Some(cell.get_or_init(|| PosIndex::scan(self.files.get(id).map_or("", |f| &*f.text))))
    }
}

/// Checks size, encoding and emptiness: the text (empty for a file too large, lossy for
/// one that is not UTF-8), and what is wrong with it.
fn text_of(id: FileId, bytes: Vec<u8>) -> (String, Option<Diag>) {
    if bytes.len() > MAX_FILE_BYTES {
        // At 1:1 of the file (nothing of it is shown), so that the output names a line.
        let d = Diag::error("check-file-too-large").arg("limit", MAX_FILE_BYTES).at(id, Some(0..0));
        return (String::new(), Some(d));
    }
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            // A byte order mark (Windows Notepad writes one) is no part of the text.
            if s.starts_with('\u{feff}') {
                s.drain(..'\u{feff}'.len_utf8());
            }
            let meaningful = s.lines().any(|l| {
                let t = l.trim();
                !t.is_empty() && !t.starts_with('#') && t != "---"
            });
            let empty = (!meaningful).then(|| Diag::error("check-empty-file").at(id, Some(0..0)));
            (s, empty)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            // The lossy text agrees with the bytes up to the first bad one.
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            (lossy, Some(Diag::error("check-not-utf8").at(id, Some(valid..valid + 1))))
        }
    }
}

/// NFC, so that an `ø` typed two ways is one letter. Positions refer to this text.
pub(super) fn nfc(s: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        return s;
    }
    s.nfc().collect()
}

/// Reports what the position scan found (duplicate keys, anchors and aliases, too deep
/// a nesting), building the file's index if no one has; false when the file must not be
/// deserialised (an alias or too deep a nesting).
fn report_scan(loaded: &mut Loaded, id: FileId) -> bool {
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

/// Keeps the first of equal keys in a map read in file order; true if there were any
/// (the position scan then says where both stand).
fn first_of_each<K: AsRef<str> + Clone + Eq + std::hash::Hash, V>(v: &mut Vec<(K, V)>) -> bool {
    let mut seen = HashSet::with_capacity(v.len());
    if v.iter().all(|(k, _)| seen.insert(k.as_ref())) {
        return false;
    }
    let mut seen = HashSet::with_capacity(v.len());
    v.retain(|(k, _)| seen.insert(k.clone()));
    true
}

/// One YAML file as `T`. A clean file is parsed once, by serde_yaml. The position scan
/// (saphyr-parser's events, [`PosIndex`]) runs only where its findings or a place are
/// needed: when the file could hold an anchor or an alias ([`pos::may_alias`]) or nest
/// too deep ([`pos::may_nest_deep`]), when serde_yaml refuses it, or when `dups` finds a key twice in a map read in file order.
/// `controls`: the raw scan found an unsafe character in the file. `parsed`: what
/// serde_yaml made of `text` already (only for a text that [`may_parse_ahead`] lets
/// through).
fn yaml<T: serde::de::DeserializeOwned>(
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
    if parsed.is_none() && (pos::may_alias(text) || pos::may_nest_deep(text)) {
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
    if controls || text.contains('\\') {
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

/// The finding for a text [`guard`] refused.
fn refused_diag(id: FileId, r: Refused) -> Diag {
    match r {
        Refused::TooLarge { limit } => Diag::error("check-file-too-large").arg("limit", limit).at(id, Some(0..0)),
        Refused::TooDeep { at } => Diag::error("check-too-deep").arg("limit", pos::MAX_DEPTH).at(id, Some(at)),
    }
}

/// At most this many control characters are reported per file (one is enough to fix).
const MAX_CONTROL_REPORTS: usize = 20;

/// Reports every character in `text` that must not reach a terminal (see
/// [`crate::safe::is_unsafe`]), where it stands. For `.ftl` files also the `\uXXXX` and
/// `\UXXXXXX` escapes of string literals that stand for one. A text a user sees comes
/// from these files, so none of them may carry such a character.
fn scan_controls(diags: &mut Vec<Diag>, id: FileId, text: &str, ftl: bool) -> bool {
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
fn control_diag(id: FileId, span: std::ops::Range<usize>, c: char) -> Diag {
    let soft = crate::safe::is_invisible(c) || crate::safe::is_bidi_control(c);
    let msg = if soft { "check-invisible-char" } else { "check-control-char" };
    Diag::error(msg).arg("char", format!("U+{:04X}", c as u32)).at(id, Some(span))
}

/// Escapes (a backslash and one of `kinds`, then hex digits; YAML's one-letter escapes
/// too when `kinds` has `e`) in `text` that stand for an unsafe character: (offset,
/// length, the character).
fn unicode_escapes(text: &str, kinds: &[char]) -> Vec<(usize, usize, char)> {
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
    let mut msg = e.to_string();
    // serde_yaml puts the path first ("nodes.a.next: invalid type ..."); where the
    // position scan knows that value, it is more precise than serde's location,
    // which for a custom error is the start of the enclosing mapping.
    let by_path = msg.split_once(": ").and_then(|(path, rest)| {
        let idx = loaded.positions(id)?;
        if let Some(v) = idx.value(path).filter(|v| !v.is_empty()) {
            return Some(v);
        }
        // "contacts.x: `last week` is not a date": the value named, under the path.
        let named = rest.strip_prefix('`')?.split_once('`')?.0;
        idx.find_value_under(path, named, &loaded.files.get(id)?.text)
    });
    let span = by_path.or_else(|| {
        e.location().and_then(|l| loaded.files.offset_of(id, l.line(), l.column())).map(|o| {
            let end = loaded.files.get(id).map_or(o, |f| {
                let rest = &f.text[o.min(f.text.len())..];
                o + rest.find([':', '\n', ' ', ',']).filter(|n| *n > 0).unwrap_or(rest.len().min(1))
            });
            o..end
        })
    });
    // Two documents in one file: serde_yaml gives no place; the second `---` is it.
    let span = span.or_else(|| {
        if !msg.contains("more than one document") {
            return None;
        }
        let text = &loaded.files.get(id)?.text;
        let body = usize::from(text.starts_with("---"));
        let at = text.match_indices("\n---").map(|(i, _)| i + 1).find(|&i| {
            i >= body && text[i + 3..].chars().next().is_none_or(|c| c == '\n' || c == '\r' || c == ' ' || c == '\t')
        })?;
        Some(at..at + 3)
    });
    if let Some(i) = msg.rfind(" at line ") {
        msg.truncate(i);
    }
    // libyaml's "control characters are not allowed at position N": the raw scan
    // has reported the character where it stands; otherwise point at position N
    // (a byte offset), not at 1:1 where serde_yaml puts it.
    let span = match msg.split_once(" at position ").map(|(m, n)| (m.to_string(), n.trim().parse::<usize>())) {
        Some((m, Ok(n))) => {
            if m.contains("control characters")
                && loaded.diags.iter().any(|d| d.msg == "check-control-char" && d.file == Some(id))
            {
                return;
            }
            msg = m;
            let text = loaded.files.get(id).map_or("", |f| &*f.text);
            text.get(n..).and_then(|t| t.chars().next()).map(|c| n..n + c.len_utf8()).or(span)
        }
        _ => span,
    };
    // serde's "duplicate field" repeats what the scan said, with a worse place.
    let scan_found_dup =
        loaded.positions(id).is_some_and(|p| p.problems.iter().any(|p| matches!(p, ScanProblem::DuplicateKey { .. })));
    if scan_found_dup && msg.contains("duplicate field") {
        return;
    }
    loaded.diags.push(worded(&msg).at(id, span));
}

/// serde's message about a value of the wrong shape, in words a user knows and in their
/// language: never a Rust type name (`struct SourceText`). What serde_yaml says about YAML
/// syntax (from libyaml) is passed on as it is.
fn worded(msg: &str) -> Diag {
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

/// Every text of every contact in a contacts file (bundled or local) is one line: a
/// newline, carriage return, tab or line separator in a name, a number or any other
/// field is reported (where it stands: at its escape, else at the value) and made
/// harmless here, in the loader, with [`crate::safe::one_line`]: such a file is left out
/// by the commands that walk (it has an error), and should one be used anyway, no field
/// of it can start a line of its own. The characters [`crate::safe::is_unsafe`] flags
/// are reported by the scans of the whole file already.
fn one_line_contacts(loaded: &mut Loaded, id: FileId, text: &str, file: &mut ContactsFile) {
    let mut found: Vec<(String, &'static str, char)> = Vec::new();
    let mut fix = |path: String, field: &'static str, s: &mut String| {
        // A line break at either end (a block scalar's last one) shows as nothing.
        let new = |c: &char| crate::safe::is_line_break(*c) && !crate::safe::is_unsafe(*c);
        if let Some(bad) = s.trim().chars().find(new) {
            found.push((path, field, bad));
        }
        if s.chars().any(|c| crate::safe::is_line_break(c) || crate::safe::is_unsafe(c)) {
            *s = crate::safe::one_line(s.trim()).into_owned();
        }
    };
    for (cid, c) in &mut file.contacts {
        let base = format!("contacts.{cid}");
        let texts = [("name", Some(&mut c.name)), ("what", Some(&mut c.what)), ("hours", c.hours.as_mut())];
        for (field, t) in texts {
            for (lang, s) in t.into_iter().flat_map(|t| t.0.iter_mut()) {
                fix(format!("{base}.{field}.{lang}"), field, s);
            }
        }
        for (field, s) in [("phone", &mut c.phone), ("email", &mut c.email), ("web", &mut c.web)] {
            if let Some(s) = s {
                fix(format!("{base}.{field}"), field, s);
            }
        }
        if let Some(src) = &mut c.source {
            if let Some(u) = &mut src.url {
                fix(format!("{base}.source.url"), "source", u);
            }
            for (lang, s) in &mut src.name.0 {
                fix(format!("{base}.source.{lang}"), "source", s);
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

fn contacts_dups(c: &mut ContactsFile) -> bool {
    first_of_each(&mut c.contacts)
}

/// Whether a flow file may be parsed on its own, before the merge: one that the byte
/// tests let straight through to serde_yaml, as [`yaml`] would.
fn may_parse_ahead(text: &str) -> bool {
    !pos::may_alias(text) && !pos::may_nest_deep(text)
}

/// A file of the flows folder: a flow, or one of the registries (known by their names).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FlowsFile {
    Flow,
    Sources,
    Duties,
    Contacts,
    Guidance,
}

impl FlowsFile {
    /// What a file of the flows folder is, by its name (a path or a bare name).
    pub(super) fn of(name: &str) -> FlowsFile {
        match name.rsplit(['/', '\\']).next().unwrap_or(name) {
            "sources.yaml" | "sources.yml" => FlowsFile::Sources,
            "duties.yaml" | "duties.yml" => FlowsFile::Duties,
            "contacts.yaml" | "contacts.yml" => FlowsFile::Contacts,
            "guidance.yaml" | "guidance.yml" => FlowsFile::Guidance,
            _ => FlowsFile::Flow,
        }
    }
}

/// Which part of the input a file is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// In the flows folder.
    Flows(FlowsFile),
    /// The local contact directory.
    Local,
    Locale(Lang),
}

/// What a worker made of one file on its own, before the merge: the text the checker
/// sees, what is wrong with the file as bytes, and the flow parsed ahead.
pub struct Read {
    part: Part,
    name: String,
    text: Arc<str>,
    /// Too large, not UTF-8, or empty.
    refused: Option<Diag>,
    /// The unsafe characters of the raw text.
    controls: Vec<Diag>,
    /// serde_yaml's reading of a flow file that [`may_parse_ahead`].
    parsed: Option<Result<Flow, serde_yaml::Error>>,
    /// Where an .ftl file nests too deep for Fluent's recursive parser.
    too_deep: Option<usize>,
    /// The position index of the text, once built (by the first load that needs it).
    pos: Arc<OnceLock<PosIndex>>,
}

impl Clone for Read {
    /// A flow that serde_yaml refused ahead is left to be parsed again by [`yaml`]
    /// (its error is not `Clone`), which gives the same findings: only a text that
    /// [`may_parse_ahead`] is parsed ahead, and for such a text [`yaml`] goes straight
    /// to serde_yaml.
    fn clone(&self) -> Read {
        Read {
            part: self.part,
            name: self.name.clone(),
            text: self.text.clone(),
            refused: self.refused.clone(),
            controls: self.controls.clone(),
            parsed: match &self.parsed {
                Some(Ok(f)) => Some(Ok(f.clone())),
                Some(Err(_)) | None => None,
            },
            too_deep: self.too_deep,
            pos: Arc::clone(&self.pos),
        }
    }
}

impl Input {
    /// Every file read on its own, in the order [`assemble`] takes them and [`load`]
    /// gives them their ids: the flows, the local contact file, the locales. Reading is
    /// most of a small set's load; a caller that loads many sets differing in one file
    /// (the `check` fuzz target) reads the others once and assembles clones of them.
    pub fn read(self) -> Vec<Read> {
        let Input { flows, locales, local_contacts } = self;
        let mut jobs: Vec<(RawFile, Part)> = flows
            .into_iter()
            .map(|f| {
                let p = Part::Flows(FlowsFile::of(&f.name));
                (f, p)
            })
            .collect();
        jobs.extend(local_contacts.map(|f| (f, Part::Local)));
        jobs.extend(locales.into_iter().map(|(lang, f)| (f, Part::Locale(lang))));
        // A small set is read on this thread: starting threads would cost more than reading.
        let total: usize = jobs.iter().map(|(f, _)| f.bytes.len()).sum();
        if total < PAR_MIN_BYTES {
            jobs.into_iter().enumerate().map(|(id, (raw, part))| read(id, raw, part)).collect()
        } else {
            par_map(jobs, |id, (raw, part)| read(id, raw, part))
        }
    }
}

fn read(id: FileId, raw: RawFile, part: Part) -> Read {
    let (text, refused) = text_of(id, raw.bytes.into_owned());
    let mut r = Read {
        part,
        name: raw.name,
        text: Arc::from(""),
        refused,
        controls: Vec::new(),
        parsed: None,
        too_deep: None,
        pos: Arc::default(),
    };
    if r.refused.is_some() {
        r.text = text.into();
        return r;
    }
    let text = nfc(text);
    scan_controls(&mut r.controls, id, &text, matches!(part, Part::Locale(_)));
    match part {
        // Refused before Fluent's recursive parser sees it (it would overflow).
        Part::Locale(_) => r.too_deep = crate::i18n::ftl_too_deep(&text, pos::MAX_DEPTH),
        Part::Flows(FlowsFile::Flow) if may_parse_ahead(&text) => {
            // Refused by the guard (it cannot be: the tests of `may_parse_ahead` are
            // its own): left to `yaml`, which says why.
            r.parsed = match from_yaml::<Flow>(&text, MAX_FILE_BYTES, None) {
                Ok(mut f) => {
                    f.shrink();
                    Some(Ok(f))
                }
                Err(YamlError::Yaml(e)) => Some(Err(e)),
                Err(YamlError::Refused(_)) => None,
            };
        }
        _ => {}
    }
    r.text = text.into();
    r
}

/// `f` on every job, spread over the processor's cores (this thread is one of them),
/// the results in the jobs' order. Most of a large set's check is serde_yaml and
/// Fluent's parser on its files, and the files do not depend on each other.
pub(crate) fn par_map<J: Send, R: Send>(jobs: Vec<J>, f: impl Fn(usize, J) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len());
    if threads < 2 {
        return jobs.into_iter().enumerate().map(|(i, j)| f(i, j)).collect();
    }
    let jobs: Vec<Mutex<Option<J>>> = jobs.into_iter().map(|j| Mutex::new(Some(j))).collect();
    let next = AtomicUsize::new(0);
    // Each worker takes the next job not taken, so a slow file holds up no other.
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(slot) = jobs.get(i) else { break };
            if let Some(job) = slot.lock().map_or(None, |mut j| j.take()) {
                done.push((i, f(i, job)));
            }
        }
        done
    };
    let mut done = std::thread::scope(|s| {
        let others: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut done = work();
        for h in others {
            match h.join() {
                Ok(d) => done.extend(d),
                // A bug: the panic goes on, as it would have on this thread.
                Err(p) => std::panic::resume_unwind(p),
            }
        }
        done
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Below this many bytes in all, the files are read one after the other.
pub(crate) const PAR_MIN_BYTES: usize = 64 * 1024;

pub fn load(input: Input) -> Loaded {
    assemble(input.read())
}

/// The files read ([`Input::read`], of one input or of several: a file read is the same
/// wherever it is) put together into one set, in this order: file `i` gets id `i`.
pub fn assemble(reads: Vec<Read>) -> Loaded {
    let mut loaded = Loaded::default();
    let mut contact_sources: Vec<(FileId, ContactsFile)> = Vec::new();
    // Each file in its turn: the checker sorts the findings by file and place.
    for mut r in reads {
        let id = loaded.files.add(r.name.as_str(), r.text.clone());
        // Read as the file of another id, perhaps (the findings of a read are its own).
        for d in r.refused.iter_mut().chain(&mut r.controls) {
            d.file = d.file.map(|_| id);
        }
        if r.part == Part::Local {
            loaded.local_contacts_file = Some(id);
        }
        match (r.refused, r.part) {
            // An empty .ftl file is allowed (a language may have nothing in one file).
            (Some(d), Part::Locale(_)) if d.msg == "check-empty-file" => continue,
            (Some(d), _) => {
                loaded.diags.push(d);
                continue;
            }
            (None, _) => {}
        }
        if matches!(r.part, Part::Flows(_) | Part::Local) {
            loaded.pos.insert(id, Arc::clone(&r.pos));
        }
        let controls = !r.controls.is_empty();
        loaded.diags.extend(r.controls);
        let text = &*r.text;
        match r.part {
            Part::Flows(FlowsFile::Sources) => {
                let dups = |s: &mut SourcesFile| first_of_each(&mut s.documents);
                if let Some(s) = yaml(&mut loaded, id, text, controls, dups, None) {
                    loaded.sources_file = Some(id);
                    loaded.set.documents.extend(s.documents);
                }
            }
            Part::Flows(FlowsFile::Duties) => {
                let dups = |d: &mut DutiesFile| first_of_each(&mut d.duties);
                if let Some(d) = yaml(&mut loaded, id, text, controls, dups, None) {
                    loaded.duties_file = Some(id);
                    loaded.set.duties.extend(d.duties);
                }
            }
            Part::Flows(FlowsFile::Guidance) => {
                if let Some(g) = yaml::<GuidanceFile>(&mut loaded, id, text, controls, |_| false, None) {
                    guidance_file(&mut loaded, id, &g);
                }
            }
            Part::Flows(FlowsFile::Flow) => {
                let dups = |f: &mut Flow| first_of_each(&mut f.nodes);
                if let Some(f) = yaml(&mut loaded, id, text, controls, dups, r.parsed) {
                    loaded.set.flows.push(f);
                    loaded.flow_files.push(id);
                }
            }
            Part::Flows(FlowsFile::Contacts) | Part::Local => {
                if let Some(mut c) = yaml(&mut loaded, id, text, controls, contacts_dups, None) {
                    one_line_contacts(&mut loaded, id, text, &mut c);
                    contact_sources.push((id, c));
                }
            }
            Part::Locale(lang) => match r.too_deep {
                Some(at) => {
                    let d = Diag::error("check-too-deep").arg("limit", pos::MAX_DEPTH);
                    loaded.diags.push(d.at(id, Some(at..at + 1)));
                }
                None => loaded.ftl.push((id, FtlFile { lang, name: r.name, text: FtlText::Shared(r.text) })),
            },
        }
    }
    for (id, file) in contact_sources {
        if Some(id) == loaded.local_contacts_file {
            loaded.set.local_setting = file.setting.clone();
        } else if file.setting.is_some() {
            // Where the service works is the service's own: never in the bundled set.
            let p = loaded.positions(id).and_then(|x| x.key_or_best("setting"));
            loaded.diags.push(Diag::error("check-setting-not-local").at(id, p));
        }
        for (cid, c) in file.contacts {
            if !loaded.set.contact_order.contains(&cid) {
                loaded.set.contact_order.push(cid.clone());
            }
            loaded.contact_files.insert(cid.clone(), id);
            if Some(id) == loaded.local_contacts_file && !loaded.set.local_contacts.contains(&cid) {
                loaded.set.local_contacts.push(cid.clone());
            }
            loaded.set.contacts.insert(cid, c);
        }
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::{contacts_path_in, par_map};

    #[test]
    fn the_files_read_side_by_side_come_back_in_their_order() {
        // The first job waits (up to 5 s) until another thread has run a job, so later
        // jobs finish first, elsewhere.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let ran: std::sync::Mutex<Vec<std::thread::ThreadId>> = std::sync::Mutex::default();
        let jobs: Vec<u64> = (0..40).collect();
        let out = par_map(jobs, |i, j| {
            let me = std::thread::current().id();
            let t = std::time::Instant::now();
            let others = || ran.lock().map_or(true, |r| r.iter().any(|&t| t != me));
            while j == 0 && cores > 1 && !others() && t.elapsed().as_secs() < 5 {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            if let Ok(mut r) = ran.lock() {
                r.push(me);
            }
            (i, j * 10, me)
        });
        let order: Vec<(usize, u64)> = out.iter().map(|&(i, v, _)| (i, v)).collect();
        assert_eq!(order, (0..40).map(|i| (i as usize, i * 10)).collect::<Vec<_>>());
        let threads: std::collections::HashSet<_> = out.iter().map(|&(_, _, t)| t).collect();
        assert_eq!(threads.len() > 1, cores > 1, "{} threads on {cores} cores", threads.len());
        assert!(par_map(Vec::<u8>::new(), |_, j| j).is_empty());
    }
    use std::path::{Path, PathBuf};

    fn path(windows: bool, env: &[(&str, &str)]) -> Option<PathBuf> {
        contacts_path_in(windows, |k| env.iter().find(|(n, _)| *n == k).map(|(_, v)| v.into()))
    }

    fn under(base: &str) -> PathBuf {
        Path::new(base).join("veiviser").join("contacts.yaml")
    }

    #[test]
    fn the_local_contacts_file_on_windows_is_in_appdata() {
        let appdata = r"C:\Users\Kari\AppData\Roaming";
        let all = [("APPDATA", appdata), ("USERPROFILE", r"C:\Users\Kari"), ("HOME", "/h"), ("XDG_CONFIG_HOME", "/x")];
        assert_eq!(path(true, &all), Some(under(appdata)));
        // Without APPDATA, the same folder found from the profile.
        let profile = path(true, &[("USERPROFILE", r"C:\Users\Kari"), ("APPDATA", "")]).unwrap();
        assert_eq!(
            profile,
            Path::new(r"C:\Users\Kari").join("AppData").join("Roaming").join("veiviser").join("contacts.yaml")
        );
        // The Unix names mean nothing on Windows.
        assert_eq!(path(true, &[("HOME", "/h"), ("XDG_CONFIG_HOME", "/x")]), None);
    }

    #[test]
    fn the_local_contacts_file_elsewhere_follows_xdg() {
        let all = [("APPDATA", r"C:\A"), ("HOME", "/home/kari"), ("XDG_CONFIG_HOME", "/cfg")];
        assert_eq!(path(false, &all), Some(under("/cfg")));
        assert_eq!(path(false, &[("HOME", "/home/kari"), ("XDG_CONFIG_HOME", "")]), Some(under("/home/kari/.config")));
        assert_eq!(path(false, &[("APPDATA", r"C:\A")]), None);
        assert_eq!(path(false, &[]), None);
    }
}
