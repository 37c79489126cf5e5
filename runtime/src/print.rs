//! The builtin `print` and `println` entry points (abi.md section 2).
//!
//! The compiler lowers `println(a, b)` to `printlock(g)`, one `print*` call
//! per argument with `printsp()` between them, `printnl()`, and
//! `printunlock(g)`. Each entry point formats into a stack [`Buf`] and
//! hands it to [`gwrite`], which collects the statement in the goroutine's
//! print buffer; `printunlock` writes the statement with one `write(2)`,
//! so statements of goroutines on different threads do not interleave
//! (gc holds a lock across the statement instead, which gocl cannot: a
//! goroutine may be preempted inside it and resume on another thread).
//! These are small leaf functions: they run on the goroutine stack inside
//! the guard area.

use crate::buf::Buf;
use crate::float;
use crate::sched::G;
use crate::sys;

/// Writes `bytes` to standard error.
pub fn write_err(bytes: &[u8]) {
    sys::write_all(sys::STDERR, bytes);
}

/// A goroutine's `print` statement being collected ([`G::printbuf`]).
pub struct PrintBuf {
    /// Nesting of `printlock` (a statement's argument cannot print, but
    /// gc's lock is recursive too).
    depth: u32,
    len: u32,
    data: [u8; 1024],
}

/// The running goroutine's print buffer while it is inside a statement.
fn active_buf() -> *mut PrintBuf {
    // SAFETY: the thread's `M` is live; its `curg` is the goroutine
    // calling us (or null on the system stack).
    let g = unsafe { (*crate::thread::m()).curg };
    if g.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: `g` is running here.
    let pb = unsafe { (*g).printbuf };
    // SAFETY: a print buffer lives as long as its `G`.
    if pb.is_null() || unsafe { (*pb).depth } == 0 {
        return core::ptr::null_mut();
    }
    pb
}

/// Output of the builtin `print`: into the statement's buffer, else
/// straight to standard error.
fn gwrite(bytes: &[u8]) {
    let pb = active_buf();
    if pb.is_null() {
        write_err(bytes);
        return;
    }
    // SAFETY: only the running goroutine touches its buffer.
    let pb = unsafe { &mut *pb };
    if pb.len as usize + bytes.len() > pb.data.len() {
        flush(pb);
        if bytes.len() > pb.data.len() {
            write_err(bytes);
            return;
        }
    }
    let at = pb.len as usize;
    pb.data[at..at + bytes.len()].copy_from_slice(bytes);
    pb.len += bytes.len() as u32;
}

fn flush(pb: &mut PrintBuf) {
    write_err(&pb.data[..pb.len as usize]);
    pb.len = 0;
}

/// Builtin print of a signed integer.
#[export_name = "runtime.printint"]
pub extern "C" fn printint(v: i64) {
    let mut b = Buf::<24>::new();
    b.push_i64(v);
    gwrite(b.as_bytes());
}

/// Builtin print of an unsigned integer.
#[export_name = "runtime.printuint"]
pub extern "C" fn printuint(v: u64) {
    let mut b = Buf::<24>::new();
    b.push_u64(v);
    gwrite(b.as_bytes());
}

/// Builtin print of a float64: shortest `'g'` format (see [`float`]).
#[export_name = "runtime.printfloat64"]
pub extern "C" fn printfloat64(v: f64) {
    let mut b = Buf::<32>::new();
    float::push_f64(&mut b, v);
    gwrite(b.as_bytes());
}

/// Builtin print of a float32: shortest float32 `'g'` format.
#[export_name = "runtime.printfloat32"]
pub extern "C" fn printfloat32(v: f32) {
    let mut b = Buf::<32>::new();
    float::push_f32(&mut b, v);
    gwrite(b.as_bytes());
}

/// Builtin print of a complex128 given as its real and imaginary parts.
#[export_name = "runtime.printcomplex128"]
pub extern "C" fn printcomplex128(re: f64, im: f64) {
    let mut b = Buf::<64>::new();
    float::push_complex128(&mut b, re, im);
    gwrite(b.as_bytes());
}

/// Builtin print of a complex64 given as its real and imaginary parts.
#[export_name = "runtime.printcomplex64"]
pub extern "C" fn printcomplex64(re: f32, im: f32) {
    let mut b = Buf::<64>::new();
    float::push_complex64(&mut b, re, im);
    gwrite(b.as_bytes());
}

/// Builtin print of a bool: `true` or `false`.
#[export_name = "runtime.printbool"]
pub extern "C" fn printbool(v: u8) {
    gwrite(if v != 0 { b"true" } else { b"false" });
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
    gwrite(unsafe { core::slice::from_raw_parts(ptr, len as usize) });
}

/// Builtin print of a pointer (also maps, channels, funcs): `0x` and
/// lowercase hex, `0x0` for nil.
#[export_name = "runtime.printpointer"]
pub extern "C" fn printpointer(p: u64) {
    let mut b = Buf::<24>::new();
    b.push_hex(p);
    gwrite(b.as_bytes());
}

/// Prints the space that `println` puts between operands.
#[export_name = "runtime.printsp"]
pub extern "C" fn printsp() {
    gwrite(b" ");
}

/// Prints the newline that ends a `println`.
#[export_name = "runtime.printnl"]
pub extern "C" fn printnl() {
    gwrite(b"\n");
}

/// Starts one `print`/`println` statement: its output collects in `g`'s
/// print buffer (made on its first statement; `G`s are reused, never
/// freed) until [`printunlock`].
#[export_name = "runtime.printlock"]
pub extern "C" fn printlock(g: *mut G) {
    // SAFETY: `g` is the running goroutine.
    unsafe {
        if (*g).printbuf.is_null() {
            (*g).printbuf =
                crate::mem::persistentalloc(core::mem::size_of::<PrintBuf>(), 8) as *mut PrintBuf;
        }
        (*(*g).printbuf).depth += 1;
    }
}

/// Ends the statement begun by [`printlock`]: writes it at once.
#[export_name = "runtime.printunlock"]
pub extern "C" fn printunlock(g: *mut G) {
    // SAFETY: `g` is the running goroutine; `printlock` made its buffer.
    let pb = unsafe { &mut *(*g).printbuf };
    pb.depth -= 1;
    if pb.depth == 0 {
        flush(pb);
    }
}

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
