#!/usr/bin/env python3
"""HTTP keep-alive benchmark: benches/httphello.go built with gocl and go,
each loaded in turn by wrk (Debian's package).

For each toolchain the server is started, its address read from its first
output line, and `wrk -t T -c C -d D` run against it; the server's peak
RSS (VmHWM) is read before it is killed. Runs alternate between the two
servers N times; the best requests/second of each is kept. Prints
requests/second, the ratio gocl/go (higher is better for gocl), and peak
RSS with its ratio.

usage: python3 benches/http.py [-n 3] [-c 100] [-d 10] [-t 2]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, find_go  # noqa: E402

SRC = ROOT / "benches" / "httphello.go"


def build(args):
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    bins = {}
    gocl = Path(args.gocl)
    if gocl.is_file():
        subprocess.run([str(gocl), "build", "-o", str(out / "httphello_gocl"), str(SRC)], check=True)
        bins["gocl"] = out / "httphello_gocl"
    go = find_go(args.go)
    if go:
        env = dict(os.environ, GOTOOLCHAIN="local")
        subprocess.run([go, "build", "-o", str(out / "httphello_go"), str(SRC)], check=True, env=env)
        bins["go"] = out / "httphello_go"
    return bins


def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def one_run(binary, args):
    """(requests/second, peak RSS KiB) of one wrk run against binary."""
    srv = subprocess.Popen([str(binary)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        addr = srv.stdout.readline().decode().strip()
        if not addr:
            raise RuntimeError(f"{binary} printed no address")
        r = subprocess.run(
            ["wrk", "-t", str(args.t), "-c", str(args.c), "-d", f"{args.d}s", f"http://{addr}/"],
            capture_output=True, text=True, check=True)
        m = re.search(r"Requests/sec:\s+([\d.]+)", r.stdout)
        if not m or "Socket errors" in r.stdout or "Non-2xx" in r.stdout:
            raise RuntimeError(f"wrk against {binary}:\n{r.stdout}")
        return float(m.group(1)), peak_rss_kib(srv.pid)
    finally:
        srv.kill()
        srv.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gocl", default=str(ROOT / "target" / "release" / "gocl"))
    ap.add_argument("--go", default=None)
    ap.add_argument("--out", default=str(ROOT / "target" / "bench-bin"))
    ap.add_argument("-n", type=int, default=3, help="runs per server (best kept)")
    ap.add_argument("-c", type=int, default=100, help="wrk connections")
    ap.add_argument("-d", type=int, default=10, help="wrk duration, seconds")
    ap.add_argument("-t", type=int, default=2, help="wrk threads")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk not found: apt-get install wrk")
    bins = build(args)
    best = {k: (0.0, 0) for k in bins}
    for _ in range(args.n):
        for name, b in bins.items():
            rps, rss = one_run(b, args)
            prev_rps, prev_rss = best[name]
            best[name] = (max(prev_rps, rps), max(prev_rss, rss))
            time.sleep(0.5)
    print(f"wrk -t{args.t} -c{args.c} -d{args.d}s, best of {args.n}")
    print(f"{'server':8} {'req/s':>12} {'peak RSS':>10}")
    for name, (rps, rss) in best.items():
        print(f"{name:8} {rps:12.0f} {rss / 1024:9.1f}M")
    if "gocl" in best and "go" in best:
        (a, ra), (b, rb) = best["gocl"], best["go"]
        print(f"gocl/go  req/s {a / b:.2f}x   RSS {ra / rb:.2f}x")


if __name__ == "__main__":
    main()
