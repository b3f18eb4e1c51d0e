//! Languages are data: a third locale added as a folder (tests/fixtures/third-locale, a
//! pseudo-translation `de` of the mini fixture) is checked against the reference, walked
//! in the line mode and cycled to with `l` in the TUI, with no change to the code.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use veiviser::flow::{self, Input};
use veiviser::i18n::Lang;
use veiviser::tui::app::App;
use veiviser::tui::input::Action;

fn dirs() -> (std::path::PathBuf, std::path::PathBuf) {
    (common::fixture("mini").join("flows"), common::fixture("third-locale").join("locales"))
}

fn veiviser() -> Command {
    let mut c = Command::cargo_bin("veiviser").unwrap();
    c.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG").env("NO_COLOR", "1");
    let (flows, locales) = dirs();
    c.arg("--flows").arg(flows).arg("--locales").arg(locales);
    c
}

#[test]
fn the_third_locale_checks_with_warnings_only_where_contacts_lack_its_text() {
    let out = veiviser().args(["check", "--lang", "en"]).output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{s}");
    // The contacts have nb and en text only: de shows nb's, and the checker says so.
    assert!(s.contains("warning[contact-lang-fallback]: the contact `helpline` has no name in de"), "{s}");
    assert!(s.contains("0 errors"), "{s}");
}

#[test]
fn a_message_missing_in_the_third_locale_is_an_error() {
    let (flows, locales) = dirs();
    let mut input = Input::from_dirs(Some(&flows), Some(&locales)).unwrap();
    let de = Lang::parse("de").unwrap();
    for (l, f) in &mut input.locales {
        if *l == de {
            let text = String::from_utf8_lossy(&f.bytes).replace("m-acute = DE Acute danger?\n", "");
            f.bytes = text.into_bytes().into();
        }
    }
    let diags = flow::check::check(&flow::load::load(input.clone()));
    let errs: Vec<String> =
        diags.iter().filter(|d| d.is_error()).map(|d| format!("{} {:?}", d.code(), d.args)).collect();
    assert!(
        errs.iter().any(|e| e.starts_with("missing-message") && e.contains("m-acute") && e.contains("\"de\"")),
        "{errs:?}"
    );
}

#[test]
fn the_third_locale_is_walked_to_the_summary() {
    // The mini case: not acute, adult, no crime, on, nothing ticked, read, done.
    let out = veiviser().args(["walk", "--json", "--lang", "de"]).write_stdin("2\n2\n2\n\n\n\n\n\n").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let steps: Vec<&Value> = lines.iter().filter(|v| v["type"] == "step").collect();
    assert!(!steps.is_empty());
    for s in &steps {
        let title = s["title"].as_str().unwrap_or("");
        assert!(title.starts_with("DE "), "every step in the third language: {s}");
    }
    let summary = lines.iter().find(|v| v["type"] == "summary").expect("a summary");
    assert!(summary["outcome"]["title"].as_str().unwrap_or("").starts_with("DE "), "{summary}");
    // A contact without de text shows the reference language's.
    let text = summary.to_string();
    assert!(text.contains("Hjelpelinja") && !text.contains("The helpline"), "{text}");
}

#[test]
fn lang_takes_any_code_there_is_and_names_the_others() {
    let out = veiviser().args(["walk", "--plain", "--lang", "xx"]).write_stdin("").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("`xx`") && e.contains("nb, de, en"), "{e}");
    // nn maps to nb while there is no nn folder.
    let out =
        veiviser().args(["walk", "--plain", "--lang", "nn", "--flow", "triage"]).write_stdin("").output().unwrap();
    // The input ended before the summary: 3.
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Akutt fare?"));
}

#[test]
fn l_cycles_through_every_language_in_the_tui() {
    let (flows, locales) = dirs();
    let input = Input::from_dirs(Some(&flows), Some(&locales)).unwrap();
    let c = flow::load_checked(&input).unwrap_or_else(|(_, d)| panic!("{d:?}"));
    let codes: Vec<String> = c.texts.langs().iter().map(|l| l.code().to_string()).collect();
    assert_eq!(codes, ["nb", "de", "en"], "the default first, then by code");
    let mut a = App::new(&c.model, &c.texts, Lang::DEFAULT, true, 80, 24);
    a.update(Action::Pick(1));
    let mut seen = Vec::new();
    for _ in 0..3 {
        a.update(Action::Lang);
        seen.push(a.lang.code().to_string());
    }
    assert_eq!(seen, ["de", "en", "nb"]);
    // The place is kept through the round.
    assert_eq!(a.session().map(|s| s.step().node_id.to_string()).as_deref(), Some("acute"));
}
