//! The line modes and the CLI, through the real binary.

mod common;

use assert_cmd::Command;
use serde_json::Value;

fn veiviser() -> Command {
    let mut c = Command::cargo_bin("veiviser").unwrap();
    // The environment must not choose the language behind a test's back.
    c.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG").env("NO_COLOR", "1");
    c
}

fn mini() -> Command {
    let mut c = veiviser();
    let dir = common::fixture("mini");
    c.arg("--flows").arg(dir.join("flows")).arg("--locales").arg(dir.join("locales"));
    c
}

fn json_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn plain_walk_numbers_choices_and_prompts() {
    let out = mini().args(["walk", "--plain", "--lang", "en", "--flow", "triage"]).write_stdin("2\n").output().unwrap();
    // The input ended before the summary: exit 3, documented, for scripts.
    assert_eq!(out.status.code(), Some(3));
    let s = String::from_utf8(out.stdout).unwrap();
    // Title, text, choices numbered one a line, then the source, then the prompt.
    assert!(s.contains("Acute danger?\n\nIs anyone in danger now?\n"), "{s}");
    assert!(s.contains("\n1) Yes\n2) No\n\n(Source"), "{s}");
    assert!(s.contains("\n> "), "{s}");
    // Then the next step, and the end of input quits cleanly.
    assert!(s.contains("Could the person be under 18?"), "{s}");
    assert!(s.contains("Input ended. Nothing was stored."), "{s}");
}

#[test]
fn plain_walk_in_norwegian_to_the_summary() {
    let out = mini().args(["walk", "--lang", "nb"]).write_stdin("2\n1\n2\n\n\n\n1 2\n\n").output().unwrap();
    // The summary was reached: exit 0.
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("! PLIKT: Meldeplikt"), "{s}");
    assert!(s.contains("== Utfall: Ferdig =="), "{s}");
    assert!(s.contains("- Meldeplikt: Meld til tjenesten."), "{s}");
    // Actions are bullets: a number is an answer.
    assert!(s.contains("\n- Gjør dette for et barn."), "{s}");
    assert!(!s.contains(") Gjør dette for et barn."), "{s}");
    assert!(s.contains("Veien hit:"), "{s}");
    // A contact: its name, then a line each; "check the number" only by a number.
    assert!(
        s.contains("- Hjelpelinja\n  Telefon: 00 00 00 00 (sjekk nummeret lokalt)\n  E-post: help@example.org\n  Åpent: døgnåpen\n  Råd døgnet rundt\n  Kilde: Fikstur, example.org/fixture\n  Dato oppgitt i kilden: 2026-11\n"),
        "{s}"
    );
    assert!(s.contains("- Nettstedet\n  Nett: example.org\n  Finn lokal vakt\n  Kilde: Fikstur\n- "), "{s}");
    assert_eq!(s.matches("sjekk nummeret lokalt").count(), 1, "only by the one phone number: {s}");
    assert!(!s.contains("sjekket"), "no date of checking claimed: {s}");
    assert!(s.contains("Forbered: Et skjermet rom; En tolk"), "{s}");
    assert!(!s.contains("Acute"), "no English in a Norwegian walk: {s}");
}

#[test]
fn json_walk_to_the_summary() {
    let out = mini().args(["walk", "--json", "--lang", "en"]).write_stdin("2\nadult\n1\n\n1 2\n\n").output().unwrap();
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    let first = &lines[0];
    assert_eq!(first["type"], "step");
    assert_eq!(first["flow"], "triage");
    assert_eq!(first["node"], "acute");
    assert_eq!(first["kind"], "question");
    assert_eq!(first["title"], "Acute danger?");
    assert_eq!(first["body"], "Is anyone in danger now?");
    assert_eq!(first["choices"][1]["key"], "no");
    assert_eq!(first["choices"][1]["label"], "No");
    assert_eq!(first["duties"].as_array().map(Vec::len), Some(0));
    // Key order as documented: type first.
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("{\"type\":\"step\",\"flow\""));
    // The duty raised by "crime: yes" is on every later step.
    let after: Vec<&Value> = lines.iter().skip_while(|l| l["node"] != "triaged").collect();
    assert_eq!(after[0]["duties"][0]["id"], "avert");
    assert_eq!(after[0]["kind"], "outcome");
    assert_eq!(after[0]["actions"][0], "Go on with the case.");
    let checklist = lines.iter().find(|l| l["kind"] == "checklist").unwrap();
    assert_eq!(checklist["items"].as_array().map(Vec::len), Some(2));
    let last = lines.last().unwrap();
    assert_eq!(last["type"], "summary");
    assert_eq!(last["outcome"]["node"], "done");
    assert_eq!(last["duties"][0]["title"], "Duty to avert");
    assert_eq!(
        last["actions"],
        serde_json::json!(["Go on with the case.", "Always do this.", "Book the interpreter again."])
    );
    // The contact object: name, what, phone, web, source (a string) as before; e-mail,
    // hours, the source's address and date added; no date of checking.
    let c = last["contacts"].as_array().unwrap().iter().find(|c| c["id"] == "helpline").unwrap();
    assert_eq!(c["phone"], "00 00 00 00");
    assert_eq!(c["name"], "The helpline");
    assert_eq!(c["what"], "Advice day and night");
    assert_eq!(c["email"], "help@example.org");
    assert_eq!(c["hours"], "day and night");
    assert_eq!(c["source"], "Fixture");
    assert_eq!(c["source_url"], "example.org/fixture");
    assert_eq!(c["dated"], "2026-11");
    assert!(c.get("checked").is_none(), "{c}");
    assert_eq!(last["path"][1]["answer"], "No");
}

#[test]
fn json_bad_answer_gets_an_error_and_the_same_step() {
    let out = mini()
        .args(["walk", "--json", "--lang", "en", "--flow", "triage"])
        .write_stdin("7\nmaybe\n2\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let l = json_lines(&out.stdout);
    assert_eq!(l[1]["type"], "error");
    assert!(l[1]["message"].as_str().unwrap().contains("numbers 1, 2."), "{}", l[1]);
    assert_eq!(l[2]["node"], "acute");
    assert_eq!(l[3]["type"], "error");
    assert!(l[3]["message"].as_str().unwrap().contains("maybe"));
    assert_eq!(l[4]["node"], "acute");
    assert_eq!(l[5]["node"], "age");
}

#[test]
fn back_and_quit() {
    let out = mini()
        .args(["walk", "--json", "--lang", "en", "--flow", "triage"])
        .write_stdin("back\n2\nback\nquit\n1\n")
        .output()
        .unwrap();
    // Stopped before the summary.
    assert_eq!(out.status.code(), Some(3));
    let l = json_lines(&out.stdout);
    let nodes: Vec<String> =
        l.iter().map(|v| format!("{}:{}", v["type"].as_str().unwrap(), v["node"].as_str().unwrap_or(""))).collect();
    // back at the start is an error; 2 -> age; back -> acute; quit stops (the 1 is never read).
    assert_eq!(nodes, ["step:acute", "error:acute", "step:acute", "step:age", "step:acute"]);
}

#[test]
fn checklist_answers_by_numbers() {
    let out = mini().args(["walk", "--json", "--lang", "en"]).write_stdin("2\n2\n2\n\n1 9\n2\n").output().unwrap();
    let l = json_lines(&out.stdout);
    let i = l.iter().position(|v| v["kind"] == "checklist").unwrap();
    assert_eq!(l[i + 1]["type"], "error", "item 9 does not exist");
    assert_eq!(l[i + 3]["node"], "read");
}

#[test]
fn unknown_flow_and_missing_folder_cannot_run() {
    mini().args(["walk", "--flow", "nope"]).assert().code(2);
    veiviser().args(["check", "--flows", "/no/such/folder"]).assert().code(2);
    let out = veiviser().args(["--lang", "en", "check", "--flows", "/no/such/folder"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("the folder /no/such/folder does not exist"));
}

#[test]
fn check_exit_codes() {
    mini().arg("check").assert().code(0);
    let dir = common::fixture("check").join("unknown-next/flows");
    let tmp = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(common::fixture("mini").join("flows")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, tmp.path().join(p.file_name().unwrap())).unwrap();
    }
    std::fs::copy(dir.join("x.yaml"), tmp.path().join("x.yaml")).unwrap();
    let out = veiviser()
        .args(["--lang", "en", "check", "--locales"])
        .arg(common::fixture("mini").join("locales"))
        .arg("--flows")
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("error[unknown-next]"), "{s}");
    assert!(!s.contains('\u{1b}'), "no colour codes with NO_COLOR or off a terminal");
}

#[test]
fn broken_flows_stop_walk_and_list_with_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("x.yaml"), "id: [").unwrap();
    let out = veiviser().args(["--lang", "en", "list", "--flows"]).arg(tmp.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("veiviser check"));
}

#[test]
fn list_shows_titles_in_the_chosen_language() {
    let out = mini().args(["list", "--lang", "en"]).output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("* case    The whole case"), "{s}");
    assert!(s.contains("  triage  Triage"), "{s}");
    // The version of the guidance (tool version and content hash), not a made-up date.
    assert!(s.contains("Guidance version: 0."), "{s}");
    assert!(!s.contains("2024-04-18"), "{s}");
}

#[test]
fn language_from_the_environment() {
    let run = |var: &str, val: &str| {
        let mut c = mini();
        c.env(var, val).args(["walk", "--flow", "triage"]).write_stdin("");
        String::from_utf8(c.output().unwrap().stdout).unwrap()
    };
    assert!(run("LANG", "en_GB.UTF-8").contains("Acute danger?"));
    assert!(run("LANG", "nb_NO.UTF-8").contains("Akutt fare?"));
    assert!(run("LANG", "nn_NO").contains("Akutt fare?"));
    assert!(run("LC_ALL", "de_DE.UTF-8").contains("Acute danger?"));
    assert!(run("LANG", "C").contains("Akutt fare?"), "C means the default, nb");
    // --lang wins over the environment.
    let mut c = mini();
    c.env("LANG", "en_GB").args(["walk", "--lang", "nb", "--flow", "triage"]).write_stdin("");
    assert!(String::from_utf8(c.output().unwrap().stdout).unwrap().contains("Akutt fare?"));
}

#[test]
fn help_and_version_in_both_languages() {
    let en = veiviser().args(["--lang", "en", "--help"]).output().unwrap();
    assert!(en.status.success());
    let s = String::from_utf8_lossy(&en.stdout);
    assert!(s.contains("Usage:") && s.contains("walk") && s.contains("Screen readers"), "{s}");
    let nb = veiviser().args(["--help", "--lang=nb"]).output().unwrap();
    let s = String::from_utf8_lossy(&nb.stdout);
    assert!(s.contains("Bruk:") && s.contains("Kommandoer") && s.contains("Skjermlesere"), "{s}");
    assert!(s.contains("veiviser [VALG] [KOMMANDO]"), "{s}");
    for sub in ["check", "list", "walk"] {
        let o = veiviser().args([sub, "--help", "--lang", "en"]).output().unwrap();
        assert!(o.status.success(), "{sub} --help");
        assert!(String::from_utf8_lossy(&o.stdout).contains("Usage:"), "{sub}");
    }
    let v = veiviser().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&v.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn without_a_terminal_the_tui_points_to_plain_mode() {
    let out = mini().arg("--lang").arg("en").write_stdin("").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("veiviser walk --plain"));
}

/// A config folder (XDG_CONFIG_HOME and HOME both point at it) with `contacts` as the
/// local contact directory.
fn config_with(contacts: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("veiviser")).unwrap();
    std::fs::write(tmp.path().join("veiviser/contacts.yaml"), contacts).unwrap();
    tmp
}

fn in_config(c: &mut Command, dir: &tempfile::TempDir) {
    c.env("XDG_CONFIG_HOME", dir.path()).env("HOME", dir.path());
}

/// One typo (the brace never closed, a number where a name should be), in a file that
/// would otherwise rename the helpline.
const BROKEN: &str = "contacts:\n  helpline:\n    name: {nb: \"Lokal linje\", en: \"Local line\"}\n    what: {nb: \"x\", en: \"x\"}\n    source: {nb: \"x\", en: \"x\"}\n  rosa: {name: 5\n";

#[test]
fn a_broken_local_contact_file_is_left_out_and_said_so() {
    let cfg = config_with(BROKEN);
    let path = cfg.path().join("veiviser/contacts.yaml").display().to_string();
    // walk --plain: the notice first, then the walk, with the bundled contacts.
    let mut c = mini();
    in_config(&mut c, &cfg);
    let out = c.args(["walk", "--lang", "en"]).write_stdin("2\n1\n2\n\n\n\n1 2\n\n").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    // The first paragraph (wrapped to the width of the terminal, or 80 columns).
    let first = s.split("\n\n").next().unwrap_or_default().replace('\n', " ");
    assert!(first.starts_with("The local contacts were NOT loaded"), "{s}");
    assert!(first.contains(&path) && first.contains(&format!("veiviser check --contacts {path}")), "{s}");
    assert!(s.contains("- The helpline\n"), "the bundled contact: {s}");
    assert!(!s.contains("Local line"), "{s}");
    for bad in ["BiText", "struct", "invalid type"] {
        assert!(!s.contains(bad) && !String::from_utf8_lossy(&out.stderr).contains(bad), "{bad}");
    }
    // In Norwegian.
    let mut c = mini();
    in_config(&mut c, &cfg);
    let s = String::from_utf8(c.args(["walk", "--lang", "nb"]).write_stdin("").output().unwrap().stdout).unwrap();
    assert!(s.starts_with("De lokale kontaktene ble IKKE lastet"), "{s}");
    // walk --json: a notice object before the first step; the steps as before.
    let mut c = mini();
    in_config(&mut c, &cfg);
    let out = c.args(["walk", "--json", "--lang", "en"]).write_stdin("2\nadult\n1\n\n1 2\n\n").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let l = json_lines(&out.stdout);
    assert_eq!(l[0]["type"], "notice");
    assert_eq!(l[0]["id"], "local-contacts-ignored");
    assert_eq!(l[0]["path"], path.as_str());
    assert!(l[0]["message"].as_str().unwrap_or_default().contains("veiviser check --contacts"));
    assert_eq!(l[1]["type"], "step");
    assert_eq!(l[1]["node"], "acute");
    let last = l.last().unwrap();
    assert_eq!(last["type"], "summary");
    assert!(last["contacts"].as_array().unwrap().iter().any(|c| c["name"] == "The helpline"), "{last}");
    // list: the notice, then the flows.
    let mut c = mini();
    in_config(&mut c, &cfg);
    let out = c.args(["list", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("The local contacts were NOT loaded"), "{s}");
    assert!(s.contains("* case    The whole case"), "{s}");
    // --contacts FILE that is broken: the same.
    let file = cfg.path().join("veiviser/contacts.yaml");
    let out = mini().args(["list", "--lang", "en", "--contacts"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains(&format!("veiviser check --contacts {}", file.display())), "{s}");
    // --contacts FILE that is not there: a mistake on the command line, exit 2, said
    // in the language asked for (the default file, not there, is no mistake).
    let file = cfg.path().join("nothing.yaml");
    for (cmd, lang, words) in [
        ("list", "en", "given with --contacts does not exist"),
        ("walk", "nb", "gitt med --contacts finnes ikke"),
        ("check", "en", "given with --contacts does not exist"),
    ] {
        let out = mini().args([cmd, "--lang", lang, "--contacts"]).arg(&file).write_stdin("").output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(words) && err.contains("nothing.yaml"), "{cmd}: {err}");
        assert!(out.stdout.is_empty(), "{cmd}");
    }
    // check: every finding in that file, exit 1, in words.
    let mut c = mini();
    in_config(&mut c, &cfg);
    let out = c.args(["check", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("error[yaml]") && s.contains(&path), "{s}");
    assert!(!s.contains("BiText") && !s.contains("struct"), "{s}");
    let out =
        mini().args(["check", "--lang", "en", "--contacts"]).arg(cfg.path().join("veiviser/contacts.yaml")).output();
    assert_eq!(out.unwrap().status.code(), Some(1));
}

#[test]
fn a_local_contact_file_that_fails_the_checker_is_left_out_too() {
    // Good YAML, but no source: the checker's finding, not a parse error.
    let cfg = config_with(
        "contacts:\n  helpline:\n    name: {nb: \"Lokal linje\", en: \"Local line\"}\n    what: {nb: \"x\", en: \"x\"}\n",
    );
    let mut c = mini();
    in_config(&mut c, &cfg);
    let out = c.args(["walk", "--json", "--lang", "en"]).write_stdin("").output().unwrap();
    let l = json_lines(&out.stdout);
    assert_eq!(l[0]["type"], "notice", "{l:?}");
    let mut c = mini();
    in_config(&mut c, &cfg);
    let out = c.args(["check", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("error[contact-lang]: the contact `helpline` has no source in nb")
    );
}

#[test]
fn a_good_local_contact_file_is_used_and_may_say_when_it_was_checked() {
    let cfg = config_with(
        "contacts:\n  helpline:\n    name: {nb: \"Lokal linje\", en: \"Local line\"}\n    what: {nb: \"x\", en: \"Our own line\"}\n    phone: \"11 22 33 44\"\n    source: {nb: \"Vår rutine\", en: \"Our routine\"}\n    checked: 2026-10-01\n",
    );
    let mut c = mini();
    in_config(&mut c, &cfg);
    let out = c.args(["walk", "--lang", "en"]).write_stdin("2\n1\n2\n\n\n\n1 2\n\n").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(!s.contains("NOT loaded"), "{s}");
    assert!(
        s.contains("- Local line\n  Phone: 11 22 33 44 (check the number locally)\n  Our own line\n  Source: Our routine\n  Checked by the local service: 2026-10-01\n"),
        "{s}"
    );
    let mut c = mini();
    in_config(&mut c, &cfg);
    c.args(["check"]).assert().code(0);
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    // A local name with an OSC 52 clipboard write and a colour change: the checker
    // refuses it, so the file is left out and nothing of it is shown.
    let cfg = config_with(
        "contacts:\n  helpline:\n    name: {nb: \"x\", en: \"Police \\e]52;c;aGFja2Vk\\a\\e[31mRED\"}\n    what: {nb: \"x\", en: \"x\"}\n    source: {nb: \"x\", en: \"x\"}\n",
    );
    let mut c = mini();
    in_config(&mut c, &cfg);
    let out = c.args(["check", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("error[control-char]"), "{s}");
    assert!(s.contains(":3:33"), "at the escape: {s}");
    for mode in ["--plain", "--json"] {
        let mut c = mini();
        in_config(&mut c, &cfg);
        let out = c.args(["walk", mode, "--lang", "en"]).write_stdin("2\n1\n2\n\n\n\n1 2\n\n").output().unwrap();
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(!s.contains('\u{1b}') && !s.contains('\u{7}'), "{mode}: {s}");
        assert!(!s.contains("RED"), "{mode}: {s}");
    }
}

#[test]
fn format_json_is_the_same_as_json() {
    let input = "2\n1\n2\n\n\n\n1 2\n\n";
    let json = mini().args(["walk", "--json", "--lang", "en"]).write_stdin(input).output().unwrap();
    let format = mini().args(["walk", "--format", "json", "--lang", "en"]).write_stdin(input).output().unwrap();
    assert!(json.status.success() && format.status.success());
    assert!(!json_lines(&format.stdout).is_empty());
    assert_eq!(format.stdout, json.stdout);
    // Saying it twice the same way is no contradiction.
    let both = mini().args(["walk", "--json", "--format=json", "--lang", "en"]).write_stdin(input).output().unwrap();
    assert!(both.status.success());
    assert_eq!(both.stdout, json.stdout);
}

#[test]
fn format_plain_is_the_same_as_plain() {
    let input = "2\n1\n2\n\n\n\n1 2\n\n";
    for lang in ["nb", "en"] {
        let plain = mini().args(["walk", "--plain", "--lang", lang]).write_stdin(input).output().unwrap();
        let format = mini().args(["walk", "--format", "plain", "--lang", lang]).write_stdin(input).output().unwrap();
        assert!(plain.status.success() && format.status.success());
        assert_eq!(format.stdout, plain.stdout, "{lang}");
    }
}

#[test]
fn a_bad_or_contradictory_format_cannot_run() {
    let out = mini().args(["walk", "--format", "xml", "--lang", "en"]).write_stdin("").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid value 'xml'") && err.contains("--format"), "{err}");
    assert!(out.stdout.is_empty());
    for (flag, format) in [("--plain", "json"), ("--json", "plain")] {
        let out = mini().args(["walk", flag, "--format", format, "--lang", "en"]).write_stdin("").output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag} --format {format}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("'{flag}' cannot be used with '--format {format}'")), "{err}");
        assert!(out.stdout.is_empty());
    }
    let out = mini().args(["walk", "--plain", "--json"]).write_stdin("").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn walk_help_names_format_in_both_languages() {
    for (lang, word) in [("en", "How to talk"), ("nb", "Hvordan det skrives")] {
        let out = veiviser().args(["walk", "--help", "--lang", lang]).output().unwrap();
        assert!(out.status.success());
        let s = String::from_utf8_lossy(&out.stdout);
        assert!(s.contains("--format <plain|json>") && s.contains(word), "{s}");
    }
}
