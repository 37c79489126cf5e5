//! Preemption by timer signal.
//!
//! Once a program has a second goroutine, `setitimer` delivers `SIGALRM`
//! every 10 ms. The handler, on its own stack (`sigaltstack`), sets the
//! `stackguard0` of a goroutine that has run since the previous tick to
//! [`STACK_PREEMPT`]: its next
//! function prologue or loop back-edge check calls `morestack`, which
//! yields (see [`crate::stack`]). The handler touches nothing else, so it
//! is safe wherever the signal lands; `SA_RESTART` restarts interrupted
//! system calls (the scheduler's sleep re-checks its deadline itself).

// Unit tests never install the handler.
#![cfg_attr(test, allow(dead_code))]

use crate::sched::{self, STACK_PREEMPT};
#[cfg(not(test))]
use crate::sys;

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

/// The scheduler's count of goroutine switches seen by the last tick.
static LAST_TICK: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(u64::MAX);

extern "C" fn on_sigalrm(_sig: i32, _info: *mut u8, _ctx: *mut u8) {
    use core::sync::atomic::Ordering;
    // As gc's sysmon: only a goroutine that has run for a whole period
    // (no switch since the last tick) is asked to yield.
    let tick = sched::SCHED_TICK.load(Ordering::Relaxed);
    if LAST_TICK.swap(tick, Ordering::Relaxed) != tick {
        return;
    }
    let g = sched::curg();
    if !g.is_null() {
        // SAFETY: `curg` is live while it is set; a single aligned store
        // that compiled code reads with a plain load.
        unsafe { core::ptr::write_volatile(&raw mut (*g).stackguard0, STACK_PREEMPT) };
    }
}

/// The x86-64 signal return trampoline (`SA_RESTORER`).
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
unsafe extern "C" fn sigreturn() {
    core::arch::naked_asm!("mov rax, {n}", "syscall", "ud2", n = const sys::SYS_RT_SIGRETURN)
}

/// Installs the handler and starts the 10 ms timer.
pub fn start_preemption() {
    #[cfg(test)]
    {
        let _ = on_sigalrm;
    }
    #[cfg(not(test))]
    {
        let Some(stack) = sys::mmap_anon(ALT_STACK, sys::PROT_READ | sys::PROT_WRITE, 0) else {
            return;
        };
        // SAFETY: the fresh region is used only by signal handlers; the
        // handler only stores one word.
        unsafe {
            sys::sigaltstack(stack, ALT_STACK);
            #[cfg(target_arch = "x86_64")]
            sys::sigaction(
                SIGALRM,
                on_sigalrm as *const () as usize,
                SA_SIGINFO | SA_ONSTACK | SA_RESTART | SA_RESTORER,
                sigreturn as *const () as usize,
            );
            #[cfg(target_arch = "aarch64")]
            sys::sigaction(
                SIGALRM,
                on_sigalrm as *const () as usize,
                SA_SIGINFO | SA_ONSTACK | SA_RESTART,
                0,
            );
        }
        // GOCL_PREEMPT_US shortens the period for stress tests.
        let us = crate::env::getenv(b"GOCL_PREEMPT_US")
            .and_then(|v| core::str::from_utf8(v).ok()?.parse::<i64>().ok())
            .filter(|&us| us > 0)
            .unwrap_or(PERIOD_US);
        sys::set_interval_timer(us);
    }
}
