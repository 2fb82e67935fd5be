#![cfg(not(target_arch = "wasm32"))]
//! Every program in `tests/fixtures/net/` (aiohttp and httpx against the simulated network)
//! prints what CPython 3.11 printed with the recorder's network shim, in the same order, at
//! the same virtual times, and exits with the same status.

mod common;

#[test]
fn net_fixtures_match_cpython() {
    common::fixtures::check_dir("tests/fixtures/net");
}
