//! Selectors: field and method lookup through embedded fields (spec:
//! "Selectors"), pointer indirection and address-of, composite literals
//! of struct and array types.

use std::collections::HashSet;

use num_traits::ToPrimitive;

use super::expr::{Mode, Operand};
use super::{Checker, SelKind, Selection};
use crate::syntax::ast::{Expr, ExprKind, Ident};
use crate::types::ty::{Basic, TypeId, TypeKind};

/// The outcome of looking a name up in a type.
pub(crate) enum Lookup {
    Found(Selection),
    Ambiguous,
    NotFound,
}

impl<'a> Checker<'a> {
    /// Looks `name` up among the fields and methods of `t` (a pointer is
    /// followed once), shallowest depth first.
    pub(crate) fn lookup_member(&mut self, t: TypeId, name: &str) -> Lookup {
        let start = self.info.tys.pointer_elem(t).unwrap_or(t);
        let mut level: Vec<(TypeId, Vec<usize>)> = vec![(start, Vec::new())];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !level.is_empty() {
            let mut found: Vec<Selection> = Vec::new();
            let mut next = Vec::new();
            for (typ, path) in level {
                let canon = self.info.tys.canonical(typ);
                if self.info.tys.is_named(canon) && !seen.insert(canon) {
                    continue;
                }
                self.ensure_methods(canon);
                if let Some(ms) = self.info.tys.interface_methods(canon) {
                    if let Some(i) = ms.iter().position(|m| m.name == name) {
                        found.push(Selection {
                            path: path.clone(),
                            kind: SelKind::IfaceMethod(i),
                        });
                    }
                }
                if let Some(ni) = self.info.tys.named_info(canon) {
                    if let Some(i) = ni.methods.iter().position(|m| m.name == name) {
                        found.push(Selection {
                            path: path.clone(),
                            kind: SelKind::Method {
                                named: canon,
                                index: i,
                            },
                        });
                    }
                }
                if let Some(fs) = self.info.tys.struct_fields(canon) {
                    for (i, f) in fs.iter().enumerate() {
                        if f.name == name {
                            found.push(Selection {
                                path: path.clone(),
                                kind: SelKind::Field(i),
                            });
                        }
                        if f.embedded {
                            let ft = self.info.tys.pointer_elem(f.typ).unwrap_or(f.typ);
                            let mut p = path.clone();
                            p.push(i);
                            next.push((ft, p));
                        }
                    }
                }
            }
            match found.len() {
                0 => level = next,
                1 => return Lookup::Found(found.pop().unwrap()),
                _ => return Lookup::Ambiguous,
            }
        }
        Lookup::NotFound
    }

    /// The type reached by walking a selection's embedded-field path from
    /// `t`, and whether any step went through a pointer.
    pub(crate) fn walk_path(&self, t: TypeId, path: &[usize]) -> (TypeId, bool) {
        let tys = &self.info.tys;
        let mut indirect = tys.pointer_elem(t).is_some();
        let mut cur = tys.pointer_elem(t).unwrap_or(t);
        for &i in path {
            let f = &tys.struct_fields(cur).unwrap()[i];
            if let Some(e) = tys.pointer_elem(f.typ) {
                indirect = true;
                cur = e;
            } else {
                cur = f.typ;
            }
        }
        (cur, indirect)
    }

    /// Checks `x.sel` where `x` is a value (not a package or a type).
    pub(crate) fn selector(&mut self, e: &Expr, x: &Expr, sel: &Ident) -> Operand {
        if self.denotes_type(x) {
            return self.method_expr(e, x, sel);
        }
        let op = self.expr(x);
        if op.mode == Mode::Invalid {
            return op;
        }
        let tn = self.info.tys.name(op.typ);
        match self.lookup_member(op.typ, &sel.name) {
            Lookup::Found(s) => {
                let (holder, indirect) = self.walk_path(op.typ, &s.path);
                let res = match &s.kind {
                    SelKind::Field(i) => {
                        let ft = self.info.tys.struct_fields(holder).unwrap()[*i].typ;
                        let mode = if indirect || op.mode == Mode::Var {
                            Mode::Var
                        } else {
                            Mode::Value
                        };
                        Operand {
                            mode,
                            typ: ft,
                            val: None,
                        }
                    }
                    SelKind::IfaceMethod(i) => {
                        let sig = self.info.tys.interface_methods(holder).unwrap()[*i].sig;
                        Operand {
                            mode: Mode::Value,
                            typ: sig,
                            val: None,
                        }
                    }
                    SelKind::Method { named, index } => {
                        let m = self.info.tys.named_info(*named).unwrap().methods[*index].clone();
                        self.note_method_dep(&m.sym);
                        let addressable = indirect || op.mode == Mode::Var;
                        if m.ptr_recv && !indirect {
                            self.mark_addr_root(x);
                        }
                        if m.ptr_recv && !addressable {
                            self.error(
                                e.span,
                                format!(
                                    "cannot call pointer method {} on {}",
                                    sel.name,
                                    self.info.tys.name(*named)
                                ),
                            );
                            return self.invalid();
                        }
                        let Some(sig) = m.sig else {
                            return self.invalid();
                        };
                        Operand {
                            mode: Mode::Value,
                            typ: sig,
                            val: None,
                        }
                    }
                };
                self.info.selections.insert(e.id, s);
                res
            }
            Lookup::Ambiguous => {
                let t = self.text(e.span);
                self.error(e.span, format!("ambiguous selector {}", t));
                self.invalid()
            }
            Lookup::NotFound => {
                let d = self.text(x.span);
                let what = if self
                    .info
                    .tys
                    .pointer_elem(op.typ)
                    .is_some_and(|p| self.info.tys.pointer_elem(p).is_some())
                {
                    format!(
                        "{}.{} undefined (type {} has no field or method {})",
                        d, sel.name, tn, sel.name
                    )
                } else {
                    // gc suggests a differently capitalized member.
                    let alt = self.case_variant(op.typ, &sel.name);
                    match alt {
                        Some((kind, alt)) => format!(
                            "{}.{} undefined (type {} has no field or method {}, but does have {} {})",
                            d, sel.name, tn, sel.name, kind, alt
                        ),
                        None => format!(
                            "{}.{} undefined (type {} has no field or method {})",
                            d, sel.name, tn, sel.name
                        ),
                    }
                };
                self.error(sel.span, what);
                self.invalid()
            }
        }
    }

    /// A member of `t` whose name differs from `name` only in the case of
    /// its first letter (gc's hint).
    fn case_variant(&mut self, t: TypeId, name: &str) -> Option<(&'static str, String)> {
        let mut c = name.chars();
        let first = c.next()?;
        let flipped: String = if first.is_uppercase() {
            first.to_lowercase().chain(c).collect()
        } else {
            first.to_uppercase().chain(c).collect()
        };
        match self.lookup_member(t, &flipped) {
            Lookup::Found(s) => Some((
                match s.kind {
                    SelKind::Field(_) => "field",
                    _ => "method",
                },
                flipped,
            )),
            _ => None,
        }
    }

    /// `*x`: a pointer indirection.
    pub(crate) fn star(&mut self, e: &Expr, x: &Expr) -> Operand {
        let op = self.expr(x);
        if op.mode == Mode::Invalid {
            return op;
        }
        if self.info.tys.basic_of(op.typ) == Some(Basic::UntypedNil) {
            self.error(e.span, "invalid operation: cannot indirect nil");
            return self.invalid();
        }
        match self.info.tys.pointer_elem(op.typ) {
            Some(t) => Operand {
                mode: Mode::Var,
                typ: t,
                val: None,
            },
            None => {
                let d = self.describe(&op, x);
                self.error(e.span, format!("invalid operation: cannot indirect {}", d));
                self.invalid()
            }
        }
    }

    /// `&x`: the address of an addressable operand or a composite literal.
    pub(crate) fn address_of(&mut self, e: &Expr, x: &Expr) -> Operand {
        let inner = strip(x);
        let is_lit = matches!(&*inner.kind, ExprKind::CompositeLit { .. });
        let op = self.expr(x);
        if op.mode == Mode::Invalid {
            return op;
        }
        if op.mode != Mode::Var && !is_lit {
            let d = self.describe(&op, x);
            self.error(
                e.span,
                format!("invalid operation: cannot take address of {}", d),
            );
            return self.invalid();
        }
        self.mark_addr_root(inner);
        Operand {
            mode: Mode::Value,
            typ: self.info.tys.intern(TypeKind::Pointer(op.typ)),
            val: None,
        }
    }

    /// Marks the variable whose memory `e` denotes (through fields and
    /// array elements, not through pointers) as address-taken.
    pub(crate) fn mark_addr_root(&mut self, e: &Expr) {
        let e = strip(e);
        match &*e.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.info.uses.get(&e.id) {
                    self.info.addr_taken.insert(*o);
                }
            }
            ExprKind::Selector(x, _) => {
                let xt = self.info.types.get(&x.id).copied();
                if xt.is_some_and(|t| self.info.tys.pointer_elem(t).is_none()) {
                    if let Some(s) = self.info.selections.get(&e.id) {
                        let (_, indirect) = self.walk_path(xt.unwrap(), &s.path.clone());
                        if !indirect {
                            self.mark_addr_root(x);
                        }
                    }
                }
            }
            ExprKind::Index(x, _) => {
                let xt = self.info.types.get(&x.id).copied();
                if xt.is_some_and(|t| self.info.tys.array_of(t).is_some()) {
                    self.mark_addr_root(x);
                }
            }
            _ => {}
        }
    }

    /// A composite literal of struct type `t`.
    pub(crate) fn struct_lit(&mut self, e: &Expr, t: TypeId, elts: &[Expr]) -> Operand {
        let fields = self.info.tys.struct_fields(t).unwrap().to_vec();
        let tn = self.info.tys.name(t);
        let keyed = elts
            .first()
            .is_some_and(|el| matches!(&*el.kind, ExprKind::KeyValue(..)));
        if keyed {
            let mut seen = HashSet::new();
            for el in elts {
                let ExprKind::KeyValue(k, v) = &*el.kind else {
                    self.error(
                        el.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.raw_expr(el);
                    continue;
                };
                let name = match &*k.kind {
                    ExprKind::Ident(id) => id.name.clone(),
                    _ => {
                        let kt = self.text(k.span);
                        self.error(
                            k.span,
                            format!("invalid field name {} in struct literal", kt),
                        );
                        self.raw_expr(v);
                        continue;
                    }
                };
                let Some(i) = fields.iter().position(|f| f.name == name) else {
                    self.error(
                        k.span,
                        format!("unknown field {} in struct literal of type {}", name, tn),
                    );
                    self.raw_expr(v);
                    continue;
                };
                if !seen.insert(i) {
                    self.error(
                        k.span,
                        format!("duplicate field name {} in struct literal", name),
                    );
                }
                self.info.types.insert(k.id, fields[i].typ);
                self.elem_value(v, fields[i].typ, "struct literal");
            }
        } else {
            for (i, el) in elts.iter().enumerate() {
                if let ExprKind::KeyValue(_, v) = &*el.kind {
                    self.error(
                        el.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.raw_expr(v);
                    continue;
                }
                match fields.get(i) {
                    Some(f) => self.elem_value(el, f.typ, "struct literal"),
                    None => {
                        self.error(
                            el.span,
                            format!("too many values in struct literal of type {}", tn),
                        );
                        self.raw_expr(el);
                        break;
                    }
                }
            }
            if !elts.is_empty() && elts.len() < fields.len() {
                let end = e.span;
                self.error(
                    end,
                    format!("too few values in struct literal of type {}", tn),
                );
            }
        }
        Operand {
            mode: Mode::Value,
            typ: t,
            val: None,
        }
    }

    /// One element value of a composite literal, of type `t` (elided
    /// literal types `{...}` and `&{...}` take `t`).
    pub(crate) fn elem_value(&mut self, v: &Expr, t: TypeId, ctx: &str) {
        if let ExprKind::CompositeLit { typ: None, .. } = &*v.kind {
            self.elided = Some(t);
            self.raw_expr(v);
            return;
        }
        if let ExprKind::Unary(crate::syntax::ast::UnOp::Addr, inner) = &*v.kind {
            if let (ExprKind::CompositeLit { typ: None, .. }, Some(pt)) =
                (&*inner.kind, self.info.tys.pointer_elem(t))
            {
                self.elided = Some(pt);
                let op = self.raw_expr(inner);
                if op.mode != Mode::Invalid {
                    let r = Operand {
                        mode: Mode::Value,
                        typ: t,
                        val: None,
                    };
                    self.record(v, &r);
                }
                return;
            }
        }
        let mut op = self.expr(v);
        if op.mode != Mode::Invalid {
            self.assign_to(&mut op, v, t, ctx);
        }
    }

    /// A composite literal of array type `[n]T` (or `[...]T`, `n` = None).
    pub(crate) fn array_lit(&mut self, n: Option<u64>, elem: TypeId, elts: &[Expr]) -> Operand {
        let mut next: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = HashSet::new();
        for el in elts {
            let v = match &*el.kind {
                ExprKind::KeyValue(k, v) => {
                    let ko = self.expr(k);
                    match ko
                        .val
                        .as_ref()
                        .and_then(|c| c.to_int())
                        .and_then(|i| i.to_u64())
                    {
                        Some(i) if ko.mode == Mode::Const => {
                            if self.info.tys.is_untyped(ko.typ) {
                                let int = self.info.tys.basic(Basic::Int);
                                self.update_untyped(k, int);
                            }
                            next = i;
                        }
                        _ => {
                            if ko.mode != Mode::Invalid {
                                let d = self.describe(&ko, k);
                                self.error(k.span, format!("index {} must be integer constant", d));
                            }
                        }
                    }
                    v
                }
                _ => el,
            };
            if let Some(n) = n {
                if next >= n {
                    self.error(v.span, format!("index {} out of bounds [0:{}]", next, n));
                    self.raw_expr(v);
                    continue;
                }
            }
            if !seen.insert(next) {
                self.error(
                    el.span,
                    format!("duplicate index {} in array or slice literal", next),
                );
            }
            next += 1;
            max = max.max(next);
            self.elem_value(v, elem, "array or slice literal");
        }
        let t = self
            .info
            .tys
            .intern(TypeKind::Array(n.unwrap_or(max), elem));
        Operand {
            mode: Mode::Value,
            typ: t,
            val: None,
        }
    }
}

/// `e` without parentheses.
pub(crate) fn strip(e: &Expr) -> &Expr {
    match &*e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}

impl<'a> Checker<'a> {
    /// Records that the function literals being checked refer to local
    /// `o` of an enclosing function: they capture it, and it moves to a
    /// heap cell that they share.
    pub(crate) fn note_capture(&mut self, o: super::ObjId) {
        let d = self.var_depth.get(&o).copied().unwrap_or(0);
        let cur = self.lit_stack.len();
        if d >= cur {
            return;
        }
        for k in d..cur {
            let li = self.lit_stack[k];
            if !self.lit_captures[li].contains(&o) {
                self.lit_captures[li].push(o);
            }
        }
        self.info.addr_taken.insert(o);
    }

    /// A function literal: its body is checked as a function nested in the
    /// current one and compiled as `outer.funcN`.
    pub(crate) fn func_lit(
        &mut self,
        e: &Expr,
        sig: &crate::syntax::ast::FuncType,
        body: &crate::syntax::ast::Block,
    ) -> Operand {
        let t = self.func_type(sig);
        if self.info.tys.is_invalid(t) {
            return self.invalid();
        }
        let outer = self
            .func_syms
            .last()
            .cloned()
            .unwrap_or_else(|| "main.glob.".to_string());
        let n = self.lit_count.entry(outer.clone()).or_insert(0);
        *n += 1;
        let sym = if outer.ends_with('.') {
            format!("{}func{}", outer, n)
        } else {
            format!("{}.func{}", outer, n)
        };
        let decl = crate::syntax::ast::FuncDecl {
            recv: None,
            name: Ident {
                name: sym.clone(),
                span: e.span,
            },
            tparams: Vec::new(),
            sig: sig.clone(),
            body: Some(body.clone()),
            span: e.span,
        };
        let mut fi = self.make_func_info(sym.clone(), &decl, t);
        let idx = self.lit_funcs.len();
        self.lit_funcs.push(None);
        // `lit_funcs` is emptied after each package, `lit_captures` is
        // not: a literal's captures have an index of their own (sharing
        // `idx` gave a literal of a later package the captures of an
        // earlier one's, which then kept its finalizer's object alive).
        let cidx = self.lit_captures.len();
        self.lit_captures.push(Vec::new());
        self.lit_stack.push(cidx);
        let saved_labels = std::mem::take(&mut self.labels);
        let saved_ft = (self.fallthrough_ok, self.in_last_case);
        self.check_func_body(&fi);
        self.labels = saved_labels;
        (self.fallthrough_ok, self.in_last_case) = saved_ft;
        self.lit_stack.pop();
        if let Some((_, p, r)) = self.pending_params.pop() {
            fi.params = p;
            fi.results = r;
        }
        let captures = self.lit_captures[cidx].clone();
        // The closure object: code pointer, then a pointer per capture.
        let uptr = self.info.tys.basic(Basic::Uintptr);
        let mut fields = vec![crate::types::ty::Field {
            name: "F".into(),
            typ: uptr,
            embedded: false,
            tag: String::new(),
        }];
        for (k, &o) in captures.iter().enumerate() {
            let vt = self.info.objs[o as usize].typ;
            let pt = self.info.tys.intern(TypeKind::Pointer(vt));
            fields.push(crate::types::ty::Field {
                name: format!("X{}", k),
                typ: pt,
                embedded: false,
                tag: String::new(),
            });
        }
        let env = self.info.tys.intern(TypeKind::Struct(fields));
        fi.captures = Some(captures.clone());
        self.lit_funcs[idx] = Some(fi);
        self.info
            .closures
            .insert(e.id, super::Closure { sym, captures, env });
        Operand {
            mode: Mode::Value,
            typ: t,
            val: None,
        }
    }
}

impl<'a> Checker<'a> {
    /// Records the method value `x.M` (a selector not called).
    pub(crate) fn method_value(&mut self, e: &Expr, s: &Selection, sig: TypeId) {
        let ExprKind::Selector(x, _) = &*e.kind else {
            return;
        };
        let Some(&xt) = self.info.types.get(&x.id) else {
            return;
        };
        let (holder, _) = self.walk_path(xt, &s.path);
        let (recv, target, wrapper) = match &s.kind {
            SelKind::Method { named, index } => {
                let m = self.info.tys.named_info(*named).unwrap().methods[*index].clone();
                let recv = if m.ptr_recv {
                    self.info.tys.intern(TypeKind::Pointer(holder))
                } else {
                    holder
                };
                (recv, Ok(m.sym.clone()), format!("{}-fm", m.sym))
            }
            SelKind::IfaceMethod(i) => {
                let name = &self.info.tys.interface_methods(holder).unwrap()[*i].name;
                let w = format!("{}.{}-fm", self.info.tys.qualified_name(holder), name);
                (holder, Err(*i), w)
            }
            SelKind::Field(_) => return,
        };
        let uptr = self.info.tys.basic(Basic::Uintptr);
        let env = self.info.tys.intern(TypeKind::Struct(vec![
            crate::types::ty::Field {
                name: "F".into(),
                typ: uptr,
                embedded: false,
                tag: String::new(),
            },
            crate::types::ty::Field {
                name: "R".into(),
                typ: recv,
                embedded: false,
                tag: String::new(),
            },
        ]));
        self.info.method_values.insert(
            e.id,
            super::MethodValue {
                env,
                recv,
                target,
                sig,
                wrapper,
            },
        );
    }

    /// A method expression `T.M` or `(*T).M`: a function whose first
    /// parameter is the receiver.
    fn method_expr(&mut self, e: &Expr, x: &Expr, sel: &Ident) -> Operand {
        let t = self.type_expr(x);
        if self.info.tys.is_invalid(t) {
            return self.invalid();
        }
        let (base, is_ptr) = match self.info.tys.pointer_elem(t) {
            Some(b) => (b, true),
            None => (t, false),
        };
        self.ensure_all_methods();
        if let Some(ms) = self.info.tys.interface_methods(t).map(|m| m.to_vec()) {
            // `I.M`: a function dispatching through its first argument.
            if let Some(i) = ms.iter().position(|m| m.name == sel.name) {
                let sig = ms[i].sig;
                let (mut params, results, variadic) = match self.info.tys.kind(sig).clone() {
                    TypeKind::Func(p, r, v) => (p, r, v),
                    _ => return self.invalid(),
                };
                params.insert(0, t);
                let ft = self
                    .info
                    .tys
                    .intern(TypeKind::Func(params, results, variadic));
                let sym = format!("{}.{}", self.info.tys.symbol_name(t), sel.name);
                self.info
                    .iface_method_exprs
                    .insert(sym.clone(), (t, i, sig));
                self.info.method_exprs.insert(e.id, sym);
                return Operand {
                    mode: Mode::Value,
                    typ: ft,
                    val: None,
                };
            }
        }
        let set = crate::types::check::iface::method_set(&self.info, base);
        let tn = self.info.tys.name(t);
        let Some(m) = set.iter().find(|m| m.name == sel.name).cloned() else {
            let text = self.text(x.span);
            self.error(
                sel.span,
                format!(
                    "{}.{} undefined (type {} has no field or method {})",
                    text, sel.name, tn, sel.name
                ),
            );
            return self.invalid();
        };
        if m.needs_ptr && !is_ptr {
            let text = self.text(e.span);
            self.error(
                e.span,
                format!(
                    "invalid method expression {} (needs pointer receiver (*{}).{})",
                    text, tn, sel.name
                ),
            );
            return self.invalid();
        }
        if m.iface {
            self.error(
                e.span,
                "not supported yet: method expressions of promoted interface methods",
            );
            return self.invalid();
        }
        let info = self.info.tys.named_info(m.holder).unwrap().methods[m.index].clone();
        self.note_method_dep(&info.sym);
        let sym = if is_ptr {
            if m.path.is_empty() && info.ptr_recv {
                info.sym.clone()
            } else {
                crate::codegen::typedesc::wrapper_symbol(&self.info, base, &sel.name)
            }
        } else if m.path.is_empty() {
            info.sym.clone()
        } else {
            self.error(
                e.span,
                "not supported yet: method expressions of promoted methods",
            );
            return self.invalid();
        };
        let (mut params, results, variadic) = match self.info.tys.kind(m.sig).clone() {
            TypeKind::Func(p, r, v) => (p, r, v),
            _ => return self.invalid(),
        };
        params.insert(0, t);
        let ft = self
            .info
            .tys
            .intern(TypeKind::Func(params, results, variadic));
        self.info.method_exprs.insert(e.id, sym);
        Operand {
            mode: Mode::Value,
            typ: ft,
            val: None,
        }
    }
}

impl<'a> Checker<'a> {
    /// Records that the declaration being checked refers to method `sym`
    /// (package initialization order follows method references too).
    pub(crate) fn note_method_dep(&mut self, sym: &str) {
        if let (Some(cur), Some(&m)) = (self.cur_decl, self.method_objs.get(sym)) {
            self.deps.entry(cur).or_default().insert(m);
        }
    }
}
