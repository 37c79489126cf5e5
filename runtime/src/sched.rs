//! Goroutines and the scheduler.
//!
//! A goroutine is a [`G`]: its stack (section 4 of abi.md: small, grown by
//! copying in [`crate::stack`]), and while it is not running the stack
//! pointer at which it stopped (`sched_sp`). The word at `sched_sp` is the
//! address of the code that resumes it, so switching to a goroutine is
//! "load SP, return" ([`gogo`]) whatever stopped it: a park from runtime
//! code ([`switch_out`], which saved the callee-saved registers), a
//! preemption or growth in `morestack` (which saved every register), or a
//! fresh goroutine (whose stack starts with [`gostart`]'s frame).
//!
//! The scheduler runs on the thread's own stack (gc's g0): every switch
//! away from a goroutine resets SP to the top of that stack and calls a
//! function that never returns ([`schedule`] in the end), so the system
//! stack never accumulates frames. One thread runs all goroutines today
//! (a single M owning a single P); runnable goroutines wait in a FIFO run
//! queue plus `runnext`, the slot for the goroutine readied last (a new
//! goroutine, or the receiver a send just woke), which runs first as in gc.
//! When nothing is runnable the scheduler sleeps until the earliest timer
//! ([`crate::time`]); with no timer either, every goroutine is blocked for
//! good and the program dies with gc's deadlock error.
//!
//! Preemption: a 10 ms `SIGALRM` (started with the second goroutine) sets
//! the running goroutine's `stackguard0` to [`STACK_PREEMPT`], which makes
//! the next function prologue or loop back-edge check call `morestack`;
//! `morestack` sees the request and yields.

use crate::buf::Buf;
use crate::global::Global;
use crate::print::{Sink, Stderr};
use crate::stack;
use crate::sys;

/// A goroutine. `#[repr(C)]` with the offsets in abi.md section 3; compiled
/// code reads `stackguard0` at offset 16, `ret0` at offset 32 and `stacklimit` at
/// offset 64.
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
    /// While not running: its stack pointer; the word there is the address
    /// that resumes it.
    pub sched_sp: u64,
    /// The prologue of every Go function that has a frame or makes calls
    /// traps when SP minus its frame would fall below this (`stack_lo`
    /// plus the guard); the trap grows the stack (abi.md section 4).
    /// Unlike `stackguard0` it never holds [`STACK_PREEMPT`].
    pub stacklimit: u64,
    /// Set (to 1) by the stack-limit trap handler: the `morestack` it
    /// enters only grows the stack (the function has not started, so its
    /// arguments are in registers no stack map describes, and it must
    /// not stop where the collector could scan it). [`stack::ensure`]
    /// sets it to the free bytes it wants.
    pub entry_grow: u64,
    /// One of the `G_*` states.
    pub status: u32,
    /// Why it waits (a `WAIT_*` index), for the deadlock report.
    pub waitreason: u32,
    /// Next goroutine in the run queue or a free list.
    pub schedlink: *mut G,
    /// Set by whoever wakes it: e.g. the chosen `select` case, or whether
    /// a channel operation completed (1) or found the channel closed (0).
    pub param: u64,
    /// Every goroutine ever made, for the deadlock report.
    pub alllink: *mut G,
    /// Scratch for the channel code: the waiting records of a `select`.
    pub waiting: *mut u8,
    /// Set when one case of the `select` this goroutine waits in completed.
    pub selectdone: u64,
    /// The return address of the `go` statement that created it (0 for
    /// main and timer goroutines), for "created by" in tracebacks.
    pub gopc: u64,
    /// The number of the goroutine that created it.
    pub parent: u64,
    /// While in a system call: the thread (`thread::M`) making it.
    pub m: *mut u8,
    /// While not running Go code: the newest frame record on its stack
    /// (0: none), where the collector starts walking its frames. Set by
    /// [`switch_out`], by a yield in `morestack` and by `entersyscall`.
    pub sched_fp: u64,
    /// The closure a new goroutine runs (kept alive until it ends).
    pub startenv: u64,
    /// A heap object runtime code on this goroutine's stack needs while it
    /// is parked (the collector does not scan runtime frames).
    pub keep: u64,
    /// The arguments of the system call it is in: addresses of buffers
    /// the kernel uses, which Go code may hold only as `uintptr` (gc keeps
    /// such arguments alive for the length of the call too).
    pub sysargs: [u64; 6],
    /// A runtime goroutine (the finalizer goroutine): `NumGoroutine` and
    /// deadlock reports leave it out, as gc leaves out its own.
    pub system: bool,
    /// Counts [`crate::defer::deferseq`] tags.
    pub deferseq: u64,
}

/// `G.status`: not in use (on the free list).
pub const G_DEAD: u32 = 0;
/// In the run queue.
pub const G_RUNNABLE: u32 = 1;
/// On the thread.
pub const G_RUNNING: u32 = 2;
/// Parked: something else will make it runnable.
pub const G_WAITING: u32 = 3;

/// Wait reasons, with gc's texts ([`WAIT_REASONS`]).
pub const WAIT_CHAN_RECEIVE: u32 = 0;
/// `chan send`.
pub const WAIT_CHAN_SEND: u32 = 1;
/// `select`.
pub const WAIT_SELECT: u32 = 2;
/// `select (no cases)`.
pub const WAIT_SELECT_NO_CASES: u32 = 3;
/// `chan receive (nil chan)`.
pub const WAIT_CHAN_RECEIVE_NIL: u32 = 4;
/// `chan send (nil chan)`.
pub const WAIT_CHAN_SEND_NIL: u32 = 5;
/// `sleep`.
pub const WAIT_SLEEP: u32 = 6;
/// `sync.Mutex.Lock` and the other semaphore waits.
pub const WAIT_SEMACQUIRE: u32 = 7;
/// `sync.Cond.Wait`.
pub const WAIT_COND: u32 = 8;
/// `IO wait` (the network poller).
pub const WAIT_IO: u32 = 9;
/// `finalizer wait` (the finalizer goroutine with nothing to run).
pub const WAIT_FINALIZER: u32 = 10;

const WAIT_REASONS: [&[u8]; 11] = [
    b"chan receive",
    b"chan send",
    b"select",
    b"select (no cases)",
    b"chan receive (nil chan)",
    b"chan send (nil chan)",
    b"sleep",
    b"sync.Mutex.Lock",
    b"sync.Cond.Wait",
    b"IO wait",
    b"finalizer wait",
];

/// `stackguard0` value that makes every check call `morestack`, which then
/// yields (gc's `stackPreempt`).
pub const STACK_PREEMPT: u64 = 0xffff_ffff_ffff_fade;

/// Offset of `sched_sp` in `G` (used by the assembly below).
const SCHED_SP: usize = 56;
/// Offset of `sched_fp` in `G` (used by the assembly below).
const SCHED_FP: usize = core::mem::offset_of!(G, sched_fp);

/// The limit gc reports in its stack overflow message.
pub const MAX_STACK_BYTES: u64 = 1_000_000_000;

/// The number gc gives the first goroutine a program creates: go1.27
/// starts the runtime's own goroutines (2 to 6) before `main.main`.
const FIRST_USER_GOID: u64 = 7;

/// The scheduler's state (one thread runs Go code).
struct Sched {
    /// The goroutine on the thread, or null while the scheduler runs.
    curg: *mut G,
    /// Runs before the queue.
    runnext: *mut G,
    runq_head: *mut G,
    runq_tail: *mut G,
    /// Dead goroutines whose `G` (and initial-size stack) can be reused.
    gfree: *mut G,
    allg: *mut G,
    /// Goroutines not dead.
    live: u64,
    next_id: u64,
    /// The top of the system stack, where every switch to it starts.
    g0_sp: u64,
    /// `runtime.GOMAXPROCS` setting (one thread runs Go code regardless).
    gomaxprocs: u64,
    /// Whether the preemption timer runs.
    ticking: bool,
    /// Whether main called `runtime.Goexit`.
    main_exited: bool,
    /// Passes of the scheduler loop.
    tick: u64,
}

static SCHED: Global<Sched> = Global::new(Sched {
    curg: core::ptr::null_mut(),
    runnext: core::ptr::null_mut(),
    runq_head: core::ptr::null_mut(),
    runq_tail: core::ptr::null_mut(),
    gfree: core::ptr::null_mut(),
    allg: core::ptr::null_mut(),
    live: 0,
    next_id: FIRST_USER_GOID,
    g0_sp: 0,
    gomaxprocs: 1,
    ticking: false,
    main_exited: false,
    tick: 0,
});

/// The top of the system stack; the assembly reads it.
#[no_mangle]
pub static mut GOCL_G0_SP: u64 = 0;

fn sched() -> &'static mut Sched {
    // SAFETY: one thread runs Go code and the scheduler, and no function of
    // this module keeps the reference across a switch. The SIGALRM handler
    // only reads `curg` (see `preempt_signal`).
    unsafe { &mut *SCHED.get() }
}

/// The goroutine on the thread (null on the system stack).
/// Calls `f` with every goroutine that is not dead.
pub fn for_each_g(mut f: impl FnMut(*mut G)) {
    let mut g = sched().allg;
    while !g.is_null() {
        // SAFETY: `allg` links live `G`s (never freed).
        unsafe {
            if (*g).status != G_DEAD {
                f(g);
            }
            g = (*g).alllink;
        }
    }
}

/// Asks the running goroutine, if any, to stop at its next check.
pub fn preempt_current() {
    let g = sched().curg;
    if !g.is_null() {
        // SAFETY: the running goroutine is live.
        unsafe { (*g).stackguard0 = STACK_PREEMPT };
    }
}

/// `runtime.GC`: a full collection before it returns.
#[export_name = "runtime.GC"]
pub extern "C" fn gc(g: *mut G) {
    crate::gc::request_forced();
    // SAFETY: `g` is the running goroutine; the scheduler collects before
    // it runs anything else.
    unsafe { switch_out(g, gosched_m) };
}

pub fn curg() -> *mut G {
    sched().curg
}

/// The number of goroutine `g` (of the running goroutine when `g` is null).
///
/// # Safety
/// `g` must be null or point to a live `G`.
pub unsafe fn goroutine_id(g: *const G) -> u64 {
    let g = if g.is_null() { curg() as *const G } else { g };
    if g.is_null() {
        return 1;
    }
    // SAFETY: a non-null `g` is live (caller contract).
    unsafe { (*g).id }
}

/// Makes a `G` with a fresh stack whose first switch runs `start` with
/// `g` and `arg` (see [`gostart`]). Reuses a dead goroutine when there is
/// one.
fn new_g(start: u64, arg: u64) -> *mut G {
    let s = sched();
    let g = if !s.gfree.is_null() {
        let g = s.gfree;
        // SAFETY: free-list entries are dead `G`s owned by the scheduler.
        unsafe { s.gfree = (*g).schedlink };
        g
    } else {
        let g = crate::mem::persistentalloc(core::mem::size_of::<G>(), 8) as *mut G;
        let (lo, hi) = stack::alloc(stack::initial_size());
        // SAFETY: `g` is a fresh zeroed allocation of a `G`.
        unsafe {
            (*g).stack_lo = lo;
            (*g).stack_hi = hi;
            (*g).alllink = s.allg;
        }
        s.allg = g;
        g
    };
    // SAFETY: `g` is ours (fresh or from the free list) and its stack is
    // unused; the frame written at the top is the one `gostart` expects.
    unsafe {
        stack::set_bounds(&mut *g);
        (*g).id = s.next_id;
        (*g).defers = core::ptr::null_mut();
        (*g).panic = core::ptr::null_mut();
        (*g).param = 0;
        (*g).schedlink = core::ptr::null_mut();
        (*g).waiting = core::ptr::null_mut();
        (*g).gopc = 0;
        (*g).parent = 0;
        (*g).sched_fp = 0;
        (*g).startenv = arg;
        (*g).keep = 0;
        (*g).system = false;
        let top = (*g).stack_hi as *mut u64;
        // [resume pc | pad] [g] [arg] [0]; gostart pops g and arg.
        let frame = top.sub(6);
        *frame = start;
        *frame.add(1) = 0;
        *frame.add(2) = g as u64;
        *frame.add(3) = arg;
        *frame.add(4) = 0;
        *frame.add(5) = 0;
        (*g).sched_sp = frame as u64;
        (*g).status = G_RUNNABLE;
    }
    s.next_id += 1;
    s.live += 1;
    g
}

/// Builds the main goroutine, running `go:entry`, and its first frame.
pub fn init_main_g() -> *mut G {
    stack::init();
    crate::signal::init();
    let s = sched();
    let save = s.next_id;
    s.next_id = 1;
    let g = new_g(gostart_main as *const () as u64, 0);
    s.next_id = save;
    s.gomaxprocs = sys::ncpu();
    // SAFETY: reading one variable of the environment at startup.
    if let Some(n) = crate::env::getenv(b"GOMAXPROCS").and_then(crate::env::parse_int) {
        if n > 0 {
            s.gomaxprocs = n as u64;
        }
    }
    g
}

/// Starts the scheduler on the system stack with `g` (the main goroutine)
/// runnable; never returns. `sp` is the top of the system stack.
pub fn start(g: *mut G, sp: u64) -> ! {
    crate::thread::init_main(sp);
    sched().g0_sp = sp;
    // SAFETY: written once before any switch reads it.
    unsafe { GOCL_G0_SP = sp };
    runq_put(g, false);
    schedule()
}

/// Sets the system stack top the context switches use (the P's owner's).
///
/// # Safety
/// Only the thread that owns the P may call this, for its own stack.
pub unsafe fn set_g0_sp(sp: u64) {
    sched().g0_sp = sp;
    // SAFETY: only the P's owner reads it (caller contract).
    unsafe { GOCL_G0_SP = sp };
}

/// Records the goroutine the P runs (after a system call returned).
pub fn set_curg(g: *mut G) {
    sched().curg = g;
}

/// Runs the scheduler from the top of the owner's system stack.
pub fn schedule_on_g0() -> ! {
    // SAFETY: the caller owns the P and runs on its system stack; nothing
    // on it is needed any more.
    unsafe { mcall(core::ptr::null_mut(), schedule_m) }
}

extern "C" fn schedule_m(_g: *mut G) -> ! {
    schedule()
}

/// Queues runnable `g`; `next` puts it in `runnext` (the previous occupant
/// goes to the queue's tail).
fn runq_put(g: *mut G, next: bool) {
    let s = sched();
    let g = if next {
        core::mem::replace(&mut s.runnext, g)
    } else {
        g
    };
    if g.is_null() {
        return;
    }
    // SAFETY: `g` is a live `G` not in any queue.
    unsafe { (*g).schedlink = core::ptr::null_mut() };
    if s.runq_tail.is_null() {
        s.runq_head = g;
    } else {
        // SAFETY: the tail is a live queued `G`.
        unsafe { (*s.runq_tail).schedlink = g };
    }
    s.runq_tail = g;
}

fn runq_get() -> *mut G {
    let s = sched();
    if !s.runnext.is_null() {
        return core::mem::replace(&mut s.runnext, core::ptr::null_mut());
    }
    let g = s.runq_head;
    if !g.is_null() {
        // SAFETY: queued `G`s are live.
        s.runq_head = unsafe { (*g).schedlink };
        if s.runq_head.is_null() {
            s.runq_tail = core::ptr::null_mut();
        }
    }
    g
}

/// Whether another goroutine is waiting to run.
pub fn others_runnable() -> bool {
    let s = sched();
    !s.runnext.is_null() || !s.runq_head.is_null()
}

/// Runs goroutines until the program exits; on the system stack.
pub fn schedule() -> ! {
    let s = sched();
    s.curg = core::ptr::null_mut();
    loop {
        // A thread back from a system call waits for the P: let it run.
        crate::thread::maybe_release(false);
        // Every goroutine is stopped at a call: the collector's moment.
        if crate::gc::requested() {
            crate::gc::collect();
        }
        crate::time::run_timers();
        // Goroutines waiting for descriptors get a look now and then even
        // while others keep the thread busy (gc polls from its scheduler
        // and sysmon too).
        s.tick = s.tick.wrapping_add(1);
        if crate::netpoll::has_waiters() && (s.tick % 61 == 0 || !others_runnable()) {
            crate::netpoll::netpoll(0);
        }
        let g = runq_get();
        if !g.is_null() {
            execute(g);
        }
        let deadline = crate::time::next_deadline();
        let in_calls = crate::thread::in_syscalls();
        if crate::netpoll::has_waiters() {
            // Block in the poller until an event or the next timer (or,
            // while system calls block, a little, to let them back in).
            let mut wait = deadline.map_or(-1, |when| (when - sys::nanotime()).max(0));
            if in_calls && (wait < 0 || wait > 1_000_000) {
                wait = 1_000_000;
            }
            crate::netpoll::netpoll(wait);
            continue;
        }
        match deadline {
            Some(when) => {
                let now = sys::nanotime();
                if when > now {
                    let mut wait = when - now;
                    if in_calls {
                        wait = wait.min(1_000_000);
                    }
                    crate::thread::idle_sleep(wait);
                }
            }
            // Goroutines blocked in system calls will come back: give up
            // the P until then.
            None if in_calls => crate::thread::maybe_release(true),
            None => deadlock(),
        }
    }
}

/// Goroutine switches so far (the preemption tick compares it).
pub static SCHED_TICK: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(0);

fn execute(g: *mut G) -> ! {
    let s = sched();
    SCHED_TICK.fetch_add(1, core::sync::atomic::Ordering::Relaxed);
    // SAFETY: `g` came off the run queue: live and runnable; its stack
    // starts with a resume frame at `sched_sp`.
    unsafe {
        (*g).status = G_RUNNING;
        // Clears a preemption request; `stacklimit` moves only with the
        // stack.
        (*g).stackguard0 = (*g).stack_lo + stack::guard();
        s.curg = g;
        gogo((*g).sched_sp)
    }
}

/// Every goroutine is blocked and no timer can wake one: gc's fatal error,
/// with the state of each goroutine.
fn deadlock() -> ! {
    let s = sched();
    let mut out = Stderr;
    if s.main_exited {
        out.put(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        sys::exit_group(crate::panic::EXIT_PANIC);
    }
    out.put(b"fatal error: all goroutines are asleep - deadlock!\n");
    let mut g = s.allg;
    let mut gs: [*mut G; 64] = [core::ptr::null_mut(); 64];
    let mut n = 0;
    while !g.is_null() && n < gs.len() {
        // SAFETY: `allg` links live `G`s (never freed).
        unsafe {
            if (*g).status == G_WAITING && !(*g).system {
                gs[n] = g;
                n += 1;
            }
            g = (*g).alllink;
        }
    }
    // gc lists goroutines by number.
    gs[..n].sort_unstable_by_key(|&g| {
        // SAFETY: as above.
        unsafe { (*g).id }
    });
    for &g in &gs[..n] {
        let mut b = Buf::<96>::new();
        b.extend(b"\ngoroutine ");
        // SAFETY: as above.
        unsafe {
            b.push_u64((*g).id);
            b.extend(b" [");
            b.extend(WAIT_REASONS[(*g).waitreason as usize]);
        }
        b.extend(b"]:\n");
        out.put(b.as_bytes());
        // SAFETY: a parked goroutine's stack starts with `switch_out`'s
        // save area, whose frame record links to its callers.
        crate::traceback::print_from(&mut out, unsafe { (*g).sched_sp } as usize + SAVED_FP);
        // SAFETY: as above.
        unsafe { crate::traceback::print_creator(&mut out, (*g).gopc, (*g).parent) };
    }
    sys::exit_group(crate::panic::EXIT_PANIC)
}

/// Offset from a parked goroutine's `sched_sp` to the frame record that
/// [`switch_out`] made (resume slot and saved registers lie below it).
#[cfg(target_arch = "x86_64")]
const SAVED_FP: usize = 6 * 8;
#[cfg(target_arch = "aarch64")]
const SAVED_FP: usize = 16 + 4 * 16 + 5 * 16;

/// Parks the running goroutine `g` (its state already recorded by the
/// caller in a wait queue) until [`ready`] makes it runnable again.
pub fn park(g: *mut G, reason: u32) {
    // SAFETY: `g` is the running goroutine.
    unsafe {
        (*g).status = G_WAITING;
        (*g).waitreason = reason;
        switch_out(g, park_m);
    }
}

extern "C" fn park_m(_g: *mut G) -> ! {
    schedule()
}

/// Makes parked `g` runnable; it runs next (gc's `ready`).
pub fn ready(g: *mut G) {
    // SAFETY: `g` is a live parked goroutine.
    unsafe { (*g).status = G_RUNNABLE };
    runq_put(g, true);
}

/// Makes parked `g` runnable at the back of the queue.
pub fn ready_last(g: *mut G) {
    // SAFETY: `g` is a live parked goroutine.
    unsafe { (*g).status = G_RUNNABLE };
    runq_put(g, false);
}

extern "C" fn gosched_m(g: *mut G) -> ! {
    // SAFETY: `g` just switched out; it is live.
    unsafe { (*g).status = G_RUNNABLE };
    runq_put(g, false);
    schedule()
}

/// `runtime.Gosched`: lets the other runnable goroutines run first.
#[export_name = "runtime.Gosched"]
pub extern "C" fn gosched(g: *mut G) {
    if others_runnable() || crate::time::next_deadline().is_some() {
        // SAFETY: `g` is the running goroutine.
        unsafe { switch_out(g, gosched_m) };
    }
}

/// Called by `morestack` (on the system stack) when `g` was asked to
/// yield; its registers are saved at `sp`, whose first word resumes it.
pub fn preempted(g: *mut G, sp: u64, fp: u64) -> ! {
    // SAFETY: `g` is the goroutine that called morestack.
    unsafe {
        (*g).sched_sp = sp;
        (*g).sched_fp = fp;
        (*g).status = G_RUNNABLE;
    }
    runq_put(g, false);
    schedule()
}

/// `go f(args)`: the closure `env` (whose first word is its code) runs in
/// a new goroutine.
#[export_name = "runtime.newproc"]
#[inline(never)]
pub extern "C" fn newproc(g: *mut G, env: *const u8) {
    if env.is_null() {
        crate::panic::throw(b"go of nil func value");
    }
    let ng = spawn(env, true);
    // SAFETY: `ng` is the fresh goroutine; `g` is the running one.
    unsafe {
        (*ng).gopc = crate::traceback::caller_pc(g, -1);
        (*ng).parent = (*g).id;
    }
}

/// Starts a goroutine running closure `env`; with `next` it runs next (a
/// `go` statement), else after the queued ones (a timer's function, which
/// must not push aside the goroutines its channel send wakes).
pub fn spawn(env: *const u8, next: bool) -> *mut G {
    let g = new_g(gostart as *const () as u64, env as u64);
    runq_put(g, next);
    let s = sched();
    if !s.ticking {
        s.ticking = true;
        crate::signal::start_preemption();
        crate::thread::start_monitor();
    }
    g
}

/// A goroutine's function returned: its `G` goes on the free list.
extern "C" fn goexit0(g: *mut G) -> ! {
    let s = sched();
    // SAFETY: `g` finished; we are on the system stack, off its stack.
    unsafe {
        stack::check_depth((*g).stack_lo, (*g).stack_hi);
        (*g).status = G_DEAD;
        if !(*g).system {
            s.live -= 1;
        }
        (*g).startenv = 0;
        (*g).keep = 0;
        (*g).sched_fp = 0;
        if (*g).stack_hi - (*g).stack_lo != stack::initial_size() {
            stack::free((*g).stack_lo, (*g).stack_hi);
            let (lo, hi) = stack::alloc(stack::initial_size());
            (*g).stack_lo = lo;
            (*g).stack_hi = hi;
        }
        (*g).schedlink = s.gfree;
    }
    s.gfree = g;
    schedule()
}

/// Called by [`gostart`] when the goroutine's closure returns.
extern "C" fn goexit1(g: *mut G) -> ! {
    // SAFETY: switching to the system stack for good.
    unsafe { mcall(g, goexit0) }
}

/// `runtime.Goexit`: runs the goroutine's deferred calls, then ends it.
#[export_name = "runtime.Goexit"]
pub extern "C" fn goexit(g: *mut G) {
    crate::defer::run_all_deferred(g);
    // SAFETY: `g` is the running goroutine.
    if unsafe { (*g).id } == 1 {
        sched().main_exited = true;
        // SAFETY: as above; main never resumes, so its frames are dead.
        unsafe {
            (*g).status = G_WAITING;
            (*g).sched_fp = 0;
        }
        sched().live -= 1;
        // SAFETY: main never resumes.
        unsafe { mcall(g, park_m) }
    }
    goexit1(g)
}

/// Makes `g` a system goroutine (see [`G::system`]).
pub fn make_system(g: *mut G) {
    // SAFETY: `g` is the running goroutine.
    unsafe {
        if !(*g).system {
            (*g).system = true;
            sched().live -= 1;
        }
    }
}

/// `runtime.NumGoroutine`.
#[export_name = "runtime.NumGoroutine"]
pub extern "C" fn num_goroutine(_g: *mut G) -> i64 {
    sched().live as i64
}

/// `runtime.GOMAXPROCS(n)`: the previous setting; `n > 0` changes it.
#[export_name = "runtime.GOMAXPROCS"]
pub extern "C" fn gomaxprocs(_g: *mut G, n: i64) -> i64 {
    let s = sched();
    let old = s.gomaxprocs;
    if n > 0 {
        s.gomaxprocs = n as u64;
    }
    old as i64
}

/// `runtime.NumCPU`.
#[export_name = "runtime.NumCPU"]
pub extern "C" fn num_cpu(_g: *mut G) -> i64 {
    sys::ncpu() as i64
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

// --- Context switches -------------------------------------------------

extern "C" {
    /// Emitted by the compiler: runs every package's `init`, then
    /// `main.main`.
    #[cfg(not(test))]
    #[link_name = "go:entry"]
    fn go_entry(g: *mut G);
    /// Emitted by the compiler: calls closure `env` (`env[0](g, env)`).
    #[cfg(not(test))]
    #[link_name = "go:calldefer"]
    fn go_calldefer(g: *mut G, env: *const u8);
}

/// `go:entry` returned: `main.main` is done, the program exits with status 0.
#[cfg(not(test))]
extern "C" fn main_returned() -> ! {
    let g = curg();
    // SAFETY: the main goroutine is live.
    unsafe { stack::check_depth((*g).stack_lo, (*g).stack_hi) };
    stack::report_depth();
    sys::exit_group(0)
}

#[cfg(test)]
pub(crate) unsafe extern "C" fn gogo(_sp: u64) -> ! {
    unreachable!()
}
#[cfg(test)]
pub(crate) unsafe extern "C" fn switch_out(_g: *mut G, _f: extern "C" fn(*mut G) -> !) {}
#[cfg(test)]
unsafe extern "C" fn mcall(_g: *mut G, _f: extern "C" fn(*mut G) -> !) -> ! {
    unreachable!()
}
#[cfg(test)]
unsafe extern "C" fn gostart() {}
#[cfg(test)]
unsafe extern "C" fn gostart_main() {}

/// Runs `f` on the thread's system stack when called on a goroutine's
/// stack (else just calls it): for runtime code too deep for the guard
/// area of a goroutine stack (abi.md section 4). `f` must not park the
/// goroutine, call Go code or reach the scheduler: the system stack is
/// the scheduler's, free only while a goroutine runs.
pub fn systemstack<F: FnMut()>(mut f: F) {
    if !stack::on_stack_of(curg(), stack::current_sp()) {
        return f();
    }
    extern "C" fn call<F: FnMut()>(p: *mut u8) {
        // SAFETY: `p` is the `&mut F` passed below, live for the call.
        unsafe { (*(p as *mut F))() }
    }
    // SAFETY: the system stack is unused while a goroutine runs, and `f`
    // returns without switching goroutines.
    unsafe { on_system_stack(&mut f as *mut F as *mut u8, call::<F>) }
}

/// Calls `f(arg)` with SP at the top of the system stack, then returns on
/// the caller's stack.
///
/// # Safety
/// As [`systemstack`].
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
unsafe extern "C" fn on_system_stack(_arg: *mut u8, _f: extern "C" fn(*mut u8)) {
    core::arch::naked_asm!(
        "push rbp",
        "mov rbp, rsp",
        "mov rsp, [rip + {g0}]",
        "call rsi",
        "mov rsp, rbp",
        "pop rbp",
        "ret",
        g0 = sym GOCL_G0_SP,
    )
}

/// See the x86-64 version.
///
/// # Safety
/// As [`systemstack`].
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
unsafe extern "C" fn on_system_stack(_arg: *mut u8, _f: extern "C" fn(*mut u8)) {
    core::arch::naked_asm!(
        "stp x29, x30, [sp, #-16]!",
        "mov x29, sp",
        "adrp x9, {g0}",
        "ldr x9, [x9, :lo12:{g0}]",
        "mov sp, x9",
        "blr x1",
        "mov sp, x29",
        "ldp x29, x30, [sp], #16",
        "ret",
        g0 = sym GOCL_G0_SP,
    )
}

#[cfg(test)]
unsafe extern "C" fn on_system_stack(arg: *mut u8, f: extern "C" fn(*mut u8)) {
    f(arg)
}

/// Resumes a goroutine: SP = `sp`, then return to the address stored there.
///
/// # Safety
/// `sp` must be a goroutine's `sched_sp`.
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
pub(crate) unsafe extern "C" fn gogo(_sp: u64) -> ! {
    core::arch::naked_asm!("mov rsp, rdi", "ret")
}

/// Saves the running goroutine `g` (callee-saved registers and a resume
/// address on its stack, SP in `g.sched_sp`), then calls `f(g)` on the
/// system stack. Returns when the goroutine is resumed.
///
/// # Safety
/// `g` must be the running goroutine and `f` must not return.
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
pub(crate) unsafe extern "C" fn switch_out(_g: *mut G, _f: extern "C" fn(*mut G) -> !) {
    core::arch::naked_asm!(
        "push rbp",
        "mov rbp, rsp",
        "mov [rdi + {sched_fp}], rbp",
        "push rbx",
        "push r12",
        "push r13",
        "push r14",
        "push r15",
        "lea rax, [rip + 2f]",
        "push rax",
        "mov [rdi + {sched_sp}], rsp",
        "mov rsp, [rip + {g0}]",
        "call rsi",
        "ud2",
        "2:",
        "pop r15",
        "pop r14",
        "pop r13",
        "pop r12",
        "pop rbx",
        "pop rbp",
        "ret",
        sched_sp = const SCHED_SP,
        sched_fp = const SCHED_FP,
        g0 = sym GOCL_G0_SP,
    )
}

/// Calls `f(g)` on the system stack without saving anything (the
/// goroutine never resumes at this point).
///
/// # Safety
/// `f` must not return.
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
unsafe extern "C" fn mcall(_g: *mut G, _f: extern "C" fn(*mut G) -> !) -> ! {
    core::arch::naked_asm!("mov rsp, [rip + {g0}]", "call rsi", "ud2", g0 = sym GOCL_G0_SP)
}

/// A new goroutine's first code: pops `g` and the closure, calls it, and
/// ends the goroutine.
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
unsafe extern "C" fn gostart() {
    // Entered by `ret` with SP at [pad, g, env, 0, 0].
    core::arch::naked_asm!(
        "add rsp, 8",
        "pop rbx",
        "pop rsi",
        "mov rdi, rbx",
        "xor ebp, ebp",
        "call {calldefer}",
        "mov rdi, rbx",
        "call {exit}",
        "ud2",
        calldefer = sym go_calldefer,
        exit = sym goexit1,
    )
}

/// The main goroutine's first code: `go:entry(g)`, then exit(0).
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
unsafe extern "C" fn gostart_main() {
    core::arch::naked_asm!(
        "add rsp, 8",
        "pop rdi",
        "add rsp, 8",
        "xor ebp, ebp",
        "call {entry}",
        "call {done}",
        "ud2",
        entry = sym go_entry,
        done = sym main_returned,
    )
}

/// Resumes a goroutine (arm64): SP = `sp`, then jump to the address there.
///
/// # Safety
/// As the x86-64 version.
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
pub(crate) unsafe extern "C" fn gogo(_sp: u64) -> ! {
    core::arch::naked_asm!("mov sp, x0", "ldr x9, [sp]", "br x9")
}

/// See the x86-64 version. The resume slot is 16 bytes (SP alignment).
///
/// # Safety
/// As the x86-64 version.
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
pub(crate) unsafe extern "C" fn switch_out(_g: *mut G, _f: extern "C" fn(*mut G) -> !) {
    core::arch::naked_asm!(
        "stp x29, x30, [sp, #-16]!",
        "mov x29, sp",
        "str x29, [x0, #{sched_fp}]",
        "stp x19, x20, [sp, #-16]!",
        "stp x21, x22, [sp, #-16]!",
        "stp x23, x24, [sp, #-16]!",
        "stp x25, x26, [sp, #-16]!",
        "stp x27, x28, [sp, #-16]!",
        "stp d8, d9, [sp, #-16]!",
        "stp d10, d11, [sp, #-16]!",
        "stp d12, d13, [sp, #-16]!",
        "stp d14, d15, [sp, #-16]!",
        "adr x9, 2f",
        "stp x9, xzr, [sp, #-16]!",
        "mov x9, sp",
        "str x9, [x0, #{sched_sp}]",
        "adrp x9, {g0}",
        "ldr x9, [x9, :lo12:{g0}]",
        "mov sp, x9",
        "blr x1",
        "brk #0x3e8",
        "2:",
        "add sp, sp, #16",
        "ldp d14, d15, [sp], #16",
        "ldp d12, d13, [sp], #16",
        "ldp d10, d11, [sp], #16",
        "ldp d8, d9, [sp], #16",
        "ldp x27, x28, [sp], #16",
        "ldp x25, x26, [sp], #16",
        "ldp x23, x24, [sp], #16",
        "ldp x21, x22, [sp], #16",
        "ldp x19, x20, [sp], #16",
        "ldp x29, x30, [sp], #16",
        "ret",
        sched_sp = const SCHED_SP,
        sched_fp = const SCHED_FP,
        g0 = sym GOCL_G0_SP,
    )
}

/// See the x86-64 version.
///
/// # Safety
/// As the x86-64 version.
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
unsafe extern "C" fn mcall(_g: *mut G, _f: extern "C" fn(*mut G) -> !) -> ! {
    core::arch::naked_asm!(
        "adrp x9, {g0}",
        "ldr x9, [x9, :lo12:{g0}]",
        "mov sp, x9",
        "blr x1",
        "brk #0x3e8",
        g0 = sym GOCL_G0_SP,
    )
}

/// See the x86-64 version.
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
unsafe extern "C" fn gostart() {
    // Entered with SP at [pc, pad, g, env, 0, 0].
    core::arch::naked_asm!(
        "ldp x19, x1, [sp, #16]",
        "add sp, sp, #32",
        "mov x0, x19",
        "mov x29, xzr",
        "mov x30, xzr",
        "bl {calldefer}",
        "mov x0, x19",
        "bl {exit}",
        "brk #0x3e8",
        calldefer = sym go_calldefer,
        exit = sym goexit1,
    )
}

/// See the x86-64 version.
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
unsafe extern "C" fn gostart_main() {
    core::arch::naked_asm!(
        "ldr x0, [sp, #16]",
        "add sp, sp, #32",
        "mov x29, xzr",
        "mov x30, xzr",
        "bl {entry}",
        "bl {done}",
        "brk #0x3e8",
        entry = sym go_entry,
        done = sym main_returned,
    )
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
        assert_eq!(offset_of!(G, sched_sp), SCHED_SP);
        assert_eq!(offset_of!(G, stacklimit), 64);
        assert_eq!(size_of::<G>() % 8, 0);
    }

    #[test]
    fn overflow_message() {
        // SAFETY: an all-zero `G` is valid (null pointers, zero numbers).
        let mut g: G = unsafe { core::mem::zeroed() };
        g.stack_lo = 0x1000;
        g.stack_hi = 0x4000_1000;
        let mut b = Buf::<256>::new();
        stack_overflow_message(&mut b, &g, 0x10f00);
        assert_eq!(
            b.as_bytes(),
            &b"runtime: goroutine stack exceeds 1000000000-byte limit\n\
               runtime: sp=0x10f00 stack=[0x1000, 0x40001000]\n"[..]
        );
    }

    #[test]
    fn gomaxprocs_parse() {
        use crate::env::parse_int;
        assert_eq!(parse_int(b"4"), Some(4));
        assert_eq!(parse_int(b""), None);
        assert_eq!(parse_int(b"x"), None);
        assert_eq!(parse_int(b"-"), None);
        assert_eq!(parse_int(b"-20"), Some(-20));
        assert_eq!(parse_int(b"99999999999999999999"), None);
    }
}
