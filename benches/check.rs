//! How fast the loader and checker are, on the bundled flows, on hostile input, and on
//! synthetic flow sets of 1k, 10k and 100k nodes. `cargo bench --bench check` prints the
//! median of repeated runs for each case. Targets (on the 2-core CI machine): the bundled
//! set under 50 ms; every hostile case under 500 ms; a synthetic set within 1.5 times its
//! floor (serde_yaml parsing the same YAML files to `serde_yaml::Value`, and nothing
//! else), 10k nodes under 120 ms, growth linear: 100k in under 10 times the 10k time
//! and under 300 MB.
//! A plain harness keeps the dependency list short; the numbers are wall-clock medians.
//! Peak memory is measured in a child process (this program, run with `--peak N`), from
//! VmHWM in /proc/self/status. Then `veiviser check` itself runs on the 10k and 100k sets
//! written to files, as a user runs it: wall time from its start to its end, and its peak
//! memory (ru_maxrss). `--write DIR N` writes a set of N nodes for a run by hand.

use std::time::{Duration, Instant};
use veiviser::flow::check;
use veiviser::flow::load::{self, Input, RawFile};
use veiviser::i18n::Lang;

/// The median time of `runs` loads and checks of `input` (each on a copy made before its
/// clock starts: the loader takes its input, as `veiviser check` gives it).
fn median(input: &Input, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| timed(input)).collect();
    times.sort();
    times[runs / 2]
}

/// One load and check of a copy of `input`, timed.
fn timed(input: &Input) -> Duration {
    let copy = input.clone();
    let t = Instant::now();
    run(copy);
    t.elapsed()
}

fn with_file(name: &str, bytes: Vec<u8>) -> Input {
    let mut input = Input::embedded();
    input.flows.push(RawFile { name: name.into(), bytes: bytes.into() });
    input
}

fn run(input: Input) -> usize {
    check::check(&load::load(input)).len()
}

/// Nodes per flow file: about 430 KB of YAML and 140 KB of Fluent per locale, well
/// below the 1 MiB limit.
const NODES_PER_FILE: usize = 2000;

/// A clean flow set of `nodes` nodes: flows of questions with two choices each (the
/// second skips a node), ending in an outcome; each title and label its own message in
/// every locale, one .ftl file per flow file and locale.
fn synthetic(nodes: usize) -> Input {
    let mut flows = vec![RawFile {
        name: "flows/sources.yaml".into(),
        bytes: b"documents:\n  doc:\n    title: m-doc\n".to_vec().into(),
    }];
    let mut ftl: Vec<(Lang, String)> =
        veiviser::i18n::embedded_langs().iter().map(|l| (*l, format!("m-doc = Document ({})\n", l.code()))).collect();
    let mut locales = Vec::new();
    let mut left = nodes;
    let mut f = 0;
    while left > 0 {
        let n = left.clamp(2, NODES_PER_FILE);
        left = left.saturating_sub(n);
        let mut y = format!("id: f{f}\ntitle: m-f{f}\nsource: {{doc: doc}}\nstart: q0\nnodes:\n");
        let mut texts: Vec<String> =
            veiviser::i18n::embedded_langs().iter().map(|l| format!("m-f{f} = Flow {f} ({})\n", l.code())).collect();
        for i in 0..n - 1 {
            let (a, b) = (i + 1, (i + 2).min(n - 1));
            y.push_str(&format!(
                "  q{i}:\n    kind: question\n    title: m-f{f}-q{i}\n    choices:\n      - key: yes\n        label: m-f{f}-q{i}-a\n        next: q{a}\n      - key: no\n        label: m-f{f}-q{i}-b\n        next: q{b}\n"
            ));
            for (t, l) in texts.iter_mut().zip(veiviser::i18n::embedded_langs()) {
                let c = l.code();
                t.push_str(&format!(
                    "m-f{f}-q{i} = Question {i} of flow {f} ({c})?\nm-f{f}-q{i}-a = Yes, go on to {a} ({c})\nm-f{f}-q{i}-b = No, skip to {b} ({c})\n"
                ));
            }
        }
        let last = n - 1;
        y.push_str(&format!("  q{last}:\n    kind: outcome\n    title: m-f{f}-q{last}\n"));
        for (t, l) in texts.iter_mut().zip(veiviser::i18n::embedded_langs()) {
            t.push_str(&format!("m-f{f}-q{last} = The end of flow {f} ({})\n", l.code()));
        }
        assert!(y.len() < load::MAX_FILE_BYTES);
        flows.push(RawFile { name: format!("flows/synth-{f:03}.yaml"), bytes: y.into_bytes().into() });
        for (t, l) in texts.into_iter().zip(veiviser::i18n::embedded_langs()) {
            assert!(t.len() < load::MAX_FILE_BYTES);
            locales.push((
                l,
                RawFile { name: format!("locales/{}/synth-{f:03}.ftl", l.code()), bytes: t.into_bytes().into() },
            ));
        }
        f += 1;
    }
    for (l, t) in ftl.drain(..) {
        locales.push((l, RawFile { name: format!("locales/{}/doc.ftl", l.code()), bytes: t.into_bytes().into() }));
    }
    Input { flows, locales, local_contacts: None }
}

/// The floor: serde_yaml parsing every YAML file to a `serde_yaml::Value`, nothing else.
fn yaml_floor(input: &Input) -> usize {
    input.flows.iter().filter_map(|f| serde_yaml::from_slice::<serde_yaml::Value>(&f.bytes).ok()).count()
}

/// Fluent parsing alone, every .ftl file.
fn fluent_floor(input: &Input) -> usize {
    input
        .locales
        .iter()
        .filter_map(|(_, f)| std::str::from_utf8(&f.bytes).ok())
        .map(|t| match fluent_syntax::parser::parse(t) {
            Ok(r) => r.body.len(),
            Err((r, _)) => r.body.len(),
        })
        .sum()
}

/// VmHWM (peak resident memory) of this process, in KiB.
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// In a child process: the peak memory after building the input, after loading it, and
/// after checking it, in MiB.
fn peak_in_child(nodes: usize) -> Option<[f64; 3]> {
    let exe = std::env::current_exe().ok()?;
    let out = std::process::Command::new(exe).arg("--peak").arg(nodes.to_string()).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let mut it = text.split_whitespace().map(|v| v.parse::<f64>().ok().map(|k| k / 1024.0));
    Some([it.next()??, it.next()??, it.next()??])
}

/// The child's side of [`peak_in_child`]: prints VmHWM (KiB) after each step.
fn child_peak(nodes: usize) {
    let input = synthetic(nodes);
    let before = peak_kib().unwrap_or(0);
    let t = Instant::now();
    let loaded = load::load(input);
    let load_time = t.elapsed();
    let mid = peak_kib().unwrap_or(0);
    let t = Instant::now();
    let n = check::check(&loaded).len();
    let check_time = t.elapsed();
    let after = peak_kib().unwrap_or(0);
    println!("{before} {mid} {after} {n}");
    eprintln!("load {load_time:?}, check {check_time:?}");
}

/// The synthetic sets: a table, and whether every target was met.
fn growth() -> bool {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let mut ok = true;
    println!();
    println!("synthetic flow sets: load + check (median), and the floor");
    println!(
        "{:>7} {:>6} {:>10} {:>10} {:>10} {:>8} {:>8}",
        "nodes", "files", "check ms", "yaml ms", "fluent ms", "/yaml", "/both"
    );
    let mut whole: Vec<(usize, Duration)> = Vec::new();
    for (nodes, runs, target) in [(1_000, 21, None), (10_000, 11, Some(120)), (100_000, 5, None)] {
        let input = synthetic(nodes);
        let findings = run(input.clone());
        if findings != 0 {
            println!("{nodes}: the synthetic set is not clean ({findings} findings)");
            ok = false;
        }
        // The check and its floors in turn, so that a busy machine weighs on them alike.
        let mut times: [Vec<Duration>; 3] = Default::default();
        for _ in 0..runs {
            let clock = |f: &dyn Fn()| {
                let t = Instant::now();
                f();
                t.elapsed()
            };
            times[0].push(timed(&input));
            times[1].push(clock(&|| {
                yaml_floor(&input);
            }));
            times[2].push(clock(&|| {
                fluent_floor(&input);
            }));
        }
        let [t, y, fl] = times.map(|mut v| {
            v.sort();
            v[v.len() / 2]
        });
        let ratio = t.as_secs_f64() / y.as_secs_f64();
        let over_time = target.is_some_and(|ms| t > Duration::from_millis(ms));
        let over = ratio > 1.5 || over_time;
        ok &= !over;
        println!(
            "{:>7} {:>6} {:>10.1} {:>10.1} {:>10.1} {:>8.2} {:>8.2}{}",
            nodes,
            input.flows.len() - 1,
            ms(t),
            ms(y),
            ms(fl),
            ratio,
            t.as_secs_f64() / (y + fl).as_secs_f64(),
            if over { "  OVER TARGET" } else { "" }
        );
        whole.push((nodes, t));
    }
    for w in whole.windows(2) {
        let (a, b) = (w[0], w[1]);
        let g = b.1.as_secs_f64() / a.1.as_secs_f64();
        // Linear: ten times the input in under ten times the time.
        let over = b.0 == 100_000 && g >= 10.0;
        ok &= !over;
        let mark = if over { "  OVER TARGET" } else { "" };
        println!("growth {}k/{}k: {:.1} (input x{}){mark}", b.0 / 1000, a.0 / 1000, g, b.0 / a.0);
    }
    // The target is 300 MB: 286 MiB.
    let limit = 300e6 / (1024.0 * 1024.0);
    match peak_in_child(100_000) {
        Some([input, loaded, peak]) => {
            let over = peak > limit;
            ok &= !over;
            println!(
                "peak memory at 100k (child process, VmHWM): {peak:.0} MiB; {input:.0} MiB with the input alone, {loaded:.0} MiB after loading{}",
                if over { "  OVER TARGET" } else { "" }
            );
        }
        None => println!("peak memory at 100k: could not be measured"),
    }
    println!();
    println!("`veiviser check --flows DIR/flows --locales DIR/locales` on the sets written to files:");
    println!("{:>7} {:>10} {:>12}", "nodes", "wall ms", "peak MiB");
    let mut ten_k = None;
    for (nodes, runs) in [(10_000, 11), (100_000, 5)] {
        match cli(nodes, runs) {
            Some((t, peak)) => {
                // 10k under 120 ms; 100k in under ten times the 10k time, and 300 MB.
                let over = match ten_k {
                    None => t > Duration::from_millis(120),
                    Some(t10) => t >= t10 * 10 || peak > limit,
                };
                ten_k.get_or_insert(t);
                ok &= !over;
                println!("{:>7} {:>10.1} {:>12.0}{}", nodes, ms(t), peak, if over { "  OVER TARGET" } else { "" });
            }
            None => println!("{nodes}: could not be measured"),
        }
    }
    ok
}

/// `veiviser check` itself on the synthetic set of `nodes` written to a temporary
/// folder, as a user runs it: the median wall time of `runs` runs (from the start of the
/// process to its end) and the highest peak memory (MiB). Each run goes through this
/// program in `--rusage` mode, whose only child is the checker.
fn cli(nodes: usize, runs: usize) -> Option<(Duration, f64)> {
    let dir = std::env::temp_dir().join(format!("veiviser-bench-{nodes}-{}", std::process::id()));
    write_set(&dir, nodes).ok()?;
    let exe = std::env::current_exe().ok()?;
    let bin = env!("CARGO_BIN_EXE_veiviser");
    let mut times = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..runs {
        let out = std::process::Command::new(&exe)
            .args(["--rusage", bin, "check", "--flows"])
            .arg(dir.join("flows"))
            .arg("--locales")
            .arg(dir.join("locales"))
            .output()
            .ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        let mut it = text.split_whitespace();
        let (us, kib): (u64, u64) = (it.next()?.parse().ok()?, it.next()?.parse().ok()?);
        times.push(Duration::from_micros(us));
        peak = peak.max(kib as f64 / 1024.0);
    }
    let _ = std::fs::remove_dir_all(&dir);
    times.sort();
    Some((times[times.len() / 2], peak))
}

/// The synthetic set of `nodes` as files under `dir` (`flows/`, `locales/<lang>/`).
fn write_set(dir: &std::path::Path, nodes: usize) -> std::io::Result<()> {
    let input = synthetic(nodes);
    for f in input.flows.iter().chain(input.locales.iter().map(|(_, f)| f)) {
        let path = dir.join(&f.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &f.bytes)?;
    }
    Ok(())
}

/// The `--rusage` mode: runs `cmd`, then prints its wall time (µs) and its peak resident
/// memory (KiB, the kernel's ru_maxrss of this process's children: it has only that one).
fn rusage(cmd: &[String]) {
    let Some((bin, args)) = cmd.split_first() else { return };
    let t = Instant::now();
    let Ok(status) = std::process::Command::new(bin).args(args).stdout(std::process::Stdio::null()).status() else {
        return;
    };
    let wall = t.elapsed();
    if !status.success() {
        eprintln!("{bin}: {status}");
        return;
    }
    if let Some(kib) = children_maxrss_kib() {
        println!("{} {kib}", wall.as_micros());
    }
}

/// getrusage(RUSAGE_CHILDREN).ru_maxrss, in KiB (Linux on 64 bits: `struct rusage` is
/// two `timeval`s, then `ru_maxrss`, among 18 longs in all).
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn children_maxrss_kib() -> Option<u64> {
    unsafe extern "C" {
        fn getrusage(who: i32, usage: *mut [i64; 18]) -> i32;
    }
    const RUSAGE_CHILDREN: i32 = -1;
    let mut usage = [0i64; 18];
    // SAFETY: `usage` is as large as `struct rusage` and lives across the call.
    let r = unsafe { getrusage(RUSAGE_CHILDREN, &mut usage) };
    if r == 0 { u64::try_from(usage[4]).ok() } else { None }
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn children_maxrss_kib() -> Option<u64> {
    None
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write") {
        // The synthetic set as files, to run `veiviser check` on by hand.
        let (Some(dir), Some(nodes)) = (args.get(i + 1), args.get(i + 2).and_then(|n| n.parse().ok())) else {
            eprintln!("usage: --write DIR NODES");
            std::process::exit(2);
        };
        if let Err(e) = write_set(std::path::Path::new(dir), nodes) {
            eprintln!("{dir}: {e}");
            std::process::exit(2);
        }
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--rusage") {
        rusage(&args[i + 1..]);
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--peak") {
        child_peak(args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(100_000));
        return;
    }
    let mut cases: Vec<(&str, Input, Duration)> = Vec::new();
    cases.push(("bundled flows and locales", Input::embedded(), Duration::from_millis(50)));

    let mut lol = String::from("a: &a [x,x,x,x,x,x,x,x,x]\n");
    let mut prev = 'a';
    for c in "bcdefghijklm".chars() {
        lol.push_str(&format!("{c}: &{c} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        prev = c;
    }
    cases.push((
        "alias bomb (billion laughs)",
        with_file("flows/lol.yaml", lol.into_bytes()),
        Duration::from_millis(500),
    ));
    let deep = format!("id: {}{}\n", "[".repeat(500_000), "]".repeat(500_000));
    cases.push((
        "1 MB of nested brackets",
        with_file("flows/deep.yaml", deep.into_bytes()),
        Duration::from_millis(500),
    ));
    let mut chain = String::from("id: big\ntitle: t\nsource: {doc: seed-004}\nstart: n0\nnodes:\n");
    let mut i = 0;
    while chain.len() < 1_000_000 {
        chain.push_str(&format!("  n{i}:\n    kind: info\n    title: t\n    next: n{}\n", i + 1));
        i += 1;
    }
    chain.push_str(&format!("  n{i}:\n    kind: outcome\n    title: t\n"));
    cases.push((
        "a flow of ~18 000 nodes (1 MB)",
        with_file("flows/big.yaml", chain.into_bytes()),
        Duration::from_millis(500),
    ));
    let long = format!("id: x\ntitle: {}\n", "a".repeat(1_000_000));
    cases.push(("one 1 MB line", with_file("flows/long.yaml", long.into_bytes()), Duration::from_millis(500)));
    let over = vec![b'#'; 50 * 1024 * 1024];
    cases.push(("a 50 MB file (refused by size)", with_file("flows/huge.yaml", over), Duration::from_millis(500)));

    let mut failed = false;
    for (name, input, target) in &cases {
        let n = run(input.clone());
        let t = median(input, 7);
        let ok = t <= *target;
        failed |= !ok;
        println!(
            "{:<36} {:>9.2} ms  (target {:>4} ms, {} findings){}",
            name,
            t.as_secs_f64() * 1e3,
            target.as_millis(),
            n,
            if ok { "" } else { "  OVER TARGET" }
        );
    }
    if !growth() {
        failed = true;
    }
    if failed {
        std::process::exit(1);
    }
}
