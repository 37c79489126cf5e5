//! Panics and fatal errors.
//!
//! Go code reaches this module through the `runtime.panic*` entry points
//! (abi.md sections 2 and 5) and `runtime.gopanic`. Without `recover` and
//! `defer` support every panic is unrecovered: the runtime prints what gc
//! prints first,
//!
//! ```text
//! panic: runtime error: index out of range [5] with length 3
//!
//! goroutine 1 [running]:
//! ```
//!
//! and exits with status 2. gc goes on with a traceback; gocl prints only the
//! goroutine header for now. Fatal errors in the runtime itself (`throw`)
//! print `fatal error: MSG` the same way.
//!
//! The message text is built by pure functions writing to a [`Sink`], so the
//! unit tests check it byte for byte against what go1.27 prints.

use crate::buf::Buf;
use crate::float;
use crate::print::{Sink, Stderr};
use crate::sched::{self, G};
use crate::sys;
use crate::types::{kind, Type};

/// Exit status of a program that dies from a panic or a fatal error.
pub const EXIT_PANIC: i32 = 2;

/// Bounds check failure codes (the low 7 bits of `panicBounds`' `code`),
/// gc's `abi.BoundsErrorCode` numbering.
pub mod bounds {
    /// `s[x]`, `0 <= x < y` failed.
    pub const INDEX: u64 = 0;
    /// `s[?:x]`, `0 <= x <= y` failed, `y = len(s)`.
    pub const SLICE_ALEN: u64 = 1;
    /// `s[?:x]`, `0 <= x <= y` failed, `y = cap(s)`.
    pub const SLICE_ACAP: u64 = 2;
    /// `s[x:y]`, `0 <= x <= y` failed.
    pub const SLICE_B: u64 = 3;
    /// `s[?:?:x]`, `0 <= x <= y` failed, `y = len(s)`.
    pub const SLICE3_ALEN: u64 = 4;
    /// `s[?:?:x]`, `0 <= x <= y` failed, `y = cap(s)`.
    pub const SLICE3_ACAP: u64 = 5;
    /// `s[?:x:y]`, `0 <= x <= y` failed.
    pub const SLICE3_B: u64 = 6;
    /// `s[x:y:?]`, `0 <= x <= y` failed.
    pub const SLICE3_C: u64 = 7;
    /// `[x]T(s)` or `(*[x]T)(s)`, `x <= y = len(s)` failed.
    pub const CONVERT: u64 = 8;
    /// Bit 7 of `code`: `x` is a signed value.
    pub const SIGNED: u64 = 0x80;
}

/// Pieces of a bounds message: literal text, `x` or `y`.
#[derive(Clone, Copy)]
enum Piece {
    Lit(&'static [u8]),
    X,
    Y,
}
use Piece::{Lit, X, Y};

/// gc's bounds message formats for `x >= 0`, indexed by code.
const BOUNDS_FMT: [&[Piece]; 9] = [
    &[Lit(b"index out of range ["), X, Lit(b"] with length "), Y],
    &[
        Lit(b"slice bounds out of range [:"),
        X,
        Lit(b"] with length "),
        Y,
    ],
    &[
        Lit(b"slice bounds out of range [:"),
        X,
        Lit(b"] with capacity "),
        Y,
    ],
    &[
        Lit(b"slice bounds out of range ["),
        X,
        Lit(b":"),
        Y,
        Lit(b"]"),
    ],
    &[
        Lit(b"slice bounds out of range [::"),
        X,
        Lit(b"] with length "),
        Y,
    ],
    &[
        Lit(b"slice bounds out of range [::"),
        X,
        Lit(b"] with capacity "),
        Y,
    ],
    &[
        Lit(b"slice bounds out of range [:"),
        X,
        Lit(b":"),
        Y,
        Lit(b"]"),
    ],
    &[
        Lit(b"slice bounds out of range ["),
        X,
        Lit(b":"),
        Y,
        Lit(b":]"),
    ],
    &[
        Lit(b"cannot convert slice with length "),
        Y,
        Lit(b" to array or pointer to array with length "),
        X,
    ],
];

/// gc's formats when a signed `x` is negative (`y` is irrelevant then).
const BOUNDS_NEG_FMT: [&[Piece]; 8] = [
    &[Lit(b"index out of range ["), X, Lit(b"]")],
    &[Lit(b"slice bounds out of range [:"), X, Lit(b"]")],
    &[Lit(b"slice bounds out of range [:"), X, Lit(b"]")],
    &[Lit(b"slice bounds out of range ["), X, Lit(b":]")],
    &[Lit(b"slice bounds out of range [::"), X, Lit(b"]")],
    &[Lit(b"slice bounds out of range [::"), X, Lit(b"]")],
    &[Lit(b"slice bounds out of range [:"), X, Lit(b":]")],
    &[Lit(b"slice bounds out of range ["), X, Lit(b"::]")],
];

/// Writes gc's `boundsError.Error()` text, `runtime error: ...`, for a
/// `panicBounds(code, x, y)` call.
pub fn bounds_message<S: Sink>(out: &mut S, code: u64, x: u64, y: u64) {
    let signed = code & bounds::SIGNED != 0;
    let code = (code & 0x7f) as usize;
    let negative = signed && (x as i64) < 0;
    let fmt: &[Piece] = if code >= BOUNDS_FMT.len() {
        &[Lit(b"bounds check failed")]
    } else if negative && code < BOUNDS_NEG_FMT.len() {
        BOUNDS_NEG_FMT[code]
    } else {
        BOUNDS_FMT[code]
    };
    out.put(b"runtime error: ");
    for piece in fmt {
        let mut n = Buf::<24>::new();
        match *piece {
            Lit(s) => out.put(s),
            X if signed => n.push_i64(x as i64),
            X => n.push_u64(x),
            Y => n.push_i64(y as i64),
        }
        out.put(n.as_bytes());
    }
}

/// Writes `s` replacing each newline with a newline and a tab (gc's
/// `printindented`), so a panic value cannot fake a goroutine header.
fn put_indented<S: Sink>(out: &mut S, s: &[u8]) {
    for (i, line) in s.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.put(b"\n\t");
        }
        out.put(line);
    }
}

/// Writes a panic value given as an `any` (`typ`, `data`), as gc's
/// `printpanicval` does: predeclared basic types plainly (`5`, `1.5`,
/// strings indented), defined basic types with their name (`main.T(5)`,
/// `main.S("x")`), anything else as `(TYPE) ADDRESS`.
///
/// # Safety
/// `typ` must be null or a valid descriptor, and `data` must be the data
/// word of an interface holding a value of that type: a pointer to the
/// value, or the value itself for `TFLAG_DIRECT_IFACE` types (basic kinds
/// never are).
pub unsafe fn put_panic_value<S: Sink>(out: &mut S, typ: *const Type, data: *const u8) {
    if typ.is_null() {
        out.put(b"runtime error: panic called with nil argument");
        return;
    }
    // SAFETY: a non-null `typ` is a valid descriptor (caller contract).
    let t = unsafe { &*typ };
    let named = !t.is_predeclared();
    let name = t.name();
    let mut num = Buf::<80>::new();
    // SAFETY: (each read below) `data` points to a value of type `t`, whose
    // kind fixes the Rust type read from it.
    let ok = !data.is_null()
        && unsafe {
            match t.kind {
                kind::BOOL => {
                    num.extend(if *data != 0 { b"true" } else { b"false" });
                    true
                }
                kind::INT | kind::INT64 => push_int(&mut num, *(data as *const i64)),
                kind::INT8 => push_int(&mut num, *(data as *const i8) as i64),
                kind::INT16 => push_int(&mut num, *(data as *const i16) as i64),
                kind::INT32 => push_int(&mut num, *(data as *const i32) as i64),
                kind::UINT | kind::UINT64 | kind::UINTPTR => {
                    push_uint(&mut num, *(data as *const u64))
                }
                kind::UINT8 => push_uint(&mut num, *data as u64),
                kind::UINT16 => push_uint(&mut num, *(data as *const u16) as u64),
                kind::UINT32 => push_uint(&mut num, *(data as *const u32) as u64),
                kind::FLOAT32 => {
                    float::push_f32(&mut num, *(data as *const f32));
                    true
                }
                kind::FLOAT64 => {
                    float::push_f64(&mut num, *(data as *const f64));
                    true
                }
                kind::COMPLEX64 => {
                    let p = data as *const f32;
                    float::push_complex64(&mut num, *p, *p.add(1));
                    true
                }
                kind::COMPLEX128 => {
                    let p = data as *const f64;
                    float::push_complex128(&mut num, *p, *p.add(1));
                    true
                }
                kind::STRING => {
                    let p = data as *const u64;
                    let (ptr, len) = (*p as *const u8, *p.add(1) as usize);
                    let s: &[u8] = if len == 0 {
                        &[]
                    } else {
                        core::slice::from_raw_parts(ptr, len)
                    };
                    if named {
                        out.put(name);
                        out.put(b"(\"");
                        put_indented(out, s);
                        out.put(b"\")");
                    } else {
                        put_indented(out, s);
                    }
                    return;
                }
                _ => false,
            }
        };
    if ok {
        // Complex values bring their own parentheses: `main.C(1+2i)`.
        let is_complex = matches!(t.kind, kind::COMPLEX64 | kind::COMPLEX128);
        if named {
            out.put(name);
            if !is_complex {
                out.put(b"(");
            }
        }
        out.put(num.as_bytes());
        if named && !is_complex {
            out.put(b")");
        }
        return;
    }
    // Not printable: gc shows the type and the interface's data word, which
    // is the value itself for pointer-shaped (DIRECT_IFACE) types and the
    // address of the boxed copy otherwise (abi.md section 6).
    let word = data as u64;
    out.put(b"(");
    out.put(name);
    out.put(b") ");
    num.push_hex(word);
    out.put(num.as_bytes());
}

/// Appends a signed integer; always succeeds (for the `match` above).
fn push_int(b: &mut Buf<80>, v: i64) -> bool {
    b.push_i64(v);
    true
}

/// Appends an unsigned integer; always succeeds.
fn push_uint(b: &mut Buf<80>, v: u64) -> bool {
    b.push_u64(v);
    true
}

/// Ends the program after an unrecovered panic whose message `msg` writes
/// after `panic: `.
fn die_panicking(g: *const G, msg: impl FnOnce(&mut Buf<512>)) -> ! {
    die_panicking_at(g, None, ErrKind::String, msg)
}

/// Which of gc's run-time error types a panic value has (its `%T`).
#[derive(Clone, Copy)]
pub enum ErrKind {
    /// `runtime.errorString` (division, shifts, nil dereference ...).
    String,
    /// `runtime.boundsError`.
    Bounds,
    /// `runtime.plainError` (messages without `runtime error: `).
    Plain,
    /// `*runtime.TypeAssertionError`.
    Assertion,
}

/// Panics with a run-time error whose text `msg` writes: a value of the
/// compiler-emitted type `runtime.errorString` (a string whose `Error`
/// method returns it), so that deferred calls run and `recover` gets an
/// `error`. `sigaddr` is the faulting address of a nil dereference.
fn die_panicking_at(
    g: *const G,
    sigaddr: Option<u64>,
    kind: ErrKind,
    msg: impl FnOnce(&mut Buf<512>),
) -> ! {
    let gp = if g.is_null() {
        sched::curg()
    } else {
        g as *mut G
    };
    crate::stack::ensure(gp, crate::stack::PANIC_STACK);
    die_panicking_at_grown(g, sigaddr, kind, msg)
}

/// [`die_panicking_at`] once the stack has room for the panic machinery.
#[inline(never)]
fn die_panicking_at_grown(
    g: *const G,
    sigaddr: Option<u64>,
    kind: ErrKind,
    msg: impl FnOnce(&mut Buf<512>),
) -> ! {
    let mut b = Buf::<512>::new();
    msg(&mut b);
    #[cfg(not(test))]
    {
        let text = b.as_bytes();
        let bytes = crate::mem::malloc(text.len().max(1), None);
        let hdr = crate::mem::malloc_words(16, 1) as *mut u64;
        // SAFETY: fresh allocations of the sizes written.
        unsafe {
            core::ptr::copy_nonoverlapping(text.as_ptr(), bytes, text.len());
            *hdr = bytes as u64;
            *hdr.add(1) = text.len() as u64;
        }
        let g = if g.is_null() {
            sched::curg()
        } else {
            g as *mut G
        };
        // Taking the address of an extern static reads nothing; the
        // descriptors are emitted by the compiler for every program.
        let t = match kind {
            ErrKind::String => &raw const ERROR_STRING_TYPE,
            ErrKind::Bounds => &raw const BOUNDS_ERROR_TYPE,
            ErrKind::Plain => &raw const PLAIN_ERROR_TYPE,
            ErrKind::Assertion => &raw const ASSERTION_ERROR_TYPE,
        };
        crate::defer::panic_with(g, t, hdr as *const u8, sigaddr)
    }
    #[cfg(test)]
    {
        let _ = kind;
        let mut out = Stderr;
        out.put(b"panic: ");
        out.put(b.as_bytes());
        if let Some(addr) = sigaddr {
            let mut s = Buf::<96>::new();
            s.extend(b"\n[signal SIGSEGV: segmentation violation code=0x1 addr=");
            s.push_hex(addr);
            s.extend(b" pc=0x0]");
            out.put(s.as_bytes());
        }
        out.put(b"\n\n");
        // SAFETY: compiled code passes the running goroutine (or null).
        unsafe { put_goroutine_header(&mut out, g) };
        sys::exit_group(EXIT_PANIC)
    }
}

#[cfg(not(test))]
extern "C" {
    /// The descriptor of run-time error values (abi.md section 9).
    #[link_name = "type:runtime.errorString"]
    static ERROR_STRING_TYPE: Type;
    #[link_name = "type:runtime.boundsError"]
    static BOUNDS_ERROR_TYPE: Type;
    #[link_name = "type:runtime.plainError"]
    static PLAIN_ERROR_TYPE: Type;
    #[link_name = "type:*runtime.TypeAssertionError"]
    static ASSERTION_ERROR_TYPE: Type;
}

/// Writes `goroutine N [running]:` and a newline for goroutine `g` (null:
/// the running one, or the main goroutine before any runs).
///
/// # Safety
/// `g` must be null or point to a live `G`.
pub unsafe fn put_goroutine_header<S: Sink>(out: &mut S, g: *const G) {
    // SAFETY: caller contract.
    unsafe { sched::put_goroutine_header(out, g, b"running") };
}

/// A fatal error inside the runtime (gc's `throw`): prints
/// `fatal error: MSG`, the goroutine header, and exits with status 2.
pub fn throw(msg: &[u8]) -> ! {
    crate::stack::ensure(sched::curg(), crate::stack::PANIC_STACK);
    throw_grown(msg)
}

#[inline(never)]
fn throw_grown(msg: &[u8]) -> ! {
    let mut out = Stderr;
    out.put(b"fatal error: ");
    out.put(msg);
    out.put(b"\n\n");
    // SAFETY: null names the main goroutine.
    unsafe { put_goroutine_header(&mut out, core::ptr::null()) };
    sys::exit_group(EXIT_PANIC)
}

/// A failed bounds check (abi.md section 5).
#[export_name = "runtime.panicBounds"]
pub extern "C" fn panic_bounds(g: *mut G, code: u64, x: u64, y: u64) -> ! {
    die_panicking_at(g, None, ErrKind::Bounds, |out| {
        bounds_message(out, code, x, y)
    })
}

/// A run-time error panic (gc's `panic(errorString(msg))`): prints
/// `panic: runtime error: MSG` and ends the program.
pub fn panic_runtime_error(g: *const G, msg: &[u8]) -> ! {
    die_panicking(g, |out| {
        out.put(b"runtime error: ");
        out.put(msg);
    })
}

/// A run-time error panic whose message is the concatenation of `parts`
/// (gc's `errorString` built from pieces such as a type name): prints
/// `panic: runtime error: PARTS...` and ends the program.
pub fn panic_runtime_error_parts(g: *const G, parts: &[&[u8]]) -> ! {
    die_panicking(g, |out| {
        out.put(b"runtime error: ");
        for p in parts {
            out.put(p);
        }
    })
}

/// A run-time error without the `runtime error: ` prefix (gc's
/// `plainError`, e.g. `assignment to entry in nil map`): prints
/// `panic: MSG` and ends the program. It is still a `runtime.Error` for
/// `recover`.
pub fn panic_plain_error(g: *const G, msg: &[u8]) -> ! {
    die_panicking_at(g, None, ErrKind::Plain, |out| out.put(msg))
}

/// A failed type assertion (`*runtime.TypeAssertionError`), `msg` its text.
pub fn panic_assertion_error(g: *const G, msg: &[u8]) -> ! {
    die_panicking_at(g, None, ErrKind::Assertion, |out| out.put(msg))
}

/// Integer division or remainder by zero.
#[export_name = "runtime.panicdivide"]
pub extern "C" fn panicdivide(g: *mut G) -> ! {
    panic_runtime_error(g, b"integer divide by zero")
}

/// A nil pointer dereference found by an explicit check in compiled code;
/// `addr` is the address the access would have touched (the field
/// offset), printed as gc prints the faulting address of its SIGSEGV.
#[export_name = "runtime.panicmem"]
pub extern "C" fn panicmem(g: *mut G, addr: u64) -> ! {
    die_panicking_at(g, Some(addr), ErrKind::String, |out| {
        out.put(b"runtime error: invalid memory address or nil pointer dereference");
    })
}

/// A shift by a negative amount.
#[export_name = "runtime.panicshift"]
pub extern "C" fn panicshift(g: *mut G) -> ! {
    panic_runtime_error(g, b"negative shift amount")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::String;

    fn bounds(code: u64, x: i64, y: i64) -> String {
        let mut b = Buf::<128>::new();
        bounds_message(&mut b, code, x as u64, y as u64);
        String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn bounds_messages_match_gc() {
        use bounds::*;
        let s = SIGNED;
        let cases: &[(u64, i64, i64, &str)] = &[
            (INDEX | s, 5, 3, "index out of range [5] with length 3"),
            (INDEX | s, -1, 3, "index out of range [-1]"),
            (
                INDEX,
                -1,
                3,
                "index out of range [18446744073709551615] with length 3",
            ),
            (
                SLICE_ALEN | s,
                5,
                3,
                "slice bounds out of range [:5] with length 3",
            ),
            (SLICE_ALEN | s, -2, 3, "slice bounds out of range [:-2]"),
            (
                SLICE_ACAP | s,
                5,
                3,
                "slice bounds out of range [:5] with capacity 3",
            ),
            (SLICE_ACAP | s, -5, 3, "slice bounds out of range [:-5]"),
            (SLICE_B | s, 5, 1, "slice bounds out of range [5:1]"),
            (SLICE_B | s, -1, 1, "slice bounds out of range [-1:]"),
            (
                SLICE3_ALEN | s,
                9,
                3,
                "slice bounds out of range [::9] with length 3",
            ),
            (SLICE3_ALEN | s, -9, 3, "slice bounds out of range [::-9]"),
            (
                SLICE3_ACAP | s,
                9,
                3,
                "slice bounds out of range [::9] with capacity 3",
            ),
            (SLICE3_ACAP | s, -9, 3, "slice bounds out of range [::-9]"),
            (SLICE3_B | s, 4, 2, "slice bounds out of range [:4:2]"),
            (SLICE3_B | s, -4, 2, "slice bounds out of range [:-4:]"),
            (SLICE3_C | s, 3, 1, "slice bounds out of range [3:1:]"),
            (SLICE3_C | s, -3, 1, "slice bounds out of range [-3::]"),
            (
                CONVERT | s,
                3,
                2,
                "cannot convert slice with length 2 to array or pointer to array with length 3",
            ),
        ];
        for &(code, x, y, want) in cases {
            assert_eq!(bounds(code, x, y), std::format!("runtime error: {want}"));
        }
    }

    fn ty(k: u8, name: &'static str) -> Type {
        Type {
            size: 8,
            ptrdata: 0,
            hash: 0,
            tflag: 0,
            align: 8,
            field_align: 8,
            kind: k,
            gcdata: core::ptr::null(),
            name_ptr: name.as_ptr(),
            name_len: name.len() as u64,
            extra: core::ptr::null(),
            methods: core::ptr::null(),
            nmethods: 0,
        }
    }

    fn value<T>(t: &Type, v: &T) -> String {
        let mut b = Buf::<256>::new();
        // SAFETY: `v` is a live value of the kind `t` describes.
        unsafe { put_panic_value(&mut b, t, v as *const T as *const u8) };
        String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn panic_values_match_gc() {
        let s = "a\nb";
        let str_words = [s.as_ptr() as u64, s.len() as u64];
        assert_eq!(value(&ty(kind::STRING, "string"), &str_words), "a\n\tb");
        assert_eq!(
            value(&ty(kind::STRING, "main.S"), &str_words),
            "main.S(\"a\n\tb\")"
        );
        let empty = [0u64, 0];
        assert_eq!(value(&ty(kind::STRING, "string"), &empty), "");
        assert_eq!(value(&ty(kind::INT, "int"), &5i64), "5");
        assert_eq!(value(&ty(kind::INT, "main.T"), &5i64), "main.T(5)");
        assert_eq!(value(&ty(kind::INT8, "int8"), &-3i8), "-3");
        assert_eq!(value(&ty(kind::UINT8, "uint8"), &200u8), "200");
        assert_eq!(value(&ty(kind::BOOL, "bool"), &1u8), "true");
        assert_eq!(value(&ty(kind::BOOL, "main.B"), &1u8), "main.B(true)");
        assert_eq!(value(&ty(kind::FLOAT64, "float64"), &1.5f64), "1.5");
        assert_eq!(value(&ty(kind::FLOAT64, "main.F"), &1.5f64), "main.F(1.5)");
        assert_eq!(value(&ty(kind::FLOAT32, "float32"), &0.1f32), "0.1");
        assert_eq!(
            value(&ty(kind::COMPLEX128, "main.C"), &[1.0f64, 2.0]),
            "main.C(1+2i)"
        );
        assert_eq!(
            value(&ty(kind::COMPLEX128, "complex128"), &[f64::INFINITY, 2.0]),
            "(+Inf+2i)"
        );
        let st = [7u64];
        let got = value(&ty(kind::STRUCT, "main.St"), &st);
        assert_eq!(got, std::format!("(main.St) {:#x}", st.as_ptr() as u64));
        // A pointer is its own data word (DIRECT_IFACE).
        let mut b = Buf::<128>::new();
        // SAFETY: the data word of a pointer-shaped type is never read.
        unsafe { put_panic_value(&mut b, &ty(kind::POINTER, "*main.St"), 0x1234 as *const u8) };
        assert_eq!(b.as_bytes(), b"(*main.St) 0x1234");
        let mut b = Buf::<128>::new();
        // SAFETY: a null type is a nil interface.
        unsafe { put_panic_value(&mut b, core::ptr::null(), core::ptr::null()) };
        assert_eq!(
            b.as_bytes(),
            b"runtime error: panic called with nil argument"
        );
    }
}
