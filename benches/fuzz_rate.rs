//! Executions per second of the fuzz targets' bodies (tests/fuzz_support), on stable and
//! without libFuzzer: each target runs its seed corpus (fuzz/seeds/TARGET) and the
//! inputs that once failed (tests/fixtures/fuzz/TARGET) round and round for a few
//! seconds on one thread, after one warm-up run (the `tui` target's states and the
//! bundled set are built then, once, as in a fuzzing process). No sanitizer coverage, so
//! libFuzzer under cargo-fuzz runs slower than this; docs/security.md, "Fuzzing".
//!
//! `cargo bench --bench fuzz_rate --profile fuzz-rate [-- TARGET... [--secs N]]`.

#[path = "../tests/fuzz_support/mod.rs"]
mod harness;

use std::path::Path;
use std::time::{Duration, Instant};

fn inputs(target: &str) -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("fuzz/seeds").join(target), root.join("tests/fixtures/fuzz").join(target)] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for p in files.into_iter().filter(|p| p.file_name().is_some_and(|f| f != "README")) {
            if let Ok(b) = std::fs::read(&p) {
                out.push(b);
            }
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let secs = args.iter().position(|a| a == "--secs").and_then(|i| args.get(i + 1)).and_then(|s| s.parse().ok());
    let secs = Duration::from_secs_f64(secs.unwrap_or(5.0));
    let all = ["check", "cond", "walk", "tui"];
    let wanted: Vec<&str> = all.iter().copied().filter(|t| args.is_empty() || args.iter().any(|a| a == t)).collect();
    if args.iter().any(|a| a == "tui_states") {
        harness::tui(&[0]);
        for i in 0..harness::tui_state_count() {
            let input = [i as u8, 1];
            let start = Instant::now();
            let mut n = 0u64;
            while start.elapsed() < Duration::from_millis(300) {
                harness::tui(&input);
                n += 1;
            }
            println!("tui state {i:2} and one Down: {:9.0} runs/s", n as f64 / start.elapsed().as_secs_f64());
        }
    }
    for target in wanted.into_iter().chain(args.iter().any(|a| a == "tui_walk").then_some("tui_walk")) {
        let run: fn(&[u8]) = match target {
            "check" => harness::check,
            "cond" => harness::cond,
            "walk" => harness::walk,
            "tui" => harness::tui,
            _ => harness::tui_walk,
        };
        let set = inputs(if target == "tui_walk" { "tui" } else { target });
        if set.is_empty() {
            continue;
        }
        let warm = Instant::now();
        run(&set[0]);
        let warm = warm.elapsed();
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < secs {
            for i in &set {
                run(i);
                n += 1;
            }
        }
        let t = start.elapsed().as_secs_f64();
        println!(
            "{target:8} {n:8} runs in {t:5.2} s: {:9.0} runs/s ({} inputs; first run {:.1} ms)",
            n as f64 / t,
            set.len(),
            warm.as_secs_f64() * 1000.0
        );
    }
}
