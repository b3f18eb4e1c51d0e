//! Snapshots of every kind of screen, in nb and en, at 80x24 (and the too-small message),
//! drawn by the pure view into a TestBackend. Plus the styles a snapshot of characters
//! cannot show: the 16 ANSI colours only, and none at all without colour.

mod tui_support;

use ratatui::style::{Color, Modifier};
use tui_support::{act, app, checked, draw};
use veiviser::i18n::Lang;
use veiviser::tui::app::App;
use veiviser::tui::input::Action::{self, *};

/// The screens: a name and the actions from the start screen that lead there.
fn screens() -> Vec<(&'static str, Vec<Action>)> {
    vec![
        ("start", vec![]),
        ("question", vec![Pick(1)]),
        ("question_selected", vec![Pick(1), Down, Down]),
        ("question_enter_unpicked", vec![Pick(1), Select]),
        ("checklist", vec![Pick(1), Pick(2), Pick(2), Pick(2), Pick(4), Up]),
        ("info_with_duty", vec![Pick(1), Pick(2), Pick(1)]),
        ("info_long", vec![Pick(1), Pick(2), Pick(2), Down, Select]),
        ("outcome_in_called_flow", vec![Pick(1), Pick(2), Pick(1), Select]),
        ("summary", vec![Pick(1), Pick(2), Pick(1), Select, Select, Pick(1), Select, Select, Toggle]),
        ("summary_end", vec![Pick(1), Pick(2), Pick(1), Select, Select, Pick(1), Select, Select, End]),
        ("principles", vec![Pick(1), Principles]),
        ("source", vec![Pick(1), Pick(2), Source]),
        ("sources_start", vec![Source]),
        ("help", vec![Pick(1), Help]),
        ("quit_confirm", vec![Pick(1), Pick(2), Quit]),
        ("restart_confirm", vec![Pick(1), Pick(2), Restart]),
        ("hidden", vec![Pick(1), Pick(2), Hide]),
        ("why", vec![Pick(1), Why]),
        ("discreet_start", vec![Discreet]),
        ("discreet_teaching_confirm", vec![Discreet, Pick(3)]),
        ("map", vec![Pick(1), Pick(2), Map, Down]),
        ("side_by_side", vec![Pick(1), Pick(2), SideBySide]),
        ("trainer", vec![Pick(1), Pick(2), Pick(1), Trainer]),
        ("back_confirm", vec![Pick(1), Pick(2), Pick(1), Back]),
        ("slip", vec![Pick(1), Pick(2), Pick(1), Select, Select, Pick(1), Select, Select, Slip]),
        (
            "save_path",
            vec![
                Pick(1),
                Pick(2),
                Pick(1),
                Select,
                Select,
                Pick(1),
                Select,
                Select,
                Save,
                Char('s'),
                Char('.'),
                Char('t'),
            ],
        ),
    ]
}

#[test]
fn every_screen_at_80x24_in_both_languages() {
    let c = checked();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        for (name, actions) in screens() {
            let mut a = app(&c, lang);
            act(&mut a, &actions);
            insta::assert_snapshot!(format!("{name}_{}", lang.code()), draw(&a).backend());
        }
    }
}

#[test]
fn too_small_in_both_languages() {
    let c = checked();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let mut a = app(&c, lang);
        act(&mut a, &[Pick(1), Resize(40, 12)]);
        insta::assert_snapshot!(format!("too_small_{}", lang.code()), draw(&a).backend());
    }
}

#[test]
fn the_smallest_usable_size() {
    let c = checked();
    let mut a = app(&c, Lang::of("nb"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1), Resize(50, 15)]);
    insta::assert_snapshot!("smallest_nb", draw(&a).backend());
}

fn all_cells(a: &App, f: impl Fn(u16, u16, &ratatui::buffer::Cell)) {
    let t = draw(a);
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            f(x, y, &buf[(x, y)]);
        }
    }
}

#[test]
fn without_colour_there_is_no_colour_at_all_and_the_meaning_stays() {
    let c = checked();
    for (name, actions) in screens() {
        let mut a = App::new(&c.model, &c.texts, Lang::of("nb"), false, 80, 24);
        act(&mut a, &actions);
        all_cells(&a, |x, y, cell| {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{name} at {x},{y}");
        });
    }
    // The selection is marked with a sign and reverse video; the duty with words and a sign.
    let mut a = App::new(&c.model, &c.texts, Lang::of("nb"), false, 80, 24);
    act(&mut a, &[Pick(1), Pick(2), Pick(1), Select, Select, Down]);
    let s = tui_support::screen(&a);
    // Row 1: the stages of the case; row 2: the banner.
    assert!(s.lines().nth(2).unwrap().starts_with(" ! PLIKT: Meld til barneverntjenesten"), "{s}");
    assert!(s.contains("> [ ] 1. Personen har ikke"), "{s}");
    let t = draw(&a);
    let buf = t.backend().buffer();
    assert!(buf[(3, 2)].modifier.contains(Modifier::REVERSED | Modifier::BOLD), "banner");
    // The current stage: a sign and reverse video.
    let stages = s.lines().nth(1).unwrap();
    let x = stages.find("[5 ").unwrap() as u16;
    assert!(buf[(x + 2, 1)].modifier.contains(Modifier::REVERSED | Modifier::BOLD), "{stages}");
}

#[test]
fn with_colour_only_the_16_ansi_colours() {
    let c = checked();
    for (name, actions) in screens() {
        let mut a = app(&c, Lang::of("nb"));
        act(&mut a, &actions);
        all_cells(&a, |x, y, cell| {
            for col in [cell.fg, cell.bg] {
                assert!(!matches!(col, Color::Rgb(..) | Color::Indexed(_)), "{name} at {x},{y}: {col:?}");
            }
        });
    }
    let mut a = app(&c, Lang::of("en"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1)]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    assert_eq!((buf[(3, 2)].fg, buf[(3, 2)].bg), (Color::Black, Color::Yellow), "the duty banner");
    assert_eq!((buf[(3, 0)].fg, buf[(3, 0)].bg), (Color::White, Color::Blue), "the title bar");
}

#[test]
fn on_a_projector_at_100x30_in_both_languages() {
    // A large screen: air between the entries, the text column no wider than 100.
    let c = checked();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let mut a = app(&c, lang);
        act(&mut a, &[Pick(1), Resize(100, 30)]);
        insta::assert_snapshot!(format!("projector_{}", lang.code()), draw(&a).backend());
        act(&mut a, &[SideBySide]);
        insta::assert_snapshot!(format!("projector_side_by_side_{}", lang.code()), draw(&a).backend());
    }
}
