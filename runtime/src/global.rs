//! `Global<T>`: a mutable static without `static mut`.
//!
//! The runtime runs Go code on one thread today, so its global state needs no
//! locks; `Global` only gives the state a place and makes every access an
//! explicit `unsafe` step whose justification is written next to it. When
//! threads arrive, each `Global` gets a lock or becomes per-M state.

use core::cell::UnsafeCell;

/// A global mutable value. See the module documentation.
pub struct Global<T>(UnsafeCell<T>);

// SAFETY: the runtime is single-threaded today (one M runs all Go code), so
// no two threads access a `Global` concurrently. Revisit with threads.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    /// A global holding `v`.
    pub const fn new(v: T) -> Self {
        Global(UnsafeCell::new(v))
    }

    /// A raw pointer to the value. Dereferencing it is the caller's
    /// responsibility: no other reference to the value may be live.
    pub const fn get(&self) -> *mut T {
        self.0.get()
    }
}
