//! Goroutines: the `G` object, the main goroutine and its stack.
//!
//! Today there is one goroutine, `goroutine 1`, running `main.main` on a
//! 1 GiB stack reserved with `mmap(MAP_NORESERVE)` (gc's maximum stack size;
//! the kernel commits pages only as the stack grows into them). Its
//! `stackguard0` sits [`STACK_GUARD`] bytes above the bottom, so the prologue
//! check of every Go function (abi.md section 4) calls `runtime.morestack`
//! while 64 KiB are still free for the frame that triggered it and for the
//! runtime code called from Go. The lowest page is made inaccessible, so a
//! Rust function that overruns even that area faults instead of writing
//! below the stack.

use crate::buf::Buf;
use crate::global::Global;
use crate::print::{Sink, Stderr};
use crate::sys;

/// A goroutine. `#[repr(C)]` with the offsets in abi.md section 3; compiled
/// code reads `stackguard0` at offset 16 and `ret0` at offset 32.
#[repr(C)]
#[derive(Debug)]
pub struct G {
    /// Lowest address of the goroutine's stack.
    pub stack_lo: u64,
    /// One past the highest address of the stack (the initial SP).
    pub stack_hi: u64,
    /// The prologue check calls `runtime.morestack` when `SP <= stackguard0`.
    pub stackguard0: u64,
    /// The goroutine's number, as `goroutine N [running]:` prints it.
    pub id: u64,
    /// Scratch for runtime calls that return a third word (a slice's
    /// capacity from `runtime.stringtoslicerune`): the entry point stores it
    /// here and compiled code loads it right after the call.
    pub ret0: u64,
    /// Deferred calls, newest first (`crate::defer::Defer` list).
    pub defers: *mut u8,
    /// The panic in progress, newest first (`crate::defer::Panic` list).
    pub panic: *mut u8,
}

/// Bytes between `stack_lo` and `stackguard0`: the largest frame a Go
/// function may allocate before its check, plus what the runtime needs on
/// the goroutine stack.
pub const STACK_GUARD: u64 = 64 << 10;

/// Size of the main goroutine's stack reservation (1 GiB).
pub const MAIN_STACK_SIZE: usize = 1 << 30;

/// The limit gc reports in its stack overflow message.
pub const MAX_STACK_BYTES: u64 = 1_000_000_000;

/// Size of the inaccessible page at the bottom of the stack.
const GUARD_PAGE: usize = 4096;

/// The main goroutine.
static MAIN_G: Global<G> = Global::new(G {
    stack_lo: 0,
    stack_hi: 0,
    stackguard0: 0,
    id: 1,
    ret0: 0,
    defers: core::ptr::null_mut(),
    panic: core::ptr::null_mut(),
});

/// The main goroutine's `G`.
pub fn main_g() -> *mut G {
    MAIN_G.get()
}

/// The number of goroutine `g` (of the main goroutine when `g` is null).
///
/// # Safety
/// `g` must be null or point to a live `G`.
pub unsafe fn goroutine_id(g: *const G) -> u64 {
    if g.is_null() {
        // SAFETY: reading one field of the main G; nothing writes it
        // concurrently (one thread runs Go code).
        unsafe { (*MAIN_G.get()).id }
    } else {
        // SAFETY: a non-null `g` is live (caller contract).
        unsafe { (*g).id }
    }
}

/// Reserves the main goroutine's stack and fills in the main `G`.
/// Running out of address space here is fatal.
pub fn init_main_g() -> *mut G {
    let Some(lo) = sys::mmap_anon(
        MAIN_STACK_SIZE,
        sys::PROT_READ | sys::PROT_WRITE,
        sys::MAP_NORESERVE,
    ) else {
        crate::panic::throw(b"runtime: cannot allocate the main goroutine stack");
    };
    // SAFETY: the lowest page of the fresh mapping is below stackguard0 by
    // far and nothing uses it yet. Failure only loses the extra check.
    unsafe {
        sys::mprotect(lo, GUARD_PAGE, sys::PROT_NONE);
    }
    let g = MAIN_G.get();
    // SAFETY: called once at startup before any Go code runs; no other
    // reference to MAIN_G exists.
    unsafe {
        (*g).stack_lo = lo as u64;
        (*g).stack_hi = lo as u64 + MAIN_STACK_SIZE as u64;
        (*g).stackguard0 = lo as u64 + STACK_GUARD;
        (*g).id = 1;
    }
    g
}

/// Writes gc's stack overflow report for `g` with stack pointer `sp`.
pub fn stack_overflow_message<S: Sink>(out: &mut S, g: &G, sp: u64) {
    let mut b = Buf::<160>::new();
    b.extend(b"runtime: goroutine stack exceeds ");
    b.push_u64(MAX_STACK_BYTES);
    b.extend(b"-byte limit\nruntime: sp=");
    b.push_hex(sp);
    b.extend(b" stack=[");
    b.push_hex(g.stack_lo);
    b.extend(b", ");
    b.push_hex(g.stack_hi);
    b.extend(b"]\n");
    out.put(b.as_bytes());
}

/// Called by the prologue check when `SP <= g.stackguard0`. Stacks do not
/// grow yet, so this is gc's fatal stack overflow: the report, `fatal error:
/// stack overflow`, the goroutine header, exit status 2.
///
/// # Safety
/// `g` must be the running goroutine.
#[export_name = "runtime.morestack"]
pub unsafe extern "C" fn morestack(g: *mut G) -> ! {
    let marker = 0u8;
    let sp = &raw const marker as u64;
    let mut out = Stderr;
    // SAFETY: compiled code passes its own, valid `g`.
    stack_overflow_message(&mut out, unsafe { &*g }, sp);
    out.put(b"fatal error: stack overflow\n\n");
    // SAFETY: `g` is the running goroutine.
    crate::panic::put_goroutine_header(&mut out, unsafe { goroutine_id(g) });
    sys::exit_group(crate::panic::EXIT_PANIC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};

    #[test]
    fn layout_matches_abi() {
        assert_eq!(offset_of!(G, stack_lo), 0);
        assert_eq!(offset_of!(G, stack_hi), 8);
        assert_eq!(offset_of!(G, stackguard0), 16);
        assert_eq!(offset_of!(G, id), 24);
        assert_eq!(offset_of!(G, ret0), 32);
        assert_eq!(offset_of!(G, defers), 40);
        assert_eq!(offset_of!(G, panic), 48);
        assert_eq!(size_of::<G>(), 56);
    }

    #[test]
    fn overflow_message() {
        let g = G {
            stack_lo: 0x1000,
            stack_hi: 0x4000_1000,
            stackguard0: 0x11000,
            id: 1,
            ret0: 0,
            defers: core::ptr::null_mut(),
            panic: core::ptr::null_mut(),
        };
        let mut b = Buf::<256>::new();
        stack_overflow_message(&mut b, &g, 0x10f00);
        assert_eq!(
            b.as_bytes(),
            &b"runtime: goroutine stack exceeds 1000000000-byte limit\n\
               runtime: sp=0x10f00 stack=[0x1000, 0x40001000]\n"[..]
        );
    }
}
