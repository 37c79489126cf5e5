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

use crate::global::Global;
use crate::mem;
use crate::sched::{self, G};
use crate::sys::{self, EpollEvent};
use crate::time::{self, Timer};
use core::sync::atomic::{AtomicU64, Ordering};

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
    fd: i32,
    closing: bool,
    read: Side,
    write: Side,
    next_free: *mut PollDesc,
}

struct Poller {
    epfd: i32,
    free: *mut PollDesc,
}

static POLLER: Global<Poller> = Global::new(Poller {
    epfd: -1,
    free: core::ptr::null_mut(),
});

/// Goroutines parked in `poll_wait` (read by the monitor thread too).
static WAITERS: AtomicU64 = AtomicU64::new(0);

fn poller() -> &'static mut Poller {
    // SAFETY: one thread runs Go code and the scheduler; no caller keeps
    // the reference across a switch.
    unsafe { &mut *POLLER.get() }
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

fn wake(s: *mut Side) {
    // SAFETY: `s` belongs to a live record; a waiter is parked on it.
    unsafe {
        let g = (*s).waiter;
        if !g.is_null() {
            (*s).waiter = core::ptr::null_mut();
            sched::ready(g);
        }
    }
}

/// A deadline timer fired: `arg` is the `Side`.
fn deadline_passed(arg: u64) {
    let s = arg as *mut Side;
    // SAFETY: timers of live records carry their side's address.
    unsafe { (*s).deadline = -1 };
    wake(s);
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
    let p = poller();
    if p.epfd < 0 {
        let r = sys::epoll_create();
        if r < 0 {
            return Pair {
                a: 0,
                b: (-r) as u64,
            };
        }
        p.epfd = r as i32;
    }
    let pd = if p.free.is_null() {
        mem::persistentalloc(core::mem::size_of::<PollDesc>(), 8) as *mut PollDesc
    } else {
        let pd = p.free;
        // SAFETY: free records are unused.
        p.free = unsafe { (*pd).next_free };
        pd
    };
    let fresh = |pd: *mut PollDesc, mode| Side {
        ready: false,
        waiter: core::ptr::null_mut(),
        deadline: 0,
        timer: Timer::callback(deadline_passed, side(pd, mode) as u64),
    };
    // SAFETY: `pd` is ours (fresh or from the free list).
    unsafe {
        pd.write(PollDesc {
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
    let r = sys::epoll_ctl(p.epfd, EPOLL_CTL_ADD, fd as i32, &ev);
    if r < 0 {
        // SAFETY: `pd` is ours and unregistered.
        unsafe { (*pd).next_free = p.free };
        p.free = pd;
        return Pair {
            a: 0,
            b: (-r) as u64,
        };
    }
    Pair { a: pd as u64, b: 0 }
}

/// `internal/poll.runtime_pollClose(pd)`: unregisters the descriptor
/// (before it is closed); nobody may wait on it any more.
///
/// # Safety
/// `pd` must come from [`poll_open`] and not be closed yet.
#[export_name = "internal/poll.runtime_pollClose"]
pub unsafe extern "C" fn poll_close(_g: *mut G, pd: *mut PollDesc) {
    let p = poller();
    // SAFETY: a live record (caller contract).
    unsafe {
        let ev = EpollEvent::default();
        sys::epoll_ctl(p.epfd, EPOLL_CTL_DEL, (*pd).fd, &ev);
        time::disarm(&raw mut (*pd).read.timer);
        time::disarm(&raw mut (*pd).write.timer);
        (*pd).next_free = p.free;
    }
    p.free = pd;
}

/// `internal/poll.runtime_pollUnblock(pd)`: the descriptor is closing:
/// every waiter wakes and gets [`POLL_CLOSING`].
///
/// # Safety
/// As [`poll_close`].
#[export_name = "internal/poll.runtime_pollUnblock"]
pub unsafe extern "C" fn poll_unblock(_g: *mut G, pd: *mut PollDesc) {
    // SAFETY: a live record.
    unsafe { (*pd).closing = true };
    wake(side(pd, b'r' as i64));
    wake(side(pd, b'w' as i64));
}

/// `internal/poll.runtime_pollReset(pd, mode) int`: prepares a wait; the
/// poll result that would end it at once (closing, deadline), else 0.
///
/// # Safety
/// As [`poll_close`].
#[export_name = "internal/poll.runtime_pollReset"]
pub unsafe extern "C" fn poll_reset(_g: *mut G, pd: *mut PollDesc, mode: i64) -> i64 {
    let s = side(pd, mode);
    // SAFETY: a live record.
    unsafe {
        if (*pd).closing {
            return POLL_CLOSING;
        }
        if (*s).deadline < 0 {
            return POLL_TIMEOUT;
        }
    }
    POLL_OK
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
        // SAFETY: a live record; only this goroutine waits on this side.
        unsafe {
            if (*pd).closing {
                return POLL_CLOSING;
            }
            if (*s).deadline < 0 {
                return POLL_TIMEOUT;
            }
            if (*s).ready {
                (*s).ready = false;
                return POLL_OK;
            }
            (*s).waiter = g;
        }
        WAITERS.fetch_add(1, Ordering::Relaxed);
        sched::park(g, sched::WAIT_IO);
        WAITERS.fetch_sub(1, Ordering::Relaxed);
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
    for &m in modes {
        let s = side(pd, m);
        // SAFETY: a live record; its timer lives inside it.
        unsafe {
            time::disarm(&raw mut (*s).timer);
            if d == 0 {
                (*s).deadline = 0;
            } else if d <= now {
                (*s).deadline = -1;
                wake(s);
            } else {
                (*s).deadline = d;
                time::arm(&raw mut (*s).timer, d);
            }
        }
    }
}

/// Collects ready descriptors and wakes their waiters. `timeout_ns`: 0
/// polls, a positive value waits at most that long, negative waits until
/// an event (or a signal: the preemption tick ends the wait).
pub fn netpoll(timeout_ns: i64) {
    let p = poller();
    if p.epfd < 0 {
        if timeout_ns > 0 {
            sys::nanosleep(timeout_ns);
        }
        return;
    }
    let ms = if timeout_ns < 0 {
        -1
    } else if timeout_ns == 0 {
        0
    } else {
        ((timeout_ns + 999_999) / 1_000_000).min(i32::MAX as i64) as i32
    };
    let mut evs = [EpollEvent::default(); 64];
    let n = sys::epoll_wait(p.epfd, &mut evs, ms);
    if n <= 0 {
        return;
    }
    for ev in &evs[..n as usize] {
        let (events, data) = (ev.events, ev.data);
        let pd = data as *mut PollDesc;
        if events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR) != 0 {
            let s = side(pd, b'r' as i64);
            // SAFETY: registered records stay live until poll_close.
            unsafe { (*s).ready = true };
            wake(s);
        }
        if events & (EPOLLOUT | EPOLLHUP | EPOLLERR) != 0 {
            let s = side(pd, b'w' as i64);
            // SAFETY: as above.
            unsafe { (*s).ready = true };
            wake(s);
        }
    }
}
