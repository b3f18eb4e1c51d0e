//! The release files' generator (tools/dist_docs.rs, run by tools/dist.sh): completions
//! for four shells and man pages in English and Norwegian from the clap command, and the
//! third-party list from cargo's metadata (test-only crates, build scripts and procedural
//! macros left out).
#[allow(dead_code)]
#[path = "../tools/dist_docs.rs"]
mod dist_docs;

use std::path::Path;

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn completions_and_man_pages_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    dist_docs::docs(dir.path(), "2026-12-06").unwrap();
    let c = dir.path().join("completions");
    for f in [
        "veiviser.bash",
        "_veiviser",
        "veiviser.fish",
        "_veiviser.ps1",
        "nb/_veiviser",
        "nb/veiviser.fish",
        "nb/_veiviser.ps1",
    ] {
        let text = read(&c.join(f));
        assert!(!text.trim().is_empty(), "{f} is empty");
        for word in ["walk", "check", "json", "lang"] {
            assert!(text.contains(word), "{f} does not mention {word}");
        }
    }
    // The descriptions are in the language: clap's help texts come from Fluent.
    assert!(read(&c.join("_veiviser.ps1")).contains("Show this help"), "English descriptions");
    assert!(read(&c.join("nb/_veiviser.ps1")).contains("Vis denne hjelpen"), "Norwegian descriptions");

    let m = dir.path().join("man");
    let en = read(&m.join("veiviser.1"));
    let nb = read(&m.join("veiviser.nb.1"));
    for (page, name) in [(&en, "NAME"), (&nb, "NAVN")] {
        assert!(page.starts_with(".ie") || page.starts_with(".TH"), "a roff page");
        assert!(page.contains(".TH veiviser 1 2026-12-06"), "the title line with the date");
        assert!(page.contains(&format!(".SH {name}")), "section {name}");
        for word in ["veiviser\\-walk(1)", "veiviser\\-check(1)", "\\-\\-lang"] {
            assert!(page.contains(word), "the page does not mention {word}:\n{page}");
        }
    }
    assert!(en.contains(".SH OPTIONS") && nb.contains(".SH VALG"), "option headings from Fluent, in capitals");
    for sub in ["walk", "check", "list", "export", "paths", "schema", "scenario", "scenario-check", "scenario-run"] {
        for suffix in ["", ".nb"] {
            let page = read(&m.join(format!("veiviser-{sub}{suffix}.1")));
            assert!(page.contains(".SH "), "veiviser-{sub}{suffix}.1 has no section");
        }
    }
    let walk = read(&m.join("veiviser-walk.1"));
    assert!(walk.contains("\\-\\-json") && walk.contains("\\-\\-export"), "walk's own options");
}

/// A metadata file of cargo's shape: the root, a normal dependency with its own, a
/// procedural macro (with a dependency of its own), a build and a dev dependency.
fn metadata(dir: &Path) -> String {
    let pkg = |name: &str, licence: &str, kind: &str| {
        format!(
            r#"{{"id":"{name} 1.0.0","name":"{name}","version":"1.0.0","license":"{licence}",
            "manifest_path":"{}/{name}/Cargo.toml","targets":[{{"kind":["{kind}"]}}]}}"#,
            dir.display()
        )
    };
    let dep = |name: &str, kind: &str| format!(r#"{{"pkg":"{name} 1.0.0","dep_kinds":[{{"kind":{kind}}}]}}"#);
    let node = |name: &str, deps: &[String]| format!(r#"{{"id":"{name} 1.0.0","deps":[{}]}}"#, deps.join(","));
    let packages = [
        pkg("root", "MIT OR Apache-2.0", "lib"),
        pkg("normal", "MIT", "lib"),
        pkg("deeper", "Zlib", "lib"),
        pkg("a-macro", "MIT", "proc-macro"),
        pkg("macro-helper", "MIT", "lib"),
        pkg("builder", "MIT", "lib"),
        pkg("tester", "MIT", "lib"),
    ];
    let nodes = [
        node(
            "root",
            &[dep("normal", "null"), dep("a-macro", "null"), dep("builder", "\"build\""), dep("tester", "\"dev\"")],
        ),
        node("normal", &[dep("deeper", "null")]),
        node("a-macro", &[dep("macro-helper", "null")]),
    ];
    format!(
        r#"{{"packages":[{}],"resolve":{{"root":"root 1.0.0","nodes":[{}]}}}}"#,
        packages.join(","),
        nodes.join(",")
    )
}

#[test]
fn third_party_lists_what_is_linked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("deeper")).unwrap();
    std::fs::write(dir.path().join("deeper/LICENSE"), "the zlib licence text").unwrap();
    let meta = dir.path().join("meta.json");
    std::fs::write(&meta, metadata(dir.path())).unwrap();
    let text = dist_docs::third_party(&[format!("linux={}", meta.display())]).unwrap();
    assert!(text.contains("| normal | 1.0.0 | MIT | all |"), "{text}");
    assert!(text.contains("| deeper | 1.0.0 | Zlib | all |"), "{text}");
    for left_out in ["| root ", "| a-macro ", "| macro-helper ", "| builder ", "| tester "] {
        assert!(!text.contains(left_out), "{left_out} listed:\n{text}");
    }
    assert!(text.contains("the zlib licence text"), "a licence text other than MIT or Apache-2.0 is passed on");
    // With cargo tree's list, only what it names.
    let tree = dir.path().join("tree.txt");
    std::fs::write(&tree, "root v1.0.0 (/x)\nnormal v1.0.0\n").unwrap();
    let text = dist_docs::third_party(&[format!("linux={},{}", meta.display(), tree.display())]).unwrap();
    assert!(text.contains("| normal |") && !text.contains("| deeper |"), "{text}");
}
