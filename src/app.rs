//! The program: parse the command line, pick the language, load, hand over to the
//! subcommand. Returns the exit code: 0 fine, 1 findings (check), 2 cannot run.

use crate::cli::{self, Cmd};
use crate::diag;
use crate::engine::Session;
use crate::flow::{self, CannotRun, Checked, Input, LocalIgnored};
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
/// and says how to see them again. A broken local contact directory is left out: the
/// second value says where it is.
fn checked(
    input: &Input,
    unreadable: Option<String>,
    texts: &Texts,
    lang: Lang,
    color: bool,
) -> Result<(Checked, Option<LocalIgnored>), i32> {
    match flow::load_checked_local(input, unreadable) {
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

/// The notice for a local contact file at `path` that was left out. The path is quoted
/// as a shell word, so that the command in it can be pasted as it is.
pub fn local_notice_for(texts: &Texts, lang: Lang, path: &str) -> String {
    texts.fmt(lang, "ui-local-contacts-ignored", &[("path", &shell_word(path))])
}

/// `s` as one word for a POSIX shell: as it is when it is plain, else in single quotes.
pub fn shell_word(s: &str) -> String {
    let plain = !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+:,=@%".contains(c));
    if plain { s.to_string() } else { format!("'{}'", s.replace('\'', "'\\''")) }
}

/// What the user is told when the local contact directory was left out.
pub fn local_notice(texts: &Texts, lang: Lang, n: &LocalIgnored) -> String {
    local_notice_for(texts, lang, &n.path)
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
    let base = match Input::from_dirs(cli.flows.as_deref(), cli.locales.as_deref()) {
        Ok(i) => i,
        Err(e) => return cannot_run(&tool, lang, &e),
    };
    // `check` reports on the local contact directory; the commands that walk leave a
    // broken one out and say so (`checked` below).
    let (input, unreadable) = if matches!(cli.cmd, Some(Cmd::Check)) {
        match base.with_local_contacts(cli.contacts.as_deref()) {
            Ok(i) => (i, None),
            Err(e) => return cannot_run(&tool, lang, &e),
        }
    } else {
        base.with_local_contacts_or_skip(cli.contacts.as_deref())
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
            let (c, ignored) = match checked(&input, unreadable, &tool, lang, use_color(cli.no_color, stderr_tty)) {
                Ok(c) => c,
                Err(code) => return code,
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
            EXIT_OK
        }
        Some(Cmd::Walk { flow, plain: _, json, export }) => {
            // Refuse an existing file before the walk, not after it.
            if let Some(p) = &export
                && crate::export::exists(p)
            {
                let msg = tool.fmt(lang, "export-err-exists", &[("path", &p.display().to_string())]);
                eprintln!("{}", tool.fmt(lang, "cli-error", &[("message", &msg)]));
                return EXIT_CANNOT_RUN;
            }
            let (c, ignored) = match checked(&input, unreadable, &tool, lang, use_color(cli.no_color, stderr_tty)) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let notices: Vec<walk::Notice> = ignored
                .iter()
                .map(|n| walk::Notice {
                    id: "local-contacts-ignored",
                    message: local_notice(&c.texts, lang, n),
                    path: Some(n.path.clone()),
                })
                .collect();
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
            session.set_discreet(cli.discreet);
            let lay = walk::Layout { width: plain_width(stdout_tty) };
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let mut out = std::io::stdout().lock();
            let mut on_summary = ExportTo(export);
            let setup = walk::Setup { layout: lay, notices: &notices, on_summary: &mut on_summary };
            match walk::run_with(&mut session, &c.texts, mode, setup, &mut input, &mut out) {
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
            let (c, ignored) = match checked(&input, unreadable, &tool, lang, use_color(cli.no_color, stderr_tty)) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let opts = crate::tui::Options { no_color, discreet: cli.discreet, local_ignored: ignored.map(|n| n.path) };
            crate::tui::run(&c, lang, opts)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn a_path_in_a_notice_can_be_pasted_into_a_shell() {
        assert_eq!(
            shell_word("/home/kari/.config/veiviser/contacts.yaml"),
            "/home/kari/.config/veiviser/contacts.yaml"
        );
        assert_eq!(shell_word("/tmp/my contacts.yaml"), "'/tmp/my contacts.yaml'");
        assert_eq!(shell_word("/tmp/kari's.yaml"), "'/tmp/kari'\\''s.yaml'");
        assert_eq!(shell_word("/tmp/$(rm -rf ~)"), "'/tmp/$(rm -rf ~)'");
    }
}
