//! Types, function signatures and parameter lists.
//!
//! [`types`] is gc's `typeOrNil`: it fails with a generic error (so that
//! callers can treat the type as optional) and callers add `expected type`
//! or a more specific message where a type is required.
//!
//! Parameter lists are parsed as gc does: each entry is `[name] [type]`
//! (with type-set terms allowed in type parameter lists) and the list is
//! then *distributed* ([`distribute`]): if no entry has both a name and a
//! type, names are really type names (`func(int, string)`); otherwise every
//! name takes the type of the next typed entry (`func(a, b int)`).

use super::super::ast::{ChanDir, Field, FuncType, InterfaceElem};
use super::*;

/// Builds the type parser around the recursive handle `typ` (itself) and the
/// expression parser `expr` (for array lengths).
pub(super) fn types<'a>(c: &'a Ctx<'a>, typ: P<'a, Expr>, expr: P<'a, Expr>) -> P<'a, Expr> {
    let typ_req: P<'a, Expr> = typ.clone().or(fail("expected type")).boxed();
    let sigs = Sigs::new(c, typ.clone(), expr.clone());

    let qualified = qualified_name(c, typ.clone(), typ_req.clone());

    let ptr = tk(c, Tok::Mul).then(typ_req.clone()).map(move |(s, t)| {
        let span = s.to(t.span);
        c.expr(ExprKind::Star(t), span)
    });

    let chan_elem: P<'a, Expr> = typ.clone().or(fail("missing channel element type")).boxed();

    let recv_chan = tk(c, Tok::Arrow)
        .then_ignore(want(c, Tok::Chan))
        .then(chan_elem.clone())
        .map(move |(s, t)| {
            let span = s.to(t.span);
            c.expr(ExprKind::ChanType(ChanDir::Recv, t), span)
        });

    let func_t = tk(c, Tok::Func)
        .then(choice((
            ahead(|t| *t == Tok::LBrack)
                .ignore_then(fail("function type must have no type parameters")),
            sigs.sig.clone(),
        )))
        .map(move |(s, mut sig)| {
            sig.span = s.to(sig.span);
            let span = sig.span;
            c.expr(ExprKind::FuncType(sig), span)
        });

    let array_close = array_close(c);
    let arr = tk(c, Tok::LBrack)
        .then(choice((
            tk(c, Tok::RBrack)
                .ignore_then(typ_req.clone())
                .map(|t| (None, t, false)),
            tk(c, Tok::Ellipsis)
                .ignore_then(array_close.clone())
                .ignore_then(typ_req.clone())
                .map(|t| (None, t, true)),
            expr.clone()
                .then_ignore(array_close)
                .then(typ_req.clone())
                .map(|(n, t)| (Some(n), t, true)),
        )))
        .map(move |(s, (len, elem, array))| {
            let span = s.to(elem.span);
            if array {
                c.expr(ExprKind::ArrayType(len, elem), span)
            } else {
                c.expr(ExprKind::SliceType(elem), span)
            }
        });

    let chan = tk(c, Tok::Chan)
        .then(tk(c, Tok::Arrow).or_not())
        .then(chan_elem)
        .map(move |((s, send), t)| {
            let span = s.to(t.span);
            let dir = if send.is_some() {
                ChanDir::Send
            } else {
                ChanDir::Both
            };
            c.expr(ExprKind::ChanType(dir, t), span)
        });

    let map = tk(c, Tok::Map)
        .then_ignore(want(c, Tok::LBrack))
        .then(typ_req.clone())
        .then_ignore(want(c, Tok::RBrack))
        .then(typ_req.clone())
        .map(move |((s, k), v)| {
            let span = s.to(v.span);
            c.expr(ExprKind::MapType(k, v), span)
        });

    let paren = tk(c, Tok::LParen)
        .ignore_then(typ_req.clone())
        .then_ignore(want(c, Tok::RParen));

    choice((
        qualified,
        ptr.boxed(),
        recv_chan.boxed(),
        func_t.boxed(),
        arr.boxed(),
        chan.boxed(),
        map.boxed(),
        struct_type(c, typ.clone(), typ_req.clone(), expr.clone()),
        interface_type(c, typ, typ_req, &sigs),
        paren.boxed(),
    ))
    .boxed()
}

/// `]` closing an array length, with gc's complaint about a trailing comma.
fn array_close<'a>(c: &'a Ctx<'a>) -> P<'a, Span> {
    choice((
        ahead(|t| *t == Tok::Comma).ignore_then(fail("unexpected comma; expected ]")),
        want(c, Tok::RBrack),
    ))
    .boxed()
}

/// `[T1, T2]`: type arguments of a named type.
fn type_args<'a>(
    c: &'a Ctx<'a>,
    typ: P<'a, Expr>,
    typ_req: P<'a, Expr>,
) -> P<'a, (Vec<Expr>, Span)> {
    tk(c, Tok::LBrack)
        .ignore_then(choice((
            ahead(|t| *t == Tok::RBrack).ignore_then(fail("expected type argument list")),
            type_list(c, typ_req, typ).map(|(v, _)| v),
        )))
        .then(want(c, Tok::RBrack))
        .boxed()
}

/// gc's `typeList`: `first {"," typ} [","]`; yields the elements and
/// whether there was any comma.
pub(super) fn type_list<'a>(
    c: &'a Ctx<'a>,
    first: P<'a, Expr>,
    typ: P<'a, Expr>,
) -> P<'a, (Vec<Expr>, bool)> {
    first
        .then(
            tk(c, Tok::Comma)
                .ignore_then(typ)
                .repeated()
                .collect::<Vec<Expr>>(),
        )
        .then(tk(c, Tok::Comma).or_not())
        .map(|((x, mut rest), trailing)| {
            let comma = !rest.is_empty() || trailing.is_some();
            rest.insert(0, x);
            (rest, comma)
        })
        .boxed()
}

/// `Name`, `pkg.Name`, either optionally with type arguments.
fn qualified_name<'a>(c: &'a Ctx<'a>, typ: P<'a, Expr>, typ_req: P<'a, Expr>) -> P<'a, Expr> {
    ident(c)
        .then(qualified_rest(c, typ, typ_req))
        .map(move |(n, rest)| rest.finish(c, n))
        .boxed()
}

/// What may follow the first name of a qualified type name.
pub(super) struct QualRest {
    sel: Option<Ident>,
    args: Option<(Vec<Expr>, Span)>,
}

impl QualRest {
    /// The type `name[.sel][args]`.
    fn finish(self, c: &Ctx<'_>, name: Ident) -> Expr {
        let mut x = c.ident_expr(name);
        if let Some(sel) = self.sel {
            let span = x.span.to(sel.span);
            x = c.expr(ExprKind::Selector(x, sel), span);
        }
        if let Some((args, close)) = self.args {
            let span = x.span.to(close);
            x = c.expr(ExprKind::Index(x, args), span);
        }
        x
    }
}

/// `[.Name] [TypeArgs]` after a name.
fn qualified_rest<'a>(c: &'a Ctx<'a>, typ: P<'a, Expr>, typ_req: P<'a, Expr>) -> P<'a, QualRest> {
    // After a type name, `[` always starts type arguments (as in gc).
    let args = choice((
        type_args(c, typ, typ_req).map(Some).boxed(),
        ahead(|t| *t != Tok::LBrack).map(|_| None).boxed(),
    ));
    tk(c, Tok::Period)
        .ignore_then(name(c))
        .or_not()
        .then(args)
        .map(|(sel, args)| QualRest { sel, args })
        .boxed()
}

/// A struct field tag (unquoted). Like gc's parser, any literal is accepted
/// here; one that is not a string is reported (after parsing, as gc's type
/// checker does) as `invalid syntax tree: incorrect tag syntax`.
fn tag<'a>(c: &'a Ctx<'a>) -> P<'a, Option<String>> {
    select_ref! {
        Tok::Str(s) => Some(unquote(s)),
        t = e if t.is_literal() => {
            let msg = format!("invalid syntax tree: incorrect tag syntax: {:?}", t.to_string());
            c.defer_error(Diag::new(c.span(e.span()), msg));
            None
        },
    }
    .boxed()
}

/// After a name in a struct or parameter list, `[`: gc's `arrayOrTArgs`,
/// either an array or slice type (the name is a field or parameter name)
/// or type arguments (the name is a generic type).
pub(super) enum ArrOrTArgs {
    /// `name []E` or `name [N]E`: the type.
    Type(Expr),
    /// `name[T1, ...]`: the type arguments and the closing bracket.
    Args(Vec<Expr>, Span),
}

impl ArrOrTArgs {
    /// The entry for `name` followed by this.
    fn finish(self, c: &Ctx<'_>, name: Ident) -> (Option<Ident>, Expr) {
        match self {
            ArrOrTArgs::Type(t) => (Some(name), t),
            ArrOrTArgs::Args(args, close) => {
                let x = c.ident_expr(name);
                let span = x.span.to(close);
                (None, c.expr(ExprKind::Index(x, args), span))
            }
        }
    }
}

fn arr_or_targs<'a>(
    c: &'a Ctx<'a>,
    typ: P<'a, Expr>,
    typ_req: P<'a, Expr>,
    expr: P<'a, Expr>,
) -> P<'a, ArrOrTArgs> {
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
    tk(c, Tok::LBrack)
        .then(choice((
            tk(c, Tok::RBrack)
                .ignore_then(typ_req.clone())
                .map(|t| (None, Ok(t))),
            expr.then(choice((
                tk(c, Tok::Comma)
                    .ignore_then(rest_types)
                    .then(want(c, Tok::RBrack))
                    .map(|(rest, close)| Err((rest.unwrap_or_default(), close))),
                want(c, Tok::RBrack)
                    .then(typ.or_not())
                    .map(|(close, elem)| match elem {
                        Some(elem) => Ok(elem),
                        None => Err((Vec::new(), close)),
                    }),
            )))
            .map(|(first, r)| (Some(first), r)),
        )))
        .map(move |(lb, (first, r))| match (first, r) {
            (None, Ok(elem)) => {
                let span = lb.to(elem.span);
                ArrOrTArgs::Type(c.expr(ExprKind::SliceType(elem), span))
            }
            (Some(n), Ok(elem)) => {
                let span = lb.to(elem.span);
                ArrOrTArgs::Type(c.expr(ExprKind::ArrayType(Some(n), elem), span))
            }
            (first, Err((rest, close))) => {
                let mut args: Vec<Expr> = first.into_iter().collect();
                args.extend(rest);
                ArrOrTArgs::Args(args, close)
            }
        })
        .boxed()
}

/// `struct { ... }`.
fn struct_type<'a>(
    c: &'a Ctx<'a>,
    typ: P<'a, Expr>,
    typ_req: P<'a, Expr>,
    expr: P<'a, Expr>,
) -> P<'a, Expr> {
    let tag = tag(c);
    let qrest = qualified_rest(c, typ.clone(), typ_req.clone());
    let aot = arr_or_targs(c, typ.clone(), typ_req.clone(), expr);

    // A name followed by `.`, a literal, `;` or `}` is an embedded type.
    let embedded_name =
        ahead(|t| matches!(t, Tok::Period | Tok::Semi { .. } | Tok::RBrace) || t.is_literal())
            .ignore_then(qrest)
            .then(tag.clone().or_not())
            .map(|(q, tag)| FieldStart::Embedded(q, tag.flatten()));
    // A single name followed by `[`: a field of array type or an embedded
    // instantiated type.
    let bracket = aot
        .then(tag.clone().or_not())
        .map(|(a, tag)| FieldStart::Bracket(a, tag.flatten()));
    // (A single name followed by `[` is handled by `bracket`, committed.)
    let names = ahead(|t| *t != Tok::LBrack)
        .ignore_then(
            tk(c, Tok::Comma)
                .ignore_then(name(c))
                .repeated()
                .collect::<Vec<Ident>>(),
        )
        .then(typ_req.clone())
        .then(tag.clone().or_not())
        .map(|((more, t), tag)| FieldStart::Names(more, t, tag.flatten()));
    let named = ident(c)
        .then(choice((
            embedded_name.boxed(),
            bracket.boxed(),
            names.boxed(),
        )))
        .map(move |(n, start)| start.finish(c, n));

    let qualified_req = qualified_name(c, typ, typ_req).or(fail("expected name"));
    let star = tk(c, Tok::Mul)
        .then(choice((
            ahead(|t| *t == Tok::LParen).ignore_then(fail("cannot parenthesize embedded type")),
            qualified_req,
        )))
        .then(tag.or_not())
        .map(move |((s, t), tag)| {
            let span = s.to(t.span);
            Field {
                names: Vec::new(),
                typ: c.expr(ExprKind::Star(t), span),
                tag: tag.flatten(),
                embedded: true,
                span,
            }
        });

    let field = choice((
        named.boxed(),
        star.boxed(),
        ahead(|t| *t == Tok::LParen).ignore_then(fail("cannot parenthesize embedded type")),
        fail("expected field name or embedded type"),
    ))
    .boxed();

    tk(c, Tok::Struct)
        .then_ignore(want(c, Tok::LBrace))
        .then(list(
            c,
            field,
            Tok::Semi { auto: false },
            Tok::RBrace,
            "struct type",
        ))
        .map(move |(s, (fields, close))| c.expr(ExprKind::StructType(fields), s.to(close)))
        .boxed()
}

/// What follows the first name of a struct field declaration.
enum FieldStart {
    Embedded(QualRest, Option<String>),
    Bracket(ArrOrTArgs, Option<String>),
    Names(Vec<Ident>, Expr, Option<String>),
}

impl FieldStart {
    fn finish(self, c: &Ctx<'_>, first: Ident) -> Field {
        match self {
            FieldStart::Embedded(q, tag) => {
                let typ = q.finish(c, first);
                Field {
                    names: Vec::new(),
                    span: typ.span,
                    typ,
                    tag,
                    embedded: true,
                }
            }
            FieldStart::Bracket(a, tag) => {
                let start = first.span;
                let (name, typ) = a.finish(c, first);
                let embedded = name.is_none();
                Field {
                    names: name.into_iter().collect(),
                    span: start.to(typ.span),
                    typ,
                    tag,
                    embedded,
                }
            }
            FieldStart::Names(more, typ, tag) => {
                let span = first.span.to(typ.span);
                let mut names = vec![first];
                names.extend(more);
                Field {
                    names,
                    typ,
                    tag,
                    embedded: false,
                    span,
                }
            }
        }
    }
}

/// `interface { ... }`.
fn interface_type<'a>(
    c: &'a Ctx<'a>,
    typ: P<'a, Expr>,
    typ_req: P<'a, Expr>,
    sigs: &Sigs<'a>,
) -> P<'a, Expr> {
    let method = ident(c)
        .then_ignore(ahead(|t| *t == Tok::LParen))
        .then(sigs.sig.clone())
        .map(|(name, sig)| InterfaceElem::Method { name, sig });
    // `M[]` (gc accepts it, then complains).
    let empty_brackets = ident(c).ignore_then(tk(c, Tok::LBrack)).ignore_then(custom(
        move |inp: &mut Inp<'a, '_>| {
            let i = idx(inp);
            if *c.tok(i) != Tok::RBrack {
                return Err(PErr {
                    pos: i,
                    at: None,
                    msg: Msg::Expected(None),
                });
            }
            let msg = if *c.tok(i + 1) == Tok::LParen {
                "empty type parameter list"
            } else {
                "empty type argument list"
            };
            Err(PErr::plain(i, msg))
        },
    ));
    // `M[P C](...)`: gc parses and rejects a generic method; anything else
    // after `name[` is an embedded instantiated type (`elem` below).
    let generic_method = ident(c)
        .then(sigs.bracket_list.clone())
        .then_ignore(ahead(|t| *t == Tok::LParen))
        .try_map_with(move |(name, fields), e| {
            let here = e.span().end;
            if fields.first().is_some_and(|f| !f.names.is_empty()) {
                let lb = c.tok_index(name.span.hi);
                let msg = "interface method must have no type parameters";
                Err(PErr::plain(here, msg).at(c.tok_span(lb).lo))
            } else {
                Err(PErr {
                    pos: here,
                    at: None,
                    msg: Msg::Expected(None),
                })
            }
        });
    let term = term(c, typ, typ_req, "expected ~ term or type");
    let elem = term
        .clone()
        .then(union_rest(c, term))
        .map(move |((lo, first), rest)| InterfaceElem::Embed(mk_union(c, lo, first, rest)));
    tk(c, Tok::Interface)
        .then_ignore(want(c, Tok::LBrace))
        .then(list(
            c,
            choice((
                empty_brackets.boxed(),
                generic_method.boxed(),
                method.boxed(),
                elem.boxed(),
            ))
            .boxed(),
            Tok::Semi { auto: false },
            Tok::RBrace,
            "interface type",
        ))
        .map(move |(s, (elems, close))| c.expr(ExprKind::InterfaceType(elems), s.to(close)))
        .boxed()
}

/// A type-set term `[~] Type` with the offset where it starts; `missing`
/// is the message if there is none.
fn term<'a>(
    c: &'a Ctx<'a>,
    typ: P<'a, Expr>,
    typ_req: P<'a, Expr>,
    missing: &'static str,
) -> P<'a, (u32, (bool, Expr))> {
    choice((
        tk(c, Tok::Tilde)
            .then(typ_req)
            .map(|(s, t)| (s.lo, (true, t))),
        typ.map(|t| (t.span.lo, (false, t))),
        fail(missing),
    ))
    .boxed()
}

/// `{ "|" term }`.
fn union_rest<'a>(c: &'a Ctx<'a>, term: P<'a, (u32, (bool, Expr))>) -> P<'a, Vec<(bool, Expr)>> {
    tk(c, Tok::Or)
        .ignore_then(term.map(|(_, t)| t))
        .repeated()
        .collect::<Vec<(bool, Expr)>>()
        .boxed()
}

/// A constraint or embedded element from its terms (the first starting at
/// byte `lo`, which may be its `~`): a plain type if there is a single term
/// without `~`, an [`ExprKind::Union`] otherwise.
fn mk_union(c: &Ctx<'_>, lo: u32, first: (bool, Expr), rest: Vec<(bool, Expr)>) -> Expr {
    if rest.is_empty() && !first.0 {
        return first.1;
    }
    let mut span = first.1.span;
    span.lo = span.lo.min(lo);
    let mut terms = vec![first];
    for t in rest {
        span = span.to(t.1.span);
        terms.push(t);
    }
    c.expr(ExprKind::Union(terms), span)
}

/// One entry of a parameter list before distribution.
pub(super) struct Entry {
    name: Option<Ident>,
    typ: Option<Expr>,
    span: Span,
}

/// What follows a name at the start of a parameter list entry.
pub(super) enum AfterName {
    /// `name [...]...`, then possibly `| ...`.
    Bracket(ArrOrTArgs, Vec<(bool, Expr)>),
    /// `name.Sel[args]`, then possibly `| ...`.
    Qual(QualRest, Vec<(bool, Expr)>),
    /// `name | ...` (type parameter lists only).
    Union(Vec<(bool, Expr)>),
    /// `name T` (possibly `...T`, `~T`, a union).
    Type(Expr),
    /// Just the name.
    Nothing,
}

/// The entry for `name` followed by `a`.
pub(super) fn finish_entry(c: &Ctx<'_>, name: Ident, a: AfterName) -> Entry {
    let start = name.span;
    let (name, typ) = match a {
        AfterName::Bracket(aot, rest) => {
            let (name, t) = aot.finish(c, name);
            if rest.is_empty() {
                (name, Some(t))
            } else {
                (name, Some(mk_union(c, t.span.lo, (false, t), rest)))
            }
        }
        AfterName::Qual(q, rest) => {
            let t = q.finish(c, name);
            (None, Some(mk_union(c, t.span.lo, (false, t), rest)))
        }
        AfterName::Union(rest) => {
            let t = c.ident_expr(name);
            (None, Some(mk_union(c, t.span.lo, (false, t), rest)))
        }
        AfterName::Type(t) => (Some(name), Some(t)),
        AfterName::Nothing => (Some(name), None),
    };
    let span = match &typ {
        Some(t) => start.to(t.span),
        None => start,
    };
    Entry { name, typ, span }
}

/// The parsers for signatures and parameter lists.
#[derive(Clone)]
pub(crate) struct Sigs<'a> {
    /// `( params ) [result]`.
    pub sig: P<'a, FuncType>,
    /// `[ type params ]` (at least one).
    pub tparams: P<'a, Vec<Field>>,
    /// `( receiver )`, validated to be exactly one parameter.
    pub recv: P<'a, Field>,
    /// What follows the first name in a type parameter list.
    pub after_name_ts: P<'a, AfterName>,
    /// After the first entry of a type parameter list: the separator.
    pub tparam_sep: P<'a, ()>,
    /// After the first entry and separator: the remaining entries and `]`.
    pub tparam_rest: P<'a, (Vec<Entry>, Span)>,
    /// `[ list ]` after an interface element's name: type arguments, or
    /// (if the first entry is named) a method's type parameters.
    pub bracket_list: P<'a, Vec<Field>>,
}

impl<'a> Sigs<'a> {
    pub(super) fn new(c: &'a Ctx<'a>, typ: P<'a, Expr>, expr: P<'a, Expr>) -> Sigs<'a> {
        let typ_req: P<'a, Expr> = typ.clone().or(fail("expected type")).boxed();
        let mk =
            |close: Tok, ts: bool| entry(c, typ.clone(), typ_req.clone(), expr.clone(), close, ts);

        let params = list(
            c,
            mk(Tok::RParen, false),
            Tok::Comma,
            Tok::RParen,
            "parameter list",
        )
        .try_map_with(move |(entries, close), e| {
            let at = e.span().end;
            distribute(c, entries, close, false, true)
                .map(|r| (r, close))
                .map_err(|err| err.pos(at))
        })
        .boxed();
        let results = list(
            c,
            mk(Tok::RParen, false),
            Tok::Comma,
            Tok::RParen,
            "parameter list",
        )
        .try_map_with(move |(entries, close), e| {
            let at = e.span().end;
            distribute(c, entries, close, false, false)
                .map(|r| (r, close))
                .map_err(|err| err.pos(at))
        })
        .boxed();
        let result = choice((
            tk(c, Tok::LParen)
                .then(results.clone())
                .map(|(l, ((fields, _), close))| (fields, l.to(close))),
            ahead(|t| *t != Tok::LParen)
                .ignore_then(typ.clone())
                .map(|t| {
                    let span = t.span;
                    (
                        vec![Field {
                            names: Vec::new(),
                            typ: t,
                            tag: None,
                            embedded: false,
                            span,
                        }],
                        span,
                    )
                }),
        ))
        .or_not();
        let sig = want(c, Tok::LParen)
            .then(params)
            .then(result)
            .map(|((l, ((params, variadic), close)), result)| {
                let mut span = l.to(close);
                let results = match result {
                    Some((r, rs)) => {
                        span = span.to(rs);
                        r
                    }
                    None => Vec::new(),
                };
                FuncType {
                    params,
                    results,
                    variadic,
                    span,
                }
            })
            .boxed();

        let tparam_list = list(
            c,
            mk(Tok::RBrack, true),
            Tok::Comma,
            Tok::RBrack,
            "parameter list",
        )
        .try_map_with(move |(entries, close), e| {
            let at = e.span().end;
            distribute(c, entries, close, true, false)
                .map(|r| (r, close))
                .map_err(|err| err.pos(at))
        })
        .boxed();
        let tparams = tk(c, Tok::LBrack)
            .ignore_then(choice((
                ahead(|t| *t != Tok::RBrack).ignore_then(tparam_list.map(|((f, _), _)| f)),
                fail("empty type parameter list"),
            )))
            .boxed();

        let recv = tk(c, Tok::LParen)
            .ignore_then(results)
            .try_map_with(move |((fields, _), _), e| {
                let at = e.span().end;
                let mut fields = fields.into_iter();
                match (fields.next(), fields.next()) {
                    (None, _) => Err(PErr::plain(at, "method has no receiver")),
                    (Some(f), None) if f.names.len() <= 1 => Ok(f),
                    _ => Err(PErr::plain(at, "method has multiple receivers")),
                }
            })
            .boxed();

        let tparam_sep = choice((
            tk(c, Tok::Comma).ignored(),
            ahead(|t| *t == Tok::RBrack),
            fail("in parameter list; possibly missing comma or ]"),
        ))
        .boxed();
        let tparam_rest = list(
            c,
            mk(Tok::RBrack, true),
            Tok::Comma,
            Tok::RBrack,
            "parameter list",
        );

        let bracket_list = tk(c, Tok::LBrack)
            .ignore_then(ahead(|t| *t != Tok::RBrack))
            .ignore_then(list(
                c,
                mk(Tok::RBrack, true),
                Tok::Comma,
                Tok::RBrack,
                "parameter list",
            ))
            .try_map_with(move |(entries, close), e| {
                let at = e.span().end;
                distribute(c, entries, close, false, false)
                    .map(|(f, _)| f)
                    .map_err(|err| err.pos(at))
            })
            .boxed();

        Sigs {
            bracket_list,
            sig,
            tparams,
            recv,
            after_name_ts: after_name(c, typ.clone(), typ_req.clone(), expr.clone(), true),
            tparam_sep,
            tparam_rest,
        }
    }
}

/// What may follow a name in a parameter list entry (gc's `paramDeclOrNil`
/// after `name`); `ts` allows type-set notation (type parameter lists).
fn after_name<'a>(
    c: &'a Ctx<'a>,
    typ: P<'a, Expr>,
    typ_req: P<'a, Expr>,
    expr: P<'a, Expr>,
    ts: bool,
) -> P<'a, AfterName> {
    let term = term(c, typ.clone(), typ_req.clone(), "expected ~ term or type");
    let rest: P<'a, Vec<(bool, Expr)>> = if ts {
        union_rest(c, term.clone())
    } else {
        empty().map(|_| Vec::new()).boxed()
    };
    let bracket = ahead(|t| *t == Tok::LBrack)
        .ignore_then(arr_or_targs(c, typ.clone(), typ_req.clone(), expr))
        .then(rest.clone())
        .map(|(a, r)| AfterName::Bracket(a, r));
    let qual = ahead(|t| *t == Tok::Period)
        .ignore_then(qualified_rest(c, typ.clone(), typ_req.clone()))
        .then(rest.clone())
        .map(|(q, r)| AfterName::Qual(q, r));
    let dots = dots(c, typ.clone()).map(AfterName::Type);
    // After a name, `[` is always gc's `arrayOrTArgs` (committed above).
    let typed = ahead(|t| *t != Tok::LBrack)
        .ignore_then(typ)
        .then(rest.clone())
        .map(move |(t, r)| AfterName::Type(mk_union(c, t.span.lo, (false, t), r)));
    if ts {
        let union = ahead(|t| *t == Tok::Or)
            .ignore_then(rest.clone())
            .map(AfterName::Union);
        let tilde = tk(c, Tok::Tilde)
            .then(typ_req)
            .then(rest)
            .map(move |((s, t), r)| AfterName::Type(mk_union(c, s.lo, (true, t), r)));
        choice((
            bracket.boxed(),
            qual.boxed(),
            union.boxed(),
            dots.boxed(),
            tilde.boxed(),
            typed.boxed(),
            empty().map(|_| AfterName::Nothing).boxed(),
        ))
        .boxed()
    } else {
        choice((
            bracket.boxed(),
            qual.boxed(),
            dots.boxed(),
            typed.boxed(),
            empty().map(|_| AfterName::Nothing).boxed(),
        ))
        .boxed()
    }
}

/// `...T` in a parameter list.
fn dots<'a>(c: &'a Ctx<'a>, typ: P<'a, Expr>) -> P<'a, Expr> {
    tk(c, Tok::Ellipsis)
        .then(typ.or(fail("... is missing type")))
        .map(move |(s, t)| {
            let span = s.to(t.span);
            c.expr(ExprKind::Ellipsis(Some(t)), span)
        })
        .boxed()
}

/// One parameter list entry; `close` is the closing token of the list.
fn entry<'a>(
    c: &'a Ctx<'a>,
    typ: P<'a, Expr>,
    typ_req: P<'a, Expr>,
    expr: P<'a, Expr>,
    close: Tok,
    ts: bool,
) -> P<'a, Entry> {
    let term = term(c, typ.clone(), typ_req.clone(), "expected ~ term or type");
    let rest: P<'a, Vec<(bool, Expr)>> = if ts {
        union_rest(c, term)
    } else {
        empty().map(|_| Vec::new()).boxed()
    };
    let anon = |t: Expr| Entry {
        name: None,
        span: t.span,
        typ: Some(t),
    };
    let named = ident(c)
        .then(after_name(c, typ.clone(), typ_req.clone(), expr, ts))
        .map(move |(n, a)| finish_entry(c, n, a));
    let dots = dots(c, typ.clone()).map(anon);
    let typed = typ
        .then(rest.clone())
        .map(move |(t, r)| anon(mk_union(c, t.span.lo, (false, t), r)));
    let missing = fail(format!("expected {}", tokstring(&close)));
    if ts {
        let tilde = tk(c, Tok::Tilde)
            .then(typ_req)
            .then(rest)
            .map(move |((s, t), r)| anon(mk_union(c, s.lo, (true, t), r)));
        choice((
            tilde.boxed(),
            named.boxed(),
            dots.boxed(),
            typed.boxed(),
            missing,
        ))
        .boxed()
    } else {
        choice((named.boxed(), dots.boxed(), typed.boxed(), missing)).boxed()
    }
}

impl PErr {
    /// The same error with its token index set to `pos` (for errors found
    /// after the construct they are about).
    fn pos(mut self, pos: usize) -> PErr {
        self.pos = pos;
        self
    }
}

/// gc's distribution of parameter types: returns the fields (names sharing
/// a type grouped into one field) and whether the last is variadic.
///
/// `close` is the span of the closing token; `require_names` is set for
/// type parameter lists, `ddd_ok` for ordinary parameters (where a final
/// `...T` is allowed).
pub(super) fn distribute(
    c: &Ctx<'_>,
    entries: Vec<Entry>,
    close: Span,
    require_names: bool,
    ddd_ok: bool,
) -> Result<(Vec<Field>, bool), PErr> {
    if entries.is_empty() {
        return Ok((Vec::new(), false));
    }
    let named = entries
        .iter()
        .filter(|e| e.name.is_some() && e.typ.is_some())
        .count();
    let typed = entries.iter().filter(|e| e.typ.is_some()).count();
    let mut fields = Vec::new();
    if named == 0 && !require_names {
        // All unnamed: names are type names.
        for e in entries {
            let typ = match (e.typ, e.name) {
                (Some(t), _) => t,
                (None, Some(n)) => c.ident_expr(n),
                (None, None) => continue,
            };
            fields.push(Field {
                names: Vec::new(),
                span: e.span,
                typ,
                tag: None,
                embedded: false,
            });
        }
    } else {
        if named != entries.len() {
            // Some entries lack a name or a type: find the leftmost problem
            // as gc does (sweeping right to left).
            let mut err_at = None;
            let mut have_type = false;
            for e in entries.iter().rev() {
                if let Some(t) = &e.typ {
                    have_type = true;
                    if e.name.is_none() {
                        err_at = Some(t.span.lo);
                    }
                } else if !have_type {
                    err_at = e.name.as_ref().map(|n| n.span.lo);
                }
            }
            if let Some(at) = err_at {
                let (at, msg) = if named == typed {
                    let msg = if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    };
                    (close.lo, msg.to_string())
                } else if require_names {
                    let mut msg = "missing type parameter name".to_string();
                    if entries.len() == 1 {
                        msg.push_str(" or invalid array length");
                    }
                    (at, msg)
                } else {
                    (at, "missing parameter name".to_string())
                };
                return Err(PErr::syntax(0, msg).at(at));
            }
        }
        let mut names = Vec::new();
        let mut start: Option<Span> = None;
        for e in entries {
            let span = start.map_or(e.span, |s| s.to(e.span));
            start = Some(span);
            names.extend(e.name);
            if let Some(typ) = e.typ {
                fields.push(Field {
                    names: std::mem::take(&mut names),
                    typ,
                    tag: None,
                    embedded: false,
                    span,
                });
                start = None;
            }
        }
    }
    // `...T` only as the type of a single final parameter.
    let n = fields.len();
    for (i, f) in fields.iter().enumerate() {
        if let ExprKind::Ellipsis(_) = &*f.typ.kind {
            if !ddd_ok || i + 1 < n || f.names.len() > 1 {
                let msg = if ddd_ok {
                    "can only use ... with final parameter"
                } else {
                    "invalid use of ..."
                };
                return Err(PErr::plain(0, msg).at(f.typ.span.lo));
            }
        }
    }
    let variadic = fields
        .last()
        .is_some_and(|f| matches!(&*f.typ.kind, ExprKind::Ellipsis(_)));
    Ok((fields, variadic))
}

/// gc's `extractName` for `type T[x ...`: splits the expression `x` into a
/// type parameter name and constraint if it can be read that way. `force`
/// (the expression is followed by a comma) accepts constraints that could
/// also be values. Returns `None` if `x` must be an array length.
pub(super) fn extract_name(c: &Ctx<'_>, x: &Expr, force: bool) -> Option<(Ident, Option<Expr>)> {
    match &*x.kind {
        ExprKind::Ident(id) => Some((id.clone(), None)),
        ExprKind::Binary(BinOp::Mul, l, r) => match &*l.kind {
            ExprKind::Ident(id) if force || is_type_elem(r) => {
                let span = Span::new(id.span.hi, r.span.hi);
                Some((id.clone(), Some(c.expr(ExprKind::Star(r.clone()), span))))
            }
            _ => None,
        },
        ExprKind::Binary(BinOp::Or, l, r) => {
            let (name, lhs) = extract_name(c, l, force || is_type_elem(r))?;
            let lhs = lhs?;
            let span = lhs.span.to(r.span);
            Some((
                name,
                Some(c.expr(ExprKind::Binary(BinOp::Or, lhs, r.clone()), span)),
            ))
        }
        ExprKind::Call {
            func,
            args,
            ellipsis: false,
        } if args.len() == 1 => match &*func.kind {
            ExprKind::Ident(id) if force || is_type_elem(&args[0]) => {
                Some((id.clone(), Some(unparen(&args[0]).clone())))
            }
            _ => None,
        },
        _ => None,
    }
}

/// gc's `isTypeElem`: whether `x` is certainly a type element (not a value).
fn is_type_elem(x: &Expr) -> bool {
    match &*x.kind {
        ExprKind::ArrayType(..)
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::SliceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => true,
        ExprKind::Binary(_, l, r) => is_type_elem(l) || is_type_elem(r),
        ExprKind::Unary(UnOp::Tilde, _) => true,
        ExprKind::Unary(_, y) | ExprKind::Star(y) | ExprKind::Paren(y) => is_type_elem(y),
        _ => false,
    }
}

/// Turns a constraint parsed as an expression (`~int | *T`) into the form
/// the type-parameter parser produces: [`ExprKind::Union`] of terms, or a
/// plain type for a single term without `~`.
pub(super) fn to_constraint(c: &Ctx<'_>, x: Expr) -> Expr {
    fn terms(x: Expr, out: &mut Vec<(bool, Expr)>) {
        // Left-nested `a | b | c`: walk down the left spine iteratively.
        let mut rights = Vec::new();
        let mut cur = x;
        loop {
            match *cur.kind {
                ExprKind::Binary(BinOp::Or, l, r) => {
                    rights.push(r);
                    cur = l;
                }
                kind => {
                    cur.kind = Box::new(kind);
                    break;
                }
            }
        }
        rights.push(cur);
        for t in rights.into_iter().rev() {
            match *t.kind {
                ExprKind::Unary(UnOp::Tilde, y) => out.push((true, y)),
                kind => out.push((
                    false,
                    Expr {
                        id: t.id,
                        span: t.span,
                        kind: Box::new(kind),
                    },
                )),
            }
        }
    }
    let lo = x.span.lo;
    let mut out = Vec::new();
    terms(x, &mut out);
    let mut out = out.into_iter();
    match out.next() {
        Some(first) => mk_union(c, lo, first, out.collect()),
        None => c.expr(ExprKind::Union(Vec::new()), Span::default()),
    }
}

use super::super::ast::{BinOp, UnOp};
