//! "Safe in the room": where am I (the stages of the case), a readable column on a wide
//! terminal, duty banners that wrap with a hanging indent, `?` always in the bottom line,
//! and a breadcrumb cut at a word. On the fixture and on the bundled flows.

mod tui_support;

use tui_support::{act, app, checked, screen};
use veiviser::flow::{self, Checked, Input};
use veiviser::i18n::Lang;
use veiviser::tui::app::App;
use veiviser::tui::input::Action::{self, *};
use veiviser::tui::pages;
use veiviser::tui::state::Place;
use veiviser::tui::theme;

fn bundled() -> Checked {
    match flow::load_checked(&Input::embedded()) {
        Ok(c) => c,
        Err((_, d)) => panic!("the bundled flows do not check: {d:?}"),
    }
}

fn sized(c: &Checked, lang: Lang, w: u16, h: u16) -> App<'_> {
    App::new(&c.model, &c.texts, lang, true, w, h)
}

/// Walks the case with the first choice that does not end it at once: the second choice
/// of every question, and on through checklists and texts; stops at the summary.
fn walk_case(a: &mut App, max: usize) {
    a.update(Pick(1));
    for _ in 0..max {
        match a.place() {
            Place::Question => {
                // The second choice shown, by its number.
                let n = a.session().map(|s| {
                    let st = s.step();
                    st.choices.get(1).or(st.choices.first()).map_or(1, |c| c.number)
                });
                act(a, &[Pick(n.unwrap_or(1))]);
            }
            // Nothing ticked: Enter, and Enter again.
            Place::Checklist => {
                act(a, &[Select, Select]);
            }
            Place::Continue => {
                act(a, &[Select]);
            }
            _ => return,
        }
    }
}

/// The number of the first choice after which the case is not over and the next step
/// is not an outcome that ends it.
fn going_on(a: &App) -> usize {
    let s = a.session().unwrap();
    let step = s.step();
    for c in &step.choices {
        let mut t = s.clone();
        if t.answer(veiviser::engine::Answer::Choose(c.key.to_string())).is_ok() && !t.is_finished() {
            let next = t.step();
            let ends = matches!(next.node.body, veiviser::flow::resolved::Body::Outcome { is_final: true, .. });
            if !ends {
                return c.number;
            }
        }
    }
    step.choices.first().map_or(1, |c| c.number)
}

#[test]
fn the_whole_case_shows_its_stages_with_the_current_one_marked() {
    let c = bundled();
    let case = c.model.case_flow().unwrap();
    for lang in [Lang::of("en"), Lang::of("nb")] {
        // Each stage by its short name (`stage`), else its title.
        let titles: Vec<String> =
            case.nodes.iter().map(|n| c.texts.get(lang, n.stage.as_deref().unwrap_or(&n.title))).collect();
        let mut a = sized(&c, lang, 160, 40);
        a.update(Pick(1));
        let p = pages::page(&a);
        let line = p.stages.as_ref().expect("the case shows its stages").to_string();
        assert!(line.starts_with('[') && line.contains(&format!("{}]", titles[0])), "{line}");
        assert!(line.contains(&titles[1]), "the next stage by name: {line}");
        // The current stage is in reverse video as well as in brackets.
        let cur = p.stages.as_ref().unwrap().spans.iter().find(|s| s.content.starts_with('[')).unwrap();
        assert!(cur.style.add_modifier.contains(ratatui::style::Modifier::REVERSED));
        // On through the case: the mark moves on and never goes back.
        let mut last = 0;
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..200 {
            let n = a.session().unwrap().root_node();
            assert!(n >= last, "the stage went back");
            last = n;
            seen.insert(n);
            let l = pages::page(&a).stages.unwrap().to_string();
            let num = format!("[{} ", n + 1);
            assert!(l.contains(&format!("[{}]", titles[n])) || l.contains(&num), "{n}: {l}");
            match a.place() {
                // The first choice that neither ends the case nor stays in this stage's
                // early exits (one step of look-ahead).
                Place::Question => {
                    let pick = going_on(&a);
                    act(&mut a, &[Pick(pick)]);
                }
                Place::Checklist => {
                    act(&mut a, &[Select, Select]);
                }
                Place::Continue => {
                    act(&mut a, &[Select]);
                }
                _ => break,
            }
        }
        assert!(seen.len() >= 3, "walked through several stages: {seen:?}");
        // At 80 and at 50 columns the stages still fit on their line.
        for w in [80, 50] {
            a.update(Resize(w, 24));
            let l = pages::page(&a).stages.unwrap().to_string();
            assert!(l.chars().count() <= w as usize - 3, "{w}: {l}");
            assert!(l.contains('['), "{l}");
        }
    }
    // A flow that is not the case has no stages.
    let mut a = sized(&c, Lang::of("en"), 80, 24);
    act(&mut a, &[Down, Select]);
    assert!(a.session().is_some());
    assert!(pages::page(&a).stages.is_none());
}

#[test]
fn a_wide_terminal_gets_a_readable_column() {
    let c = bundled();
    for lang in [Lang::of("en"), Lang::of("nb")] {
        let mut a = sized(&c, lang, 200, 40);
        walk_case(&mut a, 3);
        let s = screen(&a);
        let body: Vec<&str> = s.lines().skip(2).take(30).filter(|l| !l.trim().is_empty()).collect();
        assert!(!body.is_empty());
        for l in &body {
            let text = l.trim();
            assert!(text.chars().count() <= theme::COL as usize, "a line over {} characters: {l}", theme::COL);
            // Centred: the column starts at (200 - 100) / 2.
            assert!(l.starts_with(&" ".repeat(49)), "not in the column: {l:?}");
        }
        // Overlays too.
        a.update(Help);
        let s = screen(&a);
        // Below the title bar (which runs the full width).
        let longest = s.lines().skip(1).map(|l| l.trim().chars().count()).max().unwrap_or(0);
        assert!(longest <= theme::COL as usize + 8, "{s}");
    }
}

#[test]
fn duty_banners_wrap_with_a_hanging_indent() {
    let c = bundled();
    let mut a = sized(&c, Lang::of("en"), 50, 15);
    // The case: not acute, maybe a minor, concrete grounds (raises the duty to report).
    act(&mut a, &[Pick(1), Pick(0), Pick(1), Pick(1)]);
    let p = pages::page(&a);
    assert!(p.banners.len() >= 2, "the duty wraps at 50 columns: {:?}", p.banners);
    assert!(p.banners[0].starts_with("! DUTY:"));
    for b in &p.banners[1..] {
        assert!(b.starts_with("  ") && !b.starts_with("   "), "hanging under the text: {b:?}");
    }
    let all: String = p.banners.iter().map(|b| b.trim()).collect::<Vec<_>>().join(" ");
    assert!(all.contains("Duty to report to the child welfare service"), "nothing cut: {all}");
    let s = screen(&a);
    assert!(s.contains("welfare service"), "{s}");
}

#[test]
fn question_mark_is_in_the_bottom_line_at_every_width() {
    let c = checked();
    let setups: Vec<Vec<Action>> = vec![
        vec![],
        vec![Pick(1)],
        vec![Pick(1), Select],
        vec![Pick(1), Pick(2), Pick(2)],
        vec![Pick(1), Pick(2), Pick(1)],
        vec![Pick(1), Pick(2), Pick(1), Select, Select, Pick(1), Select, Select],
        vec![Pick(1), Contacts],
        vec![Pick(1), Pick(2), Quit],
    ];
    for lang in [Lang::of("nb"), Lang::of("en")] {
        for (w, h) in [(50, 15), (55, 20), (80, 24), (160, 40)] {
            for s in &setups {
                let mut a = sized(&c, lang, w, h);
                act(&mut a, s);
                let sc = screen(&a);
                let last = sc.lines().last().unwrap();
                let label = c.texts.get(lang, "tui-key-help");
                assert!(last.contains(&format!("? {label}")), "{w}x{h} {s:?}:\n{sc}");
            }
        }
    }
}

#[test]
fn the_breadcrumb_is_cut_at_a_word() {
    let c = checked();
    let mut a = app(&c, Lang::of("en"));
    act(&mut a, &[Pick(1), Pick(2), Pick(1), Resize(50, 15)]);
    let s = screen(&a);
    let top = s.lines().next().unwrap().trim();
    let trail = "Suspected human trafficking › The child track";
    assert!(top.starts_with('…'), "{top}");
    let kept = top.trim_start_matches('…').trim();
    let crumb = kept.rsplit_once("  ").map_or(kept, |(l, _)| l).trim();
    assert!(trail.ends_with(crumb), "{crumb}");
    // It starts at a word of the trail, not inside one.
    let at = trail.len() - crumb.len();
    assert!(at == 0 || trail[..at].ends_with(' '), "cut mid-word: {crumb}");
    assert!(!crumb.starts_with('›'));
}

#[test]
fn the_stages_of_the_bundled_case_are_named_in_full_at_80_columns() {
    let c = bundled();
    for (lang, want) in [
        (Lang::of("en"), "[Triage] › Place › Signs › Talk › Outcome › Referral › Summary"),
        (Lang::of("nb"), "[Triage] › Sted › Tegn › Samtale › Utfall › Henvisning › Sammendrag"),
    ] {
        let mut a = sized(&c, lang, 80, 24);
        a.update(Pick(1));
        let line = pages::page(&a).stages.expect("the case shows its stages").to_string();
        assert_eq!(line.trim(), want);
    }
}

/// The first `n` words of a text (a description's opening, as wrapped on a screen).
fn opening(text: &str, n: usize) -> String {
    text.split(' ').take(n).collect::<Vec<_>>().join(" ")
}

/// The start screen at 80 x 24, in every language: the whole menu fits (nothing "more
/// below"), each entry is one line, and of the flows' descriptions only the selected
/// entry's shows, under the menu; moving the selection moves it.
#[test]
fn the_start_menu_fits_at_80x24_and_shows_the_selected_entrys_description() {
    let c = bundled();
    for lang in c.texts.langs() {
        let mut a = sized(&c, lang, 80, 24);
        let flows = veiviser::tui::state::start_flows(&c.model);
        assert!(flows.len() >= 6, "{} flows on the start screen", flows.len());
        let descs: Vec<String> = flows.iter().filter_map(|f| f.description.as_deref()).map(|d| a.c(d)).collect();
        assert_eq!(descs.len(), flows.len(), "every start entry has a description");
        for (i, f) in flows.iter().enumerate() {
            let s = screen(&a);
            assert!(!s.contains(&c.texts.get(lang, "tui-more-below")), "{lang}: more below at 80x24:\n{s}");
            let title = a.c(&f.title);
            let row = s.lines().position(|l| l.contains(&format!("{}. {title}", i + 1)));
            assert!(row.is_some(), "{lang}: entry {} on one line:\n{s}", i + 1);
            // A description's first words, as wrapped on the screen: the row they are on.
            let at = |d: &str| s.lines().position(|l| l.contains(&opening(d, 4)));
            for (j, d) in descs.iter().enumerate() {
                assert_eq!(
                    at(d).is_some(),
                    i == j,
                    "{lang}: entry {} selected, description {} shown?\n{s}",
                    i + 1,
                    j + 1
                );
            }
            let last_entry = row.map(|r| r + flows.len() - 1 - i);
            assert!(at(&descs[i]) > last_entry, "{lang}: the description under the menu:\n{s}");
            a.update(Down);
        }
    }
}

/// On a small screen (50 x 15) the menu scrolls so that the selected entry shows with its
/// description where both fit.
#[test]
fn on_a_small_screen_a_move_shows_the_selected_entry_with_its_description() {
    let c = bundled();
    for lang in c.texts.langs() {
        let mut a = sized(&c, lang, 50, 15);
        let flows = veiviser::tui::state::start_flows(&c.model);
        a.update(Down);
        let s = screen(&a);
        assert!(s.contains(&format!("> 2. {}", a.c(&flows[1].title))), "{lang}:\n{s}");
        let desc = flows[1].description.as_deref().map(|d| a.c(d)).unwrap_or_default();
        let first = opening(&desc, 3);
        assert!(!first.is_empty() && s.contains(&first), "{lang}: the description of entry 2 shows:\n{s}");
    }
}
