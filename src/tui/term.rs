//! The only code that touches the terminal: set it up, run the loop (events -> actions ->
//! update -> draw), and put it back as it was on every way out: a normal quit, an error
//! (a guard), a panic (a panic hook), and every signal whose default would end the
//! program and that can be caught (TERM, HUP, INT, QUIT, USR1, USR2, ALRM, XCPU, XFSZ,
//! VTALRM, PROF, the real-time ones and the rest of [`TERMINATING`]: flags the loop
//! checks). SIGPIPE stays ignored (Rust's default). Ctrl-Z or SIGTSTP gives the terminal
//! back before the process stops; SIGCONT (`fg`) takes it again and draws the whole
//! screen. No keyboard-enhancement probing, so the first screen shows at once.
//!
//! A watchdog thread ends the program when the terminal goes away under it (a closed
//! window, `tmux kill-session`): once the pty is gone crossterm's `event::poll` spins
//! and never returns (crossterm issue 793), so the loop would never see the SIGHUP flag.
//!
//! Input is read to the end each time the terminal wakes the loop. A paste comes as one
//! event (bracketed paste). crossterm 0.29 reads at most 1 KiB a wake-up and then waits
//! for the next edge of an edge-triggered `epoll`: input beyond that (a paste in a
//! terminal without bracketed paste) would wait for the next key. The loop asks the tty
//! itself (`poll`, level-triggered) whether input is still waiting when crossterm says
//! none is, and if so sets the tty's modes again as they are, which wakes crossterm's
//! reader (Linux's line discipline wakes its readers on every change of modes).

use super::app::{App, Effect};
use super::input::{self, Action};
use super::screen::Screen;
use crate::flow::Checked;
use crate::i18n::{Lang, Msg};
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, event, execute, queue, terminal};
use ratatui::layout::Size;
use std::io::{self, IsTerminal, stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// How the TUI starts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Modifiers only, never a colour (NO_COLOR, --no-color).
    pub no_color: bool,
    /// Discreet mode from the start (--discreet).
    pub discreet: bool,
    /// The path of a local contact directory that was left out (the start screen says so).
    pub local_ignored: Option<String>,
    /// The local contact file loaded with its invisible characters made harmless.
    pub local_cleaned: Option<String>,
    /// A content pack that was refused (`--pack`), and why: the start screen says so.
    pub pack_refused: Option<String>,
    /// A scenario to play, one step per key press (`veiviser scenario run`).
    pub play: Option<crate::scenario::Scenario>,
    /// Teaching mode (`scenario run --teach`): the class answers each decision first.
    pub teach: bool,
    /// A test hook and nothing else: panic with this message right after the first
    /// frame (set by `VEIVISER_TEST_PANIC=1`, docs/security.md, "Hostile input and faults").
    pub test_panic: Option<String>,
}

/// How often the loop wakes without input, to notice a signal.
const TICK: Duration = Duration::from_millis(150);

static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();
/// The number of the signal that asked us to stop, 0 for none.
static SIGNAL: AtomicUsize = AtomicUsize::new(0);

/// Puts the terminal back: mouse off, main screen, cursor shown, raw mode off. Does
/// something only the first time after [`Guard::enter`], so the guard, the panic hook and
/// the signal path can all call it.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = execute!(
            stdout(),
            event::DisableBracketedPaste,
            event::DisableMouseCapture,
            terminal::LeaveAlternateScreen,
            cursor::Show
        );
        let _ = terminal::disable_raw_mode();
    }
}

/// Takes the terminal again after a stop (SIGTSTP, or SIGSTOP that cannot be caught):
/// raw mode (set anew: the shell may have put the tty back to its own modes while we were
/// stopped, though crossterm still takes it to be raw), the alternate screen, mouse
/// reports, bracketed paste, a hidden cursor. The caller draws the whole screen.
fn reenter() -> io::Result<()> {
    if ACTIVE.swap(true, Ordering::SeqCst) {
        let _ = terminal::disable_raw_mode();
    }
    terminal::enable_raw_mode()?;
    execute!(
        stdout(),
        terminal::EnterAlternateScreen,
        event::EnableMouseCapture,
        event::EnableBracketedPaste,
        cursor::Hide
    )
}

/// Ctrl-Z or SIGTSTP: the terminal back as it was, then the process stops as a shell job
/// does (the default of SIGTSTP). Returns once continued (`fg`), with the terminal taken
/// again; the caller draws the whole screen.
fn suspend() -> io::Result<()> {
    restore();
    #[cfg(unix)]
    {
        // What SIGTSTP would have done without our handler: stop (by SIGSTOP).
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::signal::SIGTSTP);
    }
    // Continued: the SIGCONT that brought us here is this one.
    let _ = job_control(true);
    reenter()
}

/// Standard output for the full-screen mode, under a buffer (a frame goes out in one
/// write). Once the terminal is restored it writes nothing: bytes of the full-screen
/// mode still in the buffer (flushed as a panic unwinds, after the hook restored the
/// terminal) must not land on the restored terminal.
struct Tty(io::Stdout);

impl io::Write for Tty {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        if ACTIVE.load(Ordering::SeqCst) { self.0.write(b) } else { Ok(b.len()) }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Holds the terminal in full-screen mode; dropping it restores the terminal.
pub struct Guard(());

impl Guard {
    /// Raw mode on, and the alternate screen, mouse reports and a hidden cursor asked for
    /// in `out`: they reach the terminal with the first frame, in the same write (the
    /// terminal never shows an empty screen before it).
    pub fn enter(out: &mut impl io::Write) -> io::Result<Guard> {
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                // Restore first, so that the message lands on a normal screen.
                restore();
                previous(info);
            }));
        });
        ACTIVE.store(true, Ordering::SeqCst);
        // From here on every early return drops the guard and restores.
        let g = Guard(());
        terminal::enable_raw_mode()?;
        queue!(
            out,
            terminal::EnterAlternateScreen,
            event::EnableMouseCapture,
            event::EnableBracketedPaste,
            cursor::Hide
        )?;
        Ok(g)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Every signal whose default action ends the process and that a handler can catch, but
/// SIGPIPE (ignored, as Rust sets it before `main`: a write to a closed pipe is an error,
/// not the end). SIGKILL cannot be caught; SIGSEGV, SIGILL and SIGFPE are faults of the
/// program itself (signal-hook refuses them). The real-time signals are added at run
/// time (their numbers depend on the C library).
#[cfg(unix)]
pub const TERMINATING: &[i32] = {
    use signal_hook::consts::signal::*;
    &[
        SIGTERM,
        SIGHUP,
        SIGINT,
        SIGQUIT,
        SIGUSR1,
        SIGUSR2,
        SIGALRM,
        SIGXCPU,
        SIGXFSZ,
        SIGVTALRM,
        SIGPROF,
        SIGIO,
        SIGSYS,
        SIGTRAP,
        SIGABRT,
        SIGBUS,
        #[cfg(any(target_os = "linux", target_os = "android"))]
        libc::SIGPWR,
        #[cfg(any(target_os = "linux", target_os = "android"))]
        libc::SIGSTKFLT,
    ]
};

/// [`TERMINATING`] and the real-time signals.
#[cfg(unix)]
fn terminating() -> Vec<i32> {
    // Mutated only where the C library names real-time signals (Linux).
    #[cfg_attr(not(any(target_os = "linux", target_os = "android")), allow(unused_mut))]
    let mut all = TERMINATING.to_vec();
    #[cfg(any(target_os = "linux", target_os = "android"))]
    all.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    all
}

#[cfg(unix)]
fn watch_signals() -> Vec<signal_hook::SigId> {
    use signal_hook::consts::signal::{SIGCONT, SIGTSTP};
    use signal_hook::flag;
    use std::sync::Arc;
    let armed = Arc::new(AtomicBool::new(false));
    let mut ids = Vec::new();
    for sig in terminating() {
        // A second signal, if the first was not acted on, ends the program the default
        // way (registered first, so it sees the flag as the first signal left it).
        ids.extend(flag::register_conditional_default(sig, Arc::clone(&armed)).ok());
        ids.extend(flag::register(sig, Arc::clone(&armed)).ok());
        ids.extend(flag::register_usize(sig, &SIGNAL, sig as usize).ok());
    }
    let stop = Arc::new(AtomicBool::new(false));
    let cont = Arc::new(AtomicBool::new(false));
    ids.extend(flag::register(SIGTSTP, Arc::clone(&stop)).ok());
    ids.extend(flag::register(SIGCONT, Arc::clone(&cont)).ok());
    // The statics are what the loop reads; signal-hook's flags want an Arc.
    FLAGS.get_or_init(|| (stop, cont));
    ids
}

/// signal-hook's flags for SIGTSTP and SIGCONT (see [`job_control`]).
#[cfg(unix)]
static FLAGS: std::sync::OnceLock<(std::sync::Arc<AtomicBool>, std::sync::Arc<AtomicBool>)> =
    std::sync::OnceLock::new();

/// What job control asked since the last call that took it (`take`): a stop (SIGTSTP)
/// before a continue (SIGCONT, also after a SIGSTOP we could not see).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Job {
    None,
    Stop,
    Continue,
}

fn job_control(take: bool) -> Job {
    #[cfg(unix)]
    if let Some((stop, cont)) = FLAGS.get() {
        let look = |f: &AtomicBool| if take { f.swap(false, Ordering::SeqCst) } else { f.load(Ordering::SeqCst) };
        let (s, c) = (look(stop), look(cont));
        return if s {
            Job::Stop
        } else if c {
            Job::Continue
        } else {
            Job::None
        };
    }
    let _ = take;
    Job::None
}

/// Input the tty holds that crossterm has not been woken for (see the module's note):
/// if there is any, the tty's modes are set again as they are, which wakes crossterm's
/// reader. Costs one `poll` when there is none.
#[cfg(unix)]
fn wake_reader_if_input_waits() {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let zero = Timespec { tv_sec: 0, tv_nsec: 0 };
    if poll(&mut fds, Some(&zero)).is_ok_and(|n| n > 0) && fds[0].revents().contains(PollFlags::IN) {
        use rustix::termios::{OptionalActions, tcgetattr, tcsetattr};
        if let Ok(t) = tcgetattr(&stdin) {
            let _ = tcsetattr(&stdin, OptionalActions::Now, &t);
        }
    }
}

#[cfg(not(unix))]
fn wake_reader_if_input_waits() {}

#[cfg(unix)]
fn unwatch_signals(ids: Vec<signal_hook::SigId>) {
    for id in ids {
        signal_hook::low_level::unregister(id);
    }
}

#[cfg(not(unix))]
fn watch_signals() -> Vec<()> {
    Vec::new()
}

#[cfg(not(unix))]
fn unwatch_signals(_: Vec<()>) {}

fn caught() -> Option<i32> {
    match SIGNAL.load(Ordering::SeqCst) {
        0 => None,
        s => Some(s as i32),
    }
}

/// How often the watchdog looks at the terminal.
const WATCH: Duration = Duration::from_millis(300);

/// Starts the watchdog: every [`WATCH`] it checks that standard input and output are
/// still a terminal (on a hung-up tty `tcgetattr` fails, so `is_terminal` turns false)
/// and, if not, ends the process with the exit code `exit_code` gives [`Ended::Hangup`].
/// There is nothing to save (nothing is ever stored) and no terminal to restore. It also
/// ends the process if a signal was caught and the loop has not acted on it within a
/// second (the loop is stuck in a read that never returns). Stops when `stop` is set.
fn watchdog(stop: std::sync::Arc<AtomicBool>, exit_code: fn(&Ended) -> i32) {
    let spawned = std::thread::Builder::new().name("tty-watchdog".into()).spawn(move || {
        let mut signalled = 0u32;
        while !stop.load(Ordering::SeqCst) {
            std::thread::sleep(WATCH);
            if stop.load(Ordering::SeqCst) {
                return;
            }
            if !io::stdin().is_terminal() || !stdout().is_terminal() {
                std::process::exit(exit_code(&Ended::Hangup));
            }
            if let Some(s) = caught() {
                signalled += 1;
                if signalled * (WATCH.as_millis() as u32) >= 1000 {
                    restore();
                    std::process::exit(exit_code(&Ended::Signal(s)));
                }
            }
        }
    });
    // Without the thread the program still works; it only cannot notice a lost terminal.
    drop(spawned);
}

/// How the loop ended.
enum End {
    /// Quit; with the summary to print once the screen is restored (`u`).
    Quit(Option<String>),
    Signal(i32),
}

fn event_loop(c: &Checked, lang: Lang, opts: Options, first_frame_out: impl FnOnce()) -> io::Result<End> {
    let mut first_frame_out = Some(first_frame_out);
    // A frame goes out in one write: the terminal draws it at once, not in pieces.
    let mut out = io::BufWriter::with_capacity(1 << 16, Tty(stdout()));
    let _guard = Guard::enter(&mut out)?;
    let mut term = Screen::new(CrosstermBackend::new(out))?;
    let size = term.known_size();
    let test_panic = opts.test_panic.clone();
    let mut app = App::new(&c.model, &c.texts, lang, !opts.no_color, size.width, size.height);
    app.discreet = opts.discreet;
    app.local_ignored = opts.local_ignored;
    app.local_cleaned = opts.local_cleaned;
    app.pack_refused = opts.pack_refused;
    match opts.play {
        Some(s) if opts.teach => app.play_teaching(s),
        Some(s) => app.play(s),
        None => {}
    }
    // Draw only when an update changed something (and at the start); clear the terminal
    // first when an effect asked for it.
    let mut dirty = true;
    let mut clear = false;
    loop {
        if let Some(s) = caught() {
            return Ok(End::Signal(s));
        }
        match job_control(true) {
            Job::Stop => {
                suspend()?;
                clear = true;
            }
            Job::Continue => {
                reenter()?;
                clear = true;
            }
            Job::None => {}
        }
        if clear {
            clear = false;
            term.clear(Size::new(app.width, app.height))?;
            dirty = true;
        }
        if dirty {
            // At the size the app was laid out for: the terminal is asked below, once
            // the frame is out.
            term.draw(&app)?;
            if let Some(f) = first_frame_out.take() {
                f();
            }
            // A test hook and nothing else ([`Options::test_panic`]): a panic once the
            // first frame is out, so that tests/tui_pty.rs can show the panic hook gives
            // the terminal back.
            if let Some(msg) = &test_panic {
                std::panic::panic_any(msg.clone());
            }
        }
        // Lay out again if the terminal has another size now (some resizes come without
        // an event), and draw before waiting.
        let size = term.size()?;
        if (size.width, size.height) != (app.width, app.height) {
            app.update(Action::Resize(size.width, size.height));
            dirty = true;
            continue;
        }
        dirty = false;
        // Wait for input, waking now and then to notice a signal or a stop.
        let ready = loop {
            wake_reader_if_input_waits();
            if event::poll(TICK)? {
                break true;
            }
            if let Some(s) = caught() {
                return Ok(End::Signal(s));
            }
            if job_control(false) != Job::None {
                break false;
            }
        };
        if !ready {
            continue;
        }
        // This event and every one already waiting (a burst of resizes, the rest of a
        // paste), then one draw.
        loop {
            let ev = event::read()?;
            let effect = match &ev {
                event::Event::Paste(text) => app.paste(text),
                ev => match input::event(ev, app.context()) {
                    Some(a) => app.update(a),
                    None => Effect::None,
                },
            };
            dirty |= effect != Effect::None;
            match effect {
                Effect::None | Effect::Redraw => {}
                Effect::Clear => clear = true,
                Effect::Quit(print) => return Ok(End::Quit(print)),
                Effect::Suspend => {
                    suspend()?;
                    clear = true;
                    break;
                }
                // The one thing the update asks of the outside world beyond drawing.
                Effect::Save { save, replace } => {
                    // `~/notes.txt` is in the home folder, as in a shell.
                    let file = crate::export::expand_home(save.path(), crate::export::home().as_deref());
                    // The update asks for a save only with something to write (the tui
                    // fuzz target checks it); were there nothing, nothing is said saved.
                    if let Some(text) = save.text(&app) {
                        let result = crate::export::write(&file, &text, replace);
                        app.saved(save, result);
                    }
                }
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}

/// How a full-screen session ended; the caller alone turns it into an exit code and a
/// message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// The user quit; with the summary to print on the restored terminal (`u`).
    Quit(Option<String>),
    /// A signal (its number) asked us to stop.
    Signal(i32),
    /// The terminal went away (a closed window): only the watchdog sees this, and it
    /// ends the process with the code for it at once.
    Hangup,
    /// The terminal failed: what to tell the user (`tui-err-terminal` with the detail).
    TerminalFailed(Msg),
}

/// Runs the full-screen walk-through until the user quits; returns how it ended. When
/// the terminal goes away, or a signal is not acted on in time, the watchdog ends the
/// process with the code `exit_code` gives for it (nothing is ever stored).
pub fn run(c: &Checked, lang: Lang, opts: Options, exit_code: fn(&Ended) -> i32) -> Ended {
    let ids = watch_signals();
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    // The watchdog starts once the first frame is out (it is not needed before, and a
    // thread costs the start a little).
    let watch = || watchdog(std::sync::Arc::clone(&stop), exit_code);
    let end = event_loop(c, lang, opts, watch);
    stop.store(true, Ordering::SeqCst);
    // The guard has restored the terminal by now.
    unwatch_signals(ids);
    match end {
        Ok(End::Quit(print)) => Ended::Quit(print),
        Ok(End::Signal(s)) => Ended::Signal(s),
        // A hang-up can make the terminal fail before the loop sees the signal: the
        // signal is the news, and there is nobody to tell about the failure.
        Err(e) => match caught() {
            Some(s) => Ended::Signal(s),
            None => Ended::TerminalFailed(Msg::new("tui-err-terminal").arg("detail", e.to_string())),
        },
    }
}
