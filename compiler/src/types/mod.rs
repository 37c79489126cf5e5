//! The type checker: resolves names, computes the type of every expression and
//! the exact value of every constant, and reports gc's errors.
//!
//! Input is the parsed files of one package; output is [`Info`], a set of side
//! tables keyed by [`ExprId`] (and by declaring identifier position) that the
//! SSA builder reads. The AST is never rewritten.
//!
//! The checker follows go/types' structure: package-level objects are
//! collected first and resolved lazily on first use (so declaration order does
//! not matter and cycles are detected), then function bodies are checked, then
//! package variables are ordered for initialization by their dependencies, as
//! the spec's "Package initialization" section prescribes.

pub mod check;
pub mod constant;
pub mod ty;

pub use check::{check_package, check_program, Builtin, Info, ObjId, ObjKind, Object, PkgSpec};
pub use constant::Const;
pub use ty::{Basic, TypeId, TypeKind, TypeTable};

pub use crate::syntax::ast::ExprId;
