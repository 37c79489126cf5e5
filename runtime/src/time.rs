//! Clocks, timers and `time.Sleep` (for std's `time`, written in Go).
//!
//! Each P keeps its timers in a binary min-heap ordered by deadline
//! (monotonic nanoseconds), [`Timers`], under its own lock, as gc does:
//! a timer goes into the heap of the P its goroutine runs on, so that
//! goroutines on different Ps arming and stopping timers do not contend.
//! The scheduler runs the due timers of every P's heap each time it looks
//! for work ([`run_timers`]; a P that is idle has its timers run by the
//! others) and, when nothing is runnable, sleeps until the earliest
//! ([`next_deadline`]); no thread per timer. A timer wakes a sleeping
//! goroutine, sends the time on a channel (std's `time` channel timers),
//! calls runtime code (poller deadlines) or starts a goroutine running a
//! Go `func()` (`AfterFunc`); a periodic timer is put back with its next
//! deadline.
//!
//! A timer records the heap holding it ([`Timer::ts`]). It is set while
//! the timer is queued and while it fires (the action runs under the
//! heap's lock), so that a `Stop` returns only once a firing it raced
//! with is over: after it, a stopped channel timer sends nothing. Callers
//! serialise the operations on one timer (std's `time` under its mutex,
//! the poller under the descriptor's lock); a firing is the only
//! concurrent change. Lock order: a heap's lock comes before the locks
//! timer actions take (channel, poller side, scheduler).

use crate::global::Global;
use crate::lock::Mutex;
use crate::mem;
use crate::sched::{self, G, P};
use crate::sys;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicI64, AtomicPtr, Ordering};

/// A timer. Sleep timers live in the sleeper's runtime frame; the others
/// on the heap (handles given to Go) or in poller records.
#[repr(C)]
pub struct Timer {
    when: i64,
    period: i64,
    /// Closure to run in a new goroutine (null for a sleep).
    f: *const u8,
    /// Goroutine to wake (sleeps).
    g: *mut G,
    /// Position in the heap plus one; 0 when not queued.
    index: usize,
    /// Runtime code to call (on the system stack; it must not block) with
    /// `arg`, e.g. a poller deadline.
    cb: Option<fn(u64)>,
    arg: u64,
    /// The heap holding the timer while it is queued or firing, else
    /// null; changed under that heap's lock.
    ts: AtomicPtr<Timers>,
}

/// Words of a [`Timer`] that may point to heap objects (`f`, `arg`), as a
/// pointer bitmap.
const TIMER_PTRS: u64 = 1 << 2 | 1 << 6;

impl Timer {
    /// A timer that does nothing, not queued (for struct updates).
    const fn empty() -> Timer {
        Timer {
            when: 0,
            period: 0,
            f: core::ptr::null(),
            g: core::ptr::null_mut(),
            index: 0,
            cb: None,
            arg: 0,
            ts: AtomicPtr::new(core::ptr::null_mut()),
        }
    }

    /// A timer that calls `cb(arg)` when it fires; not queued.
    pub const fn callback(cb: fn(u64), arg: u64) -> Timer {
        Timer {
            cb: Some(cb),
            arg,
            ..Timer::empty()
        }
    }
}

/// One P's timers (gc's per-P timer heap).
pub struct Timers {
    lock: Mutex,
    heap: UnsafeCell<Heap>,
    /// The earliest deadline queued (`i64::MAX`: none), so that the
    /// scheduler checks for due timers without the lock; written under it.
    next_when: AtomicI64,
}

// SAFETY: `heap` is only touched under `lock`.
unsafe impl Sync for Timers {}

impl Timers {
    /// An empty heap.
    pub const fn new() -> Timers {
        Timers {
            lock: Mutex::new(),
            heap: UnsafeCell::new(Heap {
                items: core::ptr::null_mut(),
                len: 0,
                cap: 0,
            }),
            next_when: AtomicI64::new(i64::MAX),
        }
    }

    /// The heap. Under `lock` (or with the world stopped); no reference
    /// may outlive it.
    #[allow(clippy::mut_from_ref)]
    fn heap(&self) -> &mut Heap {
        debug_assert!(self.lock.is_locked());
        // SAFETY: the caller holds `lock`, so no other reference is live.
        unsafe { &mut *self.heap.get() }
    }

    /// The address timers record as their [`Timer::ts`].
    fn ptr(&self) -> *mut Timers {
        self as *const Timers as *mut Timers
    }

    /// Queues unqueued timer `t` (its `when` set). Under `lock`.
    fn push(&self, t: *mut Timer) {
        // SAFETY: `t` is live (callers' contract).
        unsafe { (*t).ts.store(self.ptr(), Ordering::Release) };
        let h = self.heap();
        h.push(t);
        self.publish();
        // SAFETY: as above.
        if h.at(0) == t && unsafe { (*t).when } < crate::netpoll::poll_until() {
            // An M sleeps in the poller past this deadline: wake it.
            crate::netpoll::wake_poller();
        }
    }

    /// Updates `next_when` after a change. Under `lock`.
    fn publish(&self) {
        let h = self.heap();
        let when = if h.len == 0 { i64::MAX } else { h.when(0) };
        self.next_when.store(when, Ordering::Release);
    }

    /// Runs the due timers; under `lock`.
    fn run(&self, now: i64) {
        let h = self.heap();
        // When the thread comes late and several timers are due at once,
        // the goroutines they wake should still run in deadline order:
        // only the first goes to `runnext` (gc puts each there, so a batch
        // runs latest first); the others queue behind it in order.
        let m = crate::thread::m();
        while h.len > 0 && h.when(0) <= now {
            let t = h.at(0);
            h.remove(t);
            // SAFETY: `t` was queued, so it is live; its `ts` stays set
            // while it fires (see the module documentation).
            unsafe {
                if (*t).period > 0 {
                    let p = (*t).period;
                    (*t).when += p * (1 + (now - (*t).when) / p);
                    h.push(t);
                }
                if !(*t).g.is_null() {
                    sched::ready((*t).g);
                } else if let Some(cb) = (*t).cb {
                    cb((*t).arg);
                } else {
                    sched::spawn((*t).f);
                }
                if (*t).index == 0 {
                    (*t).ts.store(core::ptr::null_mut(), Ordering::Release);
                }
                // SAFETY: `m` is this thread's.
                (*m).ready_last = true;
            }
        }
        // SAFETY: as above.
        unsafe { (*m).ready_last = false };
        self.publish();
    }
}

/// The heap of the P the caller runs on.
fn my_timers() -> &'static Timers {
    let p = crate::thread::cur_p();
    // SAFETY: the caller runs Go code, so its M holds a P; Ps are never
    // freed.
    unsafe { &(*p).timers }
}

/// Queues (or re-queues) timer `t` to fire at `when` (monotonic ns), on
/// the caller's P. The caller holds no timer lock.
///
/// # Safety
/// `t` must stay at its address until it fires or is [`disarm`]ed; no
/// other operation on `t` may run at the same time.
pub unsafe fn arm(t: *mut Timer, when: i64) {
    // SAFETY: caller contract.
    unsafe {
        disarm(t);
        (*t).when = when;
    }
    let ts = my_timers();
    ts.lock.lock();
    ts.push(t);
    ts.lock.unlock();
}

/// Takes timer `t` out of its queue if it is there; whether it was. A
/// firing it races with is over when it returns. The caller holds no
/// timer lock.
///
/// # Safety
/// As [`arm`].
pub unsafe fn disarm(t: *mut Timer) -> bool {
    loop {
        // SAFETY: `t` is live (caller contract).
        let ts = unsafe { (*t).ts.load(Ordering::Acquire) };
        if ts.is_null() {
            return false;
        }
        // SAFETY: `ts` is a P's heap; Ps are never freed.
        let ts = unsafe { &*ts };
        ts.lock.lock();
        // SAFETY: as above. Under the lock a timer with `ts` set is
        // queued there (a firing clears or re-queues it before unlocking).
        unsafe {
            if (*t).ts.load(Ordering::Relaxed) == ts.ptr() {
                ts.heap().remove(t);
                ts.publish();
                (*t).ts.store(core::ptr::null_mut(), Ordering::Release);
                ts.lock.unlock();
                return true;
            }
        }
        // It fired (or moved) meanwhile: look again.
        ts.lock.unlock();
    }
}

struct Heap {
    items: *mut *mut Timer,
    len: usize,
    cap: usize,
}

/// Calls `f` with every queued timer and the heap words it holds (the
/// timer heaps are not heap objects). With the world stopped.
pub fn for_each_root(mut f: impl FnMut(u64)) {
    for i in 0..sched::nprocs() {
        // SAFETY: Ps are never freed.
        let ts = unsafe { &(*sched::allp(i)).timers };
        ts.lock.lock();
        let h = ts.heap();
        for k in 0..h.len {
            // SAFETY: the first `len` items are queued timers.
            unsafe {
                let t = h.at(k);
                f(t as u64);
                f((*t).f as u64);
                f((*t).arg);
            }
        }
        ts.lock.unlock();
    }
}

/// Moves every timer of P `from` to P `to` (`from` is going away, gc's
/// `moveTimers`). With the world stopped.
pub fn move_timers(from: *mut P, to: *mut P) {
    // SAFETY: Ps are never freed; distinct Ps.
    let (a, b) = unsafe { (&(*from).timers, &(*to).timers) };
    a.lock.lock();
    b.lock.lock();
    let h = a.heap();
    while h.len > 0 {
        let t = h.at(0);
        h.remove(t);
        b.push(t);
    }
    a.publish();
    b.lock.unlock();
    a.lock.unlock();
}

impl Heap {
    fn at(&self, i: usize) -> *mut Timer {
        // SAFETY: `i < len`.
        unsafe { *self.items.add(i) }
    }

    fn set(&mut self, i: usize, t: *mut Timer) {
        // SAFETY: `i < cap`; `t` is a live timer.
        unsafe {
            *self.items.add(i) = t;
            (*t).index = i + 1;
        }
    }

    fn when(&self, i: usize) -> i64 {
        // SAFETY: queued timers are live.
        unsafe { (*self.at(i)).when }
    }

    fn push(&mut self, t: *mut Timer) {
        if self.len == self.cap {
            let cap = (self.cap * 2).max(64);
            let items = mem::persistentalloc(cap * 8, 8) as *mut *mut Timer;
            if self.len > 0 {
                // SAFETY: both arrays hold at least `len` entries.
                unsafe { core::ptr::copy_nonoverlapping(self.items, items, self.len) };
            }
            self.items = items;
            self.cap = cap;
        }
        self.len += 1;
        self.set(self.len - 1, t);
        self.up(self.len - 1);
    }

    fn up(&mut self, mut i: usize) {
        while i > 0 {
            let p = (i - 1) / 2;
            if self.when(p) <= self.when(i) {
                break;
            }
            let (a, b) = (self.at(p), self.at(i));
            self.set(p, b);
            self.set(i, a);
            i = p;
        }
    }

    fn down(&mut self, mut i: usize) {
        loop {
            let l = 2 * i + 1;
            if l >= self.len {
                break;
            }
            let mut m = l;
            if l + 1 < self.len && self.when(l + 1) < self.when(l) {
                m = l + 1;
            }
            if self.when(i) <= self.when(m) {
                break;
            }
            let (a, b) = (self.at(i), self.at(m));
            self.set(i, b);
            self.set(m, a);
            i = m;
        }
    }

    /// Takes queued timer `t` out of the heap.
    fn remove(&mut self, t: *mut Timer) {
        // SAFETY: `t` is queued (index > 0).
        let i = unsafe { (*t).index } - 1;
        let last = self.len - 1;
        if i != last {
            let moved = self.at(last);
            self.set(i, moved);
        }
        self.len -= 1;
        // SAFETY: `t` is live.
        unsafe { (*t).index = 0 };
        if i < self.len {
            self.down(i);
            self.up(i);
        }
    }
}

/// Runs every timer whose deadline has passed, the caller's P's first;
/// on a thread holding a P.
pub fn run_timers() {
    let n = sched::nprocs();
    let mine = crate::thread::cur_p();
    // SAFETY: the caller holds `mine`.
    let first = unsafe { (*mine).id } as usize;
    let mut now = 0;
    for i in 0..n {
        let p = sched::allp((first + i) % n);
        // SAFETY: Ps are never freed.
        let ts = unsafe { &(*p).timers };
        let next = ts.next_when.load(Ordering::Acquire);
        if next == i64::MAX {
            continue;
        }
        if now == 0 {
            now = sys::nanotime();
        }
        if next > now {
            continue;
        }
        ts.lock.lock();
        ts.run(now);
        ts.lock.unlock();
    }
}

/// The earliest deadline, if any timer is queued.
pub fn next_deadline() -> Option<i64> {
    let when = (0..sched::nprocs())
        // SAFETY: Ps are never freed.
        .map(|i| unsafe { (*sched::allp(i)).timers.next_when.load(Ordering::Acquire) })
        .min()
        .unwrap_or(i64::MAX);
    (when != i64::MAX).then_some(when)
}

/// Whether any timer is queued.
pub fn pending() -> bool {
    next_deadline().is_some()
}

/// Two result words.
#[repr(C)]
pub struct Pair {
    a: i64,
    b: i64,
}

/// `time.walltime() (sec int64, nsec int32)`.
#[export_name = "time.walltime"]
pub extern "C" fn walltime(_g: *mut G) -> Pair {
    let (s, ns) = sys::clock_gettime(sys::CLOCK_REALTIME);
    Pair { a: s, b: ns }
}

/// `time.runtimeNano() int64`: the monotonic clock.
#[export_name = "time.runtimeNano"]
pub extern "C" fn runtime_nano(_g: *mut G) -> i64 {
    sys::nanotime()
}

/// `time.Sleep(d)`.
#[export_name = "time.Sleep"]
pub extern "C" fn sleep(g: *mut G, ns: i64) {
    if ns <= 0 {
        return;
    }
    let mut t = Timer {
        when: sys::nanotime().saturating_add(ns),
        g,
        ..Timer::empty()
    };
    let ts = my_timers();
    ts.lock.lock();
    ts.push(&mut t);
    // The timer may fire on another P as soon as the lock is free.
    sched::park_unlock(g, sched::WAIT_SLEEP, &ts.lock);
}

/// `time.newTimer(when, period int64, f func()) uintptr`: a queued timer
/// that runs `f` in a new goroutine at `when` (and every `period` after).
#[export_name = "time.newTimer"]
pub extern "C" fn new_timer(_g: *mut G, when: i64, period: i64, f: *const u8) -> *mut Timer {
    queue_new(Timer {
        when,
        period,
        f,
        ..Timer::empty()
    })
}

/// Moves `t` into a heap object (handles given to Go) and queues it.
fn queue_new(t: Timer) -> *mut Timer {
    let p = mem::malloc_words(core::mem::size_of::<Timer>(), TIMER_PTRS) as *mut Timer;
    // SAFETY: a fresh allocation of a `Timer`.
    unsafe { p.write(t) };
    let ts = my_timers();
    ts.lock.lock();
    ts.push(p);
    ts.lock.unlock();
    p
}

/// std's `time.Time` (its field order; `Now`'s value).
#[repr(C)]
struct GoTime {
    sec: i64,
    nsec: i32,
    has_mono: bool,
    mono: i64,
    loc: u64,
}

/// What std's `time.Now` computes with, registered by std's `time` at
/// start-up so that the runtime makes the same values for timer channels.
struct NowParams {
    start_nano: i64,
    unix_to_internal: i64,
    mono_wall_start: i64,
    mono_wall_len: i64,
    local: u64,
}

static NOW: Global<NowParams> = Global::new(NowParams {
    start_nano: 0,
    unix_to_internal: 0,
    mono_wall_start: 0,
    mono_wall_len: 0,
    local: 0,
});

/// `time.setNowParams(startNano, unixToInternal, monoWallStart,
/// monoWallLen int64, local *Location)`.
#[export_name = "time.setNowParams"]
pub extern "C" fn set_now_params(
    _g: *mut G,
    start_nano: i64,
    unix_to_internal: i64,
    mono_wall_start: i64,
    mono_wall_len: i64,
    local: u64,
) {
    // SAFETY: written once by std's time package initialisation, before
    // any timer channel exists; `local` is a global, not a heap object.
    unsafe {
        *NOW.get() = NowParams {
            start_nano,
            unix_to_internal,
            mono_wall_start,
            mono_wall_len,
            local,
        };
    }
}

/// `time.Now()`, as std's `time.Now` makes it.
fn now_value() -> GoTime {
    // SAFETY: set once at start-up, read-only after.
    let p = unsafe { &*NOW.get() };
    let (sec, nsec) = sys::clock_gettime(sys::CLOCK_REALTIME);
    let mono = sys::nanotime() - p.start_nano;
    let sec = sec + p.unix_to_internal;
    let w = sec - p.mono_wall_start;
    let has_mono = (0..p.mono_wall_len).contains(&w);
    GoTime {
        sec,
        nsec: nsec as i32,
        has_mono,
        mono: if has_mono { mono } else { 0 },
        loc: p.local,
    }
}

/// A channel timer fired: the time into its channel (`arg`) unless the
/// channel's one value is still unreceived, as gc's timers send.
fn send_time(arg: u64) {
    let c = arg as *mut crate::chan::Hchan;
    let t = now_value();
    // SAFETY: the timer keeps its channel, a `chan Time`, alive.
    unsafe {
        debug_assert_eq!(
            crate::chan::elem_size(c),
            core::mem::size_of::<GoTime>() as u64
        );
        crate::chan::timer_send(c, &t as *const GoTime as *const u8);
    }
}

/// `time.newChanTimer(when, period int64, c chan Time) *rtimer`: a queued
/// timer that sends the time on `c` when it fires at `when` (and every
/// `period` after), from the scheduler, as gc's timers do: no goroutine
/// per firing, so a value is ready at the moment the timer fires.
#[export_name = "time.newChanTimer"]
pub extern "C" fn new_chan_timer(_g: *mut G, when: i64, period: i64, c: u64) -> *mut Timer {
    queue_new(Timer {
        when,
        period,
        cb: Some(send_time),
        arg: c,
        ..Timer::empty()
    })
}

/// `time.stopTimer(t) bool`: whether it was still queued.
///
/// # Safety
/// `t` must come from [`new_timer`].
#[export_name = "time.stopTimer"]
pub unsafe extern "C" fn stop_timer(_g: *mut G, t: *mut Timer) -> u8 {
    // SAFETY: a live timer; std's `time` serialises its operations.
    unsafe { disarm(t) as u8 }
}

/// `time.resetTimer(t, when, period) bool`: re-queues `t`; whether it was
/// still queued.
///
/// # Safety
/// As [`stop_timer`].
#[export_name = "time.resetTimer"]
pub unsafe extern "C" fn reset_timer(_g: *mut G, t: *mut Timer, when: i64, period: i64) -> u8 {
    // SAFETY: a live timer; std's `time` serialises its operations.
    unsafe {
        let was = disarm(t);
        (*t).period = period;
        arm(t, when);
        was as u8
    }
}

/// `internal/poll.runtimeNano() int64`: the monotonic clock, for deadlines
/// passed to `runtime_pollSetDeadline`.
#[export_name = "internal/poll.runtimeNano"]
pub extern "C" fn poll_runtime_nano(_g: *mut G) -> i64 {
    sys::nanotime()
}
