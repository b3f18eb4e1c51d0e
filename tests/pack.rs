//! Signed content packs and the guidance's review-by date (issue 26): `pack verify`,
//! `--pack`, `--version`, `--as-of`. The packs in tests/fixtures/pack are the small
//! fixture set signed with a key made for the tests (tests/fixtures/pack/make.sh).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn pack(name: &str) -> PathBuf {
    common::fixture("pack").join(name)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veiviser")).args(["--lang", "en"]).args(args).output().expect("runs")
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr)
}

/// A local file that trusts the test key, in `dir`.
fn trusting(dir: &Path) -> PathBuf {
    let key = std::fs::read_to_string(pack("test-key.pub")).unwrap();
    let key = key.lines().last().unwrap().trim().to_string();
    let f = dir.join("local.yaml");
    std::fs::write(&f, format!("trust-key: \"{key}\"\ncontacts: {{}}\n")).unwrap();
    f
}

fn copy_pack(name: &str, to: &Path) -> PathBuf {
    let dest = to.join(name);
    common::copy_tree(&pack(name), &dest);
    dest
}

#[test]
fn a_signed_pack_verifies_and_a_changed_byte_does_not() {
    let key = pack("test-key.pub");
    let key = key.to_str().unwrap();
    let ok = run(&["pack", "verify", pack("new").to_str().unwrap(), "--trust-key", key]);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok));
    assert!(text(&ok).contains("is intact") && text(&ok).contains("test-signed"), "{}", text(&ok));
    // Not trusted without the test key: only the project's key is built in.
    let untrusted = run(&["pack", "verify", pack("new").to_str().unwrap()]);
    assert_eq!(untrusted.status.code(), Some(1), "{}", text(&untrusted));
    assert!(text(&untrusted).contains("does not verify"), "{}", text(&untrusted));

    let tmp = tempfile::tempdir().unwrap();
    // One changed byte in a file.
    let p = copy_pack("new", &tmp.path().join("a"));
    let f = p.join("flows/triage.yaml");
    let mut bytes = std::fs::read(&f).unwrap();
    let last = bytes.len() - 2;
    bytes[last] ^= 0x01;
    std::fs::write(&f, bytes).unwrap();
    let o = run(&["pack", "verify", p.to_str().unwrap(), "--trust-key", key]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("flows/triage.yaml") && text(&o).contains("SHA-256"), "{}", text(&o));
    // One changed byte in the manifest: the signature fails.
    let p = copy_pack("new", &tmp.path().join("b"));
    let m = p.join("manifest.yaml");
    let t = std::fs::read_to_string(&m).unwrap().replace("review-by: 2027-12-31", "review-by: 2029-12-31");
    std::fs::write(&m, t).unwrap();
    let o = run(&["pack", "verify", p.to_str().unwrap(), "--trust-key", key]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("does not verify"), "{}", text(&o));
    // A file more, and a file less.
    let p = copy_pack("new", &tmp.path().join("c"));
    std::fs::write(p.join("flows/extra.yaml"), "id: x\n").unwrap();
    let o = run(&["pack", "verify", p.to_str().unwrap(), "--trust-key", key]);
    assert!(o.status.code() == Some(1) && text(&o).contains("flows/extra.yaml is not in the manifest"), "{}", text(&o));
    let p = copy_pack("new", &tmp.path().join("d"));
    std::fs::remove_file(p.join("locales/en/mini.ftl")).unwrap();
    let o = run(&["pack", "verify", p.to_str().unwrap(), "--trust-key", key]);
    assert!(o.status.code() == Some(1) && text(&o).contains("locales/en/mini.ftl"), "{}", text(&o));
    // Not a pack at all; a key file that is not a key.
    let o = run(&["pack", "verify", tmp.path().to_str().unwrap()]);
    assert!(o.status.code() == Some(1) && text(&o).contains("no manifest.yaml"), "{}", text(&o));
    let o = run(&[
        "pack",
        "verify",
        pack("new").to_str().unwrap(),
        "--trust-key",
        p.join("manifest.yaml").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

#[test]
fn a_pack_in_use_says_so_and_a_refused_one_falls_back_to_the_bundled_guidance() {
    let tmp = tempfile::tempdir().unwrap();
    let local = trusting(tmp.path());
    let local = local.to_str().unwrap();
    let new = pack("new");
    let o = run(&["--contacts", local, "--pack", new.to_str().unwrap(), "--version"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let t = text(&o);
    assert!(t.contains("veiviser 0.") && t.contains("Guidance 2026-12-20+"), "{t}");
    assert!(t.contains("TEST-SIGNED") && t.contains("review by 2027-12-31"), "{t}");
    // The pack's own flows are walked (the small fixture set, not the bundled case).
    let o = Command::new(env!("CARGO_BIN_EXE_veiviser"))
        .args(["--lang", "en", "--contacts", local, "--pack", new.to_str().unwrap(), "walk", "--json"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let first = String::from_utf8_lossy(&o.stdout).lines().find(|l| l.contains("\"step\"")).unwrap_or("").to_string();
    assert!(first.contains("\"title\":\"Acute danger?\"") && first.contains("Document A"), "{first}");
    // Untrusted: refused, said so, and the bundled guidance used; the tool goes on.
    let o = run(&["--pack", new.to_str().unwrap(), "--version"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("The pack was not used") && text(&o).contains("(bundled)"), "{}", text(&o));
    // Older than the bundled guidance: refused unless asked for.
    let old = pack("old");
    let o = run(&["--contacts", local, "--pack", old.to_str().unwrap(), "--version"]);
    assert!(text(&o).contains("older than the bundled guidance") && text(&o).contains("(bundled)"), "{}", text(&o));
    let o = run(&["--contacts", local, "--pack", old.to_str().unwrap(), "--allow-older-pack", "--version"]);
    assert!(text(&o).contains("Guidance 2026-01-15+"), "{}", text(&o));
}

#[test]
fn past_the_review_by_date_the_version_says_so_and_as_of_moves_the_day() {
    let o = run(&["--version", "--as-of", "2027-12-31"]);
    assert!(!text(&o).contains("may be out of date"), "{}", text(&o));
    let o = run(&["--version", "--as-of", "2028-01-01"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o).contains("may be out of date: it was to be reviewed by 2027-12-31"), "{}", text(&o));
    let o = run(&["--version", "--as-of", "2028-02-30"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("is not a day"), "{}", text(&o));
    let o = Command::new(env!("CARGO_BIN_EXE_veiviser")).args(["--lang", "nb", "--version"]).output().unwrap();
    assert!(text(&o).contains("Veiledning 2026-12-06+") && text(&o).contains("(innebygd)"), "{}", text(&o));
}

/// Past the review-by date, line mode says so before the first step, on every step and
/// on the summary; before it, nowhere.
#[test]
fn past_the_review_by_date_every_step_and_the_summary_say_so() {
    let walk = |as_of: &str| -> Vec<serde_json::Value> {
        let mut child = Command::new(env!("CARGO_BIN_EXE_veiviser"))
            .args(["--lang", "en", "--as-of", as_of, "walk", "--json"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        {
            use std::io::Write;
            let mut i = child.stdin.take().unwrap();
            let _ = i.write_all(b"emergency\n\nadult\nhealth\n\n\n\n");
        }
        let out = child.wait_with_output().unwrap();
        String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| serde_json::from_str(l).ok()).collect()
    };
    let late = walk("2028-01-01");
    assert_eq!(late[0]["type"], "notice", "{:?}", late[0]);
    assert_eq!(late[0]["id"], "guidance-overdue");
    let steps: Vec<_> = late.iter().filter(|v| v["type"] == "step").collect();
    assert!(!steps.is_empty() && steps.iter().all(|s| s["overdue"].as_str().is_some_and(|o| o.contains("2027-12-31"))));
    let summary = late.iter().find(|v| v["type"] == "summary").expect("the summary");
    assert!(summary["overdue"].as_str().is_some_and(|o| o.contains("may be out of date")), "{summary}");
    let early = walk("2027-06-01");
    assert!(early.iter().all(|v| v["overdue"].is_null() && v["id"] != "guidance-overdue"));
}

/// The same files give the same guidance version wherever they are read from.
#[test]
fn the_version_does_not_depend_on_where_the_files_lie() {
    let hash = |o: &Output| -> String {
        let t = text(o);
        t.split("Guidance ").nth(1).and_then(|r| r.split_whitespace().next()).unwrap_or("").to_string()
    };
    let bundled = hash(&run(&["--version"]));
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy_tree(&root.join("flows"), &tmp.path().join("somewhere/f"));
    common::copy_tree(&root.join("locales"), &tmp.path().join("else/l"));
    let f = tmp.path().join("somewhere/f");
    let l = tmp.path().join("else/l");
    let copied = hash(&run(&["--flows", f.to_str().unwrap(), "--locales", l.to_str().unwrap(), "--version"]));
    assert!(bundled.starts_with("2026-12-06+"), "{bundled}");
    assert_eq!(bundled, copied);
}
