#!/usr/bin/env python3
"""Benchmark gocl against the reference Go toolchain.

For each benches/*.go (or the files named on the command line) this builds
the program with gocl and, when a Go toolchain is found, with `go build`;
runs both binaries N times, alternating between them; keeps the best wall
time and the peak RSS; checks that both produce identical output; and
prints a table with run time, peak RSS, build time and binary size.
With --gctrace the binaries run with GODEBUG=gctrace=1 and the table shows,
instead of build time and size, each side's number of GC cycles and its
longest stop-the-world pause, parsed from gc-format trace lines on stderr.

Only the Python standard library is used.
"""

import argparse
import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent


def find_go(explicit):
    """Returns the path of a usable `go`, or None."""
    for cand in (explicit, os.environ.get("GO"), ROOT / ".venv-go" / "bin" / "go", shutil.which("go")):
        if cand and Path(cand).is_file() and os.access(cand, os.X_OK):
            return str(cand)
    return None


def _vm_hwm_kib(pid):
    """The current peak RSS (VmHWM) of a live process, or 0."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


_BASELINE_KIB = None


def _spawn_baseline_kib():
    """ru_maxrss that wait4 reports for a trivial program started from here.

    Linux charges the pre-exec (v)fork of this Python process to the child's
    ru_maxrss, so wait4 can never report less than about Python's own RSS.
    """
    global _BASELINE_KIB
    if _BASELINE_KIB is None:
        true = shutil.which("true") or "/bin/true"
        proc = subprocess.Popen([true])
        _, _, usage = os.wait4(proc.pid, 0)
        proc.returncode = 0
        _BASELINE_KIB = usage.ru_maxrss
    return _BASELINE_KIB


RSS_LIMIT = "rss limit"

# Benchmarks that are servers (loaded by benches/http.py, not run here).
SERVERS = {"httphello.go"}


def describe_failure(code):
    """The table's word for a run's failing exit status."""
    if code is None:
        return "timeout"
    if code == RSS_LIMIT:
        return RSS_LIMIT
    return f"exit {code}"


def run_combined(argv, env=None, cwd=None, timeout=None, rss_limit_kib=None):
    """Runs argv with stdout+stderr in one pipe and stdin from /dev/null.

    Returns (exit_status, output_bytes, wall_seconds, peak_rss_kib).
    A negative status is a signal number, None a timeout, RSS_LIMIT a kill
    because the sampled VmHWM passed rss_limit_kib.

    The peak RSS is wait4's ru_maxrss when that exceeds what any child of
    this Python process reports (see _spawn_baseline_kib); for smaller
    programs it is the VmHWM sampled from /proc while the program runs.
    """
    baseline = _spawn_baseline_kib()
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=cwd,
    )
    chunks = []
    deadline = None if timeout is None else start + timeout
    timed_out = False
    over_limit = False
    sampled = 0
    fd = proc.stdout.fileno()
    # Read until EOF (the child exited or closed its output), sampling its
    # VmHWM, then reap it with wait4 to get its resource usage.
    while True:
        sampled = max(sampled, _vm_hwm_kib(proc.pid))
        if rss_limit_kib and sampled > rss_limit_kib:
            proc.kill()
            over_limit = True
            break
        remaining = None if deadline is None else deadline - time.perf_counter()
        if remaining is not None and remaining <= 0:
            proc.kill()
            timed_out = True
            break
        wait = 0.005 if remaining is None else min(0.005, remaining)
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            continue
        data = os.read(fd, 1 << 16)
        if not data:
            break
        chunks.append(data)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    code = None if timed_out else RSS_LIMIT if over_limit else proc.returncode
    rss = usage.ru_maxrss if usage.ru_maxrss > baseline * 1.1 else sampled
    return code, b"".join(chunks), wall, rss


class Tool:
    """One toolchain: how to build a benchmark and how to run the result."""

    def __init__(self, name, build_argv, run_prefix, env):
        self.name = name
        self.build_argv = build_argv  # function (out, src) -> argv
        self.run_prefix = run_prefix
        self.env = env


def make_tools(args):
    qemu = []
    env = dict(os.environ)
    if args.arch == "arm64":
        q = shutil.which("qemu-aarch64")
        if not q:
            sys.exit("--arch arm64 needs qemu-aarch64 on PATH")
        qemu = [q]
    tools = []
    gocl = Path(args.gocl)
    if gocl.is_file():
        arch_flag = ["--arch", "arm64"] if args.arch == "arm64" else []
        tools.append(Tool("gocl", lambda out, src: [str(gocl), "build", *arch_flag, "-o", out, src], qemu, env))
    else:
        print(f"note: gocl not found at {gocl} (build it with cargo build --release)", file=sys.stderr)
    go = find_go(args.go)
    if go:
        genv = dict(env, GOARCH=args.arch, GOOS="linux", GOTOOLCHAIN="local")
        tools.append(Tool("go", lambda out, src: [go, "build", "-o", out, src], qemu, genv))
    else:
        print("note: no go toolchain found; reporting gocl only", file=sys.stderr)
    if not tools:
        sys.exit("nothing to benchmark: neither gocl nor go found")
    return tools


def fmt_time(t):
    return "-" if t is None else f"{t:.3f}s"


def fmt_kib(k):
    if k is None:
        return "-"
    return f"{k / 1024:.1f}M" if k >= 1024 else f"{k}K"


# One line of gc's GODEBUG=gctrace=1 output, e.g.
#   gc 7 @0.881s 10%: 0.25+237+0.18 ms clock, 0.51+2.7/114/142+0.37 ms cpu, ...
# A (sweep termination) and C (mark termination) are the stop-the-world
# phases, B the concurrent mark. Matched anywhere, not only at a line start,
# since a trace line can land after a partial line of the program's output.
GCTRACE_LINE = re.compile(
    rb"gc (\d+) @(\d+(?:\.\d+)?)s (\d+)%: (\d+(?:\.\d+)?)\+(\d+(?:\.\d+)?)\+(\d+(?:\.\d+)?) ms clock[^\n]*\n?"
)


def traced_env(env):
    """env with gctrace=1 added to GODEBUG (only the benchmark runs get it)."""
    debug = env.get("GODEBUG")
    return dict(env, GODEBUG=f"{debug},gctrace=1" if debug else "gctrace=1")


def split_gctrace(out):
    """Separates gctrace lines from a run's output.

    Returns (output_without_trace_lines, cycles, longest_stw_ms), where
    longest_stw_ms is the largest A or C over all cycles (None with no cycle).
    """
    cycles = 0
    longest = None
    for m in GCTRACE_LINE.finditer(out):
        cycles += 1
        pause = max(float(m.group(4)), float(m.group(6)))
        longest = pause if longest is None else max(longest, pause)
    return GCTRACE_LINE.sub(b"", out), cycles, longest


def fmt_ms(ms):
    if ms is None:
        return "-"
    if ms < 1:
        return f"{ms:.3f}ms"
    if ms < 10:
        return f"{ms:.2f}ms"
    if ms < 100:
        return f"{ms:.1f}ms"
    return f"{ms:.0f}ms"


def fmt_range(values):
    """'11' when all runs agree, '10-12' when they do not, '-' with no run."""
    if not values:
        return "-"
    lo, hi = min(values), max(values)
    return str(lo) if lo == hi else f"{lo}-{hi}"


def fmt_ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}x"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("benches", nargs="*", help="benchmark .go files (default: benches/*.go)")
    ap.add_argument("--gocl", default=str(ROOT / "target" / "release" / "gocl"), help="gocl binary")
    ap.add_argument("--go", default=None, help="go binary (default: $GO, .venv-go/bin/go, PATH)")
    ap.add_argument("-n", type=int, default=3, help="runs per binary; the best time is kept (default 3)")
    ap.add_argument("--arch", choices=["amd64", "arm64"], default="amd64", help="target (arm64 runs under qemu)")
    ap.add_argument("--timeout", type=float, default=120.0, help="per-run timeout in seconds")
    ap.add_argument("--out", default=str(ROOT / "target" / "bench-bin"), help="directory for the binaries")
    ap.add_argument("--gctrace", action="store_true",
                    help="run with GODEBUG=gctrace=1 and report GC cycles and the longest stop-the-world pause")
    ap.add_argument("--rss-limit", type=float, default=None, metavar="MB",
                    help="kill a run whose peak RSS passes MB megabytes (reported as 'rss limit')")
    args = ap.parse_args()

    # Servers run until killed: benches/http.py drives them.
    benches = [Path(b) for b in args.benches] or sorted(
        p for p in BENCH_DIR.glob("*.go") if p.name not in SERVERS)
    tools = make_tools(args)
    rss_limit_kib = None if args.rss_limit is None else int(args.rss_limit * 1024)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)

    rows = []
    failed = False
    for src in benches:
        name = src.stem
        res = {t.name: {"build": None, "size": None, "time": None, "rss": None, "out": None, "err": None,
                        "gcs": [], "stw": None} for t in tools}
        bins = {}
        for t in tools:
            exe = out_dir / f"{name}-{t.name}-{args.arch}"
            code, out, wall, _ = run_combined(t.build_argv(str(exe), str(src.resolve())), env=t.env, timeout=600)
            if code != 0:
                res[t.name]["err"] = "build failed"
                print(f"{name}: {t.name} build failed:\n{out.decode(errors='replace')[:2000]}", file=sys.stderr)
                failed = True
                continue
            res[t.name]["build"] = wall
            res[t.name]["size"] = exe.stat().st_size
            bins[t.name] = exe
        # Alternate the toolchains run by run so that machine noise hits both.
        for _ in range(max(1, args.n)):
            for t in tools:
                if t.name not in bins or res[t.name]["err"]:
                    continue
                env = traced_env(t.env) if args.gctrace else t.env
                code, out, wall, rss = run_combined([*t.run_prefix, str(bins[t.name])], env=env,
                                                    timeout=args.timeout, rss_limit_kib=rss_limit_kib)
                r = res[t.name]
                if code != 0:
                    r["err"] = describe_failure(code)
                    print(f"{name}: {t.name} run failed ({r['err']}):\n{out.decode(errors='replace')[-2000:]}", file=sys.stderr)
                    failed = True
                    continue
                if args.gctrace:
                    out, cycles, stw = split_gctrace(out)
                    r["gcs"].append(cycles)
                    if stw is not None:
                        r["stw"] = stw if r["stw"] is None else max(r["stw"], stw)
                if r["out"] is not None and r["out"] != out:
                    r["err"] = "unstable output"
                r["out"] = out
                r["time"] = wall if r["time"] is None else min(r["time"], wall)
                r["rss"] = rss if r["rss"] is None else max(r["rss"], rss)
        outs = {t: r["out"] for t, r in res.items() if r["out"] is not None}
        same = "-" if len(outs) < 2 else ("same" if len(set(outs.values())) == 1 else "DIFFERENT")
        if same == "DIFFERENT":
            failed = True
            print(f"{name}: outputs differ:", file=sys.stderr)
            for t, o in outs.items():
                print(f"  {t}: {o.decode(errors='replace')[:500]!r}", file=sys.stderr)
        rows.append((name, res, same))

    g = lambda res, tool, key: res.get(tool, {}).get(key)
    if args.gctrace:
        extra_header = ["gocl GCs", "go GCs", "gocl max STW", "go max STW"]
        extra = lambda res: [
            fmt_range(g(res, "gocl", "gcs")),
            fmt_range(g(res, "go", "gcs")),
            fmt_ms(g(res, "gocl", "stw")),
            fmt_ms(g(res, "go", "stw")),
        ]
    else:
        extra_header = ["gocl build", "go build", "gocl size", "go size"]
        extra = lambda res: [
            fmt_time(g(res, "gocl", "build")),
            fmt_time(g(res, "go", "build")),
            fmt_kib(None if g(res, "gocl", "size") is None else g(res, "gocl", "size") // 1024),
            fmt_kib(None if g(res, "go", "size") is None else g(res, "go", "size") // 1024),
        ]
    header = ["bench", "gocl", "go", "gocl/go", "gocl RSS", "go RSS", "RSS ratio", *extra_header, "output"]
    table = [header]
    for name, res, same in rows:
        table.append([
            name,
            g(res, "gocl", "err") or fmt_time(g(res, "gocl", "time")),
            g(res, "go", "err") or fmt_time(g(res, "go", "time")),
            fmt_ratio(g(res, "gocl", "time"), g(res, "go", "time")),
            fmt_kib(g(res, "gocl", "rss")),
            fmt_kib(g(res, "go", "rss")),
            fmt_ratio(g(res, "gocl", "rss"), g(res, "go", "rss")),
            *extra(res),
            same,
        ])
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    print(f"arch {args.arch}, best of {args.n} runs" + (", GODEBUG=gctrace=1" if args.gctrace else ""))
    for i, row in enumerate(table):
        print("  ".join(str(c).rjust(w) if j else str(c).ljust(w) for j, (c, w) in enumerate(zip(row, widths))))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
