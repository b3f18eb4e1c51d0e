//! Line mode for screen readers and scripts (issue 22): the choices before the source
//! line, a progress line, actions as bullets, addresses and phone numbers never broken,
//! public sources only in JSON, exit codes, `--contacts`, `help walk`, and command-line
//! mistakes in one language.

use assert_cmd::Command;

fn bin() -> Command {
    let mut c = Command::cargo_bin("veiviser").expect("the binary");
    c.env("HOME", "/nonexistent").env("XDG_CONFIG_HOME", "/nonexistent").env("COLUMNS", "80");
    c
}

const ADULT_WANTS_HELP: &str =
    "not-acute\nadult\nnot-likely\nalone\narrival-centre\n1 2 3 4 5\n\n\nnone\nwants-help\ncitizen\n\n";

fn plain(lang: &str, input: &str, columns: &str) -> (Option<i32>, String) {
    let out = bin()
        .env("COLUMNS", columns)
        .args(["walk", "--plain", "--lang", lang])
        .write_stdin(input.to_string())
        .output()
        .expect("runs");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).to_string())
}

#[test]
fn choices_come_before_the_source_and_a_progress_line_says_where() {
    for (lang, stage, source) in
        [("en", "Stage: Triage. Step 1 of about ", "(Source:"), ("nb", "Fase: Triage. Steg 1 av omtrent ", "(Kilde:")]
    {
        let (code, s) = plain(lang, "", "80");
        assert_eq!(code, Some(3), "the input ended before the summary");
        let step = s.split("\n== ").nth(1).expect("a step");
        assert!(step.lines().nth(1).is_some_and(|l| l.starts_with(stage)), "{step}");
        let first_choice = step.find("\n1) ").expect("numbered choices");
        let src = step.find(source).expect("the source");
        assert!(first_choice < src, "the choices first:\n{step}");
        // The step numbers go up as the walk goes on, of about as many in all.
        let (_, s) = plain(lang, "not-acute\nadult\n", "80");
        let steps: Vec<&str> = s.lines().filter(|l| l.starts_with(&stage[..stage.len() - 20])).collect();
        assert!(steps.len() >= 3, "{s}");
        assert!(steps[2].contains(if lang == "en" { "Step 3 of about" } else { "Steg 3 av omtrent" }), "{steps:?}");
    }
}

#[test]
fn actions_are_bullets_and_addresses_and_numbers_are_never_broken() {
    for lang in ["en", "nb"] {
        for columns in ["80", "30"] {
            let (code, s) = plain(lang, ADULT_WANTS_HELP, columns);
            assert_eq!(code, Some(0), "the summary was reached: {s}");
            // The summary's first group of actions.
            let head = if lang == "en" { "\nNow\n" } else { "\nNå\n" };
            let at = s.find(head).expect("a summary with actions") + 1;
            let after: Vec<&str> = s[at..].lines().skip(1).take_while(|l| !l.is_empty()).collect();
            assert!(after.first().is_some_and(|l| l.starts_with("- ")), "{after:?}");
            assert!(!after.iter().any(|l| l.starts_with("1) ")), "{after:?}");
            // ROSA's number and web address, whole on one line each.
            assert!(s.lines().any(|l| l.contains("22 33 11 60")), "{s}");
            assert!(s.lines().any(|l| l.contains("rosa-help.no")), "{s}");
            // No line ends inside a group of digits that goes on on the next line.
            let lines: Vec<&str> = s.lines().collect();
            for w in lines.windows(2) {
                let end = w[0].trim_end();
                let next = w[1].trim_start();
                let split_number = end
                    .rsplit(' ')
                    .next()
                    .is_some_and(|t| t.len() == 2 && t.chars().all(|c| c.is_ascii_digit()))
                    && next.split(' ').next().is_some_and(|t| t.len() == 2 && t.chars().all(|c| c.is_ascii_digit()));
                assert!(!split_number, "a phone number broken across lines:\n{}\n{}", w[0], w[1]);
            }
        }
    }
}

#[test]
fn a_long_web_address_stays_whole_in_a_narrow_column() {
    let url = "https://www.example.org/a/very/long/path/that/is/wider/than/the/line.html";
    let lines = veiviser::text::wrap_whole(&format!("Web: {url} (open day and night)"), 30);
    assert!(lines.iter().any(|l| l.contains(url)), "{lines:?}");
    let lines = veiviser::text::wrap_whole("Call the line on 22 33 11 60 or on +47 116 117 today", 20);
    assert!(lines.iter().any(|l| l.contains("22 33 11 60")), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("+47 116 117")), "{lines:?}");
    // An ordinary long word is still cut to the width.
    let lines = veiviser::text::wrap_whole(&"x".repeat(50), 20);
    assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
}

#[test]
fn json_names_public_sources_only() {
    let out = bin().args(["walk", "--json", "--lang", "en"]).write_stdin(ADULT_WANTS_HELP).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(!s.contains(".txt"), "an internal file name in JSON: {s}");
    for l in s.lines() {
        let v: serde_json::Value = serde_json::from_str(l).expect("JSON");
        if v["type"] == "step" {
            assert!(v["source"].get("file").is_none(), "{l}");
            assert!(v["source"]["document"].as_str().is_some_and(|d| !d.is_empty()), "{l}");
            assert!(v["progress"]["step"].is_u64() && v["progress"]["about"].is_u64(), "{l}");
        }
    }
}

#[test]
fn exit_codes_say_whether_the_summary_was_reached() {
    for mode in ["--plain", "--json"] {
        let done = bin().args(["walk", mode, "--lang", "en"]).write_stdin(ADULT_WANTS_HELP).output().expect("runs");
        assert_eq!(done.status.code(), Some(0), "{mode}");
        let cut = bin().args(["walk", mode, "--lang", "en"]).write_stdin("not-acute\n").output().expect("runs");
        assert_eq!(cut.status.code(), Some(3), "{mode}: input ended before the summary");
        let quit = bin().args(["walk", mode, "--lang", "en"]).write_stdin("not-acute\nquit\n").output().expect("runs");
        assert_eq!(quit.status.code(), Some(3), "{mode}: quit before the summary");
    }
}

#[test]
fn a_missing_contacts_file_is_an_error_but_the_default_one_is_optional() {
    let dir = tempfile::tempdir().expect("a folder");
    let missing = dir.path().join("contacts.yaml");
    for cmd in [vec!["walk", "--plain"], vec!["list"], vec!["check"]] {
        let out = bin().args(&cmd).args(["--lang", "en", "--contacts"]).arg(&missing).write_stdin("").output();
        let out = out.expect("runs");
        assert_eq!(out.status.code(), Some(2), "{cmd:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("given with --contacts does not exist") && err.contains("contacts.yaml"), "{err}");
    }
    // The default file is not there (HOME points nowhere): no error.
    let out = bin().args(["list", "--lang", "en"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn help_walk_works_in_both_languages() {
    for (lang, words) in [("en", "Walk a flow one step at a time"), ("nb", "Gå gjennom en flyt")] {
        for args in [vec!["help", "walk", "--lang", lang], vec!["--lang", lang, "help", "walk"]] {
            let out = bin().args(&args).output().expect("runs");
            assert_eq!(out.status.code(), Some(0), "{args:?}");
            let s = String::from_utf8_lossy(&out.stdout);
            assert!(s.contains(words) && s.contains("--format"), "{args:?}: {s}");
        }
    }
    let out = bin().args(["help", "--lang", "en"]).output().expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).contains("walk"));
}

#[test]
fn command_line_mistakes_are_in_one_language() {
    let cases: &[&[&str]] = &[
        &["walk", "--bogus"],
        &["walk", "--format", "xml"],
        &["bogus"],
        &["walk", "--plain", "--json"],
        &["walk", "--plain", "--format", "json"],
        &["paths", "--max", "x"],
    ];
    for args in cases {
        let out = bin().args(["--lang", "nb"]).args(*args).write_stdin("").output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("veiviser: "), "{args:?}: {err}");
        for english in ["error:", "Usage", "For more information", "unexpected", "invalid value", "cannot be used"] {
            assert!(!err.contains(english), "{args:?}: English `{english}` in a Norwegian message: {err}");
        }
        assert!(err.contains("veiviser help"), "{err}");
        let out = bin().args(["--lang", "en"]).args(*args).write_stdin("").output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        for norwegian in ["ugyldig", "ukjent", "kan ikke", "kommando"] {
            assert!(!err.contains(norwegian), "{args:?}: {err}");
        }
    }
}
