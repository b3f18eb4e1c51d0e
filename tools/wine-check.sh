#!/usr/bin/env bash
# The Windows build, run under wine (docs/windows.md): `--version`, `check` and
# `walk --json` on a scripted case, each compared with the Linux build's output for the
# same input; then `%APPDATA%\veiviser\contacts.yaml` as the default local file (with
# `setting: arrival-centre` in it, the case does not ask where you meet the person).
#
#   bash tools/wine-check.sh [LINUX_BINARY] [WINDOWS_EXE]
#
# Defaults: the builds tools/dist.sh makes under $CARGO_TARGET_DIR (or target/).
# Debian's wine 8 has no bcryptprimitives.dll, whose ProcessPrng Rust's standard library
# calls: tools/bcryptprimitives.c, a stub that forwards to advapi32's SystemFunction036,
# is built with MinGW and put beside a copy of the exe in a temporary folder (never in
# the zip). The wine prefix is temporary too. Exit 0: all equal; 1: a difference or a
# failure; 77: wine (or what the check needs) is not here, said plainly.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target_dir="${CARGO_TARGET_DIR:-$root/target}"
linux_bin=${1:-$target_dir/x86_64-unknown-linux-musl/release/veiviser}
win_exe=${2:-$target_dir/x86_64-pc-windows-gnu/release/veiviser.exe}

skip() { printf 'wine-check: SKIPPED: %s\n' "$*"; exit 77; }
fail() { printf 'wine-check: FAILED: %s\n' "$*" >&2; exit 1; }

wine=""
for w in wine64 wine; do
  if command -v "$w" >/dev/null 2>&1; then wine=$w; break; fi
done
[ -n "$wine" ] || skip "wine is not installed (Debian: apt-get install wine wine64)"
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || skip "no x86_64-w64-mingw32-gcc to build the bcryptprimitives stub"
command -v python3 >/dev/null 2>&1 || skip "no python3 to drive the scripted case"
[ -x "$linux_bin" ] || skip "no Linux build at $linux_bin (run tools/dist.sh first)"
[ -f "$win_exe" ] || skip "no Windows build at $win_exe (run tools/dist.sh first)"

tmp=$(mktemp -d)
export WINEPREFIX="$tmp/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# The prefix's wineserver lingers a few seconds after the last program: ended first, so
# that the temporary prefix can go.
cleanup() {
  if command -v wineserver >/dev/null 2>&1; then wineserver -k >/dev/null 2>&1 || true; wineserver -w >/dev/null 2>&1 || true; fi
  rm -rf "$tmp" 2>/dev/null || true
}
trap cleanup EXIT
export WINEARCH=win64
# The Linux runs see no local file but the one a step puts there.
lhome="$tmp/home"
mkdir -p "$lhome" "$tmp/cwd"
run_linux() { (cd "$tmp/cwd" && env -i PATH=/usr/bin:/bin HOME="$lhome" XDG_CONFIG_HOME="$lhome/.config" LANG=C "$linux_bin" "$@"); }

t0=$SECONDS
printf 'wine-check: %s, a new prefix in %s\n' "$($wine --version 2>/dev/null || echo "$wine")" "$WINEPREFIX"
"$wine" wineboot --init >/dev/null 2>&1 || true
[ -d "$WINEPREFIX/drive_c" ] || fail "wineboot made no prefix"
printf '   prefix ready in %d s\n' "$((SECONDS - t0))"

win_dir="$tmp/win"
mkdir -p "$win_dir"
cp "$win_exe" "$win_dir/veiviser.exe"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$win_dir/bcryptprimitives.dll" tools/bcryptprimitives.c -ladvapi32
run_win() { (cd "$tmp/cwd" && "$wine" "$win_dir/veiviser.exe" "$@"); }

# %APPDATA% as wine sets it, as a Unix path.
appdata_win=$("$wine" cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')
appdata=$("$wine" winepath -u "$appdata_win" 2>/dev/null | tr -d '\r')
[ -n "$appdata" ] || fail "wine gives no %APPDATA%"
printf '   %%APPDATA%% is %s (%s)\n' "$appdata_win" "$appdata"

same() { # NAME FILE_LINUX FILE_WINDOWS
  if cmp -s "$2" "$3"; then
    printf '   ok: %s (%d bytes, equal)\n' "$1" "$(wc -c <"$2")"
  else
    diff "$2" "$3" | head -n 20 >&2 || true
    fail "$1: the Windows build's output differs from the Linux build's"
  fi
}

# --version and check
run_linux --version >"$tmp/lin-version" || fail "--version (Linux)"
run_win --version | tr -d '\r' >"$tmp/win-version" || fail "--version (Windows): exit $?"
same "--version" "$tmp/lin-version" "$tmp/win-version"
run_linux check --lang en --no-color >"$tmp/lin-check" || fail "check (Linux)"
run_win check --lang en --no-color | tr -d '\r' >"$tmp/win-check" || fail "check (Windows): exit $?"
same "check" "$tmp/lin-check" "$tmp/win-check"

# The scripted case: the answers of a shipped scenario, found step by step against the
# Linux build, then given to both builds as the same lines.
script_answers() { # SCENARIO OUT
  python3 - "$1" "$2" "$linux_bin" "$lhome" "$tmp/cwd" <<'PY'
import json, re, subprocess, sys
scenario, out, binary, home, cwd = sys.argv[1:6]
choose, tick = {}, {}
for line in open(scenario, encoding="utf-8"):
    m = re.match(r"\s*-\s*\{at:\s*([^,]+),\s*(choose|tick):\s*(.*)\}\s*$", line)
    if not m:
        continue
    at, how, what = m.group(1).strip(), m.group(2), m.group(3).strip()
    if how == "choose":
        choose[at] = what
    else:
        tick[at] = [w.strip() for w in what.strip("[]").split(",") if w.strip()]
env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": home + "/.config", "LANG": "C"}
p = subprocess.Popen([binary, "walk", "--json", "--lang", "en"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, cwd=cwd, env=env, text=True, encoding="utf-8")
sent, steps = [], 0
for line in p.stdout:
    obj = json.loads(line)
    if obj.get("type") == "summary":
        break
    if obj.get("type") == "error":
        sys.exit(f"the Linux build refused an answer: {obj.get('message')} at {obj.get('node')}")
    if obj.get("type") != "step":
        continue
    steps += 1
    if steps > 300:
        sys.exit("more than 300 steps: the scenario does not end")
    at = obj["flow"] + "/" + obj["node"]
    if obj["kind"] == "question":
        answer = choose.get(at) or obj["choices"][0]["key"]
    elif obj["kind"] == "checklist":
        # Each item by its own number (fixed in the flow file; a hidden one leaves a gap).
        want = tick.get(at, [])
        answer = " ".join(str(i["number"]) for i in obj["items"] if i["key"] in want)
    else:
        answer = ""
    sent.append(answer)
    p.stdin.write(answer + "\n")
    p.stdin.flush()
p.stdin.close()
p.wait()
if p.returncode != 0:
    sys.exit(f"the Linux build did not reach the summary (exit {p.returncode})")
open(out, "w", encoding="utf-8").write("".join(a + "\n" for a in sent))
PY
}

walk_both() { # NAME ANSWERS [mask-version]
  run_linux walk --json --lang en <"$2" >"$tmp/lin-$1.json" || fail "walk --json (Linux, $1): exit $?"
  run_win walk --json --lang en <"$2" | tr -d '\r' >"$tmp/win-$1.json" || fail "walk --json (Windows, $1): exit $?"
  grep -q '"type":"summary"' "$tmp/win-$1.json" || fail "walk --json (Windows, $1) reached no summary"
  local lin="$tmp/lin-$1.json" win="$tmp/win-$1.json" note=""
  if [ "${3:-}" = mask-version ]; then
    # The guidance version hashes every file read by its name, and a local file's name
    # is its path, which is not the same on the two systems: compared apart.
    local lv wv
    lv=$(grep -o '"version":"[^"]*"' "$lin" | tail -n 1)
    wv=$(grep -o '"version":"[^"]*"' "$win" | tail -n 1)
    sed 's/"version":"[^"]*"/"version":"-"/' "$lin" >"$lin.masked"
    sed 's/"version":"[^"]*"/"version":"-"/' "$win" >"$win.masked"
    lin="$lin.masked" win="$win.masked"
    [ "$lv" = "$wv" ] || note="; the summary's version apart: Linux $lv, Windows $wv (it hashes the local file's path)"
  fi
  same "walk --json, $1 ($(wc -l <"$2") answers, $(grep -c '"type":"step"' "$win") steps$note)" "$lin" "$win"
}

scenario=scenarios/adult-declines.yaml
script_answers "$scenario" "$tmp/answers" || fail "the scripted case ($scenario) cannot be answered"
walk_both "no local file" "$tmp/answers"
grep -q '"flow":"case","node":"setting"' "$tmp/win-no local file.json" \
  || fail "without a local file the case should ask where you meet the person (case/setting)"

# The default local file: %APPDATA%\veiviser\contacts.yaml on Windows, the XDG file on
# Linux, with the same content.
contacts='setting: arrival-centre
contacts: {}
'
mkdir -p "$appdata/veiviser" "$lhome/.config/veiviser"
printf '%s' "$contacts" >"$appdata/veiviser/contacts.yaml"
printf '%s' "$contacts" >"$lhome/.config/veiviser/contacts.yaml"
script_answers "$scenario" "$tmp/answers-local" || fail "the scripted case with a local file cannot be answered"
walk_both "local file" "$tmp/answers-local" mask-version
if grep -q '"flow":"case","node":"setting"' "$tmp/win-local file.json"; then
  fail "%APPDATA%\\veiviser\\contacts.yaml was not read: the case still asks where (case/setting)"
fi
printf '   ok: %%APPDATA%%\\veiviser\\contacts.yaml is the default local file (no case/setting step with setting: arrival-centre)\n'
printf 'wine-check: passed in %d s\n' "$((SECONDS - t0))"
