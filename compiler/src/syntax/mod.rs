//! The front end's syntax layer: source files and positions, tokens, the
//! lexer, literal decoding, the AST and the parser.

pub mod ast;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod source;
pub mod token;
