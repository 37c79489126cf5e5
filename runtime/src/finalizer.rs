//! Finalizers (`runtime.SetFinalizer`, abi.md section 13).
//!
//! The compiler turns `runtime.SetFinalizer(obj, f)` into a call of
//! `runtime.setFinalizer` (std/runtime/mfinal.go) with `obj` as an `any`
//! and a ready-made closure that calls `f(obj)`: the closure keeps the
//! object's words in slots its descriptor marks as non-pointers, so the
//! closure does not keep the object alive. This module keeps a table from
//! object address to closure and the queue of finalizers due to run.
//!
//! The collector follows gc's rules: the closures are roots, and so is
//! what a finalizable object points to (but not the object itself), so a
//! chain of finalizable objects is finalized one link per cycle, first
//! the one nothing points to. After marking, each finalizable object left
//! unmarked is queued with its closure, and marked for this cycle; the
//! queue is a root until the finalizer goroutine (std's `runfinq`) has
//! called the closure.

use crate::global::Global;
use crate::heap::{heap, Heap};
use crate::mem;
use crate::sched::{self, G};
use crate::string::Pair;
use crate::sys;
use crate::types::{kind, Type};

/// An empty table slot; a removed one is [`TOMBSTONE`].
const EMPTY: u64 = 0;
const TOMBSTONE: u64 = 1;

/// Open-addressed table from object address to closure.
struct Table {
    /// `cap` pairs `[key, closure]`.
    slots: *mut [u64; 2],
    cap: usize,
    /// Slots holding a key or a tombstone.
    used: usize,
}

/// The finalizers due to run: `(object, closure)` pairs, oldest first.
struct Queue {
    buf: *mut [u64; 2],
    cap: usize,
    head: usize,
    len: usize,
}

struct State {
    table: Table,
    queue: Queue,
    /// The finalizer goroutine while it waits for work.
    waiting: *mut G,
}

static STATE: Global<State> = Global::new(State {
    table: Table {
        slots: core::ptr::null_mut(),
        cap: 0,
        used: 0,
    },
    queue: Queue {
        buf: core::ptr::null_mut(),
        cap: 0,
        head: 0,
        len: 0,
    },
    waiting: core::ptr::null_mut(),
});

fn state() -> &'static mut State {
    // SAFETY: only the P's owner (Go code or the collector in the
    // scheduler) calls this, and no caller keeps the reference across a
    // call that takes it again.
    unsafe { &mut *STATE.get() }
}

/// Zeroed memory for `n` pairs, outside the collected heap.
fn alloc_pairs(n: usize) -> *mut [u64; 2] {
    match sys::mmap_anon(n * 16, sys::PROT_READ | sys::PROT_WRITE, 0) {
        Some(p) => p as *mut [u64; 2],
        None => crate::panic::throw(b"runtime: cannot allocate the finalizer table"),
    }
}

fn hash(key: u64) -> usize {
    // Objects are at least 8-aligned; mix the higher bits down.
    (key >> 3).wrapping_mul(0x9e37_79b9_7f4a_7c15) as usize
}

impl Table {
    /// The slot of `key`, or `None`.
    fn find(&self, key: u64) -> Option<usize> {
        if self.cap == 0 {
            return None;
        }
        let mut i = hash(key) & (self.cap - 1);
        loop {
            // SAFETY: `i < cap`.
            let k = unsafe { (*self.slots.add(i))[0] };
            if k == key {
                return Some(i);
            }
            if k == EMPTY {
                return None;
            }
            i = (i + 1) & (self.cap - 1);
        }
    }

    /// Adds `key` (not present) with `closure`.
    fn insert(&mut self, key: u64, closure: u64) {
        if (self.used + 1) * 2 > self.cap {
            self.rehash();
        }
        let mut i = hash(key) & (self.cap - 1);
        loop {
            // SAFETY: `i < cap`.
            let slot = unsafe { &mut *self.slots.add(i) };
            if slot[0] == EMPTY || slot[0] == TOMBSTONE {
                if slot[0] == EMPTY {
                    self.used += 1;
                }
                *slot = [key, closure];
                return;
            }
            i = (i + 1) & (self.cap - 1);
        }
    }

    fn remove_at(&mut self, i: usize) {
        // SAFETY: `i < cap`.
        unsafe { *self.slots.add(i) = [TOMBSTONE, 0] };
    }

    /// Doubles the table (or drops tombstones), keeping the entries.
    fn rehash(&mut self) {
        let live = (0..self.cap)
            .filter(|&i| {
                // SAFETY: `i < cap`.
                unsafe { (*self.slots.add(i))[0] > TOMBSTONE }
            })
            .count();
        let mut cap = 64;
        while (live + 1) * 4 > cap {
            cap *= 2;
        }
        let (old, old_cap) = (self.slots, self.cap);
        self.slots = alloc_pairs(cap);
        self.cap = cap;
        self.used = 0;
        for i in 0..old_cap {
            // SAFETY: `i < old_cap`.
            let [k, c] = unsafe { *old.add(i) };
            if k > TOMBSTONE {
                self.insert(k, c);
            }
        }
        if !old.is_null() {
            // SAFETY: the old table is ours and no longer used.
            unsafe { sys::munmap(old as *mut u8, old_cap * 16) };
        }
    }

    fn for_each(&self, mut f: impl FnMut(u64, u64)) {
        for i in 0..self.cap {
            // SAFETY: `i < cap`.
            let [k, c] = unsafe { *self.slots.add(i) };
            if k > TOMBSTONE {
                f(k, c);
            }
        }
    }
}

impl Queue {
    fn push(&mut self, obj: u64, closure: u64) {
        if self.len == self.cap {
            let cap = (self.cap * 2).max(64);
            let buf = alloc_pairs(cap);
            for k in 0..self.len {
                // SAFETY: both buffers hold these indexes.
                unsafe { *buf.add(k) = *self.buf.add((self.head + k) % self.cap) };
            }
            if !self.buf.is_null() {
                // SAFETY: the old buffer is ours and no longer used.
                unsafe { sys::munmap(self.buf as *mut u8, self.cap * 16) };
            }
            self.buf = buf;
            self.cap = cap;
            self.head = 0;
        }
        // SAFETY: `len < cap`.
        unsafe { *self.buf.add((self.head + self.len) % self.cap) = [obj, closure] };
        self.len += 1;
    }

    fn pop(&mut self) -> Option<[u64; 2]> {
        if self.len == 0 {
            return None;
        }
        // SAFETY: `head < cap` and the entry is queued.
        let e = unsafe { *self.buf.add(self.head) };
        self.head = (self.head + 1) % self.cap;
        self.len -= 1;
        Some(e)
    }

    /// Queued entry `k` (`k < len`), the oldest first.
    fn get(&self, k: usize) -> [u64; 2] {
        debug_assert!(k < self.len);
        // SAFETY: a queued entry.
        unsafe { *self.buf.add((self.head + k) % self.cap) }
    }

    fn for_each(&self, mut f: impl FnMut(u64, u64)) {
        for k in 0..self.len {
            let [o, c] = self.get(k);
            f(o, c);
        }
    }
}

/// The start of the heap object `p` points into, if it is one.
fn object_base(h: &Heap, p: u64) -> Option<u64> {
    let s = h.span_of(p as usize);
    if s.is_null() {
        return None;
    }
    // SAFETY: `span_of` returns in-use spans.
    let s = unsafe { &*s };
    let idx = s.object_index(p as usize);
    if idx >= s.nelems {
        return None;
    }
    Some((s.start + idx * s.elemsize) as u64)
}

fn throw_with_type(msg: &[u8], t: &Type, rest: &[u8]) -> ! {
    crate::stack::ensure(crate::sched::curg(), crate::stack::PANIC_STACK);
    throw_with_type_grown(msg, t, rest)
}

#[inline(never)]
fn throw_with_type_grown(msg: &[u8], t: &Type, rest: &[u8]) -> ! {
    let mut b = crate::buf::Buf::<256>::new();
    b.extend(msg);
    b.extend(t.name());
    b.extend(rest);
    crate::panic::throw(b.as_bytes())
}

/// `runtime.addfinalizer(obj any, closure func(), ftyp uintptr, ok bool)`
/// (std/runtime/mfinal.go): sets (a non-null `closure`) or clears the
/// finalizer of `obj`. `ftyp` is the finalizer's type descriptor (null
/// for `nil`) and `ok` whether `obj` can be passed to it; the checks and
/// their fatal errors are gc's.
#[export_name = "runtime.addfinalizer"]
pub extern "C" fn addfinalizer(
    _g: *mut G,
    t: *const Type,
    p: u64,
    closure: u64,
    ftyp: *const Type,
    ok: bool,
) {
    if t.is_null() {
        crate::panic::throw(b"runtime.SetFinalizer: first argument is nil");
    }
    // SAFETY: a type descriptor the compiler emitted.
    let t = unsafe { &*t };
    if t.kind != kind::POINTER {
        throw_with_type(
            b"runtime.SetFinalizer: first argument is ",
            t,
            b", not pointer",
        );
    }
    let h = heap();
    let Some(base) = object_base(h, p) else {
        // Package variables, zero-size values and runtime-owned memory
        // are never freed: gc ignores finalizers for them too.
        return;
    };
    if base != p {
        // As in gc, a pointer into a tiny block is allowed when its
        // element could have been placed there (the finalizer then runs
        // once the whole block is unreachable).
        // SAFETY: a pointer type's descriptor has an element.
        let e = unsafe { t.elem() };
        // SAFETY: the element's descriptor, if any, is the compiler's.
        let tiny =
            !e.is_null() && unsafe { (*e).ptrdata == 0 && (*e).size < mem::TINY_SIZE as u64 };
        if !tiny {
            crate::panic::throw(
                b"runtime.SetFinalizer: pointer not at beginning of allocated block",
            );
        }
    }
    FIN_LOCK.lock();
    let st = state();
    if ftyp.is_null() || closure == 0 {
        if let Some(i) = st.table.find(p) {
            st.table.remove_at(i);
        }
        FIN_LOCK.unlock();
        return;
    }
    FIN_LOCK.unlock();
    if !ok {
        // SAFETY: as above.
        let f = unsafe { &*ftyp };
        let mut b = crate::buf::Buf::<256>::new();
        b.extend(b"runtime.SetFinalizer: cannot pass ");
        b.extend(t.name());
        b.extend(b" to finalizer ");
        b.extend(f.name());
        crate::panic::throw(b.as_bytes());
    }
    FIN_LOCK.lock();
    let st = state();
    if st.table.find(p).is_some() {
        FIN_LOCK.unlock();
        crate::panic::throw(b"runtime.SetFinalizer: finalizer already set");
    }
    st.table.insert(p, closure);
    FIN_LOCK.unlock();
}

/// Guards the table and the queue against concurrent Go calls (the
/// collector touches them with the world stopped).
static FIN_LOCK: crate::lock::Mutex = crate::lock::Mutex::new();

/// `runtime.nextFinalizer() (obj *byte, f func())`: the finalizer
/// goroutine's next job, waiting for one. The goroutine is a system
/// goroutine: `NumGoroutine` and deadlock reports leave it out.
#[export_name = "runtime.nextFinalizer"]
pub extern "C" fn next_finalizer(g: *mut G) -> Pair {
    sched::make_system(g);
    loop {
        FIN_LOCK.lock();
        let st = state();
        if let Some([obj, closure]) = st.queue.pop() {
            FIN_LOCK.unlock();
            return Pair { a: obj, b: closure };
        }
        st.waiting = g;
        sched::park_unlock(g, sched::WAIT_FINALIZER, &FIN_LOCK);
    }
}

/// `runtime.KeepAlive(x any)`: a call is all it takes; the compiler keeps
/// the argument live up to it.
#[export_name = "runtime.KeepAlive"]
pub extern "C" fn keep_alive(_g: *mut G, _t: u64, _p: u64) {}

/// Roots of a collection: the closures, and the queued objects.
pub fn for_each_root(mut f: impl FnMut(u64)) {
    let st = state();
    st.table.for_each(|_, c| f(c));
    st.queue.for_each(|o, c| {
        f(o);
        f(c);
    });
}

/// The objects that have finalizers (their referents are roots).
pub fn for_each_object(mut f: impl FnMut(u64)) {
    state().table.for_each(|o, _| f(o));
}

/// After marking: queues the finalizers of unmarked objects, removing
/// them from the table, and calls `revive` on each such object so that it
/// survives this cycle; wakes the finalizer goroutine when it queued any.
pub fn queue_unreachable(is_marked: impl Fn(u64) -> bool, mut revive: impl FnMut(u64)) {
    let st = state();
    let before = st.queue.len;
    for i in 0..st.table.cap {
        // SAFETY: `i < cap`.
        let [o, c] = unsafe { *st.table.slots.add(i) };
        if o > TOMBSTONE && !is_marked(o) {
            st.table.remove_at(i);
            st.queue.push(o, c);
        }
    }
    // Revived only once every object is looked at: the pieces of a tiny
    // block share its mark, and reviving the first would keep the others'
    // finalizers waiting a cycle each.
    for k in before..st.queue.len {
        revive(st.queue.get(k)[0]);
    }
    let any = st.queue.len > before;
    if any && !st.waiting.is_null() {
        let g = st.waiting;
        st.waiting = core::ptr::null_mut();
        sched::ready(g);
    }
}
