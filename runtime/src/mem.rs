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
use crate::heap::{
    heap, Heap, Span, SpanList, MAX_OBJECTS, PAGE_SHIFT, PAGE_SIZE, SPAN_LARGE, SPAN_SMALL,
};
use crate::panic::throw;
use crate::sched::G;
use crate::sys;
use crate::types::Type;
use core::sync::atomic::{AtomicU64, Ordering};

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
/// Size classes, counting the zero class (gc's `_NumSizeClasses`).
pub const NUM_CLASSES: usize = SIZE_CLASSES.len() + 1;

/// The size class of a small request, by `(size + 7) / 8` up to 1024 bytes.
static CLASS8: [u8; 129] = class_table(8, 129, 0);
/// The size class of a request above 1024 bytes, by `(size - 1024 + 127) / 128`.
static CLASS128: [u8; 249] = class_table(128, 249, 1024);
/// Pages per span of each class (gc's `class_to_allocnpages` rule: the
/// fewest pages that waste at most an eighth).
static CLASS_PAGES: [u8; NUM_CLASSES] = class_pages();

const fn class_table<const N: usize>(step: usize, _n: usize, base: usize) -> [u8; N] {
    let mut t = [0u8; N];
    let mut i = 0;
    while i < N {
        let size = base + i * step;
        let mut c = 0;
        while (SIZE_CLASSES[c] as usize) < size {
            c += 1;
        }
        t[i] = if size == 0 { 0 } else { c as u8 + 1 };
        i += 1;
    }
    t
}

const fn class_pages() -> [u8; NUM_CLASSES] {
    let mut t = [0u8; NUM_CLASSES];
    let mut c = 1;
    while c < NUM_CLASSES {
        let size = SIZE_CLASSES[c - 1] as usize;
        let mut n = 1;
        while (n * PAGE_SIZE) % size > (n * PAGE_SIZE) / 8 || n * PAGE_SIZE < size {
            n += 1;
        }
        t[c] = n as u8;
        c += 1;
    }
    t
}

/// The size class (1..NUM_CLASSES) of a small request of `size` bytes.
#[inline]
fn size_class(size: usize) -> usize {
    if size <= 1024 {
        CLASS8[size.div_ceil(8)] as usize
    } else {
        CLASS128[(size - 1024).div_ceil(128)] as usize
    }
}

/// Bytes of an object of class `c`.
#[inline]
fn class_size(c: usize) -> usize {
    SIZE_CLASSES[c - 1] as usize
}

/// The allocation state of a P (gc's `mcache`): the span each class
/// allocates from, indexed by span class (class * 2 + noscan), and the
/// P's allocation counters. Only the P's holder touches it.
pub struct Cache {
    current: [*mut Span; 2 * NUM_CLASSES],
    stats: Stats,
    /// Bytes allocated while marking since the P's goroutine last
    /// assisted the collector (`gc::assist`).
    pub assist_debt: u64,
    /// The tiny allocator's current block (0: none) and the offset of its
    /// first free byte. The collector marks the block as a root, so the
    /// pieces handed out from it stay valid whoever holds them.
    pub tiny: usize,
    tiny_offset: usize,
}

impl Cache {
    /// An empty cache.
    pub const fn new() -> Cache {
        Cache {
            current: [core::ptr::null_mut(); 2 * NUM_CLASSES],
            stats: Stats::ZERO,
            assist_debt: 0,
            tiny: 0,
            tiny_offset: 0,
        }
    }

    /// Drops the current tiny block (at the end of a cycle, as gc's
    /// `releaseAll`): the next piece starts a new one.
    pub fn release_tiny(&mut self) {
        self.tiny = 0;
        self.tiny_offset = 0;
    }
}

impl Default for Cache {
    fn default() -> Self {
        Cache::new()
    }
}

/// Spans with free slots, found by the sweeper, per span class (gc's
/// `mcentral` partial lists). Under `HEAP_LOCK`.
static PARTIAL: Global<[SpanList; 2 * NUM_CLASSES]> = Global::new(
    [SpanList {
        first: core::ptr::null_mut(),
    }; 2 * NUM_CLASSES],
);

/// Guards the page heap and the partial lists: taken when a P's cache
/// needs a span, and for large objects.
pub static HEAP_LOCK: crate::lock::Mutex = crate::lock::Mutex::new();

/// Allocation counters (`runtime.MemStats`).
#[derive(Clone, Copy)]
pub struct Stats {
    /// Bytes in objects allocated since the program started.
    pub total_alloc: u64,
    /// Objects allocated, and freed by the sweeper.
    pub mallocs: u64,
    pub frees: u64,
    /// Bytes of objects in use: marked at the last collection plus
    /// allocated since.
    pub heap_live: u64,
    /// Objects in use.
    pub heap_objects: u64,
    /// Objects placed in a tiny block that already existed: counted in
    /// `mallocs` and, as gc counts them, at once in `frees` (the block is
    /// the heap object).
    pub tiny_allocs: u64,
}

impl Stats {
    const ZERO: Stats = Stats {
        total_alloc: 0,
        mallocs: 0,
        frees: 0,
        heap_live: 0,
        heap_objects: 0,
        tiny_allocs: 0,
    };
}

/// The counters as of the last sweep (the Ps' caches count what was
/// allocated since). Written with the world stopped.
static SWEPT: Global<Stats> = Global::new(Stats::ZERO);

/// The program's allocation counters: the last sweep's plus every P's.
/// Other Ps' counters are read while they change; the sum is a snapshot
/// good enough for pacing and statistics.
pub fn stats() -> Stats {
    // SAFETY: written only with the world stopped.
    let mut st = unsafe { *SWEPT.get() };
    for i in 0..crate::sched::nprocs() {
        let p = crate::sched::allp(i);
        // SAFETY: Ps are never freed; a torn read of another P's counter
        // only skews a statistic.
        let c = unsafe { core::ptr::read_volatile(&raw const (*p).mcache.stats) };
        st.total_alloc += c.total_alloc;
        st.mallocs += c.mallocs;
        st.heap_live += c.heap_live;
        st.heap_objects += c.heap_objects;
        st.tiny_allocs += c.tiny_allocs;
    }
    st.frees = FREES.load(Ordering::Relaxed) + st.tiny_allocs;
    st
}

/// Bytes of objects in use (see [`Stats::heap_live`]).
pub fn heap_live() -> u64 {
    stats().heap_live
}

#[cfg(test)]
pub(crate) static TEST_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The address of every zero-sized object.
static ZEROBASE: u64 = 0;

/// Rounds `n` up to a multiple of `a`, a power of two.
const fn round_up(n: usize, a: usize) -> usize {
    (n + a - 1) & !(a - 1)
}

/// gc's message when the OS refuses memory, then a fatal error.
fn out_of_memory(size: usize) -> ! {
    crate::stack::ensure(crate::sched::curg(), crate::stack::PANIC_STACK);
    out_of_memory_grown(size)
}

#[inline(never)]
fn out_of_memory_grown(size: usize) -> ! {
    use crate::print::Sink;
    let mut b = crate::buf::Buf::<128>::new();
    b.extend(b"runtime: out of memory: cannot allocate ");
    b.push_u64(size as u64);
    b.extend(b"-byte block (");
    b.push_u64(heap_live());
    b.extend(b" in use)\n");
    crate::print::Stderr.put(b.as_bytes());
    throw(b"out of memory")
}

/// Where the pointers of a new object are.
#[derive(Clone, Copy)]
enum Layout<'a> {
    /// None: a pointer-free object.
    NoScan,
    /// Elements of a type with pointers.
    Type(&'a Type),
    /// Word `i` is a pointer when bit `i` is set (objects of 64 words at
    /// most).
    Words(u64),
    /// Words from this one on are pointers.
    Tail(usize),
}

/// Allocates `size` zeroed bytes holding values of type `typ`, gc's
/// `mallocgc`: with `size > typ.size` the object is an array of
/// `size / typ.size` elements of `typ` (`size` a multiple of `typ.size`);
/// `None` means memory without pointers (strings, `[]byte`).
#[inline]
pub fn malloc(size: usize, typ: Option<&Type>) -> *mut u8 {
    debug_assert!(typ.is_none_or(|t| t.size == 0 || (size as u64).is_multiple_of(t.size)));
    match typ {
        Some(t) if t.ptrdata != 0 => alloc_object(size, Layout::Type(t)),
        _ => alloc_object(size, Layout::NoScan),
    }
}

/// Allocates `size` zeroed bytes whose word `i` holds a pointer exactly
/// when bit `i` of `mask` is set (runtime records of up to 64 words).
pub fn malloc_words(size: usize, mask: u64) -> *mut u8 {
    debug_assert!(size <= 64 * 8);
    alloc_object(size, Layout::Words(mask))
}

/// Allocates `size` zeroed bytes whose words `first..` all hold pointers
/// (a defer frame's cell addresses).
pub fn malloc_ptr_tail(size: usize, first: usize) -> *mut u8 {
    alloc_object(size, Layout::Tail(first))
}

/// The pointer mask of the first 64 words of an object of `size` bytes
/// with layout `l`, or `None` when the object is bigger than 64 words.
#[inline]
fn small_mask(l: Layout, size: usize) -> Option<u64> {
    let words = size.div_ceil(8);
    if words > 64 {
        return None;
    }
    let keep = if words == 64 {
        u64::MAX
    } else {
        (1u64 << words) - 1
    };
    match l {
        Layout::NoScan => Some(0),
        Layout::Words(m) => Some(m & keep),
        Layout::Tail(first) => Some(if first >= 64 {
            0
        } else {
            (u64::MAX << first) & keep
        }),
        Layout::Type(t) => {
            let pwords = (t.ptrdata as usize).div_ceil(8);
            let ewords = (t.size as usize) / 8;
            // The object has at most 64 words, so its element's bitmap
            // has at most 8 bytes.
            let mut elem = 0u64;
            for k in 0..pwords.div_ceil(8) {
                // SAFETY: `gcdata` has a bit per word of `ptrdata`.
                elem |= (unsafe { *t.gcdata.add(k) } as u64) << (8 * k);
            }
            // Repeat the element's mask for an array.
            let mut m = elem;
            let mut shift = ewords;
            while ewords > 0 && shift < words {
                m |= elem << shift;
                shift += ewords;
            }
            Some(m & keep)
        }
    }
}

/// Writes the heap bits of an object of `slot` bytes at `p` (its slot,
/// `size` of which the caller asked for) with layout `l`.
fn write_bits(h: &mut Heap, p: usize, size: usize, slot: usize, l: Layout) {
    let slot_words = slot / 8;
    if let Some(m) = small_mask(l, size).filter(|_| slot_words <= 64) {
        h.set_bits64(p, slot_words, m);
        return;
    }
    h.clear_bits(p, slot_words);
    match l {
        Layout::NoScan => {}
        Layout::Words(m) => h.write_bits(p, 64.min(size.div_ceil(8)), |i| m >> i & 1 != 0),
        Layout::Tail(first) => h.write_bits(p, size.div_ceil(8), |i| i >= first),
        Layout::Type(t) => write_type_bits(h, p, size, t),
    }
}

/// Writes the heap bits of an object of `size` bytes at `p` holding
/// elements of `t` (the bits start clear).
fn write_type_bits(h: &mut Heap, p: usize, size: usize, t: &Type) {
    let esize = t.size as usize;
    let pwords = (t.ptrdata as usize).div_ceil(8);
    // SAFETY: `gcdata` holds a bit per word of the `ptrdata` prefix.
    let mask = unsafe { core::slice::from_raw_parts(t.gcdata, pwords.div_ceil(8)) };
    let mut e = 0;
    while e < size {
        for w in 0..pwords {
            if mask[w / 8] >> (w % 8) & 1 != 0 {
                let b = h.bit_index(p + e + 8 * w);
                // SAFETY: inside the arena's bitmap.
                unsafe { *h.heap_bits.add(b >> 6) |= 1 << (b & 63) };
            }
        }
        e += esize;
    }
}

#[inline(always)]
fn cache() -> &'static mut Cache {
    // SAFETY: allocating code runs on a thread that holds a P; only that
    // thread touches the P's cache, and no caller keeps the reference
    // across a call that takes it again.
    unsafe { &mut (*crate::thread::cur_p()).mcache }
}

fn alloc_object(size: usize, layout: Layout) -> *mut u8 {
    if size == 0 {
        return (&raw const ZEROBASE) as *mut u8;
    }
    let noscan = matches!(layout, Layout::NoScan);
    let tiny = size < TINY_SIZE && noscan;
    if tiny {
        if let Some(p) = tiny_piece(cache(), size) {
            return p;
        }
    }
    #[cfg(test)]
    let _guard = TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    if size > MAX_SATISFIABLE {
        out_of_memory(size);
    }
    let (p, bytes) = if size <= MAX_SMALL_SIZE as usize {
        let c = size_class(if tiny { TINY_SIZE } else { size });
        let spc = 2 * c + noscan as usize;
        let p = alloc_small(spc);
        (p, class_size(c))
    } else {
        alloc_large(size, noscan)
    };
    if !noscan {
        // SAFETY: the bits of the object's span, which this P owns (a
        // span's bits share no word with another span's).
        write_bits(
            unsafe { crate::heap::heap_unlocked() },
            p as usize,
            size,
            bytes,
            layout,
        );
    }
    let c = cache();
    count_object(c, bytes, crate::gc::marking());
    if tiny {
        tiny_new_block(c, p, size);
    }
    p
}

/// Counts a new heap object of `bytes` bytes on P cache `c`, and the
/// mark assist it owes when the collector is `marking`.
#[inline(always)]
fn count_object(c: &mut Cache, bytes: usize, marking: bool) {
    let st = &mut c.stats;
    st.total_alloc += bytes as u64;
    st.mallocs += 1;
    st.heap_objects += 1;
    st.heap_live += bytes as u64;
    if marking {
        c.assist_debt += bytes as u64;
        if c.assist_debt >= crate::gc::ASSIST_CHUNK {
            // The scheduler makes it assist at the goroutine's next check.
            crate::sched::preempt_current();
        }
    }
}

/// The size of the tiny allocator's blocks; pointer-free objects smaller
/// than it share them.
pub const TINY_SIZE: usize = 16;

/// gc's tiny allocator: pointer-free objects under 16 bytes (small
/// strings, `new(int32)`, short `[]byte`s) are packed into 16-byte blocks,
/// each piece aligned as its size allows. A block is freed when no piece
/// of it is reachable; that a piece keeps its neighbours alive is
/// harmless, as they hold no pointers. Saves a slot per object. This is
/// the fast path: a piece of the P's current block, if it has room.
#[inline(always)]
fn tiny_piece(c: &mut Cache, size: usize) -> Option<*mut u8> {
    let align = if size & 7 == 0 {
        8
    } else if size & 3 == 0 {
        4
    } else if size & 1 == 0 {
        2
    } else {
        1
    };
    let off = round_up(c.tiny_offset, align);
    if c.tiny == 0 || off + size > TINY_SIZE {
        return None;
    }
    c.tiny_offset = off + size;
    c.stats.mallocs += 1;
    c.stats.tiny_allocs += 1;
    Some((c.tiny + off) as *mut u8)
}

/// After a new tiny block `p` was allocated for a piece of `size` bytes at
/// its start: it becomes the P's current block if it has more room left.
#[inline(always)]
fn tiny_new_block(c: &mut Cache, p: *mut u8, size: usize) {
    if c.tiny == 0 || size < c.tiny_offset {
        c.tiny = p as usize;
        c.tiny_offset = size;
    }
}

/// A slot of span class `spc` (class * 2 + noscan), zeroed.
fn alloc_small(spc: usize) -> *mut u8 {
    let cache = cache();
    let mut s = cache.current[spc];
    loop {
        if !s.is_null() {
            // SAFETY: the class's current span is a valid small span.
            if let Some(p) = unsafe { take_slot(s, crate::gc::marking()) } {
                return p;
            }
        }
        s = refill(spc);
        cache.current[spc] = s;
    }
}

/// The next free slot of `s`, zeroed and marked in use (and black when
/// the collector is `marking`).
///
/// # Safety
/// `s` is a valid small span.
#[inline(always)]
unsafe fn take_slot(s: *mut Span, marking: bool) -> Option<*mut u8> {
    // SAFETY: the caller's contract.
    let s = unsafe { &mut *s };
    let mut i = s.freeindex;
    while i < s.nelems {
        let w = s.alloc_bits[i / 64] >> (i % 64);
        if w == u64::MAX >> (i % 64) {
            // The rest of this word is in use.
            i = (i / 64 + 1) * 64;
            continue;
        }
        i += w.trailing_ones() as usize;
        break;
    }
    if i >= s.nelems {
        s.freeindex = s.nelems;
        return None;
    }
    // No allocation bit to set: every slot below `freeindex` is in use
    // (gc's rule), which saves a read-modify-write per object.
    s.freeindex = i + 1;
    s.allocated += 1;
    if marking {
        // Allocated black: the collector neither frees nor scans it this
        // cycle (what it is given is shaded by the write barrier).
        crate::gc::mark_new(s, i);
    }
    let p = s.start + i * s.elemsize;
    if s.needzero {
        if s.elemsize <= 64 {
            // Small slots: a few stores beat a call to memset.
            for k in 0..s.elemsize / 8 {
                // SAFETY: the slot is inside the span and free.
                unsafe { *((p + 8 * k) as *mut u64) = 0 };
            }
        } else {
            // SAFETY: the slot is inside the span and free.
            unsafe { core::ptr::write_bytes(p as *mut u8, 0, s.elemsize) };
        }
    }
    Some(p as *mut u8)
}

/// A span of class `spc` with a free slot: from the sweeper's partial
/// list, else fresh pages.
fn refill(spc: usize) -> *mut Span {
    crate::gc::maybe_trigger();
    if let Some(s) = take_partial(spc) {
        return s;
    }
    // Before taking fresh pages, sweep some of the spans the last cycle
    // left: one of this class may have room (gc's `mcentral.cacheSpan`).
    let s = crate::gc::sweep_for_class(spc);
    if !s.is_null() {
        return s;
    }
    HEAP_LOCK.lock();
    let c = spc / 2;
    let npages = CLASS_PAGES[c] as usize;
    let h = heap();
    let s = h.alloc_pages(npages);
    if s.is_null() {
        HEAP_LOCK.unlock();
        out_of_memory(class_size(c));
    }
    // SAFETY: a span fresh from the page heap.
    unsafe {
        (*s).state = SPAN_SMALL;
        (*s).spanclass = spc as u8;
        (*s).noscan = spc & 1 != 0;
        (*s).elemsize = class_size(c);
        (*s).div_mul = crate::heap::div_mul(class_size(c));
        (*s).nelems = (npages * PAGE_SIZE) / class_size(c);
        (*s).freeindex = 0;
        (*s).allocated = 0;
        (*s).alloc_bits = [0; MAX_OBJECTS / 64];
        (*s).mark_bits = [0; MAX_OBJECTS / 64];
        (*s).sweepgen
            .store(crate::gc::sweepgen(), Ordering::Release);
    }
    h.commit(s);
    HEAP_LOCK.unlock();
    s
}

/// A span of class `spc` with free slots from the sweepers' partial list.
fn take_partial(spc: usize) -> Option<*mut Span> {
    HEAP_LOCK.lock();
    // SAFETY: the partial lists are ours under the lock.
    let partial = unsafe { &mut (*PARTIAL.get())[spc] };
    let first = partial.first;
    if !first.is_null() {
        // SAFETY: partial spans are valid small spans on this list.
        unsafe { partial.remove(first) };
    }
    HEAP_LOCK.unlock();
    (!first.is_null()).then_some(first)
}

/// A large object of `size` bytes in a span of its own.
fn alloc_large(size: usize, noscan: bool) -> (*mut u8, usize) {
    crate::gc::maybe_trigger();
    let npages = round_up(size, PAGE_SIZE) >> PAGE_SHIFT;
    // Sweep about as many pages as this takes, so that the pages the last
    // cycle freed are found before the heap grows (gc's reclaim).
    crate::gc::sweep_pages(npages);
    HEAP_LOCK.lock();
    let h = heap();
    let s = h.alloc_pages(npages);
    if s.is_null() {
        HEAP_LOCK.unlock();
        out_of_memory(size);
    }
    // SAFETY: a span fresh from the page heap.
    let p = unsafe {
        (*s).state = SPAN_LARGE;
        (*s).spanclass = noscan as u8;
        (*s).noscan = noscan;
        (*s).elemsize = npages * PAGE_SIZE;
        (*s).nelems = 1;
        (*s).freeindex = 1;
        (*s).allocated = 1;
        (*s).alloc_bits = [0; MAX_OBJECTS / 64];
        (*s).alloc_bits[0] = 1;
        (*s).mark_bits = [0; MAX_OBJECTS / 64];
        // Allocated black while marking (see `take_slot`).
        (*s).mark_bits[0] = crate::gc::marking() as u64;
        (*s).sweepgen
            .store(crate::gc::sweepgen(), Ordering::Release);
        (*s).start
    };
    // SAFETY: a span fresh from the page heap.
    let needzero = unsafe { (*s).needzero };
    h.commit(s);
    HEAP_LOCK.unlock();
    if needzero {
        // SAFETY: the span is this allocation's alone; zeroed outside the
        // lock (it may be large).
        unsafe { core::ptr::write_bytes(p as *mut u8, 0, size) };
    }
    (p as *mut u8, npages * PAGE_SIZE)
}

/// At a cycle's end (the world stopped): every P forgets its current
/// spans and the partial lists empty; the sweepers put every span with
/// free slots back on its class's list.
pub fn reset_cache() {
    for i in 0..crate::sched::nprocs() {
        // SAFETY: the world is stopped: no P allocates.
        unsafe {
            (*crate::sched::allp(i)).mcache.current = [core::ptr::null_mut(); 2 * NUM_CLASSES];
        }
    }
    // SAFETY: as above.
    unsafe {
        *PARTIAL.get() = [SpanList {
            first: core::ptr::null_mut(),
        }; 2 * NUM_CLASSES];
    }
}

/// At a cycle's end (the world stopped): `live` bytes in `objects`
/// objects were marked. The Ps' counters fold into the totals; from now
/// on they count what is allocated since.
pub fn reset_at_cycle_end(live: u64, objects: u64) {
    let total = stats();
    // SAFETY: the world is stopped.
    unsafe {
        *SWEPT.get() = Stats {
            total_alloc: total.total_alloc,
            mallocs: total.mallocs,
            frees: 0,
            heap_live: live,
            heap_objects: objects,
            tiny_allocs: total.tiny_allocs,
        };
        for i in 0..crate::sched::nprocs() {
            (*crate::sched::allp(i)).mcache.stats = Stats::ZERO;
        }
    }
}

/// Objects the sweepers freed, in all.
pub static FREES: AtomicU64 = AtomicU64::new(0);

/// Empties the cache of a P that goes away (`runtime.GOMAXPROCS`, the
/// world stopped): its counts join the swept totals, and its current
/// spans are left to the next sweep, which finds their free slots.
pub fn flush_cache(c: &mut Cache) {
    // SAFETY: the world is stopped.
    let st = unsafe { &mut *SWEPT.get() };
    st.total_alloc += c.stats.total_alloc;
    st.mallocs += c.stats.mallocs;
    st.heap_live += c.stats.heap_live;
    st.heap_objects += c.stats.heap_objects;
    st.tiny_allocs += c.stats.tiny_allocs;
    c.stats = Stats::ZERO;
    c.current = [core::ptr::null_mut(); 2 * NUM_CLASSES];
    c.tiny = 0;
}

/// Puts small span `s` with free slots on its class's partial list (a
/// sweeper, under `HEAP_LOCK`).
pub fn add_partial(s: *mut Span) {
    // SAFETY: `s` is a valid small span on no list; the lists are ours
    // under the lock; a small span's class is below `2 * NUM_CLASSES`
    // (unchecked: sweepers run on goroutine stacks, which have no room
    // for a panic path).
    unsafe {
        let spc = (*s).spanclass as usize;
        (*PARTIAL.get()).get_unchecked_mut(spc).push(s);
    }
}

/// The bump region persistent allocations come from: `[next, end)`.
struct Bump {
    next: usize,
    end: usize,
}

static PERSISTENT: Global<Bump> = Global::new(Bump { next: 0, end: 0 });
/// Address space reserved per persistent chunk.
const CHUNK_SIZE: usize = 4 << 20;

/// Allocates `size` zeroed bytes of runtime metadata that lives as long as
/// the program (gc's `persistentalloc`): descriptors the runtime
/// synthesizes (a map type's group layout and its pointer bitmap),
/// goroutines, spans and other runtime records. The collector neither
/// frees nor scans this memory, so it must hold no pointers to heap
/// objects unless the collector knows them as roots (see `gc.rs`).
pub fn persistentalloc(size: usize, align: usize) -> *mut u8 {
    static PERSISTENT_LOCK: crate::lock::Mutex = crate::lock::Mutex::new();
    let align = align.max(MIN_ALIGN);
    if size >= CHUNK_SIZE / 4 {
        let Some(p) = sys::mmap_anon(
            round_up(size, 4096),
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        ) else {
            out_of_memory(size);
        };
        return p;
    }
    PERSISTENT_LOCK.lock();
    // SAFETY: ours under the lock; not re-entered.
    let b = unsafe { &mut *PERSISTENT.get() };
    let mut start = round_up(b.next, align);
    if b.next == 0 || start + size > b.end {
        let Some(p) = sys::mmap_anon(
            CHUNK_SIZE,
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        ) else {
            PERSISTENT_LOCK.unlock();
            out_of_memory(size);
        };
        b.next = p as usize;
        b.end = p as usize + CHUNK_SIZE;
        start = b.next;
    }
    b.next = start + round_up(size, MIN_ALIGN);
    PERSISTENT_LOCK.unlock();
    start as *mut u8
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
    #[cfg(not(test))]
    if let Some(p) = newobject_fast(t) {
        return p;
    }
    malloc(t.size as usize, Some(t))
}

/// The largest object [`newobject_fast`] serves.
const FAST_MAX: usize = 512;

/// `newobject`'s fast path, as gc's `mallocgc` for small objects: the next
/// free slot of the P's current span of the type's class, when the type
/// is 16 to 512 bytes and its pointers lie in its first 8 words (one byte
/// of `gcdata`). Everything else (the tiny allocator, a span to refill,
/// a bigger pointer mask) is `alloc_object`'s.
#[inline(always)]
fn newobject_fast(t: &Type) -> Option<*mut u8> {
    let size = t.size as usize;
    if !(TINY_SIZE..=FAST_MAX).contains(&size) || t.ptrdata > 64 {
        return None;
    }
    let noscan = t.ptrdata == 0;
    let c = CLASS8[size.div_ceil(8)] as usize;
    let cache = cache();
    let s = cache.current[2 * c + noscan as usize];
    if s.is_null() {
        return None;
    }
    // The flag cannot change before this returns: the world stops only
    // at a safepoint.
    let marking = crate::gc::marking();
    // SAFETY: the class's current span is a valid small span, owned by
    // this P.
    let p = unsafe { take_slot(s, marking) }? as usize;
    // SAFETY: as above.
    let bytes = unsafe { (*s).elemsize };
    if !noscan {
        // SAFETY: `ptrdata` is at most 8 words, so `gcdata` is one byte;
        // the span's heap bits are this P's to write.
        let mask = unsafe { *t.gcdata } as u64;
        unsafe { crate::heap::heap_unlocked() }.set_bits64(p, bytes / 8, mask);
    }
    count_object(cache, bytes, marking);
    Some(p as *mut u8)
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
            gcdata: [1u8].as_ptr(),
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
        let a = malloc(24, None);
        let b = malloc(1, None);
        let c = malloc(16, None);
        for p in [a, b, c] {
            assert_eq!(p as usize % 8, 0);
        }
        let (a0, b0, c0) = (a as usize, b as usize, c as usize);
        assert!(a0 + 24 <= b0 || b0 + 1 <= a0);
        assert!(b0 + 1 <= c0 || c0 + 16 <= b0);
        assert!(a0 + 24 <= c0 || c0 + 16 <= a0);
        // SAFETY: each allocation is valid for its size and unshared.
        unsafe {
            assert!(core::slice::from_raw_parts(a, 24).iter().all(|&x| x == 0));
            a.write_bytes(0xff, 24);
            assert_eq!(*c, 0);
        }
        let big = malloc(3 << 20, None);
        // SAFETY: `big` is valid for 3 MiB.
        unsafe {
            assert_eq!(*big.add((3 << 20) - 1), 0);
        }
        assert_eq!(malloc(0, None), malloc(0, None));
    }

    #[test]
    fn size_classes_hold_their_requests() {
        for size in 1..=MAX_SMALL_SIZE as usize {
            let c = size_class(size);
            assert!(class_size(c) >= size, "{size}");
            assert!(c == 1 || class_size(c - 1) < size, "{size}");
        }
        for c in 1..NUM_CLASSES {
            let pages = CLASS_PAGES[c] as usize;
            assert!(pages * PAGE_SIZE / class_size(c) <= MAX_OBJECTS);
            assert!(pages * PAGE_SIZE >= class_size(c));
        }
    }

    #[test]
    fn reciprocal_division_is_exact_in_spans() {
        for c in 1..NUM_CLASSES {
            let size = class_size(c);
            let m = crate::heap::div_mul(size);
            for off in 0..CLASS_PAGES[c] as usize * PAGE_SIZE {
                assert_eq!(
                    (off as u64 * m) >> 32,
                    (off / size) as u64,
                    "class {c} off {off}"
                );
            }
        }
    }

    #[test]
    fn heap_bits_follow_the_layout() {
        // Two words, the second a pointer; an array of three.
        static BITS: [u8; 1] = [0b10];
        let t = Type {
            size: 16,
            ptrdata: 16,
            hash: 0,
            tflag: 0,
            align: 8,
            field_align: 8,
            kind: 25,
            gcdata: BITS.as_ptr(),
            name_ptr: core::ptr::null(),
            name_len: 0,
            extra: core::ptr::null(),
            methods: core::ptr::null(),
            nmethods: 0,
        };
        let p = malloc(48, Some(&t)) as usize;
        let _guard = TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let h = heap();
        let got: Vec<bool> = (0..6).map(|w| h.is_ptr_word(p + 8 * w)).collect();
        assert_eq!(got, [false, true, false, true, false, true]);
        drop(_guard);
        let q = malloc_words(24, 0b101) as usize;
        let _guard = TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let h = heap();
        let got: Vec<bool> = (0..3).map(|w| h.is_ptr_word(q + 8 * w)).collect();
        assert_eq!(got, [true, false, true]);
    }

    #[test]
    fn free_pages_coalesce_and_are_reused() {
        let _guard = TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let h = heap();
        let a = h.alloc_pages(3);
        let b = h.alloc_pages(5);
        // SAFETY: spans fresh from the page heap.
        unsafe {
            (*a).state = SPAN_LARGE;
            (*b).state = SPAN_LARGE;
            assert_eq!((*a).start + 3 * PAGE_SIZE, (*b).start);
        }
        h.commit(a);
        h.commit(b);
        // SAFETY: as above.
        let start = unsafe { (*a).start };
        assert_eq!(h.span_of(start + 5), a);
        assert_eq!(h.span_of(start + 3 * PAGE_SIZE + 8), b);
        h.free_span(a);
        h.free_span(b);
        assert!(h.span_of(start).is_null());
        let c = h.alloc_pages(8);
        // SAFETY: as above.
        unsafe {
            assert_eq!((*c).start, start);
            assert!((*c).needzero);
            (*c).state = SPAN_LARGE;
        }
        h.commit(c);
        h.free_span(c);
    }
}
