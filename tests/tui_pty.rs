//! End to end: the real binary in a pseudo-terminal (portable-pty), its output read
//! through a terminal emulator (vt100). Walks a case to its summary, clicks, switches
//! language, hides, resizes, quits; and checks that the terminal is restored after a quit,
//! Ctrl-C, SIGTERM, SIGHUP and a panic (main screen, cursor shown, mouse off, the tty's modes as
//! they were). Linux only. Every wait has a timeout: VEIVISER_PTY_TIMEOUT_MS raises it
//! (default 10000) for slow machines.
#![cfg(target_os = "linux")]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn timeout() -> Duration {
    let ms = std::env::var("VEIVISER_PTY_TIMEOUT_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    Duration::from_millis(ms)
}

/// The tty's mode flags (input, output, local), to compare before and after.
fn modes(master: &dyn MasterPty) -> (u32, u32, u32) {
    let t = master.get_termios().expect("termios of the pty");
    (t.input_flags.bits(), t.output_flags.bits(), t.local_flags.bits())
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a size is not zero")
}

const ICANON: u32 = 0o000002;
const ECHO: u32 = 0o000010;

struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, in order (to check the order of escape sequences).
    raw: Arc<Mutex<Vec<u8>>>,
    master: Box<dyn MasterPty + Send>,
    _slave: Box<dyn SlavePty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// The tty's modes before the program started.
    modes_before: (u32, u32, u32),
    /// Asks the reader thread to stop (and close its copy of the master side) after its
    /// next read.
    stop: Arc<AtomicBool>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Term {
    fn spawn(cols: u16, rows: u16, env: &[(&str, &str)], args: &[&str]) -> Term {
        Term::spawn_on(true, cols, rows, env, args)
    }

    /// `fixture`: on the flows of tests/fixtures/tui; else on the bundled flows.
    fn spawn_on(fixture: bool, cols: u16, rows: u16, env: &[(&str, &str)], args: &[&str]) -> Term {
        let pty = native_pty_system();
        let pair = pty.openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let fx = root.join("tests/fixtures/tui");
        let home = tempfile::tempdir().unwrap();
        // VEIVISER_BIN: another build of the binary (.ci/run runs these tests on the release
        // build too: it aborts on a panic where this one unwinds).
        let bin = std::env::var_os("VEIVISER_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_veiviser").into());
        let mut cmd = CommandBuilder::new(bin);
        if fixture {
            cmd.arg("--flows");
            cmd.arg(fx.join("flows"));
            cmd.arg("--locales");
            cmd.arg(fx.join("locales"));
        }
        for a in args {
            cmd.arg(a);
        }
        cmd.cwd(root);
        cmd.env_clear();
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "nb_NO.UTF-8");
        // No local contact directory from the machine running the tests.
        cmd.env("HOME", home.path());
        cmd.env("XDG_CONFIG_HOME", home.path());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let modes_before = modes(pair.master.as_ref());
        assert_ne!(modes_before.2 & ICANON, 0, "the pty starts in cooked mode");
        let child = pair.slave.spawn_command(cmd).unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let p = Arc::clone(&parser);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let r = Arc::clone(&raw);
        let stop = Arc::new(AtomicBool::new(false));
        let s = Arc::clone(&stop);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                r.lock().unwrap().extend_from_slice(&buf[..n]);
                p.lock().unwrap().process(&buf[..n]);
                if s.load(Ordering::SeqCst) {
                    break;
                }
            }
        });
        let writer = pair.master.take_writer().unwrap();
        // The temporary home lives as long as the test process; it holds nothing.
        std::mem::forget(home);
        Term {
            parser,
            raw,
            master: pair.master,
            _slave: pair.slave,
            writer,
            child,
            modes_before,
            stop,
            reader: Some(reader),
        }
    }

    fn contents(&self) -> String {
        self.parser.lock().unwrap().screen().contents().replace('\u{a0}', " ")
    }

    /// Waits until `pred` holds for the screen; fails with the screen if it never does.
    fn wait(&self, what: &str, pred: impl Fn(&vt100::Screen, &str) -> bool) {
        let end = Instant::now() + timeout();
        loop {
            {
                let p = self.parser.lock().unwrap();
                let text = p.screen().contents().replace('\u{a0}', " ");
                if pred(p.screen(), &text) {
                    return;
                }
            }
            if Instant::now() > end {
                panic!("timed out waiting for {what}; the screen:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen has not changed for a while (a redraw can arrive in
    /// several reads).
    fn settle(&self) -> String {
        let end = Instant::now() + timeout();
        let mut last = self.contents();
        let mut since = Instant::now();
        while Instant::now() < end {
            std::thread::sleep(Duration::from_millis(20));
            let now = self.contents();
            if now != last {
                last = now;
                since = Instant::now();
            } else if since.elapsed() > Duration::from_millis(200) {
                break;
            }
        }
        last
    }

    fn wait_text(&self, text: &str) {
        self.wait(text, |_, s| s.contains(text));
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// Sends keys and waits until `text` shows.
    fn keys(&mut self, bytes: &str, text: &str) {
        self.send(bytes.as_bytes());
        self.wait_text(text);
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.lock().unwrap().screen_mut().set_size(nz(rows), nz(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
    }

    /// The 0-based row where `text` is.
    fn row_of(&self, text: &str) -> u16 {
        self.wait_text(text);
        self.contents().lines().position(|l| l.contains(text)).unwrap_or_else(|| panic!("{text}:\n{}", self.contents()))
            as u16
    }

    fn wait_exit(&mut self) -> u32 {
        let end = Instant::now() + timeout();
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st.exit_code();
            }
            if Instant::now() > end {
                let _ = self.child.kill();
                panic!("the program did not exit; the screen:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal is as it was: main screen, cursor shown, no mouse reporting, and the
    /// tty's modes (raw mode off) as before the program started.
    fn assert_restored(&self) {
        self.wait("the main screen, the cursor and no mouse reporting", |s, _| {
            !s.alternate_screen() && !s.hide_cursor() && s.mouse_protocol_mode() == vt100::MouseProtocolMode::None
        });
        assert_eq!(modes(self.master.as_ref()), self.modes_before, "the tty's modes are restored");
    }

    fn assert_full_screen(&self) {
        let p = self.parser.lock().unwrap();
        let s = p.screen();
        assert!(s.alternate_screen() && s.hide_cursor());
        assert_ne!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse reporting is on");
        drop(p);
        let (_, _, local) = modes(self.master.as_ref());
        assert_eq!(local & (ICANON | ECHO), 0, "raw mode while running");
    }

    fn signal(&self, sig: &str) {
        let pid = self.child.process_id().unwrap().to_string();
        // bash's own kill: it knows every name (IO, STKFLT, RTMIN+3).
        let ok = std::process::Command::new("bash").args(["-c", &format!("kill -s {sig} {pid}")]).status().unwrap();
        assert!(ok.success());
    }
}

#[test]
fn walk_a_case_click_switch_language_hide_resize_and_quit() {
    let t0 = Instant::now();
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    eprintln!("first screen after {:?}", t0.elapsed());
    t.wait_text("Veiledningsversjon");
    t.assert_full_screen();

    t.keys("1", "Er noen i akutt fare nå?");
    t.keys("2", "Kan personen være under 18 år?");
    // A click (SGR mouse report, 1-based) on the third choice picks it; a second click on
    // it answers.
    let row = t.row_of("3. Jeg vet ikke") + 1;
    t.send(format!("\x1b[<0;12;{row}M\x1b[<0;12;{row}m").as_bytes());
    t.wait_text("> 3. Jeg vet ikke");
    t.send(format!("\x1b[<0;12;{row}M\x1b[<0;12;{row}m").as_bytes());
    t.wait_text("Hvilke tegn har du sett?");
    // Enter with nothing ticked goes nowhere at once: it says so (a second would go on).
    t.keys("\r", "Ingenting er krysset av");
    t.keys("\x1b[B ", "[x] 1. Personen har ikke");
    t.keys("3", "[x] 3. Noen andre");
    t.keys("\r", "Før samtalen");
    t.keys("\r", "Oppsummering");
    t.wait_text("Utfall: Bekymringen er styrket");
    t.wait_text("Kontakter:");
    t.wait_text("Telefon: 22 33 11 60 (sjekk nummeret lokalt)");

    // The language, at once, in the same place.
    t.keys("l", "Outcome: The concern is stronger");
    t.wait_text("Summary");

    // Quick-hide: nothing about the case on the screen; the next key brings it back.
    let trim = |s: &str| s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    let before = trim(&t.settle());
    t.send(b"x");
    t.wait("the hidden screen", |_, s| s.contains("Notes") && !s.contains("Summary"));
    let hidden = t.settle().to_lowercase();
    for w in ["traffick", "outcome", "summary", "concern", "rosa", "duty", "veiviser"] {
        assert!(!hidden.contains(w), "{w} on the hidden screen:\n{hidden}");
    }
    t.send(b"a");
    t.wait("the same screen as before", |_, s| trim(s) == before);

    // Live resizes: smaller, too small, back.
    t.resize(60, 20);
    t.wait("the summary at 60 columns", |s, text| {
        s.size() == (nz(20), nz(60)) && text.lines().next().is_some_and(|l| l.trim_end().ends_with("Summary"))
    });
    t.resize(40, 12);
    t.wait_text("The window is too small");
    t.wait_text("40 × 12)");
    t.resize(80, 24);
    t.wait_text("Outcome: The concern is stronger");

    // The mouse wheel scrolls the long summary.
    t.send(b"\x1b[<65;20;10M");
    t.wait_text("More above and below");

    // Quit asks first (a case is under way); y says yes.
    t.keys("q", "Quit?");
    t.send(b"y");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

/// Where `needle` first occurs in `hay` at or after `from`.
fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|i| i + from)
}

#[test]
fn a_panic_gives_the_terminal_back_and_says_so() {
    // The test hook (docs/security.md, "Hostile input and faults"): a panic on purpose once the
    // first frame is out.
    let mut t = Term::spawn(80, 24, &[("VEIVISER_TEST_PANIC", "1")], &[]);
    let code = t.wait_exit();
    assert_ne!(code, 0, "a panic is not a success");
    assert_eq!(code, 101, "Rust's exit code for a panic");
    t.assert_restored();
    // The message is on the main screen, where the user can read it.
    t.wait_text("VEIVISER_TEST_PANIC is set: a panic on purpose");
    assert!(t.contents().contains("panicked"), "{}", t.contents());
    // In order: full screen, the first frame, then (from the panic hook) mouse off, the
    // main screen, the cursor shown, and only then the message.
    let raw = t.raw.lock().unwrap().clone();
    let at = |needle: &[u8], from: usize| {
        find_from(&raw, needle, from).unwrap_or_else(|| {
            panic!("no {:?} after byte {from} in {:?}", String::from_utf8_lossy(needle), String::from_utf8_lossy(&raw))
        })
    };
    let enter = at(b"\x1b[?1049h", 0);
    let frame = at("Hva vil du gjøre?".as_bytes(), enter);
    let mouse_off = at(b"\x1b[?1000l", frame);
    let leave = at(b"\x1b[?1049l", frame);
    let shown = at(b"\x1b[?25h", leave);
    let message = at(b"VEIVISER_TEST_PANIC is set", shown);
    assert!(mouse_off < leave && shown < message);
    assert!(find_from(&raw, b"\x1b[?1049h", leave).is_none(), "full screen again after the panic");
}

#[test]
fn ctrl_c_quits_at_once_and_restores() {
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.keys("1", "Er noen i akutt fare nå?");
    t.keys("2", "Kan personen være under 18 år?");
    t.send(b"\x03");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.keys("1", "Er noen i akutt fare nå?");
    t.signal("TERM");
    assert_eq!(t.wait_exit(), 128 + 15);
    t.assert_restored();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.signal("HUP");
    assert_eq!(t.wait_exit(), 128 + 1);
    t.assert_restored();
}

/// The terminal goes away under the program (a closed window, `tmux kill-session`): the
/// master side of the pty is closed. veiviser must notice and exit (129, like SIGHUP),
/// not stay behind spinning on a dead terminal (crossterm issue 793).
#[test]
fn a_closed_terminal_ends_the_program() {
    {
        let mut t = Term::spawn(80, 24, &[], &[]);
        t.wait_text("Hva vil du gjøre?");
        t.keys("1", "Er noen i akutt fare nå?");
        t.settle();
        // Close every copy of the master side: the reader thread's after one more read
        // (Ctrl-L makes the program draw), then the writer and the master itself.
        t.stop.store(true, Ordering::SeqCst);
        t.send(b"\x0c");
        if let Some(r) = t.reader.take() {
            r.join().unwrap();
        }
        let Term { master, writer, mut child, .. } = t;
        drop(writer);
        drop(master);
        let end = Instant::now() + timeout();
        let code = loop {
            if let Some(st) = child.try_wait().unwrap() {
                break st.exit_code();
            }
            if Instant::now() > end {
                let _ = child.kill();
                panic!("veiviser stayed behind after its terminal was closed");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(code, 129, "the documented exit code for a closed terminal");
    }
}

#[test]
fn no_color_and_the_flag_mean_no_colour_codes_at_all() {
    fn coloured(t: &Term) -> bool {
        let p = t.parser.lock().unwrap();
        let s = p.screen();
        let (rows, cols) = s.size();
        (0..rows.get()).any(|r| {
            (0..cols.get()).any(|c| {
                s.cell(r, c)
                    .is_some_and(|x| x.fgcolor() != vt100::Color::Default || x.bgcolor() != vt100::Color::Default)
            })
        })
    }
    for (env, args) in [(vec![("NO_COLOR", "1")], vec![]), (vec![], vec!["--no-color"])] {
        let mut t = Term::spawn(80, 24, &env, &args);
        t.wait_text("Hva vil du gjøre?");
        t.keys("1", "Er noen i akutt fare nå?");
        t.keys("2", "Kan personen være under 18 år?");
        t.keys("1", "PLIKT: Meld til barneverntjenesten");
        assert!(!coloured(&t), "{env:?} {args:?}");
        // The selection still shows: a sign and reverse video.
        t.wait_text("> Gå videre");
        t.settle();
        assert!(!coloured(&t), "{env:?} {args:?}");
        {
            let p = t.parser.lock().unwrap();
            let s = p.screen();
            let row = s.contents().lines().position(|l| l.contains("> Gå videre")).unwrap() as u16;
            assert!(s.cell(row, 4).unwrap().inverse(), "the selection in reverse video");
        }
        t.send(b"\x03");
        assert_eq!(t.wait_exit(), 0);
    }
    // And with colour there is some.
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.settle();
    assert!(coloured(&t));
    t.send(b"\x03");
    t.wait_exit();
}

#[test]
fn without_a_terminal_it_says_so_and_points_to_the_line_mode() {
    let fx = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_veiviser"))
        .args(["--lang", "en", "--flows"])
        .arg(fx.join("flows"))
        .arg("--locales")
        .arg(fx.join("locales"))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("walk --plain"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_broken_local_contact_file_does_not_stop_the_full_screen_walk_through() {
    // One typo in the local directory: the program starts all the same, says at once
    // that the local contacts were left out, and shows the bundled ones.
    let cfg = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(cfg.path().join("veiviser")).unwrap();
    let file = cfg.path().join("veiviser/contacts.yaml");
    std::fs::write(
        &file,
        "contacts:\n  rosa:\n    name: {nb: \"Lokal ROSA\", en: \"Local ROSA\"}\n  other: {name: 5\n",
    )
    .unwrap();
    let dir = cfg.path().to_str().unwrap();
    let mut t = Term::spawn(100, 30, &[("XDG_CONFIG_HOME", dir), ("HOME", dir)], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.wait_text("De lokale kontaktene ble IKKE lastet");
    t.wait_text("veiviser check --contacts");
    t.assert_full_screen();
    // Walk to the summary: ROSA as bundled, not as the broken file has it.
    t.keys("1", "Er noen i akutt fare nå?");
    t.keys("2", "Kan personen være under 18 år?");
    t.keys("3", "Hvilke tegn har du sett?");
    t.keys("1", "[x] 1.");
    t.keys("\r", "Før samtalen");
    t.keys("\r", "Oppsummering");
    t.wait_text("Kontakter:");
    // Scroll to the contacts.
    t.send(b"\x1b[F");
    t.wait_text("ROSA (Krisesentersekretariatet)");
    assert!(!t.contents().contains("Lokal ROSA"), "{}", t.contents());
    t.send(b"\x03");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

/// `u` on the summary: veiviser quits, restores the terminal, and then prints the summary
/// as plain text on it (the user asked for it; nothing is written to a file).
#[test]
fn u_prints_the_summary_after_the_screen_is_restored() {
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.keys("1", "Er noen i akutt fare nå?");
    t.keys("1", "Oppsummering");
    t.send(b"u");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
    t.wait_text("Utfall:");
    let s = t.contents();
    assert!(s.contains("Veiledningsversjon"), "{s}");
}

/// The sequences that give the terminal back (issue 23, finding 9): bracketed paste off,
/// mouse reporting off, the main screen, the cursor shown, each after the program took
/// the terminal.
fn assert_reset_written(t: &Term) {
    let raw = t.raw.lock().unwrap().clone();
    let entered = find_from(&raw, b"\x1b[?1049h", 0).expect("the alternate screen was entered");
    for seq in [&b"\x1b[?2004l"[..], b"\x1b[?1000l", b"\x1b[?1049l", b"\x1b[?25h"] {
        assert!(
            find_from(&raw, seq, entered).is_some(),
            "{:?} not written after the alternate screen was entered",
            String::from_utf8_lossy(seq)
        );
    }
}

/// The number `kill -l` gives a signal's name (RTMIN and RTMAX depend on the C library).
fn signal_number(name: &str) -> u32 {
    let out = std::process::Command::new("bash").args(["-c", &format!("kill -l {name}")]).output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or_else(|_| panic!("kill -l {name}"))
}

/// Every signal that would end the program ends it with the terminal given back (issue
/// 23, finding 9): once these left the alternate screen on, mouse reporting on, the
/// cursor hidden and the tty raw.
#[test]
fn every_terminating_signal_restores_the_terminal() {
    let names = [
        "USR1", "USR2", "ALRM", "XCPU", "XFSZ", "VTALRM", "PROF", "IO", "SYS", "TRAP", "PWR", "STKFLT", "QUIT", "INT",
        "RTMIN", "RTMIN+3", "RTMAX",
    ];
    for name in names {
        let mut t = Term::spawn(80, 24, &[], &[]);
        t.wait_text("Hva vil du gjøre?");
        t.assert_full_screen();
        t.signal(name);
        assert_eq!(t.wait_exit(), 128 + signal_number(name), "SIG{name}");
        t.assert_restored();
        assert_reset_written(&t);
    }
}

/// SIGPIPE is ignored (Rust's default): the program goes on.
#[test]
fn sigpipe_is_ignored() {
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.signal("PIPE");
    t.keys("1", "Er noen i akutt fare nå?");
    t.assert_full_screen();
    t.send(b"\x03");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

/// The state letter of the child in /proc (`T` when stopped).
fn proc_state(t: &Term) -> char {
    let pid = t.child.process_id().unwrap();
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    stat.rsplit(')').next().and_then(|r| r.trim_start().chars().next()).unwrap_or('?')
}

fn wait_state(t: &Term, want: char) {
    let end = Instant::now() + timeout();
    while proc_state(t) != want {
        assert!(Instant::now() < end, "the program never reached state {want}: {}", proc_state(t));
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Ctrl-Z and SIGTSTP give the terminal back before the program stops; `fg` (SIGCONT)
/// takes it again in raw mode and draws the whole screen (issue 23, finding 10: once it
/// came back in cooked mode, echoing, with nothing drawn). Also after a SIGSTOP, which
/// cannot be caught, while a shell set the tty back to its own modes.
#[test]
fn ctrl_z_and_fg_give_the_terminal_back_and_take_it_again() {
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.keys("1", "Er noen i akutt fare nå?");
    for how in ["ctrl-z", "TSTP", "STOP"] {
        match how {
            "ctrl-z" => t.send(b"\x1a"),
            sig => t.signal(sig),
        }
        wait_state(&t, 'T');
        if how == "STOP" {
            // What a shell does when its job stops: its own modes back on the tty.
            let tty = t.master.tty_name().expect("the pty's name");
            let ok = std::process::Command::new("stty").arg("-F").arg(&tty).args(["sane"]).status().unwrap();
            assert!(ok.success());
        } else {
            t.assert_restored();
        }
        // Whatever was on the main screen is not the walk-through any more.
        t.parser.lock().unwrap().process(b"\x1b[2J");
        t.signal("CONT");
        t.wait("the walk-through drawn again", |s, text| s.alternate_screen() && text.contains("akutt fare"));
        t.assert_full_screen();
        // Raw: a key acts at once, and nothing is echoed.
        t.keys("2", "Kan personen være under 18 år?");
        t.keys("\x1b[D", "Er noen i akutt fare nå?");
    }
    t.send(b"\x03");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

/// A large paste is read to its end and is one event: quick-hide after it acts at once,
/// also after a paste in a terminal without bracketed paste (issue 23, finding 13: the
/// rest of a paste over about 2 KB waited for the next key, and so did `x`).
#[test]
fn quick_hide_acts_after_a_large_paste() {
    let mut t = Term::spawn(80, 24, &[], &[]);
    t.wait_text("Hva vil du gjøre?");
    let raw = t.raw.lock().unwrap().clone();
    assert!(find_from(&raw, b"\x1b[?2004h", 0).is_some(), "bracketed paste is asked for");
    // A bracketed paste of 200 KB (ignored outside a text field: no answer, no key), then x.
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend(std::iter::repeat_n(b'1', 200_000));
    paste.extend(b"\x1b[201~x");
    t.send(&paste);
    t.wait("the hidden screen", |_, s| s.contains("Notater") && !s.contains("Hva vil du"));
    // Any key brings it back: the paste answered nothing.
    t.keys(" ", "Hva vil du gjøre?");
    // 16 KB typed at once without bracketed paste (unbound keys), then x.
    // Written from another thread: a program that stops reading would block the write.
    let mut burst = vec![b'b'; 16_384];
    burst.push(b'x');
    let mut w = std::mem::replace(&mut t.writer, Box::new(std::io::sink()));
    let writing = std::thread::spawn(move || w.write_all(&burst).and_then(|()| w.flush()).map(|()| w));
    t.wait("the hidden screen", |_, s| s.contains("Notater") && !s.contains("Hva vil du"));
    t.writer = writing.join().unwrap().unwrap();
    t.send(b"\x03");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

/// A local contact file with invisible and layout-breaking characters (issue 23, finding
/// 11): the walk-through starts with a notice, the characters show as U+FFFD and shift
/// nothing, and quick-hide leaves nothing of the contacts window on the screen.
#[test]
fn invisible_characters_in_a_local_contact_shift_nothing_and_hide_leaves_a_clean_screen() {
    let cfg = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(cfg.path().join("veiviser")).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/invisible/tui-contacts.yaml");
    std::fs::copy(&fixture, cfg.path().join("veiviser/contacts.yaml")).unwrap();
    let dir = cfg.path().to_str().unwrap();
    let mut t = Term::spawn(100, 30, &[("XDG_CONFIG_HOME", dir), ("HOME", dir)], &[]);
    t.wait_text("Hva vil du gjøre?");
    t.wait_text("De lokale kontaktene ble lastet, men");
    t.keys("t", "KONTOR");
    t.settle();
    // What was written (vt100 drops U+FFFD, which terminals show one column wide, so the
    // bytes are the evidence): each stand-in in place, no invisible character at all.
    let raw = String::from_utf8_lossy(&t.raw.lock().unwrap()).into_owned();
    assert!(raw.contains("Lokal\u{fffd}ROSA\u{fffd}\u{fffd}KONTOR"), "{raw:?}");
    assert!(raw.contains("22\u{fffd}33\u{fffd}11\u{fffd}60"), "{raw:?}");
    for c in ['\u{2028}', '\u{2029}', '\u{200b}', '\u{200d}', '\u{2060}', '\u{202e}'] {
        assert!(!raw.contains(c), "U+{:04X} reached the terminal", c as u32);
    }
    // Garbage the screen does not know of (a terminal that moved a row), then x: a full
    // clear, nothing of it or of the window left.
    t.parser.lock().unwrap().process(b"\x1b[28;1HSTRAY-FRAGMENT");
    t.send(b"x");
    t.wait("the hidden screen", |_, s| s.contains("Notater") && !s.contains("KONTOR"));
    let s = t.settle();
    assert!(!s.contains("STRAY-FRAGMENT") && !s.contains("ROSA"), "{s}");
    t.send(b"\x03");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

/// A content pack that is refused (here: not there) leaves the bundled guidance in use,
/// and the start screen of the full-screen walk-through says so (issue 26).
#[test]
fn a_refused_pack_is_said_on_the_start_screen() {
    let mut t = Term::spawn(100, 30, &[], &["--lang", "en", "--pack", "/nonexistent/veiviser-pack"]);
    t.wait_text("The pack was not used");
    t.wait_text("is not a folder");
    t.send(b"q");
    t.wait_exit();
}

/// The first `n` words of `s`.
fn words(s: &str, n: usize) -> String {
    s.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

#[test]
fn teaching_mode_hides_the_answer_judges_reveals_leaves_the_script_and_debriefs() {
    // A shipped scenario (adult-declines) with its feedback and teaching points, on the
    // bundled flows; what the screen must say is read from the scenario.
    let (all, _) = veiviser::scenario::load_embedded(&veiviser::i18n::embedded_langs());
    let sc = all.into_iter().find(|s| s.id == "adult-declines").expect("adult-declines");
    let en = veiviser::i18n::Lang::of("en");
    let fb = |at: &str, key: &str| {
        let g = sc.answers.iter().find(|g| g.at.to_string() == at).expect(at);
        words(g.feedback_for(Some(key), en).expect("feedback"), 5)
    };
    let (wrong, right) = (fb("triage/acute", "emergency"), fb("triage/acute", "not-acute"));
    let point = words(sc.teaching(en)[0], 5);
    let model = veiviser::flow::load_checked(&veiviser::flow::Input::embedded()).map_err(|_| "bundled").unwrap();
    let last = format!("step {n} of {n}", n = veiviser::scenario::replay(&model.model, &sc).steps.len() + 1);

    let args = ["scenario", "run", "adult-declines", "--teach", "--lang", "en"];
    let mut t = Term::spawn_on(false, 100, 30, &[], &args);
    t.wait_text("Is the person in danger now?");
    // At a decision, the hints offer to show the answer: the class answers first.
    t.wait_text("a show answer");
    t.assert_full_screen();
    // The expected answer is on screen only as one of the choices: no "Next:", no mark.
    let s = t.settle();
    assert_eq!(s.matches("No, no acute danger").count(), 1, "{s}");
    assert!(!s.contains("Next:") && !s.contains('\u{2713}'), "{s}");

    // A wrong answer: judged, with the scenario's feedback and what would follow; it does
    // not advance.
    t.keys("1", "This is not the answer the guidance expects");
    t.wait_text(&wrong);
    t.wait_text("the outcome: Safety first");
    assert!(!t.contents().contains(&right), "{}", t.contents());
    t.send(b"\r");
    t.wait("the verdict closed", |_, s| !s.contains("The class's answer"));
    assert!(t.contents().contains("Step 1") && t.contents().contains("Is the person in danger now?"));

    // Another try, then the expected answer shown (with its feedback), then on.
    t.keys("2", "This is not the answer the guidance expects");
    t.keys("a", "The answer the guidance expects: No, no acute danger");
    t.wait_text(&right);
    t.keys("\r", "Step 2");
    t.wait_text("Is there reason to believe the person is under");

    // What if: off the script, a free answer, then back to the same step.
    t.keys("o", "WHAT IF: off the script");
    t.send(b"1");
    t.wait("the free walk went on", |_, s| !s.contains("Step 2") && s.contains("WHAT IF"));
    t.keys("o", "Step 2");
    t.wait("back on the script", |_, s| !s.contains("WHAT IF") && s.contains("Scenario: step 2 of"));
    t.wait_text("Is there reason to believe the person is under");

    // On to the end: each decision's expected answer shown, then Enter; texts: Enter.
    for _ in 0..80 {
        let s = t.settle();
        // (A notice may stand in place of the hints: the panel says where the play is.)
        if s.contains(&last) {
            break;
        }
        if s.contains("The class answers") {
            t.keys("a", "The answer the guidance expects");
            t.send(b"\r");
            t.wait("the verdict closed", |_, s| !s.contains("The class's answer"));
        } else {
            t.send(b"\r");
        }
    }
    t.wait_text("Enter debrief");
    // The debrief: the teaching points, the duties, the class's first answers.
    t.keys("\r", "Debrief");
    t.wait_text("Teaching points");
    t.wait_text(&point);
    t.wait_text("Class: Yes, an emergency: life or health at risk now (not as expected)");
    t.wait_text("Expected: No, no acute danger");
    // Saved only when asked: e opens the save dialog; Esc leaves it unsaved.
    t.keys("e", "Save the debrief");
    t.wait_text("veiviser-debrief.txt");
    t.send(b"\x1b");
    t.wait("the dialog closed", |_, s| !s.contains("Save the debrief"));
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join("veiviser-debrief.txt").exists());
    t.keys("q", "Quit?");
    t.send(b"y");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}
