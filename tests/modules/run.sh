#!/usr/bin/env bash
# Builds the module under tests/modules/demo as a Go programmer would:
# `gocl build .` at the module root and `gocl build ./cmd/hello`, and
# checks what each program prints (goldens from go1.27).
set -euo pipefail
cd "$(dirname "$0")/demo"
gocl="$(cd ../../.. && pwd)/target/release/gocl"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for arch in amd64 arm64; do
    "$gocl" build --arch "$arch" -o "$out/demo" .
    "$gocl" build --arch "$arch" -o "$out/hello" ./cmd/hello
    if [ "$arch" = arm64 ]; then run=(qemu-aarch64); else run=(); fi
    diff <("${run[@]}" "$out/demo") expected.out
    diff <("${run[@]}" "$out/hello") cmd/hello/expected.out
done
echo "modules: ok"
