//! The Go lexer: source bytes to [`Tok`]ens, following the lexical grammar of
//! the Go specification (go1.27) and the behaviour and error messages of gc's
//! scanner (`cmd/compile/internal/syntax`).
//!
//! The whole file is tokenized at once into a vector ending with
//! [`Tok::Eof`]; every lexical error is collected rather than stopping at the
//! first, and a malformed literal still yields a token, so that the parser
//! sees the same token stream gc's parser would.
//!
//! The lexer works on bytes and only decodes UTF-8 for non-ASCII characters.
//! All reading goes through one function (`bump`) which, like gc's `nextch`,
//! reports and skips NUL bytes, invalid UTF-8 and byte order marks (allowed
//! only as the very first character) wherever they occur, even inside
//! comments and literals. Identifier classification uses tables generated
//! from Go 1.27's `unicode` package (Unicode 17), so `unicode.IsLetter` and
//! `unicode.IsDigit` are matched exactly rather than approximated with Rust's
//! `char` predicates, which follow different Unicode properties.

use super::source::{Diag, Span};
use super::token::Tok;

/// Tokenizes Go source text. See [`lex_bytes`].
pub fn lex(src: &str) -> (Vec<(Tok, Span)>, Vec<Diag>) {
    lex_bytes(src.as_bytes())
}

/// Tokenizes Go source bytes (which may be invalid UTF-8; that is reported).
///
/// Returns every token with its byte span, always ending with [`Tok::Eof`]
/// (with an empty span at the end of the input), and every lexical error
/// in order of position. Semicolons are inserted as the specification
/// requires; see [`Tok::Semi`] for their spans.
pub fn lex_bytes(src: &[u8]) -> (Vec<(Tok, Span)>, Vec<Diag>) {
    if src.len() >= u32::MAX as usize {
        // Spans are u32 offsets; no real Go file comes near this.
        return (
            vec![(Tok::Eof, Span::at(0))],
            vec![Diag::new(Span::at(0), "source file too large")],
        );
    }
    let mut lx = Lexer::new(src);
    while lx.next_token() {}
    // Some errors are found only after a literal is complete (invalid digits,
    // misplaced '_'), so restore position order.
    lx.diags.sort_by_key(|d| d.span.lo);
    (lx.toks, lx.diags)
}

/// The current character at end of input.
const EOF: i32 = -1;

/// Whether `c` is an ASCII letter or `_`.
fn is_ascii_letter(c: i32) -> bool {
    u8::try_from(c).is_ok_and(|b| b.is_ascii_alphabetic() || b == b'_')
}

/// Whether `c` is an ASCII decimal digit.
fn is_decimal(c: i32) -> bool {
    u8::try_from(c).is_ok_and(|b| b.is_ascii_digit())
}

/// Whether `c` is an ASCII hexadecimal digit.
fn is_hex(c: i32) -> bool {
    u8::try_from(c).is_ok_and(|b| b.is_ascii_hexdigit())
}

/// `c` lower-cased if it is an ASCII letter (other values stay distinct from
/// letters, which is all the callers need).
fn lower(c: i32) -> i32 {
    c | 0x20
}

/// Whether `c` is a Unicode letter (Go's `unicode.IsLetter`) or `_`.
fn is_letter(c: i32) -> bool {
    if c < 0x80 {
        is_ascii_letter(c)
    } else {
        c >= 0 && in_table(tables::LETTER, c as u32)
    }
}

/// Whether `c` is a Unicode decimal digit (category Nd, Go's `unicode.IsDigit`).
fn is_digit(c: i32) -> bool {
    if c < 0x80 {
        is_decimal(c)
    } else {
        in_table(tables::DIGIT, c as u32)
    }
}

/// Whether `c` is printable in the sense of Go's `strconv.IsPrint`, which
/// decides how `%#U` and `%q` show a character in error messages.
fn is_print(c: u32) -> bool {
    if c < 0x80 {
        (0x20..0x7f).contains(&c)
    } else {
        c <= 0x10FFFF && !in_table(tables::NOT_PRINT, c)
    }
}

/// Whether `c` lies in one of the sorted inclusive ranges `[lo, hi]` stored
/// flat in `table`.
fn in_table(table: &[u32], c: u32) -> bool {
    let n = table.len() / 2;
    // Binary search for the first range whose end is >= c.
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[2 * mid + 1] < c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo < n && table[2 * lo] <= c
}

/// `c` the way Go's `%#U` verb prints it, e.g. `U+0040 '@'`, or just
/// `U+0001` when the character is not printable.
pub(crate) fn fmt_unicode(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if is_print(c) => format!("U+{c:04X} '{ch}'"),
        _ => format!("U+{c:04X}"),
    }
}

/// `c` the way Go's `%q` verb prints a rune, e.g. `'g'`, `'\n'`, `'\''`.
pub(crate) fn quote_rune(c: u32) -> String {
    let body = match c {
        0x27 => "\\'".to_string(),
        0x5C => "\\\\".to_string(),
        0x07 => "\\a".to_string(),
        0x08 => "\\b".to_string(),
        0x0C => "\\f".to_string(),
        0x0A => "\\n".to_string(),
        0x0D => "\\r".to_string(),
        0x09 => "\\t".to_string(),
        0x0B => "\\v".to_string(),
        _ => match char::from_u32(c) {
            Some(ch) if is_print(c) => ch.to_string(),
            Some(_) if c < 0x80 => format!("\\x{c:02x}"),
            Some(_) if c < 0x10000 => format!("\\u{c:04x}"),
            Some(_) => format!("\\U{c:08x}"),
            None => "\\ufffd".to_string(),
        },
    };
    format!("'{body}'")
}

/// The name of a number base as used in gc's messages.
fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Decodes the UTF-8 sequence at the start of `s` (which is non-empty and
/// starts with a non-ASCII byte). Returns `None` for anything Go's
/// `utf8.DecodeRune` rejects: bad lead or continuation bytes, truncation,
/// overlong forms, surrogates and values above U+10FFFF.
fn decode_utf8(s: &[u8]) -> Option<(char, usize)> {
    let b0 = s[0];
    let (len, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, u32::from(b0 & 0x1F)),
        0xE0..=0xEF => (3, 0x800, u32::from(b0 & 0x0F)),
        0xF0..=0xF4 => (4, 0x10000, u32::from(b0 & 0x07)),
        _ => return None,
    };
    let tail = s.get(1..len)?;
    let mut c = init;
    for &b in tail {
        if b & 0xC0 != 0x80 {
            return None;
        }
        c = c << 6 | u32::from(b & 0x3F);
    }
    if c < min {
        return None;
    }
    char::from_u32(c).map(|ch| (ch, len))
}

/// The lexer state: a cursor over the bytes holding the current character,
/// plus the output.
struct Lexer<'a> {
    src: &'a [u8],
    /// The current character, or [`EOF`].
    ch: i32,
    /// Offset of the current character (the input length at EOF).
    pos: usize,
    /// Offset just after the current character.
    next: usize,
    /// Offset just after the most recently consumed character: tokens end
    /// here, so they do not include NUL/BOM/bad bytes skipped after them.
    last_end: usize,
    /// Whether a newline or EOF now turns into a semicolon, i.e. whether the
    /// last token was one the specification lists for semicolon insertion.
    nlsemi: bool,
    toks: Vec<(Tok, Span)>,
    diags: Vec<Diag>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a [u8]) -> Lexer<'a> {
        let mut lx = Lexer {
            src,
            ch: EOF,
            pos: 0,
            next: 0,
            last_end: 0,
            nlsemi: false,
            // A token per five bytes is typical for Go source.
            toks: Vec::with_capacity(src.len() / 5 + 2),
            diags: Vec::new(),
        };
        lx.bump();
        lx
    }

    /// Consumes the current character and reads the next one, reporting and
    /// skipping NUL bytes, invalid UTF-8 and misplaced byte order marks.
    fn bump(&mut self) {
        self.last_end = self.next;
        loop {
            self.pos = self.next;
            let Some(&b) = self.src.get(self.next) else {
                self.ch = EOF;
                return;
            };
            if b < 0x80 {
                self.next += 1;
                // gc checks for NUL only on its fast path, which the very
                // first byte never takes: a leading NUL is reported by the
                // token switch as `invalid character U+0000` instead.
                if b == 0 && self.pos > 0 {
                    self.error(self.pos, self.next, "invalid NUL character".into());
                    continue;
                }
                self.ch = i32::from(b);
                return;
            }
            match decode_utf8(&self.src[self.next..]) {
                Some((c, width)) => {
                    self.next += width;
                    if c == '\u{FEFF}' {
                        if self.pos > 0 {
                            let msg = "invalid BOM in the middle of the file";
                            self.error(self.pos, self.next, msg.into());
                        }
                        continue;
                    }
                    self.ch = c as i32;
                    return;
                }
                None => {
                    self.next += 1;
                    self.error(self.pos, self.next, "invalid UTF-8 encoding".into());
                }
            }
        }
    }

    /// Whether the current character is the ASCII character `c`.
    fn at(&self, c: u8) -> bool {
        self.ch == i32::from(c)
    }

    /// Consumes the current character if it is `c`.
    fn eat(&mut self, c: u8) -> bool {
        let hit = self.at(c);
        if hit {
            self.bump();
        }
        hit
    }

    fn error(&mut self, lo: usize, hi: usize, msg: String) {
        self.diags
            .push(Diag::new(Span::new(lo as u32, hi as u32), msg));
    }

    /// Reports an error at the current character.
    fn error_here(&mut self, msg: String) {
        self.error(self.pos, self.next.max(self.pos), msg);
    }

    /// Reports an error about the token that started at `start`.
    fn error_token(&mut self, start: usize, msg: String) {
        self.error(start, self.last_end.max(start), msg);
    }

    fn push(&mut self, tok: Tok, start: usize) {
        let span = Span::new(start as u32, self.last_end.max(start) as u32);
        self.toks.push((tok, span));
    }

    /// The source text from `start` to the end of the last consumed character.
    fn text(&self, start: usize) -> String {
        String::from_utf8_lossy(&self.src[start..self.last_end.max(start)]).into_owned()
    }

    /// Scans one token (or inserted semicolon) and pushes it; returns false
    /// once [`Tok::Eof`] has been pushed.
    fn next_token(&mut self) -> bool {
        let nlsemi = std::mem::replace(&mut self.nlsemi, false);
        loop {
            while self.at(b' ') || self.at(b'\t') || self.at(b'\r') || (self.at(b'\n') && !nlsemi) {
                self.bump();
            }
            let start = self.pos;
            let c = self.ch;
            if is_ascii_letter(c) || c >= 0x80 {
                // Any non-ASCII character starts an identifier (with an error
                // if it cannot), as in gc, rather than being skipped.
                self.at_ident_char(true);
                self.bump();
                self.ident(start);
                return true;
            }
            if c == EOF {
                if nlsemi {
                    self.toks
                        .push((Tok::Semi { auto: true }, Span::at(start as u32)));
                    return true;
                }
                self.toks.push((Tok::Eof, Span::at(start as u32)));
                return false;
            }
            let c = c as u8;
            if c.is_ascii_digit() {
                let tok = self.number(start, false);
                self.push(tok, start);
                return true;
            }
            self.bump();
            let tok = match c {
                b'\n' => Tok::Semi { auto: true },
                b'"' => self.string(start),
                b'`' => self.raw_string(start),
                b'\'' => self.rune(start),
                b'(' => Tok::LParen,
                b'[' => Tok::LBrack,
                b'{' => Tok::LBrace,
                b',' => Tok::Comma,
                b';' => Tok::Semi { auto: false },
                b')' => {
                    self.nlsemi = true;
                    Tok::RParen
                }
                b']' => {
                    self.nlsemi = true;
                    Tok::RBrack
                }
                b'}' => {
                    self.nlsemi = true;
                    Tok::RBrace
                }
                b':' => {
                    if self.eat(b'=') {
                        Tok::Define
                    } else {
                        Tok::Colon
                    }
                }
                b'.' => {
                    if is_decimal(self.ch) {
                        self.number(start, true)
                    } else {
                        self.dots()
                    }
                }
                b'+' => {
                    if self.eat(b'+') {
                        self.nlsemi = true;
                        Tok::Inc
                    } else {
                        self.assign_op(Tok::Add, Tok::AddAssign)
                    }
                }
                b'-' => {
                    if self.eat(b'-') {
                        self.nlsemi = true;
                        Tok::Dec
                    } else {
                        self.assign_op(Tok::Sub, Tok::SubAssign)
                    }
                }
                b'*' => self.assign_op(Tok::Mul, Tok::MulAssign),
                b'/' => {
                    if self.eat(b'/') {
                        self.skip_line();
                        continue;
                    }
                    if self.eat(b'*') {
                        // A comment spanning lines acts like a newline.
                        if self.skip_comment(start) && nlsemi {
                            self.push(Tok::Semi { auto: true }, start);
                            return true;
                        }
                        continue;
                    }
                    self.assign_op(Tok::Quo, Tok::QuoAssign)
                }
                b'%' => self.assign_op(Tok::Rem, Tok::RemAssign),
                b'&' => {
                    if self.eat(b'&') {
                        Tok::LAnd
                    } else if self.eat(b'^') {
                        self.assign_op(Tok::AndNot, Tok::AndNotAssign)
                    } else {
                        self.assign_op(Tok::And, Tok::AndAssign)
                    }
                }
                b'|' => {
                    if self.eat(b'|') {
                        Tok::LOr
                    } else {
                        self.assign_op(Tok::Or, Tok::OrAssign)
                    }
                }
                b'^' => self.assign_op(Tok::Xor, Tok::XorAssign),
                b'<' => {
                    if self.eat(b'=') {
                        Tok::Leq
                    } else if self.eat(b'<') {
                        self.assign_op(Tok::Shl, Tok::ShlAssign)
                    } else if self.eat(b'-') {
                        Tok::Arrow
                    } else {
                        Tok::Lss
                    }
                }
                b'>' => {
                    if self.eat(b'=') {
                        Tok::Geq
                    } else if self.eat(b'>') {
                        self.assign_op(Tok::Shr, Tok::ShrAssign)
                    } else {
                        Tok::Gtr
                    }
                }
                b'=' => {
                    if self.eat(b'=') {
                        Tok::Eql
                    } else {
                        Tok::Assign
                    }
                }
                b'!' => {
                    if self.eat(b'=') {
                        Tok::Neq
                    } else {
                        Tok::Not
                    }
                }
                b'~' => Tok::Tilde,
                _ => {
                    // Stray ASCII (`@`, `$`, `#`, `?`, `\`, controls): report
                    // and skip it, keeping the pending semicolon state.
                    let msg = format!("invalid character {}", fmt_unicode(u32::from(c)));
                    self.error(start, start + 1, msg);
                    continue;
                }
            };
            self.push(tok, start);
            return true;
        }
    }

    /// `op` or, if an `=` follows, `op_assign`.
    fn assign_op(&mut self, op: Tok, op_assign: Tok) -> Tok {
        if self.eat(b'=') {
            op_assign
        } else {
            op
        }
    }

    /// After one `.` not followed by a digit: `...` or just `.`.
    fn dots(&mut self) -> Tok {
        if !self.at(b'.') {
            return Tok::Period;
        }
        // Two dots are two Period tokens, so look ahead and back off.
        let saved = (
            self.ch,
            self.pos,
            self.next,
            self.last_end,
            self.diags.len(),
        );
        self.bump();
        if self.eat(b'.') {
            return Tok::Ellipsis;
        }
        (self.ch, self.pos, self.next, self.last_end) = (saved.0, saved.1, saved.2, saved.3);
        self.diags.truncate(saved.4);
        Tok::Period
    }

    /// Checks that the current (non-ASCII, or ASCII letter) character may be
    /// part of an identifier, reporting it if not. The character is accepted
    /// either way, as gc does, so `a©b` is one (erroneous) name.
    fn at_ident_char(&mut self, first: bool) {
        let c = self.ch;
        if is_letter(c) {
            return;
        }
        if is_digit(c) {
            if first {
                let msg = format!(
                    "identifier cannot begin with digit {}",
                    fmt_unicode(c as u32)
                );
                self.error_here(msg);
            }
            return;
        }
        let msg = format!("invalid character {} in identifier", fmt_unicode(c as u32));
        self.error_here(msg);
    }

    /// Scans the rest of an identifier or keyword whose first character has
    /// been consumed.
    fn ident(&mut self, start: usize) {
        loop {
            let c = self.ch;
            if is_ascii_letter(c) || is_decimal(c) {
                self.bump();
            } else if c >= 0x80 {
                self.at_ident_char(false);
                self.bump();
            } else {
                break;
            }
        }
        let text = self.text(start);
        let tok = match Tok::keyword(&text) {
            Some(kw) => {
                self.nlsemi = matches!(
                    kw,
                    Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return
                );
                kw
            }
            None => {
                self.nlsemi = true;
                Tok::Ident(text)
            }
        };
        self.push(tok, start);
    }

    /// Consumes `{ digit | '_' }` and returns bit 0 set if there was a digit,
    /// bit 1 if there was a `_`. For bases up to 10 all decimal digits are
    /// consumed (gives better errors than stopping), and the offset of the
    /// first one too large for `base` is stored in `invalid`.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u8 {
        let mut digsep = 0;
        if base <= 10 {
            let max = '0' as i32 + base as i32;
            while is_decimal(self.ch) || self.at(b'_') {
                if self.at(b'_') {
                    digsep |= 2;
                } else {
                    digsep |= 1;
                    if self.ch >= max && invalid.is_none() {
                        *invalid = Some(self.pos);
                    }
                }
                self.bump();
            }
        } else {
            while is_hex(self.ch) || self.at(b'_') {
                digsep |= if self.at(b'_') { 2 } else { 1 };
                self.bump();
            }
        }
        digsep
    }

    /// Scans a number literal starting at `start`; if `seen_point`, the
    /// leading `.` has been consumed and a digit follows.
    fn number(&mut self, start: usize, mut seen_point: bool) -> Tok {
        #[derive(PartialEq)]
        enum Kind {
            Int,
            Float,
            Imag,
        }
        let mut ok = true;
        let mut kind = Kind::Int;
        let mut base = 10;
        // 0: decimal, b'0': legacy octal, or b'x', b'o', b'b'.
        let mut prefix = 0u8;
        let mut digsep = 0u8;
        let mut invalid = None;

        // Integer part.
        if !seen_point {
            if self.eat(b'0') {
                let c = lower(self.ch);
                (base, prefix) = if c == i32::from(b'x') {
                    (16, b'x')
                } else if c == i32::from(b'o') {
                    (8, b'o')
                } else if c == i32::from(b'b') {
                    (2, b'b')
                } else {
                    digsep = 1; // the 0 itself is a digit
                    (8, b'0')
                };
                if prefix != b'0' {
                    self.bump();
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.at(b'.') {
                if prefix == b'o' || prefix == b'b' {
                    self.error_here(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.bump();
                seen_point = true;
            }
        }

        // Fractional part.
        if seen_point {
            kind = Kind::Float;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.error_here(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        // Exponent.
        let e = lower(self.ch);
        if e == 'e' as i32 || e == 'p' as i32 {
            if ok {
                if e == 'e' as i32 && prefix != 0 && prefix != b'0' {
                    let msg = format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(self.ch as u32)
                    );
                    self.error_here(msg);
                    ok = false;
                } else if e == 'p' as i32 && prefix != b'x' {
                    let msg = format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(self.ch as u32)
                    );
                    self.error_here(msg);
                    ok = false;
                }
            }
            self.bump();
            kind = Kind::Float;
            if self.at(b'+') || self.at(b'-') {
                self.bump();
            }
            let exp = self.digits(10, &mut None);
            digsep = exp | (digsep & 2);
            if exp & 1 == 0 && ok {
                self.error_here("exponent has no digits".into());
                ok = false;
            }
        } else if prefix == b'x' && kind == Kind::Float && ok {
            self.error_here("hexadecimal mantissa requires a 'p' exponent".into());
            ok = false;
        }

        // Imaginary suffix.
        if self.eat(b'i') {
            kind = Kind::Imag;
        }

        self.nlsemi = true;
        let end = self.last_end;

        // In an integer literal "0128" is an error; as "0128.5" or "0128i"
        // it is a fine decimal number.
        if kind == Kind::Int && ok {
            if let Some(i) = invalid {
                let msg = format!(
                    "invalid digit {} in {} literal",
                    quote_rune(u32::from(self.src[i])),
                    base_name(base)
                );
                self.error(i, i + 1, msg);
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(&self.src[start..end]) {
                let msg = "'_' must separate successive digits".to_string();
                self.error(start + i, start + i + 1, msg);
            }
        }

        let text = self.text(start);
        match kind {
            Kind::Int => Tok::Int(text),
            Kind::Float => Tok::Float(text),
            Kind::Imag => Tok::Imag(text),
        }
    }

    /// Scans the rest of a rune literal whose opening `'` has been consumed.
    fn rune(&mut self, start: usize) -> Tok {
        let mut ok = true;
        let mut n = 0; // characters (escapes count as one)
        loop {
            if self.at(b'\'') {
                if ok && n == 0 {
                    self.error_here("empty rune literal or unescaped '".into());
                }
                self.bump();
                if ok && n > 1 {
                    self.error_token(start, "more than one character in rune literal".into());
                }
                break;
            }
            if self.at(b'\\') {
                self.bump();
                if !self.escape(b'\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.at(b'\n') {
                if ok {
                    self.error_here("newline in rune literal".into());
                }
                break;
            }
            if self.ch == EOF {
                if ok {
                    self.error_token(start, "rune literal not terminated".into());
                }
                break;
            }
            self.bump();
            n += 1;
        }
        self.nlsemi = true;
        Tok::Char(self.text(start))
    }

    /// Scans the rest of an interpreted string literal whose opening `"` has
    /// been consumed.
    fn string(&mut self, start: usize) -> Tok {
        loop {
            if self.eat(b'"') {
                break;
            }
            if self.at(b'\\') {
                self.bump();
                self.escape(b'"');
                continue;
            }
            if self.at(b'\n') {
                // The newline is left for semicolon insertion.
                self.error_here("newline in string".into());
                break;
            }
            if self.ch == EOF {
                self.error_token(start, "string not terminated".into());
                break;
            }
            self.bump();
        }
        self.nlsemi = true;
        Tok::Str(self.text(start))
    }

    /// Scans the rest of a raw string literal whose opening backquote has
    /// been consumed. Carriage returns stay in the token text; they are
    /// dropped from the value by [`super::literal::unquote_string`].
    fn raw_string(&mut self, start: usize) -> Tok {
        loop {
            if self.eat(b'`') {
                break;
            }
            if self.ch == EOF {
                self.error_token(start, "string not terminated".into());
                break;
            }
            self.bump();
        }
        self.nlsemi = true;
        Tok::Str(self.text(start))
    }

    /// Checks an escape sequence whose backslash has been consumed; `quote`
    /// is the delimiter that may be escaped. Returns false after reporting
    /// an error, leaving the offending character unconsumed. At EOF it
    /// returns true: the caller reports the unterminated literal.
    fn escape(&mut self, quote: u8) -> bool {
        let (n, base, max): (u32, u32, u32) = match self.ch {
            EOF => return true,
            c if c == i32::from(quote) => {
                self.bump();
                return true;
            }
            c if c < 0x80 && b"abfnrtv\\".contains(&(c as u8)) => {
                self.bump();
                return true;
            }
            c if ('0' as i32..='7' as i32).contains(&c) => (3, 8, 255),
            c if c == 'x' as i32 => (2, 16, 255),
            c if c == 'u' as i32 => (4, 16, 0x10FFFF),
            c if c == 'U' as i32 => (8, 16, 0x10FFFF),
            _ => {
                self.error_here("unknown escape".into());
                return false;
            }
        };
        if base == 16 {
            self.bump(); // the x, u or U
        }
        let mut x: u64 = 0;
        for _ in 0..n {
            if self.ch == EOF {
                return true;
            }
            let d = char::from_u32(self.ch as u32)
                .and_then(|c| c.to_digit(16))
                .filter(|&d| d < base);
            let Some(d) = d else {
                let msg = format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.ch as u32),
                    base_name(base)
                );
                self.error_here(msg);
                return false;
            };
            x = x * u64::from(base) + u64::from(d);
            self.bump();
        }
        if x > u64::from(max) && base == 8 {
            self.error_here(format!("octal escape value {x} > 255"));
            return false;
        }
        if x > u64::from(max) || (0xD800..0xE000).contains(&x) {
            let msg = format!(
                "escape is invalid Unicode code point {}",
                fmt_unicode(x as u32)
            );
            self.error_here(msg);
            return false;
        }
        true
    }

    /// Skips the rest of a `//` comment, leaving the newline for semicolon
    /// insertion.
    fn skip_line(&mut self) {
        while self.ch != EOF && !self.at(b'\n') {
            self.bump();
        }
    }

    /// Skips the rest of a `/*` comment that started at `start`; returns
    /// whether it contained a newline.
    fn skip_comment(&mut self, start: usize) -> bool {
        let mut newline = false;
        loop {
            if self.ch == EOF {
                self.error(start, start + 2, "comment not terminated".into());
                return newline;
            }
            if self.eat(b'*') {
                if self.eat(b'/') {
                    return newline;
                }
                continue;
            }
            newline |= self.at(b'\n');
            self.bump();
        }
    }
}

/// The index in number literal `x` of the first `_` that does not separate
/// two digits (a base prefix counts as a digit), or `None`.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    // Classify each byte as a digit ('0'), '_' or anything else ('.').
    let mut hex = false;
    let mut prev_class = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' && matches!(x[1] | 0x20, b'x' | b'o' | b'b') {
        hex = x[1] | 0x20 == b'x';
        prev_class = b'0';
        i = 2;
    }
    while i < x.len() {
        let b = x[i];
        let class = if b == b'_' {
            if prev_class != b'0' {
                return Some(i);
            }
            b'_'
        } else if b.is_ascii_digit() || (hex && b.is_ascii_hexdigit()) {
            b'0'
        } else {
            if prev_class == b'_' {
                return Some(i - 1);
            }
            b'.'
        };
        prev_class = class;
        i += 1;
    }
    if prev_class == b'_' {
        return Some(x.len() - 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::literal::{
        parse_float_lit, parse_imag_lit, parse_int_lit, unquote_char, unquote_string,
    };
    use super::super::source::SourceFile;
    use super::*;

    /// The tokens of `src`, which must lex without errors.
    fn toks(src: &str) -> Vec<Tok> {
        let (toks, diags) = lex(src);
        assert!(diags.is_empty(), "{src:?}: unexpected errors {diags:?}");
        toks.into_iter().map(|(t, _)| t).collect()
    }

    /// The errors for `src` as `line:col: msg`, like gc prints them.
    fn errs_bytes(src: &[u8]) -> Vec<String> {
        let (_, diags) = lex_bytes(src);
        let file = SourceFile::from_bytes("", src.to_vec());
        diags
            .iter()
            .map(|d| file.render(d)[1..].to_string())
            .collect()
    }

    fn errs(src: &str) -> Vec<String> {
        errs_bytes(src.as_bytes())
    }

    /// Errors for `var x = EXPR` on line 2, as in the gc runs these
    /// expectations were taken from.
    fn gc(expr: &str) -> Vec<String> {
        errs(&format!("package main\nvar x = {expr}\n"))
    }

    fn ident(s: &str) -> Tok {
        Tok::Ident(s.into())
    }

    const SEMI: Tok = Tok::Semi { auto: true };

    #[test]
    fn empty_and_blank() {
        assert_eq!(toks(""), vec![Tok::Eof]);
        assert_eq!(toks(" \t\r\n\n"), vec![Tok::Eof]);
        let (t, _) = lex("  ");
        assert_eq!(t, vec![(Tok::Eof, Span::at(2))]);
    }

    #[test]
    fn all_operators() {
        let src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= \
                   && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :";
        use Tok::*;
        let want = vec![
            Add,
            Sub,
            Mul,
            Quo,
            Rem,
            And,
            Or,
            Xor,
            Shl,
            Shr,
            AndNot,
            AddAssign,
            SubAssign,
            MulAssign,
            QuoAssign,
            RemAssign,
            AndAssign,
            OrAssign,
            XorAssign,
            ShlAssign,
            ShrAssign,
            AndNotAssign,
            LAnd,
            LOr,
            Arrow,
            Inc,
            Dec,
            Eql,
            Lss,
            Gtr,
            Assign,
            Not,
            Tilde,
            Neq,
            Leq,
            Geq,
            Define,
            Ellipsis,
            LParen,
            LBrack,
            LBrace,
            Comma,
            Period,
            RParen,
            RBrack,
            RBrace,
            Semi { auto: false },
            Colon,
            Eof,
        ];
        assert_eq!(toks(src), want);
        // The spelling of each token is its source text.
        let got: Vec<String> = want[..want.len() - 1]
            .iter()
            .map(|t| t.to_string())
            .collect();
        assert_eq!(
            got.join(" "),
            src.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }

    #[test]
    fn operators_without_spaces() {
        use Tok::*;
        assert_eq!(toks("a<-b"), vec![ident("a"), Arrow, ident("b"), SEMI, Eof]);
        assert_eq!(
            toks("a<<=b"),
            vec![ident("a"), ShlAssign, ident("b"), SEMI, Eof]
        );
        assert_eq!(
            toks("a&^=b"),
            vec![ident("a"), AndNotAssign, ident("b"), SEMI, Eof]
        );
        assert_eq!(
            toks("a&&^b"),
            vec![ident("a"), LAnd, Xor, ident("b"), SEMI, Eof]
        );
        assert_eq!(
            toks("x+++y"),
            vec![ident("x"), Inc, Add, ident("y"), SEMI, Eof]
        );
        assert_eq!(toks("..."), vec![Ellipsis, Eof]);
        assert_eq!(toks(".."), vec![Period, Period, Eof]);
        assert_eq!(toks("...."), vec![Ellipsis, Period, Eof]);
        assert_eq!(toks("x.y"), vec![ident("x"), Period, ident("y"), SEMI, Eof]);
        assert_eq!(
            toks("a[1:]"),
            vec![
                ident("a"),
                LBrack,
                Int("1".into()),
                Colon,
                RBrack,
                SEMI,
                Eof
            ]
        );
        assert_eq!(toks("a/b"), vec![ident("a"), Quo, ident("b"), SEMI, Eof]);
    }

    #[test]
    fn token_spans() {
        let (t, _) = lex("x := 10 // c\n");
        let spans: Vec<(u32, u32)> = t.iter().map(|(_, s)| (s.lo, s.hi)).collect();
        assert_eq!(spans, vec![(0, 1), (2, 4), (5, 7), (12, 13), (13, 13)]);
        let (t, _) = lex("\"ab\" `c`");
        assert_eq!(t[0].1, Span::new(0, 4));
        assert_eq!(t[1].1, Span::new(5, 8));
        // The end-of-file semicolon has an empty span; a newline one does not.
        let (t, _) = lex("x");
        assert_eq!(t[1], (SEMI, Span::at(1)));
        assert_eq!(t[1].0.describe_at(t[1].1), "EOF");
        let (t, _) = lex("x\n");
        assert_eq!(t[1].0.describe_at(t[1].1), "newline");
    }

    #[test]
    fn keywords() {
        use Tok::*;
        let src = "break case chan const continue default defer else fallthrough for \
                   func go goto if import interface map package range return select struct \
                   switch type var";
        assert_eq!(
            toks(src),
            vec![
                Break,
                Case,
                Chan,
                Const,
                Continue,
                Default,
                Defer,
                Else,
                Fallthrough,
                For,
                Func,
                Go,
                Goto,
                If,
                Import,
                Interface,
                Map,
                Package,
                Range,
                Return,
                Select,
                Struct,
                Switch,
                Type,
                Var,
                Eof,
            ]
        );
        // Keywords are case-sensitive and whole words.
        assert_eq!(
            toks("Func funcs"),
            vec![ident("Func"), ident("funcs"), SEMI, Eof]
        );
    }

    #[test]
    fn identifiers() {
        assert_eq!(
            toks("_x9 αβ 日本語 ŝ x١"),
            vec![
                ident("_x9"),
                ident("αβ"),
                ident("日本語"),
                ident("ŝ"),
                ident("x١"),
                SEMI,
                Tok::Eof
            ]
        );
        assert_eq!(toks("_"), vec![ident("_"), SEMI, Tok::Eof]);
    }

    #[test]
    fn identifier_errors() {
        assert_eq!(
            gc("a©b"),
            vec!["2:10: invalid character U+00A9 '©' in identifier"]
        );
        assert_eq!(
            gc("١"),
            vec!["2:9: identifier cannot begin with digit U+0661 '١'"]
        );
        assert_eq!(
            gc("\u{200b}"),
            vec!["2:9: invalid character U+200B in identifier"]
        );
        // A combining mark is not a letter, although Rust calls it alphabetic.
        assert_eq!(
            gc("कि"),
            vec!["2:12: invalid character U+093F 'ि' in identifier"]
        );
        // Superscript two is numeric but not a decimal digit.
        assert_eq!(
            gc("x²"),
            vec!["2:10: invalid character U+00B2 '²' in identifier"]
        );
        // The name is still one identifier token.
        let (t, _) = lex("a©b");
        assert_eq!(t[0].0, ident("a©b"));
    }

    #[test]
    fn integer_literals() {
        for lit in [
            "0",
            "1",
            "42",
            "1_000",
            "0x0",
            "0xBadFace",
            "0XBAD_FACE",
            "0x_67_7a_2f_cc_40_c6",
            "0o17",
            "0O1_7",
            "0777",
            "0_777",
            "0b1011",
            "0B_1",
            "170141183460469231731687303715884105727",
        ] {
            assert_eq!(
                toks(lit),
                vec![Tok::Int(lit.into()), SEMI, Tok::Eof],
                "{lit}"
            );
        }
    }

    #[test]
    fn float_literals() {
        for lit in [
            "0.",
            "72.40",
            "072.40",
            "2.71828",
            "1.e+0",
            "6.67428e-11",
            "1E6",
            ".25",
            ".12345E+5",
            "1_5.",
            "0.15e+0_2",
            "0x1p-2",
            "0x2.p10",
            "0x1.Fp+0",
            "0X.8p-0",
            "0X_1FFFP-16",
            "0x15e-2",
            "089.5",
            "089e1",
            "1e1_0",
        ] {
            let want = if lit == "0x15e-2" {
                // Hex int 0x15e minus 2, as in the specification.
                vec![
                    Tok::Int("0x15e".into()),
                    Tok::Sub,
                    Tok::Int("2".into()),
                    SEMI,
                    Tok::Eof,
                ]
            } else {
                vec![Tok::Float(lit.into()), SEMI, Tok::Eof]
            };
            assert_eq!(toks(lit), want, "{lit}");
        }
    }

    #[test]
    fn imaginary_literals() {
        for lit in [
            "0i",
            "0123i",
            "0o123i",
            "0xabci",
            "0.i",
            "2.71828i",
            "1.e+0i",
            "6.67428e-11i",
            "1E6i",
            ".25i",
            ".12345E+5i",
            "0x1p-2i",
            "0b1i",
            "08i",
            "1E3i",
        ] {
            assert_eq!(
                toks(lit),
                vec![Tok::Imag(lit.into()), SEMI, Tok::Eof],
                "{lit}"
            );
        }
    }

    #[test]
    fn number_followed_by_other_tokens() {
        use Tok::*;
        assert_eq!(
            toks("123abc"),
            vec![Int("123".into()), ident("abc"), SEMI, Eof]
        );
        assert_eq!(toks("0x1g"), vec![Int("0x1".into()), ident("g"), SEMI, Eof]);
        assert_eq!(
            toks("1..2"),
            vec![Float("1.".into()), Float(".2".into()), SEMI, Eof]
        );
        assert_eq!(toks("1I"), vec![Int("1".into()), ident("I"), SEMI, Eof]);
    }

    #[test]
    fn number_errors() {
        assert_eq!(gc("0128"), vec!["2:12: invalid digit '8' in octal literal"]);
        assert_eq!(gc("08"), vec!["2:10: invalid digit '8' in octal literal"]);
        assert_eq!(gc("0_8"), vec!["2:11: invalid digit '8' in octal literal"]);
        assert_eq!(gc("0o8"), vec!["2:11: invalid digit '8' in octal literal"]);
        assert_eq!(
            gc("0b12"),
            vec!["2:12: invalid digit '2' in binary literal"]
        );
        assert_eq!(gc("0x"), vec!["2:11: hexadecimal literal has no digits"]);
        assert_eq!(gc("0x.p1"), vec!["2:12: hexadecimal literal has no digits"]);
        assert_eq!(gc("0xp1"), vec!["2:11: hexadecimal literal has no digits"]);
        assert_eq!(gc("0b_"), vec!["2:12: binary literal has no digits"]);
        assert_eq!(gc("0o"), vec!["2:11: octal literal has no digits"]);
        assert_eq!(
            gc("0x1.5"),
            vec!["2:14: hexadecimal mantissa requires a 'p' exponent"]
        );
        assert_eq!(gc("1e"), vec!["2:11: exponent has no digits"]);
        assert_eq!(gc("1.5e+"), vec!["2:14: exponent has no digits"]);
        assert_eq!(gc("0x1.p"), vec!["2:14: exponent has no digits"]);
        assert_eq!(
            gc("1p4"),
            vec!["2:10: 'p' exponent requires hexadecimal mantissa"]
        );
        assert_eq!(
            gc("1P4"),
            vec!["2:10: 'P' exponent requires hexadecimal mantissa"]
        );
        assert_eq!(
            gc("0o1e3"),
            vec!["2:12: 'e' exponent requires decimal mantissa"]
        );
        assert_eq!(
            gc("0b1.0"),
            vec!["2:12: invalid radix point in binary literal"]
        );
        assert_eq!(
            gc("0o1.0"),
            vec!["2:12: invalid radix point in octal literal"]
        );
        assert_eq!(
            gc("1__0"),
            vec!["2:11: '_' must separate successive digits"]
        );
        assert_eq!(gc("1_"), vec!["2:10: '_' must separate successive digits"]);
        assert_eq!(
            gc("1__2_"),
            vec!["2:11: '_' must separate successive digits"]
        );
        assert_eq!(
            gc("0_x1"),
            vec!["2:10: '_' must separate successive digits"]
        );
        assert_eq!(
            gc("1_.5"),
            vec!["2:10: '_' must separate successive digits"]
        );
        assert_eq!(gc("0x_1"), Vec::<String>::new());
        assert_eq!(
            gc("1_e1"),
            vec!["2:10: '_' must separate successive digits"]
        );
        assert_eq!(
            gc("1e_1"),
            vec!["2:11: '_' must separate successive digits"]
        );
        // Bad literals still yield a token of the right kind.
        let (t, _) = lex("0x1.5");
        assert_eq!(t[0].0, Tok::Float("0x1.5".into()));
    }

    #[test]
    fn rune_literals() {
        for lit in [
            "'a'",
            "'ä'",
            "'本'",
            r"'\t'",
            r"'\000'",
            r"'\007'",
            r"'\377'",
            r"'\x07'",
            r"'\xff'",
            r"'\u12e4'",
            r"'\U00101234'",
            r"'\''",
            r"'\\'",
            r"'\a'",
            r"'\b'",
            r"'\f'",
            r"'\n'",
            r"'\r'",
            r"'\v'",
            "'\"'",
            r"'\x41'",
            r"'\101'",
        ] {
            assert_eq!(
                toks(lit),
                vec![Tok::Char(lit.into()), SEMI, Tok::Eof],
                "{lit}"
            );
            assert!(unquote_char(lit).is_ok(), "{lit}");
        }
    }

    #[test]
    fn rune_errors() {
        assert_eq!(gc("''"), vec!["2:10: empty rune literal or unescaped '"]);
        assert_eq!(
            gc("'ab'"),
            vec!["2:9: more than one character in rune literal"]
        );
        assert_eq!(gc(r"'\q'"), vec!["2:11: unknown escape"]);
        assert_eq!(gc(r#"'\"'"#), vec!["2:11: unknown escape"]);
        assert_eq!(
            gc(r"'\uD800'"),
            vec!["2:16: escape is invalid Unicode code point U+D800"]
        );
        assert_eq!(
            gc(r"'\uDFFF'"),
            vec!["2:16: escape is invalid Unicode code point U+DFFF"]
        );
        assert_eq!(
            gc(r"'\U00110000'"),
            vec!["2:20: escape is invalid Unicode code point U+110000"]
        );
        assert_eq!(
            gc(r"'\x'"),
            vec!["2:12: invalid character '\\'' in hexadecimal escape"]
        );
        assert_eq!(gc(r"'\400'"), vec!["2:14: octal escape value 256 > 255"]);
        assert_eq!(gc("'a"), vec!["2:11: newline in rune literal"]);
        assert_eq!(gc("'ab"), vec!["2:12: newline in rune literal"]);
        assert_eq!(gc(r"'\"), vec!["2:11: unknown escape"]);
        assert_eq!(
            gc("''x'"),
            vec![
                "2:10: empty rune literal or unescaped '",
                "2:13: newline in rune literal"
            ]
        );
        assert_eq!(
            errs("package main\nvar x = 'a"),
            vec!["2:9: rune literal not terminated"]
        );
        assert_eq!(errs("'\\"), vec!["1:1: rune literal not terminated"]);
        assert_eq!(errs("'\\x4"), vec!["1:1: rune literal not terminated"]);
    }

    #[test]
    fn string_literals() {
        for (lit, value) in [
            (r#""""#, &b""[..]),
            (r#""abc""#, b"abc"),
            (r#""\\""#, b"\\"),
            (r#""\"""#, b"\""),
            (r#""\a\b\f\n\r\t\v""#, b"\x07\x08\x0c\n\r\t\x0b"),
            (r#""\xff\000\377""#, b"\xff\x00\xff"),
            (r#""\u00e9\U0001F600""#, "é😀".as_bytes()),
            (r#""日本語""#, "日本語".as_bytes()),
            (r#""'""#, b"'"),
            ("`abc`", b"abc"),
            ("`\\n`", b"\\n"),
            ("`a\nb`", b"a\nb"),
            ("`a\r\nb\r`", b"a\nb"),
            ("`\"`", b"\""),
            ("``", b""),
        ] {
            assert_eq!(
                toks(lit),
                vec![Tok::Str(lit.into()), SEMI, Tok::Eof],
                "{lit}"
            );
            assert_eq!(unquote_string(lit).as_deref(), Ok(value), "{lit}");
        }
    }

    #[test]
    fn string_errors() {
        assert_eq!(
            gc("\"ab\nc\""),
            vec!["2:12: newline in string", "3:3: newline in string"]
        );
        assert_eq!(
            errs("package main\nvar x = \"ab"),
            vec!["2:9: string not terminated"]
        );
        assert_eq!(
            errs("package main\nvar x = `ab"),
            vec!["2:9: string not terminated"]
        );
        assert_eq!(errs("`a\nb"), vec!["1:1: string not terminated"]);
        assert_eq!(
            gc(r#""\x4g""#),
            vec!["2:13: invalid character 'g' in hexadecimal escape"]
        );
        assert_eq!(gc(r#""\400""#), vec!["2:14: octal escape value 256 > 255"]);
        assert_eq!(
            gc(r#""\UFFFFFFFF""#),
            vec!["2:20: escape is invalid Unicode code point U+FFFFFFFF"]
        );
        assert_eq!(
            gc(r#""\q\""#),
            vec!["2:11: unknown escape", "2:14: newline in string"]
        );
        assert_eq!(gc(r#""\'""#), vec!["2:11: unknown escape"]);
        assert_eq!(
            gc(r#""\u12""#),
            vec!["2:14: invalid character '\"' in hexadecimal escape"]
        );
        assert_eq!(
            gc(r#""\18""#),
            vec!["2:12: invalid character '8' in octal escape"]
        );
        assert_eq!(
            gc("\"abc\\"),
            vec!["2:14: unknown escape", "2:14: newline in string"]
        );
        assert_eq!(
            gc("\"\\x\t\""),
            vec!["2:12: invalid character '\\t' in hexadecimal escape"]
        );
        // The newline after an unterminated string still ends the statement.
        let (t, _) = lex("\"ab\nx");
        let t: Vec<Tok> = t.into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            t,
            vec![Tok::Str("\"ab".into()), SEMI, ident("x"), SEMI, Tok::Eof]
        );
    }

    #[test]
    fn comments() {
        assert_eq!(toks("// only a comment"), vec![Tok::Eof]);
        assert_eq!(toks("/* c */"), vec![Tok::Eof]);
        assert_eq!(toks("x/**/y"), vec![ident("x"), ident("y"), SEMI, Tok::Eof]);
        assert_eq!(
            toks("a /* x */ b"),
            vec![ident("a"), ident("b"), SEMI, Tok::Eof]
        );
        assert_eq!(
            toks("x // c\ny"),
            vec![ident("x"), SEMI, ident("y"), SEMI, Tok::Eof]
        );
        assert_eq!(toks("x // c"), vec![ident("x"), SEMI, Tok::Eof]);
        // A general comment containing a newline acts like a newline.
        let (t, _) = lex("x /* a\nb */ y");
        assert_eq!(t[1], (SEMI, Span::new(2, 11)));
        assert_eq!(t[2].0, ident("y"));
        assert_eq!(
            toks("x /* a */\ny"),
            vec![ident("x"), SEMI, ident("y"), SEMI, Tok::Eof]
        );
        // ... but only where a semicolon may be inserted.
        assert_eq!(
            toks("( /*\n*/ x"),
            vec![Tok::LParen, ident("x"), SEMI, Tok::Eof]
        );
        assert_eq!(toks("/* **/ x"), vec![ident("x"), SEMI, Tok::Eof]);
        assert_eq!(toks("/*/ */x"), vec![ident("x"), SEMI, Tok::Eof]);
        assert_eq!(
            errs("package main\nvar x = 1 /* ab"),
            vec!["2:11: comment not terminated"]
        );
        assert_eq!(
            toks("a /*// */ b"),
            vec![ident("a"), ident("b"), SEMI, Tok::Eof]
        );
        assert_eq!(
            toks("\"// not a comment\""),
            vec![Tok::Str("\"// not a comment\"".into()), SEMI, Tok::Eof]
        );
    }

    #[test]
    fn semicolon_insertion() {
        use Tok::*;
        let semi_after = |src: &str| {
            let t = toks(&format!("{src}\n"));
            t[t.len() - 2] == SEMI
        };
        for src in [
            "x",
            "1",
            "1.5",
            "1i",
            "'a'",
            "\"s\"",
            "`r`",
            "break",
            "continue",
            "fallthrough",
            "return",
            "x++",
            "x--",
            ")",
            "]",
            "}",
        ] {
            assert!(semi_after(src), "expected semicolon after {src}");
        }
        for src in [
            "func", "if", "var", "+", "(", "[", "{", ",", ".", ":", "=", ":=", "...", "<-", "!",
        ] {
            assert!(!semi_after(src), "unexpected semicolon after {src}");
        }
        // One semicolon per run of newlines; none after an explicit one.
        assert_eq!(
            toks("x\n\n\ny"),
            vec![ident("x"), SEMI, ident("y"), SEMI, Eof]
        );
        assert_eq!(toks("x;\n"), vec![ident("x"), Semi { auto: false }, Eof]);
        assert_eq!(toks("x\r\n"), vec![ident("x"), SEMI, Eof]);
        // At end of file too.
        assert_eq!(toks("return"), vec![Return, SEMI, Eof]);
        assert_eq!(toks("f()"), vec![ident("f"), LParen, RParen, SEMI, Eof]);
        // Invalid characters do not disturb insertion.
        let (t, _) = lex("x @\ny");
        let t: Vec<Tok> = t.into_iter().map(|(t, _)| t).collect();
        assert_eq!(t, vec![ident("x"), SEMI, ident("y"), SEMI, Eof]);
    }

    #[test]
    fn source_encoding() {
        // A BOM is allowed (and skipped) at the very start only.
        let (t, d) = lex("\u{feff}package p");
        assert!(d.is_empty());
        assert_eq!(t[0], (Tok::Package, Span::new(3, 10)));
        assert_eq!(
            gc("a\u{feff}b"),
            vec!["2:10: invalid BOM in the middle of the file"]
        );
        assert_eq!(
            errs("\u{feff}\u{feff}x"),
            vec!["1:4: invalid BOM in the middle of the file"]
        );
        assert_eq!(
            errs_bytes(b"package main\nvar x = a\x00b\n"),
            vec!["2:10: invalid NUL character"]
        );
        assert_eq!(
            errs_bytes(b"package main\nvar x = a\xffb\n"),
            vec!["2:10: invalid UTF-8 encoding"]
        );
        assert_eq!(
            errs_bytes(b"\xed\xa0\x80"),
            vec![
                "1:1: invalid UTF-8 encoding",
                "1:2: invalid UTF-8 encoding",
                "1:3: invalid UTF-8 encoding"
            ]
        );
        assert_eq!(
            errs_bytes(b"\xc0\xaf"),
            vec!["1:1: invalid UTF-8 encoding", "1:2: invalid UTF-8 encoding"]
        );
        assert_eq!(
            errs_bytes(b"x\xe6\x97"),
            vec!["1:2: invalid UTF-8 encoding", "1:3: invalid UTF-8 encoding"]
        );
        // Reported inside comments and strings too.
        assert_eq!(errs_bytes(b"// \x00\n"), vec!["1:4: invalid NUL character"]);
        assert_eq!(errs_bytes(b"\x00("), vec!["1:1: invalid character U+0000"]);
        assert_eq!(errs_bytes(b"\"\xff\""), vec!["1:2: invalid UTF-8 encoding"]);
        // The bad byte is skipped: a\0b is one identifier.
        let (t, _) = lex_bytes(b"a\x00b");
        assert_eq!(t[0].0, ident("a\0b"));
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn invalid_characters() {
        assert_eq!(gc("@"), vec!["2:9: invalid character U+0040 '@'"]);
        assert_eq!(gc("$"), vec!["2:9: invalid character U+0024 '$'"]);
        assert_eq!(gc("#"), vec!["2:9: invalid character U+0023 '#'"]);
        assert_eq!(gc("?"), vec!["2:9: invalid character U+003F '?'"]);
        assert_eq!(gc("\\"), vec!["2:9: invalid character U+005C '\\'"]);
        assert_eq!(gc("\x01"), vec!["2:9: invalid character U+0001"]);
        assert_eq!(gc("\x0c"), vec!["2:9: invalid character U+000C"]);
        assert_eq!(gc("\x7f"), vec!["2:9: invalid character U+007F"]);
        let (t, _) = lex("a@b");
        let t: Vec<Tok> = t.into_iter().map(|(t, _)| t).collect();
        assert_eq!(t, vec![ident("a"), ident("b"), SEMI, Tok::Eof]);
    }

    #[test]
    fn message_formatting() {
        assert_eq!(fmt_unicode(0x40), "U+0040 '@'");
        assert_eq!(fmt_unicode(0xD800), "U+D800");
        assert_eq!(fmt_unicode(0x10FFFF), "U+10FFFF");
        assert_eq!(fmt_unicode(0x1F600), "U+1F600 '😀'");
        assert_eq!(quote_rune('\'' as u32), r"'\''");
        assert_eq!(quote_rune('\\' as u32), r"'\\'");
        assert_eq!(quote_rune('\n' as u32), r"'\n'");
        assert_eq!(quote_rune(0x01), r"'\x01'");
        assert_eq!(quote_rune(0x200B), r"'\u200b'");
        assert_eq!(quote_rune(0xE0001), r"'\U000e0001'");
        assert_eq!(quote_rune('é' as u32), "'é'");
    }

    #[test]
    fn unicode_tables() {
        assert!(is_letter('é' as i32));
        assert!(is_letter('ß' as i32));
        assert!(is_letter('日' as i32));
        assert!(!is_letter('\u{93F}' as i32));
        assert!(!is_letter('²' as i32));
        assert!(!is_letter('Ⅻ' as i32)); // Nl is not a letter in Go
        assert!(is_digit('٣' as i32));
        assert!(is_digit('𝟎' as i32));
        assert!(!is_digit('²' as i32));
        assert!(is_print(0xE9));
        assert!(!is_print(0xA0)); // no-break space
        assert!(!is_print(0x200B));
        for table in [tables::LETTER, tables::DIGIT, tables::NOT_PRINT] {
            assert!(table.len() % 2 == 0);
            assert!(table.windows(2).all(|w| w[0] <= w[1]));
        }
    }

    #[test]
    fn deep_nesting() {
        let src = format!("{}{}", "(".repeat(10_000), ")".repeat(10_000));
        let (t, d) = lex(&src);
        assert!(d.is_empty());
        assert_eq!(t.len(), 20_002); // parens, final semicolon, EOF
    }

    #[test]
    fn realistic_program() {
        let src = r#"package main

import "fmt"

// main prints.
func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		fmt.Println(i, v*2.5e0, 'x', `raw`)
	}
}
"#;
        let t = toks(src);
        let text: Vec<String> = t.iter().map(|t| t.to_string()).collect();
        assert_eq!(
            text.join(" "),
            "package main ; import \"fmt\" ; func main ( ) { s := [ ] int { 1 , 2 , 3 } ; \
             for i , v := range s { fmt . Println ( i , v * 2.5e0 , 'x' , `raw` ) ; } ; } ; EOF"
        );
    }

    /// A small deterministic PRNG for the fuzz tests (xorshift64*).
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// Lexes `src` and checks the output invariants; if there were no
    /// errors, every literal must also decode.
    fn check_invariants(src: &[u8]) {
        let (toks, diags) = lex_bytes(src);
        let len = src.len() as u32;
        assert_eq!(toks.last().map(|t| &t.0), Some(&Tok::Eof), "{src:?}");
        assert_eq!(toks.last().unwrap().1, Span::at(len));
        let mut prev = 0;
        for (tok, span) in &toks {
            assert!(
                span.lo <= span.hi && span.hi <= len,
                "{src:?}: {tok:?} {span:?}"
            );
            assert!(span.lo >= prev, "{src:?}: token order");
            prev = span.hi;
        }
        for d in &diags {
            assert!(d.span.lo <= d.span.hi && d.span.hi <= len, "{src:?}: {d:?}");
            assert!(!d.msg.is_empty());
        }
        for (tok, _) in &toks {
            let decoded = match tok {
                Tok::Str(s) => unquote_string(s).is_ok(),
                Tok::Char(s) => unquote_char(s).is_ok(),
                Tok::Int(s) => parse_int_lit(s).is_some(),
                Tok::Float(s) => parse_float_lit(s).is_some(),
                Tok::Imag(s) => parse_imag_lit(s).is_some(),
                _ => true,
            };
            assert!(
                decoded || !diags.is_empty(),
                "{src:?}: {tok:?} does not decode"
            );
        }
    }

    #[test]
    fn fuzz_random_bytes() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let n = rng.below(48);
            let src: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            check_invariants(&src);
        }
    }

    #[test]
    fn fuzz_token_soup() {
        // Fragments chosen to hit literal and comment edge cases often.
        const PIECES: &[&str] = &[
            "0", "1", "7", "8", "9", "a", "e", "E", "p", "P", "x", "X", "o", "b", "i", "_", ".",
            "+", "-", "'", "\"", "`", "\\", "u", "U", "\n", "\r", " ", "/", "*", "<", "=", "&",
            "^", "é", "١", "\u{feff}", "\0", "\u{ff}", "ff", "0x", "1e", "//", "/*", "*/",
        ];
        let mut rng = Rng(12345);
        for _ in 0..50_000 {
            let n = rng.below(14);
            let src: String = (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect();
            check_invariants(src.as_bytes());
        }
        let mut raw = b"\"\\xff\" '\\377' 0x_1p-2i".to_vec();
        raw.push(0xff);
        check_invariants(&raw);
    }
}

/// Character class tables generated from Go 1.27's `unicode` package
/// (Unicode 17.0.0) by enumerating all code points from U+0080 on; ASCII is
/// handled directly by the callers. Each table lists sorted, disjoint,
/// inclusive ranges flattened as `lo, hi, lo, hi, ...`; see `in_table`.
mod tables {
    /// Non-ASCII letters: categories Lu, Ll, Lt, Lm, Lo (Go's `unicode.IsLetter`).
    #[rustfmt::skip]
    pub(super) static LETTER: &[u32] = &[
        0xAA, 0xAA, 0xB5, 0xB5, 0xBA, 0xBA, 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x2C1, 0x2C6, 0x2D1,
        0x2E0, 0x2E4, 0x2EC, 0x2EC, 0x2EE, 0x2EE, 0x370, 0x374, 0x376, 0x377, 0x37A, 0x37D,
        0x37F, 0x37F, 0x386, 0x386, 0x388, 0x38A, 0x38C, 0x38C, 0x38E, 0x3A1, 0x3A3, 0x3F5,
        0x3F7, 0x481, 0x48A, 0x52F, 0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x5D0, 0x5EA,
        0x5EF, 0x5F2, 0x620, 0x64A, 0x66E, 0x66F, 0x671, 0x6D3, 0x6D5, 0x6D5, 0x6E5, 0x6E6,
        0x6EE, 0x6EF, 0x6FA, 0x6FC, 0x6FF, 0x6FF, 0x710, 0x710, 0x712, 0x72F, 0x74D, 0x7A5,
        0x7B1, 0x7B1, 0x7CA, 0x7EA, 0x7F4, 0x7F5, 0x7FA, 0x7FA, 0x800, 0x815, 0x81A, 0x81A,
        0x824, 0x824, 0x828, 0x828, 0x840, 0x858, 0x860, 0x86A, 0x870, 0x887, 0x889, 0x88F,
        0x8A0, 0x8C9, 0x904, 0x939, 0x93D, 0x93D, 0x950, 0x950, 0x958, 0x961, 0x971, 0x980,
        0x985, 0x98C, 0x98F, 0x990, 0x993, 0x9A8, 0x9AA, 0x9B0, 0x9B2, 0x9B2, 0x9B6, 0x9B9,
        0x9BD, 0x9BD, 0x9CE, 0x9CE, 0x9DC, 0x9DD, 0x9DF, 0x9E1, 0x9F0, 0x9F1, 0x9FC, 0x9FC,
        0xA05, 0xA0A, 0xA0F, 0xA10, 0xA13, 0xA28, 0xA2A, 0xA30, 0xA32, 0xA33, 0xA35, 0xA36,
        0xA38, 0xA39, 0xA59, 0xA5C, 0xA5E, 0xA5E, 0xA72, 0xA74, 0xA85, 0xA8D, 0xA8F, 0xA91,
        0xA93, 0xAA8, 0xAAA, 0xAB0, 0xAB2, 0xAB3, 0xAB5, 0xAB9, 0xABD, 0xABD, 0xAD0, 0xAD0,
        0xAE0, 0xAE1, 0xAF9, 0xAF9, 0xB05, 0xB0C, 0xB0F, 0xB10, 0xB13, 0xB28, 0xB2A, 0xB30,
        0xB32, 0xB33, 0xB35, 0xB39, 0xB3D, 0xB3D, 0xB5C, 0xB5D, 0xB5F, 0xB61, 0xB71, 0xB71,
        0xB83, 0xB83, 0xB85, 0xB8A, 0xB8E, 0xB90, 0xB92, 0xB95, 0xB99, 0xB9A, 0xB9C, 0xB9C,
        0xB9E, 0xB9F, 0xBA3, 0xBA4, 0xBA8, 0xBAA, 0xBAE, 0xBB9, 0xBD0, 0xBD0, 0xC05, 0xC0C,
        0xC0E, 0xC10, 0xC12, 0xC28, 0xC2A, 0xC39, 0xC3D, 0xC3D, 0xC58, 0xC5A, 0xC5C, 0xC5D,
        0xC60, 0xC61, 0xC80, 0xC80, 0xC85, 0xC8C, 0xC8E, 0xC90, 0xC92, 0xCA8, 0xCAA, 0xCB3,
        0xCB5, 0xCB9, 0xCBD, 0xCBD, 0xCDC, 0xCDE, 0xCE0, 0xCE1, 0xCF1, 0xCF2, 0xD04, 0xD0C,
        0xD0E, 0xD10, 0xD12, 0xD3A, 0xD3D, 0xD3D, 0xD4E, 0xD4E, 0xD54, 0xD56, 0xD5F, 0xD61,
        0xD7A, 0xD7F, 0xD85, 0xD96, 0xD9A, 0xDB1, 0xDB3, 0xDBB, 0xDBD, 0xDBD, 0xDC0, 0xDC6,
        0xE01, 0xE30, 0xE32, 0xE33, 0xE40, 0xE46, 0xE81, 0xE82, 0xE84, 0xE84, 0xE86, 0xE8A,
        0xE8C, 0xEA3, 0xEA5, 0xEA5, 0xEA7, 0xEB0, 0xEB2, 0xEB3, 0xEBD, 0xEBD, 0xEC0, 0xEC4,
        0xEC6, 0xEC6, 0xEDC, 0xEDF, 0xF00, 0xF00, 0xF40, 0xF47, 0xF49, 0xF6C, 0xF88, 0xF8C,
        0x1000, 0x102A, 0x103F, 0x103F, 0x1050, 0x1055, 0x105A, 0x105D, 0x1061, 0x1061,
        0x1065, 0x1066, 0x106E, 0x1070, 0x1075, 0x1081, 0x108E, 0x108E, 0x10A0, 0x10C5,
        0x10C7, 0x10C7, 0x10CD, 0x10CD, 0x10D0, 0x10FA, 0x10FC, 0x1248, 0x124A, 0x124D,
        0x1250, 0x1256, 0x1258, 0x1258, 0x125A, 0x125D, 0x1260, 0x1288, 0x128A, 0x128D,
        0x1290, 0x12B0, 0x12B2, 0x12B5, 0x12B8, 0x12BE, 0x12C0, 0x12C0, 0x12C2, 0x12C5,
        0x12C8, 0x12D6, 0x12D8, 0x1310, 0x1312, 0x1315, 0x1318, 0x135A, 0x1380, 0x138F,
        0x13A0, 0x13F5, 0x13F8, 0x13FD, 0x1401, 0x166C, 0x166F, 0x167F, 0x1681, 0x169A,
        0x16A0, 0x16EA, 0x16F1, 0x16F8, 0x1700, 0x1711, 0x171F, 0x1731, 0x1740, 0x1751,
        0x1760, 0x176C, 0x176E, 0x1770, 0x1780, 0x17B3, 0x17D7, 0x17D7, 0x17DC, 0x17DC,
        0x1820, 0x1878, 0x1880, 0x1884, 0x1887, 0x18A8, 0x18AA, 0x18AA, 0x18B0, 0x18F5,
        0x1900, 0x191E, 0x1950, 0x196D, 0x1970, 0x1974, 0x1980, 0x19AB, 0x19B0, 0x19C9,
        0x1A00, 0x1A16, 0x1A20, 0x1A54, 0x1AA7, 0x1AA7, 0x1B05, 0x1B33, 0x1B45, 0x1B4C,
        0x1B83, 0x1BA0, 0x1BAE, 0x1BAF, 0x1BBA, 0x1BE5, 0x1C00, 0x1C23, 0x1C4D, 0x1C4F,
        0x1C5A, 0x1C7D, 0x1C80, 0x1C8A, 0x1C90, 0x1CBA, 0x1CBD, 0x1CBF, 0x1CE9, 0x1CEC,
        0x1CEE, 0x1CF3, 0x1CF5, 0x1CF6, 0x1CFA, 0x1CFA, 0x1D00, 0x1DBF, 0x1E00, 0x1F15,
        0x1F18, 0x1F1D, 0x1F20, 0x1F45, 0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59,
        0x1F5B, 0x1F5B, 0x1F5D, 0x1F5D, 0x1F5F, 0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FBC,
        0x1FBE, 0x1FBE, 0x1FC2, 0x1FC4, 0x1FC6, 0x1FCC, 0x1FD0, 0x1FD3, 0x1FD6, 0x1FDB,
        0x1FE0, 0x1FEC, 0x1FF2, 0x1FF4, 0x1FF6, 0x1FFC, 0x2071, 0x2071, 0x207F, 0x207F,
        0x2090, 0x209C, 0x2102, 0x2102, 0x2107, 0x2107, 0x210A, 0x2113, 0x2115, 0x2115,
        0x2119, 0x211D, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212A, 0x212D,
        0x212F, 0x2139, 0x213C, 0x213F, 0x2145, 0x2149, 0x214E, 0x214E, 0x2183, 0x2184,
        0x2C00, 0x2CE4, 0x2CEB, 0x2CEE, 0x2CF2, 0x2CF3, 0x2D00, 0x2D25, 0x2D27, 0x2D27,
        0x2D2D, 0x2D2D, 0x2D30, 0x2D67, 0x2D6F, 0x2D6F, 0x2D80, 0x2D96, 0x2DA0, 0x2DA6,
        0x2DA8, 0x2DAE, 0x2DB0, 0x2DB6, 0x2DB8, 0x2DBE, 0x2DC0, 0x2DC6, 0x2DC8, 0x2DCE,
        0x2DD0, 0x2DD6, 0x2DD8, 0x2DDE, 0x2E2F, 0x2E2F, 0x3005, 0x3006, 0x3031, 0x3035,
        0x303B, 0x303C, 0x3041, 0x3096, 0x309D, 0x309F, 0x30A1, 0x30FA, 0x30FC, 0x30FF,
        0x3105, 0x312F, 0x3131, 0x318E, 0x31A0, 0x31BF, 0x31F0, 0x31FF, 0x3400, 0x4DBF,
        0x4E00, 0xA48C, 0xA4D0, 0xA4FD, 0xA500, 0xA60C, 0xA610, 0xA61F, 0xA62A, 0xA62B,
        0xA640, 0xA66E, 0xA67F, 0xA69D, 0xA6A0, 0xA6E5, 0xA717, 0xA71F, 0xA722, 0xA788,
        0xA78B, 0xA7DC, 0xA7F1, 0xA801, 0xA803, 0xA805, 0xA807, 0xA80A, 0xA80C, 0xA822,
        0xA840, 0xA873, 0xA882, 0xA8B3, 0xA8F2, 0xA8F7, 0xA8FB, 0xA8FB, 0xA8FD, 0xA8FE,
        0xA90A, 0xA925, 0xA930, 0xA946, 0xA960, 0xA97C, 0xA984, 0xA9B2, 0xA9CF, 0xA9CF,
        0xA9E0, 0xA9E4, 0xA9E6, 0xA9EF, 0xA9FA, 0xA9FE, 0xAA00, 0xAA28, 0xAA40, 0xAA42,
        0xAA44, 0xAA4B, 0xAA60, 0xAA76, 0xAA7A, 0xAA7A, 0xAA7E, 0xAAAF, 0xAAB1, 0xAAB1,
        0xAAB5, 0xAAB6, 0xAAB9, 0xAABD, 0xAAC0, 0xAAC0, 0xAAC2, 0xAAC2, 0xAADB, 0xAADD,
        0xAAE0, 0xAAEA, 0xAAF2, 0xAAF4, 0xAB01, 0xAB06, 0xAB09, 0xAB0E, 0xAB11, 0xAB16,
        0xAB20, 0xAB26, 0xAB28, 0xAB2E, 0xAB30, 0xAB5A, 0xAB5C, 0xAB69, 0xAB70, 0xABE2,
        0xAC00, 0xD7A3, 0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB, 0xF900, 0xFA6D, 0xFA70, 0xFAD9,
        0xFB00, 0xFB06, 0xFB13, 0xFB17, 0xFB1D, 0xFB1D, 0xFB1F, 0xFB28, 0xFB2A, 0xFB36,
        0xFB38, 0xFB3C, 0xFB3E, 0xFB3E, 0xFB40, 0xFB41, 0xFB43, 0xFB44, 0xFB46, 0xFBB1,
        0xFBD3, 0xFD3D, 0xFD50, 0xFD8F, 0xFD92, 0xFDC7, 0xFDF0, 0xFDFB, 0xFE70, 0xFE74,
        0xFE76, 0xFEFC, 0xFF21, 0xFF3A, 0xFF41, 0xFF5A, 0xFF66, 0xFFBE, 0xFFC2, 0xFFC7,
        0xFFCA, 0xFFCF, 0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC, 0x10000, 0x1000B, 0x1000D, 0x10026,
        0x10028, 0x1003A, 0x1003C, 0x1003D, 0x1003F, 0x1004D, 0x10050, 0x1005D, 0x10080, 0x100FA,
        0x10280, 0x1029C, 0x102A0, 0x102D0, 0x10300, 0x1031F, 0x1032D, 0x10340, 0x10342, 0x10349,
        0x10350, 0x10375, 0x10380, 0x1039D, 0x103A0, 0x103C3, 0x103C8, 0x103CF, 0x10400, 0x1049D,
        0x104B0, 0x104D3, 0x104D8, 0x104FB, 0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057A,
        0x1057C, 0x1058A, 0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1,
        0x105B3, 0x105B9, 0x105BB, 0x105BC, 0x105C0, 0x105F3, 0x10600, 0x10736, 0x10740, 0x10755,
        0x10760, 0x10767, 0x10780, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10800, 0x10805,
        0x10808, 0x10808, 0x1080A, 0x10835, 0x10837, 0x10838, 0x1083C, 0x1083C, 0x1083F, 0x10855,
        0x10860, 0x10876, 0x10880, 0x1089E, 0x108E0, 0x108F2, 0x108F4, 0x108F5, 0x10900, 0x10915,
        0x10920, 0x10939, 0x10940, 0x10959, 0x10980, 0x109B7, 0x109BE, 0x109BF, 0x10A00, 0x10A00,
        0x10A10, 0x10A13, 0x10A15, 0x10A17, 0x10A19, 0x10A35, 0x10A60, 0x10A7C, 0x10A80, 0x10A9C,
        0x10AC0, 0x10AC7, 0x10AC9, 0x10AE4, 0x10B00, 0x10B35, 0x10B40, 0x10B55, 0x10B60, 0x10B72,
        0x10B80, 0x10B91, 0x10C00, 0x10C48, 0x10C80, 0x10CB2, 0x10CC0, 0x10CF2, 0x10D00, 0x10D23,
        0x10D4A, 0x10D65, 0x10D6F, 0x10D85, 0x10E80, 0x10EA9, 0x10EB0, 0x10EB1, 0x10EC2, 0x10EC7,
        0x10F00, 0x10F1C, 0x10F27, 0x10F27, 0x10F30, 0x10F45, 0x10F70, 0x10F81, 0x10FB0, 0x10FC4,
        0x10FE0, 0x10FF6, 0x11003, 0x11037, 0x11071, 0x11072, 0x11075, 0x11075, 0x11083, 0x110AF,
        0x110D0, 0x110E8, 0x11103, 0x11126, 0x11144, 0x11144, 0x11147, 0x11147, 0x11150, 0x11172,
        0x11176, 0x11176, 0x11183, 0x111B2, 0x111C1, 0x111C4, 0x111DA, 0x111DA, 0x111DC, 0x111DC,
        0x11200, 0x11211, 0x11213, 0x1122B, 0x1123F, 0x11240, 0x11280, 0x11286, 0x11288, 0x11288,
        0x1128A, 0x1128D, 0x1128F, 0x1129D, 0x1129F, 0x112A8, 0x112B0, 0x112DE, 0x11305, 0x1130C,
        0x1130F, 0x11310, 0x11313, 0x11328, 0x1132A, 0x11330, 0x11332, 0x11333, 0x11335, 0x11339,
        0x1133D, 0x1133D, 0x11350, 0x11350, 0x1135D, 0x11361, 0x11380, 0x11389, 0x1138B, 0x1138B,
        0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113B7, 0x113D1, 0x113D1, 0x113D3, 0x113D3,
        0x11400, 0x11434, 0x11447, 0x1144A, 0x1145F, 0x11461, 0x11480, 0x114AF, 0x114C4, 0x114C5,
        0x114C7, 0x114C7, 0x11580, 0x115AE, 0x115D8, 0x115DB, 0x11600, 0x1162F, 0x11644, 0x11644,
        0x11680, 0x116AA, 0x116B8, 0x116B8, 0x11700, 0x1171A, 0x11740, 0x11746, 0x11800, 0x1182B,
        0x118A0, 0x118DF, 0x118FF, 0x11906, 0x11909, 0x11909, 0x1190C, 0x11913, 0x11915, 0x11916,
        0x11918, 0x1192F, 0x1193F, 0x1193F, 0x11941, 0x11941, 0x119A0, 0x119A7, 0x119AA, 0x119D0,
        0x119E1, 0x119E1, 0x119E3, 0x119E3, 0x11A00, 0x11A00, 0x11A0B, 0x11A32, 0x11A3A, 0x11A3A,
        0x11A50, 0x11A50, 0x11A5C, 0x11A89, 0x11A9D, 0x11A9D, 0x11AB0, 0x11AF8, 0x11BC0, 0x11BE0,
        0x11C00, 0x11C08, 0x11C0A, 0x11C2E, 0x11C40, 0x11C40, 0x11C72, 0x11C8F, 0x11D00, 0x11D06,
        0x11D08, 0x11D09, 0x11D0B, 0x11D30, 0x11D46, 0x11D46, 0x11D60, 0x11D65, 0x11D67, 0x11D68,
        0x11D6A, 0x11D89, 0x11D98, 0x11D98, 0x11DB0, 0x11DDB, 0x11EE0, 0x11EF2, 0x11F02, 0x11F02,
        0x11F04, 0x11F10, 0x11F12, 0x11F33, 0x11FB0, 0x11FB0, 0x12000, 0x12399, 0x12480, 0x12543,
        0x12F90, 0x12FF0, 0x13000, 0x1342F, 0x13441, 0x13446, 0x13460, 0x143FA, 0x14400, 0x14646,
        0x16100, 0x1611D, 0x16800, 0x16A38, 0x16A40, 0x16A5E, 0x16A70, 0x16ABE, 0x16AD0, 0x16AED,
        0x16B00, 0x16B2F, 0x16B40, 0x16B43, 0x16B63, 0x16B77, 0x16B7D, 0x16B8F, 0x16D40, 0x16D6C,
        0x16E40, 0x16E7F, 0x16EA0, 0x16EB8, 0x16EBB, 0x16ED3, 0x16F00, 0x16F4A, 0x16F50, 0x16F50,
        0x16F93, 0x16F9F, 0x16FE0, 0x16FE1, 0x16FE3, 0x16FE3, 0x16FF2, 0x16FF3, 0x17000, 0x18CD5,
        0x18CFF, 0x18D1E, 0x18D80, 0x18DF2, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE,
        0x1B000, 0x1B122, 0x1B132, 0x1B132, 0x1B150, 0x1B152, 0x1B155, 0x1B155, 0x1B164, 0x1B167,
        0x1B170, 0x1B2FB, 0x1BC00, 0x1BC6A, 0x1BC70, 0x1BC7C, 0x1BC80, 0x1BC88, 0x1BC90, 0x1BC99,
        0x1D400, 0x1D454, 0x1D456, 0x1D49C, 0x1D49E, 0x1D49F, 0x1D4A2, 0x1D4A2, 0x1D4A5, 0x1D4A6,
        0x1D4A9, 0x1D4AC, 0x1D4AE, 0x1D4B9, 0x1D4BB, 0x1D4BB, 0x1D4BD, 0x1D4C3, 0x1D4C5, 0x1D505,
        0x1D507, 0x1D50A, 0x1D50D, 0x1D514, 0x1D516, 0x1D51C, 0x1D51E, 0x1D539, 0x1D53B, 0x1D53E,
        0x1D540, 0x1D544, 0x1D546, 0x1D546, 0x1D54A, 0x1D550, 0x1D552, 0x1D6A5, 0x1D6A8, 0x1D6C0,
        0x1D6C2, 0x1D6DA, 0x1D6DC, 0x1D6FA, 0x1D6FC, 0x1D714, 0x1D716, 0x1D734, 0x1D736, 0x1D74E,
        0x1D750, 0x1D76E, 0x1D770, 0x1D788, 0x1D78A, 0x1D7A8, 0x1D7AA, 0x1D7C2, 0x1D7C4, 0x1D7CB,
        0x1DF00, 0x1DF1E, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E100, 0x1E12C, 0x1E137, 0x1E13D,
        0x1E14E, 0x1E14E, 0x1E290, 0x1E2AD, 0x1E2C0, 0x1E2EB, 0x1E4D0, 0x1E4EB, 0x1E5D0, 0x1E5ED,
        0x1E5F0, 0x1E5F0, 0x1E6C0, 0x1E6DE, 0x1E6E0, 0x1E6E2, 0x1E6E4, 0x1E6E5, 0x1E6E7, 0x1E6ED,
        0x1E6F0, 0x1E6F4, 0x1E6FE, 0x1E6FF, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE,
        0x1E7F0, 0x1E7FE, 0x1E800, 0x1E8C4, 0x1E900, 0x1E943, 0x1E94B, 0x1E94B, 0x1EE00, 0x1EE03,
        0x1EE05, 0x1EE1F, 0x1EE21, 0x1EE22, 0x1EE24, 0x1EE24, 0x1EE27, 0x1EE27, 0x1EE29, 0x1EE32,
        0x1EE34, 0x1EE37, 0x1EE39, 0x1EE39, 0x1EE3B, 0x1EE3B, 0x1EE42, 0x1EE42, 0x1EE47, 0x1EE47,
        0x1EE49, 0x1EE49, 0x1EE4B, 0x1EE4B, 0x1EE4D, 0x1EE4F, 0x1EE51, 0x1EE52, 0x1EE54, 0x1EE54,
        0x1EE57, 0x1EE57, 0x1EE59, 0x1EE59, 0x1EE5B, 0x1EE5B, 0x1EE5D, 0x1EE5D, 0x1EE5F, 0x1EE5F,
        0x1EE61, 0x1EE62, 0x1EE64, 0x1EE64, 0x1EE67, 0x1EE6A, 0x1EE6C, 0x1EE72, 0x1EE74, 0x1EE77,
        0x1EE79, 0x1EE7C, 0x1EE7E, 0x1EE7E, 0x1EE80, 0x1EE89, 0x1EE8B, 0x1EE9B, 0x1EEA1, 0x1EEA3,
        0x1EEA5, 0x1EEA9, 0x1EEAB, 0x1EEBB, 0x20000, 0x2A6DF, 0x2A700, 0x2B81D, 0x2B820, 0x2CEAD,
        0x2CEB0, 0x2EBE0, 0x2EBF0, 0x2EE5D, 0x2F800, 0x2FA1D, 0x30000, 0x3134A, 0x31350, 0x33479,
    ];
    /// Non-ASCII decimal digits: category Nd (Go's `unicode.IsDigit`).
    #[rustfmt::skip]
    pub(super) static DIGIT: &[u32] = &[
        0x660, 0x669, 0x6F0, 0x6F9, 0x7C0, 0x7C9, 0x966, 0x96F, 0x9E6, 0x9EF, 0xA66, 0xA6F,
        0xAE6, 0xAEF, 0xB66, 0xB6F, 0xBE6, 0xBEF, 0xC66, 0xC6F, 0xCE6, 0xCEF, 0xD66, 0xD6F,
        0xDE6, 0xDEF, 0xE50, 0xE59, 0xED0, 0xED9, 0xF20, 0xF29, 0x1040, 0x1049, 0x1090, 0x1099,
        0x17E0, 0x17E9, 0x1810, 0x1819, 0x1946, 0x194F, 0x19D0, 0x19D9, 0x1A80, 0x1A89,
        0x1A90, 0x1A99, 0x1B50, 0x1B59, 0x1BB0, 0x1BB9, 0x1C40, 0x1C49, 0x1C50, 0x1C59,
        0xA620, 0xA629, 0xA8D0, 0xA8D9, 0xA900, 0xA909, 0xA9D0, 0xA9D9, 0xA9F0, 0xA9F9,
        0xAA50, 0xAA59, 0xABF0, 0xABF9, 0xFF10, 0xFF19, 0x104A0, 0x104A9, 0x10D30, 0x10D39,
        0x10D40, 0x10D49, 0x11066, 0x1106F, 0x110F0, 0x110F9, 0x11136, 0x1113F, 0x111D0, 0x111D9,
        0x112F0, 0x112F9, 0x11450, 0x11459, 0x114D0, 0x114D9, 0x11650, 0x11659, 0x116C0, 0x116C9,
        0x116D0, 0x116E3, 0x11730, 0x11739, 0x118E0, 0x118E9, 0x11950, 0x11959, 0x11BF0, 0x11BF9,
        0x11C50, 0x11C59, 0x11D50, 0x11D59, 0x11DA0, 0x11DA9, 0x11DE0, 0x11DE9, 0x11F50, 0x11F59,
        0x16130, 0x16139, 0x16A60, 0x16A69, 0x16AC0, 0x16AC9, 0x16B50, 0x16B59, 0x16D70, 0x16D79,
        0x1CCF0, 0x1CCF9, 0x1D7CE, 0x1D7FF, 0x1E140, 0x1E149, 0x1E2F0, 0x1E2F9, 0x1E4F0, 0x1E4F9,
        0x1E5F1, 0x1E5FA, 0x1E950, 0x1E959, 0x1FBF0, 0x1FBF9,
    ];
    /// Non-ASCII code points that Go's `strconv.IsPrint` rejects.
    #[rustfmt::skip]
    pub(super) static NOT_PRINT: &[u32] = &[
        0x80, 0xA0, 0xAD, 0xAD, 0x378, 0x379, 0x380, 0x383, 0x38B, 0x38B, 0x38D, 0x38D,
        0x3A2, 0x3A2, 0x530, 0x530, 0x557, 0x558, 0x58B, 0x58C, 0x590, 0x590, 0x5C8, 0x5CF,
        0x5EB, 0x5EE, 0x5F5, 0x605, 0x61C, 0x61C, 0x6DD, 0x6DD, 0x70E, 0x70F, 0x74B, 0x74C,
        0x7B2, 0x7BF, 0x7FB, 0x7FC, 0x82E, 0x82F, 0x83F, 0x83F, 0x85C, 0x85D, 0x85F, 0x85F,
        0x86B, 0x86F, 0x890, 0x896, 0x8E2, 0x8E2, 0x984, 0x984, 0x98D, 0x98E, 0x991, 0x992,
        0x9A9, 0x9A9, 0x9B1, 0x9B1, 0x9B3, 0x9B5, 0x9BA, 0x9BB, 0x9C5, 0x9C6, 0x9C9, 0x9CA,
        0x9CF, 0x9D6, 0x9D8, 0x9DB, 0x9DE, 0x9DE, 0x9E4, 0x9E5, 0x9FF, 0xA00, 0xA04, 0xA04,
        0xA0B, 0xA0E, 0xA11, 0xA12, 0xA29, 0xA29, 0xA31, 0xA31, 0xA34, 0xA34, 0xA37, 0xA37,
        0xA3A, 0xA3B, 0xA3D, 0xA3D, 0xA43, 0xA46, 0xA49, 0xA4A, 0xA4E, 0xA50, 0xA52, 0xA58,
        0xA5D, 0xA5D, 0xA5F, 0xA65, 0xA77, 0xA80, 0xA84, 0xA84, 0xA8E, 0xA8E, 0xA92, 0xA92,
        0xAA9, 0xAA9, 0xAB1, 0xAB1, 0xAB4, 0xAB4, 0xABA, 0xABB, 0xAC6, 0xAC6, 0xACA, 0xACA,
        0xACE, 0xACF, 0xAD1, 0xADF, 0xAE4, 0xAE5, 0xAF2, 0xAF8, 0xB00, 0xB00, 0xB04, 0xB04,
        0xB0D, 0xB0E, 0xB11, 0xB12, 0xB29, 0xB29, 0xB31, 0xB31, 0xB34, 0xB34, 0xB3A, 0xB3B,
        0xB45, 0xB46, 0xB49, 0xB4A, 0xB4E, 0xB54, 0xB58, 0xB5B, 0xB5E, 0xB5E, 0xB64, 0xB65,
        0xB78, 0xB81, 0xB84, 0xB84, 0xB8B, 0xB8D, 0xB91, 0xB91, 0xB96, 0xB98, 0xB9B, 0xB9B,
        0xB9D, 0xB9D, 0xBA0, 0xBA2, 0xBA5, 0xBA7, 0xBAB, 0xBAD, 0xBBA, 0xBBD, 0xBC3, 0xBC5,
        0xBC9, 0xBC9, 0xBCE, 0xBCF, 0xBD1, 0xBD6, 0xBD8, 0xBE5, 0xBFB, 0xBFF, 0xC0D, 0xC0D,
        0xC11, 0xC11, 0xC29, 0xC29, 0xC3A, 0xC3B, 0xC45, 0xC45, 0xC49, 0xC49, 0xC4E, 0xC54,
        0xC57, 0xC57, 0xC5B, 0xC5B, 0xC5E, 0xC5F, 0xC64, 0xC65, 0xC70, 0xC76, 0xC8D, 0xC8D,
        0xC91, 0xC91, 0xCA9, 0xCA9, 0xCB4, 0xCB4, 0xCBA, 0xCBB, 0xCC5, 0xCC5, 0xCC9, 0xCC9,
        0xCCE, 0xCD4, 0xCD7, 0xCDB, 0xCDF, 0xCDF, 0xCE4, 0xCE5, 0xCF0, 0xCF0, 0xCF4, 0xCFF,
        0xD0D, 0xD0D, 0xD11, 0xD11, 0xD45, 0xD45, 0xD49, 0xD49, 0xD50, 0xD53, 0xD64, 0xD65,
        0xD80, 0xD80, 0xD84, 0xD84, 0xD97, 0xD99, 0xDB2, 0xDB2, 0xDBC, 0xDBC, 0xDBE, 0xDBF,
        0xDC7, 0xDC9, 0xDCB, 0xDCE, 0xDD5, 0xDD5, 0xDD7, 0xDD7, 0xDE0, 0xDE5, 0xDF0, 0xDF1,
        0xDF5, 0xE00, 0xE3B, 0xE3E, 0xE5C, 0xE80, 0xE83, 0xE83, 0xE85, 0xE85, 0xE8B, 0xE8B,
        0xEA4, 0xEA4, 0xEA6, 0xEA6, 0xEBE, 0xEBF, 0xEC5, 0xEC5, 0xEC7, 0xEC7, 0xECF, 0xECF,
        0xEDA, 0xEDB, 0xEE0, 0xEFF, 0xF48, 0xF48, 0xF6D, 0xF70, 0xF98, 0xF98, 0xFBD, 0xFBD,
        0xFCD, 0xFCD, 0xFDB, 0xFFF, 0x10C6, 0x10C6, 0x10C8, 0x10CC, 0x10CE, 0x10CF, 0x1249, 0x1249,
        0x124E, 0x124F, 0x1257, 0x1257, 0x1259, 0x1259, 0x125E, 0x125F, 0x1289, 0x1289,
        0x128E, 0x128F, 0x12B1, 0x12B1, 0x12B6, 0x12B7, 0x12BF, 0x12BF, 0x12C1, 0x12C1,
        0x12C6, 0x12C7, 0x12D7, 0x12D7, 0x1311, 0x1311, 0x1316, 0x1317, 0x135B, 0x135C,
        0x137D, 0x137F, 0x139A, 0x139F, 0x13F6, 0x13F7, 0x13FE, 0x13FF, 0x1680, 0x1680,
        0x169D, 0x169F, 0x16F9, 0x16FF, 0x1716, 0x171E, 0x1737, 0x173F, 0x1754, 0x175F,
        0x176D, 0x176D, 0x1771, 0x1771, 0x1774, 0x177F, 0x17DE, 0x17DF, 0x17EA, 0x17EF,
        0x17FA, 0x17FF, 0x180E, 0x180E, 0x181A, 0x181F, 0x1879, 0x187F, 0x18AB, 0x18AF,
        0x18F6, 0x18FF, 0x191F, 0x191F, 0x192C, 0x192F, 0x193C, 0x193F, 0x1941, 0x1943,
        0x196E, 0x196F, 0x1975, 0x197F, 0x19AC, 0x19AF, 0x19CA, 0x19CF, 0x19DB, 0x19DD,
        0x1A1C, 0x1A1D, 0x1A5F, 0x1A5F, 0x1A7D, 0x1A7E, 0x1A8A, 0x1A8F, 0x1A9A, 0x1A9F,
        0x1AAE, 0x1AAF, 0x1ADE, 0x1ADF, 0x1AEC, 0x1AFF, 0x1B4D, 0x1B4D, 0x1BF4, 0x1BFB,
        0x1C38, 0x1C3A, 0x1C4A, 0x1C4C, 0x1C8B, 0x1C8F, 0x1CBB, 0x1CBC, 0x1CC8, 0x1CCF,
        0x1CFB, 0x1CFF, 0x1F16, 0x1F17, 0x1F1E, 0x1F1F, 0x1F46, 0x1F47, 0x1F4E, 0x1F4F,
        0x1F58, 0x1F58, 0x1F5A, 0x1F5A, 0x1F5C, 0x1F5C, 0x1F5E, 0x1F5E, 0x1F7E, 0x1F7F,
        0x1FB5, 0x1FB5, 0x1FC5, 0x1FC5, 0x1FD4, 0x1FD5, 0x1FDC, 0x1FDC, 0x1FF0, 0x1FF1,
        0x1FF5, 0x1FF5, 0x1FFF, 0x200F, 0x2028, 0x202F, 0x205F, 0x206F, 0x2072, 0x2073,
        0x208F, 0x208F, 0x209D, 0x209F, 0x20C2, 0x20CF, 0x20F1, 0x20FF, 0x218C, 0x218F,
        0x242A, 0x243F, 0x244B, 0x245F, 0x2B74, 0x2B75, 0x2CF4, 0x2CF8, 0x2D26, 0x2D26,
        0x2D28, 0x2D2C, 0x2D2E, 0x2D2F, 0x2D68, 0x2D6E, 0x2D71, 0x2D7E, 0x2D97, 0x2D9F,
        0x2DA7, 0x2DA7, 0x2DAF, 0x2DAF, 0x2DB7, 0x2DB7, 0x2DBF, 0x2DBF, 0x2DC7, 0x2DC7,
        0x2DCF, 0x2DCF, 0x2DD7, 0x2DD7, 0x2DDF, 0x2DDF, 0x2E5E, 0x2E7F, 0x2E9A, 0x2E9A,
        0x2EF4, 0x2EFF, 0x2FD6, 0x2FEF, 0x3000, 0x3000, 0x3040, 0x3040, 0x3097, 0x3098,
        0x3100, 0x3104, 0x3130, 0x3130, 0x318F, 0x318F, 0x31E6, 0x31EE, 0x321F, 0x321F,
        0xA48D, 0xA48F, 0xA4C7, 0xA4CF, 0xA62C, 0xA63F, 0xA6F8, 0xA6FF, 0xA7DD, 0xA7F0,
        0xA82D, 0xA82F, 0xA83A, 0xA83F, 0xA878, 0xA87F, 0xA8C6, 0xA8CD, 0xA8DA, 0xA8DF,
        0xA954, 0xA95E, 0xA97D, 0xA97F, 0xA9CE, 0xA9CE, 0xA9DA, 0xA9DD, 0xA9FF, 0xA9FF,
        0xAA37, 0xAA3F, 0xAA4E, 0xAA4F, 0xAA5A, 0xAA5B, 0xAAC3, 0xAADA, 0xAAF7, 0xAB00,
        0xAB07, 0xAB08, 0xAB0F, 0xAB10, 0xAB17, 0xAB1F, 0xAB27, 0xAB27, 0xAB2F, 0xAB2F,
        0xAB6C, 0xAB6F, 0xABEE, 0xABEF, 0xABFA, 0xABFF, 0xD7A4, 0xD7AF, 0xD7C7, 0xD7CA,
        0xD7FC, 0xF8FF, 0xFA6E, 0xFA6F, 0xFADA, 0xFAFF, 0xFB07, 0xFB12, 0xFB18, 0xFB1C,
        0xFB37, 0xFB37, 0xFB3D, 0xFB3D, 0xFB3F, 0xFB3F, 0xFB42, 0xFB42, 0xFB45, 0xFB45,
        0xFDD0, 0xFDEF, 0xFE1A, 0xFE1F, 0xFE53, 0xFE53, 0xFE67, 0xFE67, 0xFE6C, 0xFE6F,
        0xFE75, 0xFE75, 0xFEFD, 0xFF00, 0xFFBF, 0xFFC1, 0xFFC8, 0xFFC9, 0xFFD0, 0xFFD1,
        0xFFD8, 0xFFD9, 0xFFDD, 0xFFDF, 0xFFE7, 0xFFE7, 0xFFEF, 0xFFFB, 0xFFFE, 0xFFFF,
        0x1000C, 0x1000C, 0x10027, 0x10027, 0x1003B, 0x1003B, 0x1003E, 0x1003E, 0x1004E, 0x1004F,
        0x1005E, 0x1007F, 0x100FB, 0x100FF, 0x10103, 0x10106, 0x10134, 0x10136, 0x1018F, 0x1018F,
        0x1019D, 0x1019F, 0x101A1, 0x101CF, 0x101FE, 0x1027F, 0x1029D, 0x1029F, 0x102D1, 0x102DF,
        0x102FC, 0x102FF, 0x10324, 0x1032C, 0x1034B, 0x1034F, 0x1037B, 0x1037F, 0x1039E, 0x1039E,
        0x103C4, 0x103C7, 0x103D6, 0x103FF, 0x1049E, 0x1049F, 0x104AA, 0x104AF, 0x104D4, 0x104D7,
        0x104FC, 0x104FF, 0x10528, 0x1052F, 0x10564, 0x1056E, 0x1057B, 0x1057B, 0x1058B, 0x1058B,
        0x10593, 0x10593, 0x10596, 0x10596, 0x105A2, 0x105A2, 0x105B2, 0x105B2, 0x105BA, 0x105BA,
        0x105BD, 0x105BF, 0x105F4, 0x105FF, 0x10737, 0x1073F, 0x10756, 0x1075F, 0x10768, 0x1077F,
        0x10786, 0x10786, 0x107B1, 0x107B1, 0x107BB, 0x107FF, 0x10806, 0x10807, 0x10809, 0x10809,
        0x10836, 0x10836, 0x10839, 0x1083B, 0x1083D, 0x1083E, 0x10856, 0x10856, 0x1089F, 0x108A6,
        0x108B0, 0x108DF, 0x108F3, 0x108F3, 0x108F6, 0x108FA, 0x1091C, 0x1091E, 0x1093A, 0x1093E,
        0x1095A, 0x1097F, 0x109B8, 0x109BB, 0x109D0, 0x109D1, 0x10A04, 0x10A04, 0x10A07, 0x10A0B,
        0x10A14, 0x10A14, 0x10A18, 0x10A18, 0x10A36, 0x10A37, 0x10A3B, 0x10A3E, 0x10A49, 0x10A4F,
        0x10A59, 0x10A5F, 0x10AA0, 0x10ABF, 0x10AE7, 0x10AEA, 0x10AF7, 0x10AFF, 0x10B36, 0x10B38,
        0x10B56, 0x10B57, 0x10B73, 0x10B77, 0x10B92, 0x10B98, 0x10B9D, 0x10BA8, 0x10BB0, 0x10BFF,
        0x10C49, 0x10C7F, 0x10CB3, 0x10CBF, 0x10CF3, 0x10CF9, 0x10D28, 0x10D2F, 0x10D3A, 0x10D3F,
        0x10D66, 0x10D68, 0x10D86, 0x10D8D, 0x10D90, 0x10E5F, 0x10E7F, 0x10E7F, 0x10EAA, 0x10EAA,
        0x10EAE, 0x10EAF, 0x10EB2, 0x10EC1, 0x10EC8, 0x10ECF, 0x10ED9, 0x10EF9, 0x10F28, 0x10F2F,
        0x10F5A, 0x10F6F, 0x10F8A, 0x10FAF, 0x10FCC, 0x10FDF, 0x10FF7, 0x10FFF, 0x1104E, 0x11051,
        0x11076, 0x1107E, 0x110BD, 0x110BD, 0x110C3, 0x110CF, 0x110E9, 0x110EF, 0x110FA, 0x110FF,
        0x11135, 0x11135, 0x11148, 0x1114F, 0x11177, 0x1117F, 0x111E0, 0x111E0, 0x111F5, 0x111FF,
        0x11212, 0x11212, 0x11242, 0x1127F, 0x11287, 0x11287, 0x11289, 0x11289, 0x1128E, 0x1128E,
        0x1129E, 0x1129E, 0x112AA, 0x112AF, 0x112EB, 0x112EF, 0x112FA, 0x112FF, 0x11304, 0x11304,
        0x1130D, 0x1130E, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331, 0x11331, 0x11334, 0x11334,
        0x1133A, 0x1133A, 0x11345, 0x11346, 0x11349, 0x1134A, 0x1134E, 0x1134F, 0x11351, 0x11356,
        0x11358, 0x1135C, 0x11364, 0x11365, 0x1136D, 0x1136F, 0x11375, 0x1137F, 0x1138A, 0x1138A,
        0x1138C, 0x1138D, 0x1138F, 0x1138F, 0x113B6, 0x113B6, 0x113C1, 0x113C1, 0x113C3, 0x113C4,
        0x113C6, 0x113C6, 0x113CB, 0x113CB, 0x113D6, 0x113D6, 0x113D9, 0x113E0, 0x113E3, 0x113FF,
        0x1145C, 0x1145C, 0x11462, 0x1147F, 0x114C8, 0x114CF, 0x114DA, 0x1157F, 0x115B6, 0x115B7,
        0x115DE, 0x115FF, 0x11645, 0x1164F, 0x1165A, 0x1165F, 0x1166D, 0x1167F, 0x116BA, 0x116BF,
        0x116CA, 0x116CF, 0x116E4, 0x116FF, 0x1171B, 0x1171C, 0x1172C, 0x1172F, 0x11747, 0x117FF,
        0x1183C, 0x1189F, 0x118F3, 0x118FE, 0x11907, 0x11908, 0x1190A, 0x1190B, 0x11914, 0x11914,
        0x11917, 0x11917, 0x11936, 0x11936, 0x11939, 0x1193A, 0x11947, 0x1194F, 0x1195A, 0x1199F,
        0x119A8, 0x119A9, 0x119D8, 0x119D9, 0x119E5, 0x119FF, 0x11A48, 0x11A4F, 0x11AA3, 0x11AAF,
        0x11AF9, 0x11AFF, 0x11B0A, 0x11B5F, 0x11B68, 0x11BBF, 0x11BE2, 0x11BEF, 0x11BFA, 0x11BFF,
        0x11C09, 0x11C09, 0x11C37, 0x11C37, 0x11C46, 0x11C4F, 0x11C6D, 0x11C6F, 0x11C90, 0x11C91,
        0x11CA8, 0x11CA8, 0x11CB7, 0x11CFF, 0x11D07, 0x11D07, 0x11D0A, 0x11D0A, 0x11D37, 0x11D39,
        0x11D3B, 0x11D3B, 0x11D3E, 0x11D3E, 0x11D48, 0x11D4F, 0x11D5A, 0x11D5F, 0x11D66, 0x11D66,
        0x11D69, 0x11D69, 0x11D8F, 0x11D8F, 0x11D92, 0x11D92, 0x11D99, 0x11D9F, 0x11DAA, 0x11DAF,
        0x11DDC, 0x11DDF, 0x11DEA, 0x11EDF, 0x11EF9, 0x11EFF, 0x11F11, 0x11F11, 0x11F3B, 0x11F3D,
        0x11F5B, 0x11FAF, 0x11FB1, 0x11FBF, 0x11FF2, 0x11FFE, 0x1239A, 0x123FF, 0x1246F, 0x1246F,
        0x12475, 0x1247F, 0x12544, 0x12F8F, 0x12FF3, 0x12FFF, 0x13430, 0x1343F, 0x13456, 0x1345F,
        0x143FB, 0x143FF, 0x14647, 0x160FF, 0x1613A, 0x167FF, 0x16A39, 0x16A3F, 0x16A5F, 0x16A5F,
        0x16A6A, 0x16A6D, 0x16ABF, 0x16ABF, 0x16ACA, 0x16ACF, 0x16AEE, 0x16AEF, 0x16AF6, 0x16AFF,
        0x16B46, 0x16B4F, 0x16B5A, 0x16B5A, 0x16B62, 0x16B62, 0x16B78, 0x16B7C, 0x16B90, 0x16D3F,
        0x16D7A, 0x16E3F, 0x16E9B, 0x16E9F, 0x16EB9, 0x16EBA, 0x16ED4, 0x16EFF, 0x16F4B, 0x16F4E,
        0x16F88, 0x16F8E, 0x16FA0, 0x16FDF, 0x16FE5, 0x16FEF, 0x16FF7, 0x16FFF, 0x18CD6, 0x18CFE,
        0x18D1F, 0x18D7F, 0x18DF3, 0x1AFEF, 0x1AFF4, 0x1AFF4, 0x1AFFC, 0x1AFFC, 0x1AFFF, 0x1AFFF,
        0x1B123, 0x1B131, 0x1B133, 0x1B14F, 0x1B153, 0x1B154, 0x1B156, 0x1B163, 0x1B168, 0x1B16F,
        0x1B2FC, 0x1BBFF, 0x1BC6B, 0x1BC6F, 0x1BC7D, 0x1BC7F, 0x1BC89, 0x1BC8F, 0x1BC9A, 0x1BC9B,
        0x1BCA0, 0x1CBFF, 0x1CCFD, 0x1CCFF, 0x1CEB4, 0x1CEB9, 0x1CED1, 0x1CEDF, 0x1CEF1, 0x1CEFF,
        0x1CF2E, 0x1CF2F, 0x1CF47, 0x1CF4F, 0x1CFC4, 0x1CFFF, 0x1D0F6, 0x1D0FF, 0x1D127, 0x1D128,
        0x1D173, 0x1D17A, 0x1D1EB, 0x1D1FF, 0x1D246, 0x1D2BF, 0x1D2D4, 0x1D2DF, 0x1D2F4, 0x1D2FF,
        0x1D357, 0x1D35F, 0x1D379, 0x1D3FF, 0x1D455, 0x1D455, 0x1D49D, 0x1D49D, 0x1D4A0, 0x1D4A1,
        0x1D4A3, 0x1D4A4, 0x1D4A7, 0x1D4A8, 0x1D4AD, 0x1D4AD, 0x1D4BA, 0x1D4BA, 0x1D4BC, 0x1D4BC,
        0x1D4C4, 0x1D4C4, 0x1D506, 0x1D506, 0x1D50B, 0x1D50C, 0x1D515, 0x1D515, 0x1D51D, 0x1D51D,
        0x1D53A, 0x1D53A, 0x1D53F, 0x1D53F, 0x1D545, 0x1D545, 0x1D547, 0x1D549, 0x1D551, 0x1D551,
        0x1D6A6, 0x1D6A7, 0x1D7CC, 0x1D7CD, 0x1DA8C, 0x1DA9A, 0x1DAA0, 0x1DAA0, 0x1DAB0, 0x1DEFF,
        0x1DF1F, 0x1DF24, 0x1DF2B, 0x1DFFF, 0x1E007, 0x1E007, 0x1E019, 0x1E01A, 0x1E022, 0x1E022,
        0x1E025, 0x1E025, 0x1E02B, 0x1E02F, 0x1E06E, 0x1E08E, 0x1E090, 0x1E0FF, 0x1E12D, 0x1E12F,
        0x1E13E, 0x1E13F, 0x1E14A, 0x1E14D, 0x1E150, 0x1E28F, 0x1E2AF, 0x1E2BF, 0x1E2FA, 0x1E2FE,
        0x1E300, 0x1E4CF, 0x1E4FA, 0x1E5CF, 0x1E5FB, 0x1E5FE, 0x1E600, 0x1E6BF, 0x1E6DF, 0x1E6DF,
        0x1E6F6, 0x1E6FD, 0x1E700, 0x1E7DF, 0x1E7E7, 0x1E7E7, 0x1E7EC, 0x1E7EC, 0x1E7EF, 0x1E7EF,
        0x1E7FF, 0x1E7FF, 0x1E8C5, 0x1E8C6, 0x1E8D7, 0x1E8FF, 0x1E94C, 0x1E94F, 0x1E95A, 0x1E95D,
        0x1E960, 0x1EC70, 0x1ECB5, 0x1ED00, 0x1ED3E, 0x1EDFF, 0x1EE04, 0x1EE04, 0x1EE20, 0x1EE20,
        0x1EE23, 0x1EE23, 0x1EE25, 0x1EE26, 0x1EE28, 0x1EE28, 0x1EE33, 0x1EE33, 0x1EE38, 0x1EE38,
        0x1EE3A, 0x1EE3A, 0x1EE3C, 0x1EE41, 0x1EE43, 0x1EE46, 0x1EE48, 0x1EE48, 0x1EE4A, 0x1EE4A,
        0x1EE4C, 0x1EE4C, 0x1EE50, 0x1EE50, 0x1EE53, 0x1EE53, 0x1EE55, 0x1EE56, 0x1EE58, 0x1EE58,
        0x1EE5A, 0x1EE5A, 0x1EE5C, 0x1EE5C, 0x1EE5E, 0x1EE5E, 0x1EE60, 0x1EE60, 0x1EE63, 0x1EE63,
        0x1EE65, 0x1EE66, 0x1EE6B, 0x1EE6B, 0x1EE73, 0x1EE73, 0x1EE78, 0x1EE78, 0x1EE7D, 0x1EE7D,
        0x1EE7F, 0x1EE7F, 0x1EE8A, 0x1EE8A, 0x1EE9C, 0x1EEA0, 0x1EEA4, 0x1EEA4, 0x1EEAA, 0x1EEAA,
        0x1EEBC, 0x1EEEF, 0x1EEF2, 0x1EFFF, 0x1F02C, 0x1F02F, 0x1F094, 0x1F09F, 0x1F0AF, 0x1F0B0,
        0x1F0C0, 0x1F0C0, 0x1F0D0, 0x1F0D0, 0x1F0F6, 0x1F0FF, 0x1F1AE, 0x1F1E5, 0x1F203, 0x1F20F,
        0x1F23C, 0x1F23F, 0x1F249, 0x1F24F, 0x1F252, 0x1F25F, 0x1F266, 0x1F2FF, 0x1F6D9, 0x1F6DB,
        0x1F6ED, 0x1F6EF, 0x1F6FD, 0x1F6FF, 0x1F7DA, 0x1F7DF, 0x1F7EC, 0x1F7EF, 0x1F7F1, 0x1F7FF,
        0x1F80C, 0x1F80F, 0x1F848, 0x1F84F, 0x1F85A, 0x1F85F, 0x1F888, 0x1F88F, 0x1F8AE, 0x1F8AF,
        0x1F8BC, 0x1F8BF, 0x1F8C2, 0x1F8CF, 0x1F8D9, 0x1F8FF, 0x1FA58, 0x1FA5F, 0x1FA6E, 0x1FA6F,
        0x1FA7D, 0x1FA7F, 0x1FA8B, 0x1FA8D, 0x1FAC7, 0x1FAC7, 0x1FAC9, 0x1FACC, 0x1FADD, 0x1FADE,
        0x1FAEB, 0x1FAEE, 0x1FAF9, 0x1FAFF, 0x1FB93, 0x1FB93, 0x1FBFB, 0x1FFFF, 0x2A6E0, 0x2A6FF,
        0x2B81E, 0x2B81F, 0x2CEAE, 0x2CEAF, 0x2EBE1, 0x2EBEF, 0x2EE5E, 0x2F7FF, 0x2FA1E, 0x2FFFF,
        0x3134B, 0x3134F, 0x3347A, 0xE00FF, 0xE01F0, 0x10FFFF,
    ];
}
