//! Both locales: every message in both, formatting without errors, no isolation marks,
//! and every tool message the code names exists.

mod common;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::collections::BTreeSet;
use std::path::Path;
use veiviser::i18n::{FtlFile, Lang, embedded_ftl, placeables};

fn ids(files: &[FtlFile], lang: Lang) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for f in files.iter().filter(|f| f.lang == lang) {
        let res = fluent_syntax::parser::parse(f.text.as_ref()).unwrap_or_else(|(_, e)| panic!("{}: {e:?}", f.name));
        for e in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = e {
                out.insert(m.id.name.to_string());
            }
        }
    }
    out
}

#[test]
fn both_locales_have_the_same_messages() {
    let files = embedded_ftl();
    let nb = ids(&files, Lang::of("nb"));
    let en = ids(&files, Lang::of("en"));
    assert!(nb.len() > 100, "only {} messages", nb.len());
    let only_nb: Vec<_> = nb.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nb).collect();
    assert!(only_nb.is_empty() && only_en.is_empty(), "nb only: {only_nb:?}\nen only: {only_en:?}");
}

/// Every message formats without error (with every variable it names given a value) and
/// without Unicode isolation marks.
#[test]
fn every_message_formats_cleanly_in_both_languages() {
    for lang in veiviser::i18n::embedded_langs() {
        let files: Vec<FtlFile> = embedded_ftl().into_iter().filter(|f| f.lang == lang).collect();
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_builtins().unwrap();
        for f in &files {
            let res = FluentResource::try_new(f.text.to_string()).unwrap_or_else(|(_, e)| panic!("{}: {e:?}", f.name));
            bundle.add_resource(res).unwrap_or_else(|e| panic!("{}: {e:?}", f.name));
        }
        for f in &files {
            let ast = fluent_syntax::parser::parse(f.text.as_ref()).unwrap();
            for e in ast.body {
                let fluent_syntax::ast::Entry::Message(m) = e else { continue };
                let Some(value) = &m.value else { panic!("{} has no value", m.id.name) };
                let mut args = FluentArgs::new();
                for p in placeables(value) {
                    if let Some(var) = p.strip_prefix('$') {
                        args.set(var.to_string(), FluentValue::from(if var == "n" { "2" } else { "x" }));
                    }
                }
                let msg = bundle.get_message(m.id.name).unwrap();
                let mut errors = vec![];
                let s = bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang} {}: {errors:?}", m.id.name);
                assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{lang} {}", m.id.name);
                assert!(!s.trim().is_empty(), "{lang} {} is empty", m.id.name);
            }
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every tool-message id written in the Rust code ("cli-...", "check-...", "walk-...",
/// "ui-...", "tui-...") is in both locales, so no visible string can be missing.
#[test]
fn every_message_the_code_names_exists() {
    let files = embedded_ftl();
    let nb = ids(&files, Lang::of("nb"));
    let en = ids(&files, Lang::of("en"));
    let mut srcs = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut srcs);
    let mut named = BTreeSet::new();
    for p in srcs {
        let text = std::fs::read_to_string(&p).unwrap();
        for part in text.split('"').skip(1).step_by(2) {
            let is_id = ["cli-", "check-", "walk-", "ui-", "tui-"].iter().any(|pre| part.starts_with(pre))
                && !part.ends_with('-')
                && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_id {
                named.insert(part.to_string());
            }
        }
    }
    assert!(named.len() > 80, "found only {} ids", named.len());
    let missing: Vec<_> = named.iter().filter(|id| !nb.contains(*id) || !en.contains(*id)).collect();
    assert!(missing.is_empty(), "named in the code but missing in a locale: {missing:?}");
}

#[test]
fn the_bundled_flows_and_locales_pass_the_checker() {
    let c = common::bundled();
    assert!(c.model.case_flow().is_some(), "a flow is the whole case");
    let unused: Vec<_> = c.warnings.iter().map(|d| d.args.clone()).collect();
    assert!(unused.is_empty(), "warnings: {unused:?}");
}
