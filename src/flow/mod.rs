//! The flow format: model (serde types), load (files or embedded -> model, with
//! positions), check (every semantic check -> diagnostics), and [`yaml`], the one
//! module that reads YAML. No terminal here.

pub mod check;
pub mod cond;
pub mod load;
pub mod model;
pub mod resolved;
pub mod yaml;

use crate::diag::{Diag, Files};
use crate::i18n::{FtlFile, Texts};
pub use load::{CannotRun, Input};
pub use model::FlowSet;

/// A flow set that passed the checker, resolved, with its text.
#[derive(Debug)]
pub struct Checked {
    pub model: resolved::Model,
    pub texts: Texts,
    /// Warnings the checker had (no errors).
    pub warnings: Vec<Diag>,
    pub files: Files,
}

/// Loads and checks; Ok only when there is no error.
pub fn load_checked(input: &Input) -> Result<Checked, (Files, Vec<Diag>)> {
    let loaded = load::load(input.clone());
    let diags = check::check(&loaded);
    if diags.iter().any(Diag::is_error) {
        return Err((loaded.files, diags));
    }
    checked_from(loaded, diags)
}

/// The checked set from a load and its findings, whose errors, if any, the caller has
/// accepted (the `check` fuzz target: one load and check a run, not two).
pub fn checked_from(loaded: load::Loaded, diags: Vec<Diag>) -> Result<Checked, (Files, Vec<Diag>)> {
    let ftl: Vec<FtlFile> = loaded.ftl.iter().map(|(_, f)| f.clone()).collect();
    let texts = Texts::with(&ftl);
    let mut set = loaded.set;
    set.version = version(&loaded.files, loaded.local_contacts_file);
    match resolved::resolve(set) {
        Ok(model) => Ok(Checked { model, texts, warnings: diags, files: loaded.files }),
        // Only a set with errors fails to resolve, and those were returned above.
        Err(resolved::Unresolved(what)) => {
            Err((loaded.files, vec![Diag::error("check-unresolved").arg("detail", what)]))
        }
    }
}

/// The bundled set (no `--flows`, no `--locales`, no local contact file), for a quick
/// start: its flows files through the one loader and merge, as `--flows` reads a folder
/// (each parsed from the JSON build.rs made of it, [`load::load_bundled`]); its texts as
/// built in (with the index build.rs made of them); the version build.rs computed. Not
/// checked: the tests and `veiviser check` in CI check the bundled set, and it cannot
/// change after the build (docs/architecture.md, "The quick start"). None if the loader
/// finds anything (a broken build): the caller then takes the full load, which says what
/// is wrong.
pub fn load_embedded() -> Option<Checked> {
    let loaded = load::load_bundled();
    if !loaded.diags.is_empty() {
        return None;
    }
    let mut set = loaded.set;
    set.version = crate::embedded::VERSION.to_string();
    let mut ftl = crate::i18n::embedded_ftl();
    if !crate::embedded::LOCALES_NFC {
        ftl = ftl.into_iter().map(|f| FtlFile { text: load::shared::nfc(f.text.to_string()).into(), ..f }).collect();
    }
    let texts = Texts::with(&ftl);
    let model = resolved::resolve(set).ok()?;
    Some(Checked { model, texts, warnings: Vec::new(), files: loaded.files })
}

/// The bundled guidance's own facts (flows/guidance.yaml as built in, through the loader),
/// its origin `Bundled`; the default where the build has none.
pub fn bundled_guidance() -> crate::guidance::Guidance {
    let flows =
        Input::embedded_flows().into_iter().filter(|f| load::FlowsFile::of(&f.name) == load::FlowsFile::Guidance);
    let set = load::load(Input { flows: flows.collect(), ..Input::default() }).set;
    crate::guidance::Guidance { origin: crate::guidance::Origin::Bundled, ..set.guidance }
}

/// `0.1.0+1a2b3c4d`: the tool's version and a hash (FNV-1a, 32 bits shown) of every file
/// read, by its name in the set (`flows/case.yaml`, `locales/nb/case.ftl`, the local file
/// as `local/contacts.yaml`: not by where it lies, so that the same files give the same
/// version on any machine), in name order. Not a security measure: a label for a
/// printout.
pub fn version(files: &Files, local: Option<crate::diag::FileId>) -> String {
    let mut all: Vec<(String, &str)> = files
        .files
        .iter()
        .enumerate()
        .map(|(id, f)| {
            (if Some(id) == local { "local/contacts.yaml".to_string() } else { set_name(&f.name) }, &*f.text)
        })
        .collect();
    format!("{}+{:08x}", env!("CARGO_PKG_VERSION"), load::shared::fingerprint(&mut all))
}

/// A file's name in the set, whatever folder it was read from: `flows/NAME` for a flow
/// file, `locales/LANG/NAME` for a Fluent file (LANG its folder), as build.rs names the
/// bundled ones.
fn set_name(path: &str) -> String {
    let mut parts = path.rsplit(['/', '\\']);
    let base = parts.next().unwrap_or(path);
    if base.ends_with(".ftl") {
        format!("locales/{}/{base}", parts.next().unwrap_or(""))
    } else {
        format!("flows/{base}")
    }
}

/// A local contact directory that was left out, or loaded with its invisible characters
/// made harmless: where it is. `veiviser check --contacts PATH` shows why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalIgnored {
    pub path: String,
    /// Loaded after all: its only errors were invisible or layout-breaking characters
    /// (`invisible-char`), which the loader shows as U+FFFD ([`crate::safe::one_line`]).
    /// Otherwise it was left out, and the bundled contacts are used instead.
    pub cleaned: bool,
}

impl LocalIgnored {
    pub fn left_out(path: String) -> LocalIgnored {
        LocalIgnored { path, cleaned: false }
    }
}

/// Loads and checks for the commands that walk: the bundled (or `--flows`/`--locales`)
/// set must be clean, but a local contact directory that fails to load or to check is
/// left out as a whole, and said so; one whose only errors are invisible or
/// layout-breaking characters is loaded with them made harmless, and said so (a broken
/// local file degrades, it never stops the tool). `unreadable` is a local file that
/// could not even be read. Err only when the set without the local file has errors.
pub fn load_checked_local(
    input: &Input,
    unreadable: Option<String>,
) -> Result<(Checked, Option<LocalIgnored>), (Files, Vec<Diag>)> {
    let Some(local) = &input.local_contacts else {
        return load_checked(input).map(|c| (c, unreadable.map(LocalIgnored::left_out)));
    };
    let loaded = load::load(input.clone());
    let diags = check::check(&loaded);
    let local_file = loaded.local_contacts_file;
    let harmless =
        |d: &Diag| !d.is_error() || (d.code() == "invisible-char" && local_file.is_some() && d.file == local_file);
    if diags.iter().all(harmless) {
        let cleaned = diags.iter().any(Diag::is_error);
        let c = checked_from(loaded, diags)?;
        return Ok((c, cleaned.then(|| LocalIgnored { path: local.name.clone(), cleaned: true })));
    }
    let base = Input { local_contacts: None, ..input.clone() };
    let c = load_checked(&base)?;
    Ok((c, Some(LocalIgnored::left_out(local.name.clone()))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn full() -> Checked {
        match load_checked(&Input::embedded()) {
            Ok(c) => c,
            Err((_, d)) => panic!("the bundled set has errors: {d:?}"),
        }
    }

    /// The quick start skips the checker: only sound because the bundled set is clean.
    #[test]
    fn the_bundled_set_checks_clean_without_warnings() {
        let c = full();
        assert!(c.warnings.is_empty(), "warnings: {:?}", c.warnings);
    }

    #[test]
    fn the_quick_start_reads_the_same_set_as_the_full_load() {
        let quick = load_embedded().expect("the bundled JSON reads");
        let full = full();
        assert_eq!(format!("{:?}", quick.model), format!("{:?}", full.model));
        let m = &quick.model;
        assert!(!m.flows.is_empty() && m.contacts().next().is_some() && m.documents().next().is_some());
    }

    /// The quick start's load (each bundled file from its JSON) gives the set the full
    /// load gives from the YAML, and holds the same files.
    #[test]
    fn the_bundled_files_read_from_their_json_as_from_their_yaml() {
        let quick = load::load_bundled();
        let full = load::load(Input::embedded());
        assert_eq!(format!("{:?}", quick.set), format!("{:?}", full.set));
        assert!(quick.diags.is_empty() && full.diags.is_empty(), "{:?} {:?}", quick.diags, full.diags);
        assert!(quick.set.flows.len() >= 8);
        let flows: Vec<_> = full.files.files.iter().filter(|f| f.name.starts_with("flows/")).collect();
        assert_eq!(quick.files.files.len(), flows.len());
        for (q, f) in quick.files.files.iter().zip(flows) {
            assert_eq!((&q.name, &q.text), (&f.name, &f.text));
        }
    }

    #[test]
    fn the_version_made_at_build_time_is_the_one_the_load_computes() {
        let loaded = load::load(Input::embedded());
        assert_eq!(crate::embedded::VERSION, version(&loaded.files, None));
        assert!(crate::embedded::VERSION.starts_with(concat!(env!("CARGO_PKG_VERSION"), "+")));
    }

    #[test]
    fn the_quick_start_has_every_message_of_the_full_load() {
        let quick = load_embedded().expect("the bundled JSON reads");
        let full = full();
        let mut n = 0;
        for f in crate::i18n::embedded_ftl() {
            let ast = match fluent_syntax::parser::parse(f.text.as_ref()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for e in ast.body {
                if let fluent_syntax::ast::Entry::Message(m) = e {
                    let id = m.id.name;
                    assert_eq!(quick.texts.get(f.lang, id), full.texts.get(f.lang, id), "{} {id}", f.lang);
                    n += 1;
                }
            }
        }
        assert!(n > 500, "only {n} messages");
    }

    #[test]
    fn the_bundled_guidance_has_its_dates_as_the_full_load_reads_them() {
        let g = bundled_guidance();
        assert_eq!(g.review_by.map(|d| d.to_string()).as_deref(), Some("2027-12-31"));
        assert!(g.date.is_some_and(|d| g.review_by.is_some_and(|r| d < r)));
        assert_eq!(&g, full().model.guidance());
    }

    #[test]
    fn every_folder_under_locales_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let folders: BTreeSet<String> = std::fs::read_dir(&dir)
            .expect("locales/ reads")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .collect();
        let embedded: BTreeSet<String> = crate::embedded::locales().iter().map(|(l, _, _)| l.to_string()).collect();
        assert_eq!(folders, embedded);
        assert!(folders.len() >= 2);
    }
}
