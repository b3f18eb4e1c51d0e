#!/usr/bin/env bash
# Runs one fuzz target for a while and prints its figures (docs/security.md,
# "Fuzzing"). Usage: fuzz/run.sh TARGET SECONDS. Needs a nightly toolchain and cargo-fuzz.
# The corpus grows in fuzz/corpus/TARGET (not committed), seeded from fuzz/seeds/TARGET;
# a crash is saved in fuzz/artifacts/TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?target: check, cond, walk or tui}
secs=${2:-600}
mkdir -p "fuzz/corpus/$target"
log=$(mktemp)
set +e
cargo +nightly fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
  -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 2>&1 | tee "$log" | grep -E "^#[0-9]+.*(pulse|DONE)|ERROR|panicked|Done"
rc=${PIPESTATUS[0]}
set -e
runs=$(grep -Eo '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
echo "== $target: exit $rc, $runs executions in $secs s, corpus $(ls "fuzz/corpus/$target" | wc -l) files ($(du -sh "fuzz/corpus/$target" | cut -f1))"
rm -f "$log"
exit "$rc"
