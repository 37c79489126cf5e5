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
//! The scheduler runs on each thread's own stack (gc's g0): every switch
//! away from a goroutine resets SP to the top of that stack (found through
//! the thread's [`thread::M`]) and calls a function that never returns
//! ([`schedule`] in the end), so the system stack never accumulates frames.
//!
//! G-M-P as in gc: `GOMAXPROCS` Ps, each with a local run queue
//! ([`crate::runq`]) and an allocation cache, are held by threads (Ms)
//! that run goroutines with them; a global queue under the scheduler lock
//! takes overflow and goroutines readied without a P. An M that runs out
//! of work steals half of another P's queue, then gives up its P and
//! sleeps: in the network poller until the next timer when goroutines
//! wait for descriptors or timers are pending (one M at a time), else on
//! a futex until [`wakep`] hands it a P. When every P is idle and nothing
//! can wake a goroutine, the program dies with gc's deadlock error.
//!
//! Preemption: a 10 ms `SIGALRM` (started with the second goroutine) sets
//! the `stackguard0` of each goroutine that ran for a whole period to
//! [`STACK_PREEMPT`], which makes its next function prologue or loop
//! back-edge check call `morestack`; `morestack` sees the request and
//! yields. A collection stops the world the same way ([`stop_the_world`]).

use crate::buf::Buf;
use crate::global::Global;
use crate::lock::Mutex;
use crate::print::{Sink, Stderr};
use crate::runq::{self, RunQ};
use crate::stack;
use crate::sys;
use crate::thread::{self, M};
use core::sync::atomic::{
    AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering,
};

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
    /// Set by the collector when the stack is mostly unused: the next
    /// check stops in `morestack`, which halves the stack there.
    pub shrink: bool,
    /// The `print` statement in progress (`crate::print`), made on the
    /// goroutine's first one.
    pub printbuf: *mut crate::print::PrintBuf,
    /// Counts [`crate::defer::deferseq`] tags.
    pub deferseq: u64,
    /// A dead goroutine heading a batch of the global free list: the next
    /// batch (see [`gfput`]).
    nextbatch: *mut G,
    /// The thread `runtime.LockOSThread` wired it to (null: none), and
    /// how many `LockOSThread` calls `UnlockOSThread` has still to undo.
    lockedm: *mut M,
    lockcount: u32,
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

/// `P.status`: on the idle list (or, during a collection, stopped).
pub const P_IDLE: u32 = 0;
/// Held by an M running goroutines or the scheduler.
pub const P_RUNNING: u32 = 1;
/// Left by a goroutine in a system call; the monitor may retake it.
pub const P_SYSCALL: u32 = 2;
/// Stopped for a collection.
pub const P_GCSTOP: u32 = 3;

/// The most Ps a program can have.
pub const MAX_PROCS: usize = 256;

/// A processor: what an M needs to run Go code (gc's P). Its run queue
/// and allocation cache are touched without locks by the M holding it.
#[repr(C)]
pub struct P {
    /// Index in `ALLP`.
    pub id: u32,
    /// One of the `P_*` states.
    pub status: AtomicU32,
    /// The M holding it (null when none; stale values are harmless).
    pub m: AtomicPtr<M>,
    /// Goroutines it has started running (the preemption signal compares).
    pub schedtick: AtomicU64,
    /// System calls made on it (the monitor compares).
    pub syscalltick: AtomicU64,
    /// The `schedtick` the preemption signal saw last.
    pub preempt_seen: AtomicU64,
    /// Idle list link (under `LOCK`).
    link: *mut P,
    /// Goroutines started minus goroutines ended on this P (see `LIVE`).
    live: AtomicI64,
    /// Dead goroutines for reuse, linked through `schedlink` (gc's
    /// per-P `gFree`), and how many.
    gfree: *mut G,
    ngfree: u32,
    /// Runnable goroutines.
    pub runq: RunQ,
    /// The allocator's per-P state.
    pub mcache: crate::mem::Cache,
    /// Timers armed by its goroutines.
    pub timers: crate::time::Timers,
}

/// Scheduler state shared by all Ps, under `LOCK`.
struct Sched {
    /// The global run queue (gc's `sched.runq`), linked through `schedlink`.
    runq_head: *mut G,
    runq_tail: *mut G,
    /// Idle Ps, linked through `link`.
    pidle: *mut P,
    /// Whether main called `runtime.Goexit`.
    main_exited: bool,
}

/// The scheduler lock. Order: channel, semaphore and timer locks come
/// before it; the idle-M, stack, heap and persistent-allocation locks
/// after it.
static LOCK: Mutex = Mutex::new();

static SCHED: Global<Sched> = Global::new(Sched {
    runq_head: core::ptr::null_mut(),
    runq_tail: core::ptr::null_mut(),
    pidle: core::ptr::null_mut(),
    main_exited: false,
});

/// Every P, `NPROCS` of them in use.
static ALLP: [AtomicPtr<P>; MAX_PROCS] =
    [const { AtomicPtr::new(core::ptr::null_mut()) }; MAX_PROCS];
static NPROCS: AtomicUsize = AtomicUsize::new(0);
/// `runtime.GOMAXPROCS`'s setting.
static GOMAXPROCS: AtomicU64 = AtomicU64::new(1);
/// Ps on the idle list.
static NPIDLE: AtomicU32 = AtomicU32::new(0);
/// Ms looking for work to steal.
static NMSPINNING: AtomicU32 = AtomicU32::new(0);
/// Goroutines in the global run queue.
static GLOBAL_RUNQ: AtomicU32 = AtomicU32::new(0);
/// Every goroutine ever made (linked through `alllink`, never unlinked).
static ALLG: AtomicPtr<G> = AtomicPtr::new(core::ptr::null_mut());
/// Goroutines not dead (and not system goroutines): this plus every P's
/// `live` (gc counts from its lists for the same reason: one shared
/// counter would be written by every `go` statement and goroutine exit
/// of every P).
static LIVE: AtomicI64 = AtomicI64::new(0);

/// Counts `d` goroutines more (or fewer) as live, on the calling
/// thread's P.
fn count_live(d: i64) {
    let p = thread::cur_p();
    // SAFETY: only the P's holder writes its count.
    unsafe {
        (*p).live
            .store((*p).live.load(Ordering::Relaxed) + d, Ordering::Relaxed)
    };
}
static NEXT_ID: AtomicU64 = AtomicU64::new(FIRST_USER_GOID);
/// Set while a collection stops the world.
static GCWAITING: AtomicU32 = AtomicU32::new(0);
/// Ps the collection still waits for, and the futex it waits on.
static STOPWAIT: AtomicU32 = AtomicU32::new(0);
static STOP_NOTE: AtomicU32 = AtomicU32::new(0);
/// Whether the preemption timer and the monitor run (from the second
/// goroutine on).
static TICKING: AtomicBool = AtomicBool::new(false);
/// Whether an M without a P blocks in the poller (at most one does).
static POLLING: AtomicBool = AtomicBool::new(false);

fn sched() -> &'static mut Sched {
    debug_assert!(LOCK.is_locked());
    // SAFETY: callers hold `LOCK` and keep no reference past it.
    unsafe { &mut *SCHED.get() }
}

/// The P with index `i < nprocs()`.
pub fn allp(i: usize) -> *mut P {
    ALLP[i].load(Ordering::Acquire)
}

/// The number of Ps.
pub fn nprocs() -> usize {
    NPROCS.load(Ordering::Acquire)
}

/// Calls `f` with every goroutine that is not dead.
pub fn for_each_g(mut f: impl FnMut(*mut G)) {
    let mut g = ALLG.load(Ordering::Acquire);
    while !g.is_null() {
        // SAFETY: `allg` links live `G`s (never freed, links fixed).
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
    let g = curg();
    if !g.is_null() {
        // SAFETY: the running goroutine is live.
        unsafe { (*g).stackguard0 = STACK_PREEMPT };
    }
}

/// Asks the goroutine running on `p`, if any, to stop at its next check.
fn preempt_p(p: *mut P) {
    // SAFETY: Ps, Ms and Gs are never freed; a stale M or G only gets a
    // request it clears when it next runs.
    unsafe {
        let m = (*p).m.load(Ordering::Acquire);
        if m.is_null() {
            return;
        }
        let g = core::ptr::read_volatile(&raw const (*m).curg);
        if !g.is_null() {
            core::ptr::write_volatile(&raw mut (*g).stackguard0, STACK_PREEMPT);
        }
    }
}

/// The preemption signal's tick: asks each goroutine that has run for a
/// whole period (its P started nothing since the last tick) to yield,
/// as gc's sysmon does.
pub fn preempt_long_running() {
    for i in 0..nprocs() {
        let p = allp(i);
        // SAFETY: Ps are never freed.
        unsafe {
            if (*p).status.load(Ordering::Relaxed) != P_RUNNING {
                continue;
            }
            let t = (*p).schedtick.load(Ordering::Relaxed);
            if (*p).preempt_seen.swap(t, Ordering::Relaxed) == t {
                preempt_p(p);
            }
        }
    }
}

/// `runtime.GC`: a full collection before it returns.
#[export_name = "runtime.GC"]
pub extern "C" fn gc(g: *mut G) {
    let want = crate::gc::request_forced();
    // The scheduler starts the cycle at the next pass and the collector's
    // thread finishes it; the caller yields until it is over.
    while crate::gc::completed() < want {
        // SAFETY: `g` is the running goroutine.
        unsafe { switch_out(g, gosched_m) };
    }
    // gc's runtime.GC sweeps too before it returns, so that what it
    // freed shows in the statistics.
    crate::gc::finish_sweep();
}

/// The goroutine the calling thread runs (null on the system stack).
pub fn curg() -> *mut G {
    // SAFETY: the thread's `M` lives forever.
    unsafe { (*thread::m()).curg }
}

/// Writes gc's goroutine header, `goroutine N [STATUS]:` and a newline,
/// with `, locked to thread` after the status of a wired goroutine, for
/// goroutine `g` (null: the running one, or main before any runs).
///
/// # Safety
/// `g` must be null or point to a live `G`.
pub unsafe fn put_goroutine_header<S: Sink>(out: &mut S, g: *const G, status: &[u8]) {
    let g = if g.is_null() { curg() as *const G } else { g };
    // SAFETY: a non-null `g` is live (caller contract).
    let (id, locked) = if g.is_null() {
        (1, false)
    } else {
        unsafe { ((*g).id, !(*g).lockedm.is_null()) }
    };
    let mut b = Buf::<128>::new();
    b.extend(b"goroutine ");
    b.push_u64(id);
    b.extend(b" [");
    b.extend(status);
    if locked {
        b.extend(b", locked to thread");
    }
    b.extend(b"]:\n");
    out.put(b.as_bytes());
}

/// Makes a `G` with a fresh stack whose first switch runs `start` with
/// `g` and `arg` (see [`gostart`]). Reuses a dead goroutine when there is
/// one.
fn new_g(start: u64, arg: u64, id: u64) -> *mut G {
    let mut g = gfget();
    if g.is_null() {
        g = crate::mem::persistentalloc(core::mem::size_of::<G>(), 8) as *mut G;
        let (lo, hi) = stack::alloc(stack::initial_size());
        // SAFETY: `g` is a fresh zeroed allocation of a `G`.
        unsafe {
            (*g).stack_lo = lo;
            (*g).stack_hi = hi;
        }
        // The list only grows, at its head.
        let mut head = ALLG.load(Ordering::Relaxed);
        loop {
            // SAFETY: as above; `g` is not published yet.
            unsafe { (*g).alllink = head };
            match ALLG.compare_exchange_weak(head, g, Ordering::Release, Ordering::Relaxed) {
                Ok(_) => break,
                Err(h) => head = h,
            }
        }
    }
    // SAFETY: `g` is ours (fresh or from the free list) and its stack is
    // unused; the frame written at the top is the one `gostart` expects.
    unsafe {
        stack::set_bounds(&mut *g);
        (*g).id = id;
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
        (*g).shrink = false;
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
    count_live(1);
    g
}

fn new_p(id: u32) -> *mut P {
    let p = crate::mem::persistentalloc(core::mem::size_of::<P>(), 64) as *mut P;
    // SAFETY: a fresh allocation of a `P`.
    unsafe {
        p.write(P {
            id,
            status: AtomicU32::new(P_IDLE),
            m: AtomicPtr::new(core::ptr::null_mut()),
            schedtick: AtomicU64::new(0),
            syscalltick: AtomicU64::new(0),
            preempt_seen: AtomicU64::new(u64::MAX),
            link: core::ptr::null_mut(),
            live: AtomicI64::new(0),
            gfree: core::ptr::null_mut(),
            ngfree: 0,
            runq: RunQ::new(),
            mcache: crate::mem::Cache::new(),
            timers: crate::time::Timers::new(),
        });
    }
    p
}

/// The P of unit tests (see `thread::m`).
#[cfg(test)]
pub fn test_p() -> *mut P {
    new_p(0)
}

/// Builds the Ps and the main goroutine, running `go:entry`, and its
/// first frame. The calling thread holds P 0 afterwards.
pub fn init_main_g() -> *mut G {
    stack::init();
    crate::signal::init();
    // One-time setup that later runs on several threads at once.
    crate::gc::init_settings();
    crate::heap::heap();
    let mut n = sys::ncpu();
    if let Some(v) = crate::env::getenv(b"GOMAXPROCS").and_then(crate::env::parse_int) {
        if v > 0 {
            n = v as u64;
        }
    }
    GOMAXPROCS.store(n, Ordering::Relaxed);
    let n = (n as usize).clamp(1, MAX_PROCS);
    for i in 0..n {
        ALLP[i].store(new_p(i as u32), Ordering::Release);
    }
    NPROCS.store(n, Ordering::Release);
    LOCK.lock();
    for i in (1..n).rev() {
        pidleput(allp(i));
    }
    LOCK.unlock();
    acquirep(allp(0));
    new_g(gostart_main as *const () as u64, 0, 1)
}

/// Starts the scheduler on the system stack with `g` (the main goroutine)
/// runnable; never returns.
pub fn start(g: *mut G) -> ! {
    runq_put(g, false);
    schedule()
}

/// Runs the scheduler from the top of the calling thread's system stack.
pub fn schedule_on_g0() -> ! {
    // SAFETY: the caller runs on its system stack with a P; nothing on it
    // is needed any more.
    unsafe { mcall(core::ptr::null_mut(), schedule_m) }
}

extern "C" fn schedule_m(_g: *mut G) -> ! {
    schedule()
}

/// Makes the calling thread's M hold `p` (off the idle list or handed
/// over).
pub fn acquirep(p: *mut P) {
    let m = thread::m();
    // SAFETY: `m` is this thread's; `p` is ours now.
    unsafe {
        (*m).p = p;
        (*p).m.store(m, Ordering::Release);
        (*p).status.store(P_RUNNING, Ordering::Release);
    }
}

/// Detaches the calling thread's P and returns it.
fn releasep() -> *mut P {
    let m = thread::m();
    // SAFETY: `m` is this thread's.
    unsafe {
        let p = core::mem::replace(&mut (*m).p, core::ptr::null_mut());
        (*p).m.store(core::ptr::null_mut(), Ordering::Release);
        p
    }
}

/// Puts P `p`, which the caller owns, on the idle list, or stops it when
/// a collection waits for it. Under `LOCK`.
fn pidleput(p: *mut P) {
    // SAFETY: `p` is ours; the list is ours under the lock.
    unsafe {
        if GCWAITING.load(Ordering::Acquire) != 0 {
            (*p).status.store(P_GCSTOP, Ordering::Release);
            stopped_one();
            return;
        }
        (*p).status.store(P_IDLE, Ordering::Release);
        let s = sched();
        (*p).link = s.pidle;
        s.pidle = p;
    }
    NPIDLE.fetch_add(1, Ordering::AcqRel);
}

/// An idle P (status running, owner to be set), or null; none while a
/// collection stops the world. Under `LOCK`.
fn pidleget() -> *mut P {
    if GCWAITING.load(Ordering::Acquire) != 0 {
        return core::ptr::null_mut();
    }
    let s = sched();
    let p = s.pidle;
    if !p.is_null() {
        // SAFETY: listed Ps are valid.
        unsafe {
            s.pidle = (*p).link;
            (*p).status.store(P_RUNNING, Ordering::Release);
        }
        NPIDLE.fetch_sub(1, Ordering::AcqRel);
    }
    p
}

/// Appends `g` to the global run queue. Under `LOCK`.
fn globrunq_put(g: *mut G) {
    let s = sched();
    // SAFETY: `g` is a live runnable `G` in no queue.
    unsafe { (*g).schedlink = core::ptr::null_mut() };
    if s.runq_tail.is_null() {
        s.runq_head = g;
    } else {
        // SAFETY: the tail is a live queued `G`.
        unsafe { (*s.runq_tail).schedlink = g };
    }
    s.runq_tail = g;
    GLOBAL_RUNQ.fetch_add(1, Ordering::AcqRel);
}

/// Takes a share of the global run queue for `p`: returns one goroutine
/// to run and moves up to `max - 1` more (0: no limit) to its local
/// queue. Under `LOCK`.
fn globrunq_get(p: *mut P, max: u32) -> *mut G {
    let size = GLOBAL_RUNQ.load(Ordering::Acquire);
    if size == 0 {
        return core::ptr::null_mut();
    }
    let mut n = (size / nprocs() as u32 + 1)
        .min(size)
        .min(runq::SIZE as u32 / 2);
    if max > 0 {
        n = n.min(max);
    }
    let s = sched();
    let take = |s: &mut Sched| {
        let g = s.runq_head;
        // SAFETY: queued `G`s are live.
        s.runq_head = unsafe { (*g).schedlink };
        if s.runq_head.is_null() {
            s.runq_tail = core::ptr::null_mut();
        }
        g
    };
    GLOBAL_RUNQ.fetch_sub(n, Ordering::AcqRel);
    let first = take(s);
    for _ in 1..n {
        let g = take(s);
        // SAFETY: `p` is the caller's; at most half its ring is taken.
        if unsafe { !(*p).runq.push(g) } {
            globrunq_put(g);
        }
    }
    first
}

/// Queues runnable `g` on the calling thread's P (`next`: in its
/// `runnext` slot) or, without a P, on the global queue.
fn runq_put(g: *mut G, next: bool) {
    let p = thread::cur_p();
    if p.is_null() {
        LOCK.lock();
        globrunq_put(g);
        LOCK.unlock();
        return;
    }
    // SAFETY: `p` is the calling thread's P.
    let q = unsafe { &(*p).runq };
    let g = if next { q.push_next(g) } else { g };
    if !g.is_null() && !q.push(g) {
        runq_spill(q, g);
    }
}

/// The local ring is full: half of it and `g` go to the global queue.
#[cold]
#[inline(never)]
fn runq_spill(q: &RunQ, g: *mut G) {
    LOCK.lock();
    q.spill_half(globrunq_put);
    globrunq_put(g);
    LOCK.unlock();
}

/// Whether anything besides the calling goroutine could use a P: queued
/// goroutines, timers, network waiters (the monitor is started then).
pub fn work_elsewhere() -> bool {
    if GLOBAL_RUNQ.load(Ordering::Acquire) > 0
        || crate::time::pending()
        || crate::netpoll::has_waiters()
    {
        return true;
    }
    // SAFETY: Ps are never freed.
    (0..nprocs()).any(|i| unsafe { !(*allp(i)).runq.is_empty() })
}

/// Starts an M spinning on an idle P when there is one and no M spins
/// already (gc's `wakep`): readied work finds a thread.
pub fn wakep() {
    if NPIDLE.load(Ordering::Acquire) == 0
        || NMSPINNING.load(Ordering::Acquire) != 0
        || NMSPINNING
            .compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed)
            .is_err()
    {
        return;
    }
    LOCK.lock();
    let p = pidleget();
    LOCK.unlock();
    if p.is_null() {
        NMSPINNING.fetch_sub(1, Ordering::AcqRel);
        return;
    }
    thread::startm(p, true);
}

/// Runs goroutines until the program exits; on the system stack, with a P.
pub fn schedule() -> ! {
    let m = thread::m();
    // SAFETY: `m` is this thread's.
    unsafe { (*m).curg = core::ptr::null_mut() };
    loop {
        // SAFETY: `m` is this thread's.
        let locked = unsafe { (*m).lockedg };
        if !locked.is_null() {
            // Its goroutine stopped running: the thread waits for it to
            // be runnable again and runs nothing else meanwhile.
            stoplockedm();
            execute(locked);
        }
        if gc_waiting() {
            gcstopm();
            continue;
        }
        if crate::gc::marking() {
            // A goroutine stopped for a mark assist: this M does it now.
            crate::gc::assist(thread::cur_p());
        }
        let resize = RESIZE.load(Ordering::Acquire);
        if (crate::gc::requested() || resize != 0) && crate::gc::begin() {
            if crate::gc::requested() {
                // What the last cycle left unswept, with the world
                // running (the cycle would sweep it in its pause).
                crate::gc::finish_sweep();
            }
            stop_the_world();
            if crate::gc::requested() {
                crate::gc::mark_setup();
            }
            let n = RESIZE.swap(0, Ordering::AcqRel);
            if n != 0 {
                procresize(n);
            }
            start_the_world();
            crate::gc::end();
            continue;
        }
        let p = thread::cur_p();
        // SAFETY: this thread holds `p`.
        let tick = unsafe { (*p).schedtick.load(Ordering::Relaxed) };
        let mut g = core::ptr::null_mut();
        if tick % 61 == 0 {
            // Fairness: the global queue and the network get a look now
            // and then even while local work keeps the P busy.
            if GLOBAL_RUNQ.load(Ordering::Acquire) > 0 {
                LOCK.lock();
                g = globrunq_get(p, 1);
                LOCK.unlock();
            }
            if crate::netpoll::has_waiters() && !POLLING.load(Ordering::Acquire) {
                ready_list(crate::netpoll::netpoll(0));
            }
        }
        if g.is_null() {
            // Timers, then the local queue first.
            g = findrunnable();
        }
        // SAFETY: `m` is this thread's.
        unsafe {
            if (*m).spinning {
                // Found work: another M may spin now (gc's resetspinning).
                (*m).spinning = false;
                if NMSPINNING.fetch_sub(1, Ordering::AcqRel) == 1 {
                    wakep();
                }
            }
            let lm = (*g).lockedm;
            if !lm.is_null() && lm != m {
                // Only its own thread runs a wired goroutine.
                startlockedm(lm);
                continue;
            }
        }
        execute(g);
    }
}

/// Whether timers or network waiters exist while no M sleeps in the
/// poller to wake for them: a P left idle then needs an M of its own.
fn poller_unwatched() -> bool {
    (crate::time::pending() || crate::netpoll::has_waiters()) && !POLLING.load(Ordering::Acquire)
}

/// Hands P `p`, which the caller releases, to a new M if work could use
/// it, else to the idle list (gc's `handoffp`).
fn handoffp(p: *mut P) {
    // SAFETY: Ps are never freed; `p` is the caller's.
    let local = unsafe { !(*p).runq.is_empty() };
    if !gc_waiting()
        && (local
            || GLOBAL_RUNQ.load(Ordering::Acquire) > 0
            || crate::gc::requested()
            || RESIZE.load(Ordering::Acquire) != 0
            || poller_unwatched())
    {
        thread::startm(p, false);
        return;
    }
    LOCK.lock();
    pidleput(p);
    checkdead();
    LOCK.unlock();
}

/// The wired goroutine of the calling thread stopped running: gives
/// away the thread's P, if it holds one, and sleeps until
/// [`startlockedm`] hands it a P to run that goroutine with (gc's
/// `stoplockedm`). Returns holding that P.
fn stoplockedm() {
    if !thread::cur_p().is_null() {
        handoffp(releasep());
    }
    let p = thread::wait_nextp();
    acquirep(p);
}

/// Runs the wired goroutine just taken off a queue on its thread `lm`:
/// the caller's P goes to `lm`, and the calling thread parks with the
/// idle ones until it gets a P again (gc's `startlockedm`).
fn startlockedm(lm: *mut M) {
    thread::hand_nextp(lm, releasep());
    let p = thread::stopm();
    acquirep(p);
}

/// `runtime.LockOSThread`: wires the running goroutine `g` to its
/// thread until as many `UnlockOSThread` calls.
#[export_name = "runtime.LockOSThread"]
pub extern "C" fn lock_os_thread(g: *mut G) {
    let m = thread::m();
    // SAFETY: `g` runs on this thread, whose `M` is `m`.
    unsafe {
        if (*g).lockcount == u32::MAX {
            crate::panic::throw(b"LockOSThread nesting overflow");
        }
        (*g).lockcount += 1;
        (*g).lockedm = m;
        (*m).lockedg = g;
    }
}

/// `runtime.UnlockOSThread`: undoes one `LockOSThread` (none: no-op).
#[export_name = "runtime.UnlockOSThread"]
pub extern "C" fn unlock_os_thread(g: *mut G) {
    // SAFETY: `g` runs on this thread, as above.
    unsafe {
        if (*g).lockcount == 0 {
            return;
        }
        (*g).lockcount -= 1;
        if (*g).lockcount == 0 {
            unwire(g);
        }
    }
}

/// Ends the wiring of goroutine `g`, which runs on its thread.
///
/// # Safety
/// `g` must be wired and run on the calling thread (or have just ended
/// there).
unsafe fn unwire(g: *mut G) {
    // SAFETY: caller contract.
    unsafe {
        (*(*g).lockedm).lockedg = core::ptr::null_mut();
        (*g).lockedm = core::ptr::null_mut();
        (*g).lockcount = 0;
    }
}

/// Makes every goroutine of list `l` (linked through `schedlink`)
/// runnable.
fn ready_list(mut l: *mut G) {
    while !l.is_null() {
        // SAFETY: the list links parked goroutines.
        let next = unsafe { (*l).schedlink };
        ready(l);
        l = next;
    }
}

/// Looks everywhere for a goroutine to run: local and global queues, the
/// network, other Ps' queues; then gives up the P and sleeps, in the
/// poller until the next timer when something may come from there.
/// Returns with a P and a goroutine.
fn findrunnable() -> *mut G {
    let m = thread::m();
    loop {
        if gc_waiting() {
            gcstopm();
            continue;
        }
        let p = thread::cur_p();
        crate::time::run_timers();
        // SAFETY: this thread holds `p`.
        let g = unsafe { (*p).runq.pop() };
        if !g.is_null() {
            return g;
        }
        if GLOBAL_RUNQ.load(Ordering::Acquire) > 0 {
            LOCK.lock();
            let g = globrunq_get(p, 0);
            LOCK.unlock();
            if !g.is_null() {
                return g;
            }
        }
        if crate::netpoll::has_waiters() && !POLLING.load(Ordering::Acquire) {
            let l = crate::netpoll::netpoll(0);
            if !l.is_null() {
                ready_list(l);
                continue;
            }
        }
        let n = nprocs();
        // SAFETY: `m` is this thread's.
        unsafe {
            let busy = n as u32 - NPIDLE.load(Ordering::Acquire);
            if !(*m).spinning && 2 * NMSPINNING.load(Ordering::Acquire) < busy {
                (*m).spinning = true;
                NMSPINNING.fetch_add(1, Ordering::AcqRel);
            }
            if (*m).spinning {
                let g = steal_work(p);
                if !g.is_null() {
                    return g;
                }
            }
        }
        // Nothing: give up the P.
        LOCK.lock();
        if gc_waiting() {
            LOCK.unlock();
            continue;
        }
        let g = globrunq_get(p, 0);
        if !g.is_null() {
            LOCK.unlock();
            return g;
        }
        pidleput(releasep());
        LOCK.unlock();
        // SAFETY: `m` is this thread's.
        if unsafe { core::mem::replace(&mut (*m).spinning, false) } {
            NMSPINNING.fetch_sub(1, Ordering::AcqRel);
            // A goroutine readied while we spun may have counted on us:
            // look once more before sleeping (gc does the same).
            // SAFETY: Ps are never freed.
            let work = GLOBAL_RUNQ.load(Ordering::Acquire) > 0
                || (0..n).any(|i| unsafe { !(*allp(i)).runq.is_empty() });
            if work {
                LOCK.lock();
                let p = pidleget();
                LOCK.unlock();
                if !p.is_null() {
                    acquirep(p);
                    // SAFETY: as above.
                    unsafe { (*m).spinning = true };
                    NMSPINNING.fetch_add(1, Ordering::AcqRel);
                    continue;
                }
            }
        }
        let may_come = crate::netpoll::has_waiters() || crate::time::pending();
        if may_come
            && POLLING
                .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
        {
            let l = crate::netpoll::netpoll_block();
            LOCK.lock();
            let p = pidleget();
            if p.is_null() {
                let mut l = l;
                while !l.is_null() {
                    // SAFETY: the list links readied goroutines.
                    let next = unsafe { (*l).schedlink };
                    // SAFETY: as above.
                    unsafe { (*l).status = G_RUNNABLE };
                    globrunq_put(l);
                    l = next;
                }
                POLLING.store(false, Ordering::Release);
                LOCK.unlock();
            } else {
                POLLING.store(false, Ordering::Release);
                LOCK.unlock();
                acquirep(p);
                ready_list(l);
                continue;
            }
        } else {
            LOCK.lock();
            checkdead();
            LOCK.unlock();
        }
        let p = thread::stopm();
        acquirep(p);
    }
}

/// Tries to take half of another P's queue (their `runnext` on the last
/// round), as gc's `stealWork`.
fn steal_work(p: *mut P) -> *mut G {
    let n = nprocs();
    for round in 0..4 {
        let start = crate::alg::rand() as usize % n;
        for i in 0..n {
            if gc_waiting() {
                return core::ptr::null_mut();
            }
            let v = allp((start + i) % n);
            if v == p {
                continue;
            }
            // SAFETY: Ps are never freed; `p` is ours and its ring empty.
            unsafe {
                let g = (*v).runq.steal_into(&(*p).runq, false);
                if !g.is_null() {
                    return g;
                }
                if round == 3 && (*v).runq.has_next() {
                    // Its goroutine probably just readied `next` and is
                    // about to block or exit (a hand-off): give its P the
                    // chance to run it, as gc does, a little longer while
                    // it makes no progress (under emulation the first run
                    // of a code path is slow).
                    let tick = (*v).schedtick.load(Ordering::Acquire);
                    for _ in 0..8 {
                        if (*v).status.load(Ordering::Acquire) != P_RUNNING
                            || (*v).schedtick.load(Ordering::Acquire) != tick
                            || !(*v).runq.has_next()
                        {
                            break;
                        }
                        sys::nanosleep(3_000);
                    }
                    let g = (*v).runq.steal_into(&(*p).runq, true);
                    if !g.is_null() {
                        return g;
                    }
                }
            }
        }
    }
    core::ptr::null_mut()
}

/// Every P is idle and nothing can wake a goroutine: gc's deadlock error.
/// Under `LOCK`.
fn checkdead() {
    if NPIDLE.load(Ordering::Acquire) as usize == nprocs()
        && thread::LOST_SYSCALL.load(Ordering::Acquire) == 0
        && !POLLING.load(Ordering::Acquire)
        && GLOBAL_RUNQ.load(Ordering::Acquire) == 0
        && !crate::time::pending()
        && !crate::netpoll::has_waiters()
        && !gc_waiting()
    {
        deadlock();
    }
}

fn execute(g: *mut G) -> ! {
    let m = thread::m();
    // SAFETY: `g` came off a run queue: live and runnable; its stack
    // starts with a resume frame at `sched_sp`. `m` holds a P.
    unsafe {
        // Only the P's holder writes its tick: no read-modify-write.
        let tick = &(*(*m).p).schedtick;
        tick.store(tick.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
        (*g).status = G_RUNNING;
        // Clears a preemption request; `stacklimit` moves only with the
        // stack.
        (*g).stackguard0 = if (*g).shrink {
            STACK_PREEMPT
        } else {
            (*g).stack_lo + stack::guard()
        };
        (*m).curg = g;
        gogo((*g).sched_sp)
    }
}

// --- Stopping the world ------------------------------------------------

/// Whether a collection is stopping (or has stopped) the world.
#[inline]
pub fn gc_waiting() -> bool {
    GCWAITING.load(Ordering::Acquire) != 0
}

/// One more P stopped for the collection.
fn stopped_one() {
    if STOPWAIT.fetch_sub(1, Ordering::AcqRel) == 1 {
        STOP_NOTE.store(1, Ordering::Release);
        sys::futex_wake(&STOP_NOTE, 1);
    }
}

/// The collection waits: this M's P stops, and the M parks until the
/// world starts again and someone hands it a P.
fn gcstopm() {
    let m = thread::m();
    // SAFETY: `m` is this thread's.
    unsafe {
        if core::mem::replace(&mut (*m).spinning, false) {
            NMSPINNING.fetch_sub(1, Ordering::AcqRel);
        }
    }
    LOCK.lock();
    pidleput(releasep());
    LOCK.unlock();
    let p = thread::stopm();
    acquirep(p);
}

/// Called by `entersyscall` when a collection waits: stops P `p`, left in
/// a system call, unless the collection did so already.
pub fn stop_syscall_p(p: *mut P) {
    // SAFETY: Ps are never freed.
    let won = unsafe {
        (*p).status
            .compare_exchange(P_SYSCALL, P_GCSTOP, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
    };
    if won {
        thread::LOST_SYSCALL.fetch_add(1, Ordering::AcqRel);
        stopped_one();
    }
}

/// Stops every P but the caller's: idle ones and those in system calls at
/// once, running ones at their goroutine's next check. On the system
/// stack: the scheduler holding a P, or the collector's thread, which
/// holds none.
pub fn stop_the_world() {
    let mine = thread::cur_p();
    let n = nprocs();
    LOCK.lock();
    STOP_NOTE.store(0, Ordering::Release);
    STOPWAIT.store(n as u32 - (!mine.is_null()) as u32, Ordering::Release);
    GCWAITING.store(1, Ordering::Release);
    let s = sched();
    let mut p = core::mem::replace(&mut s.pidle, core::ptr::null_mut());
    while !p.is_null() {
        // SAFETY: listed Ps are valid.
        unsafe {
            (*p).status.store(P_GCSTOP, Ordering::Release);
            NPIDLE.fetch_sub(1, Ordering::AcqRel);
            stopped_one();
            p = (*p).link;
        }
    }
    LOCK.unlock();
    loop {
        for i in 0..n {
            let p = allp(i);
            if p == mine {
                continue;
            }
            // SAFETY: Ps are never freed.
            match unsafe { (*p).status.load(Ordering::Acquire) } {
                P_SYSCALL => stop_syscall_p(p),
                P_RUNNING => preempt_p(p),
                _ => {}
            }
        }
        if STOPWAIT.load(Ordering::Acquire) == 0 {
            break;
        }
        sys::futex_wait(&STOP_NOTE, 0, 100_000);
    }
}

/// Restarts the Ps stopped by [`stop_the_world`].
pub fn start_the_world() {
    let mine = thread::cur_p();
    let n = nprocs();
    let mut start: [*mut P; MAX_PROCS] = [core::ptr::null_mut(); MAX_PROCS];
    let mut k = 0;
    LOCK.lock();
    GCWAITING.store(0, Ordering::Release);
    for i in 0..n {
        let p = allp(i);
        // SAFETY: Ps are never freed; stopped ones are the caller's now.
        unsafe {
            if p == mine || (*p).status.load(Ordering::Acquire) != P_GCSTOP {
                continue;
            }
            if (*p).runq.is_empty() {
                pidleput(p);
            } else {
                (*p).status.store(P_RUNNING, Ordering::Release);
                start[k] = p;
                k += 1;
            }
        }
    }
    LOCK.unlock();
    for &p in &start[..k] {
        thread::startm(p, false);
    }
    wakep();
}

// --- System calls --------------------------------------------------------

/// `exitsyscall` found its P taken: the goroutine continues through the
/// scheduler.
pub fn exitsyscall_slow(g: *mut G) {
    // SAFETY: `g` is the running goroutine.
    unsafe { switch_out(g, exitsyscall0) };
}

extern "C" fn exitsyscall0(g: *mut G) -> ! {
    let m = thread::m();
    // SAFETY: `g` just switched out on this thread.
    unsafe {
        (*g).status = G_RUNNABLE;
        (*m).curg = core::ptr::null_mut();
    }
    LOCK.lock();
    thread::LOST_SYSCALL.fetch_sub(1, Ordering::AcqRel);
    let p = pidleget();
    if !p.is_null() {
        LOCK.unlock();
        acquirep(p);
        execute(g);
    }
    globrunq_put(g);
    LOCK.unlock();
    // SAFETY: `m` is this thread's.
    if unsafe { (*m).lockedg } == g {
        // Whoever takes `g` off the queue hands this thread a P for it.
        stoplockedm();
        execute(g);
    }
    let p = thread::stopm();
    acquirep(p);
    schedule()
}

/// The monitor's pass over the Ps: retakes those whose system call has
/// lasted since the last pass (`seen` holds the call counts it saw) when
/// work could use them. Whether it retook any.
pub fn retake(seen: &mut [u64; MAX_PROCS]) -> bool {
    let mut any = false;
    for (i, seen) in seen.iter_mut().enumerate().take(nprocs()) {
        let p = allp(i);
        // SAFETY: Ps are never freed.
        unsafe {
            if (*p).status.load(Ordering::Acquire) != P_SYSCALL {
                *seen = u64::MAX;
                continue;
            }
            let t = (*p).syscalltick.load(Ordering::Acquire);
            if *seen != t {
                *seen = t;
                continue;
            }
            let want = !(*p).runq.is_empty()
                || GLOBAL_RUNQ.load(Ordering::Acquire) > 0
                || poller_unwatched();
            if want
                && (*p)
                    .status
                    .compare_exchange(P_SYSCALL, P_RUNNING, Ordering::AcqRel, Ordering::Relaxed)
                    .is_ok()
            {
                thread::LOST_SYSCALL.fetch_add(1, Ordering::AcqRel);
                any = true;
                if gc_waiting() {
                    LOCK.lock();
                    pidleput(p);
                    LOCK.unlock();
                } else {
                    thread::startm(p, false);
                }
            }
        }
    }
    any
}

// --- Goroutine lifecycle ---------------------------------------------------

/// Every goroutine is blocked and no timer can wake one: gc's fatal error,
/// with the state of each goroutine.
fn deadlock() -> ! {
    let mut out = Stderr;
    if sched().main_exited {
        out.put(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        sys::exit_group(crate::panic::EXIT_PANIC);
    }
    out.put(b"fatal error: all goroutines are asleep - deadlock!\n");
    let mut gs: [*mut G; 64] = [core::ptr::null_mut(); 64];
    let mut n = 0;
    for_each_g(|g| {
        // SAFETY: `allg` links live `G`s (never freed).
        unsafe {
            if n < gs.len() && (*g).status == G_WAITING && !(*g).system {
                gs[n] = g;
                n += 1;
            }
        }
    });
    // gc lists goroutines by number.
    gs[..n].sort_unstable_by_key(|&g| {
        // SAFETY: as above.
        unsafe { (*g).id }
    });
    for &g in &gs[..n] {
        out.put(b"\n");
        // SAFETY: as above.
        unsafe { put_goroutine_header(&mut out, g, WAIT_REASONS[(*g).waitreason as usize]) };
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

/// Parks the running goroutine `g` until [`ready`] makes it runnable
/// again. Only for waits nobody else can end before the switch completes
/// (a wait that holds no lock cannot be found by a waker).
pub fn park(g: *mut G, reason: u32) {
    // SAFETY: `g` is the running goroutine; no unlock function.
    unsafe { park_with(g, reason, None, core::ptr::null_mut()) }
}

/// Parks the running goroutine `g`, which recorded itself in a wait
/// queue under `lock`; the lock is released once `g` is saved, so the
/// waker (who needs the lock to find `g`) cannot resume it earlier.
pub fn park_unlock(g: *mut G, reason: u32, lock: &Mutex) {
    unsafe fn unlock(l: *mut u8) {
        // SAFETY: `l` is the `Mutex` passed below, which outlives the park.
        unsafe { (*(l as *const Mutex)).unlock() }
    }
    // SAFETY: `g` is the running goroutine; `lock` is held.
    unsafe { park_with(g, reason, Some(unlock), lock as *const Mutex as *mut u8) }
}

/// Parks `g` and runs `f(arg)` (releasing the locks of its wait) once it
/// is saved.
///
/// # Safety
/// `g` is the running goroutine; `f` must not block.
pub unsafe fn park_with(g: *mut G, reason: u32, f: Option<unsafe fn(*mut u8)>, arg: *mut u8) {
    let m = thread::m();
    // SAFETY: caller contract; `m` is this thread's.
    unsafe {
        (*g).status = G_WAITING;
        (*g).waitreason = reason;
        (*m).unlockf = f;
        (*m).unlock_arg = arg;
        switch_out(g, park_m);
    }
}

extern "C" fn park_m(_g: *mut G) -> ! {
    let m = thread::m();
    // SAFETY: `m` is this thread's; the goroutine is saved.
    unsafe {
        if let Some(f) = (*m).unlockf.take() {
            f((*m).unlock_arg);
        }
    }
    schedule()
}

/// Makes parked `g` runnable; it runs next on this P (gc's `ready`).
pub fn ready(g: *mut G) {
    // SAFETY: `g` is a live parked goroutine.
    unsafe { (*g).status = G_RUNNABLE };
    // SAFETY: the thread's `M` is live. Inside a batch of timers, the
    // goroutines woken after the first queue behind it in order.
    let next = unsafe { !(*thread::m()).ready_last };
    runq_put(g, next);
    wakep();
}

extern "C" fn gosched_m(g: *mut G) -> ! {
    // SAFETY: `g` just switched out; it is live.
    unsafe { (*g).status = G_RUNNABLE };
    let p = thread::cur_p();
    // SAFETY: the calling thread holds `p`.
    let alone = unsafe { (*p).runq.is_empty() } && GLOBAL_RUNQ.load(Ordering::Acquire) == 0;
    if alone && (NPIDLE.load(Ordering::Acquire) as usize) + 1 < nprocs() {
        // Nothing else to run here while other Ps are busy: what the
        // caller waits for may be on a thread the OS has not scheduled,
        // so give up this thread's time slice too.
        sys::sched_yield();
    }
    runq_put(g, false);
    schedule()
}

/// `runtime.Gosched`: lets the other runnable goroutines run first.
#[export_name = "runtime.Gosched"]
pub extern "C" fn gosched(g: *mut G) {
    // Always through the scheduler, as gc: goroutines of other Ps may be
    // what the caller waits for, and the scheduler also runs timers and
    // polls the network.
    // SAFETY: `g` is the running goroutine.
    unsafe { switch_out(g, gosched_m) };
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
    let ng = new_g(
        gostart as *const () as u64,
        env as u64,
        NEXT_ID.fetch_add(1, Ordering::Relaxed),
    );
    // SAFETY: `ng` is the fresh goroutine; `g` is the running one.
    unsafe {
        (*ng).gopc = crate::traceback::caller_pc(g, -1);
        (*ng).parent = (*g).id;
    }
    start_g(ng, true);
}

/// Starts a goroutine running closure `env` after the queued ones (a
/// timer's function, which must not push aside the goroutines its
/// channel send wakes).
pub fn spawn(env: *const u8) -> *mut G {
    let g = new_g(
        gostart as *const () as u64,
        env as u64,
        NEXT_ID.fetch_add(1, Ordering::Relaxed),
    );
    start_g(g, false);
    g
}

fn start_g(g: *mut G, next: bool) {
    runq_put(g, next);
    if !TICKING.load(Ordering::Relaxed) && !TICKING.swap(true, Ordering::AcqRel) {
        crate::signal::start_preemption();
        crate::thread::start_monitor();
    }
    wakep();
}

/// A goroutine's function returned: its `G` goes on the free list.
extern "C" fn goexit0(g: *mut G) -> ! {
    let m = thread::m();
    // SAFETY: `g` finished; we are on the system stack, off its stack.
    unsafe {
        (*m).curg = core::ptr::null_mut();
        stack::check_depth((*g).stack_lo, (*g).stack_hi);
        (*g).status = G_DEAD;
        if !(*g).system {
            count_live(-1);
        }
        (*g).startenv = 0;
        (*g).keep = 0;
        (*g).sched_fp = 0;
        if !(*g).lockedm.is_null() {
            // gc ends a thread whose wired goroutine ends wired; gocl's
            // threads hold no state a goroutine could have changed, so
            // this one goes back to running any goroutine.
            unwire(g);
        }
        if (*g).stack_hi - (*g).stack_lo != stack::initial_size() {
            stack::free((*g).stack_lo, (*g).stack_hi);
            let (lo, hi) = stack::alloc(stack::initial_size());
            (*g).stack_lo = lo;
            (*g).stack_hi = hi;
        }
        gfput(g);
    }
    schedule()
}

/// A P keeps up to this many dead goroutines before giving a batch of
/// half of them to the global list.
const GFREE_LOCAL: u32 = 64;

/// Dead goroutines whose `G` (and initial-size stack) can be reused,
/// beyond what the Ps keep: batches, each a `schedlink` list whose head
/// links the next batch through `nextbatch` and holds its length in
/// `param`. Moving a batch costs O(1) under the lock, however cold its
/// `G`s are (walking them there made the lock contended when one P
/// starts goroutines that another ends).
struct GFree {
    batches: *mut G,
}

static GFREE_LOCK: Mutex = Mutex::new();
static GFREE: Global<GFree> = Global::new(GFree {
    batches: core::ptr::null_mut(),
});

/// Puts list `head` of `n` dead goroutines on the global free list.
fn gfree_put_batch(head: *mut G, n: u32) {
    GFREE_LOCK.lock();
    // SAFETY: under `GFREE_LOCK`; `head` heads a list of dead `G`s.
    unsafe {
        let gf = &mut *GFREE.get();
        (*head).nextbatch = gf.batches;
        (*head).param = n as u64;
        gf.batches = head;
    }
    GFREE_LOCK.unlock();
}

/// Puts dead `g` on the calling thread's P's free list (gc's `gfput`).
fn gfput(g: *mut G) {
    let p = thread::cur_p();
    // SAFETY: the calling thread holds `p`; `g` is dead and ours.
    unsafe {
        (*g).schedlink = (*p).gfree;
        (*p).gfree = g;
        (*p).ngfree += 1;
        if (*p).ngfree >= GFREE_LOCAL {
            // The newest half, still warm, goes as one batch.
            let head = (*p).gfree;
            let mut tail = head;
            for _ in 1..GFREE_LOCAL / 2 {
                tail = (*tail).schedlink;
            }
            (*p).gfree = (*tail).schedlink;
            (*tail).schedlink = core::ptr::null_mut();
            (*p).ngfree -= GFREE_LOCAL / 2;
            gfree_put_batch(head, GFREE_LOCAL / 2);
        }
    }
}

/// A dead goroutine to reuse from the calling thread's P, refilled with a
/// batch from the global list; null if there is none (gc's `gfget`).
fn gfget() -> *mut G {
    let p = thread::cur_p();
    // SAFETY: the calling thread holds `p`; free-list entries are dead.
    unsafe {
        if (*p).gfree.is_null() {
            GFREE_LOCK.lock();
            let gf = &mut *GFREE.get();
            let b = gf.batches;
            if !b.is_null() {
                gf.batches = (*b).nextbatch;
            }
            GFREE_LOCK.unlock();
            if b.is_null() {
                return b;
            }
            (*p).gfree = b;
            (*p).ngfree = (*b).param as u32;
        }
        let g = (*p).gfree;
        if !g.is_null() {
            (*p).gfree = (*g).schedlink;
            (*p).ngfree -= 1;
        }
        g
    }
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
        LOCK.lock();
        sched().main_exited = true;
        LOCK.unlock();
        // SAFETY: as above; main never resumes, so its frames are dead.
        unsafe {
            (*g).status = G_WAITING;
            (*g).sched_fp = 0;
        }
        count_live(-1);
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
            count_live(-1);
        }
    }
}

/// `runtime.NumGoroutine`.
#[export_name = "runtime.NumGoroutine"]
pub extern "C" fn num_goroutine(_g: *mut G) -> i64 {
    let mut n = LIVE.load(Ordering::Acquire);
    for i in 0..nprocs() {
        // SAFETY: Ps are never freed.
        n += unsafe { (*allp(i)).live.load(Ordering::Relaxed) };
    }
    n
}

/// `runtime.GOMAXPROCS(n)`: the previous setting; `n > 0` changes it,
/// and the number of Ps with it, with the world stopped (as gc).
#[export_name = "runtime.GOMAXPROCS"]
pub extern "C" fn gomaxprocs(g: *mut G, n: i64) -> i64 {
    let old = GOMAXPROCS.load(Ordering::Relaxed) as i64;
    if n <= 0 || n == old {
        return old;
    }
    GOMAXPROCS.store(n as u64, Ordering::Relaxed);
    let want = (n as usize).min(MAX_PROCS);
    RESIZE.store(want, Ordering::Release);
    loop {
        // SAFETY: `g` is the running goroutine; the scheduler resizes
        // before it runs anything else on this P.
        unsafe { switch_out(g, gosched_m) };
        if RESIZE.load(Ordering::Acquire) == 0 {
            return old;
        }
    }
}

/// The number of Ps a `runtime.GOMAXPROCS` call asked for (0: none).
static RESIZE: AtomicUsize = AtomicUsize::new(0);

/// Sets the number of Ps to `n`, with the world stopped and the caller
/// holding a P (gc's `procresize`). Removed Ps hand their goroutines to
/// the global queue and their cache's counts to the heap's; if the
/// caller's P goes, it continues with P 0.
fn procresize(n: usize) {
    let old = nprocs();
    if n > old {
        for i in old..n {
            if allp(i).is_null() {
                ALLP[i].store(new_p(i as u32), Ordering::Release);
            }
            // SAFETY: Ps are never freed; this one is not in use.
            unsafe { (*allp(i)).status.store(P_GCSTOP, Ordering::Release) };
        }
    } else {
        for i in n..old {
            let p = allp(i);
            // SAFETY: the world is stopped: nobody else touches `p`.
            unsafe {
                LOCK.lock();
                loop {
                    let g = (*p).runq.pop();
                    if g.is_null() {
                        break;
                    }
                    globrunq_put(g);
                }
                LOCK.unlock();
                if !(*p).gfree.is_null() {
                    gfree_put_batch((*p).gfree, (*p).ngfree);
                    (*p).gfree = core::ptr::null_mut();
                }
                (*p).ngfree = 0;
                LIVE.fetch_add((*p).live.swap(0, Ordering::Relaxed), Ordering::AcqRel);
                crate::mem::flush_cache(&mut (*p).mcache);
                crate::time::move_timers(p, allp(0));
                (*p).status.store(P_GCSTOP, Ordering::Release);
            }
        }
        let mine = thread::cur_p();
        // SAFETY: as above; P 0 is stopped, so the caller may take it.
        if unsafe { (*mine).id } as usize >= n {
            releasep();
            acquirep(allp(0));
        }
    }
    NPROCS.store(n, Ordering::Release);
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
        "mov rsp, qword ptr fs:[{g0}]",
        "call rsi",
        "mov rsp, rbp",
        "pop rbp",
        "ret",
        g0 = const crate::thread::M_G0_TOP,
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
        "mrs x9, tpidr_el0",
        "ldr x9, [x9, #{g0}]",
        "mov sp, x9",
        "blr x1",
        "mov sp, x29",
        "ldp x29, x30, [sp], #16",
        "ret",
        g0 = const crate::thread::M_G0_TOP,
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
        "mov rsp, qword ptr fs:[{g0}]",
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
        g0 = const crate::thread::M_G0_TOP,
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
    core::arch::naked_asm!("mov rsp, qword ptr fs:[{g0}]", "call rsi", "ud2", g0 = const crate::thread::M_G0_TOP)
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
        "mrs x9, tpidr_el0",
        "ldr x9, [x9, #{g0}]",
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
        g0 = const crate::thread::M_G0_TOP,
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
        "mrs x9, tpidr_el0",
        "ldr x9, [x9, #{g0}]",
        "mov sp, x9",
        "blr x1",
        "brk #0x3e8",
        g0 = const crate::thread::M_G0_TOP,
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
