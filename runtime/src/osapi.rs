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
pub extern "C" fn os_write(g: *mut G, fd: i64, p: *const u8, len: i64, _cap: i64) -> i64 {
    // SAFETY: `g` is the running goroutine.
    unsafe { (*g).sysargs[0] = p as u64 };
    crate::thread::entersyscall(g);
    // SAFETY: `p` points to `len` readable bytes of a Go slice.
    let n = unsafe { sys::write(fd as usize, p, len as usize) as i64 };
    crate::thread::exitsyscall(g);
    // SAFETY: as above.
    unsafe { (*g).sysargs[0] = 0 };
    n
}

/// `os.read(fd, b)`: one `read(2)`; the count, or `-errno`.
#[export_name = "os.read"]
pub extern "C" fn os_read(g: *mut G, fd: i64, p: *mut u8, len: i64, _cap: i64) -> i64 {
    // SAFETY: `g` is the running goroutine.
    unsafe { (*g).sysargs[0] = p as u64 };
    crate::thread::entersyscall(g);
    // SAFETY: `p` points to `len` writable bytes of a Go slice.
    let n = unsafe { sys::read(fd as usize, p, len as usize) as i64 };
    crate::thread::exitsyscall(g);
    // SAFETY: as above.
    unsafe { (*g).sysargs[0] = 0 };
    n
}

/// `os.exit(code)`.
#[export_name = "os.exit"]
pub extern "C" fn os_exit(_g: *mut G, code: i64) -> ! {
    sys::exit_group(code as i32)
}

/// `os.sigpipe()`: a write to standard output or error found the pipe
/// closed; the program dies of SIGPIPE, as a gc program does.
#[export_name = "os.sigpipe"]
pub extern "C" fn os_sigpipe(_g: *mut G) -> ! {
    crate::signal::die_of_sigpipe()
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
    let arr = mem::malloc(16 * n, Some(&crate::types::STRING_TYPE.0)) as *mut u64;
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

/// `syscall.rawSyscall6(trap, a1, ..., a6) (r1, errno uintptr)`: one Linux
/// system call, for std's `syscall` package (written in Go). `errno` is 0
/// on success. While it blocks, the P may be handed to another thread
/// ([`crate::thread`]), so other goroutines keep running.
///
/// # Safety
/// Go code must pass arguments that are valid for the call, as with gc's
/// `syscall.Syscall6`.
#[export_name = "syscall.rawSyscall6"]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn raw_syscall6(
    g: *mut G,
    trap: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
    a6: u64,
) -> StrPair {
    // SAFETY: `g` is the running goroutine.
    unsafe { (*g).sysargs = [a1, a2, a3, a4, a5, a6] };
    crate::thread::entersyscall(g);
    // SAFETY: the caller's contract (see above).
    let r = unsafe {
        sys::raw_syscall6(
            trap as usize,
            a1 as usize,
            a2 as usize,
            a3 as usize,
            a4 as usize,
            a5 as usize,
            a6 as usize,
        )
    };
    crate::thread::exitsyscall(g);
    // SAFETY: as above.
    unsafe { (*g).sysargs = [0; 6] };
    if (-4095..0).contains(&r) {
        StrPair {
            ptr: u64::MAX as *const u8,
            len: (-r) as u64,
        }
    } else {
        StrPair {
            ptr: r as *const u8,
            len: 0,
        }
    }
}

/// `syscall.bytesPtr(b []byte) uintptr`: the address of `b`'s first byte,
/// to pass a buffer to [`raw_syscall6`] (gocl has no `unsafe`).
#[export_name = "syscall.bytesPtr"]
pub extern "C" fn bytes_ptr(_g: *mut G, p: u64, _len: u64, _cap: u64) -> u64 {
    p
}

/// `internal/poll.bufPtr(b []byte) uintptr`: as [`bytes_ptr`], for the
/// network code.
#[export_name = "internal/poll.bufPtr"]
pub extern "C" fn poll_buf_ptr(_g: *mut G, p: u64, _len: u64, _cap: u64) -> u64 {
    p
}
