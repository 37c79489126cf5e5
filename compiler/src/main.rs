//! `gocl`: an ahead-of-time compiler for Go, built on Cranelift. This file
//! is the command line; the compiler itself is the `gocl` library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use gocl::{driver, Arch};

#[derive(Parser)]
#[command(
    name = "gocl",
    version,
    about = "An ahead-of-time compiler for Go, built on Cranelift"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile packages and dependencies into a static executable.
    Build {
        #[command(flatten)]
        flags: BuildFlags,
        /// Output file (default: the package directory's or first file's name).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        /// Go files, or one directory (default: the current directory).
        inputs: Vec<PathBuf>,
    },
    /// Compile and run a Go program.
    Run {
        #[command(flatten)]
        flags: BuildFlags,
        /// The Go files, then the program's arguments.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print gocl's version.
    Version,
}

/// Flags shared by `build` and `run`.
#[derive(Args, Clone)]
struct BuildFlags {
    /// Target architecture: amd64 or arm64 (default: $GOARCH, else the host).
    #[arg(long)]
    arch: Option<String>,
    /// Print the assembly of each function with its Go source lines.
    #[arg(short = 'S')]
    asm: bool,
    /// Print optimization decisions (escape analysis, inlining).
    #[arg(short = 'm')]
    decisions: bool,
    /// Debug dumps: `ssa` prints each function's SSA.
    #[arg(short = 'd')]
    debug: Vec<String>,
}

impl BuildFlags {
    fn to_driver(&self) -> driver::Flags {
        driver::Flags {
            asm: self.asm,
            decisions: self.decisions,
            debug: self.debug.clone(),
        }
    }
}

/// Rewrites the go tool's spellings (`-gcflags=-S`, `-gcflags "-m -S"`)
/// into gocl's own flags.
fn normalize_args(args: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = args.into_iter().peekable();
    let mut in_run_args = false;
    while let Some(a) = it.next() {
        if in_run_args {
            out.push(a);
            continue;
        }
        let value = if let Some(v) = a
            .strip_prefix("-gcflags=")
            .or_else(|| a.strip_prefix("--gcflags="))
        {
            Some(v.to_string())
        } else if a == "-gcflags" || a == "--gcflags" {
            it.next()
        } else {
            if a.ends_with(".go") && out.get(1).map(|s: &String| s == "run").unwrap_or(false) {
                // Program arguments after the files of `gocl run` stay as they are.
                out.push(a);
                while let Some(n) = it.peek() {
                    if n.ends_with(".go") {
                        out.push(it.next().unwrap_or_default());
                    } else {
                        break;
                    }
                }
                in_run_args = true;
                continue;
            }
            out.push(a);
            continue;
        };
        if let Some(v) = value {
            let v = v.trim_start_matches("all=");
            for f in v.split_whitespace() {
                out.push(f.to_string());
            }
        }
    }
    out
}

fn main() -> ExitCode {
    let args = normalize_args(std::env::args().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    // A bug in gocl must still end in a one-line message and a clean exit
    // status, not a Rust backtrace.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("gocl: internal compiler error{}: {}", at, msg);
    }));
    // The front end recurses over the syntax tree: give it room.
    let worker = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || run_cli(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(3),
    }
}

fn run_cli(cli: Cli) -> ExitCode {
    match cli.cmd {
        Cmd::Version => {
            println!(
                "gocl version {} (go1.27 language) linux/{}",
                env!("CARGO_PKG_VERSION"),
                Arch::host().name()
            );
            ExitCode::SUCCESS
        }
        Cmd::Build {
            flags,
            output,
            inputs,
        } => {
            let arch = match target_arch(&flags) {
                Ok(a) => a,
                Err(e) => return fail(&e),
            };
            match driver::build(&inputs, output.as_deref(), arch, &flags.to_driver()) {
                Ok(_) => ExitCode::SUCCESS,
                Err(driver::Error::Compile) => ExitCode::from(1),
                Err(driver::Error::Other(e)) => fail(&e),
            }
        }
        Cmd::Run { flags, args } => {
            let arch = match target_arch(&flags) {
                Ok(a) => a,
                Err(e) => return fail(&e),
            };
            let n = args.iter().take_while(|a| a.ends_with(".go")).count();
            if n == 0 {
                return fail("go run: no go files listed");
            }
            let files: Vec<PathBuf> = args[..n].iter().map(PathBuf::from).collect();
            driver::run(&files, &args[n..], arch, &flags.to_driver())
        }
    }
}

fn target_arch(flags: &BuildFlags) -> Result<Arch, String> {
    if let Some(a) = &flags.arch {
        return Arch::parse(a);
    }
    match std::env::var("GOARCH") {
        Ok(a) if !a.is_empty() => Arch::parse(&a),
        _ => Ok(Arch::host()),
    }
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("gocl: {}", msg);
    ExitCode::from(1)
}
