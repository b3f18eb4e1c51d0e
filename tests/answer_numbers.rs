//! Every answer is deliberate (issue 22): a choice's number is fixed by its flow file in
//! every case (a hidden choice leaves its number unused), 0 is "no" or "none of these"
//! on every question, and the screen, `walk --plain` and `walk --json` show the same
//! numbers; a checklist goes on with Enter (with none ticked: Enter twice), its items
//! from 10 on are ticked with two digits; Esc on a step does something visible.

mod common;
mod tui_support;

use assert_cmd::Command;
use std::collections::HashMap;
use veiviser::engine::{Answer, Session, StepKind};
use veiviser::flow::Checked;
use veiviser::i18n::Lang;
use veiviser::tui::app::App;
use veiviser::tui::input::Action::{self, *};
use veiviser::tui::state::Place;
use veiviser::view::step_view;

fn en() -> Lang {
    Lang::of("en")
}

/// Walks the bundled case: at each question the key given for its node (else the "no"
/// or "none" choice), each checklist with nothing ticked, on through texts, until the
/// node `stop` (or the end).
fn walk_to<'m>(c: &'m Checked, keys: &[(&str, &str)], stop: &str) -> Session<'m> {
    let case = c.model.case_flow().expect("a case flow").id.clone();
    let mut s = Session::start(&c.model, &case).expect("starts");
    let keys: HashMap<&str, &str> = keys.iter().copied().collect();
    for _ in 0..200 {
        if s.is_finished() || s.step().node_id == stop {
            return s;
        }
        let st = s.step();
        let a = match st.kind {
            StepKind::Question => {
                let k = keys.get(st.node_id).map(|k| k.to_string()).unwrap_or_else(|| {
                    st.choices.iter().find(|c| c.number == 0).unwrap_or(&st.choices[0]).key.to_string()
                });
                Answer::Choose(k)
            }
            StepKind::Checklist => Answer::Tick(st.known.iter().map(|k| k.to_string()).collect()),
            _ => Answer::Continue,
        };
        s.answer(a).expect("an answer the step takes");
    }
    panic!("never reached {stop}");
}

/// key -> number of the choices shown.
fn numbers(s: &Session, c: &Checked) -> Vec<(String, usize)> {
    step_view(s, &c.texts, en()).choices.iter().map(|c| (c.key.clone(), c.number)).collect()
}

const ADULT: &[(&str, &str)] = &[("companion", "alone")];
const MINOR: &[(&str, &str)] = &[("age", "maybe-minor"), ("companion", "alone"), ("grounds", "not-yet")];

#[test]
fn a_hidden_choice_leaves_its_number_unused_and_none_is_always_0() {
    let c = common::bundled();
    let adult = walk_to(&c, ADULT, "new-info");
    let minor = walk_to(&c, MINOR, "new-info");
    assert_eq!(adult.step().node_id, "new-info");
    assert_eq!(minor.step().node_id, "new-info");
    let a = numbers(&adult, &c);
    let m = numbers(&minor, &c);
    // The adult sees "the person may be under 18"; the possible minor does not.
    assert!(a.iter().any(|(k, _)| k == "minor"), "{a:?}");
    assert!(!m.iter().any(|(k, _)| k == "minor"), "{m:?}");
    // Every choice both see has the same number in both cases: nothing shifted.
    for (k, n) in &m {
        let other = a.iter().find(|(x, _)| x == k).map(|(_, n)| *n);
        assert_eq!(other, Some(*n), "{k}: {a:?} / {m:?}");
    }
    assert!(m.contains(&("none".to_string(), 0)) && a.contains(&("none".to_string(), 0)), "{a:?} {m:?}");
    assert!(a.contains(&("crime".to_string(), 5)) && m.contains(&("crime".to_string(), 5)), "{a:?} {m:?}");
}

/// The choice that means "no" or "none of these" (its English label says so) is marked
/// `none: true`, so it is 0 on every question; and only such a choice is.
#[test]
fn the_no_and_none_choices_of_the_bundled_flows_are_0() {
    let c = common::bundled();
    let mut nones = 0;
    for f in &c.model.flows {
        for n in &f.nodes {
            for ch in n.choices() {
                let label = c.texts.get(en(), &ch.label);
                let says_no = label == "No"
                    || ["No,", "None", "Not yet"].iter().any(|p| label.starts_with(p))
                    || ch.key == "none";
                assert_eq!(ch.number == 0, says_no, "{}/{} `{}`: {label}", f.id, n.id, ch.key);
                nones += usize::from(says_no);
            }
            assert!(n.choices().iter().filter(|c| c.number == 0).count() <= 1, "{}/{}", f.id, n.id);
        }
    }
    assert!(nones >= 10, "the check above saw {nones} no-choices");
}

fn bin() -> Command {
    let mut c = Command::cargo_bin("veiviser").expect("the binary");
    c.env("HOME", "/nonexistent").env("XDG_CONFIG_HOME", "/nonexistent").env("COLUMNS", "80");
    c
}

/// The same step in `walk --plain` and `walk --json` shows the same numbers, and an
/// answer by that number (or by the choice's key) is the same answer.
#[test]
fn plain_json_and_screen_show_the_same_numbers() {
    // To new-info as a possible minor: "minor" is hidden there. The answers as lines
    // (keys, empty lines for checklists and texts).
    let c = common::bundled();
    let minor = walk_to(&c, MINOR, "new-info");
    let answers: Vec<Answer> = minor.summary().path.iter().map(|p| p.answer.clone()).collect();
    let to_new_info: String = answers
        .iter()
        .map(|a| match a {
            Answer::Choose(k) => format!("{k}\n"),
            _ => "\n".to_string(),
        })
        .collect();
    let to_new_info = to_new_info.as_str();
    let json = bin().args(["walk", "--json", "--lang", "en"]).write_stdin(to_new_info).output().expect("runs");
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&json.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    let step = lines.iter().rfind(|l| l["type"] == "step").expect("a step");
    assert_eq!(step["node"], "new-info", "{step}");
    let nums: Vec<(String, u64)> = step["choices"]
        .as_array()
        .expect("choices")
        .iter()
        .map(|c| (c["key"].as_str().unwrap_or_default().to_string(), c["number"].as_u64().expect("an integer number")))
        .collect();
    assert_eq!(
        nums,
        [("emergency", 1), ("protection", 2), ("child-of-person", 4), ("crime", 5), ("none", 0)]
            .map(|(k, n)| (k.to_string(), n))
    );
    // Every choice and item of every step carries its integer number.
    for l in lines.iter().filter(|l| l["type"] == "step") {
        for x in l["choices"].as_array().into_iter().chain(l["items"].as_array()).flatten() {
            assert!(x["number"].is_u64(), "{l}");
        }
    }
    let plain = bin().args(["walk", "--plain", "--lang", "en"]).write_stdin(to_new_info).output().expect("runs");
    let p = String::from_utf8_lossy(&plain.stdout);
    let at = p.rfind("Did anything come up").expect("new-info in plain");
    let tail = &p[at..];
    for (k, n) in
        [("An emergency", 1), ("The person needs protection", 2), ("A child of the person", 4), ("None of these", 0)]
    {
        assert!(tail.contains(&format!("\n{n}) {k}")), "{n}) {k}:\n{tail}");
    }
    assert!(!tail.contains("3) "), "no 3: that choice is hidden here\n{tail}");
    // Answering 3 there is refused (no such choice); 0 and `none` are the same answer.
    let three = bin().args(["walk", "--json", "--lang", "en"]).write_stdin(format!("{to_new_info}3\n")).output();
    let three = String::from_utf8_lossy(&three.expect("runs").stdout).to_string();
    assert!(three.contains("\"type\":\"error\"") && three.contains("1, 2, 4, 5, 0"), "{three}");
    let by = |answer: &str| {
        let mut cmd = bin();
        let out = cmd.args(["walk", "--json", "--lang", "en"]).write_stdin(format!("{to_new_info}{answer}\n"));
        let out = out.output().expect("runs");
        let last = String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or_default().to_string();
        serde_json::from_str::<serde_json::Value>(&last).expect("JSON")["node"].clone()
    };
    assert_eq!(by("0"), by("none"));
    assert_ne!(by("0"), serde_json::Value::from("new-info"));
    // On the screen: the same numbers before the labels. The same answers, each by the
    // number of its choice (Enter twice for a checklist with nothing ticked).
    let mut app = App::new(&c.model, &c.texts, en(), false, 80, 40);
    app.update(Pick(1));
    for a in &answers {
        match a {
            Answer::Choose(k) => {
                let n = app.session().and_then(|s| s.step().choices.iter().find(|c| c.key == *k).map(|c| c.number));
                app.update(Pick(n.expect("the choice is shown")));
            }
            Answer::Tick(_) => {
                app.update(Select);
                app.update(Select);
            }
            Answer::Continue => {
                // A text to read: Enter shows what is below first, then goes on.
                let here = app.session().map(|s| s.depth());
                for _ in 0..20 {
                    app.update(Select);
                    if app.session().map(|s| s.depth()) != here {
                        break;
                    }
                }
            }
        }
    }
    assert_eq!(app.session().map(|s| s.step().node_id), Some("new-info"));
    let s = tui_support::screen(&app);
    for (n, k) in
        [(1, "An emergency"), (2, "The person needs protection"), (4, "A child of the person"), (0, "None of")]
    {
        assert!(s.contains(&format!("{n}. {k}")), "{n}. {k}:\n{s}");
    }
    // 3 is no answer here: said, nothing answered; 0 answers "none of these".
    app.update(Pick(3));
    assert_eq!(app.session().map(|s| s.step().node_id), Some("new-info"));
    assert!(tui_support::screen(&app).contains("no answer with that number"), "{}", tui_support::screen(&app));
    app.update(Pick(0));
    let s = app.session().expect("walking");
    let at = s.summary().path.iter().rfind(|p| s.node_at(p.flow, p.node).1.id == "new-info").map(|p| p.answer.clone());
    assert_eq!(at, Some(Answer::Choose("none".into())));
}

fn app_at_checklist(c: &Checked) -> App<'_> {
    let mut a = App::new(&c.model, &c.texts, en(), false, 80, 24);
    for p in [1, 0, 0, 0, 1, 1] {
        a.update(Pick(p));
    }
    assert_eq!(a.place(), Place::Checklist);
    a
}

#[test]
fn enter_goes_on_from_a_checklist_and_none_costs_two_keys() {
    let c = common::bundled();
    for lang in [Lang::of("en"), Lang::of("nb")] {
        let mut a = app_at_checklist(&c);
        a.lang = lang;
        let here = a.session().map(|s| s.step().node_id.to_string());
        // Nothing ticked: the first Enter says so, visibly, and stays.
        a.update(Select);
        assert_eq!(a.session().map(|s| s.step().node_id.to_string()), here);
        let s = tui_support::screen(&a);
        let want = if lang == Lang::of("en") { "Nothing is ticked" } else { "Ingenting er krysset av" };
        assert!(s.contains(want), "{s}");
        // The second goes on with none (the answer recorded at that step: a silent end of
        // a called flow may follow it on the path).
        a.update(Select);
        assert_ne!(a.session().map(|s| s.step().node_id.to_string()), here);
        let last = a.session().and_then(|s| {
            s.summary().path.iter().rfind(|p| Some(s.node_at(p.flow, p.node).1.id.to_string()) == here).cloned()
        });
        assert_eq!(last.map(|p| p.answer), Some(Answer::Tick(vec![])));
        // Something ticked: one Enter goes on with it.
        let mut a = app_at_checklist(&c);
        let here = a.session().map(|s| s.step().node_id.to_string());
        a.update(Pick(2));
        a.update(Select);
        assert_ne!(a.session().map(|s| s.step().node_id.to_string()), here);
        let last = a.session().and_then(|s| {
            s.summary().path.iter().rfind(|p| Some(s.node_at(p.flow, p.node).1.id.to_string()) == here).cloned()
        });
        assert!(matches!(last.map(|p| p.answer), Some(Answer::Tick(k)) if k.len() == 1));
    }
}

/// From the start to the checklist `needs` (13 items) of the referral.
fn app_at_needs(c: &Checked) -> App<'_> {
    let mut a = App::new(&c.model, &c.texts, en(), false, 80, 40);
    a.update(Pick(1));
    for _ in 0..60 {
        let Some(s) = a.session() else { break };
        let st = s.step();
        if st.node_id == "needs" {
            return a;
        }
        let action: Action = match st.kind {
            StepKind::Question if st.node_id == "companion" || st.node_id == "hold" => Pick(1),
            // "Confirms, wants help": on to the referral.
            StepKind::Question if st.node_id == "which" => Pick(4),
            StepKind::Question if st.choices.iter().any(|c| c.number == 0) => Pick(0),
            StepKind::Question => Pick(1),
            StepKind::Checklist => {
                a.update(Select);
                Select
            }
            _ => Select,
        };
        a.update(action);
    }
    panic!("never reached needs");
}

#[test]
fn items_from_10_on_are_ticked_with_two_digits() {
    let c = common::bundled();
    let mut a = app_at_needs(&c);
    let items: Vec<(usize, String)> =
        a.session().map(|s| s.step().items.iter().map(|i| (i.number, i.key.to_string())).collect()).unwrap_or_default();
    assert!(items.iter().any(|(n, _)| *n >= 12), "{items:?}");
    let key = |n: usize| items.iter().find(|(x, _)| *x == n).map(|(_, k)| k.clone()).unwrap_or_default();
    // 1 then 2: item 12, and only it.
    a.update(Pick(1));
    assert!(a.ui().ticks.iter().all(|k| items.iter().any(|(_, x)| x == k) && *k != key(1)), "nothing yet");
    assert!(tui_support::screen(&a).contains("second digit"), "{}", tui_support::screen(&a));
    a.update(Pick(2));
    assert!(a.ui().ticks.contains(&key(12)), "{:?}", a.ui().ticks);
    assert!(!a.ui().ticks.contains(&key(1)) && !a.ui().ticks.contains(&key(2)));
    // 1 then Space: item 1. 3: item 3 at once (there is no 30).
    a.update(Pick(1));
    a.update(Toggle);
    assert!(a.ui().ticks.contains(&key(1)), "{:?}", a.ui().ticks);
    a.update(Pick(3));
    assert!(a.ui().ticks.contains(&key(3)), "{:?}", a.ui().ticks);
    // The screen numbers them 1 to 13, aligned.
    let s = tui_support::screen(&a);
    assert!(s.contains("[x] 12. ") && s.contains("[x]  1. "), "{s}");
}

#[test]
fn esc_on_a_step_says_what_it_does() {
    let c = common::bundled();
    for (lang, words) in [("en", "Esc closes a window"), ("nb", "Esc lukker et vindu")] {
        let mut a = App::new(&c.model, &c.texts, Lang::of(lang), false, 80, 24);
        a.update(Pick(1));
        a.update(Pick(0));
        let depth = a.session().map(|s| s.depth());
        a.update(Close);
        let s = tui_support::screen(&a);
        assert!(s.contains(words), "{s}");
        assert_eq!(a.session().map(|s| s.depth()), depth, "no answer undone");
    }
}

/// The two bottom lines at 80 columns: the discreet key and quick-hide on every screen;
/// on the summary the slip, save and print too.
#[test]
fn the_key_bar_at_80_columns_shows_discreet_hide_and_the_summary_keys() {
    let c = common::bundled();
    for lang in ["en", "nb"] {
        for discreet in [false, true] {
            let mut a = App::new(&c.model, &c.texts, Lang::of(lang), false, 80, 24);
            a.discreet = discreet;
            let bar = |a: &App| {
                let s = tui_support::screen(a);
                let lines: Vec<&str> = s.lines().collect();
                lines[lines.len().saturating_sub(2)..].join("\n")
            };
            let check = |a: &App, summary: bool| {
                let b = bar(a);
                for k in ["d ", "x ", "? "] {
                    assert!(b.contains(k), "{lang} {discreet}: `{k}` missing:\n{b}");
                }
                if summary {
                    for k in ["c ", "e ", "u "] {
                        assert!(b.contains(k), "{lang} {discreet}: `{k}` missing on the summary:\n{b}");
                    }
                }
            };
            check(&a, false);
            a.update(Pick(1));
            for _ in 0..60 {
                if a.place() == Place::Summary {
                    break;
                }
                check(&a, false);
                let action = match a.place() {
                    Place::Question => {
                        let has0 = a.session().is_some_and(|s| s.step().choices.iter().any(|c| c.number == 0));
                        Pick(if has0 { 0 } else { 1 })
                    }
                    _ => Select,
                };
                a.update(action);
            }
            assert_eq!(a.place(), Place::Summary);
            check(&a, true);
        }
    }
}

/// `?` lists this screen's keys first, under a heading, then those that work everywhere.
#[test]
fn question_mark_lists_this_screens_keys_first_grouped() {
    let c = common::bundled();
    for (lang, here, everywhere) in [("en", "On this screen", "Everywhere"), ("nb", "På dette skjermbildet", "Overalt")]
    {
        let mut a = App::new(&c.model, &c.texts, Lang::of(lang), false, 80, 60);
        a.update(Pick(1));
        a.update(Help);
        let (_, lines) = veiviser::tui::windows::content(&a, a.overlay.as_ref().expect("the help window"));
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(text[0].trim(), here, "{text:#?}");
        // A question: the digits first.
        assert!(text[1].starts_with("0-9"), "{text:#?}");
        let e = text.iter().position(|l| l.trim() == everywhere).expect("the second group");
        let x = text.iter().position(|l| l.starts_with("x ")).expect("quick-hide");
        assert!(x > e, "quick-hide works everywhere: {text:#?}");
    }
}
