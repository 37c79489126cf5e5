//! Heap allocation: `runtime.newobject` and `runtime.mallocgc`.
//!
//! A placeholder until the garbage collector arrives: a bump allocator over
//! 64 MiB chunks reserved with `mmap(MAP_NORESERVE)`, which the kernel
//! commits page by page as they are touched. Nothing is ever freed, so every
//! object comes from memory that has never been used and is zero already
//! (fresh anonymous mappings are zero-filled); `needzero` needs no work.
//! Objects of 1 MiB or more get a mapping of their own so a chunk's tail is
//! not wasted on them.
//!
//! Zero-sized objects all share one address, like gc's `zerobase`.

use crate::global::Global;
use crate::panic::throw;
use crate::sched::G;
use crate::sys;
use crate::types::Type;

/// Address space reserved per chunk.
const CHUNK_SIZE: usize = 64 << 20;
/// Objects at least this big get their own mapping.
const LARGE_OBJECT: usize = 1 << 20;
/// Minimum alignment of every object (Go's largest alignment is 8).
const MIN_ALIGN: usize = 8;
/// Larger requests cannot be satisfied on a 47-bit address space.
const MAX_ALLOC: usize = 1 << 46;
/// The page size used to round large mappings (4 KiB on both targets).
const PAGE: usize = 4096;

/// The current chunk: `[next, end)` is unused.
struct Bump {
    next: usize,
    end: usize,
    /// Bytes handed out so far, for the out-of-memory message.
    in_use: usize,
}

static HEAP: Global<Bump> = Global::new(Bump {
    next: 0,
    end: 0,
    in_use: 0,
});

#[cfg(test)]
static TEST_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The address of every zero-sized object.
static ZEROBASE: u64 = 0;

/// Rounds `n` up to a multiple of `a`, a power of two.
const fn round_up(n: usize, a: usize) -> usize {
    (n + a - 1) & !(a - 1)
}

/// Allocates `size` zeroed bytes aligned to `align` (a power of two, at
/// most a page). Never returns null: running out of memory is fatal.
pub fn alloc(size: usize, align: usize) -> *mut u8 {
    if size == 0 {
        return (&raw const ZEROBASE) as *mut u8;
    }
    if size > MAX_ALLOC {
        out_of_memory(size);
    }
    let align = align.max(MIN_ALIGN);
    // Unit tests run on several threads; programs have one.
    #[cfg(test)]
    let _guard = TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: Go code runs on one thread (unit tests hold TEST_LOCK) and
    // `alloc` does not re-enter itself, so this is the only reference to
    // HEAP.
    let heap = unsafe { &mut *HEAP.get() };
    if size >= LARGE_OBJECT {
        let len = round_up(size, PAGE);
        let Some(p) = sys::mmap_anon(len, sys::PROT_READ | sys::PROT_WRITE, sys::MAP_NORESERVE)
        else {
            out_of_memory(size);
        };
        heap.in_use += len;
        return p;
    }
    let mut start = round_up(heap.next, align);
    if heap.next == 0 || start + size > heap.end {
        let Some(p) = sys::mmap_anon(
            CHUNK_SIZE,
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        ) else {
            out_of_memory(size);
        };
        heap.next = p as usize;
        heap.end = p as usize + CHUNK_SIZE;
        start = heap.next;
    }
    let size = round_up(size, MIN_ALIGN);
    heap.next = start + size;
    heap.in_use += size;
    start as *mut u8
}

/// gc's message when the OS refuses memory, then a fatal error.
fn out_of_memory(size: usize) -> ! {
    use crate::print::Sink;
    let mut b = crate::buf::Buf::<128>::new();
    b.extend(b"runtime: out of memory: cannot allocate ");
    b.push_u64(size as u64);
    b.extend(b"-byte block (");
    // SAFETY: reading a counter; nothing else is accessing HEAP now.
    b.push_u64(unsafe { (*HEAP.get()).in_use } as u64);
    b.extend(b" in use)\n");
    crate::print::Stderr.put(b.as_bytes());
    throw(b"out of memory")
}

/// `new(T)` and every other heap object of a known type: `typ.size` zeroed
/// bytes.
///
/// # Safety
/// `typ` must point to a valid type descriptor.
#[export_name = "runtime.newobject"]
pub unsafe extern "C" fn newobject(_g: *mut G, typ: *const Type) -> *mut u8 {
    // SAFETY: the compiler passes the address of an emitted descriptor.
    let t = unsafe { &*typ };
    alloc(t.size as usize, t.align as usize)
}

/// A raw allocation of `size` bytes; `typ` (possibly null) describes what
/// it will hold, `needzero` asks for zeroed memory (always given today).
///
/// # Safety
/// `typ` must be null or point to a valid type descriptor.
#[export_name = "runtime.mallocgc"]
pub unsafe extern "C" fn mallocgc(
    _g: *mut G,
    size: u64,
    typ: *const Type,
    _needzero: u8,
) -> *mut u8 {
    let align = if typ.is_null() {
        MIN_ALIGN
    } else {
        // SAFETY: a non-null `typ` is a valid descriptor (caller contract).
        unsafe { (*typ).align as usize }
    };
    alloc(size as usize, align)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocations_are_zeroed_aligned_and_disjoint() {
        let a = alloc(24, 8);
        let b = alloc(1, 1);
        let c = alloc(16, 8);
        assert_eq!(a as usize % 8, 0);
        assert_eq!(b as usize % 8, 0);
        assert_eq!(c as usize % 8, 0);
        assert!(b as usize >= a as usize + 24);
        assert!(c as usize > b as usize);
        // SAFETY: each allocation is valid for its size and unshared.
        unsafe {
            assert!(core::slice::from_raw_parts(a, 24).iter().all(|&x| x == 0));
            a.write_bytes(0xff, 24);
            assert_eq!(*c, 0);
        }
        let big = alloc(3 << 20, 8);
        // SAFETY: `big` is valid for 3 MiB.
        unsafe {
            assert_eq!(*big.add((3 << 20) - 1), 0);
        }
        assert_eq!(alloc(0, 8), alloc(0, 1));
    }
}
