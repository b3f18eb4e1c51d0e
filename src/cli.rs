//! The command line (clap). Help texts come from Fluent in the chosen language: the clap
//! types hold the shape, `command()` fills in the words.

use crate::i18n::{Lang, Msg, Texts};
use clap::{Arg, ArgAction, Command, CommandFactory, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "veiviser",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// A language code: any folder of the locales (nb and en are bundled).
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    #[arg(long, global = true, value_name = "DIR")]
    pub flows: Option<PathBuf>,
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    #[arg(long, global = true, value_name = "FILE")]
    pub contacts: Option<PathBuf>,
    #[arg(long, global = true)]
    pub no_color: bool,
    #[arg(long, global = true)]
    pub discreet: bool,
    /// A signed content pack (a folder) to use instead of the bundled guidance.
    #[arg(long, global = true, value_name = "DIR")]
    pub pack: Option<PathBuf>,
    /// Use a pack even when its guidance is older than the bundled guidance.
    #[arg(long, global = true)]
    pub allow_older_pack: bool,
    /// The tool as it would be on this day (YYYY-MM-DD): the review-by date is judged
    /// against it.
    #[arg(long, global = true, value_name = "DATE")]
    pub as_of: Option<String>,
    #[command(subcommand)]
    pub cmd: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    Check,
    List,
    Walk {
        #[arg(long, value_name = "ID")]
        flow: Option<String>,
        #[arg(long, conflicts_with = "json")]
        plain: bool,
        #[arg(long)]
        json: bool,
        #[arg(long, value_enum, value_name = "plain|json")]
        format: Option<Mode>,
        #[arg(long, value_name = "FILE")]
        export: Option<PathBuf>,
        #[arg(long, requires = "export")]
        export_full: bool,
        #[arg(long, value_name = "FILE")]
        record: Option<PathBuf>,
    },
    Export {
        #[arg(long, value_enum, value_name = "mermaid|dot|markdown|html|handout")]
        format: ExportFormat,
        #[arg(long, value_name = "ID", conflicts_with = "overview")]
        flow: Option<String>,
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long)]
        coverage: bool,
        #[arg(long)]
        overview: bool,
    },
    Paths {
        #[arg(long, value_name = "ID")]
        flow: Option<String>,
        #[arg(long, value_name = "N", default_value_t = 3)]
        max: usize,
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    Schema {
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The slip for the person in the person's language, as a page to print (HTML).
    Slip {
        #[arg(long, value_name = "CODE")]
        lang_of_person: String,
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Signed content packs.
    #[command(disable_help_subcommand = true, subcommand_required = true)]
    Pack {
        #[command(subcommand)]
        cmd: PackCmd,
    },
    /// Scenarios for trainers (`scenario check`; room for `scenario run`).
    #[command(disable_help_subcommand = true, subcommand_required = true)]
    Scenario {
        #[command(subcommand)]
        cmd: ScenarioCmd,
    },
}

#[derive(Debug, Subcommand)]
pub enum ScenarioCmd {
    /// Replays scenarios headless: every one shipped, or the files given.
    Check {
        #[arg(value_name = "FILES")]
        files: Vec<PathBuf>,
        #[arg(long)]
        coverage: bool,
    },
    /// Plays one scenario in the full-screen walk-through, a step a key.
    Run {
        #[arg(value_name = "SCENARIO")]
        scenario: String,
        /// Teaching mode: the class answers each decision before the guidance does.
        #[arg(long)]
        teach: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PackCmd {
    /// Checks a pack's signature and every file.
    Verify {
        #[arg(value_name = "DIR")]
        path: PathBuf,
        #[arg(long, value_name = "FILE")]
        trust_key: Option<PathBuf>,
    },
}

/// What `veiviser export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// A Mermaid flowchart.
    Mermaid,
    /// A Graphviz graph.
    Dot,
    /// The handbook in Markdown.
    Markdown,
    /// The handbook as one HTML file.
    Html,
    /// A handout for a class, as one HTML file to print.
    Handout,
}

/// How `walk` talks, as the command line names it (`--format plain|json`, or `--plain`,
/// `--json`): the line mode's own [`crate::walk::Mode`] is chosen from this by the
/// program, so that the command line does not reach into a front end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    Plain,
    Json,
}

/// The one mode of `walk` from `--format`, `--plain` and `--json` (clap has already
/// refused `--plain` with `--json`). `--format` with the other mode's flag is a
/// contradiction: the message for it.
pub fn walk_mode(plain: bool, json: bool, format: Option<Mode>) -> Result<Mode, Msg> {
    match (format, plain, json) {
        (Some(Mode::Json), true, _) => {
            Err(Msg::new("cli-err-format-conflict").arg("flag", "--plain").arg("format", "json"))
        }
        (Some(Mode::Plain), _, true) => {
            Err(Msg::new("cli-err-format-conflict").arg("flag", "--json").arg("format", "plain"))
        }
        (Some(m), _, _) => Ok(m),
        (None, _, true) => Ok(Mode::Json),
        (None, _, false) => Ok(Mode::Plain),
    }
}

/// `--lang X` or `--lang=X` anywhere in the arguments, before clap has parsed them (the
/// help text itself must be in that language).
pub fn prescan_lang(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let v = if a == "--lang" { it.next() } else { a.strip_prefix("--lang=").map(str::to_string) };
        if v.is_some() {
            return v;
        }
    }
    None
}

fn common(cmd: Command, t: &dyn Fn(&str) -> String, top: bool) -> Command {
    let cmd = cmd
        .help_template(format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", t("cli-usage")))
        .subcommand_help_heading(t("cli-commands"))
        .next_help_heading(t("cli-options"))
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(t("cli-help")).global(top));
    if top {
        cmd.arg(Arg::new("version").short('V').long("version").action(ArgAction::SetTrue).help(t("cli-version")))
    } else {
        cmd
    }
}

/// The clap command with every word in `lang`.
pub fn command(texts: &Texts, lang: Lang) -> Command {
    let t = |id: &str| texts.get(lang, id);
    let heading = t("cli-options");
    let cmd = common(Cli::command(), &t, true)
        .about(t("cli-about"))
        .override_usage(t("cli-usage-top"))
        .after_help(t("cli-after-help"))
        .mut_arg("lang", |a| a.help(t("cli-lang")).help_heading(heading.clone()))
        .mut_arg("flows", |a| a.help(t("cli-flows")).help_heading(heading.clone()))
        .mut_arg("locales", |a| a.help(t("cli-locales")).help_heading(heading.clone()))
        .mut_arg("contacts", |a| a.help(t("cli-contacts")).help_heading(heading.clone()))
        .mut_arg("no_color", |a| a.help(t("cli-no-color")).help_heading(heading.clone()))
        .mut_arg("discreet", |a| a.help(t("cli-discreet")).help_heading(heading.clone()))
        .mut_arg("pack", |a| a.help(t("cli-pack")).help_heading(heading.clone()))
        .mut_arg("allow_older_pack", |a| a.help(t("cli-allow-older-pack")).help_heading(heading.clone()))
        .mut_arg("as_of", |a| a.help(t("cli-as-of")).help_heading(heading.clone()));
    cmd.mut_subcommand("check", |c| {
        common(c, &t, false).about(t("cli-check")).override_usage(t("cli-usage-check")).after_help(t("cli-check-after"))
    })
    .mut_subcommand("list", |c| common(c, &t, false).about(t("cli-list")).override_usage(t("cli-usage-list")))
    .mut_subcommand("walk", |c| {
        common(c, &t, false)
            .about(t("cli-walk"))
            .override_usage(t("cli-usage-walk"))
            .after_help(t("cli-walk-after"))
            .mut_arg("flow", |a| a.help(t("cli-walk-flow")).help_heading(heading.clone()))
            .mut_arg("plain", |a| a.help(t("cli-walk-plain")).help_heading(heading.clone()))
            .mut_arg("json", |a| a.help(t("cli-walk-json")).help_heading(heading.clone()))
            .mut_arg("format", |a| {
                a.help(t("cli-walk-format")).help_heading(heading.clone()).hide_possible_values(true)
            })
            .mut_arg("export", |a| a.help(t("cli-walk-export")).help_heading(heading.clone()))
            .mut_arg("export_full", |a| a.help(t("cli-walk-export-full")).help_heading(heading.clone()))
            .mut_arg("record", |a| a.help(t("cli-walk-record")).help_heading(heading.clone()))
    })
    .mut_subcommand("pack", |c| {
        common(c, &t, false).about(t("cli-pack-about")).override_usage(t("cli-usage-pack")).mut_subcommand(
            "verify",
            |c| {
                common(c, &t, false)
                    .about(t("cli-pack-verify"))
                    .override_usage(t("cli-usage-pack-verify"))
                    .after_help(t("cli-pack-verify-after"))
                    .mut_arg("path", |a| a.help(t("cli-pack-verify-path")).help_heading(t("cli-arguments")))
                    .mut_arg("trust_key", |a| a.help(t("cli-pack-trust-key")).help_heading(heading.clone()))
            },
        )
    })
    .mut_subcommand("scenario", |c| {
        common(c, &t, false)
            .about(t("cli-scenario"))
            .override_usage(t("cli-usage-scenario"))
            .mut_subcommand("check", |c| {
                common(c, &t, false)
                    .about(t("cli-scenario-check"))
                    .override_usage(t("cli-usage-scenario-check"))
                    .after_help(t("cli-scenario-check-after"))
                    .mut_arg("files", |a| {
                        a.help(t("cli-scenario-check-files"))
                            .value_name(t("cli-scenario-check-files-name"))
                            .help_heading(t("cli-arguments"))
                    })
                    .mut_arg("coverage", |a| a.help(t("cli-scenario-check-coverage")).help_heading(heading.clone()))
            })
            .mut_subcommand("run", |c| {
                common(c, &t, false)
                    .about(t("cli-scenario-run"))
                    .override_usage(t("cli-usage-scenario-run"))
                    .after_help(t("cli-scenario-run-after"))
                    .mut_arg("scenario", |a| {
                        a.help(t("cli-scenario-run-which"))
                            .value_name(t("cli-scenario-run-which-name"))
                            .help_heading(t("cli-arguments"))
                    })
                    .mut_arg("teach", |a| a.help(t("cli-scenario-run-teach")).help_heading(heading.clone()))
            })
    })
    .mut_subcommand("export", |c| {
        common(c, &t, false)
            .about(t("cli-export"))
            .override_usage(t("cli-usage-export"))
            .after_help(t("cli-export-after"))
            .mut_arg("format", |a| {
                a.help(t("cli-export-format")).help_heading(heading.clone()).hide_possible_values(true)
            })
            .mut_arg("flow", |a| a.help(t("cli-export-flow")).help_heading(heading.clone()))
            .mut_arg("output", |a| a.help(t("cli-output")).help_heading(heading.clone()))
            .mut_arg("coverage", |a| a.help(t("cli-export-coverage")).help_heading(heading.clone()))
            .mut_arg("overview", |a| a.help(t("cli-export-overview")).help_heading(heading.clone()))
    })
    .mut_subcommand("paths", |c| {
        common(c, &t, false)
            .about(t("cli-paths"))
            .override_usage(t("cli-usage-paths"))
            .after_help(t("cli-paths-after"))
            .mut_arg("flow", |a| a.help(t("cli-paths-flow")).help_heading(heading.clone()))
            .mut_arg("max", |a| a.help(t("cli-paths-max")).help_heading(heading.clone()))
            .mut_arg("output", |a| a.help(t("cli-output")).help_heading(heading.clone()))
    })
    .mut_subcommand("slip", |c| {
        common(c, &t, false)
            .about(t("cli-slip"))
            .override_usage(t("cli-usage-slip"))
            .after_help(t("cli-slip-after"))
            .mut_arg("lang_of_person", |a| a.help(t("cli-slip-lang-of-person")).help_heading(heading.clone()))
            .mut_arg("output", |a| a.help(t("cli-output")).help_heading(heading.clone()))
    })
    .mut_subcommand("schema", |c| {
        common(c, &t, false)
            .about(t("cli-schema"))
            .override_usage(t("cli-usage-schema"))
            .after_help(t("cli-schema-after"))
            .mut_arg("output", |a| a.help(t("cli-output")).help_heading(heading.clone()))
    })
}

#[cfg(test)]
mod tests {
    use super::{Mode, walk_mode};

    #[test]
    fn format_plain_and_json_give_one_mode() {
        assert_eq!(walk_mode(false, false, None), Ok(Mode::Plain));
        assert_eq!(walk_mode(true, false, None), Ok(Mode::Plain));
        assert_eq!(walk_mode(false, true, None), Ok(Mode::Json));
        assert_eq!(walk_mode(false, false, Some(Mode::Json)), Ok(Mode::Json));
        assert_eq!(walk_mode(false, true, Some(Mode::Json)), Ok(Mode::Json));
        assert_eq!(walk_mode(true, false, Some(Mode::Plain)), Ok(Mode::Plain));
        assert!(walk_mode(true, false, Some(Mode::Json)).is_err());
        assert!(walk_mode(false, true, Some(Mode::Plain)).is_err());
    }
}
