//! How Go values are represented: as SSA words and in memory.
//!
//! Most types are *SSA types*: a value is a short list of machine words
//! (docs/abi.md §1) and a variable is one SSA variable per word. Structs
//! and arrays that are too big for that, or arrays that are indexed by a
//! computed index, are *memory types*: a value of one is represented by a
//! single word, the address of memory holding it. In memory every type has
//! gc's layout (field offsets and alignment as gc computes them).

use super::ir::Ty;
use crate::types::check::Info;
use crate::types::ty::{Basic, TypeId, TypeKind};

/// Most words a struct may have and still be an SSA type.
const MAX_SSA_WORDS: usize = 4;

/// One scalar word of a value in memory.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leaf {
    pub ty: Ty,
    /// Byte offset from the start of the value.
    pub off: i32,
    /// Whether the word is a pointer the collector must trace.
    pub ptr: bool,
}

/// Whether values of `t` live in memory (see the module documentation).
pub fn is_mem_type(info: &Info, t: TypeId) -> bool {
    let tys = &info.tys;
    match tys.kind(tys.underlying(t)) {
        TypeKind::Array(n, e) => *n > 1 || (*n == 1 && is_mem_type(info, *e)),
        TypeKind::Struct(fs) => {
            fs.iter().any(|f| is_mem_type(info, f.typ))
                || fs
                    .iter()
                    .map(|f| type_words(info, f.typ).len())
                    .sum::<usize>()
                    > MAX_SSA_WORDS
        }
        _ => false,
    }
}

/// Machine types of the SSA words of a value of `t`.
pub fn type_words(info: &Info, t: TypeId) -> Vec<Ty> {
    if is_mem_type(info, t) {
        return vec![Ty::I64];
    }
    let tys = &info.tys;
    match tys.kind(tys.underlying(t)) {
        TypeKind::Tuple(ts) => ts.iter().flat_map(|&t| type_words(info, t)).collect(),
        TypeKind::Struct(_) | TypeKind::Array(..) => {
            mem_leaves(info, t).into_iter().map(|l| l.ty).collect()
        }
        _ => mem_leaves(info, t).into_iter().map(|l| l.ty).collect(),
    }
}

/// Whether SSA word `i` of a value of `t` is a pointer.
pub fn is_pointer_word(info: &Info, t: TypeId, i: usize) -> bool {
    if is_mem_type(info, t) {
        return true;
    }
    let tys = &info.tys;
    if let TypeKind::Tuple(ts) = tys.kind(t) {
        let mut k = i;
        for &e in ts {
            let n = type_words(info, e).len();
            if k < n {
                return is_pointer_word(info, e, k);
            }
            k -= n;
        }
        return false;
    }
    mem_leaves(info, t).get(i).is_some_and(|l| l.ptr)
}

/// The scalar words of an SSA type in memory, in order.
pub fn mem_leaves(info: &Info, t: TypeId) -> Vec<Leaf> {
    let mut out = Vec::new();
    push_leaves(info, t, 0, &mut out);
    out
}

fn push_leaves(info: &Info, t: TypeId, base: i32, out: &mut Vec<Leaf>) {
    let tys = &info.tys;
    let leaf = |ty, off, ptr| Leaf {
        ty,
        off: base + off,
        ptr,
    };
    match tys.kind(tys.underlying(t)) {
        TypeKind::Basic(b) => match b {
            Basic::Bool | Basic::Int8 | Basic::Uint8 | Basic::UntypedBool => {
                out.push(leaf(Ty::I8, 0, false))
            }
            Basic::Int16 | Basic::Uint16 => out.push(leaf(Ty::I16, 0, false)),
            Basic::Int32 | Basic::Uint32 | Basic::UntypedRune => out.push(leaf(Ty::I32, 0, false)),
            Basic::Float32 => out.push(leaf(Ty::F32, 0, false)),
            Basic::Float64 | Basic::UntypedFloat => out.push(leaf(Ty::F64, 0, false)),
            Basic::Complex64 => {
                out.push(leaf(Ty::F32, 0, false));
                out.push(leaf(Ty::F32, 4, false));
            }
            Basic::Complex128 | Basic::UntypedComplex => {
                out.push(leaf(Ty::F64, 0, false));
                out.push(leaf(Ty::F64, 8, false));
            }
            Basic::String | Basic::UntypedString => {
                out.push(leaf(Ty::I64, 0, true));
                out.push(leaf(Ty::I64, 8, false));
            }
            Basic::UnsafePointer => out.push(leaf(Ty::I64, 0, true)),
            Basic::Invalid => {}
            _ => out.push(leaf(Ty::I64, 0, false)),
        },
        TypeKind::Slice(_) => {
            out.push(leaf(Ty::I64, 0, true));
            out.push(leaf(Ty::I64, 8, false));
            out.push(leaf(Ty::I64, 16, false));
        }
        TypeKind::Pointer(_) | TypeKind::Func(..) | TypeKind::Map(..) | TypeKind::Chan(..) => {
            out.push(leaf(Ty::I64, 0, true))
        }
        // The itab or type word points to static data; the data word may
        // point to the heap.
        TypeKind::Interface(_) => {
            out.push(leaf(Ty::I64, 0, false));
            out.push(leaf(Ty::I64, 8, true));
        }
        TypeKind::Array(n, e) => {
            let size = tys.size(*e) as i32;
            for k in 0..*n as i32 {
                push_leaves(info, *e, base + k * size, out);
            }
        }
        TypeKind::Struct(fs) => {
            let (offs, _) = tys.struct_layout(t);
            for (f, off) in fs.iter().zip(offs) {
                push_leaves(info, f.typ, base + off as i32, out);
            }
        }
        TypeKind::Tuple(ts) => {
            for &e in ts {
                push_leaves(info, e, base, out);
            }
        }
        TypeKind::Named(_) | TypeKind::Alias(..) => {}
    }
}

/// One flag per 8-byte word of a value of `t` in memory: whether it holds
/// a pointer (the collector's bitmap).
pub fn ptr_mask(info: &Info, t: TypeId) -> Vec<bool> {
    let size = info.tys.size(t);
    let mut mask = vec![false; size.div_ceil(8) as usize];
    mark_ptrs(info, t, 0, &mut mask);
    mask
}

fn mark_ptrs(info: &Info, t: TypeId, base: u64, mask: &mut [bool]) {
    let tys = &info.tys;
    match tys.kind(tys.underlying(t)) {
        TypeKind::Array(n, e) => {
            let size = tys.size(*e);
            if size == 0 || !has_pointers(info, *e) {
                return;
            }
            for k in 0..*n {
                mark_ptrs(info, *e, base + k * size, mask);
            }
        }
        TypeKind::Struct(fs) => {
            let (offs, _) = tys.struct_layout(t);
            for (f, off) in fs.iter().zip(offs) {
                mark_ptrs(info, f.typ, base + off, mask);
            }
        }
        _ => {
            for l in mem_leaves(info, t) {
                if l.ptr {
                    mask[(base / 8) as usize + (l.off / 8) as usize] = true;
                }
            }
        }
    }
}

/// Whether values of `t` contain pointers.
pub fn has_pointers(info: &Info, t: TypeId) -> bool {
    let tys = &info.tys;
    match tys.kind(tys.underlying(t)) {
        TypeKind::Array(n, e) => *n > 0 && has_pointers(info, *e),
        TypeKind::Struct(fs) => fs.iter().any(|f| has_pointers(info, f.typ)),
        _ => mem_leaves(info, t).iter().any(|l| l.ptr),
    }
}
