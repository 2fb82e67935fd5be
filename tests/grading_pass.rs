#![cfg(not(target_arch = "wasm32"))]
//! Pass/fail and the score: a prediction passes when every part the exercise asks for is
//! fully right; the score is the mean of those parts' scores.

mod grading_support;

use grading_support::{by_text, exact, rubric, run};
use loopscope::grading::{grade, Prediction, Run};

/// A at 0.5, B at 1.0, C at 1.5; ends normally at 1.5.
fn ideal() -> Run {
    run(&[(0.5, "A"), (1.0, "B"), (1.5, "C")])
}

fn variant(name: &str) -> Prediction {
    let right = exact(&ideal());
    let with_lines = |lines: &[(&str, Option<f64>)]| Prediction {
        lines: lines.iter().map(|&(text, t)| by_text(text, t)).collect(),
        ..right.clone()
    };
    match name {
        "exact" => right.clone(),
        "empty" => Prediction::default(),
        "swapped" => with_lines(&[("B", Some(1.0)), ("A", Some(0.5)), ("C", Some(1.5))]),
        "late C" => with_lines(&[("A", Some(0.5)), ("B", Some(1.0)), ("C", Some(2.0))]),
        "untimed" => with_lines(&[("A", None), ("B", None), ("C", None)]),
        "wrong total" => Prediction { total: Some(3.0), ..right },
        _ => unreachable!("no variant {name}"),
    }
}

/// `(parts asked, prediction, passed?, score)`.
const CASES: &[(&str, &str, bool, f64)] = &[
    ("", "exact", true, 1.0),
    ("", "empty", true, 1.0),
    ("order", "exact", true, 1.0),
    ("order", "swapped", false, 2.0 / 3.0),
    ("order", "late C", true, 1.0),
    ("order", "empty", false, 0.0),
    ("times", "swapped", true, 1.0),
    ("times", "late C", false, 2.0 / 3.0),
    ("times", "untimed", false, 0.0),
    ("order times", "exact", true, 1.0),
    ("order times", "late C", false, (1.0 + 2.0 / 3.0) / 2.0),
    ("order times", "swapped", false, (2.0 / 3.0 + 1.0) / 2.0),
    ("order times", "untimed", false, 0.5),
    ("order total", "untimed", true, 1.0),
    ("order times total", "exact", true, 1.0),
    ("order times total", "wrong total", false, 2.0 / 3.0),
    ("order times total", "untimed", false, 2.0 / 3.0),
    ("order times total exception", "exact", true, 1.0),
    ("order times total exception", "wrong total", false, 0.75),
    ("order times total exception", "empty", false, 0.25),
    ("total", "empty", false, 0.0),
    ("total", "swapped", true, 1.0),
    ("exception", "empty", true, 1.0),
    ("exception", "wrong total", true, 1.0),
];

#[test]
fn a_prediction_passes_when_every_asked_part_is_right() {
    for &(parts, name, passed, score) in CASES {
        let result = grade(&ideal(), &variant(name), &rubric(parts));
        assert_eq!((result.passed, result.score), (passed, score), "asked `{parts}`, prediction `{name}`");
    }
}

#[test]
fn parts_not_asked_are_still_reported() {
    let result = grade(&ideal(), &variant("swapped"), &rubric("total"));
    assert_eq!((result.passed, result.order_score, result.timing_score), (true, 2.0 / 3.0, 1.0));
}
