//! `defer`, `panic` and `recover` (abi.md section 9).
//!
//! A function that defers calls allocates a [`Frame`] on entry and records
//! its resume point in it with `runtime.setdefer`, a `setjmp`: it returns 0
//! at once, and returns the frame again when a deferred call of that frame
//! recovers a panic; the function then runs its remaining deferred calls and
//! returns its results, which live in heap cells the frame points to.
//! `defer f(args)` pushes a closure (its arguments already evaluated) on
//! the goroutine's defer list; the function pops and calls its own ones on
//! every return. `gopanic` pops and calls deferred closures of all frames,
//! newest first, through the compiler's `go:calldefer` trampoline (Rust
//! cannot call Go's calling convention); when one of them recovers, it
//! jumps back into the frame that deferred it.
//!
//! Nothing of this is on the Go stack but the frames of the functions
//! themselves, so stacks that move (the goroutines issue) need only the
//! saved SP and FP adjusted.

use crate::buf::Buf;
use crate::mem;
use crate::print::{Sink, Stderr};
use crate::sched::G;
use crate::types::Type;

/// Offset of the frame's `g` (compiled code reloads `g` from it when it
/// resumes after a recovered panic).
pub const FRAME_G: usize = 176;
/// Offset of the words the compiled function keeps in its frame (the
/// addresses of its result cells).
pub const FRAME_USER: usize = 184;

/// The resume point of a function that defers calls: callee-saved
/// registers, SP and return address as `runtime.setdefer` saw them, then
/// the goroutine and the function's own words.
#[repr(C)]
pub struct Frame {
    regs: [u64; 22],
    g: *mut G,
}

/// One deferred call.
#[repr(C)]
pub struct Defer {
    /// The closure to call: its first word is its code.
    env: *const u8,
    /// The frame of the function that deferred it.
    frame: *mut Frame,
    link: *mut Defer,
}

/// A panic in progress.
#[repr(C)]
pub struct Panic {
    /// The panic value's type (an `any`'s first word).
    pub typ: *const Type,
    /// The panic value's data word.
    pub data: *const u8,
    link: *mut Panic,
    /// Set by `recover`.
    recovered: bool,
    /// Whether a deferred call run by this panic is running (only then
    /// does `recover` stop it).
    deferring: bool,
    /// For a nil dereference: the faulting address gc's extra
    /// `[signal SIGSEGV ...]` line shows.
    pub sigaddr: Option<u64>,
    /// Whether this panic re-panics the value of the recovered panic it
    /// interrupts (go1.23+ prints `X [recovered, repanicked]` once).
    repanicked: bool,
    /// The frame whose deferred call this panic is running (its `Defer` is
    /// already off the list): a recover resumes it, so a stack copy must
    /// adjust it too.
    frame: *mut Frame,
}

#[cfg(not(test))]
extern "C" {
    /// Calls a deferred closure with Go's calling convention (emitted by
    /// the compiler).
    #[link_name = "go:calldefer"]
    fn go_calldefer(g: *mut G, env: *const u8);
    /// Calls a `func() string` method through its interface entry point.
    #[link_name = "go:callstring"]
    fn go_callstring(g: *mut G, f: *const u8, recv: *const u8) -> StrPair;
}

/// A string as two words.
#[repr(C)]
pub struct StrPair {
    /// The bytes (or the first word of another two-word result).
    pub ptr: *const u8,
    /// The length (or the second word).
    pub len: u64,
}

/// A new frame with room for `nuser` words.
#[export_name = "runtime.newdeferframe"]
pub extern "C" fn newdeferframe(g: *mut G, nuser: u64) -> *mut Frame {
    // The saved registers are not scanned (values live across a call are in
    // the frame's stack map); the user words are heap cell addresses.
    let p = mem::malloc_ptr_tail(FRAME_USER + 8 * nuser as usize, FRAME_USER / 8) as *mut Frame;
    // SAFETY: `p` is a fresh zeroed allocation of at least FRAME_USER bytes.
    unsafe { (*p).g = g };
    p
}

/// Records the caller's resume point in `frame` and returns 0; returns
/// `frame` (in the same register) when a recovered panic resumes there.
///
/// # Safety
/// `frame` must come from `runtime.newdeferframe`, and the caller's frame
/// must still be live when it is resumed.
#[cfg(target_arch = "x86_64")]
#[unsafe(naked)]
#[export_name = "runtime.setdefer"]
pub unsafe extern "C" fn setdefer(_g: *mut G, _frame: *mut Frame) -> u64 {
    core::arch::naked_asm!(
        "mov [rsi], rbx",
        "mov [rsi + 8], rbp",
        "mov [rsi + 16], r12",
        "mov [rsi + 24], r13",
        "mov [rsi + 32], r14",
        "mov [rsi + 40], r15",
        "lea rax, [rsp + 8]",
        "mov [rsi + 48], rax",
        "mov rax, [rsp]",
        "mov [rsi + 56], rax",
        "xor eax, eax",
        "ret",
    )
}

/// Resumes at the point `frame` recorded, `setdefer` returning `frame`.
///
/// # Safety
/// The function that recorded `frame` must still be on the stack.
#[cfg(target_arch = "x86_64")]
#[unsafe(naked)]
unsafe extern "C" fn resume(_frame: *mut Frame) -> ! {
    core::arch::naked_asm!(
        "mov rbx, [rdi]",
        "mov rbp, [rdi + 8]",
        "mov r12, [rdi + 16]",
        "mov r13, [rdi + 24]",
        "mov r14, [rdi + 32]",
        "mov r15, [rdi + 40]",
        "mov rsp, [rdi + 48]",
        "mov rax, rdi",
        "jmp qword ptr [rdi + 56]",
    )
}

/// See the x86_64 version.
///
/// # Safety
/// As for the x86_64 version.
#[cfg(target_arch = "aarch64")]
#[unsafe(naked)]
#[export_name = "runtime.setdefer"]
pub unsafe extern "C" fn setdefer(_g: *mut G, _frame: *mut Frame) -> u64 {
    core::arch::naked_asm!(
        "stp x19, x20, [x1]",
        "stp x21, x22, [x1, #16]",
        "stp x23, x24, [x1, #32]",
        "stp x25, x26, [x1, #48]",
        "stp x27, x28, [x1, #64]",
        "stp x29, x30, [x1, #80]",
        "mov x2, sp",
        "str x2, [x1, #96]",
        "stp d8, d9, [x1, #104]",
        "stp d10, d11, [x1, #120]",
        "stp d12, d13, [x1, #136]",
        "stp d14, d15, [x1, #152]",
        "mov x0, #0",
        "ret",
    )
}

/// See the x86_64 version.
///
/// # Safety
/// As for the x86_64 version.
#[cfg(target_arch = "aarch64")]
#[unsafe(naked)]
unsafe extern "C" fn resume(_frame: *mut Frame) -> ! {
    core::arch::naked_asm!(
        "ldp x19, x20, [x0]",
        "ldp x21, x22, [x0, #16]",
        "ldp x23, x24, [x0, #32]",
        "ldp x25, x26, [x0, #48]",
        "ldp x27, x28, [x0, #64]",
        "ldp x29, x30, [x0, #80]",
        "ldr x2, [x0, #96]",
        "mov sp, x2",
        "ldp d8, d9, [x0, #104]",
        "ldp d10, d11, [x0, #120]",
        "ldp d12, d13, [x0, #136]",
        "ldp d14, d15, [x0, #152]",
        "ret",
    )
}

/// Calls `f` with the value of every panic in progress on `g` (the
/// records live in runtime frames, which the collector does not scan).
pub fn for_each_panic_root(g: &G, mut f: impl FnMut(u64)) {
    let mut p = g.panic as *mut Panic;
    while !p.is_null() {
        // SAFETY: the panic list links live records.
        unsafe {
            f((*p).data as u64);
            f((*p).frame as u64);
            p = (*p).link;
        }
    }
}

/// The defer list head and the panic in progress live in the `G`.
fn defers(g: *mut G) -> &'static mut *mut Defer {
    // SAFETY: `g` is the running goroutine (compiled code passes it).
    unsafe { &mut *(core::ptr::addr_of_mut!((*g).defers) as *mut *mut Defer) }
}

fn panics(g: *mut G) -> &'static mut *mut Panic {
    // SAFETY: as in `defers`.
    unsafe { &mut *(core::ptr::addr_of_mut!((*g).panic) as *mut *mut Panic) }
}

/// `runtime.deferseq(g) -> tag`: for a function whose deferred calls
/// cannot recover (the compiler knows), a tag that stands for its frame in
/// the defer list: odd, so never a `Frame` address, and unique among the
/// goroutine's active functions.
#[export_name = "runtime.deferseq"]
pub extern "C" fn deferseq(g: *mut G) -> u64 {
    // SAFETY: `g` is the running goroutine.
    unsafe {
        (*g).deferseq += 1;
        ((*g).deferseq << 1) | 1
    }
}

/// Whether a `Defer::frame` is a [`deferseq`] tag rather than a frame.
fn is_tag(frame: *mut Frame) -> bool {
    frame as u64 & 1 != 0
}

/// `defer`: pushes closure `env` (of `nslots` words, followed by room for
/// its `Defer`) for `frame`.
#[export_name = "runtime.deferproc"]
pub extern "C" fn deferproc(g: *mut G, frame: *mut Frame, env: *const u8, nslots: u64) {
    // The compiler allocated the record with the closure, after its
    // `nslots` words (abi.md section 9).
    let d = env.wrapping_add(8 * nslots as usize) as *mut Defer;
    let head = defers(g);
    // SAFETY: `d` is a fresh allocation of a `Defer`.
    unsafe {
        (*d).env = env;
        (*d).frame = frame;
        (*d).link = *head;
    }
    *head = d;
}

/// Pops the newest deferred closure of `frame`, or returns null when it
/// has none left (the function is returning).
#[export_name = "runtime.deferpop"]
pub extern "C" fn deferpop(g: *mut G, frame: *mut Frame) -> *const u8 {
    let head = defers(g);
    let d = *head;
    // SAFETY: list entries are live `Defer`s.
    unsafe {
        if d.is_null() || (*d).frame != frame {
            return core::ptr::null();
        }
        *head = (*d).link;
        (*d).env
    }
}

/// `recover()`: the value of the panic being handled, if a deferred call
/// run by it is running; the panic then stops. Else nil.
#[export_name = "runtime.gorecover"]
pub extern "C" fn gorecover(g: *mut G) -> StrPair {
    let p = *panics(g);
    // SAFETY: the panic list holds live `Panic`s.
    unsafe {
        // A deferred call of a frame tagged by `deferseq` has no `recover`
        // in its body (the compiler checked): this one is called
        // indirectly, where gc's recover returns nil too.
        if p.is_null() || (*p).recovered || !(*p).deferring || is_tag((*p).frame) {
            return StrPair {
                ptr: core::ptr::null(),
                len: 0,
            };
        }
        (*p).recovered = true;
        StrPair {
            ptr: (*p).typ as *const u8,
            len: (*p).data as u64,
        }
    }
}

/// Starts panicking with value (`typ`, `data`): runs deferred calls until
/// one recovers (and resumes its frame) or none are left (and the program
/// dies printing the panics, as gc does).
pub fn panic_with(g: *mut G, typ: *const Type, data: *const u8, sigaddr: Option<u64>) -> ! {
    crate::stack::ensure(g, crate::stack::PANIC_STACK);
    panic_with_grown(g, typ, data, sigaddr)
}

/// [`panic_with`] once the stack has room for the panic machinery.
#[inline(never)]
fn panic_with_grown(g: *mut G, typ: *const Type, data: *const u8, sigaddr: Option<u64>) -> ! {
    let link = *panics(g);
    // SAFETY: the panic list holds live `Panic`s.
    let repanicked = !link.is_null()
        && unsafe { (*link).recovered && (*link).typ == typ && (*link).data == data };
    let mut p = Panic {
        typ,
        data,
        link,
        recovered: false,
        deferring: false,
        sigaddr,
        repanicked,
        frame: core::ptr::null_mut(),
    };
    *panics(g) = &mut p;
    loop {
        let head = defers(g);
        let d = *head;
        if d.is_null() {
            fatal(g, &p);
        }
        // SAFETY: `d` is a live `Defer`; it is unlinked before it runs, so
        // a panic inside it goes on with the next one.
        let (env, frame) = unsafe {
            *head = (*d).link;
            ((*d).env, (*d).frame)
        };
        p.deferring = true;
        p.frame = frame;
        call_deferred(g, env);
        p.deferring = false;
        if p.recovered {
            // Earlier panics whose records lie below the resumed frame
            // are abandoned with their stack.
            let sp = frame_sp(frame);
            let mut head = p.link;
            // SAFETY: the list links live records until they are dropped.
            while !head.is_null() && (head as u64) < sp {
                head = unsafe { (*head).link };
            }
            *panics(g) = head;
            // SAFETY: the frame's function is still on the stack (its
            // deferred call just ran below it).
            unsafe { resume(frame) };
        }
    }
}

/// The SP a recover resumes `frame` with (saved by `setdefer`).
fn frame_sp(frame: *mut Frame) -> u64 {
    #[cfg(target_arch = "x86_64")]
    const SP_WORD: usize = 6;
    #[cfg(target_arch = "aarch64")]
    const SP_WORD: usize = 12;
    // SAFETY: `frame` is a live defer frame.
    unsafe { (*frame).regs[SP_WORD] }
}

#[cfg(not(test))]
fn call_deferred(g: *mut G, env: *const u8) {
    // SAFETY: `env` is a closure the compiler built for `defer`.
    unsafe { go_calldefer(g, env) }
}

#[cfg(test)]
fn call_deferred(_g: *mut G, _env: *const u8) {}

/// An unrecovered panic: prints the panics, oldest first, and exits.
fn fatal(g: *mut G, p: &Panic) -> ! {
    let mut out = Stderr;
    print_panics(&mut out, g, p);
    if let Some(addr) = p.sigaddr {
        let mut b = Buf::<96>::new();
        b.extend(b"[signal SIGSEGV: segmentation violation code=0x1 addr=");
        b.push_hex(addr);
        b.extend(b" pc=0x0]\n");
        out.put(b.as_bytes());
    }
    out.put(b"\n");
    // SAFETY: `g` is the running goroutine.
    unsafe { crate::panic::put_goroutine_header(&mut out, g) };
    crate::traceback::print(&mut out);
    // SAFETY: `g` is the running goroutine.
    unsafe {
        crate::traceback::print_creator(&mut out, (*g).gopc, (*g).parent);
        crate::stack::check_depth((*g).stack_lo, (*g).stack_hi);
    }
    crate::stack::report_depth();
    crate::sys::exit_group(crate::panic::EXIT_PANIC)
}

fn print_panics<S: Sink>(out: &mut S, g: *mut G, p: &Panic) {
    // A re-panic of the recovered value stands for that panic too.
    let mut link = p.link;
    if p.repanicked && !link.is_null() {
        // SAFETY: the panic list holds live `Panic`s.
        link = unsafe { (*link).link };
    }
    if !link.is_null() {
        // SAFETY: as above.
        print_panics(out, g, unsafe { &*link });
        out.put(b"\t");
    }
    out.put(b"panic: ");
    print_value(out, g, p.typ, p.data);
    if p.repanicked {
        out.put(b" [recovered, repanicked]");
    } else if p.recovered {
        out.put(b" [recovered]");
    }
    out.put(b"\n");
}

/// Prints a panic value as gc's `printpanicval`: errors through `Error()`,
/// Stringers through `String()`, other values as [`crate::panic`] does.
fn print_value<S: Sink>(out: &mut S, g: *mut G, typ: *const Type, data: *const u8) {
    if !typ.is_null() {
        for name in [&b"Error"[..], &b"String"[..]] {
            // SAFETY: `typ` is a valid descriptor.
            if let Some(f) = unsafe { string_method(&*typ, name) } {
                let s = call_string(g, f, data);
                if !s.ptr.is_null() && s.len > 0 {
                    // SAFETY: a Go string's bytes.
                    out.put(unsafe { core::slice::from_raw_parts(s.ptr, s.len as usize) });
                }
                return;
            }
        }
    }
    // SAFETY: forwarded: (`typ`, `data`) is an `any`.
    unsafe { crate::panic::put_panic_value(out, typ, data) }
}

#[cfg(not(test))]
fn call_string(g: *mut G, f: *const u8, data: *const u8) -> StrPair {
    // SAFETY: `f` is a `func() string` method's interface entry point.
    unsafe { go_callstring(g, f, data) }
}

#[cfg(test)]
fn call_string(_g: *mut G, _f: *const u8, _data: *const u8) -> StrPair {
    StrPair {
        ptr: core::ptr::null(),
        len: 0,
    }
}

/// The interface entry point of method `name` of type `t` if it is a
/// `func() string`.
///
/// # Safety
/// `t` must be a valid descriptor.
unsafe fn string_method(t: &Type, name: &[u8]) -> Option<*const u8> {
    if t.methods.is_null() {
        return None;
    }
    // SAFETY: the method table has `nmethods` entries (abi.md section 6).
    let ms = unsafe { core::slice::from_raw_parts(t.methods, t.nmethods as usize) };
    for m in ms {
        // SAFETY: names and types are compiler-emitted and valid.
        let (mname, mt) = unsafe {
            (
                core::slice::from_raw_parts(m.name_ptr, m.name_len as usize),
                &*m.mtyp,
            )
        };
        if mname == name && mt.name() == b"func() string" {
            return Some(m.ifn);
        }
    }
    None
}

/// Moves the stack addresses the runtime keeps for `g` outside its stack
/// (the saved registers of its defer frames, its panic list) that point
/// into `[lo, hi)` by `delta`, after the stack was copied.
pub fn adjust_stack_pointers(g: &mut G, lo: u64, hi: u64, delta: u64) {
    let p = g.panic as u64;
    if p >= lo && p < hi {
        g.panic = p.wrapping_add(delta) as *mut u8;
    }
    // The panics in progress live on the (already copied) stack; the
    // frames of the deferred calls they run are on the heap.
    let mut p = g.panic as *mut Panic;
    while !p.is_null() {
        // SAFETY: the panic list holds live records (already moved).
        unsafe {
            let f = (*p).frame;
            if !f.is_null() && !is_tag(f) {
                crate::stack::adjust_words(&mut (*f).regs, lo, hi, delta);
            }
            p = (*p).link;
        }
    }
    let mut d = g.defers as *mut Defer;
    while !d.is_null() {
        // SAFETY: the defer list holds live `Defer`s with live frames; a
        // frame seen twice is left alone the second time (its words no
        // longer point into the old stack).
        unsafe {
            let f = (*d).frame;
            if !f.is_null() && !is_tag(f) {
                crate::stack::adjust_words(&mut (*f).regs, lo, hi, delta);
            }
            d = (*d).link;
        }
    }
}

/// Runs every deferred call of the goroutine, newest first
/// (`runtime.Goexit`). A recover in them returns nil.
pub fn run_all_deferred(g: *mut G) {
    loop {
        let head = defers(g);
        let d = *head;
        if d.is_null() {
            return;
        }
        // SAFETY: `d` is a live `Defer`, unlinked before it runs.
        let env = unsafe {
            *head = (*d).link;
            (*d).env
        };
        call_deferred(g, env);
    }
}

/// `panic(v)` from compiled code.
///
/// # Safety
/// (`typ`, `data`) must be a valid `any`.
#[export_name = "runtime.gopanic"]
pub unsafe extern "C" fn gopanic(g: *mut G, typ: *const Type, data: *const u8) -> ! {
    panic_with(g, typ, data, None)
}
