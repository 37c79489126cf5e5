//! Files built into the `gocl` binary, so a compiler installed on its own
//! needs nothing else at run time: the runtime archives linked into every
//! program, and the Go sources of the standard library.
//!
//! `build.rs` produces both (it builds the runtime with a nested cargo and
//! lists `std/`).

/// `libgocl_runtime.a` for linux/amd64 (`x86_64-unknown-linux-gnu`).
pub static RUNTIME_AMD64: &[u8] = include_bytes!(env!("GOCL_RUNTIME_AMD64"));

/// `libgocl_runtime.a` for linux/arm64 (`aarch64-unknown-linux-gnu`).
pub static RUNTIME_ARM64: &[u8] = include_bytes!(env!("GOCL_RUNTIME_ARM64"));

include!(concat!(env!("OUT_DIR"), "/std_files.rs"));
