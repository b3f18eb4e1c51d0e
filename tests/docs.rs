//! The documents: README.md stays short, every relative link in it, CHANGELOG.md and `docs/` leads
//! somewhere, and `docs/keys.md` holds the key table as `src/tui/keymap.rs` renders it.
//!
//! `UPDATE_DOCS=1 cargo test --test docs` writes the generated table into `docs/keys.md`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use veiviser::i18n::Lang;
use veiviser::tui::keymap::keys_markdown;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const BEGIN: &str = "<!-- keys:begin (generated from src/tui/keymap.rs; do not edit by hand) -->\n";
const END: &str = "<!-- keys:end -->";

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// README.md, CHANGELOG.md and every Markdown file in docs/.
fn documents() -> Vec<PathBuf> {
    let mut v = vec![Path::new(ROOT).join("README.md"), Path::new(ROOT).join("CHANGELOG.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("docs"))
        .expect("docs/ is there")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    assert!(docs.len() >= 8, "docs/ has {} files", docs.len());
    v.extend(docs);
    v
}

#[test]
fn the_readme_is_at_most_250_lines() {
    let n = read(&Path::new(ROOT).join("README.md")).lines().count();
    assert!(n <= 250, "README.md has {n} lines: at most 250 (the rest belongs in docs/)");
    assert!(n >= 40, "README.md has only {n} lines");
}

#[test]
fn docs_keys_md_is_the_key_table_as_generated() {
    let path = Path::new(ROOT).join("docs/keys.md");
    let text = read(&path);
    let (Some(b), Some(e)) = (text.find(BEGIN), text.find(END)) else {
        panic!("docs/keys.md lacks the markers {BEGIN:?} and {END:?}")
    };
    assert!(b < e, "the markers of docs/keys.md are out of order");
    let generated = keys_markdown(Lang::of("en"));
    let now = &text[b + BEGIN.len()..e];
    if now == generated {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some_and(|v| v == "1") {
        let new = format!("{}{BEGIN}{generated}{}", &text[..b], &text[e..]);
        // Whole or not at all: the link test reads the file meanwhile.
        let tmp = path.with_extension("md.new");
        std::fs::write(&tmp, new).unwrap_or_else(|err| panic!("{}: {err}", tmp.display()));
        std::fs::rename(&tmp, &path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        eprintln!("docs/keys.md: the key table written anew");
        return;
    }
    panic!(
        "docs/keys.md is not the key table of src/tui/keymap.rs (and locales/en/ui-tui.ftl).\n\
         Regenerate it with:  UPDATE_DOCS=1 cargo test --test docs\n\
         --- docs/keys.md\n{now}\n--- generated\n{generated}"
    );
}

#[test]
fn the_keys_table_is_in_both_languages_and_has_every_row() {
    let en = keys_markdown(Lang::of("en"));
    let nb = keys_markdown(Lang::of("nb"));
    let rows = veiviser::tui::keymap::KEYMAP.len();
    for t in [&en, &nb] {
        // The heading, the rule, a line a row.
        assert_eq!(t.lines().filter(|l| l.starts_with("| ")).count(), rows + 2, "{t}");
        assert!(!t.contains("[tui-"), "a message is missing: {t}");
    }
    assert!(en.contains("| Key | What it does |") && en.contains("| `x` | Hide the screen"), "{en}");
    assert!(nb.contains("| Tast | Hva den gjør |"), "{nb}");
}

/// The keys the README names in its table are keys of the keymap.
#[test]
fn the_readme_names_only_keys_of_the_keymap() {
    let readme = read(&Path::new(ROOT).join("README.md"));
    let table = keys_markdown(Lang::of("en"));
    let keys: Vec<&str> = table.lines().filter_map(|l| l.split(" | ").next()).collect();
    let start = readme.find("| Key |").expect("README.md has a table of keys");
    let mut n = 0;
    for line in readme[start..].lines().skip(2).take_while(|l| l.starts_with('|')) {
        let cell = line.split('|').nth(1).unwrap_or("");
        for k in cell.split('`').skip(1).step_by(2) {
            assert!(keys.iter().any(|row| row.contains(&format!("`{k}`"))), "README's key {k:?} is not in the keymap");
            n += 1;
        }
    }
    assert!(n >= 5, "README's key table names {n} keys");
}

/// GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation but `-` and
/// `_` dropped; a repeated heading gets `-1`, `-2`, ...
fn anchors(text: &str) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        if fenced || !line.starts_with('#') {
            continue;
        }
        let title = line.trim_start_matches('#').trim();
        let slug: String = title
            .to_lowercase()
            .chars()
            .filter_map(|c| match c {
                ' ' => Some('-'),
                c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
                _ => None,
            })
            .collect();
        let n = seen.entry(slug.clone()).or_insert(0);
        out.push(if *n == 0 { slug.clone() } else { format!("{slug}-{n}") });
        *n += 1;
    }
    out
}

/// The targets of the inline links `[text](target)` outside fenced code.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        if fenced {
            continue;
        }
        let mut rest = line;
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let Some(j) = after.find(')') else { break };
            out.push(after[..j].to_string());
            rest = &after[j..];
        }
    }
    out
}

#[test]
fn every_relative_link_leads_to_a_file_and_an_anchor_that_exist() {
    let mut checked = 0;
    for doc in documents() {
        let text = read(&doc);
        let dir = doc.parent().expect("a folder");
        for link in links(&text) {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (file, anchor) = match link.split_once('#') {
                Some((f, a)) => (f, Some(a)),
                None => (link.as_str(), None),
            };
            let target = if file.is_empty() { doc.clone() } else { dir.join(file) };
            assert!(target.exists(), "{}: the link {link:?} leads to no file", doc.display());
            if let Some(a) = anchor
                && target.extension().is_some_and(|x| x == "md")
            {
                let have = anchors(&read(&target));
                assert!(have.iter().any(|h| h == a), "{}: no heading #{a} in {}", doc.display(), target.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} links checked");
}

#[test]
fn the_anchor_rule_is_github_s() {
    let a = anchors(
        "# veiviser\n## The guidance's age, and content packs\n```\n# not a heading\n```\n## Release files: installing and checking\n## Speed\n## Speed\n",
    );
    assert_eq!(
        a,
        [
            "veiviser",
            "the-guidances-age-and-content-packs",
            "release-files-installing-and-checking",
            "speed",
            "speed-1"
        ]
    );
    assert_eq!(links("see [a](docs/a.md#x) and [b](b.md)\n```\n[c](no.md)\n```"), ["docs/a.md#x", "b.md"]);
}

/// A file of the repository that a document names in code (`tests/room.rs`,
/// `src/flow/load.rs`) is there: a moved or removed file shows up here.
#[test]
fn every_file_the_documents_name_in_code_is_there() {
    const ROOTS: [&str; 9] =
        ["tests/", "src/", "tools/", "benches/", "fuzz/", "flows/", "locales/", "scenarios/", "keys/"];
    // Made by a run, never committed; or a pattern, not a file; or an example's name.
    const EXAMPLES: [&str; 1] = ["flows/x.yaml"];
    let skip = |p: &str| {
        p.starts_with("fuzz/corpus")
            || p.starts_with("fuzz/artifacts")
            || p.contains(['<', '*', '{'])
            || EXAMPLES.contains(&p)
    };
    let mut n = 0;
    for doc in documents() {
        // Outside fenced blocks, whose three backticks would upset the pairs.
        let mut fenced = false;
        let text: String = read(&doc)
            .lines()
            .filter(|l| {
                fenced ^= l.starts_with("```");
                !fenced && !l.starts_with("```")
            })
            .map(|l| format!("{l}\n"))
            .collect();
        for span in text.split('`').skip(1).step_by(2) {
            // `flows/x.yaml:9:11` names a place in a file: the file.
            let p = span.split(':').next().unwrap_or(span).trim_end_matches(['/', ',', '.']);
            if !ROOTS.iter().any(|r| p.starts_with(r)) || p.contains(' ') || skip(p) || p.contains("TARGET") {
                continue;
            }
            assert!(Path::new(ROOT).join(p).exists(), "{}: `{p}` is not in the repository", doc.display());
            n += 1;
        }
    }
    assert!(n >= 40, "only {n} paths checked");
}
