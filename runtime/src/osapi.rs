//! What package os needs from the runtime (std/README.md, "Bodyless
//! functions"): file descriptor I/O, exit, and the program's arguments and
//! environment as Go values. Each takes `g` first, as compiled code
//! passes it to every bodyless std function.

use crate::defer::StrPair;
use crate::env;
use crate::mem;
use crate::sched::G;
use crate::sys;

/// `os.write(fd, b)`: one `write(2)`; the count, or `-errno`.
#[export_name = "os.write"]
pub extern "C" fn os_write(_g: *mut G, fd: i64, p: *const u8, len: i64, _cap: i64) -> i64 {
    // SAFETY: `p` points to `len` readable bytes of a Go slice.
    unsafe { sys::write(fd as usize, p, len as usize) as i64 }
}

/// `os.read(fd, b)`: one `read(2)`; the count, or `-errno`.
#[export_name = "os.read"]
pub extern "C" fn os_read(_g: *mut G, fd: i64, p: *mut u8, len: i64, _cap: i64) -> i64 {
    // SAFETY: `p` points to `len` writable bytes of a Go slice.
    unsafe { sys::read(fd as usize, p, len as usize) as i64 }
}

/// `os.exit(code)`.
#[export_name = "os.exit"]
pub extern "C" fn os_exit(_g: *mut G, code: i64) -> ! {
    sys::exit_group(code as i32)
}

/// A `[]string` of `n` strings made by `get`: pointer and length (the
/// capacity is the length).
fn strings(n: usize, get: impl Fn(usize) -> &'static [u8]) -> StrPair {
    if n == 0 {
        return StrPair {
            ptr: core::ptr::null(),
            len: 0,
        };
    }
    let arr = mem::malloc(16 * n, None) as *mut u64;
    for i in 0..n {
        let s = get(i);
        // SAFETY: `arr` has room for `n` string headers; the strings are
        // the process's argument and environment bytes, which live as
        // long as the program.
        unsafe {
            *arr.add(2 * i) = s.as_ptr() as u64;
            *arr.add(2 * i + 1) = s.len() as u64;
        }
    }
    StrPair {
        ptr: arr as *const u8,
        len: n as u64,
    }
}

/// `os.runtime_args()`: the command-line arguments.
#[export_name = "os.runtime_args"]
pub extern "C" fn os_args(_g: *mut G) -> StrPair {
    strings(env::argc(), |i| env::arg(i).unwrap_or(&[]))
}

/// `os.runtime_environ()`: the environment, `KEY=value` strings.
#[export_name = "os.runtime_environ"]
pub extern "C" fn os_environ(_g: *mut G) -> StrPair {
    let mut n = 0;
    while env::env(n).is_some() {
        n += 1;
    }
    strings(n, |i| env::env(i).unwrap_or(&[]))
}
