#![cfg(not(target_arch = "wasm32"))]
//! The crate links natively: a test binary can build engine values.

use loopscope::python::ast::Span;

#[test]
fn a_span_is_built_from_line_and_column() {
    let span = Span::new(3, 7);
    assert_eq!((span.line, span.col), (3, 7));
}
