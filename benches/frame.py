#!/usr/bin/env python3
"""First frame and key press in a pseudo-terminal: veiviser against a bare ratatui
program (benches/bare_menu.rs, the stack's floor) and `dialog --menu` with the same six
choices, at 80x24.

  benches/frame.py [--runs 30] [--moves 40] [--rounds 1] [--veiviser PATH] [--before PATH] [--no-build]

First frame: /work/shared/tools/ptyframe.py (or $PTYFRAME) runs the three programs
interleaved, one run each per round, RUNS rounds; prints each one's median and the
ratios veiviser/dialog, bare/dialog and veiviser/bare. The same rounds also time the
arrival of the bytes that complete the frame, the emulator left out: pyte takes several
ms for a full frame, and ptyframe.py's figure includes that; it prints that time too,
with each first frame's size in bytes. Key press: keyframe.py (or
$KEYFRAME) on veiviser and dialog (median of MOVES moves, down and up); then the same
measured here with colours counted (dialog marks its selection by colour only, which
keyframe.py does not see), with the bytes each program writes per move (median). Last,
the peak memory of a whole session walked to the summary (/usr/bin/time).
Needs python3 with pyte, and dialog. Builds the release binary and the example first.
"""
import argparse, ast, fcntl, json, os, pty, re, select, signal, statistics, struct
import subprocess, sys, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = "/work/shared/tools"
PTYFRAME = os.environ.get("PTYFRAME", os.path.join(TOOLS, "ptyframe.py"))
KEYFRAME = os.environ.get("KEYFRAME", os.path.join(TOOLS, "keyframe.py"))

# What veiviser's start screen offers (English), for dialog.
CHOICES = [
    "New case: concern about human trafficking",
    "Before the conversation",
    "After the conversation",
    "Basic principles",
    "Referral and rights",
    "Duty to avert (Penal Code section 196)",
]


def dialog_cmd():
    cmd = ["dialog", "--menu", "What do you want to do?", "24", "80", "16"]
    for i, c in enumerate(CHOICES, 1):
        cmd += [str(i), c]
    return cmd


# The arrow keys as a terminal sends them: dialog (ncurses) switches the terminal to
# application cursor keys (`ESC O B`) and takes `ESC [ B` for Esc (it quits); veiviser and
# the bare program leave normal mode (`ESC [ B`).
NORMAL = ("\\x1b[B", "\\x1b[A")
APPLICATION = ("\\x1bOB", "\\x1bOA")


def programs(veiviser):
    """(name, what the first frame shows, the key that quits, arrow keys, command)."""
    return [
        ("veiviser", "q quit", "q", NORMAL, [veiviser, "--lang", "en"]),
        ("bare", "q quit", "q", NORMAL, [os.path.join(ROOT, "target/release/examples/bare-menu")]),
        ("dialog", "Cancel", "\\x1b", APPLICATION, dialog_cmd()),
    ]


def lit(keys):
    return ast.literal_eval('"' + keys + '"').encode()


def first_frame(expect, keys, cmd):
    out = subprocess.run(
        [sys.executable, PTYFRAME, "--expect", expect, "--keys", keys, "--", *cmd],
        capture_output=True, text=True, timeout=60,
    ).stdout
    for line in out.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("first_frame_ms") is not None:
            return d["first_frame_ms"]
    return None


def first_frame_arrival(expect, cmd):
    """Like ptyframe.py, but the time the bytes that completed the frame arrived: the
    output is only collected (with arrival times) while the program runs, and fed to the
    emulator afterwards, so pyte's own time (several ms for a full frame, which
    ptyframe.py's figure includes) is left out."""
    import pyte
    env = dict(os.environ, TERM="xterm-256color")
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execvpe(cmd[0], cmd, env)
    chunks = []
    try:
        wait = 5.0
        while select.select([fd], [], [], wait)[0]:
            try:
                b = os.read(fd, 65536)
            except OSError:
                break
            if not b:
                break
            chunks.append((time.perf_counter(), b))
            wait = 0.2
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    screen = pyte.Screen(80, 24)
    stream = pyte.ByteStream(screen)
    for i, (t, b) in enumerate(chunks):
        stream.feed(b)
        if re.search(expect, "\n".join(screen.display), re.I):
            # Also: the frame's bytes, and how long pyte takes to read them all at once
            # and show them (the median of five), which ptyframe.py's figure includes.
            frame = b"".join(c for _, c in chunks[: i + 1])
            reads = []
            for _ in range(5):
                p0 = time.perf_counter()
                fresh = pyte.Screen(80, 24)
                pyte.ByteStream(fresh).feed(frame)
                "\n".join(fresh.display)
                reads.append((time.perf_counter() - p0) * 1000)
            return (t - t0) * 1000, statistics.median(reads), len(frame)
    return None


def cells(screen):
    """The screen as text and colours: dialog shows its selection by colour alone."""
    return [(c.data, c.fg, c.bg, c.reverse, c.bold) for row in range(screen.lines)
            for c in (screen.buffer[row][x] for x in range(screen.columns))]


def moves(expect, cmd, n, quit_key, arrows):
    """Starts `cmd` in a pty, waits for `expect`, then sends Down and Up (`arrows`)
    alternately `n` times. For each: the time from the key to the output that changed
    the screen (text or colours; the time the bytes arrived, not counting the emulator),
    and the bytes written until 30 ms pass without output. Returns (median ms, p90 ms,
    moves that changed the screen, median bytes)."""
    import pyte
    env = dict(os.environ, TERM="xterm-256color")
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execvpe(cmd[0], cmd, env)
    try:
        screen = pyte.Screen(80, 24)
        stream = pyte.ByteStream(screen)

        def read(timeout):
            r, _, _ = select.select([fd], [], [], timeout)
            if not r:
                return b"", None
            try:
                b = os.read(fd, 65536)
            except OSError:
                return b"", None
            t = time.perf_counter()
            stream.feed(b)
            return b, t

        end = time.time() + 5
        while time.time() < end and not re.search(expect, "\n".join(screen.display), re.I):
            read(0.02)
        time.sleep(0.2)
        while read(0.05)[0]:
            pass
        times, counts = [], []
        for i in range(n):
            before = cells(screen)
            t0 = time.perf_counter()
            os.write(fd, lit(arrows[i % 2]))
            total, changed = 0, None
            b, t = read(1.0)
            while b:
                total += len(b)
                if changed is None and cells(screen) != before:
                    changed = t
                b, t = read(0.03)
            counts.append(total)
            if changed is not None:
                times.append((changed - t0) * 1000)
        os.write(fd, quit_key)
        time.sleep(0.2)
        times.sort()
        med = round(times[len(times) // 2], 3) if times else None
        p90 = round(times[int(len(times) * 0.9)], 3) if times else None
        return med, p90, len(times), statistics.median(counts) if counts else None
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


# A whole session in the full-screen walk-through (English, bundled flows): open the
# case, no acute danger, then the first choice or Enter at every step to the summary,
# then quit and confirm. One key at a time, each drawn before the next.
SESSION = ["1", "3"] + ["1", "\r"] * 24 + ["q", "y"]


def session_peak_kb(veiviser):
    """The peak resident memory (KB, /usr/bin/time's %M) of veiviser over SESSION, or
    None (no /usr/bin/time)."""
    if not os.path.exists("/usr/bin/time"):
        return None
    import tempfile
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as out:
        cmd = ["/usr/bin/time", "-f", "%M", "-o", out.name, veiviser, "--lang", "en"]
        env = dict(os.environ, TERM="xterm-256color")
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
            os.execvpe(cmd[0], cmd, env)

        def drain(timeout):
            got = False
            while select.select([fd], [], [], timeout)[0]:
                try:
                    if not os.read(fd, 65536):
                        break
                except OSError:
                    break
                got = True
                timeout = 0.03
            return got

        drain(2.0)
        for k in SESSION:
            os.write(fd, k.encode())
            drain(0.5)
        _, status = os.waitpid(pid, 0)
        os.close(fd)
        text = out.read().strip()
        return int(text) if os.waitstatus_to_exitcode(status) == 0 and text.isdigit() else None


def keyframe(expect, cmd, moves, quit_key, arrows):
    out = subprocess.run(
        [sys.executable, KEYFRAME, "--expect", expect, "--n", str(moves), "--quit", quit_key,
         "--a", arrows[0], "--b", arrows[1], "--", *cmd],
        capture_output=True, text=True, timeout=120,
    ).stdout
    for line in out.splitlines():
        try:
            return json.loads(line)
        except ValueError:
            continue
    return {}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--moves", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=1,
                    help="rounds of MOVES moves per program, interleaved (the median of their medians)")
    ap.add_argument("--veiviser", default=os.path.join(ROOT, "target/release/veiviser"))
    ap.add_argument("--before", help="another veiviser binary (an older build) for the first-frame rounds")
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    if not a.no_build:
        for args in (["build", "--release", "--bin", "veiviser"], ["build", "--release", "--example", "bare-menu"]):
            subprocess.run(["cargo", *args, "--quiet"], cwd=ROOT, check=True)
    progs = programs(a.veiviser)
    rounds = progs + ([("before", "q quit", "q", NORMAL, [a.before, "--lang", "en"])] if a.before else [])
    times = {name: [] for name, *_ in rounds}
    arrival = {name: [] for name, *_ in rounds}
    reading = {name: [] for name, *_ in rounds}
    size = {}
    for _ in range(a.runs):
        for name, expect, keys, _, cmd in rounds:
            t = first_frame(expect, keys, cmd)
            if t is not None:
                times[name].append(t)
            r = first_frame_arrival(expect, cmd)
            if r is not None:
                arrival[name].append(r[0])
                reading[name].append(r[1])
                size[name] = r[2]
    for title, tt in [("ptyframe.py: until the emulator shows it", times),
                      ("until its bytes arrive (the emulator's time left out)", arrival)]:
        med = {k: statistics.median(v) if v else float("nan") for k, v in tt.items()}
        print(f"first frame, 80x24, {title}; medians of {a.runs} interleaved runs (ms):")
        for k in med:
            print(f"  {k:9} {med[k]:7.2f}   (n={len(tt[k])}, min {min(tt[k], default=float('nan')):.2f})")
        print(f"  veiviser/dialog {med['veiviser'] / med['dialog']:.2f}"
              f"   bare/dialog {med['bare'] / med['dialog']:.2f}"
              f"   veiviser/bare {med['veiviser'] / med['bare']:.2f}")
        if a.before:
            print(f"  before/dialog {med['before'] / med['dialog']:.2f}"
                  f"   veiviser/before {med['veiviser'] / med['before']:.2f}")
    print("first frame: its bytes, and pyte's own time to read them at once and show them (ms, median):")
    for k, v in reading.items():
        print(f"  {k:9} {size.get(k)} bytes   {statistics.median(v) if v else float('nan'):7.2f}")
    print(f"key to changed screen, {a.moves} moves down and up (ms):")
    print("  keyframe.py (screen text only: it cannot see dialog's selection, which is colour):")
    for name, expect, keys, arrows, cmd in progs:
        if name != "bare":
            k = keyframe(expect, cmd, a.moves, keys, arrows)
            print(f"    {name:9} median {k.get('median_ms')}  p90 {k.get('p90_ms')}  (n={k.get('n')})")
    print("  here (text or colours, time the changing bytes arrived), and bytes written per move:")
    per = {name: [] for name, *_ in progs}
    for _ in range(a.rounds):
        for name, expect, keys, arrows, cmd in progs:
            per[name].append(moves(expect, cmd, a.moves, lit(keys), arrows))
    for name, rs in per.items():
        meds = [r[0] for r in rs if r[0] is not None]
        med = round(statistics.median(meds), 3) if meds else None
        rounds = f"  rounds {', '.join(str(m) for m in meds)}" if a.rounds > 1 else ""
        print(f"    {name:9} median {med}  p90 {rs[-1][1]}  (n={rs[-1][2]})  bytes/move {rs[-1][3]}{rounds}")
    kb = session_peak_kb(a.veiviser)
    print(f"peak memory of a whole session to the summary: {kb} KB" if kb else "peak memory: not measured")


if __name__ == "__main__":
    main()
