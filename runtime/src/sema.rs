//! Semaphores that park goroutines, for `sync` (written in Go in std).
//!
//! `sync.runtime_Semacquire(addr)` waits until `*addr > 0` and decrements
//! it; `sync.runtime_Semrelease(addr, ...)` increments it and, when a
//! goroutine waits on the same address, gives the unit straight to the
//! first one (FIFO; `lifo` waiters go first) and makes it run next. Waiters
//! are kept in a small hash table of queues keyed by address; each waiter
//! record lives in the parked goroutine's runtime frame.

use crate::global::Global;
use crate::sched::{self, G};

struct Waiter {
    g: *mut G,
    addr: *mut u32,
    next: *mut Waiter,
}

const BUCKETS: usize = 251;

static TABLE: Global<[*mut Waiter; BUCKETS]> = Global::new([core::ptr::null_mut(); BUCKETS]);

fn bucket(addr: *mut u32) -> &'static mut *mut Waiter {
    // SAFETY: one thread; callers do not keep the reference across a park.
    let t = unsafe { &mut *TABLE.get() };
    &mut t[(addr as usize >> 3) % BUCKETS]
}

fn acquire(g: *mut G, addr: *mut u32, lifo: bool, reason: u32) {
    // SAFETY: `addr` points to a live semaphore word (sync's contract).
    unsafe {
        if *addr > 0 {
            *addr -= 1;
            return;
        }
    }
    let head = bucket(addr);
    let front = lifo || head.is_null();
    let mut w = Waiter {
        g,
        addr,
        next: if front { *head } else { core::ptr::null_mut() },
    };
    let wp: *mut Waiter = &mut w;
    if front {
        *head = wp;
    } else {
        let mut p = *head;
        // SAFETY: queue entries are live waiters of parked goroutines.
        unsafe {
            while !(*p).next.is_null() {
                p = (*p).next;
            }
            (*p).next = wp;
        }
    }
    // The releaser unlinks `w` and passes us the unit before waking us.
    sched::park(g, reason);
}

/// `sync.runtime_Semacquire(addr)`.
///
/// # Safety
/// `addr` must point to a live `uint32`.
#[export_name = "sync.runtime_Semacquire"]
pub unsafe extern "C" fn semacquire(g: *mut G, addr: *mut u32) {
    acquire(g, addr, false, sched::WAIT_SEMACQUIRE);
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
    let head = bucket(addr);
    let mut link: *mut *mut Waiter = head;
    // SAFETY: queue entries are live waiters; `addr` is live.
    unsafe {
        while !(*link).is_null() {
            let w = *link;
            if (*w).addr == addr {
                *link = (*w).next;
                sched::ready((*w).g);
                return;
            }
            link = &mut (*w).next;
        }
        *addr += 1;
    }
}

/// `sync.runtime_nanotime()`.
#[export_name = "sync.runtime_nanotime"]
pub extern "C" fn nanotime(_g: *mut G) -> i64 {
    crate::sys::nanotime()
}
