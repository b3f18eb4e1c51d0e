//! The commands that write for a reader outside the session: `export`, `paths`, `slip`
//! and `schema`, to standard output or a file.

use super::*;

/// An `--output` file that is there already: refused before anything is loaded.
pub(super) fn refuse_existing(ctx: &Ctx, output: &Option<PathBuf>) -> Result<(), Outcome> {
    match output {
        Some(p) if crate::export::exists(p) => {
            let msg = Msg::new("cli-output-exists").arg("path", p.display().to_string());
            Err(Outcome::CannotRun(Some(error_line(ctx.tool, ctx.lang, &msg))))
        }
        _ => Ok(()),
    }
}

/// The set checked, in the language of the output, for a command that writes `output`:
/// an `output` already there is refused first, before anything is loaded.
fn load_for_export(
    ctx: &Ctx,
    (input, unreadable): Loaded,
    output: &Option<PathBuf>,
) -> Result<(Checked, Lang), Outcome> {
    refuse_existing(ctx, output)?;
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

/// `veiviser export`: the flows as a graph (Mermaid, DOT; or the overview of the stages),
/// as a handbook (Markdown, HTML) or as a handout for a class (HTML), in the language
/// asked for, never discreet (it was asked for), with the guidance version in it.
/// `veiviser export`'s own arguments.
pub(super) struct ExportArgs {
    pub(super) format: ExportFormat,
    pub(super) flow: Option<String>,
    pub(super) output: Option<PathBuf>,
    /// Grey out the steps no shipped scenario reaches (graphs only).
    pub(super) coverage: bool,
    /// The overview of the stages instead of the steps (graphs only).
    pub(super) overview: bool,
}

pub(super) fn export(ctx: &Ctx, loaded: Loaded, args: ExportArgs) -> Outcome {
    let ExportArgs { format, flow, output, coverage, overview } = args;
    if overview && !matches!(format, ExportFormat::Dot | ExportFormat::Mermaid) {
        return Outcome::CannotRun(Some(error_line(ctx.tool, ctx.lang, &Msg::new("cli-err-overview-format"))));
    }
    let (c, lang) = match load_for_export(ctx, loaded, &output) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let flows = match export_flows(ctx, &c, lang, flow.as_deref()) {
        Ok(v) => v,
        Err(o) => return o,
    };
    let graph = || {
        if overview {
            return crate::export::overview::overview(&c.model, &c.texts, lang);
        }
        let mut g = crate::export::graph::build(&c.model, &c.texts, lang, &flows);
        if coverage {
            let (scenarios, _) = crate::scenario::load_embedded(&crate::i18n::embedded_langs());
            let replays: Vec<_> = scenarios.iter().map(|s| crate::scenario::replay(&c.model, s)).collect();
            let cov = crate::scenario::coverage(&c.model, &replays);
            let note = c.texts.get(lang, "ui-graph-unreached");
            crate::export::graph::mark_unreached(&mut g, &c.model, &|f, n| cov.is_reached(f, n), &note);
        }
        g
    };
    let text = match format {
        ExportFormat::Mermaid => crate::export::graph::mermaid(&graph()),
        ExportFormat::Dot => crate::export::graph::dot(&graph()),
        ExportFormat::Markdown => {
            crate::export::handbook::markdown(&crate::export::handbook::build(&c.model, &c.texts, lang, &flows))
        }
        ExportFormat::Html => {
            crate::export::handbook::html(&crate::export::handbook::build(&c.model, &c.texts, lang, &flows))
        }
        ExportFormat::Handout => {
            let (scenarios, _) = crate::scenario::load_embedded(&crate::i18n::embedded_langs());
            crate::export::handout::handout(&c.model, &c.texts, lang, &scenarios)
        }
    };
    emit(ctx, &c.texts, lang, &text, output)
}

/// `veiviser paths`: every path to every outcome of a flow (without `--flow`: of every
/// flow on the start screen), at most `max` listed per outcome with a count of the rest.
pub(super) fn paths(ctx: &Ctx, loaded: Loaded, flow: Option<String>, max: usize, output: Option<PathBuf>) -> Outcome {
    if max > crate::export::paths::MAX_LISTED {
        let msg = Msg::new("cli-err-paths-max")
            .arg("max", max.to_string())
            .arg("limit", crate::export::paths::MAX_LISTED.to_string());
        return Outcome::CannotRun(Some(error_line(ctx.tool, ctx.lang, &msg)));
    }
    let (c, lang) = match load_for_export(ctx, loaded, &output) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let flows: Vec<usize> = match &flow {
        Some(_) => match export_flows(ctx, &c, lang, flow.as_deref()) {
            Ok(v) => v,
            Err(o) => return o,
        },
        None => c.model.menu_ix(),
    };
    let mut text = crate::view::export_version_line(&c.texts, lang, &c.model);
    text.push_str("\n\n");
    for fi in flows {
        let groups = match crate::export::paths::explore(&c.model, &c.model.flows[fi].id, max) {
            Ok(g) => g,
            Err(e) => return Outcome::CannotRun(Some(error_line(ctx.tool, lang, &e.message()))),
        };
        text.push_str(&crate::export::paths::render(&c.model, &c.texts, lang, fi, &groups, max));
    }
    emit(ctx, &c.texts, lang, &text, output)
}

/// `veiviser slip --lang-of-person CODE`: the fixed slip in the person's language, as a
/// page to print. A translation not yet checked by a native speaker is said so on
/// standard error, with the reminder that ROSA's own material comes first.
pub(super) fn slip(ctx: &Ctx, loaded: Loaded, code: &str, output: Option<PathBuf>) -> Outcome {
    let Some(sl) = crate::export::slip::language(code) else {
        let langs = crate::export::slip::languages().iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ");
        let msg = Msg::new("cli-err-slip-lang").arg("lang", code).arg("langs", langs);
        return Outcome::CannotRun(Some(error_line(ctx.tool, ctx.lang, &msg)));
    };
    let (c, lang) = match load_for_export(ctx, loaded, &output) {
        Ok(x) => x,
        Err(o) => return o,
    };
    if !crate::export::slip::checked(&sl.code) {
        let name = c.texts.get(lang, &format!("slip-lang-{}", sl.code));
        eprintln!("{}", c.texts.fmt(lang, "tui-save-slip-unchecked", &[("lang", &name)]));
    }
    eprintln!("{}", c.texts.get(lang, "tui-slip-rosa-first"));
    emit(ctx, &c.texts, lang, &crate::export::slip::html(&c.model, sl), output)
}

/// `veiviser schema`: the JSON Schema of the flow format (what `flows/schema.json` holds).
pub(super) fn schema(ctx: &Ctx, output: Option<PathBuf>) -> Outcome {
    if let Err(o) = refuse_existing(ctx, &output) {
        return o;
    }
    emit(ctx, ctx.tool, ctx.lang, &crate::schema::flow_schema(), output)
}
