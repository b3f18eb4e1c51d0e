//! The program: parse the command line, pick the language, load, hand over to the
//! subcommand. Returns the exit code: 0 fine, 1 findings (check), 2 cannot run.

use crate::cli::{self, Cmd};
use crate::diag;
use crate::engine::Session;
use crate::flow::{self, CannotRun, Checked, Input};
use crate::i18n::{Lang, Texts};
use crate::walk::{self, Mode};
use clap::FromArgMatches;
use std::ffi::OsString;
use std::io::{IsTerminal, Write};

pub const EXIT_OK: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_CANNOT_RUN: i32 = 2;
/// The full-screen walk-through's terminal went away (a closed window): like SIGHUP.
pub const EXIT_HANGUP: i32 = 129;

/// Colour for diagnostics: on a terminal, unless NO_COLOR is set or --no-color given.
pub fn use_color(no_color_flag: bool, is_tty: bool) -> bool {
    is_tty && !no_color_flag && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn cannot_run(texts: &Texts, lang: Lang, e: &CannotRun) -> i32 {
    let msg = texts.fmt(lang, e.msg, &[("path", &e.path), ("detail", &e.detail)]);
    eprintln!("{}", texts.fmt(lang, "cli-error", &[("message", &msg)]));
    EXIT_CANNOT_RUN
}

/// Loads and checks for a command that needs a clean flow set; on errors, shows them
/// and says how to see them again.
fn checked(input: &Input, texts: &Texts, lang: Lang, color: bool) -> Result<Checked, i32> {
    match flow::load_checked(input) {
        Ok(c) => Ok(c),
        Err((files, diags)) => {
            let errs: Vec<_> = diags.into_iter().filter(|d| d.is_error()).collect();
            let mut err = std::io::stderr().lock();
            let _ = diag::render(&files, &errs, texts, lang, color, &mut err);
            let _ = writeln!(err, "{}", texts.get(lang, "cli-err-flows-broken"));
            Err(EXIT_CANNOT_RUN)
        }
    }
}

pub fn run(args: Vec<OsString>) -> i32 {
    let tool = Texts::tool();
    let pre_lang = cli::prescan_lang(&args).unwrap_or_else(Lang::from_env);
    let matches = match cli::command(&tool, pre_lang).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => EXIT_OK,
                _ => EXIT_CANNOT_RUN,
            };
        }
    };
    let cli = match cli::Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return EXIT_CANNOT_RUN;
        }
    };
    let lang: Lang = cli.lang.map(Lang::from).unwrap_or(pre_lang);
    let input = match Input::from_dirs(cli.flows.as_deref(), cli.locales.as_deref())
        .and_then(|i| i.with_local_contacts(cli.contacts.as_deref()))
    {
        Ok(i) => i,
        Err(e) => return cannot_run(&tool, lang, &e),
    };
    let stdout_tty = std::io::stdout().is_terminal();
    let stderr_tty = std::io::stderr().is_terminal();
    match cli.cmd {
        Some(Cmd::Check) => {
            let loaded = flow::load::load(&input);
            let diags = flow::check::check(&loaded);
            let texts = Texts::with(&loaded.ftl.iter().map(|(_, f)| f.clone()).collect::<Vec<_>>());
            let mut out = std::io::stdout().lock();
            let color = use_color(cli.no_color, stdout_tty);
            if diag::render(&loaded.files, &diags, &texts, lang, color, &mut out).is_err() {
                return EXIT_CANNOT_RUN;
            }
            if diags.iter().any(|d| d.is_error()) { EXIT_FINDINGS } else { EXIT_OK }
        }
        Some(Cmd::List) => {
            let c = match checked(&input, &tool, lang, use_color(cli.no_color, stderr_tty)) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let mut out = std::io::stdout().lock();
            let width = c.set.flows.iter().map(|f| f.id.len()).max().unwrap_or(0);
            let mut flows: Vec<_> = c.set.flows.iter().collect();
            flows.sort_by_key(|f| (f.menu.unwrap_or(u32::MAX), f.id.clone()));
            for f in flows {
                let mark = if f.case { "*" } else { " " };
                let _ = writeln!(out, "{mark} {:width$}  {}", f.id, c.texts.get(lang, &f.title));
            }
            if let Some(d) = c.set.guidance_date() {
                let _ = writeln!(out, "\n{}", c.texts.fmt(lang, "ui-guidance-date", &[("date", &d.0)]));
            }
            let _ = writeln!(out, "{}", c.texts.get(lang, "cli-list-case-mark"));
            EXIT_OK
        }
        Some(Cmd::Walk { flow, plain: _, json }) => {
            let c = match checked(&input, &tool, lang, use_color(cli.no_color, stderr_tty)) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let flow_id = match flow.or_else(|| c.set.case_flow().map(|f| f.id.clone())) {
                Some(f) => f,
                None => {
                    eprintln!("{}", tool.get(lang, "cli-err-no-case"));
                    return EXIT_CANNOT_RUN;
                }
            };
            let mut session = match Session::start(&c.set, &flow_id, lang) {
                Ok(s) => s,
                Err(_) => {
                    eprintln!("{}", tool.fmt(lang, "cli-err-no-flow", &[("flow", &flow_id)]));
                    return EXIT_CANNOT_RUN;
                }
            };
            let mode = if json { Mode::Json } else { Mode::Plain };
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let mut out = std::io::stdout().lock();
            match walk::run(&mut session, &c.texts, mode, &mut input, &mut out) {
                Ok(_) => EXIT_OK,
                // A closed pipe on the output: nothing more to say, and nobody to say it to.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
                Err(e) => {
                    eprintln!("{}", tool.fmt(lang, "cli-err-io", &[("detail", &e.to_string())]));
                    EXIT_CANNOT_RUN
                }
            }
        }
        None => {
            if !stdout_tty || !std::io::stdin().is_terminal() {
                eprintln!("{}", tool.get(lang, "cli-err-no-tty"));
                return EXIT_CANNOT_RUN;
            }
            let c = match checked(&input, &tool, lang, use_color(cli.no_color, stderr_tty)) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            crate::tui::run(&c, lang, no_color)
        }
    }
}
