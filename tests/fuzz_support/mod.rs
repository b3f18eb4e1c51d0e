//! The fuzz targets' bodies, shared by fuzz/fuzz_targets/*.rs (libFuzzer, nightly) and
//! tests/fuzz_regressions.rs (every input kept: the crashes found and the seeds, on
//! stable, in `cargo test`). Each takes arbitrary bytes and panics on a fault.
#![allow(dead_code)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::BTreeSet;
use veiviser::diag::{Diag, FileId};
use veiviser::engine::Session;
use veiviser::flow::cond::Cond;
use veiviser::flow::load::{Input, Loaded, RawFile, Read};
use veiviser::flow::{self, Checked, check, load};
use veiviser::i18n::{Lang, Texts};
use veiviser::tui::action::Action;
use veiviser::tui::app::{App, Effect};
use veiviser::tui::pages;
use veiviser::tui::screen::Screen;
use veiviser::tui::view;
use veiviser::walk::{self, Layout, Mode, Nothing, Setup};

macro_rules! mini {
    ($p:literal) => {
        ($p, include_bytes!(concat!("../fixtures/mini/", $p)).as_slice())
    };
}

const FLOWS: [(&str, &[u8]); 6] = [
    mini!("flows/case.yaml"),
    mini!("flows/child.yaml"),
    mini!("flows/contacts.yaml"),
    mini!("flows/duties.yaml"),
    mini!("flows/sources.yaml"),
    mini!("flows/triage.yaml"),
];
const LOCALES: [(&str, &str, &[u8]); 2] = [
    ("en", "locales/en/mini.ftl", mini!("locales/en/mini.ftl").1),
    ("nb", "locales/nb/mini.ftl", mini!("locales/nb/mini.ftl").1),
];

/// The tool's own messages, made once (not `Sync`, so per thread; libFuzzer has one).
fn tool() -> &'static Texts {
    thread_local! {
        static T: &'static Texts = Box::leak(Box::new(Texts::tool()));
    }
    T.with(|t| *t)
}

/// The small set's files, each read once (per thread: the texts are not `Sync`;
/// libFuzzer has one): the flows, then the locales, in the order `load::load` takes
/// them. A run reads only the file or files it replaces and puts the set together from
/// clones of these ([`load::assemble`]), which gives what loading the whole set gives
/// (tests/fuzz_regressions.rs, `assembling_reads_is_loading`).
fn mini_reads() -> &'static (Vec<Read>, Vec<Read>) {
    thread_local! {
        static R: &'static (Vec<Read>, Vec<Read>) = Box::leak(Box::new((
            Input { flows: FLOWS.iter().map(|(n, b)| raw(n, b)).collect(), ..Input::default() }.read(),
            Input { locales: LOCALES.iter().map(|(l, n, b)| (Lang::of(l), raw(n, b))).collect(), ..Input::default() }.read(),
        )));
    }
    R.with(|r| *r)
}

fn raw(name: &str, bytes: &[u8]) -> RawFile {
    RawFile { name: name.to_string(), bytes: bytes.to_vec().into() }
}

/// The small set of tests/fixtures/mini as one input (loaded whole).
pub fn mini() -> Input {
    Input {
        flows: FLOWS.iter().map(|(n, b)| raw(n, b)).collect(),
        locales: LOCALES.iter().map(|(l, n, b)| (Lang::of(l), raw(n, b))).collect(),
        local_contacts: None,
    }
}

/// What [`check`] does with its input: the small set with one flow file, the local
/// contact file or a new flow file made of the YAML, and one Fluent file of the Fluent
/// text if there is one; and whether the findings are all rendered.
pub struct CheckInput {
    pub input: Input,
    /// The ids the replaced or added files get (findings in other files are rendered
    /// only with `all`).
    pub changed: Vec<FileId>,
    pub lang: Lang,
    pub color: bool,
    pub all: bool,
}

/// Reads [`check`]'s input: byte 0 picks what is replaced (bits 0-2 the flow file, 6 or
/// 7 a new one; bit 7 the local contact file instead; bit 3 the Fluent file, nb or en;
/// bit 4 render every finding; bit 5 colour; bit 6 English); the rest is split at the
/// first 0xFF (never in UTF-8): before it the YAML, after it (if there) the Fluent text.
pub fn check_input(data: &[u8]) -> Option<CheckInput> {
    let (&sel, rest) = data.split_first()?;
    let (yaml, ftl) = match rest.iter().position(|&b| b == 0xff) {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let mut input = mini();
    let slot = usize::from(sel & 0x07);
    let mut changed = Vec::new();
    if sel & 0x80 != 0 {
        input.local_contacts = Some(raw("local/contacts.yaml", yaml));
        changed.push(FLOWS.len());
    } else if slot < FLOWS.len() {
        input.flows[slot].bytes = yaml.to_vec().into();
        changed.push(slot);
    } else {
        input.flows.push(raw("flows/fuzz.yaml", yaml));
        changed.push(FLOWS.len());
    }
    if let Some(ftl) = ftl {
        let i = usize::from(sel >> 3 & 1);
        input.locales[i].1.bytes = ftl.to_vec().into();
        changed.push(input.flows.len() + usize::from(input.local_contacts.is_some()) + i);
    }
    let lang = if sel & 0x40 != 0 { Lang::of("en") } else { Lang::of("nb") };
    Some(CheckInput { input, changed, lang, color: sel & 0x20 != 0, all: sel & 0x10 != 0 })
}

/// Load and check a flow set from arbitrary bytes ([`check_input`]): the small valid set
/// of tests/fixtures/mini with one flow file and/or one Fluent file (or the local contact
/// file) replaced by the input. Only the replaced files are read; the others were read
/// once, and the set is put together from them (as loading it whole would). Then, as the
/// program does: render the findings (codespan must cope with any position): those in
/// or pointing into a replaced file, or every one (bit 4; the others are the unchanged
/// files' own, the same run after run); and where the check is clean, resolve the set
/// and start every flow (a clean check promises both work).
pub fn check(data: &[u8]) {
    let Some(CheckInput { input, changed, lang, color, all }) = check_input(data) else { return };
    let loaded = assembled(input, &changed);
    let diags = check::check(&loaded);
    let touches = |d: &&Diag| {
        d.file.is_none_or(|f| changed.contains(&f)) || d.related.iter().any(|(f, _, _)| changed.contains(f))
    };
    let shown: Vec<Diag> = if all { diags.clone() } else { diags.iter().filter(touches).cloned().collect() };
    let mut out = Vec::new();
    veiviser::diag::render(&loaded.files, &shown, tool(), lang, color, &mut out).unwrap();
    if diags.iter().any(|d| d.is_error()) {
        return;
    }
    // As `flow::load_checked` does, from this load (not a second one).
    let c = match flow::checked_from(loaded, diags) {
        Ok(c) => c,
        Err((_, d)) => panic!("a clean check that does not resolve: {d:?}"),
    };
    for f in &c.model.flows {
        if let Err(e) = veiviser::engine::Session::start(&c.model, &f.id) {
            panic!("a clean check whose flow {} does not start: {e:?}", f.id);
        }
    }
}

/// `input` (the small set with the files `changed` replaced or added, as [`check_input`]
/// makes it) loaded: the changed files read, the others cloned from [`mini_reads`].
pub fn assembled(input: Input, changed: &[FileId]) -> Loaded {
    let (flows, locales) = mini_reads();
    let Input { flows: raw_flows, locales: raw_locales, local_contacts } = input;
    let mut reads: Vec<Read> = Vec::with_capacity(raw_flows.len() + 3);
    for (i, f) in raw_flows.into_iter().enumerate() {
        match flows.get(i) {
            Some(r) if !changed.contains(&i) => reads.push(r.clone()),
            _ => reads.extend(Input { flows: vec![f], ..Input::default() }.read()),
        }
    }
    reads.extend(Input { local_contacts, ..Input::default() }.read());
    for (i, (l, f)) in raw_locales.into_iter().enumerate() {
        if changed.contains(&(reads.len())) {
            reads.extend(Input { locales: vec![(l, f)], ..Input::default() }.read());
        } else {
            reads.push(locales[i].clone());
        }
    }
    load::assemble(reads)
}

/// The condition parser on arbitrary text: an error with a place inside the text, or a
/// condition that evaluates on any facts and names only facts that are in the text.
pub fn cond(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else { return };
    match Cond::parse(s) {
        Err(e) => {
            assert!(e.at.start <= e.at.end && e.at.end <= s.len(), "{e:?} outside {s:?}");
            assert!(s.is_char_boundary(e.at.start) && s.is_char_boundary(e.at.end), "{e:?} inside a character");
        }
        Ok(c) => {
            let facts = c.facts();
            assert!(!facts.is_empty());
            for f in &facts {
                assert!(!f.is_empty() && s.contains(f), "{f:?} not in {s:?}");
            }
            // Every fact set over the facts named (up to 2^8 of them).
            let n = facts.len().min(8);
            for bits in 0u32..(1 << n) {
                let set: BTreeSet<String> = facts
                    .iter()
                    .take(n)
                    .enumerate()
                    .filter(|(i, _)| bits >> i & 1 == 1)
                    .map(|(_, f)| f.to_string())
                    .collect();
                let _ = c.holds(&|f| set.contains(f));
            }
        }
    }
}

/// The bundled set, loaded once (its texts are not `Sync`, so per thread; libFuzzer has one).
fn bundled() -> &'static Checked {
    thread_local! {
        static C: &'static Checked = Box::leak(Box::new(veiviser::flow::load_embedded().expect("the bundled set")));
    }
    C.with(|c| *c)
}

/// The line protocol of `walk --plain` and `walk --json` on the bundled flows: any
/// input lines, never a panic; the walk ends (done, quit, end of input, or an I/O error
/// for a line that is not UTF-8); in JSON mode every line written is one JSON object
/// with a `type`; in plain mode nothing written holds a control character.
///
/// Input: byte 0 picks the mode and the language, byte 1 the flow (of every bundled
/// flow), byte 2 the width of plain text (20 to 100, as the program clamps it); the rest is what the user types.
pub fn walk(data: &[u8]) {
    let [m, f, w, lines @ ..] = data else { return };
    let c = bundled();
    let langs = c.texts.langs();
    let lang = langs[usize::from(m >> 1) % langs.len()];
    let mode = if m & 1 == 0 { Mode::Plain } else { Mode::Json };
    let flows = &c.model.flows;
    // `case` first, as `walk` starts it; then any other flow by number.
    let id = if *f == 0 { "case" } else { flows[usize::from(*f) % flows.len()].id.as_str() };
    let Ok(mut s) = Session::start(&c.model, id) else { return };
    let mut input = lines;
    let mut out = Vec::new();
    let setup =
        Setup { lang, layout: Layout { width: 20 + usize::from(*w) % 81 }, notices: &[], on_summary: &mut Nothing };
    let _ = walk::run_with(&mut s, &c.texts, mode, setup, &mut input, &mut out);
    let text = String::from_utf8(out).expect("the output is UTF-8");
    match mode {
        Mode::Json => {
            for l in text.lines() {
                let v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}"));
                assert!(v.get("type").is_some_and(|t| t.is_string()), "{l:?}");
            }
        }
        Mode::Plain => {
            assert_eq!(veiviser::safe::first_unsafe(&text), None, "{text:?}");
        }
    }
}

const KEYS: [Action; 33] = [
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::Home,
    Action::End,
    Action::Select,
    Action::Toggle,
    Action::Back,
    Action::Close,
    Action::Restart,
    Action::Quit,
    Action::ForceQuit,
    Action::Lang,
    Action::Principles,
    Action::Source,
    Action::Contacts,
    Action::Help,
    Action::Why,
    Action::Discreet,
    Action::Map,
    Action::SideBySide,
    Action::Trainer,
    Action::Slip,
    Action::Save,
    Action::Print,
    Action::Hide,
    Action::Redraw,
    Action::Yes,
    Action::No,
    Action::OtherKey,
    Action::ScrollUp,
    Action::ScrollDown,
];

/// Sizes a terminal can have, weighted to the edges: zero, tiny, just under and over
/// the minimum (50 x 15), ordinary, and large.
fn size(b: u8) -> u16 {
    const EDGES: [u16; 16] = [0, 1, 2, 3, 7, 14, 15, 16, 49, 50, 51, 79, 80, 81, 120, 250];
    if b < 128 { EDGES[usize::from(b % 16)] } else { u16::from(b - 128) }
}

/// Draws `app` whole into a terminal of its size, and through the screen that writes
/// only the rows that changed (src/tui/screen.rs) into another: the two must show the
/// same.
fn draw(app: &App, term: &mut Option<Terminal<TestBackend>>, screen: &mut Screen<TestBackend>) {
    let (w, h) = (app.width, app.height);
    let t = match term {
        Some(t) if t.backend().buffer().area.width == w && t.backend().buffer().area.height == h => t,
        _ => term.insert(Terminal::new(TestBackend::new(w, h)).unwrap()),
    };
    t.draw(|f| view::render(f, app)).unwrap();
    if screen.size().ok() != Some(ratatui::layout::Size::new(w, h)) {
        screen.backend_mut().resize(w, h);
    }
    screen.draw(app).unwrap();
    assert_eq!(screen.backend().buffer(), t.backend().buffer(), "the screen shows another frame");
}

/// One action from the input: byte `b`, and for some the next one or two bytes; with
/// `suspend`, bytes 240-247 are Ctrl-Z ([`tui_walk`] reads its old inputs as before).
fn action(b: u8, bytes: &mut impl Iterator<Item = u8>, suspend: bool) -> Action {
    match b {
        0..=32 => KEYS[usize::from(b)],
        33..=47 => Action::Pick(usize::from(b - 33)),
        48..=63 => Action::Resize(size(bytes.next().unwrap_or(0)), size(bytes.next().unwrap_or(0))),
        64..=95 => {
            let x = bytes.next().unwrap_or(0);
            let y = bytes.next().unwrap_or(0);
            Action::Click(u16::from(x), u16::from(y))
        }
        // Typed characters (a file name): ASCII, a few non-ASCII and a control.
        96..=223 => Action::Char(char::from(b - 96 + 32)),
        224..=239 => Action::Char(['æ', 'ø', 'å', 'é', '\u{301}', '中', '\u{1b}', '\u{202e}'][usize::from(b & 7)]),
        240..=247 if suspend => Action::Suspend,
        // The teaching keys (issue 25): reveal, what if, the case as a scenario.
        252 => Action::Reveal,
        253 => Action::WhatIf,
        254 => Action::Record,
        _ => Action::Char(char::from_u32(0x1f600 + u32::from(b & 15)).unwrap_or('x')),
    }
}

/// A paste (one event) of some bytes of the input, as the terminal loop hands it over.
const PASTES: [&str; 4] = ["dir/case.txt", "line one\nline two\r\n", "\u{1b}]52;c;eA==\u{7}\u{200b}\u{2028}x", ""];

/// Applies one action as the terminal loop does (a save reports back as `result`
/// says, asked only for a save): None when the loop would stop, else whether the
/// terminal is to be cleared before the next draw.
fn step(app: &mut App, action: Action, result: impl FnOnce() -> u8) -> Option<bool> {
    match app.update(action) {
        Effect::Quit(print) => {
            // The loop stops here; the print, if asked for, is plain text.
            if let Some(p) = print {
                assert!(!p.is_empty());
            }
            return None;
        }
        Effect::Save { save, replace: _ } => {
            // The terminal loop writes the file (no file here) and reports back.
            assert!(save.text(app).is_some(), "a save with nothing to save");
            let path = save.path().to_string();
            let result = match result() % 3 {
                0 => Ok(()),
                1 => Err(veiviser::export::ExportError::Exists(path.into())),
                _ => Err(veiviser::export::ExportError::Io(path.into(), std::io::Error::other("disk full"))),
            };
            app.saved(save, result);
        }
        // The terminal loop gives the terminal back, stops, and draws all anew; Ctrl-L
        // and quick-hide clear it.
        Effect::Suspend | Effect::Clear => return Some(true),
        Effect::None | Effect::Redraw => {}
    }
    Some(false)
}

/// Clears the screen when the app asked for it (Ctrl-L, quick-hide, a suspend), then
/// draws.
fn redraw(app: &App, clear: bool, term: &mut Option<Terminal<TestBackend>>, screen: &mut Screen<TestBackend>) {
    if clear {
        screen.clear(ratatui::layout::Size::new(app.width, app.height)).unwrap();
    }
    draw(app, term, screen);
}

/// Long action sequences on the TUI's update function, on the bundled flows: every
/// key action, clicks anywhere, the wheel, resizes to small, odd and zero sizes, saves
/// that succeed, fail or find the file there; each state drawn whole into ratatui's
/// TestBackend, and through the screen that writes only the rows that changed, which
/// must show the same. Never a panic. The regression inputs and seeds of the `tui`
/// target run through this too (tests/fuzz_regressions.rs); at up to 400 draws a run it
/// is too slow to fuzz with (about 20 runs a second), which [`tui`] is for.
///
/// Input: bytes 0 and 1 the first size, byte 2 the language and colour; then one action
/// per byte (some take the next one or two bytes as arguments).
pub fn tui_walk(data: &[u8]) {
    let [w, h, opts, rest @ ..] = data else { return };
    let c = bundled();
    let langs = c.texts.langs();
    let lang = langs[usize::from(opts & 0x7f) % langs.len()];
    let mut app = App::new(&c.model, &c.texts, lang, opts & 0x80 != 0, size(*w), size(*h));
    let mut term = None;
    let mut screen = Screen::new(TestBackend::new(app.width, app.height)).unwrap();
    draw(&app, &mut term, &mut screen);
    let mut bytes = rest.iter().copied();
    let mut steps = 0;
    while let Some(b) = bytes.next() {
        steps += 1;
        if steps > 400 {
            break;
        }
        let a = action(b, &mut bytes, false);
        let Some(clear) = step(&mut app, a, || bytes.next().unwrap_or(0)) else { break };
        redraw(&app, clear, &mut term, &mut screen);
    }
}

/// The states [`tui`] starts from, built and drawn once (per thread; the texts are not
/// `Sync`): the start screen, a question, a checklist, a text step, the summary, the save
/// dialog with a name typed, each window, the hidden screen, discreet mode, both
/// languages side by side, the trainer view, and small, wide and too-small terminals;
/// in both languages, with and without colour.
fn tui_states() -> &'static [(App<'static>, Screen<TestBackend>)] {
    thread_local! {
        static S: &'static [(App<'static>, Screen<TestBackend>)] = Box::leak(build_states().into_boxed_slice());
    }
    S.with(|s| *s)
}

fn build_states() -> Vec<(App<'static>, Screen<TestBackend>)> {
    use Action::*;
    let c = bundled();
    // Up to the summary of the case: the first choice at every step (the test case of
    // tests/tui_update.rs is another set).
    let mut to_summary = vec![Pick(0)];
    to_summary.extend(std::iter::repeat_n(Select, 60));
    let prefixes: Vec<Vec<Action>> = vec![
        vec![],
        vec![Pick(0)],
        vec![Pick(0), Pick(1)],
        vec![Pick(0), Pick(1), Pick(1)],
        vec![Pick(0), Pick(1), Pick(1), Toggle, Down, Toggle],
        vec![Pick(1)],
        vec![Pick(2), Select, Select],
        to_summary.clone(),
        [to_summary.clone(), vec![Save, Char('a'), Char('/'), Char('b')]].concat(),
        [to_summary.clone(), vec![Slip]].concat(),
        vec![Help],
        vec![Contacts],
        vec![Map],
        vec![Principles],
        vec![Pick(0), Source],
        vec![Pick(0), Why],
        vec![Pick(0), Hide],
        vec![Discreet, Pick(0)],
        vec![SideBySide, Pick(0), Pick(1)],
        vec![Trainer, Pick(0), Pick(1)],
        vec![Pick(0), Quit],
        vec![Resize(50, 15), Pick(0)],
        vec![Resize(250, 60), Pick(0), Pick(1)],
        vec![Resize(20, 5)],
    ];
    let mut out = Vec::new();
    for (i, prefix) in prefixes.iter().enumerate() {
        let langs = c.texts.langs();
        let lang = langs[i % langs.len()];
        let mut app = App::new(&c.model, &c.texts, lang, i % 3 != 0, 80, 24);
        let mut clear = false;
        for a in prefix {
            match step(&mut app, *a, || 0) {
                Some(c) => clear |= c,
                None => break,
            }
        }
        let mut term = None;
        let mut screen = Screen::new(TestBackend::new(app.width, app.height)).unwrap();
        redraw(&app, clear, &mut term, &mut screen);
        out.push((app, screen));
    }
    // Scenarios (issue 25): teaching mode at a decision, after a wrong answer (the
    // verdict), off the script (what if), at the debrief; a scenario played plainly.
    let (scenarios, _) = veiviser::scenario::load_embedded(&c.texts.langs());
    let teach: [(&str, bool, &[Action]); 5] = [
        ("adult-declines", true, &[]),
        ("adult-declines", true, &[Pick(1)]),
        ("cousin-interprets", true, &[WhatIf, Pick(2)]),
        ("registered-19", true, &[]),
        ("possible-minor", false, &[Select, Select]),
    ];
    for (i, (id, teaching, prefix)) in teach.into_iter().enumerate() {
        let Some(s) = scenarios.iter().find(|s| s.id == id).cloned() else { panic!("no scenario {id}") };
        let langs = c.texts.langs();
        let mut app = App::new(&c.model, &c.texts, langs[i % langs.len()], true, 100, 30);
        if teaching {
            app.play_teaching(s);
        } else {
            app.play(s);
        }
        let mut clear = false;
        for a in prefix {
            clear |= step(&mut app, *a, || 0).unwrap_or(false);
        }
        if i == 3 {
            // To the debrief: each expected answer shown and taken, then Enter on the summary.
            for _ in 0..200 {
                if app.place() == veiviser::tui::state::Place::Summary {
                    clear |= step(&mut app, Select, || 0).unwrap_or(false);
                    break;
                }
                let Some(p) = app.player.as_ref() else { break };
                let actions: Vec<Action> = match p.expected(p.at).cloned() {
                    Some(veiviser::engine::Answer::Choose(k)) if p.is_decision(p.at) => {
                        let n =
                            app.session().and_then(|x| x.step().choices.iter().find(|c| c.key == k).map(|c| c.number));
                        vec![Pick(n.unwrap_or(0)), Select]
                    }
                    Some(veiviser::engine::Answer::Tick(keys)) if p.is_decision(p.at) => {
                        let ticks = &app.ui().ticks;
                        let mut v: Vec<Action> = app
                            .session()
                            .map(|x| {
                                x.step()
                                    .items
                                    .iter()
                                    .filter(|i| keys.contains(&i.key.to_string()) != ticks.contains(i.key.as_str()))
                                    .map(|i| Pick(i.number))
                                    .collect()
                            })
                            .unwrap_or_default();
                        v.extend([Select, Select]);
                        v
                    }
                    _ => vec![End, Select],
                };
                for a in actions {
                    clear |= step(&mut app, a, || 0).unwrap_or(false);
                }
            }
            assert!(app.overlay.is_some(), "the debrief is not open");
        }
        let mut term = None;
        let mut screen = Screen::new(TestBackend::new(app.width, app.height)).unwrap();
        redraw(&app, clear, &mut term, &mut screen);
        out.push((app, screen));
    }
    out
}

/// Most actions a run of [`tui`] applies.
const TUI_STEPS: usize = 6;

/// One short action sequence on the TUI's update function from one of the states built
/// once ([`tui_states`]), then one draw: whole into ratatui's TestBackend, and through
/// the screen that writes only the rows that changed (holding the state's frame), which
/// must show the same. Every key action, digits, typed characters, pastes, clicks
/// anywhere, the wheel, resizes to zero, tiny, odd and large sizes, saves that succeed,
/// fail or find the file there. Never a panic. Deep states come from the states built
/// once, not from long inputs, so a run costs about one update and two draws.
///
/// Input: byte 0 the state; then up to [`TUI_STEPS`] actions, one a byte (some take the
/// next one or two bytes as arguments; byte 248-251 is a paste).
pub fn tui(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else { return };
    let states = tui_states();
    let (app0, screen0) = &states[usize::from(pick) % states.len()];
    let mut app = app0.clone();
    let mut screen = screen0.clone();
    let mut bytes = rest.iter().copied();
    let mut steps = 0;
    let mut clear = false;
    // What the layout kept before the last action.
    let mut before = (None, None);
    while let Some(b) = bytes.next() {
        steps += 1;
        if steps > TUI_STEPS {
            break;
        }
        before = app.kept();
        if (248..=251).contains(&b) {
            let _ = app.paste(PASTES[usize::from(b - 248)]);
            continue;
        }
        let a = action(b, &mut bytes, true);
        match step(&mut app, a, || bytes.next().unwrap_or(0)) {
            Some(c) => clear |= c,
            None => return,
        }
    }
    let area = ratatui::layout::Rect::new(0, 0, app.width, app.height);
    if view::rows(&app, area).is_some() {
        // The screen, which writes only the rows that changed since the state's frame,
        // against the whole frame drawn into an empty buffer (what a new terminal would
        // show: ratatui's Terminal adds only its own diffing to that, a new one each run).
        if clear {
            screen.clear(ratatui::layout::Size::new(app.width, app.height)).unwrap();
        }
        if screen.size().ok() != Some(ratatui::layout::Size::new(app.width, app.height)) {
            screen.backend_mut().resize(app.width, app.height);
        }
        screen.draw(&app).unwrap();
        let mut whole = ratatui::buffer::Buffer::empty(area);
        view::render_buf(&mut whole, &app);
        assert_eq!(screen.backend().buffer(), &whole, "the screen shows another frame");
    } else {
        // A window, a notice, the hidden or too-small screen: the screen draws it whole
        // with the view's own function, so a second whole frame would compare the view
        // with itself (and cost as much again: a window lays out all its text).
        if clear {
            screen.clear(ratatui::layout::Size::new(app.width, app.height)).unwrap();
        }
        if screen.size().ok() != Some(ratatui::layout::Size::new(app.width, app.height)) {
            screen.backend_mut().resize(app.width, app.height);
        }
        screen.draw(&app).unwrap();
    }
    // The page an update kept (one that did not change what the page shows) is the
    // page the state lays out. The library says so with a debug assertion on every use
    // of a kept page; the fuzz build has none (they would lay out every page twice), so
    // here once a run, when the page drawn was kept through the last action (every
    // prefix of an input is an input too; one laid out after it is the state's).
    let after = app.kept();
    if after.0.is_some() && after.0 == before.0 {
        assert_eq!(*pages::cached(&app), pages::page(&app), "the page kept is not the state's");
    }
    // And the window kept is the window the state lays out; the map, whose pick is drawn
    // into the lines laid out without it, always.
    if let Some(o) = &app.overlay
        && (after.1.is_some() && after.1 == before.1 || matches!(o, veiviser::tui::windows::Overlay::Map(_)))
    {
        let kept = veiviser::tui::windows::content(&app, o);
        let (title, fresh) = veiviser::tui::windows::build(&app, o);
        assert_eq!((kept.0, kept.1), (title, fresh.out), "the window kept is not the state's");
    }
}

/// Runs per second of [`tui`] from each of its states, no action (benches/fuzz_rate.rs).
pub fn tui_state_count() -> usize {
    tui_states().len()
}
