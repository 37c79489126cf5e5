//! The network poller: goroutines wait for sockets and pipes through epoll
//! (edge-triggered) instead of blocking the thread.
//!
//! std's `internal/poll` (Go) makes every descriptor it manages
//! non-blocking and registers it here ([`poll_open`]); when a read or write
//! would block (`EAGAIN`) it calls [`poll_wait`], which parks the goroutine
//! on the descriptor's [`PollDesc`] until epoll reports it ready, its
//! deadline passes, or it is closed. The scheduler polls without blocking
//! as it looks for work and, when nothing is runnable, blocks in
//! `epoll_pwait` until the next timer ([`netpoll`]). Goroutines waiting
//! here are not a deadlock.
//!
//! Readiness is a token per direction: an epoll event sets it, a waiter
//! consumes it. The edge that arrives between a failed `read` and the wait
//! is therefore not lost.
//!
//! Each direction of a record has its own lock, so waits and events on
//! different descriptors do not contend. Setting deadlines (which arms
//! timers) and closing are serialised by the record's own lock, taken
//! before the timer locks; deadline timers fire under their timer heap's
//! lock, which comes before the sides'. The free list of records has its
//! own lock. At most one M without a P blocks in `epoll_pwait`
//! ([`netpoll_block`]); an eventfd in the epoll set wakes it when an
//! earlier timer is queued ([`wake_poller`]).

use crate::global::Global;
use crate::lock::Mutex;
use crate::mem;
use crate::sched::{self, G};
use crate::sys::{self, EpollEvent};
use crate::time::{self, Timer};
use core::sync::atomic::{AtomicI32, AtomicI64, AtomicU64, Ordering};

const EPOLLIN: u32 = 0x1;
const EPOLLOUT: u32 = 0x4;
const EPOLLERR: u32 = 0x8;
const EPOLLHUP: u32 = 0x10;
const EPOLLRDHUP: u32 = 0x2000;
const EPOLLET: u32 = 1 << 31;
const EPOLL_CTL_ADD: i32 = 1;
const EPOLL_CTL_DEL: i32 = 2;

/// `poll_wait` results, as std's `internal/poll` reads them.
const POLL_OK: i64 = 0;
const POLL_CLOSING: i64 = 1;
const POLL_TIMEOUT: i64 = 2;

/// One direction (read or write) of a descriptor.
struct Side {
    /// Guards the fields below (`timer` is the timer heap's).
    lock: crate::lock::Mutex,
    /// An event arrived that no waiter has consumed yet.
    ready: bool,
    /// The goroutine waiting, if any.
    waiter: *mut G,
    /// Monotonic deadline: 0 none, -1 passed.
    deadline: i64,
    timer: Timer,
}

/// The poller's record of one descriptor. Allocated once and reused (never
/// freed), so timers and epoll may keep its address.
pub struct PollDesc {
    /// Serialises deadline changes and the close (their timer operations).
    lock: Mutex,
    fd: i32,
    closing: bool,
    read: Side,
    write: Side,
    next_free: *mut PollDesc,
}

struct Poller {
    free: *mut PollDesc,
}

/// Guards [`POLLER`] and the set-up of the epoll descriptor.
static LOCK: Mutex = Mutex::new();

static POLLER: Global<Poller> = Global::new(Poller {
    free: core::ptr::null_mut(),
});

/// The epoll descriptor (-1 until first needed) and the eventfd in its
/// set that wakes a blocked poller.
static EPFD: AtomicI32 = AtomicI32::new(-1);
static EVFD: AtomicI32 = AtomicI32::new(-1);
/// While an M blocks in the poller: the deadline it sleeps until
/// (`i64::MAX`: none); 0 otherwise.
static POLL_UNTIL: AtomicI64 = AtomicI64::new(0);

/// Goroutines parked in `poll_wait` (read by the monitor thread too).
static WAITERS: AtomicU64 = AtomicU64::new(0);

fn poller() -> &'static mut Poller {
    debug_assert!(LOCK.is_locked());
    // SAFETY: callers hold `LOCK` and keep no reference past it.
    unsafe { &mut *POLLER.get() }
}

/// Creates the epoll set and its wake-up eventfd. Under `LOCK`. Returns
/// the epoll descriptor or `-errno`.
fn init_locked() -> i32 {
    let epfd = EPFD.load(Ordering::Acquire);
    if epfd >= 0 {
        return epfd;
    }
    let r = sys::epoll_create();
    if r < 0 {
        return r as i32;
    }
    let ev = sys::eventfd();
    if ev >= 0 {
        let e = EpollEvent {
            events: EPOLLIN | EPOLLET,
            data: 0,
        };
        sys::epoll_ctl(r as i32, EPOLL_CTL_ADD, ev as i32, &e);
        EVFD.store(ev as i32, Ordering::Release);
    }
    EPFD.store(r as i32, Ordering::Release);
    r as i32
}

/// The deadline a blocked poller sleeps until (0: none blocks).
pub fn poll_until() -> i64 {
    POLL_UNTIL.load(Ordering::Acquire)
}

/// Wakes the M blocked in the poller, if any.
pub fn wake_poller() {
    let ev = EVFD.load(Ordering::Acquire);
    if ev >= 0 {
        let one: u64 = 1;
        // SAFETY: writes 8 bytes from `one` to our eventfd.
        unsafe { sys::write(ev as usize, &one as *const u64 as *const u8, 8) };
    }
}

/// Whether goroutines wait for descriptors (the scheduler then polls).
pub fn has_waiters() -> bool {
    WAITERS.load(Ordering::Relaxed) > 0
}

fn side(pd: *mut PollDesc, mode: i64) -> *mut Side {
    // SAFETY: `pd` is a live descriptor record.
    unsafe {
        if mode == b'w' as i64 {
            &raw mut (*pd).write
        } else {
            &raw mut (*pd).read
        }
    }
}

/// Takes the goroutine waiting on `s` (null: none). Under `s.lock`.
fn take_waiter(s: *mut Side) -> *mut G {
    // SAFETY: `s` belongs to a live record.
    unsafe { core::mem::replace(&mut (*s).waiter, core::ptr::null_mut()) }
}

/// Wakes the goroutine waiting on `s`, if any. Under `s.lock`.
fn wake(s: *mut Side) {
    let g = take_waiter(s);
    if !g.is_null() {
        sched::ready(g);
    }
}

/// A deadline timer fired (under its timer heap's lock): `arg` is the
/// `Side`.
fn deadline_passed(arg: u64) {
    let s = arg as *mut Side;
    // SAFETY: timers of live records carry their side's address.
    unsafe {
        (*s).lock.lock();
        (*s).deadline = -1;
        wake(s);
        (*s).lock.unlock();
    }
}

/// Two result words.
#[repr(C)]
pub struct Pair {
    a: u64,
    b: u64,
}

/// `internal/poll.runtime_pollOpen(fd) (pd uintptr, errno uintptr)`:
/// registers `fd` (already non-blocking) with epoll.
#[export_name = "internal/poll.runtime_pollOpen"]
pub extern "C" fn poll_open(_g: *mut G, fd: i64) -> Pair {
    LOCK.lock();
    let epfd = init_locked();
    if epfd < 0 {
        LOCK.unlock();
        return Pair {
            a: 0,
            b: (-epfd) as u64,
        };
    }
    let p = poller();
    let pd = if p.free.is_null() {
        mem::persistentalloc(core::mem::size_of::<PollDesc>(), 8) as *mut PollDesc
    } else {
        let pd = p.free;
        // SAFETY: free records are unused.
        p.free = unsafe { (*pd).next_free };
        pd
    };
    let fresh = |pd: *mut PollDesc, mode| Side {
        lock: crate::lock::Mutex::new(),
        ready: false,
        waiter: core::ptr::null_mut(),
        deadline: 0,
        timer: Timer::callback(deadline_passed, side(pd, mode) as u64),
    };
    // SAFETY: `pd` is ours (fresh or from the free list).
    unsafe {
        pd.write(PollDesc {
            lock: Mutex::new(),
            fd: fd as i32,
            closing: false,
            read: fresh(pd, b'r' as i64),
            write: fresh(pd, b'w' as i64),
            next_free: core::ptr::null_mut(),
        });
    }
    let ev = EpollEvent {
        events: EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET,
        data: pd as u64,
    };
    let r = sys::epoll_ctl(epfd, EPOLL_CTL_ADD, fd as i32, &ev);
    if r < 0 {
        // SAFETY: `pd` is ours and unregistered.
        unsafe { (*pd).next_free = p.free };
        p.free = pd;
        LOCK.unlock();
        return Pair {
            a: 0,
            b: (-r) as u64,
        };
    }
    LOCK.unlock();
    Pair { a: pd as u64, b: 0 }
}

/// `internal/poll.runtime_pollClose(pd)`: unregisters the descriptor
/// (before it is closed); nobody may wait on it any more.
///
/// # Safety
/// `pd` must come from [`poll_open`] and not be closed yet.
#[export_name = "internal/poll.runtime_pollClose"]
pub unsafe extern "C" fn poll_close(_g: *mut G, pd: *mut PollDesc) {
    // SAFETY: a live record (caller contract); its timers are idle once
    // disarmed, so it may be reused.
    unsafe {
        let ev = EpollEvent::default();
        sys::epoll_ctl(EPFD.load(Ordering::Acquire), EPOLL_CTL_DEL, (*pd).fd, &ev);
        (*pd).lock.lock();
        time::disarm(&raw mut (*pd).read.timer);
        time::disarm(&raw mut (*pd).write.timer);
        (*pd).lock.unlock();
        LOCK.lock();
        (*pd).next_free = poller().free;
        poller().free = pd;
        LOCK.unlock();
    }
}

/// `internal/poll.runtime_pollUnblock(pd)`: the descriptor is closing:
/// every waiter wakes and gets [`POLL_CLOSING`].
///
/// # Safety
/// As [`poll_close`].
#[export_name = "internal/poll.runtime_pollUnblock"]
pub unsafe extern "C" fn poll_unblock(_g: *mut G, pd: *mut PollDesc) {
    // SAFETY: a live record. A waiter checks `closing` under its side's
    // lock, which is taken here after the store.
    unsafe {
        core::ptr::write_volatile(&raw mut (*pd).closing, true);
        for mode in [b'r', b'w'] {
            let s = side(pd, mode as i64);
            (*s).lock.lock();
            wake(s);
            (*s).lock.unlock();
        }
    }
}

/// `internal/poll.runtime_pollReset(pd, mode) int`: prepares a wait; the
/// poll result that would end it at once (closing, deadline), else 0.
///
/// # Safety
/// As [`poll_close`].
#[export_name = "internal/poll.runtime_pollReset"]
pub unsafe extern "C" fn poll_reset(_g: *mut G, pd: *mut PollDesc, mode: i64) -> i64 {
    let s = side(pd, mode);
    // Without the lock: a racing close or deadline is seen by the wait
    // that follows, which checks again under it.
    // SAFETY: a live record; single-word reads.
    unsafe {
        if core::ptr::read_volatile(&raw const (*pd).closing) {
            POLL_CLOSING
        } else if core::ptr::read_volatile(&raw const (*s).deadline) < 0 {
            POLL_TIMEOUT
        } else {
            POLL_OK
        }
    }
}

/// `internal/poll.runtime_pollWait(pd, mode) int` (`mode` is `'r'` or
/// `'w'`): waits until the descriptor is ready in that direction; returns
/// 0, or 1 when it is closing, or 2 when the deadline passed.
///
/// # Safety
/// As [`poll_close`].
#[export_name = "internal/poll.runtime_pollWait"]
pub unsafe extern "C" fn poll_wait(g: *mut G, pd: *mut PollDesc, mode: i64) -> i64 {
    let s = side(pd, mode);
    loop {
        // SAFETY: a live record.
        let lock = unsafe { &(*s).lock };
        lock.lock();
        // SAFETY: a live record; only this goroutine waits on this side.
        unsafe {
            let r = if core::ptr::read_volatile(&raw const (*pd).closing) {
                POLL_CLOSING
            } else if (*s).deadline < 0 {
                POLL_TIMEOUT
            } else if (*s).ready {
                (*s).ready = false;
                POLL_OK
            } else {
                -1
            };
            if r >= 0 {
                lock.unlock();
                return r;
            }
            (*s).waiter = g;
        }
        WAITERS.fetch_add(1, Ordering::AcqRel);
        sched::park_unlock(g, sched::WAIT_IO, lock);
        WAITERS.fetch_sub(1, Ordering::AcqRel);
    }
}

/// `internal/poll.runtime_pollSetDeadline(pd, d, mode)`: `d` is a
/// `runtime_nano` deadline (0: none; in the past: already expired);
/// `mode` is `'r'`, `'w'` or `'r'+'w'`.
///
/// # Safety
/// As [`poll_close`].
#[export_name = "internal/poll.runtime_pollSetDeadline"]
pub unsafe extern "C" fn poll_set_deadline(_g: *mut G, pd: *mut PollDesc, d: i64, mode: i64) {
    let now = sys::nanotime();
    let modes: &[i64] = if mode == (b'r' + b'w') as i64 {
        &[b'r' as i64, b'w' as i64]
    } else if mode == b'w' as i64 {
        &[b'w' as i64]
    } else {
        &[b'r' as i64]
    };
    // SAFETY: a live record.
    unsafe { (*pd).lock.lock() };
    for &m in modes {
        let s = side(pd, m);
        // SAFETY: a live record; its timer lives inside it. The record's
        // lock serialises the timer's operations; a firing is over once
        // `disarm` returns. The side's lock comes after the timers'.
        unsafe {
            time::disarm(&raw mut (*s).timer);
            (*s).lock.lock();
            if d == 0 {
                (*s).deadline = 0;
            } else if d <= now {
                (*s).deadline = -1;
                wake(s);
            } else {
                (*s).deadline = d;
            }
            (*s).lock.unlock();
            if d > now {
                time::arm(&raw mut (*s).timer, d);
            }
        }
    }
    // SAFETY: as above.
    unsafe { (*pd).lock.unlock() };
}

/// Collects ready descriptors and returns their waiters, linked through
/// `schedlink`, for the caller to make runnable. `timeout_ns`: 0 polls,
/// a positive value waits at most that long, negative waits until an
/// event or [`wake_poller`].
pub fn netpoll(timeout_ns: i64) -> *mut G {
    let epfd = EPFD.load(Ordering::Acquire);
    if epfd < 0 {
        if timeout_ns > 0 {
            sys::nanosleep(timeout_ns);
        }
        return core::ptr::null_mut();
    }
    let ms = if timeout_ns < 0 {
        -1
    } else if timeout_ns == 0 {
        0
    } else {
        ((timeout_ns + 999_999) / 1_000_000).min(i32::MAX as i64) as i32
    };
    let mut evs = [EpollEvent::default(); 64];
    let n = sys::epoll_wait(epfd, &mut evs, ms);
    if n <= 0 {
        return core::ptr::null_mut();
    }
    let mut list: *mut G = core::ptr::null_mut();
    let mut add = |g: *mut G| {
        if !g.is_null() {
            // SAFETY: a parked goroutine, now ours to ready.
            unsafe { (*g).schedlink = list };
            list = g;
        }
    };
    for ev in &evs[..n as usize] {
        let (events, data) = (ev.events, ev.data);
        if data == 0 {
            // The wake-up eventfd: reset its counter.
            let mut buf = 0u64;
            // SAFETY: reads 8 bytes into `buf` from our eventfd.
            unsafe {
                sys::read(
                    EVFD.load(Ordering::Acquire) as usize,
                    &mut buf as *mut u64 as *mut u8,
                    8,
                )
            };
            continue;
        }
        let pd = data as *mut PollDesc;
        let mut fire = |mode: u8| {
            let s = side(pd, mode as i64);
            // SAFETY: registered records stay live until poll_close.
            unsafe {
                (*s).lock.lock();
                (*s).ready = true;
                add(take_waiter(s));
                (*s).lock.unlock();
            }
        };
        if events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR) != 0 {
            fire(b'r');
        }
        if events & (EPOLLOUT | EPOLLHUP | EPOLLERR) != 0 {
            fire(b'w');
        }
    }
    list
}

/// Blocks in the poller until an event, [`wake_poller`] or the next
/// timer's deadline; returns the goroutines to wake as [`netpoll`] does.
/// Called by at most one M at a time, without a P.
pub fn netpoll_block() -> *mut G {
    if EPFD.load(Ordering::Acquire) < 0 {
        LOCK.lock();
        init_locked();
        LOCK.unlock();
    }
    // Announce the sleep before reading the deadline: a timer queued in
    // between sees a later deadline than its own and wakes us.
    POLL_UNTIL.store(i64::MAX, Ordering::SeqCst);
    let timeout = match crate::time::next_deadline() {
        Some(when) => {
            POLL_UNTIL.store(when, Ordering::SeqCst);
            (when - sys::nanotime()).max(0)
        }
        None => -1,
    };
    let l = netpoll(timeout);
    POLL_UNTIL.store(0, Ordering::SeqCst);
    l
}
