#![cfg(not(target_arch = "wasm32"))]
//! The "never prints" bin and lines predicted to print that never do: which entries are
//! right, how they count in the order score, and the extra-line verdicts.

mod grading_support;

use grading_support::{by_index, by_text, reference, rubric, run, untimed};
use loopscope::grading::{grade, ExtraReason, LineRef, Prediction};

use ExtraReason::{NeverPrints as Never, PrintsFewerTimes as Fewer};

/// Compact line references (see `grading_support::reference`).
type Refs = &'static [&'static str];

/// `(predicted printed lines, never bin, order score num/den, per-bin-entry right?, extra
/// reasons, passed?)` against A at 0.5 and B at 1.0; `x`, `y` never print.
#[allow(clippy::type_complexity)] // one table row per case
const CASES: &[(Refs, Refs, (u32, u32), &[bool], &[ExtraReason], bool)] = &[
    (&["A", "B"], &["x"], (2, 2), &[true], &[], true),
    (&["A", "B"], &[], (2, 2), &[], &[], true),
    (&["A"], &["B"], (1, 2), &[false], &[], false),
    (&["A", "B", "x"], &[], (2, 3), &[], &[Never], false),
    (&["A", "B"], &["A"], (2, 3), &[false], &[], false),
    (&["A", "B"], &["x", "y"], (2, 2), &[true, true], &[], true),
    (&[], &["A", "B"], (0, 2), &[false, false], &[], false),
    (&["A", "B"], &["#2"], (2, 2), &[true], &[], true),
    (&["A", "B"], &["#1"], (2, 3), &[false], &[], false),
    (&["A"], &["#1"], (1, 2), &[false], &[], false),
    (&["A", "B", "B"], &[], (2, 3), &[], &[Fewer], false),
    (&["A", "x", "B"], &["x"], (2, 3), &[true], &[Never], false),
    (&["A", "B"], &["x", "x"], (2, 2), &[true, true], &[], true),
    (&["#0", "#1", "#7"], &[], (2, 3), &[], &[Never], false),
    (&["x", "y"], &["A", "B"], (0, 2), &[false, false], &[Never, Never], false),
    (&["A", "B", "x", "y"], &["x", "y"], (2, 4), &[true, true], &[Never, Never], false),
    (&["A", "A", "B"], &[], (2, 3), &[], &[Fewer], false),
    (&["B", "A"], &["x"], (1, 2), &[true], &[], false),
    (&["A", "B"], &[""], (2, 2), &[true], &[], true),
    (&["A", "B"], &["a"], (2, 2), &[true], &[], true),
];

#[test]
fn the_never_bin_is_right_for_lines_that_never_print() {
    let ideal = run(&[(0.5, "A"), (1.0, "B")]);
    for &(printed, never, (num, den), rights, reasons, passed) in CASES {
        let prediction = Prediction {
            lines: printed.iter().map(|r| untimed(r)).collect(),
            never: never.iter().map(|r| reference(r)).collect(),
            ..Prediction::default()
        };
        let result = grade(&ideal, &prediction, &rubric("order"));
        let case = format!("printed {printed:?}, never {never:?}");
        assert_eq!(result.order_score, num as f64 / den as f64, "{case}");
        assert_eq!(result.never.iter().map(|v| v.right).collect::<Vec<_>>(), rights, "{case}");
        assert_eq!(result.extra.iter().map(|v| v.reason).collect::<Vec<_>>(), reasons, "{case}");
        assert_eq!(result.passed, passed, "{case}");
    }
}

#[test]
fn a_printing_line_in_the_bin_is_named_and_marked_on_its_verdict() {
    let ideal = run(&[(0.5, "A"), (1.0, "B")]);
    let prediction =
        Prediction { lines: vec![by_text("A", None)], never: vec![reference("B")], ..Prediction::default() };
    let result = grade(&ideal, &prediction, &rubric("order"));
    assert_eq!(result.never[0].index, Some(1));
    assert!(result.lines[1].in_never_bin);
    assert_eq!(result.lines[1].placed_at, None);
    assert!(!result.lines[0].in_never_bin);
}

#[test]
fn a_line_both_placed_and_binned_is_not_named_by_the_bin_entry() {
    let ideal = run(&[(0.5, "A"), (1.0, "B")]);
    let prediction = Prediction {
        lines: vec![by_index(0, None), by_index(1, None)],
        never: vec![reference("#0")],
        ..Prediction::default()
    };
    let result = grade(&ideal, &prediction, &rubric("order"));
    assert_eq!((result.never[0].right, result.never[0].index), (false, None));
    assert!(!result.lines[0].in_never_bin, "the line is placed; the bin entry contradicts it");
}

#[test]
fn repeated_lines_are_shared_between_the_printed_list_and_the_bin_in_order() {
    let ideal = run(&[(0.5, "tick"), (1.0, "tick")]);
    let one_placed =
        Prediction { lines: vec![by_text("tick", None)], never: vec![reference("tick")], ..Prediction::default() };
    let result = grade(&ideal, &one_placed, &rubric("order"));
    assert_eq!((result.order_score, result.never[0].index), (0.5, Some(1)));
    let both_placed = Prediction {
        lines: vec![by_text("tick", None), by_text("tick", None)],
        never: vec![reference("tick")],
        ..Prediction::default()
    };
    let result = grade(&ideal, &both_placed, &rubric("order"));
    assert_eq!((result.order_score, result.never[0].right), (2.0 / 3.0, false));
}

#[test]
fn extra_lines_keep_their_position_and_reference() {
    let ideal = run(&[(0.5, "A")]);
    let prediction =
        Prediction { lines: vec![by_text("x", None), by_text("A", None), by_index(9, None)], ..Prediction::default() };
    let result = grade(&ideal, &prediction, &rubric("order"));
    let extras: Vec<(usize, LineRef)> = result.extra.iter().map(|e| (e.position, e.line.clone())).collect();
    assert_eq!(extras, vec![(0, LineRef::Text("x".into())), (2, LineRef::Index(9))]);
    assert_eq!(result.lines[0].placed_at, Some(1));
}
