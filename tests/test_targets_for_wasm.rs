#![cfg(not(target_arch = "wasm32"))]
//! Which integration tests `wasm-pack test` builds with content. It builds every file in
//! `tests/` for wasm32; a native test file without the `not(wasm32)` gate links the whole crate
//! into one more wasm test binary that runs nothing in the browser (four such files once added
//! 330 MB to a fresh CI run, which ran out of disk).

use std::fs;
use std::path::Path;

const GATE: &str = "#![cfg(not(target_arch = \"wasm32\"))]";

#[test]
fn every_test_file_is_either_a_browser_test_or_gated_to_native() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut ungated = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let browser = text.contains("#[wasm_bindgen_test]");
        let gated = text.lines().next() == Some(GATE);
        if !browser && !gated {
            ungated.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    ungated.sort();
    assert!(ungated.is_empty(), "start these with {GATE}: {ungated:?}");
}
