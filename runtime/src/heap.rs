//! The garbage-collected heap: one reserved arena of 8 KiB pages, spans of
//! pages, and the per-word pointer bitmap the collector scans objects with.
//!
//! Layout (gc's design, simplified):
//! - The **arena** is one contiguous reservation (`MAP_NORESERVE`: the
//!   kernel commits pages as they are touched), so "is this a heap
//!   pointer" is a range check and the page table is a flat array.
//! - A **span** is a run of pages. An in-use span either holds objects of
//!   one size class (small objects, at most 1024 per span) or one large
//!   object. A free span is a run of free pages on a free list.
//! - The **page table** maps every page of an in-use span to its span; a
//!   free span is registered at its first and last page only (enough to
//!   coalesce neighbours), so lookups validate what they find.
//! - The **heap bitmap** has one bit per 8-byte word of the arena: set
//!   where the word may hold a pointer. The allocator writes it for every
//!   object that holds pointers; the collector reads it.
//! - Each small span has an allocation bitmap (slots in use) and a mark
//!   bitmap (slots the collector reached); sweeping replaces the first
//!   with the second.
//!
//! Callers hold `mem::HEAP_LOCK` (the allocator, once per span, and the
//! sweepers to list or free a span) or run with the world stopped (the
//! collector); a P writes the heap bits of the spans in its cache without
//! it, and a sweeper owns the bits of the span it claimed.

use crate::global::Global;
use crate::sys;
use core::sync::atomic::{AtomicU32, Ordering};

/// log2 of the page size.
pub const PAGE_SHIFT: usize = 13;
/// gc's page: 8 KiB.
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
/// Spans of at least this many pages share one free list.
const BIG_RUN: usize = 128;
/// Most objects a small span holds (8-byte objects in one page).
pub const MAX_OBJECTS: usize = PAGE_SIZE / 8;
/// The heap grows by at least this many pages at a time.
const GROW_PAGES: usize = 64;

/// `Span::state`.
pub const SPAN_FREE: u8 = 0;
/// Objects of one size class.
pub const SPAN_SMALL: u8 = 1;
/// One large object.
pub const SPAN_LARGE: u8 = 2;

/// A run of pages.
#[repr(C)]
pub struct Span {
    /// First byte.
    pub start: usize,
    pub npages: usize,
    /// Bytes per object (the whole span for a large object).
    pub elemsize: usize,
    pub nelems: usize,
    /// Slots below this one are known to be in use.
    pub freeindex: usize,
    /// Objects in use.
    pub allocated: usize,
    /// `offset / elemsize` is `(offset * div_mul) >> 32` (gc's `divMul`;
    /// exact for every offset of every class's span, see mem's tests).
    pub div_mul: u64,
    /// `SPAN_FREE`, `SPAN_SMALL` or `SPAN_LARGE`.
    pub state: u8,
    /// Size class times two, plus one for pointer-free objects.
    pub spanclass: u8,
    /// The objects hold no pointers (the heap bitmap is not kept).
    pub noscan: bool,
    /// The memory may hold old data (else it is known to be zero).
    pub needzero: bool,
    /// A free span whose pages were given back to the kernel.
    pub scavenged: bool,
    /// List links: free lists, or the partial list of its class.
    pub next: *mut Span,
    pub prev: *mut Span,
    /// Slots in use at the last sweep (bit 0 of word 0 for a large
    /// object). A slot is in use when its bit is set or it lies below
    /// `freeindex` (the allocator hands out free slots in order and does
    /// not set their bits).
    pub alloc_bits: [u64; MAX_OBJECTS / 64],
    /// Slots the collector reached in the current cycle.
    pub mark_bits: [u64; MAX_OBJECTS / 64],
    /// Whether the span has been swept since the last cycle ended,
    /// relative to `gc`'s sweep generation `sg` (gc's `sweepgen`): `sg - 2`
    /// needs sweeping, `sg - 1` is being swept, `sg` is swept. 0 for free
    /// spans (never `sg - 2`), so that only in-use spans are claimed.
    pub sweepgen: AtomicU32,
}

impl Span {
    /// The slot of the object at address `p` inside the span (0 for a
    /// large object); may be `nelems` or more in a span's unused tail.
    #[inline]
    pub fn object_index(&self, p: usize) -> usize {
        if self.state == SPAN_LARGE {
            0
        } else {
            (((p - self.start) as u64 * self.div_mul) >> 32) as usize
        }
    }
}

/// A doubly linked list of spans.
#[derive(Clone, Copy)]
pub struct SpanList {
    pub first: *mut Span,
}

impl SpanList {
    const fn new() -> Self {
        SpanList {
            first: core::ptr::null_mut(),
        }
    }

    /// Pushes `s` at the front.
    ///
    /// # Safety
    /// `s` is a valid span on no list.
    pub unsafe fn push(&mut self, s: *mut Span) {
        // SAFETY: the caller's contract; list members are valid spans.
        unsafe {
            (*s).prev = core::ptr::null_mut();
            (*s).next = self.first;
            if !self.first.is_null() {
                (*self.first).prev = s;
            }
        }
        self.first = s;
    }

    /// Unlinks `s`.
    ///
    /// # Safety
    /// `s` is on this list.
    pub unsafe fn remove(&mut self, s: *mut Span) {
        // SAFETY: the caller's contract; list members are valid spans.
        unsafe {
            if (*s).prev.is_null() {
                self.first = (*s).next;
            } else {
                (*(*s).prev).next = (*s).next;
            }
            if !(*s).next.is_null() {
                (*(*s).next).prev = (*s).prev;
            }
            (*s).next = core::ptr::null_mut();
            (*s).prev = core::ptr::null_mut();
        }
    }
}

/// The heap's state.
pub struct Heap {
    /// The reservation: `[base, end)`; pages below `used` have been handed
    /// out at least once.
    pub base: usize,
    pub end: usize,
    pub used: usize,
    /// One span pointer per page of the reservation.
    page_table: *mut *mut Span,
    /// One bit per word of the reservation.
    pub heap_bits: *mut u64,
    /// Free spans of 1..BIG_RUN pages by size; bigger ones share
    /// `free[BIG_RUN]` ([`list_index`]).
    free: [SpanList; BIG_RUN + 1],
    /// Span structures ready for reuse.
    spare_spans: *mut Span,
    /// Pages in in-use spans, and in free spans (resident or not).
    pub pages_in_use: usize,
    pub pages_free: usize,
    /// Free pages given back to the kernel.
    pub pages_released: usize,
}

static HEAP: Global<Heap> = Global::new(Heap {
    base: 0,
    end: 0,
    used: 0,
    page_table: core::ptr::null_mut(),
    heap_bits: core::ptr::null_mut(),
    free: [SpanList::new(); BIG_RUN + 1],
    spare_spans: core::ptr::null_mut(),
    pages_in_use: 0,
    pages_free: 0,
    pages_released: 0,
});

/// The heap's fixed geometry and the bits of spans the caller owns, read
/// without `mem::HEAP_LOCK` (the arena is reserved at startup, and a
/// span's heap bits share no word with another span's).
///
/// # Safety
/// The caller touches only what it owns: its own spans' bits.
#[inline]
pub unsafe fn heap_unlocked() -> &'static mut Heap {
    heap()
}

/// The heap. Callers hold `mem::HEAP_LOCK` or run with the world stopped,
/// and keep no reference across another call that takes it.
#[inline]
pub fn heap() -> &'static mut Heap {
    // SAFETY: see above.
    let h = unsafe { &mut *HEAP.get() };
    if h.base == 0 {
        reserve(h);
    }
    h
}

/// Most address space the arena may grow to (the page table and the heap
/// bitmap are reserved for this much).
const MAX_ARENA: usize = 64 << 30;
/// The arena grows by whole chunks of address space, placed right after
/// the previous one. Reserving all of `MAX_ARENA` at once is free for the
/// kernel but not for qemu-user, whose page bookkeeping costs memory per
/// reserved page (hundreds of MB for 64 GiB).
const ARENA_CHUNK: usize = 1 << 30;
/// gc's first arena hint on amd64: heap addresses look like Go's.
const ARENA_HINT: usize = 0x00c0_0000_0000;

#[cold]
#[inline(never)]
fn reserve(h: &mut Heap) {
    let pages = MAX_ARENA >> PAGE_SHIFT;
    let (Some(pt), Some(bits)) = (
        sys::mmap_anon(
            pages * 8,
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        ),
        sys::mmap_anon(
            MAX_ARENA / 64,
            sys::PROT_READ | sys::PROT_WRITE,
            sys::MAP_NORESERVE,
        ),
    ) else {
        crate::panic::throw(b"runtime: cannot reserve the heap's metadata");
    };
    let Some(p) = mmap_hint(ARENA_HINT, ARENA_CHUNK + PAGE_SIZE) else {
        crate::panic::throw(b"runtime: cannot reserve arena virtual address space");
    };
    let base = (p as usize + PAGE_SIZE - 1) & !(PAGE_SIZE - 1);
    h.base = base;
    h.end = p as usize + ARENA_CHUNK + PAGE_SIZE;
    h.used = base;
    h.page_table = pt as *mut *mut Span;
    h.heap_bits = bits as *mut u64;
}

/// Extends the arena's reservation so that it covers `need` bytes past
/// its base; false if the address space right after it is taken or the
/// arena would pass `MAX_ARENA`.
fn extend(h: &mut Heap, need: usize) -> bool {
    if need > MAX_ARENA {
        return false;
    }
    while h.end - h.base < need {
        let len = (need - (h.end - h.base)).div_ceil(ARENA_CHUNK) * ARENA_CHUNK;
        match mmap_hint(h.end, len) {
            Some(p) if p as usize == h.end => h.end += len,
            Some(p) => {
                // Somewhere else: of no use to a contiguous arena.
                // SAFETY: the mapping was just made and is unused.
                unsafe { sys::munmap(p, len) };
                return false;
            }
            None => return false,
        }
    }
    true
}

/// A read-write `MAP_NORESERVE` mapping, placed at `hint` if the kernel
/// agrees.
fn mmap_hint(hint: usize, len: usize) -> Option<*mut u8> {
    sys::mmap_anon_at(
        hint,
        len,
        sys::PROT_READ | sys::PROT_WRITE,
        sys::MAP_NORESERVE,
    )
}

/// The free list of runs of `npages` pages.
const fn list_index(npages: usize) -> usize {
    if npages < BIG_RUN {
        npages
    } else {
        BIG_RUN
    }
}

/// gc's reciprocal for dividing span offsets by `size`.
pub const fn div_mul(size: usize) -> u64 {
    (u32::MAX as u64 / size as u64) + 1
}

impl Heap {
    /// Whether `p` points into pages handed out so far.
    #[inline]
    pub fn contains(&self, p: usize) -> bool {
        p >= self.base && p < self.used
    }

    /// The in-use span holding `p`, if any.
    #[inline]
    pub fn span_of(&self, p: usize) -> *mut Span {
        if !self.contains(p) {
            return core::ptr::null_mut();
        }
        // SAFETY: the page is inside the reservation.
        let s = unsafe { *self.page_table.add((p - self.base) >> PAGE_SHIFT) };
        if s.is_null() {
            return s;
        }
        // SAFETY: page-table entries point to span structures, which are
        // never unmapped; stale entries are filtered by the checks.
        unsafe {
            if (*s).state == SPAN_FREE
                || p < (*s).start
                || p >= (*s).start + ((*s).npages << PAGE_SHIFT)
            {
                return core::ptr::null_mut();
            }
        }
        s
    }

    fn set_pages(&mut self, s: *mut Span, all: bool) {
        // SAFETY: `s` is a valid span inside the reservation.
        let (first, n) = unsafe { (((*s).start - self.base) >> PAGE_SHIFT, (*s).npages) };
        // SAFETY: pages `first..first+n` are inside the page table.
        unsafe {
            if all {
                for i in 0..n {
                    *self.page_table.add(first + i) = s;
                }
            } else {
                *self.page_table.add(first) = s;
                *self.page_table.add(first + n - 1) = s;
            }
        }
    }

    fn new_span_struct(&mut self) -> *mut Span {
        let s = self.spare_spans;
        if !s.is_null() {
            // SAFETY: spare spans are valid, linked through `next`.
            self.spare_spans = unsafe { (*s).next };
            // SAFETY: as above; reset it.
            unsafe { core::ptr::write_bytes(s, 0, 1) };
            return s;
        }
        crate::mem::persistentalloc(core::mem::size_of::<Span>(), 8) as *mut Span
    }

    fn free_list(&mut self, npages: usize) -> &mut SpanList {
        &mut self.free[list_index(npages)]
    }

    /// A span of `npages` pages taken from the free lists or the unused
    /// part of the arena, or null if the arena is full. Its state is
    /// `SPAN_FREE`; the caller sets it up and calls [`Heap::commit`].
    pub fn alloc_pages(&mut self, npages: usize) -> *mut Span {
        let mut found: *mut Span = core::ptr::null_mut();
        for n in npages..BIG_RUN {
            if !self.free[n].first.is_null() {
                found = self.free[n].first;
                break;
            }
        }
        if found.is_null() {
            // Best fit among the big runs.
            let mut s = self.free[BIG_RUN].first;
            while !s.is_null() {
                // SAFETY: list members are valid spans.
                unsafe {
                    if (*s).npages >= npages && (found.is_null() || (*s).npages < (*found).npages) {
                        found = s;
                    }
                    s = (*s).next;
                }
            }
        }
        if found.is_null() {
            found = self.grow(npages);
            if found.is_null() {
                return found;
            }
        }
        // SAFETY: `found` is a free span on its free list.
        unsafe {
            let have = (*found).npages;
            self.free_list(have).remove(found);
            self.pages_free -= have;
            if (*found).scavenged {
                self.pages_released -= have;
            }
            if have > npages {
                // Split: the tail stays free.
                let rest = self.new_span_struct();
                (*rest).start = (*found).start + (npages << PAGE_SHIFT);
                (*rest).npages = have - npages;
                (*rest).needzero = (*found).needzero;
                (*rest).scavenged = (*found).scavenged;
                (*found).npages = npages;
                self.insert_free(rest);
            }
            (*found).scavenged = false;
        }
        found
    }

    /// Extends the used part of the arena by at least `npages` pages and
    /// returns them as a free span on the free lists.
    fn grow(&mut self, npages: usize) -> *mut Span {
        let n = npages.max(GROW_PAGES);
        let need = |k: usize, h: &Heap| h.used - h.base + (k << PAGE_SHIFT);
        if need(n, self) <= self.end - self.base || extend(self, need(n, self)) {
            return self.grow_exact(n);
        }
        if need(npages, self) <= self.end - self.base || extend(self, need(npages, self)) {
            return self.grow_exact(npages);
        }
        core::ptr::null_mut()
    }

    fn grow_exact(&mut self, n: usize) -> *mut Span {
        let s = self.new_span_struct();
        // SAFETY: a fresh span structure.
        unsafe {
            (*s).start = self.used;
            (*s).npages = n;
            (*s).needzero = false;
        }
        self.used += n << PAGE_SHIFT;
        self.insert_free(s)
    }

    /// Puts free span `s` on its list, merged with free neighbours.
    /// Returns the (possibly merged) span.
    fn insert_free(&mut self, mut s: *mut Span) -> *mut Span {
        // SAFETY: `s` is a valid span on no list; neighbours found through
        // the page table are validated before use.
        unsafe {
            (*s).state = SPAN_FREE;
            self.pages_free += (*s).npages;
            if (*s).scavenged {
                self.pages_released += (*s).npages;
            }
            // The left neighbour.
            if (*s).start > self.base {
                let left = *self
                    .page_table
                    .add((((*s).start - self.base) >> PAGE_SHIFT) - 1);
                if !left.is_null()
                    && (*left).state == SPAN_FREE
                    && (*left).start + ((*left).npages << PAGE_SHIFT) == (*s).start
                    && self.is_listed(left)
                {
                    self.free_list((*left).npages).remove(left);
                    (*left).npages += (*s).npages;
                    (*left).needzero |= (*s).needzero;
                    self.merge_scavenged(left, s);
                    self.release_struct(s);
                    s = left;
                }
            }
            let end = (*s).start + ((*s).npages << PAGE_SHIFT);
            if end < self.used {
                let right = *self.page_table.add((end - self.base) >> PAGE_SHIFT);
                if !right.is_null()
                    && (*right).state == SPAN_FREE
                    && (*right).start == end
                    && self.is_listed(right)
                {
                    self.free_list((*right).npages).remove(right);
                    (*s).npages += (*right).npages;
                    (*s).needzero |= (*right).needzero;
                    self.merge_scavenged(s, right);
                    self.release_struct(right);
                }
            }
            self.set_pages(s, false);
            self.free_list((*s).npages).push(s);
        }
        s
    }

    /// After merging `b` into `a`: the merged span counts as scavenged
    /// only if both were (else the released pages are counted back).
    ///
    /// # Safety
    /// Both are valid spans.
    unsafe fn merge_scavenged(&mut self, a: *mut Span, b: *mut Span) {
        // SAFETY: the caller's contract.
        unsafe {
            if (*a).scavenged != (*b).scavenged {
                // Keep the accounting simple: the run is resident now.
                let released = if (*a).scavenged {
                    (*a).npages - (*b).npages
                } else {
                    (*b).npages
                };
                self.pages_released -= released;
                (*a).scavenged = false;
                (*a).needzero = true;
            }
        }
    }

    /// Whether free span `s` is on a free list (a free span structure met
    /// through a stale page-table entry may have been recycled).
    fn is_listed(&self, s: *mut Span) -> bool {
        // SAFETY: `s` is a span structure (never unmapped).
        unsafe { !(*s).prev.is_null() || self.free[list_index((*s).npages)].first == s }
    }

    fn release_struct(&mut self, s: *mut Span) {
        // SAFETY: `s` is on no list and no page refers to it as in use.
        unsafe {
            (*s).state = SPAN_FREE;
            (*s).npages = 0;
            (*s).next = self.spare_spans;
        }
        self.spare_spans = s;
    }

    /// Makes `s` (from [`Heap::alloc_pages`], set up by the caller) an
    /// in-use span.
    pub fn commit(&mut self, s: *mut Span) {
        self.set_pages(s, true);
        // SAFETY: `s` is valid.
        self.pages_in_use += unsafe { (*s).npages };
    }

    /// Returns in-use span `s` to the free pages.
    pub fn free_span(&mut self, s: *mut Span) {
        // SAFETY: `s` is a valid in-use span on no list.
        unsafe {
            (*s).sweepgen.store(0, Ordering::Release);
            self.pages_in_use -= (*s).npages;
            (*s).needzero = true;
            (*s).scavenged = false;
        }
        self.insert_free(s);
    }

    /// Gives every free page back to the kernel (`debug.FreeOSMemory`, and
    /// the scavenger).
    pub fn release_free(&mut self) {
        for k in 0..self.free.len() {
            let mut s = self.free[k].first;
            while !s.is_null() {
                // SAFETY: list members are valid free spans whose memory
                // nobody uses.
                unsafe {
                    if !(*s).scavenged {
                        sys::madvise_dontneed((*s).start as *mut u8, (*s).npages << PAGE_SHIFT);
                        (*s).scavenged = true;
                        (*s).needzero = false;
                        self.pages_released += (*s).npages;
                    }
                    s = (*s).next;
                }
            }
        }
    }

    /// The span structure the page table holds for the page at `p` (below
    /// `used`), unvalidated: stale for a free span's inner pages, and read
    /// without the lock by the sweepers, which claim spans through their
    /// `sweepgen` (structures are never unmapped, so any one is readable).
    #[inline]
    pub fn span_at_page(&self, p: usize) -> *mut Span {
        // SAFETY: the page table covers the whole reservation.
        unsafe { core::ptr::read_volatile(self.page_table.add((p - self.base) >> PAGE_SHIFT)) }
    }

    /// Word index of `p` in the heap bitmap.
    #[inline]
    pub fn bit_index(&self, p: usize) -> usize {
        (p - self.base) >> 3
    }

    /// Sets the heap bits of `[p, p + 8*n)` from `mask(i)` for word `i`.
    #[inline]
    pub fn write_bits(&mut self, p: usize, n: usize, mut mask: impl FnMut(usize) -> bool) {
        let first = self.bit_index(p);
        for i in 0..n {
            let b = first + i;
            // SAFETY: the word is inside the arena's bitmap.
            unsafe {
                let w = self.heap_bits.add(b >> 6);
                if mask(i) {
                    *w |= 1 << (b & 63);
                } else {
                    *w &= !(1 << (b & 63));
                }
            }
        }
    }

    /// Sets the heap bits of the `n <= 64` words at `p` to the low `n`
    /// bits of `mask`.
    #[inline(always)]
    pub fn set_bits64(&mut self, p: usize, n: usize, mask: u64) {
        let b = self.bit_index(p);
        let (w, sh) = (b >> 6, b & 63);
        let keep = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
        let mask = mask & keep;
        // SAFETY: the words are inside the arena's bitmap.
        unsafe {
            let lo = self.heap_bits.add(w);
            *lo = (*lo & !(keep << sh)) | (mask << sh);
            if sh + n > 64 {
                let hi = self.heap_bits.add(w + 1);
                let r = 64 - sh;
                *hi = (*hi & !(keep >> r)) | (mask >> r);
            }
        }
    }

    /// Clears the heap bits of `[p, p + 8*n)`.
    pub fn clear_bits(&mut self, p: usize, n: usize) {
        let first = self.bit_index(p);
        let mut i = 0;
        while i < n {
            let b = first + i;
            if b & 63 == 0 && n - i >= 64 {
                // SAFETY: inside the bitmap.
                unsafe { *self.heap_bits.add(b >> 6) = 0 };
                i += 64;
            } else {
                // SAFETY: inside the bitmap.
                unsafe { *self.heap_bits.add(b >> 6) &= !(1 << (b & 63)) };
                i += 1;
            }
        }
    }

    /// Whether word `p` may hold a pointer.
    #[inline]
    pub fn is_ptr_word(&self, p: usize) -> bool {
        let b = self.bit_index(p);
        // SAFETY: inside the bitmap.
        unsafe { *self.heap_bits.add(b >> 6) >> (b & 63) & 1 != 0 }
    }

    /// Calls `f(i)` for each word `i < n` of `[p, p + 8*n)` whose heap bit
    /// says it may hold a pointer, in order (the collector's scan and the
    /// bulk write barrier).
    #[inline]
    pub fn for_each_ptr_word(&self, p: usize, n: usize, mut f: impl FnMut(usize)) {
        let mut i = 0;
        while i < n {
            let a = p + 8 * i;
            let avail = (64 - (self.bit_index(a) & 63)).min(n - i);
            let mut m = self.bits_at(a);
            if avail < 64 {
                m &= (1u64 << avail) - 1;
            }
            while m != 0 {
                f(i + m.trailing_zeros() as usize);
                m &= m - 1;
            }
            i += avail;
        }
    }

    /// The 64 heap bits starting at word `p` (which must be the first of
    /// a bitmap word, or the bits below it are dropped).
    #[inline]
    pub fn bits_at(&self, p: usize) -> u64 {
        let b = self.bit_index(p);
        // SAFETY: inside the bitmap.
        unsafe { *self.heap_bits.add(b >> 6) >> (b & 63) }
    }
}
