//! Loopscope: a playground for learning Python's asyncio, predict → run → compare.
//!
//! The engine — the Python dialect interpreter ([`python`]) and the asyncio event loop it runs
//! on ([`runtime`]) — is plain Rust with no web dependencies, tested natively. The web UI
//! (`web`) is compiled only for wasm32.

#![warn(missing_docs)]
#![warn(clippy::print_stdout, clippy::dbg_macro)]

#[cfg(all(feature = "engine-wip", not(target_arch = "wasm32")))]
pub mod cli;
#[cfg(feature = "engine-wip")]
pub mod fixture;
pub mod python;
pub mod runtime;
#[cfg(target_arch = "wasm32")]
pub mod web;
