//! The gocl runtime: everything a Go program compiled by gocl links against.
//!
//! gocl compiles Go to machine code with Cranelift; what the language needs
//! beyond straight-line code (allocation, strings, `print`, panics, the
//! program entry, maps and, later, goroutines, channels and the garbage
//! collector) lives here. The contract between compiled code and this crate
//! is `docs/abi.md`: the symbols (`runtime.printint`, `runtime.newobject`
//! ...), their signatures, the layout of `G` and of type descriptors.
//!
//! # Shape of the crate
//!
//! * It is `no_std` and uses no libc: [`sys`] issues raw Linux system calls
//!   (`syscall` on amd64, `svc #0` on arm64). The crate builds as a static
//!   archive (`libgocl_runtime.a`, with `-C panic=abort`) for
//!   `x86_64-unknown-linux-gnu` and `aarch64-unknown-linux-gnu`; the
//!   compiler embeds both archives and links the one for the target into
//!   every program.
//! * Under `cargo test` it is an ordinary std crate on the host, so the pure
//!   logic (number formatting, panic messages, UTF-8, memory functions) is
//!   unit-tested. Symbols that would clash with the host's C runtime
//!   (`_start`, `memcpy` ...) are compiled out of tests.
//! * Formatting never allocates: messages are built in a fixed stack buffer
//!   ([`buf::Buf`]) or streamed to a [`print::Sink`], and written to standard
//!   error.
//!
//! # Modules
//!
//! * [`start`]: `_start`, switch to the main goroutine stack, `go:entry`.
//! * [`sched`]: goroutines (`G`), the scheduler, context switches.
//! * [`stack`]: goroutine stacks, `runtime.morestack`, growth by copying.
//! * [`chan`]: channels and `select`; [`sema`]: semaphores for `sync`;
//!   [`time`]: clocks, timers, `time.Sleep`; [`signal`]: preemption.
//! * [`env`]: argc/argv/envp/auxv saved at startup.
//! * [`print`] and [`float`]: builtin `print`/`println`, byte for byte as
//!   gc prints.
//! * [`panic`]: bounds, division and shift panics, `panic(v)`, fatal errors.
//! * [`mem`]: heap allocation (a bump allocator until the GC arrives).
//! * [`slice`]: `make` and `append`'s growth, with gc's capacities.
//! * [`string`]: concatenation, comparison, `string(rune)`, rune decoding,
//!   conversions between strings and `[]byte` / `[]rune`.
//! * [`memfuncs`]: `memcpy`, `memmove`, `memset`, `memcmp`, `bcmp`.
//! * [`types`]: the type descriptor layout (v2: kind-specific data,
//!   method sets, itabs).
//! * [`alg`]: hashing and equality of any comparable type, driven by the
//!   descriptors; the runtime's random numbers.
//! * [`map`]: Go maps (Swiss tables with extendible hashing).
//! * [`global`], [`buf`]: small building blocks.
//!
//! # Stacks
//!
//! Go code runs on goroutine stacks and calls the runtime's `extern "C"`
//! entry points there. Every Go function checks `SP <= g.stackguard0` on
//! entry and at loop headers; the guard area below `stackguard0` holds the
//! largest frame plus a reserve for the entry points here, which never
//! grow the stack themselves ([`stack`]). Switching goroutines and growing
//! stacks happen on the thread's system stack ([`sched`]).
//!
//! # Behaviour
//!
//! Output must match go1.27 byte for byte: builtin `print` writes to
//! standard error; an unrecovered panic prints `panic: VALUE`, a blank line,
//! `goroutine 1 [running]:` and exits with status 2 (gc then prints a
//! traceback, which gocl omits for now).

#![cfg_attr(not(test), no_std)]
#![warn(missing_docs)]

pub mod alg;
pub mod buf;
pub mod chan;
pub mod defer;
pub mod env;
pub mod finalizer;
pub mod float;
pub mod gc;
pub mod global;
pub mod heap;
pub mod iface;
pub mod lock;
pub mod map;
pub mod markwork;
pub mod mem;
pub mod memfuncs;
pub mod netpoll;
pub mod osapi;
pub mod panic;
pub mod print;
pub mod runq;
pub mod sched;
pub mod sema;
pub mod signal;
pub mod slice;
pub mod stack;
pub mod start;
pub mod string;
pub mod sys;
pub mod thread;
pub mod time;
pub mod traceback;
pub mod types;
pub mod wbarrier;

/// A Rust panic is a bug in the runtime: report it like gc's `throw` and
/// exit with status 2.
#[cfg(not(test))]
#[panic_handler]
fn rust_panic(info: &core::panic::PanicInfo) -> ! {
    // core's formatting is deeper than a goroutine stack's guard area.
    stack::ensure(sched::curg(), stack::PANIC_STACK);
    rust_panic_grown(info)
}

#[inline(never)]
fn rust_panic_grown(info: &core::panic::PanicInfo) -> ! {
    use core::fmt::Write;
    let mut out = print::Stderr;
    let _ = write!(out, "fatal error: gocl runtime bug: {info}\n\n");
    // SAFETY: null names the main goroutine.
    unsafe { panic::put_goroutine_header(&mut out, core::ptr::null()) };
    sys::exit_group(panic::EXIT_PANIC)
}

/// The unwinding personality routine that the precompiled `core` refers to
/// from its unwind tables. The runtime is built with `panic=abort` and never
/// unwinds, so it is never called; it only satisfies the linker.
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}
