//! What the collector needs to find pointers outside the heap (abi.md
//! §13): per function, the stack words that hold pointers at each call,
//! from Cranelift's user stack maps and the frame's stack-slot layout; and
//! `go:gcroots`, the pointer words of the package variables.

use cranelift_codegen::ir::{self, types};
use cranelift_codegen::Context;
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use cranelift_object::ObjectModule;

use crate::ssa::ir::{self as gir, BinOp, Op, Term, Ty};

/// The values of `f` that may hold pointers: those the lowering marked,
/// plus addresses derived from them (`p + k`, `p - k`, a `select` of
/// pointers) and block parameters that receive a pointer on some edge,
/// so that an interior pointer kept across a call keeps its object alive.
pub fn pointer_values(f: &gir::Func) -> Vec<bool> {
    let mut ptr = f.pointers.clone();
    loop {
        let mut changed = false;
        for bd in &f.blocks {
            for inst in &bd.insts {
                let derived = match &inst.op {
                    Op::Bin(BinOp::Iadd | BinOp::Isub, x, y) => {
                        ptr[x.0 as usize] || ptr[y.0 as usize]
                    }
                    Op::Select(_, x, y) => ptr[x.0 as usize] || ptr[y.0 as usize],
                    _ => false,
                };
                if derived {
                    for &r in &inst.results {
                        if f.ty(r) == Ty::I64 && !ptr[r.0 as usize] {
                            ptr[r.0 as usize] = true;
                            changed = true;
                        }
                    }
                }
            }
            let edges: Vec<(&gir::Block, &Vec<gir::Value>)> = match &bd.term {
                Some(Term::Jump(t, a)) => vec![(t, a)],
                Some(Term::Brif(_, t, ta, e, ea)) => vec![(t, ta), (e, ea)],
                _ => Vec::new(),
            };
            for (t, args) in edges {
                for (&p, a) in f.blocks[t.0 as usize].params.iter().zip(args) {
                    if ptr[a.0 as usize] && !ptr[p.0 as usize] && f.ty(p) == Ty::I64 {
                        ptr[p.0 as usize] = true;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            return ptr;
        }
    }
}

/// Zeroes the pointer words of `f`'s stack slots at the current point
/// (the function's entry, before its first call), so that the collector,
/// which scans them at every call, never sees stale words.
pub fn zero_pointer_slots(
    b: &mut cranelift_frontend::FunctionBuilder,
    f: &gir::Func,
    slots: &[ir::StackSlot],
) {
    use cranelift_codegen::ir::InstBuilder;
    let mut zero = None;
    for (k, ptrs) in f.slot_ptrs.iter().enumerate() {
        for (w, &p) in ptrs.iter().enumerate() {
            if p {
                let z = *zero.get_or_insert_with(|| b.ins().iconst(types::I64, 0));
                b.ins().stack_store(types::I64, z, slots[k], 8 * w as i32);
            }
        }
    }
}

/// Builds a function's stack-map blob after Cranelift compiled it (format
/// in abi.md §13), or `None` when no call of it has pointers to report.
pub fn collect(f: &gir::Func, ctx: &Context, slots: &[ir::StackSlot]) -> Option<Vec<u8>> {
    let cc = ctx.compiled_code()?;
    let layout = cc.buffer.frame_layout()?;
    let mut slot_words: Vec<u32> = Vec::new();
    for (k, ptrs) in f.slot_ptrs.iter().enumerate() {
        let base = layout.stackslots[slots[k]].offset;
        for (w, &p) in ptrs.iter().enumerate() {
            if p {
                slot_words.push(base + 8 * w as u32);
            }
        }
    }
    let maps = cc.buffer.user_stack_maps();
    if maps.is_empty() && slot_words.is_empty() {
        return None;
    }
    let mut sites: Vec<(u32, u32, u32)> = Vec::new();
    let mut pool: Vec<u32> = Vec::new();
    for (ret, _span, map) in maps {
        let first = pool.len() as u32;
        for (_ty, off) in map.entries() {
            pool.push(off);
        }
        sites.push((*ret, first, pool.len() as u32 - first));
    }
    // Calls with nothing live get an empty site: the runtime treats a
    // return address it cannot find as a fault, where every word live at
    // any call counts, which would keep dead objects alive.
    let mapped: std::collections::HashSet<u32> = sites.iter().map(|s| s.0).collect();
    for cs in cc.buffer.call_sites() {
        if !mapped.contains(&cs.ret_addr) {
            sites.push((cs.ret_addr, 0, 0));
        }
    }
    sites.sort_unstable_by_key(|s| s.0);
    let mut out: Vec<u32> = vec![
        layout.frame_to_fp_offset,
        sites.len() as u32,
        slot_words.len() as u32,
    ];
    for (ret, first, n) in &sites {
        out.extend([*ret, *first, *n]);
    }
    out.extend(&slot_words);
    out.extend(&pool);
    Some(out.iter().flat_map(|w| w.to_le_bytes()).collect())
}

/// Emits `go:gcroots`: a count, then `{ addr, nwords, mask_ptr }` per
/// package variable that holds pointers, the mask one bit per word.
pub fn emit_roots(
    module: &mut ObjectModule,
    globals: &[(DataId, Vec<bool>)],
) -> Result<(), String> {
    let err = |e: cranelift_module::ModuleError| e.to_string();
    let roots: Vec<&(DataId, Vec<bool>)> = globals
        .iter()
        .filter(|(_, m)| m.iter().any(|&p| p))
        .collect();
    let mut table = vec![0u8; 8 + 24 * roots.len()];
    table[0..8].copy_from_slice(&(roots.len() as u64).to_le_bytes());
    let mut d = DataDescription::new();
    d.set_align(8);
    for (k, (id, mask)) in roots.iter().enumerate() {
        let o = 8 + 24 * k;
        let gv = module.declare_data_in_data(*id, &mut d);
        d.write_data_addr(o as u32, gv, 0);
        table[o + 8..o + 16].copy_from_slice(&(mask.len() as u64).to_le_bytes());
        let mut bits = vec![0u8; mask.len().div_ceil(8)];
        for (i, &p) in mask.iter().enumerate() {
            if p {
                bits[i / 8] |= 1 << (i % 8);
            }
        }
        let mid = module
            .declare_data(&format!("go:gcroot.{}", k), Linkage::Local, false, false)
            .map_err(err)?;
        let mut md = DataDescription::new();
        md.define(bits.into_boxed_slice());
        module.define_data(mid, &md).map_err(err)?;
        let mv = module.declare_data_in_data(mid, &mut d);
        d.write_data_addr(o as u32 + 16, mv, 0);
    }
    d.define(table.into_boxed_slice());
    let id = module
        .declare_data("go:gcroots", Linkage::Export, false, false)
        .map_err(err)?;
    module.define_data(id, &d).map_err(err)
}
