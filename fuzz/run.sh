#!/usr/bin/env bash
# Runs one fuzz target for a while and prints its figures (docs/security.md,
# "Fuzzing"). Usage: fuzz/run.sh TARGET SECONDS. Needs a nightly toolchain and cargo-fuzz.
# The corpus grows in fuzz/corpus/TARGET (not committed), seeded from fuzz/seeds/TARGET;
# a crash is saved in fuzz/artifacts/TARGET.
#
# The build: optimised (-O), without debug assertions (the one in the library checks a
# kept page against a new one on every use, which doubles the `tui` target's layout; the
# target checks it once a run instead) but with overflow checks, and without a
# sanitizer (-s none): veiviser has no unsafe code (`#![forbid(unsafe_code)]`), and
# AddressSanitizer made the runs several times slower. SANITIZER=address fuzz/run.sh ...
# builds with AddressSanitizer (for the dependencies' unsafe code: unsafe-libyaml under
# serde_yaml). `tui` is built without comparison tracing (--no-trace-compares, in its own
# target folder, since the flags differ): its bytes are actions, not text whose
# keywords libFuzzer could learn from compared operands, and the tracing of every
# comparison in layout and drawing made it several times slower. By hand:
#   RUSTFLAGS=-Coverflow-checks cargo +nightly fuzz build -O -s none check
#   RUSTFLAGS=-Coverflow-checks cargo +nightly fuzz build -O -s none --no-trace-compares \
#     --target-dir fuzz/target/tui tui
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?target: check, cond, walk or tui}
secs=${2:-600}
sanitizer=${SANITIZER:-none}
mkdir -p "fuzz/corpus/$target"
log=$(mktemp)
set +e
extra=()
if [ "$target" = tui ]; then extra=(--no-trace-compares --target-dir fuzz/target/tui); fi
RUSTFLAGS="${RUSTFLAGS:-} -Coverflow-checks" cargo +nightly fuzz run -O -s "$sanitizer" "${extra[@]}" "$target" \
  "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
  -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 2>&1 | tee "$log" | grep -E "^#[0-9]+.*(pulse|DONE)|ERROR|panicked|Done"
rc=${PIPESTATUS[0]}
set -e
runs=$(grep -Eo '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
rate=$(grep -Eo '^stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
echo "== $target: exit $rc, $runs executions in $secs s ($rate a second), corpus $(ls "fuzz/corpus/$target" | wc -l) files ($(find "fuzz/corpus/$target" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}') bytes)"
rm -f "$log"
exit "$rc"
