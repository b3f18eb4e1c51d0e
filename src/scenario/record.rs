//! A scenario written from a walk: `walk --record FILE` and the full-screen summary's
//! record key. The answers are the ones given; what must follow (the outcome heading the
//! summary, the duties, the actions) is what the walk reached; the title, the case text,
//! the feedback on every choice shown and the teaching points are placeholders (`TODO`)
//! in every language, which `scenario check` warns about but passes.

use super::{Expect, Feedback, Given, NodeRef, Scenario, Setting, replay};
use crate::engine::{Answer, Session, StepKind};
use crate::i18n::{Lang, Msg, Texts};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// A YAML string: a JSON string is a YAML double-quoted scalar.
fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// An id from a file name: lower-case letters, digits and `-`, starting with a letter;
/// `recorded-case` when nothing is left.
pub fn id_from_file(name: &str) -> String {
    let stem = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = stem.strip_suffix(".yaml").or_else(|| stem.strip_suffix(".yml")).unwrap_or(stem);
    let mut id = String::new();
    for c in stem.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_matches('-').trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
    if id.is_empty() { "recorded-case".to_string() } else { id.to_string() }
}

/// The scenario file for the finished walk `session`, named `id`, with placeholders in
/// every language of `texts`. Err when the walk is not finished, or when it does not
/// replay as walked (a flow set whose walk cannot be replayed: said, never written).
pub fn record(session: &Session, texts: &Texts, id: &str) -> Result<String, Msg> {
    let model = session.model();
    let summary = session.summary();
    if !summary.finished {
        return Err(Msg::new("record-err-unfinished"));
    }
    let node_ref = |f: usize, n: usize| {
        let flow = &model.flows[f];
        NodeRef { flow: flow.id.clone(), node: flow.nodes[n].id.to_string() }
    };
    // Going on past a text or an outcome is implicit in a scenario.
    let answers: Vec<Given> = summary
        .path
        .iter()
        .filter(|p| !matches!(p.answer, Answer::Continue))
        .map(|p| Given {
            at: node_ref(p.flow, p.node),
            answer: p.answer.clone(),
            feedback: Feedback::None,
            also: Vec::new(),
            line: None,
        })
        .collect();
    let root = session.root().id.clone();
    let flow = (model.case_flow().map(|f| &f.id) != Some(&root)).then_some(root);
    let langs = texts.langs();
    let mut s = Scenario {
        id: id.to_string(),
        file: format!("{id}.yaml"),
        title: BTreeMap::new(),
        text: BTreeMap::new(),
        flow: flow.clone(),
        setting: None,
        setting_todo: true,
        teaching: Vec::new(),
        answers,
        expect: Expect::default(),
        lines: BTreeMap::new(),
    };
    let r = replay(model, &s);
    let outcome = r.outcome.clone().ok_or_else(|| Msg::new("record-err-replay"))?;
    // Only that it walked as walked matters here: what it reached is what it expects.
    let walked = !r.problems.iter().any(|p| {
        use super::Problem as P;
        matches!(
            p,
            P::NoFlow(_)
                | P::UnknownNode { .. }
                | P::WrongNode { .. }
                | P::BadAnswer { .. }
                | P::RanOut { .. }
                | P::EndedEarly { .. }
                | P::Engine(_)
        )
    });
    if !walked {
        return Err(Msg::new("record-err-replay"));
    }
    // The choices shown at each question answered: the session before the answer.
    let mut shown: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut before = r.start.clone();
    for p in &r.steps {
        if let (Some(i), Some(b)) = (p.given, &before) {
            let step = b.step();
            if step.kind == StepKind::Question {
                shown.insert(i, step.choices.iter().map(|c| c.key.clone()).collect());
            }
        }
        before = Some(p.session.clone());
    }
    s.setting = summary.path.iter().filter(|p| node_ref(p.flow, p.node).to_string() == "case/setting").find_map(|p| {
        match &p.answer {
            // The place asked in the case, where it names one setting; "a GP, an
            // emergency clinic or a health centre" names three and stays TODO.
            Answer::Choose(k) if k == "social" => Some(Setting::SocialServices),
            Answer::Choose(k) => Setting::parse(k),
            _ => None,
        }
    });
    let duties: BTreeSet<String> = session.duties().iter().cloned().collect();
    let mut actions: Vec<String> = Vec::new();
    for o in &summary.outcomes {
        for a in &o.actions {
            if !actions.contains(&a.text) {
                actions.push(a.text.clone());
            }
        }
    }

    // The text, by hand: comments and the placeholders' places matter to its author.
    let todo = |id: &str| -> Vec<(Lang, String)> { langs.iter().map(|l| (*l, texts.get(*l, id))).collect() };
    let per_lang = |out: &mut String, indent: &str, items: &[(Lang, String)]| {
        for (l, t) in items {
            let _ = writeln!(out, "{indent}{}: {}", l.code(), q(t));
        }
    };
    let mut out = String::new();
    for l in &langs {
        let _ = writeln!(out, "# {}", texts.get(*l, "record-head"));
    }
    let _ = writeln!(out, "id: {}", q(id));
    out.push_str("title:\n");
    per_lang(&mut out, "  ", &todo("record-todo-title"));
    out.push_str("text:\n");
    per_lang(&mut out, "  ", &todo("record-todo-text"));
    if let Some(f) = &flow {
        let _ = writeln!(out, "flow: {}", q(f));
    }
    match s.setting {
        Some(st) => {
            let _ = writeln!(out, "setting: {}", st.key());
        }
        None => {
            let _ = writeln!(out, "setting: {}  # {}", q("TODO"), Setting::keys());
        }
    }
    out.push_str("answers:\n");
    let fb = todo("record-todo-feedback");
    for (i, g) in s.answers.iter().enumerate() {
        let _ = writeln!(out, "  - at: {}", q(&g.at.to_string()));
        match &g.answer {
            Answer::Choose(k) => {
                let _ = writeln!(out, "    choose: {}", q(k));
                out.push_str("    feedback:\n");
                for key in shown.get(&i).into_iter().flatten() {
                    let _ = writeln!(out, "      {}:", q(key));
                    per_lang(&mut out, "        ", &fb);
                }
            }
            Answer::Tick(keys) => {
                let keys: Vec<String> = keys.iter().map(|k| q(k)).collect();
                let _ = writeln!(out, "    tick: [{}]", keys.join(", "));
                out.push_str("    feedback:\n");
                per_lang(&mut out, "      ", &fb);
            }
            Answer::Continue => out.push_str("    continue: true\n"),
        }
    }
    out.push_str("expect:\n");
    let _ = writeln!(out, "  outcome: {}", q(&outcome.to_string()));
    let list = |v: &mut dyn Iterator<Item = &String>| v.map(|x| q(x)).collect::<Vec<_>>().join(", ");
    let _ = writeln!(out, "  duties: [{}]", list(&mut duties.iter()));
    out.push_str("  actions:\n");
    for a in &actions {
        let _ = writeln!(out, "    - {}", q(a));
    }
    out.push_str("teaching:\n");
    let points = todo("record-todo-teaching");
    for (n, (l, t)) in points.iter().enumerate() {
        let _ = writeln!(out, "  {} {}: {}", if n == 0 { "-" } else { " " }, l.code(), q(t));
    }
    Ok(out)
}
