//! The program: parse the command line, pick the language, load, hand over to the
//! subcommand. Returns the exit code: 0 fine, 1 findings (check), 2 cannot run.

use crate::cli::{self, Cmd};
use crate::diag;
use crate::engine::Session;
use crate::flow::{self, CannotRun, Checked, Input, LocalIgnored};
use crate::i18n::{Lang, Msg, Texts};
use crate::tui::Ended;
use crate::walk::{self, Mode};
use clap::FromArgMatches;
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

pub const EXIT_OK: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_CANNOT_RUN: u8 = 2;
/// The full-screen walk-through's terminal went away (a closed window): like SIGHUP.
pub const EXIT_HANGUP: u8 = 129;

/// How a subcommand ended. [`exit_code`] is the one place that turns it into a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done; nothing more to say.
    Fine,
    /// `check` found errors (it has shown them).
    Findings,
    /// It could not run: with the message to show on standard error, if there is one
    /// still to show (some are shown where they arise, next to what they are about).
    CannotRun(Option<String>),
    /// A signal (its number) stopped the full-screen walk-through.
    Signal(i32),
    /// The full-screen walk-through's terminal went away.
    Hangup,
}

/// The exit code for how a subcommand ended: 0 fine, 1 findings, 2 cannot run, 128 + the
/// number for a signal, 129 for a lost terminal (as for SIGHUP).
pub fn exit_code(o: &Outcome) -> u8 {
    match o {
        Outcome::Fine => EXIT_OK,
        Outcome::Findings => EXIT_FINDINGS,
        Outcome::CannotRun(_) => EXIT_CANNOT_RUN,
        Outcome::Signal(s) => u8::try_from(128 + s).unwrap_or(u8::MAX),
        Outcome::Hangup => EXIT_HANGUP,
    }
}

/// How the full-screen walk-through ended, as an outcome (no message: the caller adds it).
fn tui_outcome(e: &Ended) -> Outcome {
    match e {
        Ended::Quit(_) => Outcome::Fine,
        Ended::Signal(s) => Outcome::Signal(*s),
        Ended::Hangup => Outcome::Hangup,
        Ended::TerminalFailed(_) => Outcome::CannotRun(None),
    }
}

/// For the TUI's watchdog, which must end the process itself.
fn tui_exit_code(e: &Ended) -> i32 {
    i32::from(exit_code(&tui_outcome(e)))
}

/// Colour for diagnostics: on a terminal, unless NO_COLOR is set or --no-color given.
pub fn use_color(no_color_flag: bool, is_tty: bool) -> bool {
    is_tty && !no_color_flag && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// `veiviser: …` around a message.
fn error_line(texts: &Texts, lang: Lang, msg: &Msg) -> String {
    texts.fmt(lang, "cli-error", &[("message", &texts.msg(lang, msg))])
}

fn cannot_run(texts: &Texts, lang: Lang, e: &CannotRun) -> Outcome {
    Outcome::CannotRun(Some(error_line(texts, lang, &e.message())))
}

/// Loads and checks for a command that needs a clean flow set; on errors, shows them
/// and says how to see them again. A broken local contact directory is left out: the
/// second value says where it is. The bundled set alone (`bundled`: no `--flows` or
/// `--locales`, and no local contact file read) is taken as it was built, unchecked: the
/// tests check it.
fn checked(
    input: &Input,
    unreadable: Option<String>,
    bundled: bool,
    texts: &Texts,
    lang: Lang,
    color: bool,
) -> Result<(Checked, Option<LocalIgnored>), Outcome> {
    if bundled
        && input.local_contacts.is_none()
        && let Some(c) = flow::load_embedded()
    {
        return Ok((c, unreadable.map(|path| LocalIgnored { path })));
    }
    match flow::load_checked_local(input, unreadable) {
        Ok(c) => Ok(c),
        Err((files, diags)) => {
            let errs: Vec<_> = diags.into_iter().filter(|d| d.is_error()).collect();
            let mut err = std::io::stderr().lock();
            let _ = diag::render(&files, &errs, texts, lang, color, &mut err);
            let _ = writeln!(err, "{}", texts.get(lang, "cli-err-flows-broken"));
            Err(Outcome::CannotRun(None))
        }
    }
}

/// The width for `walk --plain`: the terminal's (at most 100, a readable column), else
/// `COLUMNS`, else 80.
fn plain_width(tty: bool) -> usize {
    let cols = if tty { ratatui::crossterm::terminal::size().ok().map(|(w, _)| usize::from(w)) } else { None };
    let cols = cols.or_else(|| std::env::var("COLUMNS").ok().and_then(|v| v.trim().parse().ok()));
    cols.map_or(80, |w: usize| w.saturating_sub(1).clamp(20, 100))
}

/// `walk --export FILE`: the summary, written when it is reached.
struct ExportTo(Option<std::path::PathBuf>);

impl walk::OnSummary for ExportTo {
    fn done(&mut self, session: &Session, texts: &Texts) -> Result<(), (String, String)> {
        let Some(p) = &self.0 else { return Ok(()) };
        match crate::export::write(p, &walk::summary_text(session, texts), false) {
            Ok(()) => Ok(()),
            Err(e) => {
                let (id, path, detail) = e.message();
                Err((id.to_string(), if detail.is_empty() { path } else { format!("{path}: {detail}") }))
            }
        }
    }
}

/// What the user is told when the local contact directory was left out.
pub fn local_notice(texts: &Texts, lang: Lang, n: &LocalIgnored) -> String {
    crate::view::local_notice(texts, lang, &n.path)
}

/// The program: returns the exit code. Parses the command line, loads, and hands over
/// to the subcommand; how that ended is said and turned into an exit code here.
pub fn run(args: Vec<OsString>) -> ExitCode {
    let tool = Texts::tool();
    let pre_lang = cli::prescan_lang(&args).unwrap_or_else(Lang::from_env);
    let outcome = dispatch(&args, &tool, pre_lang);
    if let Outcome::CannotRun(Some(msg)) = &outcome {
        eprintln!("{msg}");
    }
    ExitCode::from(exit_code(&outcome))
}

/// The command line is clap's to report on: its message, then 0 for help and version,
/// else 2.
fn clap_error(e: &clap::Error) -> Outcome {
    let _ = e.print();
    match e.kind() {
        clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => Outcome::Fine,
        _ => Outcome::CannotRun(None),
    }
}

/// Parses, loads, and runs the subcommand.
fn dispatch(args: &[OsString], tool: &Texts, pre_lang: Lang) -> Outcome {
    let matches = match cli::command(tool, pre_lang).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return clap_error(&e),
    };
    let cli = match cli::Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_error(&e),
    };
    let lang: Lang = cli.lang.map(Lang::from).unwrap_or(pre_lang);
    let base = match Input::from_dirs(cli.flows.as_deref(), cli.locales.as_deref()) {
        Ok(i) => i,
        Err(e) => return cannot_run(tool, lang, &e),
    };
    let bundled = cli.flows.is_none() && cli.locales.is_none();
    let ctx = Ctx { tool, lang, no_color: cli.no_color, discreet: cli.discreet, bundled };
    match cli.cmd {
        // `check` reports on the local contact directory; the commands that walk leave a
        // broken one out and say so (`checked` above).
        Some(Cmd::Check) => match base.with_local_contacts(cli.contacts.as_deref()) {
            Ok(input) => check(&ctx, &input),
            Err(e) => cannot_run(tool, lang, &e),
        },
        Some(Cmd::List) => list(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref())),
        Some(Cmd::Walk { flow, plain, json, format, export }) => {
            let mode = match cli::walk_mode(plain, json, format) {
                Ok(m) => m,
                Err(msg) => {
                    let mut cmd = cli::command(tool, pre_lang);
                    cmd.build();
                    let e = match cmd.find_subcommand_mut("walk") {
                        Some(w) => w.error(clap::error::ErrorKind::ArgumentConflict, tool.msg(pre_lang, &msg)),
                        None => cmd.error(clap::error::ErrorKind::ArgumentConflict, tool.msg(pre_lang, &msg)),
                    };
                    return clap_error(&e);
                }
            };
            let w = WalkArgs { flow, mode, export };
            walk(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()), w)
        }
        None => tui(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref())),
    }
}

/// What every subcommand gets from the command line besides its own arguments.
struct Ctx<'t> {
    /// The tool's own texts (before the flow set's are loaded).
    tool: &'t Texts,
    lang: Lang,
    no_color: bool,
    discreet: bool,
    /// No `--flows` and no `--locales`: the bundled set (see [`checked`]).
    bundled: bool,
}

/// The input, and where a local contact directory that was left out is (if one was).
type Loaded = (Input, Option<String>);

/// `veiviser check`: the diagnostics on standard output; findings are exit 1.
fn check(ctx: &Ctx, input: &Input) -> Outcome {
    let loaded = flow::load::load(input);
    let diags = flow::check::check(&loaded);
    let texts = Texts::with(&loaded.ftl.iter().map(|(_, f)| f.clone()).collect::<Vec<_>>());
    let mut out = std::io::stdout().lock();
    let color = use_color(ctx.no_color, std::io::stdout().is_terminal());
    if diag::render(&loaded.files, &diags, &texts, ctx.lang, color, &mut out).is_err() {
        return Outcome::CannotRun(None);
    }
    if diags.iter().any(|d| d.is_error()) { Outcome::Findings } else { Outcome::Fine }
}

/// `veiviser list`: the flows, the whole case marked.
fn list(ctx: &Ctx, (input, unreadable): Loaded) -> Outcome {
    let lang = ctx.lang;
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, ignored) = match checked(&input, unreadable, ctx.bundled, ctx.tool, lang, color) {
        Ok(c) => c,
        Err(o) => return o,
    };
    let mut out = std::io::stdout().lock();
    if let Some(n) = &ignored {
        let _ = writeln!(out, "{}\n", local_notice(&c.texts, lang, n));
    }
    let width = c.set.flows.iter().map(|f| f.id.len()).max().unwrap_or(0);
    let mut flows: Vec<_> = c.set.flows.iter().collect();
    flows.sort_by_key(|f| (f.menu.unwrap_or(u32::MAX), f.id.clone()));
    for f in flows {
        let mark = if f.case { "*" } else { " " };
        let line = format!("{mark} {:width$}  {}", f.id, c.texts.get(lang, &f.title));
        let _ = writeln!(out, "{}", crate::safe::visible(&line));
    }
    let _ = writeln!(out, "\n{}", c.texts.fmt(lang, "ui-version", &[("version", &c.set.version)]));
    let _ = writeln!(out, "{}", c.texts.get(lang, "cli-list-case-mark"));
    Outcome::Fine
}

/// `veiviser walk`'s own arguments.
struct WalkArgs {
    flow: Option<String>,
    mode: Mode,
    export: Option<std::path::PathBuf>,
}

/// `veiviser walk`: one step at a time on standard input and output.
fn walk(ctx: &Ctx, (input, unreadable): Loaded, args: WalkArgs) -> Outcome {
    let (tool, lang) = (ctx.tool, ctx.lang);
    // Refuse an existing file before the walk, not after it.
    if let Some(p) = &args.export
        && crate::export::exists(p)
    {
        let msg = Msg::new("export-err-exists").arg("path", p.display().to_string());
        return Outcome::CannotRun(Some(error_line(tool, lang, &msg)));
    }
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, ignored) = match checked(&input, unreadable, ctx.bundled, tool, lang, color) {
        Ok(c) => c,
        Err(o) => return o,
    };
    let notices: Vec<walk::Notice> = ignored
        .iter()
        .map(|n| walk::Notice {
            id: "local-contacts-ignored",
            message: local_notice(&c.texts, lang, n),
            path: Some(n.path.clone()),
        })
        .collect();
    let Some(flow_id) = args.flow.or_else(|| c.set.case_flow().map(|f| f.id.clone())) else {
        return Outcome::CannotRun(Some(tool.get(lang, "cli-err-no-case")));
    };
    let mut session = match Session::start(&c.set, &flow_id, lang) {
        Ok(s) => s,
        Err(e) => return Outcome::CannotRun(Some(tool.msg(lang, &e.message()))),
    };
    session.set_discreet(ctx.discreet);
    let stdout_tty = std::io::stdout().is_terminal();
    let lay = walk::Layout { width: plain_width(stdout_tty) };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::stdout().lock();
    let mut on_summary = ExportTo(args.export);
    let setup = walk::Setup { layout: lay, notices: &notices, on_summary: &mut on_summary };
    match walk::run_with(&mut session, &c.texts, args.mode, setup, &mut input, &mut out) {
        Ok(_) => Outcome::Fine,
        // A closed pipe on the output: nothing more to say, and nobody to say it to.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Fine,
        Err(e) => Outcome::CannotRun(Some(tool.fmt(lang, "cli-err-io", &[("detail", &e.to_string())]))),
    }
}

/// `veiviser` alone: the full-screen walk-through, on a terminal only.
fn tui(ctx: &Ctx, (input, unreadable): Loaded) -> Outcome {
    let (tool, lang) = (ctx.tool, ctx.lang);
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Outcome::CannotRun(Some(tool.get(lang, "cli-err-no-tty")));
    }
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, ignored) = match checked(&input, unreadable, ctx.bundled, tool, lang, color) {
        Ok(c) => c,
        Err(o) => return o,
    };
    let no_color = ctx.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let opts = crate::tui::Options { no_color, discreet: ctx.discreet, local_ignored: ignored.map(|n| n.path) };
    match crate::tui::run(&c, lang, opts, tui_exit_code) {
        Ended::Quit(Some(text)) => {
            // Asked for: the summary on the restored terminal, through the one writer that
            // makes control characters harmless.
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{}", crate::safe::visible(&text)) {
                Ok(()) => Outcome::Fine,
                Err(_) => Outcome::CannotRun(None),
            }
        }
        Ended::TerminalFailed(msg) => Outcome::CannotRun(Some(c.texts.msg(lang, &msg))),
        e => tui_outcome(&e),
    }
}
