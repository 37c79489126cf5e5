//! Build script of the `gocl` compiler.
//!
//! 1. Builds the runtime (`runtime/`, package `gocl-runtime`) as a static
//!    archive for both targets with a nested
//!    `cargo build --release -p gocl-runtime --target T --target-dir target/runtime`
//!    and `-Cpanic=abort`, copies each `libgocl_runtime.a` into `OUT_DIR`
//!    and exports the copies' paths as `GOCL_RUNTIME_AMD64` and
//!    `GOCL_RUNTIME_ARM64` for `include_bytes!` (see `src/embedded.rs`).
//! 2. Lists every `.go` file under `std/` into `$OUT_DIR/std_files.rs`, a
//!    `STD_FILES` table of `(relative path, include_bytes!(absolute path))`.
//!
//! The nested cargo gets a clean environment: the variables the outer cargo
//! sets for build scripts (target, profile, flags, wrappers such as
//! clippy-driver, jobserver) would otherwise change what it builds.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// (Rust target triple, name of the exported environment variable).
const TARGETS: [(&str, &str); 2] = [
    ("x86_64-unknown-linux-gnu", "GOCL_RUNTIME_AMD64"),
    ("aarch64-unknown-linux-gnu", "GOCL_RUNTIME_ARM64"),
];

/// Inherited variables that must not reach the nested cargo (besides every
/// `CARGO_*` variable, which is removed wholesale).
const SCRUB: &[&str] = &[
    "RUSTFLAGS",
    "RUSTDOCFLAGS",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "RUSTC_LINKER",
    "TARGET",
    "HOST",
    "OUT_DIR",
    "PROFILE",
    "OPT_LEVEL",
    "DEBUG",
    "NUM_JOBS",
    "MAKEFLAGS",
    "MFLAGS",
];

fn main() {
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let workspace = manifest_dir
        .parent()
        .expect("compiler/ has a parent")
        .to_path_buf();
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));

    println!("cargo:rerun-if-changed=../runtime/src");
    println!("cargo:rerun-if-changed=../runtime/Cargo.toml");
    println!("cargo:rerun-if-changed=../std");
    println!("cargo:rerun-if-changed=build.rs");

    build_runtime(&workspace, &out_dir);
    write_std_files(&workspace.join("std"), &out_dir);
}

/// Installs the standard library for `triple` through rustup when the
/// toolchain lacks it. rustup adds the targets `rust-toolchain.toml` names
/// only when it installs the toolchain itself, so a machine that already
/// had the toolchain would otherwise fail with "can't find crate for core".
fn ensure_target(triple: &str) {
    let Ok(out) = Command::new("rustc").args(["--print", "sysroot"]).output() else {
        return;
    };
    let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if sysroot.is_empty()
        || Path::new(&sysroot)
            .join("lib/rustlib")
            .join(triple)
            .exists()
    {
        return;
    }
    // Without rustup the build below reports the missing target itself.
    let _ = Command::new("rustup")
        .args(["target", "add", triple])
        .status();
}

/// Builds `libgocl_runtime.a` for each target and exports its path.
fn build_runtime(workspace: &Path, out_dir: &Path) {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target_dir = workspace.join("target").join("runtime");
    for (triple, var) in TARGETS {
        ensure_target(triple);
        let mut cmd = Command::new(&cargo);
        cmd.current_dir(workspace)
            .args([
                "build",
                "--release",
                "-p",
                "gocl-runtime",
                "--target",
                triple,
            ])
            .arg("--target-dir")
            .arg(&target_dir);
        for (key, _) in env::vars_os() {
            let Some(key) = key.to_str() else { continue };
            if (key.starts_with("CARGO_") && key != "CARGO_HOME") || SCRUB.contains(&key) {
                cmd.env_remove(key);
            }
        }
        // On arm64 Rust calls compiler-builtins' outline atomics, which
        // need libc's getauxval: inline atomics instead (no libc here).
        // Frame pointers let tracebacks walk from runtime code into Go
        // frames (abi.md section 11).
        let flags = if triple.starts_with("aarch64") {
            "-Cpanic=abort\x1f-Cforce-frame-pointers=yes\x1f-Ctarget-feature=-outline-atomics"
        } else {
            "-Cpanic=abort\x1f-Cforce-frame-pointers=yes"
        };
        cmd.env("CARGO_ENCODED_RUSTFLAGS", flags);
        // Programs carry no DWARF for the runtime: it would triple their size.
        cmd.env("CARGO_PROFILE_RELEASE_DEBUG", "false");
        let status = cmd
            .status()
            .unwrap_or_else(|e| panic!("cannot run {cargo:?} to build the runtime: {e}"));
        if !status.success() {
            panic!("building gocl-runtime for {triple} failed ({status}); see the output above");
        }
        let built = target_dir
            .join(triple)
            .join("release")
            .join("libgocl_runtime.a");
        let copy = out_dir.join(format!("libgocl_runtime-{triple}.a"));
        fs::copy(&built, &copy).unwrap_or_else(|e| {
            panic!("cannot copy {} to {}: {e}", built.display(), copy.display())
        });
        println!("cargo:rustc-env={var}={}", copy.display());
    }
}

/// Writes `$OUT_DIR/std_files.rs` with every `.go` file below `std_dir`
/// (which may be missing or empty), sorted by path.
fn write_std_files(std_dir: &Path, out_dir: &Path) {
    let mut files = Vec::new();
    if std_dir.is_dir() {
        collect_go_files(std_dir, std_dir, &mut files);
    }
    files.sort();
    let mut code = String::from(
        "/// The Go sources of the standard library (`std/`): (path relative to\n\
         /// `std/`, contents), sorted by path.\n\
         pub static STD_FILES: &[(&str, &[u8])] = &[\n",
    );
    for (rel, abs) in &files {
        writeln!(code, "    ({rel:?}, include_bytes!({abs:?})),").unwrap();
    }
    code.push_str("];\n");
    let path = out_dir.join("std_files.rs");
    // Rewrite only on change, so dependents are not rebuilt needlessly.
    if fs::read_to_string(&path).ok().as_deref() != Some(code.as_str()) {
        fs::write(&path, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}

/// Appends (relative path with `/` separators, absolute path) for each
/// `.go` file below `dir`, skipping hidden entries.
fn collect_go_files(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let ty = entry
            .file_type()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if ty.is_dir() {
            collect_go_files(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            let rel = path.strip_prefix(root).expect("below root");
            let rel: Vec<_> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect();
            let abs = fs::canonicalize(&path).unwrap_or(path.clone());
            out.push((rel.join("/"), abs.to_string_lossy().into_owned()));
        }
    }
}
