//! Go maps: Swiss tables split by extendible hashing (the design of Go
//! 1.24's maps, after Abseil's and hashbrown's Swiss tables; abi.md
//! section 8 has the entry points).
//!
//! # Storage
//!
//! A **group** is an 8-byte control word followed by 8 slots; a slot holds
//! a key and an element (each stored through a pointer when bigger than
//! 128 bytes, so groups stay small). Control byte `i` describes slot `i`:
//! `0x00` empty, `0x01` deleted (a tombstone), `0x80 | h2` full, where `h2`
//! is the low 7 bits of the key's hash. Empty is zero so that freshly
//! allocated (zeroed) groups need no initialization and `clear` is one
//! memset. Lookups compare the 8 control bytes against `h2` at once with
//! word arithmetic (no SIMD needed), then compare keys only in the slots
//! whose byte matched; 1 in 128 of them are false positives.
//!
//! A **table** is a power-of-two array of groups with open addressing:
//! the upper 57 bits of the hash pick the first group and quadratic
//! probing (steps 1, 2, 3 ...) visits every group; a probe ends at a group
//! with an empty slot. Tables stay at most 7/8 full, so that group exists.
//! Deleting from a group that has no empty slot leaves a tombstone so
//! later probes do not stop early.
//!
//! A **map** with at most 8 entries is a single group without a table
//! (searched without probing, and for integer and string keys without
//! hashing). Larger maps have a **directory** of `2^global_depth` table
//! pointers indexed by the top bits of the hash; a table with
//! `local_depth < global_depth` fills a block of `2^(global - local)`
//! consecutive entries. A table grows only by itself, and never beyond
//! 1024 slots: a full table is replaced by one of twice the capacity (or
//! of the same capacity when at least half of its load is tombstones),
//! and a full 1024-slot table splits in two by the next hash bit,
//! doubling the directory first if needed. So no insertion moves more
//! than 1024 entries (about 900 live ones): growth never pauses a large
//! map for long, unlike a rehash of a whole table.
//!
//! Growth never changes a table in place: it builds new tables and marks
//! the old one stale (`index = -1`), leaving its contents untouched. That
//! is what iteration relies on.
//!
//! # Iteration
//!
//! Go's rules: entries deleted before they are reached are not produced,
//! entries added during iteration may or may not be, every entry is
//! produced at most once even if the map grows, an entry's latest value
//! is produced, and the order is random. An iterator walks the directory
//! from a random block boundary (in units that double when the directory
//! doubles, so positions survive) and each table from a random slot,
//! skipping the rest of a table's block when done. When the table it is
//! walking has been replaced, it keeps walking the stale copy (so the
//! order, and the set of entries still to come, stay fixed) and looks each
//! key up in the live map to skip deleted entries and return the current
//! element. Keys that are not equal to themselves (NaNs) cannot be looked
//! up, nor deleted except by `clear`, so they come from the stale copy.
//! `clear` bumps a sequence number that ends every iteration in progress.
//!
//! # Memory
//!
//! Every allocation goes through [`mem::malloc`] with a descriptor: the
//! map header, tables and iterators have static descriptors here, the
//! directory is an array of pointers, and each map type gets a
//! synthesized descriptor for its groups (size, `ptrdata`, pointer bitmap
//! built from the key's and element's bitmaps at every slot), computed
//! once per map type in [`makemap`] and kept in a runtime-side cache in
//! persistent memory ([`mem::persistentalloc`]).

use core::mem::size_of;
use core::ptr::{self, null, null_mut};

use crate::alg::{self, hash_u32, hash_u64, memeq, memhash, typeequal, typehash};
use crate::global::Global;
use crate::mem::{self, MAX_ALLOC};
use crate::panic::panic_plain_error;
use crate::sched::G;
use crate::string::Pair;
use crate::types::{kind, MapInfo, StaticType, Type, TFLAG_REGULAR_MEMORY};
use crate::wbarrier;

/// Slots per group.
const SLOTS: usize = 8;
/// Control byte of an empty slot (zeroed memory is empty).
const CTRL_EMPTY: u8 = 0x00;
/// Control byte of a deleted slot (a tombstone).
const CTRL_DELETED: u8 = 0x01;
/// Bit set in the control byte of a full slot, with `h2` in the low bits.
const CTRL_FULL: u8 = 0x80;
/// The low bit of every byte of a word.
const LSB: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
const MSB: u64 = 0x8080_8080_8080_8080;
/// A table grows by splitting beyond this many slots.
pub const MAX_TABLE_CAPACITY: u64 = 1024;
/// Keys larger than this are stored through a pointer.
const MAX_KEY_BYTES: u64 = 128;
/// Elements larger than this are stored through a pointer.
const MAX_ELEM_BYTES: u64 = 128;
/// Size of the static zero value that lookups of absent keys return.
const ZERO_SIZE: usize = 1024;

/// The slots of `ctrl` whose byte is `0x80 | h2` (exactly, no false
/// positives), as the high bit of each matching byte.
#[inline(always)]
fn match_h2(ctrl: u64, h2: u64) -> u64 {
    // Bytes equal to the target become zero; then a byte is zero iff
    // adding 0x7f to its low 7 bits does not carry into bit 7 and its own
    // bit 7 is clear. No carry crosses bytes.
    let x = ctrl ^ (LSB * (CTRL_FULL as u64 | h2));
    !(((x & !MSB).wrapping_add(!MSB)) | x) & MSB
}

/// The empty slots of `ctrl`: bit 7 and bit 0 both clear.
#[inline(always)]
fn match_empty(ctrl: u64) -> u64 {
    // `ctrl << 7` moves each byte's bit 0 to its bit 7.
    !(ctrl | (ctrl << 7)) & MSB
}

/// The empty or deleted slots of `ctrl`: bit 7 clear.
#[inline(always)]
fn match_free(ctrl: u64) -> u64 {
    !ctrl & MSB
}

/// The full slots of `ctrl`: bit 7 set.
#[inline(always)]
fn match_full(ctrl: u64) -> u64 {
    ctrl & MSB
}

/// The slot index of the lowest match in a match mask.
#[inline(always)]
fn first(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// The control byte of a full slot for `hash`.
#[inline(always)]
fn full_ctrl(hash: u64) -> u8 {
    CTRL_FULL | (hash & 0x7f) as u8
}

/// A map's header (`*Map` is a Go map value). `count` is `len(m)` and
/// must stay at offset 0: compiled code loads it directly.
#[repr(C)]
pub struct Map {
    /// Number of entries.
    pub count: i64,
    /// A small map's group (null until the first insertion), or the
    /// directory: `dir_len` table pointers.
    dir: *mut u8,
    /// The per-map-type layout (persistent memory).
    layout: *const MapLayout,
    /// Hash seed, random per map (and re-drawn when the map empties).
    seed: u64,
    /// Directory length, `2^global_depth`; 0 for a small map.
    dir_len: u64,
    /// Incremented by `clear`; iterators stop when it changes.
    clear_seq: u64,
    /// Number of hash bits that index the directory.
    global_depth: u8,
}

/// One Swiss table: a power-of-two array of groups.
#[repr(C)]
struct Table {
    /// `capacity / 8` groups.
    groups: *mut u8,
    /// Full slots.
    used: u64,
    /// Slots, a power of two between 8 and [`MAX_TABLE_CAPACITY`].
    capacity: u64,
    /// Empty slots that may still be filled before the table must grow
    /// (7/8 of the capacity minus full slots and tombstones).
    growth_left: u64,
    /// First directory index of the table's block; -1 once replaced.
    index: i64,
    /// Number of hash bits that select this table.
    local_depth: u8,
}

/// A map iterator (`for k, v := range m`). Compiled code reads the key
/// pointer at offset 0 and the element pointer at offset 8; a null key
/// means the iteration is over.
#[repr(C)]
pub struct Iter {
    /// The current entry's key, null at the end.
    pub key: *const u8,
    /// The current entry's element.
    pub elem: *const u8,
    /// The map, null once the iteration is over.
    m: *mut Map,
    /// The table being walked (possibly stale), null between tables.
    tab: *mut Table,
    /// The groups being walked: the small map's group or `tab.groups`.
    groups: *mut u8,
    /// The map's layout.
    layout: *const MapLayout,
    /// Random rotation of the slot order.
    entry_offset: u64,
    /// Random first directory index (a block boundary).
    dir_offset: u64,
    /// Directory entries done, in units of the current directory.
    dir_idx: u64,
    /// Slots of the current group or table done.
    entry_idx: u64,
    /// `m.clear_seq` when the iteration started.
    clear_seq: u64,
    /// The global depth `dir_idx` and `dir_offset` are expressed in.
    global_depth: u8,
    /// 1 while walking a small map's group.
    small: u8,
}

/// Layout of a map type's groups, derived from its key and element types
/// once per map type and shared by all its maps (persistent memory).
pub struct MapLayout {
    /// The key type.
    key: *const Type,
    /// The element type.
    elem: *const Type,
    /// Descriptor of one group, for the collector (an array of groups is
    /// allocated as an array of this type).
    group: Type,
    /// Offset of the element (or its pointer) in a slot.
    elem_off: usize,
    /// Bytes per slot.
    slot_size: usize,
    /// Bytes per group: 8 control bytes and 8 slots.
    group_size: usize,
    /// Size of a key value.
    key_size: usize,
    /// Size of an element value.
    elem_size: usize,
    /// Keys are stored as pointers to heap copies.
    indirect_key: bool,
    /// Elements are stored as pointers to heap objects.
    indirect_elem: bool,
    /// Assigning to an existing key stores the new key too (floats'
    /// `+0`/`-0`, strings' storage), as gc's `needkeyupdate`.
    need_key_update: bool,
    /// Hashing a key may panic (the key type has interfaces).
    hash_might_panic: bool,
    /// How keys are hashed: a shortcut past [`typehash`]'s dispatch for
    /// the common key types.
    hasher: Hasher,
    /// A zeroed area at least as big as an element.
    zero: *const u8,
}

/// How a map type's keys are hashed. Every kind computes exactly
/// [`typehash`] of the key; the first three only skip its dispatch.
#[derive(Clone, Copy, PartialEq)]
enum Hasher {
    /// 8 bytes of regular memory: [`hash_u64`].
    Mem64,
    /// 4 bytes of regular memory: [`hash_u32`].
    Mem32,
    /// A string: [`memhash`] of its bytes.
    Str,
    /// Anything else: [`typehash`].
    Typed,
}

/// Copies `n` bytes between non-overlapping slots, keys or elements:
/// the common word sizes inline, since a call to `memcpy` costs more
/// than the copy for them.
///
/// # Safety
/// `src` readable and `dst` writable for `n` bytes, not overlapping.
#[inline(always)]
unsafe fn copy_small(dst: *mut u8, src: *const u8, n: usize) {
    // SAFETY: caller contract; unaligned accesses avoid any alignment
    // assumption.
    unsafe {
        match n {
            8 => (dst as *mut u64).write_unaligned((src as *const u64).read_unaligned()),
            16 => (dst as *mut [u64; 2]).write_unaligned((src as *const [u64; 2]).read_unaligned()),
            24 => (dst as *mut [u64; 3]).write_unaligned((src as *const [u64; 3]).read_unaligned()),
            32 => (dst as *mut [u64; 4]).write_unaligned((src as *const [u64; 4]).read_unaligned()),
            _ => ptr::copy_nonoverlapping(src, dst, n),
        }
    }
}

/// Builds a runtime-internal descriptor: `bitmap` is the pointer bitmap of
/// a `size`-byte object (one byte: internal objects have at most eight
/// pointer words).
const fn internal_type(
    size: u64,
    ptrdata: u64,
    bitmap: &'static [u8; 1],
    name: &'static [u8],
) -> StaticType {
    StaticType(Type {
        size,
        ptrdata,
        hash: 0,
        tflag: 0,
        align: 8,
        field_align: 8,
        kind: kind::STRUCT,
        gcdata: bitmap.as_ptr(),
        name_ptr: name.as_ptr(),
        name_len: name.len() as u64,
        extra: ptr::null(),
        methods: ptr::null(),
        nmethods: 0,
    })
}

/// The map header: `dir` and `layout` (words 1 and 2) are pointers.
static MAP_TYPE: StaticType = internal_type(size_of::<Map>() as u64, 24, &[0b110], b"runtime.map");
/// A table: `groups` (word 0) is a pointer.
static TABLE_TYPE: StaticType =
    internal_type(size_of::<Table>() as u64, 8, &[0b1], b"runtime.table");
/// A directory entry: one pointer.
static DIR_TYPE: StaticType = internal_type(8, 8, &[0b1], b"*runtime.table");
/// An iterator: its first six words are pointers.
static ITER_TYPE: StaticType = internal_type(
    size_of::<Iter>() as u64,
    48,
    &[0b11_1111],
    b"runtime.mapiter",
);

/// Zeroed memory returned for absent keys (never written).
static ZERO: [u64; ZERO_SIZE / 8] = [0; ZERO_SIZE / 8];

/// An iterator that has ended: [`mapiterinit`] returns it for nil and
/// empty maps instead of allocating. Nothing ever writes it.
struct EndedIter(Iter);
// SAFETY: the value is immutable (all null) and never written.
unsafe impl Sync for EndedIter {}
static ENDED_ITER: EndedIter = EndedIter(Iter {
    key: null(),
    elem: null(),
    m: null_mut(),
    tab: null_mut(),
    groups: null_mut(),
    layout: null(),
    entry_offset: 0,
    dir_offset: 0,
    dir_idx: 0,
    entry_idx: 0,
    clear_seq: 0,
    global_depth: 0,
    small: 0,
});

/// Rounds `n` up to a multiple of `a` (a power of two).
const fn round_up(n: usize, a: usize) -> usize {
    (n + a - 1) & !(a - 1)
}

impl MapLayout {
    /// Group `i` of a group array.
    ///
    /// # Safety
    /// `groups` must hold more than `i` groups of this layout.
    #[inline(always)]
    unsafe fn group(&self, groups: *mut u8, i: u64) -> *mut u8 {
        // SAFETY: in bounds by the caller's contract.
        unsafe { groups.add(i as usize * self.group_size) }
    }

    /// Slot `i` of group `g`.
    ///
    /// # Safety
    /// `g` must be a group of this layout and `i < 8`.
    #[inline(always)]
    unsafe fn slot(&self, g: *mut u8, i: usize) -> *mut u8 {
        // SAFETY: the slots follow the 8 control bytes inside the group.
        unsafe { g.add(8 + i * self.slot_size) }
    }

    /// The key stored in slot `s` (behind its pointer if indirect).
    ///
    /// # Safety
    /// `s` must be a full slot of this layout.
    #[inline(always)]
    unsafe fn key_of(&self, s: *mut u8) -> *mut u8 {
        if self.indirect_key {
            // SAFETY: an indirect slot starts with the key's pointer.
            unsafe { *(s as *mut *mut u8) }
        } else {
            s
        }
    }

    /// The element of slot `s` (behind its pointer if indirect).
    ///
    /// # Safety
    /// `s` must be a full slot of this layout.
    #[inline(always)]
    unsafe fn elem_of(&self, s: *mut u8) -> *mut u8 {
        // SAFETY: the element (or its pointer) is at `elem_off` in the slot.
        unsafe {
            let e = s.add(self.elem_off);
            if self.indirect_elem {
                *(e as *mut *mut u8)
            } else {
                e
            }
        }
    }

    /// Sets up the element of the newly filled slot `s` and returns it:
    /// in place, or a fresh zeroed heap object for indirect elements.
    ///
    /// # Safety
    /// `s` must be a slot of this layout whose element part is zero.
    #[inline(always)]
    unsafe fn new_elem(&self, s: *mut u8) -> *mut u8 {
        // SAFETY: the element (or its pointer) is at `elem_off` in the slot,
        // and `elem` is a valid descriptor.
        unsafe {
            let e = s.add(self.elem_off);
            if self.indirect_elem {
                let obj = mem::malloc(self.elem_size, Some(&*self.elem));
                *(e as *mut *mut u8) = obj;
                obj
            } else {
                e
            }
        }
    }

    /// Zeroes slot `s` (deleted entries hold no stale pointers, and a
    /// reused slot's element starts as the zero value).
    ///
    /// # Safety
    /// `s` must be a slot of this layout.
    #[inline(always)]
    unsafe fn clear_slot(&self, s: *mut u8) {
        // SAFETY: the slot is `slot_size` writable bytes.
        unsafe {
            if wbarrier::enabled() {
                wbarrier::bulk_barrier(s as usize, 0, self.slot_size);
            }
            if self.slot_size == 16 {
                (s as *mut [u64; 2]).write_unaligned([0, 0]);
            } else {
                ptr::write_bytes(s, 0, self.slot_size);
            }
        }
    }

    /// The hash of the key at `k` ([`typehash`], with the shortcuts of
    /// [`Hasher`]).
    ///
    /// # Safety
    /// `k` must point to a key of the layout's key type.
    #[inline(always)]
    unsafe fn hash_key(&self, k: *const u8, seed: u64) -> u64 {
        // SAFETY: the hasher kind matches the key type's layout.
        unsafe {
            match self.hasher {
                Hasher::Mem64 => hash_u64((k as *const u64).read_unaligned(), seed),
                Hasher::Mem32 => hash_u32((k as *const u32).read_unaligned(), seed),
                Hasher::Str => memhash(*(k as *const *const u8), *(k as *const usize).add(1), seed),
                Hasher::Typed => typehash(&*self.key, k, seed),
            }
        }
    }

    /// The hash of the key stored in slot `s` (growth re-hashes keys).
    ///
    /// # Safety
    /// `s` must be a full slot of this layout.
    #[inline]
    unsafe fn slot_hash(&self, s: *mut u8, seed: u64) -> u64 {
        // SAFETY: a full slot holds a key of the layout's key type.
        unsafe { self.hash_key(self.key_of(s), seed) }
    }
}

/// Loads the control word of group `g`.
///
/// # Safety
/// `g` must be a group.
#[inline(always)]
unsafe fn ctrl(g: *mut u8) -> u64 {
    // SAFETY: groups are 8-byte aligned and start with the control word.
    u64::from_le(unsafe { *(g as *const u64) })
}

/// Sets control byte `i` of group `g`.
///
/// # Safety
/// `g` must be a group and `i < 8`.
#[inline(always)]
unsafe fn set_ctrl(g: *mut u8, i: usize, c: u8) {
    // SAFETY: the control bytes are the group's first 8 bytes.
    unsafe { *g.add(i) = c }
}

// ---------------------------------------------------------------------
// Per-map-type layouts.

/// Open-addressed cache from map type descriptor address to its layout.
struct LayoutCache {
    /// `cap` (descriptor address, layout) pairs; address 0 is free.
    slots: *mut (usize, *const MapLayout),
    cap: usize,
    len: usize,
    /// The largest zeroed area handed out for big elements, and its size.
    big_zero: *const u8,
    big_zero_size: usize,
}

static CACHE: Global<LayoutCache> = Global::new(LayoutCache {
    slots: null_mut(),
    cap: 0,
    len: 0,
    big_zero: null(),
    big_zero_size: 0,
});

static CACHE_LOCK: crate::lock::Mutex = crate::lock::Mutex::new();

/// Runs `f` with exclusive access to the cache.
fn with_cache<R>(f: impl FnOnce(&mut LayoutCache) -> R) -> R {
    CACHE_LOCK.lock();
    // SAFETY: ours under the lock, and `f` does not re-enter
    // `with_cache`, so this is the only reference.
    let r = f(unsafe { &mut *CACHE.get() });
    CACHE_LOCK.unlock();
    r
}

/// A zeroed area of at least `size` bytes that is never written.
fn zero_area(size: usize) -> *const u8 {
    if size <= ZERO_SIZE {
        return ZERO.as_ptr() as *const u8;
    }
    with_cache(|c| {
        if c.big_zero_size < size {
            c.big_zero = mem::persistentalloc(size, 8);
            c.big_zero_size = size;
        }
        c.big_zero
    })
}

/// The cache slot for descriptor address `a` in a table of `cap` slots.
fn cache_home(a: usize, cap: usize) -> usize {
    ((a as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & (cap - 1)
}

/// The layout of map type `mt`, computed on first use.
///
/// # Safety
/// `mt` must be a valid map type descriptor.
unsafe fn layout_for(mt: &Type) -> *const MapLayout {
    let a = mt as *const Type as usize;
    let found = with_cache(|c| {
        if c.cap == 0 {
            return null();
        }
        let mut i = cache_home(a, c.cap);
        loop {
            // SAFETY: `i < cap`; the slots array holds `cap` pairs.
            let (k, v) = unsafe { *c.slots.add(i) };
            if k == a {
                return v;
            }
            if k == 0 {
                return null();
            }
            i = (i + 1) & (c.cap - 1);
        }
    });
    if !found.is_null() {
        return found;
    }
    // SAFETY: `mt` is a map type (caller contract).
    let lay = unsafe { compute_layout(mt) };
    with_cache(|c| {
        if (c.len + 1) * 2 > c.cap {
            let ncap = (c.cap * 2).max(16);
            let slots = mem::persistentalloc(ncap * size_of::<(usize, *const MapLayout)>(), 8)
                as *mut (usize, *const MapLayout);
            for i in 0..c.cap {
                // SAFETY: `i < cap` (old array); the new array has `ncap`
                // zeroed (free) pairs and is at most half full.
                unsafe {
                    let e = *c.slots.add(i);
                    if e.0 != 0 {
                        let mut j = cache_home(e.0, ncap);
                        while (*slots.add(j)).0 != 0 {
                            j = (j + 1) & (ncap - 1);
                        }
                        *slots.add(j) = e;
                    }
                }
            }
            c.slots = slots;
            c.cap = ncap;
        }
        let mut i = cache_home(a, c.cap);
        // SAFETY: `i < cap` and the array has a free pair (load < 1/2).
        unsafe {
            while (*c.slots.add(i)).0 != 0 {
                i = (i + 1) & (c.cap - 1);
            }
            *c.slots.add(i) = (a, lay);
        }
        c.len += 1;
    });
    lay
}

/// Derives the slot and group layout of map type `mt` and its group
/// descriptor (with a pointer bitmap in persistent memory).
///
/// # Safety
/// `mt` must be a valid map type descriptor.
unsafe fn compute_layout(mt: &Type) -> *const MapLayout {
    // SAFETY: a map type's `extra` is a MapInfo of valid descriptors.
    let (kt, et) = unsafe {
        let info = &*(mt.extra as *const MapInfo);
        (&*info.key, &*info.elem)
    };
    let indirect_key = kt.size > MAX_KEY_BYTES;
    let indirect_elem = et.size > MAX_ELEM_BYTES;
    let (ks, ka) = if indirect_key {
        (8, 8)
    } else {
        (kt.size as usize, kt.align.max(1) as usize)
    };
    let (es, ea) = if indirect_elem {
        (8, 8)
    } else {
        (et.size as usize, et.align.max(1) as usize)
    };
    let elem_off = round_up(ks, ea);
    let slot_size = round_up(elem_off + es, ka.max(ea));
    let group_size = 8 + SLOTS * slot_size;

    // Pointer words of one group: the key's and the element's bitmaps at
    // every slot (pointerful types are 8-aligned, so words line up).
    let words = group_size / 8;
    let bitmap = mem::persistentalloc(words.div_ceil(8), 1);
    let mut ptr_words = 0usize;
    let mut mark = |w: usize| {
        // SAFETY: `w < words`, and the bitmap has a bit per word.
        unsafe { *bitmap.add(w / 8) |= 1 << (w % 8) };
        ptr_words = ptr_words.max(w + 1);
    };
    for i in 0..SLOTS {
        let base = (8 + i * slot_size) / 8;
        for (t, indirect, off) in [(kt, indirect_key, 0), (et, indirect_elem, elem_off / 8)] {
            if indirect {
                mark(base + off);
            } else {
                for w in 0..t.ptrdata / 8 {
                    // SAFETY: `w` is within the type's pointer bitmap.
                    if unsafe { t.is_pointer_word(w) } {
                        mark(base + off + w as usize);
                    }
                }
            }
        }
    }
    let lay = MapLayout {
        key: kt,
        elem: et,
        group: Type {
            size: group_size as u64,
            ptrdata: ptr_words as u64 * 8,
            hash: 0,
            tflag: 0,
            align: 8,
            field_align: 8,
            kind: kind::STRUCT,
            gcdata: if ptr_words == 0 { null() } else { bitmap },
            name_ptr: b"runtime.mapgroup".as_ptr(),
            name_len: 16,
            extra: null(),
            methods: null(),
            nmethods: 0,
        },
        elem_off,
        slot_size,
        group_size,
        key_size: kt.size as usize,
        elem_size: et.size as usize,
        indirect_key,
        indirect_elem,
        need_key_update: !kt.has(TFLAG_REGULAR_MEMORY),
        // SAFETY: `kt` is a valid descriptor.
        hash_might_panic: unsafe { alg::hash_might_panic(kt) },
        hasher: match (kt.has(TFLAG_REGULAR_MEMORY), kt.size, kt.kind) {
            (true, 8, _) => Hasher::Mem64,
            (true, 4, _) => Hasher::Mem32,
            (false, 16, kind::STRING) => Hasher::Str,
            _ => Hasher::Typed,
        },
        zero: zero_area(et.size as usize),
    };
    let p = mem::persistentalloc(size_of::<MapLayout>(), 8) as *mut MapLayout;
    // SAFETY: `p` is fresh, aligned and big enough for a MapLayout.
    unsafe { p.write(lay) };
    p
}

/// The map type's key and element descriptors.
///
/// # Safety
/// `t` must be a valid map type descriptor.
unsafe fn map_info(t: *const Type) -> &'static MapInfo {
    // SAFETY: a map type's `extra` is a MapInfo (caller contract).
    unsafe { &*((*t).extra as *const MapInfo) }
}

/// What a lookup of an absent key returns for map type `t`.
///
/// # Safety
/// `t` must be a valid map type descriptor.
unsafe fn zero_for(t: *const Type) -> *const u8 {
    // SAFETY: caller contract.
    zero_area(unsafe { (*map_info(t).elem).size } as usize)
}

// ---------------------------------------------------------------------
// Keys: one implementation of the table operations, specialized for the
// generic path and the fast integer and string paths.

/// How the table operations hash, compare and store one kind of key.
trait MapKey: Copy {
    /// Small maps are searched by comparing keys directly, without
    /// hashing (comparisons cost less than the hash).
    const SCAN_SMALL: bool;

    /// The key's hash with `seed`; must equal [`typehash`] of the key.
    ///
    /// # Safety
    /// `lay` must be the layout of a map type with this key.
    unsafe fn hash(self, lay: &MapLayout, seed: u64) -> u64;

    /// True if the key in full slot `s` equals this key.
    ///
    /// # Safety
    /// `s` must be a full slot of `lay`.
    unsafe fn equals(self, lay: &MapLayout, s: *mut u8) -> bool;

    /// Stores the key into the empty slot `s`.
    ///
    /// # Safety
    /// `s` must be an empty (zeroed) slot of `lay`.
    unsafe fn store(self, lay: &MapLayout, s: *mut u8);

    /// Called when an assignment finds the key already in slot `s`.
    ///
    /// # Safety
    /// `s` must be a full slot of `lay` whose key equals this key.
    unsafe fn update(self, lay: &MapLayout, s: *mut u8);
}

/// A key of any type, by address.
#[derive(Clone, Copy)]
struct Generic(*const u8);

impl MapKey for Generic {
    const SCAN_SMALL: bool = false;

    #[inline(always)]
    unsafe fn hash(self, lay: &MapLayout, seed: u64) -> u64 {
        // SAFETY: the key points to a value of the layout's key type.
        unsafe { lay.hash_key(self.0, seed) }
    }

    #[inline(always)]
    unsafe fn equals(self, lay: &MapLayout, s: *mut u8) -> bool {
        // SAFETY: both point to values of the key type.
        unsafe { typeequal(&*lay.key, self.0, lay.key_of(s)) }
    }

    #[inline(always)]
    unsafe fn store(self, lay: &MapLayout, s: *mut u8) {
        // SAFETY: the slot has room for the key or its pointer; the copy
        // source holds `key_size` bytes.
        unsafe {
            let dst = if lay.indirect_key {
                // Allocation while holding the caller's raw key pointer
                // (abi.md section 8 lists these points for the GC).
                let obj = mem::malloc(lay.key_size, Some(&*lay.key));
                *(s as *mut *mut u8) = obj;
                obj
            } else {
                s
            };
            copy_small(dst, self.0, lay.key_size);
        }
    }

    #[inline(always)]
    unsafe fn update(self, lay: &MapLayout, s: *mut u8) {
        if lay.need_key_update {
            // SAFETY: the stored key has `key_size` bytes; the source is a
            // distinct value of the same type.
            unsafe { wbarrier::copy(lay.key_of(s), self.0, lay.key_size) }
        }
    }
}

/// An 8-byte regular-memory key by value (`mapaccess1_fast64` ...).
#[derive(Clone, Copy)]
struct Fast64(u64);

impl MapKey for Fast64 {
    const SCAN_SMALL: bool = true;

    #[inline(always)]
    unsafe fn hash(self, _: &MapLayout, seed: u64) -> u64 {
        hash_u64(self.0, seed)
    }

    #[inline(always)]
    unsafe fn equals(self, _: &MapLayout, s: *mut u8) -> bool {
        // SAFETY: the slot starts with the 8-byte key (maybe 4-aligned).
        unsafe { (s as *const u64).read_unaligned() == self.0 }
    }

    #[inline(always)]
    unsafe fn store(self, _: &MapLayout, s: *mut u8) {
        // SAFETY: as in `equals`.
        unsafe { (s as *mut u64).write_unaligned(self.0) }
    }

    #[inline(always)]
    unsafe fn update(self, _: &MapLayout, _: *mut u8) {}
}

/// A 4-byte regular-memory key by value (`mapaccess1_fast32` ...).
#[derive(Clone, Copy)]
struct Fast32(u32);

impl MapKey for Fast32 {
    const SCAN_SMALL: bool = true;

    #[inline(always)]
    unsafe fn hash(self, _: &MapLayout, seed: u64) -> u64 {
        hash_u32(self.0, seed)
    }

    #[inline(always)]
    unsafe fn equals(self, _: &MapLayout, s: *mut u8) -> bool {
        // SAFETY: the slot starts with the 4-byte key.
        unsafe { (s as *const u32).read_unaligned() == self.0 }
    }

    #[inline(always)]
    unsafe fn store(self, _: &MapLayout, s: *mut u8) {
        // SAFETY: as in `equals`.
        unsafe { (s as *mut u32).write_unaligned(self.0) }
    }

    #[inline(always)]
    unsafe fn update(self, _: &MapLayout, _: *mut u8) {}
}

/// A string key by value (`mapaccess1_faststr` ...).
#[derive(Clone, Copy)]
struct FastStr(*const u8, usize);

impl MapKey for FastStr {
    const SCAN_SMALL: bool = true;

    #[inline(always)]
    unsafe fn hash(self, _: &MapLayout, seed: u64) -> u64 {
        // SAFETY: a Go string is readable for its length.
        unsafe { memhash(self.0, self.1, seed) }
    }

    #[inline(always)]
    unsafe fn equals(self, _: &MapLayout, s: *mut u8) -> bool {
        // SAFETY: the slot starts with a string's two words; both strings
        // are readable for their lengths.
        unsafe {
            let w = s as *const usize;
            *w.add(1) == self.1
                && (*w as *const u8 == self.0 || memeq(*w as *const u8, self.0, self.1))
        }
    }

    #[inline(always)]
    unsafe fn store(self, _: &MapLayout, s: *mut u8) {
        // SAFETY: the slot starts with room for a string's two words.
        // An update overwrites the old string's pointer: barriered.
        unsafe {
            wbarrier::write_ptr(s as *mut u64, self.0 as u64);
            *(s as *mut usize).add(1) = self.1;
        }
    }

    #[inline(always)]
    unsafe fn update(self, lay: &MapLayout, s: *mut u8) {
        // Like gc: keep the new string, so the old one can be freed.
        // SAFETY: as in `store`.
        unsafe { self.store(lay, s) }
    }
}

// ---------------------------------------------------------------------
// Table operations.

/// A slot found by a search: group and index (null group: not found).
#[derive(Clone, Copy)]
struct Found {
    g: *mut u8,
    i: usize,
}

const NOT_FOUND: Found = Found {
    g: null_mut(),
    i: 0,
};

/// The directory entry for `hash`.
///
/// # Safety
/// `m` must have a directory (`dir_len > 0`).
#[inline(always)]
unsafe fn table_for(m: &Map, hash: u64) -> *mut Table {
    let idx = if m.global_depth == 0 {
        0
    } else {
        hash >> (64 - m.global_depth)
    };
    // SAFETY: `idx < 2^global_depth = dir_len`.
    unsafe { *(m.dir as *mut *mut Table).add(idx as usize) }
}

/// Searches table `t` for key `k` with hash `hash`.
///
/// # Safety
/// `t` must be a table of `lay`.
#[inline(always)]
unsafe fn table_find<K: MapKey>(t: &Table, lay: &MapLayout, hash: u64, k: K) -> Found {
    let mask = t.capacity / SLOTS as u64 - 1;
    let h2 = hash & 0x7f;
    let mut pos = (hash >> 7) & mask;
    let mut stride = 0;
    // SAFETY: `pos <= mask` indexes the table's groups; matched slots are
    // full. Quadratic probing over a power-of-two count visits every group
    // and some group has an empty slot, so the loop ends.
    unsafe {
        loop {
            let g = lay.group(t.groups, pos);
            let c = ctrl(g);
            let mut mt = match_h2(c, h2);
            while mt != 0 {
                let i = first(mt);
                if k.equals(lay, lay.slot(g, i)) {
                    return Found { g, i };
                }
                mt &= mt - 1;
            }
            if match_empty(c) != 0 {
                return NOT_FOUND;
            }
            stride += 1;
            pos = (pos + stride) & mask;
        }
    }
}

/// Searches a non-empty map for `k`.
///
/// # Safety
/// `m` must be a map of `lay` with `count > 0`.
#[inline(always)]
unsafe fn find<K: MapKey>(m: &Map, lay: &MapLayout, k: K) -> Found {
    // SAFETY: a non-empty small map has its group; slots picked by the
    // masks are full.
    unsafe {
        if m.dir_len == 0 {
            let g = m.dir;
            let c = ctrl(g);
            let mut mt = if K::SCAN_SMALL {
                match_full(c)
            } else {
                match_h2(c, k.hash(lay, m.seed) & 0x7f)
            };
            while mt != 0 {
                let i = first(mt);
                if k.equals(lay, lay.slot(g, i)) {
                    return Found { g, i };
                }
                mt &= mt - 1;
            }
            return NOT_FOUND;
        }
        let hash = k.hash(lay, m.seed);
        table_find(&*table_for(m, hash), lay, hash, k)
    }
}

/// The element for `k`, or null if absent (or the map is nil or empty).
///
/// # Safety
/// `m` must be null or a live map whose key type matches `K`.
#[inline(always)]
unsafe fn lookup<K: MapKey>(m: *const Map, k: K) -> *mut u8 {
    // SAFETY: a non-null map is live with a valid layout.
    unsafe {
        if m.is_null() || (*m).count == 0 {
            return null_mut();
        }
        let m = &*m;
        let lay = &*m.layout;
        let f = find(m, lay, k);
        if f.g.is_null() {
            null_mut()
        } else {
            lay.elem_of(lay.slot(f.g, f.i))
        }
    }
}

/// Allocates `n` zeroed (all empty) groups of `lay`.
fn new_groups(lay: &MapLayout, n: u64) -> *mut u8 {
    mem::malloc(n as usize * lay.group_size, Some(&lay.group))
}

/// A new empty table of `capacity` slots.
fn new_table(lay: &MapLayout, capacity: u64, local_depth: u8, index: i64) -> *mut Table {
    let t = mem::malloc(size_of::<Table>(), Some(&TABLE_TYPE.0)) as *mut Table;
    let groups = new_groups(lay, capacity / SLOTS as u64);
    // SAFETY: `t` is a fresh allocation of a Table.
    unsafe {
        t.write(Table {
            groups,
            used: 0,
            capacity,
            growth_left: capacity * 7 / 8,
            index,
            local_depth,
        })
    };
    t
}

/// A new directory of `n` entries (all null).
fn new_directory(n: u64) -> *mut *mut Table {
    mem::malloc(n as usize * 8, Some(&DIR_TYPE.0)) as *mut *mut Table
}

/// Inserts the entry in slot `src` (of another table or group), whose key
/// has `hash` and is not in `t`, into `t`, which has no tombstones and
/// room for it.
///
/// # Safety
/// `t` must be a table of `lay` with `growth_left > 0`; `src` a full slot.
unsafe fn insert_moved(t: &mut Table, lay: &MapLayout, hash: u64, src: *mut u8) {
    let mask = t.capacity / SLOTS as u64 - 1;
    let mut pos = (hash >> 7) & mask;
    let mut stride = 0;
    // SAFETY: as in `table_find`; the slot copied into is free and the
    // copy moves the key and element words (or their pointers) whole.
    unsafe {
        loop {
            let g = lay.group(t.groups, pos);
            let free = match_free(ctrl(g));
            if free != 0 {
                let i = first(free);
                if wbarrier::enabled() {
                    // Into a new table: the barrier shades what is moved.
                    wbarrier::bulk_barrier(lay.slot(g, i) as usize, src as usize, lay.slot_size);
                }
                copy_small(lay.slot(g, i), src, lay.slot_size);
                set_ctrl(g, i, full_ctrl(hash));
                t.used += 1;
                t.growth_left -= 1;
                return;
            }
            stride += 1;
            pos = (pos + stride) & mask;
        }
    }
}

/// Calls `f` with every full slot of the `ngroups` groups at `groups`.
///
/// # Safety
/// `groups` must hold `ngroups` groups of `lay`.
unsafe fn for_each_full(
    lay: &MapLayout,
    groups: *mut u8,
    ngroups: u64,
    mut f: impl FnMut(*mut u8),
) {
    for gi in 0..ngroups {
        // SAFETY: `gi < ngroups`; masked slots are full.
        unsafe {
            let g = lay.group(groups, gi);
            let mut mt = match_full(ctrl(g));
            while mt != 0 {
                f(lay.slot(g, first(mt)));
                mt &= mt - 1;
            }
        }
    }
}

/// Points directory entries `[start, start + n)` at `t`.
///
/// # Safety
/// The range must lie within the directory.
unsafe fn install(m: &mut Map, t: *mut Table, start: u64, n: u64) {
    for j in start..start + n {
        // SAFETY: `j < dir_len` (caller contract).
        unsafe { wbarrier::write_ptr((m.dir as *mut u64).add(j as usize), t as u64) };
    }
}

/// Turns a full small map into a map with one 16-slot table. The small
/// group is left as it was, for iterators that are walking it.
///
/// # Safety
/// `m` must be a small map of `lay` with a full group.
unsafe fn small_to_table(m: &mut Map, lay: &MapLayout) {
    let t = new_table(lay, 2 * SLOTS as u64, 0, 0);
    // SAFETY: the group holds 8 full slots, the new table has room for 14.
    unsafe {
        for_each_full(lay, m.dir, 1, |s| {
            insert_moved(&mut *t, lay, lay.slot_hash(s, m.seed), s)
        });
        let dir = new_directory(1);
        wbarrier::write_ptr(dir as *mut u64, t as u64);
        wbarrier::write_ptr(&raw mut m.dir as *mut u64, dir as u64);
    }
    m.dir_len = 1;
    m.global_depth = 0;
}

/// Makes room in the full table `tp` (no growth left): rebuilds it
/// without tombstones if they are at least half its load, else doubles
/// it, or splits it once it has the maximum capacity. The old table
/// becomes stale and is not modified.
///
/// # Safety
/// `tp` must be a live table of map `m` with layout `lay`.
unsafe fn grow(m: &mut Map, lay: &MapLayout, tp: *mut Table) {
    // SAFETY: `tp` is live: its fields and groups are valid, and its block
    // of the directory is `[index, index + 2^(global - local))`.
    unsafe {
        let t = &mut *tp;
        let max_load = t.capacity * 7 / 8;
        let ngroups = t.capacity / SLOTS as u64;
        if t.used * 2 <= max_load || t.capacity < MAX_TABLE_CAPACITY {
            let cap = if t.used * 2 <= max_load {
                t.capacity
            } else {
                t.capacity * 2
            };
            let nt = new_table(lay, cap, t.local_depth, t.index);
            for_each_full(lay, t.groups, ngroups, |s| {
                insert_moved(&mut *nt, lay, lay.slot_hash(s, m.seed), s)
            });
            install(m, nt, t.index as u64, 1 << (m.global_depth - t.local_depth));
            t.index = -1;
            return;
        }
        if t.local_depth == m.global_depth {
            grow_directory(m);
        }
        let ld = t.local_depth;
        let size = 1u64 << (m.global_depth - ld);
        let left = new_table(lay, t.capacity, ld + 1, t.index);
        let right = new_table(lay, t.capacity, ld + 1, t.index + (size / 2) as i64);
        for_each_full(lay, t.groups, ngroups, |s| {
            let h = lay.slot_hash(s, m.seed);
            // The hash bit after the `ld` bits that chose this table.
            let dst = if (h << ld) >> 63 == 0 { left } else { right };
            insert_moved(&mut *dst, lay, h, s);
        });
        install(m, left, t.index as u64, size / 2);
        install(m, right, t.index as u64 + size / 2, size / 2);
        t.index = -1;
    }
}

/// Doubles the directory: entry `j` becomes entries `2j` and `2j + 1`, and
/// every table's first index doubles.
///
/// # Safety
/// `m` must have a directory.
unsafe fn grow_directory(m: &mut Map) {
    let old = m.dir as *mut *mut Table;
    let n = m.dir_len;
    let new = new_directory(2 * n);
    let mut j = 0;
    while j < n {
        // SAFETY: `j < n` indexes the old directory; each table's block
        // starts at its `index`, so stepping by block sizes visits each
        // table once; `2j + 2 * size <= 2n` stays in the new one.
        unsafe {
            let t = *old.add(j as usize);
            let size = 1u64 << (m.global_depth - (*t).local_depth);
            for k in 2 * j..2 * (j + size) {
                wbarrier::write_ptr(new.add(k as usize) as *mut u64, t as u64);
            }
            (*t).index = 2 * j as i64;
            j += size;
        }
    }
    // SAFETY: the map's directory word.
    unsafe { wbarrier::write_ptr(&raw mut m.dir as *mut u64, new as u64) };
    m.dir_len = 2 * n;
    m.global_depth += 1;
}

/// `m[k]` for assignment: the element for `k`, inserted (zero) if absent.
///
/// # Safety
/// `m` must be null or a live map whose key type matches `K`.
#[inline(always)]
unsafe fn assign<K: MapKey>(g: *mut G, m: *mut Map, k: K) -> *mut u8 {
    if m.is_null() {
        panic_plain_error(g, b"assignment to entry in nil map");
    }
    // SAFETY: `m` is live with a valid layout; slots come from its groups
    // and tables as described in the module documentation.
    unsafe {
        let m = &mut *m;
        let lay = &*m.layout;
        let hash = k.hash(lay, m.seed);
        loop {
            if m.dir_len == 0 {
                if m.dir.is_null() {
                    let g = new_groups(lay, 1);
                    wbarrier::write_ptr(&raw mut m.dir as *mut u64, g as u64);
                }
                let g = m.dir;
                let c = ctrl(g);
                let mut mt = match_h2(c, hash & 0x7f);
                while mt != 0 {
                    let s = lay.slot(g, first(mt));
                    if k.equals(lay, s) {
                        k.update(lay, s);
                        return lay.elem_of(s);
                    }
                    mt &= mt - 1;
                }
                let free = match_free(c);
                if free != 0 {
                    let i = first(free);
                    let s = lay.slot(g, i);
                    k.store(lay, s);
                    set_ctrl(g, i, full_ctrl(hash));
                    m.count += 1;
                    return lay.new_elem(s);
                }
                small_to_table(m, lay);
                continue;
            }
            let tp = table_for(m, hash);
            let t = &mut *tp;
            let mask = t.capacity / SLOTS as u64 - 1;
            let mut pos = (hash >> 7) & mask;
            let mut stride = 0;
            let mut free = NOT_FOUND;
            loop {
                let g = lay.group(t.groups, pos);
                let c = ctrl(g);
                let mut mt = match_h2(c, hash & 0x7f);
                while mt != 0 {
                    let s = lay.slot(g, first(mt));
                    if k.equals(lay, s) {
                        k.update(lay, s);
                        return lay.elem_of(s);
                    }
                    mt &= mt - 1;
                }
                let empty = match_empty(c);
                if free.g.is_null() {
                    let f = match_free(c);
                    if f != 0 {
                        // Reuse a tombstone before an empty slot: it costs
                        // no growth.
                        let tomb = f & !empty;
                        free = Found {
                            g,
                            i: first(if tomb != 0 { tomb } else { f }),
                        };
                    }
                }
                if empty != 0 {
                    break;
                }
                stride += 1;
                pos = (pos + stride) & mask;
            }
            if *free.g.add(free.i) == CTRL_EMPTY {
                if t.growth_left == 0 {
                    grow(m, lay, tp);
                    continue;
                }
                t.growth_left -= 1;
            }
            let s = lay.slot(free.g, free.i);
            k.store(lay, s);
            set_ctrl(free.g, free.i, full_ctrl(hash));
            t.used += 1;
            m.count += 1;
            return lay.new_elem(s);
        }
    }
}

/// `delete(m, k)` on a non-empty map.
///
/// # Safety
/// `m` must be a live map whose key type matches `K`, with `count > 0`.
#[inline(always)]
unsafe fn delete<K: MapKey>(m: &mut Map, k: K) {
    // SAFETY: as in `assign`.
    unsafe {
        let lay = &*m.layout;
        if m.dir_len == 0 {
            let f = find(m, lay, k);
            if f.g.is_null() {
                return;
            }
            lay.clear_slot(lay.slot(f.g, f.i));
            // A small map is never probed past its group: no tombstones.
            set_ctrl(f.g, f.i, CTRL_EMPTY);
        } else {
            let hash = k.hash(lay, m.seed);
            let t = &mut *table_for(m, hash);
            let f = table_find(t, lay, hash, k);
            if f.g.is_null() {
                return;
            }
            lay.clear_slot(lay.slot(f.g, f.i));
            // A group with an empty slot has always had one, so no probe
            // ever went past it and the slot can be empty again.
            if match_empty(ctrl(f.g)) != 0 {
                set_ctrl(f.g, f.i, CTRL_EMPTY);
                t.growth_left += 1;
            } else {
                set_ctrl(f.g, f.i, CTRL_DELETED);
            }
            t.used -= 1;
        }
        m.count -= 1;
        if m.count == 0 {
            // As gc: a new seed, so a map emptied and refilled does not
            // keep a hash order an attacker has learned.
            m.seed = alg::rand();
        }
    }
}

/// `clear(m)`: removes every entry, keeps the allocated tables, and ends
/// iterations in progress.
///
/// # Safety
/// `m` must be a live map.
unsafe fn clear(m: &mut Map) {
    // SAFETY: the directory and tables of a live map are valid.
    unsafe {
        let lay = &*m.layout;
        if m.dir_len == 0 {
            if m.count == 0 {
                return;
            }
            wbarrier::clear(m.dir, lay.group_size);
        } else {
            let mut j = 0;
            let mut dirty = m.count != 0;
            while j < m.dir_len {
                let t = &*table_for_index(m, j);
                dirty |= t.growth_left != t.capacity * 7 / 8;
                j += 1 << (m.global_depth - t.local_depth);
            }
            if !dirty {
                return;
            }
            let mut j = 0;
            while j < m.dir_len {
                let t = &mut *table_for_index(m, j);
                wbarrier::clear(
                    t.groups,
                    (t.capacity / SLOTS as u64) as usize * lay.group_size,
                );
                t.used = 0;
                t.growth_left = t.capacity * 7 / 8;
                j += 1 << (m.global_depth - t.local_depth);
            }
        }
        m.count = 0;
        m.clear_seq += 1;
        m.seed = alg::rand();
    }
}

/// Directory entry `j`.
///
/// # Safety
/// `j < m.dir_len`.
#[inline(always)]
unsafe fn table_for_index(m: &Map, j: u64) -> *mut Table {
    // SAFETY: in bounds by the caller's contract.
    unsafe { *(m.dir as *mut *mut Table).add(j as usize) }
}

/// Panics as gc does when looking up (or deleting) `key` in a nil or
/// empty map would have hashed an unhashable value.
///
/// # Safety
/// `t` must be a valid map type and `key` point to a key of it.
unsafe fn check_key(m: *const Map, t: *const Type, key: *const u8) {
    // SAFETY: caller contract; a non-null map has a valid layout.
    unsafe {
        let kt = &*map_info(t).key;
        let might = if m.is_null() {
            alg::hash_might_panic(kt)
        } else {
            (*(*m).layout).hash_might_panic
        };
        if might {
            typehash(kt, key, 0);
        }
    }
}

// ---------------------------------------------------------------------
// Iteration.

impl Iter {
    /// Sets the current entry.
    #[inline(always)]
    fn yield_entry(&mut self, k: *const u8, e: *const u8) {
        self.set(IterPtr::Key, k as u64);
        self.set(IterPtr::Elem, e as u64);
    }

    /// Ends the iteration (and drops the map reference).
    fn finish(&mut self) {
        self.set(IterPtr::Key, 0);
        self.set(IterPtr::Elem, 0);
        self.set(IterPtr::Map, 0);
        self.set(IterPtr::Tab, 0);
        self.set(IterPtr::Groups, 0);
    }

    /// Sets one of its pointer fields (an iterator is a heap object: the
    /// write barrier applies).
    #[inline(always)]
    fn set(&mut self, f: IterPtr, v: u64) {
        let slot = match f {
            IterPtr::Key => &raw mut self.key as *mut u64,
            IterPtr::Elem => &raw mut self.elem as *mut u64,
            IterPtr::Map => &raw mut self.m as *mut u64,
            IterPtr::Tab => &raw mut self.tab as *mut u64,
            IterPtr::Groups => &raw mut self.groups as *mut u64,
        };
        // SAFETY: a pointer field of this iterator.
        unsafe { wbarrier::write_ptr(slot, v) };
    }
}

/// The pointer fields of an [`Iter`].
#[derive(Clone, Copy)]
enum IterPtr {
    Key,
    Elem,
    Map,
    Tab,
    Groups,
}

/// For an entry of a stale group or table (in slot `s`): its current key
/// and element in the live map, or `None` if it has been deleted.
///
/// # Safety
/// `s` must be a full slot of a group of `m`'s layout.
unsafe fn recheck(m: &Map, lay: &MapLayout, s: *mut u8) -> Option<(*const u8, *const u8)> {
    // SAFETY: the stale slot still holds a key of the key type; `find`
    // runs on the live map.
    unsafe {
        let k = lay.key_of(s);
        if !typeequal(&*lay.key, k, k) {
            // A NaN (or a key containing one) cannot be found, updated or
            // deleted except by `clear`, which ends the iteration.
            return Some((k, lay.elem_of(s)));
        }
        if m.count == 0 {
            return None;
        }
        let f = find(m, lay, Generic(k));
        if f.g.is_null() {
            return None;
        }
        let ns = lay.slot(f.g, f.i);
        Some((lay.key_of(ns), lay.elem_of(ns)))
    }
}

/// Advances `it` to the next entry (or the end).
///
/// # Safety
/// `it` must come from [`mapiterinit`] and its map be live.
unsafe fn iter_next(it: &mut Iter) {
    if it.m.is_null() {
        return;
    }
    // SAFETY: the iterator's map, layout, table and groups stay valid
    // (stale tables and groups are never freed while referenced, nor
    // modified); indices are masked to the walked table's size.
    unsafe {
        let m = &*it.m;
        let lay = &*it.layout;
        if m.clear_seq != it.clear_seq {
            return it.finish();
        }
        if it.small != 0 {
            let g = it.groups;
            while it.entry_idx < SLOTS as u64 {
                let i = ((it.entry_idx + it.entry_offset) & (SLOTS as u64 - 1)) as usize;
                it.entry_idx += 1;
                if *g.add(i) & CTRL_FULL == 0 {
                    continue;
                }
                let s = lay.slot(g, i);
                if m.dir_len == 0 && m.dir == g {
                    return it.yield_entry(lay.key_of(s), lay.elem_of(s));
                }
                if let Some((k, e)) = recheck(m, lay, s) {
                    return it.yield_entry(k, e);
                }
            }
            return it.finish();
        }
        loop {
            if m.global_depth > it.global_depth {
                // The directory doubled: the same positions, in new units.
                let d = m.global_depth - it.global_depth;
                it.dir_idx <<= d;
                it.dir_offset <<= d;
                it.global_depth = m.global_depth;
            }
            if it.tab.is_null() {
                if it.dir_idx >= m.dir_len {
                    return it.finish();
                }
                let j = (it.dir_idx + it.dir_offset) & (m.dir_len - 1);
                it.set(IterPtr::Tab, table_for_index(m, j) as u64);
                it.set(IterPtr::Groups, (*it.tab).groups as u64);
                it.entry_idx = 0;
            }
            let t = &*it.tab;
            let cap = t.capacity;
            while it.entry_idx < cap {
                let e = (it.entry_idx + it.entry_offset) & (cap - 1);
                it.entry_idx += 1;
                let g = lay.group(it.groups, e / SLOTS as u64);
                let i = (e % SLOTS as u64) as usize;
                if *g.add(i) & CTRL_FULL == 0 {
                    continue;
                }
                let s = lay.slot(g, i);
                if t.index >= 0 {
                    return it.yield_entry(lay.key_of(s), lay.elem_of(s));
                }
                if let Some((k, e)) = recheck(m, lay, s) {
                    return it.yield_entry(k, e);
                }
            }
            // Skip the whole block the table had: if it was split since,
            // its halves hold only entries already seen or new ones.
            it.dir_idx += 1 << (it.global_depth - t.local_depth);
            it.set(IterPtr::Tab, 0);
        }
    }
}

// ---------------------------------------------------------------------
// Entry points (abi.md section 8).

/// `make(map[K]V, hint)`: a new map of map type `t` with room for `hint`
/// entries (a negative or impossibly large hint counts as 0, as in gc).
///
/// # Safety
/// `t` must be a valid map type descriptor.
#[export_name = "runtime.makemap"]
pub unsafe extern "C" fn makemap(_g: *mut G, t: *const Type, hint: i64) -> *mut Map {
    // SAFETY: caller contract.
    let lay = unsafe { layout_for(&*t) };
    let m = mem::malloc(size_of::<Map>(), Some(&MAP_TYPE.0)) as *mut Map;
    // SAFETY: `m` is a fresh Map allocation; `lay` is a valid layout.
    unsafe {
        m.write(Map {
            count: 0,
            dir: null_mut(),
            layout: lay,
            seed: alg::rand(),
            dir_len: 0,
            clear_seq: 0,
            global_depth: 0,
        });
        if hint > SLOTS as i64 {
            presize(&mut *m, &*lay, hint as u64);
        }
    }
    m
}

/// Gives an empty map tables for `hint` entries: capacity `8/7 * hint`
/// rounded up to a power of two, in tables of at most 1024 slots.
fn presize(m: &mut Map, lay: &MapLayout, hint: u64) {
    let Some(target) = hint.checked_mul(8).map(|n| n.div_ceil(7)) else {
        return;
    };
    let Some(cap) = target.checked_next_power_of_two() else {
        return;
    };
    let bytes = (cap / SLOTS as u64).checked_mul(lay.group_size as u64);
    if bytes.is_none_or(|b| b > MAX_ALLOC) {
        return;
    }
    let ntables = (cap / MAX_TABLE_CAPACITY).max(1);
    let depth = ntables.trailing_zeros() as u8;
    let dir = new_directory(ntables);
    for i in 0..ntables {
        // SAFETY: `i < ntables`, the directory's length.
        unsafe { *dir.add(i as usize) = new_table(lay, cap / ntables, depth, i as i64) };
    }
    m.dir = dir as *mut u8;
    m.dir_len = ntables;
    m.global_depth = depth;
}

/// `m[key]`: the element's address, or of a zero value if absent (never
/// null; the result must not be written).
///
/// # Safety
/// `t` must be the map's type, `m` null or a live map of it, `key` a
/// pointer to a key value.
#[export_name = "runtime.mapaccess1"]
pub unsafe extern "C" fn mapaccess1(
    _g: *mut G,
    t: *const Type,
    m: *const Map,
    key: *const u8,
) -> *const u8 {
    // SAFETY: caller contract.
    unsafe {
        if m.is_null() || (*m).count == 0 {
            check_key(m, t, key);
            return zero_for(t);
        }
        let e = lookup(m, Generic(key));
        if e.is_null() {
            (*(*m).layout).zero
        } else {
            e
        }
    }
}

/// `v, ok := m[key]`: as [`mapaccess1`], and whether the key is present.
///
/// # Safety
/// As for [`mapaccess1`].
#[export_name = "runtime.mapaccess2"]
pub unsafe extern "C" fn mapaccess2(
    _g: *mut G,
    t: *const Type,
    m: *const Map,
    key: *const u8,
) -> Pair {
    // SAFETY: caller contract.
    unsafe {
        if m.is_null() || (*m).count == 0 {
            check_key(m, t, key);
            return Pair {
                a: zero_for(t) as u64,
                b: 0,
            };
        }
        result2(lookup(m, Generic(key)), (*(*m).layout).zero)
    }
}

/// The two-word result of the `mapaccess2` family.
#[inline(always)]
fn result2(e: *mut u8, zero: *const u8) -> Pair {
    if e.is_null() {
        Pair {
            a: zero as u64,
            b: 0,
        }
    } else {
        Pair { a: e as u64, b: 1 }
    }
}

/// `m[key] = ...`: the address to store the element at (inserting the
/// key with a zero element if absent). Panics `assignment to entry in nil
/// map` for a nil map.
///
/// # Safety
/// `t` must be the map's type, `m` null or a live map of it, `key` a
/// pointer to a key value.
#[export_name = "runtime.mapassign"]
pub unsafe extern "C" fn mapassign(
    g: *mut G,
    _t: *const Type,
    m: *mut Map,
    key: *const u8,
) -> *mut u8 {
    // SAFETY: caller contract.
    unsafe { assign(g, m, Generic(key)) }
}

/// `delete(m, key)`; nothing for a nil map or an absent key.
///
/// # Safety
/// As for [`mapassign`].
#[export_name = "runtime.mapdelete"]
pub unsafe extern "C" fn mapdelete(_g: *mut G, t: *const Type, m: *mut Map, key: *const u8) {
    // SAFETY: caller contract.
    unsafe {
        if m.is_null() || (*m).count == 0 {
            return check_key(m, t, key);
        }
        delete(&mut *m, Generic(key))
    }
}

/// `clear(m)`; nothing for a nil map.
///
/// # Safety
/// `m` must be null or a live map.
#[export_name = "runtime.mapclear"]
pub unsafe extern "C" fn mapclear(_g: *mut G, _t: *const Type, m: *mut Map) {
    if !m.is_null() {
        // SAFETY: caller contract.
        unsafe { clear(&mut *m) }
    }
}

/// Starts `for k, v := range m`: returns an iterator positioned at the
/// first entry (key pointer at offset 0, element pointer at offset 8; a
/// null key means there are no entries). For a nil or empty map it is a
/// shared read-only iterator that has ended.
///
/// # Safety
/// `t` must be the map's type and `m` null or a live map of it.
#[export_name = "runtime.mapiterinit"]
pub unsafe extern "C" fn mapiterinit(_g: *mut G, _t: *const Type, m: *mut Map) -> *mut Iter {
    // SAFETY: caller contract; a non-empty map's directory is valid.
    unsafe {
        if m.is_null() || (*m).count == 0 {
            return &ENDED_ITER.0 as *const Iter as *mut Iter;
        }
        let mm = &*m;
        let it = mem::malloc(size_of::<Iter>(), Some(&ITER_TYPE.0)) as *mut Iter;
        let r = alg::rand();
        let (small, groups, dir_offset) = if mm.dir_len == 0 {
            (1, mm.dir, 0)
        } else {
            // Start at a block boundary: the table there starts its block.
            let j = (r >> 32) & (mm.dir_len - 1);
            (0, null_mut(), (*table_for_index(mm, j)).index as u64)
        };
        it.write(Iter {
            key: null(),
            elem: null(),
            m,
            tab: null_mut(),
            groups,
            layout: mm.layout,
            entry_offset: r,
            dir_offset,
            dir_idx: 0,
            entry_idx: 0,
            clear_seq: mm.clear_seq,
            global_depth: mm.global_depth,
            small,
        });
        iter_next(&mut *it);
        it
    }
}

/// Advances a `range` loop's iterator to the next entry; its key pointer
/// becomes null at the end.
///
/// # Safety
/// `it` must come from [`mapiterinit`].
#[export_name = "runtime.mapiternext"]
pub unsafe extern "C" fn mapiternext(_g: *mut G, it: *mut Iter) {
    // SAFETY: caller contract. The shared ended iterator (null map) lives
    // in read-only memory: it is only read, never borrowed mutably.
    unsafe {
        if (*it).m.is_null() {
            return;
        }
        iter_next(&mut *it)
    }
}

/// Generates the fast entry points for one key kind.
macro_rules! fast_variants {
    ($access1:literal, $access2:literal, $assign:literal, $delete:literal,
     $f1:ident, $f2:ident, $fa:ident, $fd:ident, $key:ty, ($($arg:ident: $argty:ty),*), $make:expr) => {
        /// `m[key]` for this key kind (see `mapaccess1`).
        ///
        /// # Safety
        /// `t` must be the map's type, `m` null or a live map of it.
        #[export_name = $access1]
        pub unsafe extern "C" fn $f1(_g: *mut G, t: *const Type, m: *const Map, $($arg: $argty),*) -> *const u8 {
            let k: $key = $make;
            // SAFETY: caller contract.
            unsafe {
                let e = lookup(m, k);
                if !e.is_null() {
                    e
                } else if m.is_null() {
                    zero_for(t)
                } else {
                    (*(*m).layout).zero
                }
            }
        }

        /// `v, ok := m[key]` for this key kind (see `mapaccess2`).
        ///
        /// # Safety
        /// As for the `mapaccess1` variant.
        #[export_name = $access2]
        pub unsafe extern "C" fn $f2(_g: *mut G, t: *const Type, m: *const Map, $($arg: $argty),*) -> Pair {
            let k: $key = $make;
            // SAFETY: caller contract.
            unsafe {
                let zero = if m.is_null() { zero_for(t) } else { (*(*m).layout).zero };
                result2(lookup(m, k), zero)
            }
        }

        /// `m[key] = ...` for this key kind (see `mapassign`).
        ///
        /// # Safety
        /// As for the `mapaccess1` variant.
        #[export_name = $assign]
        pub unsafe extern "C" fn $fa(g: *mut G, _t: *const Type, m: *mut Map, $($arg: $argty),*) -> *mut u8 {
            let k: $key = $make;
            // SAFETY: caller contract.
            unsafe { assign(g, m, k) }
        }

        /// `delete(m, key)` for this key kind (see `mapdelete`).
        ///
        /// # Safety
        /// As for the `mapaccess1` variant.
        #[export_name = $delete]
        pub unsafe extern "C" fn $fd(_g: *mut G, _t: *const Type, m: *mut Map, $($arg: $argty),*) {
            let k: $key = $make;
            // SAFETY: caller contract.
            unsafe {
                if !m.is_null() && (*m).count != 0 {
                    delete(&mut *m, k)
                }
            }
        }
    };
}

fast_variants!(
    "runtime.mapaccess1_fast64", "runtime.mapaccess2_fast64", "runtime.mapassign_fast64",
    "runtime.mapdelete_fast64", mapaccess1_fast64, mapaccess2_fast64, mapassign_fast64,
    mapdelete_fast64, Fast64, (key: u64), Fast64(key)
);
fast_variants!(
    "runtime.mapaccess1_fast32", "runtime.mapaccess2_fast32", "runtime.mapassign_fast32",
    "runtime.mapdelete_fast32", mapaccess1_fast32, mapaccess2_fast32, mapassign_fast32,
    mapdelete_fast32, Fast32, (key: u32), Fast32(key)
);
fast_variants!(
    "runtime.mapaccess1_faststr", "runtime.mapaccess2_faststr", "runtime.mapassign_faststr",
    "runtime.mapdelete_faststr", mapaccess1_faststr, mapaccess2_faststr, mapassign_faststr,
    mapdelete_faststr, FastStr, (ptr: *const u8, len: u64), FastStr(ptr, len as usize)
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alg::tests::{panic_text, run_child};
    use crate::types::test_types::*;
    use core::hash::Hash;
    use core::mem::offset_of;
    use std::boxed::Box;
    use std::collections::{HashMap, HashSet};
    use std::string::String;
    use std::vec::Vec;

    /// xorshift64*: reproducible test randomness.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn g() -> *mut G {
        null_mut()
    }

    fn len(m: *const Map) -> i64 {
        if m.is_null() {
            0
        } else {
            // SAFETY: a live map.
            unsafe { (*m).count }
        }
    }

    fn make(t: &'static Type, hint: i64) -> *mut Map {
        // SAFETY: `t` is a map type.
        unsafe { makemap(g(), t, hint) }
    }

    /// Every (key, elem) pointer pair a full iteration produces.
    fn entries(t: &'static Type, m: *mut Map) -> Vec<(*const u8, *const u8)> {
        let mut out = Vec::new();
        // SAFETY: `m` is null or a live map of `t`.
        unsafe {
            let it = mapiterinit(g(), t, m);
            while !(*it).key.is_null() {
                out.push(((*it).key, (*it).elem));
                mapiternext(g(), it);
            }
            // Further calls at the end change nothing.
            mapiternext(g(), it);
            assert!((*it).key.is_null());
        }
        out
    }

    /// Checks the structure: counts, growth budgets, directory blocks, and
    /// that every key sits in the table its hash selects.
    fn check_invariants(m: *mut Map) {
        // SAFETY: `m` is a live map; the walk reads its directory, tables
        // and groups as the module documentation describes.
        unsafe {
            let m = &*m;
            let lay = &*m.layout;
            if m.dir_len == 0 {
                let n = if m.dir.is_null() {
                    0
                } else {
                    match_full(ctrl(m.dir)).count_ones()
                };
                assert_eq!(n as i64, m.count);
                return;
            }
            assert_eq!(m.dir_len, 1 << m.global_depth);
            let mut total = 0;
            let mut j = 0;
            while j < m.dir_len {
                let tp = table_for_index(m, j);
                let t = &*tp;
                assert_eq!(t.index, j as i64, "table index");
                assert!(t.local_depth <= m.global_depth);
                let size = 1u64 << (m.global_depth - t.local_depth);
                assert_eq!(j % size, 0, "aligned block");
                for k in j..j + size {
                    assert_eq!(table_for_index(m, k), tp);
                }
                let ngroups = t.capacity / SLOTS as u64;
                let (mut full, mut tomb) = (0, 0);
                for gi in 0..ngroups {
                    let c = ctrl(lay.group(t.groups, gi));
                    full += match_full(c).count_ones() as u64;
                    tomb += (match_free(c) & !match_empty(c)).count_ones() as u64;
                    assert_ne!(match_empty(c) | match_full(c) | match_free(c), 0);
                }
                assert_eq!(full, t.used);
                assert_eq!(t.used + tomb + t.growth_left, t.capacity * 7 / 8);
                for_each_full(lay, t.groups, ngroups, |s| {
                    let k = lay.key_of(s);
                    if typeequal(&*lay.key, k, k) {
                        let h = lay.slot_hash(s, m.seed);
                        assert_eq!(table_for(m, h), tp, "key in the wrong table");
                        assert!(
                            !table_find(t, lay, h, Generic(k)).g.is_null(),
                            "key unreachable"
                        );
                    }
                });
                total += t.used;
                j += size;
            }
            assert_eq!(total as i64, m.count);
        }
    }

    /// Which fast entry points a key type can use.
    #[derive(Clone, Copy, PartialEq)]
    enum Fast {
        No,
        U64,
        U32,
        Str,
    }

    /// A key: its model value and two separately allocated Go values
    /// (equal, at different addresses).
    struct Key<K> {
        model: K,
        a: &'static [u64],
        b: &'static [u64],
    }

    fn words(v: Vec<u64>) -> &'static [u64] {
        Box::leak(v.into_boxed_slice())
    }

    /// A Go string's words, with its own copy of the bytes.
    fn go_string(s: &str) -> [u64; 2] {
        let b: &'static [u8] = Box::leak(s.as_bytes().to_vec().into_boxed_slice());
        [b.as_ptr() as u64, b.len() as u64]
    }

    /// Random operations on a map of `mt` (elements `int`) against a
    /// `HashMap`, through the generic and (randomly) the fast entry
    /// points; the contents and the structure are checked periodically.
    fn random_ops<K: Clone + Eq + Hash + core::fmt::Debug>(
        mt: &'static Type,
        keys: &[Key<K>],
        fast: Fast,
        decode: impl Fn(*const u8) -> K,
        ops: usize,
        seed: u64,
    ) {
        let mut rng = Rng(seed);
        let mut model: HashMap<K, i64> = HashMap::new();
        let m = make(
            mt,
            if seed.is_multiple_of(2) {
                0
            } else {
                (seed % 3000) as i64
            },
        );
        let check_every = ops / 20;
        for op in 0..ops {
            let k = &keys[rng.below(keys.len())];
            let go = if rng.next().is_multiple_of(2) {
                k.a
            } else {
                k.b
            };
            let use_fast = fast != Fast::No && rng.next().is_multiple_of(2);
            let p = go.as_ptr() as *const u8;
            // SAFETY: `m` is a live map of `mt` and `go` a key of its type.
            unsafe {
                match rng.below(8) {
                    0..=3 => {
                        let v = rng.next() as i64;
                        let e = match (use_fast, fast) {
                            (true, Fast::U64) => mapassign_fast64(g(), mt, m, go[0]),
                            (true, Fast::U32) => mapassign_fast32(g(), mt, m, go[0] as u32),
                            (true, Fast::Str) => {
                                mapassign_faststr(g(), mt, m, go[0] as *const u8, go[1])
                            }
                            _ => mapassign(g(), mt, m, p),
                        } as *mut i64;
                        let old = *e;
                        assert_eq!(
                            old,
                            model.get(&k.model).copied().unwrap_or(0),
                            "{:?}",
                            k.model
                        );
                        *e = v;
                        model.insert(k.model.clone(), v);
                    }
                    4 | 5 => {
                        match (use_fast, fast) {
                            (true, Fast::U64) => mapdelete_fast64(g(), mt, m, go[0]),
                            (true, Fast::U32) => mapdelete_fast32(g(), mt, m, go[0] as u32),
                            (true, Fast::Str) => {
                                mapdelete_faststr(g(), mt, m, go[0] as *const u8, go[1])
                            }
                            _ => mapdelete(g(), mt, m, p),
                        }
                        model.remove(&k.model);
                    }
                    _ => {
                        let r = match (use_fast, fast) {
                            (true, Fast::U64) => mapaccess2_fast64(g(), mt, m, go[0]),
                            (true, Fast::U32) => mapaccess2_fast32(g(), mt, m, go[0] as u32),
                            (true, Fast::Str) => {
                                mapaccess2_faststr(g(), mt, m, go[0] as *const u8, go[1])
                            }
                            _ => mapaccess2(g(), mt, m, p),
                        };
                        let want = model.get(&k.model).copied();
                        assert_eq!(r.b == 1, want.is_some());
                        assert_eq!(*(r.a as *const i64), want.unwrap_or(0));
                        let e1 = match (use_fast, fast) {
                            (true, Fast::U64) => mapaccess1_fast64(g(), mt, m, go[0]),
                            (true, Fast::U32) => mapaccess1_fast32(g(), mt, m, go[0] as u32),
                            (true, Fast::Str) => {
                                mapaccess1_faststr(g(), mt, m, go[0] as *const u8, go[1])
                            }
                            _ => mapaccess1(g(), mt, m, p),
                        };
                        assert_eq!(e1 as u64, r.a);
                    }
                }
            }
            assert_eq!(len(m), model.len() as i64);
            if op % check_every == check_every - 1 {
                check_invariants(m);
                let mut seen = HashMap::new();
                for (kp, ep) in entries(mt, m) {
                    // SAFETY: iteration yields pointers to a key and an int.
                    let v = unsafe { *(ep as *const i64) };
                    assert!(seen.insert(decode(kp), v).is_none(), "key produced twice");
                }
                assert_eq!(seen, model);
            }
        }
        // SAFETY: a live map.
        unsafe { mapclear(g(), mt, m) };
        assert_eq!(len(m), 0);
        check_invariants(m);
        assert!(entries(mt, m).is_empty());
    }

    #[test]
    fn layouts_match_abi() {
        assert_eq!(offset_of!(Map, count), 0);
        assert_eq!(offset_of!(Iter, key), 0);
        assert_eq!(offset_of!(Iter, elem), 8);
        assert_eq!(size_of::<Map>() as u64, MAP_TYPE.0.size);
        assert_eq!(size_of::<Table>() as u64, TABLE_TYPE.0.size);
        assert_eq!(offset_of!(Map, dir), 8);
        assert_eq!(offset_of!(Map, layout), 16);
        assert_eq!(offset_of!(Iter, layout), 40);
        assert_eq!(size_of::<Iter>() as u64, ITER_TYPE.0.size);
    }

    #[test]
    fn control_word_matching() {
        let c = u64::from_le_bytes([0x85, 0x00, 0x01, 0x85, 0x05, 0x86, 0x00, 0xff]);
        assert_eq!(match_h2(c, 5), 0x80 | 0x80 << 24);
        assert_eq!(match_h2(c, 0x7f), 0x80 << 56);
        assert_eq!(match_empty(c), 0x80 << 8 | 0x80 << 48);
        assert_eq!(
            match_free(c),
            0x80 << 8 | 0x80 << 16 | 0x80 << 32 | 0x80 << 48
        );
        assert_eq!(match_full(c), 0x80 | 0x80 << 24 | 0x80 << 40 | 0x80 << 56);
        assert_eq!(first(match_empty(c)), 1);
        // Every byte value against every h2: exact matches only.
        for b in 0..=255u8 {
            for h2 in 0..128u64 {
                let c = u64::from_le_bytes([0, b, 0x80, 0xff, b, 1, 0x81, b]);
                let m = match_h2(c, h2);
                for i in 0..8 {
                    let byte = c.to_le_bytes()[i];
                    assert_eq!(m >> (8 * i + 7) & 1 == 1, byte == 0x80 | h2 as u8);
                }
            }
        }
    }

    #[test]
    fn group_descriptors() {
        let lay = |mt: &'static Type| {
            // SAFETY: a map type.
            unsafe { &*layout_for(mt) }
        };
        let bits = |t: &Type| {
            (0..t.ptrdata / 8)
                // SAFETY: `w` is within the bitmap.
                .filter(|&w| unsafe { t.is_pointer_word(w) })
                .collect::<Vec<_>>()
        };
        let l = lay(map(string(), int(), "map[string]int"));
        assert_eq!((l.slot_size, l.elem_off, l.group_size), (24, 16, 200));
        assert_eq!(l.group.ptrdata, 23 * 8);
        assert_eq!(
            bits(&l.group),
            (0..8).map(|i| 1 + 3 * i).collect::<Vec<_>>()
        );
        let l = lay(map(int(), pointer(int(), "*int"), "map[int]*int"));
        assert_eq!(
            bits(&l.group),
            (0..8).map(|i| 2 + 2 * i).collect::<Vec<_>>()
        );
        let l = lay(map(int(), int(), "map[int]int"));
        assert_eq!((l.group.size, l.group.ptrdata), (136, 0));
        let l = lay(map(int32(), uint8(), "map[int32]uint8"));
        assert_eq!((l.slot_size, l.elem_off, l.group_size), (8, 4, 72));
        let big = array(int(), 20, "[20]int");
        let l = lay(map(
            big,
            array(string(), 10, "[10]string"),
            "map[[20]int][10]string",
        ));
        assert!(l.indirect_key && l.indirect_elem);
        assert_eq!(l.slot_size, 16);
        assert_eq!(bits(&l.group).len(), 16);
        let l = lay(map(
            string(),
            structure(&[], "struct {}"),
            "map[string]struct {}",
        ));
        assert_eq!(l.slot_size, 16);
        // The cache returns the same layout for the same type.
        let mt = map(int(), int(), "map[int]int");
        assert_eq!(lay(mt) as *const MapLayout, lay(mt) as *const MapLayout);
    }

    fn int_keys(n: usize) -> Vec<Key<i64>> {
        (0..n as i64)
            .map(|i| {
                let v = i.wrapping_mul(0x1000_0001) ^ (i << 40);
                Key {
                    model: v,
                    a: words(std::vec![v as u64]),
                    b: words(std::vec![v as u64]),
                }
            })
            .collect()
    }

    #[test]
    fn random_int_keys() {
        let mt = map(int(), int(), "map[int]int");
        for (n, seed) in [(5, 1), (20, 2), (3000, 3), (40000, 4)] {
            let keys = int_keys(n);
            let decode = |p: *const u8| {
                // SAFETY: iteration yields pointers to int keys.
                unsafe { *(p as *const i64) }
            };
            random_ops(mt, &keys, Fast::U64, decode, 150_000, seed);
        }
    }

    #[test]
    fn random_int32_keys() {
        let mt = map(int32(), int(), "map[int32]int");
        let keys: Vec<Key<i32>> = (0..5000i32)
            .map(|i| {
                let v = i.wrapping_mul(0x3001) ^ (i << 20);
                Key {
                    model: v,
                    a: words(std::vec![v as u32 as u64]),
                    b: words(std::vec![v as u32 as u64]),
                }
            })
            .collect();
        let decode = |p: *const u8| {
            // SAFETY: iteration yields pointers to int32 keys.
            unsafe { *(p as *const i32) }
        };
        random_ops(mt, &keys, Fast::U32, decode, 100_000, 7);
    }

    fn string_keys(n: usize, rng: &mut Rng) -> Vec<Key<String>> {
        (0..n)
            .map(|i| {
                let len = match i % 5 {
                    0 => i % 4,
                    1 => 8,
                    2 => 5 + i % 12,
                    3 => 17 + i % 40,
                    _ => 60 + rng.below(100),
                };
                let s: String = format!("{i}:{}", "x".repeat(len));
                Key {
                    model: s.clone(),
                    a: words(go_string(&s).to_vec()),
                    b: words(go_string(&s).to_vec()),
                }
            })
            .collect()
    }

    /// The Rust string behind a Go string's words.
    ///
    /// # Safety
    /// `p` must point to a valid Go string.
    unsafe fn read_string(p: *const u8) -> String {
        // SAFETY: caller contract.
        unsafe {
            let w = p as *const usize;
            let b = if *w.add(1) == 0 {
                &[][..]
            } else {
                core::slice::from_raw_parts(*w as *const u8, *w.add(1))
            };
            String::from_utf8(b.to_vec()).unwrap()
        }
    }

    #[test]
    fn random_string_keys() {
        let mt = map(string(), int(), "map[string]int");
        let mut rng = Rng(99);
        for (n, seed) in [(6, 11), (300, 12), (20000, 13)] {
            let mut keys = string_keys(n, &mut rng);
            keys.push(Key {
                model: String::new(),
                a: words(std::vec![0, 0]),
                b: words(go_string("").to_vec()),
            });
            let decode = |p: *const u8| {
                // SAFETY: iteration yields pointers to string keys.
                unsafe { read_string(p) }
            };
            random_ops(mt, &keys, Fast::Str, decode, 120_000, seed);
        }
    }

    #[test]
    fn random_float_keys() {
        let mt = map(float64(), int(), "map[float64]int");
        let keys: Vec<Key<u64>> = (0..3000)
            .map(|i| {
                let f = if i == 0 {
                    0.0
                } else {
                    (i as f64 - 1500.0) * 0.37
                };
                // Equal keys with different bits: the model is +0's bits.
                let (a, b) = if i == 0 { (0.0f64, -0.0f64) } else { (f, f) };
                Key {
                    model: f.to_bits(),
                    a: words(std::vec![a.to_bits()]),
                    b: words(std::vec![b.to_bits()]),
                }
            })
            .collect();
        let decode = |p: *const u8| {
            // SAFETY: a float64 key.
            let f = unsafe { *(p as *const f64) };
            (if f == 0.0 { 0.0 } else { f }).to_bits()
        };
        random_ops(mt, &keys, Fast::No, decode, 100_000, 21);
    }

    #[test]
    fn random_struct_and_array_keys() {
        let st = structure(&[("a", int()), ("s", string())], "main.K");
        let mt = map(st, int(), "map[main.K]int");
        let mut rng = Rng(5);
        let keys: Vec<Key<(i64, String)>> = (0..4000)
            .map(|i| {
                let a = (i % 37) as i64;
                let s = format!("s{}", rng.below(150));
                let mk = |s: &str| {
                    let w = go_string(s);
                    words(std::vec![a as u64, w[0], w[1]])
                };
                Key {
                    model: (a, s.clone()),
                    a: mk(&s),
                    b: mk(&s),
                }
            })
            .collect();
        // SAFETY: iteration yields pointers to main.K keys.
        let decode = |p: *const u8| unsafe { (*(p as *const i64), read_string(p.add(8))) };
        random_ops(mt, &keys, Fast::No, decode, 100_000, 31);

        let at = array(string(), 2, "[2]string");
        let mt = map(at, int(), "map[[2]string]int");
        let keys: Vec<Key<(String, String)>> = (0..3000)
            .map(|i| {
                let (x, y) = (format!("{}", i % 61), format!("{}", i / 61));
                let mk = || {
                    let (p, q) = (go_string(&x), go_string(&y));
                    words(std::vec![p[0], p[1], q[0], q[1]])
                };
                Key {
                    model: (x.clone(), y.clone()),
                    a: mk(),
                    b: mk(),
                }
            })
            .collect();
        // SAFETY: iteration yields pointers to [2]string keys.
        let decode = |p: *const u8| unsafe { (read_string(p), read_string(p.add(16))) };
        random_ops(mt, &keys, Fast::No, decode, 100_000, 32);
    }

    #[test]
    fn random_small_and_padded_keys() {
        // One-byte keys (generic path, memory hash of one byte).
        let mt = map(uint8(), int(), "map[uint8]int");
        let keys: Vec<Key<u8>> = (0..=255u8)
            .map(|b| Key {
                model: b,
                a: words(std::vec![b as u64]),
                b: words(std::vec![b as u64 | 0xdead_0000]),
            })
            .collect();
        let decode = |p: *const u8| {
            // SAFETY: iteration yields pointers to uint8 keys.
            unsafe { *p }
        };
        random_ops(mt, &keys, Fast::No, decode, 50_000, 51);

        // struct { b uint8; _ int32; i int }: padding and the blank field
        // differ between the two copies of each key and must not matter.
        let st = structure(&[("b", uint8()), ("_", int32()), ("i", int())], "main.P");
        assert_eq!(st.size, 16);
        let mt = map(st, int(), "map[main.P]int");
        let keys: Vec<Key<(u8, i64)>> = (0..2000u64)
            .map(|n| {
                let (b, i) = ((n % 7) as u8, (n / 7) as i64 - 100);
                Key {
                    model: (b, i),
                    a: words(std::vec![b as u64 | 0x1234_5678_9abc_de00, i as u64]),
                    b: words(std::vec![b as u64, i as u64]),
                }
            })
            .collect();
        let decode = |p: *const u8| {
            // SAFETY: iteration yields pointers to main.P keys.
            unsafe { (*p, *(p.add(8) as *const i64)) }
        };
        random_ops(mt, &keys, Fast::No, decode, 80_000, 52);
    }

    #[test]
    fn random_big_keys_and_elems() {
        // 160-byte keys and elements are stored through pointers.
        let kt = array(int(), 20, "[20]int");
        let et = array(int(), 30, "[30]int");
        let mt = map(kt, et, "map[[20]int][30]int");
        let mut rng = Rng(17);
        let mut model: HashMap<u64, u64> = HashMap::new();
        let m = make(mt, 0);
        for _ in 0..60_000 {
            let k = rng.below(2000) as u64;
            let mut key = [0u64; 20];
            key[19] = k;
            key[3] = k * 7;
            let p = key.as_ptr() as *const u8;
            // SAFETY: `m` is a live map of `mt`; `key` is a [20]int.
            unsafe {
                match rng.below(3) {
                    0 => {
                        let e = mapassign(g(), mt, m, p) as *mut [u64; 30];
                        assert_eq!((*e)[29], model.get(&k).copied().unwrap_or(0));
                        (*e)[29] = rng.next();
                        model.insert(k, (*e)[29]);
                    }
                    1 => {
                        mapdelete(g(), mt, m, p);
                        model.remove(&k);
                    }
                    _ => {
                        let r = mapaccess2(g(), mt, m, p);
                        assert_eq!(r.b == 1, model.contains_key(&k));
                        let e = &*(r.a as *const [u64; 30]);
                        assert_eq!(e[29], model.get(&k).copied().unwrap_or(0));
                        assert!(e[..29].iter().all(|&x| x == 0));
                    }
                }
            }
        }
        check_invariants(m);
        let got: HashMap<u64, u64> = entries(mt, m)
            .into_iter()
            // SAFETY: keys are [20]int and elements [30]int.
            .map(|(k, e)| unsafe {
                (
                    (*(k as *const [u64; 20]))[19],
                    (*(e as *const [u64; 30]))[29],
                )
            })
            .collect();
        assert_eq!(got, model);
    }

    /// An interface key in the model: the dynamic type and value.
    #[derive(Clone, PartialEq, Eq, Hash, Debug)]
    enum Dyn {
        Nil,
        Int(i64),
        Named(i64),
        Str(String),
        Float(u64),
        Ptr(u64),
    }

    #[test]
    fn random_interface_keys() {
        let any = interface(0, "interface {}");
        let mt = map(any, int(), "map[interface {}]int");
        let int_t = int();
        let named = leak(basic(
            kind::INT,
            8,
            8,
            TFLAG_REGULAR_MEMORY | crate::types::TFLAG_COMPARABLE,
            "main.N",
        ));
        let str_t = string();
        let f_t = float64();
        let p_t = pointer(int_t, "*int");
        let mut keys = Vec::new();
        let boxed = |v: Vec<u64>| words(v).as_ptr() as u64;
        let ty = |t: &'static Type| t as *const Type as u64;
        keys.push(Key {
            model: Dyn::Nil,
            a: words(std::vec![0, 0]),
            b: words(std::vec![0, 0]),
        });
        for i in 0..800i64 {
            let v = i * 3 - 100;
            let mk = |t, data| words(std::vec![ty(t), data]);
            keys.push(Key {
                model: Dyn::Int(v),
                a: mk(int_t, boxed(std::vec![v as u64])),
                b: mk(int_t, boxed(std::vec![v as u64])),
            });
            keys.push(Key {
                model: Dyn::Named(v),
                a: mk(named, boxed(std::vec![v as u64])),
                b: mk(named, boxed(std::vec![v as u64])),
            });
            let s = format!("{v}");
            keys.push(Key {
                model: Dyn::Str(s.clone()),
                a: mk(str_t, boxed(go_string(&s).to_vec())),
                b: mk(str_t, boxed(go_string(&s).to_vec())),
            });
            let f = v as f64 / 4.0;
            let (fa, fb) = if v == 0 { (0.0f64, -0.0f64) } else { (f, f) };
            keys.push(Key {
                model: Dyn::Float(if v == 0 { 0 } else { f.to_bits() }),
                a: mk(f_t, boxed(std::vec![fa.to_bits()])),
                b: mk(f_t, boxed(std::vec![fb.to_bits()])),
            });
            let addr = 0x10_0000 + i as u64 * 8;
            keys.push(Key {
                model: Dyn::Ptr(addr),
                a: mk(p_t, addr),
                b: mk(p_t, addr),
            });
        }
        let decode = move |p: *const u8| {
            // SAFETY: an `any` key whose dynamic types are the ones above.
            unsafe {
                let w = p as *const u64;
                let t = *w as *const Type;
                let d = *w.add(1);
                if t.is_null() {
                    Dyn::Nil
                } else if ptr::eq(t, int_t) {
                    Dyn::Int(*(d as *const i64))
                } else if ptr::eq(t, named) {
                    Dyn::Named(*(d as *const i64))
                } else if ptr::eq(t, str_t) {
                    Dyn::Str(read_string(d as *const u8))
                } else if ptr::eq(t, f_t) {
                    let f = *(d as *const f64);
                    Dyn::Float(if f == 0.0 { 0 } else { f.to_bits() })
                } else {
                    Dyn::Ptr(d)
                }
            }
        };
        random_ops(mt, &keys, Fast::No, decode, 150_000, 41);
    }

    #[test]
    fn nan_keys() {
        let mt = map(float64(), int(), "map[float64]int");
        let m = make(mt, 0);
        let nan = f64::NAN.to_bits();
        let zero = 0.0f64.to_bits();
        let neg_zero = (-0.0f64).to_bits();
        // SAFETY: `m` is a live map of `mt`; keys are float64 values.
        unsafe {
            for i in 0..20 {
                *(mapassign(g(), mt, m, &nan as *const u64 as *const u8) as *mut i64) = i;
            }
            assert_eq!(len(m), 20);
            // A NaN is never found, and deleting one removes nothing.
            assert_eq!(mapaccess2(g(), mt, m, &nan as *const u64 as *const u8).b, 0);
            mapdelete(g(), mt, m, &nan as *const u64 as *const u8);
            assert_eq!(len(m), 20);
            // +0 and -0 are one key; the key is updated to the last one
            // stored, as gc does.
            *(mapassign(g(), mt, m, &zero as *const u64 as *const u8) as *mut i64) = 5;
            *(mapassign(g(), mt, m, &neg_zero as *const u64 as *const u8) as *mut i64) = 6;
            assert_eq!(len(m), 21);
            assert_eq!(
                *(mapaccess1(g(), mt, m, &zero as *const u64 as *const u8) as *const i64),
                6
            );
            let all = entries(mt, m);
            assert_eq!(all.len(), 21);
            let mut vals: Vec<i64> = all
                .iter()
                .filter(|(k, _)| (*(*k as *const f64)).is_nan())
                .map(|(_, e)| *(*e as *const i64))
                .collect();
            vals.sort();
            assert_eq!(vals, (0..20).collect::<Vec<_>>());
            let z = all
                .iter()
                .find(|(k, _)| *(*k as *const f64) == 0.0)
                .unwrap();
            assert_eq!(*(z.0 as *const u64), neg_zero);
            check_invariants(m);
            // NaN entries survive growth, and iteration still finds them.
            for i in 0..2000 {
                let f = (i as f64 + 0.5).to_bits();
                *(mapassign(g(), mt, m, &f as *const u64 as *const u8) as *mut i64) = i;
            }
            assert_eq!(entries(mt, m).len(), 2021);
            check_invariants(m);
            mapclear(g(), mt, m);
            assert_eq!(len(m), 0);
            assert!(entries(mt, m).is_empty());
        }
    }

    #[test]
    fn nil_maps() {
        let mt = map(
            string(),
            array(int(), 300, "[300]int"),
            "map[string][300]int",
        );
        let m: *mut Map = null_mut();
        let k = go_string("x");
        // SAFETY: nil maps of `mt`; a string key.
        unsafe {
            let e = mapaccess1(g(), mt, m, k.as_ptr() as *const u8);
            assert!(core::slice::from_raw_parts(e, 2400).iter().all(|&b| b == 0));
            let r = mapaccess2_faststr(g(), mt, m, k[0] as *const u8, k[1]);
            assert_eq!(r.b, 0);
            assert!(core::slice::from_raw_parts(r.a as *const u8, 2400)
                .iter()
                .all(|&b| b == 0));
            mapdelete(g(), mt, m, k.as_ptr() as *const u8);
            mapdelete_faststr(g(), mt, m, k[0] as *const u8, k[1]);
            mapclear(g(), mt, m);
            assert!(entries(mt, m).is_empty());
            assert_eq!(len(m), 0);
            let r = mapaccess2_fast64(g(), map(int(), int(), "map[int]int"), null(), 5);
            assert_eq!((r.b, *(r.a as *const i64)), (0, 0));
        }
    }

    #[test]
    fn nil_map_assignment_panics() {
        if let Some((code, err)) = run_child("map::tests::nil_map_assignment_panics", || {
            let mt = map(int(), int(), "map[int]int");
            // SAFETY: a nil map of `mt`.
            unsafe { mapassign_fast64(g(), mt, null_mut(), 1) };
        }) {
            assert_eq!(code, 2);
            assert!(
                err.starts_with(&panic_text("assignment to entry in nil map")),
                "{err}"
            );
        }
    }

    /// An `any` holding a `[]int`.
    fn slice_key() -> [u64; 2] {
        let sl = slice(int(), "[]int");
        [
            sl as *const Type as u64,
            words(std::vec![0, 0, 0]).as_ptr() as u64,
        ]
    }

    #[test]
    fn unhashable_key_panics_on_insert() {
        if let Some((code, err)) = run_child("map::tests::unhashable_key_panics_on_insert", || {
            let mt = map(interface(0, "interface {}"), int(), "map[interface {}]int");
            let m = make(mt, 0);
            let k = slice_key();
            // SAFETY: a live map of `mt`; an `any` key.
            unsafe { mapassign(g(), mt, m, k.as_ptr() as *const u8) };
        }) {
            assert_eq!(code, 2);
            assert!(
                err.starts_with(&panic_text("runtime error: hash of unhashable type []int")),
                "{err}"
            );
        }
    }

    #[test]
    fn unhashable_key_panics_on_nil_map_lookup() {
        if let Some((code, err)) = run_child(
            "map::tests::unhashable_key_panics_on_nil_map_lookup",
            || {
                let mt = map(interface(0, "interface {}"), int(), "map[interface {}]int");
                let k = slice_key();
                // SAFETY: a nil map of `mt`; an `any` key.
                unsafe { mapaccess1(g(), mt, null(), k.as_ptr() as *const u8) };
            },
        ) {
            assert_eq!(code, 2);
            assert!(
                err.starts_with(&panic_text("runtime error: hash of unhashable type []int")),
                "{err}"
            );
        }
    }

    fn put64(mt: &'static Type, m: *mut Map, k: u64, v: i64) {
        // SAFETY: `m` is a live map of `mt` with int keys and elements.
        unsafe { *(mapassign_fast64(g(), mt, m, k) as *mut i64) = v };
    }

    fn del64(mt: &'static Type, m: *mut Map, k: u64) {
        // SAFETY: as in `put64`.
        unsafe { mapdelete_fast64(g(), mt, m, k) };
    }

    #[test]
    fn growth_and_presizing() {
        let mt = map(int(), int(), "map[int]int");
        let m = make(mt, 0);
        for i in 0..200_000u64 {
            put64(mt, m, i, i as i64);
            if i == 8 || i == 9 || i == 1000 || i % 20_011 == 0 {
                check_invariants(m);
            }
        }
        // SAFETY: a live map.
        unsafe {
            assert!((*m).global_depth >= 8, "split into many tables");
        }
        check_invariants(m);
        for i in (0..200_000u64).step_by(2) {
            del64(mt, m, i);
        }
        check_invariants(m);
        assert_eq!(len(m), 100_000);
        // Churn: inserting and deleting fresh keys reuses tombstones or
        // rebuilds tables at the same size rather than growing forever.
        // SAFETY: a live map.
        let dir_before = unsafe { (*m).dir_len };
        for i in 0..300_000u64 {
            put64(mt, m, 1 << 40 | i, 1);
            del64(mt, m, 1 << 40 | i);
        }
        check_invariants(m);
        // SAFETY: a live map.
        assert_eq!(unsafe { (*m).dir_len }, dir_before);

        // A hint sizes the tables up front: no growth while filling.
        for hint in [9, 100, 896, 897, 5000, 100_000] {
            let m = make(mt, hint);
            // SAFETY: a live map.
            let dir = unsafe { ((*m).dir, (*m).dir_len) };
            for i in 0..hint as u64 {
                put64(mt, m, i * 31, 1);
            }
            // SAFETY: a live map.
            unsafe {
                assert_eq!(((*m).dir, (*m).dir_len), dir, "hint {hint}");
                let mut j = 0;
                while j < (*m).dir_len {
                    let t = &*table_for_index(&*m, j);
                    assert!(t.index >= 0);
                    j += 1 << ((*m).global_depth - t.local_depth);
                }
            }
            check_invariants(m);
        }
        // Negative and absurd hints are ignored, as in gc.
        for hint in [-1, i64::MIN, i64::MAX, 1 << 60] {
            let m = make(mt, hint);
            assert_eq!(len(m), 0);
            put64(mt, m, 1, 1);
            assert_eq!(len(m), 1);
        }
    }

    #[test]
    fn tombstones_are_dropped_by_a_same_size_rebuild() {
        let mt = map(int(), int(), "map[int]int");
        let m = make(mt, 896);
        // SAFETY: a live map with one 1024-slot table.
        let t0 = unsafe { table_for_index(&*m, 0) };
        for i in 0..896u64 {
            put64(mt, m, i, i as i64);
        }
        // SAFETY: (each block) `m` is live and `t0` its table.
        unsafe {
            assert_eq!(
                ((*m).dir_len, (*t0).growth_left, (*t0).capacity),
                (1, 0, 1024)
            );
        }
        // Delete keys that sit in groups without an empty slot: each
        // leaves a tombstone.
        let mut live: Vec<u64> = (0..896).collect();
        let mut tombs = 0;
        live.retain(|&k| {
            if tombs == 500 {
                return true;
            }
            // SAFETY: as above.
            let f = unsafe {
                let lay = &*(*m).layout;
                table_find(&*t0, lay, hash_u64(k, (*m).seed), Fast64(k))
            };
            // SAFETY: `f.g` is a group of `t0`.
            if unsafe { match_empty(ctrl(f.g)) } == 0 {
                del64(mt, m, k);
                tombs += 1;
                return false;
            }
            true
        });
        assert_eq!(tombs, 500);
        check_invariants(m);
        // Fresh keys first reuse tombstones, then need an empty slot: the
        // table is rebuilt at the same capacity without tombstones.
        let mut next = 1 << 32;
        // SAFETY: as above.
        while unsafe { table_for_index(&*m, 0) } == t0 {
            put64(mt, m, next, 1);
            live.push(next);
            next += 1;
        }
        // SAFETY: as above.
        unsafe {
            let t = &*table_for_index(&*m, 0);
            assert_eq!(((*m).dir_len, t.capacity), (1, 1024));
            assert_eq!((*t0).index, -1);
            assert_eq!(t.growth_left + t.used, 896);
        }
        check_invariants(m);
        let mut got = int_entries(mt, m);
        got.sort();
        live.sort();
        assert_eq!(got, live);
    }

    /// The int keys an iteration produces.
    fn int_entries(mt: &'static Type, m: *mut Map) -> Vec<u64> {
        // SAFETY: keys are ints.
        entries(mt, m)
            .iter()
            .map(|&(k, _)| unsafe { *(k as *const u64) })
            .collect()
    }

    #[test]
    fn iteration_covers_every_entry_once() {
        let mt = map(int(), int(), "map[int]int");
        for n in [0u64, 1, 7, 8, 9, 16, 100, 1000, 5000, 70_000] {
            let m = make(mt, 0);
            for i in 0..n {
                put64(mt, m, i, (i * 3) as i64);
            }
            let got = entries(mt, m);
            assert_eq!(got.len() as u64, n);
            let keys: HashSet<u64> = got
                .iter()
                .map(|&(k, e)| {
                    // SAFETY: int keys and elements.
                    let (k, e) = unsafe { (*(k as *const u64), *(e as *const i64)) };
                    assert_eq!(e, (k * 3) as i64);
                    k
                })
                .collect();
            assert_eq!(keys, (0..n).collect());
        }
    }

    #[test]
    fn iteration_order_is_random() {
        let mt = map(int(), int(), "map[int]int");
        for n in [3u64, 8, 100, 3000] {
            let m = make(mt, 0);
            for i in 0..n {
                put64(mt, m, i, 0);
            }
            let firsts: HashSet<u64> = (0..64).map(|_| int_entries(mt, m)[0]).collect();
            assert!(firsts.len() >= 3.min(n as usize), "n {n}: {firsts:?}");
            let a = int_entries(mt, m);
            let differs = (0..200).any(|_| int_entries(mt, m) != a);
            assert!(differs);
        }
    }

    /// Runs one iteration over `m` (int -> int), calling `step` after each
    /// entry with the key produced; returns the keys in order.
    fn iterate_with(mt: &'static Type, m: *mut Map, mut step: impl FnMut(u64, i64)) -> Vec<u64> {
        let mut out = Vec::new();
        // SAFETY: `m` is a live map of `mt` (int keys and elements).
        unsafe {
            let it = mapiterinit(g(), mt, m);
            while !(*it).key.is_null() {
                let k = *((*it).key as *const u64);
                let e = *((*it).elem as *const i64);
                out.push(k);
                step(k, e);
                mapiternext(g(), it);
            }
        }
        out
    }

    #[test]
    fn iteration_with_deletes() {
        let mt = map(int(), int(), "map[int]int");
        let mut rng = Rng(3);
        for n in [8u64, 9, 50, 2000, 30_000] {
            for _ in 0..5 {
                let m = make(mt, 0);
                for i in 0..n {
                    put64(mt, m, i, 0);
                }
                let mut deleted = HashSet::new();
                let mut seen = HashSet::new();
                let order = iterate_with(mt, m, |k, _| {
                    assert!(!deleted.contains(&k), "deleted key {k} produced");
                    assert!(seen.insert(k), "key {k} twice");
                    // Delete a random key (seen or not) and sometimes this one.
                    let d = rng.next() % n;
                    del64(mt, m, d);
                    deleted.insert(d);
                    if rng.next().is_multiple_of(3) {
                        del64(mt, m, k);
                    }
                });
                let expect: HashSet<u64> = (0..n)
                    .filter(|k| !deleted.contains(k) || seen.contains(k))
                    .collect();
                assert_eq!(order.iter().copied().collect::<HashSet<_>>(), expect);
                check_invariants(m);
            }
        }
    }

    #[test]
    fn iteration_with_inserts_and_growth() {
        let mt = map(int(), int(), "map[int]int");
        let mut rng = Rng(4);
        for n in [1u64, 5, 8, 9, 600, 900, 5000, 40_000] {
            for round in 0..4 {
                let m = make(mt, 0);
                for i in 0..n {
                    put64(mt, m, i, i as i64);
                }
                let mut next_new = 1u64 << 32;
                let mut seen = HashSet::new();
                let mut deleted = HashSet::new();
                let mut updated: HashMap<u64, i64> = HashMap::new();
                let order = iterate_with(mt, m, |k, e| {
                    assert!(seen.insert(k), "key {k} produced twice (n {n})");
                    assert!(!deleted.contains(&k));
                    // The latest value is produced.
                    let want =
                        updated
                            .get(&k)
                            .copied()
                            .unwrap_or(if k < 1 << 32 { k as i64 } else { -1 });
                    assert_eq!(e, want, "stale element for {k}");
                    // Grow the map a lot: small -> table -> splits. (Only
                    // for original keys: new keys may be produced too, and
                    // inserting for them could go on for ever.)
                    if k < n {
                        for _ in 0..(1 + round * 3) {
                            put64(mt, m, next_new, -1);
                            next_new += 1;
                        }
                    }
                    // Update a random original key, delete another.
                    let u = rng.next() % n;
                    if !deleted.contains(&u) {
                        let v = rng.next() as i64 >> 2;
                        put64(mt, m, u, v);
                        updated.insert(u, v);
                    }
                    if round > 1 {
                        let d = rng.next() % n;
                        if !seen.contains(&d) {
                            del64(mt, m, d);
                            deleted.insert(d);
                        }
                    }
                });
                // Every original key not deleted was produced, once.
                for k in 0..n {
                    assert_eq!(order.contains(&k), !deleted.contains(&k), "key {k} (n {n})");
                }
                assert!(order
                    .iter()
                    .all(|&k| k < n || (k >= 1 << 32 && k < next_new)));
                check_invariants(m);
            }
        }
    }

    #[test]
    fn clear_during_iteration_ends_it() {
        let mt = map(int(), int(), "map[int]int");
        for n in [5u64, 3000] {
            let m = make(mt, 0);
            for i in 0..n {
                put64(mt, m, i, 0);
            }
            let mut count = 0;
            iterate_with(mt, m, |_, _| {
                count += 1;
                if count == 2 {
                    // SAFETY: a live map.
                    unsafe { mapclear(g(), mt, m) };
                    // New entries after the clear may or may not appear;
                    // with the clear sequence they do not.
                    put64(mt, m, 1 << 50, 0);
                }
            });
            assert_eq!(count, 2);
            assert_eq!(len(m), 1);
            assert_eq!(int_entries(mt, m), [1 << 50]);
            check_invariants(m);
        }
    }

    #[test]
    fn string_keys_during_iteration_growth() {
        // The stale-table path re-looks keys up with the generic hash:
        // it must agree with the fast string path.
        let mt = map(string(), int(), "map[string]int");
        let m = make(mt, 0);
        let keys: Vec<[u64; 2]> = (0..3000).map(|i| go_string(&format!("key{i}"))).collect();
        // SAFETY: a live map of `mt`; string keys; int elements.
        unsafe {
            for (i, k) in keys.iter().enumerate() {
                *(mapassign_faststr(g(), mt, m, k[0] as *const u8, k[1]) as *mut i64) = i as i64;
            }
            let mut seen = HashSet::new();
            let mut extra = 0;
            let it = mapiterinit(g(), mt, m);
            while !(*it).key.is_null() {
                let s = read_string((*it).key);
                assert!(seen.insert(s));
                for _ in 0..4 {
                    let k = go_string(&format!("new{extra}"));
                    extra += 1;
                    *(mapassign_faststr(g(), mt, m, k[0] as *const u8, k[1]) as *mut i64) = -1;
                }
                mapiternext(g(), it);
            }
            for i in 0..3000 {
                assert!(seen.contains(&format!("key{i}")));
            }
        }
        check_invariants(m);
    }

    #[test]
    fn zero_size_elements_and_keys() {
        let empty = structure(&[], "struct {}");
        let mt = map(int(), empty, "map[int]struct {}");
        let m = make(mt, 0);
        for i in 0..1000u64 {
            // SAFETY: a live map of `mt`.
            unsafe { mapassign_fast64(g(), mt, m, i) };
        }
        assert_eq!(len(m), 1000);
        check_invariants(m);
        let mt = map(empty, int(), "map[struct {}]int");
        let m = make(mt, 0);
        // SAFETY: a live map of `mt`; the zero-size key is never read.
        unsafe {
            let k = [0u64; 1];
            *(mapassign(g(), mt, m, k.as_ptr() as *const u8) as *mut i64) = 4;
            *(mapassign(g(), mt, m, k.as_ptr() as *const u8) as *mut i64) += 1;
            assert_eq!(len(m), 1);
            assert_eq!(
                *(mapaccess1(g(), mt, m, k.as_ptr() as *const u8) as *const i64),
                5
            );
        }
    }
}

#[cfg(test)]
mod bench {
    use super::*;
    use crate::types::test_types::*;
    use std::vec::Vec;

    #[test]
    #[ignore]
    fn bench_maps() {
        const N: u64 = 1_000_000;
        let mt = map(int(), int(), "map[int]int");
        let st = map(string(), int(), "map[string]int");
        let g = null_mut();
        for _ in 0..3 {
            // SAFETY: live maps of the right types.
            unsafe {
                let m = makemap(g, mt, 0);
                let t = std::time::Instant::now();
                for i in 0..N {
                    *(mapassign_fast64(g, mt, m, i * 7919) as *mut u64) = i;
                }
                let ins = t.elapsed();
                let t = std::time::Instant::now();
                let mut s = 0u64;
                for i in 0..N {
                    s = s.wrapping_add(*(mapaccess1_fast64(g, mt, m, i * 7919) as *const u64));
                }
                for i in 0..N {
                    s = s.wrapping_add(
                        *(mapaccess1_fast64(g, mt, m, (-(i as i64) - 1) as u64) as *const u64),
                    );
                }
                let look = t.elapsed();
                let t = std::time::Instant::now();
                let it = mapiterinit(g, mt, m);
                while !(*it).key.is_null() {
                    s = s.wrapping_add(*((*it).key as *const u64) + *((*it).elem as *const u64));
                    mapiternext(g, it);
                }
                let iter = t.elapsed();
                let t = std::time::Instant::now();
                for i in 0..N {
                    mapdelete_fast64(g, mt, m, i * 7919);
                }
                let del = t.elapsed();
                std::eprintln!(
                    "int: insert {:.1} ns, lookup {:.1} ns, iter {:.1} ns, delete {:.1} ns {s}",
                    ins.as_nanos() as f64 / N as f64,
                    look.as_nanos() as f64 / (2 * N) as f64,
                    iter.as_nanos() as f64 / N as f64,
                    del.as_nanos() as f64 / N as f64
                );
                let keys: Vec<std::string::String> =
                    (0..N).map(|i| std::format!("key{}", i * 7919)).collect();
                let m = makemap(g, st, 0);
                let t = std::time::Instant::now();
                for (i, k) in keys.iter().enumerate() {
                    *(mapassign_faststr(g, st, m, k.as_ptr(), k.len() as u64) as *mut u64) =
                        i as u64;
                }
                let ins = t.elapsed();
                let t = std::time::Instant::now();
                for k in keys.iter() {
                    s = s.wrapping_add(
                        *(mapaccess1_faststr(g, st, m, k.as_ptr(), k.len() as u64) as *const u64),
                    );
                }
                let look = t.elapsed();
                let t = std::time::Instant::now();
                for k in keys.iter() {
                    mapdelete_faststr(g, st, m, k.as_ptr(), k.len() as u64);
                }
                let del = t.elapsed();
                std::eprintln!(
                    "str: insert {:.1} ns, lookup {:.1} ns, delete {:.1} ns {s}",
                    ins.as_nanos() as f64 / N as f64,
                    look.as_nanos() as f64 / N as f64,
                    del.as_nanos() as f64 / N as f64
                );
            }
        }
    }
}
