//! Slices: `make([]T, len, cap)` and the growth path of `append`.
//!
//! A slice is three words `{ptr, len, cap}` (abi.md section 1); its backing
//! array is allocated with the element type ([`mem::malloc`]), so the
//! collector will know where its pointers are. Capacities follow gc exactly,
//! size class rounding included, because `cap()` makes them observable:
//! appending one element at a time to a `[]byte` gives capacities 8, 16, 32,
//! 64 ... and to a `[]string` 1, 2, 4, 8, 16, 32, 71 (gc's malloc header).
//!
//! Zero-sized requests return the shared zero-size address (gc's
//! `zerobase`), never null: `make([]T, 0)` is not a nil slice.

use crate::mem::{self, roundupsize, MAX_ALLOC};
use crate::panic::panic_runtime_error;
use crate::sched::G;
use crate::string::Pair;
use crate::types::Type;

/// Slices grow by doubling below this capacity, then by about 1.25x.
const GROW_THRESHOLD: i64 = 256;

/// Why `make` rejects its arguments: gc's two messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MakeSliceError {
    /// `makeslice: len out of range`.
    Len,
    /// `makeslice: cap out of range`.
    Cap,
}

impl MakeSliceError {
    /// The panic message after `runtime error: `.
    pub fn message(self) -> &'static [u8] {
        match self {
            MakeSliceError::Len => b"makeslice: len out of range",
            MakeSliceError::Cap => b"makeslice: cap out of range",
        }
    }
}

/// `size * n` if `n` is not negative and the product is at most gc's
/// `maxAlloc`.
fn array_bytes(size: u64, n: i64) -> Option<u64> {
    if n < 0 {
        return None;
    }
    size.checked_mul(n as u64).filter(|&b| b <= MAX_ALLOC)
}

/// The size in bytes of the backing array of `make([]T, len, cap)` with
/// `size`-byte elements, or gc's reason to panic. Like gc, a `len` that is
/// itself too big is reported as such even when `cap` is too (the cap of
/// `make([]T, n)` is implicit).
pub fn makeslice_bytes(size: u64, len: i64, cap: i64) -> Result<u64, MakeSliceError> {
    match array_bytes(size, cap) {
        Some(bytes) if len >= 0 && len <= cap => Ok(bytes),
        _ if array_bytes(size, len).is_none() => Err(MakeSliceError::Len),
        _ => Err(MakeSliceError::Cap),
    }
}

/// gc's growth rule before size class rounding: the capacity for `newlen`
/// elements (`newlen > oldcap >= 0`) when the capacity is `oldcap`. Twice
/// the old capacity below 256 elements, then steps of a quarter plus 192
/// until `newlen` fits; `newlen` itself when that is more than double, or
/// when the steps overflow.
pub fn next_slice_cap(newlen: i64, oldcap: i64) -> i64 {
    let double = oldcap.wrapping_add(oldcap);
    if newlen > double {
        return newlen;
    }
    if oldcap < GROW_THRESHOLD {
        return double;
    }
    let mut cap = oldcap;
    // Unsigned comparison: a step that overflows into the negative range
    // also ends the loop, and is then replaced by `newlen`.
    while (cap as u64) < (newlen as u64) {
        cap = cap.wrapping_add((cap.wrapping_add(3 * GROW_THRESHOLD)) >> 2);
    }
    if cap <= 0 {
        newlen
    } else {
        cap
    }
}

/// The capacity `append` gives a slice of `size`-byte elements (`size > 0`)
/// that needs room for `newlen > oldcap` elements, and the size in bytes of
/// its backing array: [`next_slice_cap`] rounded up to what the allocator
/// hands out ([`roundupsize`]; `noscan` says the elements hold no pointers).
/// `None` when the array would be larger than gc's `maxAlloc`.
pub fn grow_cap(newlen: i64, oldcap: i64, size: u64, noscan: bool) -> Option<(u64, u64)> {
    let want = next_slice_cap(newlen, oldcap);
    let bytes = array_bytes(size, want)?;
    let cap = roundupsize(bytes, noscan) / size;
    let bytes = cap * size;
    (bytes <= MAX_ALLOC).then_some((cap, bytes))
}

/// `make([]T, len, cap)`: a zeroed backing array of `cap` elements of `et`
/// (the compiler passes `len` for an omitted `cap`). Panics with gc's
/// `makeslice: len out of range` or `makeslice: cap out of range`.
///
/// # Safety
/// `et` must point to a valid type descriptor.
#[export_name = "runtime.makeslice"]
pub unsafe extern "C" fn makeslice(g: *mut G, et: *const Type, len: i64, cap: i64) -> *mut u8 {
    // SAFETY: the compiler passes an emitted descriptor.
    let et = unsafe { &*et };
    match makeslice_bytes(et.size, len, cap) {
        Ok(bytes) => mem::malloc(bytes as usize, Some(et)),
        Err(e) => panic_runtime_error(g, e.message()),
    }
}

/// The slow path of `append`: a new backing array for a slice of `et` that
/// had capacity `oldcap` and length `newlen - num` and must grow to
/// `newlen` elements (`newlen > oldcap`). Copies the `newlen - num` old
/// elements from `oldptr`; everything after them is zero. Returns the new
/// array and its capacity (gc's rule, see [`grow_cap`]); the length is
/// `newlen`. Panics with `growslice: len out of range` when `newlen` is
/// negative (an overflowed `len + num`) or the array would be too big.
///
/// # Safety
/// `et` must be a valid descriptor and `oldptr` must be readable for
/// `newlen - num` elements.
#[export_name = "runtime.growslice"]
pub unsafe extern "C" fn growslice(
    g: *mut G,
    oldptr: *const u8,
    newlen: i64,
    oldcap: i64,
    num: i64,
    et: *const Type,
) -> Pair {
    const LEN_MSG: &[u8] = b"growslice: len out of range";
    if newlen < 0 {
        panic_runtime_error(g, LEN_MSG);
    }
    // SAFETY: the compiler passes an emitted descriptor.
    let et = unsafe { &*et };
    if et.size == 0 {
        return Pair {
            a: mem::malloc(0, Some(et)) as u64,
            b: newlen as u64,
        };
    }
    let Some((cap, bytes)) = grow_cap(newlen, oldcap, et.size, et.ptrdata == 0) else {
        panic_runtime_error(g, LEN_MSG)
    };
    let p = mem::malloc(bytes as usize, Some(et));
    let oldlen = newlen.wrapping_sub(num);
    if oldlen > 0 {
        // SAFETY: the old elements are readable (caller contract) and the
        // fresh array, disjoint from them, holds `cap >= newlen > oldlen`
        // elements. Memory from `malloc` is zero, so the rest needs no
        // clearing.
        unsafe {
            let n = oldlen as usize * et.size as usize;
            if et.ptrdata != 0 && crate::wbarrier::enabled() {
                // The new array is black: shade what moves into it.
                crate::wbarrier::bulk_barrier(p as usize, oldptr as usize, n);
            }
            core::ptr::copy_nonoverlapping(oldptr, p, n);
        }
    }
    Pair {
        a: p as u64,
        b: cap,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::kind;

    /// What go1.27 does on `append`: (element size, no pointers, old cap,
    /// new len, new cap).
    const GROW_TABLE: &[(u64, u8, i64, i64, u64)] = include!("slice_table_grow.in");

    #[test]
    fn growth_matches_gc() {
        for &(size, noscan, oldcap, newlen, want) in GROW_TABLE {
            let got = grow_cap(newlen, oldcap, size, noscan == 1);
            assert_eq!(
                got,
                Some((want, want * size)),
                "size {size} noscan {noscan}: cap {oldcap} -> len {newlen}"
            );
        }
        // The table covers the brief's element types.
        for (size, noscan) in [(1, 1), (4, 1), (8, 1), (16, 0), (24, 1), (24, 0), (8, 0)] {
            assert!(GROW_TABLE
                .iter()
                .any(|r| r.0 == size && r.1 == noscan && r.2 > 4096));
        }
    }

    #[test]
    fn growth_rule() {
        assert_eq!(next_slice_cap(1, 0), 1);
        assert_eq!(next_slice_cap(5, 0), 5);
        assert_eq!(next_slice_cap(2, 1), 2);
        assert_eq!(next_slice_cap(200, 100), 200);
        assert_eq!(next_slice_cap(201, 100), 201);
        assert_eq!(next_slice_cap(256, 255), 510);
        // 256 + (256 + 768) / 4
        assert_eq!(next_slice_cap(257, 256), 512);
        assert_eq!(next_slice_cap(1025, 1024), 1024 + (1024 + 768) / 4);
        // Several steps.
        assert_eq!(next_slice_cap(1500, 1024), 1472 + (1472 + 768) / 4);
        // Overflowing doubling or steps fall back to the requested length.
        assert_eq!(next_slice_cap(i64::MAX, i64::MAX / 2 + 1), i64::MAX);
        assert_eq!(next_slice_cap(i64::MAX - 1, i64::MAX - 2), i64::MAX - 1);
        assert_eq!(next_slice_cap(i64::MAX - 1, (1 << 62) - 1), i64::MAX - 1);
    }

    #[test]
    fn growth_overflow() {
        // Too big for maxAlloc, or the byte size overflows.
        assert_eq!(grow_cap(1 << 46, 1 << 45, 8, true), None);
        assert_eq!(grow_cap(i64::MAX, 1, 2, true), None);
        assert_eq!(grow_cap((1 << 48) + 1, 1, 1, true), None);
        // Exactly maxAlloc bytes is allowed (page-aligned already).
        assert_eq!(grow_cap(1 << 48, 1, 1, true), Some((1 << 48, 1 << 48)));
        // One element more is not.
        assert_eq!(grow_cap((1 << 45) + 1, 1, 8, true), None);
        assert_eq!(grow_cap(1 << 45, 1, 8, true), Some((1 << 45, 1 << 48)));
    }

    #[test]
    fn makeslice_checks() {
        use MakeSliceError::{Cap, Len};
        assert_eq!(makeslice_bytes(8, 0, 0), Ok(0));
        assert_eq!(makeslice_bytes(8, 3, 5), Ok(40));
        assert_eq!(makeslice_bytes(8, -1, 5), Err(Len));
        assert_eq!(makeslice_bytes(8, -1, -1), Err(Len));
        assert_eq!(makeslice_bytes(8, 5, 3), Err(Cap));
        assert_eq!(makeslice_bytes(8, 1, -1), Err(Cap));
        assert_eq!(makeslice_bytes(8, 1 << 62, 1 << 62), Err(Len));
        assert_eq!(makeslice_bytes(8, 1, 1 << 62), Err(Cap));
        assert_eq!(makeslice_bytes(8, 1, (1 << 45) + 1), Err(Cap));
        assert_eq!(makeslice_bytes(8, 1 << 45, 1 << 45), Ok(1 << 48));
        assert_eq!(makeslice_bytes(1, (1 << 48) + 1, (1 << 48) + 1), Err(Len));
        // Zero-size elements: only the signs and the order matter.
        assert_eq!(makeslice_bytes(0, 1 << 62, 1 << 62), Ok(0));
        assert_eq!(makeslice_bytes(0, -1, 5), Err(Len));
        assert_eq!(makeslice_bytes(0, 5, 3), Err(Cap));
        assert_eq!(Len.message(), b"makeslice: len out of range");
        assert_eq!(Cap.message(), b"makeslice: cap out of range");
    }

    fn elem(size: u64, ptrdata: u64) -> Type {
        // Every word of the pointer prefix is a pointer.
        static ALL_POINTERS: [u8; 8] = [0xff; 8];
        Type {
            size,
            ptrdata,
            hash: 0,
            tflag: 0,
            align: 8,
            field_align: 8,
            kind: kind::ARRAY,
            gcdata: if ptrdata > 0 {
                ALL_POINTERS.as_ptr()
            } else {
                core::ptr::null()
            },
            name_ptr: core::ptr::null(),
            name_len: 0,
            extra: core::ptr::null(),
            methods: core::ptr::null(),
            nmethods: 0,
        }
    }

    #[test]
    fn make_and_append() {
        let g = core::ptr::null_mut();
        let int = elem(8, 0);
        // SAFETY: `int` is a valid descriptor.
        let p = unsafe { makeslice(g, &int, 3, 5) } as *mut i64;
        // SAFETY: `p` holds 5 zeroed ints.
        unsafe {
            assert!(core::slice::from_raw_parts(p, 5).iter().all(|&x| x == 0));
            for i in 0..5 {
                *p.add(i) = i as i64 + 1;
            }
        }
        // append(s[:5], 6): len 5, cap 5, one more.
        // SAFETY: `p` holds 5 ints.
        let r = unsafe { growslice(g, p as *const u8, 6, 5, 1, &int) };
        assert_eq!(r.b, 10);
        // SAFETY: the new array holds `r.b` ints.
        let new = unsafe { core::slice::from_raw_parts(r.a as *const i64, r.b as usize) };
        assert_eq!(new, &[1, 2, 3, 4, 5, 0, 0, 0, 0, 0]);
        // A string-like element (16 bytes, pointers) from a nil slice.
        let str_t = elem(16, 8);
        // SAFETY: nothing is copied from the null pointer.
        let r = unsafe { growslice(g, core::ptr::null(), 1, 0, 1, &str_t) };
        assert_eq!(r.b, 1);
        assert_ne!(r.a, 0);
        // Zero-size elements share one address and get cap == len.
        let empty = elem(0, 0);
        // SAFETY: valid descriptor; nothing is read.
        let r = unsafe { growslice(g, core::ptr::null(), 7, 0, 7, &empty) };
        assert_eq!(r.b, 7);
        // SAFETY: as above.
        let z = unsafe { makeslice(g, &empty, 1 << 40, 1 << 40) };
        assert_eq!(r.a, z as u64);
        assert!(!z.is_null());
        // make([]int, 0) is not nil.
        // SAFETY: valid descriptor.
        assert!(!unsafe { makeslice(g, &int, 0, 0) }.is_null());
    }
}
