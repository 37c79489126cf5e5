//! `memcpy`, `memmove`, `memset`, `memcmp` and `bcmp`: the C memory
//! functions that Cranelift-generated code and rustc-generated code call.
//! There is no libc, so the runtime defines them.
//!
//! They must never call themselves: LLVM recognizes byte-copy loops and
//! turns them back into a call to `memcpy`. On amd64 they are the string
//! instructions `rep movsb` / `rep stosb`, fast on every CPU with ERMS. The
//! portable versions (arm64, and unit tests everywhere) move whole words
//! and pass every value through [`opaque`], an empty `asm!` block the
//! optimizer cannot see through, so no loop is recognizable as an idiom.
//! `objdump -d` of the archive shows no call out of these functions.
//!
//! In unit tests the symbols are not exported (the host libc has its own);
//! the functions are tested under their Rust names.

use core::arch::asm;
use core::ptr::{read_unaligned, write_unaligned};

/// Returns `x` through an empty `asm!` block: the compiler must assume any
/// value comes out, so it cannot rewrite the surrounding loop.
#[inline(always)]
fn opaque(mut x: u64) -> u64 {
    // SAFETY: the template is empty; it touches no memory or flags.
    unsafe {
        asm!("/* {0} */", inout(reg) x, options(nomem, nostack, preserves_flags));
    }
    x
}

/// Word-at-a-time implementations without any call.
pub mod portable {
    use super::*;

    /// Copies `n` bytes from `src` to `dst`, lowest address first (also
    /// correct for overlapping ranges with `dst <= src`).
    ///
    /// # Safety
    /// `src` readable and `dst` writable for `n` bytes.
    pub unsafe fn copy_forward(dst: *mut u8, src: *const u8, n: usize) {
        let mut i = 0;
        // SAFETY: every access is at an offset below `n`.
        unsafe {
            while i + 8 <= n {
                let w = opaque(read_unaligned(src.add(i) as *const u64));
                write_unaligned(dst.add(i) as *mut u64, w);
                i += 8;
            }
            while i < n {
                let b = opaque(*src.add(i) as u64) as u8;
                *dst.add(i) = b;
                i += 1;
            }
        }
    }

    /// Copies `n` bytes from `src` to `dst`, highest address first (correct
    /// for overlapping ranges with `dst > src`).
    ///
    /// # Safety
    /// `src` readable and `dst` writable for `n` bytes.
    pub unsafe fn copy_backward(dst: *mut u8, src: *const u8, n: usize) {
        let mut i = n;
        // SAFETY: every access is at an offset below `n`. Each word is read
        // completely before it is written, so overlap is harmless.
        unsafe {
            while i >= 8 {
                i -= 8;
                let w = opaque(read_unaligned(src.add(i) as *const u64));
                write_unaligned(dst.add(i) as *mut u64, w);
            }
            while i > 0 {
                i -= 1;
                let b = opaque(*src.add(i) as u64) as u8;
                *dst.add(i) = b;
            }
        }
    }

    /// Sets `n` bytes at `dst` to `c`.
    ///
    /// # Safety
    /// `dst` writable for `n` bytes.
    pub unsafe fn set(dst: *mut u8, c: u8, n: usize) {
        let word = (c as u64) * 0x0101_0101_0101_0101;
        let mut i = 0;
        // SAFETY: every access is at an offset below `n`.
        unsafe {
            while i + 8 <= n {
                write_unaligned(dst.add(i) as *mut u64, opaque(word));
                i += 8;
            }
            while i < n {
                *dst.add(i) = opaque(word) as u8;
                i += 1;
            }
        }
    }

    /// Compares `n` bytes as unsigned values: negative, zero or positive.
    ///
    /// # Safety
    /// `a` and `b` readable for `n` bytes.
    pub unsafe fn compare(a: *const u8, b: *const u8, n: usize) -> i32 {
        let mut i = 0;
        // SAFETY: every access is at an offset below `n`.
        unsafe {
            while i + 8 <= n {
                let x = opaque(read_unaligned(a.add(i) as *const u64));
                let y = opaque(read_unaligned(b.add(i) as *const u64));
                if x != y {
                    // The first differing byte decides: compare as big-endian.
                    return if u64::from_be(x) < u64::from_be(y) {
                        -1
                    } else {
                        1
                    };
                }
                i += 8;
            }
            while i < n {
                let x = opaque(*a.add(i) as u64);
                let y = opaque(*b.add(i) as u64);
                if x != y {
                    return if x < y { -1 } else { 1 };
                }
                i += 1;
            }
        }
        0
    }
}

/// `rep movsb` / `rep stosb` versions for amd64.
#[cfg(target_arch = "x86_64")]
pub mod amd64 {
    use core::arch::asm;

    /// Copies `n` bytes upwards with `rep movsb`.
    ///
    /// # Safety
    /// `src` readable and `dst` writable for `n` bytes; overlap only with
    /// `dst <= src`.
    #[inline(always)]
    pub unsafe fn copy_forward(dst: *mut u8, src: *const u8, n: usize) {
        // SAFETY: the caller guarantees the ranges; DF is clear per the ABI.
        unsafe {
            asm!("rep movsb", inout("rcx") n => _, inout("rdi") dst => _,
                 inout("rsi") src => _, options(nostack, preserves_flags));
        }
    }

    /// Copies `n` bytes downwards with `std; rep movsb; cld`.
    ///
    /// # Safety
    /// `src` readable and `dst` writable for `n` bytes.
    #[inline(always)]
    pub unsafe fn copy_backward(dst: *mut u8, src: *const u8, n: usize) {
        if n == 0 {
            return;
        }
        // SAFETY: the caller guarantees the ranges; the last bytes are at
        // offset n-1, and DF is cleared again before returning.
        unsafe {
            asm!("std", "rep movsb", "cld", inout("rcx") n => _,
                 inout("rdi") dst.add(n - 1) => _, inout("rsi") src.add(n - 1) => _,
                 options(nostack));
        }
    }

    /// Sets `n` bytes to `c` with `rep stosb`.
    ///
    /// # Safety
    /// `dst` writable for `n` bytes.
    #[inline(always)]
    pub unsafe fn set(dst: *mut u8, c: u8, n: usize) {
        // SAFETY: the caller guarantees the range; DF is clear per the ABI.
        unsafe {
            asm!("rep stosb", inout("rcx") n => _, inout("rdi") dst => _, in("al") c,
                 options(nostack, preserves_flags));
        }
    }
}

#[cfg(target_arch = "x86_64")]
use amd64 as fast;
#[cfg(not(target_arch = "x86_64"))]
use portable as fast;

/// C `memcpy`: copies `n` bytes; the ranges must not overlap.
///
/// # Safety
/// `src` readable and `dst` writable for `n` bytes, not overlapping.
#[cfg_attr(not(test), no_mangle)]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { fast::copy_forward(dst, src, n) };
    dst
}

/// Whether `n` bytes can be copied from `src` to `dst` lowest address
/// first: unless `dst` starts inside `(src, src + n)`.
#[inline(always)]
pub fn forward_ok(dst: *mut u8, src: *const u8, n: usize) -> bool {
    (dst as usize).wrapping_sub(src as usize) >= n
}

/// C `memmove`: copies `n` bytes; the ranges may overlap.
///
/// # Safety
/// `src` readable and `dst` writable for `n` bytes.
#[cfg_attr(not(test), no_mangle)]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract; the direction handles overlap.
    unsafe {
        if forward_ok(dst, src, n) {
            fast::copy_forward(dst, src, n);
        } else {
            fast::copy_backward(dst, src, n);
        }
    }
    dst
}

/// C `memset`: sets `n` bytes to `(c as u8)`.
///
/// # Safety
/// `dst` writable for `n` bytes.
#[cfg_attr(not(test), no_mangle)]
pub unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { fast::set(dst, c as u8, n) };
    dst
}

/// C `memcmp`: compares `n` bytes as unsigned chars.
///
/// # Safety
/// `a` and `b` readable for `n` bytes.
#[cfg_attr(not(test), no_mangle)]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: forwarded caller contract.
    unsafe { portable::compare(a, b, n) }
}

/// C `bcmp`: zero if `n` bytes are equal (LLVM emits it for `==` on slices).
///
/// # Safety
/// `a` and `b` readable for `n` bytes.
#[cfg_attr(not(test), no_mangle)]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: forwarded caller contract.
    unsafe { portable::compare(a, b, n) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    type Copy = unsafe fn(*mut u8, *const u8, usize);
    type Set = unsafe fn(*mut u8, u8, usize);

    fn impls() -> Vec<(Copy, Copy, Set)> {
        let mut v: Vec<(Copy, Copy, Set)> = std::vec![(
            portable::copy_forward,
            portable::copy_backward,
            portable::set
        )];
        #[cfg(target_arch = "x86_64")]
        v.push((amd64::copy_forward, amd64::copy_backward, amd64::set));
        v
    }

    fn pattern(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 7 + 3) as u8).collect()
    }

    #[test]
    fn copies_and_sets() {
        for (fwd, bwd, set) in impls() {
            for n in 0..40 {
                for off in 0..9 {
                    let src = pattern(n + off);
                    let mut a = std::vec![0u8; n + 16];
                    let mut b = std::vec![0u8; n + 16];
                    // SAFETY: all ranges lie within the vectors.
                    unsafe {
                        fwd(a.as_mut_ptr().add(off.min(16)), src.as_ptr().add(off), n);
                        bwd(b.as_mut_ptr().add(off.min(16)), src.as_ptr().add(off), n);
                    }
                    let o = off.min(16);
                    assert_eq!(&a[o..o + n], &src[off..]);
                    assert_eq!(&b[o..o + n], &src[off..]);
                    assert!(a[..o].iter().chain(&a[o + n..]).all(|&x| x == 0));
                    let mut z = std::vec![0u8; n + 2 + off];
                    // SAFETY: within the vector.
                    unsafe { set(z.as_mut_ptr().add(1 + off), 0xAB, n) };
                    assert!(z[..1 + off].iter().all(|&x| x == 0));
                    assert!(z[1 + off..1 + off + n].iter().all(|&x| x == 0xAB));
                    assert_eq!(z[1 + off + n], 0);
                }
            }
        }
    }

    #[test]
    fn memmove_overlaps() {
        for n in 0..40usize {
            for shift in 0..12usize {
                // Upwards overlap (dst > src) and downwards (dst < src).
                let base = pattern(n + shift);
                let mut up = base.clone();
                let mut down = base.clone();
                // SAFETY: both ranges lie in the vector.
                unsafe {
                    memmove(up.as_mut_ptr().add(shift), up.as_ptr(), n);
                    memmove(down.as_mut_ptr(), down.as_ptr().add(shift), n);
                }
                let mut want_up = base.clone();
                want_up.copy_within(0..n, shift);
                let mut want_down = base.clone();
                want_down.copy_within(shift..shift + n, 0);
                assert_eq!(up, want_up, "n={n} shift={shift}");
                assert_eq!(down, want_down, "n={n} shift={shift}");
            }
        }
    }

    #[test]
    fn compares_like_memcmp() {
        let a = pattern(40);
        for n in 0..40 {
            for i in 0..n {
                let mut b = a.clone();
                b[i] = b[i].wrapping_add(1);
                let want = a[..n].cmp(&b[..n]) as i32;
                // SAFETY: both vectors hold at least n bytes.
                let got = unsafe { memcmp(a.as_ptr(), b.as_ptr(), n) }.signum();
                assert_eq!(got, want, "n={n} i={i}");
                // SAFETY: as above.
                assert_eq!(unsafe { bcmp(b.as_ptr(), a.as_ptr(), n) }.signum(), -want);
            }
            // SAFETY: as above.
            assert_eq!(unsafe { memcmp(a.as_ptr(), a.as_ptr(), n) }, 0);
        }
        let (x, y) = ([0x01u8, 0xff], [0x02u8, 0x00]);
        // SAFETY: two bytes each.
        assert_eq!(unsafe { memcmp(x.as_ptr(), y.as_ptr(), 2) }, -1);
    }
}
