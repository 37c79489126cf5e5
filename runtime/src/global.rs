//! `Global<T>`: a mutable static without `static mut`.
//!
//! `Global` only gives the state a place and makes every access an
//! explicit `unsafe` step whose justification is written next to it: the
//! lock that guards it, or the stopped world.

use core::cell::UnsafeCell;

/// A global mutable value. See the module documentation.
pub struct Global<T>(UnsafeCell<T>);

// SAFETY: every access is justified where it happens: under the lock that
// guards the value, or with the world stopped.
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
