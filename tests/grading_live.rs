#![cfg(not(target_arch = "wasm32"))]
//! The live run is compared beside the ideal one and never changes a verdict.

mod grading_support;

use grading_support::{by_text, exact, failing, rubric, run};
use loopscope::grading::{grade, grade_beside_live, Prediction, Run};

/// A at 0.5, B at 1.0, C at 1.5.
fn ideal() -> Run {
    run(&[(0.5, "A"), (1.0, "B"), (1.5, "C")])
}

#[test]
fn the_live_run_never_changes_the_grade() {
    let predictions = [exact(&ideal()), Prediction::default(), grading_support::order("CAB")];
    let lives = [
        run(&[(0.51, "A"), (1.03, "B"), (1.62, "C")]),
        run(&[(0.9, "B"), (3.0, "A")]),
        run(&[]),
        failing(&[(0.5, "A")], 0.6, "RuntimeError: boom"),
    ];
    for prediction in &predictions {
        let alone = grade(&ideal(), prediction, &rubric("order times total"));
        for live in &lives {
            let beside = grade_beside_live(&ideal(), live, prediction, &rubric("order times total"));
            assert!(beside.live.is_some());
            assert_eq!(grading_support::without_live(beside), alone, "live {live:?}");
        }
    }
}

#[test]
fn each_ideal_line_gets_its_live_time_drift_and_predicted_error() {
    let prediction = Prediction {
        lines: vec![by_text("A", Some(0.5)), by_text("B", Some(1.25)), by_text("C", None)],
        ..Prediction::default()
    };
    let live = run(&[(0.75, "A"), (1.0, "B"), (2.0, "C")]);
    let comparison = grade_beside_live(&ideal(), &live, &prediction, &rubric("order")).live.expect("live");
    let rows: Vec<(Option<f64>, Option<f64>, Option<f64>)> =
        comparison.lines.iter().map(|l| (l.live_t, l.drift, l.predicted_error)).collect();
    assert_eq!(
        rows,
        [(Some(0.75), Some(0.25), Some(-0.25)), (Some(1.0), Some(0.0), Some(0.25)), (Some(2.0), Some(0.5), None)]
    );
    assert_eq!(comparison.end, 2.0);
}

/// `(live lines, live exception, same output?, extra live lines)`.
const CASES: &[(&[&str], Option<&str>, bool, usize)] = &[
    (&["A", "B", "C"], None, true, 0),
    (&["B", "A", "C"], None, false, 0),
    (&["A", "B"], None, false, 0),
    (&["A", "B", "C", "D"], None, false, 1),
    (&["A", "B", "C", "C"], None, false, 1),
    (&["A", "B", "C"], Some("RuntimeError: boom"), false, 0),
    (&[], None, false, 0),
    (&["x", "y"], None, false, 2),
];

#[test]
fn the_comparison_says_whether_the_live_output_matched() {
    for &(texts, exception, same, extras) in CASES {
        let pairs: Vec<(f64, &str)> = texts.iter().enumerate().map(|(i, t)| (i as f64, *t)).collect();
        let live = match exception {
            Some(e) => failing(&pairs, 9.0, e),
            None => run(&pairs),
        };
        let comparison =
            grade_beside_live(&ideal(), &live, &Prediction::default(), &rubric("order")).live.expect("live");
        assert_eq!((comparison.same_output, comparison.extra.len()), (same, extras), "live {texts:?} {exception:?}");
        assert_eq!(comparison.exception.as_deref(), exception.map(|e| e.split(':').next().unwrap_or(e)));
    }
}

#[test]
fn a_line_the_live_run_missed_has_no_live_time() {
    let comparison =
        grade_beside_live(&ideal(), &run(&[(0.5, "A")]), &exact(&ideal()), &rubric("order")).live.expect("live");
    assert_eq!(comparison.lines[2].live_t, None);
    assert_eq!(comparison.lines[2].predicted_error, None);
}
