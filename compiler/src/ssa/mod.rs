//! gocl's own SSA: the IR ([`ir`]), its construction API ([`builder`]) and the
//! lowering from the typed AST ([`lower`]).
//!
//! Passes that later issues add (escape analysis, inlining, bounds-check and
//! nil-check elimination, write barriers) run on [`ir::Func`] between
//! lowering and code generation.

pub mod builder;
pub mod cfg;
pub mod ir;
pub mod layout;
pub mod lower;
pub mod opt;
