//! String operations the compiler calls: concatenation, comparison,
//! `string(rune)`, the slow path of `for i, r := range s`, and the
//! conversions between strings and `[]byte` / `[]rune`.
//!
//! Strings are `{ptr, len}` pairs of immutable bytes (abi.md section 1);
//! results come back as a two-word [`Pair`]. The UTF-8 rules are gc's: an
//! invalid or truncated sequence decodes as U+FFFD and advances one byte;
//! surrogates and values past U+10FFFF encode as U+FFFD.

use crate::mem::{self, roundupsize, MAX_ALLOC};
use crate::panic::throw;
use crate::sched::G;

/// A two-word result, returned in rax:rdx / x0:x1.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// First word (a string's pointer, a rune).
    pub a: u64,
    /// Second word (a string's length, the next index).
    pub b: u64,
}

/// The Unicode replacement character, U+FFFD.
pub const RUNE_ERROR: i32 = 0xFFFD;
/// The largest Unicode code point.
pub const MAX_RUNE: i64 = 0x10FFFF;

/// Makes a byte slice from a Go string's words.
///
/// # Safety
/// `ptr` must be readable for `len` bytes when `len > 0`, for `'a`.
unsafe fn bytes<'a>(ptr: *const u8, len: u64) -> &'a [u8] {
    if len == 0 {
        &[]
    } else {
        // SAFETY: the caller guarantees `ptr` is valid for `len` bytes.
        unsafe { core::slice::from_raw_parts(ptr, len as usize) }
    }
}

/// Decodes the rune starting at byte `k` of `s`, returning it and the index
/// of the next rune, exactly as gc's `decoderune`: `(U+FFFD, k+1)` for an
/// invalid sequence or when `k` is past the end. (Unlike gc's, it also
/// decodes an ASCII byte, which the compiler handles inline.)
pub fn decode_rune(s: &[u8], k: usize) -> (i32, usize) {
    let bad = (RUNE_ERROR, k + 1);
    if k >= s.len() {
        return bad;
    }
    let s = &s[k..];
    let cont = |i: usize| s.len() > i && (0x80..=0xBF).contains(&s[i]);
    let b0 = s[0] as i32;
    match s[0] {
        // gc's decoderune is only called for non-ASCII bytes and would
        // return U+FFFD here; decoding ASCII properly costs nothing.
        0x00..=0x7F => return (b0, k + 1),
        0xC0..=0xDF if cont(1) => {
            let r = (b0 & 0x1F) << 6 | (s[1] as i32 & 0x3F);
            if r > 0x7F {
                return (r, k + 2);
            }
        }
        0xE0..=0xEF if cont(1) && cont(2) => {
            let r = (b0 & 0x0F) << 12 | (s[1] as i32 & 0x3F) << 6 | (s[2] as i32 & 0x3F);
            if r > 0x7FF && !(0xD800..=0xDFFF).contains(&r) {
                return (r, k + 3);
            }
        }
        0xF0..=0xF7 if cont(1) && cont(2) && cont(3) => {
            let r = (b0 & 0x07) << 18
                | (s[1] as i32 & 0x3F) << 12
                | (s[2] as i32 & 0x3F) << 6
                | (s[3] as i32 & 0x3F);
            if r > 0xFFFF && r as i64 <= MAX_RUNE {
                return (r, k + 4);
            }
        }
        _ => {}
    }
    bad
}

/// Encodes `r` as UTF-8 into `buf`, returning the length, as gc's
/// `intstring`: a value that is not a valid `rune` (does not fit in 32 bits,
/// is a surrogate or is past U+10FFFF) becomes U+FFFD.
pub fn encode_rune(buf: &mut [u8; 4], r: i64) -> usize {
    let r = if !(0..=MAX_RUNE).contains(&r) || (0xD800..=0xDFFF).contains(&r) {
        RUNE_ERROR as u32
    } else {
        r as u32
    };
    if r < 0x80 {
        buf[0] = r as u8;
        1
    } else if r < 0x800 {
        buf[0] = 0xC0 | (r >> 6) as u8;
        buf[1] = 0x80 | (r & 0x3F) as u8;
        2
    } else if r < 0x10000 {
        buf[0] = 0xE0 | (r >> 12) as u8;
        buf[1] = 0x80 | (r >> 6 & 0x3F) as u8;
        buf[2] = 0x80 | (r & 0x3F) as u8;
        3
    } else {
        buf[0] = 0xF0 | (r >> 18) as u8;
        buf[1] = 0x80 | (r >> 12 & 0x3F) as u8;
        buf[2] = 0x80 | (r >> 6 & 0x3F) as u8;
        buf[3] = 0x80 | (r & 0x3F) as u8;
        4
    }
}

/// Three-way byte-wise comparison: -1, 0 or +1.
pub fn compare(a: &[u8], b: &[u8]) -> i64 {
    let n = a.len().min(b.len());
    for i in 0..n {
        if a[i] != b[i] {
            return if a[i] < b[i] { -1 } else { 1 };
        }
    }
    match a.len().cmp(&b.len()) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

/// `a + b`. When one operand is empty the other is returned as is (strings
/// are immutable); otherwise a new string is allocated.
///
/// # Safety
/// Both operands must be valid Go strings.
#[export_name = "runtime.concatstring2"]
pub unsafe extern "C" fn concatstring2(
    _g: *mut G,
    p1: *const u8,
    l1: u64,
    p2: *const u8,
    l2: u64,
) -> Pair {
    if l1 == 0 {
        return Pair {
            a: p2 as u64,
            b: l2,
        };
    }
    if l2 == 0 {
        return Pair {
            a: p1 as u64,
            b: l1,
        };
    }
    let Some(len) = l1.checked_add(l2).filter(|&n| n <= isize::MAX as u64) else {
        throw(b"string concatenation too long");
    };
    let p = mem::malloc(len as usize, None);
    // SAFETY: `p` is a fresh allocation of `l1 + l2` bytes, disjoint from
    // both operands, which are readable for their lengths.
    unsafe {
        core::ptr::copy_nonoverlapping(p1, p, l1 as usize);
        core::ptr::copy_nonoverlapping(p2, p.add(l1 as usize), l2 as usize);
    }
    Pair {
        a: p as u64,
        b: len,
    }
}

/// Compares two strings: -1, 0 or +1.
///
/// # Safety
/// Both operands must be valid Go strings.
#[export_name = "runtime.cmpstring"]
pub unsafe extern "C" fn cmpstring(p1: *const u8, l1: u64, p2: *const u8, l2: u64) -> i64 {
    // SAFETY: Go strings are readable for their lengths.
    unsafe { compare(bytes(p1, l1), bytes(p2, l2)) }
}

/// Reports whether `len` bytes at `p` and `q` are equal (1) or not (0).
///
/// # Safety
/// `p` and `q` must be readable for `len` bytes.
#[export_name = "runtime.memequal"]
pub unsafe extern "C" fn memequal(p: *const u8, q: *const u8, len: u64) -> u8 {
    if p == q {
        return 1;
    }
    // SAFETY: the caller guarantees both ranges are readable.
    unsafe { (bytes(p, len) == bytes(q, len)) as u8 }
}

/// `string(rune(v))`: a new 1..4-byte string; invalid runes give U+FFFD.
#[export_name = "runtime.intstring"]
pub extern "C" fn intstring(_g: *mut G, v: i64) -> Pair {
    let mut buf = [0u8; 4];
    let n = encode_rune(&mut buf, v);
    let p = mem::malloc(n, None);
    // SAFETY: `p` is a fresh allocation of `n` bytes.
    unsafe { core::ptr::copy_nonoverlapping(buf.as_ptr(), p, n) };
    Pair {
        a: p as u64,
        b: n as u64,
    }
}

/// The non-ASCII step of `for i, r := range s`: the rune at byte `k` of the
/// string `(ptr, len)` and the index after it (see [`decode_rune`]).
///
/// # Safety
/// `(ptr, len)` must be a valid Go string.
#[export_name = "runtime.decoderune"]
pub unsafe extern "C" fn decoderune(ptr: *const u8, len: u64, k: u64) -> Pair {
    // SAFETY: Go strings are readable for their lengths.
    let s = unsafe { bytes(ptr, len) };
    let (r, next) = decode_rune(s, k as usize);
    Pair {
        a: r as i64 as u64,
        b: next as u64,
    }
}

/// Copies `len` bytes from `src` into a fresh allocation of `size >= len`
/// bytes for data without pointers.
///
/// # Safety
/// `src` must be readable for `len` bytes.
unsafe fn copy_bytes(src: *const u8, len: usize, size: usize) -> *mut u8 {
    let p = mem::malloc(size, None);
    if len > 0 {
        // SAFETY: `p` is a fresh allocation of at least `len` bytes, disjoint
        // from `src`, which is readable for `len` bytes.
        unsafe { core::ptr::copy_nonoverlapping(src, p, len) };
    }
    p
}

/// `string(b)` for a `[]byte` `b` given as its pointer and length: a copy,
/// or `(0, 0)` for an empty slice.
///
/// # Safety
/// `ptr` must be readable for `len` bytes.
#[export_name = "runtime.slicebytetostring"]
pub unsafe extern "C" fn slicebytetostring(_g: *mut G, ptr: *const u8, len: u64) -> Pair {
    if len == 0 {
        return Pair { a: 0, b: 0 };
    }
    // SAFETY: forwarded caller contract.
    let p = unsafe { copy_bytes(ptr, len as usize, len as usize) };
    Pair {
        a: p as u64,
        b: len,
    }
}

/// `[]byte(s)`: a fresh copy of the string `(ptr, len)`. Returns its
/// pointer and capacity; the length is `len`. The capacity is the
/// allocator's size for `len` bytes (gc's `rawbyteslice`), e.g. 8 for
/// `"hello"`, and the bytes past `len` are zero. An empty string gives a
/// non-nil empty slice (the zero-size address, capacity 0).
///
/// # Safety
/// `(ptr, len)` must be a valid Go string.
#[export_name = "runtime.stringtoslicebyte"]
pub unsafe extern "C" fn stringtoslicebyte(_g: *mut G, ptr: *const u8, len: u64) -> Pair {
    let cap = roundupsize(len, true);
    // SAFETY: forwarded caller contract.
    let p = unsafe { copy_bytes(ptr, len as usize, cap as usize) };
    Pair {
        a: p as u64,
        b: cap,
    }
}

/// `string(a)` for a `[]rune` `a` given as its pointer and length: the
/// runes encoded as UTF-8, invalid ones (negative, surrogates, past
/// U+10FFFF) as U+FFFD. `(0, 0)` when `a` is empty.
///
/// # Safety
/// `ptr` must be readable for `len` `int32`s.
#[export_name = "runtime.slicerunetostring"]
pub unsafe extern "C" fn slicerunetostring(_g: *mut G, ptr: *const i32, len: u64) -> Pair {
    if len == 0 {
        return Pair { a: 0, b: 0 };
    }
    // SAFETY: the caller guarantees `len` readable runes.
    let runes = unsafe { core::slice::from_raw_parts(ptr, len as usize) };
    let mut buf = [0u8; 4];
    let size: usize = runes.iter().map(|&r| encode_rune(&mut buf, r as i64)).sum();
    let p = mem::malloc(size, None);
    let mut at = 0;
    for &r in runes {
        let n = encode_rune(&mut buf, r as i64);
        // SAFETY: the first pass counted exactly these bytes, so
        // `[at, at + n)` lies inside the fresh `size`-byte allocation.
        unsafe { core::ptr::copy_nonoverlapping(buf.as_ptr(), p.add(at), n) };
        at += n;
    }
    Pair {
        a: p as u64,
        b: size as u64,
    }
}

/// Counts the runes of `s` as `for range s` sees them.
fn count_runes(s: &[u8]) -> usize {
    let mut n = 0;
    let mut k = 0;
    while k < s.len() {
        k = decode_rune(s, k).1;
        n += 1;
    }
    n
}

/// Decodes `s` into `out`, which holds [`count_runes`]`(s)` runes.
fn decode_into(s: &[u8], out: &mut [i32]) {
    let mut k = 0;
    for slot in out {
        let (r, next) = decode_rune(s, k);
        *slot = r;
        k = next;
    }
}

/// `[]rune(s)`: the runes of the string `(ptr, len)` as `for range` decodes
/// them (an invalid byte is U+FFFD). Returns the array and the slice's
/// length; its capacity, the allocator's size for that many runes (gc's
/// `rawruneslice`: 6 for 5 runes), is stored in `g.ret0` (abi.md section
/// 3). An empty string gives a non-nil empty slice.
///
/// # Safety
/// `g` must be the running goroutine and `(ptr, len)` a valid Go string.
#[export_name = "runtime.stringtoslicerune"]
pub unsafe extern "C" fn stringtoslicerune(g: *mut G, ptr: *const u8, len: u64) -> Pair {
    // SAFETY: Go strings are readable for their lengths.
    let s = unsafe { bytes(ptr, len) };
    let n = count_runes(s);
    if n as u64 > MAX_ALLOC / 4 {
        throw(b"out of memory");
    }
    let size = roundupsize(n as u64 * 4, true);
    let p = mem::malloc(size as usize, None) as *mut i32;
    if n > 0 {
        // SAFETY: `p` is a fresh, 4-aligned allocation of at least `4 * n`
        // bytes.
        decode_into(s, unsafe { core::slice::from_raw_parts_mut(p, n) });
    }
    // SAFETY: `g` is the running goroutine (caller contract).
    unsafe { (*g).ret0 = size / 4 };
    Pair {
        a: p as u64,
        b: n as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compares with Rust's own decoder, which follows the same rules
    /// (maximal subparts aside: gc always advances one byte on error).
    fn reference(s: &[u8], k: usize) -> (i32, usize) {
        if k >= s.len() {
            return (RUNE_ERROR, k + 1);
        }
        let end = (k + 4).min(s.len());
        for n in 1..=end - k {
            if let Ok(t) = core::str::from_utf8(&s[k..k + n]) {
                return (t.chars().next().unwrap() as i32, k + n);
            }
        }
        (RUNE_ERROR, k + 1)
    }

    #[test]
    fn decode_matches_gc_rules() {
        let cases: &[(&[u8], usize, (i32, usize))] = &[
            (b"a", 0, ('a' as i32, 1)),
            ("é".as_bytes(), 0, (0xE9, 2)),
            ("€".as_bytes(), 0, (0x20AC, 3)),
            ("𝄞".as_bytes(), 0, (0x1D11E, 4)),
            (b"\xff", 0, (RUNE_ERROR, 1)),
            (b"\xc3", 0, (RUNE_ERROR, 1)),             // truncated
            (b"\xc0\x80", 0, (RUNE_ERROR, 1)),         // overlong
            (b"\xe0\x80\x80", 0, (RUNE_ERROR, 1)),     // overlong
            (b"\xed\xa0\x80", 0, (RUNE_ERROR, 1)),     // surrogate
            (b"\xf4\x90\x80\x80", 0, (RUNE_ERROR, 1)), // > U+10FFFF
            (b"\xf8\x88\x80\x80", 0, (RUNE_ERROR, 1)),
            (b"\xef\xbf\xbd", 0, (RUNE_ERROR, 3)), // a real U+FFFD
            (b"ab", 2, (RUNE_ERROR, 3)),           // past the end
            (b"x\xe2\x82\xacy", 1, (0x20AC, 4)),
        ];
        for &(s, k, want) in cases {
            assert_eq!(decode_rune(s, k), want, "{s:?} at {k}");
        }
        // Exhaustively over short sequences around the interesting bytes.
        let bytes = [
            0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5,
            0xff, 0x9f, 0xa0, 0x8f, 0x90,
        ];
        for &a in &bytes {
            for &b in &bytes {
                for &c in &bytes {
                    for &d in &bytes {
                        let s = [a, b, c, d];
                        for len in 1..=4 {
                            assert_eq!(
                                decode_rune(&s[..len], 0),
                                reference(&s[..len], 0),
                                "{s:x?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn encode_matches_gc_rules() {
        let mut buf = [0u8; 4];
        let mut enc = |r: i64| {
            let n = encode_rune(&mut buf, r);
            buf[..n].to_vec()
        };
        assert_eq!(enc(0x41), b"A");
        assert_eq!(enc(0xE9), "é".as_bytes());
        assert_eq!(enc(0x20AC), "€".as_bytes());
        assert_eq!(enc(0x1D11E), "𝄞".as_bytes());
        assert_eq!(enc(0x10FFFF), "\u{10FFFF}".as_bytes());
        for bad in [-1, 0xD800, 0xDFFF, 0x110000, 1 << 32, i64::MIN, i64::MAX] {
            assert_eq!(enc(bad), "\u{FFFD}".as_bytes(), "{bad:#x}");
        }
        for r in 0..=0x10FFFFi64 {
            let n = encode_rune(&mut buf, r);
            match char::from_u32(r as u32) {
                Some(c) => assert_eq!(&buf[..n], c.to_string().as_bytes()),
                None => assert_eq!(&buf[..n], "\u{FFFD}".as_bytes()),
            }
            if let Some(c) = char::from_u32(r as u32) {
                assert_eq!(decode_rune(&buf[..n], 0), (c as i32, n));
            }
        }
    }

    fn g() -> G {
        // SAFETY: an all-zero `G` is valid (null pointers, zero numbers).
        let mut g: G = unsafe { core::mem::zeroed() };
        g.id = 1;
        g
    }

    /// The bytes of a `(ptr, len)` result.
    fn view<'a>(p: u64, len: u64) -> &'a [u8] {
        // SAFETY: the runtime returned a live allocation of `len` bytes.
        unsafe { bytes(p as *const u8, len) }
    }

    #[test]
    fn bytes_and_strings() {
        let gp = core::ptr::null_mut();
        let src = *b"hello, world";
        // SAFETY: `src` is readable for its length (each call below).
        let r = unsafe { slicebytetostring(gp, src.as_ptr(), 5) };
        assert_ne!(r.a, src.as_ptr() as u64);
        assert_eq!(view(r.a, r.b), b"hello");
        // SAFETY: as above.
        let r = unsafe { slicebytetostring(gp, src.as_ptr(), 0) };
        assert_eq!(r, Pair { a: 0, b: 0 });
        // []byte("hello") has capacity 8 on the heap, zeroed past len.
        // SAFETY: as above.
        let r = unsafe { stringtoslicebyte(gp, src.as_ptr(), 5) };
        assert_eq!(r.b, 8);
        assert_eq!(view(r.a, 8), b"hello\0\0\0");
        // SAFETY: as above.
        let r = unsafe { stringtoslicebyte(gp, src.as_ptr(), 12) };
        assert_eq!((view(r.a, 12), r.b), (&src[..], 16));
        // []byte("") is empty but not nil.
        // SAFETY: an empty string.
        let r = unsafe { stringtoslicebyte(gp, core::ptr::null(), 0) };
        assert_ne!(r.a, 0);
        assert_eq!(r.b, 0);
        let long = [b'x'; 33];
        // SAFETY: as above.
        let r = unsafe { stringtoslicebyte(gp, long.as_ptr(), 33) };
        assert_eq!(r.b, 48);
    }

    #[test]
    fn runes_to_string() {
        let gp = core::ptr::null_mut();
        // As go1.27: string([]rune{'a', 0xD800, -1, 0x110000, 'é'}).
        let runes = [0x61, 0xD800, -1, 0x110000, 0xE9];
        // SAFETY: `runes` is readable for its length.
        let r = unsafe { slicerunetostring(gp, runes.as_ptr(), 5) };
        assert_eq!(view(r.a, r.b), "a\u{FFFD}\u{FFFD}\u{FFFD}é".as_bytes());
        assert_eq!(r.b, 12);
        // SAFETY: empty.
        let r = unsafe { slicerunetostring(gp, core::ptr::null(), 0) };
        assert_eq!(r, Pair { a: 0, b: 0 });
        let all = ['A', 'é', '€', '𝄞'].map(|c| c as i32);
        // SAFETY: `all` is readable for its length.
        let r = unsafe { slicerunetostring(gp, all.as_ptr(), 4) };
        assert_eq!(view(r.a, r.b), "Aé€𝄞".as_bytes());
    }

    /// `[]rune(s)`: (runes, cap).
    fn to_runes(s: &[u8]) -> (std::vec::Vec<i32>, u64) {
        let mut g = g();
        // SAFETY: `s` is readable for its length, `g` is a live G.
        let r = unsafe { stringtoslicerune(&mut g, s.as_ptr(), s.len() as u64) };
        assert_ne!(r.a, 0);
        // SAFETY: the result holds `r.b` runes.
        let v = unsafe { core::slice::from_raw_parts(r.a as *const i32, r.b as usize) };
        // SAFETY: and `g.ret0` of capacity, zero past the length.
        let tail = unsafe {
            core::slice::from_raw_parts(
                (r.a as *const i32).add(r.b as usize),
                (g.ret0 - r.b) as usize,
            )
        };
        assert!(tail.iter().all(|&x| x == 0));
        (v.to_vec(), g.ret0)
    }

    #[test]
    fn string_to_runes() {
        // As go1.27 prints for escaping slices.
        assert_eq!(
            to_runes("héllo".as_bytes()),
            (vec![0x68, 0xE9, 0x6C, 0x6C, 0x6F], 6)
        );
        assert_eq!(
            to_runes(b"a\xffb\xe2\x82"),
            (vec![0x61, RUNE_ERROR, 0x62, RUNE_ERROR, RUNE_ERROR], 6)
        );
        assert_eq!(to_runes(b""), (vec![], 0));
        assert_eq!(to_runes(b"abcdefgh").1, 8);
        assert_eq!(to_runes(b"abcdefghi").1, 12);
        assert_eq!(to_runes("€𝄞".as_bytes()), (vec![0x20AC, 0x1D11E], 2));
        // Round trip through both conversions for valid text.
        let text = "Grüße, 世界! 𝄞 \u{10FFFF}\u{FFFD}";
        let (runes, _) = to_runes(text.as_bytes());
        assert_eq!(runes.len(), text.chars().count());
        // SAFETY: `runes` is readable for its length.
        let r =
            unsafe { slicerunetostring(core::ptr::null_mut(), runes.as_ptr(), runes.len() as u64) };
        assert_eq!(view(r.a, r.b), text.as_bytes());
        assert_eq!(count_runes(b"\xe2\x82\xac\xe2\x82"), 3);
    }

    #[test]
    fn compare_and_concat() {
        assert_eq!(compare(b"a", b"b"), -1);
        assert_eq!(compare(b"b", b"a"), 1);
        assert_eq!(compare(b"ab", b"ab"), 0);
        assert_eq!(compare(b"ab", b"abc"), -1);
        assert_eq!(compare(b"abc", b"ab"), 1);
        assert_eq!(compare(b"", b""), 0);
        assert_eq!(compare(b"\xff", b"a"), 1);
        let (x, y) = ("foo", "bar!");
        // SAFETY: both operands are live string slices.
        let r = unsafe { concatstring2(core::ptr::null_mut(), x.as_ptr(), 3, y.as_ptr(), 4) };
        // SAFETY: the result is a fresh 7-byte allocation.
        let got = unsafe { core::slice::from_raw_parts(r.a as *const u8, r.b as usize) };
        assert_eq!(got, b"foobar!");
        // SAFETY: as above; an empty operand returns the other one.
        let r =
            unsafe { concatstring2(core::ptr::null_mut(), x.as_ptr(), 3, core::ptr::null(), 0) };
        assert_eq!(
            r,
            Pair {
                a: x.as_ptr() as u64,
                b: 3
            }
        );
        let s = intstring(core::ptr::null_mut(), 0xD800);
        // SAFETY: intstring returns a fresh allocation of `b` bytes.
        let got = unsafe { core::slice::from_raw_parts(s.a as *const u8, s.b as usize) };
        assert_eq!(got, "\u{FFFD}".as_bytes());
    }
}
