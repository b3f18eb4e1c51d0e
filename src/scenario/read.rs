//! Reading scenario files: the format (`scenarios/README.md`) checked field by field,
//! each problem with its file and line, through the one YAML module
//! ([`crate::flow::yaml`]).

use super::{Expect, Feedback, Given, MAX_FILE_BYTES, NodeRef, Scenario, Setting};
use crate::engine::Answer;
use crate::flow::model::LangText;
use crate::flow::yaml::PosIndex;
use crate::i18n::{Lang, Msg};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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
    #[serde(default)]
    setting: Option<String>,
    answers: Vec<RawAnswer>,
    expect: RawExpect,
    #[serde(default)]
    teaching: Vec<LangText>,
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
    /// A question: a text per choice key; a checklist: one text (per language).
    #[serde(default)]
    feedback: Option<RawFeedback>,
    /// A question: other choices as right as `choose` on the case as written.
    #[serde(default)]
    also: Vec<String>,
}

/// A question's feedback is a text per language for each choice key; a checklist's is one
/// text per language (a map of strings).
#[derive(Deserialize)]
#[serde(untagged)]
enum RawFeedback {
    PerChoice(BTreeMap<String, LangText>),
    One(BTreeMap<String, String>),
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

/// Reads one scenario from `text` (`file` names it in messages). Checks the shape: every
/// field known, the required ones there, each answer naming `flow/node` and exactly one
/// of `choose`, `tick`, `continue: true`, a title and a case text in every language of
/// `langs`.
pub fn parse(file: &str, text: &str, langs: &[Lang]) -> Result<Scenario, FileError> {
    use crate::flow::yaml::said::{Said, scenario_message};
    use crate::flow::yaml::{Refused, YamlError, from_yaml};
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
            let msg = Msg::new("cli-scenario-err-too-deep").arg("limit", crate::flow::yaml::MAX_DEPTH.to_string());
            FileError::new(file, Some(line), Some(column), msg)
        }
        YamlError::Yaml(e) => {
            let said = Said::of(&e);
            let (line, column) = (said.location.map(|l| l.0), said.location.map(|l| l.1));
            FileError::new(file, line, column, scenario_message(&said))
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
        let feedback = match a.feedback {
            None => Feedback::None,
            Some(map) => feedback(&answer, map, langs).map_err(|(field, msg)| err(&format!("{path}.{field}"), msg))?,
        };
        if !a.also.is_empty() && !matches!(answer, Answer::Choose(_)) {
            return Err(err(&format!("{path}.also"), Msg::new("cli-scenario-err-also")));
        }
        answers.push(Given { at, answer, feedback, also: a.also, line: line(&path) });
    }
    let setting_todo = raw.setting.as_deref().is_some_and(super::is_placeholder);
    let setting = match raw.setting.as_deref() {
        None => None,
        Some(_) if setting_todo => None,
        Some(k) => Some(Setting::parse(k).ok_or_else(|| {
            err("setting", Msg::new("cli-scenario-err-setting").arg("setting", k).arg("allowed", Setting::keys()))
        })?),
    };
    let mut teaching = Vec::new();
    for (i, t) in raw.teaching.into_iter().enumerate() {
        let field = format!("teaching.{i}");
        for (lang, s) in &t.0 {
            if let Some((_, c)) = crate::safe::first_unsafe(s) {
                return Err(err(&format!("{field}.{lang}"), bad_char(c)));
            }
        }
        for l in langs {
            if t.own(*l).is_none() {
                return Err(err(
                    &field,
                    Msg::new("cli-scenario-err-lang").arg("field", field.as_str()).arg("lang", l.code()),
                ));
            }
        }
        teaching.push(t.0);
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
        setting,
        setting_todo,
        teaching,
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

/// A text per language: a text in each of `langs` and no character that steers the
/// terminal. Err: the field (relative to `field`) and what is wrong.
fn lang_text(
    m: BTreeMap<String, String>,
    field: &str,
    langs: &[Lang],
) -> Result<BTreeMap<String, String>, (String, Msg)> {
    for (k, v) in &m {
        if let Some((_, c)) = crate::safe::first_unsafe(v) {
            let msg = Msg::new("cli-scenario-err-char").arg("char", format!("U+{:04X}", c as u32));
            return Err((format!("{field}.{k}"), msg));
        }
    }
    for l in langs {
        if m.get(l.code()).is_none_or(|s| s.trim().is_empty()) {
            return Err((
                field.to_string(),
                Msg::new("cli-scenario-err-lang").arg("field", field).arg("lang", l.code()),
            ));
        }
    }
    Ok(m)
}

/// The feedback of an answer: per choice key for a question, one text for a checklist,
/// none for going on past a text.
fn feedback(answer: &Answer, raw: RawFeedback, langs: &[Lang]) -> Result<Feedback, (String, Msg)> {
    match (answer, raw) {
        (Answer::Choose(_), RawFeedback::PerChoice(map)) => {
            let mut out = BTreeMap::new();
            for (key, t) in map {
                let field = format!("feedback.{key}");
                out.insert(key, lang_text(t.0, &field, langs)?);
            }
            Ok(Feedback::PerChoice(out))
        }
        (Answer::Tick(_), RawFeedback::One(t)) => Ok(Feedback::One(lang_text(t, "feedback", langs)?)),
        (Answer::Continue, _) => Err(("feedback".to_string(), Msg::new("cli-scenario-err-feedback-continue"))),
        _ => Err(("feedback".to_string(), Msg::new("cli-scenario-err-feedback-text").arg("field", "feedback"))),
    }
}

fn is_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The scenarios shipped, read; the ones that do not read come back as errors.
pub fn load_embedded(langs: &[Lang]) -> (Vec<Scenario>, Vec<FileError>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for (name, text) in super::embedded() {
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

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "id: x\ntitle: {nb: a, en: a}\ntext: {nb: a, en: a}\n";
    const TAIL: &str = "expect:\n  outcome: a/b\n  duties: []\n  actions: []\n";
    const LANGS: &[Lang] = &[Lang::DEFAULT, Lang::FOREIGN];

    fn with(middle: &str) -> Result<Scenario, FileError> {
        parse("x.yaml", &format!("{HEAD}{middle}{TAIL}"), LANGS)
    }

    #[test]
    fn feedback_setting_and_teaching_points_are_read() {
        let s = with(
            "setting: arrival-centre\nanswers:\n  - at: a/b\n    choose: c\n    feedback:\n      c: {nb: ja, en: yes}\n      d: {nb: nei, en: no}\n  - at: a/c\n    tick: [x]\n    feedback: {nb: fordi, en: because}\nteaching:\n  - {nb: punkt, en: point}\n",
        );
        let s = s.map_err(|e| e.msg.id).unwrap_or_else(|id| panic!("{id}"));
        assert_eq!(s.setting, Some(Setting::ArrivalCentre));
        assert_eq!(s.teaching(Lang::FOREIGN), vec!["point"]);
        assert_eq!(s.answers[0].feedback_for(Some("d"), Lang::FOREIGN), Some("no"));
        assert_eq!(s.answers[0].feedback_for(Some("c"), Lang::DEFAULT), Some("ja"));
        assert_eq!(s.answers[0].feedback_for(Some("e"), Lang::DEFAULT), None);
        assert_eq!(s.answers[1].feedback_for(None, Lang::FOREIGN), Some("because"));
    }

    #[test]
    fn feedback_without_a_language_or_on_a_continue_or_an_unknown_setting_is_refused() {
        let no_en = with("answers:\n  - at: a/b\n    choose: c\n    feedback:\n      c: {nb: ja}\n").err();
        assert_eq!(no_en.as_ref().map(|e| e.msg.id), Some("cli-scenario-err-lang"));
        assert_eq!(no_en.and_then(|e| e.line), Some(8));
        let on_continue = with("answers:\n  - at: a/b\n    continue: true\n    feedback: {nb: a, en: b}\n").err();
        assert_eq!(on_continue.map(|e| e.msg.id), Some("cli-scenario-err-feedback-continue"));
        let flat = with("answers:\n  - at: a/b\n    choose: c\n    feedback: {nb: a, en: b}\n").err();
        assert_eq!(flat.map(|e| e.msg.id), Some("cli-scenario-err-feedback-text"));
        let setting = with("setting: moon\nanswers: []\n").err();
        assert_eq!(setting.map(|e| e.msg.id), Some("cli-scenario-err-setting"));
        let point = with("answers: []\nteaching:\n  - {en: only}\n").err();
        assert_eq!(point.map(|e| e.msg.id), Some("cli-scenario-err-lang"));
    }

    #[test]
    fn an_answer_has_exactly_one_of_choose_tick_continue() {
        let text = "id: x\ntitle: {nb: a, en: a}\ntext: {nb: a, en: a}\nanswers:\n  - at: a/b\n    choose: c\n    tick: [d]\nexpect:\n  outcome: a/b\n  duties: []\n  actions: []\n";
        let e = parse("x.yaml", text, &[]).err();
        assert_eq!(e.as_ref().map(|e| e.msg.id), Some("cli-scenario-err-answer"));
        assert_eq!(e.and_then(|e| e.line), Some(5));
    }
}
