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
    format!("type:{}", info.tys.name(t))
}

/// gc's reflect.Kind for a type.
fn kind(info: &Info, t: TypeId) -> u8 {
    match info.tys.kind(info.tys.underlying(t)) {
        TypeKind::Basic(b) => b.kind(),
        TypeKind::Pointer(_) => 22,
        TypeKind::Slice(_) => 23,
        TypeKind::Array(..) => 17,
        TypeKind::Func(..) => 19,
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
    let name = info.tys.name(t);
    let name_id = module
        .declare_data(&format!("{}.name", sym), Linkage::Local, false, false)
        .map_err(err)?;
    let mut nd = DataDescription::new();
    nd.define(name.clone().into_bytes().into_boxed_slice());
    module.define_data(name_id, &nd).map_err(err)?;

    let size = info.tys.size(t);
    let is_string = info.tys.is_string(t);
    let ptrdata: u64 = if is_string { 8 } else { 0 };
    let id = module
        .declare_data(&sym, Linkage::Local, false, false)
        .map_err(err)?;
    let mut bytes = vec![0u8; TYPE_SIZE];
    bytes[0..8].copy_from_slice(&size.to_le_bytes());
    bytes[8..16].copy_from_slice(&ptrdata.to_le_bytes());
    bytes[16..20].copy_from_slice(&hash(&name).to_le_bytes());
    bytes[20] = info.tys.is_named(t) as u8;
    let align = size.clamp(1, 8) as u8;
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
        let mut bd = DataDescription::new();
        bd.define(vec![1u8].into_boxed_slice());
        module.define_data(bm_id, &bd).map_err(err)?;
        let bm_gv = module.declare_data_in_data(bm_id, &mut d);
        d.write_data_addr(24, bm_gv, 0);
    }
    d.define(bytes.into_boxed_slice());
    module.define_data(id, &d).map_err(err)?;
    syms.insert(sym, id);
    Ok(())
}
