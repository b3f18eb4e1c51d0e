//! Shared test helpers: the fixture flow sets.
#![allow(dead_code)]

pub mod json;

use std::path::{Path, PathBuf};
use veiviser::flow::{self, Checked, Input};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Copies the folder `from` and everything in it to `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_tree(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

/// The small fixture set (tests/fixtures/mini), loaded and checked.
pub fn mini() -> Checked {
    let dir = fixture("mini");
    let input = Input::from_dirs(Some(&dir.join("flows")), Some(&dir.join("locales"))).expect("fixture folders");
    match flow::load_checked(&input) {
        Ok(c) => c,
        Err((_, d)) => panic!("fixture has errors: {d:#?}"),
    }
}

/// The bundled set as its files write it: the loader's raw set (conditions as text,
/// the `setting` mark), for the tests that read the flows as written. The resolved model
/// keeps it to itself.
pub fn bundled_raw() -> flow::FlowSet {
    flow::load::load(Input::embedded()).set
}

/// The bundled flow set, loaded and checked.
pub fn bundled() -> Checked {
    match flow::load_checked(&Input::embedded()) {
        Ok(c) => c,
        Err((files, d)) => {
            let texts = veiviser::i18n::Texts::tool();
            let mut out = Vec::new();
            let _ = veiviser::diag::render(&files, &d, &texts, veiviser::i18n::Lang::of("en"), false, &mut out);
            panic!("bundled flows have errors:\n{}", String::from_utf8_lossy(&out))
        }
    }
}

/// Every fact the given conditions test (a condition that does not parse tests none: the
/// checker reports it).
pub fn condition_facts<'a>(
    conds: impl IntoIterator<Item = &'a Option<veiviser::flow::model::Str>>,
) -> std::collections::BTreeSet<String> {
    conds
        .into_iter()
        .flatten()
        .filter_map(|c| veiviser::flow::cond::Cond::parse(c).ok())
        .flat_map(|c| c.facts().into_iter().map(str::to_string).collect::<Vec<_>>())
        .collect()
}
