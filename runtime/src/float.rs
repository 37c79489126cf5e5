//! Floating-point formatting as Go's `strconv.AppendFloat(v, 'g', -1, bits)`.
//!
//! Builtin `print` of a float (and of each half of a complex) uses Go's
//! shortest round-trip `'g'` format. The digits come from `core::fmt`:
//!
//! 1. `{:e}` gives the shortest digit string that reads back to the same
//!    value (f32 digits for an `f32`); only its length `nd` is used.
//! 2. `{:.(nd-1)e}` then gives the value correctly rounded to `nd` digits,
//!    ties to even, which is Go's choice among the `nd`-digit candidates.
//!    The two differ only when the value lies exactly halfway between two
//!    candidates (float32 `2022824.25` prints as `2.0228242e+06` in Go, the
//!    even neighbour, where `{:e}` says `2.0228243e6`).
//!
//! The layout is then Go's:
//!
//! * decimal exponent `x = dp - 1` (the value is `0.d1d2... * 10^dp`);
//! * `%e` form `d.ddde±XX` (at least two exponent digits) when `x < -4` or
//!   `x >= 6` (shortest formatting decides with precision 6, whatever the
//!   number of digits: `1e+06`, `1.23456789e+08`);
//! * otherwise `%f` form with exactly the digits needed (`100`, `0.0001`);
//! * `+Inf`, `-Inf`, `NaN`; negative zero prints as `-0`.

use crate::buf::Buf;
use core::fmt::Write;

/// The shortest decimal digits of a finite, non-negative float.
struct Digits {
    /// ASCII digits without leading or trailing zeros (empty for zero).
    d: [u8; 24],
    /// Number of digits in `d`.
    nd: usize,
    /// Decimal point position: the value is `0.d[0]d[1]... * 10^dp`.
    dp: i32,
}

/// Parses `core::fmt`'s `{:e}` output for a non-negative finite value,
/// e.g. `1.2345e-7`, `5e0`, `0e0`.
fn parse_exp_form(s: &[u8]) -> Digits {
    let mut out = Digits {
        d: [0; 24],
        nd: 0,
        dp: 0,
    };
    let mut i = 0;
    while i < s.len() && s[i] != b'e' {
        if s[i].is_ascii_digit() && out.nd < out.d.len() {
            out.d[out.nd] = s[i];
            out.nd += 1;
        }
        i += 1;
    }
    let mut exp: i32 = 0;
    let mut neg = false;
    i += 1;
    if i < s.len() && s[i] == b'-' {
        neg = true;
        i += 1;
    }
    while i < s.len() {
        exp = exp * 10 + (s[i] - b'0') as i32;
        i += 1;
    }
    if neg {
        exp = -exp;
    }
    // `{:e}` is shortest, so only zero itself can have zero digits; strip
    // defensively anyway.
    while out.nd > 0 && out.d[out.nd - 1] == b'0' {
        out.nd -= 1;
    }
    out.dp = if out.nd == 0 { 0 } else { exp + 1 };
    out
}

/// Appends `v` formatted like Go's `strconv.AppendFloat(v, 'g', -1, 64)`.
pub fn push_f64<const N: usize>(out: &mut Buf<N>, v: f64) {
    if v.is_nan() {
        return out.extend(b"NaN");
    }
    if v.is_infinite() {
        return out.extend(if v > 0.0 { b"+Inf" } else { b"-Inf" });
    }
    let d = shortest(v.abs());
    layout_g(out, v.is_sign_negative(), &d);
}

/// The shortest digits of the finite, non-negative `a` (an `f64`, or an
/// `f32` for float32 digits), computed on the system stack: core's float
/// formatting needs about 2 KiB of stack, more than the guard area of a
/// goroutine stack holds.
fn shortest<T: core::fmt::LowerExp + Copy>(a: T) -> Digits {
    let mut d = Digits {
        d: [0; 24],
        nd: 0,
        dp: 0,
    };
    crate::sched::systemstack(|| {
        let mut tmp = Buf::<40>::new();
        let _ = write!(tmp, "{:e}", a);
        d = parse_exp_form(tmp.as_bytes());
        if d.nd > 1 {
            let mut exact = Buf::<40>::new();
            let _ = write!(exact, "{:.*e}", d.nd - 1, a);
            d = parse_exp_form(exact.as_bytes());
        }
    });
    d
}

/// Appends `v` formatted like Go's
/// `strconv.AppendFloat(float64(v), 'g', -1, 32)`: float32 shortest digits.
pub fn push_f32<const N: usize>(out: &mut Buf<N>, v: f32) {
    if v.is_nan() {
        return out.extend(b"NaN");
    }
    if v.is_infinite() {
        return out.extend(if v > 0.0 { b"+Inf" } else { b"-Inf" });
    }
    let d = shortest(v.abs());
    layout_g(out, v.is_sign_negative(), &d);
}

/// Go's `'g'` layout of shortest digits (see the module documentation).
fn layout_g<const N: usize>(out: &mut Buf<N>, neg: bool, d: &Digits) {
    let digits = &d.d[..d.nd];
    let nd = d.nd as i32;
    let x = d.dp - 1;
    if neg {
        out.push(b'-');
    }
    if !(-4..6).contains(&x) {
        // %e with nd-1 fraction digits.
        out.push(if nd == 0 { b'0' } else { digits[0] });
        if nd > 1 {
            out.push(b'.');
            out.extend(&digits[1..]);
        }
        out.push(b'e');
        let x = if nd == 0 { 0 } else { x };
        out.push(if x < 0 { b'-' } else { b'+' });
        let x = x.unsigned_abs();
        if x < 10 {
            out.push(b'0');
        }
        out.push_u64(x as u64);
    } else {
        // %f with max(nd-dp, 0) fraction digits.
        if d.dp > 0 {
            for i in 0..d.dp {
                out.push(if i < nd { digits[i as usize] } else { b'0' });
            }
        } else {
            out.push(b'0');
        }
        let frac = (nd - d.dp).max(0);
        if frac > 0 {
            out.push(b'.');
            for i in 0..frac {
                let j = d.dp + i;
                out.push(if (0..nd).contains(&j) {
                    digits[j as usize]
                } else {
                    b'0'
                });
            }
        }
    }
}

/// Appends the complex number `(re, im)` like Go's
/// `strconv.AppendComplex(c, 'g', -1, 128)`: `(1+2i)`, `(+Inf+NaNi)`.
pub fn push_complex128<const N: usize>(out: &mut Buf<N>, re: f64, im: f64) {
    out.push(b'(');
    push_f64(out, re);
    let mut imag = Buf::<32>::new();
    push_f64(&mut imag, im);
    push_imag(out, imag.as_bytes());
}

/// Appends the complex number `(re, im)` like Go's
/// `strconv.AppendComplex(complex128(c), 'g', -1, 64)`.
pub fn push_complex64<const N: usize>(out: &mut Buf<N>, re: f32, im: f32) {
    out.push(b'(');
    push_f32(out, re);
    let mut imag = Buf::<32>::new();
    push_f32(&mut imag, im);
    push_imag(out, imag.as_bytes());
}

/// The imaginary half: a sign is always written, then `i)`.
fn push_imag<const N: usize>(out: &mut Buf<N>, imag: &[u8]) {
    if !matches!(imag.first(), Some(b'+') | Some(b'-')) {
        out.push(b'+');
    }
    out.extend(imag);
    out.extend(b"i)");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f64s(v: f64) -> std::string::String {
        let mut b = Buf::<64>::new();
        push_f64(&mut b, v);
        std::string::String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    fn f32s(v: f32) -> std::string::String {
        let mut b = Buf::<64>::new();
        push_f32(&mut b, v);
        std::string::String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    /// (bits of a float64, what go1.27's `println` prints for it).
    const F64_TABLE: &[(u64, &str)] = include!("float_table_f64.in");
    /// (bits of a float32, what go1.27's `println` prints for it).
    const F32_TABLE: &[(u32, &str)] = include!("float_table_f32.in");

    #[test]
    fn f64_matches_go() {
        for &(bits, want) in F64_TABLE {
            assert_eq!(f64s(f64::from_bits(bits)), want, "bits {bits:#x}");
        }
    }

    #[test]
    fn f32_matches_go() {
        for &(bits, want) in F32_TABLE {
            assert_eq!(f32s(f32::from_bits(bits)), want, "bits {bits:#x}");
        }
    }

    #[test]
    fn f64_specials() {
        let cases: &[(f64, &str)] = &[
            (1e21, "1e+21"),
            (1e20, "1e+20"),
            (123456789.0, "1.23456789e+08"),
            (1e-6, "1e-06"),
            (100.0, "100"),
            (1e6, "1e+06"),
            (0.1, "0.1"),
            (0.0, "0"),
            (-0.0, "-0"),
            (f64::INFINITY, "+Inf"),
            (f64::NEG_INFINITY, "-Inf"),
            (f64::NAN, "NaN"),
            (2.5e-300, "2.5e-300"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (0.00012345, "0.00012345"),
            (999999.0, "999999"),
            (123456.5, "123456.5"),
            (-1.5, "-1.5"),
        ];
        for &(v, want) in cases {
            assert_eq!(f64s(v), want);
        }
    }

    #[test]
    fn ties_round_to_even_like_go() {
        // Exactly halfway between 2.0228242e6 and 2.0228243e6: Go picks the
        // even neighbour, core's shortest `{:e}` the upper one.
        assert_eq!(f32s(f32::from_bits(0x49f6ed42)), "2.0228242e+06");
    }

    #[test]
    fn complex() {
        let mut b = Buf::<80>::new();
        push_complex128(&mut b, 1.0, 2.0);
        push_complex128(&mut b, 1.5, -2.0);
        push_complex128(&mut b, f64::INFINITY, f64::NAN);
        push_complex128(&mut b, -0.0, -0.0);
        push_complex64(&mut b, 1.0, -0.5);
        assert_eq!(b.as_bytes(), b"(1+2i)(1.5-2i)(+Inf+NaNi)(-0-0i)(1-0.5i)");
    }

    /// Checks a large table produced by a Go program when
    /// `GOCL_FLOAT_TABLE` names it: lines `f64 <hexbits> <text>` or
    /// `f32 <hexbits> <text>`. Skipped when the variable is unset.
    #[test]
    fn external_table() {
        let Ok(path) = std::env::var("GOCL_FLOAT_TABLE") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let mut n = 0;
        for line in text.lines() {
            let mut it = line.split(' ');
            let (kind, bits, want) = (it.next().unwrap(), it.next().unwrap(), it.next().unwrap());
            let bits = u64::from_str_radix(bits, 16).unwrap();
            let got = if kind == "f64" {
                f64s(f64::from_bits(bits))
            } else {
                f32s(f32::from_bits(bits as u32))
            };
            assert_eq!(got, want, "{line}");
            n += 1;
        }
        std::eprintln!("checked {n} floats");
    }
}
