#![cfg(not(target_arch = "wasm32"))]
//! Every program in `tests/fixtures/errors/` prints what CPython 3.11 printed, in the same order,
//! at the same virtual times, and exits with the same status.

mod common;

#[test]
fn errors_fixtures_match_cpython() {
    common::fixtures::check_dir("tests/fixtures/errors");
}
