//! The hardening findings of issue 23, each through the real binary where it was found
//! there (fixtures in tests/fixtures/hostile/): forged lines from a local contact file,
//! exports that cannot be written, hostile answer lines, hostile arguments, a closed
//! pipe, and Fluent messages that refer to themselves.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use veiviser::flow::load::{self, Input, RawFile};

fn veiviser() -> Command {
    let mut c = Command::cargo_bin("veiviser").unwrap();
    // The environment must not choose the language, nor a local contact file.
    let home = std::env::temp_dir().join("veiviser-hostile-no-home");
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", &home);
    c
}

fn mini() -> Command {
    let mut c = veiviser();
    let dir = common::fixture("mini");
    c.arg("--flows").arg(dir.join("flows")).arg("--locales").arg(dir.join("locales"));
    c
}

fn hostile(name: &str) -> std::path::PathBuf {
    common::fixture("hostile").join(name)
}

fn json_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Answers that walk the mini case to its summary (which lists the helpline).
const TO_SUMMARY: &str = "2\n1\n2\n\n\n\n1 2\n\n";

// 1. A line break in a local contact.

const LINE_BREAKS: &str = "local-contacts-line-breaks.yaml";

#[test]
fn check_reports_a_line_break_in_every_field_of_a_contact() {
    let out = mini().args(["check", "--lang", "en", "--contacts"]).arg(hostile(LINE_BREAKS)).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    // name, what and hours in two languages, phone (its CR, and its LF), e-mail, web, and
    // the source's name in two languages and its address.
    // The line and paragraph separators (in the hours) are invisible characters (finding
    // 11), reported at their escapes.
    assert_eq!(s.matches("error[control-char]").count(), 11, "{s}");
    assert_eq!(s.matches("error[invisible-char]").count(), 2, "{s}");
    assert!(s.contains("local-contacts-line-breaks.yaml:17:26"), "{s}");
    for field in ["name", "what", "phone", "email", "web", "source"] {
        assert!(s.contains(&format!("in its {field}:")), "{field}: {s}");
    }
    for c in ["U+000A", "U+000D", "U+0009", "U+2028", "U+2029"] {
        assert!(s.contains(c), "{c}: {s}");
    }
    // Each at its place: the escape in the name (line 6), the block of lines (line 9).
    assert!(s.contains("local-contacts-line-breaks.yaml:6:28"), "{s}");
    assert!(s.contains("local-contacts-line-breaks.yaml:9:9"), "{s}");
    // In Norwegian too.
    let out = mini().args(["check", "--lang", "nb", "--contacts"]).arg(hostile(LINE_BREAKS)).output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("kontakten `helpline` har tegnet U+000A i name"), "{s}");
}

#[test]
fn a_contact_with_a_line_break_forges_no_line_in_a_walk() {
    for (mode, lang) in [("--plain", "en"), ("--plain", "nb"), ("--json", "en")] {
        let out = mini()
            .args(["walk", mode, "--lang", lang, "--contacts"])
            .arg(hostile(LINE_BREAKS))
            .write_stdin(TO_SUMMARY)
            .output()
            .unwrap();
        // The tool goes on: the file is left out, and said so.
        assert_eq!(out.status.code(), Some(0), "{mode} {lang}");
        let s = String::from_utf8(out.stdout).unwrap();
        for forged in ["FAKE", "FALSK", "66 66"] {
            assert!(!s.contains(forged), "{mode} {lang}: {forged} in\n{s}");
        }
        if mode == "--json" {
            let l = json_lines(s.as_bytes());
            assert_eq!(l[0]["type"], "notice");
            assert_eq!(l.last().map(|v| v["type"].clone()), Some(Value::from("summary")));
        } else {
            assert!(s.contains("NOT loaded") || s.contains("IKKE lastet"), "{s}");
            assert!(s.contains("Hjelpelinja") || s.contains("The helpline"), "the bundled contact: {s}");
        }
    }
}

#[test]
fn the_loader_keeps_every_contact_text_on_one_line() {
    let mini = common::fixture("mini");
    let mut input = Input::from_dirs(Some(&mini.join("flows")), Some(&mini.join("locales"))).unwrap();
    let bytes = std::fs::read(hostile(LINE_BREAKS)).unwrap();
    input.local_contacts = Some(RawFile { name: LINE_BREAKS.into(), bytes: bytes.into() });
    let loaded = load::load(input);
    let c = &loaded.set.contacts["helpline"];
    let mut all: Vec<&String> = Vec::new();
    all.extend(c.name.0.values());
    all.extend(c.what.0.values());
    all.extend(c.hours.iter().flat_map(|h| h.0.values()));
    all.extend([&c.phone, &c.email, &c.web].into_iter().flatten());
    let src = c.source.as_ref().unwrap();
    all.extend(src.name.0.values());
    all.extend(src.url.iter());
    assert_eq!(all.len(), 12);
    for s in all {
        assert!(!s.chars().any(|c| veiviser::safe::is_line_break(c) || veiviser::safe::is_unsafe(c)), "{s:?}");
    }
    assert_eq!(c.name.0["en"], "Local line\u{240a}== Outcome: FAKE ==");
    // And a contact made in code, past the loader: the view keeps it on one line too.
    let mut raw = c.clone();
    raw.phone = Some("11 22\n33 44".into());
    let v = veiviser::view::contact_view("x", &raw, veiviser::i18n::Lang::of("en"));
    assert_eq!(v.phone.as_deref(), Some("11 22\u{240a}33 44"));
}

// 2. Export where there are no hard links, after a failure, and with a long name.

mod fat {
    use std::fs::{File, OpenOptions};
    use std::io::{self, Write};
    use std::path::Path;

    /// A stand-in for a FAT or exFAT stick (or a network share): no hard links (`link()`
    /// fails with EPERM, as on vfat) and no permissions; with `full_after`, the disk is
    /// full after that many bytes of a file.
    pub struct Fat {
        pub full_after: Option<usize>,
    }

    impl veiviser::export::Fs for Fat {
        fn create_new(&self, path: &Path) -> io::Result<File> {
            OpenOptions::new().write(true).create_new(true).open(path)
        }
        fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
            match self.full_after {
                Some(n) if n < bytes.len() => {
                    file.write_all(&bytes[..n])?;
                    file.sync_all()?;
                    Err(io::Error::new(io::ErrorKind::StorageFull, "no space left on device"))
                }
                _ => file.write_all(bytes),
            }
        }
        fn hard_link(&self, _: &Path, _: &Path) -> io::Result<()> {
            Err(io::Error::from_raw_os_error(1))
        }
    }
}

fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

#[test]
fn saving_works_where_there_are_no_hard_links_and_never_replaces() {
    use veiviser::export::{ExportError, write_with};
    let fat = fat::Fat { full_after: None };
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("summary.txt");
    write_with(&fat, &p, "one", false).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "one");
    assert!(matches!(write_with(&fat, &p, "two", false), Err(ExportError::Exists(_))));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "one");
    // Replacing, when asked (the TUI, after a yes).
    write_with(&fat, &p, "three", true).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "three");
    assert_eq!(names_in(dir.path()), ["summary.txt"]);
}

#[test]
fn a_save_that_fails_half_way_leaves_no_file() {
    use veiviser::export::{ExportError, write_with};
    let full = fat::Fat { full_after: Some(4) };
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("summary.txt");
    match write_with(&full, &p, "the whole summary", false) {
        Err(ExportError::Io(q, e)) => {
            assert_eq!(q, p);
            assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
        }
        other => panic!("{other:?}"),
    }
    assert!(names_in(dir.path()).is_empty(), "{:?}", names_in(dir.path()));
    // Replacing: the old file stays whole, and no temporary file is left.
    std::fs::write(&p, "old").unwrap();
    assert!(write_with(&full, &p, "the whole summary", true).is_err());
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "old");
    assert_eq!(names_in(dir.path()), ["summary.txt"]);
}

/// A name of 248 bytes (the limit of most file systems is 255).
fn long_name() -> String {
    format!("{}.txt", "s".repeat(244))
}

#[test]
fn a_long_name_is_saved_owner_only_and_replaced_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(long_name());
    assert_eq!(long_name().len(), 248);
    veiviser::export::write(&p, "one", false).unwrap_or_else(|e| panic!("{e:?}"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
    }
    veiviser::export::write(&p, "two", true).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert_eq!(names_in(dir.path()), [long_name()]);
    // The temporary name is short whatever the final one.
    assert!((0..100).all(|n| veiviser::export::temp_name(n).len() <= 13));
}

#[test]
fn walk_exports_to_a_long_name() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(long_name());
    let out = mini().args(["walk", "--lang", "en", "--export"]).arg(&p).write_stdin(TO_SUMMARY).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let s = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    assert!(s.starts_with("== Outcome: Done =="), "{s}");
    assert_eq!(names_in(dir.path()), [long_name()]);
}

// 3. `walk --export` that cannot write.

/// A folder no file can be made in: read-only for its owner, or (where the tests run
/// as root, who may write anyway) /sys, where not even root may create a file.
fn unwritable_folder() -> (Option<tempfile::TempDir>, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
        let probe = dir.path().join("probe");
        if std::fs::write(&probe, "x").is_ok() {
            let _ = std::fs::remove_file(&probe);
            return (None, std::path::PathBuf::from("/sys"));
        }
    }
    let p = dir.path().to_path_buf();
    (Some(dir), p)
}

#[test]
fn walk_export_to_a_folder_that_is_not_there_or_not_writable_stops_before_the_walk() {
    let tmp = tempfile::tempdir().unwrap();
    let (_keep, ro) = unwritable_folder();
    let cases = [
        (tmp.path().join("no-such-folder").join("summary.txt"), "its folder does not exist"),
        (ro.join("summary.txt"), "Could not write"),
    ];
    for (target, says) in &cases {
        for mode in ["--plain", "--json"] {
            let out = mini()
                .args(["walk", mode, "--lang", "en", "--export"])
                .arg(target)
                .write_stdin(TO_SUMMARY)
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{mode} {}: {err}", target.display());
            // Before the walk: not a step was shown.
            assert!(out.stdout.is_empty(), "{mode}: {}", String::from_utf8_lossy(&out.stdout));
            assert!(err.starts_with("veiviser: ") && err.contains(says), "{err}");
            assert_eq!(err.matches(&target.display().to_string()).count(), 1, "the path once: {err}");
            assert!(!target.exists());
        }
    }
}

/// `walk MODE --export target`: the first step is read, then `before_answers` runs, then
/// the answers go in. The exit code and what was written.
fn walk_then(mode: &str, target: &std::path::Path, before_answers: impl FnOnce()) -> (Option<i32>, String) {
    use std::io::{Read, Write};
    use std::process::Stdio;
    let dir = common::fixture("mini");
    let home = std::env::temp_dir().join("veiviser-hostile-no-home");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_veiviser"))
        .arg("--flows")
        .arg(dir.join("flows"))
        .arg("--locales")
        .arg(dir.join("locales"))
        .args(["walk", mode, "--lang", "en", "--export"])
        .arg(target)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", &home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    // The first step is out: the checks before the walk are done.
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).unwrap();
    before_answers();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(TO_SUMMARY.as_bytes()).unwrap();
    drop(stdin);
    let mut rest = Vec::new();
    stdout.read_to_end(&mut rest).unwrap();
    let status = child.wait().unwrap();
    (status.code(), format!("{}{}", first[0] as char, String::from_utf8_lossy(&rest)))
}

#[test]
fn walk_export_that_fails_at_the_end_is_not_exit_0_and_says_the_path_once() {
    for mode in ["--plain", "--json"] {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("summary.txt");
        // Someone makes the file while the walk goes on: it is not replaced.
        let (code, out) = walk_then(mode, &target, || std::fs::write(&target, "theirs").unwrap());
        assert_eq!(code, Some(2), "{mode}: {out}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "theirs");
        let shown = target.display().to_string();
        if mode == "--json" {
            let l = json_lines(out.as_bytes());
            let summary = l.iter().position(|v| v["type"] == "summary").unwrap_or_else(|| panic!("{out}"));
            let e = &l[summary + 1];
            assert_eq!(e["type"], "error", "{out}");
            let m = e["message"].as_str().unwrap_or_default();
            assert!(m.contains("exists already"), "{m}");
            assert_eq!(m.matches(&shown).count(), 1, "{m}");
        } else {
            assert!(out.contains("== Outcome: Done =="), "{out}");
            let tail = &out[out.rfind("Guidance version").unwrap_or(0)..];
            assert!(tail.contains("exists already"), "{tail}");
            assert_eq!(out.matches(&shown).count(), 1, "{out}");
        }
        // And where the folder went away meanwhile: the system's words, the path once.
        let tmp = tempfile::tempdir().unwrap();
        let sub = tmp.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let target = sub.join("summary.txt");
        let (code, out) = walk_then(mode, &target, || std::fs::remove_dir(&sub).unwrap());
        assert_eq!(code, Some(2), "{mode}: {out}");
        assert!(out.contains("Could not write"), "{out}");
        assert_eq!(out.matches(&target.display().to_string()).count(), 1, "{out}");
    }
}

// 4. An answer line that is not UTF-8.

#[test]
fn an_answer_line_that_is_not_utf8_gets_an_error_and_the_same_step() {
    let bad = std::fs::read(hostile("answer-not-utf8.txt")).unwrap();
    assert!(std::str::from_utf8(&bad).is_err());
    // The bad line, then "2" (No) at the same step, and on to the next.
    let mut input = bad.clone();
    input.extend_from_slice(b"2\n");
    let mut c = mini();
    let out =
        c.args(["walk", "--json", "--lang", "en", "--flow", "triage"]).write_stdin(input.clone()).output().unwrap();
    // The input ends before the summary: exit 3 (stopped), not a crash.
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
    let l = json_lines(&out.stdout);
    assert_eq!(l[0]["node"], "acute");
    assert_eq!(l[1]["type"], "error");
    assert!(l[1]["message"].as_str().unwrap_or_default().contains("not UTF-8"), "{}", l[1]);
    assert_eq!(l[2]["node"], "acute");
    assert_eq!(l[3]["node"], "age");
    for lang in ["en", "nb"] {
        let mut c = mini();
        let out = c.args(["walk", "--plain", "--lang", lang, "--flow", "triage"]).write_stdin(input.clone()).output();
        let out = out.unwrap();
        assert_eq!(out.status.code(), Some(3), "{lang}");
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(s.contains("(not UTF-8)") || s.contains("(ikke UTF-8)"), "{s}");
        assert!(s.contains("Could the person be under 18?") || s.contains("Kan personen være under 18?"), "{s}");
    }
}

// 5. An answer line of 20 MB.

#[test]
fn a_huge_answer_line_is_refused_in_bounded_memory_and_never_echoed() {
    // 20 MB of "maybe" with an escape sequence at its start, then "2" at the same step.
    let mut input = b"\x1b]52;c;aGk=\x07".to_vec();
    while input.len() < 20_000_000 {
        input.extend_from_slice(b"maybe ");
    }
    input.extend_from_slice(b"\n2\n");
    for mode in ["--json", "--plain"] {
        let time = std::path::Path::new("/usr/bin/time");
        let report = tempfile::NamedTempFile::new().unwrap();
        let mut c = if cfg!(target_os = "linux") && time.is_file() {
            let mut c = Command::new(time);
            c.args(["-f", "%M", "-o"]).arg(report.path()).arg(env!("CARGO_BIN_EXE_veiviser"));
            c
        } else {
            Command::cargo_bin("veiviser").unwrap()
        };
        let dir = common::fixture("mini");
        c.env_remove("LANG").env_remove("LC_ALL").env("HOME", "/nonexistent").env("XDG_CONFIG_HOME", "/nonexistent");
        c.arg("--flows").arg(dir.join("flows")).arg("--locales").arg(dir.join("locales"));
        let out =
            c.args(["walk", mode, "--lang", "en", "--flow", "triage"]).write_stdin(input.clone()).output().unwrap();
        // The input ends before the summary: exit 3 (stopped).
        assert_eq!(out.status.code(), Some(3), "{mode}: {}", String::from_utf8_lossy(&out.stderr));
        // Nothing of the line came back but a short excerpt, made harmless.
        assert!(out.stdout.len() < 4000, "{mode}: {} bytes out", out.stdout.len());
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(!s.contains('\u{1b}') && !s.contains('\u{7}'), "{mode}: {s}");
        assert!(s.contains("longer than 4096 bytes"), "{mode}: {s}");
        assert!(s.contains("`\u{241b}]52;c;aGk=\u{2407}maybe maybe maybe ma…`"), "{mode}: {s}");
        assert!(s.contains("Could the person be under 18?"), "the same step, then the next: {s}");
        if mode == "--json" {
            let l = json_lines(s.as_bytes());
            assert_eq!(l[1]["type"], "error");
            assert_eq!(l[2]["node"], "acute");
            assert_eq!(l[3]["node"], "age");
        }
        // Peak memory, where GNU time measures it: far below the line's 20 MB (it was six
        // times the line).
        let peak: Option<u64> = std::fs::read_to_string(report.path()).ok().and_then(|t| t.trim().parse().ok());
        if let Some(kb) = peak {
            assert!(kb < 16 * 1024, "{mode}: peak {kb} KiB");
        }
    }
}

// 6. Hostile command-line arguments.

/// An OSC 52 clipboard write, a colour change and a right-to-left override.
const OSC52: &str = "\u{1b}]52;c;aGk=\u{7}\u{1b}[31m\u{202e}";

#[test]
fn no_message_about_the_command_line_writes_an_argument_raw() {
    let tmp = tempfile::tempdir().unwrap();
    let in_tmp = |name: &str| tmp.path().join(name).display().to_string();
    let cases: Vec<Vec<String>> = vec![
        vec!["walk".into(), "--format".into(), OSC52.into()],
        vec!["walk".into(), format!("--format={OSC52}")],
        vec!["paths".into(), "--max".into(), OSC52.into()],
        vec!["export".into(), "--format".into(), OSC52.into()],
        vec![format!("--bogus{OSC52}")],
        vec!["walk".into(), OSC52.into()],
        vec![OSC52.into()],
        vec!["--lang".into(), OSC52.into(), "walk".into()],
        vec!["walk".into(), "--flow".into(), OSC52.into()],
        vec!["export".into(), "--format".into(), "dot".into(), "--flow".into(), OSC52.into()],
        vec!["scenario".into(), "run".into(), OSC52.into()],
        vec!["walk".into(), "--export".into(), in_tmp(&format!("no-such-{OSC52}/s.txt"))],
        vec!["walk".into(), "--plain".into(), "--format".into(), "json".into(), "--flow".into(), OSC52.into()],
        vec!["list".into(), "--contacts".into(), in_tmp(&format!("none-{OSC52}.yaml"))],
        vec!["export".into(), "--format".into(), "dot".into(), "--contacts".into(), in_tmp(&format!("{OSC52}.yaml"))],
    ];
    for args in &cases {
        for lang in ["en", "nb"] {
            let out = mini().env("LANG", lang).args(args).write_stdin("").output().unwrap();
            let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            let raw: Vec<char> = all.chars().filter(|c| veiviser::safe::is_unsafe(*c)).collect();
            assert!(raw.is_empty(), "{args:?} ({lang}) wrote {raw:?} raw:\n{all}");
            // The argument is still there, made visible, where the message quotes it.
            if all.contains("]52;c;aGk=") {
                assert!(all.contains("\u{241b}]52;c;aGk=\u{2407}"), "{args:?}: {all}");
            }
        }
    }
    // Not UTF-8 at all.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let bad = std::ffi::OsString::from_vec(b"\x1b]52;c;aGk=\x07\xff".to_vec());
        for args in [vec![std::ffi::OsString::from("walk"), "--format".into(), bad.clone()], vec![bad.clone()]] {
            let out = mini().args(&args).write_stdin("").output().unwrap();
            assert_eq!(out.status.code(), Some(2));
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!err.chars().any(veiviser::safe::is_unsafe), "{args:?}: {err}");
        }
    }
}

// 7. `paths --max` beyond bound.

#[test]
fn paths_max_is_bounded_with_a_clear_message() {
    let limit = veiviser::export::paths::MAX_LISTED;
    for (lang, says) in [("en", "--max is at most 100"), ("nb", "--max er høyst 100")] {
        for max in ["18446744073709551615".to_string(), (limit + 1).to_string()] {
            let t = std::time::Instant::now();
            let out = veiviser().args(["paths", "--lang", lang, "--max", &max]).output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{max}");
            assert!(out.stdout.is_empty(), "{max}: {} bytes written", out.stdout.len());
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.starts_with("veiviser: ") && err.contains(says) && err.contains(&max), "{err}");
            assert!(t.elapsed().as_secs() < 10);
        }
        // The bound is in the help text.
        let help = veiviser().args(["paths", "--help", "--lang", lang]).output().unwrap();
        let h = String::from_utf8_lossy(&help.stdout);
        assert!(h.contains(&format!(" {limit};")), "{h}");
    }
    // At the bound it runs, on the small set.
    let out = mini().args(["paths", "--lang", "en", "--max", &limit.to_string()]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!out.stdout.is_empty());
}

// 8. `check` on a closed pipe.

/// Runs the binary with `args` and its standard output a pipe that is closed before it
/// writes (the reading end dropped at once); the exit code.
fn on_closed_pipe(mut c: std::process::Command) -> Option<i32> {
    let mut child = c.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    out.status.code()
}

fn bin(args: &[&str]) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_veiviser"));
    let home = std::env::temp_dir().join("veiviser-hostile-no-home");
    c.args(args).env("HOME", &home).env("XDG_CONFIG_HOME", &home).env_remove("LANG").env_remove("LC_ALL");
    c
}

#[test]
fn check_on_a_closed_pipe_exits_like_the_other_commands() {
    // Many findings (well over a pipe's 64 KiB), so that the write fails whenever the
    // pipe closes: 1500 steps with a `next` that goes nowhere.
    let dir = tempfile::tempdir().unwrap();
    let mini = common::fixture("mini");
    let flows = dir.path().join("flows");
    std::fs::create_dir(&flows).unwrap();
    for e in std::fs::read_dir(mini.join("flows")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, flows.join(p.file_name().unwrap())).unwrap();
    }
    let mut s = String::from("id: big\ntitle: m-case\nsource: {doc: doc-a}\nstart: n0\nnodes:\n");
    for i in 0..1500 {
        s.push_str(&format!("  n{i}:\n    kind: info\n    title: m-read\n    next: nowhere{i}\n"));
    }
    std::fs::write(flows.join("big.yaml"), s).unwrap();
    let locales = mini.join("locales").display().to_string();
    let flows = flows.display().to_string();
    let broken = ["--flows", &flows, "--locales", &locales, "check"];
    // The findings are there: the whole output, exit 1.
    let full = bin(&broken).output().unwrap();
    assert_eq!(full.status.code(), Some(1));
    assert!(full.stdout.len() > 200_000, "{} bytes", full.stdout.len());
    for _ in 0..3 {
        assert_eq!(on_closed_pipe(bin(&["check"])), Some(0), "the bundled set, clean");
        assert_eq!(on_closed_pipe(bin(&broken)), Some(1), "findings: still 1, not 2");
        assert_eq!(on_closed_pipe(bin(&["list"])), Some(0));
    }
    // Standard output closed altogether.
    let sh = |args: &str| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("exec \"$0\" {args} >&-"))
            .arg(env!("CARGO_BIN_EXE_veiviser"))
            .status()
            .unwrap()
            .code()
    };
    if cfg!(unix) {
        assert_eq!(sh("check"), Some(0));
    }
}

// 9. Fluent messages that refer to themselves.

#[test]
fn a_fluent_message_that_refers_to_itself_is_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixture("mini"), dir.path());
    common::copy_tree(&hostile("fluent-cycle"), dir.path());
    let out = veiviser()
        .arg("--flows")
        .arg(dir.path().join("flows"))
        .arg("--locales")
        .arg(dir.path().join("locales"))
        .args(["check", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout).replace(&format!("{}/", dir.path().display()), "");
    let want = [
        ("cycle-a", "en", "cycle-a → cycle-b → cycle-a", "locales/en/cycle.ftl:3:1"),
        ("cycle-self", "en", "cycle-self → cycle-self", "locales/en/cycle.ftl:5:1"),
        ("cycle-via-attr", "en", "cycle-via-attr → cycle-via-attr.x → cycle-via-attr", "locales/en/cycle.ftl:8:1"),
        ("cycle-a", "nb", "cycle-a → cycle-b → cycle-a", "locales/nb/cycle.ftl:2:1"),
        ("cycle-self", "nb", "cycle-self → cycle-self", "locales/nb/cycle.ftl:4:1"),
        ("cycle-via-attr", "nb", "cycle-via-attr → cycle-via-attr.x → cycle-via-attr", "locales/nb/cycle.ftl:7:1"),
    ];
    for (id, lang, cycle, at) in want {
        let msg = format!("error[fluent-cycle]: the message `{id}` refers to itself in {lang} ({cycle})");
        let i = s.find(&msg).unwrap_or_else(|| panic!("no {msg}\n{s}"));
        assert!(s[i..].lines().nth(1).is_some_and(|l| l.ends_with(at)), "{id} {lang} not at {at}\n{s}");
    }
    assert_eq!(s.matches("error[fluent-cycle]").count(), 6, "{s}");
    assert!(!s.contains("`cycle-attr` refers"), "{s}");
}

// 2. One guard, depth and size, for every YAML file.

/// A scenario nested 100 000 levels deep (in 100 KB) once cost 36 s of CPU in libyaml;
/// it is refused by the loader's guard, at its place, before serde_yaml sees it. The
/// time bound is generous (it fails a run that takes libyaml's path, not a slow machine).
#[test]
fn a_deep_scenario_is_refused_by_the_one_yaml_guard() {
    let path = hostile("scenario-deep.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let langs = [veiviser::i18n::Lang::of("nb"), veiviser::i18n::Lang::of("en")];
    let Err(e) = veiviser::scenario::parse("deep.yaml", &text, &langs) else { panic!("a deep scenario is refused") };
    assert_eq!(e.msg.id, "cli-scenario-err-too-deep");
    assert_eq!(e.line, Some(4));
    for lang in ["en", "nb"] {
        let out = veiviser()
            .args(["scenario", "check", "--lang", lang])
            .arg(&path)
            .timeout(std::time::Duration::from_secs(30))
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(0));
        let s = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
        assert!(s.contains("scenario-deep.yaml:4:"), "{s}");
        let words = if lang == "en" { "nested deeper than 32 levels" } else { "nøstet dypere enn 32 nivåer" };
        assert!(s.contains(words), "{s}");
    }
}

/// The same guard for a local contact file (and every other YAML file of the loader).
#[test]
fn a_deep_local_contact_file_is_refused_by_the_same_guard() {
    let out = mini()
        .args(["check", "--lang", "en", "--contacts"])
        .arg(hostile("local-contacts-deep.yaml"))
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("nested deeper than 32 levels"), "{s}");
    assert!(s.contains("local-contacts-deep.yaml:3:"), "{s}");
    // The guard itself: size and depth, with or without the position scan at hand.
    let text = std::fs::read_to_string(hostile("local-contacts-deep.yaml")).unwrap();
    use veiviser::flow::yaml::{Refused, guard};
    assert!(matches!(guard(&text, load::MAX_FILE_BYTES, None), Err(Refused::TooDeep { .. })));
    assert_eq!(guard(&text, 10, None), Err(Refused::TooLarge { limit: 10 }));
    assert_eq!(guard("a: [[[1]]]\n", 10, None), Err(Refused::TooLarge { limit: 10 }));
    assert_eq!(guard("a: [[[1]]]\n", 100, None), Ok(()));
}

/// serde_yaml is called in one place only (`flow::yaml::from_yaml`, behind the guard),
/// and no module outside `flow/` names it: its errors are read in `flow::yaml::said`.
#[test]
fn serde_yaml_is_called_behind_the_guard_only() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut calls = Vec::new();
    let mut outside = Vec::new();
    let mut dirs = vec![src];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                let in_flow = p.components().any(|c| c.as_os_str() == "flow");
                for (i, l) in text.lines().enumerate() {
                    if l.contains("serde_yaml::from_") {
                        calls.push(format!("{}:{}", p.display(), i + 1));
                    }
                    if !in_flow && l.contains("serde_yaml::") && !l.trim_start().starts_with("//") {
                        outside.push(format!("{}:{}", p.display(), i + 1));
                    }
                }
            }
        }
    }
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(calls[0].contains("flow/yaml/mod.rs"), "{calls:?}");
    assert!(outside.is_empty(), "serde_yaml named outside flow/: {outside:?}");
}

// 11. Invisible and layout-breaking characters.

fn invisible(name: &str) -> std::path::PathBuf {
    hostile("invisible").join(name)
}

/// Every character of finding 11, in a flow file, a Fluent file (as it is and as an
/// escape), a local contact file and a scenario, is a finding of `check` (or of
/// `scenario check`), with the file and its place.
#[test]
fn check_flags_invisible_characters_in_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixture("mini"), tmp.path());
    let flow = tmp.path().join("flows/triage.yaml");
    let text = std::fs::read_to_string(&flow).unwrap();
    // A zero-width space in a comment: nothing of a flow file may hold one.
    std::fs::write(&flow, text.replacen("nodes:\n", "nodes:\n  # note\u{200b}\n", 1)).unwrap();
    let ftl = tmp.path().join("locales/en/mini.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let text = text.replacen("m-triage = Triage", "m-triage = Tri\u{2060}age", 1).replacen(
        "m-acute-text = Is anyone in danger now?",
        "m-acute-text = Is anyone{ \"\\u2028\" } in danger now?",
        1,
    );
    std::fs::write(&ftl, text).unwrap();
    let out = veiviser()
        .arg("--flows")
        .arg(tmp.path().join("flows"))
        .arg("--locales")
        .arg(tmp.path().join("locales"))
        .args(["check", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("error[invisible-char]: the character U+200B"), "{s}");
    assert!(s.contains("triage.yaml:7:9"), "{s}");
    assert!(s.contains("the character U+2060"), "{s}");
    assert!(s.contains("mini.ftl:23:15"), "{s}");
    assert!(s.contains("the character U+2028"), "{s}");
    assert!(!s.contains('\u{200b}') && !s.contains('\u{2060}') && !s.contains('\u{2028}'), "raw in the output: {s}");

    let out = mini().args(["check", "--lang", "en", "--contacts"]).arg(invisible("contacts.yaml")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    for (c, at) in [
        ("U+200B", "contacts.yaml:6:22"),
        ("U+2028", "contacts.yaml:6:28"),
        ("U+202B", "contacts.yaml:7:21"),
        ("U+200F", "contacts.yaml:7:28"),
        ("U+2066", "contacts.yaml:7:44"),
        ("U+200E", "contacts.yaml:7:50"),
        ("U+2060", "contacts.yaml:8:15"),
        // Escapes: `\u200b`, and YAML's `\L` for U+2028.
        ("U+200B", "contacts.yaml:8:18"),
        ("U+2028", "contacts.yaml:9:26"),
        ("U+E0041", "contacts.yaml:10:22"),
        ("U+FEFF", "contacts.yaml:10:24"),
        ("U+061C", "contacts.yaml:11:25"),
        ("U+200D", "contacts.yaml:11:41"),
        ("U+200C", "contacts.yaml:11:63"),
    ] {
        assert!(s.contains(&format!("the character {c} cannot")), "{c}: {s}");
        assert!(s.contains(at), "{c} at {at}: {s}");
    }
    assert!(!s.chars().any(veiviser::safe::is_unsafe), "raw in the output: {s}");
    let out = mini().args(["check", "--lang", "nb", "--contacts"]).arg(invisible("contacts.yaml")).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("det er usynlig"));

    for (file, at) in [("scenario.yaml", "scenario.yaml:3:16"), ("scenario-escaped.yaml", "scenario-escaped.yaml:3:")] {
        for (lang, words) in [("en", "cannot be in a scenario"), ("nb", "kan ikke stå i et scenario")] {
            let out = veiviser().args(["scenario", "check", "--lang", lang]).arg(invisible(file)).output().unwrap();
            assert_ne!(out.status.code(), Some(0));
            let s = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
            assert!(s.contains(at) && s.contains(words), "{file} {lang}: {s}");
            assert!(!s.chars().any(veiviser::safe::is_unsafe), "raw in the output: {s}");
        }
    }
}

/// A local contact file with invisible characters still loads (a broken local file
/// degrades, it never stops the tool): with a notice, and each character shown as
/// U+FFFD, in every output.
#[test]
fn a_local_file_with_invisible_characters_loads_with_a_notice_and_them_made_harmless() {
    for (mode, lang) in [("--plain", "en"), ("--plain", "nb"), ("--json", "en")] {
        let out = mini()
            .args(["walk", mode, "--lang", lang, "--contacts"])
            .arg(invisible("contacts.yaml"))
            .write_stdin(TO_SUMMARY)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{mode} {lang}");
        let s = String::from_utf8(out.stdout).unwrap();
        if mode == "--json" {
            let l = json_lines(s.as_bytes());
            assert_eq!(l[0]["type"], "notice");
            assert_eq!(l[0]["id"], "local-contacts-cleaned");
            let summary = l.last().map(|v| v.to_string()).unwrap_or_default();
            assert!(summary.contains("Local\u{fffd}line"), "{summary}");
            assert!(!s.contains("\\u200b") && !s.contains("\\u2028"), "{s}");
        } else {
            assert!(s.contains("were loaded, but") || s.contains("ble lastet, men"), "{s}");
            assert!(s.contains("Local\u{fffd}line") || s.contains("Lokal\u{fffd}linje"), "the local contact: {s}");
            assert!(s.contains("11\u{fffd}22\u{fffd}33"), "{s}");
        }
        assert!(!s.chars().any(veiviser::safe::is_unsafe), "{mode} {lang}: raw in\n{s:?}");
    }
    // The loader itself: every text of the contact is harmless.
    let dir = common::fixture("mini");
    let input = Input::from_dirs(Some(&dir.join("flows")), Some(&dir.join("locales")))
        .unwrap()
        .with_local_contacts(Some(&invisible("contacts.yaml")))
        .unwrap();
    let Ok((c, notice)) = veiviser::flow::load_checked_local(&input, None) else { panic!("it loads") };
    assert!(notice.is_some_and(|n| n.cleaned));
    let h = c.model.contact("helpline").expect("the helpline");
    let texts = h.name.0.values().chain(h.what.0.values()).chain(h.phone.iter()).chain(h.web.iter());
    for t in texts {
        assert!(!t.chars().any(veiviser::safe::is_unsafe), "{t:?}");
    }
}
