//! The state machine: every transition on the fixture set, and every path through the
//! bundled flows.

mod common;

use std::collections::BTreeSet;
use veiviser::engine::StepKind as Kind;
use veiviser::engine::{Answer, EngineError, Session};
use veiviser::i18n::Lang;

fn choose(s: &mut Session, key: &str) {
    s.answer(Answer::Choose(key.into())).unwrap_or_else(|e| panic!("choose {key}: {e:?} at {}", s.step().node_id));
}

#[test]
fn starts_inside_the_called_flow() {
    let c = common::mini();
    let s = Session::start(&c.model, "case").unwrap();
    let st = s.step();
    assert_eq!((st.flow.id.as_str(), st.node_id), ("triage", "acute"));
    assert_eq!(st.trail.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["case", "triage"]);
    assert!(!s.under_way());
    assert!(!s.can_go_back());
}

#[test]
fn unknown_flow_is_an_error() {
    let c = common::mini();
    assert_eq!(Session::start(&c.model, "nope").err(), Some(EngineError::NoSuchFlow("nope".into())));
}

#[test]
fn choice_sets_facts_and_raises_duties_that_stay() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    choose(&mut s, "no");
    choose(&mut s, "child");
    assert!(s.facts().contains("minor"));
    assert_eq!(s.duties(), ["report"]);
    // The choice shown only for a minor is there now.
    let keys: Vec<_> = s.step().choices.iter().map(|c| c.key.to_string()).collect();
    assert_eq!(keys, ["yes", "no", "child-only"]);
    choose(&mut s, "yes");
    assert_eq!(s.duties(), ["report", "avert"]);
    // A triage outcome inside the call: shown, not the end.
    assert_eq!(s.step().kind(), Kind::Outcome);
    assert!(!s.is_finished());
    s.answer(Answer::Continue).unwrap();
    // Back in the case, `child` (when: minor) enters the child track; raising `report`
    // again does not repeat it.
    assert_eq!((s.step().flow.id.as_str(), s.step().node_id), ("child", "report"));
    assert_eq!(s.duties(), ["report", "avert"]);
}

#[test]
fn hidden_choice_cannot_be_chosen() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    choose(&mut s, "no");
    choose(&mut s, "adult");
    assert_eq!(s.answer(Answer::Choose("child-only".into())), Err(EngineError::BadAnswer));
    assert_eq!(s.answer(Answer::Choose("nonsense".into())), Err(EngineError::BadAnswer));
    assert_eq!(s.answer(Answer::Continue), Err(EngineError::BadAnswer));
    assert_eq!(s.answer(Answer::Tick(vec![])), Err(EngineError::BadAnswer));
    assert_eq!(s.depth(), 2, "a bad answer is not a step");
}

#[test]
fn node_with_false_when_is_skipped() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    choose(&mut s, "no");
    choose(&mut s, "adult");
    choose(&mut s, "no");
    s.answer(Answer::Continue).unwrap();
    // Not a minor: the child call is skipped straight to the checklist.
    let st = s.step();
    assert_eq!((st.flow.id.as_str(), st.node_id), ("case", "prepare"));
    // The item shown only for a minor is hidden.
    assert_eq!(st.items.iter().map(|i| i.key.as_str()).collect::<Vec<_>>(), ["room", "interpreter"]);
}

#[test]
fn checklist_ticks_set_facts_and_unknown_items_are_refused() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    for k in ["no", "adult", "no"] {
        choose(&mut s, k);
    }
    s.answer(Answer::Continue).unwrap();
    assert_eq!(s.answer(Answer::Tick(vec!["minor-item".into()])), Err(EngineError::BadAnswer));
    s.answer(Answer::Tick(vec!["interpreter".into(), "room".into(), "room".into()])).unwrap();
    assert!(s.facts().contains("interpreter"));
    let last = s.summary().path.last().cloned().unwrap();
    assert_eq!(last.answer, Answer::Tick(vec!["room".into(), "interpreter".into()]), "in checklist order, once each");
    assert_eq!(s.step().kind(), Kind::Info);
    s.answer(Answer::Continue).unwrap();
    assert!(s.is_finished());
    let sum = s.summary();
    let done = sum.outcomes.last().unwrap();
    assert_eq!(done.node.id, "done");
    assert_eq!(
        done.actions.iter().map(|a| a.text.as_str()).collect::<Vec<_>>(),
        ["m-done-always", "m-done-interpreter"]
    );
    assert_eq!(done.contacts, ["helpline"]);
    assert_eq!(s.answer(Answer::Continue), Err(EngineError::Finished));
}

#[test]
fn final_outcome_in_a_called_flow_ends_the_case() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    choose(&mut s, "yes");
    assert!(s.is_finished());
    assert!(s.step().is_end);
    assert_eq!(s.step().node_id, "emergency");
    let actions: Vec<String> =
        s.summary().outcomes.last().unwrap().actions.iter().map(|a| a.text.to_string()).collect();
    assert_eq!(actions, ["m-emergency-call"]);
}

#[test]
fn back_restores_exactly_the_earlier_state() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    let mut snapshots = vec![(s.summary(), s.step().node_id.to_string(), s.facts().clone())];
    for k in ["no", "child", "yes"] {
        choose(&mut s, k);
        snapshots.push((s.summary(), s.step().node_id.to_string(), s.facts().clone()));
    }
    s.answer(Answer::Continue).unwrap();
    s.answer(Answer::Continue).unwrap();
    s.answer(Answer::Continue).unwrap();
    s.answer(Answer::Tick(vec!["minor-item".into()])).unwrap();
    s.answer(Answer::Continue).unwrap();
    assert!(s.is_finished());
    // Back from the end, through the calls, to each snapshot taken on the way.
    for _ in 0..5 {
        assert!(s.back());
    }
    while let Some(expected) = snapshots.pop() {
        assert_eq!(s.depth(), snapshots.len());
        assert_eq!((s.summary(), s.step().node_id.to_string(), s.facts().clone()), expected);
        if !snapshots.is_empty() {
            assert!(s.back());
        }
    }
    assert!(s.duties().is_empty(), "back before the raise undoes the duty");
    assert!(!s.back(), "nothing before the start");
}

#[test]
fn restart_clears_everything() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    choose(&mut s, "no");
    choose(&mut s, "child");
    s.restart();
    assert!(s.duties().is_empty());
    assert!(s.facts().is_empty());
    assert!(!s.can_go_back());
    assert_eq!(s.step().node_id, "acute");
}

#[test]
fn switching_language_keeps_the_session() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    choose(&mut s, "no");
    choose(&mut s, "child");
    let before = (s.summary(), s.step().node_id.to_string(), s.depth());
    let nb = veiviser::view::step_view(&s, &c.texts, Lang::of("nb"));
    let en = veiviser::view::step_view(&s, &c.texts, Lang::of("en"));
    assert_eq!((s.summary(), s.step().node_id.to_string(), s.depth()), before, "the session has no language");
    assert_eq!(nb.title, "Et lovbrudd som er nær?");
    assert_eq!(en.title, "A crime about to happen?");
    assert_eq!(en.duties[0].title, "Duty to report");
    assert!(s.back(), "switching language is not a step to undo");
    assert_eq!(s.step().node_id, "age");
}

#[test]
fn summary_lists_path_duties_and_actions_of_every_outcome() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    for k in ["no", "child", "yes"] {
        choose(&mut s, k);
    }
    for a in [Answer::Continue, Answer::Continue, Answer::Continue, Answer::Tick(vec![]), Answer::Continue] {
        s.answer(a).unwrap();
    }
    let v = veiviser::view::summary_view(&s, &c.texts, Lang::of("en"));
    assert_eq!(v.outcome.as_ref().map(|o| o.title.as_str()), Some("Done"));
    assert_eq!(v.duties.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["report", "avert"]);
    assert_eq!(
        v.actions,
        ["Go on with the case.", "Call the service today.", "Always do this.", "Do this for a child."]
    );
    assert_eq!(v.contacts.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["web-only", "helpline"]);
    let titles: Vec<_> = v.path.iter().map(|p| (p.title.as_str(), p.answer.as_str())).collect();
    assert_eq!(titles[1], ("Acute danger?", "No"));
    assert_eq!(titles[2], ("Could the person be under 18?", "Yes, or unsure"));
    assert!(titles.contains(&("Prepare", "nothing ticked")));
}

/// Every fact a condition on a node or a choice tests, and on an item that sets such a
/// fact: the only facts that can change where a walk goes (conditions on actions and
/// contacts change what an end shows, and on an item that sets nothing what a step shows
/// (the signs noticed, issue 21), not whether an end is reached).
fn tested_facts(set: &veiviser::flow::FlowSet) -> BTreeSet<String> {
    let mut conds: Vec<&Option<veiviser::flow::model::Str>> = Vec::new();
    for f in &set.flows {
        for (_, n) in &f.nodes {
            conds.push(&n.when);
            conds.extend(n.choices().iter().map(|c| &c.when));
        }
    }
    let mut tested = common::condition_facts(conds);
    loop {
        let items = set.flows.iter().flat_map(|f| f.nodes.iter()).flat_map(|(_, n)| n.items());
        let more = common::condition_facts(
            items.filter(|i| i.set.iter().any(|x| tested.contains(x.as_str()))).map(|i| &i.when),
        );
        if more.is_subset(&tested) {
            return tested;
        }
        tested.extend(more);
    }
}

/// The answers to try at a step: every choice; for a checklist every combination of the
/// items that set tested facts (the others cannot change where the walk goes), or, past
/// six such items, none, all and each alone.
fn answers(
    model: &veiviser::flow::resolved::Model,
    st: &veiviser::engine::Step,
    tested: &BTreeSet<String>,
) -> Vec<Answer> {
    match st.kind() {
        Kind::Question => st.choices.iter().map(|c| Answer::Choose(c.key.to_string())).collect(),
        Kind::Checklist => {
            let setting: Vec<String> = st
                .items
                .iter()
                .filter(|i| i.set.iter().any(|f| tested.contains(&model.facts[f])))
                .map(|i| i.key.to_string())
                .collect();
            if setting.len() <= 6 {
                (0u32..(1 << setting.len()))
                    .map(|m| {
                        Answer::Tick(
                            setting
                                .iter()
                                .enumerate()
                                .filter(|(b, _)| m & (1 << b) != 0)
                                .map(|(_, k)| k.clone())
                                .collect(),
                        )
                    })
                    .collect()
            } else {
                let mut v = vec![Answer::Tick(vec![]), Answer::Tick(setting.clone())];
                v.extend(setting.iter().map(|k| Answer::Tick(vec![k.clone()])));
                v
            }
        }
        Kind::Info | Kind::Outcome => vec![Answer::Continue],
    }
}

/// Explores every state reachable from the start of `flow` (a state: the place and the
/// facts, which decide everything ahead) and checks that from each of them an end of the
/// case can be reached: no dead end, no loop without a way out. Returns (states, ends).
fn explore(c: &veiviser::flow::Checked, flow: &str) -> (usize, usize) {
    use std::collections::HashMap;
    let start = Session::start(&c.model, flow).unwrap();
    let tested = tested_facts(&common::bundled_raw());
    // The place, and only the facts a condition tests: sessions equal in these have the
    // same futures.
    let key = |s: &Session| {
        let (place, _, done) = s.progress_key();
        (place, s.facts().into_iter().filter(|f| tested.contains(f)).collect::<Vec<_>>(), done)
    };
    let mut ids: HashMap<_, usize> = HashMap::new();
    let mut edges: Vec<Vec<usize>> = Vec::new();
    let mut finished: Vec<bool> = Vec::new();
    let mut queue = vec![start];
    ids.insert(key(&queue[0]), 0);
    edges.push(Vec::new());
    finished.push(queue[0].is_finished());
    let mut i = 0;
    while i < queue.len() {
        assert!(queue.len() < 200_000, "too many states under {flow}");
        let s = queue[i].fork();
        if !s.is_finished() {
            let st = s.step();
            let all = answers(&c.model, &st, &tested);
            assert!(!all.is_empty(), "no way on at {}/{}", st.flow.id, st.node_id);
            for a in all {
                let mut n = s.fork();
                n.answer(a.clone()).unwrap_or_else(|e| panic!("{e:?} at {}/{} with {a:?}", st.flow.id, st.node_id));
                let n = n.fork();
                let k = key(&n);
                let id = match ids.get(&k) {
                    Some(&id) => id,
                    None => {
                        let id = queue.len();
                        ids.insert(k, id);
                        edges.push(Vec::new());
                        finished.push(n.is_finished());
                        queue.push(n);
                        id
                    }
                };
                edges[i].push(id);
            }
        }
        i += 1;
    }
    // Backwards from the ends: every state must reach one.
    let n = queue.len();
    let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (a, outs) in edges.iter().enumerate() {
        for &b in outs {
            pred[b].push(a);
        }
    }
    let mut ok = finished.clone();
    let mut stack: Vec<usize> = (0..n).filter(|&k| ok[k]).collect();
    while let Some(k) = stack.pop() {
        for &p in &pred[k] {
            if !ok[p] {
                ok[p] = true;
                stack.push(p);
            }
        }
    }
    for k in 0..n {
        if !ok[k] {
            let st = queue[k].step();
            panic!("from {}/{} no end of {flow} can be reached", st.flow.id, st.node_id);
        }
    }
    (n, finished.iter().filter(|f| **f).count())
}

#[test]
fn every_path_through_the_fixture_ends_in_an_outcome() {
    let c = common::mini();
    // triage ends in three distinct states: the emergency, and triage done with or
    // without `minor` (the crime answer raises a duty but sets no fact).
    assert_eq!(explore(&c, "triage").1, 3);
    // case: the same three ends (`interpreter` only changes an action, not the way).
    let (states, ends) = explore(&c, "case");
    assert!(states > 10, "{states} states");
    assert_eq!(ends, 3);
}

/// Every bundled flow, the whole case included, with the flows it calls: every reachable
/// state can reach an end (no dead end, no loop without a way out).
#[test]
fn every_path_through_every_bundled_flow_ends_in_an_outcome() {
    let c = common::bundled();
    assert!(c.model.flows.len() >= 8);
    for f in &c.model.flows {
        let (states, ends) = explore(&c, &f.id);
        assert!(ends > 0, "{} has no end", f.id);
        eprintln!("{}: {states} reachable states, {ends} end states", f.id);
    }
}

mod random_walks {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    /// Random answers (some invalid) and random backs through the whole bundled case:
    /// never a panic, a bad answer never moves the session, back always undoes exactly
    /// one step, and answering on always reaches the end.
    #[test]
    fn random_walks_through_the_whole_case() {
        let c = common::bundled();
        let case = c.model.case_flow().map(|f| f.id.clone()).unwrap();
        let mut runner = TestRunner::new(Config { cases: 256, ..Config::default() });
        let moves = proptest::collection::vec((0u8..10, 0usize..12), 1..150);
        runner
            .run(&moves, |moves| {
                let mut s = Session::start(&c.model, &case).unwrap();
                for (what, pick) in moves {
                    if s.is_finished() {
                        break;
                    }
                    let st = s.step();
                    let before = (s.summary(), s.depth());
                    if what == 0 {
                        if s.back() {
                            prop_assert_eq!(s.depth() + 1, before.1);
                        }
                        continue;
                    }
                    let answer = match st.kind() {
                        Kind::Question => {
                            Answer::Choose(st.choices.get(pick).map_or("no-such-key".into(), |c| c.key.to_string()))
                        }
                        Kind::Checklist => {
                            Answer::Tick(st.items.iter().take(pick).map(|i| i.key.to_string()).collect())
                        }
                        _ => {
                            if pick == 11 {
                                Answer::Choose("x".into())
                            } else {
                                Answer::Continue
                            }
                        }
                    };
                    match s.answer(answer) {
                        Ok(()) => prop_assert_eq!(s.depth(), before.1 + 1),
                        Err(e) => {
                            prop_assert_eq!(e, EngineError::BadAnswer);
                            prop_assert_eq!((s.summary(), s.depth()), before);
                        }
                    }
                }
                // Then always the first answer: the case must end.
                let mut guard = 0;
                while !s.is_finished() {
                    guard += 1;
                    prop_assert!(guard < 1000);
                    let st = s.step();
                    let a = match st.kind() {
                        Kind::Question => Answer::Choose(st.choices[0].key.to_string()),
                        Kind::Checklist => Answer::Tick(vec![]),
                        _ => Answer::Continue,
                    };
                    prop_assert!(s.answer(a).is_ok());
                }
                prop_assert!(!s.summary().outcomes.is_empty());
                Ok(())
            })
            .unwrap();
    }

    /// The state a step of a session shows: where it is, what is known and raised, every
    /// outcome so far, how deep, and the screen of the step (or the summary) in `lang`.
    fn snapshot(s: &Session, c: &veiviser::flow::Checked, lang: Lang) -> String {
        use veiviser::view::{step_view, summary_view};
        let view = if s.is_finished() {
            format!("{:?}", summary_view(s, &c.texts, lang))
        } else {
            format!("{:?}", step_view(s, &c.texts, lang))
        };
        format!("{} {view}", state(s))
    }

    /// The session's state, without words.
    fn state(s: &Session) -> String {
        format!("{:?} {:?} {} {}", s.progress_key(), s.summary(), s.depth(), s.can_go_back())
    }

    /// Every bundled flow, not only the case: random answers (some invalid), backs,
    /// restarts and language switches. Never a panic; a language switch changes only
    /// what is shown; back restores exactly the state before the answer it undoes (as
    /// shown in the language of that time); restart is the start again; after any of it,
    /// answering on always ends in an outcome, whose summary shows in every language.
    #[test]
    fn random_walks_with_back_restart_and_language_over_every_bundled_flow() {
        let c = common::bundled();
        let flows: Vec<String> = c.model.flows.iter().map(|f| f.id.clone()).collect();
        let langs = c.texts.langs();
        let mut runner = TestRunner::new(Config { cases: 160, ..Config::default() });
        let walk = (0..flows.len(), 0..langs.len(), proptest::collection::vec((0u8..20, 0usize..12), 1..100));
        runner
            .run(&walk, |(fi, li, moves)| {
                let mut lang = langs[li];
                let mut s = Session::start(&c.model, &flows[fi]).unwrap();
                let start = |lang| snapshot(&Session::start(&c.model, &flows[fi]).unwrap(), &c, lang);
                prop_assert_eq!(snapshot(&s, &c, lang), start(lang));
                // The snapshot before each answer still undoable, with its language.
                let mut before: Vec<(Lang, String)> = Vec::new();
                let mut restarted = false;
                for (what, pick) in moves {
                    restarted = false;
                    match what {
                        0..=2 => {
                            let went = s.back();
                            prop_assert_eq!(went, !before.is_empty());
                            if let Some((l, snap)) = before.pop() {
                                prop_assert_eq!(snapshot(&s, &c, l), snap, "back did not restore {}", flows[fi]);
                            }
                            continue;
                        }
                        3 => {
                            s.restart();
                            before.clear();
                            restarted = true;
                            prop_assert_eq!(snapshot(&s, &c, lang), start(lang));
                            continue;
                        }
                        4 | 5 => {
                            // The session is the same; only the words change (and
                            // the new ones show).
                            let was = state(&s);
                            lang = langs[pick % langs.len()];
                            let _ = snapshot(&s, &c, lang);
                            prop_assert_eq!(was, state(&s));
                            continue;
                        }
                        _ => {}
                    }
                    if s.is_finished() {
                        continue;
                    }
                    let st = s.step();
                    let answer = match st.kind() {
                        Kind::Question => {
                            Answer::Choose(st.choices.get(pick).map_or("no-such-key".into(), |c| c.key.to_string()))
                        }
                        Kind::Checklist => {
                            Answer::Tick(st.items.iter().take(pick).map(|i| i.key.to_string()).collect())
                        }
                        _ if pick == 11 => Answer::Choose("x".into()),
                        _ => Answer::Continue,
                    };
                    let snap = snapshot(&s, &c, lang);
                    match s.answer(answer) {
                        Ok(()) => before.push((lang, snap)),
                        Err(e) => {
                            prop_assert_eq!(e, EngineError::BadAnswer);
                            prop_assert_eq!(snapshot(&s, &c, lang), snap);
                        }
                    }
                }
                if restarted {
                    prop_assert!(!s.can_go_back() && s.depth() == 0);
                }
                let mut guard = 0;
                while !s.is_finished() {
                    guard += 1;
                    prop_assert!(guard < 1000, "{} does not end", flows[fi]);
                    let st = s.step();
                    let a = match st.kind() {
                        Kind::Question => Answer::Choose(st.choices[0].key.to_string()),
                        Kind::Checklist => Answer::Tick(vec![]),
                        _ => Answer::Continue,
                    };
                    prop_assert!(s.answer(a).is_ok());
                }
                prop_assert!(!s.summary().outcomes.is_empty(), "{} ended without an outcome", flows[fi]);
                for l in &langs {
                    let v = veiviser::view::summary_view(&s, &c.texts, *l);
                    prop_assert!(!format!("{v:?}").contains("[m-"), "a missing message in {}: {:?}", l, v);
                }
                Ok(())
            })
            .unwrap();
    }
}

#[test]
fn every_step_of_the_bundled_flows_can_be_opened_directly_with_the_facts_it_needs() {
    use veiviser::flow::resolved::Body;
    let c = common::bundled();
    let m = &c.model;
    let mut with_facts = 0;
    for (fi, f) in m.flows.iter().enumerate() {
        for (ni, n) in f.nodes.iter().enumerate() {
            let (s, facts) = Session::start_at(m, fi, ni).unwrap_or_else(|| panic!("{}/{} does not open", f.id, n.id));
            with_facts += usize::from(!facts.is_empty());
            match n.body {
                // A call opens the called flow; an outcome is where that walk ends.
                Body::Call { .. } => assert_ne!(s.step().flow.id, f.id, "{}/{}", f.id, n.id),
                Body::Question { .. } | Body::Checklist { .. } | Body::Info { .. } | Body::Outcome { .. } => {
                    assert_eq!((s.step().flow.id.as_str(), s.step().node_id), (f.id.as_str(), n.id.as_str()))
                }
            }
            // The facts said to be set are set, and nothing can be undone before them.
            assert!(facts.iter().all(|x| s.facts().contains(x)));
            assert!(!s.can_go_back());
        }
    }
    assert!(with_facts > 3, "some steps need facts: {with_facts}");
}

#[test]
fn going_back_says_what_it_takes_away() {
    let c = common::mini();
    let mut s = Session::start(&c.model, "case").unwrap();
    choose(&mut s, "no");
    choose(&mut s, "child");
    let d = s.discards(1);
    assert_eq!(d.duties, ["report"], "the answer raised the duty");
    assert_eq!(d.answers.len(), 1);
    assert_eq!(s.summary().path.last().map(|p| p.raised.clone()), Some(vec!["report".to_string()]));
    // Two steps back: both answers; the place it goes back to is found by node.
    let triage = c.model.flow_index("triage").unwrap();
    let acute = c.model.flows[triage].nodes.iter().position(|n| n.id == "acute").unwrap();
    assert_eq!(s.steps_back_to(triage, acute), Some(2));
    assert_eq!(s.discards(2).answers.len(), 2);
    assert!(s.back() && s.back());
    assert_eq!(s.step().node_id, "acute");
    assert!(s.duties().is_empty());
}
