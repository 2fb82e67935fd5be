#![cfg(not(target_arch = "wasm32"))]
//! Every generated program in `tests/fixtures/generated/` — random asyncio programs from
//! `tools/randprog`, kept only when CPython 3.11 prints the same on two runs and recorded from
//! it by `tools/difftest.py` — prints what CPython printed, in the same order, at the same
//! virtual times, and exits with the same status.
//!
//! `LOOPSCOPE_GENERATED_DIR` points the test at another directory of recorded programs: that
//! is how `tools/difftest.py` checks a fresh batch.

mod common;

#[test]
fn generated_programs_match_cpython() {
    let dir = std::env::var("LOOPSCOPE_GENERATED_DIR").unwrap_or_else(|_| "tests/fixtures/generated".into());
    common::fixtures::check_dir(&dir);
}
