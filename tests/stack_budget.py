#!/usr/bin/env python3
"""Checks that runtime code called from Go fits in a goroutine stack's guard area.

Go code calls the runtime only with SP above `stackguard0`, so a runtime
entry point may use at most the guard area (`GUARD` in runtime/src/stack.rs)
below it: runtime code has no stack checks of its own, and the stack below
a goroutine's belongs to another goroutine (abi.md section 4). This script
plays the part of gc's linker check of nosplit chains: it disassembles the
runtime archive of each architecture, takes every function's frame from its
prologue and its direct calls and tail calls from the relocations, and
fails when the deepest call chain of an entry point exceeds the budget.

What it does not follow, and why that is sound:
* calls through registers: calls into Go code (deferred calls, methods,
  hash functions), which check their own stack, and the stack switches of
  the scheduler;
* calls into a function that switches to the system stack (`mov rsp` /
  `mov sp` from a non-frame register: `systemstack`, `switch_out`,
  `mcall`, `morestack`);
* calls into `*_grown` functions, which run after `stack::ensure` made
  room (the panic paths);
* the second time round a recursion: `typehash`/`typeequal` recurse once
  per nesting level of a type, which the budget's margin absorbs for
  ordinary types.

Usage: stack_budget.py [--show N] ARCH=ARCHIVE...
   e.g. stack_budget.py x86_64=target/runtime/x86_64-unknown-linux-gnu/release/libgocl_runtime.a
"""

import os
import re
import subprocess
import sys


def stack_const(name):
    """A `const NAME: u64 = N;` of runtime/src/stack.rs."""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "runtime", "src", "stack.rs")
    m = re.search(r"^const %s: u64 = (\d+);" % name, open(src).read(), re.M)
    return int(m.group(1))


GUARD = stack_const("GUARD")
# `morestack` is called with SP at or above `stacklimit` (the prologue's
# trap bound), so its save area must fit in that.
HARD_LIMIT = stack_const("HARD_LIMIT")
# Go's call pushes a return address on x86-64; keep 16 bytes for it and
# the alignment of the runtime's first frame.
CALL_SLACK = {"x86_64": 16, "aarch64": 0}

OBJDUMP = {"x86_64": ["objdump", "-M", "intel"], "aarch64": ["aarch64-linux-gnu-objdump"]}


def parse(arch, archive):
    """Returns {name: {frame, calls, switch}} and {section: name}."""
    out = subprocess.run(
        OBJDUMP[arch] + ["-dr", "--no-show-raw-insn", archive],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    funcs, alias = {}, {}
    cur, sec, want_reloc = None, None, False
    for line in out.splitlines():
        m = re.match(r"Disassembly of section (\S+):", line)
        if m:
            sec = m.group(1)
            continue
        m = re.match(r"[0-9a-f]+ <(.+)>:$", line)
        if m:
            name = m.group(1)
            cur = {"frame": 8 if arch == "x86_64" else 0, "calls": set(), "switch": False, "called": False}
            funcs[name] = cur
            if sec and sec.startswith(".text."):
                alias[sec] = name
            want_reloc = False
            continue
        if cur is None:
            continue
        m = re.match(r"\s+[0-9a-f]+:\s+R_\S+\s+(\S+?)(?:[-+]0x[0-9a-f]+)?$", line)
        if m:
            if want_reloc:
                cur["calls"].add(m.group(1))
                want_reloc = False
            continue
        m = re.match(r"\s+[0-9a-f]+:\s+(\S+)\s*(.*)$", line)
        if not m:
            continue
        op, args = m.group(1), m.group(2)
        want_reloc = False
        if arch == "x86_64":
            if op == "mov" and args.startswith("rsp,") and "rbp" not in args:
                cur["switch"] = True
            if op == "push" and not cur["called"]:
                cur["frame"] += 8
            elif op == "sub" and args.startswith("rsp,"):
                try:
                    cur["frame"] += int(args.split(",")[1], 0)
                except ValueError:
                    pass
            elif op == "call" or op.startswith("j"):
                # A direct target shows as a relocation on the next line.
                want_reloc = True
                if op == "call":
                    cur["called"] = True
        else:
            if op == "mov" and args.startswith("sp,") and "x29" not in args:
                cur["switch"] = True
            m2 = re.match(r".*\[sp, #(-\d+)\]!$", args)
            if op in ("stp", "str") and m2 and not cur["called"]:
                cur["frame"] += -int(m2.group(1))
            m2 = re.match(r"sp, sp, #(0x[0-9a-f]+|\d+)(, lsl #12)?$", args)
            if op == "sub" and m2:
                v = int(m2.group(1), 0)
                cur["frame"] += v << 12 if m2.group(2) else v
            elif op in ("bl", "b") or op.startswith("b."):
                want_reloc = True
                if op == "bl":
                    cur["called"] = True
    return funcs, alias


def demangle(names):
    r = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True)
    return r.stdout.splitlines() if r.returncode == 0 else names


def check(arch, archive, show):
    funcs, alias = parse(arch, archive)
    grown = {n for n, d in zip(funcs, demangle(list(funcs))) if re.search(r"_grown(::h[0-9a-f]+)?$", d)}
    memo, active = {}, set()

    def depth(f):
        if f in memo:
            return memo[f]
        if f in active:
            return (0, [])
        active.add(f)
        fd = funcs[f]
        best = (0, [])
        if not fd["switch"]:
            for c in fd["calls"]:
                r = c if c in funcs else alias.get(c)
                if r is None or r == f or r in grown:
                    continue
                d = depth(r)
                if d[0] > best[0]:
                    best = (d[0], [r] + d[1])
        active.discard(f)
        memo[f] = (fd["frame"] + best[0], best[1])
        return memo[f]

    # Entry points Go code calls: gc-style names (`runtime.x`, `os.read`,
    # `internal/poll.x`) and the memory functions Cranelift calls.
    entries = [f for f in funcs if re.match(r"^[a-z][\w/]*\.\w", f) or f in ("memcpy", "memmove", "memset", "memcmp", "bcmp")]
    budget = GUARD - CALL_SLACK[arch]
    rows = sorted(((depth(f)[0], f) for f in entries), reverse=True)
    over = [(d, f) for d, f in rows if d > (HARD_LIMIT - CALL_SLACK[arch] if f == "runtime.morestack" else budget)]
    print(f"stack budget {arch}: {len(entries)} entry points, budget {budget} bytes, deepest {rows[0][0]} ({rows[0][1]})")
    for d, f in rows[:show] + over:
        path = demangle(depth(f)[1])
        print(f"  {d:5} {f}: {' > '.join(p.split('::')[-2] if '::' in p else p for p in path)}")
    for d, f in over:
        print(f"FAIL {arch}: {f} may use {d} bytes of goroutine stack, more than it has")
    return not over


def main():
    args = sys.argv[1:]
    show = 0
    if args[:1] == ["--show"]:
        show, args = int(args[1]), args[2:]
    ok = True
    for a in args:
        arch, archive = a.split("=", 1)
        ok &= check(arch, archive, show)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
