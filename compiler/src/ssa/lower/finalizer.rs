//! `runtime.SetFinalizer(obj, f)` (docs/abi.md §13, finalizers).
//!
//! The runtime cannot call a Go function of an arbitrary type, so the
//! call site, which knows `f`'s type, builds a closure `fin` that calls
//! `f(obj)` with `obj` already converted to `f`'s parameter type, and
//! calls std's `runtime.setFinalizer(obj any, fin func(), ftyp uintptr,
//! ok bool)`. The closure keeps `obj`'s words in slots its descriptor
//! marks as non-pointers: the finalizer must not keep its object alive.
//! The runtime keeps the object alive itself from the moment it queues
//! the finalizer until the call returns.

use super::Lowerer;
use crate::codegen::typedesc::is_direct_iface;
use crate::ssa::ir::{Cond, DataRef, Op, Rt, Term, Ty, Value};
use crate::syntax::ast::Expr;
use crate::types::check::iface::missing_method;
use crate::types::ty::{TypeId, TypeKind};

impl<'a> Lowerer<'a> {
    /// Lowers `runtime.SetFinalizer(args[0], args[1])`.
    pub(super) fn set_finalizer(&mut self, call: &Expr, args: &[Expr]) {
        // Both arguments arrive converted to `any` (the parameters' type).
        let st = self.ty_of(&args[0]);
        let ev = self.expr(&args[0]);
        let (t, d) = if self.info.implicit.contains_key(&args[0].id) {
            (ev[0], ev[1])
        } else {
            self.convert_to_eface(ev, st)
        };
        // The object's own words, when it is pointer-shaped (anything
        // else is a fatal error in the runtime's check).
        let objv = if is_direct_iface(self.info, st) {
            vec![d]
        } else {
            Vec::new()
        };
        let g = self.g;
        let zero = self.iconst(Ty::I64, 0);
        let ft = self.ty_of(&args[1]);
        let func = match self.info.tys.kind(self.info.tys.underlying(ft)) {
            TypeKind::Func(p, r, v) => Some((p.clone(), r.clone(), *v)),
            _ => None,
        };
        let Some((params, results, variadic)) = func else {
            // Not a func type: the literal `nil`, which clears (a finalizer
            // of interface type is rejected by the checker).
            let yes = self.iconst(Ty::I8, 1);
            self.b.inst(
                Op::Call(
                    "runtime.setFinalizer".into(),
                    vec![g, t, d, zero, zero, yes],
                ),
                &[],
            );
            return;
        };
        let fw = self.expr(&args[1]);
        let fv = *fw.last().expect("a func value has one word");
        let ftyp = self.type_desc(ft);
        let (ok, words) = if params.len() == 1 && !variadic {
            self.finalizer_arg(st, objv, t, d, params[0])
        } else {
            (self.iconst(Ty::I8, 0), Vec::new())
        };

        // The closure: [wrapper code, f, argument words (not pointers)].
        self.go_count += 1;
        let name = format!("{}.finwrap{}", self.b.func.name, self.go_count);
        let wcode = self.b.inst1(Op::FuncAddr(name.clone()), Ty::I64);
        let mut slots = vec![wcode, fv];
        slots.extend(words.iter().copied());
        let flags: Vec<bool> = (0..slots.len()).map(|i| i == 1).collect();
        let tys: Vec<Ty> = slots.iter().map(|v| self.b.func.ty(*v)).collect();
        let env = self.closure_object(&slots, flags);
        self.b.inst(
            Op::Call("runtime.setFinalizer".into(), vec![g, t, d, env, ftyp, ok]),
            &[],
        );

        // The wrapper: f(words...), results dropped.
        let (mut l, ctx) = self.closure_func(name, call.span.lo);
        let f = l.b.inst1(Op::Load(Ty::I64, ctx, 8), Ty::I64);
        l.b.mark_ptr(f);
        let mut cargs = vec![l.g, f];
        for (k, &ty) in tys.iter().enumerate().skip(2) {
            cargs.push(l.b.inst1(Op::Load(ty, ctx, 8 * k as i32), ty));
        }
        let rw: Vec<Ty> = results.iter().flat_map(|&r| l.words(r)).collect();
        l.nil_check(f, 0);
        let code = l.b.inst1(Op::Load(Ty::I64, f, 0), Ty::I64);
        if super::results_in_memory(&rw) {
            // The results' buffer; nothing reads it, so no pointer bits.
            let d =
                l.b.inst1(Op::Addr(DataRef::Words(vec![false; rw.len()])), Ty::I64);
            let g = l.g;
            let buf = l.b.inst1(Op::CallRt(Rt::NewObject, vec![g, d]), Ty::I64);
            cargs.push(buf);
            l.b.inst(Op::CallIndirect(code, cargs), &[]);
        } else {
            l.b.inst(Op::CallIndirect(code, cargs), &rw);
        }
        l.b.terminate(Term::Return(Vec::new()));
        self.add_closure_func(l);
    }

    /// `obj` (static type `st`, words `objv`, as an `any`: `t`, `d`) as an
    /// argument of type `p`: whether that is allowed (gc's SetFinalizer
    /// rule: `obj`'s type assignable to `p`) and the argument's words.
    fn finalizer_arg(
        &mut self,
        st: TypeId,
        objv: Vec<Value>,
        t: Value,
        d: Value,
        p: TypeId,
    ) -> (Value, Vec<Value>) {
        let tys = &self.info.tys;
        let no = |l: &mut Self| {
            let z = l.zero(p);
            (l.iconst(Ty::I8, 0), z)
        };
        if !tys.is_interface(st) {
            if objv.is_empty() {
                return no(self);
            }
            if tys.identical(st, p) {
                return (self.iconst(Ty::I8, 1), objv);
            }
            if tys.is_interface(p) {
                if missing_method(self.info, st, p).is_some() {
                    return no(self);
                }
                let w = self.convert_to_iface(objv, st, p);
                return (self.iconst(Ty::I8, 1), w);
            }
            // Both pointers to identical types, one of them unnamed.
            let same_elem = match (tys.pointer_elem(st), tys.pointer_elem(p)) {
                (Some(a), Some(b)) => tys.identical(a, b),
                _ => false,
            };
            if same_elem && (!tys.is_named(st) || !tys.is_named(p)) {
                return (self.iconst(Ty::I8, 1), objv);
            }
            return no(self);
        }
        // `obj` is an interface: decide by its dynamic type.
        if tys.is_interface(p) {
            let empty = tys.interface_methods(p).is_some_and(|m| m.is_empty());
            if empty {
                return (self.iconst(Ty::I8, 1), vec![t, d]);
            }
            let inter = self.type_desc(p);
            let g = self.g;
            let comma_ok = self.iconst(Ty::I8, 1);
            let tab = self.b.inst1(
                Op::CallRt(Rt::GetItab, vec![g, inter, t, comma_ok]),
                Ty::I64,
            );
            let zero = self.iconst(Ty::I64, 0);
            let ok = self.b.inst1(Op::Icmp(Cond::Ne, tab, zero), Ty::I8);
            return (ok, vec![tab, d]);
        }
        if !is_direct_iface(self.info, p) {
            return no(self);
        }
        let want = self.type_desc(p);
        let ok = self.b.inst1(Op::Icmp(Cond::Eq, t, want), Ty::I8);
        (ok, vec![d])
    }
}
