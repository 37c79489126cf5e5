//! The garbage collector: precise mark-sweep, with the world stopped.
//!
//! A collection runs on the system stack, in the scheduler, when every
//! goroutine is stopped at a call (parked, preempted at a stack check, or
//! in a system call) and so described by the stack maps of its frames
//! (abi.md §13). The allocator asks for one when the live heap reaches
//! the pacer's goal ([`maybe_trigger`]): it sets the request and
//! preempts the running goroutine, whose next stack check yields to the
//! scheduler, which collects before it runs anything else.
//!
//! Marking starts from the roots: package variables (`go:gcroots`), the
//! Go frames of every goroutine (the stack maps and the frame's stack
//! slots), and what the runtime keeps outside the heap (deferred calls,
//! panics, channel and semaphore waiters, timers, a new goroutine's
//! closure). Objects are scanned through the heap bitmap the allocator
//! wrote. Sweeping then frees every unmarked object at once.
//!
//! The pacer is gc's: the next collection starts when the heap reaches
//! the live heap of the last one times `1 + GOGC/100` (4 MiB at least);
//! `GOGC=off` turns collection off. `GODEBUG=gctrace=1` prints a line per
//! cycle in gc's format. `GOCL_GCPOISON=1` fills freed objects with a
//! pattern, so that a pointer the collector missed crashes loudly.
//!
//! Concurrency (marking while goroutines run, with write barriers) is the
//! next step; this is its stop-the-world core.

use crate::global::Global;
use crate::heap::{heap, Heap, Span, PAGE_SHIFT, SPAN_SMALL};
use crate::mem;
use crate::sched::{self, G};
use crate::sys;
use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// The smallest heap goal (gc's `heapMinimum` at GOGC=100).
const MIN_GOAL: u64 = 4 << 20;

/// The collector's state.
struct State {
    /// GOGC; negative: off.
    percent: i64,
    /// Collect when the live heap reaches this.
    next_gc: u64,
    /// The requested one is forced (`runtime.GC`).
    forcing: bool,
    /// Read the environment.
    initialized: bool,
    trace: bool,
    poison: bool,
    /// Completed cycles.
    cycles: u32,
    forced: u32,
    /// Nanoseconds the world was stopped, in total and per cycle.
    pause_total: u64,
    pauses: [u64; 256],
    pause_ends: [u64; 256],
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
    /// The explicit mark stack: `[base, base + len)`, room for `cap`.
    stack: *mut usize,
    len: usize,
    cap: usize,
}

static STATE: Global<State> = Global::new(State {
    percent: 100,
    next_gc: MIN_GOAL,
    forcing: false,
    initialized: false,
    trace: false,
    poison: false,
    cycles: 0,
    forced: 0,
    pause_total: 0,
    pauses: [0; 256],
    pause_ends: [0; 256],
    last_gc: 0,
    heap_marked: 0,
    stack_scanned: 0,
    stacks_scanned: 0,
    start: 0,
    stack: core::ptr::null_mut(),
    len: 0,
    cap: 0,
});

#[inline]
fn state() -> &'static mut State {
    // SAFETY: only the P's owner touches the collector; callers do not
    // keep the reference across a call that takes it again.
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
    st.next_gc = goal(st.percent, 0);
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
        st.trace = v
            .split(|&c| c == b',')
            .any(|kv| kv == b"gctrace=1" || kv == b"gctrace=2");
    }
    st.poison = crate::env::getenv(b"GOCL_GCPOISON").is_some_and(|v| v == b"1");
    if let Some(v) = crate::env::getenv(b"GOMEMLIMIT") {
        if let Some(l) = parse_size(v) {
            // SAFETY: startup, the P's owner.
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
/// program over its limit does not collect without end).
fn goal(percent: i64, live: u64) -> u64 {
    // SAFETY: a plain read by the P's owner.
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
        g = g.min(cap);
    }
    g
}

/// Called by the allocator before it takes more memory: asks for a
/// collection once the heap reaches its goal.
pub fn maybe_trigger() {
    let st = state();
    if !REQUESTED.load(Ordering::Relaxed) && mem::heap_live() >= st.next_gc {
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

/// Asks again, while [`completed`] is short of what
/// [`request_forced`] returned.
pub fn request() {
    REQUESTED.store(true, Ordering::Release);
}

/// Collections completed so far.
pub fn completed() -> u64 {
    COMPLETED.load(Ordering::Acquire)
}

/// Collections started and completed (a collection runs with the world
/// stopped, so they differ by one at most).
static STARTED: AtomicU64 = AtomicU64::new(0);
static COMPLETED: AtomicU64 = AtomicU64::new(0);

/// Whether a collection was asked for.
#[inline]
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Acquire)
}

/// A collection was asked for (any P may set it; the scheduler clears it
/// when the collection starts).
static REQUESTED: AtomicBool = AtomicBool::new(false);
/// A collection is running (its M holds the only running P).
static COLLECTING: AtomicBool = AtomicBool::new(false);

/// Claims the next collection for the calling M: false when another M
/// runs one already.
pub fn begin() -> bool {
    COLLECTING
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
        .is_ok()
}

/// The claimed collection is over.
pub fn end() {
    COLLECTING.store(false, Ordering::Release);
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
    st.next_gc = goal(p, st.heap_marked);
    old
}

/// Runs a whole collection. The caller is the scheduler: no goroutine is
/// running Go code.
pub fn collect() {
    let st = state();
    REQUESTED.store(false, Ordering::Release);
    STARTED.fetch_add(1, Ordering::AcqRel);
    let t0 = sys::nanotime();
    let before = mem::heap_live();
    let h = heap();
    st.stack_scanned = 0;
    st.stacks_scanned = 0;
    mark_roots(h);
    drain(h);
    mark_finalizers(h);
    let t1 = sys::nanotime();
    let (live, objects, freed) = sweep(h, st.poison);
    let t2 = sys::nanotime();
    mem::reset_after_sweep(live, objects, freed);
    if st.stacks_scanned > 0 {
        crate::stack::adapt_initial(st.stack_scanned / st.stacks_scanned);
    }
    crate::stack::release_large();
    st.heap_marked = live;
    st.next_gc = goal(st.percent, live);
    // gc's goal since Go 1.18: GOGC also applies to the scanned stacks.
    if st.percent > 0 {
        let extra = st.stack_scanned / 100 * st.percent as u64;
        st.next_gc = st.next_gc.saturating_add(extra);
    }
    // A crude scavenger: when the free pages the heap keeps resident
    // exceed the next goal (the heap shrank a lot), give them all back.
    let resident_free = (h.pages_free - h.pages_released) as u64 * (1 << PAGE_SHIFT);
    if resident_free > st.next_gc.max(64 << 20) {
        h.release_free();
    }
    let pause = (t2 - t0) as u64;
    let k = st.cycles as usize % 256;
    st.pauses[k] = pause;
    st.pause_ends[k] = sys::walltime_ns();
    st.pause_total += pause;
    st.last_gc = st.pause_ends[k];
    st.cycles += 1;
    if st.trace {
        trace_line(st, t0, (t1 - t0) as u64, (t2 - t1) as u64, before, live);
    }
    st.forcing = false;
    COMPLETED.fetch_add(1, Ordering::AcqRel);
}

/// gc's `gctrace=1` line (the concurrent phases are empty here: the
/// whole cycle is the first stop-the-world figure).
fn trace_line(st: &State, t0: i64, mark: u64, sweep: u64, before: u64, live: u64) {
    use crate::print::Sink;
    let mut b = crate::buf::Buf::<256>::new();
    let mb = |n: u64| n >> 20;
    b.extend(b"gc ");
    b.push_u64(st.cycles as u64);
    b.extend(b" @");
    let since = (t0 - st.start).max(0) as u64;
    push_fixed(&mut b, since / 1_000_000, 3);
    b.extend(b"s ");
    b.push_u64((cpu_fraction(st) * 100.0) as u64);
    b.extend(b"%: ");
    push_fixed(&mut b, (mark + sweep) / 1000, 3);
    b.extend(b"+0+0 ms clock, ");
    push_fixed(&mut b, (mark + sweep) / 1000, 3);
    b.extend(b"+0/0/0+0 ms cpu, ");
    b.push_u64(mb(before));
    b.extend(b"->");
    b.push_u64(mb(before));
    b.extend(b"->");
    b.push_u64(mb(live));
    b.extend(b" MB, ");
    b.push_u64(mb(st.next_gc));
    b.extend(b" MB goal, ");
    b.push_u64(mb(st.stack_scanned));
    b.extend(b" MB stacks, 0 MB globals, 1 P");
    if st.forcing {
        b.extend(b" (forced)");
    }
    b.extend(b"\n");
    crate::print::Stderr.put(b.as_bytes());
}

/// The share of the run spent collecting (the world is stopped then):
/// gctrace's `P%` and `MemStats.GCCPUFraction`.
fn cpu_fraction(st: &State) -> f64 {
    let elapsed = (sys::nanotime() - st.start).max(1) as f64;
    st.pause_total as f64 / elapsed
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

fn push(p: usize) {
    let st = state();
    if st.len == st.cap {
        grow_stack(st);
    }
    // SAFETY: `len < cap`.
    unsafe { *st.stack.add(st.len) = p };
    st.len += 1;
}

fn grow_stack(st: &mut State) {
    let cap = (st.cap * 2).max(1 << 16);
    let Some(p) = sys::mmap_anon(cap * 8, sys::PROT_READ | sys::PROT_WRITE, 0) else {
        crate::panic::throw(b"runtime: cannot allocate the mark stack");
    };
    let p = p as *mut usize;
    if st.len > 0 {
        // SAFETY: both hold at least `len` words.
        unsafe { core::ptr::copy_nonoverlapping(st.stack, p, st.len) };
    }
    if !st.stack.is_null() {
        // SAFETY: the old stack is ours and no longer used.
        unsafe { sys::munmap(st.stack as *mut u8, st.cap * 8) };
    }
    st.stack = p;
    st.cap = cap;
}

/// Marks the object `p` points into, if it is a heap object, and queues
/// it for scanning if it holds pointers.
#[inline]
fn mark(h: &Heap, p: u64) {
    let p = p as usize;
    let s = h.span_of(p);
    if s.is_null() {
        return;
    }
    // SAFETY: `span_of` returns in-use spans.
    let s = unsafe { &mut *s };
    let idx = s.object_index(p);
    if idx >= s.nelems {
        return;
    }
    let (w, bit) = (idx / 64, 1u64 << (idx % 64));
    // A free slot: a stale word that no live object holds any more.
    if (s.alloc_bits[w] & bit == 0 && idx >= s.freeindex) || s.mark_bits[w] & bit != 0 {
        return;
    }
    s.mark_bits[w] |= bit;
    if !s.noscan {
        push(s.start + idx * s.elemsize);
    }
}

/// Scans queued objects until none is left.
fn drain(h: &Heap) {
    loop {
        let p = {
            let st = state();
            if st.len == 0 {
                return;
            }
            st.len -= 1;
            // SAFETY: below `len`.
            unsafe { *st.stack.add(st.len) }
        };
        scan_object(h, p);
    }
}

/// Marks what the pointer words of the object at `base` point to.
fn scan_object(h: &Heap, base: usize) {
    let s = h.span_of(base);
    // SAFETY: queued objects are in in-use spans.
    let size = unsafe { (*s).elemsize };
    let n = size / 8;
    let mut i = 0;
    while i < n {
        let a = base + 8 * i;
        let b = h.bit_index(a);
        let avail = (64 - (b & 63)).min(n - i);
        let mut m = h.bits_at(a);
        if avail < 64 {
            m &= (1u64 << avail) - 1;
        }
        while m != 0 {
            let t = m.trailing_zeros() as usize;
            // SAFETY: a word of a live heap object.
            mark(h, unsafe { *((a + 8 * t) as *const u64) });
            m &= m - 1;
        }
        i += avail;
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
            scan_object(h, o as usize);
        }
    });
    drain(h);
    crate::finalizer::queue_unreachable(|o| is_marked(h, o), |o| mark(h, o));
    drain(h);
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

/// Frees every unmarked object; returns the bytes and objects still in
/// use and the objects freed.
fn sweep(h: &mut Heap, poison: bool) -> (u64, u64, u64) {
    mem::reset_cache();
    let mut live_bytes = 0u64;
    let mut live_objects = 0u64;
    let mut freed = 0u64;
    let mut empty: [*mut Span; 64] = [core::ptr::null_mut(); 64];
    let mut nempty;
    // Spans to free are collected in batches: freeing while walking would
    // merge free runs under the walk.
    let mut resume = h.base;
    loop {
        nempty = 0;
        let mut next_resume = None;
        h.for_each_span_from(resume, |_, s| {
            // SAFETY: in-use spans from the walk.
            let sp = unsafe { &mut *s };
            let mut count = 0usize;
            // Marks are only set on slots in use.
            for m in sp.mark_bits.iter() {
                count += m.count_ones() as usize;
            }
            if count == 0 && nempty == empty.len() {
                // Free this batch first; this span starts the next walk.
                next_resume = Some(sp.start);
                return false;
            }
            freed += (sp.allocated - count) as u64;
            if poison && !sp.noscan && sp.state == SPAN_SMALL {
                for i in 0..sp.nelems {
                    let (w, bit) = (i / 64, 1u64 << (i % 64));
                    let in_use = sp.alloc_bits[w] & bit != 0 || i < sp.freeindex;
                    if in_use && sp.mark_bits[w] & bit == 0 {
                        // SAFETY: a dead object of this span.
                        unsafe {
                            core::ptr::write_bytes(
                                (sp.start + i * sp.elemsize) as *mut u8,
                                0xa5,
                                sp.elemsize,
                            )
                        };
                    }
                }
            }
            if count == 0 {
                empty[nempty] = s;
                nempty += 1;
                return true;
            }
            live_objects += count as u64;
            live_bytes += (count * sp.elemsize) as u64;
            for i in 0..sp.alloc_bits.len() {
                sp.alloc_bits[i] = sp.mark_bits[i];
                sp.mark_bits[i] = 0;
            }
            sp.allocated = count;
            sp.freeindex = 0;
            if sp.state == SPAN_SMALL {
                sp.needzero = true;
                if count < sp.nelems {
                    mem::add_partial(s);
                }
            }
            true
        });
        for &s in &empty[..nempty] {
            if poison {
                // SAFETY: a span of dead objects.
                unsafe {
                    let len = (*s).npages << PAGE_SHIFT;
                    if !(*s).noscan {
                        core::ptr::write_bytes((*s).start as *mut u8, 0xa5, len.min(1 << 20));
                    }
                }
            }
            h.free_span(s);
        }
        match next_resume {
            Some(p) => resume = p,
            None => break,
        }
    }
    (live_bytes, live_objects, freed)
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
    heap().release_free();
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
        st.next_gc = goal(st.percent, st.heap_marked);
    }
    old
}
