//! The `svc #0` instruction on linux/arm64.
//!
//! Arguments go in x0..x5, the number in x8, the result comes back in x0;
//! no other register is clobbered.

#![allow(dead_code)]

use core::arch::asm;

pub const SYS_READ: usize = 63;
pub const SYS_WRITE: usize = 64;
pub const SYS_MUNMAP: usize = 215;
pub const SYS_MADVISE: usize = 233;
pub const SYS_MMAP: usize = 222;
pub const SYS_MPROTECT: usize = 226;
pub const SYS_EXIT_GROUP: usize = 94;
pub const SYS_GETPID: usize = 172;
pub const SYS_KILL: usize = 129;
pub const SYS_RT_SIGACTION: usize = 134;
pub const SYS_RT_SIGRETURN: usize = 139;
pub const SYS_NANOSLEEP: usize = 101;
pub const SYS_SETITIMER: usize = 103;
pub const SYS_SIGALTSTACK: usize = 132;
pub const SYS_SCHED_GETAFFINITY: usize = 123;
pub const SYS_CLOCK_GETTIME: usize = 113;
pub const SYS_EPOLL_CREATE1: usize = 20;
pub const SYS_EPOLL_CTL: usize = 21;
pub const SYS_EPOLL_PWAIT: usize = 22;
pub const SYS_CLONE: usize = 220;
pub const SYS_PRLIMIT64: usize = 261;
pub const SYS_FUTEX: usize = 98;
pub const SYS_RT_SIGPROCMASK: usize = 135;
pub const SYS_EVENTFD2: usize = 19;
pub const SYS_SCHED_YIELD: usize = 124;

/// A system call with one argument.
///
/// # Safety
/// The call must not break memory safety (e.g. its pointer arguments must be
/// valid for what the kernel does with them).
#[inline]
pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let r: isize;
    // SAFETY: the caller vouches for the call; the kernel preserves every
    // register but x0.
    unsafe {
        asm!("svc #0", in("x8") n, inlateout("x0") a1 as isize => r, options(nostack));
    }
    r
}

/// A system call with two arguments. See [`syscall1`].
///
/// # Safety
/// As for [`syscall1`].
#[inline]
pub unsafe fn syscall2(n: usize, a1: usize, a2: usize) -> isize {
    let r: isize;
    // SAFETY: as in `syscall1`.
    unsafe {
        asm!("svc #0", in("x8") n, inlateout("x0") a1 as isize => r, in("x1") a2,
             options(nostack));
    }
    r
}

/// A system call with three arguments. See [`syscall1`].
///
/// # Safety
/// As for [`syscall1`].
#[inline]
pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let r: isize;
    // SAFETY: as in `syscall1`.
    unsafe {
        asm!("svc #0", in("x8") n, inlateout("x0") a1 as isize => r, in("x1") a2,
             in("x2") a3, options(nostack));
    }
    r
}

/// A system call with six arguments. See [`syscall1`].
///
/// # Safety
/// As for [`syscall1`].
#[inline]
pub unsafe fn syscall6(
    n: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
    a6: usize,
) -> isize {
    let r: isize;
    // SAFETY: as in `syscall1`.
    unsafe {
        asm!("svc #0", in("x8") n, inlateout("x0") a1 as isize => r, in("x1") a2,
             in("x2") a3, in("x3") a4, in("x4") a5, in("x5") a6, options(nostack));
    }
    r
}
