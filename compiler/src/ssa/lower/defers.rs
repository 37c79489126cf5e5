//! Lowering of `defer` and `recover` (docs/abi.md §9).
//!
//! A function with `defer` statements keeps its results in heap cells and
//! gets a frame from the runtime on entry, then records its resume point
//! with `runtime.setdefer`. Every `return` stores the results into the
//! cells and jumps to one exit block, which pops and calls the function's
//! deferred closures and returns what the cells hold. A recovered panic
//! resumes at the `setdefer` call, which then returns the frame and
//! continues into the same exit block. The exit block uses only its own
//! parameters (`g` and the frame) and what it loads from the frame: no
//! value computed before `setdefer` survives the jump back there.

use super::{Callee, Lowerer};
use crate::ssa::ir::{Cond, DataRef, Op, Rt, Term, Ty, Value};
use crate::syntax::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::types::check::{Builtin, ObjId, ObjKind};

/// Offset of `g` in a defer frame (runtime/src/defer.rs `FRAME_G`).
const FRAME_G: i32 = 176;
/// Offset of the function's words in a defer frame (`FRAME_USER`).
const FRAME_USER: i32 = 184;

/// Whether statements contain a `defer` (function literals excluded:
/// they are functions of their own).
pub(super) fn has_defer(stmts: &[Stmt]) -> bool {
    let mut calls = Vec::new();
    defer_calls(stmts, &mut calls);
    !calls.is_empty()
}

/// The `defer` statements among `stmts` (function literals excluded).
fn defer_calls<'s>(stmts: &'s [Stmt], out: &mut Vec<&'s Expr>) {
    for s in stmts {
        defer_calls_stmt(s, out);
    }
}

fn defer_calls_stmt<'s>(s: &'s Stmt, out: &mut Vec<&'s Expr>) {
    match &*s.kind {
        StmtKind::Defer(call) => out.push(call),
        StmtKind::Labeled(_, inner) => defer_calls_stmt(inner, out),
        StmtKind::Block(b) => defer_calls(&b.stmts, out),
        StmtKind::If { then, els, .. } => {
            defer_calls(&then.stmts, out);
            if let Some(e) = els {
                defer_calls_stmt(e, out);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => defer_calls(&body.stmts, out),
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            for c in cases {
                defer_calls(&c.body, out);
            }
        }
        StmtKind::Select(cases) => {
            for c in cases {
                defer_calls(&c.body, out);
            }
        }
        _ => {}
    }
}

/// The defer state of a function being lowered.
pub(super) struct DeferState {
    /// The frame, as known on the normal path.
    frame: Value,
    /// The exit block, with parameters `g` and the frame.
    exit: crate::ssa::ir::Block,
    /// The result variables whose cells the frame lists.
    results: Vec<ObjId>,
    /// Number of deferred-call closures made so far (for their names).
    count: usize,
    /// No deferred call can recover (see [`Lowerer::defers_may_recover`]):
    /// `frame` is a tag from `runtime.deferseq`, not a frame object, and
    /// the results stay in SSA values.
    light: bool,
}

impl<'a> Lowerer<'a> {
    /// Sets up a function with `defer`: the frame (with the result cells,
    /// and the result buffer when results travel through one) and the
    /// resume point. Results must already live in memory.
    /// Whether a deferred call among `stmts` may stop a panic: only a
    /// function that calls `recover` itself can, so a deferred call of a
    /// builtin, or of a function, method or literal whose body has no
    /// `recover` call cannot; a call through a func value or an interface
    /// might.
    pub(super) fn defers_may_recover(&self, stmts: &[Stmt]) -> bool {
        let mut calls = Vec::new();
        defer_calls(stmts, &mut calls);
        calls.into_iter().any(|call| {
            let ExprKind::Call { func, .. } = &*call.kind else {
                return true;
            };
            let f = super::strip(func);
            match &*f.kind {
                ExprKind::FuncLit(..) => self
                    .info
                    .closures
                    .get(&f.id)
                    .is_none_or(|c| self.info.recovers.contains(&c.sym)),
                ExprKind::Ident(_) | ExprKind::Selector(..) => {
                    if let Some(o) = self.obj_of(f) {
                        match self.info.objs[o as usize].kind {
                            ObjKind::Builtin(_) => return false,
                            ObjKind::Func => {
                                let sym = super::func_symbol(self.info, o);
                                return self.info.recovers.contains(&sym);
                            }
                            _ => {}
                        }
                    }
                    match self.info.selections.get(&f.id).map(|s| s.kind.clone()) {
                        Some(crate::types::check::SelKind::Method { named, index }) => {
                            let m = &self.info.tys.named_info(named).unwrap().methods[index];
                            self.info.recovers.contains(&m.sym)
                        }
                        _ => true,
                    }
                }
                _ => true,
            }
        })
    }

    /// Sets up a function with `defer` whose deferred calls cannot
    /// recover: its deferred calls are told apart from its callers' by a
    /// tag (`runtime.deferseq`), with no frame object, no resume point and
    /// no result cells.
    pub(super) fn defer_setup_light(&mut self, results: &[ObjId]) {
        let g = self.g;
        let tag = self.b.inst1(Op::CallRt(Rt::DeferSeq, vec![g]), Ty::I64);
        let exit = self.b.create_block();
        self.defer = Some(DeferState {
            frame: tag,
            exit,
            results: results.to_vec(),
            count: 0,
            light: true,
        });
    }

    pub(super) fn defer_setup(&mut self, results: &[ObjId]) {
        let g = self.g;
        let nuser = results.len() + 1;
        let n = self.iconst(Ty::I64, nuser as i64);
        let frame = self
            .b
            .inst1(Op::CallRt(Rt::NewDeferFrame, vec![g, n]), Ty::I64);
        self.b.mark_ptr(frame);
        for (k, &o) in results.iter().enumerate() {
            if let Some(super::Local::Mem(v)) = self.vars.get(&o).cloned() {
                let cell = self.b.use_var(v);
                self.b
                    .store_word(frame, FRAME_USER + 8 * k as i32, cell, true);
            }
        }
        if let Some(p) = self.out_ptr {
            let off = FRAME_USER + 8 * results.len() as i32;
            self.b.store_word(frame, off, p, true);
        }
        let exit = self.b.create_block();
        let r = self
            .b
            .inst1(Op::CallRt(Rt::SetDefer, vec![g, frame]), Ty::I64);
        let zero = self.iconst(Ty::I64, 0);
        let resumed = self.b.inst1(Op::Icmp(Cond::Ne, r, zero), Ty::I8);
        let (recov, cont) = (self.b.create_block(), self.b.create_block());
        self.b.brif(resumed, recov, cont);
        self.b.seal(recov);
        self.b.seal(cont);
        self.b.switch_to(recov);
        // Resumed after a recovered panic: only `r` is trustworthy here.
        self.b.mark_ptr(r);
        let g2 = self.b.inst1(Op::Load(Ty::I64, r, FRAME_G), Ty::I64);
        self.b.terminate(Term::Jump(exit, vec![g2, r]));
        self.b.switch_to(cont);
        self.defer = Some(DeferState {
            frame,
            exit,
            results: results.to_vec(),
            count: 0,
            light: false,
        });
    }

    /// A `return` in a function with `defer`: the results (if any) go to
    /// their cells, then to the exit block.
    pub(super) fn defer_return(&mut self, vals: Option<Vec<Value>>) {
        let st = self.defer.as_ref().unwrap();
        let (frame, exit, results) = (st.frame, st.exit, st.results.clone());
        if let Some(vals) = vals {
            let mut off = 0;
            for o in results {
                let t = self.info.objs[o as usize].typ;
                let n = self.words(t).len();
                let part = vals[off..off + n].to_vec();
                off += n;
                self.write_var(o, &part);
            }
        }
        let g = self.g;
        self.b.terminate(Term::Jump(exit, vec![g, frame]));
    }

    /// Emits the exit block: runs the deferred calls, returns the results.
    pub(super) fn defer_finish(&mut self) {
        let Some(st) = self.defer.take() else {
            return;
        };
        let exit = st.exit;
        let g = self.b.append_param(exit, Ty::I64, true);
        let frame = self.b.append_param(exit, Ty::I64, !st.light);
        self.b.seal(exit);
        self.b.switch_to(exit);
        let saved_g = self.g;
        self.g = g;
        let (head, call, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.jump(head);
        self.b.switch_to(head);
        let c = self
            .b
            .inst1(Op::CallRt(Rt::DeferPop, vec![g, frame]), Ty::I64);
        self.b.mark_ptr(c);
        let zero = self.iconst(Ty::I64, 0);
        let none = self.b.inst1(Op::Icmp(Cond::Eq, c, zero), Ty::I8);
        self.b.brif(none, done, call);
        self.b.seal(call);
        self.b.switch_to(call);
        let code = self.b.inst1(Op::Load(Ty::I64, c, 0), Ty::I64);
        self.b.inst(Op::CallIndirect(code, vec![g, c]), &[]);
        self.b.jump(head);
        self.b.seal(head);
        self.b.seal(done);
        self.b.switch_to(done);
        let mut vals = Vec::new();
        if st.light {
            // The results are variables like any other (deferred calls that
            // set named results captured them: those live in cells).
            for &o in &st.results {
                let t = self.info.objs[o as usize].typ;
                let v = self.read_var(o);
                vals.extend(self.own(t, v));
            }
            self.defer_exit_return(vals);
            self.g = saved_g;
            return;
        }
        for (k, &o) in st.results.iter().enumerate() {
            let t = self.info.objs[o as usize].typ;
            let cell = self
                .b
                .inst1(Op::Load(Ty::I64, frame, FRAME_USER + 8 * k as i32), Ty::I64);
            self.b.mark_ptr(cell);
            let v = self.load(cell, t);
            vals.extend(self.own(t, v));
        }
        if self.out_ptr.is_some() {
            let off = FRAME_USER + 8 * st.results.len() as i32;
            let p = self.b.inst1(Op::Load(Ty::I64, frame, off), Ty::I64);
            self.b.mark_ptr(p);
            self.out_ptr = Some(p);
        }
        self.defer_exit_return(vals);
        self.g = saved_g;
    }

    /// `defer f(args)`: the callee and arguments are evaluated now and kept
    /// in a closure object whose function makes the call later.
    pub(super) fn defer_stmt(&mut self, call: &Expr) {
        self.closure_stmt(call, false)
    }

    /// `go f(args)`: as `defer`, but the closure runs in a new goroutine.
    pub(super) fn go_stmt(&mut self, call: &Expr) {
        self.closure_stmt(call, true)
    }

    /// `defer f(args)` or (`go`) `go f(args)`.
    fn closure_stmt(&mut self, call: &Expr, go: bool) {
        let ExprKind::Call { func, args, .. } = &*call.kind else {
            return;
        };
        let (frame, name) = if go {
            self.go_count += 1;
            (
                None,
                format!("{}.gowrap{}", self.b.func.name, self.go_count),
            )
        } else {
            let st = self.defer.as_ref().unwrap();
            let frame = st.frame;
            let n = st.count;
            self.defer.as_mut().unwrap().count += 1;
            (
                Some(frame),
                format!("{}.deferwrap{}", self.b.func.name, n + 1),
            )
        };
        let builtin = match &*super::strip(func).kind {
            ExprKind::Ident(_) => self.obj_of(super::strip(func)).and_then(|o| {
                match self.info.objs[o as usize].kind {
                    ObjKind::Builtin(b) => Some(b),
                    _ => None,
                }
            }),
            _ => None,
        };
        // The words the closure keeps, and how the call is made.
        let (callee, words, printed) = match builtin {
            Some(b) => {
                let vals = if b == Builtin::Recover {
                    // `defer recover()`: recover is not called by a deferred
                    // function, so it never stops a panic: nothing to do.
                    Vec::new()
                } else if b == Builtin::Panic {
                    let mut at = self.ty_of(&args[0]);
                    if self.info.tys.is_untyped(at) {
                        at = self.info.tys.default_type(at);
                    }
                    let v = self.expr(&args[0]);
                    let (t, d) = self.convert_to_eface(v, at);
                    vec![(vec![t, d], at)]
                } else {
                    self.print_args(args)
                };
                let words: Vec<Value> = vals.iter().flat_map(|(v, _)| v.clone()).collect();
                (None, words, Some((b, vals)))
            }
            None => {
                let (callee, vals) = self.prepare_call(call, func, args);
                (Some(callee), vals[1..].to_vec(), None)
            }
        };
        // `go f()` of a func value without arguments or results: the
        // closure itself is what the new goroutine calls (`code(g, f)`);
        // no wrapper closure is needed.
        if let (true, Some(Callee::Value(fv)), [_]) = (go, &callee, words.as_slice()) {
            let no_results = matches!(
                self.info.tys.kind(self.ty_of(call)),
                crate::types::ty::TypeKind::Tuple(ts) if ts.is_empty()
            );
            if no_results {
                let g = self.g;
                let fv = *fv;
                self.b.inst(Op::CallRt(Rt::NewProc, vec![g, fv]), &[]);
                return;
            }
        }
        let code_word = match &callee {
            Some(Callee::Indirect(c)) => Some(*c),
            _ => None,
        };
        // Slots: wrapper code, [callee code], words.
        let mut slots: Vec<Value> = Vec::new();
        let wcode = self.b.inst1(Op::FuncAddr(name.clone()), Ty::I64);
        slots.push(wcode);
        if let Some(c) = code_word {
            slots.push(c);
        }
        slots.extend(words.iter().copied());
        let flags: Vec<bool> = slots
            .iter()
            .enumerate()
            .map(|(i, v)| i > 0 && self.b.func.pointers[v.0 as usize])
            .collect();
        let tys: Vec<Ty> = slots.iter().map(|v| self.b.func.ty(*v)).collect();
        // A deferred call's closure carries the runtime's list record
        // (`Defer`: closure, frame, link) after its slots: one allocation.
        let mut obj_flags = flags.clone();
        if frame.is_some() {
            obj_flags.extend([true, true, true]);
        }
        let env = self.closure_object(&slots, obj_flags);
        let g = self.g;
        let nslots = self.iconst(Ty::I64, slots.len() as i64);
        match frame {
            Some(frame) => self
                .b
                .inst(Op::CallRt(Rt::DeferProc, vec![g, frame, env, nslots]), &[]),
            None => self.b.inst(Op::CallRt(Rt::NewProc, vec![g, env]), &[]),
        };

        // The closure's function.
        let rt = self.ty_of(call);
        let (mut l, ctx) = self.closure_func(name, call.span.lo);
        let loaded: Vec<Value> = tys
            .iter()
            .zip(&flags)
            .enumerate()
            .skip(1)
            .map(|(k, (&ty, &ptr))| {
                let v = l.b.inst1(Op::Load(ty, ctx, 8 * k as i32), ty);
                if ptr {
                    l.b.mark_ptr(v);
                }
                v
            })
            .collect();
        match (callee, printed) {
            (_, Some((b, vals))) => {
                // Rebuild the printed values from the loaded words.
                let mut off = 0;
                let mut again = Vec::new();
                for (v, t) in vals {
                    again.push((loaded[off..off + v.len()].to_vec(), t));
                    off += v.len();
                }
                if b == Builtin::Recover {
                    l.b.terminate(Term::Return(Vec::new()));
                } else if b == Builtin::Panic {
                    let g = l.g;
                    let (t, d) = (again[0].0[0], again[0].0[1]);
                    l.b.inst(Op::CallRt(Rt::GoPanic, vec![g, t, d]), &[]);
                    l.b.terminate(Term::Unreachable);
                } else if b == Builtin::Close {
                    let g = l.g;
                    let c = again[0].0[0];
                    l.b.inst(Op::CallRt(Rt::CloseChan, vec![g, c]), &[]);
                    l.b.terminate(Term::Return(Vec::new()));
                } else {
                    l.print_vals(&again, b == Builtin::Println);
                    l.b.terminate(Term::Return(Vec::new()));
                }
            }
            (Some(callee), None) => {
                let mut args = vec![l.g];
                let callee = match callee {
                    Callee::Direct(s) => {
                        args.extend(loaded.iter().copied());
                        Callee::Direct(s)
                    }
                    Callee::Indirect(_) => {
                        args.extend(loaded[1..].iter().copied());
                        Callee::Indirect(loaded[0])
                    }
                    Callee::Value(_) => {
                        // The closure is the first word kept (its context).
                        args.extend(loaded.iter().copied());
                        Callee::Value(loaded[0])
                    }
                };
                l.call_with(callee, args, rt);
                l.b.terminate(Term::Return(Vec::new()));
            }
            (None, None) => l.b.terminate(Term::Return(Vec::new())),
        }
        self.add_closure_func(l);
    }

    /// A heap object holding `slots` (8 bytes each; slot 0 the code of a
    /// generated function), with `ptrs` marking its pointer words (more
    /// than the slots when the runtime keeps a record after them).
    pub(super) fn closure_object(&mut self, slots: &[Value], ptrs: Vec<bool>) -> Value {
        let desc = self
            .b
            .inst1(Op::Addr(DataRef::Words(ptrs.clone())), Ty::I64);
        let g = self.g;
        let env = self
            .b
            .inst1(Op::CallRt(Rt::NewObject, vec![g, desc]), Ty::I64);
        self.b.mark_ptr(env);
        for (k, v) in slots.iter().enumerate() {
            self.b
                .store_word(env, 8 * k as i32, *v, ptrs.get(k) == Some(&true));
        }
        env
    }

    /// The lowerer of a generated closure function `name(g, ctx)` and its
    /// `ctx` parameter.
    pub(super) fn closure_func(&self, name: String, pos: u32) -> (Lowerer<'a>, Value) {
        let mut l = Lowerer::from_words(self.info, name, vec![Ty::I64], Vec::new(), self.file, pos);
        let entry = l.b.func.entry();
        let ctx = l.b.append_param(entry, Ty::I64, true);
        (l, ctx)
    }

    /// Adds a finished generated function, with the descriptors, itabs
    /// and functions it needs.
    pub(super) fn add_closure_func(&mut self, mut l: Lowerer<'a>) {
        self.type_descs.extend(l.type_descs.iter().copied());
        self.itabs.extend(l.itabs.iter().copied());
        self.extra_funcs.extend(std::mem::take(&mut l.extra_funcs));
        self.extra_funcs.push(l.b.finish());
    }

    /// `recover()`.
    pub(super) fn recover(&mut self) -> Vec<Value> {
        let g = self.g;
        let r = self
            .b
            .inst(Op::CallRt(Rt::GoRecover, vec![g]), &[Ty::I64, Ty::I64]);
        self.b.mark_ptr(r[1]);
        r
    }
}
