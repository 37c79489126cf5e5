//! Lowering of maps onto the runtime's map entry points (docs/abi.md §8).

use super::Lowerer;
use crate::ssa::ir::{Cond, MapKey, Op, Rt, Ty, Value};
use crate::syntax::ast::{self, Expr, ExprKind};
use crate::types::ty::{Basic, TypeId, TypeKind};

impl<'a> Lowerer<'a> {
    /// How map operations on keys of type `k` pass the key.
    fn map_key(&self, k: TypeId) -> MapKey {
        let tys = &self.info.tys;
        if tys.is_string(k) {
            return MapKey::Str;
        }
        let plain = match tys.kind(tys.underlying(k)) {
            TypeKind::Basic(b) => b.is_integer() || *b == Basic::UnsafePointer,
            TypeKind::Pointer(_) => true,
            _ => false,
        };
        match (plain, tys.size(k)) {
            (true, 8) => MapKey::Fast64,
            (true, 4) => MapKey::Fast32,
            _ => MapKey::Generic,
        }
    }

    /// The key argument words for a map operation.
    fn key_args(&mut self, kind: MapKey, kt: TypeId, key: Vec<Value>) -> Vec<Value> {
        match kind {
            MapKey::Generic => {
                let p = self.alloc(kt);
                self.store(p, kt, &key);
                vec![p]
            }
            MapKey::Fast64 | MapKey::Str => key,
            MapKey::Fast32 => key,
        }
    }

    /// `make(map[K]V, hint)`.
    pub(super) fn make_map(&mut self, t: TypeId, hint: Option<&Expr>) -> Vec<Value> {
        let td = self.type_desc(t);
        let h = match hint {
            Some(h) => self.index_i64(h),
            None => self.iconst(Ty::I64, 0),
        };
        let g = self.g;
        let m = self
            .b
            .inst1(Op::CallRt(Rt::MakeMap, vec![g, td, h]), Ty::I64);
        self.b.mark_ptr(m);
        vec![m]
    }

    /// `m[k]` (with `comma_ok`, the value and a bool).
    pub(super) fn map_index(&mut self, e: &Expr, x: &Expr, k: &Expr) -> Vec<Value> {
        let mt = self.ty_of(x);
        let (kt, vt) = self.info.tys.map_of(mt).unwrap();
        let m = self.expr(x)[0];
        let key = self.expr(k);
        let comma_ok = self.info.comma_ok.contains(&e.id);
        let kind = self.map_key(kt);
        let mut args = vec![self.g, self.type_desc(mt), m];
        args.extend(self.key_args(kind, kt, key));
        if comma_ok {
            let r = self
                .b
                .inst(Op::CallRt(Rt::MapAccess2(kind), args), &[Ty::I64, Ty::I64]);
            let v = self.load(r[0], vt);
            let mut v = self.own(vt, v);
            let ok = self
                .b
                .inst1(Op::Conv(crate::ssa::ir::Conv::Trunc, Ty::I8, r[1]), Ty::I8);
            v.push(ok);
            return v;
        }
        let p = self
            .b
            .inst1(Op::CallRt(Rt::MapAccess1(kind), args), Ty::I64);
        let v = self.load(p, vt);
        self.own(vt, v)
    }

    /// Evaluates `m` and `k` of an assignment `m[k] = v`: the map and key
    /// words, stored until the value is known.
    pub(super) fn map_place(&mut self, x: &Expr, k: &Expr) -> (Value, Vec<Value>, TypeId) {
        let mt = self.ty_of(x);
        let m = self.expr(x)[0];
        let key = self.expr(k);
        (m, key, mt)
    }

    /// The element address for storing into `m[key]`.
    pub(super) fn map_assign_addr(&mut self, m: Value, key: &[Value], mt: TypeId) -> Value {
        let (kt, _) = self.info.tys.map_of(mt).unwrap();
        let kind = self.map_key(kt);
        let mut args = vec![self.g, self.type_desc(mt), m];
        args.extend(self.key_args(kind, kt, key.to_vec()));
        let p = self.b.inst1(Op::CallRt(Rt::MapAssign(kind), args), Ty::I64);
        self.b.mark_ptr(p);
        p
    }

    /// Reads `m[key]` for `m[k] op= v`.
    pub(super) fn map_read(&mut self, m: Value, key: &[Value], mt: TypeId) -> Vec<Value> {
        let (kt, vt) = self.info.tys.map_of(mt).unwrap();
        let kind = self.map_key(kt);
        let mut args = vec![self.g, self.type_desc(mt), m];
        args.extend(self.key_args(kind, kt, key.to_vec()));
        let p = self
            .b
            .inst1(Op::CallRt(Rt::MapAccess1(kind), args), Ty::I64);
        let v = self.load(p, vt);
        self.own(vt, v)
    }

    /// `delete(m, k)`.
    pub(super) fn map_delete(&mut self, args: &[Expr]) {
        let mt = self.ty_of(&args[0]);
        let (kt, _) = self.info.tys.map_of(mt).unwrap();
        let m = self.expr(&args[0])[0];
        let key = self.expr(&args[1]);
        let kind = self.map_key(kt);
        let mut a = vec![self.g, self.type_desc(mt), m];
        a.extend(self.key_args(kind, kt, key));
        self.b.inst(Op::CallRt(Rt::MapDelete(kind), a), &[]);
    }

    /// `clear(m)`.
    pub(super) fn map_clear(&mut self, arg: &Expr) {
        let mt = self.ty_of(arg);
        let m = self.expr(arg)[0];
        let g = self.g;
        let td = self.type_desc(mt);
        self.b.inst(Op::CallRt(Rt::MapClear, vec![g, td, m]), &[]);
    }

    /// `len(m)`: the count at the start of the map header, 0 for nil.
    pub(super) fn map_len(&mut self, m: Value) -> Value {
        let r = self.b.declare_var(Ty::I64, false);
        let zero = self.iconst(Ty::I64, 0);
        self.b.def_var(r, zero);
        let is_nil = self.b.inst1(Op::Icmp(Cond::Eq, m, zero), Ty::I8);
        let (load, done) = (self.b.create_block(), self.b.create_block());
        self.b.brif(is_nil, done, load);
        self.b.seal(load);
        self.b.switch_to(load);
        let n = self.b.inst1(Op::Load(Ty::I64, m, 0), Ty::I64);
        self.b.def_var(r, n);
        self.b.jump(done);
        self.b.seal(done);
        self.b.switch_to(done);
        self.b.use_var(r)
    }

    /// A map composite literal.
    pub(super) fn map_literal(&mut self, t: TypeId, elts: &[Expr]) -> Vec<Value> {
        let (_, vt) = self.info.tys.map_of(t).unwrap();
        let td = self.type_desc(t);
        let n = self.iconst(Ty::I64, elts.len() as i64);
        let g = self.g;
        let m = self
            .b
            .inst1(Op::CallRt(Rt::MakeMap, vec![g, td, n]), Ty::I64);
        self.b.mark_ptr(m);
        for el in elts {
            if let ExprKind::KeyValue(k, v) = &*el.kind {
                let key = self.expr(k);
                let val = self.expr(v);
                let p = self.map_assign_addr(m, &key, t);
                self.store(p, vt, &val);
            }
        }
        vec![m]
    }

    /// `for k, v := range m { body }`.
    pub(super) fn range_map(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) {
        let mt = self.ty_of(x);
        let (kt, vt) = self.info.tys.map_of(mt).unwrap();
        let m = self.expr(x)[0];
        let g = self.g;
        let td = self.type_desc(mt);
        let it = self
            .b
            .inst1(Op::CallRt(Rt::MapIterInit, vec![g, td, m]), Ty::I64);
        self.b.mark_ptr(it);
        let itv = self.b.declare_var(Ty::I64, true);
        self.b.def_var(itv, it);
        let (header, bodyb, postb, exit) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.jump(header);
        self.b.switch_to(header);
        let it = self.b.use_var(itv);
        let kp = self.b.inst1(Op::Load(Ty::I64, it, 0), Ty::I64);
        let zero = self.iconst(Ty::I64, 0);
        let more = self.b.inst1(Op::Icmp(Cond::Ne, kp, zero), Ty::I8);
        self.b.brif(more, bodyb, exit);
        self.b.seal(bodyb);
        self.b.switch_to(bodyb);
        let it = self.b.use_var(itv);
        let kp = self.b.inst1(Op::Load(Ty::I64, it, 0), Ty::I64);
        self.b.mark_ptr(kp);
        let kv = self.load(kp, kt);
        let kv = self.own(kt, kv);
        let mut vals = vec![kv];
        if value.is_some() {
            let vp = self.b.inst1(Op::Load(Ty::I64, it, 8), Ty::I64);
            self.b.mark_ptr(vp);
            let v = self.load(vp, vt);
            vals.push(self.own(vt, v));
        }
        self.bind_range_vars(key, value, vals, define);
        self.loop_body(label, exit, postb, body);
        let it = self.b.use_var(itv);
        let g = self.g;
        self.b.inst(Op::CallRt(Rt::MapIterNext, vec![g, it]), &[]);
        self.b.jump(header);
        self.b.seal(header);
        self.b.seal(exit);
        self.b.switch_to(exit);
    }
}
