//! Interfaces at run time: itabs built for dynamic conversions to
//! non-empty interfaces (type assertions, interface-to-interface
//! conversions) and gc's `interface conversion` panics (abi.md section 6).
//!
//! Static itabs for conversions the compiler sees are emitted by the
//! compiler; the ones built here are cached by (interface, type) so that a
//! pair always gets the same itab.

use crate::mem;
use crate::sched::G;
use crate::types::{IMethod, InterfaceInfo, Itab, Method, Type};
use core::sync::atomic::{AtomicPtr, Ordering};

/// Capacity of the itab cache (a power of two); entries are never removed.
const CACHE_SLOTS: usize = 4096;

/// Open-addressed cache of built itabs, keyed by (interface, type).
/// Lookups read it without a lock; a slot is filled once, under
/// `CACHE_LOCK`, after its itab is complete.
static CACHE: [AtomicPtr<Itab>; CACHE_SLOTS] =
    [const { AtomicPtr::new(core::ptr::null_mut()) }; CACHE_SLOTS];
static CACHE_LOCK: crate::lock::Mutex = crate::lock::Mutex::new();

/// The interface's methods.
///
/// # Safety
/// `inter` must be an INTERFACE descriptor.
unsafe fn imethods(inter: &Type) -> &[IMethod] {
    if inter.extra.is_null() {
        return &[];
    }
    // SAFETY: an interface's `extra` is an `InterfaceInfo` (abi.md §6).
    unsafe {
        let info = &*(inter.extra as *const InterfaceInfo);
        if info.n == 0 {
            return &[];
        }
        core::slice::from_raw_parts(info.methods, info.n as usize)
    }
}

/// The method set of a type.
///
/// # Safety
/// `typ` must be a valid descriptor.
unsafe fn methods(typ: &Type) -> &[Method] {
    if typ.methods.is_null() || typ.nmethods == 0 {
        return &[];
    }
    // SAFETY: `methods`/`nmethods` describe the compiler's method table.
    unsafe { core::slice::from_raw_parts(typ.methods, typ.nmethods as usize) }
}

fn bytes(p: *const u8, n: u64) -> &'static [u8] {
    if p.is_null() || n == 0 {
        return &[];
    }
    // SAFETY: names are read-only strings emitted by the compiler.
    unsafe { core::slice::from_raw_parts(p, n as usize) }
}

/// Builds the itab of `typ` for `inter`, or returns the name of the first
/// interface method `typ` lacks.
///
/// # Safety
/// Both must be valid descriptors, `inter` an interface.
unsafe fn build(inter: &Type, typ: &Type) -> Result<*const Itab, &'static [u8]> {
    // SAFETY: forwarded.
    let (want, have) = unsafe { (imethods(inter), methods(typ)) };
    let size = 24 + 8 * want.len().max(1);
    let p = mem::persistentalloc(size, 8) as *mut u64;
    let mut j = 0;
    for (i, m) in want.iter().enumerate() {
        let name = bytes(m.name_ptr, m.name_len);
        // Both lists are sorted by name: one merge pass.
        while j < have.len() && bytes(have[j].name_ptr, have[j].name_len) < name {
            j += 1;
        }
        if j == have.len()
            || bytes(have[j].name_ptr, have[j].name_len) != name
            || have[j].mtyp != m.typ
        {
            return Err(name);
        }
        // SAFETY: `p` has room for 3 + want.len() words.
        unsafe { *p.add(3 + i) = have[j].ifn as u64 };
    }
    // SAFETY: as above; the header's three words.
    unsafe {
        *p = inter as *const Type as u64;
        *p.add(1) = typ as *const Type as u64;
        *p.add(2) = typ.hash as u64;
    }
    Ok(p as *const Itab)
}

/// The itab for (`inter`, `typ`), from the cache or newly built.
///
/// # Safety
/// Both must be valid descriptors, `inter` an interface.
unsafe fn find(inter: *const Type, typ: *const Type) -> Result<*const Itab, &'static [u8]> {
    let h =
        ((inter as usize) >> 3).wrapping_mul(31) ^ ((typ as usize) >> 3).wrapping_mul(0x9e37_79b9);
    let mut k = h & (CACHE_SLOTS - 1);
    // SAFETY: entries point to complete persistent itabs (published with
    // release ordering); descriptors are valid (caller contract).
    unsafe {
        for _ in 0..CACHE_SLOTS {
            let mut e = CACHE[k].load(Ordering::Acquire);
            if e.is_null() {
                CACHE_LOCK.lock();
                e = CACHE[k].load(Ordering::Acquire);
                if e.is_null() {
                    let r = build(&*inter, &*typ);
                    if let Ok(it) = r {
                        CACHE[k].store(it as *mut Itab, Ordering::Release);
                    }
                    CACHE_LOCK.unlock();
                    return r;
                }
                CACHE_LOCK.unlock();
            }
            if (*e).inter == inter && (*e).typ == typ {
                return Ok(e);
            }
            k = (k + 1) & (CACHE_SLOTS - 1);
        }
        build(&*inter, &*typ)
    }
}

/// The itab converting a value of dynamic type `typ` to interface `inter`.
/// With `canfail` a missing method or a nil `typ` gives null; without it
/// they panic as gc does (`interface conversion: ...`).
///
/// # Safety
/// `inter` must be an interface descriptor, `typ` null or a descriptor.
#[export_name = "runtime.getitab"]
pub unsafe extern "C" fn getitab(
    g: *mut G,
    inter: *const Type,
    typ: *const Type,
    canfail: u8,
) -> *const Itab {
    if typ.is_null() {
        if canfail != 0 {
            return core::ptr::null();
        }
        // SAFETY: `inter` is valid (caller).
        let iname = unsafe { (*inter).name() };
        conversion_panic(g, &[b"interface is nil, not ", iname]);
    }
    // SAFETY: forwarded caller contract.
    match unsafe { find(inter, typ) } {
        Ok(it) => it,
        Err(_) if canfail != 0 => core::ptr::null(),
        Err(missing) => {
            // SAFETY: both valid (caller).
            let (tn, iname) = unsafe { ((*typ).name(), (*inter).name()) };
            conversion_panic(g, &[tn, b" is not ", iname, b": missing method ", missing]);
        }
    }
}

/// A failed `x.(T)` for a concrete `T`: `have` is the dynamic type (null
/// for a nil interface), `want` the asserted type, `iface` x's static type.
///
/// # Safety
/// `want` and `iface` must be descriptors, `have` null or one.
#[export_name = "runtime.panicdottype"]
pub unsafe extern "C" fn panicdottype(
    g: *mut G,
    have: *const Type,
    want: *const Type,
    iface: *const Type,
) -> ! {
    // SAFETY: the caller passes valid descriptors.
    let (wn, iname) = unsafe { ((*want).name(), (*iface).name()) };
    if have.is_null() {
        conversion_panic(g, &[iname, b" is nil, not ", wn]);
    }
    // SAFETY: as above.
    let hn = unsafe { (*have).name() };
    conversion_panic(g, &[iname, b" is ", hn, b", not ", wn]);
}

/// Panics with gc's `TypeAssertionError` text.
fn conversion_panic(g: *mut G, parts: &[&[u8]]) -> ! {
    crate::stack::ensure(g, crate::stack::PANIC_STACK);
    conversion_panic_grown(g, parts)
}

#[inline(never)]
fn conversion_panic_grown(g: *mut G, parts: &[&[u8]]) -> ! {
    let mut msg = crate::buf::Buf::<512>::new();
    msg.extend(b"interface conversion: ");
    for p in parts {
        msg.extend(p);
    }
    crate::panic::panic_assertion_error(g, msg.as_bytes())
}

/// A value method called through a nil pointer (gc's `panicwrap`): `msg`
/// is the compiler-formatted `value method main.T.M called using nil *T
/// pointer`.
#[export_name = "runtime.panicwrap"]
pub extern "C" fn panicwrap(g: *mut G, msg: *const u8, len: u64) -> ! {
    crate::panic::panic_plain_error(g, bytes(msg, len))
}
