//! Walking the whole case through the JSON protocol of the real binary (`walk --json`)
//! on the bundled flows, answer by answer.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// The prefix of an answer to the case's optional signs step (`signs/noticed`): item
/// keys after it, separated by spaces. Walks that give no such answer go past the step
/// with nothing ticked, as a worker may.
pub const SIGNS: &str = "signs:";

/// An empty answer: a checklist with nothing ticked (texts and outcomes are passed by
/// themselves).
pub const NONE: &str = "";

/// What a walk showed: every step (in order) and the summary (null when the answers ran
/// out before it).
pub struct Walked {
    pub steps: Vec<Value>,
    pub summary: Value,
}

impl Walked {
    /// The summary; fails when the answers ran out before it.
    pub fn summary(&self) -> &Value {
        assert!(!self.summary.is_null(), "the walk did not reach the summary: {:?}", self.nodes());
        &self.summary
    }
    pub fn duties(&self) -> Vec<String> {
        ids(&self.summary()["duties"])
    }
    /// The summary's actions, one a line.
    pub fn actions(&self) -> String {
        self.summary()["actions"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("\n"))
            .unwrap_or_default()
    }
    /// The outcome heading the summary: `flow/node` and its title.
    pub fn outcome(&self) -> (String, String) {
        let o = &self.summary()["outcome"];
        (
            format!("{}/{}", o["flow"].as_str().unwrap_or(""), o["node"].as_str().unwrap_or("")),
            o["title"].as_str().unwrap_or("").to_string(),
        )
    }
    pub fn nodes(&self) -> Vec<String> {
        self.steps
            .iter()
            .map(|s| format!("{}/{}", s["flow"].as_str().unwrap_or(""), s["node"].as_str().unwrap_or("")))
            .collect()
    }
    pub fn index(&self, at: &str) -> usize {
        self.nodes().iter().position(|n| n == at).unwrap_or_else(|| panic!("no step {at}: {:?}", self.nodes()))
    }
    pub fn step(&self, at: &str) -> &Value {
        &self.steps[self.index(at)]
    }
    /// The step shown right after the first `at`.
    pub fn after(&self, at: &str) -> String {
        let i = self.index(at);
        self.nodes().get(i + 1).cloned().unwrap_or_else(|| panic!("nothing after {at}: {:?}", self.nodes()))
    }
    /// The step shown right before the first `at`.
    pub fn before(&self, at: &str) -> String {
        let i = self.index(at);
        assert!(i > 0, "{at} is the first step");
        self.nodes()[i - 1].clone()
    }
}

pub fn ids(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|d| d["id"].as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// Every text a step shows (title, body, why, choice and item labels, actions), as one
/// string.
pub fn texts(step: &Value) -> String {
    let mut out = Vec::new();
    for k in ["title", "body", "why"] {
        out.push(step[k].as_str().unwrap_or("").to_string());
    }
    for k in ["choices", "items", "points"] {
        for c in step[k].as_array().into_iter().flatten() {
            out.push(c["label"].as_str().unwrap_or("").to_string());
        }
    }
    for a in step["actions"].as_array().into_iter().flatten() {
        out.push(a.as_str().unwrap_or("").to_string());
    }
    out.join("\n")
}

pub fn keys(step: &Value, what: &str) -> Vec<String> {
    step[what].as_array().into_iter().flatten().filter_map(|c| c["key"].as_str().map(str::to_string)).collect()
}

/// Walks the whole case in `lang`: `answers` are choice keys for questions and, for
/// checklists, item keys separated by spaces ("" for none); texts and outcomes are gone
/// past with an empty line. Fails on an error event; stops when the answers run out.
/// The walk is at the arrival centre, as the service's local file says
/// (tests/fixtures/setting/arrival-centre.yaml): the case does not ask where.
pub fn walk(lang: &str, answers: &[&str]) -> Walked {
    walk_at(Some("arrival-centre"), lang, answers)
}

/// [`walk`] with the local file of `setting` (tests/fixtures/setting/), or with none, so
/// that the case asks where the service works after triage.
pub fn walk_at(setting: Option<&str>, lang: &str, answers: &[&str]) -> Walked {
    walk_with(setting, lang, &[], answers)
}

/// [`walk_at`] with more options for `walk` (`--discreet`, say).
pub fn walk_with(setting: Option<&str>, lang: &str, extra: &[&str], answers: &[&str]) -> Walked {
    let mut args = vec!["walk".to_string(), "--json".into(), "--lang".into(), lang.into()];
    args.extend(extra.iter().map(|a| a.to_string()));
    if let Some(s) = setting {
        let file = super::fixture(&format!("setting/{s}.yaml"));
        args.extend(["--contacts".to_string(), file.display().to_string()]);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_veiviser"))
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut answers = answers.iter().peekable();
    let mut steps = Vec::new();
    for line in out.lines() {
        let v: Value = serde_json::from_str(&line.expect("a line")).expect("JSON");
        match v["type"].as_str() {
            Some("step") => {
                let kind = v["kind"].as_str().unwrap_or("").to_string();
                let signs = v["flow"] == "signs" && v["node"] == "noticed";
                steps.push(v);
                let a = match kind.as_str() {
                    "info" | "outcome" => "",
                    // The optional signs step: answered only by an answer that names it
                    // ("signs:companion work"), else gone past with nothing ticked.
                    _ if signs => match answers.peek().and_then(|a| a.strip_prefix(SIGNS)) {
                        Some(ticks) => {
                            answers.next();
                            ticks
                        }
                        None => "",
                    },
                    _ => match answers.next() {
                        Some(a) => a,
                        None => {
                            let _ = child.kill();
                            let _ = child.wait();
                            return Walked { steps, summary: Value::Null };
                        }
                    },
                };
                writeln!(stdin, "{a}").expect("write");
            }
            Some("summary") => {
                let _ = child.wait();
                return Walked { steps, summary: v };
            }
            Some("notice") => {}
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("unexpected {v} after {:?}", steps.last().map(|s| &s["node"]))
            }
        }
    }
    let _ = child.wait();
    panic!("no summary")
}

/// An adult, no crime suspected, alone, the conversation held now: the answers up to the
/// conversation's "anything new" question.
pub const TO_NEW_INFO: [&str; 4] = ["not-acute", "adult", "not-likely", "alone"];

pub fn with<'a>(head: &[&'a str], tail: &[&'a str]) -> Vec<&'a str> {
    head.iter().chain(tail.iter()).copied().collect()
}
