//! Declarations and the file.

use super::super::ast::{
    Decl, ExprKind, FuncDecl, GenDecl, GenKind, ImportSpec, Spec, TypeSpec, ValueSpec,
};
use super::*;

/// `x` or `( x; y; ... )` after a declaration keyword; yields the specs.
fn group<'a, S: 'a>(c: &'a Ctx<'a>, spec: P<'a, S>) -> P<'a, Vec<S>> {
    choice((
        tk(c, Tok::LParen)
            .ignore_then(list(
                c,
                spec.clone(),
                Tok::Semi { auto: false },
                Tok::RParen,
                "grouped declaration",
            ))
            .map(|(specs, _)| specs)
            .boxed(),
        spec.map(|s| vec![s]).boxed(),
    ))
    .boxed()
}

/// `=` (a `:=` gets gc's `expected =`).
fn assign<'a>(c: &'a Ctx<'a>) -> P<'a, ()> {
    choice((
        tk(c, Tok::Assign).ignored().boxed(),
        ahead(|t| *t == Tok::Define).ignore_then(fail("expected =")),
    ))
    .boxed()
}

/// `name {, name}`.
fn name_list<'a>(c: &'a Ctx<'a>) -> P<'a, Vec<Ident>> {
    name(c)
        .then(
            tk(c, Tok::Comma)
                .ignore_then(name(c))
                .repeated()
                .collect::<Vec<Ident>>(),
        )
        .map(|(first, mut rest)| {
            rest.insert(0, first);
            rest
        })
        .boxed()
}

/// A `const`, `var` or `type` declaration (single or grouped).
pub(super) fn gen_decl<'a>(c: &'a Ctx<'a>, p: &Pieces<'a>) -> P<'a, GenDecl> {
    let exprs = comma_list(c, p.expr.clone());
    let value_spec = |names: Vec<Ident>, typ: Option<Expr>, values: Vec<Expr>, span: Span| {
        Spec::Value(ValueSpec {
            names,
            typ,
            values,
            iota: 0,
            span,
        })
    };

    let const_spec = name_list(c)
        .then(choice((
            ahead(|t| matches!(t, Tok::Eof | Tok::Semi { .. } | Tok::RParen))
                .map(|_| (None, Vec::new()))
                .boxed(),
            p.typ
                .clone()
                .or_not()
                .then(assign(c).ignore_then(exprs.clone()).or_not())
                .map(|(t, v)| (t, v.unwrap_or_default()))
                .boxed(),
        )))
        .map_with(move |(names, (typ, values)), e| value_spec(names, typ, values, c.span(e.span())))
        .boxed();

    let var_spec = name_list(c)
        .then(choice((
            assign(c)
                .ignore_then(exprs.clone())
                .map(|v| (None, v))
                .boxed(),
            p.typ_req()
                .then(assign(c).ignore_then(exprs).or_not())
                .map(|(t, v)| (Some(t), v.unwrap_or_default()))
                .boxed(),
        )))
        .map_with(move |(names, (typ, values)), e| value_spec(names, typ, values, c.span(e.span())))
        .boxed();

    let type_spec = type_spec(c, p).map(Spec::Type).boxed();

    choice((
        tk(c, Tok::Const)
            .then(group(c, const_spec))
            .map(|(_, s)| (GenKind::Const, s)),
        tk(c, Tok::Var)
            .then(group(c, var_spec))
            .map(|(_, s)| (GenKind::Var, s)),
        tk(c, Tok::Type)
            .then(group(c, type_spec))
            .map(|(_, s)| (GenKind::Type, s)),
    ))
    .map_with(move |(kind, mut specs), e| {
        for (i, s) in specs.iter_mut().enumerate() {
            if let Spec::Value(v) = s {
                v.iota = u32::try_from(i).unwrap_or(u32::MAX);
            }
        }
        GenDecl {
            kind,
            specs,
            span: c.span(e.span()),
        }
    })
    .boxed()
}

/// `Name [TypeParams] [=] Type`, resolving `type T[...` as gc does.
fn type_spec<'a>(c: &'a Ctx<'a>, p: &Pieces<'a>) -> P<'a, TypeSpec> {
    let name_p = name(c);
    let ident_p = ident(c);
    let expr = p.expr.clone();
    let typ_req = p.typ_req();
    let typ_decl = p.typ.clone().or(fail("in type declaration")).boxed();
    let array_close: P<'a, Span> = choice((
        ahead(|t| *t == Tok::Comma).ignore_then(fail("unexpected comma; expected ]")),
        want(c, Tok::RBrack),
    ))
    .boxed();
    let got_assign = choice((
        tk(c, Tok::Assign).map(|_| true).boxed(),
        ahead(|t| *t == Tok::Define).ignore_then(fail("expected =")),
        empty().map(|_| false).boxed(),
    ))
    .boxed();
    let sigs = p.sigs.clone();
    imperative(move |inp: &mut Inp<'a, '_>| {
        let name = inp.parse(&name_p)?;
        let mut tparams = Vec::new();
        let mut alias = false;
        let typ = if *c.tok(idx(inp)) == Tok::LBrack {
            let lb = c.tok_span(idx(inp));
            inp.next_ref();
            match c.tok(idx(inp)) {
                Tok::Ident(_) => {
                    // An array length or a type parameter list: parse an
                    // expression and look at it (gc's `extractName`). A
                    // name followed by `[` starts a constraint like `[]E`.
                    let x = if *c.tok(idx(inp) + 1) == Tok::LBrack {
                        let id = inp.parse(&ident_p)?;
                        c.ident_expr(id)
                    } else {
                        inp.parse(&expr)?
                    };
                    let next = c.tok(idx(inp));
                    let split = types::extract_name(c, &x, *next == Tok::Comma);
                    match split {
                        Some((pname, ptype)) if ptype.is_some() || *next != Tok::RBrack => {
                            let first = match ptype {
                                Some(t) => {
                                    let t = types::to_constraint(c, t);
                                    let a = types::AfterName::Type(t);
                                    types::finish_entry(c, pname, a)
                                }
                                None => {
                                    let a = inp.parse(&sigs.after_name_ts)?;
                                    types::finish_entry(c, pname, a)
                                }
                            };
                            inp.parse(&sigs.tparam_sep)?;
                            let (rest, close) = inp.parse(&sigs.tparam_rest)?;
                            let mut entries = vec![first];
                            entries.extend(rest);
                            let here = idx(inp);
                            let (fields, _) = types::distribute(c, entries, close, true, false)
                                .map_err(|mut e| {
                                    e.pos = here;
                                    e
                                })?;
                            tparams = fields;
                            alias = inp.parse(&got_assign)?;
                            inp.parse(&typ_decl)?
                        }
                        _ => {
                            inp.parse(&array_close)?;
                            let elem = inp.parse(&typ_req)?;
                            let span = lb.to(elem.span);
                            c.expr(ExprKind::ArrayType(Some(x), elem), span)
                        }
                    }
                }
                Tok::RBrack => {
                    inp.next_ref();
                    let elem = inp.parse(&typ_req)?;
                    let span = lb.to(elem.span);
                    c.expr(ExprKind::SliceType(elem), span)
                }
                _ => {
                    let len = if *c.tok(idx(inp)) == Tok::Ellipsis {
                        inp.next_ref();
                        None
                    } else {
                        Some(inp.parse(&expr)?)
                    };
                    inp.parse(&array_close)?;
                    let elem = inp.parse(&typ_req)?;
                    let span = lb.to(elem.span);
                    c.expr(ExprKind::ArrayType(len, elem), span)
                }
            }
        } else {
            alias = inp.parse(&got_assign)?;
            inp.parse(&typ_decl)?
        };
        let span = name.span.to(typ.span);
        Ok(TypeSpec {
            name,
            tparams,
            alias,
            typ,
            span,
        })
    })
}

/// `func [recv] Name [TypeParams] Signature [Body]`.
fn func_decl<'a>(c: &'a Ctx<'a>, p: &Pieces<'a>) -> P<'a, FuncDecl> {
    let head = choice((
        ahead(|t| *t == Tok::LParen)
            .ignore_then(p.sigs.recv.clone())
            .then(name(c))
            .map(|(r, n)| (Some(r), n))
            .boxed(),
        ident(c).map(|n| (None, n)).boxed(),
        fail("expected name or ("),
    ));
    let body = choice((
        p.block.clone().map(Some).boxed(),
        semi(c)
            .ignore_then(ahead(|t| *t == Tok::LBrace))
            .ignore_then(fail("unexpected semicolon or newline before {")),
        empty().map(|_| None).boxed(),
    ));
    tk(c, Tok::Func)
        .then(head)
        .then(p.sigs.tparams.clone().or_not())
        .then(p.sigs.sig.clone())
        .then(body)
        .map(|((((kw, (recv, name)), tparams), sig), body)| {
            let end = body.as_ref().map_or(sig.span, |b| b.rbrace);
            FuncDecl {
                recv,
                name,
                tparams: tparams.unwrap_or_default(),
                sig,
                body,
                span: kw.to(end),
            }
        })
        .boxed()
}

/// `import spec` or `import ( specs )`.
fn import_decl<'a>(c: &'a Ctx<'a>) -> P<'a, Vec<ImportSpec>> {
    let spec = choice((
        ident(c).map(Some).boxed(),
        tk(c, Tok::Period)
            .map(|span| {
                Some(Ident {
                    name: ".".to_string(),
                    span,
                })
            })
            .boxed(),
        empty().map(|_| None).boxed(),
    ))
    .then(choice((
        select_ref! { Tok::Str(s) => unquote(s) }.boxed(),
        ahead(|t| t.is_literal()).ignore_then(fail("import path must be a string")),
        fail("missing import path"),
    )))
    .map_with(move |(name, path), e| ImportSpec {
        name,
        path,
        span: c.span(e.span()),
    })
    .boxed();
    tk(c, Tok::Import).ignore_then(group(c, spec)).boxed()
}

/// A whole source file.
pub(super) fn file<'a>(c: &'a Ctx<'a>) -> P<'a, ast::File> {
    let block = recursive(move |blk| {
        let p = Pieces::new(c, blk.boxed());
        stmt::block_parser(c, &p)
    })
    .boxed();
    let p = Pieces::new(c, block);

    let top_term = choice((
        semi(c).ignored().boxed(),
        ahead(|t| *t == Tok::Eof),
        fail("after top level declaration"),
    ))
    .boxed();
    let want_semi = custom(|inp: &mut Inp<'a, '_>| match inp.peek_ref() {
        Some(Tok::Semi { .. }) => {
            inp.next_ref();
            Ok(())
        }
        _ => Err(PErr::syntax(idx(inp), "expected semicolon or newline")),
    });
    let package = choice((tk(c, Tok::Package), fail("package statement must be first")))
        .ignore_then(name(c))
        .then_ignore(want_semi);
    let imports = import_decl(c)
        .then_ignore(top_term.clone())
        .repeated()
        .collect::<Vec<Vec<ImportSpec>>>();
    let decl = choice((
        gen_decl(c, &p).map(Decl::Gen).boxed(),
        func_decl(c, &p).map(|f| Decl::Func(Box::new(f))).boxed(),
        ahead(|t| *t == Tok::Import)
            .ignore_then(fail("imports must appear before other declarations")),
        fail("non-declaration statement outside function body"),
    ));
    package
        .then(imports)
        .then(decl.then_ignore(top_term).repeated().collect::<Vec<Decl>>())
        .then_ignore(just(Tok::Eof))
        .map(|((package, imports), decls)| ast::File {
            package,
            imports: imports.into_iter().flatten().collect(),
            decls,
        })
        .boxed()
}
