//! Threads (Ms): their per-thread state, their creation and parking, and
//! system calls that may block.
//!
//! Each thread has an [`M`], found through the thread register (FS base
//! on x86-64, `TPIDR_EL0` on arm64), which holds the top of the thread's
//! own stack (gc's g0, where the scheduler runs), the goroutine it runs
//! and the P it holds. An M without work parks on a futex in the idle
//! list ([`stopm`]); [`startm`] hands a P to an idle M, or starts a
//! thread, to run goroutines with it.
//!
//! A goroutine about to make a system call that may block
//! ([`entersyscall`]) leaves its P in the *system call* state. The
//! monitor thread ([`sysmon_main`]) retakes a P whose call outlasts one of
//! its periods while other work could use it, and hands it to another M;
//! when the call returns ([`exitsyscall`]) the goroutine keeps its P if
//! nobody took it, else it looks for an idle P or queues itself and its
//! thread parks, as in gc.

use crate::lock::Mutex;
use crate::sched::{self, G, P};
use crate::sys;
use core::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};

/// A thread. `#[repr(C)]`: the assembly reads `g0_top` at [`M_G0_TOP`],
/// and [`cur_p`] reads `p` at [`M_P`] through the thread register.
#[repr(C)]
pub struct M {
    /// This `M` itself (the thread register points here).
    this: *mut M,
    /// Top of the thread's own (system) stack.
    pub g0_top: u64,
    /// The goroutine it runs (null while it runs the scheduler).
    pub curg: *mut G,
    /// The P it holds (null: none).
    pub p: *mut P,
    /// The P it held when it entered a system call.
    oldp: *mut P,
    /// The P [`startm`] hands it.
    nextp: AtomicPtr<P>,
    /// Set to 1 to wake it from [`stopm`].
    wake: AtomicU32,
    /// Whether it is looking for work to steal (counted in
    /// `sched::NMSPINNING`).
    pub spinning: bool,
    next_idle: *mut M,
    /// Called on the system stack once a parking goroutine is saved
    /// ([`sched::park_unlock`]).
    pub unlockf: Option<unsafe fn(*mut u8)>,
    /// The argument of `unlockf`.
    pub unlock_arg: *mut u8,
    /// The goroutine `runtime.LockOSThread` wired to it (null: none).
    pub lockedg: *mut G,
    /// Set while [`crate::time::run_timers`] runs a batch, after its first
    /// timer: [`sched::ready`] then queues at the back, so that the
    /// batch's goroutines run in deadline order.
    pub ready_last: bool,
}

/// Offset of `M::g0_top`.
pub const M_G0_TOP: usize = 8;
/// Offset of `M::p`.
const M_P: usize = 24;

/// Idle Ms, linked through `next_idle` (under `IDLE_LOCK`).
static IDLE_LOCK: Mutex = Mutex::new();
static IDLE: AtomicPtr<M> = AtomicPtr::new(core::ptr::null_mut());

/// Goroutines inside a system call whose P was taken meanwhile (by the
/// monitor or a collection). Those still holding theirs keep it out of
/// the idle list, so either way the deadlock check sees them; a shared
/// counter of every call would be written twice per call by every P.
pub static LOST_SYSCALL: AtomicU64 = AtomicU64::new(0);
static MONITOR: AtomicU32 = AtomicU32::new(0);

/// Size of a helper thread's own stack.
const THREAD_STACK: usize = 256 << 10;

fn new_m(g0_top: u64) -> *mut M {
    let m = crate::mem::persistentalloc(core::mem::size_of::<M>(), 64) as *mut M;
    // SAFETY: a fresh allocation of an `M`.
    unsafe {
        m.write(M {
            this: m,
            g0_top,
            curg: core::ptr::null_mut(),
            p: core::ptr::null_mut(),
            oldp: core::ptr::null_mut(),
            nextp: AtomicPtr::new(core::ptr::null_mut()),
            wake: AtomicU32::new(0),
            spinning: false,
            next_idle: core::ptr::null_mut(),
            unlockf: None,
            unlock_arg: core::ptr::null_mut(),
            lockedg: core::ptr::null_mut(),
            ready_last: false,
        });
    }
    m
}

/// Makes the main thread's `M`, with `g0_top` the top of its system
/// stack. First thing at startup: everything after reads the thread
/// register.
pub fn init_main(g0_top: u64) {
    let m = new_m(g0_top);
    sys::set_thread_pointer(m as u64);
}

/// The calling thread's `M`.
#[cfg(not(test))]
#[inline(always)]
pub fn m() -> *mut M {
    let m: *mut M;
    // SAFETY: the thread register points at the thread's `M`, whose
    // first word is its own address.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!("mov {}, qword ptr fs:[0]", out(reg) m, options(nostack, readonly, preserves_flags))
    };
    // SAFETY: as above.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!("mrs {}, tpidr_el0", out(reg) m, options(nostack, nomem, preserves_flags))
    };
    m
}

/// The P the calling thread holds (null: none). One load through the
/// thread register: the allocator's fast path calls it.
#[cfg(not(test))]
#[inline(always)]
pub fn cur_p() -> *mut P {
    let p: *mut P;
    // SAFETY: as in `m`; `p` is at `M_P`.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!("mov {}, qword ptr fs:[{off}]", out(reg) p, off = const M_P, options(nostack, readonly, preserves_flags))
    };
    // SAFETY: as above.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!("mrs {p}, tpidr_el0", "ldr {p}, [{p}, #{off}]", p = out(reg) p, off = const M_P, options(nostack, readonly, preserves_flags))
    };
    p
}

/// Unit tests: one `M` and one P shared by every test thread (tests that
/// allocate hold `mem::TEST_LOCK`).
#[cfg(test)]
pub fn m() -> *mut M {
    use std::sync::OnceLock;
    static TEST_M: OnceLock<usize> = OnceLock::new();
    *TEST_M.get_or_init(|| {
        let m = new_m(0);
        // SAFETY: a fresh `M`; the test P lives forever.
        unsafe { (*m).p = sched::test_p() };
        m as usize
    }) as *mut M
}

/// See the non-test version.
#[cfg(test)]
pub fn cur_p() -> *mut P {
    // SAFETY: the test `M` lives forever.
    unsafe { (*m()).p }
}

/// Parks the calling thread, which holds no P, in the idle list until
/// [`startm`] hands it one; returns that P (not yet acquired).
pub fn stopm() -> *mut P {
    let m = m();
    IDLE_LOCK.lock();
    // SAFETY: the list is ours under the lock; `m` is this thread's.
    unsafe {
        (*m).wake.store(0, Ordering::Relaxed);
        (*m).next_idle = IDLE.load(Ordering::Relaxed);
    }
    IDLE.store(m, Ordering::Relaxed);
    IDLE_LOCK.unlock();
    // SAFETY: `m` is this thread's `M`; it lives forever.
    let wake = unsafe { &(*m).wake };
    while wake.load(Ordering::Acquire) == 0 {
        sys::futex_wait(wake, 0, -1);
    }
    // SAFETY: as above.
    unsafe { (*m).nextp.swap(core::ptr::null_mut(), Ordering::AcqRel) }
}

/// Sleeps until [`hand_nextp`] gives the calling thread, which holds
/// no P and is not on the idle list (its wired goroutine waits), a P;
/// returns it (not yet acquired).
pub fn wait_nextp() -> *mut P {
    let m = m();
    // SAFETY: `m` is this thread's `M`; it lives forever.
    let (wake, nextp) = unsafe { (&(*m).wake, &(*m).nextp) };
    loop {
        // `wake` is cleared before `nextp` is looked at: a hand-over
        // after the look sets it again, so the wait returns.
        wake.store(0, Ordering::SeqCst);
        let p = nextp.swap(core::ptr::null_mut(), Ordering::AcqRel);
        if !p.is_null() {
            return p;
        }
        sys::futex_wait(wake, 0, -1);
    }
}

/// Gives P `p` to thread `m`, which waits in [`wait_nextp`] (or is about
/// to).
pub fn hand_nextp(m: *mut M, p: *mut P) {
    // SAFETY: Ms live forever; `m` reads `nextp` after clearing `wake`.
    unsafe {
        (*m).nextp.store(p, Ordering::SeqCst);
        (*m).wake.store(1, Ordering::SeqCst);
        sys::futex_wake(&(*m).wake, 1);
    }
}

/// Runs P `p` (taken from the idle list or otherwise owned by the caller)
/// on an idle M, or on a new thread; `spinning` says the M starts out
/// looking for work (the caller counted it in `sched::NMSPINNING`).
pub fn startm(p: *mut P, spinning: bool) {
    IDLE_LOCK.lock();
    let m = IDLE.load(Ordering::Relaxed);
    if !m.is_null() {
        // SAFETY: idle Ms are valid forever; the list is ours.
        IDLE.store(unsafe { (*m).next_idle }, Ordering::Relaxed);
    }
    IDLE_LOCK.unlock();
    if m.is_null() {
        start_thread(p, spinning, mstart);
        return;
    }
    // SAFETY: a parked idle M; it reads `nextp` after `wake`.
    unsafe {
        (*m).spinning = spinning;
        (*m).nextp.store(p, Ordering::Release);
        (*m).wake.store(1, Ordering::Release);
        sys::futex_wake(&(*m).wake, 1);
    }
}

/// A new thread made by [`startm`]: takes its P and schedules.
extern "C" fn mstart(m: *mut M) -> ! {
    // SAFETY: `startm` stored the P before the thread started.
    let p = unsafe { (*m).nextp.swap(core::ptr::null_mut(), Ordering::AcqRel) };
    sched::acquirep(p);
    sched::schedule_on_g0()
}

/// Starts a thread with its own stack running `f(m)`, its new `M` holding
/// `p` to take. Never fails silently: no thread is fatal.
fn start_thread(p: *mut P, spinning: bool, f: extern "C" fn(*mut M) -> !) {
    let Some(stack) = sys::mmap_anon(THREAD_STACK, sys::PROT_READ | sys::PROT_WRITE, 0) else {
        crate::panic::throw(b"runtime: cannot allocate thread stack");
    };
    let top = stack as u64 + THREAD_STACK as u64;
    let m = new_m(top - 64);
    // SAFETY: `m` is fresh; the stack is unused. The child starts with
    // [m, start, f] at the top of its stack (see `clone_thread`).
    unsafe {
        (*m).spinning = spinning;
        (*m).nextp.store(p, Ordering::Release);
        let sp = (top - 64) as *mut u64;
        *sp = m as u64;
        *sp.add(1) = thread_start as *const () as u64;
        *sp.add(2) = f as *const () as u64;
        if clone_thread(sp as u64) < 0 {
            crate::panic::throw(b"runtime: cannot create thread");
        }
    }
}

/// First Rust code of a new thread: its thread register, signals
/// blocked, then `f(m)`.
extern "C" fn thread_start(m: *mut M, f: extern "C" fn(*mut M) -> !) -> ! {
    sys::set_thread_pointer(m as u64);
    sys::block_all_signals();
    crate::signal::init_thread();
    f(m)
}

/// Before a system call that may block. Always inlined: the frame record
/// it leaves in `G.sched_fp` must be its caller's, which stays on the
/// stack for the length of the call.
#[inline(always)]
pub fn entersyscall(g: *mut G) {
    let m = m();
    // SAFETY: `g` is the running goroutine, `m` this thread's `M`, which
    // holds a P.
    unsafe {
        let p = (*m).p;
        // The collector may run while the call blocks: it walks the
        // goroutine's frames from here (they do not change meanwhile).
        (*g).sched_fp = crate::traceback::frame_pointer() as u64;
        // Only the P's holder writes the count.
        let tick = &(*p).syscalltick;
        tick.store(tick.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
        (*m).oldp = p;
        (*m).p = core::ptr::null_mut();
        (*p).status.store(sched::P_SYSCALL, Ordering::Release);
        if sched::gc_waiting() {
            sched::stop_syscall_p(p);
        }
    }
    // The monitor is needed once something could use the P while this
    // call blocks.
    if MONITOR.load(Ordering::Relaxed) == 0 && sched::work_elsewhere() {
        start_monitor();
    }
}

/// Starts the monitor thread unless it runs already. The scheduler calls
/// it with the second goroutine, as gc starts sysmon early: the first
/// thread a program makes is expensive under qemu (it retranslates all
/// code), better paid before timers run than in the middle of a call.
pub fn start_monitor() {
    if MONITOR.swap(1, Ordering::Relaxed) == 0 {
        start_thread(core::ptr::null_mut(), false, sysmon_main);
    }
}

/// Starts a runtime thread that holds no P and runs `f` (the
/// collector's).
pub fn start_helper(f: extern "C" fn(*mut M) -> !) {
    start_thread(core::ptr::null_mut(), false, f);
}

/// After the system call: continues with the P it had, or, when the
/// monitor or a collection took it meanwhile, through the scheduler.
pub fn exitsyscall(g: *mut G) {
    let m = m();
    // SAFETY: `m` is this thread's `M`; `oldp` is the P it left.
    unsafe {
        let p = core::mem::replace(&mut (*m).oldp, core::ptr::null_mut());
        if (*p)
            .status
            .compare_exchange(
                sched::P_SYSCALL,
                sched::P_RUNNING,
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .is_ok()
        {
            (*m).p = p;
            if sched::gc_waiting() {
                // A collection waits for this P: stop at the next check.
                (*g).stackguard0 = sched::STACK_PREEMPT;
            }
            return;
        }
    }
    sched::exitsyscall_slow(g);
}

/// The monitor's shortest period. gc's is 20 µs, but a hand-off may have
/// to start a thread, which costs tens of milliseconds under qemu; a call
/// blocked for a millisecond is worth a thread, a slow `write` is not.
const MONITOR_MIN_DELAY: i64 = 1_000_000;

/// The monitor thread: retakes Ps from goroutines blocked in system calls
/// when other work could use them.
extern "C" fn sysmon_main(_m: *mut M) -> ! {
    let mut delay: i64 = MONITOR_MIN_DELAY;
    let mut seen = [u64::MAX; sched::MAX_PROCS];
    loop {
        sys::nanosleep(delay);
        if sched::retake(&mut seen) {
            delay = MONITOR_MIN_DELAY;
        } else {
            delay = (delay * 2).min(10_000_000);
        }
    }
}

const CLONE_FLAGS: usize = 0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x40000;

/// `clone(2)` a thread whose stack pointer is `sp`, where `[m, start, f]`
/// wait; the child calls `start(m, f)`. Returns the parent's result.
///
/// # Safety
/// `sp` must be the 16-byte aligned top of a fresh stack laid out as above.
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
unsafe extern "C" fn clone_thread(_sp: u64) -> i64 {
    core::arch::naked_asm!(
        "mov rsi, rdi",
        "mov rdi, {flags}",
        "xor edx, edx",
        "xor r10d, r10d",
        "xor r8d, r8d",
        "mov eax, {nr}",
        "syscall",
        "test rax, rax",
        "jz 2f",
        "ret",
        "2:",
        "xor ebp, ebp",
        "mov rdi, [rsp]",
        "mov rax, [rsp + 8]",
        "mov rsi, [rsp + 16]",
        "call rax",
        "ud2",
        flags = const CLONE_FLAGS,
        nr = const sys::SYS_CLONE,
    )
}

/// See the x86-64 version.
///
/// # Safety
/// As the x86-64 version.
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
unsafe extern "C" fn clone_thread(_sp: u64) -> i64 {
    core::arch::naked_asm!(
        "mov x1, x0",
        "mov x0, #{flags_lo}",
        "movk x0, #{flags_hi}, lsl #16",
        "mov x2, xzr",
        "mov x3, xzr",
        "mov x4, xzr",
        "mov x8, #{nr}",
        "svc #0",
        "cbz x0, 2f",
        "ret",
        "2:",
        "mov x29, xzr",
        "mov x30, xzr",
        "ldp x0, x9, [sp]",
        "ldr x1, [sp, #16]",
        "blr x9",
        "brk #0x3e8",
        flags_lo = const CLONE_FLAGS & 0xffff,
        flags_hi = const CLONE_FLAGS >> 16,
        nr = const sys::SYS_CLONE,
    )
}

#[cfg(test)]
unsafe fn clone_thread(_sp: u64) -> i64 {
    -1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_matches_the_assembly() {
        assert_eq!(core::mem::offset_of!(M, this), 0);
        assert_eq!(core::mem::offset_of!(M, g0_top), M_G0_TOP);
        assert_eq!(core::mem::offset_of!(M, p), M_P);
    }
}
