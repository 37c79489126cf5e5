//! Lowering of interfaces: conversions to interface values, method calls
//! through itabs, type assertions, type switches, comparisons, and the
//! `(*T).M` wrappers that itabs and method tables call (docs/abi.md §6).

use super::aggr::Loc;
use super::{strip, Lowerer};
use crate::codegen::typedesc::{is_direct_iface, itab_symbol, wrapper_symbol};
use crate::ssa::ir::{Cond, DataRef, Func, Op, Rt, Term, Ty, Value};
use crate::ssa::layout::type_words;
use crate::syntax::ast::{self, Expr, ExprKind};
use crate::types::check::{iface::method_set, Info, ObjKind, SelKind};
use crate::types::ty::{TypeId, TypeKind};

impl<'a> Lowerer<'a> {
    fn is_empty_iface(&self, t: TypeId) -> bool {
        self.info
            .tys
            .interface_methods(t)
            .is_some_and(|m| m.is_empty())
    }

    /// The address of the static itab of concrete `t` for interface `i`.
    fn itab_addr(&mut self, t: TypeId, i: TypeId) -> Value {
        self.itabs.insert((t, i));
        self.type_descs.insert(t);
        self.type_descs.insert(i);
        let sym = itab_symbol(self.info, t, i);
        self.b.inst1(Op::Addr(DataRef::Sym(sym)), Ty::I64)
    }

    /// Converts a value of type `from` to interface type `to`.
    pub(super) fn convert_to_iface(
        &mut self,
        vals: Vec<Value>,
        from: TypeId,
        to: TypeId,
    ) -> Vec<Value> {
        let tys = &self.info.tys;
        if tys.identical(from, to) {
            return vals;
        }
        if tys.is_interface(from) {
            let dyn_t = self.dyn_type(from, vals[0]);
            if self.is_empty_iface(to) {
                return vec![dyn_t, vals[1]];
            }
            // A nil interface stays nil; getitab gives null for a nil type.
            let inter = self.type_desc(to);
            let g = self.g;
            let one = self.iconst(Ty::I8, 1);
            let tab = self
                .b
                .inst1(Op::CallRt(Rt::GetItab, vec![g, inter, dyn_t, one]), Ty::I64);
            return vec![tab, vals[1]];
        }
        let data = if is_direct_iface(self.info, from) {
            vals[0]
        } else {
            let p = self.alloc(from);
            self.store(p, from, &vals);
            p
        };
        self.b.mark_ptr(data);
        let first = if self.is_empty_iface(to) {
            self.type_desc(from)
        } else {
            self.itab_addr(from, to)
        };
        vec![first, data]
    }

    /// The dynamic type (a descriptor, null for nil) of an interface value
    /// whose first word is `w0`.
    pub(super) fn dyn_type(&mut self, t: TypeId, w0: Value) -> Value {
        if self.is_empty_iface(t) {
            return w0;
        }
        let r = self.b.declare_var(Ty::I64, false);
        let zero = self.iconst(Ty::I64, 0);
        self.b.def_var(r, zero);
        let is_nil = self.b.inst1(Op::Icmp(Cond::Eq, w0, zero), Ty::I8);
        let (load, done) = (self.b.create_block(), self.b.create_block());
        self.b.brif(is_nil, done, load);
        self.b.seal(load);
        self.b.switch_to(load);
        let typ = self.b.inst1(Op::Load(Ty::I64, w0, 8), Ty::I64);
        self.b.def_var(r, typ);
        self.b.jump(done);
        self.b.seal(done);
        self.b.switch_to(done);
        self.b.use_var(r)
    }

    /// The value of type `t` held by an interface with data word `data`
    /// whose dynamic type is known to be `t`.
    fn unbox(&mut self, data: Value, t: TypeId) -> Vec<Value> {
        if is_direct_iface(self.info, t) {
            return vec![data];
        }
        let v = self.load(data, t);
        self.own(t, v)
    }

    /// A call `x.M(args)` of an interface method: through the itab, with
    /// the data word as the receiver.
    pub(super) fn iface_prepare(
        &mut self,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
    ) -> Option<(super::Callee, Vec<Value>)> {
        let f = strip(func);
        let ExprKind::Selector(x, _) = &*f.kind else {
            return None;
        };
        let sel = self.info.selections.get(&f.id)?.clone();
        let SelKind::IfaceMethod(i) = sel.kind else {
            return None;
        };
        let (loc, holder) = self.walk(x, &sel.path);
        let w = self.loc_value(loc, holder);
        self.nil_check(w[0], 0);
        let code = self
            .b
            .inst1(Op::Load(Ty::I64, w[0], 24 + 8 * i as i32), Ty::I64);
        let mut vals = vec![self.g, w[1]];
        let ft = self.ty_of(func);
        self.call_args(&mut vals, ft, args, e);
        Some((super::Callee::Indirect(code), vals))
    }

    /// `x.(T)`; with `comma_ok` the result has a trailing bool word.
    pub(super) fn type_assert(&mut self, e: &Expr, x: &Expr, tt: TypeId) -> Vec<Value> {
        let comma_ok = self.info.comma_ok.contains(&e.id);
        let xt = self.ty_of(x);
        let w = self.expr(x);
        let dyn_t = self.dyn_type(xt, w[0]);
        let words = self.words(tt);
        let res: Vec<_> = words
            .iter()
            .map(|&ty| self.b.declare_var(ty, false))
            .collect();
        let ok = self.b.declare_var(Ty::I8, false);
        let (yes, no, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        if self.info.tys.is_interface(tt) {
            if self.is_empty_iface(tt) {
                let zero = self.iconst(Ty::I64, 0);
                let c = self.b.inst1(Op::Icmp(Cond::Ne, dyn_t, zero), Ty::I8);
                self.b.brif(c, yes, no);
                self.b.seal(yes);
                self.b.switch_to(yes);
                self.b.def_var(res[0], dyn_t);
                self.b.def_var(res[1], w[1]);
            } else {
                let inter = self.type_desc(tt);
                let g = self.g;
                let cf = self.iconst(Ty::I8, comma_ok as i64);
                let tab = self
                    .b
                    .inst1(Op::CallRt(Rt::GetItab, vec![g, inter, dyn_t, cf]), Ty::I64);
                let zero = self.iconst(Ty::I64, 0);
                let c = self.b.inst1(Op::Icmp(Cond::Ne, tab, zero), Ty::I8);
                self.b.brif(c, yes, no);
                self.b.seal(yes);
                self.b.switch_to(yes);
                self.b.def_var(res[0], tab);
                self.b.def_var(res[1], w[1]);
            }
        } else {
            let want = self.type_desc(tt);
            let c = self.b.inst1(Op::Icmp(Cond::Eq, dyn_t, want), Ty::I8);
            self.b.brif(c, yes, no);
            self.b.seal(yes);
            self.b.switch_to(yes);
            let v = self.unbox(w[1], tt);
            for (r, v) in res.iter().zip(v) {
                self.b.def_var(*r, v);
            }
        }
        let one = self.iconst(Ty::I8, 1);
        self.b.def_var(ok, one);
        self.b.jump(done);
        self.b.seal(no);
        self.b.switch_to(no);
        if comma_ok {
            let z = self.zero(tt);
            for (r, v) in res.iter().zip(z) {
                self.b.def_var(*r, v);
            }
            let zero = self.iconst(Ty::I8, 0);
            self.b.def_var(ok, zero);
            self.b.jump(done);
        } else {
            let g = self.g;
            let want = self.type_desc(tt);
            let it = self.type_desc(xt);
            self.b
                .inst(Op::CallRt(Rt::PanicDottype, vec![g, dyn_t, want, it]), &[]);
            self.b.terminate(Term::Unreachable);
        }
        self.b.seal(done);
        self.b.switch_to(done);
        let mut out: Vec<Value> = res.iter().map(|r| self.b.use_var(*r)).collect();
        self.mark_ptrs(tt, &out);
        if comma_ok {
            out.push(self.b.use_var(ok));
        }
        out
    }

    /// `a == b` (or `!=`) of two values of interface type `t`: same
    /// dynamic type, then the runtime compares the values (and panics for
    /// uncomparable ones, as gc does).
    pub(super) fn compare_iface(&mut self, ne: bool, t: TypeId, a: &[Value], b: &[Value]) -> Value {
        let ta = self.dyn_type(t, a[0]);
        let tb = self.dyn_type(t, b[0]);
        let r = self.b.declare_var(Ty::I8, false);
        let zero8 = self.iconst(Ty::I8, 0);
        self.b.def_var(r, zero8);
        let same = self.b.inst1(Op::Icmp(Cond::Eq, ta, tb), Ty::I8);
        let (cmp, done) = (self.b.create_block(), self.b.create_block());
        self.b.brif(same, cmp, done);
        self.b.seal(cmp);
        self.b.switch_to(cmp);
        // Equal types: nil equals nil; else the runtime compares.
        let one = self.iconst(Ty::I8, 1);
        self.b.def_var(r, one);
        let zero = self.iconst(Ty::I64, 0);
        let is_nil = self.b.inst1(Op::Icmp(Cond::Eq, ta, zero), Ty::I8);
        let call = self.b.create_block();
        self.b.brif(is_nil, done, call);
        self.b.seal(call);
        self.b.switch_to(call);
        let g = self.g;
        let eq = self
            .b
            .inst1(Op::CallRt(Rt::EfaceEq, vec![g, ta, a[1], b[1]]), Ty::I8);
        self.b.def_var(r, eq);
        self.b.jump(done);
        self.b.seal(done);
        self.b.switch_to(done);
        let v = self.b.use_var(r);
        if ne {
            let one = self.iconst(Ty::I8, 1);
            return self
                .b
                .inst1(Op::Bin(crate::ssa::ir::BinOp::Bxor, v, one), Ty::I8);
        }
        v
    }

    /// `switch v := x.(type) { ... }`.
    pub(super) fn type_switch(
        &mut self,
        inner: &Expr,
        cases: &[ast::CaseClause],
        label: Option<String>,
    ) {
        let xt = self.ty_of(inner);
        let w = self.expr(inner);
        let dyn_t = self.dyn_type(xt, w[0]);
        let exit = self.b.create_block();
        let bodies: Vec<_> = cases.iter().map(|_| self.b.create_block()).collect();
        let default = cases.iter().position(|c| c.default);
        for (ci, cc) in cases.iter().enumerate() {
            for e in &cc.list {
                let next = self.b.create_block();
                let et = self.ty_of(e);
                let c = if self.basic(et) == crate::types::ty::Basic::UntypedNil {
                    let zero = self.iconst(Ty::I64, 0);
                    self.b.inst1(Op::Icmp(Cond::Eq, dyn_t, zero), Ty::I8)
                } else if self.is_empty_iface(et) {
                    let zero = self.iconst(Ty::I64, 0);
                    self.b.inst1(Op::Icmp(Cond::Ne, dyn_t, zero), Ty::I8)
                } else if self.info.tys.is_interface(et) {
                    let inter = self.type_desc(et);
                    let g = self.g;
                    let one = self.iconst(Ty::I8, 1);
                    let tab = self
                        .b
                        .inst1(Op::CallRt(Rt::GetItab, vec![g, inter, dyn_t, one]), Ty::I64);
                    let zero = self.iconst(Ty::I64, 0);
                    self.b.inst1(Op::Icmp(Cond::Ne, tab, zero), Ty::I8)
                } else {
                    let want = self.type_desc(et);
                    self.b.inst1(Op::Icmp(Cond::Eq, dyn_t, want), Ty::I8)
                };
                self.b.brif(c, bodies[ci], next);
                self.b.seal(next);
                self.b.switch_to(next);
            }
        }
        match default {
            Some(d) => self.b.jump(bodies[d]),
            None => self.b.jump(exit),
        }
        self.targets.push(super::Target {
            label,
            brk: exit,
            cont: None,
        });
        for (ci, cc) in cases.iter().enumerate() {
            self.b.seal(bodies[ci]);
            self.b.switch_to(bodies[ci]);
            if let Some(&o) = self.info.switch_vars.get(&(self.file, cc.span.lo)) {
                let vt = self.info.objs[o as usize].typ;
                let v = if self.info.tys.identical(vt, xt) {
                    w.clone()
                } else if self.info.tys.is_interface(vt) {
                    let data = w[1];
                    self.convert_to_iface(vec![w[0], data], xt, vt)
                } else {
                    self.unbox(w[1], vt)
                };
                self.new_local(o, &v);
            }
            self.stmts(&cc.body);
            if !self.b.is_filled() {
                self.b.jump(exit);
            }
        }
        self.targets.pop();
        self.b.seal(exit);
        self.b.switch_to(exit);
    }

    /// An `any` for `panic`'s argument of type `t`.
    pub(super) fn convert_to_eface(&mut self, vals: Vec<Value>, t: TypeId) -> (Value, Value) {
        let empty = self
            .info
            .tys
            .lookup(&TypeKind::Interface(Vec::new()))
            .expect("the universe defines any");
        let v = self.convert_to_iface(vals, t, empty);
        (v[0], v[1])
    }
}

impl<'a> Lowerer<'a> {
    /// A method value `x.M`: a closure object holding the receiver.
    pub(super) fn method_value(&mut self, e: &Expr) -> Value {
        let mv = self.info.method_values[&e.id].clone();
        let ExprKind::Selector(x, _) = &*e.kind else {
            unreachable!()
        };
        let sel = self.info.selections[&e.id].clone();
        let (loc, holder) = self.walk(x, &sel.path);
        let recv = match &mv.target {
            Ok(_) if self.info.tys.pointer_elem(mv.recv).is_some() => match loc {
                Loc::Deref(p, 0) => vec![p],
                _ => vec![self.finish(&loc).unwrap()],
            },
            Ok(_) => {
                let v = self.loc_value(loc, holder);
                self.own(holder, v)
            }
            Err(_) => {
                // gc evaluates the interface now: a nil one panics here.
                let w = self.loc_value(loc, holder);
                self.nil_check(w[0], 0);
                w
            }
        };
        let env = self.alloc(mv.env);
        let code = self.b.inst1(Op::FuncAddr(mv.wrapper.clone()), Ty::I64);
        self.b.inst(Op::Store(env, 0, code), &[]);
        let (offs, _) = self.info.tys.struct_layout(mv.env);
        let off = self.iconst(Ty::I64, offs[1] as i64);
        let a = self
            .b
            .inst1(Op::Bin(crate::ssa::ir::BinOp::Iadd, env, off), Ty::I64);
        self.b.mark_ptr(a);
        self.store(a, mv.recv, &recv);
        self.method_values.insert(mv.wrapper.clone(), e.id);
        env
    }
}

/// The closure function of a method value: loads the receiver from the
/// closure object and calls the method (or dispatches through the itab).
pub(super) fn method_value_func(info: &Info, id: ast::ExprId) -> (Func, Vec<TypeId>) {
    let mv = info.method_values[&id].clone();
    let (params, results) = match info.tys.kind(mv.sig) {
        TypeKind::Func(p, r, _) => (p.clone(), r.clone()),
        _ => (Vec::new(), Vec::new()),
    };
    let mut pw = vec![Ty::I64];
    for &pt in &params {
        pw.extend(type_words(info, pt));
    }
    let rw: Vec<Ty> = results.iter().flat_map(|&r| type_words(info, r)).collect();
    let mut l = Lowerer::from_words(info, mv.wrapper.clone(), pw, rw, 0, 0);
    let entry = l.b.func.entry();
    let ctx = l.b.append_param(entry, Ty::I64, true);
    let (offs, _) = info.tys.struct_layout(mv.env);
    let off = l.iconst(Ty::I64, offs[1] as i64);
    let ra =
        l.b.inst1(Op::Bin(crate::ssa::ir::BinOp::Iadd, ctx, off), Ty::I64);
    l.b.mark_ptr(ra);
    let recv = l.load(ra, mv.recv);
    let recv = l.own(mv.recv, recv);
    let mut args = vec![l.g];
    let callee = match &mv.target {
        Ok(sym) => {
            args.extend(recv);
            super::Callee::Direct(sym.clone())
        }
        Err(i) => {
            let code =
                l.b.inst1(Op::Load(Ty::I64, recv[0], 24 + 8 * *i as i32), Ty::I64);
            args.push(recv[1]);
            super::Callee::Indirect(code)
        }
    };
    for &pt in &params {
        args.extend(l.append_typed_param(entry, pt));
    }
    let op = |args| match &callee {
        super::Callee::Direct(s) => Op::Call(s.clone(), args),
        super::Callee::Indirect(c) => Op::CallIndirect(*c, args),
        super::Callee::Value(_) => unreachable!(),
    };
    if !l.out_words.is_empty() {
        let buf = l.b.append_param(entry, Ty::I64, true);
        args.push(buf);
        l.b.inst(op(args), &[]);
        l.b.terminate(Term::Return(Vec::new()));
    } else {
        let rw = l.b.func.results.clone();
        let rs = l.b.inst(op(args), &rw);
        l.b.terminate(Term::Return(rs));
    }
    let descs: Vec<TypeId> = l.type_descs.iter().copied().collect();
    (l.b.finish(), descs)
}

/// The `(*T).M` wrappers every itab and method table may call: for each
/// defined type with methods, each method that is not itself declared on
/// `*T` gets a function taking `*T` that finds the receiver (through
/// embedded fields) and calls the method.
pub(super) fn wrappers(info: &Info, unnamed: &[TypeId]) -> Vec<Func> {
    let mut out = Vec::new();
    let mut done = std::collections::HashSet::new();
    let mut named: Vec<TypeId> = info
        .objs
        .iter()
        .filter(|o| o.kind == ObjKind::TypeName)
        .map(|o| info.tys.canonical(o.typ))
        .filter(|&t| info.tys.is_named(t) && !info.tys.is_interface(t))
        .collect();
    named.extend(
        info.runtime_errors
            .iter()
            .map(|&t| info.tys.pointer_elem(t).unwrap_or(t)),
    );
    // Unnamed struct types converted to interfaces (their promoted methods).
    for &t in unnamed {
        let b = info.tys.pointer_elem(t).unwrap_or(t);
        if !info.tys.is_named(b) && info.tys.struct_fields(b).is_some() {
            named.push(info.tys.canonical(b));
        }
    }
    named.sort();
    named.dedup();
    for t in named {
        for e in method_set(info, t) {
            let (target, ptr_recv) = if e.iface {
                (String::new(), false)
            } else {
                let m = &info.tys.named_info(e.holder).unwrap().methods[e.index];
                (m.sym.clone(), m.ptr_recv)
            };
            if e.path.is_empty() && ptr_recv {
                continue;
            }
            let sym = wrapper_symbol(info, t, &e.name);
            if !done.insert(sym.clone()) {
                continue;
            }
            out.push(wrapper(info, t, &e, &target, ptr_recv, sym));
        }
    }
    // The methods of run-time error values: Error returns the string (held
    // by value, or behind the pointer of *TypeAssertionError).
    for &rt in &info.runtime_errors {
        let base = info.tys.pointer_elem(rt).unwrap_or(rt);
        let ptr = base != rt;
        for m in &info.tys.named_info(base).unwrap().methods {
            let params = if ptr {
                vec![Ty::I64]
            } else {
                vec![Ty::I64, Ty::I64]
            };
            let results = if m.name == "Error" {
                vec![Ty::I64, Ty::I64]
            } else {
                Vec::new()
            };
            let mut l = Lowerer::from_words(info, m.sym.clone(), params.clone(), results, 0, 0);
            let entry = l.b.func.entry();
            let ps: Vec<Value> = params
                .iter()
                .enumerate()
                .map(|(i, &w)| l.b.append_param(entry, w, i == 0))
                .collect();
            let rs = match (m.name.as_str(), ptr) {
                ("Error", false) => vec![ps[0], ps[1]],
                ("Error", true) => {
                    let p = l.b.inst1(Op::Load(Ty::I64, ps[0], 0), Ty::I64);
                    l.b.mark_ptr(p);
                    let n = l.b.inst1(Op::Load(Ty::I64, ps[0], 8), Ty::I64);
                    vec![p, n]
                }
                _ => Vec::new(),
            };
            l.b.terminate(Term::Return(rs));
            out.push(l.b.finish());
        }
    }
    out
}

/// One `(*T).M` wrapper.
fn wrapper(
    info: &Info,
    t: TypeId,
    e: &crate::types::check::iface::MethodEntry,
    target: &str,
    ptr_recv: bool,
    sym: String,
) -> Func {
    let (params, results) = match info.tys.kind(e.sig) {
        TypeKind::Func(p, r, _) => (p.clone(), r.clone()),
        _ => (Vec::new(), Vec::new()),
    };
    let mut pw = vec![Ty::I64];
    for &pt in &params {
        pw.extend(type_words(info, pt));
    }
    let rw: Vec<Ty> = results.iter().flat_map(|&r| type_words(info, r)).collect();
    let mut l = Lowerer::from_words(info, sym, pw, rw, 0, 0);
    let entry = l.b.func.entry();
    let p = l.b.append_param(entry, Ty::I64, true);
    let mut args = vec![l.g];
    // A value method through a nil pointer: gc's panicwrap message.
    if !ptr_recv && e.path.is_empty() {
        let zero = l.iconst(Ty::I64, 0);
        let is_nil = l.b.inst1(Op::Icmp(Cond::Eq, p, zero), Ty::I8);
        let (bad, ok) = (l.b.create_block(), l.b.create_block());
        l.b.brif(is_nil, bad, ok);
        l.b.seal(bad);
        l.b.seal(ok);
        l.b.switch_to(bad);
        let q = info.tys.qualified_name(t);
        let short = q.rsplit_once('.').map(|x| x.1).unwrap_or(&q).to_string();
        let msg = format!(
            "value method {}.{} called using nil *{} pointer",
            q, e.name, short
        );
        let s = l.string_const(msg.as_bytes());
        let g = l.g;
        l.b.inst(Op::CallRt(Rt::PanicWrap, vec![g, s[0], s[1]]), &[]);
        l.b.terminate(Term::Unreachable);
        l.b.switch_to(ok);
    }
    let mut loc = Loc::Deref(p, 0);
    let mut cur = t;
    for &i in &e.path {
        let ft = info.tys.struct_fields(cur).unwrap()[i].typ;
        loc = l.field_loc(loc, cur, i);
        match info.tys.pointer_elem(ft) {
            Some(pt) => {
                let v = l.loc_value(loc, ft)[0];
                loc = Loc::Deref(v, 0);
                cur = pt;
            }
            None => cur = ft,
        }
    }
    let mut callee = super::Callee::Direct(target.to_string());
    if e.iface {
        // A method of an embedded interface: dispatch through its itab.
        let w = l.loc_value(loc, cur);
        l.nil_check(w[0], 0);
        let code =
            l.b.inst1(Op::Load(Ty::I64, w[0], 24 + 8 * e.index as i32), Ty::I64);
        args.push(w[1]);
        callee = super::Callee::Indirect(code);
    } else if ptr_recv {
        let a = match loc {
            Loc::Deref(p, 0) => p,
            _ => l.finish(&loc).unwrap(),
        };
        args.push(a);
    } else {
        let v = l.loc_value(loc, cur);
        let v = l.own(cur, v);
        args.extend(v);
    }
    for &pt in &params {
        args.extend(l.append_typed_param(entry, pt));
    }
    let op = |args| match &callee {
        super::Callee::Direct(s) => Op::Call(s.clone(), args),
        super::Callee::Indirect(c) => Op::CallIndirect(*c, args),
        super::Callee::Value(_) => unreachable!(),
    };
    if !l.out_words.is_empty() {
        // Results through the caller's buffer: pass it on.
        let buf = l.b.append_param(entry, Ty::I64, true);
        args.push(buf);
        l.b.inst(op(args), &[]);
        l.b.terminate(Term::Return(Vec::new()));
        return l.b.finish();
    }
    let rw = l.b.func.results.clone();
    let rs = l.b.inst(op(args), &rw);
    l.b.terminate(Term::Return(rs));
    l.b.finish()
}

/// The function of a method expression `I.M` on interface type `it`: its
/// first argument is the interface value, whose itab gives the code.
pub(super) fn iface_method_expr_func(
    info: &Info,
    sym: &str,
    it: TypeId,
    index: usize,
    sig: TypeId,
) -> Func {
    let (params, results) = match info.tys.kind(sig) {
        TypeKind::Func(p, r, _) => (p.clone(), r.clone()),
        _ => (Vec::new(), Vec::new()),
    };
    let mut pw = type_words(info, it);
    for &pt in &params {
        pw.extend(type_words(info, pt));
    }
    let rw: Vec<Ty> = results.iter().flat_map(|&r| type_words(info, r)).collect();
    let mut l = Lowerer::from_words(info, sym.to_string(), pw, rw, 0, 0);
    let entry = l.b.func.entry();
    let tab = l.b.append_param(entry, Ty::I64, false);
    let data = l.b.append_param(entry, Ty::I64, true);
    l.nil_check(tab, 0);
    let code =
        l.b.inst1(Op::Load(Ty::I64, tab, 24 + 8 * index as i32), Ty::I64);
    let mut args = vec![l.g, data];
    for &pt in &params {
        args.extend(l.append_typed_param(entry, pt));
    }
    if !l.out_words.is_empty() {
        let buf = l.b.append_param(entry, Ty::I64, true);
        args.push(buf);
        l.b.inst(Op::CallIndirect(code, args), &[]);
        l.b.terminate(Term::Return(Vec::new()));
        return l.b.finish();
    }
    let rw = l.b.func.results.clone();
    let rs = l.b.inst(Op::CallIndirect(code, args), &rw);
    l.b.terminate(Term::Return(rs));
    l.b.finish()
}
