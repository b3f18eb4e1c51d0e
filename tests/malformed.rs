//! Malformed and hostile flow, locale and contact files, through the real binary:
//! `veiviser --flows DIR --locales DIR check` (and `--contacts FILE`). Each case is the
//! small valid set (tests/fixtures/mini) with files added or replaced: those of
//! tests/fixtures/malformed/<case>/ (a `local-contacts.yaml` there is given with
//! `--contacts`), every checker fixture of tests/fixtures/check/, and a few made here
//! because they are big (over the size limit, deep, long, many).
//!
//! Each must end with exit 1 and a finding that names the file, line and column
//! (`file:line:col` in the output), or exit 2 with a message where the check cannot run
//! at all (a missing folder); never a panic or a signal; within [`TIME_LIMIT`]; and, on
//! Linux, within [`MEM_LIMIT_KB`] of address space (`ulimit -v`, so a bomb fails instead
//! of taking the machine; `ulimit -t` bounds the CPU time) and [`PEAK_RSS_KB`] of peak memory (measured with GNU time
//! where it is installed; the test says when it is not).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use veiviser::flow::check;
use veiviser::flow::load::{self, Input, RawFile};
use veiviser::i18n::Lang;

/// Wall-clock time allowed for one run of the (debug) binary. Measured: under 0.2 s for
/// most, 1 s for the 1 MiB lines, 6 s for the 17 000 findings of the big flow.
const TIME_LIMIT: Duration = Duration::from_secs(30);
/// Address space the binary may map (`ulimit -v`), in KiB: 1 GiB.
const MEM_LIMIT_KB: u64 = 1024 * 1024;
/// Peak resident memory allowed, in KiB: 128 MiB. Measured: 10 to 15 MiB, 55 MiB for
/// the flow of 17 000 nodes with as many findings.
const PEAK_RSS_KB: u64 = 128 * 1024;

/// A copy of the mini set in a temporary folder.
fn mini_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixture("mini"), tmp.path());
    tmp
}

struct Run {
    code: i32,
    /// Standard output and standard error, with the temporary folder's path cut out.
    out: String,
    time: Duration,
    peak_kb: Option<u64>,
}

/// GNU time, for the peak memory of a run (Linux).
fn gnu_time() -> Option<&'static str> {
    let p = "/usr/bin/time";
    (cfg!(target_os = "linux") && Path::new(p).is_file()).then_some(p)
}

/// `veiviser --flows D/flows --locales D/locales check --lang en --no-color [--contacts
/// D/local-contacts.yaml]`, bounded in time and (on Linux) memory.
fn check_cli(dir: &Path, args: &[&str]) -> Run {
    let bin = env!("CARGO_BIN_EXE_veiviser");
    let mut argv: Vec<String> = vec![
        "--flows".into(),
        dir.join("flows").display().to_string(),
        "--locales".into(),
        dir.join("locales").display().to_string(),
        "check".into(),
        "--lang".into(),
        "en".into(),
        "--no-color".into(),
    ];
    let local = dir.join("local-contacts.yaml");
    if local.is_file() {
        argv.push("--contacts".into());
        argv.push(local.display().to_string());
    }
    argv.extend(args.iter().map(|a| a.to_string()));
    let outs = tempfile::tempdir().unwrap();
    let (out_p, err_p, time_p) = (outs.path().join("out"), outs.path().join("err"), outs.path().join("time"));
    let mut cmd = if cfg!(target_os = "linux") {
        // The limit first, then (if there) GNU time, then the program.
        let mut c = Command::new("sh");
        // CPU seconds too: the kernel ends the program (GNU time's child included) if
        // it spins, even if this test is gone.
        let cpu = TIME_LIMIT.as_secs() * 2;
        c.arg("-c").arg(format!("ulimit -v {MEM_LIMIT_KB} && ulimit -t {cpu} && exec \"$@\"")).arg("sh");
        if let Some(t) = gnu_time() {
            c.args([t, "-f", "%M", "-o"]).arg(&time_p);
        }
        c.arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(&argv)
        .env("HOME", outs.path())
        .env("XDG_CONFIG_HOME", outs.path())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_p).unwrap())
        .stderr(std::fs::File::create(&err_p).unwrap());
    let t0 = Instant::now();
    let mut child = cmd.spawn().unwrap();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if t0.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("no end within {TIME_LIMIT:?}: veiviser {}", argv.join(" "));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let time = t0.elapsed();
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    let mut err = read(&err_p);
    // GNU time says "Command exited with non-zero status N" on standard error too.
    err = err.lines().filter(|l| !l.starts_with("Command exited with non-zero status")).collect::<Vec<_>>().join("\n");
    let peak_kb = gnu_time().and_then(|_| read(&time_p).lines().last()?.trim().parse().ok());
    let code = status.code().unwrap_or_else(|| panic!("ended by a signal ({status}): {err}"));
    let prefix = format!("{}/", dir.display());
    let out = format!("{}{err}", read(&out_p)).replace(&prefix, "");
    Run { code, out, time, peak_kb }
}

/// The bounds every run must keep, and no panic.
fn assert_sound(name: &str, r: &Run) {
    assert!(!r.out.contains("panicked"), "{name}: a panic\n{}", r.out);
    assert!(!r.out.contains("stack overflow"), "{name}: a stack overflow\n{}", r.out);
    if let Some(kb) = r.peak_kb {
        assert!(kb <= PEAK_RSS_KB, "{name}: peak memory {kb} KiB over {PEAK_RSS_KB} KiB");
    }
    eprintln!(
        "{name:<34} exit {}  {:>5} ms  {}",
        r.code,
        r.time.as_millis(),
        r.peak_kb.map_or("peak memory not measured (no GNU time)".to_string(), |kb| format!("{kb} KiB peak"))
    );
}

/// Exit 1, and every (code, file, line, column) in the output as `error[code]` and
/// `file:line:col`.
fn assert_findings(name: &str, r: &Run, want: &[Finding]) {
    assert_sound(name, r);
    assert_eq!(r.code, 1, "{name}: exit code\n{}", r.out);
    for (code, file, line, col) in want {
        assert!(r.out.contains(&format!("error[{code}]")), "{name}: no error[{code}]\n{}", r.out);
        let at = format!("{file}:{line}:{col}");
        assert!(r.out.contains(&at), "{name}: nothing at {at}\n{}", r.out);
    }
}

/// A finding expected: its code, the file (relative to the set's folder), line, column.
type Finding = (&'static str, &'static str, usize, usize);

/// The cases of tests/fixtures/malformed: what each must report (the finding in the file
/// that was broken; others may follow from it, such as a flow that is then unknown).
const MALFORMED: &[(&str, &[Finding])] = &[
    // Syntax and encoding.
    ("bom", &[("unknown-next", "flows/triage.yaml", 14, 15)]),
    ("crlf", &[("unknown-next", "flows/triage.yaml", 14, 15)]),
    ("nul-in-yaml", &[("control-char", "flows/triage.yaml", 26, 15)]),
    ("tab-indent", &[("yaml", "flows/triage.yaml", 8, 1)]),
    ("unclosed-quote", &[("yaml", "flows/triage.yaml", 57, 1)]),
    ("two-documents", &[("yaml", "flows/triage.yaml", 57, 1)]),
    // Types and kinds.
    ("list-not-map", &[("yaml", "flows/triage.yaml", 1, 1)]),
    ("scalar-file", &[("yaml", "flows/triage.yaml", 1, 1)]),
    ("id-not-text", &[("yaml", "flows/triage.yaml", 1, 5)]),
    ("null-node", &[("yaml", "flows/triage.yaml", 52, 12)]),
    ("number-too-big", &[("yaml", "flows/triage.yaml", 5, 7)]),
    ("wrong-kind-of-node", &[("yaml", "flows/triage.yaml", 19, 11)]),
    ("missing-start", &[("yaml", "flows/triage.yaml", 1, 1)]),
    ("duties-wrong-type", &[("yaml", "flows/duties.yaml", 9, 10)]),
    ("sources-unknown-field", &[("yaml", "flows/sources.yaml", 9, 5)]),
    // Hostile YAML.
    ("alias-bomb", &[("yaml-alias", "flows/lol.yaml", 1, 4), ("yaml-alias", "flows/lol.yaml", 13, 4)]),
    ("merge-key", &[("yaml-alias", "flows/triage.yaml", 19, 5)]),
    ("deep-block", &[("too-deep", "flows/deep.yaml", 35, 65)]),
    // Contacts: the bundled directory and a local one (`--contacts`).
    ("contacts-control-char", &[("control-char", "flows/contacts.yaml", 5, 18)]),
    ("local-contacts-unknown-field", &[("yaml", "local-contacts.yaml", 4, 5)]),
    ("local-contacts-duplicate", &[("duplicate-key", "local-contacts.yaml", 6, 3)]),
    ("local-contacts-list", &[("yaml", "local-contacts.yaml", 1, 1)]),
    ("local-contacts-wrong-type", &[("yaml", "local-contacts.yaml", 4, 12)]),
    // Fluent.
    ("fluent-junk", &[("fluent-syntax", "locales/en/mini.ftl", 2, 1)]),
    ("bom-in-fluent", &[("fluent-syntax", "locales/en/mini.ftl", 42, 1)]),
    ("not-utf8-in-fluent", &[("not-utf8", "locales/en/mini.ftl", 42, 12)]),
    ("nul-in-fluent", &[("control-char", "locales/en/mini.ftl", 42, 10)]),
    ("fluent-deep-placeables", &[("too-deep", "locales/en/mini.ftl", 42, 74)]),
    ("fluent-deep-selects", &[("too-deep", "locales/en/mini.ftl", 74, 7)]),
    ("fluent-deep-calls", &[("too-deep", "locales/en/mini.ftl", 42, 235)]),
];

/// A case's folder laid over a copy of the mini set.
fn with_case(case: &str) -> tempfile::TempDir {
    let tmp = mini_copy();
    common::copy_tree(&common::fixture("malformed").join(case), tmp.path());
    tmp
}

#[test]
fn every_malformed_file_is_refused_with_its_place() {
    for (case, want) in MALFORMED {
        let dir = with_case(case);
        let r = check_cli(dir.path(), &[]);
        // ("yaml", "", 0, 0): a finding serde_yaml gives no place for; another finding
        // of the case has the place.
        let placed: Vec<_> = want.iter().copied().filter(|w| w.2 > 0).collect();
        assert_findings(case, &r, &placed);
        for (code, ..) in want.iter().filter(|w| w.2 == 0) {
            assert!(r.out.contains(&format!("error[{code}]")), "{case}: no error[{code}]\n{}", r.out);
        }
    }
}

#[test]
fn every_malformed_fixture_is_in_the_table() {
    for e in std::fs::read_dir(common::fixture("malformed")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        assert!(MALFORMED.iter().any(|(c, _)| *c == name), "tests/fixtures/malformed/{name} is not tested");
    }
}

/// The checker's fixtures (tests/fixtures/check, one class of error each, tested through
/// the library in tests/check.rs), through the binary: every finding the library makes
/// is in the output at its place, and the exit code says whether there was an error.
#[test]
fn every_checker_fixture_through_the_binary() {
    let mut n = 0;
    for e in std::fs::read_dir(common::fixture("check")).unwrap() {
        let case_dir = e.unwrap().path();
        let case = case_dir.file_name().unwrap().to_string_lossy().to_string();
        let dir = mini_copy();
        common::copy_tree(&case_dir, dir.path());
        // What the library finds on the same files.
        let input = Input::from_dirs(Some(&dir.path().join("flows")), Some(&dir.path().join("locales"))).unwrap();
        let loaded = load::load(input.clone());
        let diags = check::check(&loaded);
        let errors = diags.iter().filter(|d| d.is_error()).count();
        let prefix = format!("{}/", dir.path().display());
        let r = check_cli(dir.path(), &[]);
        assert_sound(&case, &r);
        assert_eq!(r.code, if errors > 0 { 1 } else { 0 }, "{case}\n{}", r.out);
        for d in &diags {
            let file = d.file.and_then(|f| loaded.files.get(f)).map(|f| f.name.replace(&prefix, ""));
            let file = file.unwrap_or_else(|| panic!("{case}: {} names no file", d.code()));
            let (l, c) = d.line_col(&loaded.files).unwrap_or_else(|| panic!("{case}: {} has no place", d.code()));
            let at = format!("{file}:{l}:{c}");
            assert!(r.out.contains(&at), "{case}: {} not shown at {at}\n{}", d.code(), r.out);
        }
        n += usize::from(errors > 0);
    }
    assert!(n >= 40, "only {n} checker fixtures with errors");
}

/// Writes `name` (relative to the set's folder) with `bytes`.
fn put(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

#[test]
fn big_and_deep_files_are_refused_in_bounded_time_and_memory() {
    let mini_en = std::fs::read_to_string(common::fixture("mini/locales/en/mini.ftl")).unwrap();
    type Make = Box<dyn Fn(&Path)>;
    let cases: Vec<(&str, Make, Finding)> = vec![
        (
            "a flow file over 1 MiB",
            Box::new(|d| put(d, "flows/huge.yaml", format!("id: x\n# {}\n", "x".repeat(load::MAX_FILE_BYTES)))),
            ("file-too-large", "flows/huge.yaml", 1, 1),
        ),
        (
            "a Fluent file over 1 MiB",
            Box::new(move |d| {
                put(d, "locales/en/mini.ftl", format!("{mini_en}# {}\n", "x".repeat(load::MAX_FILE_BYTES)))
            }),
            ("file-too-large", "locales/en/mini.ftl", 1, 1),
        ),
        (
            "a local contact file over 1 MiB",
            Box::new(|d| put(d, "local-contacts.yaml", format!("contacts:\n# {}\n", "x".repeat(load::MAX_FILE_BYTES)))),
            ("file-too-large", "local-contacts.yaml", 1, 1),
        ),
        (
            "1 MiB of nested brackets",
            Box::new(|d| put(d, "flows/deep.yaml", format!("id: {}{}\n", "[".repeat(500_000), "]".repeat(500_000)))),
            ("too-deep", "flows/deep.yaml", 1, 36),
        ),
        (
            "one line of 900 KB",
            Box::new(|d| put(d, "flows/long.yaml", format!("id: x\ntitle: {}\n", "a".repeat(900_000)))),
            ("yaml", "flows/long.yaml", 1, 1),
        ),
        (
            "a flow of 17 000 nodes (1 MiB) with a bad next",
            Box::new(|d| {
                let mut s = String::from("id: big\ntitle: m-case\nsource: {doc: doc-a}\nstart: n0\nnodes:\n");
                let mut i = 0;
                while s.len() < 1_000_000 {
                    s.push_str(&format!("  n{i}:\n    kind: info\n    title: m-read\n    next: n{}\n", i + 1));
                    i += 1;
                }
                s.push_str(&format!("  n{i}:\n    kind: info\n    title: m-read\n    next: nowhere\n"));
                put(d, "flows/big.yaml", s);
            }),
            // 5 lines of head, 4 a node: the last `next`.
            ("unknown-next", "flows/big.yaml", 0, 11),
        ),
        (
            "10 000 NUL characters",
            Box::new(|d| put(d, "flows/nul.yaml", format!("id: x\ntitle: \"{}\"\n", "\0".repeat(10_000)))),
            ("control-char", "flows/nul.yaml", 2, 9),
        ),
        (
            "binary junk",
            Box::new(|d| {
                put(
                    d,
                    "flows/junk.yaml",
                    (0..100_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect::<Vec<_>>(),
                )
            }),
            ("not-utf8", "flows/junk.yaml", 1, 0),
        ),
    ];
    for (name, make, (code, file, line, col)) in &cases {
        let dir = mini_copy();
        make(dir.path());
        let r = check_cli(dir.path(), &[]);
        assert_sound(name, &r);
        assert_eq!(r.code, 1, "{name}\n{}", r.out);
        assert!(r.out.contains(&format!("error[{code}]")), "{name}: no error[{code}]\n{}", r.out);
        // A 0 is a place worked out from the output (the line of a long file, the column
        // of junk): then the file and the other number must be there.
        let found = r.out.lines().any(|l| {
            let Some(rest) = l.trim_start().strip_prefix("┌─ ").and_then(|x| x.strip_prefix(&format!("{file}:")))
            else {
                return false;
            };
            let mut nums = rest.split(':').map(|n| n.trim().parse::<usize>().unwrap_or(usize::MAX));
            let (l, c) = (nums.next().unwrap_or(0), nums.next().unwrap_or(0));
            (*line == 0 || l == *line) && (*col == 0 || c == *col) && l > 0 && c > 0
        });
        assert!(found, "{name}: no {file}:{line}:{col}\n{}", &r.out[..r.out.len().min(4000)]);
    }
}

#[test]
fn nesting_at_the_limit_is_still_parsed() {
    // 32 levels of placeables is allowed (and Fluent's parser copes in a test thread's
    // small stack); the message is then only unused.
    let dir = mini_copy();
    let en = std::fs::read_to_string(common::fixture("mini/locales/en/mini.ftl")).unwrap();
    let depth = veiviser::flow::yaml::MAX_DEPTH;
    let msg = format!("m-deep = {}\"x\"{}\n", "{ ".repeat(depth), " }".repeat(depth));
    put(dir.path(), "locales/en/mini.ftl", format!("{en}{msg}"));
    let r = check_cli(dir.path(), &[]);
    assert_sound("32 levels of placeables", &r);
    assert!(!r.out.contains("too-deep"), "{}", r.out);
    assert!(r.out.contains("error[one-locale]"), "{}", r.out);
    // And through the library, in this thread.
    let input = Input {
        locales: vec![(Lang::of("en"), RawFile { name: "en.ftl".into(), bytes: msg.into_bytes().into() })],
        ..Input::default()
    };
    let diags = check::check(&load::load(input.clone()));
    assert!(diags.iter().all(|d| d.code() != "too-deep" && d.code() != "fluent-syntax"), "{diags:?}");
}

/// Where the check cannot run at all: exit 2 and a message that names the path.
#[test]
fn what_cannot_be_checked_at_all_is_exit_2() {
    type Args = Box<dyn Fn(&Path) -> Vec<String>>;
    let cases: Vec<(&str, Args, &str)> = vec![
        (
            "no flows folder",
            Box::new(|d| {
                std::fs::remove_dir_all(d.join("flows")).unwrap();
                vec![]
            }),
            "flows",
        ),
        (
            "no folder for the default language",
            Box::new(|d| {
                std::fs::remove_dir_all(d.join("locales/nb")).unwrap();
                vec![]
            }),
            "locales/nb",
        ),
        (
            "a named contact file that is not there",
            Box::new(|d| vec!["--contacts".into(), d.join("none.yaml").display().to_string()]),
            "none.yaml",
        ),
        (
            "--flows is a file",
            Box::new(|d| {
                std::fs::remove_dir_all(d.join("flows")).unwrap();
                std::fs::write(d.join("flows"), "id: x\n").unwrap();
                vec![]
            }),
            "flows",
        ),
        (
            "more files than the limit",
            Box::new(|d| {
                for i in 0..=load::MAX_FILES {
                    std::fs::write(d.join(format!("flows/f{i:03}.yaml")), "id: x\n").unwrap();
                }
                vec![]
            }),
            "flows",
        ),
    ];
    for (name, make, path) in &cases {
        let dir = mini_copy();
        let args = make(dir.path());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = check_cli(dir.path(), &args);
        assert_sound(name, &r);
        assert_eq!(r.code, 2, "{name}\n{}", r.out);
        assert!(r.out.starts_with("veiviser: ") && r.out.contains(path), "{name}: {}", r.out);
    }
}

#[test]
fn at_least_thirty_distinct_hostile_cases_run_through_the_binary() {
    let checker = std::fs::read_dir(common::fixture("check")).unwrap().count();
    // MALFORMED, the 8 big ones, the limit case and the 5 that cannot run.
    let total = MALFORMED.len() + 8 + 1 + 5 + checker;
    assert!(MALFORMED.len() >= 30, "{}", MALFORMED.len());
    eprintln!("{total} hostile cases through the binary ({} malformed, {checker} checker fixtures)", MALFORMED.len());
}
