//! Teaching mode (`scenario run ID --teach`) and what if, on the pure update: the class
//! answers first, a wrong answer is judged and does not advance, the expected answer is
//! shown on request, the first answers make the debrief, what if leaves the script and
//! comes back to it; `v` and `m` in a scenario. On the bundled flows and a shipped
//! scenario (adult-declines): its feedback and teaching points are read from it.

mod common;
mod tui_support;

use tui_support::{act, export_text, screen, window};
use veiviser::engine::Answer;
use veiviser::flow::Checked;
use veiviser::i18n::Lang;
use veiviser::scenario::Scenario;
use veiviser::tui::app::App;
use veiviser::tui::input::Action::*;
use veiviser::tui::state::Place;
use veiviser::tui::windows::Overlay;
use veiviser::tui::windows::save::What;

fn scenario() -> Scenario {
    let (all, bad) = veiviser::scenario::load_embedded(&veiviser::i18n::embedded_langs());
    assert!(bad.is_empty(), "{bad:?}");
    all.into_iter().find(|s| s.id == "adult-declines").expect("the shipped scenario adult-declines")
}

/// Text with its line breaks and runs of blanks as single spaces (a window wraps it).
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The scenario's feedback at `at` (flow/node) for `key` (None: a checklist's), flat.
fn feedback(at: &str, key: Option<&str>, lang: &str) -> String {
    let s = scenario();
    let g = s.answers.iter().find(|g| g.at.to_string() == at).expect(at);
    flat(g.feedback_for(key, Lang::of(lang)).expect("feedback in the shipped scenario"))
}

/// The scenario's teaching point `i`, flat.
fn point(i: usize, lang: &str) -> String {
    flat(scenario().teaching(Lang::of(lang))[i])
}

fn node(app: &App) -> String {
    app.session().map(|s| s.step().node_id.to_string()).unwrap_or_default()
}

fn teaching<'a>(c: &'a Checked, lang: &str, w: u16, h: u16) -> App<'a> {
    let mut a = App::new(&c.model, &c.texts, Lang::of(lang), true, w, h);
    a.play_teaching(scenario());
    a
}

fn window_text(a: &App) -> String {
    let (title, lines) = window(a);
    let body: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    format!("{title}\n{}", body.join("\n"))
}

/// The open window's text, flat.
fn window_flat(a: &App) -> String {
    flat(&window_text(a))
}

fn verdict_open(a: &App) -> bool {
    matches!(a.overlay, Some(Overlay::Verdict(_)))
}

/// The right answers from the start to the summary (Enter after each verdict).
fn answer_right_to_the_end(a: &mut App) {
    for _ in 0..60 {
        if a.place() == Place::Summary {
            return;
        }
        let p = a.player.as_ref().unwrap();
        match p.expected(p.at).cloned() {
            Some(Answer::Choose(k)) if p.is_decision(p.at) => {
                let n = a.session().unwrap().step().choices.iter().find(|c| c.key == k).unwrap().number;
                act(a, &[Pick(n)]);
                assert!(verdict_open(a));
                act(a, &[Select]);
            }
            Some(Answer::Tick(keys)) if p.is_decision(p.at) => {
                let numbers: Vec<usize> = a
                    .session()
                    .unwrap()
                    .step()
                    .items
                    .iter()
                    .filter(|i| keys.contains(&i.key.to_string()) != a.ui().ticks.contains(i.key.as_str()))
                    .map(|i| i.number)
                    .collect();
                for n in numbers {
                    act(a, &[Pick(n)]);
                }
                act(a, &[Select]);
                assert!(verdict_open(a), "{}", screen(a));
                assert!(window_text(a).contains('\u{2713}'), "{}", window_text(a));
                act(a, &[Select]);
            }
            _ => {
                act(a, &[End, Select]);
            }
        }
    }
    panic!("never reached the summary: {}", screen(a));
}

#[test]
fn the_expected_answer_is_not_on_screen_before_the_class_answers() {
    let c = common::bundled();
    for lang in ["en", "nb"] {
        let mut a = teaching(&c, lang, 100, 30);
        let s = screen(&a);
        let expected = if lang == "en" { "No, no acute danger" } else { "Nei, ingen akutt fare" };
        // Once, as its choice; never as "Next:" or marked.
        assert_eq!(s.matches(expected).count(), 1, "{s}");
        assert!(!s.contains("Next:") && !s.contains("Neste:"), "{s}");
        // The plain play says it: the same check fails there.
        let mut plain = App::new(&c.model, &c.texts, Lang::of(lang), true, 100, 30);
        plain.play(scenario());
        assert_eq!(screen(&plain).matches(expected).count(), 2, "{}", screen(&plain));
        // And on the second decision too.
        act(&mut a, &[Pick(0), Select]);
        assert_eq!(node(&a), "age");
        let s = screen(&a);
        let expected = if lang == "en" { "No, no reason to believe it" } else { "Nei" };
        assert!(s.contains(expected), "{s}");
        assert!(!s.contains("Next:") && !s.contains("Neste:") && !s.contains('\u{2713}'), "{s}");
    }
}

#[test]
fn a_wrong_answer_is_judged_with_its_feedback_and_does_not_advance() {
    let c = common::bundled();
    let mut a = teaching(&c, "en", 100, 30);
    act(&mut a, &[Pick(1)]);
    assert!(verdict_open(&a));
    let w = window_text(&a);
    assert!(w.contains("The class answered: Yes, an emergency"), "{w}");
    assert!(w.contains("This is not the answer the guidance expects"), "{w}");
    assert!(window_flat(&a).contains(&feedback("triage/acute", Some("emergency"), "en")), "{w}");
    // What would follow, from the engine: the emergency outcome.
    assert!(w.contains("What would follow") && w.contains("the outcome: Safety first"), "{w}");
    // Not the expected answer, nor its feedback: it is not shown until asked for.
    let right = feedback("triage/acute", Some("not-acute"), "en");
    assert!(!w.contains("No, no acute danger") && !window_flat(&a).contains(&right), "{w}");
    // Enter goes back to the question, not on.
    act(&mut a, &[Select]);
    assert!(a.overlay.is_none());
    assert_eq!(node(&a), "acute");
    assert_eq!(a.player.as_ref().unwrap().at, 0);
    // Another try, straight from the window: a digit.
    act(&mut a, &[Pick(2)]);
    // Protection asks the age again (the same words as the expected answer's next step):
    // the verdict says the way on is another.
    let w = window_text(&a);
    assert!(w.contains("the next step: Is there reason") && w.contains("another way on"), "{w}");
    act(&mut a, &[Pick(0)]);
    let w = window_text(&a);
    assert!(w.contains("This is the answer the guidance expects"), "{w}");
    assert!(window_flat(&a).contains(&right) && w.contains("the next step: Is there reason"), "{w}");
    act(&mut a, &[Select]);
    assert_eq!(node(&a), "age");
    // The first answer is the one kept.
    let t = a.player.as_ref().unwrap().teach.clone().unwrap();
    assert_eq!(t.first.get(&0).map(|f| (&f.answer, f.expected)), Some((&Answer::Choose("emergency".into()), false)));
}

#[test]
fn reveal_shows_the_expected_answer_and_its_feedback_then_goes_on() {
    let c = common::bundled();
    let mut a = teaching(&c, "en", 100, 30);
    act(&mut a, &[Pick(0), Select]);
    assert_eq!(node(&a), "age");
    // Wrong first, then shown.
    act(&mut a, &[Pick(1)]);
    assert!(!window_text(&a).contains("The answer the guidance expects"));
    act(&mut a, &[Reveal]);
    let w = window_text(&a);
    assert!(w.contains("The answer the guidance expects: No, no reason to believe it"), "{w}");
    assert!(window_flat(&a).contains(&feedback("triage/age", Some("adult"), "en")), "{w}");
    act(&mut a, &[Select]);
    assert_eq!(node(&a), "crime");
    // Shown before any answer: the class has none for the debrief.
    act(&mut a, &[Reveal]);
    assert!(window_text(&a).contains("The answer the guidance expects"));
    act(&mut a, &[Select]);
    assert_eq!(node(&a), "companion");
    let t = a.player.as_ref().unwrap().teach.clone().unwrap();
    assert_eq!(t.first.len(), 2, "acute and age, not crime");
    // `a` outside teaching mode says where it works.
    let mut plain = App::new(&c.model, &c.texts, Lang::of("en"), true, 100, 30);
    plain.play(scenario());
    act(&mut plain, &[Reveal]);
    assert!(plain.overlay.is_none() && plain.notice == Some("tui-notice-reveal-teach"));
}

#[test]
fn a_checklist_says_which_items_differ() {
    let c = common::bundled();
    let mut a = teaching(&c, "en", 100, 30);
    // not-acute, adult, not-likely, found-a-way, health: to the signs.
    for _ in 0..12 {
        if node(&a) == "noticed" {
            break;
        }
        let p = a.player.as_ref().unwrap();
        if p.is_decision(p.at) {
            act(&mut a, &[Reveal, Select]);
        } else {
            act(&mut a, &[End, Select]);
        }
    }
    assert_eq!(node(&a), "noticed");
    // Only the first item ("story"), and none of the expected three.
    act(&mut a, &[Pick(1), Select]);
    let w = window_text(&a);
    assert!(w.contains("Not quite the items"), "{w}");
    assert!(w.contains("Ticked, but not expected:") && w.contains("Expected, but not ticked:"), "{w}");
    assert!(window_flat(&a).contains(&feedback("signs/noticed", None, "en")), "the checklist's one text: {w}");
    assert_eq!(node(&a), "noticed");
    // Ticks are a judgement: Enter goes on, along the scenario's ticks.
    act(&mut a, &[Select]);
    assert_ne!(node(&a), "noticed", "{}", screen(&a));
    let p = a.player.as_ref().unwrap();
    let first = p.teach.as_ref().unwrap().first.values().last().unwrap();
    assert!(!first.expected, "the first answer is kept as it was: not the expected ticks");
}

#[test]
fn a_choice_the_scenario_names_as_also_right_is_judged_right_and_the_play_goes_on_with_its_own() {
    let c = common::bundled();
    let (all, _) = veiviser::scenario::load_embedded(&veiviser::i18n::embedded_langs());
    let mut s = all.into_iter().find(|s| s.id == "adult-declines").unwrap();
    // "not sure" at the crime question, counted as right as "not likely".
    let i = s.answers.iter().position(|g| g.at.to_string() == "triage/crime").unwrap();
    s.answers[i].also = vec!["unsure".into()];
    let mut a = App::new(&c.model, &c.texts, Lang::of("en"), true, 100, 30);
    a.play_teaching(s);
    for _ in 0..12 {
        if node(&a) == "crime" {
            break;
        }
        act(&mut a, &[Reveal, Select]);
    }
    assert_eq!(node(&a), "crime");
    let n = a.session().unwrap().step().choices.iter().find(|c| c.key == "unsure").unwrap().number;
    act(&mut a, &[Pick(n)]);
    let w = window_text(&a);
    assert!(w.contains("right too"), "{w}");
    assert!(w.contains("goes on with the answer it was written with"), "{w}");
    act(&mut a, &[Select]);
    assert_ne!(node(&a), "crime");
    // Along the script: the answer given there is the scenario's own.
    let p = a.player.as_ref().unwrap();
    assert!(p.answers.contains(&Answer::Choose("not-likely".into())), "{:?}", p.answers);
}

#[test]
fn the_debrief_lists_the_teaching_points_the_duties_and_the_first_answers_and_saves_when_asked() {
    let c = common::bundled();
    let mut a = teaching(&c, "en", 100, 30);
    act(&mut a, &[Pick(2), Select]);
    answer_right_to_the_end(&mut a);
    assert_eq!(a.place(), Place::Summary);
    act(&mut a, &[Select]);
    assert!(matches!(a.overlay, Some(Overlay::Debrief)));
    let w = window_text(&a);
    assert!(w.contains("Teaching points") && window_flat(&a).contains(&point(0, "en")), "{w}");
    assert!(window_flat(&a).contains(&point(1, "en")), "{w}");
    assert!(w.contains("No duty has been raised"), "{w}");
    // The first decision: the class said "protection" first.
    assert!(w.contains("Class: The person needs protection, but it is not an emergency (not as expected)"), "{w}");
    assert!(w.contains("Expected: No, no acute danger"), "{w}");
    assert!(w.contains("Class: Adult") || w.contains("(as expected)"), "{w}");
    // Kept in memory: saved only with `e`, through the save dialog.
    act(&mut a, &[Save]);
    match &a.overlay {
        Some(Overlay::Save(s)) => assert_eq!(s.what, What::Debrief { full: false }),
        o => panic!("{o:?}"),
    }
    let text = export_text(&a).expect("the debrief's text");
    let flat = self::flat(&text);
    assert!(flat.contains(&point(0, "en")) && flat.contains("(not as expected)"), "{text}");
    assert!(!text.contains("veiviser-debrief"), "{text}");
    // In Norwegian too.
    let mut nb = teaching(&c, "nb", 100, 30);
    answer_right_to_the_end(&mut nb);
    act(&mut nb, &[Select]);
    let w = window_text(&nb);
    assert!(w.contains("Læringspunkter") && window_flat(&nb).contains(&point(0, "nb")), "{w}");
    assert!(w.contains("Gruppas første svar") && w.contains("som ventet"), "{w}");
}

#[test]
fn what_if_leaves_the_script_and_comes_back_to_the_same_step() {
    let c = common::bundled();
    let mut a = teaching(&c, "en", 100, 30);
    act(&mut a, &[Pick(1), Select, Pick(0), Select]);
    assert_eq!(node(&a), "age");
    act(&mut a, &[WhatIf]);
    assert!(a.player.is_none() && a.aside.is_some());
    assert!(screen(&a).contains("WHAT IF: off the script"), "{}", screen(&a));
    // A normal walk: a digit answers, Back undoes.
    act(&mut a, &[Pick(1)]);
    assert_ne!(node(&a), "age");
    // Back (it may ask first: a duty would go), and back again to where it left.
    act(&mut a, &[Back, Yes]);
    assert_eq!(node(&a), "age", "{}", screen(&a));
    act(&mut a, &[Pick(0)]);
    assert_eq!(node(&a), "crime");
    // And back to the scenario, where it was left, with what the class said.
    act(&mut a, &[WhatIf]);
    assert!(a.aside.is_none());
    let p = a.player.as_ref().unwrap();
    assert_eq!((node(&a), p.at), ("age".to_string(), 1));
    assert_eq!(p.teach.as_ref().unwrap().first.len(), 1);
    assert!(!screen(&a).contains("WHAT IF"));
    // From the verdict window too.
    act(&mut a, &[Pick(1), WhatIf]);
    assert!(a.aside.is_some() && a.overlay.is_none());
    act(&mut a, &[WhatIf]);
    assert_eq!(node(&a), "age");
    // `o` with no scenario says so.
    let mut walk = App::new(&c.model, &c.texts, Lang::of("en"), true, 100, 30);
    act(&mut walk, &[Pick(1), WhatIf]);
    assert_eq!(walk.notice, Some("tui-notice-whatif-none"));
}

#[test]
fn v_and_m_work_in_a_scenario_and_the_map_leaves_the_script() {
    let c = common::bundled();
    for teach in [false, true] {
        let mut a = App::new(&c.model, &c.texts, Lang::of("en"), true, 120, 34);
        if teach {
            a.play_teaching(scenario());
        } else {
            a.play(scenario());
        }
        act(&mut a, &[SideBySide]);
        let s = screen(&a);
        assert!(s.contains("Is the person in danger now?") && s.contains("Er personen i fare nå?"), "{s}");
        if teach {
            // Taught, the title waits for the debrief (it can give an answer away).
            assert!(!s.contains("An adult who declines help") && s.contains("The case") && s.contains("Saken"), "{s}");
        } else {
            assert!(s.contains("An adult who declines help") && s.contains("En voksen som takker nei"), "{s}");
        }
        act(&mut a, &[SideBySide, Map]);
        assert!(matches!(a.overlay, Some(Overlay::Map(_))), "teach {teach}");
        // The map names steps, never the answer the scenario gives.
        assert!(!window_text(&a).contains("No, no acute danger"));
        // Enter on another step: off the script (what if), the play kept aside.
        act(&mut a, &[Down, Down, Select]);
        assert!(a.aside.is_some(), "teach {teach}");
        act(&mut a, &[Close, WhatIf]);
        assert!(a.player.is_some() && node(&a) == "acute", "teach {teach}");
    }
}

/// The case text beside the step, as the screen shows it: the right column, joined.
fn right_column(s: &str) -> String {
    let right: Vec<&str> = s.lines().filter_map(|l| l.split_once(" \u{2502} ").map(|x| x.1)).collect();
    right.join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn on_a_projector_the_case_text_is_never_cut_in_any_shipped_scenario() {
    let c = common::bundled();
    let (all, _) = veiviser::scenario::load_embedded(&veiviser::i18n::embedded_langs());
    assert!(all.len() >= 10);
    for (w, h) in [(100, 30), (120, 34)] {
        for lang in ["nb", "en"] {
            for s in &all {
                let mut a = App::new(&c.model, &c.texts, Lang::of(lang), true, w, h);
                a.play_teaching(s.clone());
                let text = s.text(Lang::of(lang)).split_whitespace().collect::<Vec<_>>().join(" ");
                let n = a.player.as_ref().unwrap().sessions.len();
                for at in 0..n {
                    if at > 0 {
                        // On along the script: the expected answer shown, then Enter.
                        let p = a.player.as_ref().unwrap();
                        if p.is_decision(p.at) {
                            act(&mut a, &[Reveal, Select]);
                        } else {
                            act(&mut a, &[End, Select]);
                        }
                    }
                    assert_eq!(a.player.as_ref().unwrap().at, at, "{}", s.id);
                    act(&mut a, &[Home]);
                    let shown = screen(&a);
                    assert!(
                        right_column(&shown).contains(&text),
                        "{} at {w}x{h} in {lang}, step {at}: the case text is cut\n{shown}",
                        s.id
                    );
                }
            }
        }
    }
}

#[test]
fn at_80x24_the_stage_line_keeps_its_names() {
    let c = common::bundled();
    for lang in ["nb", "en"] {
        let mut a = teaching(&c, lang, 80, 24);
        for _ in 0..40 {
            if a.place() == Place::Summary {
                break;
            }
            let s = screen(&a);
            let stages = s.lines().nth(1).unwrap_or_default();
            let parts: Vec<&str> = stages.split(" \u{203a} ").map(str::trim).collect();
            assert!(parts.len() >= 6, "{stages}");
            assert!(
                parts.iter().all(|p| p.parse::<usize>().is_err() && !p.starts_with('[') || p.ends_with(']')),
                "{s}"
            );
            assert!(
                !parts.iter().any(|p| p.starts_with('[') && p[1..].starts_with(|c: char| c.is_ascii_digit())),
                "{s}"
            );
            let p = a.player.as_ref().unwrap();
            if p.is_decision(p.at) {
                act(&mut a, &[Reveal, Select]);
            } else {
                act(&mut a, &[End, Select]);
            }
        }
        assert_eq!(a.place(), Place::Summary);
    }
}

#[test]
fn snapshots_of_a_teaching_screen_on_a_projector_and_on_a_small_screen() {
    let c = common::bundled();
    for lang in ["nb", "en"] {
        let a = teaching(&c, lang, 100, 30);
        insta::assert_snapshot!(format!("teach_question_100x30_{lang}"), screen(&a));
        let mut a = teaching(&c, lang, 60, 20);
        insta::assert_snapshot!(format!("teach_question_60x20_{lang}"), screen(&a));
        act(&mut a, &[Pick(2)]);
        insta::assert_snapshot!(format!("teach_verdict_60x20_{lang}"), screen(&a));
        act(&mut a, &[Reveal, End]);
        insta::assert_snapshot!(format!("teach_revealed_60x20_{lang}"), screen(&a));
    }
}

#[test]
fn in_discreet_mode_the_debrief_leaves_out_what_has_no_discreet_form_unless_the_full_text_is_chosen() {
    let c = common::bundled();
    let mut a = teaching(&c, "en", 100, 30);
    answer_right_to_the_end(&mut a);
    act(&mut a, &[Discreet, Select, Save]);
    assert!(matches!(&a.overlay, Some(Overlay::Save(s)) if s.what == What::Debrief { full: false }));
    let discreet = export_text(&a).unwrap();
    let first = point(0, "en");
    assert!(!flat(&discreet).contains(&first) && discreet.contains("Discreet mode"), "{discreet}");
    assert!(discreet.contains("(as expected)"), "{discreet}");
    act(&mut a, &[Down]);
    let full = export_text(&a).unwrap();
    assert!(flat(&full).contains(&first), "{full}");
}

#[test]
fn random_keys_in_teaching_mode_keep_the_script_or_keep_it_aside() {
    // A fixed pseudo-random walk (xorshift): every key, resizes, windows; the page kept
    // between keys is checked against a new one in the debug build (pages::cached).
    let c = common::bundled();
    let keys = [
        Pick(0),
        Pick(1),
        Pick(2),
        Pick(3),
        Pick(5),
        Select,
        Select,
        Select,
        Toggle,
        Up,
        Down,
        Back,
        Close,
        Reveal,
        Reveal,
        WhatIf,
        Map,
        SideBySide,
        Lang,
        Help,
        Why,
        Principles,
        Trainer,
        Discreet,
        Save,
        Char('x'),
        PageDown,
        End,
        Home,
        No,
        Yes,
        Restart,
        Resize(60, 20),
        Resize(100, 30),
        Resize(80, 24),
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut a = teaching(&c, "nb", 100, 30);
    for i in 0..3000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let k = keys[(x % keys.len() as u64) as usize];
        if matches!(a.update(k), veiviser::tui::app::Effect::Quit(_)) {
            a = teaching(&c, "nb", 100, 30);
            continue;
        }
        assert!(a.player.is_some() != a.aside.is_some(), "after key {i} ({k:?})");
        let p = a.player.as_ref().or(a.aside.as_ref().map(|s| &s.player)).unwrap();
        assert!(p.at < p.sessions.len());
        let _ = screen(&a);
    }
}
