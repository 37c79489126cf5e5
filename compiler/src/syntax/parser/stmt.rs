//! Statements and blocks.
//!
//! `if`, `for` and `switch` headers use the expression parser without
//! top-level composite literals and follow gc's `header` function: the
//! first simple statement is the condition (or tag) unless a semicolon
//! follows, and misplaced pieces are reported as gc does (`cannot use x :=
//! 1 as value`, `missing condition in if statement`, `expected for loop
//! condition`, ...).

use super::super::ast::{BinOp, CaseClause, CommClause, GenDecl, Stmt, StmtKind};
use super::*;

/// A simple statement (with the position gc gives it: the operator of an
/// assignment, send or increment), or a range clause (only in a `for`
/// header).
pub(super) enum Simple {
    Stmt(Stmt, Option<Span>),
    Range {
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        span: Span,
    },
}

/// Whether a range clause may appear (gc's `keyword == _For`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kw {
    Plain,
    For,
}

/// The right-hand side of `=` or `:=`.
enum Rhs {
    List(Vec<Expr>),
    Range(Span, Expr),
}

/// What follows the first expression of a simple statement.
enum Tail {
    List(Vec<Expr>, (bool, Span), Rhs),
    Assign((bool, Span), Rhs),
    OpAssign((BinOp, Span), Expr),
    IncDec(bool, Span),
    Send(Span, Expr),
    None,
}

/// Whether `t` is a semicolon.
fn is_semi(t: &Tok) -> bool {
    matches!(t, Tok::Semi { .. })
}

/// The operator of an assignment operator token (`+=` gives `+`).
fn assign_op(t: &Tok) -> Option<BinOp> {
    t.assign_op_base().map(|b| expr::binop(&b))
}

/// gc's `simpleStmt` over expressions parsed by `e`.
fn simple_stmt<'a>(c: &'a Ctx<'a>, e: P<'a, Expr>, kw: Kw) -> P<'a, Simple> {
    let exprs = comma_list(c, e.clone());
    let range = tk(c, Tok::Range).then(e.clone());
    let rhs: P<'a, Rhs> = if kw == Kw::For {
        choice((
            range.clone().map(|(s, x)| Rhs::Range(s, x)).boxed(),
            exprs.clone().map(Rhs::List).boxed(),
        ))
        .boxed()
    } else {
        exprs.clone().map(Rhs::List).boxed()
    };
    let assign_tail = select_ref! {
        Tok::Assign = e => (false, c.span(e.span())),
        Tok::Define = e => (true, c.span(e.span())),
    }
    .then(rhs)
    .boxed();
    let op_assign = select_ref! {
        t = e if assign_op(t).is_some() => (assign_op(t).unwrap_or(BinOp::Add), c.span(e.span()))
    };
    let tail = choice((
        tk(c, Tok::Comma)
            .ignore_then(exprs)
            .then(choice((
                assign_tail.clone(),
                fail("expected := or = or comma"),
            )))
            .map(|(rest, (define, rhs))| Tail::List(rest, define, rhs))
            .boxed(),
        assign_tail
            .map(|(define, rhs)| Tail::Assign(define, rhs))
            .boxed(),
        op_assign
            .then(e.clone())
            .map(|(op, r)| Tail::OpAssign(op, r))
            .boxed(),
        select_ref! {
            Tok::Inc = e => Tail::IncDec(true, c.span(e.span())),
            Tok::Dec = e => Tail::IncDec(false, c.span(e.span())),
        }
        .boxed(),
        tk(c, Tok::Arrow)
            .then(e.clone())
            .map(|(s, v)| Tail::Send(s, v))
            .boxed(),
        empty().map(|_| Tail::None).boxed(),
    ));
    let main = e
        .then(tail)
        .map(move |(first, tail)| build_simple(c, first, tail))
        .boxed();
    if kw == Kw::For {
        choice((
            range
                .map(move |(s, x)| build_range(c, Vec::new(), false, s, x))
                .boxed(),
            main,
        ))
        .boxed()
    } else {
        main
    }
}

/// Assembles a simple statement from its first expression and the rest.
fn build_simple(c: &Ctx<'_>, first: Expr, tail: Tail) -> Simple {
    let start = first.span;
    let assign = |lhs: Vec<Expr>, (define, op_span): (bool, Span), rhs: Rhs| -> Simple {
        match rhs {
            Rhs::List(rhs) => {
                let span = start.to(rhs.last().map_or(start, |r| r.span));
                Simple::Stmt(
                    Stmt {
                        span,
                        kind: Box::new(StmtKind::Assign {
                            lhs,
                            rhs,
                            op: None,
                            define,
                        }),
                    },
                    Some(op_span),
                )
            }
            Rhs::Range(s, x) => build_range(c, lhs, define, s, x),
        }
    };
    let stmt = |kind: StmtKind, end: Span, pos: Option<Span>| {
        Simple::Stmt(
            Stmt {
                span: start.to(end),
                kind: Box::new(kind),
            },
            pos,
        )
    };
    match tail {
        Tail::List(rest, define, rhs) => {
            let mut lhs = vec![first];
            lhs.extend(rest);
            assign(lhs, define, rhs)
        }
        Tail::Assign(define, rhs) => assign(vec![first], define, rhs),
        Tail::OpAssign((op, op_span), r) => {
            let end = r.span;
            stmt(
                StmtKind::Assign {
                    lhs: vec![first],
                    rhs: vec![r],
                    op: Some(op),
                    define: false,
                },
                end,
                Some(op_span),
            )
        }
        Tail::IncDec(inc, end) => stmt(StmtKind::IncDec(first, inc), end, Some(end)),
        Tail::Send(arrow, v) => {
            let end = v.span;
            stmt(StmtKind::Send(first, v), end, Some(arrow))
        }
        Tail::None => stmt(StmtKind::Expr(first), start, None),
    }
}

/// A range clause `lhs := range x` (at most two iteration variables).
fn build_range(c: &Ctx<'_>, mut lhs: Vec<Expr>, define: bool, range_kw: Span, x: Expr) -> Simple {
    if let Some(third) = lhs.get(2) {
        // gc's parser accepts more variables and its type checker rejects
        // them; the tree has room for two.
        let msg = "range clause permits at most two iteration variables";
        c.defer_error(Diag::new(Span::at(third.span.lo), msg));
        lhs.truncate(2);
    }
    let start = lhs.first().map_or(range_kw, |k| k.span);
    let span = start.to(x.span);
    Simple::Range {
        lhs,
        define,
        x,
        span,
    }
}

/// A simple statement as a statement (a stray range clause becomes an
/// expression statement of its operand; the grammar never produces one).
fn simple_to_stmt(s: Simple) -> Stmt {
    match s {
        Simple::Stmt(s, _) => s,
        Simple::Range { x, span, .. } => Stmt {
            span,
            kind: Box::new(StmtKind::Expr(x)),
        },
    }
}

/// The condition of an `if`/`for` header: an expression statement, or gc's
/// `cannot use ... as value`.
fn cond_expr(s: Simple, here: usize) -> Result<Expr, PErr> {
    match s {
        Simple::Stmt(Stmt { span, kind }, pos) => match *kind {
            StmtKind::Expr(x) => Ok(x),
            kind => {
                let text = print::stmt_str(&kind);
                let at = pos.unwrap_or(span).lo;
                Err(PErr::syntax(here, format!("cannot use {text} as value")).at(at))
            }
        },
        Simple::Range { span, .. } => {
            Err(PErr::syntax(here, "cannot use range clause as value").at(span.lo))
        }
    }
}

/// Builds the block parser: `{ statements }`.
pub(super) fn block_parser<'a>(c: &'a Ctx<'a>, p: &Pieces<'a>) -> P<'a, Block> {
    let gen = decl::gen_decl(c, p);
    let stmt = recursive(|stmt| statement(c, p, stmt.boxed(), gen)).boxed();
    tk(c, Tok::LBrace)
        .then(stmt_list(c, stmt))
        .then(want(c, Tok::RBrace))
        .map(|((lbrace, stmts), rbrace)| Block {
            stmts,
            lbrace,
            rbrace,
        })
        .boxed()
}

/// gc's `stmtList`: statements each followed by a semicolon (optional
/// before `}`), up to `}`, `case`, `default` or EOF.
fn stmt_list<'a>(c: &'a Ctx<'a>, stmt: P<'a, Stmt>) -> P<'a, Vec<Stmt>> {
    let term = choice((
        semi(c).ignored(),
        ahead(|t| *t == Tok::RBrace),
        fail("at end of statement"),
    ));
    stmt.then_ignore(term)
        .repeated()
        .collect::<Vec<Stmt>>()
        .boxed()
}

/// Wraps a block as a statement.
fn block_stmt(b: Block) -> Stmt {
    Stmt {
        span: b.lbrace.to(b.rbrace),
        kind: Box::new(StmtKind::Block(b)),
    }
}

/// The statement parser around the recursive handle `stmt`.
fn statement<'a>(
    c: &'a Ctx<'a>,
    p: &Pieces<'a>,
    stmt: P<'a, Stmt>,
    gen: P<'a, GenDecl>,
) -> P<'a, Stmt> {
    let stmts = stmt_list(c, stmt.clone());
    let body = |what: &str| -> P<'a, Block> {
        choice((
            tk(c, Tok::LBrace),
            fail(format!("expected {{ after {what}")),
        ))
        .then(stmts.clone())
        .then(want(c, Tok::RBrace))
        .map(|((lbrace, stmts), rbrace)| Block {
            stmts,
            lbrace,
            rbrace,
        })
        .boxed()
    };
    let simple_full = simple_stmt(c, p.expr.clone(), Kw::Plain);
    let simple_nc = simple_stmt(c, p.expr_nc.clone(), Kw::Plain);
    let simple_for = simple_stmt(c, p.expr_nc.clone(), Kw::For);
    let mk = |kind: StmtKind, span: Span| Stmt {
        span,
        kind: Box::new(kind),
    };

    let labeled = ident(c)
        .then_ignore(tk(c, Tok::Colon))
        .then(choice((
            ahead(|t| *t == Tok::RBrace)
                .map_with(move |_, e| mk(StmtKind::Empty, Span::at(c.tok_span(e.span().start).lo)))
                .boxed(),
            stmt.clone(),
            fail_back(c, 1, "missing statement after label"),
        )))
        .map(move |(l, s)| mk(StmtKind::Labeled(l.clone(), s.clone()), l.span.to(s.span)));

    let decl = gen.map(move |d| mk(StmtKind::Decl(d.clone()), d.span));
    let block = p.block.clone().map(block_stmt);
    let simple = ahead(starts_expr)
        .ignore_then(simple_full.clone())
        .map(simple_to_stmt);

    // if
    let if_hdr = if_header(c, simple_nc.clone());
    let else_block = p.block.clone().map(block_stmt);
    let if_body = body("if clause");
    let if_stmt = recursive(move |ifs| {
        tk(c, Tok::If)
            .then(if_hdr)
            .then(if_body)
            .then(
                tk(c, Tok::Else)
                    .ignore_then(choice((
                        ifs.boxed(),
                        else_block,
                        fail("else must be followed by if or statement block"),
                    )))
                    .or_not(),
            )
            .map(move |(((kw, (init, cond)), then), els)| {
                let end = els.as_ref().map_or(then.rbrace, |s: &Stmt| s.span);
                mk(
                    StmtKind::If {
                        init,
                        cond,
                        then,
                        els,
                    },
                    kw.to(end),
                )
            })
    });

    // for
    let for_stmt = tk(c, Tok::For)
        .then(for_header(c, simple_for, simple_nc.clone()))
        .then(body("for clause"))
        .map(move |((kw, head), body)| {
            let span = kw.to(body.rbrace);
            let kind = match head {
                ForHead::For { init, cond, post } => StmtKind::For {
                    init,
                    cond,
                    post,
                    body,
                },
                ForHead::Range {
                    key,
                    value,
                    define,
                    x,
                } => StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    body,
                },
            };
            mk(kind, span)
        });

    // switch
    let case_clause = choice((
        tk(c, Tok::Case)
            .then(comma_list(c, p.expr.clone()))
            .map(|(s, list)| (s, list, false))
            .boxed(),
        tk(c, Tok::Default).map(|s| (s, Vec::new(), true)).boxed(),
        fail("expected case or default or }"),
    ))
    .then(want(c, Tok::Colon))
    .then(stmts.clone())
    .map(|(((kw, list, default), colon), body)| CaseClause {
        list,
        default,
        body,
        span: kw.to(colon),
    });
    let clauses = ahead(|t| *t != Tok::RBrace && *t != Tok::Eof)
        .ignore_then(case_clause)
        .repeated()
        .collect::<Vec<CaseClause>>();
    let switch_stmt = tk(c, Tok::Switch)
        .then(switch_header(c, simple_nc.clone()))
        .then(choice((
            tk(c, Tok::LBrace),
            fail("missing { after switch clause"),
        )))
        .then(clauses)
        .then(want(c, Tok::RBrace))
        .map(move |((((kw, (init, head)), lbrace), cases), rbrace)| {
            let kind = match head {
                SwitchHead::Expr(tag) => StmtKind::Switch {
                    init,
                    tag,
                    cases,
                    lbrace,
                },
                SwitchHead::Type(bind, x) => StmtKind::TypeSwitch {
                    init,
                    bind,
                    x,
                    cases,
                    lbrace,
                },
            };
            mk(kind, kw.to(rbrace))
        });

    // select
    let comm_clause = choice((
        tk(c, Tok::Case)
            .then(simple_full.map(simple_to_stmt))
            .map(|(s, comm)| (s, Some(comm)))
            .boxed(),
        tk(c, Tok::Default).map(|s| (s, None)).boxed(),
        fail("expected case or default or }"),
    ))
    .then(want(c, Tok::Colon))
    .then(stmts)
    .map(|(((kw, comm), colon), body)| CommClause {
        comm,
        body,
        span: kw.to(colon),
    });
    let select_stmt = tk(c, Tok::Select)
        .then_ignore(choice((
            tk(c, Tok::LBrace),
            fail("missing { after select clause"),
        )))
        .then(
            ahead(|t| *t != Tok::RBrace && *t != Tok::Eof)
                .ignore_then(comm_clause)
                .repeated()
                .collect::<Vec<CommClause>>(),
        )
        .then(want(c, Tok::RBrace))
        .map(move |((kw, clauses), rbrace)| mk(StmtKind::Select(clauses), kw.to(rbrace)));

    // go, defer
    let go_defer = select_ref! {
        Tok::Go = e => (true, c.span(e.span())),
        Tok::Defer = e => (false, c.span(e.span())),
    }
    .then(p.primary.clone())
    .try_map_with(move |((is_go, kw), x), e| {
        let word = if is_go { "go" } else { "defer" };
        if let ExprKind::Paren(_) = &*x.kind {
            let msg = format!("expression in {word} must not be parenthesized");
            return Err(PErr::plain(e.span().end, msg).at(x.span.lo));
        }
        let span = kw.to(x.span);
        Ok(mk(
            if is_go {
                StmtKind::Go(x)
            } else {
                StmtKind::Defer(x)
            },
            span,
        ))
    });

    // return
    let ret = tk(c, Tok::Return)
        .then(choice((
            ahead(|t| matches!(t, Tok::Semi { .. } | Tok::RBrace))
                .map(|_| Vec::new())
                .boxed(),
            comma_list(c, p.expr.clone()),
        )))
        .map(move |(kw, results)| {
            let span = results.last().map_or(kw, |r| kw.to(r.span));
            mk(StmtKind::Return(results), span)
        });

    let branch = select_ref! {
        Tok::Break = e => (true, c.span(e.span())),
        Tok::Continue = e => (false, c.span(e.span())),
    }
    .then(ident(c).or_not())
    .map(move |((is_break, kw), label)| {
        let span = label.as_ref().map_or(kw, |l| kw.to(l.span));
        mk(
            if is_break {
                StmtKind::Break(label)
            } else {
                StmtKind::Continue(label)
            },
            span,
        )
    });
    let goto = tk(c, Tok::Goto)
        .then(name(c))
        .map(move |(kw, l)| mk(StmtKind::Goto(l.clone()), kw.to(l.span)));
    let fallthrough = tk(c, Tok::Fallthrough).map(move |s| mk(StmtKind::Fallthrough, s));
    let empty_stmt = ahead(is_semi)
        .map_with(move |_, e| mk(StmtKind::Empty, Span::at(c.tok_span(e.span().start).lo)));

    choice((
        labeled.boxed(),
        decl.boxed(),
        block.boxed(),
        simple.boxed(),
        if_stmt.boxed(),
        for_stmt.boxed(),
        switch_stmt.boxed(),
        select_stmt.boxed(),
        go_defer.boxed(),
        ret.boxed(),
        branch.boxed(),
        goto.boxed(),
        fallthrough.boxed(),
        empty_stmt.boxed(),
    ))
    .boxed()
}

/// A header's optional first simple statement (absent before `;`).
fn header_init<'a>(simple: P<'a, Simple>) -> P<'a, Option<Simple>> {
    choice((ahead(is_semi).map(|_| None), simple.map(Some))).boxed()
}

/// The `if` header: `[init ;] cond`.
fn if_header<'a>(c: &'a Ctx<'a>, simple: P<'a, Simple>) -> P<'a, (Option<Stmt>, Expr)> {
    /// What follows the first simple statement.
    enum After {
        Brace,
        Semi(Span, bool, Option<Simple>),
    }
    let semi_auto = select_ref! { Tok::Semi { auto } = e => (c.span(e.span()), *auto) };
    let after = choice((
        ahead(|t| *t == Tok::LBrace).map(|_| After::Brace).boxed(),
        semi_auto
            .then(choice((
                ahead(|t| *t == Tok::LBrace).map(|_| None),
                simple.clone().map(Some),
            )))
            .map(|((s, auto), cond)| After::Semi(s, auto, cond))
            .boxed(),
        want(c, Tok::LBrace).map(|_| After::Brace).boxed(),
    ));
    choice((
        ahead(|t| *t == Tok::LBrace).ignore_then(fail("missing condition in if statement")),
        tk(c, Tok::Var).ignore_then(fail("var declaration not allowed in if initializer")),
        header_init(simple)
            .then(after)
            .try_map_with(move |(init, after), e| {
                let here = e.span().end;
                let (init, cond) = match after {
                    After::Brace => (None, init),
                    After::Semi(s, auto, None) => {
                        let msg = if auto {
                            "unexpected newline, expected { after if clause"
                        } else {
                            "missing condition in if statement"
                        };
                        return Err(PErr::syntax(here, msg).at(s.lo));
                    }
                    After::Semi(_, _, Some(cond)) => (init, Some(cond)),
                };
                let cond = match cond {
                    Some(s) => cond_expr(s, here)?,
                    None => return Err(PErr::syntax(here, "missing condition in if statement")),
                };
                Ok((init.map(simple_to_stmt), cond))
            })
            .boxed(),
    ))
    .boxed()
}

/// A parsed `for` header.
enum ForHead {
    For {
        init: Option<Stmt>,
        cond: Option<Expr>,
        post: Option<Stmt>,
    },
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
    },
}

/// The `for` header: nothing, `cond`, `init; cond; post` or a range clause.
///
/// Written imperatively (like gc's `header`) because what may follow the
/// first simple statement depends on whether it was a range clause.
fn for_header<'a>(
    c: &'a Ctx<'a>,
    simple_for: P<'a, Simple>,
    simple: P<'a, Simple>,
) -> P<'a, ForHead> {
    let is = |inp: &mut Inp<'a, '_>, t: &Tok| c.tok(idx(inp)) == t;
    imperative(move |inp: &mut Inp<'a, '_>| {
        if is(inp, &Tok::LBrace) {
            return Ok(ForHead::For {
                init: None,
                cond: None,
                post: None,
            });
        }
        if is(inp, &Tok::Var) {
            inp.next_ref();
            return Err(PErr::syntax(
                idx(inp),
                "var declaration not allowed in for initializer",
            ));
        }
        let init = if is_semi(c.tok(idx(inp))) {
            None
        } else {
            Some(inp.parse(&simple_for)?)
        };
        if let Some(Simple::Range {
            mut lhs, define, x, ..
        }) = init
        {
            // The header ends here; the body reports anything but `{`.
            let value = if lhs.len() > 1 { lhs.pop() } else { None };
            let key = lhs.pop();
            return Ok(ForHead::Range {
                key,
                value,
                define,
                x,
            });
        }
        if is(inp, &Tok::LBrace) {
            let cond = match init {
                Some(s) => Some(cond_expr(s, idx(inp))?),
                None => None,
            };
            return Ok(ForHead::For {
                init: None,
                cond,
                post: None,
            });
        }
        if !is_semi(c.tok(idx(inp))) {
            return Err(PErr::syntax(idx(inp), "expected {"));
        }
        inp.next_ref();
        // init ; [cond] ; [post]
        let cond = if is(inp, &Tok::LBrace) {
            return Err(PErr::syntax(idx(inp), "expected for loop condition"));
        } else if is_semi(c.tok(idx(inp))) {
            None
        } else {
            Some(inp.parse(&simple)?)
        };
        if !is_semi(c.tok(idx(inp))) {
            return Err(PErr::syntax(idx(inp), "expected semicolon or newline"));
        }
        inp.next_ref();
        let post = if is(inp, &Tok::LBrace) {
            None
        } else {
            Some(inp.parse(&simple)?)
        };
        let here = idx(inp);
        let cond = match cond {
            Some(s) => Some(cond_expr(s, here)?),
            None => None,
        };
        if let Some(Simple::Stmt(p, pos)) = &post {
            if let StmtKind::Assign { define: true, .. } = &*p.kind {
                let msg = "cannot declare in post statement of for loop";
                return Err(PErr::syntax(here, msg).at(pos.unwrap_or(p.span).lo));
            }
        }
        Ok(ForHead::For {
            init: init.map(simple_to_stmt),
            cond,
            post: post.map(simple_to_stmt),
        })
    })
}

/// What a `switch` header switches on.
enum SwitchHead {
    Expr(Option<Expr>),
    Type(Option<Ident>, Expr),
}

/// The `switch` header: `[init ;] [tag]`, where the tag may be a type
/// switch guard `[v :=] x.(type)`.
fn switch_header<'a>(c: &'a Ctx<'a>, simple: P<'a, Simple>) -> P<'a, (Option<Stmt>, SwitchHead)> {
    let after = choice((
        ahead(|t| *t == Tok::LBrace).map(|_| None).boxed(),
        semi(c)
            .ignore_then(choice((
                ahead(|t| *t == Tok::LBrace).map(|_| None).boxed(),
                simple.clone().map(Some).boxed(),
            )))
            .map(Some)
            .boxed(),
        want(c, Tok::LBrace).map(|_| None).boxed(),
    ));
    choice((
        ahead(|t| *t == Tok::LBrace)
            .map(|_| (None, SwitchHead::Expr(None)))
            .boxed(),
        tk(c, Tok::Var).ignore_then(fail("var declaration not allowed in switch initializer")),
        header_init(simple)
            .then(after)
            .try_map_with(move |(a, b), e| {
                let here = e.span().end;
                let (init, tag) = match b {
                    None => (None, a),
                    Some(t) => (a, t),
                };
                let head = match tag {
                    None => SwitchHead::Expr(None),
                    Some(s) => type_switch_guard(s, here)?,
                };
                Ok((init.map(simple_to_stmt), head))
            })
            .boxed(),
    ))
    .boxed()
}

/// Classifies a switch tag: `x.(type)`, `v := x.(type)` or an expression.
fn type_switch_guard(s: Simple, here: usize) -> Result<SwitchHead, PErr> {
    if let Simple::Stmt(st, _) = &s {
        match &*st.kind {
            StmtKind::Expr(x) => {
                if let ExprKind::TypeAssert(inner, None) = &*x.kind {
                    return Ok(SwitchHead::Type(None, inner.clone()));
                }
            }
            StmtKind::Assign {
                lhs,
                rhs,
                op: None,
                define: true,
            } if lhs.len() == 1 && rhs.len() == 1 => {
                if let (ExprKind::Ident(v), ExprKind::TypeAssert(inner, None)) =
                    (&*lhs[0].kind, &*rhs[0].kind)
                {
                    return Ok(SwitchHead::Type(Some(v.clone()), inner.clone()));
                }
            }
            _ => {}
        }
    }
    Ok(SwitchHead::Expr(Some(cond_expr(s, here)?)))
}
