//! Mark work and the threads that share it.
//!
//! Grey objects live on mark stacks: each marking thread has its own, and
//! a shared one (the pool) takes the objects the write barrier shades,
//! what mark assists put back, and batches that markers with plenty hand
//! to markers with none. A cycle's concurrent mark runs on the
//! collector's thread and on [`helpers`] more threads (gc's dedicated
//! workers: a quarter of GOMAXPROCS, rounded, counting the collector's
//! thread; `GOCL_GCWORKERS=n` sets the total). A marker that runs dry
//! takes a batch from the pool; when every marker is idle and the pool is
//! empty, the mark is over.
//!
//! That test can race with a marker that is just taking the pool's last
//! batch, and the barrier and assists go on adding to the pool. Neither
//! matters for correctness: the collector's thread waits until every
//! helper has left its loop (a helper leaves only with its own stack
//! empty), drains what the pool holds, and the cycle's second stop drains
//! it once more with the world stopped.

use crate::gc;
use crate::global::Global;
use crate::heap::Heap;
use crate::lock::Mutex;
use crate::sys;
use core::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};

/// A stack of grey objects (their addresses), in memory of its own.
pub struct MarkStack {
    ptr: *mut usize,
    pub len: usize,
    cap: usize,
}

impl MarkStack {
    /// An empty stack (it maps memory on its first push).
    pub const fn new() -> MarkStack {
        MarkStack {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        }
    }

    /// Pushes the grey object `p`.
    #[inline]
    pub fn push(&mut self, p: usize) {
        if self.len == self.cap {
            self.grow();
        }
        // SAFETY: `len < cap`.
        unsafe { *self.ptr.add(self.len) = p };
        self.len += 1;
    }

    /// Pops the last object pushed.
    #[inline]
    pub fn pop(&mut self) -> Option<usize> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: below `len`.
        Some(unsafe { *self.ptr.add(self.len) })
    }

    /// Moves the `out.len()` oldest objects (for a depth-first mark, the
    /// biggest pieces of work) into `out`.
    pub fn take_bottom(&mut self, out: &mut [usize]) {
        let n = out.len().min(self.len);
        if n == 0 {
            return;
        }
        // SAFETY: `n <= len` words at `ptr`, and the rest moved down
        // within the stack.
        unsafe {
            core::ptr::copy_nonoverlapping(self.ptr, out.as_mut_ptr(), n);
            core::ptr::copy(self.ptr.add(n), self.ptr, self.len - n);
        }
        self.len -= n;
    }

    #[cold]
    fn grow(&mut self) {
        let cap = (self.cap * 2).max(1 << 12);
        let Some(p) = sys::mmap_anon(cap * 8, sys::PROT_READ | sys::PROT_WRITE, 0) else {
            crate::panic::throw(b"runtime: cannot allocate the mark stack");
        };
        let p = p as *mut usize;
        if self.len > 0 {
            // SAFETY: both hold at least `len` words.
            unsafe { core::ptr::copy_nonoverlapping(self.ptr, p, self.len) };
        }
        if !self.ptr.is_null() {
            // SAFETY: the old stack is ours and no longer used.
            unsafe { sys::munmap(self.ptr as *mut u8, self.cap * 8) };
        }
        self.ptr = p;
        self.cap = cap;
    }
}

impl Default for MarkStack {
    fn default() -> Self {
        MarkStack::new()
    }
}

// ---- the pool ----

/// Grey objects shared between markers.
static POOL: Global<MarkStack> = Global::new(MarkStack::new());
static POOL_LOCK: Mutex = Mutex::new();
/// `POOL`'s length, readable without the lock.
static POOL_LEN: AtomicUsize = AtomicUsize::new(0);

/// Objects moved at a time between a marker's stack and the pool.
pub const BATCH: usize = 256;

/// Whether the pool holds no object.
#[inline]
pub fn pool_empty() -> bool {
    POOL_LEN.load(Ordering::Relaxed) == 0
}

/// Pushes `objs` on the pool.
pub fn put(objs: &[usize]) {
    if objs.is_empty() {
        return;
    }
    POOL_LOCK.lock();
    // SAFETY: the pool, under its lock.
    let pool = unsafe { &mut *POOL.get() };
    for &b in objs {
        pool.push(b);
    }
    POOL_LEN.store(pool.len, Ordering::Relaxed);
    POOL_LOCK.unlock();
}

/// Pops up to `out.len()` objects of the pool into `out`; how many.
pub fn take(out: &mut [usize]) -> usize {
    if pool_empty() {
        return 0;
    }
    POOL_LOCK.lock();
    // SAFETY: the pool, under its lock.
    let pool = unsafe { &mut *POOL.get() };
    let mut n = 0;
    while n < out.len() {
        let Some(b) = pool.pop() else { break };
        out[n] = b;
        n += 1;
    }
    POOL_LEN.store(pool.len, Ordering::Relaxed);
    POOL_LOCK.unlock();
    n
}

/// Set by a mark assist that found the pool empty: a marker with only a
/// few objects then shares half of them (gc's `gcWork.balance`). A
/// depth-first mark of a tree keeps its stack short, and without this
/// the assists of a program that builds trees found nothing to do, so
/// that its heap overshot the goal.
static HUNGRY: AtomicBool = AtomicBool::new(false);

/// Called before a mark assist takes work from the pool.
pub fn assist_begin() {
    ASSISTS.fetch_add(1, Ordering::SeqCst);
}

/// Called after a mark assist has put back what it did not scan.
pub fn assist_end() {
    ASSISTS.fetch_sub(1, Ordering::SeqCst);
}

/// Says that an assist found no work in the pool.
pub fn hungry() {
    if !HUNGRY.load(Ordering::Relaxed) {
        HUNGRY.store(true, Ordering::Relaxed);
    }
}

/// Moves a batch of `stack`'s objects to the pool when the pool runs low
/// and `stack` has plenty, or half of a short stack when an assist is
/// waiting, so that idle markers and assists find work.
#[inline]
pub fn share(stack: &mut MarkStack, batch: &mut [usize; BATCH]) {
    let pooled = POOL_LEN.load(Ordering::Relaxed);
    if pooled >= BATCH {
        return;
    }
    if stack.len >= 2 * BATCH {
        for slot in batch.iter_mut() {
            // `stack` holds more than a batch (checked above).
            *slot = stack.pop().unwrap_or(0);
        }
        put(&batch[..]);
    } else if pooled == 0 && stack.len >= 8 && HUNGRY.load(Ordering::Relaxed) {
        HUNGRY.store(false, Ordering::Relaxed);
        let n = stack.len / 2;
        stack.take_bottom(&mut batch[..n]);
        put(&batch[..n]);
    }
}

/// Takes a batch of the pool onto `stack`; whether there was any.
fn refill(stack: &mut MarkStack, batch: &mut [usize; BATCH]) -> bool {
    let n = take(batch);
    for &p in &batch[..n] {
        stack.push(p);
    }
    n != 0
}

// ---- parallel marking ----

/// Markers in the current cycle's concurrent mark (the collector's thread
/// and its helpers).
static MARKERS: AtomicUsize = AtomicUsize::new(1);
/// Markers that found no work and wait for some.
static IDLE: AtomicUsize = AtomicUsize::new(0);
/// Mark assists under way: the work they took from the pool comes back
/// to it, so the mark is not over while any runs (as gc's assists leave
/// `work.nwait`).
static ASSISTS: AtomicUsize = AtomicUsize::new(0);
/// Set while markers look for work; cleared when a marker finds every
/// marker idle and the pool empty, or by [`stop_helpers`].
static LOOKING: AtomicBool = AtomicBool::new(false);
/// Helpers that have not left the current cycle's loop yet.
static HELPERS_ACTIVE: AtomicUsize = AtomicUsize::new(0);
/// Helpers that take part in the current cycle.
static HELPERS_WANTED: AtomicUsize = AtomicUsize::new(0);
/// Bumped to call the helpers to a cycle.
static HELPER_EPOCH: AtomicU32 = AtomicU32::new(0);
/// The epoch before the one a newly started helper is called to.
static START_EPOCH: AtomicU32 = AtomicU32::new(0);
/// Helper threads started so far.
static HELPERS_STARTED: AtomicUsize = AtomicUsize::new(0);
/// Nanoseconds helpers spent marking in the current cycle.
static HELPER_NS: AtomicU64 = AtomicU64::new(0);
/// Bytes and objects helpers marked in the current cycle.
static HELPER_BYTES: AtomicU64 = AtomicU64::new(0);
static HELPER_OBJECTS: AtomicU64 = AtomicU64::new(0);

/// The most helper threads (gc gives 64 Ps a quarter: 16 workers).
const MAX_HELPERS: usize = 63;

/// The helpers' own mark stacks, by helper number.
static HELPER_STACKS: [Global<MarkStack>; MAX_HELPERS] =
    [const { Global::new(MarkStack::new()) }; MAX_HELPERS];

/// `GOCL_GCWORKERS`: the markers wanted in total, or 0 for gc's quarter
/// of GOMAXPROCS.
static WORKERS_SETTING: AtomicUsize = AtomicUsize::new(usize::MAX);

/// Helper threads to mark beside the collector's thread with `nprocs` Ps:
/// gc's dedicated workers are a quarter of GOMAXPROCS, rounded, and the
/// collector's thread is one of them.
pub fn helpers(nprocs: usize) -> usize {
    let mut set = WORKERS_SETTING.load(Ordering::Relaxed);
    if set == usize::MAX {
        set = crate::env::getenv(b"GOCL_GCWORKERS")
            .and_then(crate::env::parse_int)
            .map_or(0, |n| n.clamp(0, MAX_HELPERS as i64 + 1) as usize);
        WORKERS_SETTING.store(set, Ordering::Relaxed);
    }
    let total = if set > 0 { set } else { (nprocs + 2) / 4 };
    total.clamp(1, MAX_HELPERS + 1) - 1
}

/// Called by the collector's thread when the concurrent mark starts:
/// wakes `n` helpers (starting threads as needed).
pub fn start_helpers(n: usize) {
    MARKERS.store(n + 1, Ordering::SeqCst);
    IDLE.store(0, Ordering::SeqCst);
    LOOKING.store(true, Ordering::SeqCst);
    HELPER_NS.store(0, Ordering::Relaxed);
    HELPER_BYTES.store(0, Ordering::Relaxed);
    HELPER_OBJECTS.store(0, Ordering::Relaxed);
    if n == 0 {
        return;
    }
    HELPERS_WANTED.store(n, Ordering::SeqCst);
    HELPERS_ACTIVE.store(n, Ordering::SeqCst);
    // A thread started now joins at the epoch after this one.
    START_EPOCH.store(HELPER_EPOCH.load(Ordering::SeqCst), Ordering::SeqCst);
    while HELPERS_STARTED.load(Ordering::Relaxed) < n {
        HELPERS_STARTED.fetch_add(1, Ordering::Relaxed);
        crate::thread::start_helper(helper_main);
    }
    HELPER_EPOCH.fetch_add(1, Ordering::SeqCst);
    // FUTEX_WAKE's count is an int: u32::MAX would read as -1, one.
    sys::futex_wake(&HELPER_EPOCH, i32::MAX as u32);
}

/// Called by the collector's thread after its own [`drain`]: waits until
/// every helper has left the cycle. Returns the helpers' nanoseconds,
/// bytes and objects marked.
pub fn stop_helpers() -> (u64, u64, u64) {
    LOOKING.store(false, Ordering::SeqCst);
    while HELPERS_ACTIVE.load(Ordering::Acquire) != 0 {
        sys::nanosleep(10_000);
    }
    (
        HELPER_NS.swap(0, Ordering::Relaxed),
        HELPER_BYTES.swap(0, Ordering::Relaxed),
        HELPER_OBJECTS.swap(0, Ordering::Relaxed),
    )
}

/// Helper numbers, in the order the threads start.
static NEXT_HELPER: AtomicUsize = AtomicUsize::new(0);

/// A helper thread: marks in each cycle it is called to.
extern "C" fn helper_main(_m: *mut crate::thread::M) -> ! {
    let id = NEXT_HELPER.fetch_add(1, Ordering::Relaxed);
    // SAFETY: helper `id`'s stack is touched only by this thread.
    let stack = unsafe { &mut *HELPER_STACKS[id].get() };
    let mut seen = START_EPOCH.load(Ordering::SeqCst);
    loop {
        let epoch = HELPER_EPOCH.load(Ordering::SeqCst);
        if epoch == seen {
            sys::futex_wait(&HELPER_EPOCH, epoch, -1);
            continue;
        }
        seen = epoch;
        if id >= HELPERS_WANTED.load(Ordering::SeqCst) {
            continue;
        }
        let t = sys::nanotime();
        let (mut bytes, mut objects) = (0, 0);
        // SAFETY: marking reads span metadata that allocating Ps may
        // extend but never take away while marking (no sweeping).
        drain(
            unsafe { crate::heap::heap_unlocked() },
            stack,
            &mut bytes,
            &mut objects,
        );
        HELPER_BYTES.fetch_add(bytes, Ordering::Relaxed);
        HELPER_OBJECTS.fetch_add(objects, Ordering::Relaxed);
        HELPER_NS.fetch_add((sys::nanotime() - t) as u64, Ordering::Relaxed);
        HELPERS_ACTIVE.fetch_sub(1, Ordering::Release);
    }
}

/// One marker's concurrent mark: scans grey objects from `stack`, refills
/// it from the pool, and returns, with `stack` empty, when every marker
/// is idle and the pool empty (or another marker found it so). Counts
/// what it marks in `bytes` and `objects`.
pub fn drain(h: &Heap, stack: &mut MarkStack, bytes: &mut u64, objects: &mut u64) {
    let mut batch = [0usize; BATCH];
    loop {
        let mut scanned = 0u32;
        while let Some(p) = stack.pop() {
            let (base, len, next) = gc::scan_piece(h, p, gc::OBLET);
            if next != 0 {
                stack.push(next);
            }
            gc::grey_words(h, base, len, |b, nb| {
                *bytes += nb as u64;
                *objects += 1;
                if b != 0 {
                    stack.push(b);
                }
            });
            scanned += 1;
            if scanned % 64 == 0 {
                share(stack, &mut batch);
            }
        }
        if refill(stack, &mut batch) {
            continue;
        }
        // Out of work: wait for some, or for the end.
        IDLE.fetch_add(1, Ordering::SeqCst);
        let mut spins = 0u32;
        loop {
            if !LOOKING.load(Ordering::SeqCst) {
                IDLE.fetch_sub(1, Ordering::SeqCst);
                return;
            }
            if !pool_empty() {
                IDLE.fetch_sub(1, Ordering::SeqCst);
                if refill(stack, &mut batch) {
                    break;
                }
                IDLE.fetch_add(1, Ordering::SeqCst);
            } else if IDLE.load(Ordering::SeqCst) == MARKERS.load(Ordering::SeqCst)
                && ASSISTS.load(Ordering::SeqCst) == 0
            {
                LOOKING.store(false, Ordering::SeqCst);
                IDLE.fetch_sub(1, Ordering::SeqCst);
                return;
            }
            spins += 1;
            if spins < 64 {
                core::hint::spin_loop();
            } else {
                sys::nanosleep(20_000);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The pool is one global: the tests that use it take turns.
    static POOL_TEST: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn empty_pool() {
        let mut out = [0usize; BATCH];
        while take(&mut out) != 0 {}
    }

    #[test]
    fn stack_grows_and_keeps_order() {
        let mut s = MarkStack::new();
        for i in 1..=10_000 {
            s.push(i);
        }
        assert_eq!(s.len, 10_000);
        for i in (1..=10_000).rev() {
            assert_eq!(s.pop(), Some(i));
        }
        assert_eq!(s.pop(), None);
    }

    #[test]
    fn share_only_when_the_pool_runs_low() {
        let _t = POOL_TEST.lock().unwrap();
        empty_pool();
        let mut s = MarkStack::new();
        let mut batch = [0usize; BATCH];
        for i in 1..2 * BATCH {
            s.push(i);
        }
        // Under two batches: kept.
        share(&mut s, &mut batch);
        assert!(pool_empty());
        s.push(2 * BATCH);
        share(&mut s, &mut batch);
        assert_eq!(s.len, BATCH);
        // The pool holds a batch now: nothing more moves.
        for i in 0..2 * BATCH {
            s.push(10_000 + i);
        }
        share(&mut s, &mut batch);
        assert_eq!(s.len, 3 * BATCH);
        let mut got = HashSet::new();
        while refill(&mut s, &mut batch) {}
        while let Some(p) = s.pop() {
            assert!(got.insert(p), "{p} twice");
        }
        assert_eq!(got.len(), 4 * BATCH);
        assert!(pool_empty());
    }

    #[test]
    fn a_hungry_assist_gets_half_of_a_short_stack() {
        let _t = POOL_TEST.lock().unwrap();
        empty_pool();
        HUNGRY.store(false, Ordering::Relaxed);
        let mut s = MarkStack::new();
        let mut batch = [0usize; BATCH];
        for i in 1..=20 {
            s.push(i);
        }
        // Nobody is hungry: a short stack is kept.
        share(&mut s, &mut batch);
        assert!(pool_empty());
        hungry();
        share(&mut s, &mut batch);
        assert!(!HUNGRY.load(Ordering::Relaxed));
        // The oldest half went (the biggest subtrees of a depth-first
        // mark); the newest stay in order.
        assert_eq!(s.len, 10);
        for i in (11..=20).rev() {
            assert_eq!(s.pop(), Some(i));
        }
        let mut out = [0usize; BATCH];
        let n = take(&mut out);
        let mut got: Vec<usize> = out[..n].to_vec();
        got.sort();
        assert_eq!(got, (1..=10).collect::<Vec<_>>());
        // Too short to split: kept even when hungry.
        for i in 1..=7 {
            s.push(i);
        }
        hungry();
        share(&mut s, &mut batch);
        assert_eq!(s.len, 7);
        assert!(pool_empty());
        HUNGRY.store(false, Ordering::Relaxed);
    }

    #[test]
    fn concurrent_put_and_take_lose_nothing() {
        let _t = POOL_TEST.lock().unwrap();
        empty_pool();
        const PER: usize = 20_000;
        let producers: Vec<_> = (0..3)
            .map(|t| {
                std::thread::spawn(move || {
                    for k in 0..PER / 10 {
                        let objs: Vec<usize> = (0..10).map(|j| 1 + t * PER + k * 10 + j).collect();
                        put(&objs);
                    }
                })
            })
            .collect();
        let taker = std::thread::spawn(|| {
            let mut got = Vec::new();
            let mut out = [0usize; 37];
            while got.len() < 2 * PER {
                let n = take(&mut out);
                got.extend_from_slice(&out[..n]);
            }
            got
        });
        for p in producers {
            p.join().unwrap();
        }
        let mut got = taker.join().unwrap();
        let mut out = [0usize; BATCH];
        loop {
            let n = take(&mut out);
            if n == 0 {
                break;
            }
            got.extend_from_slice(&out[..n]);
        }
        let set: HashSet<usize> = got.iter().copied().collect();
        assert_eq!(got.len(), 3 * PER);
        assert_eq!(set.len(), 3 * PER);
        assert!((1..=3 * PER).all(|i| set.contains(&i)));
    }

    #[test]
    fn helpers_are_a_quarter_of_the_ps() {
        WORKERS_SETTING.store(0, Ordering::Relaxed);
        assert_eq!(helpers(1), 0);
        assert_eq!(helpers(4), 0);
        assert_eq!(helpers(6), 1);
        assert_eq!(helpers(8), 1);
        assert_eq!(helpers(16), 3);
        assert_eq!(helpers(1000), MAX_HELPERS);
        WORKERS_SETTING.store(3, Ordering::Relaxed);
        assert_eq!(helpers(2), 2);
        WORKERS_SETTING.store(usize::MAX, Ordering::Relaxed);
    }
}
