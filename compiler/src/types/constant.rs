//! Exact constant values.
//!
//! Go's untyped constants are exact: integers are arbitrary-precision and
//! floating-point constants are kept here as exact rationals, so `1 << 100 >>
//! 98` is 4 and `0.1 + 0.2 == 0.3` holds, as the spec requires. A value is
//! rounded to `float64`/`float32` only when it meets a typed context.

use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    /// Go strings are byte strings.
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

/// Largest binary exponent that a rational constant may reach before it is
/// treated as an overflow (gc limits constants to about 2^2^15 too).
const MAX_INT_BITS: u64 = 1 << 15;
/// Largest size of a rational's numerator or denominator (about 10^±315000).
const MAX_RAT_BITS: u64 = 1 << 20;

impl Const {
    pub fn int(v: i64) -> Const {
        Const::Int(BigInt::from(v))
    }

    /// The value as a rational, for numeric kinds.
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            Const::Int(i) => Some(BigRational::from_integer(i.clone())),
            Const::Float(f) => Some(f.clone()),
            Const::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// The value as an integer if it is one exactly.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Const::Int(i) => Some(i.clone()),
            Const::Float(f) if f.is_integer() => Some(f.to_integer()),
            Const::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    pub fn to_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            Const::Complex(re, im) => Some((re.clone(), im.clone())),
            other => other.to_rat().map(|r| (r, BigRational::zero())),
        }
    }

    /// Whether the magnitude is too large to represent at all.
    pub fn too_large(&self) -> bool {
        let big =
            |r: &BigRational| r.numer().bits() > MAX_RAT_BITS || r.denom().bits() > MAX_RAT_BITS;
        match self {
            Const::Int(i) => i.bits() > MAX_INT_BITS,
            Const::Float(f) => big(f),
            Const::Complex(a, b) => big(a) || big(b),
            _ => false,
        }
    }

    /// The constant as gc prints it in messages (`300`, `1.5`, `"a"`, `true`).
    pub fn describe(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::String(s) => go_quote(s),
            Const::Int(i) => {
                let s = i.to_string();
                if s.len() > 40 {
                    // gc abbreviates huge values.
                    format!("{}...", &s[..10])
                } else {
                    s
                }
            }
            Const::Float(f) => format_rat(f),
            Const::Complex(re, im) => format!("({} + {}i)", format_rat(re), format_rat(im)),
        }
    }
}

/// A rational as gc prints constants: integers without a point, others with
/// up to 6 significant digits in `%g` style.
pub fn format_rat(r: &BigRational) -> String {
    if r.is_integer() {
        let s = r.to_integer().to_string();
        if s.len() <= 21 {
            return s;
        }
    }
    let f = rat_to_f64(r);
    if f.is_infinite() || (f == 0.0 && !r.is_zero()) || f.abs() < f64::MIN_POSITIVE {
        return format_big(r);
    }
    format_g(f, 6)
}

/// `%.6g` of a rational outside float64's range, by exact scaling.
fn format_big(r: &BigRational) -> String {
    let neg = r.is_negative();
    let a = r.abs();
    let ten = BigInt::from(10);
    // Decimal exponent estimate from the bit lengths, then corrected.
    let bits = a.numer().bits() as i64 - a.denom().bits() as i64;
    let mut e = (bits as f64 * std::f64::consts::LOG10_2).floor() as i64;
    let pow = |k: i64| -> BigRational {
        if k >= 0 {
            BigRational::from_integer(num_traits::pow(ten.clone(), k as usize))
        } else {
            BigRational::new(BigInt::one(), num_traits::pow(ten.clone(), (-k) as usize))
        }
    };
    while a < pow(e) {
        e -= 1;
    }
    while a >= pow(e + 1) {
        e += 1;
    }
    // Six significant digits, rounded half up.
    let scaled = &a * pow(5 - e);
    let mut m = (scaled + BigRational::new(BigInt::one(), BigInt::from(2))).to_integer();
    if m >= BigInt::from(1_000_000) {
        m /= 10;
        e += 1;
    }
    let digits = m.to_string();
    let mant = format!("{}.{}", &digits[..1], &digits[1..]);
    let mant = trim_zeros(&mant);
    let sign = if e < 0 { '-' } else { '+' };
    format!(
        "{}{}e{}{:02}",
        if neg { "-" } else { "" },
        mant,
        sign,
        e.abs()
    )
}

/// `%.{prec}g` formatting as Go's strconv does it.
pub fn format_g(f: f64, prec: usize) -> String {
    if f == 0.0 {
        return "0".to_string();
    }
    let e = format!("{:.*e}", prec.saturating_sub(1), f);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= prec as i32 {
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", mant, sign, exp.abs())
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, f)).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Go's `strconv.Quote` for constant strings in messages.
pub fn go_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let text = String::from_utf8_lossy(s);
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Rounds an exact rational to the nearest `f64` (ties to even), with
/// overflow to infinity.
pub fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().abs();
    // Scale so that the integer quotient has 65..66 significant bits.
    let shift: i64 = 66 - (n.bits() as i64 - d.bits() as i64);
    let (num, den) = if shift >= 0 {
        (n << (shift as usize), d)
    } else {
        (n, d << ((-shift) as usize))
    };
    let q = &num / &den;
    let sticky = !(&num % &den).is_zero();
    let qbits = q.bits() as i64;
    // Value = q * 2^-shift. Binary exponent of the leading bit:
    let lead_exp = qbits - 1 - shift;
    let f = if lead_exp > 1023 {
        f64::INFINITY
    } else {
        // Number of mantissa bits available (53 normal, fewer for subnormals).
        let keep = if lead_exp >= -1022 {
            53
        } else {
            53 - (-1022 - lead_exp)
        };
        if keep <= 0 {
            // Below half the smallest subnormal rounds to zero; handle the
            // boundary with the general path at keep = 0.
            let half_min = lead_exp == -1075 && (q.bits() > 1 || sticky) || lead_exp > -1075;
            if keep == 0 && half_min {
                f64::from_bits(1)
            } else {
                0.0
            }
        } else {
            let drop = qbits - keep;
            let mut m = (&q >> (drop as usize)).to_u64().unwrap_or(0);
            let rem_mask = (BigInt::one() << (drop as usize)) - 1;
            let rem = &q & &rem_mask;
            let half = BigInt::one() << ((drop - 1) as usize);
            let round_up = rem > half || (rem == half && (sticky || m & 1 == 1));
            if round_up {
                m += 1;
            }
            let e = lead_exp - (keep - 1);
            (m as f64) * pow2(e)
        }
    };
    if neg {
        -f
    } else {
        f
    }
}

fn pow2(e: i64) -> f64 {
    // Split to avoid overflow/underflow of the intermediate power.
    let mut r = 1.0f64;
    let mut e = e;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e as i32)
}

/// Rounds to the nearest `f32`.
pub fn rat_to_f32(r: &BigRational) -> f32 {
    // Round directly to 24 bits via f64 would double-round; scale exactly.
    if r.is_zero() {
        return 0.0;
    }
    let f = rat_to_f64(r);
    let f32v = f as f32;
    // Correct a possible double rounding by comparing the neighbours exactly.
    if !f32v.is_finite() {
        return f32v;
    }
    let candidates = [
        f32v,
        f32::from_bits(f32v.to_bits().wrapping_add(1)),
        f32::from_bits(f32v.to_bits().wrapping_sub(1)),
    ];
    let mut best = f32v;
    let mut best_err: Option<BigRational> = None;
    for c in candidates {
        if !c.is_finite() {
            continue;
        }
        if let Some(cr) = f64_to_rat(c as f64) {
            let err = (cr - r).abs();
            let better = match &best_err {
                None => true,
                Some(b) => err < *b || (err == *b && c.to_bits() & 1 == 0),
            };
            if better {
                best = c;
                best_err = Some(err);
            }
        }
    }
    best
}

/// The exact rational value of a finite float.
pub fn f64_to_rat(f: f64) -> Option<BigRational> {
    if !f.is_finite() {
        return None;
    }
    if f == 0.0 {
        return Some(BigRational::zero());
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let m = BigInt::from(m) * sign;
    Some(if e >= 0 {
        BigRational::from_integer(m << (e as usize))
    } else {
        BigRational::new(m, BigInt::one() << ((-e) as usize))
    })
}

/// Whether an integer constant fits the given width and signedness.
pub fn int_fits(v: &BigInt, bits: u32, signed: bool) -> bool {
    if signed {
        let max = (BigInt::one() << (bits - 1)) - 1;
        let min = -(BigInt::one() << (bits - 1));
        *v >= min && *v <= max
    } else {
        v.sign() != Sign::Minus && v.bits() <= bits as u64
    }
}

/// Truncates an integer to the given width, two's complement, as an `i64` bit pattern.
pub fn int_wrap(v: &BigInt, bits: u32, signed: bool) -> i64 {
    let modulus = BigInt::one() << bits;
    let mut r = v % &modulus;
    if r.is_negative() {
        r += &modulus;
    }
    if signed && r >= (BigInt::one() << (bits - 1)) {
        r -= &modulus;
    }
    r.to_i64().unwrap_or_else(|| r.to_u64().unwrap_or(0) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rat(n: i64, d: i64) -> BigRational {
        BigRational::new(BigInt::from(n), BigInt::from(d))
    }

    #[test]
    fn rounding_to_f64() {
        assert_eq!(rat_to_f64(&rat(1, 10)), 0.1);
        assert_eq!(rat_to_f64(&rat(1, 3)), 1.0 / 3.0);
        assert_eq!(rat_to_f64(&rat(-7, 2)), -3.5);
        assert_eq!(rat_to_f64(&rat(1, 1)), 1.0);
        let big = BigRational::from_integer(BigInt::from(10).pow(400));
        assert!(rat_to_f64(&big).is_infinite());
        let tiny = BigRational::new(BigInt::one(), BigInt::from(10).pow(400));
        assert_eq!(rat_to_f64(&tiny), 0.0);
        let sub = BigRational::new(BigInt::from(5), BigInt::from(10).pow(324));
        assert_eq!(rat_to_f64(&sub), 5e-324);
        assert_eq!(
            rat_to_f64(&f64_to_rat(2.2250738585072014e-308).unwrap()),
            2.2250738585072014e-308
        );
    }

    #[test]
    fn wrapping_and_fitting() {
        assert!(int_fits(&BigInt::from(127), 8, true));
        assert!(!int_fits(&BigInt::from(128), 8, true));
        assert!(!int_fits(&BigInt::from(-1), 8, false));
        assert_eq!(int_wrap(&BigInt::from(300), 8, false), 44);
        assert_eq!(int_wrap(&BigInt::from(-1), 64, false), -1);
    }

    #[test]
    fn formats_like_gc() {
        assert_eq!(format_rat(&rat(3, 2)), "1.5");
        assert_eq!(format_rat(&rat(300, 1)), "300");
        assert_eq!(format_g(1e21, 6), "1e+21");
        assert_eq!(format_g(0.0001, 6), "0.0001");
    }
}
