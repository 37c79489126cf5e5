//! Values of literal tokens.
//!
//! The lexer only checks literals and keeps their text; these functions turn
//! that text into values when the parser or type checker needs them. Number
//! literals are split into digit strings rather than converted, so that the
//! type checker can build exact big integers and rationals without this
//! module depending on a bignum crate.
//!
//! All functions accept any text and return an error or `None` for malformed
//! input instead of panicking; for text of a token on which the lexer
//! reported no error they always succeed.

/// Decodes a string literal (interpreted `"..."` or raw `` `...` ``) to the
/// bytes of its value.
///
/// Go strings are byte strings: `\xff` and `\377` give the single byte 0xff,
/// while `\u00e9` and a literal `é` give its UTF-8 encoding. Carriage returns
/// are dropped from raw strings, as the specification requires.
pub fn unquote_string(lit: &str) -> Result<Vec<u8>, String> {
    let b = lit.as_bytes();
    if b.len() >= 2 && b[0] == b'`' && b[b.len() - 1] == b'`' {
        return Ok(b[1..b.len() - 1]
            .iter()
            .copied()
            .filter(|&c| c != b'\r')
            .collect());
    }
    if b.len() < 2 || b[0] != b'"' || b[b.len() - 1] != b'"' {
        return Err("invalid string literal".to_string());
    }
    let body = &b[1..b.len() - 1];
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            b'\\' => {
                i += 1;
                match escape(body, &mut i, b'"')? {
                    Escaped::Byte(v) => out.push(v),
                    Escaped::Rune(r) => push_utf8(&mut out, r),
                }
            }
            b'"' => return Err("unescaped \" in string literal".to_string()),
            b'\n' => return Err("newline in string".to_string()),
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Decodes a rune literal such as `'a'`, `'\n'`, `'\x41'` or `'\u12e4'` to
/// its code point. (`'\xff'` is 255: in a rune literal byte escapes denote
/// the code point of that value.)
pub fn unquote_char(lit: &str) -> Result<u32, String> {
    let b = lit.as_bytes();
    if b.len() < 2 || b[0] != b'\'' || b[b.len() - 1] != b'\'' {
        return Err("invalid rune literal".to_string());
    }
    let body = &b[1..b.len() - 1];
    if body.is_empty() {
        return Err("empty rune literal or unescaped '".to_string());
    }
    let mut i = 0;
    let value = if body[0] == b'\\' {
        i += 1;
        match escape(body, &mut i, b'\'')? {
            Escaped::Byte(v) => u32::from(v),
            Escaped::Rune(r) => r,
        }
    } else {
        // The literal came from a &str, so it is valid UTF-8.
        let c = lit[1..].chars().next().unwrap_or('\u{FFFD}');
        if c == '\'' || c == '\n' {
            return Err("empty rune literal or unescaped '".to_string());
        }
        i += c.len_utf8();
        u32::from(c)
    };
    if i != body.len() {
        return Err("more than one character in rune literal".to_string());
    }
    Ok(value)
}

/// The value of one escape sequence.
enum Escaped {
    /// A `\x` or octal escape: one byte.
    Byte(u8),
    /// Any other escape: a code point.
    Rune(u32),
}

/// Decodes the escape sequence at `s[*i..]` (just after the backslash) and
/// advances `*i` past it. `quote` is the delimiter that may be escaped.
fn escape(s: &[u8], i: &mut usize, quote: u8) -> Result<Escaped, String> {
    let Some(&c) = s.get(*i) else {
        return Err("escape sequence not terminated".to_string());
    };
    let simple = match c {
        b'a' => Some(0x07),
        b'b' => Some(0x08),
        b'f' => Some(0x0C),
        b'n' => Some(0x0A),
        b'r' => Some(0x0D),
        b't' => Some(0x09),
        b'v' => Some(0x0B),
        b'\\' => Some(u32::from(b'\\')),
        _ if c == quote => Some(u32::from(quote)),
        _ => None,
    };
    if let Some(v) = simple {
        *i += 1;
        return Ok(Escaped::Rune(v));
    }
    let (n, base) = match c {
        b'0'..=b'7' => (3, 8),
        b'x' => (2, 16),
        b'u' => (4, 16),
        b'U' => (8, 16),
        _ => return Err("unknown escape".to_string()),
    };
    if base == 16 {
        *i += 1;
    }
    let mut x: u64 = 0;
    for _ in 0..n {
        // Running into the end of the body means meeting the closing quote.
        let d = s.get(*i).copied().unwrap_or(quote);
        let Some(v) = char::from(d).to_digit(base) else {
            return Err(format!(
                "invalid character {} in {} escape",
                super::lexer::quote_rune(u32::from(d)),
                if base == 8 { "octal" } else { "hexadecimal" }
            ));
        };
        x = x * u64::from(base) + u64::from(v);
        *i += 1;
    }
    match c {
        b'x' => Ok(Escaped::Byte(x as u8)),
        b'0'..=b'7' => match u8::try_from(x) {
            Ok(v) => Ok(Escaped::Byte(v)),
            Err(_) => Err(format!("octal escape value {x} > 255")),
        },
        _ => {
            if x > 0x10FFFF || (0xD800..0xE000).contains(&x) {
                Err(format!(
                    "escape is invalid Unicode code point {}",
                    super::lexer::fmt_unicode(x as u32)
                ))
            } else {
                Ok(Escaped::Rune(x as u32))
            }
        }
    }
}

/// Appends the UTF-8 encoding of code point `r` (valid by construction).
fn push_utf8(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut buf = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Splits an integer literal into its radix and its digits, without prefix
/// and `_` separators: `0x_FF` gives `(16, "FF")`, `0777` and `0o777` give
/// `(8, "777")`, `1_000` gives `(10, "1000")`, `0` gives `(10, "0")`.
///
/// Returns `None` if `lit` is not a well-formed integer literal.
pub fn parse_int_lit(lit: &str) -> Option<(u32, String)> {
    let clean: String = lit.chars().filter(|&c| c != '_').collect();
    let (radix, digits) = split_prefix(&clean);
    let (radix, digits) = match (radix, digits) {
        // Legacy octal "0777": drop the leading 0 (keep a lone "0" decimal).
        (10, d) if d.len() > 1 && d.starts_with('0') => (8, &d[1..]),
        other => other,
    };
    let ok = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
    ok.then(|| (radix, digits.to_string()))
}

/// A number literal split for exact conversion: its value is
/// `mantissa × radix^(-frac_digits) × B^exp`, where `mantissa` is read in
/// `radix` and `B` is 10 for decimal literals and 2 for hexadecimal ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FloatLit {
    /// 10 or 16 for floats; 2, 8, 10 or 16 for integer literals.
    pub radix: u32,
    /// All mantissa digits with the radix point and `_` removed; never empty.
    pub mantissa: String,
    /// How many of the mantissa digits follow the radix point.
    pub frac_digits: u32,
    /// The exponent: decimal (`e`) for radix 10, binary (`p`) for radix 16;
    /// 0 if absent. Saturates at ±2^40, far beyond any valid constant.
    pub exp: i64,
}

/// Splits a floating-point literal (`1.5e3`, `.5`, `1.`, `0x1.8p-3`); integer
/// literals are accepted too (`0b101`, `0777`, `0x1F`), with no fraction and
/// exponent 0. Returns `None` for malformed text.
pub fn parse_float_lit(lit: &str) -> Option<FloatLit> {
    split_number(lit, false)
}

/// Splits an imaginary literal (with its `i`) into the value of its
/// imaginary part, as [`parse_float_lit`] does. For backward compatibility
/// an imaginary literal made of decimal digits only is decimal even with a
/// leading 0: `0123i` is 123i, not octal.
pub fn parse_imag_lit(lit: &str) -> Option<FloatLit> {
    split_number(lit.strip_suffix('i')?, true)
}

/// The implementation of [`parse_float_lit`] and [`parse_imag_lit`].
fn split_number(lit: &str, imag: bool) -> Option<FloatLit> {
    let clean: String = lit.chars().filter(|&c| c != '_').collect();
    let (radix, rest) = split_prefix(&clean);
    let exp_at = if radix == 16 {
        rest.find(['p', 'P'])
    } else if radix == 10 {
        rest.find(['e', 'E'])
    } else {
        None
    };
    let (mant, exp_text) = match exp_at {
        Some(k) => (&rest[..k], Some(&rest[k + 1..])),
        None => (rest, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(k) => (&mant[..k], Some(&mant[k + 1..])),
        None => (mant, None),
    };
    if (radix == 2 || radix == 8) && frac_part.is_some() {
        return None;
    }
    let frac_part = frac_part.unwrap_or("");
    // An integer written "0777" is octal, unless it is imaginary; with a
    // point or exponent it is decimal ("0777.5", "0777e1").
    let legacy_octal = radix == 10
        && !imag
        && exp_text.is_none()
        && mant.len() == int_part.len()
        && int_part.len() > 1
        && int_part.starts_with('0');
    let radix = if legacy_octal { 8 } else { radix };
    let mantissa = format!("{int_part}{frac_part}");
    if mantissa.is_empty() || !mantissa.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let exp = match exp_text {
        Some(t) => parse_exponent(t)?,
        None => 0,
    };
    Some(FloatLit {
        radix,
        mantissa,
        frac_digits: frac_part.len() as u32,
        exp,
    })
}

/// Splits off a `0x`, `0o` or `0b` prefix (either case): the radix and the
/// rest; radix 10 and the whole text if there is none.
fn split_prefix(s: &str) -> (u32, &str) {
    let b = s.as_bytes();
    if b.len() >= 2 && b[0] == b'0' {
        match b[1] {
            b'x' | b'X' => return (16, &s[2..]),
            b'o' | b'O' => return (8, &s[2..]),
            b'b' | b'B' => return (2, &s[2..]),
            _ => {}
        }
    }
    (10, s)
}

/// Parses a signed decimal exponent, saturating at ±2^40.
fn parse_exponent(t: &str) -> Option<i64> {
    const LIMIT: i64 = 1 << 40;
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut v: i64 = 0;
    for c in digits.bytes() {
        v = (v * 10 + i64::from(c - b'0')).min(LIMIT);
    }
    Some(if neg { -v } else { v })
}

/// A double-quoted Go string literal for `s` (as strconv.Quote writes
/// it for printable text): used to spell struct tags in type names.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_strings() {
        assert_eq!(unquote_string("``").unwrap(), b"");
        assert_eq!(unquote_string("`a\\n`").unwrap(), b"a\\n");
        assert_eq!(unquote_string("`a\r\nb\r`").unwrap(), b"a\nb");
        assert_eq!(unquote_string("`multi\nline`").unwrap(), b"multi\nline");
    }

    #[test]
    fn interpreted_strings() {
        assert_eq!(unquote_string("\"\"").unwrap(), b"");
        assert_eq!(unquote_string("\"héllo\"").unwrap(), "héllo".as_bytes());
        assert_eq!(
            unquote_string(r#""\a\b\f\n\r\t\v\\\"""#).unwrap(),
            b"\x07\x08\x0c\n\r\t\x0b\\\""
        );
        assert_eq!(
            unquote_string(r#""\xff\377\000""#).unwrap(),
            b"\xff\xff\x00"
        );
        assert_eq!(unquote_string(r#""\u00e9""#).unwrap(), "é".as_bytes());
        assert_eq!(unquote_string(r#""\U0001F600""#).unwrap(), "😀".as_bytes());
        assert_eq!(
            unquote_string(r#""\u65e5本\U00008a9e""#).unwrap(),
            "日本語".as_bytes()
        );
    }

    #[test]
    fn string_errors() {
        assert_eq!(unquote_string(r#""\q""#).unwrap_err(), "unknown escape");
        assert_eq!(unquote_string(r#""\'""#).unwrap_err(), "unknown escape");
        assert_eq!(
            unquote_string(r#""\400""#).unwrap_err(),
            "octal escape value 256 > 255"
        );
        assert_eq!(
            unquote_string(r#""\uD800""#).unwrap_err(),
            "escape is invalid Unicode code point U+D800"
        );
        assert_eq!(
            unquote_string(r#""\x4g""#).unwrap_err(),
            "invalid character 'g' in hexadecimal escape"
        );
        assert_eq!(
            unquote_string(r#""\18""#).unwrap_err(),
            "invalid character '8' in octal escape"
        );
        assert_eq!(
            unquote_string(r#""\x4""#).unwrap_err(),
            "invalid character '\"' in hexadecimal escape"
        );
        assert!(unquote_string(r#""\""#).is_err());
        assert!(unquote_string("\"a").is_err());
        assert!(unquote_string("x").is_err());
        assert!(unquote_string("\"").is_err());
        assert!(unquote_string("`").is_err());
        assert!(unquote_string("").is_err());
    }

    #[test]
    fn chars() {
        assert_eq!(unquote_char("'a'"), Ok(97));
        assert_eq!(unquote_char("'ä'"), Ok(0xE4));
        assert_eq!(unquote_char("'本'"), Ok(0x672C));
        assert_eq!(unquote_char(r"'\t'"), Ok(9));
        assert_eq!(unquote_char(r"'\000'"), Ok(0));
        assert_eq!(unquote_char(r"'\007'"), Ok(7));
        assert_eq!(unquote_char(r"'\377'"), Ok(255));
        assert_eq!(unquote_char(r"'\x07'"), Ok(7));
        assert_eq!(unquote_char(r"'\xff'"), Ok(255));
        assert_eq!(unquote_char(r"'\x41'"), Ok(0x41));
        assert_eq!(unquote_char(r"'\101'"), Ok(0x41));
        assert_eq!(unquote_char(r"'\u12e4'"), Ok(0x12E4));
        assert_eq!(unquote_char(r"'\U00101234'"), Ok(0x101234));
        assert_eq!(unquote_char(r"'\''"), Ok(0x27));
        assert_eq!(unquote_char(r"'\\'"), Ok(0x5C));
    }

    #[test]
    fn char_errors() {
        assert_eq!(
            unquote_char("''").unwrap_err(),
            "empty rune literal or unescaped '"
        );
        assert_eq!(
            unquote_char("'''").unwrap_err(),
            "empty rune literal or unescaped '"
        );
        assert_eq!(
            unquote_char("'ab'").unwrap_err(),
            "more than one character in rune literal"
        );
        assert_eq!(
            unquote_char(r"'\x0'").unwrap_err(),
            "invalid character '\\'' in hexadecimal escape"
        );
        assert_eq!(unquote_char(r#"'\"'"#).unwrap_err(), "unknown escape");
        assert_eq!(
            unquote_char(r"'\U00110000'").unwrap_err(),
            "escape is invalid Unicode code point U+110000"
        );
        assert!(unquote_char("'").is_err());
        assert!(unquote_char("a").is_err());
        assert!(unquote_char(r"'\'").is_err());
    }

    #[test]
    fn ints() {
        let p = |s| parse_int_lit(s).unwrap();
        assert_eq!(p("0"), (10, "0".into()));
        assert_eq!(p("42"), (10, "42".into()));
        assert_eq!(p("1_000_000"), (10, "1000000".into()));
        assert_eq!(p("0777"), (8, "777".into()));
        assert_eq!(p("00"), (8, "0".into()));
        assert_eq!(p("0_7"), (8, "7".into()));
        assert_eq!(p("0o17"), (8, "17".into()));
        assert_eq!(p("0O17"), (8, "17".into()));
        assert_eq!(p("0x_dead_BEEF"), (16, "deadBEEF".into()));
        assert_eq!(p("0XFF"), (16, "FF".into()));
        assert_eq!(p("0b1010"), (2, "1010".into()));
        assert_eq!(p("0B1"), (2, "1".into()));
        assert_eq!(parse_int_lit("0x"), None);
        assert_eq!(parse_int_lit("08"), None);
        assert_eq!(parse_int_lit("0b2"), None);
        assert_eq!(parse_int_lit("1.5"), None);
        assert_eq!(parse_int_lit(""), None);
    }

    fn fl(radix: u32, mantissa: &str, frac_digits: u32, exp: i64) -> Option<FloatLit> {
        Some(FloatLit {
            radix,
            mantissa: mantissa.into(),
            frac_digits,
            exp,
        })
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float_lit("1."), fl(10, "1", 0, 0));
        assert_eq!(parse_float_lit(".5"), fl(10, "5", 1, 0));
        assert_eq!(parse_float_lit("0.25"), fl(10, "025", 2, 0));
        assert_eq!(parse_float_lit("1e10"), fl(10, "1", 0, 10));
        assert_eq!(parse_float_lit("1.5E-3"), fl(10, "15", 1, -3));
        assert_eq!(parse_float_lit("6.022_140e+23"), fl(10, "6022140", 6, 23));
        assert_eq!(parse_float_lit("0777.5"), fl(10, "07775", 1, 0));
        assert_eq!(parse_float_lit("0777e1"), fl(10, "0777", 0, 1));
        assert_eq!(parse_float_lit("0x1p-2"), fl(16, "1", 0, -2));
        assert_eq!(parse_float_lit("0x1.8p3"), fl(16, "18", 1, 3));
        assert_eq!(parse_float_lit("0X.8P1"), fl(16, "8", 1, 1));
        assert_eq!(parse_float_lit("0x_1E"), fl(16, "1E", 0, 0));
        assert_eq!(parse_float_lit("0777"), fl(8, "0777", 0, 0));
        assert_eq!(parse_float_lit("0b11"), fl(2, "11", 0, 0));
        assert_eq!(parse_float_lit("12"), fl(10, "12", 0, 0));
        assert_eq!(
            parse_float_lit("1e99999999999999999999"),
            fl(10, "1", 0, 1 << 40)
        );
        assert_eq!(parse_float_lit("1e"), None);
        assert_eq!(parse_float_lit("."), None);
        assert_eq!(parse_float_lit("0b1.1"), None);
        assert_eq!(parse_float_lit("0x1.g"), None);
    }

    #[test]
    fn imaginary() {
        assert_eq!(parse_imag_lit("1i"), fl(10, "1", 0, 0));
        assert_eq!(parse_imag_lit("0123i"), fl(10, "0123", 0, 0));
        assert_eq!(parse_imag_lit("0o123i"), fl(8, "123", 0, 0));
        assert_eq!(parse_imag_lit("0x10i"), fl(16, "10", 0, 0));
        assert_eq!(parse_imag_lit("0x1p2i"), fl(16, "1", 0, 2));
        assert_eq!(parse_imag_lit("1.5i"), fl(10, "15", 1, 0));
        assert_eq!(parse_imag_lit("1E3i"), fl(10, "1", 0, 3));
        assert_eq!(parse_imag_lit("1"), None);
    }
}
