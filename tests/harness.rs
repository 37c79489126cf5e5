//! The golden test harness for gocl (`cargo test --release -p gocl --test golden`).
//!
//! It compiles every Go test program with gocl, runs it (natively for
//! amd64, under `qemu-aarch64` for arm64) and checks the result the way
//! Go's own `test/` runner does:
//!
//! * `// run`: exit status 0 and combined stdout+stderr equal to `NAME.out`
//!   (or empty when there is no golden file).
//! * panic tests (`// run` files in a directory named `panic`, or whose
//!   golden's last line starts with `goroutine ` or `fatal error:`): exit
//!   status 2 and the output starts with the golden's lines.
//! * `// errorcheck`: the compiler fails with status 1 and its
//!   `file:line:col: msg` errors match the `// ERROR "regexp"` annotations
//!   exactly (every annotation matched, every error annotated).
//! * any other recipe is skipped.
//!
//! By default it runs `tests/run`, `tests/panic` and `tests/errorcheck`.
//! Environment knobs (all optional):
//!
//! | variable | meaning |
//! | --- | --- |
//! | `GOCL_TEST_DIR=dir` | run every `*.go` under `dir` instead (e.g. Go's `test/`) |
//! | `GOCL_TEST_ARCH` | `amd64`, `arm64` or `both` (default: both if `qemu-aarch64` is on PATH) |
//! | `GOCL_TEST_FILTER=s` | only tests whose path contains `s` (also the first CLI argument) |
//! | `GOCL_TEST_JOBS=n` | worker threads (default 2) |
//! | `GOCL_TEST_TIMEOUT=secs` | per-run timeout (default 10; arm64 runs under qemu get three times it) |
//! | `GOCL_TEST_REPEAT=n` | run each binary n times |
//! | `GOCL_TEST_VERIFY_GO=1` / `GOCL_GO=path` | check the goldens with `go` instead of gocl |
//! | `GOCL_TEST_UPDATE=1` | rewrite the goldens of `tests/run` and `tests/panic` with `go` |
//! | `GOCL_TEST_VERBOSE=1` | print every result, not only failures |
//! | `GOCL_TEST_KEEP=1` | keep the temporary directory with the binaries |
//! | `GOCL_BIN=path` | use this gocl instead of the one cargo built |
//!
//! The environment is passed through to the test programs, so for example
//! `GOGC=1 cargo test ...` reaches them.

#[path = "harness/check.rs"]
mod check;
#[path = "harness/config.rs"]
mod config;
#[path = "harness/directive.rs"]
mod directive;
#[path = "harness/exec.rs"]
mod exec;
#[path = "harness/regex.rs"]
mod regex;
#[path = "harness/runner.rs"]
mod runner;

use std::collections::{BTreeMap, VecDeque};
use std::fs;
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::Instant;

use config::{Arch, Toolchain};
use runner::{Job, Kind, Verdict};

/// The result of one job (or of a test skipped before running).
#[derive(Debug)]
struct Outcome {
    test: usize,
    arch: Option<Arch>,
    verdict: Verdict,
}

/// Per-directory counters.
#[derive(Debug, Default)]
struct Counts {
    pass: usize,
    fail: usize,
    skip: usize,
}

fn main() {
    let started = Instant::now();
    let mut self_failures = Vec::new();
    for (module, fails) in [
        ("regex", regex::self_test()),
        ("directive", directive::self_test()),
        ("check", check::self_test()),
    ] {
        for f in fails {
            self_failures.push(format!("harness self-test ({module}): {f}"));
        }
    }
    for f in &self_failures {
        println!("FAIL {f}");
    }

    let cfg = match config::from_env() {
        Ok(c) => c,
        Err(e) => {
            println!("error: {e}");
            println!("0 passed, 1 failed");
            std::process::exit(1);
        }
    };
    if let Err(e) = fs::create_dir_all(&cfg.tmp) {
        println!("error: cannot create {}: {e}", cfg.tmp.display());
        println!("0 passed, 1 failed");
        std::process::exit(1);
    }
    let tests = runner::discover(&cfg);
    let tool = match &cfg.toolchain {
        Toolchain::Gocl(p) => format!("gocl {}", p.display()),
        Toolchain::Go(p) => format!(
            "go {}{}",
            p.display(),
            if cfg.update {
                " (updating goldens)"
            } else {
                ""
            }
        ),
    };
    let arch_names: Vec<&str> = cfg.arches.iter().map(|a| a.name()).collect();
    println!(
        "golden: {} test files under {} with {tool}; arch {}; {} jobs",
        tests.len(),
        cfg.root.display(),
        arch_names.join("+"),
        cfg.jobs
    );

    if tests.is_empty() {
        println!("note: no test files matched (check GOCL_TEST_DIR and GOCL_TEST_FILTER)");
    }

    // Expand tests into jobs.
    let mut jobs = VecDeque::new();
    let mut outcomes = Vec::new();
    let mut next_id = 0;
    for (i, t) in tests.iter().enumerate() {
        match &t.kind {
            Kind::Skip(why) => outcomes.push(Outcome {
                test: i,
                arch: None,
                verdict: Verdict::Skip(why.clone()),
            }),
            Kind::ErrorCheck if cfg.update => {}
            Kind::ErrorCheck | Kind::Run { .. } => {
                let arches = if matches!(t.kind, Kind::ErrorCheck) {
                    &cfg.arches[..1]
                } else {
                    &cfg.arches[..]
                };
                for &arch in arches {
                    if let Some(b) = &t.build {
                        if !directive::build_ok(b, arch.name()) {
                            outcomes.push(Outcome {
                                test: i,
                                arch: Some(arch),
                                verdict: Verdict::Skip(format!("//go:build {b}")),
                            });
                            continue;
                        }
                    }
                    next_id += 1;
                    jobs.push_back(Job {
                        test: i,
                        arch,
                        id: next_id,
                    });
                }
            }
        }
    }

    if cfg.verbose {
        for o in &outcomes {
            if let Verdict::Skip(why) = &o.verdict {
                let arch = o
                    .arch
                    .map(|a| format!(" [{}]", a.name()))
                    .unwrap_or_default();
                println!("skip {}{arch}: {why}", tests[o.test].name);
            }
        }
    }

    let queue = Mutex::new(jobs);
    let (tx, rx) = mpsc::channel::<Outcome>();
    thread::scope(|s| {
        for w in 0..cfg.jobs {
            let tx = tx.clone();
            let (queue, cfg, tests) = (&queue, &cfg, &tests);
            thread::Builder::new()
                .name(format!("golden-worker-{w}"))
                .stack_size(64 << 20)
                .spawn_scoped(s, move || loop {
                    let job = queue.lock().map(|mut q| q.pop_front()).unwrap_or(None);
                    let Some(job) = job else { break };
                    let verdict = runner::run_job(cfg, &tests[job.test], job);
                    let _ = tx.send(Outcome {
                        test: job.test,
                        arch: Some(job.arch),
                        verdict,
                    });
                })
                .expect("spawning a worker thread");
        }
        drop(tx);
        for o in rx {
            let t = &tests[o.test];
            let arch = o
                .arch
                .map(|a| format!(" [{}]", a.name()))
                .unwrap_or_default();
            match &o.verdict {
                Verdict::Fail(msg) => {
                    println!(
                        "FAIL {}{arch}: {}",
                        t.name,
                        msg.lines().next().unwrap_or("")
                    );
                }
                Verdict::Pass if cfg.verbose => println!("ok   {}{arch}", t.name),
                Verdict::Skip(why) if cfg.verbose => println!("skip {}{arch}: {why}", t.name),
                _ => {}
            }
            outcomes.push(o);
        }
    });

    // Report.
    outcomes.sort_by(|a, b| (&tests[a.test].name, a.arch).cmp(&(&tests[b.test].name, b.arch)));
    let mut per_dir: BTreeMap<(String, String), Counts> = BTreeMap::new();
    let (mut pass, mut fail, mut skip) = (0, 0, 0);
    let mut report = Vec::new();
    for o in &outcomes {
        let t = &tests[o.test];
        let arch = o.arch.map_or("-", Arch::name).to_string();
        let c = per_dir.entry((t.dir.clone(), arch.clone())).or_default();
        match &o.verdict {
            Verdict::Pass => {
                pass += 1;
                c.pass += 1;
            }
            Verdict::Skip(_) => {
                skip += 1;
                c.skip += 1;
            }
            Verdict::Fail(msg) => {
                fail += 1;
                c.fail += 1;
                report.push(format!("--- FAIL {} [{arch}]: {msg}", t.name));
            }
        }
    }
    if !report.is_empty() {
        println!("\nfailures:");
        for r in &report {
            println!("{r}");
        }
    }
    println!("\nper directory:");
    for ((dir, arch), c) in &per_dir {
        println!(
            "  {dir:<24} {arch:<6} {:>5} passed {:>5} failed {:>5} skipped",
            c.pass, c.fail, c.skip
        );
    }
    fail += self_failures.len();
    if fail > 0 || cfg.keep {
        println!("binaries kept in {}", cfg.tmp.display());
    } else {
        let _ = fs::remove_dir_all(&cfg.tmp);
    }
    println!("time: {:.1}s", started.elapsed().as_secs_f64());
    if skip > 0 {
        println!("{pass} passed, {fail} failed, {skip} skipped");
    } else {
        println!("{pass} passed, {fail} failed");
    }
    if fail > 0 {
        std::process::exit(1);
    }
}
