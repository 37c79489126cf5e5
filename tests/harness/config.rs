//! Configuration from the environment: toolchain, architectures,
//! directories and knobs.

use std::env;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A target architecture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arch {
    /// linux/amd64, run natively.
    Amd64,
    /// linux/arm64, run under `qemu-aarch64`.
    Arm64,
}

impl Arch {
    /// Go's name for the architecture.
    pub fn name(self) -> &'static str {
        match self {
            Arch::Amd64 => "amd64",
            Arch::Arm64 => "arm64",
        }
    }
}

/// The compiler under test.
#[derive(Debug, Clone)]
pub enum Toolchain {
    /// gocl: `gocl build --arch ARCH -o BIN FILE`.
    Gocl(PathBuf),
    /// The reference Go toolchain: `go build -o BIN FILE`.
    Go(PathBuf),
}

/// Everything the environment configures.
#[derive(Debug)]
pub struct Config {
    /// The compiler under test.
    pub toolchain: Toolchain,
    /// Rewrite goldens instead of checking them (Go toolchain only).
    pub update: bool,
    /// Test names are shown relative to this directory.
    pub root: PathBuf,
    /// Directories to walk.
    pub dirs: Vec<PathBuf>,
    /// Architectures to test (errorcheck uses the first).
    pub arches: Vec<Arch>,
    /// `qemu-aarch64`, for arm64.
    pub qemu: Option<PathBuf>,
    /// Per-run timeout.
    pub timeout: Duration,
    /// Per-build timeout.
    pub build_timeout: Duration,
    /// Runs per binary.
    pub repeat: u32,
    /// Worker threads.
    pub jobs: usize,
    /// Path substring selecting tests.
    pub filter: Option<String>,
    /// Directory for the binaries.
    pub tmp: PathBuf,
    /// Report passes and skips too.
    pub verbose: bool,
    /// Keep `tmp` even when everything passed.
    pub keep: bool,
}

/// Whether the variable is set to something other than empty or `0`.
fn env_flag(name: &str) -> bool {
    env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

/// The variable parsed as a number (warns and ignores it if malformed).
fn env_num<T: std::str::FromStr>(name: &str) -> Option<T> {
    let v = env::var(name).ok()?;
    match v.trim().parse() {
        Ok(n) => Some(n),
        Err(_) => {
            eprintln!("warning: ignoring {name}={v:?}: not a number");
            None
        }
    }
}

/// Finds `prog` in `$PATH`.
fn which(prog: &str) -> Option<PathBuf> {
    env::split_paths(&env::var_os("PATH")?)
        .map(|d| d.join(prog))
        .find(|p| p.is_file())
}

/// The workspace directory (parent of the gocl package).
fn workspace() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// `$GOCL_GO`, else the workspace's `.venv-go/bin/go`, else `go` on `PATH`.
fn find_go() -> Option<PathBuf> {
    if let Some(p) = env::var_os("GOCL_GO") {
        return resolve_tool(Path::new(&p)).ok();
    }
    let venv = workspace().join(".venv-go/bin/go");
    if venv.is_file() {
        return Some(venv);
    }
    which("go")
}

/// Resolves `GOCL_TEST_DIR`: relative paths are tried against the current
/// directory (cargo runs tests in the package directory) and then against
/// the workspace root, so `GOCL_TEST_DIR=tests/run` works from either.
fn resolve_dir(d: &Path) -> Result<PathBuf, String> {
    if d.is_dir() {
        return Ok(d.to_path_buf());
    }
    let from_ws = workspace().join(d);
    if d.is_relative() && from_ws.is_dir() {
        return Ok(from_ws);
    }
    Err(format!("GOCL_TEST_DIR={}: no such directory", d.display()))
}

/// Resolves a tool path from the environment to an absolute path (tests
/// run in other directories): a bare name is looked up in `PATH`, a
/// relative path against the current directory and then the workspace root.
fn resolve_tool(p: &Path) -> Result<PathBuf, String> {
    let found = if p.components().count() == 1 && p.is_relative() {
        which(&p.to_string_lossy())
    } else if p.is_absolute() {
        Some(p.to_path_buf()).filter(|p| p.is_file())
    } else {
        [env::current_dir().ok(), Some(workspace())]
            .into_iter()
            .flatten()
            .map(|base| base.join(p))
            .find(|c| c.is_file())
    };
    found
        .and_then(|f| std::path::absolute(f).ok())
        .ok_or_else(|| format!("{}: no such program", p.display()))
}

/// Reads the configuration from the environment (see the crate docs).
pub fn from_env() -> Result<Config, String> {
    let update = env_flag("GOCL_TEST_UPDATE");
    let use_go = update || env_flag("GOCL_TEST_VERIFY_GO") || env::var_os("GOCL_GO").is_some();
    let toolchain = if use_go {
        Toolchain::Go(
            find_go().ok_or("GOCL_TEST_VERIFY_GO/UPDATE: no go toolchain found (set GOCL_GO)")?,
        )
    } else {
        let bin = match env::var_os("GOCL_BIN") {
            Some(p) => resolve_tool(Path::new(&p))?,
            None => PathBuf::from(env!("CARGO_BIN_EXE_gocl")),
        };
        Toolchain::Gocl(bin)
    };

    let tests_root = workspace().join("tests");
    let (root, dirs) = match env::var_os("GOCL_TEST_DIR") {
        Some(d) => {
            let d = resolve_dir(Path::new(&d))?;
            let in_tests = match (d.canonicalize(), tests_root.canonicalize()) {
                (Ok(a), Ok(b)) => a.starts_with(b),
                _ => false,
            };
            if update && !in_tests {
                return Err(
                    "GOCL_TEST_UPDATE only rewrites goldens under the workspace's tests/".into(),
                );
            }
            (d.clone(), vec![d])
        }
        None => {
            let dirs = ["run", "panic", "errorcheck", "concurrency"]
                .iter()
                .map(|d| tests_root.join(d))
                .collect();
            (tests_root, dirs)
        }
    };

    let qemu = which("qemu-aarch64");
    let arches = match env::var("GOCL_TEST_ARCH").ok().as_deref() {
        Some("amd64") => vec![Arch::Amd64],
        Some("arm64") => vec![Arch::Arm64],
        Some("both") => vec![Arch::Amd64, Arch::Arm64],
        Some(other) => {
            return Err(format!(
                "GOCL_TEST_ARCH={other:?}: want amd64, arm64 or both"
            ))
        }
        None if update || use_go => vec![Arch::Amd64],
        None if qemu.is_some() => vec![Arch::Amd64, Arch::Arm64],
        None => {
            println!("note: qemu-aarch64 is not on PATH; testing amd64 only");
            vec![Arch::Amd64]
        }
    };
    if arches.contains(&Arch::Arm64) && qemu.is_none() {
        return Err("arm64 tests need qemu-aarch64 on PATH".into());
    }
    let arches = if update { vec![Arch::Amd64] } else { arches };

    let timeout =
        Duration::from_secs_f64(env_num::<f64>("GOCL_TEST_TIMEOUT").unwrap_or(10.0).max(0.1));
    let filter = env::var("GOCL_TEST_FILTER")
        .ok()
        .filter(|f| !f.is_empty())
        .or_else(|| env::args().skip(1).find(|a| !a.starts_with('-')));
    let tmp_base = option_env!("CARGO_TARGET_TMPDIR")
        .map(PathBuf::from)
        .unwrap_or_else(env::temp_dir);
    Ok(Config {
        toolchain,
        update,
        root,
        dirs,
        arches,
        qemu,
        timeout,
        build_timeout: Duration::from_secs(120).max(timeout * 6),
        repeat: env_num("GOCL_TEST_REPEAT").unwrap_or(1u32).max(1),
        jobs: env_num("GOCL_TEST_JOBS").unwrap_or(2usize).max(1),
        filter,
        tmp: tmp_base.join(format!("gocl-golden-{}", std::process::id())),
        verbose: env_flag("GOCL_TEST_VERBOSE"),
        keep: env_flag("GOCL_TEST_KEEP"),
    })
}
