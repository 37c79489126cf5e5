//! Lowering of structs, arrays and pointers: locating addressable
//! operands, field and element access, nil checks, composite literals,
//! comparison of aggregates and method calls.

use num_traits::ToPrimitive;

use super::{strip, Local, Lowerer};
use crate::ssa::ir::{BinOp as B, Bounds, Cond, DataRef, Op, Rt, Term, Ty, Value};
use crate::ssa::layout::{has_pointers, is_mem_type, type_words};
use crate::syntax::ast::{BinOp, Expr, ExprKind};
use crate::types::check::{ObjId, ObjKind, SelKind};
use crate::types::ty::{TypeId, TypeKind};

/// Where the value of an operand is.
#[derive(Clone)]
pub(super) enum Loc {
    /// A computed value's words (not addressable).
    Words(Vec<Value>),
    /// Memory at an address already known not to be nil.
    Addr(Value),
    /// Memory at `ptr + off` where `ptr` has not been checked for nil yet.
    Deref(Value, i64),
    /// Words of an SSA local variable from the given index on.
    VarPart(ObjId, usize),
}

/// Offsets below this fault on a nil base (the zero page is unmapped),
/// which gc reports as the faulting address; larger ones gc checks
/// explicitly and reports as address 0.
const NIL_FAULT_LIMIT: i64 = 4096;

impl<'a> Lowerer<'a> {
    /// A new zeroed heap object of type `t`.
    pub(super) fn alloc(&mut self, t: TypeId) -> Value {
        let tp = self.type_desc(t);
        let g = self.g;
        let p = self
            .b
            .inst1(Op::CallRt(Rt::NewObject, vec![g, tp]), Ty::I64);
        self.b.mark_ptr(p);
        p
    }

    /// Copies a value of memory type `t` from `src` to `dst`.
    pub(super) fn copy_mem(&mut self, dst: Value, src: Value, t: TypeId) {
        let size = self.info.tys.size(t) as i64;
        if size == 0 {
            return;
        }
        if size <= 64 {
            let align = self.info.tys.align(t).min(8) as i64;
            let ty = match align {
                8 => Ty::I64,
                4 => Ty::I32,
                2 => Ty::I16,
                _ => Ty::I8,
            };
            // Pointer words are aligned words, so a type with pointers
            // is copied by words.
            let mask = crate::ssa::layout::ptr_mask(self.info, t);
            let mut off = 0;
            while off < size {
                let v = self.b.inst1(Op::Load(ty, src, off as i32), ty);
                let ptr = off % 8 == 0 && mask.get(off as usize / 8) == Some(&true);
                self.b.store_word(dst, off as i32, v, ptr);
                off += align;
            }
            return;
        }
        let n = self.iconst(Ty::I64, size);
        if has_pointers(self.info, t) && !self.b.is_stack_addr(dst) {
            self.b
                .inst(Op::CallRt(Rt::TypedMemmove, vec![dst, src, n]), &[]);
            return;
        }
        self.b
            .inst(Op::CallRt(Rt::Memmove, vec![dst, src, n]), &[Ty::I64]);
    }

    /// Copies `bytes` bytes of elements of type `et` (`copy`, `append`):
    /// through the write barrier when they hold pointers.
    pub(super) fn memmove_elems(&mut self, dst: Value, src: Value, bytes: Value, et: TypeId) {
        let rt = if has_pointers(self.info, et) {
            Rt::TypedMemmove
        } else {
            Rt::Memmove
        };
        let res: &[Ty] = if rt == Rt::Memmove { &[Ty::I64] } else { &[] };
        self.b.inst(Op::CallRt(rt, vec![dst, src, bytes]), res);
    }

    /// A value of `t` that no variable or memory aliases: memory-type
    /// values are copied into a fresh object (SSA values are copies anyway).
    pub(super) fn own(&mut self, t: TypeId, vals: Vec<Value>) -> Vec<Value> {
        if !is_mem_type(self.info, t) || vals.is_empty() {
            return vals;
        }
        let p = self.alloc(t);
        self.copy_mem(p, vals[0], t);
        vec![p]
    }

    /// Panics with gc's nil dereference error when `p` is nil.
    pub(super) fn nil_check(&mut self, p: Value, off: i64) {
        let zero = self.iconst(Ty::I64, 0);
        let is_nil = self.b.inst1(Op::Icmp(Cond::Eq, p, zero), Ty::I8);
        let (panic, ok) = (self.b.create_block(), self.b.create_block());
        self.b.brif(is_nil, panic, ok);
        self.b.seal(panic);
        self.b.seal(ok);
        self.b.switch_to(panic);
        let g = self.g;
        let addr = self.iconst(
            Ty::I64,
            if (0..NIL_FAULT_LIMIT).contains(&off) {
                off
            } else {
                0
            },
        );
        self.b.inst(Op::CallRt(Rt::PanicMem, vec![g, addr]), &[]);
        self.b.terminate(Term::Unreachable);
        self.b.switch_to(ok);
    }

    /// `p + off` as a pointer value.
    fn add_offset(&mut self, p: Value, off: i64) -> Value {
        if off == 0 {
            return p;
        }
        let o = self.iconst(Ty::I64, off);
        let a = self.b.inst1(Op::Bin(B::Iadd, p, o), Ty::I64);
        self.b.mark_ptr(a);
        a
    }

    /// The address of a memory location (nil-checking a pending deref).
    pub(super) fn finish(&mut self, loc: &Loc) -> Option<Value> {
        match *loc {
            Loc::Addr(a) => Some(a),
            Loc::Deref(p, off) => {
                self.nil_check(p, off);
                Some(self.add_offset(p, off))
            }
            _ => None,
        }
    }

    /// Reads the value of type `t` at a location.
    pub(super) fn loc_value(&mut self, loc: Loc, t: TypeId) -> Vec<Value> {
        match loc {
            Loc::Words(ws) => ws,
            Loc::VarPart(o, start) => {
                let n = self.words(t).len();
                let all = self.read_var(o);
                all[start..start + n].to_vec()
            }
            l => {
                let a = self.finish(&l).unwrap();
                self.load(a, t)
            }
        }
    }

    /// Where the value of `e` is.
    pub(super) fn locate(&mut self, e: &Expr) -> Loc {
        let t = self.ty_of(e);
        if self.info.consts.contains_key(&e.id) {
            return Loc::Words(self.expr(e));
        }
        match &*e.kind {
            ExprKind::Paren(x) => self.locate(x),
            ExprKind::Ident(_) | ExprKind::Selector(..) if self.is_named_ref(e) => {
                let Some(o) = self.obj_of(e) else {
                    return Loc::Words(Vec::new());
                };
                match &self.info.objs[o as usize].kind {
                    ObjKind::Var { global: true } => Loc::Addr(self.global_addr(o)),
                    ObjKind::Var { global: false } => match self.vars.get(&o).cloned() {
                        Some(Local::Ssa(_)) => Loc::VarPart(o, 0),
                        Some(Local::Mem(v)) => Loc::Addr(self.b.use_var(v)),
                        None => Loc::Words(self.zero(t)),
                    },
                    _ => Loc::Words(self.expr(e)),
                }
            }
            ExprKind::Selector(x, _) => {
                let Some(sel) = self.info.selections.get(&e.id).cloned() else {
                    return Loc::Words(self.expr(e));
                };
                let SelKind::Field(i) = sel.kind else {
                    return Loc::Words(self.expr(e));
                };
                let (loc, holder) = self.walk(x, &sel.path);
                self.field_loc(loc, holder, i)
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)[0];
                Loc::Deref(p, 0)
            }
            ExprKind::Index(x, idx) => {
                let xt = self.ty_of(x);
                if let Some((n, et)) = self.info.tys.array_of(xt) {
                    let loc = self.locate(x);
                    return self.array_elem_loc(loc, n, et, &idx[0]);
                }
                if let Some(pt) = self.info.tys.pointer_elem(xt) {
                    if let Some((n, et)) = self.info.tys.array_of(pt) {
                        let p = self.expr(x)[0];
                        return self.array_elem_loc(Loc::Deref(p, 0), n, et, &idx[0]);
                    }
                }
                if self.info.tys.slice_elem(xt).is_some() {
                    return Loc::Addr(self.elem_addr(x, &idx[0]));
                }
                self.value_loc(e, t)
            }
            _ => self.value_loc(e, t),
        }
    }

    /// The location of a computed (not addressable) value.
    fn value_loc(&mut self, e: &Expr, t: TypeId) -> Loc {
        let v = self.expr(e);
        if is_mem_type(self.info, t) {
            Loc::Addr(v[0])
        } else {
            Loc::Words(v)
        }
    }

    /// Walks the embedded fields `path` from operand `x`: the location of
    /// the struct reached and its type. A pointer operand or embedded
    /// pointer field is followed.
    pub(super) fn walk(&mut self, x: &Expr, path: &[usize]) -> (Loc, TypeId) {
        let xt = self.ty_of(x);
        let (mut loc, mut cur) = match self.info.tys.pointer_elem(xt) {
            Some(pt) => {
                let p = self.expr(x)[0];
                (Loc::Deref(p, 0), pt)
            }
            None => (self.locate(x), xt),
        };
        for &i in path {
            let ft = self.info.tys.struct_fields(cur).unwrap()[i].typ;
            loc = self.field_loc(loc, cur, i);
            match self.info.tys.pointer_elem(ft) {
                Some(pt) => {
                    let p = self.loc_value(loc, ft)[0];
                    loc = Loc::Deref(p, 0);
                    cur = pt;
                }
                None => cur = ft,
            }
        }
        (loc, cur)
    }

    /// The location of field `i` of the struct of type `st` at `loc`.
    pub(super) fn field_loc(&mut self, loc: Loc, st: TypeId, i: usize) -> Loc {
        let fs = self.info.tys.struct_fields(st).unwrap().to_vec();
        match loc {
            Loc::Addr(a) => {
                let (offs, _) = self.info.tys.struct_layout(st);
                Loc::Addr(self.add_offset(a, offs[i] as i64))
            }
            Loc::Deref(p, off) => {
                let (offs, _) = self.info.tys.struct_layout(st);
                Loc::Deref(p, off + offs[i] as i64)
            }
            Loc::VarPart(o, start) => {
                let before: usize = fs[..i]
                    .iter()
                    .map(|f| type_words(self.info, f.typ).len())
                    .sum();
                Loc::VarPart(o, start + before)
            }
            Loc::Words(ws) => {
                let before: usize = fs[..i]
                    .iter()
                    .map(|f| type_words(self.info, f.typ).len())
                    .sum();
                let n = type_words(self.info, fs[i].typ).len();
                Loc::Words(ws[before..before + n].to_vec())
            }
        }
    }

    /// The location of element `idx` of the array `[n]et` at `loc`, after
    /// the bounds check.
    fn array_elem_loc(&mut self, loc: Loc, n: u64, et: TypeId, idx: &Expr) -> Loc {
        let i = self.index_i64(idx);
        let signed = !self.info.tys.is_unsigned(self.ty_of(idx));
        let len = self.iconst(Ty::I64, n as i64);
        if !self.info.consts.contains_key(&idx.id) {
            self.b
                .inst(Op::BoundsCheck(Bounds::Index, signed, i, len), &[]);
        }
        match loc {
            // SSA arrays have at most one element: index 0 is the only one.
            Loc::Words(_) | Loc::VarPart(..) => loc,
            l => {
                if let Some(c) = self
                    .info
                    .consts
                    .get(&idx.id)
                    .and_then(|c| c.to_int())
                    .and_then(|i| i.to_i64())
                {
                    let size = self.info.tys.size(et) as i64;
                    return match l {
                        Loc::Addr(a) => Loc::Addr(self.add_offset(a, c * size)),
                        Loc::Deref(p, off) => Loc::Deref(p, off + c * size),
                        _ => unreachable!(),
                    };
                }
                let a = self.finish(&l).unwrap();
                Loc::Addr(self.offset_addr(a, i, et))
            }
        }
    }

    /// Whether walking `path` from a value of type `t` ends right after
    /// following a pointer (the operand itself, or the last embedded
    /// field): the receiver is then that pointer's value, not an address
    /// computed from it.
    pub(super) fn path_ends_in_pointer(&self, t: TypeId, path: &[usize]) -> bool {
        let tys = &self.info.tys;
        let Some(&last) = path.last() else {
            return tys.pointer_elem(t).is_some();
        };
        let mut cur = tys.pointer_elem(t).unwrap_or(t);
        for &i in &path[..path.len() - 1] {
            let ft = tys.struct_fields(cur).unwrap()[i].typ;
            cur = tys.pointer_elem(ft).unwrap_or(ft);
        }
        let ft = tys.struct_fields(cur).unwrap()[last].typ;
        tys.pointer_elem(ft).is_some()
    }

    /// `&x`.
    pub(super) fn address_of(&mut self, x: &Expr) -> Value {
        let inner = strip(x);
        if let ExprKind::CompositeLit { .. } = &*inner.kind {
            let t = self.ty_of(inner);
            let v = self.expr(inner);
            if is_mem_type(self.info, t) {
                return v[0];
            }
            let p = self.alloc(t);
            self.store(p, t, &v);
            return p;
        }
        let loc = self.locate(inner);
        match self.finish(&loc) {
            Some(a) => a,
            None => {
                // Not addressable in memory (the checker marks variables
                // whose address is taken): should not happen.
                let t = self.ty_of(inner);
                let vals = self.loc_value(loc, t);
                let p = self.alloc(t);
                self.store(p, t, &vals);
                p
            }
        }
    }

    /// A struct composite literal of type `t`.
    pub(super) fn struct_literal(&mut self, t: TypeId, elts: &[Expr]) -> Vec<Value> {
        let fs = self.info.tys.struct_fields(t).unwrap().to_vec();
        let mut inits: Vec<(usize, &Expr)> = Vec::new();
        for (k, el) in elts.iter().enumerate() {
            match &*el.kind {
                ExprKind::KeyValue(key, v) => {
                    if let ExprKind::Ident(id) = &*key.kind {
                        if let Some(i) = fs.iter().position(|f| f.name == id.name) {
                            inits.push((i, v));
                        }
                    }
                }
                _ => inits.push((k, el)),
            }
        }
        if is_mem_type(self.info, t) {
            let p = self.alloc(t);
            let (offs, _) = self.info.tys.struct_layout(t);
            for (i, v) in inits {
                let vals = self.expr(v);
                if fs[i].name == "_" {
                    // Evaluated, but a blank field stays zero.
                    continue;
                }
                let a = self.add_offset(p, offs[i] as i64);
                self.store(a, fs[i].typ, &vals);
            }
            return vec![p];
        }
        let mut parts: Vec<Vec<Value>> = fs.iter().map(|f| self.zero(f.typ)).collect();
        for (i, v) in inits {
            let vals = self.expr(v);
            if fs[i].name == "_" {
                continue;
            }
            parts[i] = self.own(fs[i].typ, vals);
        }
        parts.concat()
    }

    /// An array composite literal of type `t`.
    pub(super) fn array_literal(&mut self, t: TypeId, elts: &[Expr]) -> Vec<Value> {
        let (_, et) = self.info.tys.array_of(t).unwrap();
        let mut inits: Vec<(i64, &Expr)> = Vec::new();
        let mut next = 0i64;
        for el in elts {
            let v = match &*el.kind {
                ExprKind::KeyValue(k, v) => {
                    next = self
                        .info
                        .consts
                        .get(&k.id)
                        .and_then(|c| c.to_int())
                        .and_then(|i| i.to_i64())
                        .unwrap_or(next);
                    v
                }
                _ => el,
            };
            inits.push((next, v));
            next += 1;
        }
        if is_mem_type(self.info, t) {
            let p = self.alloc(t);
            let size = self.info.tys.size(et) as i64;
            for (i, v) in inits {
                let vals = self.expr(v);
                let a = self.add_offset(p, i * size);
                self.store(a, et, &vals);
            }
            return vec![p];
        }
        let mut out = self.zero(t);
        for (_, v) in inits {
            let vals = self.expr(v);
            out = self.own(et, vals);
        }
        out
    }

    /// `a == b` or `a != b` for struct and array values of type `t`.
    pub(super) fn compare_aggregate(
        &mut self,
        op: BinOp,
        t: TypeId,
        a: &[Value],
        b: &[Value],
    ) -> Value {
        let eq = self.equal_aggregate(t, a, b);
        if op == BinOp::Neq {
            let one = self.iconst(Ty::I8, 1);
            return self.b.inst1(Op::Bin(B::Bxor, eq, one), Ty::I8);
        }
        eq
    }

    /// Field by field (element by element) equality, as the spec defines
    /// it for structs and arrays (blank fields are skipped).
    fn equal_aggregate(&mut self, t: TypeId, a: &[Value], b: &[Value]) -> Value {
        // Long arrays of integers, booleans or pointers compare as bytes
        // (gc's memequal) instead of element by element inline.
        if let TypeKind::Array(n, e) = self.info.tys.kind(self.info.tys.underlying(t)) {
            let tys = &self.info.tys;
            let eu = tys.underlying(*e);
            let plain = match tys.kind(eu) {
                TypeKind::Basic(bk) => bk.is_integer() || tys.is_boolean(eu),
                TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
                _ => false,
            };
            if *n > 16 && plain && is_mem_type(self.info, t) {
                let size = self.iconst(Ty::I64, tys.size(t) as i64);
                return self
                    .b
                    .inst1(Op::CallRt(Rt::MemEqual, vec![a[0], b[0], size]), Ty::I8);
            }
        }
        let mut acc = self.iconst(Ty::I8, 1);
        let parts = self.parts(t);
        let mem = is_mem_type(self.info, t);
        let mut word = 0;
        for (off, pt, blank) in parts {
            let n = type_words(self.info, pt).len();
            let (x, y) = if mem {
                let pa = self.add_offset(a[0], off);
                let pb = self.add_offset(b[0], off);
                (self.load(pa, pt), self.load(pb, pt))
            } else {
                (a[word..word + n].to_vec(), b[word..word + n].to_vec())
            };
            word += n;
            if blank {
                continue;
            }
            let c = self.compare(BinOp::Eql, pt, &x, &y)[0];
            acc = self.b.inst1(Op::Bin(B::Band, acc, c), Ty::I8);
        }
        acc
    }

    /// The fields (or elements) of an aggregate: offset, type and whether
    /// it is a blank field.
    fn parts(&self, t: TypeId) -> Vec<(i64, TypeId, bool)> {
        let tys = &self.info.tys;
        match tys.kind(tys.underlying(t)) {
            TypeKind::Struct(fs) => {
                let (offs, _) = tys.struct_layout(t);
                fs.iter()
                    .zip(offs)
                    .map(|(f, o)| (o as i64, f.typ, f.name == "_"))
                    .collect()
            }
            TypeKind::Array(n, e) => {
                let size = tys.size(*e) as i64;
                (0..*n as i64).map(|k| (k * size, *e, false)).collect()
            }
            _ => Vec::new(),
        }
    }

    /// A call of a method selected by `func` (`x.M(args)`): the receiver
    /// words (value or address) for the method's symbol.
    pub(super) fn method_receiver(&mut self, func: &Expr) -> Option<(String, Vec<Value>)> {
        let f = strip(func);
        let ExprKind::Selector(x, _) = &*f.kind else {
            return None;
        };
        let sel = self.info.selections.get(&f.id)?.clone();
        let SelKind::Method { named, index } = sel.kind else {
            return None;
        };
        let m = self.info.tys.named_info(named).unwrap().methods[index].clone();
        let pointer_recv = self.path_ends_in_pointer(self.ty_of(x), &sel.path);
        let (loc, holder) = self.walk(x, &sel.path);
        let recv = if m.ptr_recv {
            // The pointer itself is the receiver: a nil one is no fault.
            if let (Loc::Deref(p, 0), true) = (&loc, pointer_recv) {
                return Some((m.sym, vec![*p]));
            }
            match self.finish(&loc) {
                Some(a) => vec![a],
                None => {
                    let vals = self.loc_value(loc, holder);
                    let p = self.alloc(holder);
                    self.store(p, holder, &vals);
                    vec![p]
                }
            }
        } else {
            let vals = self.loc_value(loc, holder);
            self.own(holder, vals)
        };
        Some((m.sym, recv))
    }

    /// A function literal's closure object: its code address, then the
    /// cells of the variables it captures.
    pub(super) fn closure(&mut self, e: &Expr) -> Value {
        let c = self.info.closures[&e.id].clone();
        if c.captures.is_empty() {
            // Nothing captured: one static closure for every evaluation,
            // as in gc (a heap one was also a tiny object that kept the
            // other pieces of its block alive).
            let p = self.b.inst1(Op::Addr(DataRef::FuncVal(c.sym)), Ty::I64);
            self.b.mark_ptr(p);
            return p;
        }
        let env = self.alloc(c.env);
        let code = self.b.inst1(Op::FuncAddr(c.sym.clone()), Ty::I64);
        self.b.inst(Op::Store(env, 0, code), &[]);
        for (k, o) in c.captures.iter().enumerate() {
            let cell = match self.vars.get(o).cloned() {
                Some(Local::Mem(v)) => self.b.use_var(v),
                _ => {
                    // Not declared on this path (cannot happen for
                    // checked code): a fresh zero cell.
                    let t = self.info.objs[*o as usize].typ;
                    self.alloc(t)
                }
            };
            self.b.store_word(env, 8 * (k as i32 + 1), cell, true);
        }
        env
    }
}
