//! The screen that writes only the rows that changed (src/tui/screen.rs), against the
//! whole frame drawn anew: after every action of a random walk (moves, answers, back,
//! windows, notices, language, resizes, Ctrl-L), what the terminal shows is the frame.
//! (A test backend stands for the terminal: it keeps the cells written to it.)

mod common;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Rect, Size};
use veiviser::tui::app::{App, Effect};
use veiviser::tui::input::Action;
use veiviser::tui::screen::Screen;
use veiviser::tui::view;

const ACTIONS: [Action; 22] = [
    Action::Pick(1),
    Action::Pick(2),
    Action::Up,
    Action::Down,
    Action::Down,
    Action::Up,
    Action::PageDown,
    Action::PageUp,
    Action::End,
    Action::Home,
    Action::Select,
    Action::Select,
    Action::Toggle,
    Action::Lang,
    Action::Back,
    Action::Yes,
    Action::No,
    Action::Help,
    Action::Close,
    Action::Hide,
    Action::Discreet,
    Action::SideBySide,
];

#[test]
fn the_terminal_shows_the_frame_after_every_action() {
    let c = common::bundled();
    let langs = c.texts.langs();
    // The same walks every run, so that the count of frames below cannot fall short.
    let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
    let mut runner = TestRunner::new_with_rng(Config { cases: 48, ..Config::default() }, rng);
    // Each step: an action, or (a number past the actions) a new size, or a redraw.
    let walk = (
        0..langs.len(),
        50u16..130,
        15u16..45,
        proptest::collection::vec((0..ACTIONS.len() + 4, 40u16..140, 10u16..50), 1..80),
    );
    let frames = std::cell::Cell::new(0usize);
    runner
        .run(&walk, |(li, w, h, steps)| {
            let mut app = App::new(&c.model, &c.texts, langs[li], true, w, h);
            let mut screen = Screen::new(TestBackend::new(w, h)).unwrap();
            screen.draw(&app).unwrap();
            for (i, nw, nh) in steps {
                let effect = match i.checked_sub(ACTIONS.len()) {
                    // A new size: the terminal has it (the screen sees it and clears).
                    Some(0 | 1) => {
                        screen.backend_mut().resize(nw, nh);
                        app.update(Action::Resize(nw, nh))
                    }
                    // Ctrl-L: cleared, drawn whole again.
                    Some(_) => app.update(Action::Redraw),
                    None => app.update(ACTIONS[i]),
                };
                match effect {
                    Effect::Quit(_) => break,
                    Effect::Clear => screen.clear(Size::new(app.width, app.height)).unwrap(),
                    _ => {}
                }
                screen.draw(&app).unwrap();
                let area = Rect::new(0, 0, app.width, app.height);
                let mut want = Buffer::empty(area);
                view::render_buf(&mut want, &app);
                prop_assert_eq!(screen.backend().buffer(), &want);
                frames.set(frames.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    assert!(frames.get() > 500, "{} frames compared", frames.get());
}
