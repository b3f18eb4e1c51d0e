//! The state machine: every transition on the fixture set, and every path through the
//! bundled flows.

mod common;

use veiviser::engine::{Answer, EngineError, Session};
use veiviser::flow::model::Kind;
use veiviser::i18n::Lang;

fn choose(s: &mut Session, key: &str) {
    s.answer(Answer::Choose(key.into())).unwrap_or_else(|e| panic!("choose {key}: {e:?} at {}", s.step().node_id));
}

#[test]
fn starts_inside_the_called_flow() {
    let c = common::mini();
    let s = Session::start(&c.set, "case", Lang::Nb).unwrap();
    let st = s.step();
    assert_eq!((st.flow.id.as_str(), st.node_id), ("triage", "acute"));
    assert_eq!(st.trail.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["case", "triage"]);
    assert!(!s.under_way());
    assert!(!s.can_go_back());
}

#[test]
fn unknown_flow_is_an_error() {
    let c = common::mini();
    assert_eq!(Session::start(&c.set, "nope", Lang::Nb).err(), Some(EngineError::NoSuchFlow("nope".into())));
}

#[test]
fn choice_sets_facts_and_raises_duties_that_stay() {
    let c = common::mini();
    let mut s = Session::start(&c.set, "case", Lang::En).unwrap();
    choose(&mut s, "no");
    choose(&mut s, "child");
    assert!(s.facts().contains("minor"));
    assert_eq!(s.duties(), ["report"]);
    // The choice shown only for a minor is there now.
    let keys: Vec<_> = s.step().choices.iter().map(|c| c.key.clone()).collect();
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
    let mut s = Session::start(&c.set, "case", Lang::En).unwrap();
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
    let mut s = Session::start(&c.set, "case", Lang::En).unwrap();
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
    let mut s = Session::start(&c.set, "case", Lang::En).unwrap();
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
    assert_eq!(done.node, "done");
    assert_eq!(done.actions, ["m-done-always", "m-done-interpreter"]);
    assert_eq!(done.contacts, ["helpline"]);
    assert_eq!(s.answer(Answer::Continue), Err(EngineError::Finished));
}

#[test]
fn final_outcome_in_a_called_flow_ends_the_case() {
    let c = common::mini();
    let mut s = Session::start(&c.set, "case", Lang::En).unwrap();
    choose(&mut s, "yes");
    assert!(s.is_finished());
    assert!(s.step().is_end);
    assert_eq!(s.step().node_id, "emergency");
    assert_eq!(s.summary().outcomes.last().unwrap().actions, ["m-emergency-call"]);
}

#[test]
fn back_restores_exactly_the_earlier_state() {
    let c = common::mini();
    let mut s = Session::start(&c.set, "case", Lang::En).unwrap();
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
    let mut s = Session::start(&c.set, "case", Lang::En).unwrap();
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
    let mut s = Session::start(&c.set, "case", Lang::Nb).unwrap();
    choose(&mut s, "no");
    choose(&mut s, "child");
    let before = (s.summary(), s.step().node_id.to_string(), s.depth());
    let nb = veiviser::view::step_view(&s, &c.texts);
    s.set_lang(Lang::En);
    assert_eq!(s.lang(), Lang::En);
    assert_eq!((s.summary(), s.step().node_id.to_string(), s.depth()), before);
    let en = veiviser::view::step_view(&s, &c.texts);
    assert_eq!(nb.title, "Et lovbrudd som er nær?");
    assert_eq!(en.title, "A crime about to happen?");
    assert_eq!(en.duties[0].title, "Duty to report");
    assert!(s.back(), "switching language is not a step to undo");
    assert_eq!(s.step().node_id, "age");
}

#[test]
fn summary_lists_path_duties_and_actions_of_every_outcome() {
    let c = common::mini();
    let mut s = Session::start(&c.set, "case", Lang::En).unwrap();
    for k in ["no", "child", "yes"] {
        choose(&mut s, k);
    }
    for a in [Answer::Continue, Answer::Continue, Answer::Continue, Answer::Tick(vec![]), Answer::Continue] {
        s.answer(a).unwrap();
    }
    let v = veiviser::view::summary_view(&s, &c.texts);
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

/// Walks every path through `flow`: every choice, and for checklists no ticks and all
/// ticks. Returns the number of finished paths; panics if a path does not end.
fn all_paths(c: &veiviser::flow::Checked, flow: &str) -> usize {
    let s = Session::start(&c.set, flow, Lang::Nb).unwrap();
    let mut stack = vec![s];
    let mut done = 0;
    let mut steps = 0usize;
    while let Some(s) = stack.pop() {
        steps += 1;
        assert!(steps < 2_000_000, "too many states under {flow}");
        if s.is_finished() {
            done += 1;
            assert!(!s.summary().outcomes.is_empty());
            continue;
        }
        assert!(s.depth() < 500, "path too long (a loop?) at {}/{}", s.step().flow.id, s.step().node_id);
        let st = s.step();
        let answers: Vec<Answer> = match st.kind() {
            Kind::Question => st.choices.iter().map(|c| Answer::Choose(c.key.clone())).collect(),
            Kind::Checklist => {
                vec![Answer::Tick(vec![]), Answer::Tick(st.items.iter().map(|i| i.key.clone()).collect())]
            }
            _ => vec![Answer::Continue],
        };
        assert!(!answers.is_empty(), "no way on at {}/{}", st.flow.id, st.node_id);
        for a in answers {
            let mut n = s.clone();
            n.answer(a.clone()).unwrap_or_else(|e| panic!("{e:?} at {}/{} with {a:?}", st.flow.id, st.node_id));
            stack.push(n);
        }
    }
    done
}

#[test]
fn every_path_through_the_fixture_ends_in_an_outcome() {
    let c = common::mini();
    assert_eq!(all_paths(&c, "triage"), 6);
    // acute yes (1), else (3 crime choices for a child + 2 for an adult) x 2 checklist answers
    assert_eq!(all_paths(&c, "case"), 11);
}

#[test]
fn every_path_through_every_bundled_flow_ends_in_an_outcome() {
    let c = common::bundled();
    assert!(!c.set.flows.is_empty());
    for f in &c.set.flows {
        let n = all_paths(&c, &f.id);
        assert!(n > 0, "{} has no finished path", f.id);
    }
}
