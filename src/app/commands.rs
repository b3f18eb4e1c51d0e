//! The commands that report on the set: `check`, `list`, `version`, `pack verify` and
//! `scenario check`.

use super::*;

/// `veiviser check`: the diagnostics on standard output; findings are exit 1.
pub(super) fn check(ctx: &Ctx, input: Input) -> Outcome {
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
pub(super) fn list(ctx: &Ctx, (input, unreadable): Loaded) -> Outcome {
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
    let version = crate::view::guidance_text(&c.texts, lang, &c.model);
    let _ = writeln!(out, "\n{}", c.texts.fmt(lang, "ui-version", &[("version", &version)]));
    if let Some(o) = crate::view::overdue_text(&c.texts, lang, &c.model) {
        let _ = writeln!(out, "! {o}");
    }
    let _ = writeln!(out, "{}", c.texts.get(lang, "cli-list-case-mark"));
    Outcome::Fine
}

/// `veiviser --version`: the program, the guidance in use (its version, origin and
/// review-by date), and whether it is past that date.
pub(super) fn version(ctx: &Ctx, (input, unreadable): Loaded) -> Outcome {
    let color = use_color(ctx.no_color, std::io::stderr().is_terminal());
    let (c, _, lang) = match checked_in_lang(ctx, &input, unreadable, color) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let g = c.model.guidance();
    let t = &c.texts;
    let origin = crate::view::origin_text(t, lang, &g.origin);
    let v = g.version(c.model.version());
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
pub(super) fn pack_verify(ctx: &Ctx, path: &Path, trust_key: Option<&Path>) -> Outcome {
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

/// `veiviser scenario check [FILES] [--coverage]`: replays every scenario shipped (or the
/// files given) on the flows, ok or what went another way for each; exit 1 when any
/// fails or a file is not a scenario, 2 when a file cannot be read or the flows are
/// broken.
pub(super) fn scenario_check(ctx: &Ctx, input: &Input, files: &[std::path::PathBuf], coverage: bool) -> Outcome {
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
