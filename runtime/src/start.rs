//! Program entry (abi.md section 7): `_start`, the switch to the main
//! goroutine's stack, and the exit when `main.main` returns.
//!
//! The kernel starts the process at `_start` with the stack pointer at
//! `argc` (see [`crate::env`]) and no return address. `_start` clears the
//! frame pointer (and on arm64 the link register) so that frame walks stop
//! there, aligns the stack to 16 bytes and calls [`rt_init`] with the
//! original stack pointer. `rt_init` runs on the kernel-provided stack (which
//! becomes the thread's system stack, gc's g0): it saves the vectors, builds
//! the main `G` and its 1 GiB stack, and calls [`switch_to_goroutine`].
//! That trampoline sets SP to the top of the goroutine stack, clears the
//! frame pointer again (the goroutine's frame chain starts fresh), and calls
//! the compiler-emitted `go:entry(g)` with the SystemV/AAPCS64 convention
//! (`g` in rdi / x0). If `go:entry` returns, [`main_returned`] exits with
//! status 0; it never returns to the kernel stack.
//!
//! Both functions are naked, i.e. pure assembly the compiler adds nothing
//! to. None of this exists in unit tests, where the host's C runtime owns
//! `_start`.

#![cfg(not(test))]

use crate::sched::{self, G};
use crate::sys;
use core::arch::naked_asm;

extern "C" {
    /// Emitted by the compiler: runs every package's `init` in dependency
    /// order, then `main.main`.
    #[link_name = "go:entry"]
    fn go_entry(g: *mut G);
}

/// The process entry point (x86_64).
///
/// # Safety
/// Only the kernel calls this, with the initial process stack.
#[cfg(target_arch = "x86_64")]
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn _start() -> ! {
    naked_asm!(
        "xor ebp, ebp",
        "mov rdi, rsp",
        "and rsp, -16",
        "call {init}",
        "ud2",
        init = sym rt_init,
    )
}

/// The process entry point (aarch64).
///
/// # Safety
/// Only the kernel calls this, with the initial process stack.
#[cfg(target_arch = "aarch64")]
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn _start() -> ! {
    naked_asm!(
        "mov x29, xzr",
        "mov x30, xzr",
        "mov x0, sp",
        "bl {init}",
        "brk #0x3e8",
        init = sym rt_init,
    )
}

/// Sets SP to `sp`, calls `entry(g)` on that stack, then [`main_returned`].
///
/// # Safety
/// `sp` must be the 16-byte aligned top of an unused stack big enough for
/// everything `entry` does.
#[cfg(target_arch = "x86_64")]
#[unsafe(naked)]
unsafe extern "C" fn switch_to_goroutine(
    g: *mut G,
    sp: u64,
    entry: unsafe extern "C" fn(*mut G),
) -> ! {
    // rdi = g (stays the first argument), rsi = sp, rdx = entry. With SP
    // 16-byte aligned before the call, the callee sees the ABI's alignment.
    naked_asm!(
        "mov rsp, rsi",
        "xor ebp, ebp",
        "call rdx",
        "call {done}",
        "ud2",
        done = sym main_returned,
    )
}

/// Sets SP to `sp`, calls `entry(g)` on that stack, then [`main_returned`].
///
/// # Safety
/// `sp` must be the 16-byte aligned top of an unused stack big enough for
/// everything `entry` does.
#[cfg(target_arch = "aarch64")]
#[unsafe(naked)]
unsafe extern "C" fn switch_to_goroutine(
    g: *mut G,
    sp: u64,
    entry: unsafe extern "C" fn(*mut G),
) -> ! {
    // x0 = g (stays the first argument), x1 = sp, x2 = entry.
    naked_asm!(
        "mov sp, x1",
        "mov x29, xzr",
        "mov x30, xzr",
        "blr x2",
        "bl {done}",
        "brk #0x3e8",
        done = sym main_returned,
    )
}

/// Runtime initialization on the kernel's stack; never returns.
///
/// # Safety
/// Called once, by `_start`, with the initial stack pointer.
unsafe extern "C" fn rt_init(sp: *const usize) -> ! {
    // SAFETY: `sp` is the kernel's initial stack pointer (caller contract).
    unsafe { crate::env::init(sp) };
    let g = sched::init_main_g();
    // SAFETY: `stack_hi` is the page-aligned top of the fresh 1 GiB stack
    // that `init_main_g` just reserved, and `go_entry` is the compiler's
    // entry point taking the running `g`.
    unsafe { switch_to_goroutine(g, (*g).stack_hi, go_entry) }
}

/// `go:entry` returned: `main.main` is done, the program exits with status 0.
extern "C" fn main_returned() -> ! {
    sys::exit_group(0)
}
