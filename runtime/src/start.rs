//! Program entry (abi.md section 7): `_start` and the start of the
//! scheduler.
//!
//! The kernel starts the process at `_start` with the stack pointer at
//! `argc` (see [`crate::env`]) and no return address. `_start` clears the
//! frame pointer (and on arm64 the link register) so that frame walks stop
//! there, aligns the stack to 16 bytes and calls [`rt_init`] with the
//! original stack pointer. `rt_init` runs on the kernel-provided stack,
//! which becomes the thread's system stack (gc's g0): it saves the vectors,
//! builds the main goroutine (whose first code calls the compiler-emitted
//! `go:entry(g)` and exits with status 0 when it returns) and starts the
//! scheduler ([`crate::sched`]), which never returns.
//!
//! `_start` is naked, i.e. pure assembly the compiler adds nothing to. None
//! of this exists in unit tests, where the host's C runtime owns `_start`.

#![cfg(not(test))]

use crate::sched;
use core::arch::naked_asm;

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

/// Runtime initialization on the kernel's stack; never returns.
///
/// # Safety
/// Called once, by `_start`, with the initial stack pointer.
unsafe extern "C" fn rt_init(sp: *const usize) -> ! {
    let marker = 0u8;
    // The system stack from here down; leave room for this frame.
    let top = ((&raw const marker as u64) - 256) & !15;
    crate::thread::init_main(top);
    // SAFETY: `sp` is the kernel's initial stack pointer (caller contract).
    unsafe { crate::env::init(sp) };
    crate::sys::raise_nofile_limit();
    let g = sched::init_main_g();
    sched::start(g)
}
