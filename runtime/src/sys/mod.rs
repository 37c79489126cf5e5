//! Raw Linux system calls: the runtime's only way to talk to the kernel.
//!
//! There is no libc. Each architecture file provides `syscall0` ..
//! `syscall6` (the bare trap) and the numbers of the calls the runtime
//! uses; this module wraps them in typed functions. A negative return value
//! in `-4095..0` is an errno, as the kernel ABI defines it.

#[cfg(target_arch = "aarch64")]
mod linux_arm64;
#[cfg(target_arch = "aarch64")]
use linux_arm64 as arch;

#[cfg(target_arch = "x86_64")]
mod linux_amd64;
#[cfg(target_arch = "x86_64")]
use linux_amd64 as arch;

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("gocl-runtime supports only linux/amd64 and linux/arm64");

/// `EINTR`: the call was interrupted by a signal and may be retried.
pub const EINTR: isize = 4;
/// `EAGAIN`: the resource is temporarily unavailable.
pub const EAGAIN: isize = 11;

/// `PROT_NONE`: pages cannot be accessed.
pub const PROT_NONE: usize = 0;
/// `PROT_READ`: pages may be read.
pub const PROT_READ: usize = 1;
/// `PROT_WRITE`: pages may be written.
pub const PROT_WRITE: usize = 2;

/// `MAP_PRIVATE`: copy-on-write mapping.
pub const MAP_PRIVATE: usize = 0x02;
/// `MAP_ANONYMOUS`: not backed by a file; zero-filled.
pub const MAP_ANONYMOUS: usize = 0x20;
/// `MAP_NORESERVE`: do not reserve swap space; pages are committed on touch.
pub const MAP_NORESERVE: usize = 0x4000;

/// Standard error, where builtin `print` and all runtime messages go.
pub const STDERR: usize = 2;

/// `write(2)`: returns the number of bytes written or `-errno`.
///
/// # Safety
/// `buf` must be readable for `len` bytes.
#[inline]
pub unsafe fn write(fd: usize, buf: *const u8, len: usize) -> isize {
    // SAFETY: the kernel only reads `len` bytes at `buf`, which the caller
    // guarantees to be readable.
    unsafe { arch::syscall3(arch::SYS_WRITE, fd, buf as usize, len) }
}

/// `read(2)`.
///
/// # Safety
/// `buf` must be writable for `len` bytes.
#[inline]
pub unsafe fn read(fd: usize, buf: *mut u8, len: usize) -> isize {
    // SAFETY: the kernel writes at most `len` bytes at `buf`, which the
    // caller guarantees to be writable.
    unsafe { arch::syscall3(arch::SYS_READ, fd, buf as usize, len) }
}

/// Writes all of `bytes` to `fd`, retrying after short writes and `EINTR`.
/// Other errors are ignored: there is nowhere left to report them.
pub fn write_all(fd: usize, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is a live slice, readable for its length.
        let n = unsafe { write(fd, bytes.as_ptr(), bytes.len()) };
        if n > 0 {
            bytes = &bytes[n as usize..];
        } else if n != -EINTR && n != -EAGAIN {
            return;
        }
    }
}

/// `exit_group(2)`: ends every thread of the process with `code`.
pub fn exit_group(code: i32) -> ! {
    loop {
        // SAFETY: exit_group takes no pointers and does not return.
        unsafe {
            arch::syscall1(arch::SYS_EXIT_GROUP, code as usize);
        }
    }
}

/// Unblocks signal `sig` on the calling thread.
pub fn unblock_signal(sig: usize) {
    const SIG_UNBLOCK: usize = 1;
    let set: u64 = 1 << (sig - 1);
    // SAFETY: the kernel reads one 8-byte signal set.
    unsafe {
        arch::syscall6(
            arch::SYS_RT_SIGPROCMASK,
            SIG_UNBLOCK,
            &set as *const u64 as usize,
            0,
            8,
            0,
            0,
        );
    }
}

/// Sends signal `sig` to the whole process (`kill(getpid(), sig)`): the
/// calling thread takes it when it does not block it, as the kernel
/// prefers the sender; else another thread that does not.
pub fn kill_self(sig: usize) {
    // SAFETY: getpid and kill take no pointers.
    unsafe {
        let pid = arch::syscall1(arch::SYS_GETPID, 0);
        arch::syscall2(arch::SYS_KILL, pid as usize, sig);
    }
}

/// `madvise(addr, len, MADV_DONTNEED)`: gives the pages back to the
/// kernel; they read as zero when touched again.
///
/// # Safety
/// `[addr, addr+len)` must be page-aligned memory of a private anonymous
/// mapping whose contents nobody needs.
pub unsafe fn madvise_dontneed(addr: *mut u8, len: usize) {
    const MADV_DONTNEED: usize = 4;
    // SAFETY: the caller's contract.
    unsafe {
        arch::syscall3(arch::SYS_MADVISE, addr as usize, len, MADV_DONTNEED);
    }
}

/// [`mmap_anon`] placed at `hint` if that range is free (the kernel picks
/// another place otherwise: no `MAP_FIXED`).
pub fn mmap_anon_at(hint: usize, len: usize, prot: usize, flags: usize) -> Option<*mut u8> {
    // SAFETY: without MAP_FIXED the kernel never replaces an existing
    // mapping, so this cannot overlap memory in use.
    let r = unsafe {
        arch::syscall6(
            arch::SYS_MMAP,
            hint,
            len,
            prot,
            MAP_PRIVATE | MAP_ANONYMOUS | flags,
            usize::MAX, // fd -1
            0,
        )
    };
    if (-4095..0).contains(&r) {
        None
    } else {
        Some(r as *mut u8)
    }
}

/// `mmap(2)` of an anonymous private region of `len` bytes with protection
/// `prot` and extra `flags` (e.g. [`MAP_NORESERVE`]). Returns `None` on
/// failure. The memory is zero-filled.
pub fn mmap_anon(len: usize, prot: usize, flags: usize) -> Option<*mut u8> {
    // SAFETY: an anonymous mapping at an address of the kernel's choosing
    // (addr = 0, no MAP_FIXED) cannot overlap memory that Rust or Go code
    // already uses.
    let r = unsafe {
        arch::syscall6(
            arch::SYS_MMAP,
            0,
            len,
            prot,
            MAP_PRIVATE | MAP_ANONYMOUS | flags,
            usize::MAX, // fd -1
            0,
        )
    };
    if (-4095..0).contains(&r) {
        None
    } else {
        Some(r as *mut u8)
    }
}

/// `munmap(2)`: returns 0 or `-errno`.
///
/// # Safety
/// No live reference may point into `[addr, addr+len)`.
pub unsafe fn munmap(addr: *mut u8, len: usize) -> isize {
    // SAFETY: the caller guarantees the range is no longer in use.
    unsafe { arch::syscall2(arch::SYS_MUNMAP, addr as usize, len) }
}

/// `mprotect(2)`: returns 0 or `-errno`.
///
/// # Safety
/// Removing access from memory that is still used makes later accesses fault.
pub unsafe fn mprotect(addr: *mut u8, len: usize, prot: usize) -> isize {
    // SAFETY: the caller guarantees the new protection is compatible with
    // every remaining use of the range.
    unsafe { arch::syscall3(arch::SYS_MPROTECT, addr as usize, len, prot) }
}

/// `CLOCK_REALTIME`: wall-clock time.
pub const CLOCK_REALTIME: usize = 0;
/// `CLOCK_MONOTONIC`: time since an unspecified start, never going back.
pub const CLOCK_MONOTONIC: usize = 1;

/// `clock_gettime(2)` of `clock` as (seconds, nanoseconds).
pub fn clock_gettime(clock: usize) -> (i64, i64) {
    let mut ts = [0i64; 2];
    // SAFETY: the kernel writes one `struct timespec` (two words) at `ts`.
    unsafe {
        arch::syscall2(arch::SYS_CLOCK_GETTIME, clock, ts.as_mut_ptr() as usize);
    }
    (ts[0], ts[1])
}

/// The wall clock in nanoseconds since 1970.
pub fn walltime_ns() -> u64 {
    let (s, ns) = clock_gettime(CLOCK_REALTIME);
    (s * 1_000_000_000 + ns) as u64
}

/// The monotonic clock in nanoseconds.
pub fn nanotime() -> i64 {
    let (s, ns) = clock_gettime(CLOCK_MONOTONIC);
    s * 1_000_000_000 + ns
}

/// `nanosleep(2)` for `ns` nanoseconds; returns early (with `-EINTR`) when
/// a signal arrives.
pub fn nanosleep(ns: i64) -> isize {
    let ts = [ns / 1_000_000_000, ns % 1_000_000_000];
    // SAFETY: the kernel reads one `struct timespec`; no remainder pointer.
    unsafe { arch::syscall2(arch::SYS_NANOSLEEP, ts.as_ptr() as usize, 0) }
}

/// Raises the soft limit on open files to one below the hard limit, as gc
/// does at startup (since Go 1.19): servers holding thousands of
/// connections should not stop at the usual soft limit of 1024. (gc stops
/// one short so that a later change by another process stands out.)
pub fn raise_nofile_limit() {
    const RLIMIT_NOFILE: usize = 7;
    let mut lim = [0u64; 2];
    // SAFETY: prlimit64 on this process writes two u64s to `lim`.
    let r = unsafe {
        arch::syscall6(
            arch::SYS_PRLIMIT64,
            0,
            RLIMIT_NOFILE,
            0,
            lim.as_mut_ptr() as usize,
            0,
            0,
        )
    };
    if r != 0 || lim[1] == 0 || lim[0] >= lim[1] - 1 {
        return;
    }
    lim[0] = lim[1] - 1;
    // SAFETY: as above; the kernel reads two u64s from `lim`.
    unsafe {
        arch::syscall6(
            arch::SYS_PRLIMIT64,
            0,
            RLIMIT_NOFILE,
            lim.as_ptr() as usize,
            0,
            0,
            0,
        )
    };
}

/// The number of CPUs the process may run on (`sched_getaffinity(2)`),
/// at least 1.
pub fn ncpu() -> u64 {
    let mut mask = [0u64; 16];
    // SAFETY: the kernel writes at most `size_of_val(&mask)` bytes.
    let r = unsafe {
        arch::syscall3(
            arch::SYS_SCHED_GETAFFINITY,
            0,
            core::mem::size_of_val(&mask),
            mask.as_mut_ptr() as usize,
        )
    };
    if r <= 0 {
        return 1;
    }
    let words = (r as usize / 8).min(mask.len());
    let n: u32 = mask[..words].iter().map(|w| w.count_ones()).sum();
    n.max(1) as u64
}

/// `setitimer(ITIMER_REAL)` firing `SIGALRM` every `us` microseconds
/// (0 stops it).
pub fn set_interval_timer(us: i64) {
    let tv = [0, us, 0, us];
    // SAFETY: the kernel reads one `struct itimerval`; no old-value pointer.
    unsafe {
        arch::syscall3(arch::SYS_SETITIMER, 0, tv.as_ptr() as usize, 0);
    }
}

/// `sigaltstack(2)`: run signal handlers on `[sp, sp+size)`.
///
/// # Safety
/// The region must stay reserved for signal handlers for the thread's life.
pub unsafe fn sigaltstack(sp: *mut u8, size: usize) {
    let ss: [usize; 3] = [sp as usize, 0, size];
    // SAFETY: the kernel reads one `stack_t` (the caller owns the region).
    unsafe {
        arch::syscall2(arch::SYS_SIGALTSTACK, ss.as_ptr() as usize, 0);
    }
}

/// `rt_sigaction(2)` for signal `sig` with `handler`, flags `flags` and
/// `restorer` (x86-64 requires one with `SA_RESTORER`); every signal is
/// blocked while the handler runs.
///
/// # Safety
/// `handler` must be async-signal-safe.
pub unsafe fn sigaction(sig: usize, handler: usize, flags: usize, restorer: usize) {
    // struct kernel_sigaction: handler, flags, restorer, mask (8 bytes).
    let act: [usize; 4] = [handler, flags, restorer, usize::MAX];
    // SAFETY: the kernel reads one `kernel_sigaction`; no old action.
    unsafe {
        arch::syscall6(
            arch::SYS_RT_SIGACTION,
            sig,
            act.as_ptr() as usize,
            0,
            8,
            0,
            0,
        );
    }
}

/// The number of `rt_sigreturn(2)`, for the x86-64 signal restorer.
pub const SYS_RT_SIGRETURN: usize = arch::SYS_RT_SIGRETURN;

/// A raw system call with up to six arguments; the result or `-errno`.
///
/// # Safety
/// The call and its arguments must not break memory safety: pointer
/// arguments must be valid for what the kernel does with them.
pub unsafe fn raw_syscall6(
    n: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
    a6: usize,
) -> isize {
    // SAFETY: the caller vouches for the call.
    unsafe { arch::syscall6(n, a1, a2, a3, a4, a5, a6) }
}

/// `epoll_create1(EPOLL_CLOEXEC)`: a new epoll descriptor or `-errno`.
pub fn epoll_create() -> isize {
    // SAFETY: no pointers.
    unsafe { arch::syscall1(arch::SYS_EPOLL_CREATE1, 0o2000000) }
}

/// One `struct epoll_event` as the kernel lays it out (packed on x86-64).
#[cfg_attr(target_arch = "x86_64", repr(C, packed))]
#[cfg_attr(not(target_arch = "x86_64"), repr(C))]
#[derive(Clone, Copy, Default)]
pub struct EpollEvent {
    /// `EPOLLIN`, `EPOLLOUT`, ... bits.
    pub events: u32,
    /// The user word registered with the descriptor.
    pub data: u64,
}

/// `epoll_ctl(epfd, op, fd, ev)`: 0 or `-errno`.
pub fn epoll_ctl(epfd: i32, op: i32, fd: i32, ev: &EpollEvent) -> isize {
    // SAFETY: the kernel reads one event from `ev`.
    unsafe {
        arch::syscall6(
            arch::SYS_EPOLL_CTL,
            epfd as usize,
            op as usize,
            fd as usize,
            ev as *const EpollEvent as usize,
            0,
            0,
        )
    }
}

/// `epoll_pwait(epfd, evs, timeout_ms, NULL)`: the number of events or
/// `-errno` (`-EINTR` when a signal arrived).
pub fn epoll_wait(epfd: i32, evs: &mut [EpollEvent], timeout_ms: i32) -> isize {
    // SAFETY: the kernel writes at most `evs.len()` events.
    unsafe {
        arch::syscall6(
            arch::SYS_EPOLL_PWAIT,
            epfd as usize,
            evs.as_mut_ptr() as usize,
            evs.len(),
            timeout_ms as isize as usize,
            0,
            8,
        )
    }
}

/// `futex(FUTEX_WAIT_PRIVATE)`: sleeps while `*addr == val`, at most
/// `timeout_ns` (negative: no limit). Returns early on a wake, a signal or
/// a changed value.
pub fn futex_wait(addr: &core::sync::atomic::AtomicU32, val: u32, timeout_ns: i64) {
    let ts = [timeout_ns / 1_000_000_000, timeout_ns % 1_000_000_000];
    let tsp = if timeout_ns < 0 {
        0
    } else {
        ts.as_ptr() as usize
    };
    // SAFETY: the kernel reads `*addr` and the optional timespec.
    unsafe {
        arch::syscall6(
            arch::SYS_FUTEX,
            addr.as_ptr() as usize,
            128,
            val as usize,
            tsp,
            0,
            0,
        );
    }
}

/// `futex(FUTEX_WAKE_PRIVATE)`: wakes up to `n` threads waiting on `addr`.
pub fn futex_wake(addr: &core::sync::atomic::AtomicU32, n: u32) {
    // SAFETY: the kernel only uses the address as a key.
    unsafe {
        arch::syscall6(
            arch::SYS_FUTEX,
            addr.as_ptr() as usize,
            129,
            n as usize,
            0,
            0,
            0,
        );
    }
}

/// Blocks every asynchronous signal on the calling thread (helper threads
/// leave the preemption signal to the main thread). The synchronous ones
/// (SIGILL, SIGBUS, SIGFPE, SIGSEGV) stay open: the kernel would force
/// them anyway, and the stack-limit trap is a SIGILL.
pub fn block_all_signals() {
    const SYNC: u64 = 1 << (4 - 1) | 1 << (7 - 1) | 1 << (8 - 1) | 1 << (11 - 1);
    let all: u64 = !SYNC;
    // SAFETY: the kernel reads one 8-byte signal set.
    unsafe {
        arch::syscall6(
            arch::SYS_RT_SIGPROCMASK,
            0,
            &all as *const u64 as usize,
            0,
            8,
            0,
            0,
        );
    }
}

/// The number of `clone(2)`, for the thread-start assembly.
pub const SYS_CLONE: usize = arch::SYS_CLONE;

/// Points the calling thread's thread register (FS base on x86-64,
/// `TPIDR_EL0` on arm64) at `p`: the runtime keeps the thread's `M` there.
pub fn set_thread_pointer(p: u64) {
    #[cfg(target_arch = "x86_64")]
    {
        const ARCH_SET_FS: usize = 0x1002;
        // SAFETY: sets this thread's FS base; nothing else uses FS here.
        let r = unsafe { arch::syscall2(arch::SYS_ARCH_PRCTL, ARCH_SET_FS, p as usize) };
        if r < 0 {
            exit_group(2);
        }
    }
    // SAFETY: the register is this thread's, reserved for the runtime.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!("msr tpidr_el0, {}", in(reg) p)
    };
}

/// `eventfd2(0, EFD_NONBLOCK | EFD_CLOEXEC)`: the descriptor or `-errno`.
pub fn eventfd() -> isize {
    // SAFETY: no pointers.
    unsafe { arch::syscall2(arch::SYS_EVENTFD2, 0, 0o4000 | 0o2000000) }
}

/// `sched_yield(2)`: lets other threads have the CPU.
pub fn sched_yield() {
    // SAFETY: no arguments.
    unsafe { arch::syscall1(arch::SYS_SCHED_YIELD, 0) };
}
