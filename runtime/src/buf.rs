//! `Buf<N>`: a fixed-capacity byte buffer on the stack.
//!
//! The runtime formats numbers and messages into a `Buf` before writing them
//! out in one piece, so the formatting code is pure and unit-testable and
//! never allocates. Bytes past the capacity are dropped, never a panic.

use core::fmt;

/// A byte buffer of capacity `N` with a fill length.
pub struct Buf<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Default for Buf<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Buf<N> {
    /// An empty buffer.
    pub const fn new() -> Self {
        Buf {
            bytes: [0; N],
            len: 0,
        }
    }

    /// The bytes written so far.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    /// The number of bytes written so far.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True if nothing has been written.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends one byte (dropped if the buffer is full).
    pub fn push(&mut self, b: u8) {
        if self.len < N {
            self.bytes[self.len] = b;
            self.len += 1;
        }
    }

    /// Appends `s` (truncated if the buffer fills up).
    pub fn extend(&mut self, s: &[u8]) {
        for &b in s {
            self.push(b);
        }
    }

    /// Appends `v` in decimal.
    pub fn push_u64(&mut self, mut v: u64) {
        let mut tmp = [0u8; 20];
        let mut i = tmp.len();
        loop {
            i -= 1;
            tmp[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.extend(&tmp[i..]);
    }

    /// Appends `v` in decimal with a leading `-` when negative.
    pub fn push_i64(&mut self, v: i64) {
        if v < 0 {
            self.push(b'-');
        }
        self.push_u64(v.unsigned_abs());
    }

    /// Appends `0x` and `v` in lowercase hexadecimal (`0x0` for zero), as
    /// gc's `printhex` does.
    pub fn push_hex(&mut self, mut v: u64) {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut tmp = [0u8; 16];
        let mut i = tmp.len();
        loop {
            i -= 1;
            tmp[i] = DIGITS[(v & 15) as usize];
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        self.extend(b"0x");
        self.extend(&tmp[i..]);
    }
}

impl<const N: usize> fmt::Write for Buf<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.len + s.len() > N {
            self.extend(s.as_bytes());
            return Err(fmt::Error);
        }
        self.extend(s.as_bytes());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Buf;

    #[test]
    fn integers_and_hex() {
        let mut b = Buf::<128>::new();
        b.push_i64(i64::MIN);
        b.push(b' ');
        b.push_u64(u64::MAX);
        b.push(b' ');
        b.push_i64(0);
        b.push(b' ');
        b.push_hex(0);
        b.push(b' ');
        b.push_hex(0xdead_beef);
        b.push(b' ');
        b.push_hex(u64::MAX);
        assert_eq!(
            b.as_bytes(),
            b"-9223372036854775808 18446744073709551615 0 0x0 0xdeadbeef 0xffffffffffffffff"
        );
    }

    #[test]
    fn truncates_instead_of_panicking() {
        let mut b = Buf::<4>::new();
        b.extend(b"abcdef");
        assert_eq!(b.as_bytes(), b"abcd");
        assert_eq!(b.len(), 4);
    }
}
