//! The checker: one fixture per class of error (tests/fixtures/check/<class>/, laid over
//! the small valid set in tests/fixtures/mini), each with the exact findings expected:
//! code, file, line and column.

mod common;

use std::path::Path;
use veiviser::diag::Diag;
use veiviser::flow::check;
use veiviser::flow::load::{self, Input, RawFile};
use veiviser::i18n::Lang;

/// The mini input with the files of `case` added or replacing those of the same path.
fn input_with(case: &str) -> Input {
    let mini = common::fixture("mini");
    let mut input = Input::from_dirs(Some(&mini.join("flows")), Some(&mini.join("locales"))).unwrap();
    let dir = common::fixture("check").join(case);
    assert!(dir.is_dir(), "no fixture {case}");
    overlay(&mut input, &dir, &dir);
    input
}

fn overlay(input: &mut Input, root: &Path, dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            overlay(input, root, &p);
            continue;
        }
        let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(&p).unwrap();
        let base = p.file_name().unwrap().to_string_lossy().to_string();
        if let Some(rest) = rel.strip_prefix("locales/") {
            let lang = rest.split('/').next().and_then(Lang::parse).unwrap_or_else(|| panic!("no language: {rel}"));
            input.locales.retain(|(l, f)| !(*l == lang && f.name.ends_with(&format!("/{base}"))));
            input.locales.push((lang, RawFile { name: rel, bytes: bytes.into() }));
        } else {
            input.flows.retain(|f| !f.name.ends_with(&format!("/{base}")));
            input.flows.push(RawFile { name: rel, bytes: bytes.into() });
        }
    }
}

/// (code, file, line, column) of every error, or of every warning.
fn findings(input: &Input, warnings: bool) -> Vec<(String, String, usize, usize)> {
    let loaded = load::load(input.clone());
    let diags: Vec<Diag> = check::check(&loaded);
    let mut v: Vec<_> = diags
        .iter()
        .filter(|d| d.is_error() != warnings)
        .map(|d| {
            let file = d.file.and_then(|f| loaded.files.get(f)).map(|f| f.name.clone()).unwrap_or_default();
            // Files of the base set by their path inside it.
            let file = file.split_once("fixtures/mini/").map_or(file.clone(), |(_, rest)| rest.to_string());
            let (l, c) = d.line_col(&loaded.files).unwrap_or((0, 0));
            (d.code().to_string(), file, l, c)
        })
        .collect();
    v.sort();
    v
}

fn expect(case: &str, want: &[(&str, &str, usize, usize)]) {
    let got = findings(&input_with(case), false);
    let want: Vec<_> = want.iter().map(|(c, f, l, col)| (c.to_string(), f.to_string(), *l, *col)).collect();
    assert_eq!(got, want, "fixture {case}");
}

const X: &str = "flows/x.yaml";

#[test]
fn the_base_fixture_is_clean() {
    let mini = common::fixture("mini");
    let input = Input::from_dirs(Some(&mini.join("flows")), Some(&mini.join("locales"))).unwrap();
    assert!(findings(&input, false).is_empty());
    assert!(findings(&input, true).is_empty());
}

#[test]
fn yaml_syntax_error() {
    // libyaml places it at the scalar that the badly indented line would continue.
    expect("yaml-syntax", &[("yaml", X, 6, 11)]);
}
#[test]
fn wrong_type() {
    expect("yaml-type", &[("yaml", X, 9, 11)]);
}
#[test]
fn unknown_key() {
    expect("unknown-key", &[("yaml", X, 9, 5)]);
}
#[test]
fn unknown_kind() {
    expect("unknown-kind", &[("yaml", X, 7, 11)]);
}
#[test]
fn duplicate_node_id() {
    expect("duplicate-key", &[("duplicate-key", X, 9, 3)]);
}
#[test]
fn duplicate_field() {
    // Found by the position scan, with both places (serde's own report is dropped).
    expect("duplicate-field", &[("duplicate-key", X, 9, 5)]);
}
#[test]
fn empty_file() {
    expect("empty-file", &[("empty-file", X, 1, 1)]);
}
#[test]
fn not_utf8() {
    expect("not-utf8", &[("not-utf8", X, 3, 6)]);
}
#[test]
fn anchors_and_aliases_are_refused() {
    expect("yaml-alias", &[("yaml-alias", X, 2, 8), ("yaml-alias", X, 3, 14)]);
}
#[test]
fn nesting_too_deep() {
    expect("too-deep", &[("too-deep", X, 36, 65)]);
}
#[test]
fn next_that_names_nothing() {
    expect("unknown-next", &[("unknown-next", X, 15, 15)]);
}
#[test]
fn start_that_names_nothing() {
    // `a` is then unreachable too: nothing leads to it.
    expect("unknown-start", &[("unknown-start", X, 4, 8)]);
}
#[test]
fn call_to_a_flow_that_does_not_exist() {
    expect("unknown-flow", &[("unknown-flow", X, 9, 11)]);
}
#[test]
fn duplicate_flow_id() {
    expect("duplicate-flow", &[("duplicate-flow", X, 1, 5)]);
}
#[test]
fn unreachable_node() {
    expect("unreachable", &[("unreachable", X, 9, 3)]);
}
#[test]
fn loop_with_no_way_out() {
    expect("no-outcome", &[("no-outcome", X, 16, 3), ("no-outcome", X, 20, 3)]);
}
#[test]
fn question_with_no_choices() {
    expect("no-choices", &[("no-choices", X, 6, 3)]);
}
#[test]
fn checklist_with_no_items() {
    expect("no-items", &[("no-items", X, 6, 3)]);
}
#[test]
fn fact_that_nothing_sets() {
    expect("unset-fact", &[("unset-fact", X, 9, 21)]);
}
/// A fact a condition tests must have its phrase in words in every language: here
/// `pregnant` has none, reported once per language where the condition tests it.
#[test]
fn fact_without_a_phrase_in_a_language() {
    expect("fact-no-phrase", &[("fact-no-phrase", X, 15, 11), ("fact-no-phrase", X, 15, 11)]);
    let loaded = load::load(input_with("fact-no-phrase"));
    let diags = check::check(&loaded);
    let mut langs: Vec<&str> = diags
        .iter()
        .filter(|d| d.code() == "fact-no-phrase")
        .flat_map(|d| d.args.iter().filter(|(k, _)| *k == "lang").map(|(_, v)| v.as_str()))
        .collect();
    langs.sort();
    assert_eq!(langs, ["en", "nb"]);
    assert!(diags.iter().any(|d| d.args.iter().any(|(k, v)| *k == "id" && v == "fact-pregnant")));
}
#[test]
fn condition_that_does_not_parse() {
    expect("bad-condition", &[("bad-condition", X, 9, 17)]);
}
#[test]
fn unknown_duty() {
    expect("unknown-duty", &[("unknown-duty", X, 9, 21)]);
}
#[test]
fn unknown_document() {
    expect("unknown-doc", &[("unknown-doc", X, 3, 15)]);
}
#[test]
fn unknown_contact() {
    expect("unknown-contact", &[("unknown-contact", X, 11, 18)]);
}
#[test]
fn key_that_does_not_belong_to_the_kind() {
    expect("key-for-kind", &[("key-for-kind", X, 9, 5)]);
}
#[test]
fn info_without_next() {
    expect("missing-next", &[("missing-next", X, 6, 3), ("no-outcome", X, 6, 3)]);
}
#[test]
fn when_without_next() {
    expect("when-needs-next", &[("when-needs-next", X, 6, 3)]);
}
#[test]
fn call_without_flow() {
    expect("call-needs-flow", &[("call-needs-flow", X, 6, 3)]);
}
#[test]
fn recursive_calls() {
    expect("recursive-call", &[("recursive-call", X, 9, 11), ("recursive-call", "flows/y.yaml", 9, 11)]);
}
#[test]
fn two_flows_claim_the_whole_case() {
    expect("two-cases", &[("two-cases", X, 5, 7)]);
}
#[test]
fn duplicate_choice_key() {
    expect("duplicate-choice", &[("duplicate-choice", X, 13, 14)]);
}
#[test]
fn reserved_choice_key() {
    expect("reserved-key", &[("reserved-key", X, 10, 14)]);
}
#[test]
fn invalid_ids() {
    expect("bad-id", &[("bad-id", X, 6, 3)]);
}
#[test]
fn node_without_source() {
    expect("no-source", &[("no-source", X, 10, 3)]);
}
#[test]
fn message_missing_in_both_locales() {
    expect("missing-message", &[("missing-message", X, 8, 12), ("missing-message", X, 8, 12)]);
}
#[test]
fn contact_text_per_language() {
    // The reference language (nb) missing is an error; a code that is no language here
    // is an error; another language missing is a warning (the nb text is shown there).
    let f = "flows/contacts.yaml";
    expect("contact-lang", &[("contact-lang", f, 15, 5), ("contact-unknown-lang", f, 15, 24)]);
    let w = findings(&input_with("contact-lang"), true);
    let want = [("contact-lang-fallback", f, 3, 5), ("contact-lang-fallback", f, 10, 5)];
    let want: Vec<_> = want.iter().map(|(c, f, l, col)| (c.to_string(), f.to_string(), *l, *col)).collect();
    assert_eq!(w, want);
}
#[test]
fn contact_without_source_or_with_a_date_nobody_checked() {
    // No source at all (an error, at the contact); a source in nb only (a warning, at
    // `source`); `checked` in the bundled directory, where nobody checked (at `checked`).
    let f = "flows/contacts.yaml";
    expect("contact-source", &[("contact-checked", f, 6, 5), ("contact-lang", f, 2, 3)]);
    let w = findings(&input_with("contact-source"), true);
    let want = [("contact-lang-fallback", f, 2, 3), ("contact-lang-fallback", f, 11, 5)];
    let want: Vec<_> = want.iter().map(|(c, f, l, col)| (c.to_string(), f.to_string(), *l, *col)).collect();
    assert_eq!(w, want);
}
#[test]
fn date_that_is_not_a_date() {
    // The directory does not load, so the contacts the flows use are unknown too.
    expect(
        "bad-date",
        &[
            ("unknown-contact", "flows/case.yaml", 48, 18),
            ("unknown-contact", "flows/case.yaml", 49, 18),
            ("unknown-contact", "flows/child.yaml", 18, 18),
            ("yaml", "flows/contacts.yaml", 7, 12),
        ],
    );
}
#[test]
fn fluent_syntax_error() {
    expect("fluent-syntax", &[("fluent-syntax", "locales/en/mini.ftl", 42, 1)]);
}
#[test]
fn message_in_one_locale_only() {
    expect("one-locale", &[("one-locale", "locales/en/mini.ftl", 42, 1)]);
}
#[test]
fn placeables_that_differ() {
    expect("placeables-differ", &[("placeables-differ", "locales/nb/mini.ftl", 18, 1)]);
}
#[test]
fn message_defined_twice() {
    expect("fluent-duplicate", &[("fluent-duplicate", "locales/en/mini.ftl", 42, 1)]);
}
#[test]
fn message_with_no_value() {
    expect(
        "fluent-no-value",
        &[("fluent-no-value", "locales/en/mini.ftl", 42, 1), ("fluent-no-value", "locales/nb/mini.ftl", 42, 1)],
    );
}
#[test]
fn unused_message_is_a_warning_only() {
    let input = input_with("unused-message");
    assert!(findings(&input, false).is_empty());
    let w = findings(&input, true);
    assert_eq!(
        w,
        vec![
            ("unused-message".into(), "locales/en/mini.ftl".into(), 42, 1),
            ("unused-message".into(), "locales/nb/mini.ftl".into(), 42, 1),
        ]
    );
}

#[test]
fn file_over_the_size_limit() {
    let mut input = input_with("unknown-next");
    let mut big = b"id: big\n".to_vec();
    big.resize(load::MAX_FILE_BYTES + 10, b'#');
    input.flows.push(RawFile { name: "flows/big.yaml".into(), bytes: big.into() });
    let got = findings(&input, false);
    assert!(got.iter().any(|(c, f, _, _)| c == "file-too-large" && f == "flows/big.yaml"), "{got:?}");
}

#[test]
fn every_fixture_folder_is_tested() {
    // A fixture without a test here would be dead weight; a test without one fails above.
    let src = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check.rs")).unwrap();
    for e in std::fs::read_dir(common::fixture("check")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        assert!(src.contains(&format!("\"{name}\"")), "fixture {name} has no test");
    }
}

#[test]
fn rendered_diagnostics_point_into_the_source() {
    let loaded = load::load(input_with("unknown-next"));
    let diags = check::check(&loaded);
    let texts = veiviser::i18n::Texts::tool();
    let mut out = Vec::new();
    veiviser::diag::render(&loaded.files, &diags, &texts, Lang::of("en"), false, &mut out).unwrap();
    let s = String::from_utf8(out).unwrap();
    assert!(s.contains("error[unknown-next]: `nowhere` is not a node of the flow `x`"), "{s}");
    assert!(s.contains("flows/x.yaml:15:15"), "{s}");
    assert!(s.contains("next: nowhere"), "{s}");
    assert!(s.contains("1 error, 0 warnings."), "{s}");
    let mut out = Vec::new();
    veiviser::diag::render(&loaded.files, &diags, &texts, Lang::of("nb"), false, &mut out).unwrap();
    let s = String::from_utf8(out).unwrap();
    assert!(s.contains("`nowhere` er ikke en node i flyten `x`"), "{s}");
    assert!(s.contains("1 feil, 0 advarsler."), "{s}");
}

#[test]
fn escape_sequence_in_a_contact() {
    // `\e` in a double-quoted name: the place of the escape, not of the mapping.
    expect("control-char-contact", &[("control-char", "flows/contacts.yaml", 3, 43)]);
}
#[test]
fn bidi_override_in_a_flow_string() {
    // A direction override: since issue 23 (finding 11) with the invisible characters.
    expect("control-char-flow", &[("invisible-char", "flows/sources.yaml", 4, 13)]);
}
#[test]
fn raw_escape_in_a_fluent_message() {
    expect("control-char-fluent", &[("control-char", "locales/en/mini.ftl", 41, 25)]);
}
#[test]
fn raw_control_character_in_yaml_is_found_where_it_stands() {
    // libyaml refuses the file too, and serde_yaml would put that at 1:1; the finding is
    // at the character, on line 4.
    expect("control-char-yaml", &[("control-char", X, 4, 20)]);
}

#[test]
fn rendered_snippets_show_control_characters_harmlessly() {
    for case in ["control-char-fluent", "control-char-yaml", "control-char-contact"] {
        let loaded = load::load(input_with(case));
        let diags = check::check(&loaded);
        let texts = veiviser::i18n::Texts::tool();
        let mut out = Vec::new();
        veiviser::diag::render(&loaded.files, &diags, &texts, Lang::of("en"), false, &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(!s.contains('\u{1b}'), "{case}: {s}");
        assert!(s.contains("error[control-char]"), "{case}: {s}");
    }
    // The pointer is under the character in the snippet (the stand-in is one column).
    let loaded = load::load(input_with("control-char-yaml"));
    let diags = check::check(&loaded);
    let mut out = Vec::new();
    veiviser::diag::render(&loaded.files, &diags, &veiviser::i18n::Texts::tool(), Lang::of("en"), false, &mut out)
        .unwrap();
    let s = String::from_utf8(out).unwrap();
    let line = s.lines().find(|l| l.contains("source: {doc: doc-a")).unwrap_or_default();
    let caret = s.lines().find(|l| l.trim_start().starts_with('│') && l.contains('^')).unwrap_or_default();
    let col = |l: &str, c: char| l.chars().position(|x| x == c);
    assert_eq!(col(line, '\u{241b}'), col(caret, '^'), "{s}");
}

#[test]
fn no_rust_type_name_in_a_yaml_finding() {
    for case in ["yaml-type", "unknown-key", "unknown-kind", "bad-date"] {
        let loaded = load::load(input_with(case));
        let diags = check::check(&loaded);
        for lang in [Lang::of("en"), Lang::of("nb")] {
            let mut out = Vec::new();
            veiviser::diag::render(&loaded.files, &diags, &veiviser::i18n::Texts::tool(), lang, false, &mut out)
                .unwrap();
            let s = String::from_utf8(out).unwrap();
            for bad in ["struct ", "enum ", "BiText", "u32", "expected one of", "invalid type"] {
                assert!(!s.contains(bad), "{case} {lang}: `{bad}` in {s}");
            }
        }
    }
}

#[test]
fn a_character_libyaml_refuses_is_found_where_it_stands() {
    // U+FFFE is no terminal control, but libyaml refuses it; after multi-byte letters on
    // line 1, the finding is still on line 3 at the character (serde_yaml says 1:1).
    let mut input = input_with("unknown-next");
    let text = "# æøå æøå\nid: y\ntitle: \"m-\u{fffe}case\"\n";
    input.flows.push(RawFile { name: "flows/y.yaml".into(), bytes: text.as_bytes().to_vec().into() });
    let got = findings(&input, false);
    assert!(got.contains(&("yaml".to_string(), "flows/y.yaml".to_string(), 3, 11)), "{got:?}");
}

/// A digit never changes meaning: one `none: true` choice (number 0) a question, a
/// choice keyed `none` is marked so, and at most 9 other choices (one digit each).
#[test]
fn none_choices_and_one_digit_numbers() {
    expect("none-choices", &[("none-twice", X, 22, 15), ("none-unmarked", X, 13, 14), ("too-many-choices", X, 37, 15)]);
}
