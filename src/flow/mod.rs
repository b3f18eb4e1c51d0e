//! The flow format: model (serde types), load (files or embedded -> model, with
//! positions), check (every semantic check -> diagnostics). No terminal here.

pub mod check;
pub mod cond;
pub mod load;
pub mod model;
pub mod pos;

use crate::diag::{Diag, Files};
use crate::i18n::{FtlFile, Texts};
pub use load::{CannotRun, Input};
pub use model::FlowSet;

/// A flow set that passed the checker, with its text.
#[derive(Debug)]
pub struct Checked {
    pub set: FlowSet,
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
    Ok(Checked { set: loaded.set, texts, warnings: diags, files: loaded.files })
}
