//! What teaching needs of a scenario: where it is set, the feedback on every choice shown
//! at the questions it answers (one text for a checklist), the teaching points, and which
//! texts are still placeholders (`TODO`, warned about, not failed).

use super::{Given, NodeRef, Problem, Scenario};
use crate::engine::Answer;
use std::collections::BTreeMap;

/// Where a scenario is set: the teaching materials name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Setting {
    ArrivalCentre,
    ReceptionCentre,
    Gp,
    EmergencyClinic,
    Hospital,
    SocialServices,
}

impl Setting {
    pub const ALL: [Setting; 6] = [
        Setting::ArrivalCentre,
        Setting::ReceptionCentre,
        Setting::Gp,
        Setting::EmergencyClinic,
        Setting::Hospital,
        Setting::SocialServices,
    ];
    /// Its key in a scenario file.
    pub fn key(self) -> &'static str {
        match self {
            Setting::ArrivalCentre => "arrival-centre",
            Setting::ReceptionCentre => "reception-centre",
            Setting::Gp => "gp",
            Setting::EmergencyClinic => "emergency-clinic",
            Setting::Hospital => "hospital",
            Setting::SocialServices => "social-services",
        }
    }
    /// The Fluent id of its name.
    pub fn label_id(self) -> String {
        format!("scenario-setting-{}", self.key())
    }
    pub fn parse(key: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.key() == key.trim())
    }
    /// Every key, for a message.
    pub fn keys() -> String {
        Setting::ALL.map(Setting::key).join(", ")
    }
}

/// What a scenario says to the class about an answer (teaching mode, the debrief).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Feedback {
    #[default]
    None,
    /// A question: per choice key, a text per language.
    PerChoice(BTreeMap<String, BTreeMap<String, String>>),
    /// A checklist: one text per language, why these items.
    One(BTreeMap<String, String>),
}

/// A text that still waits for its author (a recorded scenario's placeholders).
pub fn is_placeholder(text: &str) -> bool {
    text.trim_start().starts_with("TODO")
}

/// What is missing for teaching: the setting, the teaching points.
pub(super) fn teaching_problems(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    if s.setting.is_none() && !s.setting_todo {
        out.push(Problem::NoSetting);
    }
    if s.teaching.is_empty() {
        out.push(Problem::NoTeaching);
    }
    out
}

/// The feedback a class needs at the answer `g` (the scenario's answer `index`) on `step`:
/// a text for every choice shown, none for a key the step does not have; one text for a
/// checklist.
pub(super) fn feedback_problems(g: &Given, index: usize, at: &NodeRef, step: &crate::engine::Step) -> Vec<Problem> {
    let mut out = Vec::new();
    let none = BTreeMap::new();
    match (&g.answer, &g.feedback) {
        (Answer::Choose(_), f) => {
            let m = if let Feedback::PerChoice(m) = f { m } else { &none };
            let keys: Vec<String> =
                step.choices.iter().filter(|c| !m.contains_key(&c.key)).map(|c| c.key.clone()).collect();
            if !keys.is_empty() {
                out.push(Problem::FeedbackMissing { index, at: at.clone(), keys });
            }
            for k in m.keys().chain(&g.also) {
                if !step.node.choices().iter().any(|c| &c.key == k) {
                    out.push(Problem::FeedbackUnknown { index, at: at.clone(), key: k.clone() });
                }
            }
        }
        (Answer::Tick(_), Feedback::One(_)) | (Answer::Continue, _) => {}
        (Answer::Tick(_), _) => out.push(Problem::FeedbackMissing { index, at: at.clone(), keys: Vec::new() }),
    }
    out
}

/// The texts that still wait for their author.
pub(super) fn placeholders(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    let any = |m: &BTreeMap<String, String>| m.values().any(|t| is_placeholder(t));
    for (field, m) in [("title", &s.title), ("text", &s.text)] {
        if any(m) {
            out.push(Problem::Placeholder { index: None, field: field.to_string() });
        }
    }
    for (i, g) in s.answers.iter().enumerate() {
        match &g.feedback {
            Feedback::PerChoice(m) => {
                for (k, t) in m {
                    if any(t) {
                        out.push(Problem::Placeholder { index: Some(i), field: format!("feedback.{k}") });
                    }
                }
            }
            Feedback::One(t) if any(t) => {
                out.push(Problem::Placeholder { index: Some(i), field: "feedback".to_string() })
            }
            _ => {}
        }
    }
    if s.setting_todo {
        out.push(Problem::Placeholder { index: None, field: "setting".to_string() });
    }
    if s.teaching.iter().any(any) {
        out.push(Problem::Placeholder { index: None, field: "teaching".to_string() });
    }
    out
}
