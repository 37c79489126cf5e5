//! Goroutine stacks: allocation, and growth by copying (abi.md section 4).
//!
//! A stack is a power-of-two region, 2 KiB at first. Its guard area,
//! [`guard`] bytes above the bottom and ending at `g.stackguard0`, is
//! where runtime code called from Go runs; Go code calls nothing with SP
//! inside it:
//!
//! * Cranelift's prologue of every Go function that has a frame or makes
//!   calls compares SP minus its frame with `g.stacklimit` (inside the
//!   guard area, [`HARD_LIMIT`] above the bottom) before it allocates the
//!   frame, and traps when the frame would reach below it. The SIGILL
//!   handler ([`crate::signal`]) rewinds the frame setup and enters
//!   [`morestack_entry`], which calls `morestack` to grow the stack and
//!   then restarts the function on the new one.
//! * Before its first call on every path, and at loop headers, a
//!   function compares SP with `g.stackguard0` (or [`STACK_PREEMPT`]
//!   when it is asked to yield) and calls `runtime.morestack`.
//!
//! `morestack` saves every register on the goroutine stack, switches to
//! the system stack and calls [`gocl_newstack`], which either yields (a
//! preemption request, see [`crate::sched`]) or copies the used part of
//! the stack into one twice as big (or bigger) and returns the new SP.
//!
//! Pointers into the old stack are found by value: every word of the
//! copied stack (saved registers included), the defer frames the runtime
//! keeps for the goroutine, and the goroutine's panic list, whose value
//! lies inside the old stack's bounds is moved by the distance between the
//! stacks. Such pointers are frame pointers, addresses of stack slots that
//! compiled code keeps in registers or spill slots, and runtime records;
//! no address of a stack slot is ever visible to Go code as an integer
//! (variables whose address is taken live on the heap). A non-pointer
//! word that happens to equal an address inside the old stack would be
//! changed too; docs/design.md ("Growing stacks") explains why this is
//! accepted until the stack maps of the collector make the copy precise.

use crate::global::Global;
use crate::sched::{self, G, STACK_PREEMPT};
use crate::sys;

/// The guard area, below `stackguard0`: Go code calls runtime code only
/// with SP above it, so this is what runtime code called from Go may use
/// on the goroutine stack. Code that needs more switches to the system
/// stack ([`crate::sched::systemstack`]: float formatting) or grows the
/// stack first ([`ensure`]: the panic paths). `tests/stack_budget.py`
/// checks every runtime entry point against it.
const GUARD: u64 = 1024;

/// `stacklimit`, the bound of Cranelift's prologue check, sits this far
/// above `stack_lo`: a frame may end between it and `stackguard0`, and the
/// function's check then calls `morestack`, which saves every register
/// below SP (784 bytes on arm64) before it switches stacks. Only a frame
/// reaching below it traps.
const HARD_LIMIT: u64 = 832;

/// Free stack the panic paths make sure of before they start ([`ensure`]):
/// they format messages, run deferred calls and print tracebacks.
pub const PANIC_STACK: u64 = 8 << 10;

/// The smallest stack, every goroutine's first (gc: 2 KiB too).
const MIN_STACK: u64 = 2 << 10;

/// Stacks at least this big are mapped one by one and unmapped when freed.
const LARGE_STACK: u64 = 256 << 10;

/// Small stacks are carved out of chunks of this size.
const CHUNK: u64 = 1 << 20;

/// Bytes `morestack` pushes below the caller's SP before it calls
/// [`newstack`]: return address, frame pointer, general registers, vector
/// registers, resume slot.
#[cfg(target_arch = "x86_64")]
const SAVE_BYTES: u64 = 8 + 8 + 14 * 8 + 256 + 8;
#[cfg(target_arch = "aarch64")]
const SAVE_BYTES: u64 = 16 + 240 + 512 + 16;

struct Stacks {
    initial: u64,
    /// Free stacks by log2 of their size, linked through their first word.
    free: [u64; 40],
    /// The unused rest of the current chunk.
    chunk_next: u64,
    chunk_end: u64,
    /// `GOCL_STACKCHECK`: paint new stacks and measure how deep below
    /// `stackguard0` they were used (see [`check_depth`]).
    paint: bool,
    /// The deepest use below `stackguard0` seen, in bytes.
    deepest: u64,
    /// Bytes of stacks goroutines hold (`MemStats.StackInuse`).
    inuse: u64,
    /// Bytes mapped for stacks (`MemStats.StackSys`).
    sys: u64,
}

static STACKS: Global<Stacks> = Global::new(Stacks {
    initial: MIN_STACK,
    free: [0; 40],
    chunk_next: 0,
    chunk_end: 0,
    paint: false,
    deepest: 0,
    inuse: 0,
    sys: 0,
});

/// The pattern painted on stacks under `GOCL_STACKCHECK`.
const PAINT: u64 = 0x5a5a_5a5a_5a5a_5a5a;

fn stacks() -> &'static mut Stacks {
    // SAFETY: the free lists and chunk are touched under `LOCK`; the
    // other fields are set at startup or after a collection (the world
    // stopped), or are debugging counters. Callers do not keep the
    // reference across calls that could re-enter this module.
    unsafe { &mut *STACKS.get() }
}

/// Reads the debugging switch.
pub fn init() {
    stacks().paint = crate::env::getenv(b"GOCL_STACKCHECK").is_some();
}

/// The caller's stack pointer.
#[inline(always)]
pub fn current_sp() -> u64 {
    let sp: u64;
    // SAFETY: reads a register.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!("mov {}, rsp", out(reg) sp)
    };
    // SAFETY: reads a register.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!("mov {}, sp", out(reg) sp)
    };
    sp
}

/// Whether `sp` lies in the stack of `g` (null: no goroutine).
pub fn on_stack_of(g: *const G, sp: u64) -> bool {
    // SAFETY: a non-null `g` passed by runtime code is live.
    !g.is_null() && unsafe { sp >= (*g).stack_lo && sp < (*g).stack_hi }
}

/// Sets `g`'s two stack bounds for its stack `[stack_lo, stack_hi)`.
pub fn set_bounds(g: &mut G) {
    g.stackguard0 = g.stack_lo + guard();
    g.stacklimit = g.stack_lo + HARD_LIMIT;
}

/// Grows the running goroutine `g`'s stack now, if fewer than `need`
/// bytes are free below the caller's SP: for runtime paths deeper than
/// the guard area that may call Go code or park, so cannot move to the
/// system stack. Their frames are copied with the rest (by value, as
/// every frame is). Does nothing off `g`'s stack.
#[inline(never)]
pub fn ensure(g: *mut G, need: u64) {
    let sp = current_sp();
    if !on_stack_of(g, sp) {
        return;
    }
    // SAFETY: a goroutine running on its own stack is live.
    let gr = unsafe { &mut *g };
    if sp - gr.stack_lo >= need {
        return;
    }
    gr.entry_grow = need;
    // Not `morestack`: its save area alone is 784 bytes on arm64. A call
    // from Rust needs only the callee-saved registers kept, as a switch
    // saves them.
    // SAFETY: `g` runs here; `grow_on_system_stack` resumes it.
    unsafe { sched::switch_out(g, grow_on_system_stack) };
}

/// [`ensure`]'s second half, on the system stack: grows `g`'s stack and
/// resumes it on the new one.
extern "C" fn grow_on_system_stack(g: *mut G) -> ! {
    // SAFETY: `g` stopped in `switch_out`, its registers saved at
    // `sched_sp`; it stays the running goroutine.
    unsafe {
        let gr = &mut *g;
        let need = core::mem::take(&mut gr.entry_grow);
        let sp = grow(gr, gr.sched_sp, need);
        sched::gogo(sp)
    }
}

/// Under `GOCL_STACKCHECK`: records how far below its `stackguard0` the
/// stack `[lo, hi)` was ever written (frames allocated before their check
/// plus runtime code called from Go), the figure the guard area must hold.
pub fn check_depth(lo: u64, hi: u64) {
    let s = stacks();
    if !s.paint {
        return;
    }
    let mut p = lo;
    // SAFETY: [lo, hi) is a live stack of ours, painted when allocated.
    while p < hi && unsafe { *(p as *const u64) } == PAINT {
        p += 8;
    }
    let guard_top = lo + GUARD;
    if p < guard_top {
        s.deepest = s.deepest.max(guard_top - p);
    }
}

/// Under `GOCL_STACKCHECK`: prints the deepest use below `stackguard0`.
pub fn report_depth() {
    use crate::print::{Sink, Stderr};
    let s = stacks();
    if !s.paint {
        return;
    }
    let mut b = crate::buf::Buf::<96>::new();
    b.extend(b"stackcheck: deepest use below stackguard0 ");
    b.push_u64(s.deepest);
    b.extend(b" of guard ");
    b.push_u64(GUARD);
    b.extend(b"\n");
    Stderr.put(b.as_bytes());
}

/// Bytes between a stack's bottom and its `stackguard0`.
pub fn guard() -> u64 {
    GUARD
}

/// Sizes new goroutines' stacks from the average stack use `avg` the
/// collector measured, as gc's adaptive starting size does: goroutines
/// of a program whose goroutines all need 3 KiB then start at 8 KiB
/// instead of growing twice and leaving their 2 and 4 KiB stacks behind.
/// Capped at 16 KiB.
pub fn adapt_initial(avg: u64) {
    let mut size = MIN_STACK;
    while size < avg + GUARD && size < 16 << 10 {
        size *= 2;
    }
    stacks().initial = size;
}

/// The size of a new goroutine's stack.
pub fn initial_size() -> u64 {
    stacks().initial
}

/// A stack of `size` bytes (a power of two) as (lo, hi).
pub fn alloc(size: u64) -> (u64, u64) {
    let (lo, hi) = alloc_raw(size);
    if stacks().paint {
        // SAFETY: a fresh (or freed) stack of ours; nothing uses it.
        unsafe {
            core::slice::from_raw_parts_mut(lo as *mut u64, (size / 8) as usize).fill(PAINT);
        }
    }
    (lo, hi)
}

/// Guards the free lists and the current chunk.
static LOCK: crate::lock::Mutex = crate::lock::Mutex::new();

fn alloc_raw(size: u64) -> (u64, u64) {
    LOCK.lock();
    let r = alloc_locked(size);
    LOCK.unlock();
    r
}

fn alloc_locked(size: u64) -> (u64, u64) {
    let s = stacks();
    s.inuse += size;
    let order = size.trailing_zeros() as usize;
    let head = s.free[order];
    if head != 0 {
        // SAFETY: free stacks hold the next free stack in their first word.
        s.free[order] = unsafe { *(head as *const u64) };
        return (head, head + size);
    }
    if size >= LARGE_STACK {
        let Some(p) = sys::mmap_anon(
            size as usize,
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        ) else {
            crate::panic::throw(b"out of memory allocating stack");
        };
        s.sys += size;
        return (p as u64, p as u64 + size);
    }
    if s.chunk_next + size > s.chunk_end {
        let Some(p) = sys::mmap_anon(
            CHUNK as usize,
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        ) else {
            crate::panic::throw(b"out of memory allocating stack");
        };
        s.sys += CHUNK;
        s.chunk_next = p as u64;
        s.chunk_end = p as u64 + CHUNK;
    }
    let lo = s.chunk_next;
    s.chunk_next += size;
    (lo, lo + size)
}

/// Returns stack `[lo, hi)` to the pool. Large stacks are kept too until
/// the next collection ([`release_large`]), so a deep recursion repeated
/// in new goroutines reuses memory that is already faulted in.
pub fn free(lo: u64, hi: u64) {
    let size = hi - lo;
    LOCK.lock();
    let s = stacks();
    s.inuse -= size;
    let order = size.trailing_zeros() as usize;
    // SAFETY: the stack is unused; its first word links the free list.
    unsafe { *(lo as *mut u64) = s.free[order] };
    s.free[order] = lo;
    LOCK.unlock();
}

/// Unmaps the free large stacks (each has a mapping of its own), as gc
/// returns its free large stacks to the heap after a collection: the
/// memory of a deep recursion, or of a stack that shrank, goes back to the
/// system.
pub fn release_large() {
    LOCK.lock();
    let s = stacks();
    for order in LARGE_STACK.trailing_zeros() as usize..s.free.len() {
        while s.free[order] != 0 {
            let lo = s.free[order];
            // SAFETY: a free stack links the next one in its first word;
            // nothing uses it, and it is a whole mapping of `1 << order`
            // bytes (large stacks are mapped one by one).
            unsafe {
                s.free[order] = *(lo as *const u64);
                sys::munmap(lo as *mut u8, 1 << order);
            }
            s.sys -= 1 << order;
        }
    }
    LOCK.unlock();
}

/// Bytes of stacks in use and bytes mapped for stacks.
pub fn stats() -> (u64, u64) {
    LOCK.lock();
    let s = stacks();
    let r = (s.inuse, s.sys);
    LOCK.unlock();
    r
}

/// Moves every word of `words` that points into `[lo, hi)` by `delta`.
pub fn adjust_words(words: &mut [u64], lo: u64, hi: u64, delta: u64) {
    for w in words {
        if *w >= lo && *w < hi {
            *w = w.wrapping_add(delta);
        }
    }
}

/// Copies `from` to `to`, moving each word that points into `[lo, hi)` by
/// `delta` (one pass over the memory).
pub fn copy_adjusting(from: &[u64], to: &mut [u64], lo: u64, hi: u64, delta: u64) {
    for (d, &w) in to.iter_mut().zip(from) {
        *d = if w.wrapping_sub(lo) < hi - lo {
            w.wrapping_add(delta)
        } else {
            w
        };
    }
}

/// Called by `morestack` on the system stack: `g`'s registers are saved
/// at `sp`. Grows the stack and/or yields; returns the (new) `sp`.
///
/// # Safety
/// Only `morestack` calls this, for the running goroutine.
#[no_mangle]
pub unsafe extern "C" fn gocl_newstack(g: *mut G, sp: u64) -> u64 {
    // SAFETY: `g` is the goroutine that called morestack.
    let gr = unsafe { &mut *g };
    if gr.entry_grow != 0 {
        // From the prologue trap: the function restarts on the new stack
        // and checks for preemption in its body.
        let need = core::mem::take(&mut gr.entry_grow);
        return grow(gr, sp, need);
    }
    let preempt = gr.stackguard0 == STACK_PREEMPT;
    let caller_sp = sp + SAVE_BYTES;
    let mut sp = sp;
    if !preempt || caller_sp <= gr.stack_lo + guard() {
        sp = grow(gr, sp, 0);
    }
    if preempt {
        if core::mem::take(&mut gr.shrink) {
            sp = shrink(gr, sp);
        }
        gr.stackguard0 = gr.stack_lo + guard();
        // morestack's frame record is just below the caller's SP.
        sched::preempted(g, sp, sp + SAVE_BYTES - 16);
    }
    sp
}

/// Copies `g`'s stack into a bigger one, with at least `need` bytes
/// (and the guard plus 1 KiB) free below `sp`; returns the new SP for
/// `sp`.
fn grow(g: &mut G, sp: u64, need: u64) -> u64 {
    let (lo, hi) = (g.stack_lo, g.stack_hi);
    let used = hi - sp;
    let mut size = (hi - lo) * 2;
    while size - used < need.max(guard() + 1024) {
        size *= 2;
    }
    if size > sched::MAX_STACK_BYTES {
        overflow(g, sp);
    }
    move_stack(g, sp, size)
}

/// Halves `g`'s stack when it uses less than a quarter of it, as gc's
/// `shrinkstack` does: called in `morestack` (every frame is then one a
/// growth could copy too) for a goroutine the collector found mostly
/// unused ([`wants_shrink`]). Returns the (new) SP for `sp`.
fn shrink(g: &mut G, sp: u64) -> u64 {
    let size = g.stack_hi - g.stack_lo;
    let used = g.stack_hi - sp;
    let half = size / 2;
    // Keep what a growth would leave free, so that the two do not chase
    // each other.
    // Not below the size new goroutines start with: a dead goroutine's
    // stack of another size is replaced anyway.
    if half < initial_size() || used >= size / 4 || half - used < guard() + 1024 {
        return sp;
    }
    move_stack(g, sp, half)
}

/// Whether the collector should ask `g` (stopped, its newest frame at
/// `fp`) to shrink its stack at its next check.
pub fn wants_shrink(g: &G, fp: u64) -> bool {
    let size = g.stack_hi - g.stack_lo;
    size > initial_size() && fp != 0 && g.stack_hi - fp < size / 4
}

/// Copies the used part of `g`'s stack, `[sp, hi)`, to the top of a fresh
/// stack of `size` bytes and frees the old one; returns the new SP.
fn move_stack(g: &mut G, sp: u64, size: u64) -> u64 {
    let (lo, hi) = (g.stack_lo, g.stack_hi);
    let used = hi - sp;
    let (nlo, nhi) = alloc(size);
    let nsp = nhi - used;
    let delta = nhi.wrapping_sub(hi);
    // SAFETY: [sp, hi) is the live part of the old stack, [nsp, nhi) the
    // top of the fresh one; they do not overlap.
    let (from, to) = unsafe {
        (
            core::slice::from_raw_parts(sp as *const u64, (used / 8) as usize),
            core::slice::from_raw_parts_mut(nsp as *mut u64, (used / 8) as usize),
        )
    };
    copy_adjusting(from, to, lo, hi, delta);
    crate::defer::adjust_stack_pointers(g, lo, hi, delta);
    check_depth(lo, hi);
    free(lo, hi);
    g.stack_lo = nlo;
    g.stack_hi = nhi;
    // A pending preemption request survives the move.
    let preempt = g.stackguard0 == STACK_PREEMPT;
    set_bounds(g);
    if preempt {
        g.stackguard0 = STACK_PREEMPT;
    }
    nsp
}

/// gc's stack overflow: the report, `fatal error: stack overflow`, exit 2.
fn overflow(g: &G, sp: u64) -> ! {
    use crate::print::{Sink, Stderr};
    let mut out = Stderr;
    sched::stack_overflow_message(&mut out, g, sp);
    out.put(b"fatal error: stack overflow\n\n");
    // SAFETY: `g` is live.
    unsafe { crate::panic::put_goroutine_header(&mut out, g) };
    sys::exit_group(crate::panic::EXIT_PANIC)
}

/// `runtime.morestack` (x86-64), called with `PreserveAll` and `g` in rdi
/// by a function whose SP reached `stackguard0`: saves every register,
/// calls [`gocl_newstack`] on the system stack, and resumes on the stack
/// it returns (the same one after a yield, a copy after growth).
///
/// # Safety
/// Only the compiler's prologue and back-edge checks call this.
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
#[export_name = "runtime.morestack"]
pub unsafe extern "C" fn morestack() {
    core::arch::naked_asm!(
        "push rbp",
        "mov rbp, rsp",
        "push rax",
        "push rbx",
        "push rcx",
        "push rdx",
        "push rsi",
        "push rdi",
        "push r8",
        "push r9",
        "push r10",
        "push r11",
        "push r12",
        "push r13",
        "push r14",
        "push r15",
        "sub rsp, 256",
        "movdqu [rsp], xmm0",
        "movdqu [rsp + 16], xmm1",
        "movdqu [rsp + 32], xmm2",
        "movdqu [rsp + 48], xmm3",
        "movdqu [rsp + 64], xmm4",
        "movdqu [rsp + 80], xmm5",
        "movdqu [rsp + 96], xmm6",
        "movdqu [rsp + 112], xmm7",
        "movdqu [rsp + 128], xmm8",
        "movdqu [rsp + 144], xmm9",
        "movdqu [rsp + 160], xmm10",
        "movdqu [rsp + 176], xmm11",
        "movdqu [rsp + 192], xmm12",
        "movdqu [rsp + 208], xmm13",
        "movdqu [rsp + 224], xmm14",
        "movdqu [rsp + 240], xmm15",
        "lea rax, [rip + 2f]",
        "push rax",
        "mov rsi, rsp",
        "mov rsp, qword ptr fs:[{g0}]",
        "call {newstack}",
        "mov rsp, rax",
        "ret",
        "2:",
        "movdqu xmm0, [rsp]",
        "movdqu xmm1, [rsp + 16]",
        "movdqu xmm2, [rsp + 32]",
        "movdqu xmm3, [rsp + 48]",
        "movdqu xmm4, [rsp + 64]",
        "movdqu xmm5, [rsp + 80]",
        "movdqu xmm6, [rsp + 96]",
        "movdqu xmm7, [rsp + 112]",
        "movdqu xmm8, [rsp + 128]",
        "movdqu xmm9, [rsp + 144]",
        "movdqu xmm10, [rsp + 160]",
        "movdqu xmm11, [rsp + 176]",
        "movdqu xmm12, [rsp + 192]",
        "movdqu xmm13, [rsp + 208]",
        "movdqu xmm14, [rsp + 224]",
        "movdqu xmm15, [rsp + 240]",
        "add rsp, 256",
        "pop r15",
        "pop r14",
        "pop r13",
        "pop r12",
        "pop r11",
        "pop r10",
        "pop r9",
        "pop r8",
        "pop rdi",
        "pop rsi",
        "pop rdx",
        "pop rcx",
        "pop rbx",
        "pop rax",
        "pop rbp",
        "ret",
        g0 = const crate::thread::M_G0_TOP,
        newstack = sym gocl_newstack,
    )
}

/// Where the stack-limit trap handler resumes a Go function that did not
/// fit (x86-64): the machine state is the one at the function's entry,
/// with the function's address in r11. Calls `morestack` with that
/// address as its return address, so that the function restarts on the
/// grown stack.
///
/// # Safety
/// Only [`crate::signal`]'s SIGILL handler enters this.
#[cfg(all(not(test), target_arch = "x86_64"))]
#[unsafe(naked)]
pub unsafe extern "C" fn morestack_entry() {
    core::arch::naked_asm!("push r11", "jmp {morestack}", morestack = sym morestack)
}

/// As the x86-64 version: state at the function's entry (the caller's
/// frame pointer in x29 and return address in x30, `g` also in x0), the
/// function's address in x17.
///
/// # Safety
/// Only [`crate::signal`]'s SIGILL handler enters this.
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
pub unsafe extern "C" fn morestack_entry() {
    core::arch::naked_asm!(
        "stp x29, x30, [sp, #-16]!",
        "mov x29, sp",
        "stp x17, xzr, [sp, #-16]!",
        "bl {morestack}",
        "ldr x17, [sp], #16",
        "ldp x29, x30, [sp], #16",
        "br x17",
        morestack = sym morestack,
    )
}

#[cfg(test)]
pub unsafe extern "C" fn morestack_entry() {}

/// `runtime.morestack` (arm64), `g` in x0, return address in x30. See the
/// x86-64 version.
///
/// # Safety
/// As the x86-64 version.
#[cfg(all(not(test), target_arch = "aarch64"))]
#[unsafe(naked)]
#[export_name = "runtime.morestack"]
pub unsafe extern "C" fn morestack() {
    core::arch::naked_asm!(
        "stp x29, x30, [sp, #-16]!",
        "mov x29, sp",
        "stp x0, x1, [sp, #-16]!",
        "stp x2, x3, [sp, #-16]!",
        "stp x4, x5, [sp, #-16]!",
        "stp x6, x7, [sp, #-16]!",
        "stp x8, x9, [sp, #-16]!",
        "stp x10, x11, [sp, #-16]!",
        "stp x12, x13, [sp, #-16]!",
        "stp x14, x15, [sp, #-16]!",
        "stp x16, x17, [sp, #-16]!",
        "stp x18, x19, [sp, #-16]!",
        "stp x20, x21, [sp, #-16]!",
        "stp x22, x23, [sp, #-16]!",
        "stp x24, x25, [sp, #-16]!",
        "stp x26, x27, [sp, #-16]!",
        "str x28, [sp, #-16]!",
        "sub sp, sp, #512",
        "stp q0, q1, [sp, #0]",
        "stp q2, q3, [sp, #32]",
        "stp q4, q5, [sp, #64]",
        "stp q6, q7, [sp, #96]",
        "stp q8, q9, [sp, #128]",
        "stp q10, q11, [sp, #160]",
        "stp q12, q13, [sp, #192]",
        "stp q14, q15, [sp, #224]",
        "stp q16, q17, [sp, #256]",
        "stp q18, q19, [sp, #288]",
        "stp q20, q21, [sp, #320]",
        "stp q22, q23, [sp, #352]",
        "stp q24, q25, [sp, #384]",
        "stp q26, q27, [sp, #416]",
        "stp q28, q29, [sp, #448]",
        "stp q30, q31, [sp, #480]",
        "adr x9, 2f",
        "stp x9, xzr, [sp, #-16]!",
        "mov x1, sp",
        "mrs x9, tpidr_el0",
        "ldr x9, [x9, #{g0}]",
        "mov sp, x9",
        "bl {newstack}",
        "mov sp, x0",
        "ldr x9, [sp]",
        "br x9",
        "2:",
        "add sp, sp, #16",
        "ldp q0, q1, [sp, #0]",
        "ldp q2, q3, [sp, #32]",
        "ldp q4, q5, [sp, #64]",
        "ldp q6, q7, [sp, #96]",
        "ldp q8, q9, [sp, #128]",
        "ldp q10, q11, [sp, #160]",
        "ldp q12, q13, [sp, #192]",
        "ldp q14, q15, [sp, #224]",
        "ldp q16, q17, [sp, #256]",
        "ldp q18, q19, [sp, #288]",
        "ldp q20, q21, [sp, #320]",
        "ldp q22, q23, [sp, #352]",
        "ldp q24, q25, [sp, #384]",
        "ldp q26, q27, [sp, #416]",
        "ldp q28, q29, [sp, #448]",
        "ldp q30, q31, [sp, #480]",
        "add sp, sp, #512",
        "ldr x28, [sp], #16",
        "ldp x26, x27, [sp], #16",
        "ldp x24, x25, [sp], #16",
        "ldp x22, x23, [sp], #16",
        "ldp x20, x21, [sp], #16",
        "ldp x18, x19, [sp], #16",
        "ldp x16, x17, [sp], #16",
        "ldp x14, x15, [sp], #16",
        "ldp x12, x13, [sp], #16",
        "ldp x10, x11, [sp], #16",
        "ldp x8, x9, [sp], #16",
        "ldp x6, x7, [sp], #16",
        "ldp x4, x5, [sp], #16",
        "ldp x2, x3, [sp], #16",
        "ldp x0, x1, [sp], #16",
        "ldp x29, x30, [sp], #16",
        "ret",
        g0 = const crate::thread::M_G0_TOP,
        newstack = sym gocl_newstack,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjusts_only_words_inside_the_old_stack() {
        let mut w = [0x1000u64, 0x1ff8, 0x2000, 0xfff, 7, 0x1800];
        adjust_words(&mut w, 0x1000, 0x2000, 0x10000);
        assert_eq!(w, [0x11000, 0x11ff8, 0x2000, 0xfff, 7, 0x11800]);
        let from = [0x1000u64, 0x1ff8, 0x2000, 0xfff, 7, 0x1800];
        let mut to = [0u64; 6];
        copy_adjusting(&from, &mut to, 0x1000, 0x2000, 0x10000);
        assert_eq!(to, w);
        // A new stack below the old one: a negative distance.
        copy_adjusting(&from, &mut to, 0x1000, 0x2000, 0u64.wrapping_sub(0x800));
        assert_eq!(to, [0x800, 0x17f8, 0x2000, 0xfff, 7, 0x1000]);
    }

    #[test]
    fn pool_reuses_freed_stacks() {
        let (lo, hi) = alloc(16 << 10);
        assert_eq!(hi - lo, 16 << 10);
        free(lo, hi);
        let (lo2, _) = alloc(16 << 10);
        assert_eq!(lo, lo2);
    }
}
