//! Channels and `select` (abi.md section 12).
//!
//! A channel is an [`Hchan`]: a ring buffer of `dataqsiz` elements and two
//! queues of waiting goroutines, each waiter described by a [`Sudog`]
//! pointing at the waiter's element (a slot in its stack frame, which does
//! not move while it is parked). A send to a channel with a waiting
//! receiver copies straight into the receiver's slot and wakes it; a
//! receive from a full buffered channel with a waiting sender takes the
//! oldest element and moves the sender's into the buffer, so FIFO order
//! holds, as in gc.
//!
//! `select` polls its cases in a random order, takes the first that can
//! proceed, or (blocking) queues one `Sudog` per channel and parks; the
//! first goroutine to complete one of them marks the select done
//! (`G.selectdone`), so the others are skipped when found in a queue,
//! and the selecting goroutine unlinks them when it wakes.
//!
//! Each channel has a lock guarding its buffer and queues; a goroutine
//! parks with it held and the scheduler releases it once the goroutine is
//! saved ([`sched::park_unlock`]), so a waker on another thread finds the
//! waiter only when it can be resumed. `select` locks all its channels in
//! address order (no two selects can deadlock) and the first waker to
//! claim a selecting goroutine (`G.selectdone`, atomically) wins it.

use crate::global::Global;
use crate::lock::Mutex;
use crate::mem;
use crate::sched::{self, G};
use crate::types::Type;
use core::sync::atomic::{AtomicU64, Ordering};

/// A channel.
#[repr(C)]
pub struct Hchan {
    qcount: u64,
    dataqsiz: u64,
    buf: *mut u8,
    elemsize: u64,
    elemtype: *const Type,
    sendx: u64,
    recvx: u64,
    recvq: WaitQ,
    sendq: WaitQ,
    closed: bool,
    /// A timer's channel: `len` and `cap` report 0 (gc's synchronous
    /// timer channels, Go 1.23).
    timer: bool,
    /// Guards everything above but the constant fields.
    lock: Mutex,
}

#[repr(C)]
struct WaitQ {
    first: *mut Sudog,
    last: *mut Sudog,
}

/// A goroutine waiting on a channel.
#[repr(C)]
pub struct Sudog {
    /// Every sudog ever made (they are never freed), for the collector.
    alllink: *mut Sudog,
    g: *mut G,
    /// Where the element comes from (send) or goes to (receive); may be
    /// null for a receive that discards it.
    elem: *mut u8,
    next: *mut Sudog,
    prev: *mut Sudog,
    c: *mut Hchan,
    /// Links the sudogs of one `select`.
    waitlink: *mut Sudog,
    case_index: u64,
    is_select: bool,
    /// The operation completed (false: woken by `close`).
    success: bool,
}

/// Every sudog, linked through `alllink`.
static ALL_SUDOGS: Global<*mut Sudog> = Global::new(core::ptr::null_mut());
/// Guards `ALL_SUDOGS` and `SUDOG_CACHE`.
static SUDOG_LOCK: Mutex = Mutex::new();

/// Calls `f` with the element address and channel of every sudog in use
/// (the collector's roots: a parked goroutine's runtime frames are not
/// scanned).
pub fn for_each_sudog_root(mut f: impl FnMut(u64)) {
    // SAFETY: the world is stopped; sudogs are never freed.
    let mut s = unsafe { *ALL_SUDOGS.get() };
    while !s.is_null() {
        // SAFETY: as above.
        unsafe {
            if !(*s).g.is_null() {
                f((*s).elem as u64);
                f((*s).c as u64);
            }
            s = (*s).alllink;
        }
    }
}

/// Free sudogs, linked through `next`.
static SUDOG_CACHE: Global<*mut Sudog> = Global::new(core::ptr::null_mut());

fn acquire_sudog(g: *mut G, c: *mut Hchan, elem: *mut u8) -> *mut Sudog {
    SUDOG_LOCK.lock();
    // SAFETY: ours under the lock; the cache holds only unused sudogs.
    let cache = unsafe { &mut *SUDOG_CACHE.get() };
    let s = if cache.is_null() {
        let s = mem::persistentalloc(core::mem::size_of::<Sudog>(), 8) as *mut Sudog;
        // SAFETY: under the lock; a fresh sudog joins the list of all.
        unsafe {
            (*s).alllink = *ALL_SUDOGS.get();
            *ALL_SUDOGS.get() = s;
        }
        s
    } else {
        let s = *cache;
        // SAFETY: cached sudogs are valid and unused.
        *cache = unsafe { (*s).next };
        s
    };
    SUDOG_LOCK.unlock();
    // SAFETY: `s` is ours.
    unsafe {
        s.write(Sudog {
            alllink: (*s).alllink,
            g,
            elem,
            next: core::ptr::null_mut(),
            prev: core::ptr::null_mut(),
            c,
            waitlink: core::ptr::null_mut(),
            case_index: 0,
            is_select: false,
            success: false,
        });
    }
    s
}

fn release_sudog(s: *mut Sudog) {
    SUDOG_LOCK.lock();
    // SAFETY: under the lock; `s` is no longer in any queue.
    unsafe {
        let cache = &mut *SUDOG_CACHE.get();
        (*s).next = *cache;
        (*s).elem = core::ptr::null_mut();
        (*s).g = core::ptr::null_mut();
        (*s).c = core::ptr::null_mut();
        *cache = s;
    }
    SUDOG_LOCK.unlock();
}

impl WaitQ {
    fn enqueue(&mut self, s: *mut Sudog) {
        // SAFETY: queue entries are live sudogs.
        unsafe {
            (*s).next = core::ptr::null_mut();
            (*s).prev = self.last;
            if self.last.is_null() {
                self.first = s;
            } else {
                (*self.last).next = s;
            }
        }
        self.last = s;
    }

    fn remove(&mut self, s: *mut Sudog) {
        // SAFETY: `s` is in this queue.
        unsafe {
            if (*s).prev.is_null() {
                self.first = (*s).next;
            } else {
                (*(*s).prev).next = (*s).next;
            }
            if (*s).next.is_null() {
                self.last = (*s).prev;
            } else {
                (*(*s).next).prev = (*s).prev;
            }
            (*s).next = core::ptr::null_mut();
            (*s).prev = core::ptr::null_mut();
        }
    }

    /// The first waiter that can still be woken (a `select` that another
    /// case already completed is skipped), taken out of the queue.
    fn dequeue(&mut self) -> *mut Sudog {
        loop {
            let s = self.first;
            if s.is_null() {
                return s;
            }
            self.remove(s);
            // SAFETY: `s` was a live queue entry; its goroutine is parked.
            unsafe {
                if (*s).is_select {
                    // Wakers of other channels of the same select race
                    // for the goroutine.
                    let done = AtomicU64::from_ptr(&raw mut (*(*s).g).selectdone);
                    if done
                        .compare_exchange(0, 1, Ordering::AcqRel, Ordering::Acquire)
                        .is_err()
                    {
                        continue;
                    }
                }
            }
            return s;
        }
    }
}

/// Wakes the goroutine of dequeued `s` (it runs next).
fn wake(s: *mut Sudog, success: bool) {
    // SAFETY: `s` came off a queue; its goroutine is parked on it.
    unsafe {
        (*s).success = success;
        (*(*s).g).param = s as u64;
        sched::ready((*s).g);
    }
}

/// gc's `maxAlloc` on 64-bit Linux.
const MAX_ALLOC: u64 = 1 << 48;

/// `make(chan T, size)`: `elem` is T's descriptor.
///
/// # Safety
/// `elem` must be a valid descriptor.
#[export_name = "runtime.makechan"]
pub unsafe extern "C" fn makechan(g: *mut G, elem: *const Type, size: i64) -> *mut Hchan {
    // SAFETY: valid descriptor (caller contract).
    let et = unsafe { &*elem };
    if size < 0 || (et.size != 0 && (size as u64) > MAX_ALLOC / et.size) {
        crate::panic::panic_plain_error(g, b"makechan: size out of range");
    }
    // `buf` (word 2) is the only heap pointer; the wait queues hold
    // sudogs, which are not heap objects.
    let c = mem::malloc_words(core::mem::size_of::<Hchan>(), 1 << 2) as *mut Hchan;
    let bytes = size as u64 * et.size;
    let buf = if bytes == 0 {
        core::ptr::null_mut()
    } else {
        mem::malloc(bytes as usize, Some(et))
    };
    // SAFETY: `c` is a fresh zeroed allocation of an `Hchan`.
    unsafe {
        (*c).dataqsiz = size as u64;
        (*c).buf = buf;
        (*c).elemsize = et.size;
        (*c).elemtype = elem;
    }
    c
}

/// `len(c)`.
///
/// # Safety
/// `c` is null or a channel.
#[export_name = "runtime.chanlen"]
pub unsafe extern "C" fn chanlen(_g: *mut G, c: *const Hchan) -> i64 {
    // SAFETY: a live channel when not null.
    match unsafe { c.as_ref() } {
        Some(c) if !c.timer => c.qcount as i64,
        _ => 0,
    }
}

/// `cap(c)`.
///
/// # Safety
/// `c` is null or a channel.
#[export_name = "runtime.chancap"]
pub unsafe extern "C" fn chancap(_g: *mut G, c: *const Hchan) -> i64 {
    // SAFETY: a live channel when not null.
    match unsafe { c.as_ref() } {
        Some(c) if !c.timer => c.dataqsiz as i64,
        _ => 0,
    }
}

/// `time.timerChan(c)`: marks a timer's channel.
///
/// # Safety
/// `c` is a channel.
#[export_name = "time.timerChan"]
pub unsafe extern "C" fn timer_chan(_g: *mut G, c: *mut Hchan) {
    // SAFETY: a live channel (std's time creates it just before).
    unsafe { (*c).timer = true };
}

/// A timer's send: the time value `ep` into timer channel `c` if a
/// receiver waits or its one slot is free, else nothing (a slow receiver
/// misses ticks, as in gc). Runs in the scheduler when the timer fires,
/// under the timer lock.
///
/// # Safety
/// `c` is a timer channel; `ep` points to an element of its type.
pub unsafe fn timer_send(c: *mut Hchan, ep: *const u8) {
    // SAFETY: a live channel (the timer keeps it alive).
    let ch = unsafe { &mut *c };
    ch.lock.lock();
    if !ch.closed {
        try_send(ch, ep);
    }
    ch.lock.unlock();
}

/// The element size of channel `c`.
///
/// # Safety
/// `c` is a live channel.
pub unsafe fn elem_size(c: *const Hchan) -> u64 {
    // SAFETY: the caller's contract; the field never changes.
    unsafe { (*c).elemsize }
}

impl Hchan {
    fn slot(&self, i: u64) -> *mut u8 {
        // SAFETY: `i < dataqsiz`, inside the buffer.
        unsafe { self.buf.add((i * self.elemsize) as usize) }
    }
}

/// Copies one element; either pointer may be null (nothing to copy).
fn copy_elem(c: &Hchan, dst: *mut u8, src: *const u8) {
    if dst.is_null() || c.elemsize == 0 {
        return;
    }
    // SAFETY: both point to elements of the channel's type.
    unsafe {
        if crate::wbarrier::enabled() {
            // A buffer slot, or a receiver's variable, may be in the heap.
            crate::wbarrier::bulk_barrier(dst as usize, src as usize, c.elemsize as usize);
        }
        if src.is_null() {
            core::ptr::write_bytes(dst, 0, c.elemsize as usize);
        } else if c.elemsize == 8 {
            // The common word-sized element: no call to memmove.
            (dst as *mut u64).write_unaligned((src as *const u64).read_unaligned());
        } else {
            core::ptr::copy(src, dst, c.elemsize as usize);
        }
    }
}

/// Tries to send on open channel `c`, locked, without blocking: whether
/// it was done.
fn try_send(c: &mut Hchan, ep: *const u8) -> bool {
    let s = c.recvq.dequeue();
    if !s.is_null() {
        // SAFETY: `s` is a parked receiver's sudog.
        copy_elem(c, unsafe { (*s).elem }, ep);
        wake(s, true);
        return true;
    }
    if c.qcount < c.dataqsiz {
        copy_elem(c, c.slot(c.sendx), ep);
        c.sendx += 1;
        if c.sendx == c.dataqsiz {
            c.sendx = 0;
        }
        c.qcount += 1;
        return true;
    }
    false
}

/// Tries to receive without blocking: (done, received a value).
fn try_recv(c: &mut Hchan, ep: *mut u8) -> (bool, bool) {
    let s = c.sendq.dequeue();
    if !s.is_null() {
        if c.dataqsiz == 0 {
            // SAFETY: `s` is a parked sender's sudog.
            copy_elem(c, ep, unsafe { (*s).elem });
        } else {
            // The buffer is full: take its head, append the sender's.
            let slot = c.slot(c.recvx);
            copy_elem(c, ep, slot);
            // SAFETY: as above.
            copy_elem(c, slot, unsafe { (*s).elem });
            c.recvx += 1;
            if c.recvx == c.dataqsiz {
                c.recvx = 0;
            }
            c.sendx = c.recvx;
        }
        wake(s, true);
        return (true, true);
    }
    if c.qcount > 0 {
        let slot = c.slot(c.recvx);
        copy_elem(c, ep, slot);
        copy_elem(c, slot, core::ptr::null());
        c.recvx += 1;
        if c.recvx == c.dataqsiz {
            c.recvx = 0;
        }
        c.qcount -= 1;
        return (true, true);
    }
    if c.closed {
        copy_elem(c, ep, core::ptr::null());
        return (true, false);
    }
    (false, false)
}

/// Parks forever (an operation on a nil channel, `select {}`).
fn block_forever(g: *mut G, reason: u32) -> ! {
    sched::park(g, reason);
    crate::panic::throw(b"unreachable: a goroutine blocked forever was woken")
}

/// `c <- *ep`.
///
/// # Safety
/// `c` is null or a channel; `ep` points to an element of its type.
#[export_name = "runtime.chansend1"]
pub unsafe extern "C" fn chansend1(g: *mut G, c: *mut Hchan, ep: *const u8) {
    if c.is_null() {
        block_forever(g, sched::WAIT_CHAN_SEND_NIL);
    }
    // SAFETY: a live channel (caller contract).
    let ch = unsafe { &mut *c };
    ch.lock.lock();
    if ch.closed {
        ch.lock.unlock();
        crate::panic::panic_plain_error(g, b"send on closed channel");
    }
    if try_send(ch, ep) {
        ch.lock.unlock();
        return;
    }
    let s = acquire_sudog(g, c, ep as *mut u8);
    ch.sendq.enqueue(s);
    sched::park_unlock(g, sched::WAIT_CHAN_SEND, &ch.lock);
    // SAFETY: the waker set `success` before readying us.
    let ok = unsafe { (*s).success };
    release_sudog(s);
    if !ok {
        crate::panic::panic_plain_error(g, b"send on closed channel");
    }
}

fn recv(g: *mut G, c: *mut Hchan, ep: *mut u8) -> bool {
    if c.is_null() {
        block_forever(g, sched::WAIT_CHAN_RECEIVE_NIL);
    }
    // SAFETY: a live channel (caller contract of the entry points).
    let ch = unsafe { &mut *c };
    ch.lock.lock();
    let (done, ok) = try_recv(ch, ep);
    if done {
        ch.lock.unlock();
        return ok;
    }
    let s = acquire_sudog(g, c, ep);
    ch.recvq.enqueue(s);
    sched::park_unlock(g, sched::WAIT_CHAN_RECEIVE, &ch.lock);
    // SAFETY: the waker set `success` before readying us.
    let ok = unsafe { (*s).success };
    release_sudog(s);
    ok
}

/// `*ep = <-c` (`ep` may be null: the value is discarded).
///
/// # Safety
/// `c` is null or a channel; `ep` is null or points to an element.
#[export_name = "runtime.chanrecv1"]
pub unsafe extern "C" fn chanrecv1(g: *mut G, c: *mut Hchan, ep: *mut u8) {
    recv(g, c, ep);
}

/// `*ep, ok = <-c`: returns `ok`.
///
/// # Safety
/// As [`chanrecv1`].
#[export_name = "runtime.chanrecv2"]
pub unsafe extern "C" fn chanrecv2(g: *mut G, c: *mut Hchan, ep: *mut u8) -> u8 {
    recv(g, c, ep) as u8
}

/// `close(c)`.
///
/// # Safety
/// `c` is null or a channel.
#[export_name = "runtime.closechan"]
pub unsafe extern "C" fn closechan(g: *mut G, c: *mut Hchan) {
    if c.is_null() {
        crate::panic::panic_plain_error(g, b"close of nil channel");
    }
    // SAFETY: a live channel.
    let ch = unsafe { &mut *c };
    ch.lock.lock();
    if ch.closed {
        ch.lock.unlock();
        crate::panic::panic_plain_error(g, b"close of closed channel");
    }
    ch.closed = true;
    loop {
        let s = ch.recvq.dequeue();
        if s.is_null() {
            break;
        }
        // SAFETY: a parked receiver's sudog.
        copy_elem(ch, unsafe { (*s).elem }, core::ptr::null());
        wake(s, false);
    }
    loop {
        let s = ch.sendq.dequeue();
        if s.is_null() {
            break;
        }
        wake(s, false);
    }
    ch.lock.unlock();
}

/// One case of a `select`, as the compiler lays it out.
#[repr(C)]
pub struct Scase {
    c: *mut Hchan,
    elem: *mut u8,
    /// [`CASE_RECV`] or [`CASE_SEND`].
    kind: u64,
}

/// `Scase.kind` of a receive.
pub const CASE_RECV: u64 = 0;
/// `Scase.kind` of a send.
pub const CASE_SEND: u64 = 1;

/// Two result words.
#[repr(C)]
pub struct SelectResult {
    index: i64,
    recv_ok: u64,
}

/// The channels of a `select`, distinct and in address order: the order
/// it locks them in.
struct LockOrder {
    chans: *mut *mut Hchan,
    n: usize,
}

impl LockOrder {
    fn lock(&self) {
        for i in 0..self.n {
            // SAFETY: `n` live channels.
            unsafe { (**self.chans.add(i)).lock.lock() };
        }
    }

    fn unlock(&self) {
        for i in (0..self.n).rev() {
            // SAFETY: as above; each is locked.
            unsafe { (**self.chans.add(i)).lock.unlock() };
        }
    }
}

/// Selects of up to this many cases keep their bookkeeping on the
/// goroutine stack (the runtime's budget there is small, abi.md §4).
const SMALL_SELECT: usize = 16;

/// `park_with`'s unlock function for a select: `arg` is its `LockOrder`.
unsafe fn unlock_select(arg: *mut u8) {
    // SAFETY: the parked goroutine's `LockOrder`, in its frame.
    unsafe { (*(arg as *const LockOrder)).unlock() }
}

/// `select` over `n` cases at `cases`: the index of the case that ran
/// (-1: none was ready and `block` is 0, so the default runs) and, for a
/// receive, whether a value was received.
///
/// # Safety
/// `cases` points to `n` cases whose channels are null or live.
#[export_name = "runtime.selectgo"]
pub unsafe extern "C" fn selectgo(
    g: *mut G,
    cases: *const Scase,
    n: i64,
    block: u8,
) -> SelectResult {
    let n = n as usize;
    // SAFETY: `n` cases (caller contract).
    let cases = unsafe { core::slice::from_raw_parts(cases, n) };
    // A random poll order (Fisher-Yates) and the lock order, on the stack
    // for small selects.
    let mut order_buf = [0u16; SMALL_SELECT];
    let mut chans_buf = [core::ptr::null_mut::<Hchan>(); SMALL_SELECT];
    let (order, chans): (&mut [u16], &mut [*mut Hchan]) = if n <= SMALL_SELECT {
        (&mut order_buf[..n], &mut chans_buf[..n])
    } else {
        // One pointer-free block: the channels stay reachable through
        // the cases, which the caller's frame holds.
        let block = mem::malloc(10 * n, None);
        // SAFETY: `g` is the running goroutine; the block outlives parks.
        unsafe { (*g).keep = block as u64 };
        // SAFETY: a fresh allocation of `n` pointers then `n` u16s.
        unsafe {
            (
                core::slice::from_raw_parts_mut(block.add(8 * n) as *mut u16, n),
                core::slice::from_raw_parts_mut(block as *mut *mut Hchan, n),
            )
        }
    };
    for i in 0..n {
        order[i] = i as u16;
        let j = (crate::alg::rand() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    let mut nchans = 0;
    for sc in cases {
        if !sc.c.is_null() {
            chans[nchans] = sc.c;
            nchans += 1;
        }
    }
    chans[..nchans].sort_unstable();
    let mut k = 0;
    for i in 0..nchans {
        if i == 0 || chans[i] != chans[k - 1] {
            chans[k] = chans[i];
            k += 1;
        }
    }
    let locks = LockOrder {
        chans: chans.as_mut_ptr(),
        n: k,
    };
    locks.lock();
    for &i in order.iter() {
        let sc = &cases[i as usize];
        if sc.c.is_null() {
            continue;
        }
        // SAFETY: a live channel, locked.
        let ch = unsafe { &mut *sc.c };
        if sc.kind == CASE_SEND {
            if ch.closed {
                locks.unlock();
                crate::panic::panic_plain_error(g, b"send on closed channel");
            }
            if try_send(ch, sc.elem) {
                locks.unlock();
                return SelectResult {
                    index: i as i64,
                    recv_ok: 0,
                };
            }
        } else {
            let (done, ok) = try_recv(ch, sc.elem);
            if done {
                locks.unlock();
                return SelectResult {
                    index: i as i64,
                    recv_ok: ok as u64,
                };
            }
        }
    }
    if block == 0 {
        locks.unlock();
        return SelectResult {
            index: -1,
            recv_ok: 0,
        };
    }
    // Queue on every channel and wait for the first to complete.
    let mut list: *mut Sudog = core::ptr::null_mut();
    // SAFETY: `g` is the running goroutine.
    unsafe { (*g).selectdone = 0 };
    for (i, sc) in cases.iter().enumerate() {
        if sc.c.is_null() {
            continue;
        }
        let s = acquire_sudog(g, sc.c, sc.elem);
        // SAFETY: `s` is ours; `sc.c` is live and locked.
        unsafe {
            (*s).is_select = true;
            (*s).case_index = i as u64;
            (*s).waitlink = list;
            if sc.kind == CASE_SEND {
                (*sc.c).sendq.enqueue(s);
            } else {
                (*sc.c).recvq.enqueue(s);
            }
        }
        list = s;
    }
    // SAFETY: `g` is the running goroutine; `locks` stays in this frame,
    // which does not move while the goroutine is parked.
    unsafe {
        sched::park_with(
            g,
            sched::WAIT_SELECT,
            Some(unlock_select),
            &locks as *const LockOrder as *mut u8,
        )
    };
    // SAFETY: the waker stored its sudog in `param`.
    let won = unsafe { (*g).param } as *mut Sudog;
    locks.lock();
    let mut s = list;
    while !s.is_null() {
        // SAFETY: our sudogs; those still queued are unlinked under their
        // channel's lock.
        unsafe {
            let next = (*s).waitlink;
            if s != won {
                let c = &mut *(*s).c;
                let q = if cases[(*s).case_index as usize].kind == CASE_SEND {
                    &mut c.sendq
                } else {
                    &mut c.recvq
                };
                if !(*s).prev.is_null() || q.first == s {
                    q.remove(s);
                }
                release_sudog(s);
            }
            s = next;
        }
    }
    locks.unlock();
    // SAFETY: `won` is one of our sudogs.
    let (index, ok) = unsafe { ((*won).case_index as usize, (*won).success) };
    release_sudog(won);
    if cases[index].kind == CASE_SEND {
        if !ok {
            crate::panic::panic_plain_error(g, b"send on closed channel");
        }
        return SelectResult {
            index: index as i64,
            recv_ok: 0,
        };
    }
    SelectResult {
        index: index as i64,
        recv_ok: ok as u64,
    }
}

/// `select {}`: blocks forever.
#[export_name = "runtime.block"]
pub extern "C" fn block(g: *mut G) {
    block_forever(g, sched::WAIT_SELECT_NO_CASES);
}
