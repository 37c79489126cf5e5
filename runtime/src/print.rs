//! The builtin `print` and `println` entry points (abi.md section 2).
//!
//! The compiler lowers `println(a, b)` to `printlock(g)`, one `print*` call
//! per argument with `printsp()` between them, `printnl()`, and
//! `printunlock(g)`. Each entry point formats into a stack [`Buf`] and writes
//! it to standard error at once, as gc's `gwrite` does. These are small leaf
//! functions: they run on the goroutine stack inside the guard area.

use crate::buf::Buf;
use crate::float;
use crate::sched::G;
use crate::sys;

/// Writes `bytes` to standard error.
pub fn write_err(bytes: &[u8]) {
    sys::write_all(sys::STDERR, bytes);
}

/// Builtin print of a signed integer.
#[export_name = "runtime.printint"]
pub extern "C" fn printint(v: i64) {
    let mut b = Buf::<24>::new();
    b.push_i64(v);
    write_err(b.as_bytes());
}

/// Builtin print of an unsigned integer.
#[export_name = "runtime.printuint"]
pub extern "C" fn printuint(v: u64) {
    let mut b = Buf::<24>::new();
    b.push_u64(v);
    write_err(b.as_bytes());
}

/// Builtin print of a float64: shortest `'g'` format (see [`float`]).
#[export_name = "runtime.printfloat64"]
pub extern "C" fn printfloat64(v: f64) {
    let mut b = Buf::<32>::new();
    float::push_f64(&mut b, v);
    write_err(b.as_bytes());
}

/// Builtin print of a float32: shortest float32 `'g'` format.
#[export_name = "runtime.printfloat32"]
pub extern "C" fn printfloat32(v: f32) {
    let mut b = Buf::<32>::new();
    float::push_f32(&mut b, v);
    write_err(b.as_bytes());
}

/// Builtin print of a complex128 given as its real and imaginary parts.
#[export_name = "runtime.printcomplex128"]
pub extern "C" fn printcomplex128(re: f64, im: f64) {
    let mut b = Buf::<64>::new();
    float::push_complex128(&mut b, re, im);
    write_err(b.as_bytes());
}

/// Builtin print of a complex64 given as its real and imaginary parts.
#[export_name = "runtime.printcomplex64"]
pub extern "C" fn printcomplex64(re: f32, im: f32) {
    let mut b = Buf::<64>::new();
    float::push_complex64(&mut b, re, im);
    write_err(b.as_bytes());
}

/// Builtin print of a bool: `true` or `false`.
#[export_name = "runtime.printbool"]
pub extern "C" fn printbool(v: u8) {
    write_err(if v != 0 { b"true" } else { b"false" });
}

/// Builtin print of a string: its raw bytes.
///
/// # Safety
/// `ptr` must be readable for `len` bytes (it may be anything when `len`
/// is 0).
#[export_name = "runtime.printstring"]
pub unsafe extern "C" fn printstring(ptr: *const u8, len: u64) {
    if len == 0 {
        return;
    }
    // SAFETY: a Go string's data is readable for its length, and the
    // caller passes a Go string.
    write_err(unsafe { core::slice::from_raw_parts(ptr, len as usize) });
}

/// Builtin print of a pointer (also maps, channels, funcs): `0x` and
/// lowercase hex, `0x0` for nil.
#[export_name = "runtime.printpointer"]
pub extern "C" fn printpointer(p: u64) {
    let mut b = Buf::<24>::new();
    b.push_hex(p);
    write_err(b.as_bytes());
}

/// Prints the space that `println` puts between operands.
#[export_name = "runtime.printsp"]
pub extern "C" fn printsp() {
    write_err(b" ");
}

/// Prints the newline that ends a `println`.
#[export_name = "runtime.printnl"]
pub extern "C" fn printnl() {
    write_err(b"\n");
}

/// Starts one `print`/`println` statement. gc keeps statements of
/// different threads from interleaving with a lock held across the
/// statement; gocl cannot hold one yet, because a goroutine may be
/// preempted inside the statement, so this does nothing.
#[export_name = "runtime.printlock"]
pub extern "C" fn printlock(_g: *mut G) {}

/// Ends the statement begun by [`printlock`].
#[export_name = "runtime.printunlock"]
pub extern "C" fn printunlock(_g: *mut G) {}

/// Somewhere runtime messages go: standard error in programs, a buffer in
/// unit tests.
pub trait Sink {
    /// Appends `bytes`.
    fn put(&mut self, bytes: &[u8]);
}

/// Standard error, unbuffered: each [`Sink::put`] is one `write(2)`.
pub struct Stderr;

impl Sink for Stderr {
    fn put(&mut self, bytes: &[u8]) {
        write_err(bytes);
    }
}

impl core::fmt::Write for Stderr {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        write_err(s.as_bytes());
        Ok(())
    }
}

impl<const N: usize> Sink for Buf<N> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend(bytes);
    }
}
