#![cfg(not(target_arch = "wasm32"))]
//! Every exercise in the catalogue prints what CPython 3.11 printed, at the same virtual times.

mod common;

#[test]
fn exercises_match_cpython() {
    common::fixtures::check_dir("exercises");
}
