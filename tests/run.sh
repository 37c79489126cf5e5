#!/usr/bin/env bash
# Runs every test of gocl: unit tests, the golden Go programs on amd64 and
# (under qemu-aarch64) arm64, the same programs under GOGC=1, and lints.
# Installs the Debian packages the tests need when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v qemu-aarch64 >/dev/null || need+=(qemu-user)
command -v ld.lld >/dev/null || need+=(lld)
command -v aarch64-linux-gnu-objdump >/dev/null || need+=(binutils-aarch64-linux-gnu)
command -v objdump >/dev/null || need+=(binutils)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Lints first: they are quick and fail early.
cargo fmt --all --check
cargo clippy --release -p gocl --all-targets -- -D warnings
cargo test --release -p gocl-runtime

# Compiler unit tests, then the golden programs (both arches when qemu is there).
cargo test --release -p gocl --lib --bins
# Runtime code called from Go must fit in a goroutine stack's guard area
# (the runtime archives for both arches were built with gocl above).
python3 tests/stack_budget.py \
    x86_64=target/runtime/x86_64-unknown-linux-gnu/release/libgocl_runtime.a \
    aarch64=target/runtime/aarch64-unknown-linux-gnu/release/libgocl_runtime.a
cargo test --release -p gocl --test golden
# A module with packages of its own, built with `gocl build .`.
bash tests/modules/run.sh
# Every run program again with the collector at its most eager (GOGC=1,
# and GOCL_GCEAGER=1 drops gc's 1 MiB minimum between cycles), freed
# memory poisoned so that a missed pointer crashes, and each concurrent
# mark checked by a second one with the world stopped (gccheckmark). A
# collection every few dozen kilobytes under qemu takes the
# allocation-heavy collector tests to 5 s on a quiet machine: allow 30.
GOGC=1 GOCL_GCEAGER=1 GOCL_GCPOISON=1 GODEBUG=gccheckmark=1 GOCL_TEST_DIR=tests/run GOCL_TEST_TIMEOUT=30 \
    cargo test --release -p gocl --test golden
# The concurrency programs the same way: goroutines store pointers while
# the collector marks, and stop at every kind of check (network buffers
# held only by a wrapper's arguments were freed in use before
# gc_wrapper_args).
GOGC=1 GOCL_GCEAGER=1 GOCL_GCPOISON=1 GODEBUG=gccheckmark=1 GOCL_TEST_DIR=tests/concurrency GOCL_TEST_TIMEOUT=30 \
    cargo test --release -p gocl --test golden
# The collector's programs again with four markers (three helper threads
# beside the collector's; gc's quarter of GOMAXPROCS gives one on small
# machines) and four Ps, so that markers share and steal grey objects.
GOCL_GCWORKERS=4 GOMAXPROCS=4 GOGC=1 GOCL_GCEAGER=1 GOCL_GCPOISON=1 GODEBUG=gccheckmark=1 \
    GOCL_TEST_DIR=tests/concurrency GOCL_TEST_FILTER=gc GOCL_TEST_TIMEOUT=30 \
    cargo test --release -p gocl --test golden
GOCL_GCWORKERS=4 GOGC=1 GOCL_GCEAGER=1 GOCL_GCPOISON=1 GODEBUG=gccheckmark=1 \
    GOCL_TEST_DIR=tests/run GOCL_TEST_FILTER=gc_ GOCL_TEST_TIMEOUT=30 \
    cargo test --release -p gocl --test golden
# The concurrency programs, repeated: 20 times each with a preemption
# request every 100 µs (amd64), 3 times on arm64, and under GOMAXPROCS=1
# and 4, so that a schedule-dependent bug shows up as a mismatch.
GOCL_TEST_DIR=tests/concurrency GOCL_TEST_ARCH=amd64 GOCL_TEST_REPEAT=20 GOCL_PREEMPT_US=100 \
    cargo test --release -p gocl --test golden
if command -v qemu-aarch64 >/dev/null; then
    GOCL_TEST_DIR=tests/concurrency GOCL_TEST_ARCH=arm64 GOCL_TEST_REPEAT=3 GOCL_PREEMPT_US=1000 \
        cargo test --release -p gocl --test golden
fi
GOMAXPROCS=1 GOCL_TEST_DIR=tests/concurrency cargo test --release -p gocl --test golden
GOMAXPROCS=4 GOCL_TEST_DIR=tests/concurrency cargo test --release -p gocl --test golden
