#![cfg(not(target_arch = "wasm32"))]
//! Lines due at the same ideal instant are graded by the order CPython printed them in, and
//! the grade says they were simultaneous.

mod grading_support;

use grading_support::{order, rubric, run};
use loopscope::grading::{grade, Misconception, Run};

/// A at 0.5; B, C and D all at 1.0; E at 1.5.
fn ideal() -> Run {
    run(&[(0.5, "A"), (1.0, "B"), (1.0, "C"), (1.0, "D"), (1.5, "E")])
}

/// `(predicted order, group placed in CPython's order?, order score num/den)`.
const CASES: &[(&str, bool, (u32, u32))] = &[
    ("ABCDE", true, (5, 5)),
    ("ACBDE", false, (4, 5)),
    ("ADCBE", false, (3, 5)),
    ("ABDCE", false, (4, 5)),
    ("ABDE", true, (4, 5)),
    ("ADBE", false, (3, 5)),
    ("AE", true, (2, 5)),
    ("BCDAE", true, (4, 5)),
    ("ABCxDE", true, (5, 6)),
    ("ACE", true, (3, 5)),
    ("EDCBA", false, (1, 5)),
    ("DCB", false, (1, 5)),
];

#[test]
fn simultaneous_lines_are_graded_by_cpythons_order() {
    for &(predicted, in_order, (num, den)) in CASES {
        let result = grade(&ideal(), &order(predicted), &rubric("order"));
        assert_eq!(result.simultaneous.len(), 1, "{predicted}");
        let group = &result.simultaneous[0];
        assert_eq!((group.t, group.lines.as_slice()), (1.0, &[1, 2, 3][..]));
        assert_eq!(group.in_cpython_order, in_order, "{predicted}");
        assert_eq!(result.order_score, num as f64 / den as f64, "{predicted}");
        let notes = result.feedback.iter().filter(|f| f.tag == Misconception::SimultaneousLines).count();
        assert_eq!(notes, usize::from(!in_order), "{predicted}: one note exactly when misordered");
    }
}

#[test]
fn every_line_of_a_group_is_flagged_simultaneous() {
    let result = grade(&ideal(), &order("ABCDE"), &rubric("order"));
    let flags: Vec<bool> = result.lines.iter().map(|l| l.simultaneous).collect();
    assert_eq!(flags, [false, true, true, true, false]);
}

#[test]
fn the_note_names_the_instant_and_cpythons_order() {
    let result = grade(&ideal(), &order("ADCBE"), &rubric("order"));
    let note = &result.feedback[0];
    assert_eq!(note.tag, Misconception::SimultaneousLines);
    assert_eq!(note.lines, [1, 2, 3]);
    assert!(note.message.starts_with("\"B\", \"C\", \"D\" were all due at 1.00s."), "{}", note.message);
    assert!(note.message.ends_with("printed them: \"B\", then \"C\", then \"D\"."), "{}", note.message);
}

#[test]
fn each_group_gets_its_own_note() {
    let ideal = run(&[(0.0, "A"), (0.0, "B"), (1.0, "C"), (1.0, "D")]);
    let result = grade(&ideal, &order("BADC"), &rubric("order"));
    let groups: Vec<&[usize]> = result.feedback.iter().map(|f| f.lines.as_slice()).collect();
    assert_eq!(groups, [&[0, 1][..], &[2, 3][..]]);
}

#[test]
fn a_misordered_group_fails_even_with_every_time_right() {
    let ideal = ideal();
    let mut prediction = grading_support::exact(&ideal);
    prediction.lines.swap(1, 2);
    let result = grade(&ideal, &prediction, &rubric("order times"));
    assert_eq!((result.timing_score, result.passed), (1.0, false));
}

#[test]
fn without_an_order_to_predict_no_note_is_given() {
    let result = grade(&ideal(), &order("ADCBE"), &rubric("times"));
    assert!(result.feedback.is_empty());
    assert!(!result.simultaneous[0].in_cpython_order, "the group is still reported");
}

#[test]
fn lines_apart_in_time_form_no_group() {
    let result = grade(&run(&[(0.0, "A"), (0.001, "B"), (0.002, "C")]), &order("CBA"), &rubric("order"));
    assert!(result.simultaneous.is_empty());
}
