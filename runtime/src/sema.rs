//! Semaphores that park goroutines, for `sync` (written in Go in std).
//!
//! `sync.runtime_Semacquire(addr)` waits until `*addr > 0` and decrements
//! it; `sync.runtime_Semrelease(addr, ...)` increments it and, when a
//! goroutine waits on the same address, gives the unit straight to the
//! first one (FIFO; `lifo` waiters go first) and makes it run next. Waiters
//! are kept in a small hash table of queues keyed by address, each bucket
//! with its own lock, which also guards the semaphore words hashing to
//! it; each waiter record lives in the parked goroutine's runtime frame.

use crate::global::Global;
use crate::lock::Mutex;
use crate::sched::{self, G};

struct Waiter {
    g: *mut G,
    addr: *mut u32,
    next: *mut Waiter,
}

const BUCKETS: usize = 251;

/// A FIFO of waiters (of any address hashing to the bucket).
struct Queue {
    lock: Mutex,
    head: *mut Waiter,
    tail: *mut Waiter,
}

static TABLE: Global<[Queue; BUCKETS]> = Global::new(
    [const {
        Queue {
            lock: Mutex::new(),
            head: core::ptr::null_mut(),
            tail: core::ptr::null_mut(),
        }
    }; BUCKETS],
);

/// Calls `f` with the semaphore address of every waiter (an address
/// inside a heap object the collector must keep).
pub fn for_each_root(mut f: impl FnMut(u64)) {
    // SAFETY: the world is stopped; waiters stay linked while their
    // goroutines park.
    let t = unsafe { &*TABLE.get() };
    for q in t.iter() {
        let mut w = q.head;
        while !w.is_null() {
            // SAFETY: as above.
            unsafe {
                f((*w).addr as u64);
                w = (*w).next;
            }
        }
    }
}

/// The bucket of `addr`, locked.
fn bucket(addr: *mut u32) -> &'static mut Queue {
    // SAFETY: the bucket exists; the lock is taken through a shared
    // reference before the exclusive one is made, and callers drop that
    // when they unlock.
    unsafe {
        let q: *mut Queue = &raw mut (*TABLE.get())[(addr as usize >> 3) % BUCKETS];
        (*q).lock.lock();
        &mut *q
    }
}

fn acquire(g: *mut G, addr: *mut u32, lifo: bool, reason: u32) {
    let q = bucket(addr);
    // SAFETY: `addr` points to a live semaphore word (sync's contract),
    // guarded by its bucket's lock.
    unsafe {
        if *addr > 0 {
            *addr -= 1;
            q.lock.unlock();
            return;
        }
    }
    let mut w = Waiter {
        g,
        addr,
        next: if lifo { q.head } else { core::ptr::null_mut() },
    };
    let wp: *mut Waiter = &mut w;
    if lifo {
        q.head = wp;
        if q.tail.is_null() {
            q.tail = wp;
        }
    } else {
        if q.tail.is_null() {
            q.head = wp;
        } else {
            // SAFETY: queue entries are live waiters of parked goroutines.
            unsafe { (*q.tail).next = wp };
        }
        q.tail = wp;
    }
    // The releaser unlinks `w` and passes us the unit before waking us.
    sched::park_unlock(g, reason, &q.lock);
}

/// `sync.runtime_Semacquire(addr)`.
///
/// # Safety
/// `addr` must point to a live `uint32`.
#[export_name = "sync.runtime_Semacquire"]
pub unsafe extern "C" fn semacquire(g: *mut G, addr: *mut u32) {
    acquire(g, addr, false, sched::WAIT_SEMACQUIRE);
}

/// `internal/poll.runtime_Semacquire(addr)`: a descriptor's lock waits
/// (std's `fdMutex`).
///
/// # Safety
/// As [`semacquire`].
#[export_name = "internal/poll.runtime_Semacquire"]
pub unsafe extern "C" fn poll_semacquire(g: *mut G, addr: *mut u32) {
    // SAFETY: caller contract.
    unsafe { semacquire(g, addr) };
}

/// `internal/poll.runtime_Semrelease(addr)`.
///
/// # Safety
/// As [`semacquire`].
#[export_name = "internal/poll.runtime_Semrelease"]
pub unsafe extern "C" fn poll_semrelease(g: *mut G, addr: *mut u32) {
    // SAFETY: caller contract.
    unsafe { semrelease(g, addr, 0, 0) };
}

/// `sync.runtime_SemacquireMutex(addr, lifo, skipframes)`.
///
/// # Safety
/// As [`semacquire`].
#[export_name = "sync.runtime_SemacquireMutex"]
pub unsafe extern "C" fn semacquire_mutex(g: *mut G, addr: *mut u32, lifo: u8, _skip: i64) {
    acquire(g, addr, lifo != 0, sched::WAIT_SEMACQUIRE);
}

/// `sync.runtime_Semrelease(addr, handoff, skipframes)`.
///
/// # Safety
/// As [`semacquire`].
#[export_name = "sync.runtime_Semrelease"]
pub unsafe extern "C" fn semrelease(_g: *mut G, addr: *mut u32, _handoff: u8, _skip: i64) {
    let q = bucket(addr);
    let mut prev: *mut Waiter = core::ptr::null_mut();
    let mut w = q.head;
    // SAFETY: queue entries are live waiters; `addr` is live.
    unsafe {
        while !w.is_null() {
            if (*w).addr == addr {
                let next = (*w).next;
                if prev.is_null() {
                    q.head = next;
                } else {
                    (*prev).next = next;
                }
                if q.tail == w {
                    q.tail = prev;
                }
                let g = (*w).g;
                q.lock.unlock();
                sched::ready(g);
                return;
            }
            prev = w;
            w = (*w).next;
        }
        *addr += 1;
    }
    q.lock.unlock();
}

/// `sync.runtime_nanotime()`.
#[export_name = "sync.runtime_nanotime"]
pub extern "C" fn nanotime(_g: *mut G) -> i64 {
    crate::sys::nanotime()
}

/// `sync.fatal(msg)`: an unrecoverable misuse of a lock (gc's `fatal`).
///
/// # Safety
/// (`p`, `n`) must be a Go string.
#[export_name = "sync.fatal"]
pub unsafe extern "C" fn fatal(_g: *mut G, p: *const u8, n: u64) -> ! {
    // SAFETY: a Go string's bytes (caller contract).
    crate::panic::throw(unsafe { core::slice::from_raw_parts(p, n as usize) })
}
