//! No trace: whole sessions of the real binary, on the bundled flows, leave nothing behind
//! and open no network socket.
//!
//! Every session runs with HOME, the XDG folders, TMPDIR (and the Windows names for the
//! same folders) pointed at one empty temporary folder, and with another empty temporary
//! folder as its working directory. Before and after, both trees are walked (names, kinds,
//! sizes and modification times, the folders' own times included, so that a file made and
//! removed again is seen too) and must be the same.
//!
//! On Linux, when `strace` is there and may trace, every session also runs under
//! `strace -f -e trace=%network,%file`, and the log must show no socket other than a
//! local (AF_UNIX) one, no network address of any kind, and no file opened for writing,
//! made, removed, renamed, linked or changed anywhere on the machine (the terminal and
//! /dev/null aside). Without strace the full-screen session's open files are sampled in
//! /proc instead, and the test says plainly what it could not check.
//! VEIVISER_REQUIRE_STRACE=1 (set by `.ci/run` once it has installed strace) makes a
//! missing or unusable strace a failure instead.
//!
//! That no networking crate is compiled in at all is checked by `.ci/run` (`cargo tree`)
//! and by the `bans` of `deny.toml`.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::SystemTime;

const BIN: &str = env!("CARGO_BIN_EXE_veiviser");

/// Names of the folders a program might write to, all pointed at the one empty folder.
const FOLDERS: &[&str] = &[
    "HOME",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
    "TMPDIR",
    "TMP",
    "TEMP",
    "APPDATA",
    "LOCALAPPDATA",
    "USERPROFILE",
];

/// One kind of entry in a tree, with what a change would alter.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    dir: bool,
    size: u64,
    modified: Option<SystemTime>,
}

type Tree = BTreeMap<PathBuf, Entry>;

/// Every entry under `root`, `root` itself included (as the empty path).
fn tree(root: &Path) -> Tree {
    fn walk(root: &Path, rel: &Path, out: &mut Tree) {
        let p = root.join(rel);
        let m = std::fs::symlink_metadata(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        out.insert(rel.to_path_buf(), Entry { dir: m.is_dir(), size: m.len(), modified: m.modified().ok() });
        if m.is_dir() {
            let mut names: Vec<_> = std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().file_name()).collect();
            names.sort();
            for n in names {
                walk(root, &rel.join(n), out);
            }
        }
    }
    let mut out = Tree::new();
    walk(root, Path::new(""), &mut out);
    out
}

/// Every difference between two walks of the same tree.
fn differences(before: &Tree, after: &Tree) -> Vec<String> {
    let mut diffs = Vec::new();
    for (p, e) in after {
        match before.get(p) {
            None => diffs.push(format!("made: {} {e:?}", p.display())),
            Some(b) if b != e => diffs.push(format!("changed: {} {b:?} -> {e:?}", p.display())),
            Some(_) => {}
        }
    }
    for p in before.keys().filter(|p| !after.contains_key(*p)) {
        diffs.push(format!("removed: {}", p.display()));
    }
    diffs
}

fn assert_same(before: &Tree, after: &Tree, what: &str) {
    let diffs = differences(before, after);
    assert!(diffs.is_empty(), "{what} left a trace:\n{}", diffs.join("\n"));
    eprintln!("{what}: {} entries under the temporary root, none made, changed or removed", after.len());
}

/// The empty folders a session runs in: `home` (HOME, XDG_*, TMPDIR...) and `work` (the
/// working directory), both under one root that is walked whole.
struct Sandbox {
    root: tempfile::TempDir,
    /// Outside the root: strace's logs.
    logs: tempfile::TempDir,
    runs: usize,
}

impl Sandbox {
    fn new() -> Sandbox {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("home")).unwrap();
        std::fs::create_dir(root.path().join("work")).unwrap();
        Sandbox { root, logs: tempfile::tempdir().unwrap(), runs: 0 }
    }

    fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }

    fn work(&self) -> PathBuf {
        self.root.path().join("work")
    }

    fn tree(&self) -> Tree {
        tree(self.root.path())
    }

    /// The environment of a session: nothing from the machine running the tests.
    fn env(&self) -> Vec<(&'static str, PathBuf)> {
        let mut env: Vec<_> = FOLDERS.iter().map(|k| (*k, self.home())).collect();
        env.push(("LANG", "nb_NO.UTF-8".into()));
        env.push(("TERM", "xterm-256color".into()));
        env
    }

    /// The program and arguments of a session: the binary, under strace when there is
    /// one; with the path of strace's log.
    fn argv(&mut self, tracer: &Tracer, args: &[&str]) -> (Vec<String>, Option<PathBuf>) {
        self.runs += 1;
        match tracer {
            Tracer::Strace(strace) => {
                let log = self.logs.path().join(format!("run-{}.strace", self.runs));
                let mut argv = vec![
                    strace.display().to_string(),
                    "-f".into(),
                    "-qq".into(),
                    "-s".into(),
                    "512".into(),
                    "-e".into(),
                    "trace=%network,%file".into(),
                    "-o".into(),
                    log.display().to_string(),
                    BIN.into(),
                ];
                argv.extend(args.iter().map(|a| a.to_string()));
                (argv, Some(log))
            }
            Tracer::Without(_) => {
                let mut argv = vec![BIN.to_string()];
                argv.extend(args.iter().map(|a| a.to_string()));
                (argv, None)
            }
        }
    }

    fn command(&mut self, tracer: &Tracer, args: &[&str]) -> (Command, Option<PathBuf>) {
        let (argv, log) = self.argv(tracer, args);
        let mut c = Command::new(&argv[0]);
        c.args(&argv[1..]).current_dir(self.work()).env_clear().envs(self.env());
        (c, log)
    }
}

/// How system calls are watched.
enum Tracer {
    Strace(PathBuf),
    /// Not at all; why.
    Without(String),
}

fn tracer() -> Tracer {
    let found = if cfg!(target_os = "linux") {
        std::env::var_os("PATH")
            .into_iter()
            .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
            .map(|d| d.join("strace"))
            .find(|p| p.is_file())
    } else {
        None
    };
    let t = match found {
        None if cfg!(target_os = "linux") => Tracer::Without("strace is not installed".into()),
        None => Tracer::Without("strace is Linux only".into()),
        Some(s) => {
            // In some containers ptrace is not allowed: try it once.
            let ok = Command::new(&s)
                .args(["-f", "-qq", "-o", "/dev/null", "-e", "trace=%network,%file", "true"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|st| st.success());
            if ok { Tracer::Strace(s) } else { Tracer::Without(format!("{} cannot trace here", s.display())) }
        }
    };
    if let Tracer::Without(why) = &t {
        assert!(std::env::var_os("VEIVISER_REQUIRE_STRACE").is_none(), "VEIVISER_REQUIRE_STRACE is set but {why}");
        eprintln!("NOTICE: {why}: system calls are not traced; no_trace checks the folders only");
    }
    t
}

/// What strace saw that must not happen; and how many calls it read.
fn trace_findings(log: &str) -> (Vec<String>, usize) {
    // Opened for writing, these are the terminal or nothing.
    let writable = |path: &str| path == "/dev/tty" || path == "/dev/null" || path.starts_with("/dev/pts/");
    let mut bad = Vec::new();
    let mut calls = 0;
    for line in log.lines() {
        // "1234 name(args) = result", or a resumed or signal line.
        let call = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        if call.starts_with("<...") || call.starts_with("---") || call.starts_with("+++") {
            continue;
        }
        let Some((name, args)) = call.split_once('(') else { continue };
        calls += 1;
        let inet = ["AF_INET", "AF_INET6", "AF_NETLINK", "AF_PACKET", "AF_BLUETOOTH", "AF_VSOCK"]
            .iter()
            .any(|f| args.contains(&format!("{f},")) || args.contains(&format!("sa_family={f}")));
        let wrong = match name {
            "socket" => !(args.starts_with("AF_UNIX") || args.starts_with("AF_LOCAL")),
            "connect" | "bind" | "sendto" | "sendmsg" | "sendmmsg" | "recvfrom" | "recvmsg" => inet,
            "listen" | "accept" | "accept4" => true,
            "open" | "openat" | "openat2" | "creat" => {
                let path = args.split('"').nth(1).unwrap_or("");
                let writes = name == "creat"
                    || ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"].iter().any(|f| args.contains(f));
                writes && !writable(path)
            }
            "mkdir" | "mkdirat" | "unlink" | "unlinkat" | "rmdir" | "rename" | "renameat" | "renameat2" | "link"
            | "linkat" | "symlink" | "symlinkat" | "chmod" | "fchmodat" | "fchmodat2" | "chown" | "lchown"
            | "fchownat" | "truncate" | "utime" | "utimes" | "utimensat" | "futimesat" | "mknod" | "mknodat"
            | "setxattr" | "lsetxattr" | "removexattr" | "lremovexattr" => true,
            _ => false,
        };
        if wrong {
            bad.push(line.to_string());
        }
    }
    (bad, calls)
}

/// Reads strace's log of one session and fails on anything it must not show.
fn assert_clean_trace(log: Option<&Path>, what: &str) {
    let Some(log) = log else { return };
    let text = std::fs::read_to_string(log).unwrap_or_else(|e| panic!("strace's log of {what}: {e}"));
    let (bad, calls) = trace_findings(&text);
    assert!(calls > 0, "strace saw no call at all in {what}: is it tracing?\n{text}");
    assert!(bad.is_empty(), "{what}: calls that leave a trace or reach a network:\n{}", bad.join("\n"));
    eprintln!("{what}: strace saw {calls} file and network calls; none writes, none reaches a network");
}

/// A step of the JSON protocol: what to answer, as a number line that `--plain` takes
/// too. Questions: the first of `prefer` that is offered, else the last choice; checklists:
/// the first item ticked; texts and outcomes: an empty line.
fn answer(step: &serde_json::Value) -> String {
    let prefer = ["not-acute", "adult", "not-likely", "alone", "none", "unclear", "unknown"];
    let keys = |what: &str| -> Vec<String> {
        step[what].as_array().into_iter().flatten().filter_map(|c| c["key"].as_str().map(str::to_string)).collect()
    };
    match step["kind"].as_str() {
        Some("question") => {
            let choices = keys("choices");
            assert!(!choices.is_empty(), "a question without choices: {step}");
            let i = prefer.iter().find_map(|p| choices.iter().position(|c| c == p)).unwrap_or(choices.len() - 1);
            // The number the choice has (shown as it is in the flow file).
            step["choices"][i]["number"].to_string()
        }
        Some("checklist") if !keys("items").is_empty() => {
            // An item one digit ticks at once (on a list of 10 or more, `1` waits for a
            // second digit: item 2 does not).
            let nums: Vec<u64> =
                step["items"].as_array().into_iter().flatten().filter_map(|i| i["number"].as_u64()).collect();
            let most = nums.iter().copied().max().unwrap_or(0);
            nums.iter().find(|n| **n * 10 > most).map_or_else(String::new, u64::to_string)
        }
        _ => String::new(),
    }
}

/// One step of a case: its kind, its title and the answer given.
struct Step {
    kind: String,
    title: String,
    answer: String,
}

/// The steps of a whole case in `lang`, found by walking it answer by answer through
/// `walk --json`; and its summary.
fn json_session(sb: &mut Sandbox, tracer: &Tracer, lang: &str) -> (Vec<Step>, serde_json::Value) {
    let (mut cmd, log) = sb.command(tracer, &["walk", "--json", "--lang", lang]);
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let out = BufReader::new(child.stdout.take().unwrap());
    let mut steps = Vec::new();
    let mut summary = serde_json::Value::Null;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).expect("JSON");
        match v["type"].as_str() {
            Some("step") => {
                assert!(steps.len() < 200, "no summary after 200 steps");
                let answer = answer(&v);
                writeln!(stdin, "{answer}").unwrap();
                let text = |k: &str| v[k].as_str().unwrap_or("").to_string();
                steps.push(Step { kind: text("kind"), title: text("title"), answer });
            }
            Some("summary") => {
                summary = v;
                break;
            }
            _ => panic!("unexpected {v}"),
        }
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    assert!(summary["outcome"]["title"].is_string(), "the walk reached a summary with an outcome: {summary}");
    assert_clean_trace(log.as_deref(), &format!("walk --json --lang {lang} (step by step)"));
    (steps, summary)
}

#[test]
fn the_folder_check_sees_a_file_made_and_removed_again() {
    let sb = Sandbox::new();
    let before = sb.tree();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let p = sb.home().join("x");
    std::fs::write(&p, "x").unwrap();
    std::fs::remove_file(&p).unwrap();
    let after = sb.tree();
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>());
    // The home folder's own time shows the change (times here are at least as fine as a
    // clock tick; the pause is longer than one).
    let diffs = differences(&before, &after);
    assert_eq!(diffs.len(), 1, "{diffs:?}");
    assert!(diffs[0].starts_with("changed: home "), "{diffs:?}");
}

#[test]
fn the_trace_check_refuses_sockets_and_writes() {
    let log = r#"101 execve("/bin/veiviser", ["veiviser"], 0x7ffd /* 5 vars */) = 0
101 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
101 openat(AT_FDCWD, "/dev/tty", O_RDWR|O_CLOEXEC) = 4
101 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 5
101 connect(5, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT
"#;
    assert_eq!(trace_findings(log), (vec![], 5));
    for bad in [
        r#"101 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3"#,
        r#"101 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 3"#,
        r#"102 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16) = 0"#,
        r#"101 openat(AT_FDCWD, "/home/k/.cache/veiviser/x", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 3"#,
        r#"101 mkdir("/tmp/veiviser", 0777) = 0"#,
        r#"101 unlinkat(AT_FDCWD, "/tmp/x", 0) = 0"#,
        r#"101 renameat2(AT_FDCWD, "/tmp/a", AT_FDCWD, "/tmp/b", 0) = 0"#,
    ] {
        assert_eq!(trace_findings(bad).0, vec![bad.to_string()], "{bad}");
    }
}

#[test]
fn line_modes_leave_no_trace_and_open_no_socket() {
    let tracer = tracer();
    let mut sb = Sandbox::new();
    let before = sb.tree();

    // A whole case, step by step, as a screen reader's helper script would walk it.
    let (steps, summary) = json_session(&mut sb, &tracer, "nb");
    let outcome = summary["outcome"]["title"].as_str().unwrap().to_string();
    let input = steps.iter().map(|s| format!("{}\n", s.answer)).collect::<String>();
    eprintln!("the case: {} steps to \"{outcome}\"", steps.len());

    // The same case at once, in both line modes (assert_cmd), and list and check.
    for (args, expect) in [
        (vec!["walk", "--plain", "--lang", "nb"], outcome.clone()),
        (vec!["walk", "--lang", "nb"], outcome.clone()),
        (vec!["walk", "--json", "--lang", "en"], "\"type\":\"summary\"".to_string()),
        (vec!["list", "--lang", "en"], String::new()),
        (vec!["check", "--lang", "en", "--no-color"], String::new()),
    ] {
        let (cmd, log) = sb.command(&tracer, &args);
        let out = assert_cmd::Command::from_std(cmd).write_stdin(input.clone()).assert().success();
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(stdout.contains(&expect), "{args:?} did not reach `{expect}`:\n{stdout}");
        assert!(!stdout.contains("Slutt på input"), "{args:?} ran out of input:\n{stdout}");
        assert_clean_trace(log.as_deref(), &args.join(" "));
    }

    assert_same(&before, &sb.tree(), "the line modes");
}

#[cfg(target_os = "linux")]
mod pty {
    use super::*;
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;
    use std::num::NonZeroU16;
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    fn timeout() -> Duration {
        let ms = std::env::var("VEIVISER_PTY_TIMEOUT_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
        Duration::from_millis(ms)
    }

    /// The sockets among a process's open files (the fallback without strace).
    fn sockets(pid: u32) -> Vec<String> {
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else { return vec![] };
        fds.filter_map(|e| std::fs::read_link(e.ok()?.path()).ok())
            .map(|l| l.display().to_string())
            .filter(|l| l.starts_with("socket:"))
            .collect()
    }

    #[test]
    fn a_full_screen_session_leaves_no_trace_and_opens_no_socket() {
        let tracer = tracer();
        let mut sb = Sandbox::new();
        let before = sb.tree();
        // The case's steps, from the JSON protocol; the same keys walk it on the screen.
        let (steps, _) = json_session(&mut sb, &tracer, "nb");

        let (cols, rows) = (100, 30);
        let pair = native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        let (argv, log) = sb.argv(&tracer, &[]);
        let mut cmd = CommandBuilder::new(&argv[0]);
        cmd.args(&argv[1..]);
        cmd.cwd(sb.work());
        cmd.env_clear();
        for (k, v) in sb.env() {
            cmd.env(k, v);
        }
        let mut child = pair.slave.spawn_command(cmd).unwrap();
        let nz = |n: u16| NonZeroU16::new(n).unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let p = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
            }
        });
        let mut writer = pair.master.take_writer().unwrap();
        let pid = child.process_id().unwrap();
        let mut seen_sockets = Vec::new();
        let contents = || parser.lock().unwrap().screen().contents().replace('\u{a0}', " ");
        let wait = |text: &str, seen: &mut Vec<String>| {
            let end = Instant::now() + timeout();
            while !contents().contains(text) {
                if matches!(tracer, Tracer::Without(_)) {
                    seen.extend(sockets(pid));
                }
                assert!(Instant::now() < end, "timed out waiting for `{text}`; the screen:\n{}", contents());
                std::thread::sleep(Duration::from_millis(20));
            }
        };
        // Sends keys and waits until the screen shows that they were taken.
        let mut send = |bytes: &str| {
            let before = contents();
            writer.write_all(bytes.as_bytes()).unwrap();
            writer.flush().unwrap();
            let end = Instant::now() + timeout();
            while contents() == before {
                assert!(Instant::now() < end, "`{}` changed nothing on the screen:\n{before}", bytes.escape_debug());
                std::thread::sleep(Duration::from_millis(20));
            }
        };

        wait("Hva vil du gjøre?", &mut seen_sockets);
        send("1");
        for step in &steps {
            // The start of the title: it is on one line at 100 columns.
            let head: String = step.title.chars().take(24).collect();
            wait(&head, &mut seen_sockets);
            match (step.kind.as_str(), step.answer.as_str()) {
                // A question: the number answers at once.
                ("question", n) => send(n),
                // A text to read: Enter shows what is below first, then goes on.
                // (The top line names the step's number: the same step while it shows.)
                ("info" | "outcome", _) => {
                    let top = |s: &str| s.lines().next().unwrap_or_default().to_string();
                    let here = top(&contents());
                    send("\r");
                    while top(&contents()) == here && contents().contains("nedenfor: Enter") {
                        send("\r");
                    }
                }
                // A checklist: the number ticks, Enter goes on.
                (_, "") => send("\r"),
                (_, n) => {
                    send(n);
                    wait("[x]", &mut seen_sockets);
                    send("\r");
                }
            }
        }
        wait("Oppsummering", &mut seen_sockets);
        // The other language, the help, the quick-hide, then Ctrl-C.
        send("l");
        wait("Summary", &mut seen_sockets);
        send("?");
        send("\x1b");
        wait("Summary", &mut seen_sockets);
        send("x");
        send("a");
        wait("Summary", &mut seen_sockets);
        send("\x03");
        let end = Instant::now() + timeout();
        let code = loop {
            if let Some(st) = child.try_wait().unwrap() {
                break st.exit_code();
            }
            assert!(Instant::now() < end, "the program did not exit; the screen:\n{}", contents());
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(code, 0);

        assert_clean_trace(log.as_deref(), "the full-screen walk-through");
        if let Tracer::Without(why) = &tracer {
            assert!(seen_sockets.is_empty(), "sockets open during the session: {seen_sockets:?}");
            eprintln!("NOTICE: {why}: only the full-screen session's open files were sampled for sockets");
        }
        assert_same(&before, &sb.tree(), "the full-screen session");
    }
}
