//! `gocl build -S`: the emitted assembly of each function with the Go source
//! line of each instruction, in the spirit of gc's `-S` listing.
//!
//! Cranelift's own disassembly (VCode text) carries no offsets, so the
//! listing is made from the finished object with the system's `objdump`
//! (binutils; `aarch64-linux-gnu-objdump` for arm64) and joined with the
//! source locations that Cranelift records per code range. Without objdump
//! the VCode text is printed instead, still headed by the function's source.

use std::fmt::Write as _;
use std::process::Command;

use cranelift_codegen::Context;

use crate::ssa::ir::Func;
use crate::syntax::source::SourceFile;
use crate::Arch;

/// What `-S` needs to know about one compiled function.
pub struct FuncAsm {
    pub name: String,
    /// Code size in bytes.
    pub size: u32,
    /// (start, end, source byte offset) ranges of the machine code.
    pub srclocs: Vec<(u32, u32, u32)>,
    /// Cranelift's VCode text, the fallback listing.
    pub vcode: String,
    pub file: u32,
    pub pos: u32,
}

/// Collects a function's listing data right after it was compiled.
pub fn collect(f: &Func, ctx: &Context) -> FuncAsm {
    let cc = ctx.compiled_code().expect("compiled");
    let srclocs = cc
        .buffer
        .get_srclocs_sorted()
        .iter()
        .map(|s| (s.start, s.end, s.loc.bits()))
        .collect();
    FuncAsm {
        name: f.name.clone(),
        size: cc.buffer.data().len() as u32,
        srclocs,
        vcode: cc.vcode.clone().unwrap_or_default(),
        file: f.file,
        pos: f.pos,
    }
}

fn location(files: &[SourceFile], file: u32, pos: u32) -> (String, u32) {
    match files.get(file as usize) {
        Some(sf) => {
            let (line, _) = sf.line_col(pos);
            let name = sf.name.rsplit('/').next().unwrap_or(&sf.name).to_string();
            (name, line)
        }
        None => ("?".to_string(), 0),
    }
}

/// Renders the listing of all functions from the finished object.
pub fn render(object: &[u8], arch: Arch, funcs: &[FuncAsm], files: &[SourceFile]) -> String {
    let dis = objdump(object, arch);
    let mut out = String::new();
    for f in funcs {
        let (fname, line) = location(files, f.file, f.pos);
        let _ = writeln!(out, "{} STEXT size={} ({}:{})", f.name, f.size, fname, line);
        match dis
            .as_ref()
            .and_then(|d| d.iter().find(|(n, _)| *n == f.name))
        {
            Some((_, insts)) => {
                // The prologue (frame set-up, stack check) has no source
                // location of its own: gc shows the function's line.
                let mut last_line = line;
                for (off, text) in insts {
                    let src = f
                        .srclocs
                        .iter()
                        .find(|(s, e, _)| *s <= *off && *off < *e)
                        .map(|x| x.2)
                        .filter(|&p| p != u32::MAX);
                    let l = src
                        .map(|p| location(files, f.file, p).1)
                        .unwrap_or(last_line);
                    if l != 0 {
                        last_line = l;
                    }
                    let _ = writeln!(out, "\t{:#06x} {:05} ({}:{})\t{}", off, off, fname, l, text);
                }
            }
            None => {
                for l in f.vcode.lines() {
                    let _ = writeln!(out, "\t{}", l);
                }
            }
        }
    }
    out
}

/// One function's disassembly: its name and (offset, instruction) pairs.
type Disassembly = (String, Vec<(u32, String)>);

/// Disassembles the object's functions.
fn objdump(object: &[u8], arch: Arch) -> Option<Vec<Disassembly>> {
    let dir = std::env::temp_dir().join(format!("gocl-S-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join("main.o");
    std::fs::write(&path, object).ok()?;
    let tools: &[&str] = match arch {
        Arch::Amd64 => &["objdump", "x86_64-linux-gnu-objdump", "llvm-objdump"],
        Arch::Arm64 => &["aarch64-linux-gnu-objdump", "llvm-objdump"],
    };
    let mut text = None;
    for t in tools {
        if let Ok(o) = Command::new(t)
            .args(["-d", "--no-show-raw-insn", "-r"])
            .arg(&path)
            .output()
        {
            if o.status.success() {
                text = Some(String::from_utf8_lossy(&o.stdout).into_owned());
                break;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    let text = text?;
    let mut funcs: Vec<Disassembly> = Vec::new();
    for line in text.lines() {
        // "0000000000000000 <main.main>:"
        if let Some(rest) = line.strip_suffix(">:") {
            if let Some((_, name)) = rest.split_once(" <") {
                funcs.push((name.to_string(), Vec::new()));
                continue;
            }
        }
        let Some(cur) = funcs.last_mut() else {
            continue;
        };
        let t = line.trim_start();
        if let Some((addr, ins)) = t.split_once(':') {
            if let Ok(off) = u32::from_str_radix(addr.trim(), 16) {
                let ins = ins.trim();
                if ins.is_empty() {
                    continue;
                }
                if ins.starts_with("R_") {
                    // A relocation line: attach it to the instruction.
                    if let Some(last) = cur.1.last_mut() {
                        last.1.push_str("\t; ");
                        last.1.push_str(ins);
                    }
                    continue;
                }
                cur.1
                    .push((off, ins.split_whitespace().collect::<Vec<_>>().join(" ")));
            }
        } else if t.starts_with("R_") {
            if let Some(last) = cur.1.last_mut() {
                last.1.push_str("\t; ");
                last.1.push_str(t);
            }
        }
    }
    Some(funcs)
}
