//! Type descriptors and itabs (docs/abi.md §6): one read-only data object
//! per Go type that the program needs at run time, named `type:T`, and one
//! per (concrete type, interface) conversion the code makes, named
//! `go:itab.T,I`. Descriptors refer to each other (element types, fields,
//! method signatures), so defining one queues the ones it mentions.

use std::collections::HashMap;

use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::ObjectModule;

use crate::ssa::layout;
use crate::types::check::iface::{method_set, MethodEntry};
use crate::types::check::Info;
use crate::types::ty::{Basic, TypeId, TypeKind};

/// Size of a descriptor in bytes.
pub const TYPE_SIZE: usize = 72;

const TFLAG_NAMED: u8 = 1;
const TFLAG_REGULAR_MEMORY: u8 = 2;
const TFLAG_COMPARABLE: u8 = 4;
const TFLAG_DIRECT_IFACE: u8 = 8;

/// The descriptor symbol of a type (`type:int`, `type:main.T`).
pub fn symbol(info: &Info, t: TypeId) -> String {
    format!("type:{}", info.tys.symbol_name(t))
}

/// The itab symbol of concrete type `t` converted to interface `i`.
pub fn itab_symbol(info: &Info, t: TypeId, i: TypeId) -> String {
    format!(
        "go:itab.{},{}",
        info.tys.symbol_name(t),
        info.tys.symbol_name(i)
    )
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
        TypeKind::Interface(_) => 20,
        TypeKind::Map(..) => 21,
        TypeKind::Chan(..) => 18,
        _ => 0,
    }
}

/// Whether an interface stores values of `t` in its data word directly
/// (pointer-shaped kinds). gocl boxes every struct and array, even one
/// holding a single pointer.
pub fn is_direct_iface(info: &Info, t: TypeId) -> bool {
    matches!(
        info.tys.kind(info.tys.underlying(t)),
        TypeKind::Pointer(_) | TypeKind::Func(..) | TypeKind::Map(..) | TypeKind::Chan(..)
    ) || info.tys.basic_of(t) == Some(Basic::UnsafePointer)
}

/// Whether `==` on `t` is a plain byte comparison (no floats, strings,
/// interfaces, padding or blank fields).
fn regular_memory(info: &Info, t: TypeId) -> bool {
    let tys = &info.tys;
    match tys.kind(tys.underlying(t)) {
        TypeKind::Basic(b) => b.is_integer() || b.is_boolean() || *b == Basic::UnsafePointer,
        TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
        TypeKind::Array(_, e) => regular_memory(info, *e),
        TypeKind::Struct(fs) => {
            let (offs, size) = tys.struct_layout(t);
            let mut end = 0;
            for (f, off) in fs.iter().zip(offs) {
                if f.name == "_" || off != end || !regular_memory(info, f.typ) {
                    return false;
                }
                end = off + tys.size(f.typ);
            }
            end == size
        }
        _ => false,
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
fn layout_of(info: &Info, t: TypeId) -> (u64, Vec<bool>) {
    match info.tys.kind(t) {
        TypeKind::Tuple(ts) => {
            let mask: Vec<bool> = ts
                .iter()
                .flat_map(|&e| {
                    let n = layout::type_words(info, e).len();
                    (0..n).map(move |i| layout::is_pointer_word(info, e, i))
                })
                .collect();
            (mask.len() as u64 * 8, mask)
        }
        _ => (info.tys.size(t), layout::ptr_mask(info, t)),
    }
}

/// The symbol of the function an interface calls for method `e` of the
/// dynamic type `t` (a defined type or a pointer to one): the method
/// itself when its receiver is the data word as is, else the `(*T).M`
/// wrapper the lowering generates.
pub fn ifn_symbol(info: &Info, t: TypeId, e: &MethodEntry) -> String {
    let (base, is_ptr) = match info.tys.pointer_elem(t) {
        Some(b) => (b, true),
        None => (t, false),
    };
    if e.iface {
        return wrapper_symbol(info, base, &e.name);
    }
    let m = &info.tys.named_info(e.holder).unwrap().methods[e.index];
    if !is_ptr && is_direct_iface(info, base) && e.path.is_empty() {
        return m.sym.clone();
    }
    if e.path.is_empty() && m.ptr_recv {
        return m.sym.clone();
    }
    wrapper_symbol(info, base, &e.name)
}

/// `main.(*T).M`: the wrapper calling method `name` of defined type `t`
/// through a pointer.
pub fn wrapper_symbol(info: &Info, t: TypeId, name: &str) -> String {
    let q = info.tys.symbol_name(t);
    match q.rsplit_once('.') {
        Some((pkg, short)) => format!("{}.(*{}).{}", pkg, short, name),
        None => format!("(*{}).{}", q, name),
    }
}

/// The methods an interface can call on values of `t`, sorted by name.
pub fn methods_of(info: &Info, t: TypeId) -> Vec<MethodEntry> {
    methods_of_ext(info, t, false)
}

/// As [`methods_of`]; with `unnamed`, unnamed struct types (and pointers to
/// them) have their promoted methods too (used for static itabs, whose
/// wrappers the lowering generates on demand).
pub fn methods_of_ext(info: &Info, t: TypeId, unnamed: bool) -> Vec<MethodEntry> {
    let tys = &info.tys;
    let has_set = |b: TypeId| {
        (tys.is_named(b) || (unnamed && tys.struct_fields(b).is_some())) && !tys.is_interface(b)
    };
    if let Some(b) = tys.pointer_elem(t) {
        if has_set(b) {
            return method_set(info, b);
        }
        return Vec::new();
    }
    if has_set(t) {
        return method_set(info, t)
            .into_iter()
            .filter(|e| !e.needs_ptr)
            .collect();
    }
    Vec::new()
}

/// Emits descriptors and itabs into an object module.
pub struct Emitter<'a> {
    pub info: &'a Info,
    /// Unnamed types whose promoted methods have wrappers (they are
    /// converted to interfaces): their descriptors list those methods.
    pub unnamed_methods: std::collections::HashSet<TypeId>,
    queue: Vec<TypeId>,
    strings: HashMap<String, DataId>,
}

impl<'a> Emitter<'a> {
    pub fn new(info: &'a Info) -> Self {
        Emitter {
            info,
            unnamed_methods: Default::default(),
            queue: Vec::new(),
            strings: HashMap::new(),
        }
    }

    /// The data object of `t`'s descriptor, declared (and queued for
    /// definition) on first use.
    pub fn desc(
        &mut self,
        module: &mut ObjectModule,
        syms: &mut HashMap<String, DataId>,
        t: TypeId,
    ) -> Result<DataId, String> {
        let sym = symbol(self.info, t);
        if let Some(&id) = syms.get(&sym) {
            return Ok(id);
        }
        // The runtime names this one (abi.md section 9).
        let linkage = if self.info.runtime_errors.contains(&t) {
            Linkage::Export
        } else {
            Linkage::Local
        };
        let id = module
            .declare_data(&sym, linkage, false, false)
            .map_err(|e| e.to_string())?;
        syms.insert(sym, id);
        self.queue.push(t);
        Ok(id)
    }

    /// Defines every queued descriptor (and those they refer to).
    pub fn flush(
        &mut self,
        module: &mut ObjectModule,
        syms: &mut HashMap<String, DataId>,
        funcs: &HashMap<String, FuncId>,
    ) -> Result<(), String> {
        while let Some(t) = self.queue.pop() {
            self.define(module, syms, funcs, t)?;
        }
        Ok(())
    }

    /// A read-only byte string.
    fn string(&mut self, module: &mut ObjectModule, s: &str) -> Result<DataId, String> {
        if let Some(&id) = self.strings.get(s) {
            return Ok(id);
        }
        let name = format!("go:typestr.{}", self.strings.len());
        let id = module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        d.define(s.as_bytes().to_vec().into_boxed_slice());
        module.define_data(id, &d).map_err(|e| e.to_string())?;
        self.strings.insert(s.to_string(), id);
        Ok(id)
    }

    /// An anonymous data object of `bytes` with `relocs`: (offset, target
    /// data) and `frelocs`: (offset, function).
    fn blob(
        &mut self,
        module: &mut ObjectModule,
        name: String,
        bytes: Vec<u8>,
        relocs: &[(u32, DataId)],
        frelocs: &[(u32, FuncId)],
    ) -> Result<DataId, String> {
        let id = module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        define_blob(module, id, bytes, relocs, frelocs)?;
        Ok(id)
    }

    fn define(
        &mut self,
        module: &mut ObjectModule,
        syms: &mut HashMap<String, DataId>,
        funcs: &HashMap<String, FuncId>,
        t: TypeId,
    ) -> Result<(), String> {
        let info = self.info;
        let tys = &info.tys;
        let sym = symbol(info, t);
        let id = syms[&sym];
        let name = tys.qualified_name(t);
        let (size, ptrmask) = layout_of(info, t);
        let ptrdata: u64 = ptrmask
            .iter()
            .rposition(|&p| p)
            .map(|i| (i as u64 + 1) * 8)
            .unwrap_or(0);
        let mut bytes = vec![0u8; TYPE_SIZE];
        let mut relocs: Vec<(u32, DataId)> = Vec::new();
        bytes[0..8].copy_from_slice(&size.to_le_bytes());
        bytes[8..16].copy_from_slice(&ptrdata.to_le_bytes());
        bytes[16..20].copy_from_slice(&hash(&name).to_le_bytes());
        let is_tuple = matches!(tys.kind(t), TypeKind::Tuple(_));
        let mut tflag = 0u8;
        if tys.is_named(t) {
            tflag |= TFLAG_NAMED;
        }
        if !is_tuple {
            if tys.comparable(t) {
                tflag |= TFLAG_COMPARABLE;
            }
            if regular_memory(info, t) {
                tflag |= TFLAG_REGULAR_MEMORY;
            }
            if is_direct_iface(info, t) {
                tflag |= TFLAG_DIRECT_IFACE;
            }
        }
        bytes[20] = tflag;
        let align = if is_tuple {
            8
        } else {
            tys.align(t).clamp(1, 8) as u8
        };
        bytes[21] = align;
        bytes[22] = align;
        bytes[23] = kind(info, t);
        if ptrdata > 0 {
            let mut bits = vec![0u8; ptrmask.len().div_ceil(8)];
            for (i, &p) in ptrmask.iter().enumerate() {
                if p {
                    bits[i / 8] |= 1 << (i % 8);
                }
            }
            let bm = self.blob(module, format!("{}.gcdata", sym), bits, &[], &[])?;
            relocs.push((24, bm));
        }
        let nm = self.string(module, &name)?;
        relocs.push((32, nm));
        bytes[40..48].copy_from_slice(&(name.len() as u64).to_le_bytes());
        if !is_tuple {
            if let Some(extra) = self.extra(module, syms, t, &sym)? {
                relocs.push((48, extra));
            }
            let ms = methods_of_ext(info, t, self.unnamed_methods.contains(&t));
            if !ms.is_empty() {
                let mut mb = vec![0u8; 32 * ms.len()];
                let mut mr = Vec::new();
                let mut fr = Vec::new();
                for (k, e) in ms.iter().enumerate() {
                    let o = 32 * k;
                    let n = self.string(module, &e.name)?;
                    mr.push((o as u32, n));
                    mb[o + 8..o + 16].copy_from_slice(&(e.name.len() as u64).to_le_bytes());
                    let mt = self.desc(module, syms, e.sig)?;
                    mr.push((o as u32 + 16, mt));
                    let f = ifn_symbol(info, t, e);
                    let fid = *funcs
                        .get(&f)
                        .ok_or_else(|| format!("internal error: no method function {}", f))?;
                    fr.push((o as u32 + 24, fid));
                }
                let m = self.blob(module, format!("{}.methods", sym), mb, &mr, &fr)?;
                relocs.push((56, m));
                bytes[64..72].copy_from_slice(&(ms.len() as u64).to_le_bytes());
            }
        }
        define_blob(module, id, bytes, &relocs, &[])
    }

    /// The kind-specific data of `t`'s descriptor.
    fn extra(
        &mut self,
        module: &mut ObjectModule,
        syms: &mut HashMap<String, DataId>,
        t: TypeId,
        sym: &str,
    ) -> Result<Option<DataId>, String> {
        let info = self.info;
        let tys = &info.tys;
        let u = tys.underlying(t);
        Ok(match tys.kind(u).clone() {
            TypeKind::Pointer(e) | TypeKind::Slice(e) => Some(self.desc(module, syms, e)?),
            TypeKind::Chan(d, e) => {
                let ed = self.desc(module, syms, e)?;
                let mut b = vec![0u8; 16];
                b[8..16].copy_from_slice(&(d as u64).to_le_bytes());
                Some(self.blob(module, format!("{}.extra", sym), b, &[(0, ed)], &[])?)
            }
            TypeKind::Map(k, v) => {
                let kd = self.desc(module, syms, k)?;
                let vd = self.desc(module, syms, v)?;
                let b = vec![0u8; 16];
                Some(self.blob(
                    module,
                    format!("{}.extra", sym),
                    b,
                    &[(0, kd), (8, vd)],
                    &[],
                )?)
            }
            TypeKind::Array(n, e) => {
                let ed = self.desc(module, syms, e)?;
                let mut b = vec![0u8; 16];
                b[8..16].copy_from_slice(&n.to_le_bytes());
                Some(self.blob(module, format!("{}.extra", sym), b, &[(0, ed)], &[])?)
            }
            TypeKind::Struct(fs) => {
                let (offs, _) = tys.struct_layout(u);
                let mut fb = vec![0u8; 56 * fs.len().max(1)];
                let mut fr = Vec::new();
                for (k, (f, off)) in fs.iter().zip(offs).enumerate() {
                    let o = 56 * k;
                    let n = self.string(module, &f.name)?;
                    fr.push((o as u32, n));
                    fb[o + 8..o + 16].copy_from_slice(&(f.name.len() as u64).to_le_bytes());
                    let ft = self.desc(module, syms, f.typ)?;
                    fr.push((o as u32 + 16, ft));
                    fb[o + 24..o + 32].copy_from_slice(&off.to_le_bytes());
                    fb[o + 32..o + 40].copy_from_slice(&(f.embedded as u64).to_le_bytes());
                    if !f.tag.is_empty() {
                        let tg = self.string(module, &f.tag)?;
                        fr.push((o as u32 + 40, tg));
                        fb[o + 48..o + 56].copy_from_slice(&(f.tag.len() as u64).to_le_bytes());
                    }
                }
                let fields = self.blob(module, format!("{}.fields", sym), fb, &fr, &[])?;
                let pkg = self.string(module, "main")?;
                let mut b = vec![0u8; 32];
                b[8..16].copy_from_slice(&(fs.len() as u64).to_le_bytes());
                b[24..32].copy_from_slice(&4u64.to_le_bytes());
                Some(self.blob(
                    module,
                    format!("{}.extra", sym),
                    b,
                    &[(0, fields), (16, pkg)],
                    &[],
                )?)
            }
            TypeKind::Interface(ms) => {
                let mut mb = vec![0u8; 24 * ms.len().max(1)];
                let mut mr = Vec::new();
                for (k, m) in ms.iter().enumerate() {
                    let o = 24 * k;
                    let n = self.string(module, &m.name)?;
                    mr.push((o as u32, n));
                    mb[o + 8..o + 16].copy_from_slice(&(m.name.len() as u64).to_le_bytes());
                    let st = self.desc(module, syms, m.sig)?;
                    mr.push((o as u32 + 16, st));
                }
                let methods = self.blob(module, format!("{}.imethods", sym), mb, &mr, &[])?;
                let pkg = self.string(module, "main")?;
                let mut b = vec![0u8; 32];
                b[8..16].copy_from_slice(&(ms.len() as u64).to_le_bytes());
                b[24..32].copy_from_slice(&4u64.to_le_bytes());
                Some(self.blob(
                    module,
                    format!("{}.extra", sym),
                    b,
                    &[(0, methods), (16, pkg)],
                    &[],
                )?)
            }
            TypeKind::Func(ps, rs, variadic) => {
                let mut list = |c: &mut Self,
                                ts: &[TypeId],
                                what: &str|
                 -> Result<DataId, String> {
                    let mut b = vec![0u8; 8 * ts.len().max(1)];
                    let mut r = Vec::new();
                    for (k, &x) in ts.iter().enumerate() {
                        r.push(((8 * k) as u32, c.desc(module, syms, x)?));
                    }
                    b.truncate(8 * ts.len().max(1));
                    let id = module
                        .declare_data(&format!("{}.{}", sym, what), Linkage::Local, false, false)
                        .map_err(|e| e.to_string())?;
                    define_blob(module, id, b, &r, &[])?;
                    Ok(id)
                };
                let p = list(self, &ps, "params")?;
                let r = list(self, &rs, "results")?;
                let mut b = vec![0u8; 40];
                b[8..16].copy_from_slice(&(ps.len() as u64).to_le_bytes());
                b[24..32].copy_from_slice(&(rs.len() as u64).to_le_bytes());
                b[32..40].copy_from_slice(&(variadic as u64).to_le_bytes());
                Some(self.blob(module, format!("{}.extra", sym), b, &[(0, p), (16, r)], &[])?)
            }
            _ => None,
        })
    }

    /// Defines the itab of concrete type `t` for interface `i`.
    pub fn itab(
        &mut self,
        module: &mut ObjectModule,
        syms: &mut HashMap<String, DataId>,
        funcs: &HashMap<String, FuncId>,
        t: TypeId,
        i: TypeId,
    ) -> Result<(), String> {
        let info = self.info;
        let sym = itab_symbol(info, t, i);
        if syms.contains_key(&sym) {
            return Ok(());
        }
        let want = info.tys.interface_methods(i).unwrap_or(&[]).to_vec();
        let have = methods_of_ext(info, t, true);
        let mut bytes = vec![0u8; 24 + 8 * want.len().max(1)];
        let inter = self.desc(module, syms, i)?;
        let typ = self.desc(module, syms, t)?;
        let name = info.tys.qualified_name(t);
        bytes[16..20].copy_from_slice(&hash(&name).to_le_bytes());
        let mut fr = Vec::new();
        for (k, m) in want.iter().enumerate() {
            let e = have
                .iter()
                .find(|e| e.name == m.name)
                .ok_or_else(|| format!("internal error: {} lacks method {}", name, m.name))?;
            let f = ifn_symbol(info, t, e);
            let fid = *funcs
                .get(&f)
                .ok_or_else(|| format!("internal error: no method function {}", f))?;
            fr.push(((24 + 8 * k) as u32, fid));
        }
        let id = module
            .declare_data(&sym, Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        define_blob(module, id, bytes, &[(0, inter), (8, typ)], &fr)?;
        syms.insert(sym, id);
        Ok(())
    }
}

/// Defines data object `id` as `bytes` with data and function relocations.
fn define_blob(
    module: &mut ObjectModule,
    id: DataId,
    bytes: Vec<u8>,
    relocs: &[(u32, DataId)],
    frelocs: &[(u32, FuncId)],
) -> Result<(), String> {
    let mut d = DataDescription::new();
    d.set_align(8);
    for &(off, target) in relocs {
        let gv = module.declare_data_in_data(target, &mut d);
        d.write_data_addr(off, gv, 0);
    }
    for &(off, f) in frelocs {
        let fr = module.declare_func_in_data(f, &mut d);
        d.write_function_addr(off, fr);
    }
    d.define(bytes.into_boxed_slice());
    module.define_data(id, &d).map_err(|e| e.to_string())
}

/// A descriptor for an object of 8-byte slots (closure objects of
/// `defer`), `flags` telling which slots hold pointers.
pub fn words_desc(module: &mut ObjectModule, name: &str, flags: &[bool]) -> Result<DataId, String> {
    let size = 8 * flags.len() as u64;
    let ptrdata = flags
        .iter()
        .rposition(|&p| p)
        .map(|i| (i as u64 + 1) * 8)
        .unwrap_or(0);
    let mut bytes = vec![0u8; TYPE_SIZE];
    bytes[0..8].copy_from_slice(&size.to_le_bytes());
    bytes[8..16].copy_from_slice(&ptrdata.to_le_bytes());
    bytes[21] = 8;
    bytes[22] = 8;
    let mut relocs = Vec::new();
    if ptrdata > 0 {
        let mut bits = vec![0u8; flags.len().div_ceil(8)];
        for (i, &p) in flags.iter().enumerate() {
            if p {
                bits[i / 8] |= 1 << (i % 8);
            }
        }
        let bm = module
            .declare_data(&format!("{}.gcdata", name), Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        define_blob(module, bm, bits, &[], &[])?;
        relocs.push((24, bm));
    }
    let id = module
        .declare_data(name, Linkage::Local, false, false)
        .map_err(|e| e.to_string())?;
    define_blob(module, id, bytes, &relocs, &[])?;
    Ok(id)
}
