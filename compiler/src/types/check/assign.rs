//! Assignability, representability of constants, and the conversion of
//! untyped operands to the type their context gives them.

use num_traits::Zero;

use super::expr::{Mode, Operand};
use super::Checker;
use crate::syntax::ast::{Expr, ExprKind, UnOp};
use crate::types::constant::{f64_to_rat, int_fits, rat_to_f32, rat_to_f64, Const};
use crate::types::ty::{Basic, TypeId, TypeKind};

/// Why a constant is not representable in a type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Unrepresentable {
    Overflows,
    Truncated,
    WrongKind,
}

impl<'a> Checker<'a> {
    /// The constant as a value of basic type `b` (rounded for floats).
    pub(crate) fn represent(&self, v: &Const, b: Basic) -> Result<Const, Unrepresentable> {
        if b.is_integer() {
            let Some(i) = v.to_int() else {
                return Err(if v.to_rat().is_some() || matches!(v, Const::Complex(..)) {
                    Unrepresentable::Truncated
                } else {
                    Unrepresentable::WrongKind
                });
            };
            if b.is_untyped() {
                return Ok(Const::Int(i));
            }
            let bits = (b.size() * 8) as u32;
            if !int_fits(&i, bits, !b.is_unsigned()) {
                return Err(Unrepresentable::Overflows);
            }
            Ok(Const::Int(i))
        } else if b.is_float() {
            let Some(r) = v.to_rat() else {
                return Err(if matches!(v, Const::Complex(..)) {
                    Unrepresentable::Truncated
                } else {
                    Unrepresentable::WrongKind
                });
            };
            match b {
                Basic::Float32 => {
                    let f = rat_to_f32(&r);
                    if f.is_infinite() {
                        return Err(Unrepresentable::Overflows);
                    }
                    Ok(Const::Float(f64_to_rat(f as f64).unwrap_or_default()))
                }
                Basic::Float64 => {
                    let f = rat_to_f64(&r);
                    if f.is_infinite() {
                        return Err(Unrepresentable::Overflows);
                    }
                    Ok(Const::Float(f64_to_rat(f).unwrap_or_default()))
                }
                _ => Ok(Const::Float(r)),
            }
        } else if b.is_complex() {
            let Some((re, im)) = v.to_complex() else {
                return Err(Unrepresentable::WrongKind);
            };
            let round = |r: &num_rational::BigRational| -> Result<num_rational::BigRational, Unrepresentable> {
                match b {
                    Basic::Complex64 => {
                        let f = rat_to_f32(r);
                        if f.is_infinite() {
                            return Err(Unrepresentable::Overflows);
                        }
                        Ok(f64_to_rat(f as f64).unwrap_or_default())
                    }
                    Basic::Complex128 => {
                        let f = rat_to_f64(r);
                        if f.is_infinite() {
                            return Err(Unrepresentable::Overflows);
                        }
                        Ok(f64_to_rat(f).unwrap_or_default())
                    }
                    _ => Ok(r.clone()),
                }
            };
            Ok(Const::Complex(round(&re)?, round(&im)?))
        } else if b.is_string() {
            match v {
                Const::String(_) => Ok(v.clone()),
                _ => Err(Unrepresentable::WrongKind),
            }
        } else if b.is_boolean() {
            match v {
                Const::Bool(_) => Ok(v.clone()),
                _ => Err(Unrepresentable::WrongKind),
            }
        } else {
            Err(Unrepresentable::WrongKind)
        }
    }

    /// Converts an untyped operand to `target` (implicit conversion);
    /// records the new type for `e` and its subexpressions.
    pub(crate) fn implicit_convert(
        &mut self,
        op: &mut Operand,
        e: &Expr,
        target: TypeId,
    ) -> Result<(), Unrepresentable> {
        if !self.info.tys.is_untyped(op.typ) || self.info.tys.is_invalid(target) {
            return Ok(());
        }
        let ob = self.info.tys.basic_of(op.typ).unwrap();
        if self.info.tys.is_interface(target) && ob != Basic::UntypedNil {
            // An untyped constant or value assigned to an interface takes
            // its default type first.
            let d = self.info.tys.default_type(op.typ);
            self.implicit_convert(op, e, d)?;
            self.info.implicit.insert(e.id, target);
            return Ok(());
        }
        let tys = &self.info.tys;
        let Some(tb) = tys.basic_of(target).or(if ob == Basic::UntypedNil {
            Some(Basic::Invalid)
        } else {
            None
        }) else {
            return Err(Unrepresentable::WrongKind);
        };
        if ob == Basic::UntypedNil {
            if self.info.tys.nillable(target) {
                op.typ = target;
                self.update_untyped(e, target);
                return Ok(());
            }
            return Err(Unrepresentable::WrongKind);
        }
        if tb.is_untyped() {
            // Between untyped kinds only (e.g. in mixed constant expressions).
            op.typ = target;
            return Ok(());
        }
        if op.mode == Mode::Const {
            let v = op.val.as_ref().unwrap();
            let nv = self.represent(v, tb)?;
            op.val = Some(nv);
        } else {
            // Untyped non-constant values: bool from comparisons, ints from shifts.
            let ok = match ob {
                Basic::UntypedBool => tb.is_boolean(),
                Basic::UntypedInt | Basic::UntypedRune => tb.is_numeric(),
                Basic::UntypedFloat => tb.is_float() || tb.is_complex(),
                Basic::UntypedString => tb.is_string(),
                _ => false,
            };
            if !ok {
                return Err(Unrepresentable::WrongKind);
            }
        }
        op.typ = target;
        self.update_untyped(e, target);
        if op.mode == Mode::Const {
            self.record(e, op);
        }
        Ok(())
    }

    /// Gives an untyped expression tree its final type (go/types'
    /// updateExprType): constants are re-represented, and the left operand
    /// of a non-constant shift takes the type too.
    pub(crate) fn update_untyped(&mut self, e: &Expr, target: TypeId) {
        let Some(&old) = self.info.types.get(&e.id) else {
            return;
        };
        if !self.info.tys.is_untyped(old) {
            return;
        }
        // Comparisons stay boolean; their operands were finalized already.
        if let ExprKind::Binary(op, x, y) = &*e.kind {
            use crate::syntax::ast::BinOp::*;
            match op {
                Eql | Neq | Lss | Leq | Gtr | Geq => {}
                Shl | Shr => {
                    self.update_untyped(x, target);
                    if !self.info.consts.contains_key(&e.id)
                        && !self.info.tys.is_integer(target)
                        && !self.info.tys.is_invalid(target)
                    {
                        let tn = self.info.tys.name(target);
                        let t = self.text(x.span);
                        self.error(
                            x.span,
                            format!(
                                "invalid operation: shifted operand {} (type {}) must be integer",
                                t, tn
                            ),
                        );
                    }
                }
                _ => {
                    self.update_untyped(x, target);
                    self.update_untyped(y, target);
                }
            }
        }
        if let ExprKind::Unary(op, x) = &*e.kind {
            if *op != UnOp::Not || self.info.tys.is_boolean(target) {
                self.update_untyped(x, target);
            }
        }
        if let ExprKind::Paren(x) = &*e.kind {
            self.update_untyped(x, target);
        }
        self.info.types.insert(e.id, target);
        if let Some(v) = self.info.consts.get(&e.id).cloned() {
            if let Some(b) = self.info.tys.basic_of(target) {
                if let Ok(nv) = self.represent(&v, b) {
                    self.info.consts.insert(e.id, nv);
                }
            }
        }
    }

    /// Whether a value of type `v` is assignable to type `t` (spec:
    /// Assignability), for the types supported so far.
    pub(crate) fn assignable(&self, v: TypeId, t: TypeId) -> bool {
        let tys = &self.info.tys;
        if tys.identical(v, t) || tys.is_invalid(v) || tys.is_invalid(t) {
            return true;
        }
        if tys.is_untyped(v) {
            let vb = tys.basic_of(v).unwrap();
            if vb == Basic::UntypedNil {
                return tys.nillable(t);
            }
            if tys.is_interface(t) {
                let d = tys.default_type(v);
                return crate::types::check::iface::missing_method(&self.info, d, t).is_none();
            }
            let Some(tb) = tys.basic_of(t) else {
                return false;
            };
            return match vb {
                Basic::UntypedBool => tb.is_boolean(),
                Basic::UntypedString => tb.is_string(),
                Basic::UntypedNil => false,
                _ => tb.is_numeric(),
            };
        }

        if tys.is_interface(t)
            && crate::types::check::iface::missing_method(&self.info, v, t).is_none()
        {
            return true;
        }
        // Identical underlying types where one is not named.
        let (vu, tu) = (tys.underlying(v), tys.underlying(t));
        // A bidirectional channel to a channel type with the same element.
        if let (TypeKind::Chan(3, ve), TypeKind::Chan(_, te)) = (tys.kind(vu), tys.kind(tu)) {
            if tys.identical(*ve, *te) && (!tys.is_named(v) || !tys.is_named(t)) {
                return true;
            }
        }
        vu == tu
            && (!tys.is_named(v) || !tys.is_named(t))
            && !matches!(tys.kind(vu), TypeKind::Basic(_))
    }

    /// Checks that `op` can be assigned to type `t`; converts untyped operands.
    pub(crate) fn assign_to(
        &mut self,
        op: &mut Operand,
        e: &Expr,
        t: TypeId,
        context: &str,
    ) -> bool {
        if op.mode == Mode::Invalid || self.info.tys.is_invalid(t) {
            return false;
        }
        let tn = self.info.tys.name(t);
        if self.info.tys.is_untyped(op.typ) {
            let d = self.describe(op, e);
            // gc words the error by the operand's kind: a float constant
            // that does not fit an integer type is "truncated".
            let from_float = self.info.tys.is_float(op.typ) || self.info.tys.is_complex(op.typ);
            match self.implicit_convert(op, e, t) {
                Ok(()) => return true,
                Err(mut why) => {
                    if from_float
                        && self.info.tys.is_integer(t)
                        && why == Unrepresentable::Overflows
                    {
                        why = Unrepresentable::Truncated;
                    }
                    let ob = self.info.tys.basic_of(op.typ);
                    let msg = match why {
                        super::assign::Unrepresentable::Overflows if op.mode == Mode::Const => {
                            format!(
                                "cannot use {} as {} value in {} (overflows)",
                                d, tn, context
                            )
                        }
                        super::assign::Unrepresentable::Truncated if op.mode == Mode::Const => {
                            format!(
                                "cannot use {} as {} value in {} (truncated)",
                                d, tn, context
                            )
                        }
                        _ if ob == Some(Basic::UntypedNil) => {
                            format!("cannot use nil as {} value in {}", tn, context)
                        }
                        _ => format!("cannot use {} as {} value in {}", d, tn, context),
                    };
                    self.error(e.span, msg);
                    return false;
                }
            }
        }
        if self.info.tys.is_interface(t)
            && !self.info.tys.identical(op.typ, t)
            && !self.info.tys.is_invalid(op.typ)
        {
            if let Err(why) = self.implements(op.typ, t) {
                let d = self.describe(op, e);
                let on = self.info.tys.name(op.typ);
                self.error(
                    e.span,
                    format!(
                        "cannot use {} as {} value in {}: {} does not implement {} {}",
                        d, tn, context, on, tn, why
                    ),
                );
                return false;
            }
            self.info.implicit.insert(e.id, t);
            return true;
        }
        if !self.assignable(op.typ, t) {
            let d = self.describe(op, e);
            self.error(
                e.span,
                format!("cannot use {} as {} value in {}", d, tn, context),
            );
            return false;
        }
        true
    }

    /// Gives an untyped operand its default type (for `x := 1`, print
    /// arguments, ...) and returns the final type.
    pub(crate) fn default_and_record(
        &mut self,
        op: &mut Operand,
        e: &Expr,
        context: &str,
    ) -> TypeId {
        if op.mode == Mode::Invalid {
            return op.typ;
        }
        if self.info.tys.is_untyped(op.typ) {
            if self.info.tys.basic_of(op.typ) == Some(Basic::UntypedNil) {
                self.error(e.span, format!("use of untyped nil in {}", context));
                return self.info.tys.basic(Basic::Invalid);
            }
            let d = self.info.tys.default_type(op.typ);
            if self.implicit_convert(op, e, d).is_err() {
                let desc = self.describe(op, e);
                let dn = self.info.tys.name(d);
                let msg = format!(
                    "cannot use {} as {} value in {} (overflows)",
                    desc, dn, context
                );
                self.error(e.span, msg);
                return self.info.tys.basic(Basic::Invalid);
            }
        }
        op.typ
    }

    /// Checks a multi-valued expression assigned to `n` variables; returns
    /// the value types.
    pub(crate) fn multi_value(
        &mut self,
        e: &Expr,
        n: usize,
        at: crate::syntax::source::Span,
    ) -> Option<Vec<TypeId>> {
        let op = self.raw_expr(e);
        if op.mode == Mode::Invalid {
            return None;
        }
        let got = match self.info.tys.kind(op.typ) {
            TypeKind::Tuple(ts) if op.mode != Mode::Const => ts.clone(),
            _ if n == 2
                && (matches!(
                    &*strip_paren(e).kind,
                    ExprKind::TypeAssert(..) | ExprKind::Unary(UnOp::Recv, _)
                ) || op.mode == Mode::MapIndex) =>
            {
                self.info.comma_ok.insert(strip_paren(e).id);
                vec![op.typ, self.info.tys.basic(Basic::UntypedBool)]
            }
            _ => vec![op.typ],
        };
        if got.len() != n {
            let what = if matches!(&*e.kind, ExprKind::Call { .. }) {
                format!(
                    "{} returns {} value{}",
                    self.call_name(e),
                    got.len(),
                    if got.len() == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} value{}",
                    got.len(),
                    if got.len() == 1 { "" } else { "s" }
                )
            };
            let _ = at;
            self.error(
                e.span,
                format!(
                    "assignment mismatch: {} variable{} but {}",
                    n,
                    if n == 1 { "" } else { "s" },
                    what
                ),
            );
            return None;
        }
        Some(got)
    }

    fn call_name(&self, e: &Expr) -> String {
        if let ExprKind::Call { func, .. } = &*e.kind {
            self.text(func.span)
        } else {
            self.text(e.span)
        }
    }

    /// Reports `assignment mismatch: 2 variables but 1 value`.
    pub(crate) fn assign_mismatch(
        &mut self,
        at: crate::syntax::source::Span,
        n: usize,
        m: usize,
        rhs: &[Expr],
    ) {
        if m == 1 {
            if let ExprKind::Call { .. } = &*rhs[0].kind {
                let _ = self.multi_value(&rhs[0], n, at);
                return;
            }
        }
        let _ = at;
        self.error(
            rhs[0].span,
            format!(
                "assignment mismatch: {} variable{} but {} value{}",
                n,
                if n == 1 { "" } else { "s" },
                m,
                if m == 1 { "" } else { "s" }
            ),
        );
    }

    /// Whether an expression is the constant zero (for division checks).
    #[allow(dead_code)]
    pub(crate) fn is_const_zero(&self, e: &Expr) -> bool {
        match self.info.consts.get(&e.id) {
            Some(Const::Int(i)) => i.is_zero(),
            Some(Const::Float(f)) => f.is_zero(),
            _ => false,
        }
    }
}

impl<'a> Checker<'a> {
    /// Converts an untyped operand to `t`, reporting gc's wording when it
    /// does not fit (`truncated to`, `overflows`, `cannot convert`).
    pub(crate) fn convert_or_report(&mut self, op: &mut Operand, e: &Expr, t: TypeId) -> bool {
        let d = self.describe(op, e);
        let from_float = self.info.tys.is_float(op.typ) || self.info.tys.is_complex(op.typ);
        match self.implicit_convert(op, e, t) {
            Ok(()) => true,
            Err(why) => {
                let tn = self.info.tys.name(t);
                let msg = match why {
                    Unrepresentable::WrongKind => {
                        format!("cannot convert {} to type {}", d, tn)
                    }
                    _ if from_float && self.info.tys.is_integer(t) => {
                        format!("{} truncated to {}", d, tn)
                    }
                    _ => format!("{} overflows {}", d, tn),
                };
                self.error(e.span, msg);
                false
            }
        }
    }
}

/// `e` without parentheses.
fn strip_paren(e: &Expr) -> &Expr {
    match &*e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}
