//! Tracebacks: the Go frames of the running goroutine, as gc prints them
//! after `goroutine N [running]:` (abi.md section 11).
//!
//! Every frame keeps a frame record (compiled Go code preserves frame
//! pointers, and the runtime is built with them), so the chain from the
//! current frame pointer leads through the runtime's frames into the Go
//! frames, up to the goroutine's first frame, whose saved frame pointer
//! is 0. Return addresses are looked up in the compiler's `go:functab`.

use crate::buf::Buf;
use crate::print::Sink;

/// One entry of `go:functab` (64 bytes).
#[repr(C)]
struct Entry {
    code: u64,
    size: u64,
    name_ptr: *const u8,
    name_len: u64,
    file_ptr: *const u8,
    file_len: u64,
    lines: *const u32,
    nlines_flags: u64,
}

#[cfg(not(test))]
extern "C" {
    #[link_name = "go:functab"]
    static FUNCTAB: u64;
}

/// The entries of the function table.
#[cfg(not(test))]
fn entries() -> &'static [Entry] {
    // SAFETY: the compiler emits `go:functab` as a count followed by that
    // many entries.
    unsafe {
        let base = core::ptr::addr_of!(FUNCTAB);
        let n = *base as usize;
        core::slice::from_raw_parts(base.add(1) as *const Entry, n)
    }
}

#[cfg(test)]
fn entries() -> &'static [Entry] {
    &[]
}

/// The caller's frame pointer.
#[inline(always)]
fn frame_pointer() -> usize {
    let fp: usize;
    // SAFETY: reads a register.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!("mov {}, rbp", out(reg) fp)
    };
    // SAFETY: reads a register.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!("mov {}, x29", out(reg) fp)
    };
    fp
}

fn bytes(p: *const u8, n: u64) -> &'static [u8] {
    if p.is_null() {
        return &[];
    }
    // SAFETY: compiler-emitted read-only strings.
    unsafe { core::slice::from_raw_parts(p, n as usize) }
}

/// Prints the Go frames above the caller, newest first.
#[inline(never)]
pub fn print<S: Sink>(out: &mut S) {
    let table = entries();
    let mut fp = frame_pointer();
    for _ in 0..100 {
        if fp == 0 || fp % 8 != 0 {
            break;
        }
        // SAFETY: `fp` is a frame record: saved frame pointer, then the
        // return address.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if ret == 0 {
            break;
        }
        let pc = ret as u64 - 1;
        if let Some(e) = table.iter().find(|e| pc >= e.code && pc < e.code + e.size) {
            let off = (pc - e.code) as u32;
            let n = (e.nlines_flags & 0xffff_ffff) as usize;
            // SAFETY: `lines` holds `n` (offset, line) pairs.
            let pairs = unsafe { core::slice::from_raw_parts(e.lines, 2 * n) };
            let mut line = pairs.get(1).copied().unwrap_or(0);
            for k in 0..n {
                if pairs[2 * k] <= off {
                    line = pairs[2 * k + 1];
                }
            }
            let mut b = Buf::<512>::new();
            b.extend(bytes(e.name_ptr, e.name_len));
            b.extend(if e.nlines_flags >> 32 != 0 {
                b"(...)\n\t"
            } else {
                b"()\n\t"
            });
            b.extend(bytes(e.file_ptr, e.file_len));
            b.extend(b":");
            b.push_u64(line as u64);
            b.extend(b" +");
            b.push_hex(ret as u64 - e.code);
            b.extend(b"\n");
            out.put(b.as_bytes());
        }
        if next <= fp {
            break;
        }
        fp = next;
    }
}
