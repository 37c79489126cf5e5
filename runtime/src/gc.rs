//! The garbage collector: precise, concurrent mark-sweep.
//!
//! A cycle starts when the allocator finds the heap at the trigger: it
//! preempts its goroutine, and the scheduler on that M stops the world,
//! marks the roots (package variables, the Go frames of every goroutine
//! through their stack maps, and what the runtime keeps outside the heap)
//! and turns the write barrier on ([`mark_setup`]). The collector's own
//! thread ([`worker_main`]), which holds no P, then scans grey objects
//! with the world running, with helper threads on larger machines (see
//! [`crate::markwork`]), until none is left, and stops the world once
//! more to finish ([`finish`]: objects shaded meanwhile, finalizers) and
//! turn the barrier off. Sweeping is lazy and concurrent (see "sweeping"
//! below): the collector's thread sweeps while the program runs, and
//! allocators sweep before they take fresh pages. A heap small enough to mark within
//! [`SETUP_MARK_NS`] is finished at the first stop instead: waking the
//! thread would take longer, and the program would allocate black
//! meanwhile.
//!
//! Why this is enough (snapshot at the beginning): every root is scanned
//! while the world is stopped, so everything reachable then is found as
//! long as no heap pointer is overwritten unseen. The write barrier
//! shades the pointer a store overwrites (Yuasa's deletion barrier) and
//! the one it writes (Dijkstra's insertion barrier, gc's hybrid: not
//! needed while roots are scanned with the world stopped, but what lets
//! stacks be scanned one at a time later). Objects allocated while
//! marking are black. Compiled code calls [`crate::wbarrier`] before a
//! pointer store while `runtime.writeBarrier` is set; the runtime's own
//! copies into heap objects go through it too.
//!
//! The pacer is gc's: the next goal is the live heap of the last cycle
//! times `1 + GOGC/100` (4 MiB at least); a cycle starts when the heap
//! reaches a trigger placed before the goal. `GOGC=off` turns collection
//! off. `GODEBUG=gctrace=1` prints a line per cycle in gc's format;
//! `GODEBUG=gccheckmark=1` re-marks everything with the world stopped at
//! the end of each cycle and dies if the concurrent mark missed an object;
//! `GOCL_GCPOISON=1` fills freed objects with a pattern, so that a pointer
//! the collector missed crashes loudly; `GOCL_GCSTW=1` marks with the
//! world stopped (the collector of session 4).

use crate::global::Global;
use crate::heap::{heap, heap_unlocked, Heap, Span, MAX_OBJECTS, PAGE_SHIFT, SPAN_SMALL};
use crate::markwork::{self, MarkStack};
use crate::mem;
use crate::sched::{self, G};
use crate::sys;
use core::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};

/// The smallest heap goal (gc's `heapMinimum` at GOGC=100).
const MIN_GOAL: u64 = 4 << 20;

/// Where the trigger sits between the live heap and the goal, in
/// per cent of the way (gc places it between 70 and 95 per cent from how
/// fast the last cycle marked; with no mark assists yet, early enough that
/// the collector usually finishes before the goal).
const TRIGGER_PERCENT: u64 = 75;

/// The least a cycle leaves the program to allocate before the next one
/// (gc's `sweepMinHeapDistance`): with a small GOGC the goal would
/// otherwise sit a few kilobytes above the live heap and collections
/// follow each other back to back (gc_rewire's walk ran eight times the
/// cycles go does, and three times as long). `GOCL_GCEAGER=1` drops it,
/// for stress tests that want a collection at every chance.
const SWEEP_MIN_DISTANCE: u64 = 1 << 20;

/// How long the first stop may go on marking, to finish small heaps there.
const SETUP_MARK_NS: i64 = 100_000;

/// The collector's state.
struct State {
    /// GOGC; negative: off.
    percent: i64,
    /// The heap goal of the current (or next) cycle.
    next_gc: u64,
    /// Start a cycle when the heap reaches this.
    trigger: u64,
    /// The requested one is forced (`runtime.GC`).
    forcing: bool,
    /// Read the environment.
    initialized: bool,
    trace: bool,
    poison: bool,
    /// `GODEBUG=gccheckmark=1`.
    checkmark: bool,
    /// `GOCL_GCSTW=1`: mark with the world stopped.
    stw: bool,
    /// `GOCL_GCEAGER=1`: no minimum distance between cycles.
    eager: bool,
    /// Completed cycles.
    cycles: u32,
    forced: u32,
    /// Nanoseconds the world was stopped, in total and per cycle.
    pause_total: u64,
    pauses: [u64; 256],
    pause_ends: [u64; 256],
    /// Nanoseconds the collector's thread and its helpers marked with
    /// the world running.
    mark_total: u64,
    last_gc: u64,
    /// Heap marked live by the last cycle.
    heap_marked: u64,
    /// Bytes of goroutine stacks the last cycle scanned (gc's pacer counts
    /// them with the heap: deep stacks make cycles costlier).
    stack_scanned: u64,
    /// Goroutine stacks scanned in the last cycle.
    stacks_scanned: u64,
    /// Program start, for gctrace's `@T`.
    start: i64,
    /// The collector's own grey objects (only its thread touches them).
    local: MarkStack,
    /// Bytes and objects the cycle marked through `mark` (the thread that
    /// marks, one at a time); the write barrier counts in `SHADED_*`.
    marked_bytes: u64,
    marked_objects: u64,
}

static STATE: Global<State> = Global::new(State {
    percent: 100,
    next_gc: MIN_GOAL,
    trigger: MIN_GOAL,
    forcing: false,
    initialized: false,
    trace: false,
    poison: false,
    checkmark: false,
    stw: false,
    eager: false,
    cycles: 0,
    forced: 0,
    pause_total: 0,
    pauses: [0; 256],
    pause_ends: [0; 256],
    mark_total: 0,
    last_gc: 0,
    heap_marked: 0,
    stack_scanned: 0,
    stacks_scanned: 0,
    start: 0,
    local: MarkStack::new(),
    marked_bytes: 0,
    marked_objects: 0,
});

#[inline]
fn state() -> &'static mut State {
    // SAFETY: the settings are written at startup and by the collector's
    // thread; other threads only read words of them. Callers do not keep
    // the reference across a call that takes it again.
    let st = unsafe { &mut *STATE.get() };
    if !st.initialized {
        init(st);
    }
    st
}

#[cold]
#[inline(never)]
fn init(st: &mut State) {
    st.initialized = true;
    st.start = sys::nanotime();
    // Unit tests fake the environment with short-lived vectors.
    #[cfg(not(test))]
    read_env(st);
    set_goal(st, 0, false);
}

#[cfg(not(test))]
fn read_env(st: &mut State) {
    if let Some(v) = crate::env::getenv(b"GOGC") {
        st.percent = if v == b"off" {
            -1
        } else {
            crate::env::parse_int(v).unwrap_or(100)
        };
    }
    if let Some(v) = crate::env::getenv(b"GODEBUG") {
        for kv in v.split(|&c| c == b',') {
            match kv {
                b"gctrace=1" | b"gctrace=2" => st.trace = true,
                b"gccheckmark=1" => st.checkmark = true,
                _ => {}
            }
        }
    }
    st.poison = crate::env::getenv(b"GOCL_GCPOISON").is_some_and(|v| v == b"1");
    st.stw = crate::env::getenv(b"GOCL_GCSTW").is_some_and(|v| v == b"1");
    st.eager = crate::env::getenv(b"GOCL_GCEAGER").is_some_and(|v| v == b"1");
    if let Some(v) = crate::env::getenv(b"GOMEMLIMIT") {
        if let Some(l) = parse_size(v) {
            // SAFETY: startup, before other threads.
            unsafe { *MEMORY_LIMIT.get() = l };
        }
    }
}

/// `GOMEMLIMIT`'s syntax: bytes with an optional B, KiB, MiB, GiB or TiB
/// suffix.
#[cfg_attr(test, allow(dead_code))]
fn parse_size(v: &[u8]) -> Option<i64> {
    let units: [(&[u8], i64); 6] = [
        (b"TiB", 1 << 40),
        (b"GiB", 1 << 30),
        (b"MiB", 1 << 20),
        (b"KiB", 1 << 10),
        (b"B", 1),
        (b"", 1),
    ];
    for (suffix, mul) in units {
        if let Some(num) = v.strip_suffix(suffix) {
            return crate::env::parse_int(num)?.checked_mul(mul);
        }
    }
    None
}

/// The heap goal after a cycle that found `live` bytes: gc's GOGC goal,
/// lowered towards the soft memory limit (but always above `live`, so a
/// program over its limit does not collect without end). With
/// `distance`, a goal the limit does not lower is at least that far above
/// `live` (gc's minimum sweep distance after a cycle).
fn goal(percent: i64, live: u64, distance: u64) -> u64 {
    // SAFETY: a plain read of a word.
    let limit = unsafe { *MEMORY_LIMIT.get() };
    let mut g = if percent < 0 {
        u64::MAX
    } else {
        live.saturating_add(live / 100 * percent as u64)
            .max(MIN_GOAL * percent.max(1) as u64 / 100)
            .max(64 << 10)
    };
    if limit != i64::MAX {
        let cap = (limit as u64 / 100 * 95).max(live + live / 16 + (1 << 20));
        if cap < g {
            return cap;
        }
    }
    g.max(live.saturating_add(distance))
}

/// Sets the goal and the trigger for a live heap of `live` bytes;
/// `after_cycle`: at a cycle's end, which leaves sweeping to do (gc then
/// keeps the next cycle [`SWEEP_MIN_DISTANCE`] away; a goal set when the
/// sweep is done, at start or by `SetGCPercent`, has no such floor).
fn set_goal(st: &mut State, live: u64, after_cycle: bool) {
    let distance = if after_cycle && !st.eager {
        SWEEP_MIN_DISTANCE
    } else {
        0
    };
    st.next_gc = goal(st.percent, live, distance);
    // gc's goal since Go 1.18: GOGC also applies to the scanned stacks.
    if st.percent > 0 {
        let extra = st.stack_scanned / 100 * st.percent as u64;
        st.next_gc = st.next_gc.saturating_add(extra);
    }
    st.trigger = if st.next_gc == u64::MAX {
        u64::MAX
    } else {
        live + (st.next_gc - live.min(st.next_gc)) / 100 * TRIGGER_PERCENT
    };
}

/// Called by the allocator before it takes more memory: asks for a
/// cycle once the heap reaches the trigger. The running goroutine is
/// preempted, so its M stops the world for the cycle's first phase at
/// the goroutine's next check (no thread has to be woken first). It asks
/// again at every refill until the cycle starts: the scheduler may have
/// found the world being stopped by someone else.
pub fn maybe_trigger() {
    let st = state();
    if !ACTIVE.load(Ordering::Relaxed) && mem::heap_live() >= st.trigger {
        REQUESTED.store(true, Ordering::Release);
        sched::preempt_current();
    }
}

/// Asks for a forced collection (`runtime.GC`) at the scheduler's next
/// pass; returns the number of collections that must have completed
/// before the caller may return (one that starts after this call).
pub fn request_forced() -> u64 {
    let st = state();
    let want = STARTED.load(Ordering::Acquire) + 1;
    st.forced += 1;
    st.forcing = true;
    REQUESTED.store(true, Ordering::Release);
    want
}

/// Whether a cycle was asked for and has not started.
#[inline]
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Acquire) && !ACTIVE.load(Ordering::Acquire)
}

/// Collections completed so far.
pub fn completed() -> u64 {
    COMPLETED.load(Ordering::Acquire)
}

/// Collections started and completed.
static STARTED: AtomicU64 = AtomicU64::new(0);
static COMPLETED: AtomicU64 = AtomicU64::new(0);

/// A cycle was asked for (any thread may set it; the collector clears it
/// when the cycle starts).
static REQUESTED: AtomicBool = AtomicBool::new(false);
/// A cycle runs (from its first stop of the world to its last).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Someone stops the world: the collector, or the scheduler to change
/// the number of Ps.
static STOPPING: AtomicBool = AtomicBool::new(false);
/// The collector's thread was started.
static WORKER: AtomicU32 = AtomicU32::new(0);
/// Its wake-up word: 1 when a request may be waiting.
static WORKER_NOTE: AtomicU32 = AtomicU32::new(0);

/// Bytes and objects the write barrier marked in the current cycle.
static SHADED_BYTES: AtomicU64 = AtomicU64::new(0);
static SHADED_OBJECTS: AtomicU64 = AtomicU64::new(0);

/// Set while marking: new objects are allocated black and pointer stores
/// shade (`runtime.writeBarrier` says the same to compiled code).
static MARKING: AtomicBool = AtomicBool::new(false);

/// Read by compiled code before a pointer store that may hit the heap
/// (abi.md §13): nonzero while marking.
#[unsafe(export_name = "runtime.writeBarrier")]
pub static WRITE_BARRIER: AtomicU32 = AtomicU32::new(0);

/// Whether the collector is marking.
#[inline]
pub fn marking() -> bool {
    MARKING.load(Ordering::Relaxed)
}

/// Claims the right to stop the world: false when another thread holds
/// it.
pub fn begin() -> bool {
    STOPPING
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
        .is_ok()
}

/// The claim of [`begin`] is over.
pub fn end() {
    STOPPING.store(false, Ordering::Release);
}

/// Reads the collector's settings (GOGC, GODEBUG, ...) at startup,
/// before there are other threads.
pub fn init_settings() {
    state();
}

/// `debug.SetGCPercent`: the previous setting.
pub fn set_percent(p: i64) -> i64 {
    let st = state();
    let old = st.percent;
    st.percent = p;
    let live = st.heap_marked;
    set_goal(st, live, false);
    old
}

/// A cycle's first phase, by the scheduler with the world stopped: marks
/// the roots, turns the write barrier on and hands the rest to the
/// collector's thread (or, with `GOCL_GCSTW=1`, finishes the cycle now).
pub fn mark_setup() {
    let st = state();
    ACTIVE.store(true, Ordering::Release);
    REQUESTED.store(false, Ordering::Release);
    STARTED.fetch_add(1, Ordering::AcqRel);
    // SAFETY: the world is stopped; the collector's thread waits.
    let c = unsafe { &mut *CYCLE.get() };
    c.t0 = sys::nanotime();
    c.helper_ns = 0;
    // The previous cycle's spans must all be swept before marking:
    // sweeping turns mark bits into allocation bits.
    finish_sweep();
    let ms = mem::stats();
    c.heap0 = ms.heap_live;
    c.objects0 = ms.heap_objects;
    st.marked_bytes = 0;
    st.marked_objects = 0;
    SHADED_BYTES.store(0, Ordering::Relaxed);
    SHADED_OBJECTS.store(0, Ordering::Relaxed);
    c.goal = st.next_gc;
    // A `runtime.GC` made during this cycle waits for the next one, which
    // is then the forced one.
    c.forced = core::mem::replace(&mut st.forcing, false);
    st.stack_scanned = 0;
    st.stacks_scanned = 0;
    let h = heap();
    mark_roots(h);
    // A small heap is marked before the world starts again: waking the
    // collector's thread can take longer than the whole mark, and what
    // the program allocates meanwhile is black, kept until the next
    // cycle (a formatting loop with nothing live kept 20 MB that way).
    if st.stw || drain_for(h, SETUP_MARK_NS) {
        c.t1 = sys::nanotime();
        c.t2 = c.t1;
        finish(true);
        // The collector's thread sweeps meanwhile.
        wake_worker();
        return;
    }
    for i in 0..sched::nprocs() {
        // SAFETY: the world is stopped: no P allocates.
        unsafe { (*sched::allp(i)).mcache.assist_debt = 0 };
    }
    set_assist_ratio(c.heap0, st.heap_marked, st.next_gc);
    MARKING.store(true, Ordering::SeqCst);
    WRITE_BARRIER.store(1, Ordering::SeqCst);
    ASSISTING.store(true, Ordering::SeqCst);
    c.t1 = sys::nanotime();
    wake_worker();
}

/// Wakes the collector's thread (starting it the first time): it marks
/// while `MARKING` is set, and sweeps.
fn wake_worker() {
    if WORKER.swap(1, Ordering::AcqRel) == 0 {
        crate::thread::start_helper(worker_main);
    }
    WORKER_NOTE.store(1, Ordering::SeqCst);
    sys::futex_wake(&WORKER_NOTE, 1);
}

/// The collector's thread: marks while the program runs, then stops the
/// world to finish the cycle.
extern "C" fn worker_main(_m: *mut crate::thread::M) -> ! {
    loop {
        while WORKER_NOTE.load(Ordering::SeqCst) == 0 {
            sys::futex_wait(&WORKER_NOTE, 0, -1);
        }
        WORKER_NOTE.store(0, Ordering::SeqCst);
        if !MARKING.load(Ordering::Acquire) {
            // Woken to sweep what a cycle finished at its first stop left.
            sweep_background();
            continue;
        }
        // SAFETY: marking reads span metadata that allocating Ps may
        // extend but never take away while marking (no sweeping).
        let h = unsafe { heap_unlocked() };
        markwork::start_helpers(markwork::helpers(sched::nprocs()));
        let st = state();
        markwork::drain(
            h,
            &mut st.local,
            &mut st.marked_bytes,
            &mut st.marked_objects,
        );
        let (ns, bytes, objects) = markwork::stop_helpers();
        SHADED_BYTES.fetch_add(bytes, Ordering::Relaxed);
        SHADED_OBJECTS.fetch_add(objects, Ordering::Relaxed);
        // What the barrier and assists added while the helpers left.
        drain_all(h);
        // SAFETY: only this thread touches the cycle record now.
        unsafe {
            let c = &mut *CYCLE.get();
            c.t2 = sys::nanotime();
            c.helper_ns = ns;
        }
        while !begin() {
            // The scheduler is changing the number of Ps.
            sys::nanosleep(20_000);
        }
        sched::stop_the_world();
        finish(false);
        sched::start_the_world();
        end();
        sweep_background();
    }
}

/// The collector's thread sweeps while the program runs, then gives
/// free pages back when the heap shrank a lot.
fn sweep_background() {
    while sweep_next(NO_CLASS) != Swept::Done {}
    scavenge_if_shrunk();
}

/// A crude scavenger: when the free pages the heap keeps resident exceed
/// the next goal (the heap shrank a lot), give them all back.
fn scavenge_if_shrunk() {
    mem::HEAP_LOCK.lock();
    let h = heap();
    let resident_free = (h.pages_free - h.pages_released) as u64 * (1 << PAGE_SHIFT);
    if resident_free > state().next_gc.max(64 << 20) {
        h.release_free();
    }
    mem::HEAP_LOCK.unlock();
}

/// The cycle's last phase, with the world stopped: what the barrier
/// shaded, the finalizers, then the sweep and the next goal.
/// `one_stop`: the world has stayed stopped since the cycle began.
fn finish(one_stop: bool) {
    let st = state();
    // SAFETY: the world is stopped; only the finishing thread runs.
    let c = unsafe { &mut *CYCLE.get() };
    c.t3 = sys::nanotime();
    c.heap1 = mem::heap_live();
    let h = heap();
    drain_all(h);
    mark_finalizers(h);
    if st.checkmark {
        checkmark(h);
    }
    ASSISTING.store(false, Ordering::SeqCst);
    c.assist_ns = ASSIST_NS.swap(0, Ordering::Relaxed);
    MARKING.store(false, Ordering::SeqCst);
    WRITE_BARRIER.store(0, Ordering::SeqCst);
    // Live: what was marked, plus what was allocated black since the
    // first stop.
    let ms = mem::stats();
    let live = st.marked_bytes + SHADED_BYTES.load(Ordering::Relaxed) + (ms.heap_live - c.heap0);
    let objects =
        st.marked_objects + SHADED_OBJECTS.load(Ordering::Relaxed) + (ms.heap_objects - c.objects0);
    mem::reset_at_cycle_end(live, objects);
    // The Ps start new tiny blocks (gc's `releaseAll`): the current ones
    // were roots of this cycle, and would otherwise stay roots, with every
    // piece in them, for as long as their P kept handing out pieces.
    for i in 0..sched::nprocs() {
        // SAFETY: the world is stopped; Ps are never freed.
        unsafe { (*sched::allp(i)).mcache.release_tiny() };
    }
    start_sweep(h);
    if st.stacks_scanned > 0 {
        crate::stack::adapt_initial(st.stack_scanned / st.stacks_scanned);
    }
    crate::stack::release_large();
    st.heap_marked = live;
    c.live = live;
    set_goal(st, live, true);
    let t4 = sys::nanotime();
    let (stw1, stw2) = if one_stop {
        ((t4 - c.t0) as u64, 0)
    } else {
        ((c.t1 - c.t0) as u64, (t4 - c.t3) as u64)
    };
    c.stw1 = stw1;
    c.stw2 = stw2;
    let k = st.cycles as usize % 256;
    st.pauses[k] = stw1 + stw2;
    st.pause_ends[k] = sys::walltime_ns();
    st.pause_total += stw1 + stw2;
    st.mark_total += (c.t2 - c.t1) as u64 + c.helper_ns;
    st.last_gc = st.pause_ends[k];
    st.cycles += 1;
    if st.trace {
        trace_line(st, c);
    }
    ACTIVE.store(false, Ordering::Release);
    COMPLETED.fetch_add(1, Ordering::AcqRel);
}

/// The cycle in progress.
static CYCLE: Global<Cycle> = Global::new(Cycle {
    t0: 0,
    t1: 0,
    t2: 0,
    t3: 0,
    stw1: 0,
    stw2: 0,
    heap0: 0,
    heap1: 0,
    live: 0,
    objects0: 0,
    assist_ns: 0,
    helper_ns: 0,
    goal: 0,
    forced: false,
});

/// What gctrace reports of a cycle: the times of its phases (first stop,
/// concurrent mark, its end, second stop), the pauses, and the heap at
/// the start and end of marking and what was found live.
struct Cycle {
    t0: i64,
    t1: i64,
    t2: i64,
    t3: i64,
    stw1: u64,
    stw2: u64,
    heap0: u64,
    heap1: u64,
    live: u64,
    /// Objects in use at the first stop (what was allocated black since is
    /// counted live at the end).
    objects0: u64,
    /// Nanoseconds spent in mark assists.
    assist_ns: u64,
    /// Nanoseconds the helper threads marked.
    helper_ns: u64,
    /// The goal the cycle ran for.
    goal: u64,
    forced: bool,
}

/// gc's `gctrace=1` line: the two stops of the world and the concurrent
/// mark between them, in milliseconds of clock and CPU time; the heap at
/// the start and end of marking and what it found live.
fn trace_line(st: &State, c: &Cycle) {
    use crate::print::Sink;
    let mut b = crate::buf::Buf::<256>::new();
    let mb = |n: u64| n >> 20;
    b.extend(b"gc ");
    b.push_u64(st.cycles as u64);
    b.extend(b" @");
    let since = (c.t0 - st.start).max(0) as u64;
    push_fixed(&mut b, since / 1_000_000, 3);
    b.extend(b"s ");
    b.push_u64((cpu_fraction(st) * 100.0) as u64);
    b.extend(b"%: ");
    // The phases in clock time, then in CPU time: the first stop, mark
    // assists / the collector's thread / idle marking (none), the second
    // stop.
    let phases = [c.stw1, (c.t2 - c.t1) as u64, c.stw2];
    for (ns, sep) in phases.iter().zip(["+", "+", " ms clock, "]) {
        push_fixed(&mut b, ns / 1000, 3);
        b.extend(sep.as_bytes());
    }
    let cpu = [
        c.stw1,
        c.assist_ns,
        (c.t2 - c.t1) as u64 + c.helper_ns,
        c.stw2,
    ];
    for (ns, sep) in cpu.iter().zip(["+", "/", "/0+", " ms cpu, "]) {
        push_fixed(&mut b, ns / 1000, 3);
        b.extend(sep.as_bytes());
    }
    b.push_u64(mb(c.heap0));
    b.extend(b"->");
    b.push_u64(mb(c.heap1));
    b.extend(b"->");
    b.push_u64(mb(c.live));
    b.extend(b" MB, ");
    b.push_u64(mb(c.goal.min(u64::MAX >> 1)));
    b.extend(b" MB goal, ");
    b.push_u64(mb(st.stack_scanned));
    b.extend(b" MB stacks, 0 MB globals, ");
    b.push_u64(sched::nprocs() as u64);
    b.extend(b" P");
    if c.forced {
        b.extend(b" (forced)");
    }
    b.extend(b"\n");
    crate::print::Stderr.put(b.as_bytes());
}

/// The share of the run spent collecting (stopped worlds and the
/// collector's thread, over the Ps' time): gctrace's `P%` and
/// `MemStats.GCCPUFraction`.
fn cpu_fraction(st: &State) -> f64 {
    let elapsed = (sys::nanotime() - st.start).max(1) as f64;
    let procs = sched::nprocs().max(1) as f64;
    (st.pause_total as f64 + st.mark_total as f64 / procs) / elapsed
}

/// Appends `v / 1000` with three decimals (`v` in thousandths).
fn push_fixed<const N: usize>(b: &mut crate::buf::Buf<N>, v: u64, decimals: u32) {
    let scale = 10u64.pow(decimals);
    b.push_u64(v / scale);
    b.extend(b".");
    let frac = v % scale;
    let mut d = scale / 10;
    while d > 0 {
        b.extend(&[b'0' + (frac / d % 10) as u8]);
        d /= 10;
    }
}

// ---- marking ----

/// Set while [`checkmark`] runs: [`grey`] then uses the check bitmap.
static CHECKING: AtomicBool = AtomicBool::new(false);
/// The check bitmap: one bit per word of the arena, touched only by
/// `gccheckmark` (reserved, committed as used).
static CHECK_BITS: Global<*mut u64> = Global::new(core::ptr::null_mut());

/// Greys the heap object `p` points into, if it is not marked yet:
/// returns the object's address when it holds pointers to scan (and the
/// caller must queue it), else 0, and the bytes it newly marked. Any
/// thread may call it while marking.
#[inline]
fn grey(h: &Heap, p: u64) -> (usize, usize) {
    let p = p as usize;
    let s = h.span_of(p);
    if s.is_null() {
        return (0, 0);
    }
    // SAFETY: `span_of` returns in-use spans; their fields may change
    // under an allocating P, hence the volatile reads.
    let s = unsafe { &*s };
    let idx = s.object_index(p);
    if idx >= s.nelems {
        return (0, 0);
    }
    let (w, bit) = (idx / 64, 1u64 << (idx % 64));
    // SAFETY: words of a live span; `idx < nelems <= MAX_OBJECTS`, so
    // `w` is in bounds (unchecked: no panic path on goroutine stacks).
    let (alloc, free_index) = unsafe {
        (
            core::ptr::read_volatile(s.alloc_bits.get_unchecked(w)),
            core::ptr::read_volatile(&s.freeindex),
        )
    };
    // A free slot: a stale word that no live object holds any more.
    if alloc & bit == 0 && idx >= free_index {
        return (0, 0);
    }
    let base = s.start + idx * s.elemsize;
    if CHECKING.load(Ordering::Relaxed) {
        // Only the collector's thread checks, on its own stack: called
        // through a pointer so that tests/stack_budget.py, which follows
        // direct calls from goroutine-stack entry points, leaves its
        // reporting path out.
        let check: fn(&Heap, &Span, usize, usize, u64) -> usize = core::hint::black_box(check_grey);
        return (check(h, s, base, w, bit), 0);
    }
    // SAFETY: an aligned word of the span's mark bits (in bounds, as
    // above), which every marking thread updates atomically.
    let mw = unsafe { AtomicU64::from_ptr(s.mark_bits.get_unchecked(w) as *const u64 as *mut u64) };
    if mw.load(Ordering::Relaxed) & bit != 0 || mw.fetch_or(bit, Ordering::Relaxed) & bit != 0 {
        return (0, 0);
    }
    (if s.noscan { 0 } else { base }, s.elemsize)
}

/// Marks the object `p` points into from the collector's thread (or with
/// the world stopped).
#[inline]
fn mark(h: &Heap, p: u64) {
    let (b, bytes) = grey(h, p);
    if bytes != 0 {
        marked(b, bytes);
    }
}

/// Counts an object the collector's thread greyed (`grey` returned `b`
/// and `bytes`) and queues it for scanning when it holds pointers.
#[inline]
fn marked(b: usize, bytes: usize) {
    let st = state();
    st.marked_bytes += bytes as u64;
    st.marked_objects += 1;
    if b != 0 {
        st.local.push(b);
    }
}

/// The write barrier's shade: greys the object `p` points into and
/// queues it for the collector.
#[inline]
pub fn shade(p: u64) {
    // SAFETY: only span metadata and mark bits are read or set.
    let h = unsafe { heap_unlocked() };
    let (b, bytes) = grey(h, p);
    if bytes != 0 {
        SHADED_BYTES.fetch_add(bytes as u64, Ordering::Relaxed);
        SHADED_OBJECTS.fetch_add(1, Ordering::Relaxed);
    }
    if b != 0 {
        markwork::put(&[b]);
    }
}

/// Marks a new object black (allocated while marking): the slot `idx` of
/// span `s`.
#[inline]
pub fn mark_new(s: &Span, idx: usize) {
    // SAFETY: as in `grey` (`idx` is a slot of the span).
    let mw = unsafe {
        AtomicU64::from_ptr(s.mark_bits.get_unchecked(idx / 64) as *const u64 as *mut u64)
    };
    mw.fetch_or(1 << (idx % 64), Ordering::Relaxed);
}

/// Scans grey objects until neither the collector's stack nor the pool
/// holds any: with the world stopped, or on the collector's thread after
/// the helpers have left.
fn drain_all(h: &Heap) {
    let mut batch = [0usize; markwork::BATCH];
    loop {
        let st = state();
        while let Some(p) = st.local.pop() {
            scan_object(h, p, OBLET);
        }
        let n = markwork::take(&mut batch);
        if n == 0 {
            return;
        }
        for &p in &batch[..n] {
            st.local.push(p);
        }
    }
}

// ---- mark assists ----
//
// A program that allocates faster than the collector's thread marks
// would overshoot its goal without end, so while marking, allocation
// costs scan work (gc's mark assists): every `ASSIST_CHUNK` bytes a P
// allocates, its goroutine is preempted and, before the scheduler runs
// anything else, the M scans grey objects from the shared stack on its
// own stack, in proportion to what was allocated. Assists finish before
// their P can stop, and leave what they did not scan on the shared stack,
// so the final drain with the world stopped sees everything.

/// Bytes a P allocates while marking between two assists.
pub const ASSIST_CHUNK: u64 = 64 << 10;

/// Scan work an assist owes per allocated byte, in sixteenths: the work
/// the cycle expects (the last live heap) over the room left to the goal
/// at its start.
static ASSIST_RATIO16: AtomicU64 = AtomicU64::new(16);
/// Set while marking concurrently: assists may run.
static ASSISTING: AtomicBool = AtomicBool::new(false);

/// Sets the assists' rate for a cycle that starts with `live` bytes in
/// use, `marked_last` bytes found live by the last cycle, towards `goal`.
fn set_assist_ratio(live: u64, marked_last: u64, goal: u64) {
    let room = goal.saturating_sub(live).max(1 << 20);
    let expected = marked_last.max(1 << 20);
    let r = (expected.saturating_mul(16) / room).clamp(4, 64 * 16);
    ASSIST_RATIO16.store(r, Ordering::Relaxed);
}

/// Called by the scheduler while marking: when P `p` has allocated a
/// chunk since its last assist, scans grey objects for it.
pub fn assist(p: *mut sched::P) {
    if !ASSISTING.load(Ordering::Relaxed) {
        return;
    }
    // SAFETY: the calling M holds `p`.
    let debt = unsafe { &mut (*p).mcache.assist_debt };
    if *debt < ASSIST_CHUNK {
        return;
    }
    let work = core::mem::take(debt).saturating_mul(ASSIST_RATIO16.load(Ordering::Relaxed)) / 16;
    let t = sys::nanotime();
    markwork::assist_begin();
    assist_work(work);
    markwork::assist_end();
    ASSIST_NS.fetch_add((sys::nanotime() - t) as u64, Ordering::Relaxed);
}

/// Nanoseconds of mark assists in the current cycle.
static ASSIST_NS: AtomicU64 = AtomicU64::new(0);

/// Scans grey objects of the shared stack until `work` bytes are
/// scanned or none is left; puts back what it greyed and did not scan.
fn assist_work(work: u64) {
    // SAFETY: marking reads span metadata and sets mark bits atomically
    // (no sweeping while marking).
    let h = unsafe { heap_unlocked() };
    let mut buf = [0usize; 2 * markwork::BATCH];
    let mut n = 0usize;
    let (mut done, mut bytes, mut objects) = (0u64, 0u64, 0u64);
    while done < work {
        if n == 0 {
            n = markwork::take(&mut buf[..markwork::BATCH]);
            if n == 0 {
                markwork::hungry();
                break;
            }
        }
        n -= 1;
        let (base, size, next) = scan_piece(h, buf[n], OBLET);
        if next != 0 {
            buf[n] = next;
            n += 1;
        }
        grey_words(h, base, size, |b, nb| {
            bytes += nb as u64;
            objects += 1;
            if b != 0 {
                if n < buf.len() {
                    buf[n] = b;
                    n += 1;
                } else {
                    markwork::put(&[b]);
                }
            }
        });
        done += size as u64;
    }
    markwork::put(&buf[..n]);
    SHADED_BYTES.fetch_add(bytes, Ordering::Relaxed);
    SHADED_OBJECTS.fetch_add(objects, Ordering::Relaxed);
}

/// With the world stopped: scans the collector's grey objects for at
/// most `budget_ns`; whether none is left.
fn drain_for(h: &Heap, budget_ns: i64) -> bool {
    let st = state();
    let deadline = sys::nanotime() + budget_ns;
    loop {
        // Look at the clock every 32 objects, and scan large objects in
        // pieces of 2 KiB: a word pointing to a cold object costs a few
        // cache misses, so 16 KiB of a large map's storage took 0.3 ms.
        for _ in 0..32 {
            let Some(p) = st.local.pop() else {
                return true;
            };
            scan_object(h, p, STW_PIECE);
        }
        if sys::nanotime() >= deadline {
            return false;
        }
    }
}

/// The piece of a large object [`drain_for`] scans at a time.
const STW_PIECE: usize = 2 << 10;

/// Bytes of a large object scanned as one piece (gc's oblets): the rest
/// is queued as further grey entries, so that no single scan holds up a
/// stop of the world or an assist for long (a 1 MiB slice of pointers
/// took 1 ms; a 128 KiB piece of livemap's map, each word pointing to a
/// cold node, 0.8 ms).
pub(crate) const OBLET: usize = 16 << 10;

/// What to scan for the grey entry `p`: the object at `p`, or for a large
/// object the piece of at most `piece` bytes starting at `p`; returns
/// its address, its length in bytes and where the next piece starts (0:
/// none).
pub(crate) fn scan_piece(h: &Heap, p: usize, piece: usize) -> (usize, usize, usize) {
    let s = h.span_of(p);
    // SAFETY: queued objects are in in-use spans.
    let s = unsafe { &*s };
    let size = s.elemsize;
    if size <= piece {
        return (p, size, 0);
    }
    // Small size classes reach 32 KiB: the object may not be the span's
    // first.
    let end = s.start + (s.object_index(p) + 1) * size;
    let len = piece.min(end - p);
    let next = if p + len < end { p + len } else { 0 };
    (p, len, next)
}

/// Marks what the pointer words of the grey entry `p` (an object, or a
/// piece of at most `piece` bytes of a large one) point to.
fn scan_object(h: &Heap, p: usize, piece: usize) {
    let (base, len, next) = scan_piece(h, p, piece);
    if next != 0 {
        state().local.push(next);
    }
    grey_words(h, base, len, marked);
}

/// Greys what the pointer words of the `len` bytes at `base` (a grey
/// object or a piece of one) point to, calling `found(b, bytes)` for each
/// object it newly marks (see [`grey`]).
#[inline(always)]
pub(crate) fn grey_words(h: &Heap, base: usize, len: usize, mut found: impl FnMut(usize, usize)) {
    h.for_each_ptr_word(base, len / 8, |i| {
        // SAFETY: a word of a live heap object (a mutator may be storing
        // to it: the barrier shaded both values).
        let v = unsafe { core::ptr::read_volatile((base + 8 * i) as *const u64) };
        let (b, bytes) = grey(h, v);
        if bytes != 0 {
            found(b, bytes);
        }
    });
}

/// `gccheckmark`: with the world stopped after marking, marks everything
/// reachable again in a bitmap of its own and dies if it reaches an
/// object the cycle left unmarked.
fn checkmark(h: &Heap) {
    // SAFETY: the world is stopped; only the collector's thread runs.
    let bits = unsafe { &mut *CHECK_BITS.get() };
    let words = (h.end - h.base) / 8 / 64;
    if bits.is_null() {
        let Some(p) = sys::mmap_anon(
            words * 8,
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        ) else {
            crate::panic::throw(b"runtime: cannot allocate the checkmark bitmap");
        };
        *bits = p as *mut u64;
    }
    CHECKING.store(true, Ordering::Relaxed);
    mark_roots(h);
    drain_all(h);
    mark_finalizers(h);
    CHECKING.store(false, Ordering::Relaxed);
    let used = ((h.used - h.base) / 8 / 64 * 8 + 4095) & !4095;
    // SAFETY: the bitmap's used part, ours; the next check starts clear.
    unsafe { sys::madvise_dontneed(*bits as *mut u8, used) };
}

/// [`grey`] for [`checkmark`]: the object at `base`, slot bit `bit` of
/// mark word `w` of span `s`.
#[cold]
fn check_grey(h: &Heap, s: &Span, base: usize, w: usize, bit: u64) -> usize {
    let b = h.bit_index(base);
    // SAFETY: the check bitmap covers the arena; the world is stopped.
    let cw = unsafe { &mut *(*CHECK_BITS.get()).add(b / 64) };
    if *cw & (1 << (b % 64)) != 0 {
        return 0;
    }
    *cw |= 1 << (b % 64);
    if s.mark_bits[w] & bit == 0 {
        use crate::print::Sink;
        let mut m = crate::buf::Buf::<128>::new();
        m.extend(b"runtime: checkmark found unmarked object ");
        m.push_hex(base as u64);
        m.extend(b" of ");
        m.push_u64(s.elemsize as u64);
        m.extend(b" bytes\n");
        crate::print::Stderr.put(m.as_bytes());
        crate::panic::throw(b"checkmark found unmarked object");
    }
    if s.noscan {
        0
    } else {
        base
    }
}

unsafe extern "C" {
    #[cfg(not(test))]
    #[link_name = "go:gcroots"]
    static GCROOTS: u64;
}

/// The package variables' pointer words.
fn mark_globals(h: &Heap) {
    #[cfg(not(test))]
    {
        // SAFETY: the compiler emits `go:gcroots` as a count and that many
        // `{addr, nwords, mask}` entries.
        unsafe {
            let base = core::ptr::addr_of!(GCROOTS);
            let n = *base as usize;
            for k in 0..n {
                let e = base.add(1 + 3 * k);
                let addr = *e as *const u64;
                let nwords = *e.add(1) as usize;
                let mask = *e.add(2) as *const u8;
                for w in 0..nwords {
                    if *mask.add(w / 8) >> (w % 8) & 1 != 0 {
                        mark(h, *addr.add(w));
                    }
                }
            }
        }
    }
    #[cfg(test)]
    let _ = h;
}

/// gc's finalizer rules (see [`crate::finalizer`]): what finalizable
/// objects point to stays alive; of those objects, the ones still
/// unmarked are queued for finalization and survive this cycle.
fn mark_finalizers(h: &Heap) {
    crate::finalizer::for_each_object(|o| {
        let s = h.span_of(o as usize);
        // SAFETY: finalizable objects are live heap objects.
        if !s.is_null() && unsafe { !(*s).noscan } {
            scan_object(h, o as usize, OBLET);
        }
    });
    drain_all(h);
    crate::finalizer::queue_unreachable(|o| is_marked(h, o), |o| mark(h, o));
    drain_all(h);
}

/// Whether the heap object at `p` is marked (non-heap addresses count as
/// marked: they are never freed).
fn is_marked(h: &Heap, p: u64) -> bool {
    let s = h.span_of(p as usize);
    if s.is_null() {
        return true;
    }
    // SAFETY: `span_of` returns in-use spans.
    let s = unsafe { &*s };
    let idx = s.object_index(p as usize);
    s.mark_bits[idx / 64] & (1u64 << (idx % 64)) != 0
}

fn mark_roots(h: &Heap) {
    crate::finalizer::for_each_root(|p| mark(h, p));
    // The Ps' tiny blocks: a piece handed out during the cycle may only
    // be on an already scanned stack, and the block is not allocated
    // black as a new object would be.
    for i in 0..sched::nprocs() {
        // SAFETY: the world is stopped; Ps are never freed.
        mark(h, unsafe { (*sched::allp(i)).mcache.tiny } as u64);
    }
    mark_globals(h);
    sched::for_each_g(|g| mark_goroutine(h, g));
    crate::chan::for_each_sudog_root(|p| mark(h, p));
    crate::sema::for_each_root(|p| mark(h, p));
    crate::time::for_each_root(|p| mark(h, p));
}

/// A goroutine's runtime records and the Go frames of its stack.
fn mark_goroutine(h: &Heap, g: *mut G) {
    // SAFETY: `g` is a live goroutine that is not running Go code; the
    // world is stopped, so nothing else writes it.
    let g = unsafe { &mut *g };
    g.shrink = crate::stack::wants_shrink(g, g.sched_fp);
    mark(h, g.defers as u64);
    mark(h, g.startenv);
    mark(h, g.keep);
    for &a in &g.sysargs {
        mark(h, a);
    }
    crate::defer::for_each_panic_root(g, |p| mark(h, p));
    if g.sched_fp != 0 {
        scan_frames(
            h,
            g.sched_fp as usize,
            g.stack_lo as usize,
            g.stack_hi as usize,
        );
        state().stack_scanned += g.stack_hi - g.sched_fp;
        state().stacks_scanned += 1;
    }
}

/// Walks the frame records from `fp` and scans each Go frame through its
/// stack map: the words live at the call it is stopped at, and the
/// pointer words of its stack slots.
fn scan_frames(h: &Heap, fp: usize, lo: usize, hi: usize) {
    if fp < lo || fp + 16 > hi {
        return;
    }
    crate::traceback::walk(fp, |ret, next| {
        // The chain ends at the goroutine's first frame (saved FP 0).
        if next < lo || next + 16 > hi {
            return false;
        }
        if let Some((code, map)) = crate::traceback::gc_lookup(ret) {
            if !map.is_null() {
                scan_frame(h, map, (ret - code) as u32, next);
            }
        }
        true
    });
}

/// Scans the frame whose frame pointer is `fp`, stopped at the call that
/// returns to code offset `ret_off`.
fn scan_frame(h: &Heap, map: *const u32, ret_off: u32, fp: usize) {
    // SAFETY: the blob's layout (abi.md §13): frame-to-FP offset, number
    // of call sites, number of slot words, the sites, the slot words, the
    // offset pool.
    unsafe {
        let sp = fp - *map as usize;
        let nsites = *map.add(1) as usize;
        let nslot = *map.add(2) as usize;
        let sites = map.add(3);
        let slot_words = sites.add(3 * nsites);
        let pool = slot_words.add(nslot);
        for k in 0..nslot {
            mark(h, *((sp + *slot_words.add(k) as usize) as *const u64));
        }
        // Sites are sorted by return offset.
        let (mut lo, mut hi) = (0, nsites);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let r = *sites.add(3 * mid);
            if r == ret_off {
                let first = *sites.add(3 * mid + 1) as usize;
                let n = *sites.add(3 * mid + 2) as usize;
                for j in 0..n {
                    let off = *pool.add(first + j) as usize;
                    mark(h, *((sp + off) as *const u64));
                }
                return;
            }
            if r < ret_off {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // Not stopped at a call: a fault that became a panic. Which words
        // are live there is unknown, so every word live at some call of
        // the function counts (a dead word may keep an object one more
        // cycle; `mark` ignores words that point to free memory).
        let total = (0..nsites)
            .map(|k| *sites.add(3 * k + 2) as usize)
            .sum::<usize>();
        for j in 0..total {
            let off = *pool.add(j) as usize;
            mark(h, *((sp + off) as *const u64));
        }
    }
}

// ---- sweeping ----
//
// Sweeping is lazy and concurrent, as gc's is. The cycle's end only bumps
// the sweep generation: every span in use then becomes unswept. The
// collector's thread then sweeps them in address order while the program
// runs; an allocator that finds no span with room sweeps some first
// ([`sweep_for_class`], [`sweep_pages`]), and the next cycle finishes
// what is left before it marks ([`finish_sweep`]). A span is claimed by
// moving its `sweepgen` from `sg - 2` to `sg - 1`, so each is swept once,
// by whoever claims it; swept spans with free slots go to the partial
// lists, empty ones back to the page heap.

/// The sweep generation (`sg` above): even, bumped by 2 at each cycle's
/// end. It starts at 4 so that `sg - 2` is never 0, a free span's.
static SWEEPGEN: AtomicU32 = AtomicU32::new(4);
/// The next page the sweepers look at, and the end of the pages that were
/// in use when the cycle ended.
static SWEEP_NEXT: AtomicUsize = AtomicUsize::new(0);
static SWEEP_END: AtomicUsize = AtomicUsize::new(0);
/// Sweepers between their claim of a page and the end of its span's
/// sweep (the next cycle waits for them).
static SWEEPERS: AtomicU32 = AtomicU32::new(0);

/// "Any class" for [`sweep_next`].
const NO_CLASS: usize = usize::MAX;

/// What [`sweep_next`] did.
#[derive(PartialEq, Eq)]
enum Swept {
    /// Nothing is left to sweep.
    Done,
    /// A span was swept (and listed or freed).
    One,
    /// A span of the wanted class with free slots, handed to the caller.
    Wanted(*mut Span),
}

/// The current sweep generation (new spans are swept already).
#[inline]
pub fn sweepgen() -> u32 {
    SWEEPGEN.load(Ordering::Acquire)
}

/// At a cycle's end, with the world stopped: every span in use becomes
/// unswept.
fn start_sweep(h: &Heap) {
    mem::reset_cache();
    SWEEPGEN.fetch_add(2, Ordering::AcqRel);
    SWEEP_END.store(h.used, Ordering::Release);
    SWEEP_NEXT.store(h.base, Ordering::Release);
}

/// Sweeps the next unswept span. A span of class `want` that has free
/// slots is returned to the caller instead of being listed.
fn sweep_next(want: usize) -> Swept {
    SWEEPERS.fetch_add(1, Ordering::AcqRel);
    let sg = sweepgen();
    let end = SWEEP_END.load(Ordering::Acquire);
    let r = loop {
        let p = SWEEP_NEXT.fetch_add(1 << PAGE_SHIFT, Ordering::AcqRel);
        if p >= end {
            break Swept::Done;
        }
        // SAFETY: only the reservation's geometry is read.
        let s = unsafe { heap_unlocked() }.span_at_page(p);
        if s.is_null() {
            continue;
        }
        // SAFETY: span structures are never unmapped; the claim makes the
        // span ours (only in-use spans hold `sg - 2`).
        let claimed = unsafe {
            (*s).sweepgen
                .compare_exchange(
                    sg.wrapping_sub(2),
                    sg.wrapping_sub(1),
                    Ordering::AcqRel,
                    Ordering::Relaxed,
                )
                .is_ok()
        };
        if claimed {
            break sweep_span(s, sg, want);
        }
    };
    SWEEPERS.fetch_sub(1, Ordering::AcqRel);
    r
}

/// Sweeps claimed span `s`: frees its unmarked objects (poisoned with
/// `GOCL_GCPOISON=1`), then lists it, frees it, or hands it over.
fn sweep_span(s: *mut Span, sg: u32, want: usize) -> Swept {
    // SAFETY: the caller claimed `s`: nobody else reads or writes its
    // slots' bits until it is swept.
    let sp = unsafe { &mut *s };
    let mut count = 0usize;
    // Marks are only set on slots in use.
    for m in sp.mark_bits.iter() {
        count += m.count_ones() as usize;
    }
    mem::FREES.fetch_add((sp.allocated - count) as u64, Ordering::Relaxed);
    if state().poison && !sp.noscan {
        poison_dead(sp, count == 0);
    }
    if count == 0 {
        mem::HEAP_LOCK.lock();
        heap().free_span(s);
        mem::HEAP_LOCK.unlock();
        return Swept::One;
    }
    for i in 0..sp.alloc_bits.len() {
        sp.alloc_bits[i] = sp.mark_bits[i];
        sp.mark_bits[i] = 0;
    }
    sp.allocated = count;
    sp.freeindex = 0;
    let small = sp.state == SPAN_SMALL;
    if small {
        sp.needzero = true;
    }
    sp.sweepgen.store(sg, Ordering::Release);
    if !small || count == sp.nelems {
        return Swept::One;
    }
    if sp.spanclass as usize == want {
        return Swept::Wanted(s);
    }
    mem::HEAP_LOCK.lock();
    mem::add_partial(s);
    mem::HEAP_LOCK.unlock();
    Swept::One
}

/// Fills the dead objects of span `sp` (all of it when `all`) with a
/// pattern, so that a pointer the collector missed crashes loudly.
fn poison_dead(sp: &Span, all: bool) {
    const POISON: u8 = 0xa5;
    if all {
        let len = (sp.npages << PAGE_SHIFT).min(1 << 20);
        // SAFETY: a span of dead objects.
        unsafe { core::ptr::write_bytes(sp.start as *mut u8, POISON, len) };
        return;
    }
    if sp.state != SPAN_SMALL {
        return;
    }
    for i in 0..sp.nelems.min(MAX_OBJECTS) {
        let (w, bit) = (i / 64, 1u64 << (i % 64));
        // SAFETY: `w < MAX_OBJECTS / 64` (unchecked: sweepers run on
        // goroutine stacks, which have no room for a panic path).
        let (alloc, mark) = unsafe {
            (
                *sp.alloc_bits.get_unchecked(w),
                *sp.mark_bits.get_unchecked(w),
            )
        };
        let in_use = alloc & bit != 0 || i < sp.freeindex;
        if in_use && mark & bit == 0 {
            // SAFETY: a dead object of this span.
            unsafe {
                core::ptr::write_bytes((sp.start + i * sp.elemsize) as *mut u8, POISON, sp.elemsize)
            };
        }
    }
}

/// A span of class `spc` with free slots, found by sweeping at most a
/// hundred spans (gc's budget), or null.
pub fn sweep_for_class(spc: usize) -> *mut Span {
    for _ in 0..100 {
        match sweep_next(spc) {
            Swept::Done => break,
            Swept::One => {}
            Swept::Wanted(s) => return s,
        }
    }
    core::ptr::null_mut()
}

/// Sweeps about `npages` pages' worth of spans (before a large object
/// takes pages).
pub fn sweep_pages(npages: usize) {
    let stop = SWEEP_NEXT.load(Ordering::Relaxed) + (npages.max(1) << PAGE_SHIFT);
    while SWEEP_NEXT.load(Ordering::Relaxed) < stop {
        if sweep_next(NO_CLASS) == Swept::Done {
            break;
        }
    }
}

/// Sweeps every span left and waits for the other sweepers: before a
/// cycle marks, and before `runtime.GC` returns.
pub fn finish_sweep() {
    while sweep_next(NO_CLASS) != Swept::Done {}
    while SWEEPERS.load(Ordering::Acquire) != 0 {
        core::hint::spin_loop();
    }
}

// ---- statistics ----

/// Numbers for `runtime.ReadMemStats` and `runtime/metrics`.
pub struct GcStats {
    pub cycles: u32,
    pub forced: u32,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total: u64,
    pub percent: i64,
}

/// The collector's counters.
pub fn gc_stats() -> GcStats {
    let st = state();
    GcStats {
        cycles: st.cycles,
        forced: st.forced,
        next_gc: st.next_gc,
        last_gc: st.last_gc,
        pause_total: st.pause_total,
        percent: st.percent,
    }
}

/// The pause of cycle `k` (mod 256) and when it ended.
pub fn pause(k: usize) -> (u64, u64) {
    let st = state();
    (st.pauses[k % 256], st.pause_ends[k % 256])
}

// ---- the Go API ----

/// `runtime.readMemStats(m *MemStats)`: fills gc's `MemStats` (field
/// offsets as in std/runtime/mstats.go).
///
/// # Safety
/// `m` points to a `runtime.MemStats`.
#[export_name = "runtime.readMemStats"]
pub unsafe extern "C" fn read_mem_stats(_g: *mut G, m: *mut u64) {
    let st = state();
    let ms = mem::stats();
    let h = heap();
    let page = 1u64 << PAGE_SHIFT;
    let heap_sys = (h.used - h.base) as u64;
    let in_use = h.pages_in_use as u64 * page;
    let idle = h.pages_free as u64 * page;
    let released = h.pages_released as u64 * page;
    let f = |i: usize, v: u64| {
        // SAFETY: word `i` of the caller's MemStats.
        unsafe { *m.add(i) = v };
    };
    f(0, ms.heap_live);
    f(1, ms.total_alloc);
    let (stack_inuse, stack_sys) = crate::stack::stats();
    f(2, heap_sys - released + stack_sys + (4 << 20));
    f(4, ms.mallocs);
    f(5, ms.frees);
    f(6, ms.heap_live);
    f(7, heap_sys);
    f(8, idle);
    f(9, in_use);
    f(10, released);
    f(11, ms.heap_objects);
    f(12, stack_inuse);
    f(13, stack_sys);
    f(21, st.next_gc.min(u64::MAX >> 1));
    f(22, st.last_gc);
    f(23, st.pause_total);
    for k in 0..256 {
        f(24 + k, st.pauses[k]);
        f(24 + 256 + k, st.pause_ends[k]);
    }
    // SAFETY: the NumGC/NumForcedGC pair, GCCPUFraction and the flags.
    unsafe {
        let tail = m.add(24 + 512);
        *(tail as *mut u32) = st.cycles;
        *(tail as *mut u32).add(1) = st.forced;
        *(tail.add(1) as *mut f64) = cpu_fraction(st);
        *(tail.add(2) as *mut u8) = (st.percent >= 0) as u8;
    }
}

/// `runtime/debug.SetGCPercent`.
#[export_name = "runtime/debug.SetGCPercent"]
pub extern "C" fn debug_set_gc_percent(_g: *mut G, p: i64) -> i64 {
    set_percent(p)
}

/// `runtime/debug.FreeOSMemory`: a collection, then every free page back
/// to the kernel.
#[export_name = "runtime/debug.FreeOSMemory"]
pub extern "C" fn debug_free_os_memory(g: *mut G) {
    sched::gc(g);
    mem::HEAP_LOCK.lock();
    heap().release_free();
    mem::HEAP_LOCK.unlock();
}

/// The soft memory limit (`GOMEMLIMIT`, `debug.SetMemoryLimit`).
static MEMORY_LIMIT: Global<i64> = Global::new(i64::MAX);

/// `runtime/debug.SetMemoryLimit`: the previous limit; negative only
/// reads it.
#[export_name = "runtime/debug.SetMemoryLimit"]
pub extern "C" fn debug_set_memory_limit(_g: *mut G, limit: i64) -> i64 {
    // SAFETY: only the P's owner touches the limit.
    let l = unsafe { &mut *MEMORY_LIMIT.get() };
    let old = *l;
    if limit >= 0 {
        *l = limit;
        let st = state();
        let live = st.heap_marked;
        set_goal(st, live, false);
    }
    old
}
