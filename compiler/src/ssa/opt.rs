//! Optimizations on a lowered [`Func`]: the ones gc makes that matter most to
//! pointer-heavy code.
//!
//! * Nil-check elimination: a nil check of a pointer already known not to be
//!   nil (checked on every path to it, or fresh from `newobject`, or the
//!   address of a variable) becomes a jump.
//! * Stores to fresh objects: between `newobject` and the next call nothing
//!   can stop the world, so a store into the new object needs no write
//!   barrier (the collector's snapshot cannot have seen the object's old
//!   contents, docs/abi.md §13), and a store of zero to a word not written
//!   since the allocation is a no-op (the object comes zeroed).

use std::collections::{HashMap, HashSet};

use super::cfg::{immediate_dominators, predecessors, reverse_postorder};
use super::ir::{Block, Cond, Func, Inst, Op, Rt, Term, Value};

/// Runs every pass on `f`.
pub fn optimize(f: &mut Func) {
    eliminate_nil_checks(f);
    fresh_object_stores(f);
}

/// The operation that defines each value.
fn definitions(f: &Func) -> HashMap<Value, &Op> {
    let mut defs = HashMap::new();
    for bd in &f.blocks {
        for inst in &bd.insts {
            for &r in &inst.results {
                defs.insert(r, &inst.op);
            }
        }
    }
    defs
}

/// The pointer a nil test `c` compares with zero, and whether the test is
/// true when the pointer is nil.
fn nil_test(
    defs: &HashMap<Value, &Op>,
    consts: &HashMap<Value, i64>,
    c: Value,
) -> Option<(Value, bool)> {
    match defs.get(&c)? {
        Op::Icmp(cond @ (Cond::Eq | Cond::Ne), x, y) => {
            let p = if consts.get(y) == Some(&0) {
                *x
            } else if consts.get(x) == Some(&0) {
                *y
            } else {
                return None;
            };
            Some((p, *cond == Cond::Eq))
        }
        _ => None,
    }
}

/// Whether block `b` only panics with a nil dereference (what
/// `nil_check` in lowering makes).
fn is_nil_panic(f: &Func, b: Block) -> bool {
    let bd = &f.blocks[b.0 as usize];
    matches!(bd.term, Some(Term::Unreachable))
        && bd
            .insts
            .iter()
            .all(|i| matches!(i.op, Op::Iconst(..) | Op::CallRt(Rt::PanicMem, _)))
}

/// Turns nil checks of pointers known not to be nil into jumps.
fn eliminate_nil_checks(f: &mut Func) {
    let order = reverse_postorder(f);
    let preds = predecessors(f, &order);
    let idom = immediate_dominators(&order, &preds);
    let defs = definitions(f);
    let consts: HashMap<Value, i64> = defs
        .iter()
        .filter_map(|(&v, op)| match op {
            Op::Iconst(_, c) => Some((v, *c)),
            _ => None,
        })
        .collect();
    // Values that are never nil wherever they are defined.
    let always: HashSet<Value> = defs
        .iter()
        .filter(|(_, op)| {
            matches!(
                op,
                Op::CallRt(Rt::NewObject, _) | Op::Addr(_) | Op::StackAddr(_)
            )
        })
        .map(|(&v, _)| v)
        .collect();
    // The pointer each block's entry proves non-nil: the block is the
    // non-nil side of its single predecessor's nil test.
    let mut entry_fact: Vec<Option<Value>> = vec![None; f.blocks.len()];
    for &b in &order {
        if let Some(Term::Brif(c, t, _, e, _)) = &f.blocks[b].term {
            if let Some((p, eq)) = nil_test(&defs, &consts, *c) {
                let nonnil_side = if eq { *e } else { *t };
                if t != e && preds[nonnil_side.0 as usize].len() == 1 {
                    entry_fact[nonnil_side.0 as usize] = Some(p);
                }
            }
        }
    }
    // A block's facts are its own plus its dominators'.
    let mut rewrite = Vec::new();
    for &b in &order {
        let known = |p: Value| {
            if always.contains(&p) {
                return true;
            }
            let mut x = b;
            loop {
                if entry_fact[x] == Some(p) {
                    return true;
                }
                if x == 0 {
                    return false;
                }
                x = idom[x];
            }
        };
        if let Some(Term::Brif(c, t, targs, e, eargs)) = &f.blocks[b].term {
            if let Some((p, eq)) = nil_test(&defs, &consts, *c) {
                let (panic, ok, args) = if eq { (*t, *e, eargs) } else { (*e, *t, targs) };
                if panic != ok && is_nil_panic(f, panic) && known(p) {
                    rewrite.push((b, Term::Jump(ok, args.clone())));
                }
            }
        }
    }
    for (b, t) in rewrite {
        f.blocks[b].term = Some(t);
    }
}

/// Removes write barriers from stores into objects fresh from `newobject`
/// and zero stores that the allocation's zeroing already made, block by
/// block, up to the next call.
fn fresh_object_stores(f: &mut Func) {
    let zero: HashSet<Value> = f
        .blocks
        .iter()
        .flat_map(|bd| &bd.insts)
        .filter(|i| match i.op {
            Op::Iconst(_, c) => c == 0,
            Op::F32const(b) => b == 0,
            Op::F64const(b) => b == 0,
            _ => false,
        })
        .flat_map(|i| i.results.iter().copied())
        .collect();
    let consts: HashMap<Value, i64> = f
        .blocks
        .iter()
        .flat_map(|bd| &bd.insts)
        .filter_map(|i| match i.op {
            Op::Iconst(_, c) => Some((i.results[0], c)),
            _ => None,
        })
        .collect();
    let types = f.value_types.clone();
    for bd in &mut f.blocks {
        // Pointers into fresh objects: (object, offset).
        let mut fresh: HashMap<Value, (Value, i64)> = HashMap::new();
        // Byte ranges of each object written since its allocation.
        let mut written: HashMap<Value, Vec<(i64, i64)>> = HashMap::new();
        // Objects whose address has been stored or passed on: a store
        // through another pointer may then write them.
        let mut escaped: HashSet<Value> = HashSet::new();
        let insts = std::mem::take(&mut bd.insts);
        let mut out: Vec<Inst> = Vec::with_capacity(insts.len());
        for mut inst in insts {
            match &inst.op {
                Op::CallRt(Rt::NewObject, _) => {
                    // The call is a safepoint: earlier objects are no
                    // longer fresh.
                    fresh.clear();
                    written.clear();
                    escaped.clear();
                    let r = inst.results[0];
                    fresh.insert(r, (r, 0));
                    written.insert(r, Vec::new());
                    out.push(inst);
                    continue;
                }
                Op::Call(..) | Op::CallIndirect(..) | Op::CallC(..) | Op::CallRt(..) => {
                    fresh.clear();
                    written.clear();
                    escaped.clear();
                }
                Op::AtomicLoad(..)
                | Op::AtomicStore(..)
                | Op::AtomicRmw(..)
                | Op::AtomicCas(..)
                | Op::WriteBarrier(..) => {
                    // Left alone; they may write anything given.
                    for v in operands(&inst.op) {
                        if let Some(&(o, _)) = fresh.get(&v) {
                            escaped.insert(o);
                        }
                    }
                }
                Op::Bin(super::ir::BinOp::Iadd, x, y) => {
                    let derived = match (fresh.get(x), fresh.get(y), consts.get(y), consts.get(x)) {
                        (Some(&(o, off)), _, Some(&c), _) => Some((o, off.wrapping_add(c))),
                        (_, Some(&(o, off)), _, Some(&c)) => Some((o, off.wrapping_add(c))),
                        _ => None,
                    };
                    match derived {
                        Some(d) => {
                            fresh.insert(inst.results[0], d);
                        }
                        None => {
                            for v in [*x, *y] {
                                if let Some(&(o, _)) = fresh.get(&v) {
                                    escaped.insert(o);
                                }
                            }
                        }
                    }
                }
                Op::Store(a, off, v) | Op::StoreWb(a, off, v) => {
                    let (a, off, v) = (*a, *off, *v);
                    if let Some(&(o, _)) = fresh.get(&v) {
                        escaped.insert(o);
                    }
                    if let Some(&(o, base)) = fresh.get(&a) {
                        let start = base + off as i64;
                        let end = start + (types[v.0 as usize].bits() / 8) as i64;
                        let ranges = written.entry(o).or_default();
                        let overlaps = ranges.iter().any(|&(s, e)| s < end && start < e);
                        if zero.contains(&v) && !overlaps && !escaped.contains(&o) {
                            continue;
                        }
                        ranges.push((start, end));
                        inst.op = Op::Store(a, off, v);
                    }
                }
                Op::Load(..) | Op::Icmp(..) => {}
                op => {
                    for v in operands(op) {
                        if let Some(&(o, _)) = fresh.get(&v) {
                            escaped.insert(o);
                        }
                    }
                }
            }
            out.push(inst);
        }
        bd.insts = out;
    }
}

/// The values an operation reads.
fn operands(op: &Op) -> Vec<Value> {
    match op {
        Op::Iconst(..) | Op::F32const(_) | Op::F64const(_) | Op::Addr(_) | Op::FuncAddr(_) => {
            Vec::new()
        }
        Op::StackAddr(_) | Op::G => Vec::new(),
        Op::Bin(_, x, y) | Op::Icmp(_, x, y) | Op::Fcmp(_, x, y) => vec![*x, *y],
        Op::Un(_, x) | Op::Conv(_, _, x) | Op::Load(_, x, _) | Op::AtomicLoad(_, x) => vec![*x],
        Op::Select(c, x, y) => vec![*c, *x, *y],
        Op::Store(a, _, v) | Op::StoreWb(a, _, v) | Op::WriteBarrier(a, _, v) => vec![*a, *v],
        Op::AtomicStore(a, v) | Op::AtomicRmw(_, a, v) => vec![*a, *v],
        Op::AtomicCas(a, x, y) => vec![*a, *x, *y],
        Op::Call(_, args) | Op::CallC(_, args) | Op::CallRt(_, args) => args.clone(),
        Op::CallIndirect(c, args) => std::iter::once(*c).chain(args.iter().copied()).collect(),
        Op::BoundsCheck(_, _, x, y) => vec![*x, *y],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ssa::builder::Builder;
    use crate::ssa::ir::{DataRef, Ty};

    fn count(f: &Func, pred: impl Fn(&Op) -> bool) -> usize {
        f.blocks
            .iter()
            .flat_map(|b| &b.insts)
            .filter(|i| pred(&i.op))
            .count()
    }

    /// `nil_check` of lowering, by hand: panics unless `p` is non-nil.
    fn nil_check(b: &mut Builder, g: Value, p: Value) {
        let zero = b.inst1(Op::Iconst(Ty::I64, 0), Ty::I64);
        let c = b.inst1(Op::Icmp(Cond::Eq, p, zero), Ty::I8);
        let (panic, ok) = (b.create_block(), b.create_block());
        b.brif(c, panic, ok);
        b.seal(panic);
        b.seal(ok);
        b.switch_to(panic);
        let z = b.inst1(Op::Iconst(Ty::I64, 0), Ty::I64);
        b.inst(Op::CallRt(Rt::PanicMem, vec![g, z]), &[]);
        b.terminate(Term::Unreachable);
        b.switch_to(ok);
    }

    fn nil_checks(f: &Func) -> usize {
        reverse_postorder(f)
            .iter()
            .filter(|&&b| match &f.blocks[b].term {
                Some(Term::Brif(_, t, _, _, _)) => is_nil_panic(f, *t),
                _ => false,
            })
            .count()
    }

    #[test]
    fn dominated_nil_checks_go() {
        let mut b = Builder::new("f".into(), vec![Ty::I64], vec![Ty::I64], 0, 0);
        let p = b.append_param(Block(0), Ty::I64, true);
        let g = b.inst1(Op::G, Ty::I64);
        nil_check(&mut b, g, p);
        let x = b.inst1(Op::Load(Ty::I64, p, 0), Ty::I64);
        // A call between the checks changes nothing: `p` is a value.
        b.inst(Op::Call("h".into(), vec![g]), &[]);
        nil_check(&mut b, g, p);
        let y = b.inst1(Op::Load(Ty::I64, p, 8), Ty::I64);
        let s = b.inst1(Op::Bin(super::super::ir::BinOp::Iadd, x, y), Ty::I64);
        // A pointer loaded from memory is not known.
        nil_check(&mut b, g, x);
        b.terminate(Term::Return(vec![s]));
        let mut f = b.finish();
        assert_eq!(nil_checks(&f), 3);
        eliminate_nil_checks(&mut f);
        assert_eq!(nil_checks(&f), 2);
    }

    #[test]
    fn checks_on_one_branch_only_stay() {
        // if c { check p }; check p: the second is not dominated.
        let mut b = Builder::new("f".into(), vec![Ty::I64, Ty::I8], vec![], 0, 0);
        let p = b.append_param(Block(0), Ty::I64, true);
        let c = b.append_param(Block(0), Ty::I8, false);
        let g = b.inst1(Op::G, Ty::I64);
        let (then, join) = (b.create_block(), b.create_block());
        b.brif(c, then, join);
        b.seal(then);
        b.switch_to(then);
        nil_check(&mut b, g, p);
        b.jump(join);
        b.seal(join);
        b.switch_to(join);
        nil_check(&mut b, g, p);
        b.terminate(Term::Return(vec![]));
        let mut f = b.finish();
        eliminate_nil_checks(&mut f);
        assert_eq!(nil_checks(&f), 2);
    }

    #[test]
    fn fresh_objects_need_no_barrier_until_a_call() {
        let mut b = Builder::new("f".into(), vec![Ty::I64], vec![], 0, 0);
        let v = b.append_param(Block(0), Ty::I64, true);
        let g = b.inst1(Op::G, Ty::I64);
        let t = b.inst1(Op::Addr(DataRef::Sym("type:T".into())), Ty::I64);
        let o = b.inst1(Op::CallRt(Rt::NewObject, vec![g, t]), Ty::I64);
        let zero = b.inst1(Op::Iconst(Ty::I64, 0), Ty::I64);
        let eight = b.inst1(Op::Iconst(Ty::I64, 8), Ty::I64);
        let o8 = b.inst1(Op::Bin(super::super::ir::BinOp::Iadd, o, eight), Ty::I64);
        b.store_word(o, 0, zero, true); // zero into a zeroed word: gone
        b.store_word(o8, 8, v, true); // no barrier
        b.store_word(o, 16, zero, true); // overwrites `v`: stays
        b.inst(Op::Call("h".into(), vec![g]), &[]);
        b.store_word(o, 0, v, true); // after a call: barrier
        b.store_word(o, 24, zero, true); // after a call: stays
        b.terminate(Term::Return(vec![]));
        let mut f = b.finish();
        fresh_object_stores(&mut f);
        assert_eq!(count(&f, |op| matches!(op, Op::StoreWb(..))), 2);
        assert_eq!(count(&f, |op| matches!(op, Op::Store(..))), 2);
    }

    #[test]
    fn escaped_fresh_objects_keep_their_zero_stores() {
        let mut b = Builder::new("f".into(), vec![Ty::I64], vec![], 0, 0);
        let q = b.append_param(Block(0), Ty::I64, true);
        let g = b.inst1(Op::G, Ty::I64);
        let t = b.inst1(Op::Addr(DataRef::Sym("type:T".into())), Ty::I64);
        let o = b.inst1(Op::CallRt(Rt::NewObject, vec![g, t]), Ty::I64);
        let zero = b.inst1(Op::Iconst(Ty::I64, 0), Ty::I64);
        b.store_word(q, 0, o, true); // `o` escapes into `*q`
        let one = b.inst1(Op::Iconst(Ty::I64, 1), Ty::I64);
        let r = b.inst1(Op::Load(Ty::I64, q, 0), Ty::I64);
        b.store_word(r, 0, one, false); // may write `o`
        b.store_word(o, 0, zero, false); // so this must stay
        b.terminate(Term::Return(vec![]));
        let mut f = b.finish();
        fresh_object_stores(&mut f);
        assert_eq!(count(&f, |op| matches!(op, Op::Store(..))), 2);
        assert_eq!(count(&f, |op| matches!(op, Op::StoreWb(..))), 1);
    }
}
