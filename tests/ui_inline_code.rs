#![cfg(not(target_arch = "wasm32"))]
//! Lesson-text markup: blank lines separate paragraphs; backticks mark code; a lone backtick
//! is just text.

use loopscope::ui::inline_code::{paragraphs, Inline};

#[test]
fn code_spans_and_paragraphs_are_split_out() {
    let text = "Call `gather()` now.\n\nThen `x` and `y`\n\n\n";
    assert_eq!(
        paragraphs(text),
        [
            vec![Inline::Text("Call "), Inline::Code("gather()"), Inline::Text(" now.")],
            vec![Inline::Text("Then "), Inline::Code("x"), Inline::Text(" and "), Inline::Code("y")],
        ]
    );
}

#[test]
fn an_unmatched_backtick_stays_text() {
    assert_eq!(paragraphs("a ` b"), [vec![Inline::Text("a ` b")]]);
    assert_eq!(paragraphs("`a` `b"), [vec![Inline::Code("a"), Inline::Text(" `b")]]);
    assert!(paragraphs("").is_empty());
}
