//! The fuzz targets' inputs, replayed on stable in `cargo test` (no nightly, no
//! cargo-fuzz): every input that once made a target fail (tests/fixtures/fuzz/<target>/,
//! docs/security.md, "Fuzzing", says what each was) and the seed corpus
//! (fuzz/seeds/<target>/). The bodies are the fuzz targets' own (tests/fuzz_support).

mod fuzz_support;

use std::path::Path;

/// A file of a corpus libFuzzer wrote (named by the SHA-1 of its bytes), not one written
/// by hand or kept as a regression.
fn found(p: &Path) -> bool {
    p.file_name().and_then(|f| f.to_str()).is_some_and(|f| f.len() == 40 && f.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn replay(target: &str, run: fn(&[u8])) {
    replay_some(target, run, |_| true);
}

fn replay_some(target: &str, run: fn(&[u8]), take: impl Fn(&Path) -> bool) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for dir in [root.join("tests/fixtures/fuzz").join(target), root.join("fuzz/seeds").join(target)] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for p in files.into_iter().filter(|p| p.file_name().is_some_and(|f| f != "README") && take(p)) {
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
    // Each input as the fuzz target reads it now (from a state built once); the inputs
    // written by hand or kept as regressions also as the long sequence the former body
    // read (every state drawn: about 12 ms an input, too slow for the whole corpus).
    replay_some("tui", fuzz_support::tui_walk, |p| !found(p));
    replay("tui", fuzz_support::tui);
}

/// What a load gave, in a form two loads can be compared by.
fn summary(l: &veiviser::flow::load::Loaded) -> String {
    let files: Vec<(&str, &str)> = l.files.files.iter().map(|f| (f.name.as_str(), &*f.text)).collect();
    let mut contact_files: Vec<_> = l.contact_files.iter().collect();
    contact_files.sort();
    format!(
        "{files:?}\n{:?}\n{:?} {:?} {:?} {:?}\n{contact_files:?}\n{:?}\n{:?}",
        l.set, l.flow_files, l.sources_file, l.duties_file, l.local_contacts_file, l.ftl, l.diags
    )
}

/// The `check` target loads the set from files read once and the files it replaces, read
/// on their own (`fuzz_support::assembled`, `load::assemble`): that must give what loading
/// the whole set gives, findings and all. The cases: a file with findings of its own (an
/// unsafe character: the findings name the file by its id in the whole set), a flow that
/// serde_yaml refuses, a new flow file, a local contact file (the locales' ids move), a
/// Fluent file; and seeds of the target.
#[test]
fn assembling_reads_is_loading() {
    use veiviser::flow::{check, load};
    let mut cases: Vec<Vec<u8>> = vec![
        b"\x02contacts:\n  police:\n    name: {nb: \"a\x07b\", en: x}\n".to_vec(),
        b"\x00id: case\nnodes: [\n".to_vec(),
        b"\x06id: fuzz\nstart: a\nnodes:\n  a: {type: done, title: x\x1b}\n".to_vec(),
        b"\x88contacts:\n  x:\n    phone: \"1\x0b2\"\n\xffm-doc-b = a\x01b\n".to_vec(),
        b"\x45\xffm-doc-a = A \xe2\x80\xae doc\n".to_vec(),
    ];
    // The seeds written by hand, and every eighth of the corpus the fuzzer found.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/check");
    let mut files: Vec<_> = std::fs::read_dir(seeds).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for (i, p) in files.iter().enumerate() {
        if !found(p) || i % 8 == 0 {
            cases.push(std::fs::read(p).unwrap());
        }
    }
    let mut with_findings = 0;
    for data in &cases {
        let ci = fuzz_support::check_input(data).unwrap();
        let whole = load::load(ci.input.clone());
        let parts = fuzz_support::assembled(ci.input, &ci.changed);
        assert_eq!(summary(&whole), summary(&parts), "{:?}", String::from_utf8_lossy(data));
        let (a, b) = (check::check(&whole), check::check(&parts));
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
        with_findings += usize::from(whole.diags.iter().any(|d| d.file.is_some_and(|f| ci.changed.contains(&f))));
    }
    assert!(with_findings >= 4, "{with_findings} cases with findings of the loader in a replaced file");
    // A read cloned (the flow serde_yaml refused ahead is parsed again) loads the same.
    let reads = load::Input {
        flows: vec![load::RawFile { name: "flows/x.yaml".into(), bytes: b"id: x\nnodes: {a: [}\n".to_vec().into() }],
        ..load::Input::default()
    }
    .read();
    assert_eq!(summary(&load::assemble(reads.clone())), summary(&load::assemble(reads)));
}
