//! Loopscope: a playground for learning Python's asyncio, predict → run → compare.
//!
//! The engine — the Python dialect interpreter ([`python`]) and the asyncio event loop it runs
//! on ([`runtime`]) — is plain Rust with no web dependencies, tested natively. The web UI
//! (`web`) is compiled only for wasm32; its logic that needs no browser ([`ui`]: routes, the
//! scratchpad's state, the timeline's model) is plain Rust too.
//!
//! The lessons are data: [`catalogue`] holds the exercises compiled in from `exercises/`, and
//! [`grading`] grades a learner's prediction of a run against the ideal trace, as a pure
//! function (JSON shapes in `docs/SCHEMA.md`).

#![warn(missing_docs)]
#![warn(clippy::print_stdout, clippy::dbg_macro)]

pub mod catalogue;
pub mod challenge;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod file_error;
pub mod fixture;
pub mod grading;
pub mod python;
pub mod runtime;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
