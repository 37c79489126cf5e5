//! The abstract syntax tree of one Go source file.
//!
//! The tree covers the whole Go 1.27 grammar, generics included, so that every
//! construct parses; later stages reject what they do not support yet with
//! `not supported yet: <construct>` at the construct's position.
//!
//! Every node that can be named in a diagnostic carries a [`Span`] (byte
//! offsets into its file). Expressions and statements are boxed enums with a
//! span beside the kind, so a checker can report positions without matching.
//! Expression nodes also carry an [`ExprId`], unique within a package, that the
//! type checker uses as the key of its side tables (types, constant values,
//! resolved objects): the tree itself stays immutable after parsing.

use super::source::Span;

/// A unique number of an expression within one package; key of the checker's tables.
pub type ExprId = u32;

/// An identifier with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// One parsed source file.
#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
}

/// `import name "path"`.
#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `None` for a plain import; `Some("_")`, `Some(".")` or an alias.
    pub name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    pub span: Span,
}

/// A top-level declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    /// A `const`, `var` or `type` declaration (possibly grouped).
    Gen(GenDecl),
    Func(Box<FuncDecl>),
}

/// `const (...)`, `var (...)`, `type (...)` or a single spec of these.
#[derive(Clone, Debug)]
pub struct GenDecl {
    pub kind: GenKind,
    pub specs: Vec<Spec>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Const,
    Var,
    Type,
}

/// One spec of a [`GenDecl`].
#[derive(Clone, Debug)]
pub enum Spec {
    /// `const`/`var` spec: `a, b T = x, y`. In a const group, a spec with
    /// no type and no values repeats the previous one (the parser leaves
    /// `values` empty and sets `implicit`; the checker does the repetition).
    Value(ValueSpec),
    Type(TypeSpec),
}

#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// The index of this spec within its const group (the value of `iota`).
    pub iota: u32,
    pub span: Span,
}

/// `type Name[TParams] Type` or the alias form `type Name = Type`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub alias: bool,
    pub typ: Expr,
    pub span: Span,
}

/// `func (recv) Name[TParams](params) results { body }`.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a declaration without body (assembly or linkname).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field, type parameter or interface element
/// group: `a, b int`, or an anonymous `int` (empty `names`).
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub typ: Expr,
    /// Struct field tag, unquoted.
    pub tag: Option<String>,
    /// Struct field that is embedded (`T` or `*T` without a name).
    pub embedded: bool,
    pub span: Span,
}

/// A function signature.
#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    /// The last parameter is `...T` (its `typ` is an [`ExprKind::Ellipsis`]).
    pub variadic: bool,
    pub span: Span,
}

/// An expression (types are expressions too, as in go/ast).
#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: Box<ExprKind>,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(Ident),
    /// An integer, float, imaginary, rune or string literal; `raw` is its text.
    BasicLit(LitKind, String),
    /// `T{...}`; `typ` is `None` for an elided type inside another literal.
    CompositeLit {
        typ: Option<Expr>,
        elts: Vec<Expr>,
        lbrace: Span,
        rbrace: Span,
    },
    /// `key: value` inside a composite literal.
    KeyValue(Expr, Expr),
    FuncLit(FuncType, Block),
    Paren(Expr),
    /// `x.sel`
    Selector(Expr, Ident),
    /// `x[i]`, or a generic instantiation `f[T1, T2]` (several indices).
    Index(Expr, Vec<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` set).
    Slice {
        x: Expr,
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
        three: bool,
    },
    /// `x.(T)`; `typ` is `None` for `x.(type)` in a type switch.
    TypeAssert(Expr, Option<Expr>),
    /// `f(args)`; `ellipsis` for `f(xs...)`.
    Call {
        func: Expr,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    /// `*x` (dereference or pointer type).
    Star(Expr),
    Unary(UnOp, Expr),
    Binary(BinOp, Expr, Expr),
    // Types.
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType(Option<Expr>, Expr),
    SliceType(Expr),
    StructType(Vec<Field>),
    FuncType(FuncType),
    InterfaceType(Vec<InterfaceElem>),
    MapType(Expr, Expr),
    ChanType(ChanDir, Expr),
    /// `...T` in a parameter list or `[...]T` length position.
    Ellipsis(Option<Expr>),
    /// A union or tilde term in a constraint: `~int | string`.
    Union(Vec<(bool, Expr)>),
}

/// An element of an interface type.
#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface or a type-set term/union (`~int | ~string`).
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// Unary operators; `*` is [`ExprKind::Star`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` (only in constraints)
    Tilde,
}

/// Binary operators, including the ones in `op=` assignments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinOp {
    /// Go's spelling of the operator.
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Quo => "/",
            BinOp::Rem => "%",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::AndNot => "&^",
            BinOp::LAnd => "&&",
            BinOp::LOr => "||",
            BinOp::Eql => "==",
            BinOp::Neq => "!=",
            BinOp::Lss => "<",
            BinOp::Leq => "<=",
            BinOp::Gtr => ">",
            BinOp::Geq => ">=",
        }
    }

    /// Binding strength as in the spec: 5 (`* / % << >> & &^`) down to 1 (`||`).
    pub fn precedence(self) -> u8 {
        match self {
            BinOp::Mul
            | BinOp::Quo
            | BinOp::Rem
            | BinOp::Shl
            | BinOp::Shr
            | BinOp::And
            | BinOp::AndNot => 5,
            BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 4,
            BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq => 3,
            BinOp::LAnd => 2,
            BinOp::LOr => 1,
        }
    }
}

impl UnOp {
    /// Go's spelling of the operator.
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
            UnOp::Tilde => "~",
        }
    }
}

/// A `{ ... }` block.
#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub lbrace: Span,
    pub rbrace: Span,
}

/// A statement.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: Box<StmtKind>,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// An empty statement (a lone `;`).
    Empty,
    /// A `const`, `var` or `type` declaration inside a function.
    Decl(GenDecl),
    Labeled(Ident, Stmt),
    Expr(Expr),
    /// `ch <- v`
    Send(Expr, Expr),
    /// `x++` (`true`) or `x--` (`false`).
    IncDec(Expr, bool),
    /// `lhs = rhs`, `lhs op= rhs` (`op` set) or `lhs := rhs` (`define`).
    Assign {
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
        op: Option<BinOp>,
        define: bool,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Stmt>,
        cond: Expr,
        then: Block,
        /// Either a [`StmtKind::If`] or a [`StmtKind::Block`].
        els: Option<Stmt>,
    },
    /// Expression switch; `tag` is `None` for `switch { ... }`.
    Switch {
        init: Option<Stmt>,
        tag: Option<Expr>,
        cases: Vec<CaseClause>,
        lbrace: Span,
    },
    /// `switch [init;] [v :=] x.(type) { ... }`.
    TypeSwitch {
        init: Option<Stmt>,
        bind: Option<Ident>,
        x: Expr,
        cases: Vec<CaseClause>,
        lbrace: Span,
    },
    Select(Vec<CommClause>),
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Stmt>,
        cond: Option<Expr>,
        post: Option<Stmt>,
        body: Block,
    },
    /// `for k, v := range x {}` (`define`), `for k, v = range x {}`, `for range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

/// `case a, b:` or `default:` (empty `list` and `default` set) with its body.
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub list: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    /// Span of the `case`/`default` keyword through the colon.
    pub span: Span,
}

/// A `select` clause: `case <comm>:` (send, receive or receive-assign) or `default:`.
#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default`.
    pub comm: Option<Stmt>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
