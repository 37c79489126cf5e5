//! Threads (Ms) and the hand-off of the processor (P) around blocking
//! system calls.
//!
//! One P runs Go code: whichever thread owns it runs goroutines and the
//! scheduler, and only the owner touches the scheduler's state, so the P
//! is the runtime's lock. A goroutine about to make a system call that may
//! block ([`entersyscall`]) marks the P as *in a system call* and records
//! whether other work waits; the monitor thread ([`sysmon`]) checks every
//! 1 to 10 ms and, when the same call is still blocked and work is
//! waiting (runnable goroutines, a due timer, network waiters), takes the
//! P and hands it to a spare thread, which runs the scheduler. When the
//! call returns ([`exitsyscall`]) the goroutine keeps the P if nobody took
//! it, else its thread waits until the owner releases the P (the owner
//! checks for such waiters each time it schedules) and continues.
//!
//! gc's design, with one P: a blocking read no longer stalls the other
//! goroutines. Helper threads block every signal; the preemption signal is
//! handled by the main thread and only flips the running goroutine's
//! `stackguard0`, whichever thread runs it.

use crate::global::Global;
use crate::sched::{self, G};
use crate::sys;
use core::sync::atomic::{AtomicI64, AtomicPtr, AtomicU32, AtomicU64, Ordering};

/// `P_STATE`: the owner runs Go code or the scheduler.
const P_RUNNING: u32 = 0;
/// The owner is in a system call; the monitor may retake the P. The
/// state's upper bits name the thread (`M::id`, see [`p_syscall`]), so that
/// a thread returning from a call it made while it owned the P cannot take
/// the state of a later owner's call for its own.
const P_SYSCALL: u32 = 1;
/// The monitor took the P and is handing it to a spare thread.
const P_HANDOFF: u32 = 2;
/// Nobody owns the P (its last owner went idle while calls were blocked).
const P_IDLE: u32 = 3;
/// The low bits of `P_STATE` hold one of the states above.
const P_KIND: u32 = 3;

/// The `P_STATE` of thread `id` in a system call.
const fn p_syscall(id: u32) -> u32 {
    P_SYSCALL | id << 2
}

static P_STATE: AtomicU32 = AtomicU32::new(P_RUNNING);
/// Bumped by every `entersyscall`, so the monitor can tell one long call
/// from many short ones.
static SYSCALL_SEQ: AtomicU64 = AtomicU64::new(0);
/// Goroutines inside a system call (they are not deadlocked).
static IN_SYSCALL: AtomicU64 = AtomicU64::new(0);
/// Threads waiting to take the P back after a system call.
static RETURNERS: AtomicU32 = AtomicU32::new(0);
/// At `entersyscall`: whether runnable goroutines or network waiters
/// exist, and the earliest timer (i64::MAX: none).
static WORK_WAITING: AtomicU32 = AtomicU32::new(0);
static NEXT_TIMER: AtomicI64 = AtomicI64::new(i64::MAX);

/// A thread.
pub struct M {
    /// Top of the thread's own (system) stack.
    g0_top: u64,
    /// 1 when the thread has been handed the P.
    wake: AtomicU32,
    next_spare: *mut M,
    /// Small number naming the thread in `P_STATE` (the main thread's is 0).
    id: u32,
}

/// The last `M::id` given out.
static LAST_M_ID: AtomicU32 = AtomicU32::new(0);

/// The thread that owns the P (written by each new owner).
static OWNER: AtomicPtr<M> = AtomicPtr::new(core::ptr::null_mut());
/// Parked spare threads (only the monitor and the P owner touch the list,
/// under `SPARE_LOCK`).
static SPARES: Global<*mut M> = Global::new(core::ptr::null_mut());
static SPARE_LOCK: AtomicU32 = AtomicU32::new(0);
static MONITOR: AtomicU32 = AtomicU32::new(0);

/// The main thread's `M`.
static M0: Global<M> = Global::new(M {
    g0_top: 0,
    wake: AtomicU32::new(0),
    next_spare: core::ptr::null_mut(),
    id: 0,
});

/// Size of a helper thread's own stack.
const THREAD_STACK: usize = 256 << 10;

/// Records the main thread's system stack; it owns the P at start.
pub fn init_main(g0_top: u64) {
    let m = M0.get();
    // SAFETY: called once at startup, before any other thread exists.
    unsafe { (*m).g0_top = g0_top };
    OWNER.store(m, Ordering::Release);
}

fn lock_spares() {
    while SPARE_LOCK
        .compare_exchange_weak(0, 1, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        core::hint::spin_loop();
    }
}

fn unlock_spares() {
    SPARE_LOCK.store(0, Ordering::Release);
}

/// Whether goroutines are inside system calls or waiting to get the P
/// back after one.
pub fn in_syscalls() -> bool {
    IN_SYSCALL.load(Ordering::Acquire) > 0 || RETURNERS.load(Ordering::Acquire) > 0
}

/// Bumped to wake the P's owner from [`idle_sleep`].
static IDLE_WAKE: AtomicU32 = AtomicU32::new(0);

/// The scheduler's sleep while nothing is runnable: up to `ns`
/// nanoseconds, cut short when a thread returning from a system call
/// wants the P.
pub fn idle_sleep(ns: i64) {
    let v = IDLE_WAKE.load(Ordering::Acquire);
    if RETURNERS.load(Ordering::Acquire) > 0 {
        return;
    }
    sys::futex_wait(&IDLE_WAKE, v, ns);
}

/// Before a system call that may block, on the P's owner. Always inlined:
/// the frame record it leaves in `G.sched_fp` must be its caller's, which
/// stays on the stack for the length of the call.
#[inline(always)]
pub fn entersyscall(g: *mut G) {
    let work = sched::others_runnable() || crate::netpoll::has_waiters();
    WORK_WAITING.store(work as u32, Ordering::Relaxed);
    NEXT_TIMER.store(
        crate::time::next_deadline().unwrap_or(i64::MAX),
        Ordering::Relaxed,
    );
    let m = OWNER.load(Ordering::Relaxed);
    // SAFETY: `g` is the running goroutine; `m` is this thread's `M`.
    let id = unsafe {
        (*g).m = m as *mut u8;
        // The collector may run while the call blocks: it walks the
        // goroutine's frames from here (they do not change meanwhile).
        (*g).sched_fp = crate::traceback::frame_pointer() as u64;
        (*m).id
    };
    IN_SYSCALL.fetch_add(1, Ordering::AcqRel);
    SYSCALL_SEQ.fetch_add(1, Ordering::AcqRel);
    P_STATE.store(p_syscall(id), Ordering::Release);
    // The monitor is only needed once something could use the P while
    // this call blocks.
    let timers = NEXT_TIMER.load(Ordering::Relaxed) != i64::MAX;
    if work || timers {
        start_monitor();
    }
}

/// Starts the monitor thread unless it runs already. The scheduler calls
/// it with the second goroutine, as gc starts sysmon early: the first
/// thread a program makes is expensive under qemu (it retranslates all
/// code), better paid before timers run than in the middle of a call.
pub fn start_monitor() {
    if MONITOR.load(Ordering::Relaxed) == 0 {
        MONITOR.store(1, Ordering::Relaxed);
        start_thread(sysmon_main, core::ptr::null_mut());
    }
}

/// After the system call: continues with the P, waiting for it if the
/// monitor handed it to another thread meanwhile.
pub fn exitsyscall(g: *mut G) {
    IN_SYSCALL.fetch_sub(1, Ordering::AcqRel);
    // SAFETY: `g.m` is this thread's `M`, set by `entersyscall`.
    let id = unsafe { (*((*g).m as *mut M)).id };
    // Only this thread's own call state means it still owns the P: after
    // a hand-off, the new owner's goroutines make calls of their own.
    if P_STATE
        .compare_exchange(
            p_syscall(id),
            P_RUNNING,
            Ordering::AcqRel,
            Ordering::Acquire,
        )
        .is_ok()
    {
        return;
    }
    RETURNERS.fetch_add(1, Ordering::AcqRel);
    // The owner may be sleeping until its next timer.
    IDLE_WAKE.fetch_add(1, Ordering::AcqRel);
    sys::futex_wake(&IDLE_WAKE, 1);
    loop {
        let s = P_STATE.load(Ordering::Acquire);
        if s == P_IDLE
            && P_STATE
                .compare_exchange(P_IDLE, P_RUNNING, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
        {
            break;
        }
        sys::futex_wait(&P_STATE, s, 10_000_000);
    }
    RETURNERS.fetch_sub(1, Ordering::AcqRel);
    // SAFETY: we own the P again; `g.m` is this thread's `M`.
    unsafe {
        let m = (*g).m as *mut M;
        become_owner(m);
        sched::set_curg(g);
    }
}

/// This thread now owns the P: its stack becomes the system stack the
/// context switches use.
///
/// # Safety
/// The caller must own the P; `m` is the calling thread's `M`.
unsafe fn become_owner(m: *mut M) {
    OWNER.store(m, Ordering::Release);
    // SAFETY: only the P's owner switches to the system stack.
    unsafe { sched::set_g0_sp((*m).g0_top) };
}

/// Called by the scheduler (owner, on the system stack) before it looks
/// for work: gives the P to a thread returning from a system call, or,
/// with `idle`, releases it because nothing can run while calls block.
/// Returns only if this thread keeps the P.
pub fn maybe_release(idle: bool) {
    if RETURNERS.load(Ordering::Acquire) == 0 && !idle {
        return;
    }
    let me = OWNER.load(Ordering::Acquire);
    P_STATE.store(P_IDLE, Ordering::Release);
    sys::futex_wake(&P_STATE, u32::MAX);
    park_spare(me)
}

/// Parks this thread as a spare until the monitor hands it the P, then
/// runs the scheduler.
fn park_spare(m: *mut M) -> ! {
    lock_spares();
    // SAFETY: the list is ours under the lock; `m` is this thread's.
    unsafe {
        (*m).wake.store(0, Ordering::Relaxed);
        (*m).next_spare = *SPARES.get();
        *SPARES.get() = m;
    }
    unlock_spares();
    // SAFETY: `m` is this thread's `M`; it stays valid forever.
    let wake = unsafe { &(*m).wake };
    while wake.load(Ordering::Acquire) == 0 {
        sys::futex_wait(wake, 0, -1);
    }
    // The monitor moved the P to P_HANDOFF for us.
    P_STATE.store(P_RUNNING, Ordering::Release);
    // SAFETY: we own the P now.
    unsafe { become_owner(m) };
    sched::schedule_on_g0()
}

/// The monitor's shortest period. gc's is 20 µs, but a hand-off may have
/// to start a thread, which costs tens of milliseconds under qemu; a call
/// blocked for a millisecond is worth a thread, a slow `write` is not.
const MONITOR_MIN_DELAY: i64 = 1_000_000;

/// The monitor thread: retakes the P from a goroutine blocked in a system
/// call when other work waits, and from nobody when timers or the network
/// need it.
extern "C" fn sysmon_main(_arg: *mut M) -> ! {
    let mut delay: i64 = MONITOR_MIN_DELAY;
    let mut last_seq = u64::MAX;
    loop {
        sys::nanosleep(delay);
        let state = P_STATE.load(Ordering::Acquire);
        let seq = SYSCALL_SEQ.load(Ordering::Acquire);
        let due = NEXT_TIMER.load(Ordering::Relaxed) <= sys::nanotime();
        let work = WORK_WAITING.load(Ordering::Relaxed) != 0 || due;
        let retake = match state & P_KIND {
            P_SYSCALL => seq == last_seq && work,
            P_IDLE => work || crate::netpoll::has_waiters(),
            _ => false,
        };
        last_seq = seq;
        if retake
            && P_STATE
                .compare_exchange(state, P_HANDOFF, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
        {
            if state & P_KIND == P_IDLE {
                // Whatever made it idle is over or a timer is due.
                WORK_WAITING.store(0, Ordering::Relaxed);
            }
            hand_off();
            delay = MONITOR_MIN_DELAY;
        } else if state & P_KIND == P_RUNNING {
            delay = (delay * 2).min(10_000_000);
        }
    }
}

/// Wakes a spare thread (making one if none is parked) to take the P.
fn hand_off() {
    lock_spares();
    // SAFETY: the list is ours under the lock.
    let m = unsafe {
        let m = *SPARES.get();
        if !m.is_null() {
            *SPARES.get() = (*m).next_spare;
        }
        m
    };
    unlock_spares();
    if m.is_null() {
        start_thread(spare_main, core::ptr::null_mut());
        return;
    }
    // SAFETY: a parked spare's `M` is valid forever.
    unsafe {
        (*m).wake.store(1, Ordering::Release);
        sys::futex_wake(&(*m).wake, 1);
    }
}

/// A new thread made to take the P (`hand_off` found no spare).
extern "C" fn spare_main(m: *mut M) -> ! {
    P_STATE.store(P_RUNNING, Ordering::Release);
    // SAFETY: the monitor set P_HANDOFF for this thread; `m` is its `M`.
    unsafe { become_owner(m) };
    sched::schedule_on_g0()
}

/// Starts a thread with its own stack running `f(m)`, `m` being its new
/// `M` (the argument is ignored). Never fails silently: no thread is fatal.
fn start_thread(f: extern "C" fn(*mut M) -> !, _arg: *mut M) {
    let Some(stack) = sys::mmap_anon(THREAD_STACK, sys::PROT_READ | sys::PROT_WRITE, 0) else {
        crate::panic::throw(b"runtime: cannot allocate thread stack");
    };
    let m = crate::mem::persistentalloc(core::mem::size_of::<M>(), 8) as *mut M;
    let top = stack as u64 + THREAD_STACK as u64;
    // SAFETY: `m` is a fresh allocation; the stack is unused. The child
    // starts with [m, f] at the top of its stack (see `clone_thread`).
    unsafe {
        m.write(M {
            g0_top: top - 64,
            wake: AtomicU32::new(0),
            next_spare: core::ptr::null_mut(),
            id: LAST_M_ID.fetch_add(1, Ordering::Relaxed) + 1,
        });
        let sp = (top - 64) as *mut u64;
        *sp = m as u64;
        *sp.add(1) = thread_start as *const () as u64;
        *sp.add(2) = f as *const () as u64;
        if clone_thread(sp as u64) < 0 {
            crate::panic::throw(b"runtime: cannot create thread");
        }
    }
}

/// First Rust code of a new thread: signals blocked, then `f(m)`.
extern "C" fn thread_start(m: *mut M, f: extern "C" fn(*mut M) -> !) -> ! {
    sys::block_all_signals();
    crate::signal::init_thread();
    f(m)
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
