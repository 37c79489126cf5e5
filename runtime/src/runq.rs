//! A P's local run queue: a fixed ring of runnable goroutines that only
//! the owning P adds to and that any P may take from (gc's `runq`).
//!
//! The owner pushes at `tail` and publishes with a release store; every
//! consumer, the owner included, takes from `head` with a compare-and-swap,
//! so a thief can take half the queue in one step while the owner keeps
//! working at the other end. `next` is the slot for the goroutine readied
//! last (gc's `runnext`): it runs before the ring and inherits the time
//! slice, which keeps a sender and the receiver it woke on one P.

use crate::sched::G;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

/// Slots in the ring (gc's size).
pub const SIZE: usize = 256;

/// The queue; see the module documentation.
pub struct RunQ {
    head: AtomicU32,
    tail: AtomicU32,
    next: AtomicPtr<G>,
    buf: [AtomicPtr<G>; SIZE],
}

impl RunQ {
    /// An empty queue.
    pub const fn new() -> RunQ {
        RunQ {
            head: AtomicU32::new(0),
            tail: AtomicU32::new(0),
            next: AtomicPtr::new(null_mut()),
            buf: [const { AtomicPtr::new(null_mut()) }; SIZE],
        }
    }

    fn slot(&self, i: u32) -> &AtomicPtr<G> {
        &self.buf[i as usize % SIZE]
    }

    /// Owner only: puts `g` in `next`; returns the goroutine it displaced
    /// (null if none), which the caller must [`push`](Self::push).
    pub fn push_next(&self, g: *mut G) -> *mut G {
        self.next.swap(g, Ordering::AcqRel)
    }

    /// Owner only: appends `g` to the ring; false when the ring is full
    /// (the caller then moves work to the global queue with
    /// [`spill_half`](Self::spill_half)).
    #[inline]
    pub fn push(&self, g: *mut G) -> bool {
        let h = self.head.load(Ordering::Acquire);
        let t = self.tail.load(Ordering::Relaxed);
        if (t.wrapping_sub(h) as usize) >= SIZE {
            return false;
        }
        self.slot(t).store(g, Ordering::Relaxed);
        self.tail.store(t.wrapping_add(1), Ordering::Release);
        true
    }

    /// Owner only, with a full ring: takes its older half and passes each
    /// goroutine to `f` (gc moves them to the global queue so that other
    /// Ps find them). False if a thief took some first (there is room
    /// again).
    pub fn spill_half(&self, mut f: impl FnMut(*mut G)) -> bool {
        let h = self.head.load(Ordering::Acquire);
        let t = self.tail.load(Ordering::Relaxed);
        if t.wrapping_sub(h) as usize != SIZE {
            // A thief took some since the push failed: the older half of
            // what is left may be less than half a ring.
            return false;
        }
        let n = (SIZE / 2) as u32;
        if self
            .head
            .compare_exchange(h, h.wrapping_add(n), Ordering::AcqRel, Ordering::Relaxed)
            .is_err()
        {
            return false;
        }
        // The slots stay as they are until the owner (the caller) pushes
        // again: thieves only read them.
        for i in 0..n {
            f(self.slot(h.wrapping_add(i)).load(Ordering::Relaxed));
        }
        true
    }

    /// Owner only: the next goroutine to run (`next` first), or null.
    pub fn pop(&self) -> *mut G {
        let n = self.next.load(Ordering::Relaxed);
        if !n.is_null()
            && self
                .next
                .compare_exchange(n, null_mut(), Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
        {
            return n;
        }
        loop {
            let h = self.head.load(Ordering::Acquire);
            let t = self.tail.load(Ordering::Relaxed);
            if t == h {
                return null_mut();
            }
            let g = self.slot(h).load(Ordering::Relaxed);
            if self
                .head
                .compare_exchange(h, h.wrapping_add(1), Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                return g;
            }
        }
    }

    /// Whether `next` holds a goroutine (a racy snapshot for other Ps).
    pub fn has_next(&self) -> bool {
        !self.next.load(Ordering::Acquire).is_null()
    }

    /// Whether the queue looks empty (a racy snapshot for other Ps).
    pub fn is_empty(&self) -> bool {
        let h = self.head.load(Ordering::Acquire);
        let t = self.tail.load(Ordering::Acquire);
        h == t && self.next.load(Ordering::Acquire).is_null()
    }

    /// Called by the owner of `into`, whose ring must be empty: moves
    /// half of this queue's ring (and, with `take_next` and an empty
    /// ring, its `next`) to `into`, and returns one of the goroutines
    /// taken to run now (null: nothing to take).
    pub fn steal_into(&self, into: &RunQ, take_next: bool) -> *mut G {
        let tt = into.tail.load(Ordering::Relaxed);
        let mut n;
        loop {
            let h = self.head.load(Ordering::Acquire);
            let t = self.tail.load(Ordering::Acquire);
            n = t.wrapping_sub(h);
            n -= n / 2;
            if n == 0 {
                if take_next {
                    let g = self.next.load(Ordering::Acquire);
                    if !g.is_null()
                        && self
                            .next
                            .compare_exchange(g, null_mut(), Ordering::AcqRel, Ordering::Relaxed)
                            .is_ok()
                    {
                        return g;
                    }
                }
                return null_mut();
            }
            if n as usize > SIZE / 2 {
                // Read `head` and `tail` at different times: try again.
                continue;
            }
            for i in 0..n {
                let g = self.slot(h.wrapping_add(i)).load(Ordering::Relaxed);
                into.slot(tt.wrapping_add(i)).store(g, Ordering::Relaxed);
            }
            if self
                .head
                .compare_exchange(h, h.wrapping_add(n), Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                break;
            }
        }
        n -= 1;
        let g = into.slot(tt.wrapping_add(n)).load(Ordering::Relaxed);
        if n > 0 {
            into.tail.store(tt.wrapping_add(n), Ordering::Release);
        }
        g
    }
}

impl Default for RunQ {
    fn default() -> Self {
        RunQ::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::sync::atomic::AtomicBool;
    use std::sync::{Arc, Mutex};

    fn fake(i: usize) -> *mut G {
        (8 * (i + 1)) as *mut G
    }

    #[test]
    fn fifo_with_next_first() {
        let q = RunQ::new();
        assert!(q.push(fake(1)));
        assert!(q.push(fake(2)));
        assert!(q.push_next(fake(3)).is_null());
        assert_eq!(q.push_next(fake(4)), fake(3));
        assert_eq!(q.pop(), fake(4));
        assert_eq!(q.pop(), fake(1));
        assert_eq!(q.pop(), fake(2));
        assert!(q.pop().is_null());
        assert!(q.is_empty());
    }

    #[test]
    fn overflow_moves_half_and_the_new_one() {
        let q = RunQ::new();
        let mut spilled = Vec::new();
        for i in 0..SIZE {
            assert!(q.push(fake(i)));
        }
        assert!(!q.push(fake(SIZE)));
        assert!(q.spill_half(|g| spilled.push(g)));
        assert!(q.push(fake(SIZE)));
        assert_eq!(spilled.len(), SIZE / 2);
        assert_eq!(spilled[0], fake(0));
        assert_eq!(*spilled.last().unwrap(), fake(SIZE / 2 - 1));
        let mut left = 0;
        while !q.pop().is_null() {
            left += 1;
        }
        assert_eq!(left, SIZE / 2 + 1);
    }

    /// A thief that empties part of a full ring between the failed push
    /// and the spill leaves less than half a ring to spill: the spill
    /// must not hand out slots past the tail.
    #[test]
    fn spill_after_a_steal_takes_nothing() {
        let q = RunQ::new();
        let (t1, t2) = (RunQ::new(), RunQ::new());
        for i in 0..SIZE {
            assert!(q.push(fake(i)));
        }
        assert!(!q.push(fake(SIZE)));
        // Two steals leave a quarter of the ring.
        assert!(!q.steal_into(&t1, false).is_null());
        assert!(!q.steal_into(&t2, false).is_null());
        let mut spilled = Vec::new();
        assert!(!q.spill_half(|g| spilled.push(g)));
        assert!(spilled.is_empty());
        assert!(q.push(fake(SIZE)));
    }

    #[test]
    fn steal_takes_half() {
        let v = RunQ::new();
        let t = RunQ::new();
        for i in 0..10 {
            assert!(v.push(fake(i)));
        }
        let g = v.steal_into(&t, false);
        assert!(!g.is_null());
        let mut got = vec![g];
        while let Some(x) = Some(t.pop()).filter(|p| !p.is_null()) {
            got.push(x);
        }
        assert_eq!(got.len(), 5);
        // Only `next` left to steal once the ring is empty.
        let v2 = RunQ::new();
        v2.push_next(fake(99));
        assert!(v2.steal_into(&t, false).is_null());
        assert_eq!(v2.steal_into(&t, true), fake(99));
    }

    /// Owner pushing and popping while thieves steal: every goroutine is
    /// taken exactly once.
    #[test]
    fn concurrent_steal_loses_nothing() {
        const N: usize = 200_000;
        let victim = Arc::new(RunQ::new());
        let taken = Arc::new(Mutex::new(Vec::new()));
        let done = Arc::new(AtomicBool::new(false));
        let thieves: Vec<_> = (0..3)
            .map(|_| {
                let (victim, taken, done) = (victim.clone(), taken.clone(), done.clone());
                std::thread::spawn(move || {
                    let mine = RunQ::new();
                    let mut local = Vec::new();
                    loop {
                        let finished = done.load(Ordering::Acquire);
                        let g = victim.steal_into(&mine, true);
                        if !g.is_null() {
                            local.push(g as usize);
                            loop {
                                let g = mine.pop();
                                if g.is_null() {
                                    break;
                                }
                                local.push(g as usize);
                            }
                        } else if finished {
                            break;
                        }
                    }
                    taken.lock().unwrap().extend(local);
                })
            })
            .collect();
        let mut spilled = Vec::new();
        let mut own = Vec::new();
        let push = |g: *mut G, spilled: &mut Vec<usize>| {
            while !victim.push(g) {
                if victim.spill_half(|x| spilled.push(x as usize)) {
                    spilled.push(g as usize);
                    return;
                }
            }
        };
        for i in 0..N {
            if i % 7 == 0 {
                let d = victim.push_next(fake(i));
                if !d.is_null() {
                    push(d, &mut spilled);
                }
            } else {
                push(fake(i), &mut spilled);
            }
            if i % 3 == 0 {
                let g = victim.pop();
                if !g.is_null() {
                    own.push(g as usize);
                }
            }
        }
        loop {
            let g = victim.pop();
            if g.is_null() {
                break;
            }
            own.push(g as usize);
        }
        done.store(true, Ordering::Release);
        for t in thieves {
            t.join().unwrap();
        }
        let mut all: Vec<usize> = taken.lock().unwrap().clone();
        all.extend(own);
        all.extend(spilled);
        assert_eq!(all.len(), N);
        let set: HashSet<usize> = all.into_iter().collect();
        assert_eq!(set.len(), N);
    }
}
