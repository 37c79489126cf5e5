//! The Go parser: the lexer's tokens to an [`ast::File`], written with
//! [chumsky](https://docs.rs/chumsky/0.10.1) combinators over the token slice.
//!
//! # Structure
//!
//! The grammar is built afresh for every file from small boxed parsers
//! (`P`) that capture a shared `Ctx`: the token slice, the byte span of
//! every token and the [`ExprId`] counter. The input is the bare `&[Tok]`
//! slice, so chumsky's spans are *token indices*; `Ctx::span` turns them
//! into byte [`Span`]s. Mutual recursion (blocks contain statements contain
//! expressions contain function literals contain blocks; types contain array
//! length expressions) is expressed with nested [`recursive`] calls rather
//! than `Recursive::declare`, so that the parser graph holds no reference
//! cycles and is freed after each file: the block parser is the outermost
//! recursion, the expression parser is built inside it and the type parser
//! inside that. Pieces needed outside a recursion (the top-level
//! declarations need expressions and types, statements need the expression
//! parser without composite literals) are simply built a second time.
//!
//! * `expr`: operands, primary expressions, unary and binary expressions,
//!   composite literals, function literals.
//! * `types`: type literals, signatures, parameter lists (including type
//!   parameter lists and their constraints) and struct/interface bodies.
//! * `stmt`: statements, blocks, `if`/`for`/`switch`/`select` headers.
//! * `decl`: `const`/`var`/`type`/`func`/`import` and the file.
//!
//! # Ambiguities
//!
//! Go is LL(1) almost everywhere, and the parser follows gc's decisions
//! (`cmd/compile/internal/syntax`):
//!
//! * **Composite literals in statement headers.** In `if x == T{} {` the
//!   `{` could start the literal or the block. Two expression parsers are
//!   built from the same pieces: one allows a composite literal after a bare
//!   type name (`T`, `pkg.T`, `T[int]`), the other (used for everything in
//!   an `if`/`for`/`switch` header) does not. Literal types (`[]T{}`,
//!   `map[K]V{}`, `struct{...}{}`, `[N]T{}`) are unambiguous and allowed in
//!   both. Inside parentheses, brackets, braces and argument lists the
//!   permissive parser is used again, so `if x == (T{}) {` works. The
//!   decision needs the expression parsed so far, so the postfix loop of a
//!   primary expression (`x.f`, `x[i]`, `x(...)`, `x.(T)`, `T{...}`) is a
//!   small imperative parser (`imperative`) that calls chumsky parsers
//!   for each suffix and looks at the accumulated expression before
//!   accepting a `{`.
//! * **Index or instantiation.** `a[b]`, `f[int]`, `Pair[K, V]` all parse as
//!   [`ExprKind::Index`] with a list of operands; since type literals are
//!   operands too (`[]int`, `map[K]V`, `func()`, `*T`, `chan T`), any type
//!   can appear there. The checker decides what an index means.
//! * **`type T[P *C] ...`.** After `type T[` a name may start an array
//!   length expression or a type parameter list. As gc does, the bracket
//!   content is parsed as an expression and then split (`types::extract_name`):
//!   `P *C`, `P C`, `P ~int|...`, `P (C)` become type parameter `P` with
//!   constraint `*C` (etc.) when the constraint is unambiguously a type
//!   element or followed by a comma; `[N]`, `[P * C]` alone stay arrays.
//! * **Parameter lists.** `(a, b int)` versus `(int, string)`: entries are
//!   parsed as `[name] [type]` and distributed afterwards as gc does.
//! * `x.(type)` is accepted wherever a primary expression is (as in gc's
//!   parser) and represented as `TypeAssert(x, None)`; a `switch` header of
//!   that form becomes [`ast::StmtKind::TypeSwitch`]. Anywhere else the checker
//!   must reject it (`use of .(type) outside type switch`).
//!
//! # Tree conventions
//!
//! * A type constraint or interface element with a single term and no `~`
//!   is the plain type; otherwise it is an [`ExprKind::Union`] of
//!   `(tilde, type)` terms (`~int` alone is a one-term union).
//! * Parentheses around types are dropped as gc drops them (`(int)` is
//!   `int`), but kept in expressions (`(*T).M` is a selector on a
//!   [`ExprKind::Paren`]); `&(T{})` drops them like gc.
//! * `[...]T` is `ArrayType(None, T)`; a final `...T` parameter has type
//!   `Ellipsis(Some(T))` and sets [`ast::FuncType::variadic`].
//! * Consecutive parameters sharing a type form one [`ast::Field`] (`a, b
//!   int`); anonymous parameters have no names. The receiver is one field.
//! * `ValueSpec::iota` is the index of the spec in its group (0 for a
//!   single spec); specs without values are left empty for the checker.
//! * The span of a `FuncType`/`FuncLit` expression starts at `func`; the
//!   signature of a [`ast::FuncDecl`] spans its parameters and results.
//!
//! # Errors
//!
//! The parser stops at the first syntax error and reports it in gc's words
//! and at gc's position. The error type `PErr` remembers the token index
//! at which it was raised; chumsky keeps the error that got furthest, and
//! among errors at the same token a message written for that situation
//! (gc's `syntax error: unexpected X, expected Y`, `... at end of
//! statement`, `... in argument list; possibly missing comma or )`, ...)
//! wins over chumsky's generic "expected token" error, the first such
//! message winning over later ones. Optional constructs are guarded by
//! one-token lookahead exactly where gc looks ahead, so that only the
//! branch gc would commit to produces a message; where gc's choice depends
//! on what was parsed (the postfix loop, `type T[`, the `for` header),
//! the parser is written imperatively with `imperative`. Lexical errors
//! from the lexer are returned together with the syntax error, sorted by
//! position. A few constructs that gc's parser accepts but its type
//! checker rejects as an invalid tree (a struct tag that is not a string,
//! a range clause with three variables) are reported only when there is no
//! syntax error, with gc's wording.
//!
//! # Expression ids
//!
//! Every [`Expr`] receives an [`ExprId`] from a counter that starts at the
//! caller's `*next_id` and is written back afterwards, so ids are unique
//! across all files of a package. Backtracking may skip some numbers; ids
//! are unique but not dense.
//!
//! # Nesting depth
//!
//! Every level of syntactic nesting passes through a chumsky [`Recursive`]
//! parser, which grows the stack on demand (chumsky's `stacker` feature), so
//! deeply nested input (10,000 parentheses or blocks) parses without
//! overflowing. Consumers walking such a tree recursively must take the same
//! care; dropping it is recursive too.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use chumsky::error::LabelError;
use chumsky::input::InputRef;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;
use chumsky::DefaultExpected;

use super::ast::{self, Block, Expr, ExprId, ExprKind, Ident};
use super::lexer;
use super::source::{Diag, SourceFile, Span};
use super::token::Tok;

mod decl;
mod expr;
mod print;
mod stmt;
#[cfg(test)]
mod tests;
mod types;

/// Parses one Go source file.
///
/// Runs the lexer on the file's bytes, parses the tokens and numbers the
/// expressions of the tree from `*next_id` upward, leaving `*next_id` one
/// past the last id used (pass the same counter for every file of a
/// package). On failure returns the lexical errors and the first syntax
/// error, sorted by position; messages are gc's (`syntax error: ...`).
pub fn parse_file(file: &SourceFile, next_id: &mut u32) -> Result<ast::File, Vec<Diag>> {
    match parse_file_soft(file, next_id) {
        Ok((f, soft)) if soft.is_empty() => Ok(f),
        Ok((_, soft)) => Err(soft),
        Err(d) => Err(d),
    }
}

/// Like [`parse_file`], but errors that gc reports during type checking
/// (a range clause with three variables, a non-string struct tag) do not
/// stop the parse: the tree comes back with them, so the caller can report
/// them together with the type errors, as gc does.
pub fn parse_file_soft(
    file: &SourceFile,
    next_id: &mut u32,
) -> Result<(ast::File, Vec<Diag>), Vec<Diag>> {
    let (toks, mut diags) = lexer::lex_bytes(file.bytes());
    let (toks, spans): (Vec<Tok>, Vec<Span>) = toks.into_iter().unzip();
    let (out, err, mut soft) = parse_tokens(&toks, &spans, next_id);
    if let Some(err) = err {
        diags.push(err);
    }
    match out {
        Some(f) if diags.is_empty() => {
            soft.sort_by_key(|d| d.span.lo);
            Ok((f, soft))
        }
        _ => {
            diags.sort_by_key(|d| d.span.lo);
            Err(diags)
        }
    }
}

/// Parses a token stream (ending with [`Tok::Eof`]) into a file; returns the
/// tree if there was no syntax error, the first syntax error if any, and
/// the deferred (type-checking time) errors.
fn parse_tokens(
    toks: &[Tok],
    spans: &[Span],
    next_id: &mut u32,
) -> (Option<ast::File>, Option<Diag>, Vec<Diag>) {
    // A stream that does not end in EOF (only possible for hand-made token
    // lists) gets one, so that every error has a token to point at.
    let mut owned;
    let (toks, spans) = if toks.last() == Some(&Tok::Eof) && spans.len() == toks.len() {
        (toks, spans)
    } else {
        let n = toks.len().min(spans.len());
        let end = spans[..n].last().map_or(0, |s| s.hi);
        owned = (toks[..n].to_vec(), spans[..n].to_vec());
        owned.0.push(Tok::Eof);
        owned.1.push(Span::at(end));
        (&owned.0[..], &owned.1[..])
    };
    let ctx = Ctx {
        toks,
        spans,
        next_id: Cell::new(*next_id),
        deferred: RefCell::new(Vec::new()),
    };
    let (out, errs) = {
        let parser = decl::file(&ctx);
        parser.parse(toks).into_output_errors()
    };
    *next_id = ctx.next_id.get();
    let first = errs.into_iter().min_by_key(|e| ctx.err_offset(e));
    match first {
        Some(e) => (None, Some(ctx.diag(&e)), Vec::new()),
        None => (out, None, ctx.deferred.take()),
    }
}

// ---------------------------------------------------------------------------
// Parser plumbing.

/// The parser input: the token slice (spans are token indices).
pub(crate) type In<'a> = &'a [Tok];
/// Parser extras: our error type, no state, no context.
pub(crate) type Ex = extra::Err<PErr>;
/// A boxed parser producing `O`.
pub(crate) type P<'a, O> = Boxed<'a, 'a, In<'a>, O, Ex>;
/// The input handle given to imperative parsers.
pub(crate) type Inp<'a, 'p> = InputRef<'a, 'p, In<'a>, Ex>;

/// What every parser of one file shares.
pub(crate) struct Ctx<'a> {
    /// The tokens, ending with [`Tok::Eof`].
    toks: &'a [Tok],
    /// The byte span of each token.
    spans: &'a [Span],
    /// The next expression id to hand out.
    next_id: Cell<ExprId>,
    /// Errors that gc's parser accepts but its type checker rejects as an
    /// invalid syntax tree; reported only if there is no syntax error.
    deferred: RefCell<Vec<Diag>>,
}

impl<'a> Ctx<'a> {
    /// The byte span of the token at index `i` (clamped to the last token).
    fn tok_span(&self, i: usize) -> Span {
        match self.spans.get(i) {
            Some(s) => *s,
            None => self
                .spans
                .last()
                .map_or(Span::default(), |s| Span::at(s.hi)),
        }
    }

    /// The token at index `i`, EOF past the end.
    fn tok(&self, i: usize) -> &'a Tok {
        self.toks.get(i).unwrap_or(&Tok::Eof)
    }

    /// The index of the first token that starts at or after byte `lo`.
    fn tok_index(&self, lo: u32) -> usize {
        self.spans.partition_point(|s| s.lo < lo)
    }

    /// The byte span covering the tokens of a chumsky span.
    fn span(&self, s: SimpleSpan) -> Span {
        if s.end > s.start {
            self.tok_span(s.start).to(self.tok_span(s.end - 1))
        } else {
            Span::at(self.tok_span(s.start).lo)
        }
    }

    /// A new expression node with a fresh id.
    fn expr(&self, kind: ExprKind, span: Span) -> Expr {
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1));
        Expr {
            id,
            span,
            kind: Box::new(kind),
        }
    }

    /// A new identifier expression.
    fn ident_expr(&self, id: Ident) -> Expr {
        let span = id.span;
        self.expr(ExprKind::Ident(id), span)
    }

    /// Records an error that gc's type checker (not its parser) reports;
    /// it is returned only if the file has no syntax error.
    fn defer_error(&self, d: Diag) {
        let mut deferred = self.deferred.borrow_mut();
        if !deferred.iter().any(|e| e.span == d.span) {
            deferred.push(d);
        }
    }

    /// The byte offset at which `e` is reported.
    fn err_offset(&self, e: &PErr) -> u32 {
        e.at.unwrap_or_else(|| self.tok_span(e.pos).lo)
    }

    /// gc's description of the token at index `i` (`name x`, `newline`, ...).
    fn describe(&self, i: usize) -> String {
        self.tok(i).describe_at(self.tok_span(i))
    }

    /// Renders a parse error as a diagnostic in gc's words.
    fn diag(&self, e: &PErr) -> Diag {
        let at = Span::at(self.err_offset(e));
        let msg = match &e.msg {
            Msg::Expected(Some(what)) => {
                format!(
                    "syntax error: unexpected {}, expected {}",
                    self.describe(e.pos),
                    what
                )
            }
            Msg::Expected(None) => format!("syntax error: unexpected {}", self.describe(e.pos)),
            Msg::Syntax(m) => {
                if m.starts_with("in ") || m.starts_with("at ") || m.starts_with("after ") {
                    format!("syntax error: unexpected {} {}", self.describe(e.pos), m)
                } else if m.starts_with("expected ") {
                    format!("syntax error: unexpected {}, {}", self.describe(e.pos), m)
                } else {
                    format!("syntax error: {m}")
                }
            }
            Msg::Plain(m) => m.to_string(),
        };
        Diag::new(at, msg)
    }
}

/// A parse error: where the parser stopped and what it says about it.
#[derive(Clone, Debug)]
pub(crate) struct PErr {
    /// Index of the token at which the error was raised (the "unexpected"
    /// token of the message).
    pos: usize,
    /// A byte offset to report instead of the start of that token (for
    /// errors gc reports at an earlier construct).
    at: Option<u32>,
    msg: Msg,
}

/// The message of a [`PErr`].
#[derive(Clone, Debug)]
enum Msg {
    /// A generic failure of a token parser: `unexpected X[, expected Y]`.
    Expected(Option<&'static str>),
    /// A message as given to gc's `syntaxError`: `expected Y`, `in Z; ...`,
    /// `at end of statement` or `after ...` are appended to `unexpected X`;
    /// anything else is printed as is after `syntax error: `.
    Syntax(Cow<'static, str>),
    /// A message printed without the `syntax error: ` prefix.
    Plain(Cow<'static, str>),
}

impl PErr {
    /// A gc-style syntax error at token `pos`.
    fn syntax(pos: usize, msg: impl Into<Cow<'static, str>>) -> PErr {
        PErr {
            pos,
            at: None,
            msg: Msg::Syntax(msg.into()),
        }
    }

    /// An error without the `syntax error: ` prefix at token `pos`.
    fn plain(pos: usize, msg: impl Into<Cow<'static, str>>) -> PErr {
        PErr {
            pos,
            at: None,
            msg: Msg::Plain(msg.into()),
        }
    }

    /// The same error reported at byte offset `at`.
    fn at(mut self, at: u32) -> PErr {
        self.at = Some(at);
        self
    }

    /// Whether this is a message written for the situation (not a generic
    /// token mismatch).
    fn is_specific(&self) -> bool {
        !matches!(self.msg, Msg::Expected(_))
    }
}

impl<'a> chumsky::error::Error<'a, In<'a>> for PErr {
    fn merge(self, other: Self) -> Self {
        // Errors at the same token: the first specific message wins.
        if self.is_specific() {
            self
        } else if other.is_specific() {
            other
        } else if let Msg::Expected(None) = self.msg {
            other
        } else {
            self
        }
    }
}

impl<'a> LabelError<'a, In<'a>, DefaultExpected<'a, Tok>> for PErr {
    fn expected_found<E: IntoIterator<Item = DefaultExpected<'a, Tok>>>(
        expected: E,
        _found: Option<MaybeRef<'a, Tok>>,
        span: SimpleSpan,
    ) -> Self {
        let what = expected.into_iter().find_map(|e| match e {
            DefaultExpected::Token(t) => t.fixed_text(),
            _ => None,
        });
        PErr {
            pos: span.start,
            at: None,
            msg: Msg::Expected(what),
        }
    }
}

/// The index of the next token.
fn idx(inp: &Inp<'_, '_>) -> usize {
    *inp.cursor().inner()
}

/// gc's `tokstring`: the English name of a token in `expected ...`.
fn tokstring(t: &Tok) -> String {
    match t {
        Tok::Comma => "comma".to_string(),
        Tok::Semi { .. } => "semicolon or newline".to_string(),
        t if t.is_keyword() => format!("keyword {t}"),
        t => t.to_string(),
    }
}

/// A parser written as ordinary code over the token stream.
///
/// `f` may call chumsky parsers with `inp.parse(..)`. When it fails, the
/// error is registered at the token where it arose (not where `f` started),
/// so that chumsky's "furthest error wins" rule keeps working across
/// imperative parsers.
fn imperative<'a, O: 'a>(f: impl Fn(&mut Inp<'a, '_>) -> Result<O, PErr> + 'a) -> P<'a, O> {
    custom(move |inp: &mut Inp<'a, '_>| {
        let start = inp.save();
        let start_idx = idx(inp);
        match f(inp) {
            Ok(o) => Ok(Ok(o)),
            Err(e) if e.pos <= start_idx => Err(e),
            Err(e) => {
                inp.rewind(start);
                for _ in start_idx..e.pos {
                    if inp.next_ref().is_none() {
                        break;
                    }
                }
                Ok(Err(e))
            }
        }
    })
    .try_map_with(|r, _| r)
    .boxed()
}

/// Accepts token `t`, yielding its span (fails with a generic error).
fn tk<'a>(c: &'a Ctx<'a>, t: Tok) -> P<'a, Span> {
    just(t).map_with(move |_, e| c.span(e.span())).boxed()
}

/// Accepts any semicolon (written or inserted), yielding its span.
fn semi<'a>(c: &'a Ctx<'a>) -> P<'a, Span> {
    select_ref! { Tok::Semi { .. } = e => c.span(e.span()) }.boxed()
}

/// Accepts an identifier.
fn ident<'a>(c: &'a Ctx<'a>) -> P<'a, Ident> {
    select_ref! { Tok::Ident(s) = e => Ident { name: s.clone(), span: c.span(e.span()) } }.boxed()
}

/// An identifier, or gc's `expected name`.
fn name<'a>(c: &'a Ctx<'a>) -> P<'a, Ident> {
    ident(c).or(fail("expected name")).boxed()
}

/// Always fails with the gc syntax error `msg` at the next token.
fn fail<'a, O: 'a>(msg: impl Into<Cow<'static, str>>) -> P<'a, O> {
    let msg = msg.into();
    custom(move |inp: &mut Inp<'a, '_>| Err(PErr::syntax(idx(inp), msg.clone()))).boxed()
}

/// Always fails with the gc syntax error `msg` reported at byte offset `at`
/// of the token `back` tokens before the next one.
fn fail_back<'a, O: 'a>(c: &'a Ctx<'a>, back: usize, msg: &'static str) -> P<'a, O> {
    custom(move |inp: &mut Inp<'a, '_>| {
        let i = idx(inp);
        Err(PErr::syntax(i, msg).at(c.tok_span(i.saturating_sub(back)).lo))
    })
    .boxed()
}

/// Accepts token `t` or fails with gc's `unexpected X, expected t`.
fn want<'a>(c: &'a Ctx<'a>, t: Tok) -> P<'a, Span> {
    let msg: Cow<'static, str> = format!("expected {}", tokstring(&t)).into();
    custom(move |inp: &mut Inp<'a, '_>| {
        let i = idx(inp);
        match inp.peek_ref() {
            Some(x) if *x == t => {
                inp.next_ref();
                Ok(c.tok_span(i))
            }
            _ => Err(PErr::syntax(i, msg.clone())),
        }
    })
    .boxed()
}

/// Succeeds without consuming anything if the next token satisfies `pred`.
fn ahead<'a>(pred: fn(&Tok) -> bool) -> P<'a, ()> {
    custom(move |inp: &mut Inp<'a, '_>| {
        let i = idx(inp);
        match inp.peek_ref() {
            Some(t) if pred(t) => Ok(()),
            _ => Err(PErr {
                pos: i,
                at: None,
                msg: Msg::Expected(None),
            }),
        }
    })
    .boxed()
}

/// A list as parsed by gc's `list`: elements separated by `sep` (a comma or
/// any semicolon), optionally followed by `sep`, closed by `close`. A
/// missing separator is reported as `unexpected X in <what>; possibly
/// missing <sep> or <close>`. Yields the elements and the span of `close`.
fn list<'a, O: 'a>(
    c: &'a Ctx<'a>,
    elem: P<'a, O>,
    sep: Tok,
    close: Tok,
    what: &str,
) -> P<'a, (Vec<O>, Span)> {
    let msg = format!(
        "in {what}; possibly missing {} or {}",
        tokstring(&sep),
        tokstring(&close)
    );
    let sep_p: P<'a, ()> = if matches!(sep, Tok::Semi { .. }) {
        semi(c).ignored().boxed()
    } else {
        just(sep).ignored().boxed()
    };
    let close2 = close.clone();
    let not_stop = custom(move |inp: &mut Inp<'a, '_>| {
        let i = idx(inp);
        match inp.peek_ref() {
            Some(t) if *t != close2 && *t != Tok::Eof => Ok(()),
            _ => Err(PErr {
                pos: i,
                at: None,
                msg: Msg::Expected(None),
            }),
        }
    });
    let term = choice((sep_p, just(close.clone()).rewind().ignored(), fail(msg)));
    let item = not_stop.ignore_then(elem).then_ignore(term);
    item.repeated()
        .collect::<Vec<O>>()
        .then(want(c, close))
        .boxed()
}

/// Whether `t` can start an expression (gc's choice of `simpleStmt`).
fn starts_expr(t: &Tok) -> bool {
    use Tok::*;
    matches!(
        t,
        Ident(_)
            | Int(_)
            | Float(_)
            | Imag(_)
            | Char(_)
            | Str(_)
            | Func
            | LParen
            | LBrack
            | Struct
            | Map
            | Chan
            | Interface
            | Arrow
            | Add
            | Sub
            | Mul
            | And
            | Xor
            | Not
    )
}

/// Unquotes a string literal's text (import paths, struct tags); invalid
/// UTF-8 is replaced (the lexer has reported malformed literals already).
fn unquote(lit: &str) -> String {
    match super::literal::unquote_string(lit) {
        Ok(b) => String::from_utf8(b)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(_) => lit.trim_matches(|ch| ch == '"' || ch == '`').to_string(),
    }
}

/// Strips parentheses.
fn unparen(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &*x.kind {
        x = inner;
    }
    x
}

/// The parsers shared by statements and declarations, built around a block
/// parser (see the module documentation for why they are built twice).
pub(crate) struct Pieces<'a> {
    /// An expression; composite literals allowed.
    expr: P<'a, Expr>,
    /// An expression in a statement header: no composite literal after a
    /// bare type name at the top level.
    expr_nc: P<'a, Expr>,
    /// A primary expression (for `go` and `defer`).
    primary: P<'a, Expr>,
    /// A type, failing without a message if there is none (gc's `typeOrNil`).
    typ: P<'a, Expr>,
    /// Parsers for parameter lists and signatures.
    sigs: types::Sigs<'a>,
    /// A block.
    block: P<'a, Block>,
}

impl<'a> Pieces<'a> {
    /// Builds all expression and type parsers around `block`.
    fn new(c: &'a Ctx<'a>, block: P<'a, Block>) -> Pieces<'a> {
        let b2 = block.clone();
        let expr = recursive(move |expr| {
            let expr: P<'a, Expr> = expr.boxed();
            let e2 = expr.clone();
            let typ = recursive(move |typ| types::types(c, typ.boxed(), e2.clone())).boxed();
            expr::Exprs::new(c, expr, typ, b2.clone()).full
        })
        .boxed();
        let e2 = expr.clone();
        let typ = recursive(move |typ| types::types(c, typ.boxed(), e2.clone())).boxed();
        let exprs = expr::Exprs::new(c, expr.clone(), typ.clone(), block.clone());
        let sigs = types::Sigs::new(c, typ.clone(), expr.clone());
        Pieces {
            expr,
            expr_nc: exprs.nc,
            primary: exprs.primary,
            typ,
            sigs,
            block,
        }
    }

    /// A required type: gc's `expected type` if missing.
    fn typ_req(&self) -> P<'a, Expr> {
        self.typ.clone().or(fail("expected type")).boxed()
    }
}

/// A comma-separated list of at least one element.
fn comma_list<'a, O: 'a>(c: &'a Ctx<'a>, elem: P<'a, O>) -> P<'a, Vec<O>> {
    elem.separated_by(tk(c, Tok::Comma))
        .at_least(1)
        .collect::<Vec<O>>()
        .boxed()
}
