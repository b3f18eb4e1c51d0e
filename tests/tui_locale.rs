//! The TUI's own messages (locales/*/ui-tui.ftl): the same ids and placeables in nb and
//! en, every id the code uses is there, formatting leaves no isolation marks and no
//! unfilled placeable, and the code itself holds no sentence.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use veiviser::i18n::{Texts, placeables};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(root().join(format!("locales/{lang}/ui-tui.ftl"))).unwrap();
    let res = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
    let mut out = BTreeMap::new();
    for entry in &res.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            let value = m.value.as_ref().unwrap_or_else(|| panic!("{} has no value", m.id.name));
            assert!(out.insert(m.id.name.to_string(), placeables(value)).is_none(), "{} twice", m.id.name);
        }
    }
    out
}

/// The Rust sources of the TUI, without their unit tests.
fn sources() -> Vec<(String, String)> {
    let mut v = Vec::new();
    let mut dirs = vec![root().join("src/tui")];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
                v.push((p.display().to_string(), code));
            }
        }
    }
    assert!(v.len() > 20, "read src/tui and its folders: {} files", v.len());
    v
}

/// String literals in `code` (simple: no escaped quotes in ours), skipping comments.
fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut parts = line.split('"');
        parts.next();
        while let Some(lit) = parts.next() {
            out.push(lit.to_string());
            parts.next();
        }
    }
    out
}

#[test]
fn nb_and_en_have_the_same_ids_and_placeables() {
    let nb = messages("nb");
    let en = messages("en");
    assert_eq!(nb.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>());
    for (id, ph) in &nb {
        assert!(id.starts_with("tui-"), "{id}: TUI messages start with tui-");
        assert_eq!(ph, &en[id], "{id}");
    }
}

#[test]
fn every_id_the_code_uses_is_in_both_languages() {
    let nb = messages("nb");
    let mut used = BTreeSet::new();
    for (file, code) in sources() {
        for lit in literals(&code) {
            if lit.starts_with("tui-") {
                assert!(nb.contains_key(&lit), "{file}: {lit} is not in ui-tui.ftl");
                used.insert(lit);
            }
        }
    }
    let unused: Vec<_> = nb.keys().filter(|k| !used.contains(*k)).collect();
    assert!(unused.is_empty(), "not used by src/tui: {unused:?}");
}

#[test]
fn formatting_leaves_no_isolation_marks_and_no_unfilled_placeable() {
    let texts = Texts::tool();
    for lang in veiviser::i18n::embedded_langs() {
        for (id, ph) in messages(lang.code()) {
            let args: Vec<(String, String)> =
                ph.iter().filter_map(|p| p.strip_prefix('$')).map(|n| (n.to_string(), format!("<{n}>"))).collect();
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let s = texts.fmt(lang, &id, &args);
            assert!(!s.starts_with('['), "{lang} {id}: missing");
            assert!(!s.contains(['\u{2068}', '\u{2069}']), "{lang} {id}: {s:?}");
            assert!(!s.contains('{'), "{lang} {id}: {s:?}");
            assert!(!s.trim().is_empty(), "{lang} {id}");
        }
    }
}

#[test]
fn the_code_holds_no_sentence_only_key_names_and_signs() {
    // Key names as printed on keyboards are the same in both languages.
    let keys = ["PgUp", "PgDn", "Home", "End", "Backspace", "Esc", "Tab", "Enter"];
    for (file, code) in sources() {
        for lit in literals(&code) {
            let words: Vec<&str> = lit
                .split(|c: char| c.is_whitespace() || c == '/')
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                .filter(|w| !w.contains('-') && !w.contains('{') && !w.contains("::"))
                .filter(|w| !keys.contains(w))
                .collect();
            // One lower-case word is a placeable's name (`date`); more, or a capital, is text.
            let text = words.len() > 1 || words.iter().any(|w| w.starts_with(char::is_uppercase));
            assert!(!text, "{file}: \"{lit}\" looks like text: put it in ui-tui.ftl");
        }
    }
}

#[test]
fn the_hidden_screen_says_nothing_about_the_subject() {
    let texts = Texts::tool();
    for lang in veiviser::i18n::embedded_langs() {
        let s =
            format!("{} {}", texts.get(lang, "tui-hidden-title"), texts.get(lang, "tui-hidden-text")).to_lowercase();
        for w in ["menneske", "traffick", "handel", "veivis", "offer", "victim", "utnytt", "exploit", "plikt", "duty"] {
            assert!(!s.contains(w), "{lang}: {s}");
        }
    }
}
