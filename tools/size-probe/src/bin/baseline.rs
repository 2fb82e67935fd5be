//! The baseline: a wasm-bindgen export that echoes its argument, and nothing else.

use wasm_bindgen::prelude::wasm_bindgen;

/// Returns the source unchanged.
#[wasm_bindgen]
pub fn run(source: &str) -> String {
    source.to_owned()
}

fn main() {}
