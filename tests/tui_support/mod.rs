//! Shared by the tests/tui_*.rs files: the fixture flow set (tests/fixtures/tui), an app
//! on it, and drawing the app into a TestBackend.
#![allow(dead_code)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use veiviser::flow::{self, Checked, Input};
use veiviser::i18n::Lang;
use veiviser::tui::app::{App, Effect};
use veiviser::tui::input::Action;
use veiviser::tui::view;
use veiviser::tui::windows::{self, Overlay};

pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui")
}

fn fixture_input() -> Input {
    let dir = fixture_dir();
    Input::from_dirs(Some(&dir.join("flows")), Some(&dir.join("locales"))).unwrap()
}

/// The fixture flow set as its files write it (the loader's raw set), with the fixed
/// version of [`checked`].
pub fn raw() -> flow::FlowSet {
    let mut set = flow::load::load(fixture_input()).set;
    set.version = "0.0.0+fixture".into();
    set
}

/// The fixture flow set, loaded and checked like the real one.
pub fn checked() -> Checked {
    match flow::load_checked(&fixture_input()) {
        // A fixed version: the snapshots do not change with every edit of a text file.
        Ok(mut c) => {
            c.model = flow::resolved::resolve(raw()).unwrap_or_else(|e| panic!("{e:?}"));
            c
        }
        Err((_, diags)) => panic!("the TUI fixture does not check: {diags:?}"),
    }
}

pub fn app(c: &Checked, lang: Lang) -> App<'_> {
    App::new(&c.model, &c.texts, lang, true, 80, 24)
}

/// Applies actions in order; what the last one asked of the terminal loop.
pub fn act(app: &mut App, actions: &[Action]) -> Effect {
    let mut last = Effect::None;
    for a in actions {
        last = app.update(*a);
    }
    last
}

/// The open window's title and lines (none: nothing).
pub fn window(app: &App) -> (String, Vec<ratatui::text::Line<'static>>) {
    app.overlay.as_ref().map(|o| windows::content(app, o)).unwrap_or_default()
}

/// The file name typed in the open save dialog ("" if none is open).
pub fn input(app: &App) -> String {
    match &app.overlay {
        Some(Overlay::Save(s)) => s.input.clone(),
        _ => String::new(),
    }
}

/// Draws the app at its own size.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    t.draw(|f| view::render(f, app)).unwrap();
    t
}

/// The screen as text, one line per row (trailing spaces cut).
pub fn screen(app: &App) -> String {
    let t = draw(app);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// What the open save dialog would write ("None" if none is open).
pub fn export_text(app: &App) -> Option<String> {
    match &app.overlay {
        Some(Overlay::Save(s)) => s.text(app),
        _ => None,
    }
}

/// The save an effect asks for: what it writes, the file name, and whether it replaces.
pub fn saving(app: &App, e: &Effect) -> Option<(Option<String>, String, bool)> {
    match e {
        Effect::Save { save, replace } => Some((save.text(app), save.path().to_string(), *replace)),
        _ => None,
    }
}
