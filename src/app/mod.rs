//! The program: parse the command line, pick the language, load, hand over to the
//! subcommand. Returns the exit code: 0 fine, 1 findings (check), 2 cannot run.
mod commands;
mod export;
mod session;

use crate::cli::{self, Cmd, ExportFormat, PackCmd, ScenarioCmd};
use crate::diag;
use crate::engine::Session;
use crate::flow::load::RawFile;
use crate::flow::{self, CannotRun, Checked, Input, LocalIgnored};
use crate::guidance::{Day, Guidance, Origin};
use crate::i18n::{FtlFile, FtlText, Lang, Msg, Texts};
use crate::tui::Ended;
use crate::walk::{self, Mode};
use clap::{CommandFactory, FromArgMatches};
use commands::{check, list, pack_verify, scenario_check, version};
use export::{ExportArgs, export, paths, schema, slip};
use session::{WalkArgs, scenario_run, tui, walk};
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
        Some(Cmd::Walk { flow, plain, json, format, export, export_full, record }) => {
            let mode = match cli::walk_mode(plain, json, format) {
                Ok(cli::Mode::Plain) => Mode::Plain,
                Ok(cli::Mode::Json) => Mode::Json,
                Err(msg) => {
                    let text =
                        format!("{}\n{}", error_line(tool, pre_lang, &msg), tool.get(pre_lang, "cli-err-try-help"));
                    return Outcome::CannotRun(Some(text));
                }
            };
            let w = WalkArgs { flow, mode, export, export_full, record };
            walk(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()), w)
        }
        // The local contact directory plays no part in where a scenario goes: left out.
        Some(Cmd::Scenario { cmd: ScenarioCmd::Check { files, coverage } }) => {
            scenario_check(&ctx, &base, &files, coverage)
        }
        Some(Cmd::Scenario { cmd: ScenarioCmd::Run { scenario, teach } }) => {
            scenario_run(&ctx, base.with_local_contacts_or_skip(cli.contacts.as_deref()), &scenario, teach)
        }
        Some(Cmd::Export { format, flow, output, coverage, overview }) => {
            let what = ExportArgs { format, flow, output, coverage, overview };
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
                    c.model.set_guidance(g.clone());
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
                c.model.set_guidance_origin(Origin::Bundled);
                (c, ignored)
            }
        },
        None => {
            let (mut c, ignored) = checked(input, unreadable, ctx.bundled, ctx.tool, ctx.lang, color)?;
            c.model.set_guidance_origin(ctx.origin.clone());
            (c, ignored)
        }
    };
    c.model.set_as_of(ctx.as_of);
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
    let bundled = flow::bundled_guidance();
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
