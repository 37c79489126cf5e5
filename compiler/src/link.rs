//! Linking: the compiled object and the embedded runtime archive become one
//! static ELF executable through a linker found on the machine.
//!
//! Search order: `$GOCL_LINKER`, then `ld.lld` (handles both arches), then
//! `rust-lld` from the Rust toolchain, then the GNU linker for the target
//! (`ld` on a matching host, `aarch64-linux-gnu-ld` for arm64).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Arch;

/// A linker command: program and arguments that select the GNU flavour.
struct Linker {
    program: PathBuf,
    prefix: Vec<String>,
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn rust_lld() -> Option<PathBuf> {
    let out = Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let root = String::from_utf8(out.stdout).ok()?;
    let host = if cfg!(target_arch = "aarch64") {
        "aarch64-unknown-linux-gnu"
    } else {
        "x86_64-unknown-linux-gnu"
    };
    let p = Path::new(root.trim())
        .join("lib/rustlib")
        .join(host)
        .join("bin/rust-lld");
    p.is_file().then_some(p)
}

fn find_linker(arch: Arch) -> Result<Linker, String> {
    if let Some(l) = std::env::var_os("GOCL_LINKER") {
        return Ok(Linker {
            program: PathBuf::from(l),
            prefix: Vec::new(),
        });
    }
    if let Some(p) = on_path("ld.lld") {
        return Ok(Linker {
            program: p,
            prefix: Vec::new(),
        });
    }
    if let Some(p) = rust_lld() {
        return Ok(Linker {
            program: p,
            prefix: vec!["-flavor".into(), "gnu".into()],
        });
    }
    let host_matches = match arch {
        Arch::Amd64 => cfg!(target_arch = "x86_64"),
        Arch::Arm64 => cfg!(target_arch = "aarch64"),
    };
    let gnu = match arch {
        Arch::Amd64 => "x86_64-linux-gnu-ld",
        Arch::Arm64 => "aarch64-linux-gnu-ld",
    };
    if let Some(p) = on_path(gnu) {
        return Ok(Linker {
            program: p,
            prefix: Vec::new(),
        });
    }
    if host_matches {
        if let Some(p) = on_path("ld") {
            return Ok(Linker {
                program: p,
                prefix: Vec::new(),
            });
        }
    }
    Err(format!(
        "no linker for linux/{} found: install lld (ld.lld) or binutils-{}-linux-gnu, or set GOCL_LINKER",
        arch.name(),
        if arch == Arch::Amd64 { "x86-64" } else { "aarch64" }
    ))
}

/// Links `object` with the runtime for `arch` into the executable `out`.
pub fn link(object: &[u8], arch: Arch, out: &Path) -> Result<(), String> {
    let linker = find_linker(arch)?;
    let dir = std::env::temp_dir().join(format!(
        "gocl-link-{}-{}",
        std::process::id(),
        out.file_name().and_then(|s| s.to_str()).unwrap_or("a")
    ));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {}", dir.display(), e))?;
    let obj = dir.join("main.o");
    let rt = dir.join("libgocl_runtime.a");
    let write =
        |p: &Path, d: &[u8]| std::fs::write(p, d).map_err(|e| format!("{}: {}", p.display(), e));
    write(&obj, object)?;
    write(
        &rt,
        match arch {
            Arch::Amd64 => crate::embedded::RUNTIME_AMD64,
            Arch::Arm64 => crate::embedded::RUNTIME_ARM64,
        },
    )?;
    let emulation = match arch {
        Arch::Amd64 => "elf_x86_64",
        Arch::Arm64 => "aarch64linux",
    };
    let result = Command::new(&linker.program)
        .args(&linker.prefix)
        .args(["-static", "-m", emulation, "-e", "_start", "--gc-sections"])
        // GOCL_KEEP_DEBUG=1 keeps the runtime's line tables, for profiling
        // it with perf.
        .args(
            std::env::var_os("GOCL_KEEP_DEBUG")
                .is_none()
                .then_some("--strip-debug"),
        )
        .arg("-o")
        .arg(out)
        .arg(&obj)
        .arg(&rt)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    let o = result.map_err(|e| format!("running {}: {}", linker.program.display(), e))?;
    if !o.status.success() {
        return Err(format!(
            "link failed ({}):\n{}",
            linker.program.display(),
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(())
}
