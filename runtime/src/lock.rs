//! `Mutex`: the runtime's lock, a futex word (gc's `lock_futex.go`).
//!
//! Runtime critical sections are short and never park a goroutine, so a
//! waiter spins briefly before it sleeps in the kernel. State 0 is
//! unlocked, 1 locked, 2 locked with (possibly) sleeping waiters; only an
//! unlock that finds 2 pays for a wake-up system call.

use core::sync::atomic::{AtomicU32, Ordering};

/// A runtime lock. Go code never holds one, and no goroutine parks with
/// one held except through [`crate::sched::park_unlock`], which releases
/// it on the system stack once the goroutine is saved.
pub struct Mutex {
    state: AtomicU32,
}

const UNLOCKED: u32 = 0;
const LOCKED: u32 = 1;
const SLEEPING: u32 = 2;

/// Spins before sleeping: a holder on another core usually lets go
/// within a few hundred cycles.
const SPINS: u32 = 100;

impl Mutex {
    /// An unlocked lock.
    pub const fn new() -> Mutex {
        Mutex {
            state: AtomicU32::new(UNLOCKED),
        }
    }

    /// Takes the lock, waiting as long as it takes.
    #[inline]
    pub fn lock(&self) {
        if self
            .state
            .compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_slow();
        }
    }

    #[cold]
    #[inline(never)]
    fn lock_slow(&self) {
        for _ in 0..SPINS {
            if self.state.load(Ordering::Relaxed) == UNLOCKED
                && self
                    .state
                    .compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return;
            }
            core::hint::spin_loop();
        }
        // From here on the state says "sleepers may exist", so the holder's
        // unlock wakes one of us.
        while self.state.swap(SLEEPING, Ordering::Acquire) != UNLOCKED {
            crate::sys::futex_wait(&self.state, SLEEPING, -1);
        }
    }

    /// Releases the lock, which the caller holds.
    #[inline]
    pub fn unlock(&self) {
        if self.state.swap(UNLOCKED, Ordering::Release) == SLEEPING {
            crate::sys::futex_wake(&self.state, 1);
        }
    }

    /// Whether the lock is held (by anyone), for assertions.
    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) != UNLOCKED
    }
}

impl Default for Mutex {
    fn default() -> Self {
        Mutex::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn excludes_across_threads() {
        struct Shared {
            lock: Mutex,
            n: core::cell::UnsafeCell<u64>,
        }
        // SAFETY: `n` is only touched under `lock`.
        unsafe impl Sync for Shared {}
        let s = Arc::new(Shared {
            lock: Mutex::new(),
            n: core::cell::UnsafeCell::new(0),
        });
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for _ in 0..100_000 {
                        s.lock.lock();
                        // SAFETY: under the lock.
                        unsafe { *s.n.get() += 1 };
                        s.lock.unlock();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert!(!s.lock.is_locked());
        // SAFETY: every thread finished.
        assert_eq!(unsafe { *s.n.get() }, 400_000);
    }
}
