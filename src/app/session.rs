//! The commands that walk a case: `walk` (the line modes), `scenario run` and the
//! full-screen walk-through.

use super::*;

/// `walk --export FILE`: the summary, written when it is reached; discreet when the walk
/// is (`--discreet`), unless `--export-full` asks for the full text. `walk --record FILE`:
/// the walk as a scenario file, written when the summary is reached.
struct ExportTo {
    export: Option<std::path::PathBuf>,
    full: bool,
    record: Option<std::path::PathBuf>,
}

impl walk::OnSummary for ExportTo {
    fn done(&mut self, session: &Session, texts: &Texts, lang: Lang) -> Result<(), Msg> {
        if let Some(p) = &self.export {
            let discreet = session.discreet() && !self.full;
            crate::export::write(p, &crate::export::summary::summary_text_as(session, texts, lang, discreet), false)
                .map_err(|e| e.msg())?;
        }
        if let Some(p) = &self.record {
            let id = crate::scenario::record::id_from_file(&p.display().to_string());
            let text = crate::scenario::record::record(session, texts, &id)?;
            crate::export::write(p, &text, false).map_err(|e| e.msg())?;
        }
        Ok(())
    }
}

/// `veiviser walk`'s own arguments.
pub(super) struct WalkArgs {
    pub(super) flow: Option<String>,
    pub(super) mode: Mode,
    pub(super) export: Option<std::path::PathBuf>,
    /// `--export-full`: the full text even in discreet mode.
    pub(super) export_full: bool,
    /// `--record FILE`: the walk as a scenario.
    pub(super) record: Option<std::path::PathBuf>,
}

/// `veiviser walk`: one step at a time on standard input and output.
pub(super) fn walk(ctx: &Ctx, (input, unreadable): Loaded, args: WalkArgs) -> Outcome {
    let (tool, lang) = (ctx.tool, ctx.lang);
    // Refuse an existing file, and a folder that is not there or cannot be written in,
    // before the walk, not after it.
    // A scenario names every step: it cannot be discreet.
    if args.record.is_some() && ctx.discreet {
        return Outcome::CannotRun(Some(error_line(tool, lang, &Msg::new("record-err-discreet"))));
    }
    for p in args.export.iter().chain(&args.record) {
        let refused = if crate::export::exists(p) {
            Some(Msg::new("export-err-exists").arg("path", p.display().to_string()))
        } else {
            crate::export::check_folder(p).err().map(|e| e.msg())
        };
        if let Some(msg) = refused {
            return Outcome::CannotRun(Some(error_line(tool, lang, &msg)));
        }
    }
    if args.export.is_some() && args.export == args.record {
        let msg = Msg::new("record-err-same-file");
        return Outcome::CannotRun(Some(error_line(tool, lang, &msg)));
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
    if let Some(o) = crate::view::overdue_text(&c.texts, lang, &c.model) {
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
    let recording = args.record.clone();
    let mut on_summary = ExportTo { export: args.export, full: args.export_full, record: args.record };
    let setup = walk::Setup { lang, layout: lay, notices: &notices, on_summary: &mut on_summary };
    match walk::run_with(&mut session, &c.texts, args.mode, setup, &mut input, &mut out) {
        // The summary was not written where it was asked for (the walk said why).
        Ok(walk::End::SummaryFailed) => Outcome::CannotRun(None),
        Ok(walk::End::Done) => {
            if let Some(p) = &recording {
                // Said on the error stream: the walk's own output stays as it was.
                let msg = Msg::new("record-written").arg("path", p.display().to_string());
                eprintln!("{}", crate::safe::visible(&tool.msg(lang, &msg)));
            }
            Outcome::Fine
        }
        // Input ended (or `quit`) before the summary: a script can tell. Nothing recorded.
        Ok(walk::End::Quit) => match recording {
            Some(p) => {
                let msg = Msg::new("record-not-written").arg("path", p.display().to_string());
                eprintln!("{}", crate::safe::visible(&tool.msg(lang, &msg)));
                Outcome::Stopped
            }
            None => Outcome::Stopped,
        },
        // A closed pipe on the output: nothing more to say, and nobody to say it to.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Fine,
        Err(e) => Outcome::CannotRun(Some(tool.fmt(lang, "cli-err-io", &[("detail", &e.to_string())]))),
    }
}

/// `veiviser scenario run SCENARIO`: the scenario (a file, or the id of one shipped) in
/// the full-screen walk-through, a step a key. One that does not replay is reported as
/// `scenario check` would, and not played.
/// `teach`: teaching mode, the class answers each decision first.
pub(super) fn scenario_run(ctx: &Ctx, loaded: Loaded, which: &str, teach: bool) -> Outcome {
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
        Ok(s) => tui_with(ctx, loaded, Some((s, teach))),
        Err(lines) => Outcome::CannotRun(Some(lines.join("\n"))),
    }
}

/// `veiviser` alone: the full-screen walk-through, on a terminal only.
pub(super) fn tui(ctx: &Ctx, loaded: Loaded) -> Outcome {
    tui_with(ctx, loaded, None)
}

fn tui_with(ctx: &Ctx, (input, unreadable): Loaded, play: Option<(crate::scenario::Scenario, bool)>) -> Outcome {
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
    if let Some((s, _)) = &play {
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
        teach: play.as_ref().is_some_and(|(_, t)| *t),
        play: play.map(|(s, _)| s),
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
