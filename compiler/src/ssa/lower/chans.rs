//! Lowering of channel operations and `select` onto the runtime's channel
//! entry points (docs/abi.md §12).
//!
//! Elements travel by address: a send stores its value in a stack slot of
//! the frame and passes the slot; a receive passes a slot the runtime
//! fills and then loads it. A goroutine's stack never moves while it is
//! blocked in the runtime, so a waiting partner may copy straight from or
//! into the slot.

use super::{strip, Lowerer, Target};
use crate::ssa::ir::{Conv, Op, Rt, Ty, Value};
use crate::syntax::ast::{self, Expr, ExprKind, StmtKind, UnOp};
use crate::types::ty::TypeId;

/// Size of one `select` case record: channel, element address, kind.
const SCASE_BYTES: i32 = 24;

impl<'a> Lowerer<'a> {
    /// A stack slot for one value of type `t` (at least 8 bytes).
    fn elem_slot(&mut self, t: TypeId) -> Value {
        let size = self.info.tys.size(t).max(8) as u32;
        let align = self.info.tys.align(t).max(8) as u32;
        let ptrs = crate::ssa::layout::ptr_mask(self.info, t);
        let slot = self.b.stack_slot(size, align, ptrs);
        self.b.inst1(Op::StackAddr(slot), Ty::I64)
    }

    fn chan_elem(&self, ct: TypeId) -> TypeId {
        self.info.tys.chan_of(ct).map(|c| c.1).unwrap_or(ct)
    }

    /// `make(chan T, n)`.
    pub(super) fn make_chan(&mut self, t: TypeId, size: Option<&Expr>) -> Vec<Value> {
        let et = self.chan_elem(t);
        let td = self.type_desc(et);
        let n = match size {
            Some(s) => self.index_i64(s),
            None => self.iconst(Ty::I64, 0),
        };
        let g = self.g;
        let c = self
            .b
            .inst1(Op::CallRt(Rt::MakeChan, vec![g, td, n]), Ty::I64);
        self.b.mark_ptr(c);
        vec![c]
    }

    /// `len(c)` or `cap(c)` (the runtime answers 0 for nil and for timer
    /// channels).
    pub(super) fn chan_len_cap(&mut self, c: Value, cap: bool) -> Value {
        let g = self.g;
        let rt = if cap { Rt::ChanCap } else { Rt::ChanLen };
        self.b.inst1(Op::CallRt(rt, vec![g, c]), Ty::I64)
    }

    /// `ch <- v`.
    pub(super) fn chan_send(&mut self, ch: &Expr, v: &Expr) {
        let et = self.chan_elem(self.ty_of(ch));
        let c = self.expr(ch)[0];
        let val = self.expr(v);
        let slot = self.elem_slot(et);
        self.store(slot, et, &val);
        let g = self.g;
        self.b.inst(Op::CallRt(Rt::ChanSend, vec![g, c, slot]), &[]);
    }

    /// `<-ch`, and `v, ok := <-ch` when `e` is a comma-ok receive.
    pub(super) fn chan_recv(&mut self, e: &Expr, ch: &Expr) -> Vec<Value> {
        let et = self.chan_elem(self.ty_of(ch));
        let c = self.expr(ch)[0];
        let slot = self.elem_slot(et);
        let g = self.g;
        if self.info.comma_ok.contains(&e.id) {
            let ok = self
                .b
                .inst1(Op::CallRt(Rt::ChanRecv2, vec![g, c, slot]), Ty::I8);
            let v = self.load(slot, et);
            let mut v = self.own(et, v);
            v.push(ok);
            return v;
        }
        self.b
            .inst(Op::CallRt(Rt::ChanRecv1, vec![g, c, slot]), &[]);
        let v = self.load(slot, et);
        self.own(et, v)
    }

    /// `close(c)`.
    pub(super) fn chan_close(&mut self, ch: &Expr) {
        let c = self.expr(ch)[0];
        let g = self.g;
        self.b.inst(Op::CallRt(Rt::CloseChan, vec![g, c]), &[]);
    }

    /// `for v := range ch`: receives until the channel is closed.
    pub(super) fn range_chan(
        &mut self,
        key: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) {
        let et = self.chan_elem(self.ty_of(x));
        let c = self.expr(x)[0];
        let slot = self.elem_slot(et);
        let (header, bodyb, postb, exit) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.jump(header);
        self.b.switch_to(header);
        let g = self.g;
        let ok = self
            .b
            .inst1(Op::CallRt(Rt::ChanRecv2, vec![g, c, slot]), Ty::I8);
        self.b.brif(ok, bodyb, exit);
        self.b.seal(bodyb);
        self.b.switch_to(bodyb);
        if let Some(k) = key.filter(|k| !matches!(&*k.kind, ExprKind::Ident(id) if id.name == "_"))
        {
            let v = self.load(slot, et);
            let v = self.own(et, v);
            self.assign_or_define(k, &v, define);
        }
        self.loop_body(label, exit, postb, body);
        self.b.jump(header);
        self.b.seal(header);
        self.b.seal(exit);
        self.b.switch_to(exit);
    }

    /// `select { ... }`: every channel and sent value is evaluated in
    /// source order, `runtime.selectgo` picks a case, and the chosen
    /// clause runs with its received value bound.
    pub(super) fn select(&mut self, clauses: &[ast::CommClause], label: Option<String>) {
        let g = self.g;
        if clauses.is_empty() {
            self.b.inst(Op::CallRt(Rt::Block, vec![g]), &[]);
            self.b.terminate(crate::ssa::ir::Term::Unreachable);
            let dead = self.b.create_block();
            self.b.seal(dead);
            self.b.switch_to(dead);
            return;
        }
        // (clause, channel, slot, element type, is send) per communication.
        let mut comms: Vec<(usize, Value, Value, TypeId, bool)> = Vec::new();
        let mut default = None;
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(st) = &cl.comm else {
                default = Some(ci);
                continue;
            };
            match &*st.kind {
                StmtKind::Send(ch, v) => {
                    let et = self.chan_elem(self.ty_of(ch));
                    let c = self.expr(ch)[0];
                    let val = self.expr(v);
                    let slot = self.elem_slot(et);
                    self.store(slot, et, &val);
                    comms.push((ci, c, slot, et, true));
                }
                _ if recv_operand(st).is_some() => {
                    let ch = recv_operand(st).unwrap();
                    let et = self.chan_elem(self.ty_of(ch));
                    let c = self.expr(ch)[0];
                    let slot = self.elem_slot(et);
                    comms.push((ci, c, slot, et, false));
                }
                _ => {}
            }
        }
        let n = comms.len();
        let arr = if n == 0 {
            self.iconst(Ty::I64, 0)
        } else {
            // The channel and the element's address are pointers.
            let ptrs = (0..3 * n).map(|w| w % 3 != 2).collect();
            let slot = self.b.stack_slot(SCASE_BYTES as u32 * n as u32, 8, ptrs);
            self.b.inst1(Op::StackAddr(slot), Ty::I64)
        };
        for (k, &(_, c, slot, _, send)) in comms.iter().enumerate() {
            let off = SCASE_BYTES * k as i32;
            self.b.inst(Op::Store(arr, off, c), &[]);
            self.b.inst(Op::Store(arr, off + 8, slot), &[]);
            let kind = self.iconst(Ty::I64, send as i64);
            self.b.inst(Op::Store(arr, off + 16, kind), &[]);
        }
        let nv = self.iconst(Ty::I64, n as i64);
        let block = self.iconst(Ty::I8, default.is_none() as i64);
        let r = self.b.inst(
            Op::CallRt(Rt::SelectGo, vec![g, arr, nv, block]),
            &[Ty::I64, Ty::I64],
        );
        let (idx, recv_ok) = (r[0], r[1]);
        let exit = self.b.create_block();
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        for (k, &(ci, ..)) in comms.iter().enumerate() {
            let next = self.b.create_block();
            let kv = self.iconst(Ty::I64, k as i64);
            let hit = self
                .b
                .inst1(Op::Icmp(crate::ssa::ir::Cond::Eq, idx, kv), Ty::I8);
            self.b.brif(hit, bodies[ci], next);
            self.b.seal(next);
            self.b.switch_to(next);
        }
        match default {
            Some(d) => self.b.jump(bodies[d]),
            None => {
                self.b.terminate(crate::ssa::ir::Term::Unreachable);
            }
        }
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (ci, cl) in clauses.iter().enumerate() {
            self.b.seal(bodies[ci]);
            self.b.switch_to(bodies[ci]);
            if let Some(&(_, _, slot, et, false)) = comms.iter().find(|c| c.0 == ci) {
                let st = cl.comm.as_ref().unwrap();
                if let StmtKind::Assign { lhs, define, .. } = &*st.kind {
                    let v = self.load(slot, et);
                    let v = self.own(et, v);
                    let ok = self.b.inst1(Op::Conv(Conv::Trunc, Ty::I8, recv_ok), Ty::I8);
                    for (x, part) in lhs.iter().zip([v, vec![ok]]) {
                        let blank = matches!(&*x.kind, ExprKind::Ident(id) if id.name == "_");
                        if !blank || *define {
                            self.assign_or_define(x, &part, *define);
                        }
                    }
                }
            }
            self.stmts(&cl.body);
            if !self.b.is_filled() {
                self.b.jump(exit);
            }
        }
        self.targets.pop();
        self.b.seal(exit);
        self.b.switch_to(exit);
    }
}

/// The channel operand of a receive communication (`<-c`, `v := <-c`,
/// `v, ok = <-c`).
fn recv_operand(st: &ast::Stmt) -> Option<&Expr> {
    let e = match &*st.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => &rhs[0],
        _ => return None,
    };
    match &*strip(e).kind {
        ExprKind::Unary(UnOp::Recv, c) => Some(c),
        _ => None,
    }
}
