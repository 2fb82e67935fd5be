//! The Python dialect: lexer → parser → resolver → evaluator, and the runtime objects the
//! evaluator works with. `program.rs` is the entry point: compile a source text and run it.

pub mod ast;
pub mod asyncio;
pub mod attrs;
mod builtins;
mod carets;
pub mod class_mro;
pub mod coroutine;
pub mod descriptors;
pub mod dict;
pub mod error;
pub mod eval;
pub mod exceptions;
mod finalize;
mod executor;
pub mod format;
pub mod interp;
pub mod items;
pub mod iterators;
pub mod lexer;
mod modules;
pub mod net;
pub mod object;
mod ops;
pub mod output;
pub mod parser;
pub mod program;
mod protocol;
pub mod repr;
pub mod resolve;
mod teardown;
mod trash;
mod subscript;
mod suggestions;
pub mod token;
mod traceback;
mod types;
pub mod value;
mod warnings;

pub use exceptions::Unwind;
pub use modules::loopscope;
pub use program::{Outcome, Program, Step};

/// Result of any Python-level operation.
pub type PyResult<T> = Result<T, Unwind>;
