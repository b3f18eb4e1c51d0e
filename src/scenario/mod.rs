//! Scenarios for trainers: a short fictional case in every language, the answers a worker
//! would give (by stable choice and item keys) and what must follow (the outcome reached,
//! the duties raised, key actions). [`parse`] reads one file (`scenarios/README.md` has
//! the format), [`replay`] walks it headless on a model and says where it went another
//! way, [`coverage`] says which nodes a set of replays reached. No I/O and no language
//! here but reading a named file ([`load_files`]); problems are [`Msg`]s, put into words by
//! the caller.
//!
//! The scenarios shipped are embedded ([`EMBEDDED`], listed by hand: a test fails when a
//! file in `scenarios/` is missing from the list).

use crate::engine::{Answer, EngineError, Session, StepKind};
use crate::flow::model::LangText;
use crate::flow::pos::PosIndex;
use crate::flow::resolved::{Body, Model};
use crate::i18n::{Lang, Msg};
pub mod report;

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// The scenarios shipped: (file name, text).
pub static EMBEDDED: &[(&str, &str)] = &[
    ("scenarios/acute-danger.yaml", include_str!("../../scenarios/acute-danger.yaml")),
    ("scenarios/adult-declines.yaml", include_str!("../../scenarios/adult-declines.yaml")),
    ("scenarios/adult-wants-help.yaml", include_str!("../../scenarios/adult-wants-help.yaml")),
    ("scenarios/avert-applies.yaml", include_str!("../../scenarios/avert-applies.yaml")),
    ("scenarios/avert-not-met.yaml", include_str!("../../scenarios/avert-not-met.yaml")),
    ("scenarios/child-of-person.yaml", include_str!("../../scenarios/child-of-person.yaml")),
    ("scenarios/companion-present.yaml", include_str!("../../scenarios/companion-present.yaml")),
    ("scenarios/companion-stays.yaml", include_str!("../../scenarios/companion-stays.yaml")),
    ("scenarios/cousin-interprets.yaml", include_str!("../../scenarios/cousin-interprets.yaml")),
    ("scenarios/emergency-at-arrival.yaml", include_str!("../../scenarios/emergency-at-arrival.yaml")),
    ("scenarios/emergency-in-conversation.yaml", include_str!("../../scenarios/emergency-in-conversation.yaml")),
    ("scenarios/forced-marriage-trip.yaml", include_str!("../../scenarios/forced-marriage-trip.yaml")),
    ("scenarios/minor-found-in-conversation.yaml", include_str!("../../scenarios/minor-found-in-conversation.yaml")),
    ("scenarios/mother-child-threatened.yaml", include_str!("../../scenarios/mother-child-threatened.yaml")),
    ("scenarios/possible-minor.yaml", include_str!("../../scenarios/possible-minor.yaml")),
    ("scenarios/registered-19.yaml", include_str!("../../scenarios/registered-19.yaml")),
    ("scenarios/ruled-out-violence.yaml", include_str!("../../scenarios/ruled-out-violence.yaml")),
    ("scenarios/signs-teaching.yaml", include_str!("../../scenarios/signs-teaching.yaml")),
    ("scenarios/still-unclear.yaml", include_str!("../../scenarios/still-unclear.yaml")),
    ("scenarios/travel-debt.yaml", include_str!("../../scenarios/travel-debt.yaml")),
];

/// Largest scenario file read.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

/// A node named in a scenario: `flow/node`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeRef {
    pub flow: String,
    pub node: String,
}

impl NodeRef {
    /// `flow/node`; None when there is no `/` or either side is empty.
    pub fn parse(s: &str) -> Option<NodeRef> {
        let (flow, node) = s.trim().split_once('/')?;
        (!flow.is_empty() && !node.is_empty() && !node.contains('/'))
            .then(|| NodeRef { flow: flow.to_string(), node: node.to_string() })
    }
}

impl fmt::Display for NodeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.flow, self.node)
    }
}

/// One answer of a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given {
    /// The node it answers.
    pub at: NodeRef,
    pub answer: Answer,
    /// Its line in the file (1-based), where known.
    pub line: Option<usize>,
}

/// What must follow.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Expect {
    /// The outcome that heads the summary: the last `headline` outcome reached, else
    /// where the walk ended.
    pub outcome: NodeRef,
    /// The duties raised, as a set (exactly these).
    pub duties: BTreeSet<String>,
    /// Fluent ids of actions the summary must hold.
    pub actions: Vec<String>,
    /// Fluent ids of actions the summary must not hold.
    pub not_actions: Vec<String>,
    /// Nodes the path must pass through (any kind: an outcome of a called flow, say).
    pub passes: Vec<NodeRef>,
}

/// A scenario, read and checked for shape (not yet against a flow set).
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub id: String,
    /// The file it was read from.
    pub file: String,
    /// Per language code.
    pub title: BTreeMap<String, String>,
    /// The fictional case, per language code.
    pub text: BTreeMap<String, String>,
    /// The flow to start; None: the flow set's case flow.
    pub flow: Option<String>,
    pub answers: Vec<Given>,
    pub expect: Expect,
    /// Lines of `expect`'s fields (`outcome`, `duties`, ...) and of their entries
    /// (`actions:outcomes-no-police`).
    lines: BTreeMap<String, usize>,
}

impl Scenario {
    /// The title in `lang`, else in the default language, else the id.
    pub fn title(&self, lang: Lang) -> &str {
        pick(&self.title, lang).unwrap_or(&self.id)
    }
    /// The case text in `lang`, else in the default language.
    pub fn text(&self, lang: Lang) -> &str {
        pick(&self.text, lang).unwrap_or("")
    }
    /// The line of a field of `expect` (`outcome`, `duties`, `actions`, `not-actions`,
    /// `passes`), where known.
    pub fn line_of(&self, field: &str) -> Option<usize> {
        self.lines.get(field).copied()
    }
    /// The line of the entry `name` of the list `field` of `expect`, else the field's.
    fn line_of_entry(&self, field: &str, name: &str) -> Option<usize> {
        self.line_of(&format!("{field}:{name}")).or(self.line_of(field))
    }
}

fn pick(m: &BTreeMap<String, String>, lang: Lang) -> Option<&str> {
    lang.fallbacks().into_iter().find_map(|l| m.get(l.code()).map(String::as_str).filter(|s| !s.trim().is_empty()))
}

/// A scenario file that cannot be read or is not a scenario: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub file: String,
    /// 1-based line and column, where known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub msg: Msg,
}

impl FileError {
    fn new(file: &str, line: Option<usize>, column: Option<usize>, msg: Msg) -> FileError {
        FileError { file: file.to_string(), line, column, msg }
    }
    /// `file:line:column`, as far as known.
    pub fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    id: String,
    title: LangText,
    text: LangText,
    #[serde(default)]
    flow: Option<String>,
    answers: Vec<RawAnswer>,
    expect: RawExpect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    at: String,
    #[serde(default)]
    choose: Option<String>,
    #[serde(default)]
    tick: Option<Vec<String>>,
    #[serde(default, rename = "continue")]
    go_on: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExpect {
    outcome: String,
    duties: Vec<String>,
    actions: Vec<String>,
    #[serde(default, rename = "not-actions")]
    not_actions: Vec<String>,
    #[serde(default)]
    passes: Vec<String>,
}

/// 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len())).map_or(1, |b| b.matches('\n').count() + 1)
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    (line_at(text, offset), text[start..offset].chars().count() + 1)
}

/// serde_yaml's message in the user's words where it is one we know (unknown or missing
/// field), else as serde_yaml gives it (libyaml's words for YAML syntax), without its
/// "at line N column M" (the place is given apart).
fn yaml_message(e: &serde_yaml::Error) -> Msg {
    let mut text = e.to_string();
    if let Some(i) = text.rfind(" at line ") {
        text.truncate(i);
    }
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

/// Reads one scenario from `text` (`file` names it in messages). Checks the shape: every
/// field known, the required ones there, each answer naming `flow/node` and exactly one
/// of `choose`, `tick`, `continue: true`, a title and a case text in every language of
/// `langs`.
pub fn parse(file: &str, text: &str, langs: &[Lang]) -> Result<Scenario, FileError> {
    use crate::flow::load::{Refused, YamlError, from_yaml};
    if text.len() <= MAX_FILE_BYTES && text.trim().is_empty() {
        return Err(FileError::new(file, None, None, Msg::new("cli-scenario-err-empty")));
    }
    // The loader's guard, as for every YAML file: size and depth before serde_yaml.
    let raw: RawScenario = from_yaml(text, MAX_FILE_BYTES, None).map_err(|e| match e {
        YamlError::Refused(Refused::TooLarge { .. }) => {
            FileError::new(file, None, None, Msg::new("cli-scenario-err-too-large"))
        }
        YamlError::Refused(Refused::TooDeep { at }) => {
            let (line, column) = line_column(text, at.start);
            let msg = Msg::new("cli-scenario-err-too-deep").arg("limit", crate::flow::pos::MAX_DEPTH.to_string());
            FileError::new(file, Some(line), Some(column), msg)
        }
        YamlError::Yaml(e) => {
            let loc = e.location();
            FileError::new(file, loc.as_ref().map(|l| l.line()), loc.as_ref().map(|l| l.column()), yaml_message(&e))
        }
    })?;
    // No character that steers the terminal, hides, or breaks the layout (issue 23):
    // written as it is, at its place; written as an escape, at its field.
    let bad_char = |c: char| Msg::new("cli-scenario-err-char").arg("char", format!("U+{:04X}", c as u32));
    if let Some((at, c)) = crate::safe::first_unsafe(text) {
        let (line, column) = line_column(text, at);
        return Err(FileError::new(file, Some(line), Some(column), bad_char(c)));
    }
    let pos = PosIndex::scan(text);
    let line = |path: &str| pos.key_or_best(path).map(|r| line_at(text, r.start));
    let err = |path: &str, msg: Msg| FileError::new(file, line(path), None, msg);
    for (field, t) in [("title", &raw.title), ("text", &raw.text)] {
        for (lang, s) in &t.0 {
            if let Some((_, c)) = crate::safe::first_unsafe(s) {
                return Err(err(&format!("{field}.{lang}"), bad_char(c)));
            }
        }
    }
    if !is_id(&raw.id) {
        return Err(err("id", Msg::new("cli-scenario-err-id").arg("id", raw.id.as_str())));
    }
    for (field, t) in [("title", &raw.title), ("text", &raw.text)] {
        for l in langs {
            if t.own(*l).is_none() {
                return Err(err(field, Msg::new("cli-scenario-err-lang").arg("field", field).arg("lang", l.code())));
            }
        }
    }
    let mut answers = Vec::new();
    for (i, a) in raw.answers.into_iter().enumerate() {
        let path = format!("answers.{i}");
        let Some(at) = NodeRef::parse(&a.at) else {
            return Err(err(&format!("{path}.at"), Msg::new("cli-scenario-err-node").arg("node", a.at.as_str())));
        };
        let answer = match (a.choose, a.tick, a.go_on) {
            (Some(k), None, None) => Answer::Choose(k),
            (None, Some(keys), None) => Answer::Tick(keys),
            (None, None, Some(true)) => Answer::Continue,
            _ => return Err(err(&path, Msg::new("cli-scenario-err-answer").arg("n", (i + 1).to_string()))),
        };
        answers.push(Given { at, answer, line: line(&path) });
    }
    let e = raw.expect;
    let node = |path: &str, s: &str| {
        NodeRef::parse(s).ok_or_else(|| err(path, Msg::new("cli-scenario-err-node").arg("node", s)))
    };
    let outcome = node("expect.outcome", &e.outcome)?;
    let passes =
        e.passes.iter().enumerate().map(|(i, p)| node(&format!("expect.passes.{i}"), p)).collect::<Result<_, _>>()?;
    // The line of each field of `expect` and of each entry of its lists.
    let mut lines = BTreeMap::new();
    let lists =
        [("duties", &e.duties), ("actions", &e.actions), ("not-actions", &e.not_actions), ("passes", &e.passes)];
    for f in ["outcome", "duties", "actions", "not-actions", "passes"] {
        if let Some(l) = line(&format!("expect.{f}")) {
            lines.insert(f.to_string(), l);
        }
    }
    for (f, list) in lists {
        for (i, name) in list.iter().enumerate() {
            // A list on one line (`[a, b]`) has no line per entry: the field's line serves.
            if let Some(l) = pos.key(&format!("expect.{f}.{i}")).map(|r| line_at(text, r.start)) {
                lines.entry(format!("{f}:{}", name.trim())).or_insert(l);
            }
        }
    }
    Ok(Scenario {
        id: raw.id,
        file: file.to_string(),
        title: raw.title.0,
        text: raw.text.0,
        flow: raw.flow,
        answers,
        expect: Expect {
            outcome,
            duties: e.duties.into_iter().collect(),
            actions: e.actions,
            not_actions: e.not_actions,
            passes,
        },
        lines,
    })
}

fn is_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The scenarios shipped, read; the ones that do not read come back as errors.
pub fn load_embedded(langs: &[Lang]) -> (Vec<Scenario>, Vec<FileError>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for (name, text) in EMBEDDED {
        match parse(name, text, langs) {
            Ok(s) => ok.push(s),
            Err(e) => bad.push(e),
        }
    }
    (ok, bad)
}

/// A named file that cannot be read at all (not there, not UTF-8, too large): the tool
/// cannot run on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub path: PathBuf,
    pub msg: Msg,
}

/// Reads scenario files. Err when one cannot be read at all; a file that reads but is
/// not a scenario is an error in the second list.
pub fn load_files(paths: &[PathBuf], langs: &[Lang]) -> Result<(Vec<Scenario>, Vec<FileError>), Unreadable> {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for p in paths {
        let text = read(p)?;
        match parse(&p.display().to_string(), &text, langs) {
            Ok(s) => ok.push(s),
            Err(e) => bad.push(e),
        }
    }
    Ok((ok, bad))
}

fn read(p: &Path) -> Result<String, Unreadable> {
    let fail = |id: &'static str, detail: String| Unreadable {
        path: p.to_path_buf(),
        msg: Msg::new(id).arg("path", p.display().to_string()).arg("detail", detail),
    };
    if !p.is_file() {
        return Err(fail("cli-err-no-file", String::new()));
    }
    let meta = std::fs::metadata(p).map_err(|e| fail("cli-err-read", e.to_string()))?;
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(fail("cli-scenario-err-file-too-large", MAX_FILE_BYTES.to_string()));
    }
    let bytes = std::fs::read(p).map_err(|e| fail("cli-err-read", e.to_string()))?;
    String::from_utf8(bytes).map_err(|_| fail("cli-scenario-err-not-utf8", String::new()))
}

/// One answer given in a replay, and the session after it.
#[derive(Clone)]
pub struct Played<'m> {
    /// Where it was given.
    pub at: NodeRef,
    pub answer: Answer,
    /// The scenario's answer it was (its index), or None for a text or an outcome gone
    /// past without one (an implicit continue).
    pub given: Option<usize>,
    /// The session after the answer.
    pub session: Session<'m>,
}

/// Why a replay did not go as the scenario says. Each names the scenario's answer or
/// field it is about, so a message can give its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The flow to start does not exist (or there is no case flow).
    NoFlow(String),
    /// Answer `index` names a node that does not exist.
    UnknownNode { index: usize, at: NodeRef },
    /// Answer `index` is for `expected`, but the flow asks at `found`.
    WrongNode { index: usize, expected: NodeRef, found: NodeRef },
    /// Answer `index` does not fit the step: a key the node does not have, or has but does
    /// not show here (its condition does not hold), or the wrong kind of answer.
    BadAnswer { index: usize, at: NodeRef, why: BadAnswer },
    /// The answers ran out while the flow asks at `at`.
    RanOut { at: NodeRef },
    /// The walk ended at `at` with answers left, the first of them `index`.
    EndedEarly { index: usize, at: NodeRef },
    /// The engine stopped (a circle of skipped nodes).
    Engine(String),
    /// Another outcome heads the summary.
    Outcome { expected: NodeRef, found: Option<NodeRef> },
    /// Other duties were raised.
    Duties { expected: BTreeSet<String>, found: BTreeSet<String> },
    /// An action expected in the summary is not there.
    ActionMissing(String),
    /// An action that must not be in the summary is.
    ActionPresent(String),
    /// The path did not pass through this node.
    NotPassed(NodeRef),
    /// The scenario names a duty, action or outcome the flow set does not have.
    Unknown { what: Unknown, name: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadAnswer {
    /// The node has no choice or item with this key.
    NoSuchKey,
    /// The key is there but not shown now (its `when` does not hold).
    NotShown,
    /// An answer of the wrong kind (a choice for a checklist, ...).
    WrongKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unknown {
    Duty,
    Action,
    /// `expect.outcome` or `expect.passes` names no node, or the outcome is not one.
    Node,
}

impl Problem {
    /// What it means, as a Fluent id and its arguments. `s` gives the answers' keys.
    pub fn message(&self, s: &Scenario) -> Msg {
        let n = |i: &usize| (i + 1).to_string();
        let ans = |i: &usize| s.answers.get(*i).map(|g| answer_words(&g.answer)).unwrap_or_default();
        match self {
            Problem::NoFlow(f) => Msg::new("cli-scenario-no-flow").arg("flow", f.as_str()),
            Problem::UnknownNode { index, at } => {
                Msg::new("cli-scenario-unknown-node").arg("n", n(index)).arg("node", at.to_string())
            }
            Problem::WrongNode { index, expected, found } => Msg::new("cli-scenario-wrong-node")
                .arg("n", n(index))
                .arg("expected", expected.to_string())
                .arg("found", found.to_string()),
            Problem::BadAnswer { index, at, why } => {
                let id = match why {
                    BadAnswer::NoSuchKey => "cli-scenario-no-key",
                    BadAnswer::NotShown => "cli-scenario-not-shown",
                    BadAnswer::WrongKind => "cli-scenario-wrong-kind",
                };
                Msg::new(id).arg("n", n(index)).arg("node", at.to_string()).arg("answer", ans(index))
            }
            Problem::RanOut { at } => Msg::new("cli-scenario-ran-out").arg("node", at.to_string()),
            Problem::EndedEarly { index, at } => Msg::new("cli-scenario-ended-early")
                .arg("node", at.to_string())
                .arg("n", n(index))
                .arg("left", (s.answers.len() - index).to_string()),
            Problem::Engine(at) => Msg::new("walk-err-broken").arg("input", at.as_str()),
            Problem::Outcome { expected, found } => Msg::new("cli-scenario-outcome")
                .arg("expected", expected.to_string())
                .arg("found", found.as_ref().map_or_else(|| "-".to_string(), NodeRef::to_string)),
            Problem::Duties { expected, found } => Msg::new("cli-scenario-duties")
                .arg("expected", list_or_dash(expected.iter()))
                .arg("found", list_or_dash(found.iter())),
            Problem::ActionMissing(a) => Msg::new("cli-scenario-action-missing").arg("action", a.as_str()),
            Problem::ActionPresent(a) => Msg::new("cli-scenario-action-present").arg("action", a.as_str()),
            Problem::NotPassed(at) => Msg::new("cli-scenario-not-passed").arg("node", at.to_string()),
            Problem::Unknown { what, name } => {
                let id = match what {
                    Unknown::Duty => "cli-scenario-unknown-duty",
                    Unknown::Action => "cli-scenario-unknown-action",
                    Unknown::Node => "cli-scenario-unknown-outcome",
                };
                Msg::new(id).arg("name", name.as_str())
            }
        }
    }

    /// The line in the scenario file it is about, where known.
    pub fn line(&self, s: &Scenario) -> Option<usize> {
        let answer = |i: &usize| s.answers.get(*i).and_then(|g| g.line);
        match self {
            Problem::UnknownNode { index, .. }
            | Problem::WrongNode { index, .. }
            | Problem::BadAnswer { index, .. }
            | Problem::EndedEarly { index, .. } => answer(index),
            Problem::RanOut { .. } | Problem::NoFlow(_) | Problem::Engine(_) => None,
            Problem::Outcome { .. } => s.line_of("outcome"),
            Problem::Duties { .. } => s.line_of("duties"),
            Problem::ActionMissing(a) => s.line_of_entry("actions", a),
            Problem::ActionPresent(a) => s.line_of_entry("not-actions", a),
            Problem::NotPassed(p) => s.line_of_entry("passes", &p.to_string()),
            Problem::Unknown { what: Unknown::Duty, name } => s.line_of_entry("duties", name),
            Problem::Unknown { what: Unknown::Action, name } => {
                if s.expect.actions.contains(name) {
                    s.line_of_entry("actions", name)
                } else {
                    s.line_of_entry("not-actions", name)
                }
            }
            Problem::Unknown { what: Unknown::Node, name } => {
                if s.expect.outcome.to_string() == *name {
                    s.line_of("outcome")
                } else {
                    s.line_of_entry("passes", name)
                }
            }
        }
    }
}

fn list_or_dash<'a>(it: impl Iterator<Item = &'a String>) -> String {
    let v: Vec<&str> = it.map(String::as_str).collect();
    if v.is_empty() { "-".to_string() } else { v.join(", ") }
}

/// An answer in a path: the choice key, the ticked keys in brackets, or `↵` for going on.
pub fn answer_words(a: &Answer) -> String {
    match a {
        Answer::Choose(k) => k.clone(),
        Answer::Tick(keys) => format!("[{}]", keys.join(", ")),
        Answer::Continue => "↵".to_string(),
    }
}

/// A replay: the session after each answer, and what went another way than the scenario
/// says (nothing when it passed).
#[derive(Clone)]
pub struct Replayed<'m> {
    /// The session before the first answer (None when the flow could not start).
    pub start: Option<Session<'m>>,
    /// Every answer given, implicit continues included, in order.
    pub steps: Vec<Played<'m>>,
    pub problems: Vec<Problem>,
    /// Where the walk stopped: the step shown when it ended or failed.
    pub stopped_at: Option<NodeRef>,
    /// The outcome that heads the summary (see [`Expect::outcome`]).
    pub outcome: Option<NodeRef>,
    /// Every node the path passed through (answered, gone past or entered, and the
    /// outcomes reached).
    pub visited: BTreeSet<NodeRef>,
}

impl<'m> Replayed<'m> {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
    /// The session at the end (or where the replay stopped).
    pub fn last(&self) -> Option<&Session<'m>> {
        self.steps.last().map(|p| &p.session).or(self.start.as_ref())
    }
    /// The path taken beside the path expected, row by row: each answer given (implicit
    /// continues too) beside the scenario's answer it was; where the replay stopped, the
    /// step it stopped at beside the answer it could not give; then the scenario's
    /// answers not reached; last the outcome reached beside the one expected.
    pub fn rows(&self, s: &Scenario) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut next = 0;
        for p in &self.steps {
            let taken = Some(format!("{}: {}", p.at, answer_words(&p.answer)));
            match p.given {
                Some(i) => {
                    let expected = s.answers.get(i).map(|g| format!("{}: {}", g.at, answer_words(&g.answer)));
                    rows.push(Row { differs: false, taken, expected });
                    next = i + 1;
                }
                None => rows.push(Row { taken, expected: None, differs: false }),
            }
        }
        let failed_at = self.problems.iter().find_map(|p| match p {
            Problem::WrongNode { index, .. }
            | Problem::BadAnswer { index, .. }
            | Problem::UnknownNode { index, .. } => Some(*index),
            _ => None,
        });
        if failed_at.is_some() || self.problems.iter().any(|p| matches!(p, Problem::RanOut { .. })) {
            rows.push(Row {
                taken: self.stopped_at.as_ref().map(|n| format!("{n}: ?")),
                expected: s.answers.get(next).map(|g| format!("{}: {}", g.at, answer_words(&g.answer))),
                differs: true,
            });
            next += 1;
        }
        let early = self.problems.iter().any(|p| matches!(p, Problem::EndedEarly { .. }));
        for (k, g) in s.answers.iter().enumerate().skip(next) {
            rows.push(Row {
                taken: None,
                expected: Some(format!("{}: {}", g.at, answer_words(&g.answer))),
                differs: early && k == next,
            });
        }
        let outcome_differs = self.outcome.as_ref() != Some(&s.expect.outcome);
        rows.push(Row {
            taken: Some(format!("→ {}", self.outcome.as_ref().map_or_else(|| "-".to_string(), NodeRef::to_string))),
            expected: Some(format!("→ {}", s.expect.outcome)),
            differs: outcome_differs,
        });
        rows
    }
}

/// One row of the path taken beside the path expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub taken: Option<String>,
    pub expected: Option<String>,
    /// Where the two part.
    pub differs: bool,
}

fn node_ref(model: &Model, flow: usize, node: usize) -> NodeRef {
    let f = &model.flows[flow];
    NodeRef { flow: f.id.clone(), node: f.nodes[node].id.to_string() }
}

fn node_exists(model: &Model, r: &NodeRef) -> bool {
    model.flow(&r.flow).is_some_and(|f| f.nodes.iter().any(|n| n.id == r.node))
}

/// The names in `expect` the flow set does not have: duties, action ids, the outcome (or
/// a node that is not an outcome), nodes to pass.
pub fn unknown_names(model: &Model, s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    for d in &s.expect.duties {
        if !model.set.duties.contains_key(d) {
            out.push(Problem::Unknown { what: Unknown::Duty, name: d.clone() });
        }
    }
    let actions: BTreeSet<&str> =
        model.flows.iter().flat_map(|f| &f.nodes).flat_map(|n| n.actions()).map(|a| a.text.as_str()).collect();
    for a in s.expect.actions.iter().chain(&s.expect.not_actions) {
        if !actions.contains(a.as_str()) {
            out.push(Problem::Unknown { what: Unknown::Action, name: a.clone() });
        }
    }
    let is_outcome = model
        .flow(&s.expect.outcome.flow)
        .and_then(|f| f.nodes.iter().find(|n| n.id == s.expect.outcome.node))
        .is_some_and(|n| matches!(n.body, Body::Outcome { .. }));
    if !is_outcome {
        out.push(Problem::Unknown { what: Unknown::Node, name: s.expect.outcome.to_string() });
    }
    for p in &s.expect.passes {
        if !node_exists(model, p) {
            out.push(Problem::Unknown { what: Unknown::Node, name: p.to_string() });
        }
    }
    out
}

/// Why `answer` does not fit the node at `at` of the session.
fn bad_answer(session: &Session, answer: &Answer) -> BadAnswer {
    let step = session.step();
    match (step.kind, answer) {
        (StepKind::Question, Answer::Choose(k)) => {
            if step.node.choices().iter().any(|c| &c.key == k) {
                BadAnswer::NotShown
            } else {
                BadAnswer::NoSuchKey
            }
        }
        (StepKind::Checklist, Answer::Tick(keys)) => {
            if keys.iter().all(|k| step.node.items().iter().any(|i| &i.key == k)) {
                BadAnswer::NotShown
            } else {
                BadAnswer::NoSuchKey
            }
        }
        _ => BadAnswer::WrongKind,
    }
}

/// Replays `s` on `model`: starts its flow, gives its answers in order (a text or an
/// outcome inside a called flow that the next answer does not name is gone past), and
/// compares the end with `expect`. Stops at the first answer that does not fit.
pub fn replay<'m>(model: &'m Model, s: &Scenario) -> Replayed<'m> {
    let mut r = Replayed {
        start: None,
        steps: Vec::new(),
        problems: unknown_names(model, s),
        stopped_at: None,
        outcome: None,
        visited: BTreeSet::new(),
    };
    let flow = match &s.flow {
        Some(f) => Some(f.clone()),
        None => model.case_flow().map(|f| f.id.clone()),
    };
    let Some(flow) = flow else {
        r.problems.insert(0, Problem::NoFlow(String::new()));
        return r;
    };
    let mut session = match Session::start(model, &flow) {
        Ok(x) => x,
        Err(_) => {
            r.problems.insert(0, Problem::NoFlow(flow));
            return r;
        }
    };
    r.start = Some(session.clone());
    let mut next = 0;
    let mut walk_problem = None;
    while !session.is_finished() {
        let step = session.step();
        let here = NodeRef { flow: step.flow.id.clone(), node: step.node_id.to_string() };
        let given = s.answers.get(next);
        let names_here = given.is_some_and(|g| g.at == here);
        let (answer, index) = match step.kind {
            StepKind::Info | StepKind::Outcome if !names_here => {
                // Gone past: an implicit continue.
                (Answer::Continue, None)
            }
            _ => match given {
                None => {
                    walk_problem = Some(Problem::RanOut { at: here.clone() });
                    r.stopped_at = Some(here);
                    break;
                }
                Some(g) if g.at != here => {
                    walk_problem = Some(if node_exists(model, &g.at) {
                        Problem::WrongNode { index: next, expected: g.at.clone(), found: here.clone() }
                    } else {
                        Problem::UnknownNode { index: next, at: g.at.clone() }
                    });
                    r.stopped_at = Some(here);
                    break;
                }
                Some(g) => {
                    let mut a = g.answer.clone();
                    // Items known already start ticked, as on screen.
                    if let Answer::Tick(keys) = &mut a {
                        for k in &step.known {
                            if !keys.iter().any(|x| x == k) {
                                keys.push((*k).to_string());
                            }
                        }
                    }
                    (a, Some(next))
                }
            },
        };
        match session.answer(answer.clone()) {
            Ok(()) => {}
            Err(EngineError::BadAnswer) => {
                let why = bad_answer(&session, &answer);
                walk_problem = Some(Problem::BadAnswer { index: index.unwrap_or(next), at: here.clone(), why });
                r.stopped_at = Some(here);
                break;
            }
            Err(e) => {
                let at = match e {
                    EngineError::Circle(at) => at,
                    _ => here.to_string(),
                };
                walk_problem = Some(Problem::Engine(at));
                r.stopped_at = Some(here);
                break;
            }
        }
        if index.is_some() {
            next += 1;
        }
        r.steps.push(Played { at: here, answer, given: index, session: session.clone() });
    }
    let end = r.last().cloned();
    if let Some(end) = &end {
        let summary = end.summary();
        if r.stopped_at.is_none() {
            let step = end.step();
            r.stopped_at = Some(NodeRef { flow: step.flow.id.clone(), node: step.node_id.to_string() });
        }
        for p in &summary.path {
            r.visited.insert(node_ref(model, p.flow, p.node));
        }
        for o in &summary.outcomes {
            r.visited.insert(NodeRef { flow: o.flow.id.clone(), node: o.node.id.to_string() });
        }
        let head = summary
            .outcomes
            .iter()
            .rev()
            .find(|o| o.headline)
            .or_else(|| summary.outcomes.last().filter(|_| summary.finished));
        r.outcome = head.map(|o| NodeRef { flow: o.flow.id.clone(), node: o.node.id.to_string() });
        if walk_problem.is_none() && next < s.answers.len() {
            walk_problem = Some(Problem::EndedEarly {
                index: next,
                at: r.stopped_at.clone().unwrap_or_else(|| s.expect.outcome.clone()),
            });
        }
        if let Some(p) = walk_problem {
            // The walk went another way: what followed from it says nothing more.
            r.problems.push(p);
            return r;
        }
        if r.outcome.as_ref() != Some(&s.expect.outcome) {
            r.problems.push(Problem::Outcome { expected: s.expect.outcome.clone(), found: r.outcome.clone() });
        }
        let found: BTreeSet<String> = end.duties().iter().cloned().collect();
        if found != s.expect.duties {
            r.problems.push(Problem::Duties { expected: s.expect.duties.clone(), found });
        }
        let actions: BTreeSet<&str> =
            summary.outcomes.iter().flat_map(|o| &o.actions).map(|a| a.text.as_str()).collect();
        for a in &s.expect.actions {
            if !actions.contains(a.as_str()) {
                r.problems.push(Problem::ActionMissing(a.clone()));
            }
        }
        for a in &s.expect.not_actions {
            if actions.contains(a.as_str()) {
                r.problems.push(Problem::ActionPresent(a.clone()));
            }
        }
        for p in &s.expect.passes {
            if !r.visited.contains(p) {
                r.problems.push(Problem::NotPassed(p.clone()));
            }
        }
    }
    r
}

/// What a set of replays reached, flow by flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub flows: Vec<FlowCoverage>,
    /// Every node reached.
    pub reached: BTreeSet<NodeRef>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowCoverage {
    pub flow: String,
    pub nodes: usize,
    pub nodes_reached: usize,
    pub outcomes: usize,
    pub outcomes_reached: usize,
    /// Node ids not reached, in the flow's order.
    pub unreached: Vec<String>,
}

impl Coverage {
    /// Whether some replay reached `flow/node` (for marking a graph).
    pub fn is_reached(&self, flow: &str, node: &str) -> bool {
        self.reached.contains(&NodeRef { flow: flow.to_string(), node: node.to_string() })
    }
}

/// Which nodes and outcomes of each flow of `model` the replays reached (failed replays
/// count as far as they went).
pub fn coverage(model: &Model, replays: &[Replayed]) -> Coverage {
    let reached: BTreeSet<NodeRef> = replays.iter().flat_map(|r| r.visited.iter().cloned()).collect();
    let flows = model
        .flows
        .iter()
        .map(|f| {
            let hit = |id: &str| reached.contains(&NodeRef { flow: f.id.clone(), node: id.to_string() });
            let outcome = |n: &&crate::flow::resolved::Node| matches!(n.body, Body::Outcome { .. });
            FlowCoverage {
                flow: f.id.clone(),
                nodes: f.nodes.len(),
                nodes_reached: f.nodes.iter().filter(|n| hit(&n.id)).count(),
                outcomes: f.nodes.iter().filter(outcome).count(),
                outcomes_reached: f.nodes.iter().filter(outcome).filter(|n| hit(&n.id)).count(),
                unreached: f.nodes.iter().filter(|n| !hit(&n.id)).map(|n| n.id.to_string()).collect(),
            }
        })
        .collect();
    Coverage { flows, reached }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_ref_is_flow_slash_node() {
        assert_eq!(NodeRef::parse("triage/age").map(|n| n.to_string()), Some("triage/age".to_string()));
        assert_eq!(NodeRef::parse("triage"), None);
        assert_eq!(NodeRef::parse("/age"), None);
        assert_eq!(NodeRef::parse("a/b/c"), None);
    }

    #[test]
    fn an_answer_has_exactly_one_of_choose_tick_continue() {
        let text = "id: x\ntitle: {nb: a, en: a}\ntext: {nb: a, en: a}\nanswers:\n  - at: a/b\n    choose: c\n    tick: [d]\nexpect:\n  outcome: a/b\n  duties: []\n  actions: []\n";
        let e = parse("x.yaml", text, &[]).err();
        assert_eq!(e.as_ref().map(|e| e.msg.id), Some("cli-scenario-err-answer"));
        assert_eq!(e.and_then(|e| e.line), Some(5));
    }
}
