//! Discovering test files and running one test job: build, run and
//! compare, or build and errorcheck.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::check;
use crate::config::{Arch, Config, Toolchain};
use crate::directive::{self, Recipe};
use crate::exec::{self, Status};

/// What a test file expects.
#[derive(Debug, Clone)]
pub enum Kind {
    /// Run it and compare the output with the golden (`None`: empty).
    Run {
        /// `NAME.out`, if present.
        golden: Option<PathBuf>,
        /// Expect exit status 2 and compare only a prefix.
        panic: bool,
    },
    /// Compile it and match the errors against `// ERROR` annotations.
    ErrorCheck,
    /// Not run, with the reason.
    Skip(String),
}

/// One test file.
#[derive(Debug)]
pub struct Test {
    /// The file.
    pub path: PathBuf,
    /// Path relative to the root, for display.
    pub name: String,
    /// Directory relative to the root, for per-directory counts.
    pub dir: String,
    /// What to do with it.
    pub kind: Kind,
    /// Its `//go:build` expression.
    pub build: Option<String>,
}

/// One unit of work: a test on one architecture.
#[derive(Debug, Clone, Copy)]
pub struct Job {
    /// Index into the test list.
    pub test: usize,
    /// Target.
    pub arch: Arch,
    /// Unique number, for the binary's name.
    pub id: usize,
}

/// The verdict for one job.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// The test passed.
    Pass,
    /// The test failed; the message explains how.
    Fail(String),
    /// The test was not run, for this reason.
    Skip(String),
}

/// Collects the `*.go` files under `dir`, skipping `*.dir` helper
/// directories, `testdata` and hidden directories.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if !(name.starts_with('.') || name.ends_with(".dir") || name == "testdata") {
                walk(&p, out);
            }
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}

/// Finds and classifies the test files selected by `cfg`.
pub fn discover(cfg: &Config) -> Vec<Test> {
    let mut files = Vec::new();
    for d in &cfg.dirs {
        walk(d, &mut files);
    }
    files.sort();
    let mut tests = Vec::new();
    for path in files {
        if let Some(f) = &cfg.filter {
            if !path.to_string_lossy().contains(f.as_str()) {
                continue;
            }
        }
        let rel = path.strip_prefix(&cfg.root).unwrap_or(&path);
        let name = rel.to_string_lossy().into_owned();
        let dir = rel
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| ".".into());
        let (kind, build) = match fs::read(&path) {
            Err(e) => (Kind::Skip(format!("unreadable: {e}")), None),
            Ok(bytes) => {
                let src = String::from_utf8_lossy(&bytes);
                let header = directive::parse_header(&src);
                let kind = match header.recipe {
                    Recipe::Run => {
                        let golden = path.with_extension("out");
                        let in_panic_dir = path
                            .parent()
                            .and_then(|p| p.file_name())
                            .is_some_and(|n| n == "panic");
                        let golden_panic =
                            fs::read_to_string(&golden).is_ok_and(|g| check::golden_is_panic(&g));
                        Kind::Run {
                            golden: golden.is_file().then_some(golden),
                            panic: in_panic_dir || golden_panic,
                        }
                    }
                    Recipe::ErrorCheck => Kind::ErrorCheck,
                    Recipe::Skip(why) => Kind::Skip(why),
                };
                (kind, header.build)
            }
        };
        tests.push(Test {
            path,
            name,
            dir,
            kind,
            build,
        });
    }
    tests
}

/// The last component of `p`.
fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The first `max` lines of `s`, indented, for failure reports.
fn excerpt(s: &str, max: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let mut out: Vec<String> = lines
        .iter()
        .take(max)
        .map(|l| format!("      | {l}"))
        .collect();
    if lines.len() > max {
        out.push(format!("      | ... ({} more lines)", lines.len() - max));
    }
    out.join("\n")
}

/// The command that compiles `test` for `arch` into `bin`.
fn build_command(cfg: &Config, test: &Test, arch: Arch, bin: &Path, errorcheck: bool) -> Command {
    let dir = test.path.parent().unwrap_or(Path::new("."));
    let file = file_name(&test.path);
    let mut cmd;
    match &cfg.toolchain {
        Toolchain::Gocl(gocl) => {
            cmd = Command::new(gocl);
            // The architecture is always explicit: gocl would otherwise
            // follow $GOARCH from the environment.
            cmd.args(["build", "--arch", arch.name(), "-o"])
                .arg(bin)
                .arg(&file);
        }
        Toolchain::Go(go) => {
            cmd = Command::new(go);
            cmd.arg("build");
            if errorcheck {
                cmd.arg("-gcflags=-e");
            }
            cmd.arg("-o").arg(bin).arg(&file);
            cmd.env("GOARCH", arch.name())
                .env("GOOS", "linux")
                .env("GOTOOLCHAIN", "local");
        }
    }
    cmd.current_dir(dir);
    cmd
}

/// Runs one job and returns its verdict; removes the binary unless it failed.
pub fn run_job(cfg: &Config, test: &Test, job: Job) -> Verdict {
    let bin = cfg.tmp.join(format!(
        "{}-{}-{}",
        test.path
            .file_stem()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default(),
        job.arch.name(),
        job.id
    ));
    let verdict = match &test.kind {
        Kind::Skip(why) => Verdict::Skip(why.clone()),
        Kind::ErrorCheck => errorcheck_job(cfg, test, job.arch, &bin),
        Kind::Run { golden, panic } => {
            run_test_job(cfg, test, job.arch, &bin, golden.as_deref(), *panic)
        }
    };
    if matches!(verdict, Verdict::Pass | Verdict::Skip(_)) {
        let _ = fs::remove_file(&bin);
    }
    verdict
}

/// Compiles an errorcheck test and matches the errors with its annotations.
fn errorcheck_job(cfg: &Config, test: &Test, arch: Arch, bin: &Path) -> Verdict {
    let src = match fs::read_to_string(&test.path) {
        Ok(s) => s,
        Err(e) => return Verdict::Fail(format!("cannot read: {e}")),
    };
    let short = file_name(&test.path);
    let want = match directive::wanted_errors(&src, &short) {
        Ok(w) => w,
        Err(e) => return Verdict::Fail(e),
    };
    let out_bin = match cfg.toolchain {
        Toolchain::Go(_) => PathBuf::from("/dev/null"),
        Toolchain::Gocl(_) => bin.to_path_buf(),
    };
    let cmd = build_command(cfg, test, arch, &out_bin, true);
    let out = match exec::run(cmd, cfg.build_timeout) {
        Ok(o) => o,
        Err(e) => return Verdict::Fail(format!("cannot start the compiler: {e}")),
    };
    let text = out.text();
    if out.status != Status::Exited(1) {
        return Verdict::Fail(format!(
            "compiler: expected exit status 1, got {}\n{}",
            out.status,
            excerpt(&text, 12)
        ));
    }
    let problems = check::errorcheck(&text, &short, &want);
    if problems.is_empty() {
        Verdict::Pass
    } else {
        let body: Vec<String> = problems.iter().map(|p| excerpt(p, 6)).collect();
        Verdict::Fail(format!("errorcheck mismatch:\n{}", body.join("\n")))
    }
}

/// Builds and runs a run or panic test and compares the result.
fn run_test_job(
    cfg: &Config,
    test: &Test,
    arch: Arch,
    bin: &Path,
    golden: Option<&Path>,
    panic: bool,
) -> Verdict {
    let built = match exec::run(
        build_command(cfg, test, arch, bin, false),
        cfg.build_timeout,
    ) {
        Ok(o) => o,
        Err(e) => return Verdict::Fail(format!("cannot start the compiler: {e}")),
    };
    if built.status != Status::Exited(0) {
        return Verdict::Fail(format!(
            "build failed ({})\n{}",
            built.status,
            excerpt(&built.text(), 12)
        ));
    }
    let want = match golden.map(fs::read).transpose() {
        Ok(w) => w.unwrap_or_default(),
        Err(e) => return Verdict::Fail(format!("cannot read golden: {e}")),
    };
    let runs = if cfg.update { 1 } else { cfg.repeat };
    for round in 0..runs {
        // qemu-aarch64 emulates: a program that collects often runs
        // about thirty times slower under it than natively, so arm64 runs
        // get three times the timeout.
        let (mut cmd, timeout) = match arch {
            Arch::Amd64 => (Command::new(bin), cfg.timeout),
            Arch::Arm64 => {
                let mut c = Command::new(cfg.qemu.as_deref().unwrap_or(Path::new("qemu-aarch64")));
                c.arg(bin);
                (c, cfg.timeout * 3)
            }
        };
        cmd.current_dir(test.path.parent().unwrap_or(Path::new(".")));
        let out = match exec::run(cmd, timeout) {
            Ok(o) => o,
            Err(e) => return Verdict::Fail(format!("cannot run the binary: {e}")),
        };
        let what = if runs > 1 {
            format!(" (run {} of {runs})", round + 1)
        } else {
            String::new()
        };
        if cfg.update {
            return update_golden(test, golden, panic, &out);
        }
        let want_status = if panic { 2 } else { 0 };
        let compared = if panic {
            check::compare_prefix(&String::from_utf8_lossy(&want), &out.bytes)
        } else {
            check::compare_exact(&want, &out.bytes)
        };
        match (out.status == Status::Exited(want_status), compared) {
            (true, Ok(())) => {}
            (status_ok, diff) => {
                let mut msg = String::new();
                if !status_ok {
                    msg.push_str(&format!(
                        "expected exit status {want_status}, got {}{what}",
                        out.status
                    ));
                }
                if let Err(d) = diff {
                    if !msg.is_empty() {
                        msg.push('\n');
                    }
                    msg.push_str(&format!("output mismatch{what}: {d}"));
                }
                if !status_ok && out.status != Status::TimedOut {
                    let text = out.text();
                    let tail: Vec<&str> = text.lines().rev().take(8).collect();
                    let tail: Vec<&str> = tail.into_iter().rev().collect();
                    msg.push_str(&format!(
                        "\n    last lines of output:\n{}",
                        excerpt(&tail.join("\n"), 8)
                    ));
                }
                return Verdict::Fail(msg);
            }
        }
    }
    Verdict::Pass
}

/// Writes the golden of a run or panic test from the Go toolchain's run.
fn update_golden(test: &Test, golden: Option<&Path>, panic: bool, out: &exec::Output) -> Verdict {
    let text = out.text();
    let content = if panic {
        if out.status != Status::Exited(2) {
            return Verdict::Fail(format!(
                "panic test: expected exit status 2, got {}",
                out.status
            ));
        }
        check::cut_panic_output(&text)
    } else {
        if out.status != Status::Exited(0) {
            return Verdict::Fail(format!(
                "expected exit status 0, got {}\n{}",
                out.status,
                excerpt(&text, 12)
            ));
        }
        text
    };
    let path = golden
        .map(Path::to_path_buf)
        .unwrap_or_else(|| test.path.with_extension("out"));
    if fs::read_to_string(&path).ok().as_deref() == Some(content.as_str()) {
        return Verdict::Pass;
    }
    match fs::write(&path, content) {
        Ok(()) => {
            println!("updated {}", path.display());
            Verdict::Pass
        }
        Err(e) => Verdict::Fail(format!("cannot write {}: {e}", path.display())),
    }
}
