//! The process's arguments, environment and auxiliary vector, as the
//! kernel left them on the initial stack:
//!
//! ```text
//! sp -> argc, argv[0] .. argv[argc-1], NULL, envp[0] .. NULL, auxv pairs .. AT_NULL
//! ```
//!
//! `_start` hands `sp` to [`init`]; `os.Args` and `os.Getenv` will read
//! from here.

use crate::global::Global;

/// The saved vectors.
struct Env {
    argc: usize,
    argv: *const *const u8,
    envp: *const *const u8,
    auxv: *const usize,
}

static ENV: Global<Env> = Global::new(Env {
    argc: 0,
    argv: core::ptr::null(),
    envp: core::ptr::null(),
    auxv: core::ptr::null(),
});

/// Records the vectors found at the initial stack pointer `sp`.
///
/// # Safety
/// `sp` must be the stack pointer the kernel gave `_start`, and `init` must
/// run once, before anything reads the environment.
pub unsafe fn init(sp: *const usize) {
    // SAFETY: the kernel's initial stack layout (System V ABI) is described
    // in the module documentation; argv and envp are NULL-terminated.
    unsafe {
        let argc = *sp;
        let argv = sp.add(1) as *const *const u8;
        let envp = argv.add(argc + 1);
        let mut p = envp;
        while !(*p).is_null() {
            p = p.add(1);
        }
        let env = &mut *ENV.get();
        env.argc = argc;
        env.argv = argv;
        env.envp = envp;
        env.auxv = p.add(1) as *const usize;
    }
}

/// Length of the NUL-terminated string at `p`.
///
/// # Safety
/// `p` must point to a NUL-terminated string.
unsafe fn c_strlen(p: *const u8) -> usize {
    let mut n = 0;
    // SAFETY: the string is NUL-terminated, so every byte up to the NUL is
    // readable. A volatile read keeps LLVM from turning the loop into a
    // call to `strlen`, which does not exist here.
    unsafe {
        while core::ptr::read_volatile(p.add(n)) != 0 {
            n += 1;
        }
    }
    n
}

/// Number of command-line arguments (including the program name).
pub fn argc() -> usize {
    // SAFETY: ENV is written once by `init` before Go code runs.
    unsafe { (*ENV.get()).argc }
}

/// The `i`-th command-line argument, without its NUL.
pub fn arg(i: usize) -> Option<&'static [u8]> {
    // SAFETY: ENV is written once by `init`; argv has `argc` valid
    // NUL-terminated strings that live as long as the process.
    unsafe {
        let env = &*ENV.get();
        if i >= env.argc {
            return None;
        }
        let p = *env.argv.add(i);
        Some(core::slice::from_raw_parts(p, c_strlen(p)))
    }
}

/// The `i`-th environment entry (`KEY=value`), without its NUL.
pub fn env(i: usize) -> Option<&'static [u8]> {
    // SAFETY: ENV is written once by `init`; envp is a NULL-terminated
    // array of NUL-terminated strings that live as long as the process.
    unsafe {
        let env = &*ENV.get();
        if env.envp.is_null() {
            return None;
        }
        for j in 0..=i {
            if (*env.envp.add(j)).is_null() {
                return None;
            }
        }
        let p = *env.envp.add(i);
        Some(core::slice::from_raw_parts(p, c_strlen(p)))
    }
}

/// A decimal integer with an optional `-` (the environment's numbers:
/// `GOGC`, `GOMAXPROCS`, `GOMEMLIMIT`); `None` if malformed or too big.
pub fn parse_int(v: &[u8]) -> Option<i64> {
    let (neg, digits) = match v.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, v),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add((c - b'0') as i64)?;
    }
    Some(if neg { -n } else { n })
}

/// The value of environment variable `key`, if set.
pub fn getenv(key: &[u8]) -> Option<&'static [u8]> {
    let mut i = 0;
    while let Some(e) = env(i) {
        if e.len() > key.len() && e.starts_with(key) && e[key.len()] == b'=' {
            return Some(&e[key.len() + 1..]);
        }
        i += 1;
    }
    None
}

/// The value of auxiliary vector entry `key` (e.g. 6, `AT_PAGESZ`).
pub fn auxv(key: usize) -> Option<usize> {
    // SAFETY: ENV is written once by `init`; the auxiliary vector is a list
    // of (key, value) pairs ended by key 0 (AT_NULL).
    unsafe {
        let mut p = (*ENV.get()).auxv;
        if p.is_null() {
            return None;
        }
        while *p != 0 {
            if *p == key {
                return Some(*p.add(1));
            }
            p = p.add(2);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_initial_stack_layout() {
        let a0 = b"prog\0";
        let a1 = b"x y\0";
        let e0 = b"HOME=/root\0";
        let stack: [usize; 10] = [
            2,
            a0.as_ptr() as usize,
            a1.as_ptr() as usize,
            0,
            e0.as_ptr() as usize,
            0,
            6,
            4096,
            0,
            0,
        ];
        // SAFETY: `stack` has the kernel's layout; the tests in this module
        // are the only readers of ENV.
        unsafe { init(stack.as_ptr()) };
        assert_eq!(argc(), 2);
        assert_eq!(arg(0), Some(&b"prog"[..]));
        assert_eq!(arg(1), Some(&b"x y"[..]));
        assert_eq!(arg(2), None);
        assert_eq!(env(0), Some(&b"HOME=/root"[..]));
        assert_eq!(env(1), None);
        assert_eq!(auxv(6), Some(4096));
        assert_eq!(auxv(25), None);
    }
}
