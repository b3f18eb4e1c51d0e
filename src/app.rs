//! The program: parse the command line, pick the language, load, hand over to the
//! subcommand. Returns the exit code: 0 fine, 1 findings (check), 2 cannot run.

use crate::cli::{self, Cmd, ExportFormat, PackCmd, ScenarioCmd};
use crate::diag;
use crate::engine::Session;
use crate::flow::load::RawFile;
use crate::flow::{self, CannotRun, Checked, Input, LocalIgnored};
use crate::guidance::{self, Day, Guidance, Origin};
use crate::i18n::{FtlFile, FtlText, Lang, Msg, Texts};
use crate::tui::Ended;
use crate::walk::{self, Mode};
use clap::{CommandFactory, FromArgMatches};
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub const EXIT_OK: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_CANNOT_RUN: u8 = 2;
/// `walk` stopped before the summary: the input ended, or `quit`.
pub const EXIT_STOPPED: u8 = 3;
/// The full-screen walk-through's terminal went away (a closed window): like SIGHUP.
pub const EXIT_HANGUP: u8 = 129;
/// A bug: a panic (Rust's own code for one).
pub const EXIT_PANIC: u8 = 101;

/// Makes a panic end the process with [`EXIT_PANIC`] once the message is out (and, in
/// the full-screen walk-through, once the terminal is back: that hook runs first). The
/// release build does not unwind (`panic = "abort"` in Cargo.toml, for size); this exit
/// comes before the abort would, so a panic never dumps core (a core file would hold
/// the session) nor reaches a crash reporter, and the exit code is the same in every
/// build. For the binary only: tests that expect a panic must keep theirs.
pub fn exit_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        std::process::exit(i32::from(EXIT_PANIC));
    }));
}

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
    /// `walk` stopped before it reached the summary (the input ended, or `quit`).
    Stopped,
    /// A signal (its number) stopped the full-screen walk-through.
    Signal(i32),
    /// The full-screen walk-through's terminal went away.
    Hangup,
}

/// The exit code for how a subcommand ended: 0 fine, 1 findings, 2 cannot run, 3 a walk
/// that stopped before its summary, 128 + the
/// number for a signal, 129 for a lost terminal (as for SIGHUP).
pub fn exit_code(o: &Outcome) -> u8 {
    match o {
        Outcome::Fine => EXIT_OK,
        Outcome::Findings => EXIT_FINDINGS,
        Outcome::CannotRun(_) => EXIT_CANNOT_RUN,
        Outcome::Stopped => EXIT_STOPPED,
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
        return Ok((c, unreadable.map(LocalIgnored::left_out)));
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

/// `walk --export FILE`: the summary, written when it is reached; discreet when the walk
/// is (`--discreet`), unless `--export-full` asks for the full text.
struct ExportTo(Option<std::path::PathBuf>, bool);

impl walk::OnSummary for ExportTo {
    fn done(&mut self, session: &Session, texts: &Texts, lang: Lang) -> Result<(), Msg> {
        let Some(p) = &self.0 else { return Ok(()) };
        let discreet = session.discreet() && !self.1;
        crate::export::write(p, &walk::summary_text_as(session, texts, lang, discreet), false).map_err(|e| e.msg())
    }
}

/// What the user is told when the local contact directory was left out (its path, from
/// the command line or the environment, made harmless).
pub fn local_notice(texts: &Texts, lang: Lang, n: &LocalIgnored) -> String {
    let text = if n.cleaned {
        crate::view::local_cleaned_notice(texts, lang, &n.path)
    } else {
        crate::view::local_notice(texts, lang, &n.path)
    };
    crate::safe::visible(&text).into_owned()
}

/// The program: returns the exit code. Parses the command line, loads, and hands over
/// to the subcommand; how that ended is said and turned into an exit code here.
pub fn run(args: Vec<OsString>) -> ExitCode {
    let tool = Texts::tool();
    // The language to speak before the set (and its languages) is loaded: the one asked
    // for if the tool's own messages have it, else the environment's.
    let have = tool.langs();
    let pre_lang =
        cli::prescan_lang(&args).and_then(|c| Lang::pick(&c, &have)).unwrap_or_else(|| Lang::from_env(&have));
    let outcome = dispatch(&args, &tool, pre_lang);
    // A message may quote what was typed (a flow id, a path, a language code): made
    // harmless like everything else that reaches a terminal.
    if let Outcome::CannotRun(Some(msg)) = &outcome {
        eprintln!("{}", crate::safe::visible(msg));
    }
    ExitCode::from(exit_code(&outcome))
}

/// The command line is clap's to report on: its message, then 0 for help and version,
/// else 2. Help and the version are the tool's own words (clap prints them, in colour on
/// a terminal); a mistake quotes what was typed (`--format $'\e]52;c;…\a'`), so its
/// message goes out as plain text through the one writer that makes control characters
/// harmless.
fn clap_error(e: &clap::Error, tool: &Texts, lang: Lang) -> Outcome {
    use clap::error::{ContextKind, ErrorKind};
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            Outcome::Fine
        }
        kind => {
            // A mistake: said in the chosen language only (clap's own words are English),
            // with what was typed quoted, then where to find help.
            let ctx = |k: ContextKind| e.get(k).map(|v| v.to_string()).unwrap_or_default();
            let arg = ctx(ContextKind::InvalidArg);
            let msg = match kind {
                ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                    let valid = ctx(ContextKind::ValidValue);
                    let id = if valid.is_empty() { "cli-err-invalid-value-any" } else { "cli-err-invalid-value" };
                    Msg::new(id).arg("value", ctx(ContextKind::InvalidValue)).arg("arg", arg).arg("valid", valid)
                }
                ErrorKind::UnknownArgument => Msg::new("cli-err-unknown-arg").arg("arg", arg),
                ErrorKind::InvalidSubcommand => {
                    let cmd = cli::Cli::command();
                    let valid: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
                    Msg::new("cli-err-unknown-cmd")
                        .arg("arg", ctx(ContextKind::InvalidSubcommand))
                        .arg("valid", valid.join(", "))
                }
                ErrorKind::ArgumentConflict => {
                    Msg::new("cli-err-conflict").arg("arg", arg).arg("other", ctx(ContextKind::PriorArg))
                }
                ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => {
                    Msg::new("cli-err-missing").arg("arg", arg)
                }
                _ => Msg::new("cli-err-bad-usage"),
            };
            let text = format!("{}\n{}", error_line(tool, lang, &msg), tool.get(lang, "cli-err-try-help"));
            Outcome::CannotRun(Some(crate::safe::visible(&text).into_owned()))
        }
    }
}

/// `veiviser help [COMMAND...]` is `veiviser [COMMAND...] --help`: the options before
/// `help` stay where they are.
fn help_as_flag(args: &[OsString]) -> Vec<OsString> {
    const VALUED: [&str; 4] = ["--lang", "--flows", "--locales", "--contacts"];
    let mut i = 1;
    while i < args.len() {
        let a = args[i].to_string_lossy();
        if VALUED.contains(&a.as_ref()) {
            i += 2;
            continue;
        }
        if a.starts_with('-') {
            i += 1;
            continue;
        }
        break;
    }
    if args.get(i).is_some_and(|a| a == "help") {
        let mut v: Vec<OsString> = args[..i].to_vec();
        v.extend(args[i + 1..].iter().cloned());
        v.push("--help".into());
        return v;
    }
    args.to_vec()
}

/// Parses, loads, and runs the subcommand.
fn dispatch(args: &[OsString], tool: &Texts, pre_lang: Lang) -> Outcome {
    // The arguments are read first by the bare command, which needs no words; only help,
    // the version and a mistake need the command in the user's language (its words come
    // from Fluent, which costs a parse of the tool's messages at every start).
    let args = &help_as_flag(args);
    let matches = match cli::Cli::command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(_) => match cli::command(tool, pre_lang).try_get_matches_from(args) {
            Ok(m) => m,
            Err(e) => return clap_error(&e, tool, pre_lang),
        },
    };
    let cli = match cli::Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_error(&e, tool, pre_lang),
    };
    let lang = pre_lang;
    let as_of = match cli.as_of.as_deref().map(|d| (d, Day::parse(d))) {
        None => Day::today(),
        Some((_, Some(day))) => day,
        Some((given, None)) => {
            return Outcome::CannotRun(Some(error_line(tool, lang, &Msg::new("cli-err-as-of").arg("date", given))));
        }
    };
    let mut base = match Input::from_dirs(cli.flows.as_deref(), cli.locales.as_deref()) {
        Ok(i) => i,
        Err(e) => return cannot_run(tool, lang, &e),
    };
    // A contact file named on the command line must be there (the default one may be
    // missing: it is optional).
    if let Some(p) = cli.contacts.as_deref()
        && !p.exists()
    {
        let msg = Msg::new("cli-err-no-contacts").arg("path", p.display().to_string());
        return Outcome::CannotRun(Some(crate::safe::visible(&error_line(tool, lang, &msg)).into_owned()));
    }
    let mut bundled = cli.flows.is_none() && cli.locales.is_none();
    let mut origin = if bundled { Origin::Bundled } else { Origin::Folder };
    let mut pack = None;
    let mut pack_refused = None;
    // A pack replaces the bundled guidance only when it verifies; else it is refused,
    // said so, and the bundled guidance is used: the tool never stops for it.
    if let Some(path) = &cli.pack {
        match open_pack(path, cli.contacts.as_deref(), cli.allow_older_pack) {
            Ok((input, g)) => {
                base = input;
                bundled = false;
                origin = g.origin.clone();
                pack = Some(g);
            }
            Err(why) => {
                let why = tool.msg(lang, &why);
                let refused = crate::safe::visible(&tool.fmt(lang, "pack-refused", &[("why", &why)])).into_owned();
                eprintln!("{refused}");
                pack_refused = Some(refused);
            }
        }
    }
    let ctx = Ctx {
        tool,
        lang,
        asked: cli.lang.clone(),
        no_color: cli.no_color,
        discreet: cli.discreet,
        bundled,
        origin,
        pack,
        pack_refused: std::cell::RefCell::new(pack_refused),
        as_of,
    };
    if matches.try_get_one::<bool>("version").ok().flatten() == Some(&true) {
        return version(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()));
    }
    match cli.cmd {
        Some(Cmd::Pack { cmd: PackCmd::Verify { path, trust_key } }) => pack_verify(&ctx, &path, trust_key.as_deref()),
        // `check` reports on the local contact directory; the commands that walk leave a
        // broken one out and say so (`checked` above).
        Some(Cmd::Check) => match base.with_local_contacts(cli.contacts.as_deref()) {
            Ok(input) => check(&ctx, input),
            Err(e) => cannot_run(tool, lang, &e),
        },
        Some(Cmd::List) => list(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref())),
        Some(Cmd::Walk { flow, plain, json, format, export, export_full }) => {
            let mode = match cli::walk_mode(plain, json, format) {
                Ok(m) => m,
                Err(msg) => {
                    let text =
                        format!("{}\n{}", error_line(tool, pre_lang, &msg), tool.get(pre_lang, "cli-err-try-help"));
                    return Outcome::CannotRun(Some(text));
                }
            };
            let w = WalkArgs { flow, mode, export, export_full };
            walk(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()), w)
        }
        // The local contact directory plays no part in where a scenario goes: left out.
        Some(Cmd::Scenario { cmd: ScenarioCmd::Check { files, coverage } }) => {
            scenario_check(&ctx, &base, &files, coverage)
        }
        Some(Cmd::Scenario { cmd: ScenarioCmd::Run { scenario } }) => {
            scenario_run(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()), &scenario)
        }
        Some(Cmd::Export { format, flow, output, coverage }) => {
            let what = ExportArgs { format, flow, output, coverage };
            export(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()), what)
        }
        Some(Cmd::Paths { flow, max, output }) => {
            paths(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()), flow, max, output)
        }
        Some(Cmd::Schema { output }) => schema(&ctx, output),
        Some(Cmd::Slip { lang_of_person, output }) => {
            slip(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()), &lang_of_person, output)
        }
        None => tui(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref())),
    }
}

/// What every subcommand gets from the command line besides its own arguments.
struct Ctx<'t> {
    /// The tool's own texts (before the flow set's are loaded).
    tool: &'t Texts,
    /// The language to speak until the set is loaded ([`Ctx::lang_for`] then).
    lang: Lang,
    /// `--lang`, as given.
    asked: Option<String>,
    no_color: bool,
    discreet: bool,
    /// No `--flows` and no `--locales`: the bundled set (see [`checked`]).
    bundled: bool,
    /// Where the guidance comes from (a pack that verified, folders, or bundled).
    origin: Origin,
    /// The pack in use: its dates and origin (its manifest's).
    pack: Option<Guidance>,
    /// A pack that was refused, and why (the start screen says it too).
    pack_refused: std::cell::RefCell<Option<String>>,
    /// The day the review-by date is judged against (`--as-of`, else today).
    as_of: Day,
}

impl Ctx<'_> {
    /// The language once the set is loaded: `--lang` if the set has it (an error if
    /// not), else the environment's among the set's languages.
    fn lang_for(&self, texts: &Texts) -> Result<Lang, Outcome> {
        let have = texts.langs();
        match &self.asked {
            None => Ok(if have.contains(&self.lang) { self.lang } else { Lang::from_env(&have) }),
            Some(code) => Lang::pick(code, &have).ok_or_else(|| {
                let langs = have.iter().map(|l| l.code().to_string()).collect::<Vec<_>>().join(", ");
                let msg = Msg::new("cli-err-no-lang").arg("lang", code.as_str()).arg("langs", langs);
                Outcome::CannotRun(Some(error_line(self.tool, self.lang, &msg)))
            }),
        }
    }
}

/// The input, and where a local contact directory that was left out is (if one was).
type Loaded = (Input, Option<String>);

/// `veiviser check`: the diagnostics on standard output; findings are exit 1.
fn check(ctx: &Ctx, input: Input) -> Outcome {
    let loaded = flow::load::load(input);
    let diags = flow::check::check(&loaded);
    // What is shown is the tool's own messages (the findings' texts): the set's other
    // files stand in empty, for their languages, so that a large set is not indexed to
    // print its count line.
    let shown: Vec<FtlFile> = loaded
        .ftl
        .iter()
        .map(|(_, f)| if f.is_tool() { f.clone() } else { FtlFile { text: FtlText::Static(""), ..f.clone() } })
        .collect();
    let set_texts = Texts::with(&shown);
    let (texts, lang) = match ctx.lang_for(&set_texts) {
        Ok(l) => (&set_texts, l),
        // The language asked for is missing because its files did not load (not UTF-8,
        // say): the findings say why, in that language, from the tool's own messages
        // (tests/malformed.rs: this was exit 2, "no such language", and no finding).
        Err(o) => match ctx.lang_for(ctx.tool) {
            Ok(l) if diags.iter().any(diag::Diag::is_error) => (ctx.tool, l),
            _ => return o,
        },
    };
    let mut out = std::io::stdout().lock();
    let color = use_color(ctx.no_color, std::io::stdout().is_terminal());
    match diag::render(&loaded.files, &diags, texts, lang, color, &mut out) {
        // A closed pipe on the output (`veiviser check | head -1`): nobody to tell, and
        // the check itself went as it went: exit 0 for a clean set, as for the other
        // commands, 1 for findings.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Outcome::CannotRun(None),
        _ => {}
    }
    if diags.iter().any(|d| d.is_error()) { Outcome::Findings } else { Outcome::Fine }
}

/// `veiviser list`: the flows, the whole case marked.
fn list(ctx: &Ctx, (input, unreadable): Loaded) -> Outcome {
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, ignored, lang) = match checked_in_lang(ctx, &input, unreadable, color) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let mut out = std::io::stdout().lock();
    if let Some(n) = &ignored {
        let _ = writeln!(out, "{}\n", local_notice(&c.texts, lang, n));
    }
    let width = c.model.flows.iter().map(|f| f.id.len()).max().unwrap_or(0);
    let mut flows: Vec<_> = c.model.flows.iter().collect();
    flows.sort_by_key(|f| (f.menu.unwrap_or(u32::MAX), f.id.clone()));
    for f in flows {
        let mark = if f.case { "*" } else { " " };
        let line = format!("{mark} {:width$}  {}", f.id, c.texts.get(lang, &f.title));
        let _ = writeln!(out, "{}", crate::safe::visible(&line));
    }
    let version = crate::view::guidance_text(&c.texts, lang, &c.model.set);
    let _ = writeln!(out, "\n{}", c.texts.fmt(lang, "ui-version", &[("version", &version)]));
    if let Some(o) = crate::view::overdue_text(&c.texts, lang, &c.model.set) {
        let _ = writeln!(out, "! {o}");
    }
    let _ = writeln!(out, "{}", c.texts.get(lang, "cli-list-case-mark"));
    Outcome::Fine
}

/// `veiviser walk`'s own arguments.
struct WalkArgs {
    flow: Option<String>,
    mode: Mode,
    export: Option<std::path::PathBuf>,
    /// `--export-full`: the full text even in discreet mode.
    export_full: bool,
}

/// `veiviser walk`: one step at a time on standard input and output.
fn walk(ctx: &Ctx, (input, unreadable): Loaded, args: WalkArgs) -> Outcome {
    let (tool, lang) = (ctx.tool, ctx.lang);
    // Refuse an existing file, and a folder that is not there or cannot be written in,
    // before the walk, not after it.
    if let Some(p) = &args.export {
        let refused = if crate::export::exists(p) {
            Some(Msg::new("export-err-exists").arg("path", p.display().to_string()))
        } else {
            crate::export::check_folder(p).err().map(|e| e.msg())
        };
        if let Some(msg) = refused {
            return Outcome::CannotRun(Some(error_line(tool, lang, &msg)));
        }
    }
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, ignored, lang) = match checked_in_lang(ctx, &input, unreadable, color) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let mut notices: Vec<walk::Notice> = ignored
        .iter()
        .map(|n| walk::Notice {
            id: if n.cleaned { "local-contacts-cleaned" } else { "local-contacts-ignored" },
            message: local_notice(&c.texts, lang, n),
            path: Some(n.path.clone()),
        })
        .collect();
    // Past the review-by date: said before the first step (and on every step).
    if let Some(o) = crate::view::overdue_text(&c.texts, lang, &c.model.set) {
        notices.push(walk::Notice { id: "guidance-overdue", message: o, path: None });
    }
    let Some(flow_id) = args.flow.or_else(|| c.model.case_flow().map(|f| f.id.clone())) else {
        return Outcome::CannotRun(Some(tool.get(lang, "cli-err-no-case")));
    };
    let mut session = match Session::start(&c.model, &flow_id) {
        Ok(s) => s,
        Err(e) => return Outcome::CannotRun(Some(tool.msg(lang, &e.message()))),
    };
    session.set_discreet(ctx.discreet);
    let stdout_tty = std::io::stdout().is_terminal();
    let lay = walk::Layout { width: plain_width(stdout_tty) };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::stdout().lock();
    let mut on_summary = ExportTo(args.export, args.export_full);
    let setup = walk::Setup { lang, layout: lay, notices: &notices, on_summary: &mut on_summary };
    match walk::run_with(&mut session, &c.texts, args.mode, setup, &mut input, &mut out) {
        // The summary was not written where it was asked for (the walk said why).
        Ok(walk::End::SummaryFailed) => Outcome::CannotRun(None),
        Ok(walk::End::Done) => Outcome::Fine,
        // Input ended (or `quit`) before the summary: a script can tell.
        Ok(walk::End::Quit) => Outcome::Stopped,
        // A closed pipe on the output: nothing more to say, and nobody to say it to.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Fine,
        Err(e) => Outcome::CannotRun(Some(tool.fmt(lang, "cli-err-io", &[("detail", &e.to_string())]))),
    }
}

/// `veiviser scenario check [FILES] [--coverage]`: replays every scenario shipped (or the
/// files given) on the flows, ok or what went another way for each; exit 1 when any
/// fails or a file is not a scenario, 2 when a file cannot be read or the flows are
/// broken.
fn scenario_check(ctx: &Ctx, input: &Input, files: &[std::path::PathBuf], coverage: bool) -> Outcome {
    use crate::scenario::{self, report};
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, _, lang) = match checked_in_lang(ctx, input, None, color) {
        Ok(x) => x,
        Err(o) => return o,
    };
    // A scenario carries its texts in the languages shipped; others fall back to the default.
    let langs = crate::i18n::embedded_langs();
    let (scenarios, bad) = if files.is_empty() {
        scenario::load_embedded(&langs)
    } else {
        match scenario::load_files(files, &langs) {
            Ok(x) => x,
            Err(e) => return Outcome::CannotRun(Some(error_line(&c.texts, lang, &e.msg))),
        }
    };
    let mut out = std::io::stdout().lock();
    let mut lines = Vec::new();
    for e in &bad {
        lines.extend(report::file_error_lines(&c.texts, lang, e));
    }
    let replays: Vec<_> = scenarios.iter().map(|s| scenario::replay(&c.model, s)).collect();
    for (s, r) in scenarios.iter().zip(&replays) {
        lines.extend(report::replay_lines(&c.texts, lang, s, r));
    }
    let n = scenarios.len() + bad.len();
    let ok = replays.iter().filter(|r| r.ok()).count();
    lines.push(String::new());
    lines.push(if n == 0 { c.texts.get(lang, "cli-scenario-none") } else { report::total_line(&c.texts, lang, ok, n) });
    if coverage {
        lines.push(String::new());
        lines.extend(report::coverage_lines(&c.texts, lang, &scenario::coverage(&c.model, &replays), scenarios.len()));
    }
    for l in lines {
        if writeln!(out, "{l}").is_err() {
            return Outcome::CannotRun(None);
        }
    }
    if ok == n { Outcome::Fine } else { Outcome::Findings }
}

/// `veiviser scenario run SCENARIO`: the scenario (a file, or the id of one shipped) in
/// the full-screen walk-through, a step a key. One that does not replay is reported as
/// `scenario check` would, and not played.
fn scenario_run(ctx: &Ctx, loaded: Loaded, which: &str) -> Outcome {
    use crate::scenario;
    let langs = crate::i18n::embedded_langs();
    let path = std::path::Path::new(which);
    let found = if path.is_file() {
        match scenario::load_files(&[path.to_path_buf()], &langs) {
            Ok((mut s, bad)) if bad.is_empty() && !s.is_empty() => Ok(s.remove(0)),
            Ok((_, bad)) => {
                Err(bad.iter().flat_map(|e| scenario::report::file_error_lines(ctx.tool, ctx.lang, e)).collect())
            }
            Err(e) => Err(vec![error_line(ctx.tool, ctx.lang, &e.msg)]),
        }
    } else {
        let (all, _) = scenario::load_embedded(&langs);
        match all.into_iter().find(|s| s.id == which) {
            Some(s) => Ok(s),
            None => {
                let msg = Msg::new("cli-scenario-no-such").arg("scenario", which);
                Err(vec![error_line(ctx.tool, ctx.lang, &msg)])
            }
        }
    };
    match found {
        Ok(s) => tui_with(ctx, loaded, Some(s)),
        Err(lines) => Outcome::CannotRun(Some(lines.join("\n"))),
    }
}

/// `veiviser` alone: the full-screen walk-through, on a terminal only.
fn tui(ctx: &Ctx, loaded: Loaded) -> Outcome {
    tui_with(ctx, loaded, None)
}

fn tui_with(ctx: &Ctx, (input, unreadable): Loaded, play: Option<crate::scenario::Scenario>) -> Outcome {
    let (tool, lang) = (ctx.tool, ctx.lang);
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Outcome::CannotRun(Some(tool.get(lang, "cli-err-no-tty")));
    }
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, ignored, lang) = match checked_in_lang(ctx, &input, unreadable, color) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let no_color = ctx.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if let Some(s) = &play {
        // A scenario that does not replay on these flows is reported, not played.
        let r = crate::scenario::replay(&c.model, s);
        if !r.ok() {
            let mut out = std::io::stdout().lock();
            for l in crate::scenario::report::replay_lines(&c.texts, lang, s, &r) {
                let _ = writeln!(out, "{l}");
            }
            return Outcome::Findings;
        }
    }
    // The test hook of tests/tui_pty.rs (docs/security.md, "Hostile input and faults"): it does
    // nothing but make the full-screen mode panic after its first frame.
    let test_panic = std::env::var_os("VEIVISER_TEST_PANIC")
        .filter(|v| v == "1")
        .map(|_| "VEIVISER_TEST_PANIC is set: a panic on purpose, after the first frame".to_string());
    let opts = crate::tui::Options {
        no_color,
        discreet: ctx.discreet,
        local_ignored: ignored.as_ref().filter(|n| !n.cleaned).map(|n| n.path.clone()),
        local_cleaned: ignored.filter(|n| n.cleaned).map(|n| n.path),
        pack_refused: ctx.pack_refused.borrow().clone(),
        play,
        test_panic,
    };
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

/// An `--output` file that is there already: refused before anything is loaded.
fn refuse_existing(ctx: &Ctx, output: &Option<PathBuf>) -> Result<(), Outcome> {
    match output {
        Some(p) if crate::export::exists(p) => {
            let msg = Msg::new("cli-output-exists").arg("path", p.display().to_string());
            Err(Outcome::CannotRun(Some(error_line(ctx.tool, ctx.lang, &msg))))
        }
        _ => Ok(()),
    }
}

/// Loads and checks for an export, and picks the language: a broken local contact
/// directory is left out, and said so on standard error (standard output is the export).
/// [`checked`], then the language to speak in: `--lang` if the set has it, else the
/// environment's among the set's languages.
fn checked_in_lang(
    ctx: &Ctx,
    input: &Input,
    unreadable: Option<String>,
    color: bool,
) -> Result<(Checked, Option<LocalIgnored>, Lang), Outcome> {
    let (mut c, ignored) = match &ctx.pack {
        // A pack whose flows or texts do not check is refused like one that does not
        // verify: said so, and the bundled guidance used.
        Some(_) => match flow::load_checked_local(input, unreadable.clone()) {
            Ok((mut c, ignored)) => {
                if let Some(g) = &ctx.pack {
                    c.model.set.guidance = g.clone();
                }
                (c, ignored)
            }
            Err(_) => {
                let why = ctx.tool.get(ctx.lang, "pack-err-check");
                let refused = ctx.tool.fmt(ctx.lang, "pack-refused", &[("why", &why)]);
                eprintln!("{refused}");
                *ctx.pack_refused.borrow_mut() = Some(refused);
                let mut b = Input::embedded();
                b.local_contacts = input.local_contacts.clone();
                let (mut c, ignored) = checked(&b, unreadable, true, ctx.tool, ctx.lang, color)?;
                c.model.set.guidance.origin = Origin::Bundled;
                (c, ignored)
            }
        },
        None => {
            let (mut c, ignored) = checked(input, unreadable, ctx.bundled, ctx.tool, ctx.lang, color)?;
            c.model.set.guidance.origin = ctx.origin.clone();
            (c, ignored)
        }
    };
    c.model.set.as_of = Some(ctx.as_of);
    let lang = ctx.lang_for(&c.texts)?;
    Ok((c, ignored, lang))
}

/// Verifies the pack at `path` and makes it the input: its flows, its content texts, and
/// the program's own messages (`ui*.ftl`: they belong to this binary, whatever the pack
/// holds). Trusted keys: the project's, and the service's own from its local file.
fn open_pack(path: &Path, contacts: Option<&Path>, allow_older: bool) -> Result<(Input, Guidance), Msg> {
    let local = contacts.map(Path::to_path_buf).or_else(flow::load::default_contacts_path);
    let extra: Vec<(String, String)> = local
        .and_then(|p| std::fs::read_to_string(&p).ok().map(|t| (p, t)))
        .and_then(|(p, t)| crate::pack::local_trust_key(&t).map(|k| (p.display().to_string(), k)))
        .into_iter()
        .collect();
    let keys = crate::pack::keys(&extra)?;
    let v = crate::pack::verify(path, &keys)?;
    let bundled = guidance::bundled();
    if let Some(b) = bundled.date
        && v.date < b
        && !allow_older
    {
        return Err(Msg::new("pack-err-older").arg("pack", v.date.to_string()).arg("bundled", b.to_string()));
    }
    let shown = path.display().to_string();
    let mut input = Input::embedded();
    let mut locales: Vec<(Lang, RawFile)> =
        input.locales.into_iter().filter(|(_, f)| FtlFile::is_tool_name(&f.name)).collect();
    let mut flows = Vec::new();
    for (rel, bytes) in v.files {
        let raw = RawFile { name: format!("{shown}/{rel}"), bytes: bytes.into() };
        let parts: Vec<&str> = rel.split('/').collect();
        match parts.as_slice() {
            ["flows", f] if f.ends_with(".yaml") || f.ends_with(".yml") => flows.push(raw),
            ["locales", l, f] if f.ends_with(".ftl") && !FtlFile::is_tool_name(f) => {
                if let Some(lang) = Lang::parse(l) {
                    locales.push((lang, raw));
                }
            }
            _ => {}
        }
    }
    locales.sort_by(|(a, fa), (b, fb)| (*a != Lang::DEFAULT, *a, &fa.name).cmp(&(*b != Lang::DEFAULT, *b, &fb.name)));
    input.flows = flows;
    input.locales = locales;
    let origin = Origin::Pack { path: shown, origin: v.manifest.origin.clone(), test_signed: v.manifest.test_signed };
    Ok((input, Guidance { date: Some(v.date), review_by: Some(v.review_by), origin }))
}

/// `veiviser --version`: the program, the guidance in use (its version, origin and
/// review-by date), and whether it is past that date.
fn version(ctx: &Ctx, (input, unreadable): Loaded) -> Outcome {
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, _, lang) = match checked_in_lang(ctx, &input, unreadable, color) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let g = &c.model.set.guidance;
    let t = &c.texts;
    let origin = crate::view::origin_text(t, lang, &g.origin);
    let v = g.version(&c.model.set.version);
    let mut out = vec![t.fmt(lang, "version-program", &[("version", env!("CARGO_PKG_VERSION"))])];
    out.push(match g.review_by {
        Some(r) => t.fmt(lang, "version-guidance", &[("version", &v), ("origin", &origin), ("review", &r.to_string())]),
        None => t.fmt(lang, "version-guidance-undated", &[("version", &v), ("origin", &origin)]),
    });
    if let Some(since) = g.overdue(ctx.as_of) {
        out.push(t.fmt(lang, "guidance-overdue", &[("date", &since.to_string())]));
    }
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "{}", crate::safe::visible(&out.join("\n")));
    Outcome::Fine
}

/// `veiviser pack verify DIR [--trust-key FILE]`: 0 when the pack holds, 1 when it fails
/// a check, 2 when a key file cannot be read.
fn pack_verify(ctx: &Ctx, path: &Path, trust_key: Option<&Path>) -> Outcome {
    let (t, lang) = (ctx.tool, ctx.lang);
    let mut extra = Vec::new();
    if let Some(k) = trust_key {
        match std::fs::read_to_string(k) {
            Ok(text) => extra.push((k.display().to_string(), text)),
            Err(e) => {
                let m = Msg::new("pack-err-read").arg("path", k.display().to_string()).arg("detail", e.to_string());
                return Outcome::CannotRun(Some(error_line(t, lang, &m)));
            }
        }
    }
    let keys = match crate::pack::keys(&extra) {
        Ok(k) => k,
        Err(m) => return Outcome::CannotRun(Some(error_line(t, lang, &m))),
    };
    match crate::pack::verify(path, &keys) {
        Ok(v) => {
            let mut o = std::io::stdout().lock();
            let line = t.fmt(
                lang,
                "pack-ok",
                &[
                    ("path", &path.display().to_string()),
                    ("files", &v.files.len().to_string()),
                    ("version", &v.manifest.version),
                    ("date", &v.date.to_string()),
                    ("review", &v.review_by.to_string()),
                ],
            );
            let _ = writeln!(o, "{}", crate::safe::visible(&line));
            if v.manifest.test_signed {
                let _ = writeln!(o, "{}", t.get(lang, "pack-test-signed"));
            }
            Outcome::Fine
        }
        Err(m) => {
            eprintln!("{}", crate::safe::visible(&t.msg(lang, &m)));
            Outcome::Findings
        }
    }
}

fn load_for_export(ctx: &Ctx, (input, unreadable): Loaded) -> Result<(Checked, Lang), Outcome> {
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, ignored, lang) = checked_in_lang(ctx, &input, unreadable, color)?;
    if let Some(n) = &ignored {
        eprintln!("{}", local_notice(&c.texts, lang, n));
    }
    Ok((c, lang))
}

/// The flows an export covers: the one asked for, else all of them (the start screen's
/// in its order, then the rest in file order).
fn export_flows(ctx: &Ctx, c: &Checked, lang: Lang, flow: Option<&str>) -> Result<Vec<usize>, Outcome> {
    if let Some(id) = flow {
        return match c.model.flow_index(id) {
            Some(i) => Ok(vec![i]),
            None => {
                let msg = Msg::new("cli-err-no-flow").arg("flow", id);
                Err(Outcome::CannotRun(Some(error_line(ctx.tool, lang, &msg))))
            }
        };
    }
    let mut v: Vec<usize> = (0..c.model.flows.len()).collect();
    v.sort_by_key(|&i| (c.model.flows[i].menu.unwrap_or(u32::MAX), i));
    Ok(v)
}

/// Writes what was asked for: to standard output, or to the file named (created
/// readable by the user only, written whole, never over an existing file). Either way
/// through the one writer that makes control characters harmless.
fn emit(ctx: &Ctx, texts: &Texts, lang: Lang, text: &str, output: Option<PathBuf>) -> Outcome {
    let text = crate::safe::visible(text);
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => Outcome::Fine,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Fine,
                Err(e) => Outcome::CannotRun(Some(texts.fmt(lang, "cli-err-io", &[("detail", &e.to_string())]))),
            }
        }
        Some(p) => match crate::export::write(&p, &text, false) {
            Ok(()) => {
                let path = crate::safe::visible(&p.display().to_string()).into_owned();
                eprintln!("{}", texts.fmt(lang, "cli-output-written", &[("path", &path)]));
                Outcome::Fine
            }
            Err(crate::export::ExportError::Exists(p)) => {
                let msg = Msg::new("cli-output-exists").arg("path", p.display().to_string());
                Outcome::CannotRun(Some(error_line(ctx.tool, lang, &msg)))
            }
            Err(e) => Outcome::CannotRun(Some(texts.msg(lang, &e.msg()))),
        },
    }
}

/// `veiviser export`: the flows as a graph (Mermaid, DOT) or as a handbook (Markdown,
/// HTML), in the language asked for, never discreet (it was asked for), with the
/// guidance version in it.
/// `veiviser export`'s own arguments.
struct ExportArgs {
    format: ExportFormat,
    flow: Option<String>,
    output: Option<PathBuf>,
    /// Grey out the steps no shipped scenario reaches (graphs only).
    coverage: bool,
}

fn export(ctx: &Ctx, loaded: Loaded, args: ExportArgs) -> Outcome {
    let ExportArgs { format, flow, output, coverage } = args;
    if let Err(o) = refuse_existing(ctx, &output) {
        return o;
    }
    let (c, lang) = match load_for_export(ctx, loaded) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let flows = match export_flows(ctx, &c, lang, flow.as_deref()) {
        Ok(v) => v,
        Err(o) => return o,
    };
    let graph = || {
        let mut g = crate::graph::build(&c.model, &c.texts, lang, &flows);
        if coverage {
            let (scenarios, _) = crate::scenario::load_embedded(&crate::i18n::embedded_langs());
            let replays: Vec<_> = scenarios.iter().map(|s| crate::scenario::replay(&c.model, s)).collect();
            let cov = crate::scenario::coverage(&c.model, &replays);
            let note = c.texts.get(lang, "ui-graph-unreached");
            crate::graph::mark_unreached(&mut g, &c.model, &|f, n| cov.is_reached(f, n), &note);
        }
        g
    };
    let text = match format {
        ExportFormat::Mermaid => crate::graph::mermaid(&graph()),
        ExportFormat::Dot => crate::graph::dot(&graph()),
        ExportFormat::Markdown => crate::handbook::markdown(&crate::handbook::build(&c.model, &c.texts, lang, &flows)),
        ExportFormat::Html => crate::handbook::html(&crate::handbook::build(&c.model, &c.texts, lang, &flows)),
    };
    emit(ctx, &c.texts, lang, &text, output)
}

/// `veiviser paths`: every path to every outcome of a flow (without `--flow`: of every
/// flow on the start screen), at most `max` listed per outcome with a count of the rest.
fn paths(ctx: &Ctx, loaded: Loaded, flow: Option<String>, max: usize, output: Option<PathBuf>) -> Outcome {
    if max > crate::paths::MAX_LISTED {
        let msg = Msg::new("cli-err-paths-max")
            .arg("max", max.to_string())
            .arg("limit", crate::paths::MAX_LISTED.to_string());
        return Outcome::CannotRun(Some(error_line(ctx.tool, ctx.lang, &msg)));
    }
    if let Err(o) = refuse_existing(ctx, &output) {
        return o;
    }
    let (c, lang) = match load_for_export(ctx, loaded) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let flows: Vec<usize> = match &flow {
        Some(_) => match export_flows(ctx, &c, lang, flow.as_deref()) {
            Ok(v) => v,
            Err(o) => return o,
        },
        None => c.model.menu().iter().filter_map(|f| c.model.flow_index(&f.id)).collect(),
    };
    let mut text = crate::view::export_version_line(&c.texts, lang, &c.model.set);
    text.push_str("\n\n");
    for fi in flows {
        let groups = match crate::paths::explore(&c.model, &c.model.flows[fi].id, max) {
            Ok(g) => g,
            Err(e) => return Outcome::CannotRun(Some(error_line(ctx.tool, lang, &e.message()))),
        };
        text.push_str(&crate::paths::render(&c.model, &c.texts, lang, fi, &groups, max));
    }
    emit(ctx, &c.texts, lang, &text, output)
}

/// `veiviser slip --lang-of-person CODE`: the fixed slip in the person's language, as a
/// page to print. A translation not yet checked by a native speaker is said so on
/// standard error, with the reminder that ROSA's own material comes first.
fn slip(ctx: &Ctx, loaded: Loaded, code: &str, output: Option<PathBuf>) -> Outcome {
    let Some(sl) = crate::slip::language(code) else {
        let langs = crate::slip::languages().iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ");
        let msg = Msg::new("cli-err-slip-lang").arg("lang", code).arg("langs", langs);
        return Outcome::CannotRun(Some(error_line(ctx.tool, ctx.lang, &msg)));
    };
    if let Err(o) = refuse_existing(ctx, &output) {
        return o;
    }
    let (c, lang) = match load_for_export(ctx, loaded) {
        Ok(x) => x,
        Err(o) => return o,
    };
    if !crate::slip::checked(&sl.code) {
        let name = c.texts.get(lang, &format!("slip-lang-{}", sl.code));
        eprintln!("{}", c.texts.fmt(lang, "tui-save-slip-unchecked", &[("lang", &name)]));
    }
    eprintln!("{}", c.texts.get(lang, "tui-slip-rosa-first"));
    emit(ctx, &c.texts, lang, &crate::slip::html(&c.model.set, sl), output)
}

/// `veiviser schema`: the JSON Schema of the flow format (what `flows/schema.json` holds).
fn schema(ctx: &Ctx, output: Option<PathBuf>) -> Outcome {
    if let Err(o) = refuse_existing(ctx, &output) {
        return o;
    }
    emit(ctx, ctx.tool, ctx.lang, &crate::schema::flow_schema(), output)
}
