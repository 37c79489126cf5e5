//! Statements and function bodies: scopes, local declarations, control flow
//! rules (break/continue/fallthrough/labels), and the terminating-statement
//! analysis behind `missing return`.

use std::collections::HashMap;

use super::expr::{Mode, Operand};
use super::{Checker, FuncInfo, ObjId, ObjKind, Scope};
use crate::syntax::ast::{
    self, Block, CaseClause, Expr, ExprKind, GenKind, Ident, Spec, Stmt, StmtKind,
};
use crate::syntax::source::Span;
use crate::types::constant::Const;
use crate::types::ty::{Basic, TypeId, TypeKind};

/// What encloses a statement, for break/continue/fallthrough.
#[derive(Clone, Default)]
pub(crate) struct Ctx {
    in_loop: bool,
    in_breakable: bool,
    /// Labels of enclosing statements: (name, is loop).
    labels: Vec<(String, bool)>,
}

/// Labels of a function: declared ones and whether used.
struct Labels {
    decl: HashMap<String, (Span, bool)>,
}

impl<'a> Checker<'a> {
    pub(crate) fn push_scope(&mut self) {
        self.scopes.push(Scope {
            names: HashMap::new(),
        });
    }

    /// Closes a scope, reporting unused local variables.
    pub(crate) fn pop_scope(&mut self) {
        let s = self.scopes.pop().expect("scope underflow");
        let mut unused: Vec<ObjId> = s
            .names
            .values()
            .copied()
            .filter(|id| {
                matches!(
                    self.info.objs[*id as usize].kind,
                    ObjKind::Var { global: false }
                ) && self.local_vars.contains(id)
                    && !self.used.contains(id)
            })
            .collect();
        unused.sort();
        for id in unused {
            let o = &self.info.objs[id as usize];
            let (span, name) = (o.span, o.name.clone());
            self.error(span, format!("declared and not used: {}", name));
        }
    }

    /// Declares a local object in the innermost scope.
    pub(crate) fn declare_local(&mut self, ident: &Ident, kind: ObjKind, typ: TypeId) -> ObjId {
        let id = self.new_obj(&ident.name, kind.clone(), typ, ident.span);
        self.info.defs.insert((self.file, ident.span.lo), id);
        if ident.name == "_" {
            return id;
        }
        let scope = self.scopes.last_mut().expect("no scope");
        if let Some(&prev) = scope.names.get(&ident.name) {
            let p = self.info.objs[prev as usize].span;
            let (l, c) = self.files[self.file as usize].line_col(p.lo);
            let fname = self.files[self.file as usize].name.clone();
            self.error(
                ident.span,
                format!(
                    "{} redeclared in this block\n\t{}:{}:{}: other declaration of {}",
                    ident.name, fname, l, c, ident.name
                ),
            );
            return id;
        }
        scope.names.insert(ident.name.clone(), id);
        if let ObjKind::Var { global: false } = kind {
            self.local_vars.push(id);
        }
        id
    }

    pub(crate) fn check_func_body(&mut self, fi: &FuncInfo) {
        let decl = &fi.decl;
        let Some(body) = &decl.body else {
            if self.pkg_path != "main" {
                // std functions the compiler provides (std/README.md).
                self.info.bodyless.insert(fi.symbol.clone());
                self.pending_params
                    .push((fi.symbol.clone(), Vec::new(), Vec::new()));
                return;
            }
            self.error(decl.name.span, "missing function body");
            return;
        };
        let (params, results) = match self.info.tys.kind(fi.typ).clone() {
            TypeKind::Func(p, r, _) => (p, r),
            _ => return,
        };
        self.scopes.push(Scope {
            names: HashMap::new(),
        });
        let mut pobjs = Vec::new();
        let mut k = 0;
        if let Some(r) = &decl.recv {
            let id = match r.names.first() {
                Some(n) if n.name != "_" => {
                    let id = self.declare_local(n, ObjKind::Var { global: false }, params[0]);
                    self.used.insert(id);
                    id
                }
                _ => self.new_obj("_", ObjKind::Var { global: false }, params[0], r.span),
            };
            pobjs.push(id);
            k = 1;
        }
        for f in &decl.sig.params {
            if f.names.is_empty() {
                let id = self.new_obj("_", ObjKind::Var { global: false }, params[k], f.span);
                pobjs.push(id);
                k += 1;
            }
            for n in &f.names {
                let id = self.declare_local(n, ObjKind::Var { global: false }, params[k]);
                self.used.insert(id);
                pobjs.push(id);
                k += 1;
            }
        }
        let mut robjs = Vec::new();
        k = 0;
        for f in &decl.sig.results {
            if f.names.is_empty() {
                let id = self.new_obj("~r", ObjKind::Var { global: false }, results[k], f.span);
                robjs.push(id);
                k += 1;
            }
            for n in &f.names {
                let id = self.declare_local(n, ObjKind::Var { global: false }, results[k]);
                self.used.insert(id);
                robjs.push(id);
                k += 1;
            }
        }
        self.result_objs.push(robjs.clone());
        self.pending_params.push((fi.symbol.clone(), pobjs, robjs));
        self.func_results.push(results.clone());
        self.func_named_results.push(fi.named_results);
        let mut labels = Labels {
            decl: HashMap::new(),
        };
        collect_labels(&body.stmts, &mut labels.decl, self);
        self.labels = labels.decl;
        let saved = self.cur_decl;
        if decl.recv.is_some() {
            // A method's references count for initialization order through
            // the method's own object (see `method_objs`).
            if let Some(&id) = self.method_objs.get(&fi.symbol) {
                self.cur_decl = Some(id);
            }
        } else if let Some(&id) = self.pkg_scope.get(&decl.name.name) {
            if decl.name.name != "init" && fi.captures.is_none() {
                self.cur_decl = Some(id);
            }
        }
        let ctx = Ctx::default();
        self.func_syms.push(fi.symbol.clone());
        self.block_stmts(&body.stmts, &ctx);
        self.func_syms.pop();
        self.check_gotos(body);
        self.cur_decl = saved;
        if !results.is_empty() && !is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
        let labels = std::mem::take(&mut self.labels);
        let mut unused: Vec<(Span, String)> = labels
            .into_iter()
            .filter(|(_, (_, used))| !used)
            .map(|(n, (s, _))| (s, n))
            .collect();
        unused.sort_by_key(|x| x.0.lo);
        for (s, n) in unused {
            self.error(s, format!("label {} defined and not used", n));
        }
        self.func_results.pop();
        self.func_named_results.pop();
        self.result_objs.pop();
        self.pop_scope();
    }

    fn block_stmts(&mut self, stmts: &[Stmt], ctx: &Ctx) {
        for (i, s) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            self.stmt(s, ctx, last);
        }
    }

    fn block(&mut self, b: &Block, ctx: &Ctx) {
        // `fallthrough` may only end a case clause itself, never a nested block.
        let saved = std::mem::replace(&mut self.fallthrough_ok, false);
        self.push_scope();
        self.block_stmts(&b.stmts, ctx);
        self.pop_scope();
        self.fallthrough_ok = saved;
    }

    fn stmt(&mut self, s: &Stmt, ctx: &Ctx, last_in_case: bool) {
        match &*s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled(l, inner) => {
                let is_loop = matches!(&*inner.kind, StmtKind::For { .. } | StmtKind::Range { .. });
                let breakable = is_loop
                    || matches!(
                        &*inner.kind,
                        StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select(_)
                    );
                let mut c = ctx.clone();
                if breakable {
                    c.labels.push((l.name.clone(), is_loop));
                }
                self.stmt(inner, &c, last_in_case);
            }
            StmtKind::Expr(e) => {
                let op = self.raw_expr(e);
                let call_func = match &*strip_parens(e).kind {
                    ExprKind::Call { func, .. } => Some(func),
                    _ => None,
                };
                // A conversion is a call in the syntax but a value in Go.
                let conversion = call_func.is_some_and(|f| {
                    self.info
                        .types
                        .get(&f.id)
                        .is_some_and(|_| self.denotes_type_expr(f))
                });
                match op.mode {
                    Mode::Invalid => {}
                    Mode::Builtin(_) => {
                        let t = self.text(e.span);
                        self.error(e.span, format!("{} (built-in) must be called", t));
                    }
                    Mode::Type => {
                        let t = self.text(e.span);
                        self.error(e.span, format!("{} (type) is not an expression", t));
                    }
                    _ if matches!(&*strip_parens(e).kind, ExprKind::Unary(ast::UnOp::Recv, _)) => {}
                    _ if call_func.is_none() || conversion || op.mode == Mode::Const => {
                        let d = self.describe(&op, e);
                        self.error(e.span, format!("{} is not used", d));
                    }
                    _ => self.check_unused_builtin_call(e, &op),
                }
            }
            StmtKind::IncDec(x, inc) => {
                let mut op = self.expr(x);
                if op.mode == Mode::Invalid {
                    return;
                }
                if !self.info.tys.is_numeric(op.typ) {
                    let d = self.describe(&op, x);
                    let w = if *inc { "++" } else { "--" };
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: {}{} (non-numeric type {})",
                            self.text(x.span),
                            w,
                            self.info.tys.name(op.typ)
                        ),
                    );
                    let _ = d;
                    return;
                }
                self.check_assignable_lhs(x, &mut op);
            }
            StmtKind::Assign {
                lhs,
                rhs,
                op,
                define,
            } => self.assign_stmt(s, lhs, rhs, *op, *define),
            StmtKind::Return(vals) => self.return_stmt(s, vals),
            StmtKind::Break(label) => {
                if let Some(l) = label {
                    self.mark_label(l);
                    if !self.labels.contains_key(&l.name) {
                        self.error(l.span, format!("break label not defined: {}", l.name));
                    } else if !ctx.labels.iter().any(|(n, _)| *n == l.name) {
                        self.error(l.span, format!("invalid break label {}", l.name));
                    }
                } else if !ctx.in_breakable {
                    self.error(s.span, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue(label) => {
                if let Some(l) = label {
                    self.mark_label(l);
                    if !self.labels.contains_key(&l.name) {
                        self.error(l.span, format!("continue label not defined: {}", l.name));
                    } else if !ctx
                        .labels
                        .iter()
                        .any(|(n, is_loop)| *n == l.name && *is_loop)
                    {
                        self.error(l.span, format!("invalid continue label {}", l.name));
                    }
                } else if !ctx.in_loop {
                    self.error(s.span, "continue is not in a loop");
                }
            }
            StmtKind::Goto(l) => {
                self.use_label(l);
            }
            StmtKind::Fallthrough => {
                if !self.fallthrough_ok || !last_in_case {
                    let msg = if self.fallthrough_ok && !last_in_case {
                        "fallthrough statement out of place"
                    } else if self.in_last_case {
                        "cannot fallthrough final case in switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    self.error(s.span, msg);
                }
            }
            StmtKind::Block(b) => self.block(b, ctx),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.simple_stmt(i, ctx);
                }
                self.condition(cond, "if statement");
                self.block(then, ctx);
                if let Some(e) = els {
                    self.stmt(e, ctx, false);
                }
                self.pop_scope();
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.simple_stmt(i, ctx);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign { define: true, .. } = &*p.kind {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.simple_stmt(p, ctx);
                    }
                }
                let mut c = ctx.clone();
                c.in_loop = true;
                c.in_breakable = true;
                self.block(body, &c);
                self.pop_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, ctx),
            StmtKind::Switch {
                init, tag, cases, ..
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.simple_stmt(i, ctx);
                }
                self.switch_stmt(tag.as_ref(), cases, ctx);
                self.pop_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
                ..
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.simple_stmt(i, ctx);
                }
                self.type_switch(bind.as_ref(), x, cases, ctx);
                self.pop_scope();
            }
            StmtKind::Select(clauses) => self.select_stmt(clauses, ctx),
            StmtKind::Go(e) => self.go_defer_stmt(e, "go"),
            StmtKind::Defer(e) => self.go_defer_stmt(e, "defer"),
            StmtKind::Send(ch, v) => {
                let cop = self.expr(ch);
                let mut vop = self.expr(v);
                if cop.mode == Mode::Invalid || vop.mode == Mode::Invalid {
                    return;
                }
                let Some((dir, elem)) = self.info.tys.chan_of(cop.typ) else {
                    let d = self.describe(&cop, ch);
                    self.error(
                        s.span,
                        format!("invalid operation: cannot send to non-channel {}", d),
                    );
                    return;
                };
                if dir & 2 == 0 {
                    let d = self.describe(&cop, ch);
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: cannot send to receive-only channel {}",
                            d
                        ),
                    );
                    return;
                }
                self.assign_to(&mut vop, v, elem, "send");
            }
        }
    }

    fn mode_word(&self, op: &Operand) -> String {
        match op.mode {
            Mode::Const => {
                let tn = self.info.tys.name(op.typ);
                if self.info.tys.is_untyped(op.typ) {
                    format!("{} constant", tn)
                } else {
                    format!("constant of type {}", tn)
                }
            }
            Mode::Var => format!("variable of type {}", self.info.tys.name(op.typ)),
            Mode::Type => "type".into(),
            Mode::Builtin(_) => "built-in".into(),
            _ => {
                if self.info.tys.is_untyped(op.typ) {
                    format!("{} value", self.info.tys.name(op.typ))
                } else {
                    format!("value of type {}", self.info.tys.name(op.typ))
                }
            }
        }
    }

    /// Whether a call's function expression names a type (a conversion).
    fn denotes_type_expr(&self, f: &Expr) -> bool {
        match &*f.kind {
            ExprKind::Ident(_) => self
                .info
                .uses
                .get(&f.id)
                .is_some_and(|&o| self.info.objs[o as usize].kind == ObjKind::TypeName),
            ExprKind::Paren(x) | ExprKind::Star(x) => self.denotes_type_expr(x),
            ExprKind::ArrayType(..)
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => true,
            _ => false,
        }
    }

    fn check_unused_builtin_call(&mut self, e: &Expr, op: &Operand) {
        if let ExprKind::Call { func, .. } = &*strip_parens(e).kind {
            if let Some(&o) = self.info.uses.get(&func.id) {
                if let ObjKind::Builtin(b) = self.info.objs[o as usize].kind {
                    use super::Builtin::*;
                    if matches!(
                        b,
                        Len | Cap | Complex | Real | Imag | Min | Max | Make | New | Append
                    ) && op.mode != Mode::Invalid
                    {
                        let t = self.text(e.span);
                        self.error(
                            e.span,
                            format!("{} ({}) is not used", t, self.mode_word(op)),
                        );
                    }
                }
            }
        }
    }

    /// Marks a label used by break/continue (undefined ones are reported there).
    fn mark_label(&mut self, l: &Ident) {
        if let Some(d) = self.labels.get_mut(&l.name) {
            d.1 = true;
        }
    }

    fn use_label(&mut self, l: &Ident) {
        match self.labels.get_mut(&l.name) {
            Some(d) => d.1 = true,
            None => {
                self.error(l.span, format!("label {} not defined", l.name));
            }
        }
    }

    fn simple_stmt(&mut self, s: &Stmt, ctx: &Ctx) {
        self.stmt(s, ctx, false);
    }

    fn condition(&mut self, cond: &Expr, what: &str) {
        let mut op = self.expr(cond);
        if op.mode == Mode::Invalid {
            return;
        }
        if !self.info.tys.is_boolean(op.typ) {
            let t = self.text(cond.span);
            let d = self.describe(&op, cond);
            let _ = d;
            self.error(cond.span, format!("non-boolean condition in {}", what));
            let _ = t;
            return;
        }
        let b = self.info.tys.basic(Basic::Bool);
        if self.info.tys.is_untyped(op.typ) {
            let _ = self.implicit_convert(&mut op, cond, b);
        }
    }

    fn local_decl(&mut self, g: &ast::GenDecl) {
        match g.kind {
            GenKind::Var => {
                for s in &g.specs {
                    if let Spec::Value(v) = s {
                        self.local_var_spec(v);
                    }
                }
            }
            GenKind::Const => {
                let mut last: Option<ast::ValueSpec> = None;
                for s in &g.specs {
                    if let Spec::Value(v) = s {
                        let src = if v.typ.is_none() && v.values.is_empty() {
                            last.clone().unwrap_or_else(|| v.clone())
                        } else {
                            last = Some(v.clone());
                            v.clone()
                        };
                        let saved = self.iota.replace(v.iota as i64);
                        let mut vals = Vec::new();
                        for (i, n) in v.names.iter().enumerate() {
                            vals.push((n.clone(), self.const_spec_value(&src, i, n.span, v)));
                        }
                        self.iota = saved;
                        // Constants come into scope after their spec.
                        for (n, (t, val)) in vals {
                            let id = self.declare_local(&n, ObjKind::Const(val), t);
                            let _ = id;
                        }
                    }
                }
            }
            GenKind::Type => {
                for s in &g.specs {
                    if let Spec::Type(t) = s {
                        if !t.tparams.is_empty() {
                            self.error(t.name.span, "not supported yet: generic types");
                            continue;
                        }
                        let inv = self.info.tys.basic(Basic::Invalid);
                        let id = self.declare_local(&t.name, ObjKind::TypeName, inv);
                        let ty = if t.alias {
                            self.type_expr(&t.typ)
                        } else {
                            let named = self
                                .info
                                .tys
                                .new_named(format!("{}.{}", self.pkg_name, t.name.name));
                            self.local_types += 1;
                            let n = self.local_types;
                            self.info.tys.named_info_mut(named).unwrap().local = n;
                            self.info.objs[id as usize].typ = named;
                            let u = self.type_expr(&t.typ);
                            self.info.tys.set_underlying(named, u);
                            named
                        };
                        self.info.objs[id as usize].typ = ty;
                    }
                }
            }
        }
    }

    fn local_var_spec(&mut self, v: &ast::ValueSpec) {
        let typ = v.typ.as_ref().map(|t| self.type_expr(t));
        let inv = self.info.tys.basic(Basic::Invalid);
        let n = v.names.len();
        let mut types = vec![typ.unwrap_or(inv); n];
        if !v.values.is_empty() {
            if v.values.len() == 1 && n > 1 {
                if let Some(ts) = self.multi_value(&v.values[0], n, v.names[0].span) {
                    for (k, t) in ts.into_iter().enumerate() {
                        match typ {
                            Some(tt) => {
                                if !self.assignable(t, tt) {
                                    let at = v.values[0].span;
                                    self.result_mismatch(at, k, t, tt, "multiple assignment");
                                }
                            }
                            None => types[k] = t,
                        }
                    }
                }
            } else if v.values.len() != n {
                for e in &v.values {
                    self.raw_expr(e);
                }
                if v.values.len() > n {
                    let extra = &v.values[n];
                    let t = self.text(extra.span);
                    self.error(extra.span, format!("extra init expr {}", t));
                } else {
                    self.assign_mismatch(v.names[0].span, n, v.values.len(), &v.values);
                }
            } else {
                for (k, e) in v.values.iter().enumerate() {
                    let mut op = if n == 1 {
                        self.rhs_expr(e)
                    } else {
                        self.expr(e)
                    };
                    if op.mode == Mode::Invalid {
                        continue;
                    }
                    match typ {
                        Some(t) => {
                            self.assign_to(&mut op, e, t, "variable declaration");
                        }
                        None => {
                            types[k] = self.default_and_record(&mut op, e, "variable declaration")
                        }
                    }
                }
            }
        }
        // Variables come into scope after the whole spec.
        for (name, t) in v.names.iter().zip(types) {
            self.declare_local(name, ObjKind::Var { global: false }, t);
        }
    }

    /// Checks that `x` can be assigned to; marks it as not "used" by the assignment.
    fn check_assignable_lhs(&mut self, x: &Expr, op: &mut Operand) -> bool {
        if op.mode == Mode::Var || op.mode == Mode::MapIndex {
            return true;
        }
        // `m[k].f = v`: a field of a map element is not assignable.
        if let ExprKind::Selector(base, _) = &*strip_parens(x).kind {
            if self
                .info
                .types
                .get(&strip_parens(base).id)
                .is_some_and(|&t| self.info.tys.pointer_elem(t).is_none())
                && matches!(&*strip_parens(base).kind, ExprKind::Index(m, _)
                    if self.info.types.get(&m.id).is_some_and(|&t| self.info.tys.map_of(t).is_some()))
            {
                let t = self.text(x.span);
                self.error(
                    x.span,
                    format!("cannot assign to struct field {} in map", t),
                );
                return false;
            }
        }
        if op.mode == Mode::Invalid {
            return false;
        }
        let t = self.text(x.span);
        let why = format!(
            "cannot assign to {} (neither addressable nor a map index expression)",
            t
        );
        self.error(x.span, why);
        false
    }

    /// The left-hand side of an assignment; a plain identifier is not a "use".
    fn lhs_expr(&mut self, x: &Expr) -> Operand {
        if let ExprKind::Ident(id) = &*x.kind {
            if id.name == "_" {
                self.info
                    .types
                    .insert(x.id, self.info.tys.basic(Basic::Invalid));
                return Operand {
                    mode: Mode::Var,
                    typ: self.info.tys.basic(Basic::Invalid),
                    val: None,
                };
            }
            if let Some(o) = self.lookup(&id.name) {
                if let ObjKind::Var { global: false } = self.info.objs[o as usize].kind {
                    let was_used = self.used.contains(&o);
                    let op = self.raw_expr(x);
                    if !was_used {
                        self.used.remove(&o);
                    }
                    return op;
                }
            }
        }
        let op = self.raw_expr(x);
        match op.mode {
            Mode::Type => {
                let t = self.text(x.span);
                self.error(x.span, format!("{} (type) is not an expression", t));
                self.invalid()
            }
            Mode::Builtin(_) => {
                let t = self.text(x.span);
                self.error(x.span, format!("{} (built-in) must be called", t));
                self.invalid()
            }
            _ => op,
        }
    }

    fn assign_stmt(
        &mut self,
        s: &Stmt,
        lhs: &[Expr],
        rhs: &[Expr],
        op: Option<ast::BinOp>,
        define: bool,
    ) {
        if define {
            return self.short_var_decl(s, lhs, rhs);
        }
        if let Some(bop) = op {
            // x op= y is x = x op y with x evaluated once.
            let mut l = self.expr(&lhs[0]);
            if l.mode == Mode::Invalid {
                self.raw_expr(&rhs[0]);
                return;
            }
            let fake = Expr {
                id: u32::MAX,
                span: s.span,
                kind: Box::new(ExprKind::Binary(bop, lhs[0].clone(), rhs[0].clone())),
            };
            let r = self.expr_binary_for_opassign(&fake, bop, &lhs[0], &rhs[0]);
            self.info.types.remove(&u32::MAX);
            if r.mode == Mode::Invalid {
                return;
            }
            self.check_assignable_lhs(&lhs[0], &mut l);
            return;
        }
        if lhs.len() != rhs.len() {
            if rhs.len() == 1 {
                let lops: Vec<Operand> = lhs.iter().map(|x| self.lhs_expr(x)).collect();
                if let Some(ts) = self.multi_value(&rhs[0], lhs.len(), lhs[0].span) {
                    for (k, ((x, mut l), t)) in lhs.iter().zip(lops).zip(ts).enumerate() {
                        if self.is_blank(x) || l.mode == Mode::Invalid {
                            continue;
                        }
                        if self.check_assignable_lhs(x, &mut l) && !self.assignable(t, l.typ) {
                            self.result_mismatch(rhs[0].span, k, t, l.typ, "multiple assignment");
                        }
                    }
                }
                return;
            }
            for x in lhs {
                self.lhs_expr(x);
            }
            for e in rhs {
                self.raw_expr(e);
            }
            self.assign_mismatch(lhs[0].span, lhs.len(), rhs.len(), rhs);
            return;
        }
        let single = lhs.len() == 1;
        for (x, e) in lhs.iter().zip(rhs) {
            let mut l = self.lhs_expr(x);
            let mut r = if single {
                self.rhs_expr(e)
            } else {
                self.expr(e)
            };
            if r.mode == Mode::Invalid {
                continue;
            }
            if self.is_blank(x) {
                self.default_and_record(&mut r, e, "assignment");
                continue;
            }
            if l.mode == Mode::Invalid {
                continue;
            }
            if self.check_assignable_lhs(x, &mut l) {
                self.assign_to(&mut r, e, l.typ, "assignment");
            }
        }
    }

    fn expr_binary_for_opassign(
        &mut self,
        fake: &Expr,
        bop: ast::BinOp,
        x: &Expr,
        y: &Expr,
    ) -> Operand {
        let _ = (bop, x, y);
        // Check the combined expression; its id is a scratch key.
        let op = self.raw_expr(fake);
        self.info.consts.remove(&fake.id);
        op
    }

    fn is_blank(&self, x: &Expr) -> bool {
        matches!(&*x.kind, ExprKind::Ident(id) if id.name == "_")
    }

    fn short_var_decl(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        // Right-hand sides are checked before the new variables are in scope.
        let n = lhs.len();
        let inv = self.info.tys.basic(Basic::Invalid);
        let mut types: Vec<Option<TypeId>> = vec![None; n];
        let mut rops: Vec<Option<(Operand, &Expr)>> = Vec::new();
        if rhs.len() == 1 && n > 1 {
            if let Some(ts) = self.multi_value(&rhs[0], n, lhs[0].span) {
                for (k, t) in ts.into_iter().enumerate() {
                    types[k] = Some(t);
                }
            }
        } else if rhs.len() != n {
            for e in rhs {
                self.raw_expr(e);
            }
            self.assign_mismatch(lhs[0].span, n, rhs.len(), rhs);
        } else {
            for e in rhs {
                let op = if n == 1 {
                    self.rhs_expr(e)
                } else {
                    self.expr(e)
                };
                rops.push(Some((op, e)));
            }
        }
        let mut any_new = false;
        let mut seen: Vec<String> = Vec::new();
        for (k, x) in lhs.iter().enumerate() {
            let ExprKind::Ident(id) = &*x.kind else {
                let t = self.text(x.span);
                self.error(x.span, format!("non-name {} on left side of :=", t));
                self.raw_expr(x);
                continue;
            };
            if id.name != "_" && seen.contains(&id.name) {
                self.error(x.span, format!("{} repeated on left side of :=", id.name));
                continue;
            }
            seen.push(id.name.clone());
            let existing = if id.name == "_" {
                None
            } else {
                self.scopes
                    .last()
                    .and_then(|sc| sc.names.get(&id.name).copied())
            };
            match existing {
                Some(o) if matches!(self.info.objs[o as usize].kind, ObjKind::Var { .. }) => {
                    // Plain assignment to an existing variable.
                    self.info.uses.insert(x.id, o);
                    let t = self.info.objs[o as usize].typ;
                    self.info.types.insert(x.id, t);
                    if let Some(Some((op, e))) = rops.get_mut(k) {
                        let mut op2 = op.clone();
                        self.assign_to(&mut op2, e, t, "assignment");
                    } else if let Some(vt) = types[k] {
                        if !self.assignable(vt, t) {
                            self.result_mismatch(rhs[0].span, k, vt, t, "multiple assignment");
                        }
                    }
                }
                _ => {
                    if id.name != "_" {
                        any_new = true;
                    }
                    let t = if let Some(Some((op, e))) = rops.get_mut(k) {
                        let mut op2 = op.clone();
                        let e: &Expr = e;
                        if op2.mode == Mode::Invalid {
                            inv
                        } else {
                            self.default_and_record(&mut op2, e, "assignment")
                        }
                    } else {
                        types[k].unwrap_or(inv)
                    };
                    let t = if self.info.tys.is_untyped(t) {
                        self.info.tys.default_type(t)
                    } else {
                        t
                    };
                    let oid = self.declare_local(id, ObjKind::Var { global: false }, t);
                    self.info.types.insert(x.id, t);
                    let _ = oid;
                }
            }
        }
        if !any_new && seen.len() == lhs.len() {
            self.error(s.span, "no new variables on left side of :=");
        }
    }

    fn return_stmt(&mut self, s: &Stmt, vals: &[Expr]) {
        let want = self.func_results.last().cloned().unwrap_or_default();
        let named = *self.func_named_results.last().unwrap_or(&false);
        if vals.is_empty() {
            if !want.is_empty() && !named {
                let w: Vec<String> = want.iter().map(|&t| self.info.tys.name(t)).collect();
                self.error(
                    s.span,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        w.join(", ")
                    ),
                );
            }
            if named {
                // A bare return needs every named result in scope.
                let results = self.result_objs.last().cloned().unwrap_or_default();
                for r in results {
                    let name = self.info.objs[r as usize].name.clone();
                    if name == "_" || name.starts_with('~') {
                        continue;
                    }
                    if let Some(found) = self.lookup(&name) {
                        if found != r {
                            let inner = self.info.objs[found as usize].span;
                            let sf = &self.files[self.file as usize];
                            let (l, c) = sf.line_col(inner.lo);
                            let msg = format!(
                                "result parameter {} not in scope at return\n\t{}:{}:{}: inner declaration of {}",
                                name, sf.name, l, c, name
                            );
                            self.error(s.span, msg);
                        }
                    }
                }
            }
            return;
        }
        if want.is_empty() {
            for v in vals {
                self.raw_expr(v);
            }
            self.error(
                vals[0].span,
                "too many return values\n\thave (number)\n\twant ()",
            );
            return;
        }
        if vals.len() == 1 && want.len() > 1 {
            let op = self.raw_expr(&vals[0]);
            if op.mode == Mode::Invalid {
                return;
            }
            if let TypeKind::Tuple(ts) = self.info.tys.kind(op.typ).clone() {
                if ts.len() == want.len() {
                    for (k, (&t, &w)) in ts.iter().zip(&want).enumerate() {
                        if !self.assignable(t, w) {
                            self.result_mismatch(vals[0].span, k, t, w, "return statement");
                        }
                    }
                    return;
                }
            }
            let w: Vec<String> = want.iter().map(|&t| self.info.tys.name(t)).collect();
            self.error(
                vals[0].span,
                format!(
                    "not enough return values\n\thave ({})\n\twant ({})",
                    self.info.tys.name(op.typ),
                    w.join(", ")
                ),
            );
            return;
        }
        let ops: Vec<Operand> = vals.iter().map(|v| self.expr(v)).collect();
        if vals.len() != want.len() {
            if ops.iter().any(|o| o.mode == Mode::Invalid) {
                return;
            }
            let have: Vec<String> = ops
                .iter()
                .map(|o| {
                    if o.mode == Mode::Const && self.info.tys.is_untyped(o.typ) {
                        "number".to_string()
                    } else {
                        self.info.tys.name(o.typ)
                    }
                })
                .collect();
            let w: Vec<String> = want.iter().map(|&t| self.info.tys.name(t)).collect();
            let msg = if vals.len() > want.len() {
                "too many return values"
            } else {
                "not enough return values"
            };
            self.error(
                vals[0].span,
                format!(
                    "{}\n\thave ({})\n\twant ({})",
                    msg,
                    have.join(", "),
                    w.join(", ")
                ),
            );
            return;
        }
        for ((v, mut op), &w) in vals.iter().zip(ops).zip(&want) {
            self.assign_to(&mut op, v, w, "return statement");
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
        ctx: &Ctx,
    ) {
        self.push_scope();
        let mut op = self.expr(x);
        let inv = self.info.tys.basic(Basic::Invalid);
        let (kt, vt) = if op.mode == Mode::Invalid {
            (inv, inv)
        } else if let Some(elem) = self.info.tys.slice_elem(op.typ) {
            (self.info.tys.basic(Basic::Int), elem)
        } else if let Some((k, v)) = self.info.tys.map_of(op.typ) {
            (k, v)
        } else if let Some((_, elem)) = self.info.tys.array_of(op.typ).or_else(|| {
            let p = self.info.tys.pointer_elem(op.typ)?;
            self.info.tys.array_of(p)
        }) {
            (self.info.tys.basic(Basic::Int), elem)
        } else if let Some((dir, elem)) = self.info.tys.chan_of(op.typ) {
            if dir & 1 == 0 {
                let d = self.describe(&op, x);
                self.error(
                    x.span,
                    format!(
                        "invalid operation: range {} receive from send-only channel",
                        d
                    )
                    .replace(
                        &format!("range {}", d),
                        &format!("range {}", self.text(x.span)),
                    ),
                );
            }
            if let Some(v) = value {
                let d = self.describe(&op, x);
                self.error(
                    v.span,
                    format!("range over {} permits only one iteration variable", d),
                );
            }
            (elem, inv)
        } else if self.info.tys.is_string(op.typ) {
            if self.info.tys.is_untyped(op.typ) {
                let st = self.info.tys.basic(Basic::String);
                let _ = self.implicit_convert(&mut op, x, st);
            }
            (self.info.tys.basic(Basic::Int), self.info.tys.rune())
        } else if self.info.tys.is_integer(op.typ) {
            if let Some(v) = value {
                let t = self.text(x.span);
                self.error(
                    v.span,
                    format!(
                        "range over {} permits only one iteration variable",
                        self.describe(&op, x)
                    )
                    .replace(&format!("{} ", t), &format!("{} ", t)),
                );
            }
            let t = if self.info.tys.is_untyped(op.typ) {
                // The key's type decides an untyped constant's type.
                let mut kt = self.info.tys.basic(Basic::Int);
                let mut assigned = false;
                if let (Some(k), false) = (key, define) {
                    if let Some(&o) = self.lookup_ident(k) {
                        if matches!(self.info.objs[o as usize].kind, ObjKind::Var { .. }) {
                            kt = self.info.objs[o as usize].typ;
                            assigned = true;
                        }
                    }
                }
                if assigned {
                    if !self.assign_to(&mut op, x, kt, "range clause") {
                        kt = inv;
                    }
                } else {
                    let _ = self.implicit_convert(&mut op, x, kt);
                }
                kt
            } else {
                op.typ
            };
            (t, inv)
        } else {
            let d = self.describe(&op, x);
            self.error(x.span, format!("cannot range over {}", d));
            (inv, inv)
        };
        let _ = s;
        if define {
            for (e, t) in [(key, kt), (value, vt)] {
                if let Some(e) = e {
                    if let ExprKind::Ident(id) = &*e.kind {
                        self.declare_local(id, ObjKind::Var { global: false }, t);
                        self.info.types.insert(e.id, t);
                    } else {
                        let t = self.text(e.span);
                        self.error(e.span, format!("non-name {} on left side of :=", t));
                    }
                }
            }
        } else {
            for (e, t) in [(key, kt), (value, vt)] {
                if let Some(e) = e {
                    let mut l = self.lhs_expr(e);
                    if self.is_blank(e) || l.mode == Mode::Invalid {
                        continue;
                    }
                    if self.check_assignable_lhs(e, &mut l) && !self.assignable(t, l.typ) {
                        let (a, b) = (self.info.tys.name(t), self.info.tys.name(l.typ));
                        self.error(
                            e.span,
                            format!(
                                "cannot use {} (value of type {}) as {} value in assignment",
                                self.text(e.span),
                                a,
                                b
                            ),
                        );
                    }
                }
            }
        }
        let mut c = ctx.clone();
        c.in_loop = true;
        c.in_breakable = true;
        self.block(body, &c);
        self.pop_scope();
    }

    fn lookup_ident(&mut self, e: &Expr) -> Option<&ObjId> {
        if let ExprKind::Ident(id) = &*e.kind {
            let o = self.lookup(&id.name)?;
            self.scratch = o;
            return Some(&self.scratch);
        }
        None
    }

    fn switch_stmt(&mut self, tag: Option<&Expr>, cases: &[CaseClause], ctx: &Ctx) {
        let tag_op = match tag {
            Some(t) => {
                let mut op = self.expr(t);
                if op.mode != Mode::Invalid {
                    self.default_and_record(&mut op, t, "switch expression");
                }
                Some(op)
            }
            None => None,
        };
        let mut seen: Vec<(Const, Span)> = Vec::new();
        let mut default_seen: Option<Span> = None;
        let mut c = ctx.clone();
        c.in_breakable = true;
        for (ci, cc) in cases.iter().enumerate() {
            if cc.default {
                if let Some(prev) = default_seen {
                    let (l, col) = self.files[self.file as usize].line_col(prev.lo);
                    let name = self.files[self.file as usize].name.clone();
                    self.error(
                        cc.span,
                        format!("multiple defaults (first at {}:{}:{})", name, l, col),
                    );
                }
                default_seen = Some(cc.span);
            }
            for e in &cc.list {
                let mut op = self.expr(e);
                if op.mode == Mode::Invalid {
                    continue;
                }
                match &tag_op {
                    Some(t) if t.mode != Mode::Invalid => {
                        // Compare as `tag == e`.
                        let tt = t.typ;
                        if self.info.tys.is_untyped(op.typ) {
                            if !self.convert_or_report(&mut op, e, tt) {
                                continue;
                            }
                        } else if !self.info.tys.identical(op.typ, tt)
                            && self.info.tys.is_interface(tt)
                            && self.assignable(op.typ, tt)
                        {
                            // A case value of a type implementing the tag's
                            // interface type compares as an interface.
                            self.info.implicit.insert(e.id, tt);
                        } else if !self.info.tys.identical(op.typ, tt) {
                            let tx = self.text(tag.unwrap().span);
                            let (a, b) = (self.info.tys.name(op.typ), self.info.tys.name(tt));
                            self.error(
                                e.span,
                                format!(
                                    "invalid case {} in switch on {} (mismatched types {} and {})",
                                    self.text(e.span),
                                    tx,
                                    a,
                                    b
                                ),
                            );
                            continue;
                        }
                    }
                    Some(_) => continue,
                    None => {
                        // A tagless switch compares each case with `true`.
                        let b = self.info.tys.basic(Basic::Bool);
                        if self.info.tys.is_untyped(op.typ) {
                            if !self.convert_or_report(&mut op, e, b) {
                                continue;
                            }
                        } else if !self.info.tys.is_boolean(op.typ) {
                            self.error(
                                e.span,
                                format!(
                                    "invalid case {} in switch on true (mismatched types {} and bool)",
                                    self.text(e.span),
                                    self.info.tys.name(op.typ)
                                ),
                            );
                            continue;
                        }
                    }
                }
                if op.mode == Mode::Const {
                    let v = op.val.clone().unwrap();
                    if let Some((_, prev)) = seen.iter().find(|(pv, _)| *pv == v) {
                        let (l, col) = self.files[self.file as usize].line_col(prev.lo);
                        let fname = self.files[self.file as usize].name.clone();
                        self.error(
                            e.span,
                            format!(
                                "duplicate case {} in expression switch\n\t{}:{}:{}: previous case",
                                self.text(e.span),
                                fname,
                                l,
                                col
                            ),
                        );
                    } else {
                        seen.push((v, e.span));
                    }
                }
            }
            self.push_scope();
            let saved = (self.fallthrough_ok, self.in_last_case);
            self.fallthrough_ok = ci + 1 < cases.len();
            self.in_last_case = ci + 1 == cases.len();
            for (i, st) in cc.body.iter().enumerate() {
                let last = i + 1 == cc.body.len();
                self.stmt(st, &c, last);
            }
            self.fallthrough_ok = false;
            (self.fallthrough_ok, self.in_last_case) = saved;
            self.pop_scope();
        }
    }
}

impl<'a> Checker<'a> {
    /// `go e` or `defer e` (`kw`): `e` must be a call whose result, if
    /// any, may be discarded; built-ins other than the ones lowered for
    /// deferred and concurrent calls are rejected.
    fn go_defer_stmt(&mut self, e: &Expr, kw: &str) {
        let call = strip_parens(e);
        let ExprKind::Call { func, .. } = &*call.kind else {
            self.raw_expr(e);
            self.error(
                e.span,
                format!("expression in {} must be function call", kw),
            );
            return;
        };
        let op = self.raw_expr(call);
        if op.mode == Mode::Invalid {
            return;
        }
        if let Some(&o) = self.info.uses.get(&strip_parens(func).id) {
            if let ObjKind::Builtin(b) = self.info.objs[o as usize].kind {
                use super::Builtin as B;
                if !matches!(
                    b,
                    B::Print
                        | B::Println
                        | B::Panic
                        | B::Delete
                        | B::Clear
                        | B::Close
                        | B::Recover
                        | B::Copy
                ) {
                    let t = self.text(e.span);
                    self.error(e.span, format!("{} discards result of {}", kw, t));
                    return;
                }
                if matches!(b, B::Copy | B::Delete | B::Clear) {
                    self.error(
                        e.span,
                        format!("not supported yet: {} of this built-in", kw),
                    );
                    return;
                }
            }
            if self.info.objs[o as usize].kind == ObjKind::TypeName {
                let t = self.text(e.span);
                self.error(
                    e.span,
                    format!("{} requires function call, not conversion: {}", kw, t),
                );
                return;
            }
        }
        self.info.defers.insert(call.id);
    }
}

impl<'a> Checker<'a> {
    /// `select { case ...: }`: each clause's communication is a send, a
    /// receive, or an assignment or definition from a receive.
    fn select_stmt(&mut self, clauses: &[ast::CommClause], ctx: &Ctx) {
        let mut c = ctx.clone();
        c.in_breakable = true;
        let mut default_seen: Option<Span> = None;
        for cl in clauses {
            self.push_scope();
            match &cl.comm {
                None => {
                    if let Some(prev) = default_seen {
                        let (l, col) = self.files[self.file as usize].line_col(prev.lo);
                        let name = self.files[self.file as usize].name.clone();
                        self.error(
                            cl.span,
                            format!(
                                "multiple defaults in select (first at {}:{}:{})",
                                name, l, col
                            ),
                        );
                    }
                    default_seen = Some(cl.span);
                }
                Some(st) => {
                    let is_recv = |e: &Expr| {
                        matches!(&*strip_parens(e).kind, ExprKind::Unary(ast::UnOp::Recv, _))
                    };
                    let ok = match &*st.kind {
                        StmtKind::Send(..) => true,
                        StmtKind::Expr(e) => is_recv(e),
                        StmtKind::Assign { lhs, rhs, op, .. } => {
                            op.is_none() && lhs.len() <= 2 && rhs.len() == 1 && is_recv(&rhs[0])
                        }
                        _ => false,
                    };
                    if !ok {
                        self.error(st.span, "select case must be receive, send or assign recv");
                    } else {
                        self.stmt(st, &c, false);
                    }
                }
            }
            for st in &cl.body {
                self.stmt(st, &c, false);
            }
            self.pop_scope();
        }
    }
}

impl<'a> Checker<'a> {
    /// `switch v := x.(type) { case T1, T2: ... }`: each clause with one
    /// type declares `v` of that type, other clauses of `x`'s type.
    fn type_switch(&mut self, bind: Option<&Ident>, inner: &Expr, cases: &[CaseClause], ctx: &Ctx) {
        let op = self.expr(inner);
        let xt = op.typ;
        let valid = op.mode != Mode::Invalid;
        if valid && !self.info.tys.is_interface(xt) {
            let d = self.describe(&op, inner);
            self.error(inner.span, format!("{} is not an interface", d));
        }
        let mut c = ctx.clone();
        c.in_breakable = true;
        let mut bound: Vec<ObjId> = Vec::new();
        let mut default_seen: Option<Span> = None;
        let mut seen_types: Vec<TypeId> = Vec::new();
        let mut seen_nil = false;
        for cc in cases {
            if cc.default {
                if let Some(prev) = default_seen {
                    let (l, col) = self.files[self.file as usize].line_col(prev.lo);
                    let name = self.files[self.file as usize].name.clone();
                    self.error(
                        cc.span,
                        format!("multiple defaults (first at {}:{}:{})", name, l, col),
                    );
                }
                default_seen = Some(cc.span);
            }
            let mut single: Option<TypeId> = None;
            for e in &cc.list {
                let is_nil = matches!(&*e.kind, ExprKind::Ident(id) if id.name == "nil")
                    && self
                        .lookup("nil")
                        .is_some_and(|o| self.info.objs[o as usize].kind == ObjKind::Nil);
                if is_nil {
                    let nt = self.info.tys.basic(Basic::UntypedNil);
                    self.info.types.insert(e.id, nt);
                    single = if cc.list.len() == 1 { Some(xt) } else { None };
                    if seen_nil {
                        self.error(e.span, "duplicate case nil in type switch");
                    }
                    seen_nil = true;
                    continue;
                }
                let t = self.type_expr(e);
                if self.info.tys.is_invalid(t) || !valid {
                    continue;
                }
                if seen_types.iter().any(|&s| self.info.tys.identical(s, t)) {
                    let text = self.text(e.span);
                    self.error(e.span, format!("duplicate case {} in type switch", text));
                } else {
                    seen_types.push(t);
                }
                if !self.info.tys.is_interface(t) {
                    if let Err(why) = self.implements(t, xt) {
                        let tn = self.info.tys.name(t);
                        let d = self.describe(&op, inner);
                        self.error(
                            e.span,
                            format!(
                                "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                                self.text(e.span),
                                d,
                                tn,
                                why
                            ),
                        );
                        continue;
                    }
                }
                if cc.list.len() == 1 {
                    single = Some(t);
                }
            }
            self.push_scope();
            if let Some(b) = bind {
                if b.name != "_" {
                    let vt = single.unwrap_or(xt);
                    let o = self.new_obj(&b.name, ObjKind::Var { global: false }, vt, b.span);
                    self.scopes
                        .last_mut()
                        .unwrap()
                        .names
                        .insert(b.name.clone(), o);
                    self.info.switch_vars.insert((self.file, cc.span.lo), o);
                    bound.push(o);
                }
            }
            let saved = (self.fallthrough_ok, self.in_last_case);
            self.fallthrough_ok = false;
            for (i, st) in cc.body.iter().enumerate() {
                let last = i + 1 == cc.body.len();
                self.stmt(st, &c, last);
            }
            (self.fallthrough_ok, self.in_last_case) = saved;
            self.pop_scope();
        }
        if let Some(b) = bind {
            if b.name != "_" && !bound.is_empty() && bound.iter().all(|o| !self.used.contains(o)) {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
        }
    }
}

/// What the goto check records about one function body.
#[derive(Default)]
struct JumpScan {
    /// Start position of each block (by id).
    block_start: Vec<Span>,
    /// label -> (enclosing block ids, index of its statement in the innermost block).
    labels: HashMap<String, (Vec<usize>, usize)>,
    /// (label, enclosing blocks with the statement index at each level, position).
    gotos: Vec<(Ident, Vec<(usize, usize)>)>,
    /// Variable declarations: (block id, statement index, name, position).
    decls: Vec<(usize, usize, String, Span)>,
}

impl JumpScan {
    fn block(&mut self, c: &Checker, stmts: &[Stmt], start: Span, outer: &[(usize, usize)]) {
        let id = self.block_start.len();
        self.block_start.push(start);
        for (i, st) in stmts.iter().enumerate() {
            let mut chain = outer.to_vec();
            chain.push((id, i));
            self.stmt(c, st, &chain);
        }
    }

    fn stmt(&mut self, c: &Checker, st: &Stmt, chain: &[(usize, usize)]) {
        let (id, i) = *chain.last().expect("chain");
        match &*st.kind {
            StmtKind::Labeled(l, inner) => {
                let blocks = chain.iter().map(|x| x.0).collect();
                self.labels.insert(l.name.clone(), (blocks, i));
                self.stmt(c, inner, chain);
            }
            StmtKind::Goto(l) => self.gotos.push((l.clone(), chain.to_vec())),
            StmtKind::Decl(g) if g.kind == GenKind::Var => {
                for sp in &g.specs {
                    if let Spec::Value(v) = sp {
                        if let Some(n) = v.names.iter().find(|n| n.name != "_") {
                            self.decls.push((id, i, n.name.clone(), n.span));
                        }
                    }
                }
            }
            StmtKind::Assign {
                lhs, define: true, ..
            } => {
                // The first identifier that this `:=` newly declares.
                for x in lhs {
                    if let ExprKind::Ident(n) = &*x.kind {
                        if n.name != "_" && c.info.defs.contains_key(&(c.file, n.span.lo)) {
                            self.decls.push((id, i, n.name.clone(), n.span));
                            break;
                        }
                    }
                }
            }
            StmtKind::Block(b) => self.block(c, &b.stmts, b.lbrace, chain),
            StmtKind::If { then, els, .. } => {
                self.block(c, &then.stmts, then.lbrace, chain);
                if let Some(e) = els {
                    self.stmt(c, e, chain);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.block(c, &body.stmts, body.lbrace, chain)
            }
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                for cc in cases {
                    self.block(c, &cc.body, cc.span, chain);
                }
            }
            StmtKind::Select(cases) => {
                for cc in cases {
                    self.block(c, &cc.body, cc.span, chain);
                }
            }
            _ => {}
        }
    }
}

impl<'a> Checker<'a> {
    /// gc's goto rules: no jump into a block, no forward jump over a
    /// variable declaration of the label's block.
    fn check_gotos(&mut self, body: &Block) {
        let mut scan = JumpScan::default();
        scan.block(self, &body.stmts, body.lbrace, &[]);
        for (label, chain) in &scan.gotos {
            let Some((lblocks, li)) = scan.labels.get(&label.name) else {
                continue;
            };
            let gblocks: Vec<usize> = chain.iter().map(|x| x.0).collect();
            if let Some(&inner) = lblocks.iter().find(|b| !gblocks.contains(b)) {
                let start = scan.block_start[inner];
                let sf = &self.files[self.file as usize];
                let (l, col) = sf.line_col(start.lo);
                let msg = format!(
                    "goto {} jumps into block starting at {}:{}:{}",
                    label.name, sf.name, l, col
                );
                self.error(label.span, msg);
                continue;
            }
            let lb = *lblocks.last().expect("label block");
            let gi = chain.iter().find(|x| x.0 == lb).map(|x| x.1).unwrap_or(0);
            if let Some((_, _, name, span)) = scan
                .decls
                .iter()
                .find(|(b, i, _, _)| *b == lb && *i > gi && *i < *li)
            {
                let sf = &self.files[self.file as usize];
                let (l, col) = sf.line_col(span.lo);
                let msg = format!(
                    "goto {} jumps over declaration of {} at {}:{}:{}",
                    label.name, name, sf.name, l, col
                );
                self.error(label.span, msg);
            }
        }
    }
}

fn strip_parens(e: &Expr) -> &Expr {
    match &*e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

fn collect_labels(stmts: &[Stmt], out: &mut HashMap<String, (Span, bool)>, c: &mut Checker) {
    for s in stmts {
        collect_labels_stmt(s, out, c);
    }
}

fn collect_labels_stmt(s: &Stmt, out: &mut HashMap<String, (Span, bool)>, c: &mut Checker) {
    match &*s.kind {
        StmtKind::Labeled(l, inner) => {
            if l.name != "_" {
                if out.contains_key(&l.name) {
                    c.error(l.span, format!("label {} already defined", l.name));
                } else {
                    out.insert(l.name.clone(), (l.span, false));
                }
            }
            collect_labels_stmt(inner, out, c);
        }
        StmtKind::Block(b) => collect_labels(&b.stmts, out, c),
        StmtKind::If { then, els, .. } => {
            collect_labels(&then.stmts, out, c);
            if let Some(e) = els {
                collect_labels_stmt(e, out, c);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            collect_labels(&body.stmts, out, c)
        }
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            for cc in cases {
                collect_labels(&cc.body, out, c);
            }
        }
        StmtKind::Select(cases) => {
            for cc in cases {
                collect_labels(&cc.body, out, c);
            }
        }
        _ => {}
    }
}

/// The spec's terminating statements.
fn is_terminating(s: &Stmt, label: &str) -> bool {
    match &*s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(e) => {
            if let ExprKind::Call { func, .. } = &*strip_parens(e).kind {
                matches!(&*func.kind, ExprKind::Ident(id) if id.name == "panic")
            } else {
                false
            }
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts, ""),
        StmtKind::If {
            then, els: Some(e), ..
        } => is_terminating_list(&then.stmts, "") && is_terminating(e, ""),
        StmtKind::Labeled(l, inner) => is_terminating(inner, &l.name),
        StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            cases.iter().any(|c| c.default)
                && cases.iter().all(|c| {
                    !has_break(&c.body, label, true)
                        && (is_terminating_list(&c.body, "")
                            || matches!(
                                c.body.last().map(|s| &*s.kind),
                                Some(StmtKind::Fallthrough)
                            ))
                })
        }
        StmtKind::Select(cases) => cases
            .iter()
            .all(|c| !has_break(&c.body, label, true) && is_terminating_list(&c.body, "")),
        _ => false,
    }
}

pub(crate) fn is_terminating_list(stmts: &[Stmt], label: &str) -> bool {
    // Trailing empty statements do not count.
    let last = stmts
        .iter()
        .rev()
        .find(|s| !matches!(&*s.kind, StmtKind::Empty));
    last.is_some_and(|s| is_terminating(s, label))
}

/// Whether a statement list contains a break that targets the enclosing
/// statement (unlabeled at this level, or labeled with `label`).
fn has_break(stmts: &[Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

fn has_break_stmt(s: &Stmt, label: &str, top: bool) -> bool {
    match &*s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => l.name == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled(_, inner) => has_break_stmt(inner, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        // Nested breakable statements capture unlabeled breaks.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            cases.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select(cases) => cases.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

#[allow(dead_code)]
fn unused(_: &Ident, _: &Block) {}
