//! Heap allocation: `runtime.newobject` and `runtime.mallocgc`, and gc's
//! size classes ([`roundupsize`]), which fix the capacity `append` and
//! `[]byte(s)` give a slice.
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
//!
//! Every typed allocation goes through [`malloc`] with the type of the
//! values it holds: an object bigger than its type is an array of that type
//! (gc's `mallocgc` convention), which is how the collector will learn the
//! pointer layout of a slice's backing array.

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
const MAX_SATISFIABLE: usize = 1 << 46;
/// gc's `maxAlloc` on linux/amd64 and linux/arm64 (`1 << heapAddrBits`):
/// `make` and `append` panic for larger sizes; smaller ones that the OS
/// refuses are a fatal out of memory error, as in gc.
pub const MAX_ALLOC: u64 = 1 << 48;
/// gc's page size, the unit large objects are rounded to.
const GC_PAGE: u64 = 8192;
/// The largest size served from a size class.
const MAX_SMALL_SIZE: u64 = 32768;
/// gc stores a one-word header in small objects larger than this that
/// contain pointers (8 words * 64 bits: beyond it the span's heap bits
/// cannot describe them).
const MIN_SIZE_FOR_MALLOC_HEADER: u64 = 512;
/// Size of that header.
const MALLOC_HEADER_SIZE: u64 = 8;

/// gc's 67 size classes for small objects (go1.27, 64-bit): an allocation
/// of up to 32 KiB takes the smallest class that holds it.
const SIZE_CLASSES: [u16; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The number of bytes gc's allocator really hands out for a request of
/// `size` bytes (gc's `roundupsize`); `noscan` says the object holds no
/// pointers. Small objects take their size class, less the header gc
/// puts in front of pointerful ones above 512 bytes; large ones a whole
/// number of 8 KiB pages (or `size` itself if that would overflow).
///
/// gocl's allocator does not use size classes (yet), but capacities must
/// come out as gc's: `cap(append(s, x))` is observable.
pub fn roundupsize(size: u64, noscan: bool) -> u64 {
    if size == 0 {
        return 0;
    }
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER {
            MALLOC_HEADER_SIZE
        } else {
            0
        };
        let need = size + header;
        // The table is sorted and its last entry is 32768 >= need.
        let i = SIZE_CLASSES.partition_point(|&c| (c as u64) < need);
        return SIZE_CLASSES[i] as u64 - header;
    }
    match size.checked_add(GC_PAGE - 1) {
        Some(n) => n & !(GC_PAGE - 1),
        None => size,
    }
}
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
    if size > MAX_SATISFIABLE {
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

/// Allocates `size` zeroed bytes holding values of type `typ`, gc's
/// `mallocgc`: with `size > typ.size` the object is an array of
/// `size / typ.size` elements of `typ` (`size` a multiple of `typ.size`);
/// `None` means memory without pointers (strings, `[]byte`).
///
/// The bump allocator only uses the type's alignment; the collector will
/// record the layout here.
pub fn malloc(size: usize, typ: Option<&Type>) -> *mut u8 {
    debug_assert!(typ.is_none_or(|t| t.size == 0 || (size as u64).is_multiple_of(t.size)));
    alloc(size, typ.map_or(MIN_ALIGN, |t| t.align as usize))
}

/// Allocates `size` zeroed bytes of runtime metadata that lives as long as
/// the program (gc's `persistentalloc`): descriptors the runtime
/// synthesizes (a map type's group layout and its pointer bitmap) and
/// runtime-side caches. The collector will neither free nor scan this
/// memory, so it must hold no pointers to heap objects; heap objects may
/// point into it (their descriptors do). Today it is the bump allocator.
pub fn persistentalloc(size: usize, align: usize) -> *mut u8 {
    alloc(size, align)
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
    malloc(t.size as usize, Some(t))
}

/// A raw allocation of `size` bytes; `typ` (possibly null) describes what
/// it will hold (see [`malloc`]), `needzero` asks for zeroed memory (always
/// given today).
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
    // SAFETY: a non-null `typ` is a valid descriptor (caller contract).
    malloc(size as usize, unsafe { typ.as_ref() })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// gc's `roundupsize` as go1.27 shows it: (no pointers, first size,
    /// last size, rounded size).
    const ROUNDUP_TABLE: &[(u8, u64, u64, u64)] = include!("slice_table_roundup.in");

    #[test]
    fn roundupsize_matches_gc() {
        for &(noscan, first, last, want) in ROUNDUP_TABLE {
            let step = if noscan == 1 { 1 } else { 8 };
            for size in (first..=last).step_by(step) {
                assert_eq!(
                    roundupsize(size, noscan == 1),
                    want,
                    "{size} noscan {noscan}"
                );
            }
        }
        assert_eq!(roundupsize(0, true), 0);
        assert_eq!(roundupsize(0, false), 0);
        // Pointer-free sizes between the multiples of 8 observed above.
        assert_eq!(roundupsize(513, false), 568);
        assert_eq!(roundupsize(32761, false), 32768);
        assert_eq!(roundupsize(32760, false), 32760);
        // Large objects: whole pages, unless that overflows.
        assert_eq!(roundupsize(1 << 40, true), 1 << 40);
        assert_eq!(roundupsize((1 << 40) + 1, false), (1 << 40) + 8192);
        assert_eq!(roundupsize(u64::MAX - 100, true), u64::MAX - 100);
        // Every class is its own rounding, for pointer-free objects.
        for c in SIZE_CLASSES {
            assert_eq!(roundupsize(c as u64, true), c as u64);
        }
    }

    #[test]
    fn typed_allocations() {
        let t = crate::types::Type {
            size: 24,
            ptrdata: 8,
            hash: 0,
            tflag: 0,
            align: 8,
            field_align: 8,
            kind: crate::types::kind::SLICE,
            gcdata: core::ptr::null(),
            name_ptr: core::ptr::null(),
            name_len: 0,
            extra: core::ptr::null(),
            methods: core::ptr::null(),
            nmethods: 0,
        };
        let a = malloc(72, Some(&t));
        assert_eq!(a as usize % 8, 0);
        // SAFETY: `a` holds 72 bytes.
        assert!(unsafe { core::slice::from_raw_parts(a, 72) }
            .iter()
            .all(|&b| b == 0));
        assert_eq!(malloc(0, Some(&t)), malloc(0, None));
        // SAFETY: `t` is a valid descriptor.
        assert_ne!(unsafe { newobject(core::ptr::null_mut(), &t) }, a);
    }

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
