//! The Python dialect: lexer → parser → resolver → evaluator, and the runtime objects the
//! evaluator works with. `program.rs` is the entry point: compile a source text and run it.
//!
//! Work in progress: everything past the syntax tree is compiled only with the `engine-wip`
//! feature until the parser lands and the fixture suite runs (see docs/ENGINE.md).

pub mod ast;
#[cfg(feature = "engine-wip")]
pub mod asyncio;
#[cfg(feature = "engine-wip")]
pub mod attrs;
#[cfg(feature = "engine-wip")]
mod builtins;
#[cfg(feature = "engine-wip")]
pub mod class_mro;
#[cfg(feature = "engine-wip")]
pub mod coroutine;
#[cfg(feature = "engine-wip")]
pub mod descriptors;
#[cfg(feature = "engine-wip")]
pub mod dict;
pub mod error;
#[cfg(feature = "engine-wip")]
pub mod eval;
#[cfg(feature = "engine-wip")]
pub mod exceptions;
#[cfg(feature = "engine-wip")]
mod executor;
#[cfg(feature = "engine-wip")]
pub mod format;
#[cfg(feature = "engine-wip")]
pub mod interp;
#[cfg(feature = "engine-wip")]
pub mod iterators;
pub mod lexer;
#[cfg(feature = "engine-wip")]
mod modules;
#[cfg(feature = "engine-wip")]
pub mod object;
#[cfg(feature = "engine-wip")]
mod ops;
#[cfg(feature = "engine-wip")]
pub mod output;
pub mod parser;
#[cfg(feature = "engine-wip")]
pub mod program;
#[cfg(feature = "engine-wip")]
mod protocol;
#[cfg(feature = "engine-wip")]
pub mod repr;
#[cfg(feature = "engine-wip")]
pub mod resolve;
#[cfg(feature = "engine-wip")]
mod subscript;
#[cfg(feature = "engine-wip")]
mod suggestions;
pub mod token;
#[cfg(feature = "engine-wip")]
mod traceback;
#[cfg(feature = "engine-wip")]
mod types;
#[cfg(feature = "engine-wip")]
pub mod value;
#[cfg(feature = "engine-wip")]
mod warnings;

#[cfg(feature = "engine-wip")]
pub use exceptions::Unwind;
#[cfg(feature = "engine-wip")]
pub use program::{Outcome, Program, Step};

#[cfg(feature = "engine-wip")]
/// Result of any Python-level operation.
pub type PyResult<T> = Result<T, Unwind>;
