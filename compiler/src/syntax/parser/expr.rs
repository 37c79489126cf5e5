//! Expressions.
//!
//! Precedence climbing is done with one `foldl` per binary precedence level
//! and a `foldr` for unary prefixes, so long operator chains do not recurse.
//! The postfix chain of a primary expression is an [`imperative`] loop so
//! that the composite-literal decision can look at the expression parsed so
//! far (see the module documentation of the parser).

use super::super::ast::{BinOp, ChanDir, LitKind, UnOp};
use super::*;

/// The expression parsers built from one set of pieces.
pub(super) struct Exprs<'a> {
    /// Expression with composite literals allowed everywhere.
    pub full: P<'a, Expr>,
    /// Expression for statement headers: `T{` is not a composite literal
    /// at the top level.
    pub nc: P<'a, Expr>,
    /// Primary expression (composite literals allowed).
    pub primary: P<'a, Expr>,
}

/// A postfix operation on a primary expression, with the span of its last
/// token.
enum Suffix {
    Sel(Ident),
    Assert(Option<Expr>),
    Index(Vec<Expr>),
    Slice {
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
        three: bool,
    },
    Call {
        args: Vec<Expr>,
        ellipsis: bool,
    },
}

/// A prefix operator.
#[derive(Clone, Copy)]
enum Pre {
    Un(UnOp),
    Star,
}

impl<'a> Exprs<'a> {
    /// Builds the expression parsers; `expr` is the (recursive) full
    /// expression parser used inside brackets, `typ` the type parser.
    pub(super) fn new(
        c: &'a Ctx<'a>,
        expr: P<'a, Expr>,
        typ: P<'a, Expr>,
        block: P<'a, Block>,
    ) -> Exprs<'a> {
        let typ_req: P<'a, Expr> = typ.clone().or(fail("expected type")).boxed();
        let sigs = types::Sigs::new(c, typ.clone(), expr.clone());

        // Operands.
        let name = ident(c).map(move |id| c.ident_expr(id));
        let lit = select_ref! {
            Tok::Int(s) = e => (LitKind::Int, s.clone(), e.span()),
            Tok::Float(s) = e => (LitKind::Float, s.clone(), e.span()),
            Tok::Imag(s) = e => (LitKind::Imag, s.clone(), e.span()),
            Tok::Char(s) = e => (LitKind::Char, s.clone(), e.span()),
            Tok::Str(s) = e => (LitKind::String, s.clone(), e.span()),
        }
        .map(move |(k, s, sp)| c.expr(ExprKind::BasicLit(k, s), c.span(sp)));
        let paren = tk(c, Tok::LParen)
            .then(expr.clone())
            .then(want(c, Tok::RParen))
            .map(move |((l, x), r)| c.expr(ExprKind::Paren(x), l.to(r)));
        let func = tk(c, Tok::Func)
            .then(choice((
                ahead(|t| *t == Tok::LBrack)
                    .ignore_then(fail("function type must have no type parameters")),
                sigs.sig.clone(),
            )))
            .then(choice((
                block.map(Some),
                ahead(|t| *t != Tok::LBrace).map(|_| None),
            )))
            .map(move |((f, mut sig), body)| {
                sig.span = f.to(sig.span);
                match body {
                    Some(b) => {
                        let span = f.to(b.rbrace);
                        c.expr(ExprKind::FuncLit(sig, b), span)
                    }
                    None => {
                        let span = sig.span;
                        c.expr(ExprKind::FuncType(sig), span)
                    }
                }
            });
        let type_lit = ahead(|t| {
            matches!(
                t,
                Tok::LBrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface
            )
        })
        .ignore_then(typ.clone());
        let operand = choice((
            name.boxed(),
            lit.boxed(),
            paren.boxed(),
            func.boxed(),
            type_lit.boxed(),
            fail("expected expression"),
        ))
        .boxed();

        // Suffixes.
        let sel = tk(c, Tok::Period)
            .ignore_then(choice((
                ident(c).map(|id| {
                    let span = id.span;
                    (Suffix::Sel(id), span)
                }),
                tk(c, Tok::LParen)
                    .ignore_then(choice((
                        tk(c, Tok::Type).map(|_| None),
                        typ_req.clone().map(Some),
                    )))
                    .then(want(c, Tok::RParen))
                    .map(|(t, r)| (Suffix::Assert(t), r)),
                fail("expected name or ("),
            )))
            .boxed();

        let slice_tail = choice((
            ahead(|t| matches!(t, Tok::Colon | Tok::RBrack)).map(|_| None),
            expr.clone().map(Some),
        ))
        .then(
            tk(c, Tok::Colon)
                .then(choice((
                    ahead(|t| *t == Tok::RBrack).ignore_then(custom(|inp: &mut Inp<'a, '_>| {
                        Err(PErr::plain(
                            idx(inp),
                            "final index required in 3-index slice",
                        ))
                    })),
                    expr.clone(),
                )))
                .or_not(),
        )
        .then(want(c, Tok::RBrack))
        .try_map_with(move |((hi, max), r), e| {
            if let (None, Some((colon, _))) = (&hi, &max) {
                return Err(
                    PErr::plain(e.span().end, "middle index required in 3-index slice")
                        .at(colon.lo),
                );
            }
            Ok((hi, max.map(|(_, m)| m), r))
        })
        .boxed();
        let rest_types = typ
            .clone()
            .then(
                tk(c, Tok::Comma)
                    .ignore_then(typ.clone())
                    .repeated()
                    .collect::<Vec<Expr>>(),
            )
            .then_ignore(tk(c, Tok::Comma).or_not())
            .map(|(x, mut rest)| {
                rest.insert(0, x);
                rest
            })
            .or_not();
        let index = tk(c, Tok::LBrack)
            .ignore_then(choice((
                tk(c, Tok::Colon)
                    .ignore_then(slice_tail.clone())
                    .map(|(hi, max, r)| {
                        let three = max.is_some();
                        (
                            Suffix::Slice {
                                lo: None,
                                hi,
                                max,
                                three,
                            },
                            r,
                        )
                    }),
                ahead(|t| *t == Tok::RBrack).ignore_then(fail("expected operand")),
                expr.clone()
                    .then(choice((
                        tk(c, Tok::Comma)
                            .ignore_then(rest_types)
                            .then(want(c, Tok::RBrack))
                            .map(|(rest, r)| (Ok(rest.unwrap_or_default()), r)),
                        tk(c, Tok::RBrack).map(|r| (Ok(Vec::new()), r)),
                        tk(c, Tok::Colon)
                            .ignore_then(slice_tail)
                            .map(|(hi, max, r)| (Err((hi, max)), r)),
                        fail("expected comma, : or ]"),
                    )))
                    .map(|(first, (rest, r))| match rest {
                        Ok(rest) => {
                            let mut v = vec![first];
                            v.extend(rest);
                            (Suffix::Index(v), r)
                        }
                        Err((hi, max)) => {
                            let three = max.is_some();
                            (
                                Suffix::Slice {
                                    lo: Some(first),
                                    hi,
                                    max,
                                    three,
                                },
                                r,
                            )
                        }
                    }),
            )))
            .boxed();

        let call = tk(c, Tok::LParen)
            .ignore_then(list(
                c,
                expr.clone().then(tk(c, Tok::Ellipsis).or_not()).boxed(),
                Tok::Comma,
                Tok::RParen,
                "argument list",
            ))
            .try_map_with(move |(args, r), e| {
                // `...` ends the list (gc: `f(a..., b)` wants `)` at `b`).
                let n = args.len();
                let mut ellipsis = false;
                let mut out = Vec::with_capacity(n);
                for (i, (x, dots)) in args.into_iter().enumerate() {
                    if ellipsis {
                        let at = c.tok_index(x.span.lo);
                        return Err(PErr::syntax(at, "expected )"));
                    }
                    ellipsis = dots.is_some();
                    out.push(x);
                    let _ = (i, &e);
                }
                Ok((
                    Suffix::Call {
                        args: out,
                        ellipsis,
                    },
                    r,
                ))
            })
            .boxed();

        let suffix = choice((sel, index, call)).boxed();

        // Composite literal values `{ ... }` (elements may be nested values
        // with the type elided).
        let e2 = expr.clone();
        let lit_value = recursive(move |lv| {
            let lv: P<'a, (Vec<Expr>, Span, Span)> = lv.boxed();
            let bare = choice((
                lv.map(move |(elts, lb, rb)| {
                    c.expr(
                        ExprKind::CompositeLit {
                            typ: None,
                            elts,
                            lbrace: lb,
                            rbrace: rb,
                        },
                        lb.to(rb),
                    )
                })
                .boxed(),
                e2.clone(),
            ))
            .boxed();
            let elem = bare
                .clone()
                .then(tk(c, Tok::Colon).ignore_then(bare).or_not())
                .map(move |(k, v)| match v {
                    Some(v) => {
                        let span = k.span.to(v.span);
                        c.expr(ExprKind::KeyValue(k, v), span)
                    }
                    None => k,
                })
                .boxed();
            tk(c, Tok::LBrace)
                .then(list(c, elem, Tok::Comma, Tok::RBrace, "composite literal"))
                .map(|(lb, (elts, rb))| (elts, lb, rb))
        })
        .boxed();

        let primary_full = primary(c, operand.clone(), suffix.clone(), lit_value.clone(), true);
        let primary_nc = primary(c, operand, suffix, lit_value, false);
        Exprs {
            full: binary(c, unary(c, primary_full.clone())),
            nc: binary(c, unary(c, primary_nc)),
            primary: primary_full,
        }
    }
}

/// A primary expression: an operand and its suffixes. `complit` allows a
/// composite literal after a bare type name.
fn primary<'a>(
    c: &'a Ctx<'a>,
    operand: P<'a, Expr>,
    suffix: P<'a, (Suffix, Span)>,
    lit_value: P<'a, (Vec<Expr>, Span, Span)>,
    complit: bool,
) -> P<'a, Expr> {
    imperative(move |inp: &mut Inp<'a, '_>| {
        let mut x = inp.parse(&operand)?;
        loop {
            let i = idx(inp);
            match c.tok(i) {
                Tok::Period | Tok::LBrack | Tok::LParen => {
                    let (s, end) = inp.parse(&suffix)?;
                    x = apply_suffix(c, x, s, end);
                }
                Tok::LBrace if complit_ok(&x, complit) => {
                    if let ExprKind::Paren(_) = &*x.kind {
                        return Err(PErr::syntax(
                            i,
                            "cannot parenthesize type in composite literal",
                        ));
                    }
                    let (elts, lbrace, rbrace) = inp.parse(&lit_value)?;
                    let span = x.span.to(rbrace);
                    x = c.expr(
                        ExprKind::CompositeLit {
                            typ: Some(x),
                            elts,
                            lbrace,
                            rbrace,
                        },
                        span,
                    );
                }
                _ => return Ok(x),
            }
        }
    })
}

/// Applies a suffix to `x`.
fn apply_suffix(c: &Ctx<'_>, x: Expr, s: Suffix, end: Span) -> Expr {
    let span = x.span.to(end);
    let kind = match s {
        Suffix::Sel(id) => ExprKind::Selector(x, id),
        Suffix::Assert(t) => ExprKind::TypeAssert(x, t),
        Suffix::Index(v) => ExprKind::Index(x, v),
        Suffix::Slice { lo, hi, max, three } => ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        },
        Suffix::Call { args, ellipsis } => ExprKind::Call {
            func: x,
            args,
            ellipsis,
        },
    };
    c.expr(kind, span)
}

/// gc's test whether `{` after `x` starts a composite literal.
fn complit_ok(x: &Expr, allow_names: bool) -> bool {
    let t = unparen(x);
    match &*t.kind {
        ExprKind::Ident(_) | ExprKind::Selector(..) => allow_names,
        ExprKind::Index(..) => allow_names && !is_value(t),
        ExprKind::ArrayType(..)
        | ExprKind::SliceType(_)
        | ExprKind::StructType(_)
        | ExprKind::MapType(..) => true,
        _ => false,
    }
}

/// gc's `isValue`: whether `x` is syntactically certainly a value.
fn is_value(mut x: &Expr) -> bool {
    loop {
        match &*x.kind {
            ExprKind::BasicLit(..)
            | ExprKind::CompositeLit { .. }
            | ExprKind::FuncLit(..)
            | ExprKind::Slice { .. }
            | ExprKind::TypeAssert(..)
            | ExprKind::Call { .. }
            | ExprKind::Unary(..)
            | ExprKind::Binary(..) => return true,
            ExprKind::Paren(y) => x = y,
            ExprKind::Index(y, args) => {
                if args.len() == 1 && is_value(&args[0]) {
                    return true;
                }
                x = y;
            }
            _ => return false,
        }
    }
}

/// Unary expressions: prefix operators folded onto a primary expression.
fn unary<'a>(c: &'a Ctx<'a>, primary: P<'a, Expr>) -> P<'a, Expr> {
    let prefix = select_ref! {
        Tok::Add = e => (Pre::Un(UnOp::Pos), e.span()),
        Tok::Sub = e => (Pre::Un(UnOp::Neg), e.span()),
        Tok::Not = e => (Pre::Un(UnOp::Not), e.span()),
        Tok::Xor = e => (Pre::Un(UnOp::Xor), e.span()),
        Tok::And = e => (Pre::Un(UnOp::Addr), e.span()),
        Tok::Arrow = e => (Pre::Un(UnOp::Recv), e.span()),
        Tok::Tilde = e => (Pre::Un(UnOp::Tilde), e.span()),
        Tok::Mul = e => (Pre::Star, e.span()),
    };
    prefix
        .repeated()
        .foldr(
            primary.map(Ok),
            move |(op, sp), x: Result<Expr, Cow<'static, str>>| {
                x.and_then(|x| apply_prefix(c, op, c.span(sp), x))
            },
        )
        .try_map_with(|r, e| r.map_err(|msg| PErr::syntax(e.span().end, msg)))
        .boxed()
}

/// Applies a prefix operator at `op_span` to `x`.
fn apply_prefix(
    c: &Ctx<'_>,
    op: Pre,
    op_span: Span,
    mut x: Expr,
) -> Result<Expr, Cow<'static, str>> {
    let span = op_span.to(x.span);
    Ok(match op {
        Pre::Star => c.expr(ExprKind::Star(x), span),
        Pre::Un(UnOp::Recv) if matches!(&*x.kind, ExprKind::ChanType(..)) => {
            // `<-chan T` is a channel type: re-associate the arrow with
            // the channel type parsed already (`<-chan<- chan T` becomes
            // `<-chan (<-chan T)`).
            reassociate_recv(&mut x)?;
            x.span = span;
            x
        }
        Pre::Un(UnOp::Addr) => {
            // gc removes parentheses around the operand of `&` (`&(T{})`).
            let x = strip_parens(x);
            c.expr(ExprKind::Unary(UnOp::Addr, x), span)
        }
        Pre::Un(op) => c.expr(ExprKind::Unary(op, x), span),
    })
}

/// Removes enclosing parentheses.
fn strip_parens(mut x: Expr) -> Expr {
    loop {
        match *x.kind {
            ExprKind::Paren(inner) => x = inner,
            kind => {
                x.kind = Box::new(kind);
                return x;
            }
        }
    }
}

/// Turns the channel type `x` (under a `<-`) into a receive-only channel,
/// following gc's rules for `<-chan<- ...`.
fn reassociate_recv(x: &mut Expr) -> Result<(), Cow<'static, str>> {
    let mut t = x;
    loop {
        if !matches!(&*t.kind, ExprKind::ChanType(..)) {
            let s = print::expr_str(t);
            return Err(format!("unexpected {s}, expected chan").into());
        }
        let ExprKind::ChanType(dir, elem) = &mut *t.kind else {
            return Ok(());
        };
        let old = *dir;
        if old == ChanDir::Recv {
            return Err("unexpected <-, expected chan".into());
        }
        *dir = ChanDir::Recv;
        if old != ChanDir::Send {
            return Ok(());
        }
        t = elem;
    }
}

/// Binary expressions by precedence climbing (one left fold per level).
fn binary<'a>(c: &'a Ctx<'a>, unary: P<'a, Expr>) -> P<'a, Expr> {
    let mut level = unary;
    for prec in (1..=5u8).rev() {
        let op = select_ref! { t if tok_prec(t) == Some(prec) => binop(t) };
        let operand = level.clone();
        level = level
            .foldl(op.then(operand).repeated(), move |l, (op, r)| {
                let span = l.span.to(r.span);
                c.expr(ExprKind::Binary(op, l, r), span)
            })
            .boxed();
    }
    level
}

/// The binary precedence of `t`, if it is a binary operator.
fn tok_prec(t: &Tok) -> Option<u8> {
    t.binary_prec()
}

/// The binary operator of token `t` (which must be one).
pub(super) fn binop(t: &Tok) -> BinOp {
    match t {
        Tok::Add => BinOp::Add,
        Tok::Sub => BinOp::Sub,
        Tok::Mul => BinOp::Mul,
        Tok::Quo => BinOp::Quo,
        Tok::Rem => BinOp::Rem,
        Tok::And => BinOp::And,
        Tok::Or => BinOp::Or,
        Tok::Xor => BinOp::Xor,
        Tok::Shl => BinOp::Shl,
        Tok::Shr => BinOp::Shr,
        Tok::AndNot => BinOp::AndNot,
        Tok::LAnd => BinOp::LAnd,
        Tok::LOr => BinOp::LOr,
        Tok::Eql => BinOp::Eql,
        Tok::Neq => BinOp::Neq,
        Tok::Lss => BinOp::Lss,
        Tok::Leq => BinOp::Leq,
        Tok::Gtr => BinOp::Gtr,
        _ => BinOp::Geq,
    }
}
