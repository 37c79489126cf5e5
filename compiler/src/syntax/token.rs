//! Tokens of the Go language.
//!
//! A [`Tok`] carries the source text of names and literals; value decoding is
//! left to [`super::literal`], because a literal's value is only needed once the
//! parser has accepted it and most tokens are operators anyway.
//!
//! Two renderings exist: [`fmt::Display`] gives Go's spelling (`+=`, `func`,
//! `x`, `"s"`), and [`Tok::describe`] gives the phrase gc uses in
//! `syntax error: unexpected ...` messages (`name x`, `literal 5`,
//! `keyword func`, `newline`, `comma`).

use std::fmt;

use super::source::Span;

/// One Go token.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Tok {
    // Names and literals; the strings are the exact source text.
    /// An identifier.
    Ident(String),
    /// An integer literal, e.g. `0x_ff`.
    Int(String),
    /// A floating-point literal, e.g. `1.5e3` or `0x1p-2`.
    Float(String),
    /// An imaginary literal, e.g. `2i`, including the `i`.
    Imag(String),
    /// A rune literal including its quotes, e.g. `'\n'`.
    Char(String),
    /// A string literal including its quotes or backquotes.
    Str(String),

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Binary arithmetic operators.
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Quo,
    /// `%`
    Rem,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `&^`
    AndNot,

    // Assignment operators.
    /// `+=`
    AddAssign,
    /// `-=`
    SubAssign,
    /// `*=`
    MulAssign,
    /// `/=`
    QuoAssign,
    /// `%=`
    RemAssign,
    /// `&=`
    AndAssign,
    /// `|=`
    OrAssign,
    /// `^=`
    XorAssign,
    /// `<<=`
    ShlAssign,
    /// `>>=`
    ShrAssign,
    /// `&^=`
    AndNotAssign,

    // Other operators.
    /// `&&`
    LAnd,
    /// `||`
    LOr,
    /// `<-`
    Arrow,
    /// `++`
    Inc,
    /// `--`
    Dec,
    /// `==`
    Eql,
    /// `<`
    Lss,
    /// `>`
    Gtr,
    /// `=`
    Assign,
    /// `!`
    Not,
    /// `~`
    Tilde,
    /// `!=`
    Neq,
    /// `<=`
    Leq,
    /// `>=`
    Geq,
    /// `:=`
    Define,
    /// `...`
    Ellipsis,

    // Punctuation.
    /// `(`
    LParen,
    /// `[`
    LBrack,
    /// `{`
    LBrace,
    /// `,`
    Comma,
    /// `.`
    Period,
    /// `)`
    RParen,
    /// `]`
    RBrack,
    /// `}`
    RBrace,
    /// `;`, written (`auto == false`) or inserted by the lexer at a newline,
    /// a comment spanning lines, or the end of the file (`auto == true`).
    ///
    /// An inserted semicolon's span is the newline byte, the whole comment,
    /// or empty at the end of the file: [`Tok::describe_at`] uses that to say
    /// `newline` or `EOF` as gc does.
    Semi {
        /// Whether the semicolon was inserted automatically.
        auto: bool,
    },
    /// `:`
    Colon,

    /// End of file; always the last token.
    Eof,
}

impl Tok {
    /// The keyword spelled `word`, if it is one.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "break" => Tok::Break,
            "case" => Tok::Case,
            "chan" => Tok::Chan,
            "const" => Tok::Const,
            "continue" => Tok::Continue,
            "default" => Tok::Default,
            "defer" => Tok::Defer,
            "else" => Tok::Else,
            "fallthrough" => Tok::Fallthrough,
            "for" => Tok::For,
            "func" => Tok::Func,
            "go" => Tok::Go,
            "goto" => Tok::Goto,
            "if" => Tok::If,
            "import" => Tok::Import,
            "interface" => Tok::Interface,
            "map" => Tok::Map,
            "package" => Tok::Package,
            "range" => Tok::Range,
            "return" => Tok::Return,
            "select" => Tok::Select,
            "struct" => Tok::Struct,
            "switch" => Tok::Switch,
            "type" => Tok::Type,
            "var" => Tok::Var,
            _ => return None,
        })
    }

    /// Whether this is a keyword.
    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    /// Whether this is a basic literal (number, rune or string).
    pub fn is_literal(&self) -> bool {
        matches!(
            self,
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::Str(_)
        )
    }

    /// Precedence of a binary operator (5 binds tightest, 1 is `||`), or
    /// `None` if this token is not a binary operator.
    pub fn binary_prec(&self) -> Option<u8> {
        use Tok::*;
        Some(match self {
            Mul | Quo | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eql | Neq | Lss | Leq | Gtr | Geq => 3,
            LAnd => 2,
            LOr => 1,
            _ => return None,
        })
    }

    /// For an assignment operator such as `+=`, the binary operator (`+`).
    pub fn assign_op_base(&self) -> Option<Tok> {
        use Tok::*;
        Some(match self {
            AddAssign => Add,
            SubAssign => Sub,
            MulAssign => Mul,
            QuoAssign => Quo,
            RemAssign => Rem,
            AndAssign => And,
            OrAssign => Or,
            XorAssign => Xor,
            ShlAssign => Shl,
            ShrAssign => Shr,
            AndNotAssign => AndNot,
            _ => return None,
        })
    }

    /// Go's spelling of a fixed token (operator, keyword, punctuation), or
    /// `None` for names and literals, whose spelling is their text.
    pub fn fixed_text(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            Ident(_) | Int(_) | Float(_) | Imag(_) | Char(_) | Str(_) => return None,
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi { .. } => ";",
            Colon => ":",
            Eof => "EOF",
        })
    }

    /// gc's description of this token in `syntax error: unexpected X`:
    /// `name x`, `literal 5`, `keyword func`, `newline`, `semicolon`,
    /// `comma`, `EOF`, or the operator itself (`}`, `:=`, ...).
    ///
    /// An inserted semicolon is always described as `newline` here; use
    /// [`Tok::describe_at`] to get `EOF` for the one inserted at end of file.
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(name) => format!("name {name}"),
            Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Char(s) | Tok::Str(s) => {
                format!("literal {s}")
            }
            Tok::Semi { auto: true } => "newline".to_string(),
            Tok::Semi { auto: false } => "semicolon".to_string(),
            Tok::Comma => "comma".to_string(),
            t if t.is_keyword() => format!("keyword {t}"),
            t => t.to_string(),
        }
    }

    /// Like [`Tok::describe`], but knows from the token's span that an
    /// inserted semicolon with an empty span stands for the end of file (gc
    /// says `unexpected EOF` there, not `unexpected newline`).
    pub fn describe_at(&self, span: Span) -> String {
        match self {
            Tok::Semi { auto: true } if span.is_empty() => "EOF".to_string(),
            t => t.describe(),
        }
    }
}

impl fmt::Display for Tok {
    /// Go's spelling: the source text for names and literals, the symbol or
    /// keyword otherwise, `EOF` for the end of file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Ident(s)
            | Tok::Int(s)
            | Tok::Float(s)
            | Tok::Imag(s)
            | Tok::Char(s)
            | Tok::Str(s) => f.write_str(s),
            t => f.write_str(t.fixed_text().unwrap_or("?")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_round_trip() {
        let words = [
            "break",
            "case",
            "chan",
            "const",
            "continue",
            "default",
            "defer",
            "else",
            "fallthrough",
            "for",
            "func",
            "go",
            "goto",
            "if",
            "import",
            "interface",
            "map",
            "package",
            "range",
            "return",
            "select",
            "struct",
            "switch",
            "type",
            "var",
        ];
        for w in words {
            let t = Tok::keyword(w).unwrap();
            assert!(t.is_keyword());
            assert_eq!(t.to_string(), w);
            assert_eq!(t.describe(), format!("keyword {w}"));
        }
        assert_eq!(Tok::keyword("main"), None);
        assert_eq!(Tok::keyword("Func"), None);
    }

    #[test]
    fn display_spelling() {
        assert_eq!(Tok::AndNotAssign.to_string(), "&^=");
        assert_eq!(Tok::Ellipsis.to_string(), "...");
        assert_eq!(Tok::Arrow.to_string(), "<-");
        assert_eq!(Tok::Semi { auto: true }.to_string(), ";");
        assert_eq!(Tok::Eof.to_string(), "EOF");
        assert_eq!(Tok::Ident("x".into()).to_string(), "x");
        assert_eq!(Tok::Str("`a`".into()).to_string(), "`a`");
    }

    #[test]
    fn describe_like_gc() {
        assert_eq!(Tok::Ident("x".into()).describe(), "name x");
        assert_eq!(Tok::Int("5".into()).describe(), "literal 5");
        assert_eq!(Tok::Str("\"s\"".into()).describe(), "literal \"s\"");
        assert_eq!(Tok::Char("'a'".into()).describe(), "literal 'a'");
        assert_eq!(Tok::Func.describe(), "keyword func");
        assert_eq!(Tok::RBrace.describe(), "}");
        assert_eq!(Tok::Comma.describe(), "comma");
        assert_eq!(Tok::Semi { auto: false }.describe(), "semicolon");
        assert_eq!(Tok::Semi { auto: true }.describe(), "newline");
        assert_eq!(Tok::Eof.describe(), "EOF");
        assert_eq!(Tok::Define.describe(), ":=");
        let semi = Tok::Semi { auto: true };
        assert_eq!(semi.describe_at(Span::new(9, 10)), "newline");
        assert_eq!(semi.describe_at(Span::at(10)), "EOF");
    }

    #[test]
    fn operator_tables() {
        assert_eq!(Tok::Mul.binary_prec(), Some(5));
        assert_eq!(Tok::AndNot.binary_prec(), Some(5));
        assert_eq!(Tok::Xor.binary_prec(), Some(4));
        assert_eq!(Tok::Geq.binary_prec(), Some(3));
        assert_eq!(Tok::LAnd.binary_prec(), Some(2));
        assert_eq!(Tok::LOr.binary_prec(), Some(1));
        assert_eq!(Tok::Not.binary_prec(), None);
        assert_eq!(Tok::ShlAssign.assign_op_base(), Some(Tok::Shl));
        assert_eq!(Tok::Assign.assign_op_base(), None);
        assert!(Tok::Imag("1i".into()).is_literal());
        assert!(!Tok::Ident("x".into()).is_literal());
    }
}
