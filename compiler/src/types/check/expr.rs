//! Expressions: operands, constant folding, operators, calls and builtins.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{Builtin, Checker, ObjKind};
use crate::syntax::ast::{BinOp, Expr, ExprKind, LitKind, UnOp};
use crate::syntax::literal as lexer;
use crate::types::constant::{f64_to_rat, Const};
use crate::types::ty::{Basic, TypeId, TypeKind};

/// What an expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Invalid,
    /// A call without results.
    NoValue,
    /// A computed value.
    Value,
    /// An addressable variable.
    Var,
    /// A map index expression: assignable, not addressable.
    MapIndex,
    Const,
    Type,
    Builtin(Builtin),
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub typ: TypeId,
    pub val: Option<Const>,
}

impl<'a> Checker<'a> {
    pub(crate) fn invalid(&self) -> Operand {
        Operand {
            mode: Mode::Invalid,
            typ: self.info.tys.basic(Basic::Invalid),
            val: None,
        }
    }

    fn constant(&self, b: Basic, v: Const) -> Operand {
        Operand {
            mode: Mode::Const,
            typ: self.info.tys.basic(b),
            val: Some(v),
        }
    }

    /// Records an operand's type and value for expression `e`.
    pub(crate) fn record(&mut self, e: &Expr, op: &Operand) {
        self.info.types.insert(e.id, op.typ);
        match (&op.mode, &op.val) {
            (Mode::Const, Some(v)) => {
                self.info.consts.insert(e.id, v.clone());
            }
            _ => {
                self.info.consts.remove(&e.id);
            }
        }
    }

    /// gc's description of an operand: `x (variable of type int)`.
    pub(crate) fn describe(&self, op: &Operand, e: &Expr) -> String {
        let text = self.text(e.span);
        let tys = &self.info.tys;
        let tn = tys.name(op.typ);
        match op.mode {
            Mode::Const => {
                let v = op.val.as_ref().map(|v| v.describe()).unwrap_or_default();
                if tys.is_untyped(op.typ) {
                    if v == text {
                        format!("{} ({} constant)", text, tn)
                    } else {
                        format!("{} ({} constant {})", text, tn, v)
                    }
                } else if v == text {
                    format!("{} (constant of type {})", text, tn)
                } else {
                    format!("{} (constant {} of type {})", text, v, tn)
                }
            }
            Mode::Var => format!("{} (variable of {})", text, self.type_desc(op.typ)),
            Mode::MapIndex => format!(
                "{} (map index expression of {})",
                text,
                self.type_desc(op.typ)
            ),
            Mode::Type => format!("{} (type)", text),
            Mode::Builtin(_) => format!("{} (built-in)", text),
            Mode::NoValue => format!("{} (no value)", text),
            _ => {
                if tys.basic_of(op.typ) == Some(Basic::UntypedNil) {
                    "nil".to_string()
                } else if tys.is_untyped(op.typ) {
                    format!("{} ({} value)", text, tn)
                } else {
                    format!("{} (value of {})", text, self.type_desc(op.typ))
                }
            }
        }
    }

    /// `type T` or, for defined types, gc's `int type T` hint.
    pub(crate) fn type_desc(&self, t: TypeId) -> String {
        let tys = &self.info.tys;
        if tys.named_info(t).is_some() {
            let name = tys.name(t);
            let u = tys.underlying(t);
            let kind = match tys.kind(u) {
                TypeKind::Basic(b) => b.name(),
                TypeKind::Struct(_) => "struct",
                TypeKind::Interface(_) => "interface",
                TypeKind::Pointer(_) => "pointer",
                TypeKind::Slice(_) => "slice",
                TypeKind::Array(..) => "array",
                TypeKind::Map(..) => "map",
                TypeKind::Func(..) => "func",
                TypeKind::Chan(..) => "chan",
                _ => return format!("type {}", name),
            };
            return format!("{} type {}", kind, name);
        }
        format!("type {}", tys.name(t))
    }

    /// Checks an expression that must have a single value.
    pub(crate) fn expr(&mut self, e: &Expr) -> Operand {
        let op = self.raw_expr(e);
        self.single_value(op, e)
    }

    /// The right-hand side of a one-variable assignment: a multi-value call
    /// there is an `assignment mismatch`, as gc words it.
    pub(crate) fn rhs_expr(&mut self, e: &Expr) -> Operand {
        let op = self.raw_expr(e);
        if let (TypeKind::Tuple(ts), ExprKind::Call { func, .. }) =
            (self.info.tys.kind(op.typ), &*e.kind)
        {
            if ts.len() > 1 && op.mode != Mode::Invalid {
                let n = ts.len();
                let f = self.text(func.span);
                self.error(
                    e.span,
                    format!(
                        "assignment mismatch: 1 variable but {} returns {} values",
                        f, n
                    ),
                );
                return self.invalid();
            }
        }
        self.single_value(op, e)
    }

    fn single_value(&mut self, op: Operand, e: &Expr) -> Operand {
        if op.mode != Mode::Invalid {
            if let Some(s) = self.info.selections.get(&e.id).cloned() {
                if !matches!(s.kind, super::SelKind::Field(_)) {
                    self.method_value(e, &s, op.typ);
                }
            }
        }
        match op.mode {
            Mode::NoValue => {
                let t = self.text(e.span);
                self.error(e.span, format!("{} (no value) used as value", t));
                self.invalid()
            }
            Mode::Type => {
                let t = self.text(e.span);
                self.error(e.span, format!("{} (type) is not an expression", t));
                self.invalid()
            }
            Mode::Builtin(_) => {
                let t = self.text(e.span);
                self.error(e.span, format!("{} (built-in) must be called", t));
                self.invalid()
            }
            _ => {
                if let TypeKind::Tuple(ts) = self.info.tys.kind(op.typ) {
                    let n = ts.len();
                    let t = self.text(e.span);
                    self.error(
                        e.span,
                        format!(
                            "multiple-value {} (value of type {}) in single-value context",
                            t,
                            self.info.tys.name(op.typ)
                        ),
                    );
                    let _ = n;
                    return self.invalid();
                }
                op
            }
        }
    }

    /// Checks an expression that may be a type, a builtin or a multi-value call.
    pub(crate) fn raw_expr(&mut self, e: &Expr) -> Operand {
        let mut op = self.expr_inner(e);
        if !matches!(op.mode, Mode::Invalid | Mode::Builtin(_)) && self.info.tys.is_invalid(op.typ)
        {
            // An earlier error made the type unknown: no follow-on errors.
            op = self.invalid();
        }
        self.record(e, &op);
        op
    }

    fn expr_inner(&mut self, e: &Expr) -> Operand {
        match &*e.kind {
            ExprKind::Ident(id) => self.ident(e, &id.name),
            ExprKind::BasicLit(kind, raw) => self.basic_lit(e, *kind, raw),
            ExprKind::Paren(x) => {
                let op = self.raw_expr(x);
                if op.mode == Mode::Var {
                    // Parenthesized variables stay addressable.
                    return op;
                }
                op
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, x, y) => self.binary(e, *op, x, y),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ExprKind::Index(x, idx) => self.index(e, x, idx),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, lo.as_ref(), hi.as_ref(), max.as_ref(), *three),
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(pkg) = &*x.kind {
                    if pkg.name != "_" && self.lookup(&pkg.name).is_none() {
                        self.error(x.span, format!("undefined: {}", pkg.name));
                        return self.invalid();
                    }
                    if let Some(o) = self.lookup(&pkg.name) {
                        if let ObjKind::PkgName(_) = self.info.objs[o as usize].kind {
                            self.used.insert(o);
                            self.info.uses.insert(x.id, o);
                            return match self.qualified(o, &pkg.name, sel) {
                                Some(t) => self.obj_operand(e, t, &sel.name),
                                None => self.invalid(),
                            };
                        }
                    }
                }
                self.selector(e, x, sel)
            }
            ExprKind::Star(x) if !self.denotes_type(x) => self.star(e, x),
            ExprKind::Star(_)
            | ExprKind::ArrayType(..)
            | ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.type_expr(e);
                if self.info.tys.is_invalid(t) {
                    return self.invalid();
                }
                Operand {
                    mode: Mode::Type,
                    typ: t,
                    val: None,
                }
            }
            ExprKind::CompositeLit { typ, elts, .. } => match typ {
                Some(t) if matches!(&*t.kind, ExprKind::ArrayType(None, _)) => {
                    let ExprKind::ArrayType(None, elem) = &*t.kind else {
                        unreachable!()
                    };
                    let et = self.type_expr(elem);
                    if self.info.tys.is_invalid(et) {
                        return self.composite_lit(e, et, elts);
                    }
                    let op = self.array_lit(None, et, elts);
                    self.info.types.insert(t.id, op.typ);
                    op
                }
                Some(t) => {
                    let t = self.type_expr(t);
                    self.composite_lit(e, t, elts)
                }
                None => {
                    let t = self.elided.take();
                    match t {
                        Some(t) => self.composite_lit(e, t, elts),
                        None => {
                            self.error(e.span, "invalid composite literal type: missing type");
                            self.invalid()
                        }
                    }
                }
            },
            ExprKind::FuncLit(sig, body) => self.func_lit(e, sig, body),
            ExprKind::TypeAssert(x, t) => self.type_assert(e, x, t.as_ref()),
            _ => {
                let t = self.text(e.span);
                self.error(e.span, format!("not supported yet: {}", t));
                self.invalid()
            }
        }
    }

    /// Whether an expression names a type (without reporting anything).
    pub(crate) fn denotes_type(&mut self, e: &Expr) -> bool {
        match &*e.kind {
            ExprKind::Ident(id) => self
                .lookup(&id.name)
                .is_some_and(|o| self.info.objs[o as usize].kind == ObjKind::TypeName),
            ExprKind::Paren(x) | ExprKind::Star(x) => self.denotes_type(x),
            // `pkg.T`, a type of an imported package.
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(p) = &*x.kind else {
                    return false;
                };
                let Some(o) = self.lookup(&p.name) else {
                    return false;
                };
                let ObjKind::PkgName(path) = &self.info.objs[o as usize].kind else {
                    return false;
                };
                self.packages
                    .get(path)
                    .and_then(|s| s.get(&sel.name))
                    .is_some_and(|&t| self.info.objs[t as usize].kind == ObjKind::TypeName)
            }
            ExprKind::ArrayType(..)
            | ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => true,
            _ => false,
        }
    }

    fn ident(&mut self, e: &Expr, name: &str) -> Operand {
        if name == "_" {
            self.error(e.span, "cannot use _ as value or type");
            return self.invalid();
        }
        let Some(o) = self.lookup(name) else {
            self.error(e.span, format!("undefined: {}", name));
            return self.invalid();
        };
        self.obj_operand(e, o, name)
    }

    /// The operand an identifier (or qualified identifier) denoting `o` is.
    pub(crate) fn obj_operand(&mut self, e: &Expr, o: super::ObjId, name: &str) -> Operand {
        self.info.uses.insert(e.id, o);
        let was_used = !self.used.insert(o);
        let obj = self.info.objs[o as usize].clone();
        match obj.kind {
            ObjKind::Var { global } => {
                if self.info.tys.is_invalid(obj.typ) {
                    return self.invalid();
                }
                if !global {
                    self.note_capture(o);
                }
                Operand {
                    mode: Mode::Var,
                    typ: obj.typ,
                    val: None,
                }
            }
            ObjKind::Const(v) => {
                if name == "iota" && self.universe.get("iota") == Some(&o) {
                    return match self.iota {
                        Some(i) => self.constant(Basic::UntypedInt, Const::int(i)),
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            self.invalid()
                        }
                    };
                }
                if self.info.tys.is_invalid(obj.typ) {
                    return self.invalid();
                }
                Operand {
                    mode: Mode::Const,
                    typ: obj.typ,
                    val: Some(v),
                }
            }
            ObjKind::TypeName => {
                if self.info.tys.is_invalid(obj.typ) {
                    return self.invalid();
                }
                Operand {
                    mode: Mode::Type,
                    typ: obj.typ,
                    val: None,
                }
            }
            ObjKind::Func => Operand {
                mode: Mode::Value,
                typ: obj.typ,
                val: None,
            },
            ObjKind::Builtin(b) => Operand {
                mode: Mode::Builtin(b),
                typ: obj.typ,
                val: None,
            },
            ObjKind::PkgName(_) => {
                // Not a use: the import may still be reported as unused.
                if !was_used {
                    self.used.remove(&o);
                }
                self.error(e.span, format!("use of package {} not in selector", name));
                self.invalid()
            }
            ObjKind::Nil => Operand {
                mode: Mode::Value,
                typ: self.info.tys.basic(Basic::UntypedNil),
                val: None,
            },
        }
    }

    fn basic_lit(&mut self, e: &Expr, kind: LitKind, raw: &str) -> Operand {
        match kind {
            LitKind::Int => match parse_int(raw) {
                Some(v) => self.constant(Basic::UntypedInt, Const::Int(v)),
                None => {
                    self.error(e.span, format!("invalid integer literal {}", raw));
                    self.invalid()
                }
            },
            LitKind::Float => {
                match parse_float(raw) {
                    Some(v) => self.constant(Basic::UntypedFloat, Const::Float(v)),
                    None => {
                        self.error(
                        e.span,
                        format!("not supported yet: floating-point constant {} (exponent too large)", raw),
                    );
                        self.invalid()
                    }
                }
            }
            LitKind::Imag => {
                let body = &raw[..raw.len() - 1];
                let prefixed = ["0x", "0X", "0o", "0O", "0b", "0B"]
                    .iter()
                    .any(|p| body.starts_with(p));
                let v = if prefixed && !body.contains(['.', 'p', 'P']) {
                    parse_int(body).map(BigRational::from_integer)
                } else if body.contains(['.', 'e', 'E', 'p', 'P']) || prefixed {
                    parse_float(body).or_else(|| parse_int(body).map(BigRational::from_integer))
                } else {
                    // `0123i` is decimal for backward compatibility.
                    parse_int_radix(body.trim_start_matches('0').replace('_', "").as_str(), 10)
                        .map(BigRational::from_integer)
                        .or(Some(BigRational::zero()))
                };
                match v {
                    Some(v) => self.constant(
                        Basic::UntypedComplex,
                        Const::Complex(BigRational::zero(), v),
                    ),
                    None => {
                        self.error(e.span, "invalid imaginary literal");
                        self.invalid()
                    }
                }
            }
            LitKind::Char => match lexer::unquote_char(raw) {
                Ok(c) => self.constant(Basic::UntypedRune, Const::int(c as i64)),
                Err(m) => {
                    self.error(e.span, m);
                    self.invalid()
                }
            },
            LitKind::String => match lexer::unquote_string(raw) {
                Ok(s) => self.constant(Basic::UntypedString, Const::String(s)),
                Err(m) => {
                    self.error(e.span, m);
                    self.invalid()
                }
            },
        }
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr) -> Operand {
        if op == UnOp::Addr {
            return self.address_of(e, x);
        }
        let mut o = self.expr(x);
        if o.mode == Mode::Invalid {
            return o;
        }
        let tys = &self.info.tys;
        let ok = match op {
            UnOp::Pos | UnOp::Neg => tys.is_numeric(o.typ),
            UnOp::Xor => tys.is_integer(o.typ),
            UnOp::Not => tys.is_boolean(o.typ),
            UnOp::Addr => unreachable!(),
            UnOp::Recv => {
                let Some((dir, elem)) = self.info.tys.chan_of(o.typ) else {
                    let d = self.describe(&o, x);
                    self.error(
                        e.span,
                        format!("invalid operation: cannot receive from non-channel {}", d),
                    );
                    return self.invalid();
                };
                if dir & 1 == 0 {
                    let d = self.describe(&o, x);
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: cannot receive from send-only channel {}",
                            d
                        ),
                    );
                    return self.invalid();
                }
                return Operand {
                    mode: Mode::Value,
                    typ: elem,
                    val: None,
                };
            }
            UnOp::Tilde => false,
        };
        if !ok {
            let d = self.describe(&o, x);
            self.error(
                e.span,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    d
                ),
            );
            return self.invalid();
        }
        if o.mode == Mode::Const {
            let v = o.val.take().unwrap();
            let r = match (op, v) {
                (UnOp::Pos, v) => Some(v),
                (UnOp::Neg, Const::Int(i)) => Some(Const::Int(-i)),
                (UnOp::Neg, Const::Float(f)) => Some(Const::Float(-f)),
                (UnOp::Neg, Const::Complex(a, b)) => Some(Const::Complex(-a, -b)),
                (UnOp::Not, Const::Bool(b)) => Some(Const::Bool(!b)),
                (UnOp::Xor, Const::Int(i)) => {
                    // For unsigned typed constants ^x flips within the width.
                    match self.info.tys.basic_of(o.typ) {
                        Some(b) if b.is_unsigned() => {
                            let bits = (b.size() * 8) as u32;
                            let mask = (BigInt::from(1) << bits) - 1;
                            Some(Const::Int(i ^ mask))
                        }
                        _ => Some(Const::Int(-i - 1)),
                    }
                }
                _ => None,
            };
            let Some(r) = r else {
                return self.invalid();
            };
            return self.typed_const(e, o.typ, r);
        }
        Operand {
            mode: Mode::Value,
            typ: o.typ,
            val: None,
        }
    }

    /// A constant result of type `t`, checked for overflow when typed.
    fn typed_const(&mut self, e: &Expr, t: TypeId, v: Const) -> Operand {
        if v.too_large() {
            self.error(e.span, "constant overflow");
            return self.invalid();
        }
        if !self.info.tys.is_untyped(t) {
            let b = self.info.tys.basic_of(t).unwrap_or(Basic::Invalid);
            match self.represent(&v, b) {
                Ok(v) => {
                    return Operand {
                        mode: Mode::Const,
                        typ: t,
                        val: Some(v),
                    }
                }
                Err(_) => {
                    let tn = self.info.tys.name(t);
                    let text = self.text(e.span);
                    self.error(
                        e.span,
                        format!(
                            "{} (constant {} of type {}) overflows {}",
                            text,
                            v.describe(),
                            tn,
                            tn
                        ),
                    );
                    return self.invalid();
                }
            }
        }
        Operand {
            mode: Mode::Const,
            typ: t,
            val: Some(v),
        }
    }

    fn binary(&mut self, e: &Expr, op: BinOp, x: &Expr, y: &Expr) -> Operand {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, x, y);
        }
        let mut a = self.expr(x);
        let mut b = self.expr(y);
        if a.mode == Mode::Invalid || b.mode == Mode::Invalid {
            return self.invalid();
        }
        if matches!(
            op,
            BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq
        ) {
            return self.comparison(e, op, x, y, a, b);
        }
        if !self.match_types(e, op, x, y, &mut a, &mut b) {
            return self.invalid();
        }
        let t = a.typ;
        let tys = &self.info.tys;
        let ok = match op {
            BinOp::Add => tys.is_numeric(t) || tys.is_string(t),
            BinOp::Sub | BinOp::Mul | BinOp::Quo => tys.is_numeric(t),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => tys.is_integer(t),
            BinOp::LAnd | BinOp::LOr => tys.is_boolean(t),
            _ => false,
        };
        if !ok {
            let d = self.describe(&a, x);
            let desc = format!("operator {} not defined on {}", op.as_str(), d);
            self.error(e.span, format!("invalid operation: {}", desc));
            return self.invalid();
        }
        if matches!(op, BinOp::Quo | BinOp::Rem) && b.mode == Mode::Const {
            let zero = match &b.val {
                Some(Const::Int(i)) => i.is_zero(),
                Some(Const::Float(f)) => {
                    f.is_zero() && (a.mode == Mode::Const || tys.is_integer(t))
                }
                Some(Const::Complex(r, i)) => r.is_zero() && i.is_zero() && a.mode == Mode::Const,
                _ => false,
            };
            if zero {
                self.error(y.span, "invalid operation: division by zero");
                return self.invalid();
            }
        }
        if a.mode == Mode::Const && b.mode == Mode::Const {
            let (va, vb) = (a.val.take().unwrap(), b.val.take().unwrap());
            let int_div = self.info.tys.is_integer(t);
            let Some(r) = fold_binary(op, va, vb, int_div) else {
                self.error(e.span, "invalid constant operation");
                return self.invalid();
            };
            // gc keeps integer constants to 512 bits.
            if let Const::Int(i) = &r {
                if i.bits() > 512 {
                    let what = match op {
                        BinOp::Add => "addition",
                        BinOp::Sub => "subtraction",
                        BinOp::Mul => "multiplication",
                        _ => "operation",
                    };
                    self.error(e.span, format!("constant {} overflow", what));
                    return self.invalid();
                }
            }
            return self.typed_const(e, t, r);
        }
        Operand {
            mode: Mode::Value,
            typ: t,
            val: None,
        }
    }

    /// Brings both operands of a binary operation to one type (spec: untyped
    /// operands are converted to the other operand's type). Reports a
    /// mismatch and returns false on failure.
    fn match_types(
        &mut self,
        e: &Expr,
        op: BinOp,
        x: &Expr,
        y: &Expr,
        a: &mut Operand,
        b: &mut Operand,
    ) -> bool {
        let tys = &self.info.tys;
        let (ua, ub) = (tys.is_untyped(a.typ), tys.is_untyped(b.typ));
        if ua && ub {
            let (ka, kb) = (tys.basic_of(a.typ).unwrap(), tys.basic_of(b.typ).unwrap());
            if ka == kb {
                return true;
            }
            let rank = |k: Basic| match k {
                Basic::UntypedInt => Some(1),
                Basic::UntypedRune => Some(2),
                Basic::UntypedFloat => Some(3),
                Basic::UntypedComplex => Some(4),
                _ => None,
            };
            match (rank(ka), rank(kb)) {
                (Some(ra), Some(rb)) => {
                    let t = if ra > rb { a.typ } else { b.typ };
                    a.typ = t;
                    b.typ = t;
                    true
                }
                _ => {
                    self.mismatch(e, op, x, y, a, b);
                    false
                }
            }
        } else if ua {
            let d = self.describe(a, x);
            if let Err(why) = self.implicit_convert(a, x, b.typ) {
                self.convert_failed(why, d, e, op, x, y, a, b);
                return false;
            }
            true
        } else if ub {
            let d = self.describe(b, y);
            if let Err(why) = self.implicit_convert(b, y, a.typ) {
                self.convert_failed(why, d, e, op, x, y, a, b);
                return false;
            }
            true
        } else if !self.info.tys.identical(a.typ, b.typ) {
            // Spec: one operand must be assignable to the other's type (an
            // interface compares with a value of a type implementing it).
            if matches!(op, BinOp::Eql | BinOp::Neq) {
                if self.assignable(a.typ, b.typ) {
                    if self.info.tys.is_interface(b.typ) {
                        self.info.implicit.insert(x.id, b.typ);
                    }
                    a.typ = b.typ;
                    return true;
                }
                if self.assignable(b.typ, a.typ) {
                    if self.info.tys.is_interface(a.typ) {
                        self.info.implicit.insert(y.id, a.typ);
                    }
                    b.typ = a.typ;
                    return true;
                }
            }
            self.mismatch(e, op, x, y, a, b);
            false
        } else {
            true
        }
    }

    /// An untyped constant operand did not fit the other operand's type:
    /// gc says it overflows or is truncated; other kinds mismatch.
    #[allow(clippy::too_many_arguments)]
    fn convert_failed(
        &mut self,
        why: super::assign::Unrepresentable,
        desc: String,
        e: &Expr,
        op: BinOp,
        x: &Expr,
        y: &Expr,
        a: &Operand,
        b: &Operand,
    ) {
        use super::assign::Unrepresentable::*;
        let (u, target) = if self.info.tys.is_untyped(a.typ) {
            (x, b.typ)
        } else {
            (y, a.typ)
        };
        let tn = self.info.tys.name(target);
        let from_float = {
            let uo = if self.info.tys.is_untyped(a.typ) {
                a
            } else {
                b
            };
            self.info.tys.is_float(uo.typ) || self.info.tys.is_complex(uo.typ)
        };
        match why {
            Truncated | Overflows if from_float && self.info.tys.is_integer(target) => {
                self.error(u.span, format!("{} truncated to {}", desc, tn))
            }
            Overflows => self.error(u.span, format!("{} overflows {}", desc, tn)),
            _ => self.mismatch(e, op, x, y, a, b),
        }
    }

    fn mismatch(&mut self, e: &Expr, op: BinOp, x: &Expr, y: &Expr, a: &Operand, b: &Operand) {
        let tys = &self.info.tys;
        let (ua, ub) = (tys.is_untyped(a.typ), tys.is_untyped(b.typ));
        if (ua || ub) && !(ua && ub) {
            // gc: cannot convert the untyped operand.
            let (u, uo, t) = if ua { (x, a, b.typ) } else { (y, b, a.typ) };
            let d = self.describe(uo, u);
            let tn = self.info.tys.name(t);
            self.error(
                e.span,
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    self.text(e.span),
                    if ua {
                        self.info.tys.name(a.typ)
                    } else {
                        tn.clone()
                    },
                    if ua {
                        tn.clone()
                    } else {
                        self.info.tys.name(b.typ)
                    }
                ),
            );
            let _ = d;
            return;
        }
        let (an, bn) = (self.info.tys.name(a.typ), self.info.tys.name(b.typ));
        let _ = op;
        self.error(
            e.span,
            format!(
                "invalid operation: {} (mismatched types {} and {})",
                self.text(e.span),
                an,
                bn
            ),
        );
    }

    fn comparison(
        &mut self,
        e: &Expr,
        op: BinOp,
        x: &Expr,
        y: &Expr,
        mut a: Operand,
        mut b: Operand,
    ) -> Operand {
        let nil = self.info.tys.basic(Basic::UntypedNil);
        let with_nil = a.typ == nil || b.typ == nil;
        if !self.match_types(e, op, x, y, &mut a, &mut b) {
            return self.invalid();
        }
        let t = a.typ;
        let tys = &self.info.tys;
        if with_nil && tys.nillable(t) && matches!(op, BinOp::Eql | BinOp::Neq) {
            let ub = tys.basic(Basic::UntypedBool);
            return Operand {
                mode: Mode::Value,
                typ: ub,
                val: None,
            };
        }
        let ordered = tys.is_integer(t) || tys.is_float(t) || tys.is_string(t);
        let ok = if matches!(op, BinOp::Eql | BinOp::Neq) {
            tys.comparable(t)
        } else {
            ordered
        };
        if !ok {
            let tn = self.info.tys.name(a.typ);
            self.error(
                e.span,
                format!(
                    "invalid operation: {} (operator {} not defined on {})",
                    self.text(e.span),
                    op.as_str(),
                    tn
                ),
            );
            return self.invalid();
        }
        // Operands are final now; untyped ones default.
        if self.info.tys.is_untyped(a.typ) && a.mode != Mode::Const {
            let d = self.info.tys.default_type(a.typ);
            self.update_untyped(x, d);
        }
        let ub = self.info.tys.basic(Basic::UntypedBool);
        if a.mode == Mode::Const && b.mode == Mode::Const {
            let r = fold_compare(op, a.val.as_ref().unwrap(), b.val.as_ref().unwrap());
            if let Some(r) = r {
                return self.constant(Basic::UntypedBool, Const::Bool(r));
            }
        }
        if a.mode != Mode::Const || !self.info.tys.is_untyped(a.typ) {
            self.finalize(x, &a);
        }
        if b.mode != Mode::Const || !self.info.tys.is_untyped(b.typ) {
            self.finalize(y, &b);
        }
        if a.mode == Mode::Const && self.info.tys.is_untyped(a.typ) {
            let d = self.info.tys.default_type(a.typ);
            let mut a2 = a.clone();
            let _ = self.implicit_convert(&mut a2, x, d);
        }
        if b.mode == Mode::Const && self.info.tys.is_untyped(b.typ) {
            let d = self.info.tys.default_type(b.typ);
            let mut b2 = b.clone();
            let _ = self.implicit_convert(&mut b2, y, d);
        }
        Operand {
            mode: Mode::Value,
            typ: ub,
            val: None,
        }
    }

    /// Records the final type of an operand after implicit conversion.
    fn finalize(&mut self, e: &Expr, op: &Operand) {
        if self.info.types.get(&e.id) != Some(&op.typ) {
            self.update_untyped(e, op.typ);
        }
    }

    fn shift(&mut self, e: &Expr, op: BinOp, x: &Expr, y: &Expr) -> Operand {
        let mut a = self.expr(x);
        let mut b = self.expr(y);
        if a.mode == Mode::Invalid || b.mode == Mode::Invalid {
            return self.invalid();
        }
        // The count: integer, or an untyped constant representable as uint.
        let count_desc = self.describe(&b, y);
        if b.mode == Mode::Const {
            let d = count_desc.clone();
            if b.val
                .as_ref()
                .and_then(|v| v.to_int())
                .is_some_and(|n| n.is_negative())
            {
                self.error(
                    y.span,
                    format!("invalid operation: negative shift count {}", d),
                );
                return self.invalid();
            }
            if self.info.tys.is_untyped(b.typ) {
                let uint = self.info.tys.basic(Basic::Uint);
                if !self.convert_or_report(&mut b, y, uint) {
                    return self.invalid();
                }
            } else if !self.info.tys.is_integer(b.typ) {
                self.error(
                    y.span,
                    format!("invalid operation: shift count {} must be integer", d),
                );
                return self.invalid();
            }
        } else if !self.info.tys.is_integer(b.typ) {
            let d = self.describe(&b, y);
            self.error(
                y.span,
                format!("invalid operation: shift count {} must be integer", d),
            );
            return self.invalid();
        }
        if a.mode == Mode::Const {
            let Some(v) = a.val.as_ref().and_then(|v| v.to_int()) else {
                let d = self.describe(&a, x);
                self.error(
                    x.span,
                    format!("invalid operation: shifted operand {} must be integer", d),
                );
                return self.invalid();
            };
            if b.mode == Mode::Const {
                let n = b.val.as_ref().and_then(|v| v.to_int()).unwrap_or_default();
                // gc's bound on constant shift counts.
                let Some(n) = n.to_u32().filter(|&n| n <= 1074) else {
                    let d = count_desc;
                    self.error(
                        y.span,
                        format!("invalid operation: invalid shift count {}", d),
                    );
                    return self.invalid();
                };
                let r = match op {
                    BinOp::Shl => v << n as usize,
                    _ => v >> n as usize,
                };
                let t = if self.info.tys.is_untyped(a.typ) {
                    self.info.tys.basic(Basic::UntypedInt)
                } else {
                    a.typ
                };
                if self.info.tys.is_untyped(a.typ) {
                    // The operand was a float/rune-kind constant with an integer value.
                    self.update_untyped(x, t);
                }
                if r.bits() > 512 {
                    self.error(e.span, "constant shift overflow");
                    return self.invalid();
                }
                return self.typed_const(e, t, Const::Int(r));
            }
            if self.info.tys.is_untyped(a.typ) {
                // Non-constant shift of an untyped constant: its type comes
                // from the context (spec); until then it keeps its untyped
                // kind (so `1.0 << s` as a float64 is an error).
                let ui = a.typ;
                a.val = Some(Const::Int(v));
                self.info.types.insert(x.id, ui);
                return Operand {
                    mode: Mode::Value,
                    typ: ui,
                    val: None,
                };
            }
        } else if !self.info.tys.is_integer(a.typ) {
            let d = self.describe(&a, x);
            self.error(
                x.span,
                format!("invalid operation: shifted operand {} must be integer", d),
            );
            return self.invalid();
        }
        Operand {
            mode: Mode::Value,
            typ: a.typ,
            val: None,
        }
    }

    pub(crate) fn index(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> Operand {
        let a = self.expr(x);
        if a.mode == Mode::Invalid {
            return a;
        }
        if idx.len() != 1 {
            self.error(e.span, "not supported yet: generic instantiation");
            return self.invalid();
        }
        let i = &idx[0];
        if let Some((kt, vt)) = self.info.tys.map_of(a.typ) {
            let mut k = self.expr(i);
            if k.mode != Mode::Invalid {
                self.assign_to(&mut k, i, kt, "map index");
            }
            return Operand {
                mode: Mode::MapIndex,
                typ: vt,
                val: None,
            };
        }
        let arr = self
            .info
            .tys
            .array_of(a.typ)
            .map(|x| (x, a.mode))
            .or_else(|| {
                let p = self.info.tys.pointer_elem(a.typ)?;
                self.info.tys.array_of(p).map(|x| (x, Mode::Var))
            });
        if let Some(((n, elem), mode)) = arr {
            if !self.index_value(i, Some(n as i64)) {
                return self.invalid();
            }
            let mode = if mode == Mode::Var {
                Mode::Var
            } else {
                Mode::Value
            };
            return Operand {
                mode,
                typ: elem,
                val: None,
            };
        }
        if let Some(elem) = self.info.tys.slice_elem(a.typ) {
            if !self.index_value(i, None) {
                return self.invalid();
            }
            // Slice elements are addressable variables.
            return Operand {
                mode: Mode::Var,
                typ: elem,
                val: None,
            };
        }
        if !self.info.tys.is_string(a.typ) {
            let d = self.describe(&a, x);
            self.error(e.span, format!("invalid operation: cannot index {}", d));
            return self.invalid();
        }
        let len = match (&a.mode, &a.val) {
            (Mode::Const, Some(Const::String(s))) => Some(s.len() as i64),
            _ => None,
        };
        if !self.index_value(i, len) {
            return self.invalid();
        }
        if self.info.tys.is_untyped(a.typ) {
            let st = self.info.tys.basic(Basic::String);
            self.update_untyped(x, st);
        }
        // Indexing a string (even a constant one) gives a non-constant byte.
        Operand {
            mode: Mode::Value,
            typ: self.info.tys.byte(),
            val: None,
        }
    }

    /// Checks an index operand; `len` bounds constant indices.
    fn index_value(&mut self, i: &Expr, len: Option<i64>) -> bool {
        let mut o = self.expr(i);
        if o.mode == Mode::Invalid {
            return false;
        }
        if self.info.tys.is_untyped(o.typ) {
            // An untyped index becomes an int first (gc's messages follow).
            let int = self.info.tys.basic(Basic::Int);
            if !self.convert_or_report(&mut o, i, int) {
                return false;
            }
        }
        if !self.info.tys.is_integer(o.typ) {
            let d = self.describe(&o, i);
            self.error(
                i.span,
                format!("invalid argument: index {} must be integer", d),
            );
            return false;
        }
        if o.mode == Mode::Const {
            let v = o.val.as_ref().and_then(|v| v.to_int()).unwrap_or_default();
            if v.is_negative() {
                let d = self.describe(&o, i);
                self.error(
                    i.span,
                    format!("invalid argument: index {} must not be negative", d),
                );
                return false;
            }
            if let Some(len) = len {
                if v >= BigInt::from(len) {
                    let t = self.text(i.span);
                    self.error(
                        i.span,
                        format!("invalid argument: index {} out of bounds [0:{}]", t, len),
                    );
                    return false;
                }
            }
        }
        true
    }

    fn slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        three: bool,
    ) -> Operand {
        let a = self.expr(x);
        if a.mode == Mode::Invalid {
            return a;
        }
        let arr = self
            .info
            .tys
            .array_of(a.typ)
            .map(|x| (x, a.mode == Mode::Var))
            .or_else(|| {
                let p = self.info.tys.pointer_elem(a.typ)?;
                self.info.tys.array_of(p).map(|x| (x, true))
            });
        if let Some(((n, elem), addressable)) = arr {
            if !addressable {
                let d = self.describe(&a, x);
                self.error(
                    e.span,
                    format!("invalid operation: {} (slice of unaddressable value)", d),
                );
                return self.invalid();
            }
            if self.info.tys.array_of(a.typ).is_some() {
                self.mark_addr_root(x);
            }
            let mut consts = Vec::new();
            for ix in [lo, hi, max].into_iter().flatten() {
                if !self.index_value(ix, Some(n as i64 + 1)) {
                    return self.invalid();
                }
                consts.push(self.info.consts.get(&ix.id).and_then(|v| v.to_int()));
            }
            let known: Vec<_> = consts.iter().flatten().collect();
            if known.windows(2).any(|w| w[0] > w[1]) {
                let (a0, b0) = (known[0], known[1]);
                self.error(e.span, format!("invalid slice indices: {} < {}", b0, a0));
                return self.invalid();
            }
            return Operand {
                mode: Mode::Value,
                typ: self.info.tys.intern(TypeKind::Slice(elem)),
                val: None,
            };
        }
        if self.info.tys.slice_elem(a.typ).is_some() {
            let mut consts = Vec::new();
            for ix in [lo, hi, max].into_iter().flatten() {
                if !self.index_value(ix, None) {
                    return self.invalid();
                }
                consts.push(self.info.consts.get(&ix.id).and_then(|v| v.to_int()));
            }
            // Constant indices must not decrease.
            let known: Vec<_> = consts.iter().flatten().collect();
            if known.windows(2).any(|w| w[0] > w[1]) {
                let (a0, b0) = (known[0], known[1]);
                self.error(e.span, format!("invalid slice indices: {} < {}", b0, a0));
                return self.invalid();
            }
            return Operand {
                mode: Mode::Value,
                typ: a.typ,
                val: None,
            };
        }
        if !self.info.tys.is_string(a.typ) {
            let d = self.describe(&a, x);
            self.error(e.span, format!("cannot slice {}", d));
            return self.invalid();
        }
        if three {
            self.error(e.span, "invalid operation: 3-index slice of string");
            return self.invalid();
        }
        let len = match (&a.mode, &a.val) {
            (Mode::Const, Some(Const::String(s))) => Some(s.len() as i64 + 1),
            _ => None,
        };
        let mut consts = Vec::new();
        for ix in [lo, hi, max].into_iter().flatten() {
            if !self.index_value(ix, len) {
                return self.invalid();
            }
            consts.push(self.info.consts.get(&ix.id).and_then(|v| v.to_int()));
        }
        if let (Some(Some(l)), Some(Some(h))) = (consts.first(), consts.get(1)) {
            if lo.is_some() && hi.is_some() && l > h {
                self.error(e.span, format!("invalid slice indices: {} < {}", h, l));
                return self.invalid();
            }
        }
        let mut t = a.typ;
        if self.info.tys.is_untyped(t) {
            t = self.info.tys.basic(Basic::String);
            self.update_untyped(x, t);
        }
        Operand {
            mode: Mode::Value,
            typ: t,
            val: None,
        }
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
        let f = self.raw_expr(func);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.raw_expr(a);
                }
                self.invalid()
            }
            Mode::Type => self.conversion(e, f.typ, args),
            Mode::Builtin(b) => self.builtin(e, b, args, ellipsis),
            _ => {
                let (params, results, variadic) =
                    match self.info.tys.kind(self.info.tys.underlying(f.typ)) {
                        TypeKind::Func(p, r, v) => (p.clone(), r.clone(), *v),
                        _ => {
                            let d = self.describe(&f, func);
                            let tn = self.info.tys.name(f.typ);
                            self.error(
                                e.span,
                                format!(
                                    "invalid operation: cannot call {}: {} is not a function",
                                    d, tn
                                ),
                            );
                            for a in args {
                                self.raw_expr(a);
                            }
                            return self.invalid();
                        }
                    };
                let fname = self.text(func.span);
                if ellipsis && !variadic {
                    self.eval_all(args);
                    let d = self.text(func.span);
                    self.error(
                        e.span,
                        format!("cannot use ... in call to non-variadic {}", d),
                    );
                    return self.invalid();
                }
                if variadic && !ellipsis {
                    self.variadic_args(e, &fname, args, &params);
                } else {
                    self.check_args(e, &fname, args, &params, variadic);
                }
                self.check_set_finalizer(func, args);
                match results.len() {
                    0 => Operand {
                        mode: Mode::NoValue,
                        typ: self.info.tys.intern(TypeKind::Tuple(vec![])),
                        val: None,
                    },
                    1 => Operand {
                        mode: Mode::Value,
                        typ: results[0],
                        val: None,
                    },
                    _ => Operand {
                        mode: Mode::Value,
                        typ: self.info.tys.intern(TypeKind::Tuple(results)),
                        val: None,
                    },
                }
            }
        }
    }

    /// gocl lowers `runtime.SetFinalizer(obj, f)` at the call site from
    /// `f`'s static type (ssa/lower/finalizer.rs): a finalizer held in an
    /// interface cannot be called that way.
    fn check_set_finalizer(&mut self, func: &Expr, args: &[Expr]) {
        let Some(&o) = self.info.uses.get(&func.id) else {
            return;
        };
        let obj = &self.info.objs[o as usize];
        if obj.kind != ObjKind::Func
            || obj.name != "SetFinalizer"
            || self.info.pkg_paths[obj.pkg as usize] != "runtime"
            || args.len() != 2
        {
            return;
        }
        let fin = super::member::strip(&args[1]);
        let is_nil = self
            .info
            .uses
            .get(&fin.id)
            .is_some_and(|&n| self.info.objs[n as usize].kind == ObjKind::Nil);
        let Some(&t) = self.info.types.get(&args[1].id) else {
            return;
        };
        if !is_nil && self.info.tys.is_interface(t) {
            self.error(
                args[1].span,
                "not supported yet: runtime.SetFinalizer with a finalizer of interface type",
            );
        }
    }

    /// Checks call arguments against parameter types (including `f(g())`).
    fn check_args(
        &mut self,
        e: &Expr,
        fname: &str,
        args: &[Expr],
        params: &[TypeId],
        spread: bool,
    ) {
        // f(g()) with a multi-value g.
        if args.len() == 1 && params.len() > 1 {
            let op = self.raw_expr(&args[0]);
            if let TypeKind::Tuple(ts) = self.info.tys.kind(op.typ).clone() {
                if ts.len() == params.len() {
                    for (k, (&t, &p)) in ts.iter().zip(params).enumerate() {
                        if !self.assignable(t, p) {
                            let (tn, pn) = (self.info.tys.name(t), self.info.tys.name(p));
                            self.error(args[0].span, format!("cannot use {} (value of type {}) as {} value in argument to {}", self.text(args[0].span), tn, pn, fname));
                            let _ = k;
                        }
                    }
                    return;
                }
                let have = ts.iter().map(|&t| self.info.tys.name(t)).collect();
                self.count_mismatch(e, fname, have, params, spread);
                return;
            }
        }
        let mut ops = Vec::new();
        for a in args {
            ops.push(self.expr(a));
        }
        if args.len() != params.len() {
            if ops.iter().any(|o| o.mode == Mode::Invalid) {
                return;
            }
            let mut have = self.arg_type_names(&ops);
            if spread {
                if let Some(l) = have.last_mut() {
                    l.push_str("...");
                }
            }
            self.count_mismatch(e, fname, have, params, spread);
            return;
        }
        for ((a, mut op), &p) in args.iter().zip(ops).zip(params) {
            if op.mode == Mode::Invalid {
                continue;
            }
            let ctx = format!("argument to {}", fname);
            self.assign_to(&mut op, a, p, &ctx);
        }
    }

    /// Arguments of a call to a variadic function without `...`: the
    /// extra ones become the elements of the last parameter's slice.
    fn variadic_args(&mut self, e: &Expr, fname: &str, args: &[Expr], params: &[TypeId]) {
        let fixed = params.len() - 1;
        let elem = self
            .info
            .tys
            .slice_elem(params[fixed])
            .unwrap_or(params[fixed]);
        self.info.variadic.insert(e.id, fixed);
        if args.len() == 1 {
            // f(g()) with a multi-value g: g's results are the arguments.
            let op = self.raw_expr(&args[0]);
            if let TypeKind::Tuple(ts) = self.info.tys.kind(op.typ).clone() {
                if ts.len() < fixed {
                    let have = ts.iter().map(|&t| self.info.tys.name(t)).collect();
                    self.count_mismatch(e, fname, have, params, true);
                    return;
                }
                for (k, &t) in ts.iter().enumerate() {
                    let want = if k < fixed { params[k] } else { elem };
                    if !self.assignable(t, want) {
                        let (tn, wn) = (self.info.tys.name(t), self.info.tys.name(want));
                        let text = self.text(args[0].span);
                        self.error(
                            args[0].span,
                            format!(
                                "cannot use {} (value of type {}) as {} value in argument to {}",
                                text, tn, wn, fname
                            ),
                        );
                        return;
                    }
                }
                self.info.variadic_tuple.insert(e.id);
                return;
            }
        }
        let mut ops = Vec::new();
        for a in args {
            ops.push(self.expr(a));
        }
        if args.len() < fixed {
            if ops.iter().any(|o| o.mode == Mode::Invalid) {
                return;
            }
            let have = self.arg_type_names(&ops);
            self.count_mismatch(e, fname, have, params, true);
            return;
        }
        for (k, (a, mut op)) in args.iter().zip(ops).enumerate() {
            if op.mode == Mode::Invalid {
                continue;
            }
            let t = if k < fixed { params[k] } else { elem };
            let ctx = format!("argument to {}", fname);
            self.assign_to(&mut op, a, t, &ctx);
        }
    }

    /// The argument types as gc lists them after `have` (untyped numeric
    /// constants are `number`).
    fn arg_type_names(&self, ops: &[Operand]) -> Vec<String> {
        ops.iter()
            .map(|o| {
                let tys = &self.info.tys;
                match tys.basic_of(o.typ) {
                    Some(b) if b.is_untyped() && b.is_numeric() => "number".to_string(),
                    Some(Basic::UntypedNil) => "nil".to_string(),
                    _ if tys.is_untyped(o.typ) => tys.name(tys.default_type(o.typ)),
                    _ => tys.name(o.typ),
                }
            })
            .collect()
    }

    fn count_mismatch(
        &mut self,
        e: &Expr,
        fname: &str,
        have: Vec<String>,
        params: &[TypeId],
        variadic: bool,
    ) {
        let mut want: Vec<String> = params.iter().map(|&p| self.info.tys.name(p)).collect();
        if variadic {
            if let (Some(w), Some(&last)) = (want.last_mut(), params.last()) {
                let elem = self.info.tys.slice_elem(last).unwrap_or(last);
                *w = format!("...{}", self.info.tys.name(elem));
            }
        }
        let have_n = have.len();
        let msg = if have_n < params.len() {
            "not enough arguments in call to"
        } else {
            "too many arguments in call to"
        };
        self.error(
            e.span,
            format!(
                "{} {}\n\thave ({})\n\twant ({})",
                msg,
                fname,
                have.join(", "),
                want.join(", ")
            ),
        );
    }

    fn conversion(&mut self, e: &Expr, t: TypeId, args: &[Expr]) -> Operand {
        if args.len() != 1 {
            let tn = self.info.tys.name(t);
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {}", tn)
            } else {
                format!("too many arguments in conversion to {}", tn)
            };
            self.error(e.span, msg);
            for a in args {
                self.raw_expr(a);
            }
            return self.invalid();
        }
        let x = &args[0];
        let mut op = self.expr(x);
        if op.mode == Mode::Invalid {
            return op;
        }
        let tys = &self.info.tys;
        let (from, to) = (op.typ, t);
        let tb = tys.basic_of(to);
        // Constant conversions yield constants (except to non-basic types).
        if op.mode == Mode::Const {
            if let Some(tb) = tb {
                let v = op.val.clone().unwrap();
                let r = if tb.is_integer() && tys.is_string(from) {
                    None
                } else if tb.is_string() && tys.is_integer(from) {
                    let i = v.to_int().unwrap_or_default();
                    let c = i.to_u32().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                    Some(Ok(Const::String(c.to_string().into_bytes())))
                } else if (tb.is_numeric() && tys.is_numeric(from))
                    || (tb.is_string() && tys.is_string(from))
                    || (tb.is_boolean() && tys.is_boolean(from))
                {
                    // Float to integer conversion requires an exact integer.
                    Some(self.represent(&v, tb))
                } else {
                    None
                };
                match r {
                    Some(Ok(v)) => {
                        if tys.is_untyped(from) {
                            let dt = if tb.is_string() && tys.is_integer(from) {
                                tys.default_type(from)
                            } else {
                                to
                            };
                            let _ = dt;
                        }
                        return Operand {
                            mode: Mode::Const,
                            typ: to,
                            val: Some(v),
                        };
                    }
                    Some(Err(why)) => {
                        let d = self.describe(&op, x);
                        let tn = self.info.tys.name(to);
                        let truncated =
                            self.info.tys.is_float(from) || self.info.tys.is_complex(from);
                        let msg = if why == super::assign::Unrepresentable::Overflows && !truncated
                        {
                            format!("constant {} overflows {}", v_desc(&op), tn)
                        } else {
                            format!("cannot convert {} to type {}", d, tn)
                        };
                        self.error(x.span, msg);
                        return self.invalid();
                    }
                    None => {}
                }
            }
        }
        if self.info.tys.is_interface(to) {
            // Method sets need every signature (a package-level variable's
            // initializer may be checked before the methods).
            self.ensure_all_methods();
        }
        let ok = {
            let tys = &self.info.tys;
            let (fu, tu) = (tys.underlying(from), tys.underlying(to));
            fu == tu
                || (tys.is_numeric(from)
                    && tys.is_numeric(to)
                    && !(tys.is_complex(from) ^ tys.is_complex(to)))
                || (tys.is_integer(from) && tys.is_string(to))
                || (tys.is_string(from) && tys.is_string(to))
                || self.assignable(from, to)
                || (tys.is_string(from) && bytes_or_runes(tys, to))
                || slice_to_array(tys, from, to)
                || (bytes_or_runes(tys, from) && tys.is_string(to))
                || {
                    // Unnamed pointer types whose base types have identical
                    // underlying types (`(*myBool)(&b)`).
                    let base = |t| match tys.kind(t) {
                        TypeKind::Pointer(b) => Some(*b),
                        _ => None,
                    };
                    match (base(from), base(to)) {
                        (Some(a), Some(b)) => tys.identical(tys.underlying(a), tys.underlying(b)),
                        _ => false,
                    }
                }
        };
        if !ok {
            let d = self.describe(&op, x);
            let tn = self.info.tys.name(to);
            self.error(x.span, format!("cannot convert {} to type {}", d, tn));
            return self.invalid();
        }
        if self.info.tys.is_untyped(op.typ) {
            // The operand takes its default type (or the target type when
            // representable, as for `float64(1<<s)`).
            let nil = self.info.tys.basic_of(op.typ) == Some(Basic::UntypedNil);
            let tgt = if (self.info.tys.is_numeric(to)
                && self.info.tys.is_numeric(op.typ)
                && op.mode != Mode::Const)
                || nil
            {
                to
            } else {
                self.info.tys.default_type(op.typ)
            };
            let _ = self.implicit_convert(&mut op, x, tgt);
        }
        Operand {
            mode: Mode::Value,
            typ: to,
            val: None,
        }
    }

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: bool) -> Operand {
        let name = format!("{:?}", b).to_lowercase();
        if ellipsis && b != Builtin::Append {
            self.error(
                e.span,
                format!(
                    "invalid operation: invalid use of ... with built-in {}",
                    name
                ),
            );
            self.eval_all(args);
            return self.invalid();
        }
        let novalue = Operand {
            mode: Mode::NoValue,
            typ: self.info.tys.intern(TypeKind::Tuple(vec![])),
            val: None,
        };
        match b {
            Builtin::Recover => {
                if let Some(f) = self.func_syms.last() {
                    self.info.recovers.insert(f.clone());
                }
                if !args.is_empty() {
                    self.eval_all(args);
                    self.arg_count(e, &name, args.len(), 0);
                    return self.invalid();
                }
                let any = self
                    .info
                    .tys
                    .lookup(&TypeKind::Interface(Vec::new()))
                    .unwrap();
                Operand {
                    mode: Mode::Value,
                    typ: any,
                    val: None,
                }
            }
            Builtin::Print | Builtin::Println => {
                for (k, a) in args.iter().enumerate() {
                    let op = self.raw_expr(a);
                    // A multi-value call may be the only argument.
                    if let TypeKind::Tuple(ts) = self.info.tys.kind(op.typ) {
                        if k == 0 && args.len() == 1 && ts.len() > 1 {
                            return novalue;
                        }
                    }
                    let mut op = self.single_value(op, a);
                    if op.mode == Mode::Invalid {
                        continue;
                    }
                    if self.info.tys.basic_of(op.typ) == Some(Basic::UntypedNil) {
                        let msg = format!("use of untyped nil in argument to built-in {}", name);
                        self.error(a.span, msg);
                        continue;
                    }
                    self.default_and_record(&mut op, a, &format!("argument to built-in {}", name));
                }
                novalue
            }
            Builtin::Panic => {
                if args.len() != 1 {
                    self.eval_all(args);
                    self.arg_count(e, &name, args.len(), 1);
                    return novalue;
                }
                let mut op = self.expr(&args[0]);
                if op.mode != Mode::Invalid {
                    self.default_and_record(&mut op, &args[0], "argument to panic");
                }
                novalue
            }
            Builtin::Len | Builtin::Cap => {
                if args.len() != 1 {
                    self.eval_all(args);
                    self.arg_count(e, &name, args.len(), 1);
                    return self.invalid();
                }
                let op = self.expr(&args[0]);
                if op.mode == Mode::Invalid {
                    return op;
                }
                let int = Operand {
                    mode: Mode::Value,
                    typ: self.info.tys.basic(Basic::Int),
                    val: None,
                };
                if self.info.tys.slice_elem(op.typ).is_some() {
                    return int;
                }
                if b == Builtin::Len && self.info.tys.map_of(op.typ).is_some() {
                    return int;
                }
                if self.info.tys.chan_of(op.typ).is_some() {
                    return int;
                }
                let arr = self.info.tys.array_of(op.typ).or_else(|| {
                    let p = self.info.tys.pointer_elem(op.typ)?;
                    self.info.tys.array_of(p)
                });
                if let Some((n, _)) = arr {
                    // Constant unless the operand has calls or receives.
                    if !has_call_or_recv(&args[0]) {
                        return self.constant(Basic::Int, Const::int(n as i64));
                    }
                    return int;
                }
                // Strings have a length but no capacity.
                if b == Builtin::Cap || !self.info.tys.is_string(op.typ) {
                    let d = self.describe(&op, &args[0]);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {} for built-in {}", d, name),
                    );
                    return self.invalid();
                }
                if let (Mode::Const, Some(Const::String(s))) = (&op.mode, &op.val) {
                    return self.constant(Basic::Int, Const::int(s.len() as i64));
                }
                if self.info.tys.is_untyped(op.typ) {
                    let st = self.info.tys.basic(Basic::String);
                    self.update_untyped(&args[0], st);
                }
                int
            }
            Builtin::New => {
                if args.len() != 1 {
                    self.eval_all(args);
                    self.arg_count(e, &name, args.len(), 1);
                    return self.invalid();
                }
                let t = self.type_expr(&args[0]);
                if self.info.tys.is_invalid(t) {
                    return self.invalid();
                }
                Operand {
                    mode: Mode::Value,
                    typ: self.info.tys.intern(TypeKind::Pointer(t)),
                    val: None,
                }
            }
            Builtin::Append => self.append_builtin(e, args, ellipsis),
            Builtin::Make => self.make_builtin(e, args),
            Builtin::Copy => {
                if args.len() != 2 {
                    self.eval_all(args);
                    self.arg_count(e, &name, args.len(), 2);
                    return self.invalid();
                }
                let (d, s) = (self.expr(&args[0]), self.expr(&args[1]));
                if d.mode == Mode::Invalid || s.mode == Mode::Invalid {
                    return self.invalid();
                }
                let de = self.info.tys.slice_elem(d.typ);
                let ok = match de {
                    Some(de) => match self.info.tys.slice_elem(s.typ) {
                        Some(se) => self.info.tys.identical(de, se),
                        None => {
                            self.info.tys.is_string(s.typ)
                                && self.info.tys.basic_of(de) == Some(Basic::Uint8)
                        }
                    },
                    None => false,
                };
                if !ok {
                    let (dd, sd) = (self.describe(&d, &args[0]), self.describe(&s, &args[1]));
                    self.error(
                        e.span,
                        format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            dd, sd
                        ),
                    );
                    return self.invalid();
                }
                if self.info.tys.is_untyped(s.typ) {
                    let st = self.info.tys.basic(Basic::String);
                    self.update_untyped(&args[1], st);
                }
                Operand {
                    mode: Mode::Value,
                    typ: self.info.tys.basic(Basic::Int),
                    val: None,
                }
            }
            Builtin::Close => {
                if args.len() != 1 {
                    self.eval_all(args);
                    self.arg_count(e, &name, args.len(), 1);
                    return novalue;
                }
                let op = self.expr(&args[0]);
                if op.mode == Mode::Invalid {
                    return novalue;
                }
                match self.info.tys.chan_of(op.typ) {
                    Some((dir, _)) if dir & 2 == 0 => {
                        let d = self.describe(&op, &args[0]);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close receive-only channel {}", d),
                        );
                    }
                    Some(_) => {}
                    None => {
                        let d = self.describe(&op, &args[0]);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close non-channel {}", d),
                        );
                    }
                }
                novalue
            }
            Builtin::Clear => {
                if args.len() != 1 {
                    self.eval_all(args);
                    self.arg_count(e, &name, args.len(), 1);
                    return novalue;
                }
                let op = self.expr(&args[0]);
                if op.mode != Mode::Invalid
                    && self.info.tys.slice_elem(op.typ).is_none()
                    && self.info.tys.map_of(op.typ).is_none()
                {
                    let d = self.describe(&op, &args[0]);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {} must be a map or slice", d),
                    );
                }
                novalue
            }
            Builtin::Delete => {
                if args.len() != 2 {
                    self.eval_all(args);
                    self.arg_count(e, &name, args.len(), 2);
                    return novalue;
                }
                let op = self.expr(&args[0]);
                if op.mode == Mode::Invalid {
                    self.eval_all(&args[1..]);
                    return novalue;
                }
                let Some((kt, _)) = self.info.tys.map_of(op.typ) else {
                    let d = self.describe(&op, &args[0]);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {} is not a map", d),
                    );
                    self.eval_all(&args[1..]);
                    return novalue;
                };
                let mut k = self.expr(&args[1]);
                if k.mode != Mode::Invalid {
                    self.assign_to(&mut k, &args[1], kt, "argument to delete");
                }
                novalue
            }
            Builtin::Min | Builtin::Max => {
                if args.is_empty() {
                    self.error(
                        e.span,
                        format!("not enough arguments for {}() (expected 1, found 0)", name),
                    );
                    return self.invalid();
                }
                let mut acc = self.expr(&args[0]);
                let mut ops = vec![acc.clone()];
                for a in &args[1..] {
                    let mut o = self.expr(a);
                    if acc.mode == Mode::Invalid || o.mode == Mode::Invalid {
                        return self.invalid();
                    }
                    let tys = &self.info.tys;
                    let (ua, uo) = (tys.is_untyped(acc.typ), tys.is_untyped(o.typ));
                    let incompatible = if !ua && !uo {
                        !tys.identical(acc.typ, o.typ)
                    } else if ua && uo {
                        acc.typ != o.typ && !(tys.is_numeric(acc.typ) && tys.is_numeric(o.typ))
                    } else {
                        false
                    };
                    if incompatible {
                        let (pn, on) = (tys.name(acc.typ), tys.name(o.typ));
                        let t = self.text(a.span);
                        self.error(
                            a.span,
                            format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", pn, on, t),
                        );
                        return self.invalid();
                    }
                    if !self.match_types(e, BinOp::Lss, &args[0], a, &mut acc, &mut o) {
                        return self.invalid();
                    }
                    ops.push(o.clone());
                    if acc.mode == Mode::Const && o.mode == Mode::Const {
                        let less = fold_compare(
                            BinOp::Lss,
                            o.val.as_ref().unwrap(),
                            acc.val.as_ref().unwrap(),
                        )
                        .unwrap_or(false);
                        let pick_o = if b == Builtin::Min {
                            less
                        } else {
                            fold_compare(
                                BinOp::Gtr,
                                o.val.as_ref().unwrap(),
                                acc.val.as_ref().unwrap(),
                            )
                            .unwrap_or(false)
                        };
                        let t = acc.typ;
                        if pick_o {
                            acc = o;
                        }
                        acc.typ = t;
                    } else {
                        acc.mode = Mode::Value;
                        acc.val = None;
                    }
                }
                if acc.mode == Mode::Invalid {
                    return acc;
                }
                let t = acc.typ;
                let tys = &self.info.tys;
                if !(tys.is_integer(t) || tys.is_float(t) || tys.is_string(t)) {
                    let d = self.describe(&ops[0], &args[0]);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {} cannot be ordered", d),
                    );
                    return self.invalid();
                }
                if acc.mode != Mode::Const {
                    // Every operand takes the common type.
                    let ft = if self.info.tys.is_untyped(t) {
                        self.info.tys.default_type(t)
                    } else {
                        t
                    };
                    for (a, mut o) in args.iter().zip(ops) {
                        let _ = self.implicit_convert(&mut o, a, ft);
                    }
                    return Operand {
                        mode: Mode::Value,
                        typ: ft,
                        val: None,
                    };
                }
                acc
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
                let want = if b == Builtin::Complex { 2 } else { 1 };
                if ops.len() != want {
                    self.arg_count(e, &name, ops.len(), want);
                    return self.invalid();
                }
                if ops.iter().any(|o| o.mode == Mode::Invalid) {
                    return self.invalid();
                }
                if b != Builtin::Complex {
                    let x = &ops[0];
                    let numeric_const = x.mode == Mode::Const
                        && self.info.tys.is_numeric(x.typ)
                        && self.info.tys.is_untyped(x.typ);
                    if !numeric_const && !self.info.tys.is_complex(x.typ) {
                        let tn = self.info.tys.name(x.typ);
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: argument has type {}, expected complex type",
                                tn
                            ),
                        );
                        return self.invalid();
                    }
                    if x.mode == Mode::Const {
                        let (r, i) = x
                            .val
                            .as_ref()
                            .and_then(|v| v.to_complex())
                            .unwrap_or_default();
                        let v = if b == Builtin::Real { r } else { i };
                        let t = match self.info.tys.basic_of(x.typ) {
                            Some(Basic::Complex64) => Basic::Float32,
                            Some(Basic::Complex128) => Basic::Float64,
                            _ => Basic::UntypedFloat,
                        };
                        return self.constant(t, Const::Float(v));
                    }
                    return self.complex_builtin_value(e, b, args, &mut ops, &name);
                }
                let tys = &self.info.tys;
                let (ua, ub) = (tys.is_untyped(ops[0].typ), tys.is_untyped(ops[1].typ));
                if ua
                    && ub
                    && ops[0].typ != ops[1].typ
                    && !(tys.is_numeric(ops[0].typ) && tys.is_numeric(ops[1].typ))
                {
                    // complex() takes untyped numbers as untyped floats.
                    let shown = |t: TypeId| {
                        if tys.is_integer(t) {
                            tys.name(tys.basic(Basic::UntypedFloat))
                        } else {
                            tys.name(t)
                        }
                    };
                    let (an, bn) = (shown(ops[0].typ), shown(ops[1].typ));
                    let t = self.text(e.span);
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {} (mismatched types {} and {})",
                            t, an, bn
                        ),
                    );
                    return self.invalid();
                }
                if ua != ub {
                    // The untyped part takes the other part's type.
                    let (u, t) = if ua { (0, ops[1].typ) } else { (1, ops[0].typ) };
                    let mut o = ops[u].clone();
                    if !self.convert_or_report(&mut o, &args[u], t) {
                        return self.invalid();
                    }
                    ops[u] = o;
                }
                if ops.iter().all(|o| o.mode == Mode::Const) && ua && ub {
                    let (Some(r), Some(i)) = (
                        ops[0].val.as_ref().and_then(|v| v.to_rat()),
                        ops[1].val.as_ref().and_then(|v| v.to_rat()),
                    ) else {
                        let tn = self.info.tys.name(ops[0].typ);
                        let t = self.text(e.span);
                        self.error(e.span, format!("invalid operation: {} (arguments have type {}, expected floating-point)", t, tn));
                        return self.invalid();
                    };
                    return self.constant(Basic::UntypedComplex, Const::Complex(r, i));
                }
                self.complex_builtin_value(e, b, args, &mut ops, &name)
            }
        }
    }

    /// `complex`, `real` and `imag` of non-constant operands.
    fn complex_builtin_value(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ops: &mut [Operand],
        name: &str,
    ) -> Operand {
        let want = if b == Builtin::Complex { 2 } else { 1 };
        if ops.len() != want {
            self.arg_count(e, name, ops.len(), want);
            return self.invalid();
        }
        if b == Builtin::Complex {
            // Both parts take one float type; an untyped part follows the other.
            let (x, y) = ops.split_at_mut(1);
            let (a, c) = (&mut x[0], &mut y[0]);
            if !self.match_types(e, BinOp::Add, &args[0], &args[1], a, c) {
                return self.invalid();
            }
            let mut t = a.typ;
            if self.info.tys.is_untyped(t) {
                t = self.info.tys.basic(Basic::Float64);
                let _ = self.implicit_convert(a, &args[0], t);
                let _ = self.implicit_convert(c, &args[1], t);
            }
            let r = match self.info.tys.basic_of(t) {
                Some(Basic::Float32) => Basic::Complex64,
                Some(Basic::Float64) => Basic::Complex128,
                _ => {
                    let d = self.describe(a, &args[0]);
                    self.error(e.span, format!("invalid operation: complex({}, ...) (arguments have type {}, expected floating-point)", d, self.info.tys.name(t)));
                    return self.invalid();
                }
            };
            return Operand {
                mode: Mode::Value,
                typ: self.info.tys.basic(r),
                val: None,
            };
        }
        let t = ops[0].typ;
        let r = match self.info.tys.basic_of(t) {
            Some(Basic::Complex64) => Basic::Float32,
            Some(Basic::Complex128) => Basic::Float64,
            _ => {
                let d = self.describe(&ops[0], &args[0]);
                self.error(
                    args[0].span,
                    format!("invalid argument: {} must be of complex type", d),
                );
                return self.invalid();
            }
        };
        Operand {
            mode: Mode::Value,
            typ: self.info.tys.basic(r),
            val: None,
        }
    }

    /// `append(s, x...)`: the result has the slice's type.
    fn append_builtin(&mut self, e: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
        if args.is_empty() {
            self.error(
                e.span,
                "not enough arguments for append() (expected 1, found 0)",
            );
            return self.invalid();
        }
        let s = self.expr(&args[0]);
        if s.mode == Mode::Invalid {
            self.eval_all(&args[1..]);
            return self.invalid();
        }
        if self.info.tys.basic_of(s.typ) == Some(Basic::UntypedNil) {
            self.error(
                args[0].span,
                "first argument to append must be a typed slice; found untyped nil",
            );
            self.eval_all(&args[1..]);
            return self.invalid();
        }
        let Some(elem) = self.info.tys.slice_elem(s.typ) else {
            let d = self.describe(&s, &args[0]);
            self.error(
                args[0].span,
                format!("invalid argument: {} is not a slice", d),
            );
            self.eval_all(&args[1..]);
            return self.invalid();
        };
        let result = Operand {
            mode: Mode::Value,
            typ: s.typ,
            val: None,
        };
        if ellipsis {
            if args.len() != 2 {
                self.eval_all(&args[1..]);
                self.error(e.span, "can only use ... with final argument in list");
                return self.invalid();
            }
            let mut t = self.expr(&args[1]);
            if t.mode == Mode::Invalid {
                return self.invalid();
            }
            // append([]byte, string...) is allowed.
            if self.info.tys.basic_of(elem) == Some(Basic::Uint8) && self.info.tys.is_string(t.typ)
            {
                let st = self.info.tys.basic(Basic::String);
                let _ = self.implicit_convert(&mut t, &args[1], st);
                return result;
            }
            let slice_t = self.info.tys.intern(TypeKind::Slice(elem));
            self.assign_to(&mut t, &args[1], slice_t, "argument to append");
            return result;
        }
        for a in &args[1..] {
            let mut op = self.expr(a);
            if op.mode != Mode::Invalid {
                self.assign_to(&mut op, a, elem, "argument to append");
            }
        }
        result
    }

    /// `make([]T, len[, cap])`.
    fn make_builtin(&mut self, e: &Expr, args: &[Expr]) -> Operand {
        if args.is_empty() {
            self.error(
                e.span,
                "not enough arguments for make() (expected 1, found 0)",
            );
            return self.invalid();
        }
        let t = self.type_expr(&args[0]);
        if self.info.tys.is_invalid(t) {
            self.eval_all(&args[1..]);
            return self.invalid();
        }
        if self.info.tys.map_of(t).is_some() {
            if args.len() > 2 {
                self.eval_all(&args[1..]);
                let text = self.text(e.span);
                self.error(
                    e.span,
                    format!(
                        "invalid operation: too many arguments for {} (expected 1 or 2, found {})",
                        text,
                        args.len()
                    ),
                );
                return self.invalid();
            }
            if let Some(a) = args.get(1) {
                let mut op = self.expr(a);
                if op.mode != Mode::Invalid {
                    let int = self.info.tys.basic(Basic::Int);
                    if self.info.tys.is_untyped(op.typ) {
                        let _ = self.implicit_convert(&mut op, a, int);
                    } else if !self.info.tys.is_integer(op.typ) {
                        let d = self.describe(&op, a);
                        self.error(a.span, format!("cannot convert {} to type int", d));
                    }
                }
            }
            return Operand {
                mode: Mode::Value,
                typ: t,
                val: None,
            };
        }
        let is_chan = self.info.tys.chan_of(t).is_some();
        if self.info.tys.slice_elem(t).is_none() && !is_chan {
            let tn = self.info.tys.name(t);
            self.error(
                args[0].span,
                format!(
                    "invalid argument: cannot make {}; type must be slice, map, or channel",
                    tn
                ),
            );
            self.eval_all(&args[1..]);
            return self.invalid();
        }
        if is_chan && args.len() > 2 {
            self.eval_all(&args[1..]);
            let text = self.text(e.span);
            self.error(
                e.span,
                format!(
                    "invalid operation: too many arguments for {} (expected 1 or 2, found {})",
                    text,
                    args.len()
                ),
            );
            return self.invalid();
        }
        if (args.len() < 2 && !is_chan) || args.len() > 3 {
            self.eval_all(&args[1..]);
            let t = self.text(e.span);
            let msg = if args.len() < 2 {
                "not enough"
            } else {
                "too many"
            };
            self.error(
                e.span,
                format!(
                    "invalid operation: {} arguments for {} (expected 2 or 3, found {})",
                    msg,
                    t,
                    args.len()
                ),
            );
            return self.invalid();
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            let mut op = self.expr(a);
            if op.mode == Mode::Invalid {
                return self.invalid();
            }
            let d = self.describe(&op, a);
            if self.info.tys.is_untyped(op.typ) {
                let int = self.info.tys.basic(Basic::Int);
                if self.implicit_convert(&mut op, a, int).is_err() {
                    self.error(a.span, format!("cannot convert {} to type int", d));
                    return self.invalid();
                }
            } else if !self.info.tys.is_integer(op.typ) {
                self.error(a.span, format!("cannot convert {} to type int", d));
                return self.invalid();
            }
            if op.mode == Mode::Const {
                let v = op.val.as_ref().and_then(|v| v.to_int()).unwrap_or_default();
                if v.is_negative() {
                    self.error(
                        a.span,
                        format!("invalid argument: index {} must not be negative", d),
                    );
                    return self.invalid();
                }
                sizes.push(Some(v));
            } else {
                sizes.push(None);
            }
        }
        if let [Some(l), Some(c)] = sizes.as_slice() {
            if l > c {
                self.error(e.span, "invalid argument: length and capacity swapped");
                return self.invalid();
            }
        }
        Operand {
            mode: Mode::Value,
            typ: t,
            val: None,
        }
    }

    /// `T{...}` for a slice type `T` (other literal types come later).
    fn composite_lit(&mut self, e: &Expr, t: TypeId, elts: &[Expr]) -> Operand {
        // `{...}` for an element of type `*T` means `&T{...}`.
        if let (ExprKind::CompositeLit { typ: None, .. }, Some(base)) =
            (&*e.kind, self.info.tys.pointer_elem(t))
        {
            let op = self.composite_lit(e, base, elts);
            if op.mode == Mode::Invalid {
                return op;
            }
            self.info.elided_addr.insert(e.id);
            return Operand {
                mode: Mode::Value,
                typ: t,
                val: None,
            };
        }
        if self.info.tys.is_invalid(t) {
            for el in elts {
                let v = match &*el.kind {
                    ExprKind::KeyValue(_, v) => v,
                    _ => el,
                };
                if !matches!(&*v.kind, ExprKind::CompositeLit { typ: None, .. }) {
                    self.raw_expr(v);
                }
            }
            return self.invalid();
        }
        if self.info.tys.struct_fields(t).is_some() {
            return self.struct_lit(e, t, elts);
        }
        if let Some((kt, vt)) = self.info.tys.map_of(t) {
            for el in elts {
                match &*el.kind {
                    ExprKind::KeyValue(k, v) => {
                        self.elem_value(k, kt, "map literal");
                        self.elem_value(v, vt, "map literal");
                    }
                    _ => {
                        self.error(el.span, "missing key in map literal");
                        self.raw_expr(el);
                    }
                }
            }
            // gc rejects duplicate constant keys.
            let mut seen: Vec<(Const, crate::syntax::source::Span)> = Vec::new();
            for el in elts {
                if let ExprKind::KeyValue(k, _) = &*el.kind {
                    if let Some(c) = self.info.consts.get(&k.id).cloned() {
                        if seen.iter().any(|(p, _)| *p == c) {
                            let text = match &c {
                                Const::String(_) => self.text(k.span),
                                _ => c.describe(),
                            };
                            self.error(k.span, format!("duplicate key {} in map literal", text));
                        } else {
                            seen.push((c, k.span));
                        }
                    }
                }
            }
            return Operand {
                mode: Mode::Value,
                typ: t,
                val: None,
            };
        }
        if let Some((n, et)) = self.info.tys.array_of(t) {
            let mut op = self.array_lit(Some(n), et, elts);
            op.typ = t;
            return op;
        }
        let Some(elem) = self.info.tys.slice_elem(t) else {
            let tn = self.info.tys.name(t);
            self.error(
                e.span,
                format!("not supported yet: composite literals of type {}", tn),
            );
            return self.invalid();
        };
        let mut next: i64 = 0;
        let mut seen = std::collections::HashSet::new();
        for el in elts {
            let v = match &*el.kind {
                ExprKind::KeyValue(k, v) => {
                    let ko = self.expr(k);
                    match ko
                        .val
                        .as_ref()
                        .and_then(|c| c.to_int())
                        .and_then(|i| i.to_i64())
                    {
                        Some(i) if ko.mode == Mode::Const && i >= 0 => {
                            if self.info.tys.is_untyped(ko.typ) {
                                let int = self.info.tys.basic(Basic::Int);
                                let mut ko = ko.clone();
                                let _ = self.implicit_convert(&mut ko, k, int);
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
            if !seen.insert(next) {
                self.error(
                    el.span,
                    format!("duplicate index {} in array or slice literal", next),
                );
            }
            next += 1;
            if let ExprKind::CompositeLit { typ: None, .. } = &*v.kind {
                self.elided = Some(elem);
                let op = self.raw_expr(v);
                let _ = op;
                continue;
            }
            let mut op = self.expr(v);
            if op.mode != Mode::Invalid {
                self.assign_to(&mut op, v, elem, "slice literal");
            }
        }
        Operand {
            mode: Mode::Value,
            typ: t,
            val: None,
        }
    }

    /// Checks expressions only to record their uses (after an error).
    fn eval_all(&mut self, args: &[Expr]) {
        for a in args {
            self.raw_expr(a);
        }
    }

    fn arg_count(&mut self, e: &Expr, name: &str, have: usize, want: usize) {
        let msg = if have < want {
            "not enough"
        } else {
            "too many"
        };
        self.error(
            e.span,
            format!(
                "invalid operation: {} arguments for {}({}) (expected {}, found {})",
                msg,
                name,
                self.text(e.span)
                    .split_once('(')
                    .map(|x| x.1.trim_end_matches(')'))
                    .unwrap_or(""),
                want,
                have
            ),
        );
    }
}

/// Whether `t` is a slice of bytes or of runes (string conversions).
/// Whether an expression contains a function call or a channel receive
/// (which make `len` of an array non-constant).
/// Whether `e` contains a call or a receive (then `len(e)` of an array is
/// not constant and a `range` over it evaluates it).
pub(crate) fn has_call_or_recv(e: &Expr) -> bool {
    match &*e.kind {
        ExprKind::Call { .. } | ExprKind::Unary(UnOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => has_call_or_recv(x),
        ExprKind::Selector(x, _) => has_call_or_recv(x),
        ExprKind::Index(x, i) => has_call_or_recv(x) || i.iter().any(has_call_or_recv),
        ExprKind::Binary(_, x, y) => has_call_or_recv(x) || has_call_or_recv(y),
        ExprKind::CompositeLit { elts, .. } => elts.iter().any(has_call_or_recv),
        ExprKind::KeyValue(k, v) => has_call_or_recv(k) || has_call_or_recv(v),
        _ => false,
    }
}

/// Go 1.17/1.20 conversions: `[]T` to `*[N]T` or `[N]T`.
fn slice_to_array(tys: &crate::types::ty::TypeTable, from: TypeId, to: TypeId) -> bool {
    let Some(e) = tys.slice_elem(from) else {
        return false;
    };
    let arr = tys
        .array_of(to)
        .or_else(|| tys.array_of(tys.pointer_elem(to)?));
    arr.is_some_and(|(_, ae)| tys.identical(ae, e))
}

fn bytes_or_runes(tys: &crate::types::ty::TypeTable, t: TypeId) -> bool {
    tys.slice_elem(t)
        .and_then(|e| tys.basic_of(e))
        .is_some_and(|b| matches!(b, Basic::Uint8 | Basic::Int32))
}

/// A constant operand's value as messages print it.
fn v_desc(op: &Operand) -> String {
    op.val.as_ref().map(|v| v.describe()).unwrap_or_default()
}

/// Folds a binary operation on two constants of matching kinds.
fn fold_binary(op: BinOp, a: Const, b: Const, int_div: bool) -> Option<Const> {
    use BinOp::*;
    Some(match (a, b) {
        (Const::Bool(x), Const::Bool(y)) => Const::Bool(match op {
            LAnd => x && y,
            LOr => x || y,
            _ => return None,
        }),
        (Const::String(mut x), Const::String(y)) if op == Add => {
            x.extend_from_slice(&y);
            Const::String(x)
        }
        (Const::Int(x), Const::Int(y)) => match op {
            Add => Const::Int(x + y),
            Sub => Const::Int(x - y),
            Mul => Const::Int(x * y),
            Quo if int_div => Const::Int(x / y),
            Quo => Const::Float(BigRational::new(x, y)),
            Rem => Const::Int(x % y),
            And => Const::Int(x & y),
            Or => Const::Int(x | y),
            Xor => Const::Int(x ^ y),
            AndNot => Const::Int(x & !y),
            _ => return None,
        },
        (a, b) => {
            if let (Const::Complex(..), _) | (_, Const::Complex(..)) = (&a, &b) {
                let (ar, ai) = a.to_complex()?;
                let (br, bi) = b.to_complex()?;
                return Some(match op {
                    Add => Const::Complex(ar + br, ai + bi),
                    Sub => Const::Complex(ar - br, ai - bi),
                    Mul => Const::Complex(&ar * &br - &ai * &bi, &ar * &bi + &ai * &br),
                    Quo => {
                        let d = &br * &br + &bi * &bi;
                        if d.is_zero() {
                            return None;
                        }
                        Const::Complex((&ar * &br + &ai * &bi) / &d, (&ai * &br - &ar * &bi) / &d)
                    }
                    _ => return None,
                });
            }
            let (x, y) = (a.to_rat()?, b.to_rat()?);
            if int_div && op == Quo {
                return Some(Const::Int((x / y).to_integer()));
            }
            Const::Float(match op {
                Add => x + y,
                Sub => x - y,
                Mul => x * y,
                Quo => {
                    if y.is_zero() {
                        return None;
                    }
                    x / y
                }
                _ => return None,
            })
        }
    })
}

/// Folds a comparison of two constants.
pub(crate) fn fold_compare(op: BinOp, a: &Const, b: &Const) -> Option<bool> {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (a, b) {
        (Const::Bool(x), Const::Bool(y)) => {
            return match op {
                BinOp::Eql => Some(x == y),
                BinOp::Neq => Some(x != y),
                _ => None,
            }
        }
        (Const::String(x), Const::String(y)) => Some(x.cmp(y)),
        (Const::Complex(..), _) | (_, Const::Complex(..)) => {
            let eq = a.to_complex()? == b.to_complex()?;
            return match op {
                BinOp::Eql => Some(eq),
                BinOp::Neq => Some(!eq),
                _ => None,
            };
        }
        _ => Some(a.to_rat()?.cmp(&b.to_rat()?)),
    };
    let o = ord?;
    Some(match op {
        BinOp::Eql => o == Ordering::Equal,
        BinOp::Neq => o != Ordering::Equal,
        BinOp::Lss => o == Ordering::Less,
        BinOp::Leq => o != Ordering::Greater,
        BinOp::Gtr => o == Ordering::Greater,
        BinOp::Geq => o != Ordering::Less,
        _ => return None,
    })
}

fn parse_int_radix(digits: &str, radix: u32) -> Option<BigInt> {
    if digits.is_empty() {
        return Some(BigInt::zero());
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// The value of an integer literal (all of Go's forms).
pub(crate) fn parse_int(raw: &str) -> Option<BigInt> {
    let s = raw.replace('_', "");
    let lower = s.to_ascii_lowercase();
    if let Some(h) = lower.strip_prefix("0x") {
        parse_int_radix(h, 16)
    } else if let Some(b) = lower.strip_prefix("0b") {
        parse_int_radix(b, 2)
    } else if let Some(o) = lower.strip_prefix("0o") {
        parse_int_radix(o, 8)
    } else if lower.len() > 1 && lower.starts_with('0') {
        parse_int_radix(&lower[1..], 8)
    } else {
        parse_int_radix(&lower, 10)
    }
}

/// The exact value of a floating-point literal (decimal or hexadecimal).
pub(crate) fn parse_float(raw: &str) -> Option<BigRational> {
    let s = raw.replace('_', "").to_ascii_lowercase();
    let (radix, body) = match s.strip_prefix("0x") {
        Some(h) => (16u32, h.to_string()),
        None => (10, s.clone()),
    };
    let (mant, exp) = if radix == 16 {
        match body.split_once('p') {
            Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?),
            None => (body.clone(), 0),
        }
    } else {
        match body.split_once('e') {
            Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?),
            None => (body.clone(), 0),
        }
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((&mant, ""));
    let digits = format!("{}{}", ip, fp);
    let m = parse_int_radix(&digits, radix)?;
    // Exact rationals: keep the numbers to about a million bits.
    if exp.abs() > 300_000 {
        return None;
    }
    let base = BigInt::from(radix);
    let mut r = BigRational::new(m, num_traits::pow(base, fp.len()));
    if radix == 16 {
        let two = BigInt::from(2);
        if exp >= 0 {
            r *= BigRational::from_integer(num_traits::pow(two, exp as usize));
        } else {
            r /= BigRational::from_integer(num_traits::pow(two, (-exp) as usize));
        }
    } else {
        let ten = BigInt::from(10);
        if exp >= 0 {
            r *= BigRational::from_integer(num_traits::pow(ten, exp as usize));
        } else {
            r /= BigRational::from_integer(num_traits::pow(ten, (-exp) as usize));
        }
    }
    Some(r)
}

#[allow(dead_code)]
fn rat_of(f: f64) -> BigRational {
    f64_to_rat(f).unwrap_or_default()
}
