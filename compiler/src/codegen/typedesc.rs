//! Type descriptors (docs/abi.md §6): one read-only data object per Go type
//! that the program needs at run time, named `type:T`.

use std::collections::HashMap;

use cranelift_module::{DataDescription, DataId, Linkage, Module};
use cranelift_object::ObjectModule;

use crate::types::check::Info;
use crate::types::ty::{TypeId, TypeKind};

/// Size of a descriptor in bytes.
pub const TYPE_SIZE: usize = 56;

/// The descriptor symbol of a type (`type:int`, `type:main.T`).
pub fn symbol(info: &Info, t: TypeId) -> String {
    format!("type:{}", info.tys.qualified_name(t))
}

/// gc's reflect.Kind for a type.
fn kind(info: &Info, t: TypeId) -> u8 {
    match info.tys.kind(info.tys.underlying(t)) {
        TypeKind::Basic(b) => b.kind(),
        TypeKind::Pointer(_) => 22,
        TypeKind::Slice(_) => 23,
        TypeKind::Array(..) => 17,
        TypeKind::Func(..) => 19,
        TypeKind::Struct(_) => 25,
        _ => 0,
    }
}

/// FNV-1a of the type's name: stable across compilations of the same program.
fn hash(name: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in name.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Size and pointer mask (one flag per 8-byte word) of a type's memory
/// layout. A result tuple (docs/abi.md §1) keeps each word in its own slot.
fn layout(info: &Info, t: TypeId) -> (u64, Vec<bool>) {
    match info.tys.kind(t) {
        TypeKind::Tuple(ts) => {
            let mask: Vec<bool> = ts
                .iter()
                .flat_map(|&e| {
                    let n = crate::ssa::layout::type_words(info, e).len();
                    (0..n).map(move |i| crate::ssa::layout::is_pointer_word(info, e, i))
                })
                .collect();
            (mask.len() as u64 * 8, mask)
        }
        _ => (info.tys.size(t), crate::ssa::layout::ptr_mask(info, t)),
    }
}

/// Defines the descriptor of `t` (and the data it points to) in `module`.
pub fn define(
    module: &mut ObjectModule,
    info: &Info,
    t: TypeId,
    syms: &mut HashMap<String, DataId>,
) -> Result<(), String> {
    let sym = symbol(info, t);
    if syms.contains_key(&sym) {
        return Ok(());
    }
    let err = |e: cranelift_module::ModuleError| e.to_string();
    let name = info.tys.qualified_name(t);
    let name_id = module
        .declare_data(&format!("{}.name", sym), Linkage::Local, false, false)
        .map_err(err)?;
    let mut nd = DataDescription::new();
    nd.define(name.clone().into_bytes().into_boxed_slice());
    module.define_data(name_id, &nd).map_err(err)?;

    let (size, ptrmask) = layout(info, t);
    let ptrdata: u64 = ptrmask
        .iter()
        .rposition(|&p| p)
        .map(|i| (i as u64 + 1) * 8)
        .unwrap_or(0);
    let id = module
        .declare_data(&sym, Linkage::Local, false, false)
        .map_err(err)?;
    let mut bytes = vec![0u8; TYPE_SIZE];
    bytes[0..8].copy_from_slice(&size.to_le_bytes());
    bytes[8..16].copy_from_slice(&ptrdata.to_le_bytes());
    bytes[16..20].copy_from_slice(&hash(&name).to_le_bytes());
    bytes[20] = info.tys.is_named(t) as u8;
    let align = info.tys.align(t).clamp(1, 8) as u8;
    bytes[21] = align;
    bytes[22] = align;
    bytes[23] = kind(info, t);
    bytes[40..48].copy_from_slice(&(name.len() as u64).to_le_bytes());
    let mut d = DataDescription::new();
    d.set_align(8);
    let name_gv = module.declare_data_in_data(name_id, &mut d);
    d.write_data_addr(32, name_gv, 0);
    if ptrdata > 0 {
        let bm_id = module
            .declare_data(&format!("{}.gcdata", sym), Linkage::Local, false, false)
            .map_err(err)?;
        let mut bits = vec![0u8; ptrmask.len().div_ceil(8)];
        for (i, &p) in ptrmask.iter().enumerate() {
            if p {
                bits[i / 8] |= 1 << (i % 8);
            }
        }
        let mut bd = DataDescription::new();
        bd.define(bits.into_boxed_slice());
        module.define_data(bm_id, &bd).map_err(err)?;
        let bm_gv = module.declare_data_in_data(bm_id, &mut d);
        d.write_data_addr(24, bm_gv, 0);
    }
    d.define(bytes.into_boxed_slice());
    module.define_data(id, &d).map_err(err)?;
    syms.insert(sym, id);
    Ok(())
}
