//! One consultation (issue 22): a typical case from the start screen to the summary fits
//! the time a nurse has. The full-screen walk-through is driven by key presses (each a
//! crossterm key event through the same key table as the terminal's), drawn after every
//! key at 80x24, and counted: the screens seen (the start screen and the summary
//! included) and the keys pressed. Each answer is the digit shown beside it; a checklist
//! is its ticks and Enter (Enter twice with nothing ticked); a text to read is Enter, once
//! a page (Enter shows what is below before it goes on).
//!
//! Targets: a typical adult case at most 14 screens and 25 keys; a person who may be
//! under 18 at most 20 screens and 35 keys. The steps between are the steps of
//! `walk --json` for the same answers: the TUI and line mode count the same steps.

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use veiviser::engine::StepKind;
use veiviser::flow::Checked;
use veiviser::i18n::Lang;
use veiviser::tui::app::App;
use veiviser::tui::input::event;
use veiviser::tui::state::Place;
use veiviser::tui::view;

/// What the nurse answers at a step: a choice's key, or the keys of the items ticked.
enum Say {
    Choose(&'static str),
    Tick(&'static [&'static str]),
}

/// The screen as text.
fn screen(term: &mut Terminal<TestBackend>, app: &App) -> String {
    term.draw(|f| view::render(f, app)).expect("draws");
    let buf = term.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Where the walk is: the step's `flow/node` and how many answers deep.
fn at(app: &App) -> Option<(String, usize)> {
    let s = app.session()?;
    let step = s.step();
    Some((format!("{}/{}", step.flow.id, step.node_id), s.depth()))
}

struct Walked {
    screens: Vec<String>,
    keys: usize,
}

/// Walks the case from the start screen to the summary with `answers` (by step), pressing
/// keys as a nurse would, and counts.
fn walk(c: &Checked, lang: Lang, answers: &[(&str, Say)]) -> Walked {
    let (w, h) = (80, 24);
    let mut app = App::new(&c.model, &c.texts, lang, true, w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    let mut keys = 0;
    let mut screens = vec!["start".to_string()];
    let mut press = |app: &mut App, code: KeyCode| {
        let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(a) = event(&ev, app.context()) {
            app.update(a);
        }
        keys += 1;
    };
    // The start screen opens on the case: Enter starts it.
    assert_eq!(app.place(), Place::Start);
    screen(&mut term, &app);
    press(&mut app, KeyCode::Enter);
    let mut last = None;
    for _ in 0..200 {
        let here = at(&app).expect("the case is under way");
        let shown = screen(&mut term, &app);
        let session = app.session().expect("a session");
        if session.is_finished() {
            screens.push(format!("summary ({})", here.0));
            return Walked { screens, keys };
        }
        // Every key that answers leads to a new screen: never the same one twice.
        assert_ne!(last.as_ref(), Some(&here), "a key press left the screen as it was at {}", here.0);
        last = Some(here.clone());
        screens.push(here.0.clone());
        let step = session.step();
        let title: String = c.texts.pick(lang, &step.node.title, false).chars().take(20).collect();
        assert!(
            shown
                .replace('\n', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .contains(&title.split_whitespace().collect::<Vec<_>>().join(" ")),
            "the screen does not show the step {}:\n{shown}",
            here.0
        );
        let say = answers.iter().find(|(n, _)| *n == here.0).map(|(_, s)| s);
        let digit = |n: usize| KeyCode::Char(char::from_digit(n as u32, 10).expect("a digit"));
        match (step.kind(), say) {
            (StepKind::Question, Some(Say::Choose(k))) => {
                let c = step.choices.iter().find(|c| c.key.as_str() == *k);
                let n = c.unwrap_or_else(|| panic!("no choice {k} at {}", here.0)).number;
                press(&mut app, digit(n));
            }
            (StepKind::Question, _) => panic!("no answer for the question {}", here.0),
            (StepKind::Checklist, say) => {
                let ticks: &[&str] = match say {
                    Some(Say::Tick(t)) => t,
                    _ => &[],
                };
                for k in ticks {
                    let it = step.items.iter().find(|i| i.key.as_str() == *k);
                    let n = it.unwrap_or_else(|| panic!("no item {k} at {}", here.0)).number;
                    press(&mut app, digit(n));
                }
                press(&mut app, KeyCode::Enter);
                if ticks.is_empty() {
                    // Nothing ticked: the first Enter says so, the second goes on.
                    press(&mut app, KeyCode::Enter);
                }
            }
            // A text to read: Enter shows the rest of it first, then goes on.
            (StepKind::Info | StepKind::Outcome, _) => {
                for _ in 0..20 {
                    press(&mut app, KeyCode::Enter);
                    if at(&app).as_ref() != Some(&here) {
                        break;
                    }
                    screen(&mut term, &app);
                }
            }
        }
    }
    panic!("the walk did not reach the summary: {:?}", screens)
}

/// A typical adult: not in danger, an adult, no crime to avert, alone and now; the signs
/// of the story and of work ticked; nothing that needs action now; confirms the concern
/// and wants help; asks for asylum; needs ongoing health care and an interpreter.
fn adult() -> Vec<(&'static str, Say)> {
    vec![
        ("triage/acute", Say::Choose("not-acute")),
        ("triage/age", Say::Choose("adult")),
        ("triage/crime", Say::Choose("not-likely")),
        ("triage/companion", Say::Choose("alone")),
        ("case/setting", Say::Choose("arrival-centre")),
        ("signs/noticed", Say::Tick(&["story", "work"])),
        ("conversation/new-info", Say::Choose("none")),
        ("outcomes/which", Say::Choose("wants-help")),
        ("referral/status", Say::Choose("asylum")),
        ("referral/needs", Say::Tick(&["health-ongoing", "interpreter"])),
    ]
}

/// The same, for a person who may be under 18: no concrete grounds yet at triage, the
/// child welfare service open; the child confirms the concern and wants help (so the
/// duty to report applies, and section 196 is assessed): one "not sure" on section 196.
fn minor() -> Vec<(&'static str, Say)> {
    let mut a = adult();
    a[1] = ("triage/age", Say::Choose("maybe-minor"));
    // In the order asked: the child track right after the age, section 196 after the outcome.
    a.insert(2, ("child-track/grounds", Say::Choose("not-yet")));
    a.insert(3, ("child-track/when-open", Say::Choose("office")));
    let which = a.iter().position(|(at, _)| *at == "outcomes/which").expect("the outcome");
    a.insert(which + 1, ("avert/assess", Say::Choose("unsure")));
    a
}

/// The steps `walk --json` shows for the same answers (given in the order asked).
fn json_steps(lang: &str, answers: &[(&str, Say)]) -> Vec<String> {
    let lines: Vec<String> = answers
        .iter()
        .map(|(at, say)| match say {
            Say::Choose(k) => k.to_string(),
            Say::Tick(t) if *at == "signs/noticed" => format!("{}{}", common::json::SIGNS, t.join(" ")),
            Say::Tick(t) => t.join(" "),
        })
        .collect();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let w = common::json::walk_with(None, lang, &[], &refs);
    assert!(!w.summary.is_null(), "walk --json reached the summary: {:?}", w.nodes());
    w.nodes()
}

/// The TUI's screens between the start screen and the summary.
fn between(w: &Walked) -> Vec<String> {
    w.screens[1..w.screens.len() - 1].to_vec()
}

#[test]
fn a_typical_adult_case_fits_one_consultation() {
    let c = common::bundled();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let w = walk(&c, lang, &adult());
        eprintln!("adult, {lang:?}: {} screens, {} keys: {:?}", w.screens.len(), w.keys, w.screens);
        assert!(w.screens.len() <= 14, "{} screens: {:?}", w.screens.len(), w.screens);
        assert!(w.keys <= 25, "{} keys", w.keys);
        // One screen before the conversation, then one that sends the worker to hold it,
        // then what came out as answers.
        let at = |n: &str| w.screens.iter().position(|s| s == n).unwrap_or_else(|| panic!("no {n}: {:?}", w.screens));
        assert!(at("case/setting") < at("conversation/before"));
        assert_eq!(at("conversation/before") + 1, at("conversation/go"));
        assert_eq!(at("conversation/go") + 1, at("conversation/new-info"));
        assert_eq!(at("conversation/new-info") + 1, at("outcomes/which"));
        // The case still opens on the danger question.
        assert_eq!(w.screens[1], "triage/acute");
    }
    assert_eq!(between(&walk(&c, Lang::of("en"), &adult())), json_steps("en", &adult()));
}

#[test]
fn a_possible_minor_fits_one_consultation() {
    let c = common::bundled();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let w = walk(&c, lang, &minor());
        eprintln!("minor, {lang:?}: {} screens, {} keys: {:?}", w.screens.len(), w.keys, w.screens);
        assert!(w.screens.len() <= 20, "{} screens: {:?}", w.screens.len(), w.screens);
        assert!(w.keys <= 35, "{} keys", w.keys);
        assert!(w.screens.iter().any(|s| s.starts_with("child-track/")), "the child track: {:?}", w.screens);
    }
    assert_eq!(between(&walk(&c, Lang::of("nb"), &minor())), json_steps("nb", &minor()));
}
