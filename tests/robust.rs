//! Hostile and random input: the loader and checker never panic, and refuse what is over
//! their limits with a finding. (How fast they do it is measured in benches/check.rs.)

mod common;

use proptest::prelude::*;
use veiviser::flow::check;
use veiviser::flow::load::{self, Input, RawFile};

fn codes_for(name: &str, bytes: Vec<u8>) -> Vec<String> {
    let mini = common::fixture("mini");
    let mut input = Input::from_dirs(Some(&mini.join("flows")), Some(&mini.join("locales"))).unwrap();
    input.flows.push(RawFile { name: name.into(), bytes: bytes.into() });
    let loaded = load::load(input.clone());
    check::check(&loaded).iter().filter(|d| d.is_error()).map(|d| d.code().to_string()).collect()
}

#[test]
fn billion_laughs_is_refused_before_expansion() {
    let mut s = String::from("a: &a [x,x,x,x,x,x,x,x,x]\n");
    let mut prev = 'a';
    for c in "bcdefghijklm".chars() {
        s.push_str(&format!("{c}: &{c} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        prev = c;
    }
    let codes = codes_for("flows/lol.yaml", s.into_bytes());
    assert!(codes.iter().all(|c| c == "yaml-alias"), "{codes:?}");
    assert!(!codes.is_empty());
}

#[test]
fn deep_flow_style_nesting_is_refused() {
    let s = format!("id: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(codes_for("flows/deep.yaml", s.into_bytes()), ["too-deep"]);
}

#[test]
fn a_file_of_one_long_line_is_handled() {
    let s = format!("id: x\ntitle: {}\n", "a".repeat(900_000));
    let codes = codes_for("flows/long.yaml", s.into_bytes());
    assert!(codes.contains(&"yaml".to_string()), "{codes:?}");
}

#[test]
fn many_nodes_are_checked() {
    // A chain of 5000 info nodes ending in an outcome: valid but for the missing messages.
    let mut s = String::from("id: big\ntitle: m-case\nsource: {doc: doc-a}\nstart: n0\nnodes:\n");
    for i in 0..5000 {
        s.push_str(&format!("  n{i}:\n    kind: info\n    title: m-read\n    next: n{}\n", i + 1));
    }
    s.push_str("  n5000:\n    kind: outcome\n    title: m-done\n");
    assert!(codes_for("flows/big.yaml", s.into_bytes()).is_empty());
}

#[test]
fn binary_junk_is_refused() {
    let junk: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8).collect();
    let codes = codes_for("flows/junk.yaml", junk);
    assert_eq!(codes, ["not-utf8"]);
}

const VALID: &str = include_str!("fixtures/mini/flows/triage.yaml");

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// Any edit of a valid flow file, anywhere: a finding or a clean check, never a panic.
    #[test]
    fn mutated_flow_files_never_panic(pos in 0usize..VALID.len(), del in 0usize..40, ins in ".{0,12}") {
        let mut s = VALID.to_string();
        let mut p = pos.min(s.len());
        while !s.is_char_boundary(p) { p -= 1; }
        let mut end = (p + del).min(s.len());
        while !s.is_char_boundary(end) { end -= 1; }
        s.replace_range(p..end, &ins);
        let _ = codes_for("flows/triage.yaml", s.into_bytes());
    }

    /// Random bytes as YAML and as Fluent.
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = codes_for("flows/r.yaml", bytes.clone());
        let mini = common::fixture("mini");
        let mut input = Input::from_dirs(Some(&mini.join("flows")), Some(&mini.join("locales"))).unwrap();
        input.locales.push((veiviser::i18n::Lang::of("en"), RawFile { name: "locales/en/r.ftl".into(), bytes: bytes.into() }));
        let _ = check::check(&load::load(input.clone()));
    }

    /// Random conditions parse or fail with a place inside the text.
    #[test]
    fn conditions_never_panic(s in "[a-z ()!&|-]{0,60}") {
        if let Err(e) = veiviser::flow::cond::Cond::parse(&s) {
            prop_assert!(e.at.start <= s.len());
        }
    }
}
