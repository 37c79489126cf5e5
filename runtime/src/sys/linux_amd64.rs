//! The `syscall` instruction on linux/amd64.
//!
//! Arguments go in rdi, rsi, rdx, r10, r8, r9, the number in rax, the result
//! comes back in rax; the instruction clobbers rcx and r11.

#![allow(dead_code)]

use core::arch::asm;

pub const SYS_READ: usize = 0;
pub const SYS_WRITE: usize = 1;
pub const SYS_MMAP: usize = 9;
pub const SYS_MPROTECT: usize = 10;
pub const SYS_MUNMAP: usize = 11;
pub const SYS_MADVISE: usize = 28;
pub const SYS_EXIT_GROUP: usize = 231;
pub const SYS_GETPID: usize = 39;
pub const SYS_KILL: usize = 62;
pub const SYS_RT_SIGACTION: usize = 13;
pub const SYS_RT_SIGRETURN: usize = 15;
pub const SYS_NANOSLEEP: usize = 35;
pub const SYS_SETITIMER: usize = 38;
pub const SYS_SIGALTSTACK: usize = 131;
pub const SYS_SCHED_GETAFFINITY: usize = 204;
pub const SYS_CLOCK_GETTIME: usize = 228;
pub const SYS_EPOLL_CREATE1: usize = 291;
pub const SYS_EPOLL_CTL: usize = 233;
pub const SYS_EPOLL_PWAIT: usize = 281;
pub const SYS_CLONE: usize = 56;
pub const SYS_PRLIMIT64: usize = 302;
pub const SYS_FUTEX: usize = 202;
pub const SYS_RT_SIGPROCMASK: usize = 14;
pub const SYS_ARCH_PRCTL: usize = 158;
pub const SYS_EVENTFD2: usize = 290;
pub const SYS_SCHED_YIELD: usize = 24;

/// A system call with one argument.
///
/// # Safety
/// The call must not break memory safety (e.g. its pointer arguments must be
/// valid for what the kernel does with them).
#[inline]
pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let r: isize;
    // SAFETY: the caller vouches for the call; the asm declares every
    // register the kernel ABI clobbers.
    unsafe {
        asm!("syscall", inlateout("rax") n as isize => r, in("rdi") a1,
             lateout("rcx") _, lateout("r11") _, options(nostack));
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
        asm!("syscall", inlateout("rax") n as isize => r, in("rdi") a1, in("rsi") a2,
             lateout("rcx") _, lateout("r11") _, options(nostack));
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
        asm!("syscall", inlateout("rax") n as isize => r, in("rdi") a1, in("rsi") a2,
             in("rdx") a3, lateout("rcx") _, lateout("r11") _, options(nostack));
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
        asm!("syscall", inlateout("rax") n as isize => r, in("rdi") a1, in("rsi") a2,
             in("rdx") a3, in("r10") a4, in("r8") a5, in("r9") a6,
             lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    r
}
