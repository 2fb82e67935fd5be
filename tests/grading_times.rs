#![cfg(not(target_arch = "wasm32"))]
//! Timing: a predicted time is right within the tolerance, bounds included; the timing score
//! is the share of ideal lines placed with a right time; the total is judged the same way.

mod grading_support;

use grading_support::{by_text, out, run};
use loopscope::grading::{grade, Prediction, Predicts, Rubric, Run};

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

/// `(ideal time, predicted time, tolerance, right?)`.
const BOUNDS: &[(f64, Option<f64>, f64, bool)] = &[
    (1.0, Some(1.0), 0.05, true),
    (1.0, Some(1.05), 0.05, true),
    (1.0, Some(0.95), 0.05, true),
    (1.0, Some(1.0501), 0.05, false),
    (1.0, Some(0.9499), 0.05, false),
    (0.3, Some(0.1 + 0.2), 0.0, true),
    (0.0, Some(0.0), 0.0, true),
    (0.0, Some(-0.05), 0.05, true),
    (0.0, Some(-0.06), 0.05, false),
    (2.5, Some(2.0), 0.05, false),
    (2.5, Some(3.0), 0.5, true),
    (2.5, Some(3.01), 0.5, false),
    (5.5, Some(5.45), 0.05, true),
    (5.5, Some(5.55), 0.05, true),
    (5.5, Some(5.56), 0.05, false),
    (5.5, Some(5.44), 0.05, false),
    (0.2, Some(0.25), 0.05, true),
    (0.2, Some(0.15), 0.05, true),
    (0.2, Some(0.26), 0.05, false),
    (3.25, Some(3.2), 0.05, true),
    (3.25, Some(3.3), 0.05, true),
    (3.25, Some(3.5), 0.05, false),
    (1.0, Some(1.1), 0.1, true),
    (1.0, Some(0.9), 0.1, true),
    (1.0, Some(1.1000001), 0.1, false),
    (1e6, Some(1e6 + 0.05), 0.05, true),
    (1.0, Some(1e308), 0.05, false),
    (1.0, Some(-1e308), 0.05, false),
    (1.0, None, 0.05, false),
    (1.0, None, INF, false),
    (1.0, Some(NAN), 0.05, false),
    (1.0, Some(INF), 0.05, false),
    (1.0, Some(-INF), INF, false),
    (1.0, Some(1.0), -1.0, true),
    (1.0, Some(1.01), -1.0, false),
    (1.0, Some(1.0), NAN, true),
    (1.0, Some(1.01), NAN, false),
    (1.0, Some(100.0), INF, true),
];

fn rubric_with(tolerance: f64) -> Rubric {
    let predict = Predicts { order: true, times: true, total: false, exception: false };
    Rubric { predict, tolerance, misconceptions: Vec::new() }
}

#[test]
fn a_time_is_right_within_the_tolerance_bounds_included() {
    for &(ideal, predicted, tolerance, right) in BOUNDS {
        let prediction = Prediction { lines: vec![by_text("A", predicted)], ..Prediction::default() };
        let result = grade(&run(&[(ideal, "A")]), &prediction, &rubric_with(tolerance));
        let verdict = &result.lines[0].time;
        assert_eq!(verdict.ok, right, "ideal {ideal}, predicted {predicted:?}, tolerance {tolerance}");
        assert_eq!(result.passed, right, "ideal {ideal}, predicted {predicted:?}, tolerance {tolerance}");
        match predicted.filter(|t| t.is_finite()) {
            Some(p) => assert_eq!(verdict.error, Some(p - ideal)),
            None => assert_eq!(verdict.error, None, "a missing or non-finite time has no error"),
        }
    }
}

#[test]
fn the_applied_tolerance_is_reported_and_never_negative() {
    for &(tolerance, applied) in &[(0.05, 0.05), (0.0, 0.0), (-3.0, 0.0), (NAN, 0.0), (INF, INF)] {
        let result = grade(&run(&[(1.0, "A")]), &Prediction::default(), &rubric_with(tolerance));
        assert_eq!(result.tolerance, applied, "tolerance {tolerance}");
    }
}

/// `(predicted lines as text and time, timing score num/den)` against A at 0.5, B at 1.0,
/// C at 1.5.
/// Predicted lines as text and time.
type Lines = &'static [(&'static str, Option<f64>)];

const SCORES: &[(Lines, (u32, u32))] = &[
    (&[("A", Some(0.5)), ("B", Some(1.0)), ("C", Some(1.5))], (3, 3)),
    (&[("A", Some(0.5)), ("B", Some(1.2)), ("C", Some(1.5))], (2, 3)),
    (&[("A", None), ("B", None), ("C", None)], (0, 3)),
    (&[("A", Some(0.5))], (1, 3)),
    (&[("C", Some(1.5)), ("B", Some(1.0)), ("A", Some(0.5))], (3, 3)),
    (&[("A", Some(0.5)), ("x", Some(1.0)), ("B", Some(1.0)), ("C", Some(1.5))], (3, 3)),
    (&[("A", Some(0.55)), ("B", Some(0.95)), ("C", Some(1.45))], (3, 3)),
    (&[("A", Some(1.0)), ("B", Some(0.5)), ("C", Some(1.5))], (1, 3)),
    (&[("A", Some(0.5)), ("A", Some(1.0)), ("C", Some(1.5))], (2, 3)),
    (&[], (0, 3)),
    (&[("x", Some(0.5)), ("y", Some(1.0)), ("z", Some(1.5))], (0, 3)),
    (&[("A", Some(0.0)), ("B", Some(0.0)), ("C", Some(0.0))], (0, 3)),
];

#[test]
fn the_timing_score_is_the_share_of_lines_placed_at_a_right_time() {
    let ideal = run(&[(0.5, "A"), (1.0, "B"), (1.5, "C")]);
    for &(predicted, (num, den)) in SCORES {
        let lines = predicted.iter().map(|&(text, t)| by_text(text, t)).collect();
        let result = grade(&ideal, &Prediction { lines, ..Prediction::default() }, &rubric_with(0.05));
        assert_eq!(result.timing_score, num as f64 / den as f64, "predicted {predicted:?}");
    }
}

#[test]
fn a_run_without_lines_has_a_timing_score_of_one() {
    let result = grade(&run(&[]), &Prediction::default(), &rubric_with(0.05));
    assert_eq!((result.timing_score, result.passed), (1.0, true));
}

/// `(run end, predicted total, right?)`.
const TOTALS: &[(f64, Option<f64>, bool)] = &[
    (1.5, Some(1.5), true),
    (1.5, Some(1.55), true),
    (1.5, Some(1.45), true),
    (1.5, Some(1.56), false),
    (1.5, Some(1.0), false),
    (1.5, None, false),
    (1.5, Some(NAN), false),
    (2.5, Some(2.0), false),
    (2.5, Some(2.5), true),
    (0.0, Some(0.0), true),
    (0.0, Some(0.05), true),
    (0.0, Some(0.1), false),
];

#[test]
fn the_total_is_judged_against_the_end_of_the_run_not_its_last_line() {
    let total_only = Rubric { predict: Predicts { total: true, ..Predicts::default() }, ..rubric_with(0.05) };
    for &(end, total, right) in TOTALS {
        let ideal = Run::new(vec![out(0.0, "A")], 0, Some(end));
        let result = grade(&ideal, &Prediction { total, ..Prediction::default() }, &total_only);
        assert_eq!((result.total.ok, result.passed), (right, right), "end {end}, total {total:?}");
        assert_eq!(result.score, if right { 1.0 } else { 0.0 });
    }
}

#[test]
fn a_run_ends_at_its_last_line_unless_told_otherwise() {
    assert_eq!(run(&[(0.5, "A"), (2.0, "B")]).end, 2.0);
    assert_eq!(run(&[]).end, 0.0);
}
