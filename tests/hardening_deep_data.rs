#![cfg(not(target_arch = "wasm32"))]
//! Data nested tens of thousands deep (lists, tuples, dicts, a linked list of instances, a
//! chain of generators) is built, compared and freed as CPython does it, on a thread with only
//! 4 MB of stack. A browser gives the optimised wasm about 1 MB of native stack whatever its
//! own stack size, and this debug build's frames are several times larger. Freeing goes
//! through the trashcan (`src/python/trash.rs`) and comparisons count towards the recursion
//! limit, so nothing recurses once per level of nesting.

mod common;

#[test]
fn deep_data_matches_cpython_on_a_small_stack() {
    common::fixtures::check_dir_on_stack("tests/fixtures/deep", 4 << 20);
}
