//! The flow format: model (serde types), load (files or embedded -> model, with
//! positions), check (every semantic check -> diagnostics). No terminal here.

pub mod check;
pub mod cond;
pub mod load;
pub mod model;
pub mod pos;
pub mod resolved;

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
    let loaded = load::load(input);
    let diags = check::check(&loaded);
    if diags.iter().any(Diag::is_error) {
        return Err((loaded.files, diags));
    }
    let ftl: Vec<FtlFile> = loaded.ftl.iter().map(|(_, f)| f.clone()).collect();
    let texts = Texts::with(&ftl);
    let mut set = loaded.set;
    set.version = version(&loaded.files);
    match resolved::resolve(set) {
        Ok(model) => Ok(Checked { model, texts, warnings: diags, files: loaded.files }),
        // Only a set with errors fails to resolve, and those were returned above.
        Err(resolved::Unresolved(what)) => {
            Err((loaded.files, vec![Diag::error("check-unresolved").arg("detail", what)]))
        }
    }
}

/// `0.1.0+1a2b3c4d`: the tool's version and a hash (FNV-1a, 32 bits shown) of every file
/// read, by name, in name order. Not a security measure: a label for a printout.
pub fn version(files: &Files) -> String {
    let mut all: Vec<_> = files.files.iter().collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for f in all {
        for b in f.name.bytes().chain([0u8]).chain(f.text.bytes()).chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{}+{:08x}", env!("CARGO_PKG_VERSION"), (h >> 32) ^ (h & 0xffff_ffff))
}

/// A local contact directory that was left out: where it is. The bundled contacts are
/// used instead; `veiviser check --contacts PATH` shows why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalIgnored {
    pub path: String,
}

/// Loads and checks for the commands that walk: the bundled (or `--flows`/`--locales`)
/// set must be clean, but a local contact directory that fails to load or to check is
/// left out as a whole, and said so. `unreadable` is a local file that could not even be
/// read. Err only when the set without the local file has errors.
pub fn load_checked_local(
    input: &Input,
    unreadable: Option<String>,
) -> Result<(Checked, Option<LocalIgnored>), (Files, Vec<Diag>)> {
    let Some(local) = &input.local_contacts else {
        return load_checked(input).map(|c| (c, unreadable.map(|path| LocalIgnored { path })));
    };
    if let Ok(c) = load_checked(input) {
        return Ok((c, None));
    }
    let base = Input { local_contacts: None, ..input.clone() };
    let c = load_checked(&base)?;
    Ok((c, Some(LocalIgnored { path: local.name.clone() })))
}
