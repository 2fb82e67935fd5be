//! The Python dialect: lexer → parser → resolver → evaluator.

pub mod ast;
pub mod error;
