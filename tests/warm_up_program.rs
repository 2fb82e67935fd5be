#![cfg(not(target_arch = "wasm32"))]
//! The program each page runs once before its first live run (`src/web/warm_up.py`) runs
//! cleanly on the engine: an error there would quietly cut the warm-up short.

mod common;

use common::fixtures::run_fixture;

#[test]
fn the_warm_up_program_runs_to_its_end_without_an_error() {
    let rendered = run_fixture(include_str!("../src/web/warm_up.py"));
    assert_eq!(rendered.last().map(String::as_str), Some("exit 0"), "{rendered:#?}");
    assert!(!rendered.iter().any(|l| l.contains(" err ")), "{rendered:#?}");
    let printed = rendered.iter().filter(|l| l.contains(" out ")).count();
    assert_eq!(printed, 9, "eight steps and the timeout line: {rendered:#?}");
}
