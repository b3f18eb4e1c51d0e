//! The fuzz targets' inputs, replayed on stable in `cargo test` (no nightly, no
//! cargo-fuzz): every input that once made a target fail (tests/fixtures/fuzz/<target>/,
//! docs/security.md, "Fuzzing", says what each was) and the seed corpus
//! (fuzz/seeds/<target>/). The bodies are the fuzz targets' own (tests/fuzz_support).

mod fuzz_support;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for dir in [root.join("tests/fixtures/fuzz").join(target), root.join("fuzz/seeds").join(target)] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for p in files.into_iter().filter(|p| p.file_name().is_some_and(|f| f != "README")) {
            let bytes = std::fs::read(&p).unwrap();
            eprintln!("{target}: {}", p.display());
            run(&bytes);
            n += 1;
        }
    }
    assert!(n > 0, "no inputs for {target}");
}

#[test]
fn check_inputs() {
    replay("check", fuzz_support::check);
}

#[test]
fn cond_inputs() {
    replay("cond", fuzz_support::cond);
}

#[test]
fn walk_inputs() {
    replay("walk", fuzz_support::walk);
}

#[test]
fn tui_inputs() {
    // Each input both ways: as the long sequence it was found as (every state drawn), and
    // as the fuzz target reads it now (from a state built once).
    replay("tui", fuzz_support::tui_walk);
    replay("tui", fuzz_support::tui);
}
