#![cfg(not(target_arch = "wasm32"))]
//! Editor positions: a compile error's line and column become the UTF-16 offset the browser's
//! selection takes, counting characters outside the BMP as two units, and never overrun.

use loopscope::ui::text_position::{line_count, utf16_offset};

#[test]
fn line_and_column_count_from_one() {
    let source = "ab\ncdef\n";
    assert_eq!(utf16_offset(source, 1, 1), 0);
    assert_eq!(utf16_offset(source, 2, 1), 3);
    assert_eq!(utf16_offset(source, 2, 3), 5);
}

#[test]
fn characters_outside_the_bmp_take_two_units() {
    let source = "s = '😀'\nx(\n";
    assert_eq!(utf16_offset(source, 1, 8), 8);
    assert_eq!(utf16_offset(source, 2, 2), 10);
}

#[test]
fn positions_past_the_end_stop_at_the_end() {
    let source = "ab\ncd";
    assert_eq!(utf16_offset(source, 1, 40), 2);
    assert_eq!(utf16_offset(source, 9, 1), 5);
}

#[test]
fn a_final_newline_starts_an_empty_line() {
    assert_eq!(line_count(""), 1);
    assert_eq!(line_count("a"), 1);
    assert_eq!(line_count("a\n"), 2);
}
