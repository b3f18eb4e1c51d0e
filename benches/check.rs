//! How fast the loader and checker are, on the bundled flows and on hostile input.
//! `cargo bench` prints the median of repeated runs for each case. Targets (on the
//! 2-core CI machine): the bundled set under 50 ms; every hostile case under 500 ms.
//! A plain harness keeps the dependency list short; the numbers are wall-clock medians.

use std::time::{Duration, Instant};
use veiviser::flow::check;
use veiviser::flow::load::{self, Input, RawFile};

fn median(mut f: impl FnMut(), runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn with_file(name: &str, bytes: Vec<u8>) -> Input {
    let mut input = Input::embedded();
    input.flows.push(RawFile { name: name.into(), bytes });
    input
}

fn run(input: &Input) -> usize {
    check::check(&load::load(input)).len()
}

fn main() {
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
        let n = run(input);
        let t = median(
            || {
                run(input);
            },
            7,
        );
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
    if failed {
        std::process::exit(1);
    }
}
