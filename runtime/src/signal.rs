//! Signals: preemption by timer, and the stack-limit trap.
//!
//! The prologue of a Go function traps (SIGILL) when its frame would not
//! fit above `g.stacklimit` (abi.md section 4). [`on_sigill`] recognizes
//! the trap by its address in the function table, rewinds the function's
//! frame setup so that the machine state is the one at its entry, and
//! resumes in [`crate::stack::morestack_entry`], which grows the stack and
//! restarts the function.
//!
//! Once a program has a second goroutine, `setitimer` delivers `SIGALRM`
//! every 10 ms. The handler, on its own stack (`sigaltstack`), sets the
//! `stackguard0` of each goroutine that has run on its P since the
//! previous tick to [`sched::STACK_PREEMPT`]: its next function prologue
//! or loop back-edge check calls `morestack`, which yields (see
//! [`crate::stack`]). The handler only reads atomics and writes those
//! words, so it is safe wherever the signal lands; `SA_RESTART` restarts
//! interrupted system calls (sleeps re-check their deadlines themselves).

// Unit tests never install the handler.
#![cfg_attr(test, allow(dead_code))]

use crate::sched;
#[cfg(not(test))]
use crate::sys;

const SIGILL: usize = 4;
/// A write to a pipe or socket nobody reads any more.
const SIGPIPE: usize = 13;
const SIGALRM: usize = 14;
const SA_SIGINFO: usize = 4;
const SA_ONSTACK: usize = 0x0800_0000;
const SA_RESTART: usize = 0x1000_0000;
#[cfg(target_arch = "x86_64")]
const SA_RESTORER: usize = 0x0400_0000;

/// The preemption period.
const PERIOD_US: i64 = 10_000;

/// Size of the signal stack.
const ALT_STACK: usize = 64 << 10;

/// SIGPIPE is caught and dropped, so that the write that raised it fails
/// with `EPIPE` instead, as with gc; `os` dies of the signal itself when
/// that write was to standard output or error ([`die_of_sigpipe`]).
/// A handler, not `SIG_IGN`, so that it is not inherited through `exec`.
extern "C" fn on_sigpipe(_sig: i32, _info: *mut u8, _ctx: *mut u8) {}

/// Ends the process by SIGPIPE, as a write to a closed standard output
/// ends a gc program.
pub fn die_of_sigpipe() -> ! {
    #[cfg(not(test))]
    {
        // SAFETY: restores the default action, which takes no handler.
        unsafe { sys::sigaction(SIGPIPE, 0, 0, 0) };
        // Unblocked here first (helper threads block it), so that the
        // kernel delivers it to this thread as the call returns, before
        // the exit below could run.
        sys::unblock_signal(SIGPIPE);
        sys::kill_self(SIGPIPE);
    }
    crate::sys::exit_group(2)
}

extern "C" fn on_sigalrm(_sig: i32, _info: *mut u8, _ctx: *mut u8) {
    sched::preempt_long_running();
}

/// The x86-64 signal return trampoline (`SA_RESTORER`).
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
unsafe extern "C" fn sigreturn() {
    core::arch::naked_asm!("mov rax, {n}", "syscall", "ud2", n = const sys::SYS_RT_SIGRETURN)
}

/// Byte offsets in the `ucontext_t` the kernel passes to a handler.
#[cfg(target_arch = "x86_64")]
mod uc {
    /// `uc_mcontext.gregs[i]` is at 40 + 8i.
    const fn greg(i: usize) -> usize {
        40 + 8 * i
    }
    pub const PC: usize = greg(16);
    pub const SP: usize = greg(15);
    pub const FP: usize = greg(10);
    /// The first argument register (`rdi`): a Go function's `g`.
    pub const G: usize = greg(8);
    /// A scratch register the prologue check clobbers anyway (`r11`).
    pub const SCRATCH: usize = greg(3);
}

/// Byte offsets in the `ucontext_t` the kernel passes to a handler.
#[cfg(target_arch = "aarch64")]
mod uc {
    /// `uc_mcontext.regs[i]` is at 184 + 8i (`uc_mcontext` at 176, after
    /// its `fault_address`).
    const fn reg(i: usize) -> usize {
        184 + 8 * i
    }
    pub const PC: usize = reg(32);
    pub const SP: usize = reg(31);
    pub const FP: usize = reg(29);
    pub const LR: usize = reg(30);
    /// `Tail` passes the first argument, `g`, in x2 (x0 and x1 are
    /// reserved).
    pub const G: usize = reg(2);
    /// `morestack_entry` calls `morestack` with `g` in x0.
    pub const X0: usize = reg(0);
    /// The second scratch register (x17; the check clobbers x16).
    pub const SCRATCH: usize = reg(17);
}

/// The stack-limit trap: see the module documentation. Any other SIGILL
/// gets the default action (the instruction traps again, uncaught).
extern "C" fn on_sigill(_sig: i32, _info: *mut u8, ctx: *mut u8) {
    // SAFETY: `ctx` is the kernel's `ucontext_t` for this signal.
    let reg = |off: usize| unsafe { (ctx.add(off) as *mut u64).as_mut().unwrap_unchecked() };
    let (pc, sp, fp) = (*reg(uc::PC), *reg(uc::SP), *reg(uc::FP));
    // The check comes right after the frame setup, which leaves SP equal
    // to the new frame pointer.
    let entry = match crate::traceback::stack_trap_func(pc) {
        Some(entry) if sp == fp => entry,
        _ => {
            // SAFETY: restoring the default action; no handler to call.
            unsafe { crate::sys::sigaction(SIGILL, 0, 0, 0) };
            return;
        }
    };
    let g = *reg(uc::G) as *mut sched::G;
    // SAFETY: the trapping function's frame record is at `fp` (caller's
    // frame pointer, return address), and `g` is its goroutine.
    unsafe {
        let saved = fp as *const u64;
        *reg(uc::FP) = *saved;
        #[cfg(target_arch = "x86_64")]
        {
            // SP back to the return address: the state at the call.
            *reg(uc::SP) = fp + 8;
        }
        #[cfg(target_arch = "aarch64")]
        {
            *reg(uc::SP) = fp + 16;
            *reg(uc::LR) = *saved.add(1);
            *reg(uc::X0) = g as u64;
        }
        *reg(uc::SCRATCH) = entry;
        *reg(uc::PC) = crate::stack::morestack_entry as *const () as u64;
        (*g).entry_grow = 1;
    }
}

/// Installs `handler` for `sig` on the signal stack, with `flags` added
/// (and, on x86-64, the return trampoline the kernel requires).
///
/// # Safety
/// `handler` must be async-signal-safe.
#[cfg(not(test))]
unsafe fn install(sig: usize, handler: extern "C" fn(i32, *mut u8, *mut u8), flags: usize) {
    let flags = flags | SA_SIGINFO | SA_ONSTACK;
    // SAFETY: as the caller promises.
    unsafe {
        #[cfg(target_arch = "x86_64")]
        sys::sigaction(
            sig,
            handler as *const () as usize,
            flags | SA_RESTORER,
            sigreturn as *const () as usize,
        );
        #[cfg(target_arch = "aarch64")]
        sys::sigaction(sig, handler as *const () as usize, flags, 0);
    }
}

/// Sets up the calling thread's signal stack. Every thread that runs Go
/// code needs one: the stack-limit trap arrives when the goroutine stack
/// is nearly full.
pub fn init_thread() {
    #[cfg(not(test))]
    {
        let Some(stack) = sys::mmap_anon(ALT_STACK, sys::PROT_READ | sys::PROT_WRITE, 0) else {
            crate::panic::throw(b"runtime: cannot allocate signal stack");
        };
        // SAFETY: the fresh region is used only by this thread's handlers.
        unsafe { sys::sigaltstack(stack, ALT_STACK) };
    }
}

/// At startup, on the main thread: its signal stack and the SIGILL
/// handler.
pub fn init() {
    #[cfg(test)]
    {
        let _ = (on_sigill, on_sigpipe);
    }
    #[cfg(not(test))]
    {
        init_thread();
        // SAFETY: the handler only rewrites the trapping context; the
        // SIGPIPE one does nothing.
        unsafe {
            install(SIGILL, on_sigill, 0);
            install(SIGPIPE, on_sigpipe, SA_RESTART);
        }
    }
}

/// Installs the SIGALRM handler and starts the 10 ms timer.
pub fn start_preemption() {
    #[cfg(test)]
    {
        let _ = on_sigalrm;
    }
    #[cfg(not(test))]
    {
        // SAFETY: the handler only stores one word.
        unsafe { install(SIGALRM, on_sigalrm, SA_RESTART) };
        // GOCL_PREEMPT_US shortens the period for stress tests.
        let us = crate::env::getenv(b"GOCL_PREEMPT_US")
            .and_then(|v| core::str::from_utf8(v).ok()?.parse::<i64>().ok())
            .filter(|&us| us > 0)
            .unwrap_or(PERIOD_US);
        sys::set_interval_timer(us);
    }
}
