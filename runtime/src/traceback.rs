//! Tracebacks: the Go frames of the running goroutine, as gc prints them
//! after `goroutine N [running]:` (abi.md section 11).
//!
//! Every frame keeps a frame record (compiled Go code preserves frame
//! pointers, and the runtime is built with them), so the chain from the
//! current frame pointer leads through the runtime's frames into the Go
//! frames, up to the goroutine's first frame, whose saved frame pointer
//! is 0. Return addresses are looked up in the compiler's `go:functab`.

use crate::buf::Buf;
use crate::print::Sink;

/// One entry of `go:functab` (80 bytes).
#[repr(C)]
struct Entry {
    code: u64,
    size: u64,
    name_ptr: *const u8,
    name_len: u64,
    file_ptr: *const u8,
    file_len: u64,
    lines: *const u32,
    nlines_flags: u64,
    /// The function's stack maps (abi.md §13), or null.
    gcmap: *const u32,
    /// Code offsets (plus one) of the prologue's stack-limit traps: the
    /// first in the low 32 bits, a second in the high ones, 0 for none.
    stack_traps: u64,
}

#[cfg(not(test))]
extern "C" {
    #[link_name = "go:functab"]
    static FUNCTAB: u64;
}

/// The entries of the function table.
#[cfg(not(test))]
fn entries() -> &'static [Entry] {
    // SAFETY: the compiler emits `go:functab` as a count followed by that
    // many entries.
    unsafe {
        let base = core::ptr::addr_of!(FUNCTAB);
        let n = *base as usize;
        core::slice::from_raw_parts(base.add(1) as *const Entry, n)
    }
}

#[cfg(test)]
fn entries() -> &'static [Entry] {
    &[]
}

/// The caller's frame pointer.
#[inline(always)]
pub fn frame_pointer() -> usize {
    let fp: usize;
    // SAFETY: reads a register.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!("mov {}, rbp", out(reg) fp)
    };
    // SAFETY: reads a register.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!("mov {}, x29", out(reg) fp)
    };
    fp
}

fn bytes(p: *const u8, n: u64) -> &'static [u8] {
    if p.is_null() {
        return &[];
    }
    // SAFETY: compiler-emitted read-only strings.
    unsafe { core::slice::from_raw_parts(p, n as usize) }
}

/// For a return address `pc` into a Go function: the function's code
/// address and stack maps (null when it has none). `None` for code that
/// is not Go (the runtime's own frames).
pub fn gc_lookup(pc: u64) -> Option<(u64, *const u32)> {
    lookup(pc - 1).map(|e| (e.code, e.gcmap))
}

/// For the address of a prologue's stack-limit trap: the code address of
/// its function (abi.md section 4). `None` for any other address.
pub fn stack_trap_func(pc: u64) -> Option<u64> {
    let e = lookup_uncached(pc)?;
    let off = pc - e.code + 1;
    let t = e.stack_traps;
    (t != 0 && (off == t & 0xffff_ffff || off == t >> 32)).then_some(e.code)
}

/// Whether the function table is sorted by code address (checked once).
fn sorted() -> bool {
    use core::sync::atomic::{AtomicU8, Ordering};
    static STATE: AtomicU8 = AtomicU8::new(0);
    match STATE.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let es = entries();
            let ok = es.windows(2).all(|w| w[0].code + w[0].size <= w[1].code);
            STATE.store(if ok { 1 } else { 2 }, Ordering::Relaxed);
            ok
        }
    }
}

/// Slots of the lookup cache: each holds `pc << 16 | index` of a recent
/// lookup (0: empty).
const CACHE_SLOTS: usize = 512;

static LOOKUP_CACHE: [core::sync::atomic::AtomicU64; CACHE_SLOTS] =
    [const { core::sync::atomic::AtomicU64::new(0) }; CACHE_SLOTS];

/// [`lookup_uncached`] through a small direct-mapped cache: a collection
/// looks up the return address of every frame of every goroutine, and
/// parked goroutines mostly share a handful of them.
fn lookup(pc: u64) -> Option<&'static Entry> {
    use core::sync::atomic::Ordering;
    let slot = &LOOKUP_CACHE[((pc ^ (pc >> 9)) as usize) % CACHE_SLOTS];
    let c = slot.load(Ordering::Relaxed);
    if c != 0 && c >> 16 == pc {
        return entries().get((c & 0xffff) as usize);
    }
    let e = lookup_uncached(pc)?;
    let index =
        (e as *const Entry as usize - entries().as_ptr() as usize) / core::mem::size_of::<Entry>();
    // Addresses fit in 48 bits; larger tables go uncached.
    if index <= 0xffff && pc >> 48 == 0 {
        slot.store(pc << 16 | index as u64, Ordering::Relaxed);
    }
    Some(e)
}

/// The function-table entry whose code holds `pc`. The table is in code
/// order (one text section, emitted in order), checked once by `sorted`,
/// so this is a binary search.
fn lookup_uncached(pc: u64) -> Option<&'static Entry> {
    let es = entries();
    if sorted() {
        let i = es.partition_point(|e| e.code + e.size <= pc);
        return es.get(i).filter(|e| pc >= e.code);
    }
    es.iter().find(|e| pc >= e.code && pc < e.code + e.size)
}

/// The source line of `pc` in `e`.
fn line_of(e: &Entry, pc: u64) -> u32 {
    let off = (pc - e.code) as u32;
    let n = (e.nlines_flags & 0xffff_ffff) as usize;
    // SAFETY: `lines` holds `n` (offset, line) pairs.
    let pairs = unsafe { core::slice::from_raw_parts(e.lines, 2 * n) };
    let mut line = pairs.get(1).copied().unwrap_or(0);
    for k in 0..n {
        if pairs[2 * k] <= off {
            line = pairs[2 * k + 1];
        }
    }
    line
}

/// Calls `f` with each return address of the frame chain starting at
/// frame pointer `fp`, newest first, and the frame pointer of the frame
/// it returns into, until `f` returns false. Frame pointers only grow
/// along the chain (stacks grow down), so the walk ends.
pub fn walk(mut fp: usize, mut f: impl FnMut(u64, usize) -> bool) {
    while fp != 0 && fp % 8 == 0 {
        // SAFETY: `fp` is a frame record: saved frame pointer, then the
        // return address.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if ret == 0 || !f(ret as u64, next) || next <= fp {
            break;
        }
        fp = next;
    }
}

/// Prints the Go frames above the caller, newest first.
#[inline(never)]
pub fn print<S: Sink>(out: &mut S) {
    print_from(out, frame_pointer());
}

/// Prints the Go frames of the frame chain starting at frame pointer `fp`
/// (e.g. a parked goroutine's), newest first.
pub fn print_from<S: Sink>(out: &mut S, fp: usize) {
    let mut shown = 0;
    walk(fp, |ret, _| {
        let pc = ret - 1;
        if let Some(e) = lookup(pc).filter(|e| !is_wrapper(e)) {
            let line = line_of(e, pc);
            let mut b = Buf::<512>::new();
            b.extend(bytes(e.name_ptr, e.name_len));
            b.extend(if e.nlines_flags >> 32 != 0 {
                b"(...)\n\t"
            } else {
                b"()\n\t"
            });
            b.extend(bytes(e.file_ptr, e.file_len));
            b.extend(b":");
            b.push_u64(line as u64);
            b.extend(b" +");
            b.push_hex(ret - e.code);
            b.extend(b"\n");
            out.put(b.as_bytes());
            shown += 1;
        }
        shown < 100
    });
}

/// Whether `e` is a compiler-generated `go`/`defer` wrapper, which gc's
/// tracebacks do not show.
fn is_wrapper(e: &Entry) -> bool {
    let name = bytes(e.name_ptr, e.name_len);
    let last = name.rsplit(|&c| c == b'.').next().unwrap_or(&[]);
    last.starts_with(b"gowrap") || last.starts_with(b"deferwrap") || last == b"fv"
}

/// A function's name as Go reports it: a func-value wrapper (`main.f.fv`)
/// stands for the function it calls.
fn display_name(e: &Entry) -> &'static [u8] {
    let name = bytes(e.name_ptr, e.name_len);
    name.strip_suffix(b".fv").unwrap_or(name)
}

/// Prints gc's `created by F in goroutine N` and the `go` statement's
/// position, for a goroutine created at return address `gopc` (0: none).
pub fn print_creator<S: Sink>(out: &mut S, gopc: u64, parent: u64) {
    let Some(e) = lookup(gopc.wrapping_sub(1)) else {
        return;
    };
    let mut b = Buf::<512>::new();
    b.extend(b"created by ");
    b.extend(bytes(e.name_ptr, e.name_len));
    b.extend(b" in goroutine ");
    b.push_u64(parent);
    b.extend(b"\n\t");
    b.extend(bytes(e.file_ptr, e.file_len));
    b.extend(b":");
    b.push_u64(line_of(e, gopc - 1) as u64);
    b.extend(b" +");
    b.push_hex(gopc - e.code);
    b.extend(b"\n");
    out.put(b.as_bytes());
}

/// `runtime.callerPC(skip) uintptr`: the return address `skip` Go frames
/// above the caller of `runtime.Caller` (0: into the function that called
/// `Caller`), or 0. Only frames of compiled Go functions count.
#[export_name = "runtime.callerPC"]
#[inline(never)]
pub extern "C" fn caller_pc(_g: *mut crate::sched::G, skip: i64) -> u64 {
    // The first Go frame is runtime.Caller's own.
    let mut left = skip + 1;
    let mut found = 0;
    walk(frame_pointer(), |ret, _| {
        if lookup(ret - 1).is_none() {
            return true;
        }
        if left == 0 {
            found = ret;
            return false;
        }
        left -= 1;
        true
    });
    found
}

/// `runtime.pcFile(pc) string`: the source file of the code at `pc`.
#[export_name = "runtime.pcFile"]
pub extern "C" fn pc_file(_g: *mut crate::sched::G, pc: u64) -> crate::defer::StrPair {
    match lookup(pc) {
        Some(e) => crate::defer::StrPair {
            ptr: e.file_ptr,
            len: e.file_len,
        },
        None => crate::defer::StrPair {
            ptr: core::ptr::null(),
            len: 0,
        },
    }
}

/// `runtime.pcLine(pc) int`: the source line of the code at `pc`.
#[export_name = "runtime.pcLine"]
pub extern "C" fn pc_line(_g: *mut crate::sched::G, pc: u64) -> i64 {
    lookup(pc).map_or(0, |e| line_of(e, pc) as i64)
}

/// `runtime.pcFunc(pc) string`: the name of the function holding `pc`
/// (`main.f`).
#[export_name = "runtime.pcFunc"]
pub extern "C" fn pc_func(_g: *mut crate::sched::G, pc: u64) -> crate::defer::StrPair {
    match lookup(pc) {
        Some(e) => {
            let name = display_name(e);
            crate::defer::StrPair {
                ptr: name.as_ptr(),
                len: name.len() as u64,
            }
        }
        None => crate::defer::StrPair {
            ptr: core::ptr::null(),
            len: 0,
        },
    }
}

/// `runtime.pcEntry(pc) uintptr`: the entry address of the function
/// holding `pc`, or 0.
#[export_name = "runtime.pcEntry"]
pub extern "C" fn pc_entry(_g: *mut crate::sched::G, pc: u64) -> u64 {
    lookup(pc).map_or(0, |e| e.code)
}
