//! Hashing and equality of Go values, driven by their type descriptors.
//!
//! Maps hash and compare keys of any comparable type, and compiled code
//! compares interfaces and non-regular structs and arrays, through the two
//! functions here: [`typehash`] and [`typeequal`]. Both follow the type
//! descriptor (abi.md section 6):
//!
//! * `TFLAG_REGULAR_MEMORY` types are bytes: [`memhash`] and a byte
//!   comparison over `size` bytes;
//! * floats compare as IEEE values (`+0 == -0`, `NaN != NaN`); both zeros
//!   hash alike and a NaN hashes to a random value, so every `m[NaN] = v`
//!   adds a new entry that no lookup finds, as in gc; complex numbers are
//!   two floats;
//! * strings compare and hash their bytes;
//! * interfaces compare their dynamic types (by descriptor address) and
//!   then the values with the dynamic type; a dynamic type that is not
//!   comparable panics with gc's `runtime error: hash of unhashable type T`
//!   or `runtime error: comparing uncomparable type T`;
//! * arrays and structs go element by element, field by field in
//!   declaration order (skipping `_` fields and padding), stopping at the
//!   first difference. This is the order of go1.27's generated equality
//!   functions, so whether a comparison panics (an uncomparable value in
//!   an interface field after a differing field does not) matches gc.
//!
//! The hash is a 64-bit multiply-and-fold hash in the style of wyhash
//! (128-bit products folded to 64 bits), which is fast without AES
//! instructions and mixes every input bit into the low 7 bits and the high
//! bits that Swiss tables use. Each map has its own random seed, drawn from
//! [`rand`], which is seeded from the kernel's `AT_RANDOM` bytes.
//!
//! Panics raised here pass a null `G` to the panic machinery, which names
//! the running goroutine (as `throw` does); the exported entry points pass
//! their own `g`.

use core::sync::atomic::{AtomicU64, Ordering};

use crate::panic::panic_runtime_error_parts;
use crate::sched::G;
use crate::types::{
    kind, ArrayInfo, InterfaceInfo, Itab, StructInfo, Type, TFLAG_COMPARABLE, TFLAG_DIRECT_IFACE,
    TFLAG_REGULAR_MEMORY,
};

/// Odd 64-bit constants with well-spread bits (wyhash's published
/// secrets), used as multipliers and whiteners.
const P0: u64 = 0xa076_1d64_78bd_642f;
const P1: u64 = 0xe703_7ed1_a0b4_28db;
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;
const P3: u64 = 0x5899_65cc_7537_4cc3;

/// The full 128-bit product of `a` and `b` as (low, high) words.
#[inline(always)]
fn mum(a: u64, b: u64) -> (u64, u64) {
    let r = a as u128 * b as u128;
    (r as u64, (r >> 64) as u64)
}

/// The 128-bit product folded to 64 bits: every input bit reaches the
/// middle of the result.
#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let (lo, hi) = mum(a, b);
    lo ^ hi
}

/// The last step shared by every input length: `a` and `b` are the final
/// (up to) 16 bytes of input, `n` the input length.
#[inline(always)]
fn finish(a: u64, b: u64, seed: u64, n: u64) -> u64 {
    let (lo, hi) = mum(a ^ P1, b ^ seed);
    mix(lo ^ P0 ^ n, hi ^ P1)
}

/// Reads 8 bytes at `p`, unaligned, little-endian.
///
/// # Safety
/// `p` must be readable for 8 bytes.
#[inline(always)]
unsafe fn r8(p: *const u8) -> u64 {
    // SAFETY: the caller guarantees 8 readable bytes.
    u64::from_le(unsafe { (p as *const u64).read_unaligned() })
}

/// Reads 4 bytes at `p`, unaligned, little-endian.
///
/// # Safety
/// `p` must be readable for 4 bytes.
#[inline(always)]
unsafe fn r4(p: *const u8) -> u64 {
    // SAFETY: the caller guarantees 4 readable bytes.
    u32::from_le(unsafe { (p as *const u32).read_unaligned() }) as u64
}

/// Hash of the `n` bytes at `p` with `seed`.
///
/// Inputs of 8 and 4 bytes hash exactly as [`hash_u64`] and [`hash_u32`]
/// of their little-endian value, so the fast map paths that hash integer
/// keys by value agree with the generic path that hashes them as memory.
///
/// # Safety
/// `p` must be readable for `n` bytes (any pointer when `n == 0`).
pub unsafe fn memhash(p: *const u8, n: usize, seed: u64) -> u64 {
    // SAFETY: every read below stays inside `[p, p + n)`: for 4..=16 bytes
    // the two 4-byte reads at each end overlap in the middle rather than
    // run past the end; longer inputs read whole 16- or 48-byte blocks and
    // then the last 16 bytes.
    unsafe {
        if n <= 16 {
            let (a, b) = if n >= 4 {
                let q = (n >> 3) << 2;
                (
                    (r4(p) << 32) | r4(p.add(q)),
                    (r4(p.add(n - 4)) << 32) | r4(p.add(n - 4 - q)),
                )
            } else if n > 0 {
                (
                    ((*p as u64) << 16) | ((*p.add(n >> 1) as u64) << 8) | *p.add(n - 1) as u64,
                    0,
                )
            } else {
                (0, 0)
            };
            return finish(a, b, seed, n as u64);
        }
        let mut s = seed;
        let mut q = p;
        let mut i = n;
        if i > 48 {
            // Three independent lanes keep three multipliers busy.
            let (mut s1, mut s2) = (s, s);
            while i > 48 {
                s = mix(r8(q) ^ P1, r8(q.add(8)) ^ s);
                s1 = mix(r8(q.add(16)) ^ P2, r8(q.add(24)) ^ s1);
                s2 = mix(r8(q.add(32)) ^ P3, r8(q.add(40)) ^ s2);
                q = q.add(48);
                i -= 48;
            }
            s ^= s1 ^ s2;
        }
        while i > 16 {
            s = mix(r8(q) ^ P1, r8(q.add(8)) ^ s);
            q = q.add(16);
            i -= 16;
        }
        finish(r8(q.add(i - 16)), r8(q.add(i - 8)), s, n as u64)
    }
}

/// Hash of an 8-byte value: equal to [`memhash`] of its 8 bytes.
#[inline(always)]
pub fn hash_u64(v: u64, seed: u64) -> u64 {
    // memhash reads the two 4-byte halves in both orders for n == 8.
    finish(v.rotate_left(32), v, seed, 8)
}

/// Hash of a 4-byte value: equal to [`memhash`] of its 4 bytes.
#[inline(always)]
pub fn hash_u32(v: u32, seed: u64) -> u64 {
    let x = ((v as u64) << 32) | v as u64;
    finish(x, x, seed, 4)
}

/// Hash of a `float64`: both zeros hash as `+0`; a NaN gets a random hash
/// (gc's `f64hash`), since no NaN ever equals a key.
#[inline]
pub fn f64hash(f: f64, seed: u64) -> u64 {
    if f == 0.0 {
        hash_u64(0, seed)
    } else if f.is_nan() {
        hash_u64(rand(), seed)
    } else {
        hash_u64(f.to_bits(), seed)
    }
}

/// Hash of a `float32`, as [`f64hash`].
#[inline]
pub fn f32hash(f: f32, seed: u64) -> u64 {
    if f == 0.0 {
        hash_u32(0, seed)
    } else if f.is_nan() {
        hash_u64(rand(), seed)
    } else {
        hash_u32(f.to_bits(), seed)
    }
}

/// The state of [`rand`]; 0 until first use seeds it.
static RAND_STATE: AtomicU64 = AtomicU64::new(0);

/// A fast random 64-bit number (wyrand: a Weyl sequence through
/// [`mix`]), for map seeds, iteration starting points and NaN hashes.
/// Not for cryptography. The first call seeds it from the kernel's
/// `AT_RANDOM` bytes.
pub fn rand() -> u64 {
    if RAND_STATE.load(Ordering::Relaxed) == 0 {
        // A race between two first calls only loses one of two seeds.
        let _ = RAND_STATE.compare_exchange(0, entropy() | 1, Ordering::Relaxed, Ordering::Relaxed);
    }
    let s = RAND_STATE.fetch_add(P0, Ordering::Relaxed).wrapping_add(P0);
    mix(s, s ^ P1)
}

/// 64 random bits from the kernel: the 16 bytes that `AT_RANDOM` (auxv
/// entry 25) points to, mixed with the stack address (randomized by ASLR)
/// in case the entry is missing.
#[cfg(not(test))]
fn entropy() -> u64 {
    const AT_RANDOM: usize = 25;
    let marker = 0u8;
    let stack = &raw const marker as u64;
    match crate::env::auxv(AT_RANDOM) {
        Some(p) if p != 0 => {
            // SAFETY: the kernel's AT_RANDOM entry points to 16 random bytes
            // in the initial process stack, which stays mapped.
            let (a, b) = unsafe { (r8(p as *const u8), r8((p + 8) as *const u8)) };
            mix(a ^ P0, b ^ stack)
        }
        _ => mix(stack ^ P0, P1),
    }
}

/// Unit tests have no auxiliary vector of their own: use std's keys.
#[cfg(test)]
fn entropy() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish()
}

/// `panic: runtime error: hash of unhashable type T`.
#[cold]
fn unhashable(g: *const G, t: &Type) -> ! {
    panic_runtime_error_parts(g, &[b"hash of unhashable type ", t.name()])
}

/// `panic: runtime error: comparing uncomparable type T`.
#[cold]
fn uncomparable(g: *const G, t: &Type) -> ! {
    panic_runtime_error_parts(g, &[b"comparing uncomparable type ", t.name()])
}

/// True for an interface type without methods, whose values hold a
/// `*Type` rather than an `*Itab` (a missing `InterfaceInfo` also means
/// no methods).
///
/// # Safety
/// `t` must be an interface type's descriptor.
#[inline]
unsafe fn is_empty_interface(t: &Type) -> bool {
    // SAFETY: an interface type's `extra` is null or an InterfaceInfo.
    t.extra.is_null() || unsafe { (*(t.extra as *const InterfaceInfo)).n == 0 }
}

/// The dynamic type named by an interface's first word `w0` (a `*Type` for
/// empty interfaces, an `*Itab` otherwise); null for a nil interface.
///
/// # Safety
/// `t` must be an interface type and `w0` the first word of one of its
/// values.
#[inline]
unsafe fn dynamic_type(t: &Type, w0: *const u8) -> *const Type {
    if w0.is_null() {
        return core::ptr::null();
    }
    // SAFETY: by the ABI, w0 is a descriptor or an itab (caller contract).
    unsafe {
        if is_empty_interface(t) {
            w0 as *const Type
        } else {
            (*(w0 as *const Itab)).typ
        }
    }
}

/// The address of the value held by an interface with dynamic type `dt`,
/// given the address of its data word.
///
/// # Safety
/// `data` must point to the data word of an interface holding a `dt`.
#[inline]
unsafe fn boxed_value(dt: &Type, data: *const u8) -> *const u8 {
    if dt.has(TFLAG_DIRECT_IFACE) {
        // The value is the data word itself.
        data
    } else {
        // SAFETY: the data word of an indirect value points to it.
        unsafe { *(data as *const *const u8) }
    }
}

/// Byte equality of `n` bytes: whole words, the last one overlapping the
/// previous instead of a byte loop, and no call (keys are short).
///
/// # Safety
/// `p` and `q` must be readable for `n` bytes.
#[inline]
pub unsafe fn memeq(p: *const u8, q: *const u8, n: usize) -> bool {
    // SAFETY: every read is within the `n` readable bytes: the final
    // 8- or 4-byte reads start at `n - 8` / `n - 4`.
    unsafe {
        if n >= 8 {
            let mut i = 0;
            while i + 8 < n {
                if r8(p.add(i)) != r8(q.add(i)) {
                    return false;
                }
                i += 8;
            }
            return r8(p.add(n - 8)) == r8(q.add(n - 8));
        }
        if n >= 4 {
            return r4(p) == r4(q) && r4(p.add(n - 4)) == r4(q.add(n - 4));
        }
        (0..n).all(|i| *p.add(i) == *q.add(i))
    }
}

/// The hash of the value of type `t` at `p`, with `seed`. Equal values
/// hash alike for every seed. Panics (gc's `hash of unhashable type T`) if
/// an interface inside holds a value of an uncomparable type.
///
/// # Safety
/// `t` must be a valid descriptor of a comparable type and `p` must point
/// to a value of that type.
pub unsafe fn typehash(t: &Type, p: *const u8, seed: u64) -> u64 {
    if t.has(TFLAG_REGULAR_MEMORY) {
        // SAFETY: the value at `p` is `size` bytes (caller contract).
        return unsafe { memhash(p, t.size as usize, seed) };
    }
    // SAFETY: (each read below) `p` points to a value of kind `t.kind`,
    // whose layout is fixed by abi.md sections 1 and 6; `extra` has the
    // kind's info.
    unsafe {
        match t.kind {
            kind::FLOAT32 => f32hash(*(p as *const f32), seed),
            kind::FLOAT64 => f64hash(*(p as *const f64), seed),
            kind::COMPLEX64 => {
                let h = f32hash(*(p as *const f32), seed);
                f32hash(*(p as *const f32).add(1), h)
            }
            kind::COMPLEX128 => {
                let h = f64hash(*(p as *const f64), seed);
                f64hash(*(p as *const f64).add(1), h)
            }
            kind::STRING => {
                let w = p as *const usize;
                memhash(*w as *const u8, *w.add(1), seed)
            }
            kind::INTERFACE => {
                let dt = dynamic_type(t, *(p as *const *const u8));
                if dt.is_null() {
                    return seed;
                }
                let dt = &*dt;
                if !dt.has(TFLAG_COMPARABLE) {
                    unhashable(core::ptr::null(), dt);
                }
                // Mixing in the type's hash separates equal bytes of
                // different types (int 1 vs uint 1) at no cost.
                typehash(dt, boxed_value(dt, p.add(8)), seed ^ dt.hash as u64)
            }
            kind::ARRAY => {
                let info = &*(t.extra as *const ArrayInfo);
                let et = &*info.elem;
                let mut h = seed;
                for i in 0..info.len as usize {
                    h = typehash(et, p.add(i * et.size as usize), h);
                }
                h
            }
            kind::STRUCT => {
                let info = &*(t.extra as *const StructInfo);
                let mut h = seed;
                for i in 0..info.nfields as usize {
                    let f = &*info.fields.add(i);
                    if !f.is_blank() {
                        h = typehash(&*f.typ, p.add(f.offset as usize), h);
                    }
                }
                h
            }
            kind::MAP | kind::FUNC | kind::SLICE => unhashable(core::ptr::null(), t),
            // Memory-like kinds whose descriptor lacks the flag.
            _ => memhash(p, t.size as usize, seed),
        }
    }
}

/// `==` on two values of type `t` at `p` and `q`, in gc's order (see the
/// module documentation). Panics (gc's `comparing uncomparable type T`) if
/// it reaches interfaces holding values of the same uncomparable type.
///
/// # Safety
/// `t` must be a valid descriptor and `p`, `q` must point to values of
/// that type.
pub unsafe fn typeequal(t: &Type, p: *const u8, q: *const u8) -> bool {
    if t.has(TFLAG_REGULAR_MEMORY) {
        // SAFETY: both values are `size` bytes (caller contract).
        return unsafe { memeq(p, q, t.size as usize) };
    }
    // SAFETY: (each read below) `p` and `q` point to values of kind
    // `t.kind` laid out as abi.md says; `extra` has the kind's info.
    unsafe {
        match t.kind {
            kind::FLOAT32 => *(p as *const f32) == *(q as *const f32),
            kind::FLOAT64 => *(p as *const f64) == *(q as *const f64),
            kind::COMPLEX64 => *(p as *const [f32; 2]) == *(q as *const [f32; 2]),
            kind::COMPLEX128 => *(p as *const [f64; 2]) == *(q as *const [f64; 2]),
            kind::STRING => {
                let (a, b) = (p as *const usize, q as *const usize);
                *a.add(1) == *b.add(1) && memeq(*a as *const u8, *b as *const u8, *a.add(1))
            }
            kind::INTERFACE => {
                let ta = dynamic_type(t, *(p as *const *const u8));
                let tb = dynamic_type(t, *(q as *const *const u8));
                if ta != tb {
                    return false;
                }
                if ta.is_null() {
                    return true;
                }
                data_equal(
                    core::ptr::null(),
                    &*ta,
                    *(p.add(8) as *const *const u8),
                    *(q.add(8) as *const *const u8),
                )
            }
            kind::ARRAY => {
                let info = &*(t.extra as *const ArrayInfo);
                let et = &*info.elem;
                let sz = et.size as usize;
                (0..info.len as usize).all(|i| typeequal(et, p.add(i * sz), q.add(i * sz)))
            }
            kind::STRUCT => {
                let info = &*(t.extra as *const StructInfo);
                (0..info.nfields as usize).all(|i| {
                    let f = &*info.fields.add(i);
                    let off = f.offset as usize;
                    f.is_blank() || typeequal(&*f.typ, p.add(off), q.add(off))
                })
            }
            kind::MAP | kind::FUNC | kind::SLICE => uncomparable(core::ptr::null(), t),
            _ => memeq(p, q, t.size as usize),
        }
    }
}

/// Equality of two interface data words `x`, `y` holding values of the
/// same dynamic type `dt`.
///
/// # Safety
/// `x` and `y` must be data words of interfaces holding `dt` values.
#[inline]
unsafe fn data_equal(g: *const G, dt: &Type, x: *const u8, y: *const u8) -> bool {
    if !dt.has(TFLAG_COMPARABLE) {
        uncomparable(g, dt);
    }
    if dt.has(TFLAG_DIRECT_IFACE) {
        // Pointer-shaped comparable values are their own data words.
        return x == y;
    }
    // SAFETY: indirect data words point to values of type `dt`.
    unsafe { typeequal(dt, x, y) }
}

/// True if hashing a value of type `t` can panic: `t` is or contains an
/// interface (whose dynamic value may be uncomparable). Lookups in nil and
/// empty maps hash such keys only to raise that panic, as gc does.
///
/// # Safety
/// `t` must be a valid descriptor.
pub unsafe fn hash_might_panic(t: &Type) -> bool {
    // SAFETY: `extra` holds the kind's info (descriptor contract).
    unsafe {
        match t.kind {
            kind::INTERFACE => true,
            kind::ARRAY => {
                let info = &*(t.extra as *const ArrayInfo);
                info.len > 0 && hash_might_panic(&*info.elem)
            }
            kind::STRUCT => {
                let info = &*(t.extra as *const StructInfo);
                (0..info.nfields as usize).any(|i| {
                    let f = &*info.fields.add(i);
                    !f.is_blank() && hash_might_panic(&*f.typ)
                })
            }
            _ => false,
        }
    }
}

/// `x == y` for two empty-interface values whose type words are already
/// known to be equal (`t`, null for two nil interfaces); `x` and `y` are
/// the data words. Panics if `t` is not comparable.
///
/// # Safety
/// `t` must be null or a valid descriptor, and `x`, `y` data words of
/// interfaces holding values of type `t`.
#[export_name = "runtime.efaceeq"]
pub unsafe extern "C" fn efaceeq(g: *mut G, t: *const Type, x: *const u8, y: *const u8) -> u8 {
    if t.is_null() {
        return 1;
    }
    // SAFETY: caller contract.
    unsafe { data_equal(g, &*t, x, y) as u8 }
}

/// `x == y` for two non-empty-interface values whose itab words are
/// already known to be equal (`tab`, null for two nil interfaces); `x`
/// and `y` are the data words. Panics if the dynamic type is not
/// comparable.
///
/// # Safety
/// `tab` must be null or a valid itab, and `x`, `y` data words of
/// interfaces holding values of its dynamic type.
#[export_name = "runtime.ifaceeq"]
pub unsafe extern "C" fn ifaceeq(g: *mut G, tab: *const Itab, x: *const u8, y: *const u8) -> u8 {
    if tab.is_null() {
        return 1;
    }
    // SAFETY: caller contract: a valid itab names a valid descriptor.
    unsafe { data_equal(g, &*(*tab).typ, x, y) as u8 }
}

/// `*p == *q` for two values of type `t` in memory (structs and arrays
/// that are not regular memory; any comparable type works).
///
/// # Safety
/// `t` must be a valid descriptor, `p` and `q` must point to values of it.
#[export_name = "runtime.typeequal"]
pub unsafe extern "C" fn typeequal_entry(
    _g: *mut G,
    t: *const Type,
    p: *const u8,
    q: *const u8,
) -> u8 {
    // SAFETY: caller contract.
    unsafe { typeequal(&*t, p, q) as u8 }
}

/// The hash of the value of type `t` at `p` with `seed` ([`typehash`]).
///
/// # Safety
/// `t` must be a valid descriptor and `p` must point to a value of it.
#[export_name = "runtime.typehash"]
pub unsafe extern "C" fn typehash_entry(
    _g: *mut G,
    t: *const Type,
    p: *const u8,
    seed: u64,
) -> u64 {
    // SAFETY: caller contract.
    unsafe { typehash(&*t, p, seed) }
}

/// gc's `memhash(p, h, s)`: the hash of `len` bytes at `p` with `seed`.
///
/// # Safety
/// `p` must be readable for `len` bytes.
#[export_name = "runtime.memhash"]
pub unsafe extern "C" fn memhash_entry(p: *const u8, seed: u64, len: u64) -> u64 {
    // SAFETY: caller contract.
    unsafe { memhash(p, len as usize, seed) }
}

/// The hash of the string `(ptr, len)` with `seed` (equal to
/// `memhash` of its bytes).
///
/// # Safety
/// `(ptr, len)` must be a valid Go string.
#[export_name = "runtime.strhash"]
pub unsafe extern "C" fn strhash(ptr: *const u8, len: u64, seed: u64) -> u64 {
    // SAFETY: caller contract.
    unsafe { memhash(ptr, len as usize, seed) }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::types::test_types::*;
    use std::collections::HashSet;
    use std::vec::Vec;

    /// A Go string value's two words.
    fn gostr(s: &'static str) -> [usize; 2] {
        [s.as_ptr() as usize, s.len()]
    }

    fn h<T>(t: &Type, v: &T, seed: u64) -> u64 {
        // SAFETY: `v` is a value of type `t` (each test pairs them).
        unsafe { typehash(t, v as *const T as *const u8, seed) }
    }

    fn eq<T>(t: &Type, a: &T, b: &T) -> bool {
        // SAFETY: as in `h`.
        unsafe { typeequal(t, a as *const T as *const u8, b as *const T as *const u8) }
    }

    #[test]
    fn integer_hashes_agree_with_memhash() {
        let mut seen = HashSet::new();
        for i in 0..2000u64 {
            let v = i.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (i << 3);
            for seed in [0, 1, 0xdead_beef, u64::MAX] {
                let b = v.to_le_bytes();
                // SAFETY: `b` has 8 bytes, its first 4 are readable too.
                unsafe {
                    assert_eq!(hash_u64(v, seed), memhash(b.as_ptr(), 8, seed));
                    assert_eq!(hash_u32(v as u32, seed), memhash(b.as_ptr(), 4, seed));
                }
            }
            assert!(seen.insert(hash_u64(v, 7)));
        }
    }

    #[test]
    fn memhash_every_length_and_byte_matters() {
        let data: Vec<u8> = (0..300u32).map(|i| (i * 7 + 3) as u8).collect();
        let mut seen = HashSet::new();
        for n in 0..data.len() {
            // SAFETY: `data` holds at least `n` bytes.
            let base = unsafe { memhash(data.as_ptr(), n, 42) };
            assert!(seen.insert(base), "length {n} collides");
            // Flipping any bit of the input changes the hash.
            let mut copy = data[..n].to_vec();
            for i in 0..n {
                copy[i] ^= 0x10;
                // SAFETY: `copy` holds `n` bytes.
                assert_ne!(
                    unsafe { memhash(copy.as_ptr(), n, 42) },
                    base,
                    "n {n} byte {i}"
                );
                copy[i] ^= 0x10;
            }
            // The seed matters.
            // SAFETY: as above.
            assert_ne!(unsafe { memhash(data.as_ptr(), n, 43) }, base);
        }
    }

    #[test]
    fn low_and_high_bits_are_spread() {
        // Sequential integers must fill the 7-bit H2 space and the top
        // bits evenly: a Swiss table relies on both.
        let mut low = [0u32; 128];
        let mut high = [0u32; 16];
        for i in 0..128 * 256u64 {
            let x = hash_u64(i, 12345);
            low[(x & 127) as usize] += 1;
            high[(x >> 60) as usize] += 1;
        }
        assert!(low.iter().all(|&c| (150..370).contains(&c)), "{low:?}");
        assert!(high.iter().all(|&c| (1700..2400).contains(&c)), "{high:?}");
    }

    #[test]
    fn floats() {
        let f = float64();
        assert!(eq(f, &0.0f64, &-0.0f64));
        assert_eq!(h(f, &0.0f64, 9), h(f, &-0.0f64, 9));
        assert!(!eq(f, &f64::NAN, &f64::NAN));
        // NaNs hash randomly.
        let hs: HashSet<u64> = (0..100).map(|_| h(f, &f64::NAN, 9)).collect();
        assert!(hs.len() > 95);
        assert_eq!(h(f, &1.5f64, 9), h(f, &1.5f64, 9));
        assert_ne!(h(f, &1.5f64, 9), h(f, &2.5f64, 9));
        let f32t = float32();
        assert!(eq(f32t, &0.0f32, &-0.0f32));
        assert_eq!(h(f32t, &0.0f32, 1), h(f32t, &-0.0f32, 1));
        let c = complex128();
        assert!(eq(c, &[1.0f64, -0.0], &[1.0f64, 0.0]));
        assert_eq!(h(c, &[1.0f64, -0.0], 3), h(c, &[1.0f64, 0.0], 3));
        assert!(!eq(c, &[f64::NAN, 0.0], &[f64::NAN, 0.0]));
        assert!(!eq(c, &[1.0f64, 2.0], &[2.0f64, 1.0]));
    }

    #[test]
    fn strings_structs_arrays() {
        let s = string();
        // Different addresses, same bytes.
        let a = std::string::String::from("hello, world");
        let b = std::string::String::from("hello, world");
        let wa = [a.as_ptr() as usize, a.len()];
        let wb = [b.as_ptr() as usize, b.len()];
        assert!(eq(s, &wa, &wb));
        assert_eq!(h(s, &wa, 5), h(s, &wb, 5));
        assert!(!eq(s, &wa, &gostr("hello")));
        assert!(eq(s, &gostr(""), &[0usize, 0]));

        let st = structure(&[("a", int()), ("s", string())], "main.K");
        let x = (7u64, wa);
        let y = (7u64, wb);
        let z = (8u64, wb);
        assert!(eq(st, &x, &y));
        assert_eq!(h(st, &x, 1), h(st, &y, 1));
        assert!(!eq(st, &x, &z));
        assert_ne!(h(st, &x, 1), h(st, &z, 1));

        // Blank fields and padding are ignored.
        let padded = structure(&[("b", uint8()), ("_", int()), ("c", int())], "main.P");
        let p1: [u64; 3] = [0xff01, 1, 3];
        let p2: [u64; 3] = [0x0001, 2, 3];
        assert!(eq(padded, &p1, &p2));
        assert_eq!(h(padded, &p1, 0), h(padded, &p2, 0));

        let arr = array(string(), 2, "[2]string");
        let a1 = [gostr("x"), wa];
        let a2 = [gostr("x"), wb];
        let a3 = [gostr("y"), wb];
        assert!(eq(arr, &a1, &a2));
        assert_eq!(h(arr, &a1, 2), h(arr, &a2, 2));
        assert!(!eq(arr, &a1, &a3));
        // Swapped elements hash differently.
        assert_ne!(
            h(arr, &[gostr("a"), gostr("b")], 2),
            h(arr, &[gostr("b"), gostr("a")], 2)
        );
    }

    #[test]
    fn interfaces() {
        let any = interface(0, "interface {}");
        let int_t = int();
        let f = float64();
        let s = string();
        let one = 1u64;
        let one_again = 1u64;
        let two = 2u64;
        let nan = f64::NAN;
        let hello = gostr("hello");
        let hello2 = gostr("hello");
        let e = |t: &Type, v: *const u8| [t as *const Type as usize, v as usize];
        let x = e(int_t, &one as *const u64 as *const u8);
        let y = e(int_t, &one_again as *const u64 as *const u8);
        let z = e(int_t, &two as *const u64 as *const u8);
        assert!(eq(any, &x, &y));
        assert_eq!(h(any, &x, 4), h(any, &y, 4));
        assert!(!eq(any, &x, &z));
        // Same bytes, different dynamic types.
        let other_int = leak(basic(
            kind::INT,
            8,
            8,
            TFLAG_REGULAR_MEMORY | TFLAG_COMPARABLE,
            "main.I",
        ));
        let w = e(other_int, &one as *const u64 as *const u8);
        assert!(!eq(any, &x, &w));
        // nil == nil; nil != 1.
        let nil = [0usize, 0];
        assert!(eq(any, &nil, &nil));
        assert!(!eq(any, &nil, &x));
        let sx = e(s, &hello as *const [usize; 2] as *const u8);
        let sy = e(s, &hello2 as *const [usize; 2] as *const u8);
        assert!(eq(any, &sx, &sy));
        assert_eq!(h(any, &sx, 4), h(any, &sy, 4));
        let n = e(f, &nan as *const f64 as *const u8);
        assert!(!eq(any, &n, &n));
        // Pointers are direct: the data word is the pointer.
        let pt = pointer(int_t, "*int");
        let px = [pt as *const Type as usize, 0x1000];
        let py = [pt as *const Type as usize, 0x1000];
        let pz = [pt as *const Type as usize, 0x2000];
        assert!(eq(any, &px, &py));
        assert_eq!(h(any, &px, 4), h(any, &py, 4));
        assert!(!eq(any, &px, &pz));
        // SAFETY: both data words are pointers of type *int.
        unsafe {
            assert_eq!(
                efaceeq(
                    core::ptr::null_mut(),
                    pt,
                    0x1000 as *const u8,
                    0x1000 as *const u8
                ),
                1
            );
            assert_eq!(
                efaceeq(
                    core::ptr::null_mut(),
                    pt,
                    0x1000 as *const u8,
                    0x2000 as *const u8
                ),
                0
            );
            assert_eq!(
                efaceeq(
                    core::ptr::null_mut(),
                    core::ptr::null(),
                    core::ptr::null(),
                    core::ptr::null()
                ),
                1
            );
            assert_eq!(
                efaceeq(
                    core::ptr::null_mut(),
                    int_t,
                    x[1] as *const u8,
                    y[1] as *const u8
                ),
                1
            );
        }
        // Non-empty interfaces: the first word is an itab.
        let stringer = interface(1, "main.Stringer");
        let tab = itab(stringer, int_t) as *const Itab as usize;
        let ix = [tab, x[1]];
        let iy = [tab, y[1]];
        let iz = [tab, z[1]];
        assert!(eq(stringer, &ix, &iy));
        assert_eq!(h(stringer, &ix, 8), h(stringer, &iy, 8));
        assert!(!eq(stringer, &ix, &iz));
        // A second itab for the same pair still compares equal.
        let tab2 = itab(stringer, int_t) as *const Itab as usize;
        assert!(eq(stringer, &ix, &[tab2, y[1]]));
        // SAFETY: `tab` is a valid itab and both words point to ints.
        unsafe {
            assert_eq!(
                ifaceeq(
                    core::ptr::null_mut(),
                    tab as *const Itab,
                    ix[1] as *const u8,
                    iy[1] as *const u8
                ),
                1
            );
            assert_eq!(
                ifaceeq(
                    core::ptr::null_mut(),
                    tab as *const Itab,
                    ix[1] as *const u8,
                    iz[1] as *const u8
                ),
                0
            );
        }
        // SAFETY: plain descriptors.
        unsafe {
            assert!(hash_might_panic(any));
            assert!(!hash_might_panic(int_t));
            assert!(hash_might_panic(structure(
                &[("a", int()), ("e", any)],
                "main.E"
            )));
            assert!(!hash_might_panic(structure(
                &[("a", int()), ("_", any)],
                "main.B"
            )));
            assert!(hash_might_panic(array(any, 2, "[2]interface {}")));
            assert!(!hash_might_panic(array(any, 0, "[0]interface {}")));
        }
    }

    /// Runs `f` in a child copy of this test binary (the test named
    /// `name`, with `GOCL_CHILD` set) and returns its exit status and
    /// standard error: the runtime's panics end the process.
    pub(crate) fn run_child(name: &str, f: impl FnOnce()) -> Option<(i32, std::string::String)> {
        if std::env::var_os("GOCL_CHILD").is_some() {
            f();
            std::process::exit(0);
        }
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", name, "--nocapture", "--test-threads=1"])
            .env("GOCL_CHILD", "1")
            .output()
            .unwrap();
        Some((
            out.status.code().unwrap_or(-1),
            std::string::String::from_utf8_lossy(&out.stderr).into_owned(),
        ))
    }

    /// The stderr of a runtime panic (what precedes the test harness's own
    /// output in the child).
    pub(crate) fn panic_text(msg: &str) -> std::string::String {
        std::format!("panic: {msg}\n\ngoroutine 1 [running]:\n")
    }

    fn slice_in_any() -> ([usize; 2], &'static Type) {
        let sl = slice(int(), "[]int");
        let v: &'static [usize; 3] = leak([0, 0, 0]);
        ([sl as *const Type as usize, v.as_ptr() as usize], sl)
    }

    #[test]
    fn hash_of_unhashable_panics() {
        if let Some((code, err)) = run_child("alg::tests::hash_of_unhashable_panics", || {
            let (x, _) = slice_in_any();
            h(interface(0, "interface {}"), &x, 0);
        }) {
            assert_eq!(code, 2);
            assert!(
                err.starts_with(&panic_text("runtime error: hash of unhashable type []int")),
                "{err}"
            );
        }
    }

    #[test]
    fn comparing_uncomparable_panics() {
        if let Some((code, err)) = run_child("alg::tests::comparing_uncomparable_panics", || {
            let (x, _) = slice_in_any();
            let (y, _) = slice_in_any();
            let y = [x[0], y[1]];
            eq(interface(0, "interface {}"), &x, &y);
        }) {
            assert_eq!(code, 2);
            assert!(
                err.starts_with(&panic_text(
                    "runtime error: comparing uncomparable type []int"
                )),
                "{err}"
            );
        }
    }

    #[test]
    fn comparison_order_is_gcs() {
        // struct { a int; e any }: a differs, so e (uncomparable) is never
        // reached and there is no panic, as in go1.27.
        let any = interface(0, "interface {}");
        let st = structure(&[("a", int()), ("e", any)], "main.T");
        let (x, _) = slice_in_any();
        let a = (1u64, x);
        let b = (2u64, x);
        assert!(!eq(st, &a, &b));
        // [2]any{1, []int{}} vs [2]any{2, []int{}}: the first elements differ.
        let arr = array(any, 2, "[2]interface {}");
        let int_t = int();
        let one = 1u64;
        let two = 2u64;
        let i1 = [int_t as *const Type as usize, &one as *const u64 as usize];
        let i2 = [int_t as *const Type as usize, &two as *const u64 as usize];
        assert!(!eq(arr, &[i1, x], &[i2, x]));
        // Different dynamic types: false without looking at the values.
        let (y, _) = slice_in_any();
        assert!(!eq(any, &x, &[int_t as *const Type as usize, y[1]]));
    }
}
