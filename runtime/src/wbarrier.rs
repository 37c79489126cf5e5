//! The write barrier: what a store of a pointer into the heap does while
//! the collector marks (see [`crate::gc`]).
//!
//! gc's hybrid barrier: before the store, the pointer it overwrites and
//! the pointer it writes are shaded. Compiled code tests
//! `runtime.writeBarrier` inline and calls [`gc_write_barrier`] only while
//! it is set; copies of memory that may hold pointers go through
//! [`typedmemmove`] and [`typedmemclr`], which read the destination's heap
//! bits to find the pointer words. The runtime's own stores into heap
//! objects use [`write_ptr`], [`copy`] and [`clear`].
//!
//! Stores to goroutine stacks and package variables need no barrier
//! today: both are scanned with the world stopped when a cycle starts, so
//! what they held then is marked, and what they receive later came from
//! somewhere the collector sees too. So the runtime's copies shade only
//! heap destinations. Compiled code still barriers stores to package
//! variables (it cannot tell them from heap addresses in general), which
//! is also what scanning stacks one goroutine at a time will need.

use crate::gc;
use crate::heap::heap_unlocked;

/// Whether the barrier is on (the collector marks).
#[inline(always)]
pub fn enabled() -> bool {
    gc::marking()
}

/// `runtime.gcWriteBarrier(slot, new)`: compiled code calls it before it
/// stores pointer `new` at `slot` while the barrier is on.
///
/// # Safety
/// `slot` is a valid, aligned word.
#[unsafe(export_name = "runtime.gcWriteBarrier")]
pub unsafe extern "C" fn gc_write_barrier(slot: *mut u64, new: u64) {
    // SAFETY: the caller's contract.
    gc::shade(unsafe { core::ptr::read_volatile(slot) });
    gc::shade(new);
}

/// Stores pointer `v` at `slot` (a word that may be in the heap) with the
/// write barrier.
///
/// # Safety
/// `slot` is a valid, aligned word.
#[inline]
pub unsafe fn write_ptr(slot: *mut u64, v: u64) {
    if enabled() {
        // SAFETY: the caller's contract.
        unsafe { gc_write_barrier(slot, v) };
    }
    // SAFETY: the caller's contract.
    unsafe { *slot = v };
}

/// Shades the pointers of `[dst, dst + n)` that a copy from `src` (null:
/// a clear) is about to overwrite, and those it writes. The pointer words
/// are those the heap bits of `dst` mark; nothing happens when `dst` is
/// not in a heap object with pointers.
///
/// # Safety
/// Both ranges are valid for `n` bytes; `dst` and `src` are 8-byte
/// aligned when `n` covers a pointer word.
#[cold]
pub unsafe fn bulk_barrier(dst: usize, src: usize, n: usize) {
    // SAFETY: the barrier reads heap bits only.
    let h = unsafe { heap_unlocked() };
    let s = h.span_of(dst);
    // SAFETY: `span_of` returns in-use spans.
    if s.is_null() || unsafe { (*s).noscan } || dst % 8 != 0 {
        return;
    }
    h.for_each_ptr_word(dst, n / 8, |i| {
        // SAFETY: words of the ranges (the caller's contract).
        unsafe {
            gc::shade(core::ptr::read_volatile((dst + 8 * i) as *const u64));
            if src != 0 {
                gc::shade(core::ptr::read_volatile((src + 8 * i) as *const u64));
            }
        }
    });
}

/// Copies `n` bytes from `src` to `dst` (they may overlap), with the
/// barrier when the destination is a heap object with pointers.
///
/// # Safety
/// As [`bulk_barrier`].
#[inline]
pub unsafe fn copy(dst: *mut u8, src: *const u8, n: usize) {
    if enabled() {
        // SAFETY: the caller's contract.
        unsafe { bulk_barrier(dst as usize, src as usize, n) };
    }
    // SAFETY: the caller's contract.
    unsafe { move_words(dst, src, n) };
}

/// Copies `n` bytes (the ranges may overlap) a whole aligned word at a
/// time when both ends and the length are word-aligned, as gc's memmove
/// does: a goroutine that reads a pointer slot while another copies into
/// it sees the old pointer or the new one, never a mix of their bytes.
/// `rep movsb` gives no such promise (fixedbugs/issue13160 read torn
/// pointers).
///
/// # Safety
/// `src` readable and `dst` writable for `n` bytes.
#[inline]
pub unsafe fn move_words(dst: *mut u8, src: *const u8, n: usize) {
    use crate::memfuncs::{forward_ok, portable};
    // SAFETY: the caller's contract; the direction handles overlap.
    unsafe {
        if (dst as usize | src as usize | n) & 7 != 0 {
            core::ptr::copy(src, dst, n);
        } else if forward_ok(dst, src, n) {
            portable::copy_forward(dst, src, n);
        } else {
            portable::copy_backward(dst, src, n);
        }
    }
}

/// Zeroes `n` bytes at `dst`, whole words at a time when `dst` and `n`
/// are word-aligned (see [`move_words`]).
///
/// # Safety
/// `dst` writable for `n` bytes.
#[inline]
pub unsafe fn clear_words(dst: *mut u8, n: usize) {
    // SAFETY: the caller's contract.
    unsafe {
        if (dst as usize | n) & 7 != 0 {
            core::ptr::write_bytes(dst, 0, n);
        } else {
            crate::memfuncs::portable::set(dst, 0, n);
        }
    }
}

/// Zeroes `n` bytes at `dst`, with the barrier.
///
/// # Safety
/// As [`bulk_barrier`].
#[inline]
pub unsafe fn clear(dst: *mut u8, n: usize) {
    if enabled() {
        // SAFETY: the caller's contract.
        unsafe { bulk_barrier(dst as usize, 0, n) };
    }
    // SAFETY: the caller's contract.
    unsafe { clear_words(dst, n) };
}

/// `runtime.typedmemmove(dst, src, n)`: compiled code's copy of memory
/// that may hold pointers.
///
/// # Safety
/// As [`bulk_barrier`].
#[unsafe(export_name = "runtime.typedmemmove")]
pub unsafe extern "C" fn typedmemmove(dst: *mut u8, src: *const u8, n: usize) {
    // SAFETY: the caller's contract.
    unsafe { copy(dst, src, n) };
}

/// `runtime.typedmemclr(dst, n)`: compiled code's clear of memory that
/// may hold pointers.
///
/// # Safety
/// As [`bulk_barrier`].
#[unsafe(export_name = "runtime.typedmemclr")]
pub unsafe extern "C" fn typedmemclr(dst: *mut u8, n: usize) {
    // SAFETY: the caller's contract.
    unsafe { clear(dst, n) };
}
