//! The TUI's key handling, on the pure update function (no terminal): every key of the
//! issue, driven by actions, on the fixture flow set (tests/fixtures/tui).

mod tui_support;

use tui_support::{act, app, checked, export_text, input, saving, screen, window};
use veiviser::engine::Answer;
use veiviser::i18n::Lang;
use veiviser::tui::app::{App, Effect};
use veiviser::tui::input::Action::{self, *};
use veiviser::tui::pages;
use veiviser::tui::state::{Place, Screen};
use veiviser::tui::windows::Overlay;
use veiviser::tui::windows::confirm::Confirm;
use veiviser::tui::windows::{self, map};

fn node(app: &App) -> String {
    app.session().map(|s| s.step().node_id.to_string()).unwrap_or_else(|| "<start>".into())
}

fn depth(app: &App) -> usize {
    app.session().map_or(0, |s| s.depth())
}

/// From the start screen to the checklist `signs` (via "not acute", "adult").
fn to_signs(app: &mut App) {
    act(app, &[Pick(1), Pick(2), Pick(2)]);
    assert_eq!(node(app), "signs");
}

/// On to the end of the case.
fn to_summary(app: &mut App) {
    to_signs(app);
    act(app, &[Pick(1), Pick(3), Select, Select]);
    assert_eq!(app.place(), Place::Summary);
}

#[test]
fn start_screen_lists_the_case_first_and_digits_open_a_flow() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    assert_eq!(a.place(), Place::Start);
    let s = screen(&a);
    let case = s.find("1. Mistanke om menneskehandel").unwrap();
    let before = s.find("2. Før samtalen").unwrap();
    let princ = s.find("3. Grunnleggende prinsipper").unwrap();
    assert!(case < before && before < princ, "{s}");
    // Which guidance this is (version and content hash), not a date no step has.
    assert!(s.contains(&format!("Veiledningsversjon {}", c.model.version())), "{s}");
    assert!(!s.contains("2024-04-18"), "{s}");
    a.update(Pick(9));
    assert_eq!(a.place(), Place::Start, "no entry 9");
    a.update(Pick(1));
    assert_eq!(node(&a), "acute");
}

#[test]
fn arrows_and_enter_open_the_selected_flow() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Down, Down, Up, Select]);
    assert_eq!(a.session().unwrap().root().id, "before");
}

#[test]
fn a_digit_answers_a_question_at_once() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2)]);
    assert_eq!(node(&a), "age");
    assert_eq!(depth(&a), 1);
    // A number with no choice does nothing.
    a.update(Pick(7));
    assert_eq!(node(&a), "age");
}

#[test]
fn arrows_move_the_selection_and_enter_answers_with_it() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    a.update(Pick(1));
    a.update(Down);
    assert_eq!(a.ui().sel, Some(0), "the first arrow down selects the first choice");
    a.update(Up);
    assert_eq!(a.ui().sel, Some(0), "up at the first choice stays there");
    act(&mut a, &[Down, Down, Down]);
    assert_eq!(a.ui().sel, Some(1), "down at the last choice stays there");
    a.update(Select);
    assert_eq!(node(&a), "age");
    assert_eq!(a.ui().sel, None, "a new question starts with nothing selected");
    a.update(Up);
    assert_eq!(a.ui().sel, Some(2), "the first arrow up selects the last choice");
}

#[test]
fn enter_with_nothing_picked_answers_nothing_and_says_how_to_answer() {
    let c = checked();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let mut a = app(&c, lang);
        a.update(Pick(1));
        assert_eq!(a.ui().sel, None, "a question starts with nothing selected");
        let s = screen(&a);
        assert!(!s.contains("> 1."), "no choice is marked:\n{s}");
        // On the first question, the first choice would end the case as acute danger.
        act(&mut a, &[Toggle, Select, Select]);
        assert_eq!(node(&a), "acute", "Enter answered nothing");
        assert_eq!(depth(&a), 0);
        assert!(!a.under_way());
        let s = screen(&a);
        let want = if lang == Lang::of("nb") { "Ingenting er valgt ennå" } else { "Nothing is chosen yet" };
        assert!(s.contains(want), "the notice:\n{s}");
        assert!(s.lines().last().unwrap().contains("?"), "? stays in the hint bar:\n{s}");
        // The next key takes the notice away.
        a.update(Down);
        assert!(!screen(&a).contains(want));
        a.update(Select);
        assert_eq!(node(&a), "danger", "Enter answers a choice the user picked");
    }
}

#[test]
fn a_checklist_starts_with_nothing_selected_and_enter_needs_a_touch() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    to_signs(&mut a);
    assert_eq!(a.ui().sel, None);
    act(&mut a, &[Select]);
    assert_eq!(node(&a), "signs", "a first Enter with nothing ticked does not go on");
    assert!(screen(&a).contains("Nothing is ticked. Press Enter again"), "{}", screen(&a));
    a.update(Toggle);
    assert!(a.ui().ticks.is_empty(), "Space with nothing selected ticks nothing");
    assert!(screen(&a).contains("Tick what applies"), "{}", screen(&a));
    // Another key between the two Enters: the next Enter says it again.
    act(&mut a, &[Select, Down, Select]);
    assert_eq!(node(&a), "signs");
    // Nothing applies: Enter, and Enter again (two keys).
    act(&mut a, &[Select]);
    assert_eq!(node(&a), "prepare");
    let last = a.session().unwrap().summary().path.last().cloned().unwrap();
    assert_eq!(last.answer, Answer::Tick(vec![]));
    // Info: Enter goes on, as expected.
    assert_eq!(a.ui().sel, Some(0));
    a.update(Select);
    assert_eq!(node(&a), "end");
}

#[test]
fn back_restores_nothing_selected_exactly() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Pick(2)]);
    assert_eq!(node(&a), "signs");
    a.update(Back);
    assert_eq!(node(&a), "age");
    assert_eq!(a.ui().sel, Some(1), "the choice that was answered, as it was selected then");
    a.update(Back);
    assert_eq!(node(&a), "acute");
    assert_eq!(a.ui().sel, Some(1));
    // Answered by Enter after arrows: the same.
    act(&mut a, &[Select, Down, Down, Select]);
    assert_eq!(node(&a), "signs");
    a.update(Back);
    assert_eq!(a.ui().sel, Some(1));
    // Back into an info screen and out again: Enter still goes on from the button (the
    // answer raised a duty: going back asks first).
    act(&mut a, &[Up, Select, Select, Back, Yes]);
    assert_eq!(node(&a), "duty");
    assert_eq!(a.ui().sel, Some(0));
}

#[test]
fn the_selected_choice_has_a_sign_and_reverse_video() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Down, Down]);
    let s = screen(&a);
    assert!(s.contains("> 2. Nei, ikke akutt"), "{s}");
    assert!(s.contains("    1. Ja, det er akutt fare"), "{s}");
    let t = tui_support::draw(&a);
    let buf = t.backend().buffer();
    let row =
        (0..24).find(|&y| (0..80).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>().contains("> 2. Nei"));
    let y = row.unwrap();
    let x = (0..80).find(|&x| buf[(x, y)].symbol() == "N").unwrap();
    assert!(buf[(x, y)].modifier.contains(ratatui::style::Modifier::REVERSED));
}

#[test]
fn space_ticks_a_checklist_item_digits_too_and_enter_goes_on_with_the_ticks() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    to_signs(&mut a);
    assert_eq!(a.place(), Place::Checklist);
    act(&mut a, &[Down, Toggle]);
    a.update(Pick(3));
    a.update(Pick(4));
    a.update(Pick(4));
    let s = screen(&a);
    assert!(s.contains("  [x] 1. Personen har ikke"), "{s}");
    assert!(s.contains("  [ ] 2. Personen skylder"), "{s}");
    assert!(s.contains("  [x] 3. Noen andre"), "{s}");
    assert!(s.contains("> [ ] 4. Personen virker"), "a number moves the selection too:\n{s}");
    assert_eq!(node(&a), "signs", "ticking does not go on");
    a.update(Select);
    assert_eq!(node(&a), "prepare");
    let sum = a.session().unwrap().summary();
    let last = sum.path.last().unwrap();
    assert_eq!(last.answer, Answer::Tick(vec!["passport".into(), "controlled".into()]));
    assert!(a.session().unwrap().facts().contains("no-passport"));
}

#[test]
fn the_button_under_a_checklist_goes_on_with_space_or_enter() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    to_signs(&mut a);
    act(&mut a, &[Down, Down, Down, Down, Down]);
    assert_eq!(a.ui().sel, Some(4), "the button after the four items");
    a.update(Toggle);
    assert_eq!(node(&a), "prepare");
}

#[test]
fn enter_goes_on_from_info_and_from_an_outcome_inside_a_called_flow() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1)]);
    assert_eq!(node(&a), "duty");
    assert_eq!(a.place(), Place::Continue);
    // Space and digits do not go on from info: only Enter (or a click) does.
    act(&mut a, &[Toggle, Pick(1)]);
    assert_eq!(node(&a), "duty");
    a.update(Select);
    assert_eq!(node(&a), "done");
    assert_eq!(a.place(), Place::Continue, "an outcome of a called flow is not the end");
    assert!(screen(&a).contains("Skriv meldingen til barneverntjenesten."), "its actions are shown");
    a.update(Select);
    assert_eq!(node(&a), "signs");
}

#[test]
fn back_undoes_exactly_one_step_and_restores_the_screen_of_that_step() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    to_signs(&mut a);
    act(&mut a, &[Pick(1), Pick(2), Down]);
    let before = a.ui().clone();
    let d = depth(&a);
    a.update(Select);
    assert_eq!(node(&a), "prepare");
    a.update(Back);
    assert_eq!(node(&a), "signs");
    assert_eq!(depth(&a), d);
    assert_eq!(a.ui(), &before, "ticks and selection as they were");
    a.update(Back);
    assert_eq!(node(&a), "age");
    assert_eq!(a.ui().sel, Some(1), "the choice that was taken is selected");
    a.update(Back);
    assert_eq!(node(&a), "acute");
    a.update(Back);
    assert_eq!(a.place(), Place::Start, "back from the first step: the start screen");
    assert_eq!(a.ui().sel, Some(0), "with the flow that was walked selected");
    a.update(Back);
    assert_eq!(a.place(), Place::Start);
}

#[test]
fn back_undoes_a_duty_raised_by_the_answer() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1)]);
    assert!(screen(&a).contains("! PLIKT: Meld til barneverntjenesten"));
    // Going back would take the duty away: said first, with the answer that goes.
    a.update(Back);
    assert!(matches!(a.overlay, Some(Overlay::Confirm(Confirm::Back(_)))));
    let s = screen(&a);
    assert!(s.contains("Gå tilbake?") && s.contains("plikten: Meld til barneverntjenesten"), "{s}");
    assert!(s.contains("svaret «Ja, personen kan være under 18»"), "{s}");
    // No keeps everything.
    a.update(No);
    assert!(screen(&a).contains("PLIKT"));
    act(&mut a, &[Back, Yes]);
    assert!(!screen(&a).contains("PLIKT"));
    assert_eq!(node(&a), "age");
}

#[test]
fn back_without_a_duty_or_outcome_goes_at_once_and_says_what_was_undone() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    act(&mut a, &[Pick(1), Pick(2)]);
    assert_eq!(node(&a), "age");
    a.update(Back);
    assert_eq!((a.overlay.clone(), node(&a)), (None, "acute".to_string()));
    assert!(screen(&a).contains("Undone: \"No, not acute\""), "{}", screen(&a));
}

#[test]
fn a_raised_duty_stays_in_a_banner_on_every_later_screen() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1)]);
    for _ in 0..5 {
        let s = screen(&a);
        assert!(s.lines().nth(2).unwrap().contains("! DUTY: Report to the child welfare service"), "{s}");
        if a.place() == Place::Checklist {
            // Nothing ticked: the first Enter says so.
            a.update(Select);
        }
        a.update(Select);
    }
    assert_eq!(a.place(), Place::Summary);
    let s = screen(&a);
    assert!(s.contains("! DUTY: Report to the child welfare service"), "{s}");
}

#[test]
fn r_asks_before_restarting_a_case_under_way() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2)]);
    a.update(Restart);
    assert_eq!(a.overlay, Some(Overlay::Confirm(Confirm::Restart)));
    assert!(screen(&a).contains("Begynne på nytt?"));
    a.update(No);
    assert_eq!(a.overlay, None);
    assert_eq!(node(&a), "age", "no: nothing changed");
    act(&mut a, &[Restart, Yes]);
    assert_eq!(a.place(), Place::Start);
    assert_eq!(a.ui().sel, Some(0));
    // Pressing r twice restarts too; Enter says yes.
    act(&mut a, &[Down, Select, Select, Restart, Select]);
    assert_eq!(a.place(), Place::Start);
    assert_eq!(a.ui().sel, Some(1), "the flow that was walked is selected");
}

#[test]
fn r_with_nothing_answered_goes_to_the_start_without_asking() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    a.update(Pick(1));
    a.update(Restart);
    assert_eq!(a.overlay, None);
    assert_eq!(a.place(), Place::Start);
}

#[test]
fn q_quits_at_once_when_no_case_is_under_way() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    let effect = a.update(Quit);
    assert!(matches!(effect, Effect::Quit(_)));
    let mut a = app(&c, Lang::of("nb"));
    let effect = act(&mut a, &[Pick(1), Quit]);
    assert!(matches!(effect, Effect::Quit(_)), "a flow opened but nothing answered");
}

#[test]
fn q_asks_first_when_a_case_is_under_way() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    let effect = act(&mut a, &[Pick(1), Pick(2), Quit]);
    assert!(!matches!(effect, Effect::Quit(_)));
    assert_eq!(a.overlay, Some(Overlay::Confirm(Confirm::Quit)));
    assert!(screen(&a).contains("Avslutte?"));
    a.update(Close);
    assert_eq!(a.overlay, None, "Esc says no");
    assert_eq!(node(&a), "age", "and does not go back a step");
    let effect = act(&mut a, &[Quit, OtherKey]);
    assert!(!matches!(effect, Effect::Quit(_)), "any other key says no");
    let effect = act(&mut a, &[Quit, Quit]);
    assert!(matches!(effect, Effect::Quit(_)), "q twice quits");
    let mut a = app(&c, Lang::of("nb"));
    let effect = act(&mut a, &[Pick(1), Pick(2), Quit, Yes]);
    assert!(matches!(effect, Effect::Quit(_)));
    let mut a = app(&c, Lang::of("nb"));
    let effect = act(&mut a, &[Pick(1), Pick(2), Quit, Select]);
    assert!(matches!(effect, Effect::Quit(_)));
}

#[test]
fn ctrl_c_quits_at_once_from_anywhere() {
    let c = checked();
    let setups: Vec<Vec<Action>> = vec![
        vec![],
        vec![Pick(1), Pick(2)],
        vec![Pick(1), Pick(2), Quit],
        vec![Pick(1), Pick(2), Help],
        vec![Pick(1), Pick(2), Hide],
        vec![Pick(1), Pick(2), Resize(20, 5)],
    ];
    for s in setups {
        let mut a = app(&c, Lang::of("nb"));
        let effect = act(&mut a, &s);
        assert!(!matches!(effect, Effect::Quit(_)));
        let effect = a.update(ForceQuit);
        assert!(matches!(effect, Effect::Quit(_)), "{s:?}");
    }
}

#[test]
fn l_switches_the_language_at_once_keeping_the_place_and_every_answer() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1), Select, Select]);
    act(&mut a, &[Pick(2), Down]);
    assert_eq!(node(&a), "signs");
    let (d, ui, facts) = (depth(&a), a.ui().clone(), a.session().unwrap().facts().clone());
    a.update(Lang);
    assert_eq!(a.lang, Lang::of("en"));
    assert_eq!((node(&a), depth(&a)), ("signs".to_string(), d));
    assert_eq!(a.ui(), &ui);
    assert_eq!(a.session().unwrap().facts(), facts);
    assert_eq!(a.session().unwrap().duties(), ["report-cws".to_string()]);
    let s = screen(&a);
    assert!(s.contains("Which signs have you seen?"), "{s}");
    assert!(s.contains("[x] 2. The person owes money"), "{s}");
    assert!(s.contains("DUTY: Report to the child welfare service"), "{s}");
    a.update(Lang);
    assert!(screen(&a).contains("Hvilke tegn har du sett?"));
    // Also in an overlay and on the start screen.
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Help, Lang]);
    assert_eq!(a.overlay, Some(Overlay::Help));
    assert!(screen(&a).contains("Keys"));
}

#[test]
fn p_shows_the_principles_in_order_from_anywhere() {
    let c = checked();
    for setup in [vec![], vec![Pick(1), Pick(2)], vec![Pick(1), Pick(2), Source]] {
        let mut a = app(&c, Lang::of("nb"));
        act(&mut a, &setup);
        a.update(Principles);
        assert_eq!(a.overlay, Some(Overlay::Principles));
        let s = screen(&a);
        assert!(s.contains("Grunnleggende prinsipper"), "{s}");
        let p1 = s.find("1. Ikke gjør skade").unwrap();
        let p2 = s.find("2. Sikkerhet først").unwrap();
        let p3 = s.find("3. Respekter personens valg").unwrap();
        assert!(p1 < p2 && p2 < p3, "{s}");
        assert!(s.contains("vet at det ikke gjør det."), "the text too:\n{s}");
        a.update(Principles);
        assert_eq!(a.overlay, None, "p again closes");
    }
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Principles, Close]);
    assert_eq!(a.overlay, None, "Esc closes");
}

#[test]
fn the_principles_overlay_says_so_when_there_is_no_principles_flow() {
    let c = checked();
    let mut set = tui_support::raw();
    set.flows.retain(|f| f.id != "principles");
    let set = veiviser::flow::resolved::resolve(set).unwrap();
    for (lang, want) in [(Lang::of("nb"), "Prinsippene finnes ikke"), (Lang::of("en"), "The principles are not among")]
    {
        let mut a = App::new(&set, &c.texts, lang, true, 80, 24);
        a.update(Principles);
        let s = screen(&a);
        assert!(s.contains(want), "{s}");
    }
}

#[test]
fn s_shows_the_document_section_and_date_of_the_step() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Source]);
    let s = screen(&a);
    for want in [
        "Steget: Kan personen være under 18 år?",
        "Dokument: Eldre veileder (test)",
        "Del: Kapittel 2: Barn",
        "2021-01-06",
    ] {
        assert!(s.contains(want), "{want}:\n{s}");
    }
    a.update(Lang);
    let s = screen(&a);
    for want in ["Document: Older guide (test)", "Section: Chapter 2: Children", "2021-01-06"] {
        assert!(s.contains(want), "{want}:\n{s}");
    }
    // A node that inherits its flow's source, from a document with no date.
    let mut a = app(&c, Lang::of("en"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1), Source]);
    let s = screen(&a);
    assert!(s.contains("Document: Child Welfare Act (test)"), "{s}");
    assert!(s.contains("no date"), "{s}");
    assert!(s.contains("publicly available source"), "{s}");
    // On the start screen: every document the guidance rests on.
    let mut a = app(&c, Lang::of("nb"));
    a.update(Source);
    let s = screen(&a);
    assert!(s.contains("Veileder om menneskehandel (test) (sist faglig endret 2024-04-18)"), "{s}");
    assert!(s.contains("- Barnevernsloven (test)"), "{s}");
}

#[test]
fn question_mark_shows_every_key() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    a.update(Help);
    assert_eq!(a.overlay, Some(Overlay::Help));
    let rows = windows::help::help_rows(&a);
    // The same keys, in the same order, as the table of docs/keys.md.
    let keys: Vec<&str> = rows.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "0-9",
            "↑↓ Tab Shift-Tab",
            "Enter",
            "Space",
            "Backspace ←",
            "Esc",
            "PgUp PgDn Home End",
            "Mouse",
            "l",
            "p",
            "s",
            "t",
            "w h",
            "d",
            "e",
            "c",
            "u",
            "m",
            "v",
            "i",
            "a",
            "f",
            "o",
            "?",
            "x",
            "r",
            "q",
            "Ctrl-C",
            "Ctrl-L",
            "Ctrl-Z",
            "y j / n",
        ]
    );
    // All of it can be read: scroll to the end.
    let (_, lines) = window(&a);
    let text: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    for (_, d) in &rows {
        let start: String = d.chars().take(15).collect();
        assert!(text.replace('\n', " ").contains(&start), "{d}");
    }
    a.update(End);
    let s = screen(&a);
    assert!(s.contains("walk --plain"), "{s}");
    a.update(Help);
    assert_eq!(a.overlay, None, "? again closes");
}

/// The key table of docs/keys.md and the rows behind `?` name the same keys in the same
/// order (tests/docs.rs holds the whole table to the keymap's text).
#[test]
fn the_docs_key_table_matches_the_help_rows() {
    let c = checked();
    let a = app(&c, Lang::of("en"));
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/keys.md")).unwrap();
    let table = doc.split("<!-- keys:begin").nth(1).expect("the key table");
    let norm = |k: &str| k.replace('`', "").replace(" or ", " ").replace('–', "-").replace([',', ' '], "");
    let readme_keys: Vec<String> = table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .filter_map(|l| l.split('|').nth(1).map(|k| norm(k.trim())))
        .collect();
    let help_keys: Vec<String> = windows::help::help_rows(&a).iter().map(|(k, _)| norm(k)).collect();
    assert_eq!(readme_keys, help_keys);
}

#[test]
fn t_lists_every_contact_of_the_directory_from_anywhere_and_esc_closes_it() {
    let c = checked();
    for setup in [vec![], vec![Pick(1), Pick(2)], vec![Pick(1), Pick(2), Pick(2), Pick(1)]] {
        let mut a = app(&c, Lang::of("en"));
        act(&mut a, &setup);
        let before = (node(&a), depth(&a), a.ui().clone());
        a.update(Contacts);
        assert_eq!(a.overlay, Some(Overlay::Contacts), "{setup:?}");
        let (title, lines) = window(&a);
        assert_eq!(title, "Contacts");
        let text: String = lines.iter().map(|l| l.to_string().trim_end().to_string() + "\n").collect();
        // Every contact, in the directory's order, with name, what, phone and web.
        let mut at = 0;
        for (id, k) in c.model.contacts() {
            let v = veiviser::view::contact_view(id, k, Lang::of("en"));
            let i = text[at..].find(&format!("- {}", v.name)).unwrap_or_else(|| panic!("{id}:\n{text}")) + at;
            at = i;
            if let Some(p) = &v.phone {
                assert!(text[i..].contains(&format!("Phone: {p}")), "{id}");
            }
            if let Some(w) = &v.web {
                assert!(text[i..].contains(&format!("Web: {w}")), "{id}");
            }
            assert!(text[i..].contains(v.what.lines().next().unwrap_or("")), "{id}");
        }
        assert!(c.model.contacts().count() >= 2);
        // It scrolls, and Esc closes it with the step as it was.
        a.update(End);
        a.update(Close);
        assert_eq!(a.overlay, None);
        assert_eq!((node(&a), depth(&a), a.ui().clone()), before, "{setup:?}");
        // t again closes it too.
        act(&mut a, &[Contacts, Contacts]);
        assert_eq!(a.overlay, None);
    }
    let mut a = app(&c, Lang::of("nb"));
    a.update(Contacts);
    assert!(screen(&a).contains("Kontakter"), "{}", screen(&a));
    assert!(screen(&a).contains("Telefon: 22 33 11 60"), "{}", screen(&a));
}

#[test]
fn overlays_scroll_with_keys_and_the_wheel() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    a.update(Help);
    a.update(Down);
    assert_eq!(a.overlay_scroll, 1);
    a.update(ScrollDown);
    assert_eq!(a.overlay_scroll, 4);
    a.update(Home);
    assert_eq!(a.overlay_scroll, 0);
    a.update(PageDown);
    assert!(a.overlay_scroll > 0);
    let o = a.overlay.clone().unwrap();
    let max = windows::line_count(&a, &o) - windows::height(&a, &o);
    a.update(End);
    assert_eq!(a.overlay_scroll, max);
    a.update(Down);
    assert_eq!(a.overlay_scroll, max, "not past the end");
}

#[test]
fn x_hides_everything_at_once_and_the_next_key_brings_it_back_exactly() {
    let c = checked();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let mut a = app(&c, lang);
        act(&mut a, &[Pick(1), Pick(2), Pick(1), Select, Select, Pick(2), Down, Help]);
        let before = screen(&a);
        let ui = a.ui().clone();
        a.update(Hide);
        assert!(a.hidden);
        let s = screen(&a);
        let words: Vec<&str> = s.split_whitespace().collect();
        let want =
            if lang == Lang::of("nb") { vec!["Notater", "Ingen", "notater."] } else { vec!["Notes", "No", "notes."] };
        assert_eq!(words, want, "nothing else on the screen:\n{s}");
        // The mouse and resizes do not bring it back; a key does, and does nothing else.
        act(&mut a, &[Click(5, 5), ScrollDown, Resize(80, 24)]);
        assert!(a.hidden);
        a.update(Pick(1));
        assert!(!a.hidden);
        assert_eq!(screen(&a), before);
        assert_eq!(a.ui(), &ui);
        assert_eq!(a.overlay, Some(Overlay::Help));
    }
    // From a question that asks yes or no: it is still there afterwards.
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Quit, Hide]);
    assert!(a.hidden);
    let effect = a.update(Yes);
    assert!(!matches!(effect, Effect::Quit(_)), "the key that brings it back does not answer");
    assert_eq!(a.overlay, Some(Overlay::Confirm(Confirm::Quit)));
    // And when the window is too small.
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Resize(30, 8), Hide]);
    assert!(a.hidden);
    assert!(screen(&a).contains("Notater"));
}

/// The row on the screen where `text` is.
fn row_of(a: &App, text: &str) -> u16 {
    screen(a).lines().position(|l| l.contains(text)).unwrap_or_else(|| panic!("{text} not on the screen")) as u16
}

#[test]
fn a_click_picks_a_choice_ticks_an_item_and_presses_the_button() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    let y = row_of(&a, "Før samtalen");
    a.update(Click(10, y));
    assert_eq!(a.session().unwrap().root().id, "before");
    let mut a = app(&c, Lang::of("nb"));
    a.update(Pick(1));
    let y = row_of(&a, "2. Nei, ikke akutt");
    a.update(Click(40, y));
    assert_eq!(node(&a), "acute", "one click picks a choice; it does not answer");
    assert_eq!(a.ui().sel, Some(1));
    a.update(Click(40, y));
    assert_eq!(node(&a), "age", "a second click on it answers");
    a.update(Pick(2));
    let y = row_of(&a, "3. Noen andre");
    a.update(Click(8, y));
    assert!(a.ui().ticks.contains("controlled"));
    assert_eq!(node(&a), "signs");
    // A click on the title or an empty line does nothing.
    a.update(Click(8, row_of(&a, "Hvilke tegn")));
    a.update(Click(8, 20));
    assert_eq!(node(&a), "signs");
    let y = row_of(&a, "Gå videre");
    a.update(Click(4, y));
    assert_eq!(node(&a), "signs", "one click selects the button under a checklist");
    a.update(Click(4, y));
    assert_eq!(node(&a), "prepare");
    // On a text the button is already selected: one click goes on.
    let y = row_of(&a, "Gå videre");
    a.update(Click(4, y));
    assert_eq!(node(&a), "end");
}

#[test]
fn long_text_scrolls_with_the_wheel_and_page_keys() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    to_summary(&mut a);
    let p = pages::page(&a);
    assert!(p.lines.len() > p.body_h, "the summary is longer than the screen");
    assert!(screen(&a).contains("Mer nedenfor"));
    a.update(ScrollDown);
    assert_eq!(a.ui().scroll, 3);
    a.update(ScrollUp);
    assert_eq!(a.ui().scroll, 0);
    a.update(PageDown);
    assert!(a.ui().scroll > 3);
    a.update(End);
    assert_eq!(a.ui().scroll, p.lines.len() - p.body_h);
    let s = screen(&a);
    assert!(s.contains("Mer ovenfor"), "{s}");
    assert!(s.contains("Veien hit:"), "{s}");
    a.update(Home);
    assert_eq!(a.ui().scroll, 0);
    // Down past the last action scrolls on to the rest.
    act(&mut a, &[Down, Down, Down, Down, Down]);
    assert_eq!(a.ui().sel, Some(2));
    assert_eq!(a.ui().scroll, 3);
}

#[test]
fn the_summary_shows_path_duties_actions_as_a_checklist_and_contacts() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1), Select, Select, Pick(1), Select, Select]);
    assert_eq!(a.place(), Place::Summary);
    let (_, lines) = (0, pages::page(&a).lines);
    let all: String = lines.iter().map(|l| l.to_string().trim_end().to_string() + "\n").collect();
    for want in [
        "Outcome: The concern is stronger",
        // The actions by when they are due (the fixture's are all "today").
        "Today\n",
        "[ ] 1. Write the report to the child welfare service.",
        "[ ] 2. Discuss the case with ROSA",
        "[ ] 3. Report to the child welfare service today.",
        "[ ] 4. Ask whether the person has access",
        "[ ] 5. Offer a new appointment",
        "Duties that apply:",
        "! DUTY: Report to the child welfare service",
        "whatever your duty of confidentiality",
        "Contacts:\n",
        "- ROSA (Secretariat of the Shelter Movement)",
        "Phone: 22 33 11 60 (check the number locally)",
        "Web: rosa-help.no",
        "Open: day and night",
        "National helpline, open 24/7.",
        "Source: Norwegian Directorate of Health, IS-1022 ch. 6,",
        "- Police – emergency number",
        "The path taken:",
        "1. Is anyone in acute danger now? → No, not acute",
        "2. Could the person be under 18? → Yes, the person may be under 18",
        "3. The child track\n",
        "4. You have a duty to report\n",
        "6. Which signs have you seen? → The person does not hold their own",
        "7. Before the conversation",
    ] {
        assert!(all.contains(want), "{want}:\n{all}");
    }
    assert!(!all.contains("checked"), "no date of checking claimed:\n{all}");
    // Actions tick with Space and with their number; Enter does nothing here.
    act(&mut a, &[Toggle, Pick(3), Select]);
    let all: String = pages::page(&a).lines.iter().map(|l| l.to_string() + "\n").collect();
    assert!(all.contains("[x] 1. Write"), "{all}");
    assert!(all.contains("[x] 3. Report"), "{all}");
    assert!(all.contains("[ ] 2. Discuss"), "{all}");
    assert_eq!(a.place(), Place::Summary);
}

#[test]
fn too_small_says_how_big_in_the_language_and_recovers() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    a.update(Pick(1));
    a.update(Resize(40, 12));
    let s = screen(&a).replace('\u{a0}', " ");
    assert!(s.contains("Vinduet er for lite"), "{s}");
    assert!(s.contains("50 × 15"), "a size is never broken over two lines:\n{s}");
    assert!(s.contains("40 × 12"), "{s}");
    // Keys that act on the case wait; the language switches.
    act(&mut a, &[Pick(2), Lang]);
    assert_eq!(node(&a), "acute");
    assert!(screen(&a).contains("The window is too small"));
    a.update(Resize(80, 24));
    assert!(screen(&a).contains("Is anyone in acute danger now?"));
    a.update(Resize(50, 15));
    assert!(screen(&a).contains("Is anyone in acute danger now?"), "50 x 15 is enough");
}

#[test]
fn ctrl_l_asks_for_a_full_redraw() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    assert_eq!(a.update(Redraw), Effect::Clear);
}

#[test]
fn esc_closes_windows_and_never_undoes_an_answer() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1)]);
    assert_eq!(node(&a), "duty");
    let d = depth(&a);
    // On a step, on a question, on a checklist, on the summary: Esc changes nothing.
    a.update(Close);
    assert_eq!((node(&a).as_str(), depth(&a)), ("duty", d));
    act(&mut a, &[Select, Select]);
    assert_eq!(node(&a), "signs");
    act(&mut a, &[Pick(1), Close]);
    assert_eq!(node(&a), "signs");
    assert!(a.ui().ticks.contains("passport"), "the ticks stay");
    for o in [Help, Principles, Source] {
        act(&mut a, &[o, Close]);
        assert_eq!(a.overlay, None, "{o:?}");
        assert_eq!(node(&a), "signs");
    }
    act(&mut a, &[Restart, Close]);
    assert_eq!(a.overlay, None);
    assert_eq!(node(&a), "signs");
    act(&mut a, &[Select, Select, Select]);
    assert_eq!(a.place(), Place::Summary);
    let d = depth(&a);
    act(&mut a, &[Close, Close]);
    assert_eq!(depth(&a), d);
    assert_eq!(a.place(), Place::Summary);
    // Backspace and Left still go back (from the summary: the outcome goes, asked first).
    act(&mut a, &[Back, Yes]);
    assert_eq!(depth(&a), d - 1);
    // On the start screen Esc does not open or leave anything.
    let mut a = app(&c, Lang::of("nb"));
    assert_eq!(a.update(Close), Effect::Redraw);
    assert_eq!(a.place(), Place::Start);
}

#[test]
fn quitting_is_possible_from_an_overlay() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Principles, Quit]);
    assert_eq!(a.overlay, Some(Overlay::Confirm(Confirm::Quit)));
    let effect = a.update(Yes);
    assert!(matches!(effect, Effect::Quit(_)));
}

#[test]
fn a_walk_of_a_menu_flow_ends_in_its_summary() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(2), Select]);
    assert_eq!(a.place(), Place::Summary);
    assert!(matches!(a.screen, Screen::Walk(_)));
    assert!(screen(&a).contains("Start samtalen når personen er alene."));
}

/// A local contact file loaded with its invisible characters made harmless (issue 23,
/// finding 11): the start screen says so first.
#[test]
fn the_start_screen_says_first_when_the_local_contacts_were_cleaned() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    a.local_cleaned = Some("/home/x/.config/veiviser/contacts.yaml".into());
    let s = screen(&a);
    let notice = s.find("! De lokale kontaktene ble lastet, men").unwrap_or_else(|| panic!("{s}"));
    assert!(notice < s.find("Hva vil du gjøre?").unwrap_or(0), "first:\n{s}");
    a.update(Action::Lang);
    assert!(screen(&a).contains("! The local contacts were loaded, but"));
}

#[test]
fn the_start_screen_says_first_when_the_local_contacts_were_left_out() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    a.local_ignored = Some("/home/x/.config/veiviser/contacts.yaml".into());
    let s = screen(&a);
    let notice = s.find("! De lokale kontaktene ble IKKE lastet").unwrap_or_else(|| panic!("{s}"));
    assert!(notice < s.find("Hva vil du gjøre?").unwrap_or(0), "first:\n{s}");
    assert!(s.contains("veiviser check --contacts"), "{s}");
    // The choices still work, and the other language says it too.
    a.update(Action::Lang);
    let s = screen(&a);
    assert!(s.contains("! The local contacts were NOT loaded"), "{s}");
    a.update(Pick(1));
    assert_eq!(node(&a), "acute");
    assert!(!screen(&app(&c, Lang::of("nb"))).contains("IKKE lastet"), "no notice without cause");
}

#[test]
fn w_shows_why_and_esc_closes_it_without_undoing_anything() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    a.update(Pick(1));
    assert_eq!(node(&a), "acute");
    a.update(Why);
    assert_eq!(a.overlay, Some(Overlay::Why));
    let (title, lines) = window(&a);
    assert_eq!(title, "Why this step");
    let text: String = lines.iter().map(|l| l.to_string() + " ").collect();
    assert!(text.contains("Danger to life or health comes first"), "{text}");
    a.update(Close);
    assert_eq!((a.overlay.clone(), node(&a).as_str()), (None, "acute"));
    // A step without a why says so and opens nothing.
    a.update(Pick(2));
    a.update(Why);
    assert_eq!(a.overlay, None);
    assert_eq!(a.notice, Some("tui-notice-no-why"));
}

#[test]
fn d_turns_discreet_mode_on_and_off_and_a_teaching_flow_asks_first() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    assert!(!screen(&a).contains("A new case"));
    a.update(Discreet);
    assert!(a.discreet);
    let s = screen(&a);
    assert!(s.contains("A new case") && !s.contains("Suspected human trafficking"), "{s}");
    assert!(!s.contains("victim of human trafficking"), "the intro too: {s}");
    // The principles are a teaching flow: asked first; no means nothing opens.
    a.update(Pick(3));
    assert!(matches!(a.overlay, Some(Overlay::Confirm(Confirm::Teaching(_)))));
    a.update(No);
    assert_eq!((a.overlay.clone(), a.place()), (None, Place::Start));
    a.update(Pick(3));
    a.update(Yes);
    assert_eq!(a.place(), Place::Continue, "opened after yes");
    // The principles window asks too.
    a.update(Principles);
    assert!(matches!(a.overlay, Some(Overlay::Confirm(Confirm::Teaching(_)))));
    a.update(Yes);
    assert_eq!(a.overlay, Some(Overlay::Principles));
    a.update(Close);
    // Off again: the session follows.
    a.update(Discreet);
    assert!(!a.discreet && !a.session().is_some_and(|s| s.discreet()));
    // Started in discreet mode, a walk is discreet.
    let mut b = app(&c, Lang::of("en"));
    b.update(Discreet);
    b.update(Pick(1));
    assert!(b.session().is_some_and(|s| s.discreet()));
    assert!(screen(&b).contains("A new case"), "{}", screen(&b));
}

#[test]
fn e_saves_the_summary_to_a_typed_path_and_asks_before_replacing() {
    use veiviser::tui::app::Effect;
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    a.update(Save);
    assert_eq!(a.overlay, None, "nothing to save before the summary");
    to_summary(&mut a);
    a.update(Save);
    assert!(matches!(a.overlay, Some(Overlay::Save(_))));
    // A name is suggested, with nothing in it that identifies anyone; erased here.
    assert_eq!(input(&a), "veiviser-notes.txt");
    for _ in 0..input(&a).len() {
        a.update(Back);
    }
    // Letters are typed, not keys: `q` does not quit, `x` does not hide.
    for ch in "x/q.txt".chars() {
        assert_eq!(a.update(Char(ch)), Effect::Redraw);
    }
    a.update(Back);
    a.update(Char('t'));
    assert_eq!(input(&a), "x/q.txt");
    assert!(!a.hidden);
    let e = a.update(Select);
    assert_eq!(saving(&a, &e).map(|(_, path, replace)| (path, replace)), Some(("x/q.txt".into(), false)));
    let Effect::Save { save, .. } = e else { unreachable!() };
    // The file exists: asked; no goes back to the name, yes replaces.
    a.saved(save, Err(veiviser::export::ExportError::Exists("x/q.txt".into())));
    assert!(matches!(a.overlay, Some(Overlay::Confirm(Confirm::Replace(_)))));
    a.update(No);
    assert!(matches!(a.overlay, Some(Overlay::Save(_))));
    let Effect::Save { save, .. } = a.update(Select) else { panic!("no save") };
    a.saved(save, Err(veiviser::export::ExportError::Exists("x/q.txt".into())));
    let e = a.update(Yes);
    assert_eq!(saving(&a, &e).map(|(_, path, replace)| (path, replace)), Some(("x/q.txt".into(), true)));
    let Effect::Save { save, .. } = e else { unreachable!() };
    a.saved(save, Ok(()));
    assert!(a.message.as_deref().is_some_and(|m| m.contains("x/q.txt")), "{:?}", a.message);
    // The text saved is the summary with the guidance version.
    let text = a.summary_text().expect("the summary");
    assert!(text.contains("Outcome:") && text.contains("Guidance version: 0.0.0+fixture"), "{text}");
    // Esc closes the field without saving; the next save starts with the suggestion.
    a.update(Save);
    assert_eq!(input(&a), "veiviser-notes.txt", "a new name each time");
    assert_eq!(a.update(Close), Effect::Redraw, "closed, nothing saved");
    assert_eq!(a.overlay, None);
}

#[test]
fn u_quits_and_hands_over_the_summary_to_print() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    a.update(Pick(1));
    let effect = a.update(Print);
    assert!(!matches!(effect, Effect::Quit(_)), "only on the summary");
    let mut a = app(&c, Lang::of("nb"));
    to_summary(&mut a);
    let effect = a.update(Print);
    assert!(
        matches!(&effect, Effect::Quit(Some(t)) if t.contains("Utfall:") && t.contains("Veien hit:")),
        "{effect:?}"
    );
}

#[test]
fn t_lists_the_local_contact_files_entries_first() {
    let dir = tui_support::fixture_dir();
    let tmp = tempfile::tempdir().expect("temp dir");
    let local = tmp.path().join("contacts.yaml");
    std::fs::write(
        &local,
        "contacts:\n  our-line:\n    name: {nb: \"Vår linje\", en: \"Our own line\"}\n    what: {nb: \"Lokal\", en: \"Local\"}\n    phone: \"11 22 33 44\"\n    source: {nb: \"Vår rutine\", en: \"Our routine\"}\n",
    )
    .expect("write");
    let input = veiviser::flow::Input::from_dirs(Some(&dir.join("flows")), Some(&dir.join("locales")))
        .and_then(|i| i.with_local_contacts(Some(&local)))
        .expect("input");
    let c = veiviser::flow::load_checked(&input).unwrap_or_else(|(_, d)| panic!("{d:?}"));
    assert_eq!(c.model.local_contacts(), ["our-line"]);
    let mut a = app(&c, Lang::of("en"));
    a.update(Contacts);
    let (_, lines) = window(&a);
    let text: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    let ours = text.find("- Our own line").unwrap_or_else(|| panic!("{text}"));
    let first_bundled = c.model.contacts().filter(|(id, _)| *id != "our-line").filter_map(|(id, k)| {
        let v = veiviser::view::contact_view(id, k, Lang::of("en"));
        text.find(&format!("- {}", v.name))
    });
    assert!(first_bundled.into_iter().all(|i| i > ours), "the local line first:\n{text}");
}

#[test]
fn update_says_what_the_terminal_loop_must_do() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    assert_eq!(a.update(Resize(80, 24)), Effect::None, "the same size: nothing to draw");
    assert_eq!(a.update(Resize(100, 30)), Effect::Redraw);
    assert_eq!(a.update(Down), Effect::Redraw);
    assert_eq!(a.update(Quit), Effect::Quit(None), "nothing answered: q quits at once");
}

#[test]
fn the_map_opens_a_step_directly_and_goes_back_along_the_path_taken() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    // From the start screen: nothing under way, so Enter opens the step at once.
    a.update(Map);
    assert!(matches!(a.overlay, Some(Overlay::Map(_))));
    let rows = map::rows(&a);
    let signs = rows.iter().position(|(f, n)| c.model.flows[*f].nodes[*n].id == "signs").unwrap();
    if let Some(Overlay::Map(m)) = &mut a.overlay {
        m.sel = signs;
    }
    a.update(Select);
    assert_eq!((a.overlay.clone(), node(&a)), (None, "signs".to_string()));
    assert!(screen(&a).contains("Opened directly at this step, for teaching."), "{}", screen(&a));
    // Walked on from there, the map goes back along the path, saying first what goes.
    let mut a = app(&c, Lang::of("en"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1)]);
    assert_eq!(node(&a), "duty");
    a.update(Map);
    let rows = map::rows(&a);
    if let Some(Overlay::Map(m)) = &mut a.overlay {
        m.sel = rows.iter().position(|(f, n)| c.model.flows[*f].nodes[*n].id == "acute").unwrap();
    }
    a.update(Select);
    assert!(matches!(a.overlay, Some(Overlay::Confirm(Confirm::Back(_)))));
    let s = screen(&a);
    assert!(s.contains("the duty: Report to the child welfare service"), "{s}");
    a.update(Yes);
    assert_eq!((node(&a), depth(&a)), ("acute".to_string(), 0));
    // A step elsewhere while a case is under way: leaving the case is asked first.
    act(&mut a, &[Pick(2)]);
    a.update(Map);
    let rows = map::rows(&a);
    if let Some(Overlay::Map(m)) = &mut a.overlay {
        m.sel = rows.iter().position(|(f, n)| c.model.flows[*f].nodes[*n].id == "plan").unwrap();
    }
    a.update(Select);
    assert!(matches!(a.overlay, Some(Overlay::Confirm(Confirm::Back(_)))));
    assert!(screen(&a).contains("Opening this step leaves the case"), "{}", screen(&a));
    a.update(No);
    assert_eq!(node(&a), "age", "no keeps the case");
}

#[test]
fn the_slip_is_printed_or_saved_instead_of_the_summary_when_asked_from_it() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    to_summary(&mut a);
    a.update(Slip);
    assert_eq!(a.overlay, Some(Overlay::Slip));
    a.update(Save);
    assert!(matches!(a.overlay, Some(Overlay::Save(_))));
    for ch in "lapp.txt".chars() {
        a.update(Char(ch));
    }
    let e = a.update(Select);
    let text = saving(&a, &e).and_then(|s| s.0).unwrap();
    assert!(text.starts_with("Nyttige numre") && text.contains("22 33 11 60"), "{text}");
    assert!(!text.to_lowercase().contains("menneskehandel"), "{text}");
    // From the slip, u quits and prints the slip.
    let mut a = app(&c, Lang::of("en"));
    to_summary(&mut a);
    let effect = act(&mut a, &[Slip, Print]);
    assert!(matches!(&effect, Effect::Quit(Some(p)) if p.starts_with("Useful numbers")), "{effect:?}");
}

#[test]
fn two_languages_side_by_side_keep_the_keys_and_clicks_working() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), SideBySide]);
    let s = screen(&a);
    assert!(s.contains("Er noen i akutt fare nå?") && s.contains("Is anyone in acute danger now?"), "{s}");
    // A click on the second choice picks it (rows of the left column), a second answers.
    let p = pages::page(&a);
    let row = p.body_top + p.targets[1].start as u16;
    act(&mut a, &[Click(5, row), Click(5, row)]);
    assert_eq!(node(&a), "age");
    a.update(SideBySide);
    assert!(!screen(&a).contains("Could the person be under 18?"));
}

/// A paste is one event (issue 23, finding 13): typed into the file name field without
/// its line breaks and invisible characters, up to the field's bound; ignored anywhere
/// else (it answers nothing, and does not bring a hidden screen back).
#[test]
fn a_paste_is_typed_into_the_file_name_only_and_bounded() {
    use veiviser::tui::windows::save::MAX_INPUT_CHARS;
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    let before = screen(&a);
    assert_eq!(a.paste("1\n2\nq\n"), Effect::None);
    assert_eq!(screen(&a), before, "a paste outside a text field changes nothing");
    to_summary(&mut a);
    a.update(Save);
    assert!(matches!(a.overlay, Some(Overlay::Save(_))));
    // The dialog suggests a name (issue 22); the paste goes after it.
    let suggested = input(&a);
    assert_eq!(a.paste("dir/\u{200b}case\n.txt\r\n\u{1b}[31m"), Effect::Redraw);
    assert_eq!(input(&a), format!("{suggested}dir/case.txt[31m"));
    assert!(matches!(a.overlay, Some(Overlay::Save(_))), "a newline in a paste does not save");
    let huge = "a".repeat(1 << 20);
    a.paste(&huge);
    assert_eq!(input(&a).chars().count(), MAX_INPUT_CHARS);
    a.update(Char('b'));
    assert_eq!(input(&a).chars().count(), MAX_INPUT_CHARS, "typing stops at the bound too");
    a.update(Close);
    a.update(Hide);
    assert!(a.hidden);
    assert_eq!(a.paste("zzz"), Effect::None);
    assert!(a.hidden, "a paste is no key");
}

/// Quick-hide asks for the whole terminal to be cleared (issue 23, finding 11: fragments
/// of a window stayed on screen after `x`).
#[test]
fn quick_hide_clears_the_whole_terminal() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    a.update(Contacts);
    assert_eq!(a.update(Hide), Effect::Clear);
    assert!(a.hidden);
}

/// The slip in the person's language (issue 22): Space in the slip window chooses it,
/// the save dialog says "slip" and, for a translation, that no native speaker has checked
/// it, before it writes the page; the screen stays in the tool's language.
#[test]
fn the_slip_in_the_persons_language_is_saved_as_a_page_after_a_warning() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    to_summary(&mut a);
    a.update(Slip);
    let s = screen(&a);
    assert!(s.contains("ROSA's own printed material"), "{s}");
    assert!(s.contains("Space:"), "{s}");
    // The first language of the list: Ukrainian, named in English on the screen.
    a.update(Toggle);
    assert_eq!(a.overlay, Some(Overlay::Slip));
    let s = screen(&a);
    assert!(s.contains("In the person's language: Ukrainian"), "{s}");
    assert!(!s.contains("Корисні"), "the screen stays in the tool's language: {s}");
    a.update(Save);
    assert!(matches!(a.overlay, Some(Overlay::Save(_))));
    assert_eq!(input(&a), "veiviser-slip.html");
    let s = screen(&a);
    assert!(s.contains("Save the slip") && !s.contains("Save the summary"), "{s}");
    assert!(s.contains("not yet checked by a native") && s.contains("Ukrainian"), "{s}");
    let e = a.update(Select);
    let page = saving(&a, &e).and_then(|s| s.0).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"uk\" dir=\"ltr\">"), "{page}");
    assert!(page.contains("22 33 11 60") && page.contains("Корисні номери телефонів"), "{page}");
    // A file of that name: the question says "slip" too.
    let Effect::Save { save, .. } = e else { unreachable!() };
    a.saved(save.clone(), Err(veiviser::export::ExportError::Exists(save.path().into())));
    assert!(matches!(a.overlay, Some(Overlay::Confirm(Confirm::Replace(_)))));
    let s = screen(&a);
    assert!(s.contains("Replace it with this") && s.contains("slip?") && !s.contains("summary?"), "{s}");
    let Effect::Save { save, .. } = a.update(Yes) else { panic!("no save") };
    a.saved(save, Ok(()));
    assert!(a.message.as_deref().is_some_and(|m| m.starts_with("The slip is saved")), "{:?}", a.message);
    // Arabic, right to left; Norwegian (the tool's own) has no warning; after English,
    // the slip in the screen's language again.
    let mut a = app(&c, Lang::of("nb"));
    to_summary(&mut a);
    act(&mut a, &[Slip, Toggle, Toggle, Toggle]);
    assert!(screen(&a).contains("På personens språk: arabisk"), "{}", screen(&a));
    a.update(Save);
    let s = screen(&a);
    assert!(s.contains("Lagre lappen") && s.contains("ikke sjekket"), "{s}");
    assert!(export_text(&a).unwrap().contains("<html lang=\"ar\" dir=\"rtl\">"));
    a.update(Close);
    act(&mut a, &[Slip]);
    assert_eq!(a.overlay, Some(Overlay::Slip));
    for _ in 3..13 {
        a.update(Toggle);
    }
    assert!(screen(&a).contains("På personens språk: norsk"), "{}", screen(&a));
    a.update(Save);
    assert!(!screen(&a).contains("ikke sjekket"), "{}", screen(&a));
    assert!(export_text(&a).unwrap().contains("<html lang=\"nb\" dir=\"ltr\">"));
    act(&mut a, &[Close, Slip, Toggle, Toggle]);
    assert!(screen(&a).contains("Mellomrom: lappen som en side"), "{}", screen(&a));
    a.update(Save);
    assert_eq!(input(&a), "veiviser-lapp.txt");
    assert!(export_text(&a).unwrap().starts_with("Nyttige numre"));
}

#[test]
fn f_on_the_summary_writes_the_case_as_a_scenario_that_replays_and_never_in_discreet_mode() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    a.update(Record);
    assert_eq!(a.overlay, None, "nothing to record before the summary");
    to_summary(&mut a);
    a.update(Record);
    assert!(matches!(a.overlay, Some(Overlay::Save(_))));
    assert_eq!(input(&a), "my-case.yaml");
    let e = a.update(Select);
    let Some((Some(text), path, false)) = saving(&a, &e) else { panic!("no scenario to save: {e:?}") };
    assert_eq!(path, "my-case.yaml");
    let langs = c.texts.langs();
    let s = veiviser::scenario::parse(&path, &text, &langs).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    assert_eq!(s.id, "my-case", "the id from the file name");
    let walked: Vec<Answer> = a
        .session()
        .map(|x| x.summary().path.iter().map(|p| p.answer.clone()).filter(|a| *a != Answer::Continue).collect())
        .unwrap_or_default();
    assert_eq!(s.answers.iter().map(|g| g.answer.clone()).collect::<Vec<_>>(), walked);
    let r = veiviser::scenario::replay(&c.model, &s);
    assert!(r.ok(), "{:?}", r.problems);
    assert!(!r.warnings.is_empty(), "its placeholders are warnings");
    let Effect::Save { save, .. } = e else { unreachable!() };
    a.saved(save, Ok(()));
    assert!(a.message.as_deref().is_some_and(|m| m.contains("as a scenario")), "{:?}", a.message);
    // Discreet mode: refused, with a notice.
    a.update(Discreet);
    a.update(Record);
    assert_eq!(a.overlay, None);
    assert_eq!(a.notice, Some("tui-notice-record-discreet"));
    // A walk opened at a step from the map does not replay from the start: said at
    // once, no file name asked for (and never "saved" of a file not written: the tui
    // fuzz target found that, tests/fixtures/fuzz/tui/save-of-a-scenario-that-does-not-replay).
    let mut a = app(&c, Lang::of("en"));
    a.update(Map);
    let rows = map::rows(&a);
    if let Some(Overlay::Map(m)) = &mut a.overlay {
        m.sel = rows.iter().position(|(f, n)| c.model.flows[*f].nodes[*n].id == "signs").unwrap();
    }
    a.update(Select);
    act(&mut a, &[Pick(1), Pick(3), Select, Select]);
    assert_eq!(a.place(), Place::Summary);
    assert_eq!(a.update(Record), Effect::Redraw);
    assert_eq!((a.overlay.clone(), a.notice), (None, Some("tui-notice-record-direct")));
    assert!(screen(&a).contains("opened at a step from the map"), "{}", screen(&a));
    // Nor can a save dialog with nothing to write ask the loop to save: it says so.
    let save = veiviser::tui::windows::save::Save::new(a.base(), veiviser::tui::windows::save::What::Scenario);
    a.overlay = Some(Overlay::Save(save));
    assert_eq!(a.update(Select), Effect::Redraw);
    assert_eq!((a.overlay.clone(), a.notice), (None, Some("tui-notice-save-nothing")));
}

#[test]
fn a_change_made_outside_an_update_is_never_drawn_from_the_page_kept_before_it() {
    // The page is kept between key presses; a change to the app made outside an update
    // (the terminal loop's, a test's) drops it, so the next key that does not change the
    // state (opening and closing a window) shows the change. Debug builds also compare
    // every kept page with a new one.
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    to_summary(&mut a);
    assert_eq!(pages::cached(a.base()).right, "Summary");
    a.lang = Lang::of("nb");
    // (Without the drop, a debug build stops here: the page kept is not the state's.)
    assert_eq!(pages::cached(a.base()).right, "Oppsummering");
    act(&mut a, &[Help, Close]);
    let s = screen(&a);
    assert!(s.contains("Oppsummering") && !s.contains("Summary"), "{s}");
}

#[test]
fn a_key_that_only_moves_clears_a_failed_saves_message_from_the_dialog() {
    // The save dialog says what went wrong with the last try until the next key; a move
    // is a key. (The tui fuzz target found the dialog kept, error and all, through it:
    // tests/fixtures/fuzz/tui/window-kept-with-a-cleared-message.)
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    to_summary(&mut a);
    a.update(Save);
    let Effect::Save { save, .. } = a.update(Select) else { panic!("no save") };
    let err = veiviser::export::ExportError::Io("my-case.txt".into(), std::io::Error::other("disk full"));
    a.saved(save, Err(err));
    assert!(screen(&a).contains("disk full"), "{}", screen(&a));
    a.update(End);
    assert!(matches!(a.overlay, Some(Overlay::Save(_))));
    assert!(!screen(&a).contains("disk full"), "{}", screen(&a));
}
