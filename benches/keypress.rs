//! How long a key press takes inside the program: the update plus drawing a full 80x24
//! frame into ratatui's TestBackend, on the bundled flows, in English. `cargo bench
//! --bench keypress` prints the median of many presses for each case; target: under
//! 1 ms each (exit 1 if over). The terminal's own time (writing the bytes, the emulator)
//! is `benches/frame.py`'s part. A plain harness, wall-clock medians, no dependencies.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};
use veiviser::flow::{self, Checked, Input};
use veiviser::i18n::Lang;
use veiviser::tui::app::App;
use veiviser::tui::input::Action;
use veiviser::tui::view;

const TARGET: Duration = Duration::from_millis(1);

fn bundled() -> Checked {
    if let Some(c) = flow::load_embedded() {
        return c;
    }
    match flow::load_checked(&Input::embedded()) {
        Ok(c) => c,
        Err((_, d)) => {
            eprintln!("the bundled set does not check: {d:?}");
            std::process::exit(2);
        }
    }
}

type Term = Terminal<TestBackend>;

/// An app at 80x24 after `actions`, drawn once into a terminal of its own.
fn at<'a>(c: &'a Checked, actions: &[Action]) -> (App<'a>, Term) {
    let mut app = App::new(&c.model, &c.texts, Lang::of("en"), true, 80, 24);
    for a in actions {
        app.update(*a);
    }
    let mut term = match Terminal::new(TestBackend::new(80, 24)) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("no test terminal: {e}");
            std::process::exit(2);
        }
    };
    draw(&mut term, &app);
    (app, term)
}

fn draw(term: &mut Term, app: &App) {
    if let Err(e) = term.draw(|f| view::render(f, app)) {
        eprintln!("draw failed: {e}");
        std::process::exit(2);
    }
}

fn text(term: &Term) -> String {
    term.backend().buffer().content.iter().map(|c| c.symbol()).collect()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let c = bundled();
    // The start screen, then the whole case's first question.
    let question = [Action::Pick(1)];
    let mut failed = false;
    let mut report = |name: &str, t: Duration, changed: bool| {
        let ok = t <= TARGET && changed;
        failed |= !ok;
        println!(
            "{name:<44} {:>8.1} µs  (target {} µs){}{}",
            t.as_secs_f64() * 1e6,
            TARGET.as_micros(),
            if t <= TARGET { "" } else { "  OVER TARGET" },
            if changed { "" } else { "  THE SCREEN DID NOT CHANGE" }
        );
    };

    // Down and Up in turn on a question: the selection moves, one frame each.
    let (mut app, mut term) = at(&c, &question);
    let before = text(&term);
    let mut times = Vec::new();
    let mut changed = true;
    for i in 0..2000 {
        let t = Instant::now();
        app.update(if i % 2 == 0 { Action::Down } else { Action::Up });
        draw(&mut term, &app);
        times.push(t.elapsed());
        if i == 0 {
            changed = text(&term) != before;
        }
    }
    report("move the selection on a question", median(times), changed);

    // A step forward: answer the first question (a fresh app each time, not timed).
    let mut times = Vec::new();
    let mut changed = true;
    for _ in 0..300 {
        let (mut app, mut term) = at(&c, &question);
        let before = text(&term);
        let t = Instant::now();
        app.update(Action::Pick(2));
        draw(&mut term, &app);
        times.push(t.elapsed());
        changed &= text(&term) != before;
    }
    report("answer a question (the next step)", median(times), changed);

    // Open the whole case from the start screen.
    let mut times = Vec::new();
    let mut changed = true;
    for _ in 0..300 {
        let (mut app, mut term) = at(&c, &[]);
        let before = text(&term);
        let t = Instant::now();
        app.update(Action::Pick(1));
        draw(&mut term, &app);
        times.push(t.elapsed());
        changed &= text(&term) != before;
    }
    report("open the case from the start screen", median(times), changed);

    if failed {
        std::process::exit(1);
    }
}
