//! Source files, byte spans and diagnostics.
//!
//! Positions throughout the front end are byte offsets into one file (a
//! [`Span`] is file-relative; whoever holds the span knows which file it came
//! from). They are turned into `line:col` only when a diagnostic is printed,
//! using the table of line starts kept by [`SourceFile`]. Columns count bytes,
//! not characters, exactly as gc does, so our messages line up with gc's.

use std::fmt;

/// A half-open byte range `lo..hi` within one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Offset of the first byte.
    pub lo: u32,
    /// Offset one past the last byte.
    pub hi: u32,
}

impl Span {
    /// The span `lo..hi`.
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }

    /// The empty span at `pos`.
    pub fn at(pos: u32) -> Span {
        Span { lo: pos, hi: pos }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }

    /// Number of bytes covered.
    pub fn len(self) -> u32 {
        self.hi.saturating_sub(self.lo)
    }

    /// Whether the span covers no bytes (e.g. the end-of-file token).
    pub fn is_empty(self) -> bool {
        self.hi <= self.lo
    }
}

/// An error found in a source file: where, and gc's wording of what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diag {
    /// Where the error is; it is reported at `span.lo`.
    pub span: Span,
    /// The message, without position prefix (e.g. `invalid NUL character`).
    pub msg: String,
}

impl Diag {
    /// A diagnostic with message `msg` at `span`.
    pub fn new(span: Span, msg: impl Into<String>) -> Diag {
        Diag {
            span,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for Diag {
    /// The message alone; use [`SourceFile::render`] for the positioned form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

/// One source file: its name for messages, its text and a line table.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name used in diagnostics, e.g. `./main.go`.
    pub name: String,
    /// The text. If the file was not valid UTF-8 (see [`SourceFile::from_bytes`])
    /// this is a lossy copy for display only; lex [`SourceFile::bytes`] instead.
    pub src: String,
    /// The original bytes, kept only when they are not valid UTF-8.
    raw: Option<Vec<u8>>,
    /// Offset of the first byte of each line; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// A source file named `name` with text `src`.
    pub fn new(name: impl Into<String>, src: impl Into<String>) -> SourceFile {
        let src = src.into();
        let line_starts = line_starts(src.as_bytes());
        SourceFile {
            name: name.into(),
            src,
            raw: None,
            line_starts,
        }
    }

    /// A source file from raw bytes, which need not be valid UTF-8.
    ///
    /// Go requires UTF-8 source, but the lexer must still be able to report
    /// `invalid UTF-8 encoding` at the right place, so the original bytes are
    /// kept (see [`SourceFile::bytes`]) and positions refer to them.
    pub fn from_bytes(name: impl Into<String>, bytes: Vec<u8>) -> SourceFile {
        match String::from_utf8(bytes) {
            Ok(src) => SourceFile::new(name, src),
            Err(e) => {
                let raw = e.into_bytes();
                SourceFile {
                    name: name.into(),
                    src: String::from_utf8_lossy(&raw).into_owned(),
                    line_starts: line_starts(&raw),
                    raw: Some(raw),
                }
            }
        }
    }

    /// The bytes to lex: the original file contents, valid UTF-8 or not.
    pub fn bytes(&self) -> &[u8] {
        match &self.raw {
            Some(raw) => raw,
            None => self.src.as_bytes(),
        }
    }

    /// The 1-based line and 1-based byte column of `offset`.
    ///
    /// Offsets past the end are clamped to the end of the file.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.bytes().len() as u32);
        // Index of the last line start <= offset; line_starts[0] == 0 so the
        // partition point is at least 1.
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    /// Number of lines (a final line without newline counts).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// `d` in gc's format: `NAME:LINE:COL: MSG` (no trailing newline).
    pub fn render(&self, d: &Diag) -> String {
        let (line, col) = self.line_col(d.span.lo);
        format!("{}:{}:{}: {}", self.name, line, col, d.msg)
    }
}

/// Offsets at which lines begin: 0 and one past every `\n`.
fn line_starts(src: &[u8]) -> Vec<u32> {
    let mut starts = vec![0];
    starts.extend(
        src.iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .map(|(i, _)| i as u32 + 1),
    );
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_basic() {
        let f = SourceFile::new("a.go", "package p\n\nvar x = 1\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(8), (1, 9));
        assert_eq!(f.line_col(9), (1, 10)); // the newline itself
        assert_eq!(f.line_col(10), (2, 1));
        assert_eq!(f.line_col(11), (3, 1));
        assert_eq!(f.line_col(15), (3, 5));
        assert_eq!(f.line_col(21), (4, 1)); // end of file
        assert_eq!(f.line_col(1000), (4, 1)); // clamped
        assert_eq!(f.line_count(), 4);
    }

    #[test]
    fn line_col_counts_bytes() {
        // 'é' is two bytes, so 'x' is in byte column 4 (as gc reports it).
        let f = SourceFile::new("a.go", "é x");
        assert_eq!(f.line_col(3), (1, 4));
    }

    #[test]
    fn line_col_empty_file() {
        let f = SourceFile::new("a.go", "");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_count(), 1);
    }

    #[test]
    fn render_format() {
        let f = SourceFile::new("./a.go", "package main\nvar x = @\n");
        let d = Diag::new(Span::new(21, 22), "invalid character U+0040 '@'");
        assert_eq!(f.render(&d), "./a.go:2:9: invalid character U+0040 '@'");
        assert_eq!(d.to_string(), "invalid character U+0040 '@'");
    }

    #[test]
    fn from_bytes_keeps_raw_offsets() {
        let f = SourceFile::from_bytes("a.go", b"a\xff\nb".to_vec());
        assert_eq!(f.bytes(), b"a\xff\nb");
        assert_eq!(f.src, "a\u{fffd}\nb");
        assert_eq!(f.line_col(3), (2, 1));
        let g = SourceFile::from_bytes("a.go", b"ok\n".to_vec());
        assert_eq!(g.bytes(), b"ok\n");
        assert_eq!(g.src, "ok\n");
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(3, 5);
        let b = Span::new(8, 9);
        assert_eq!(a.to(b), Span::new(3, 9));
        assert_eq!(b.to(a), Span::new(3, 9));
        assert_eq!(a.len(), 2);
        assert!(Span::at(4).is_empty());
        assert!(!a.is_empty());
        assert_eq!(Span::default(), Span::new(0, 0));
    }
}
