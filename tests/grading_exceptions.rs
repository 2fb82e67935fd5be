#![cfg(not(target_arch = "wasm32"))]
//! The ending exception: predicted type against the type that ended the run, compared by the
//! last dotted part, blank meaning none; how it counts towards pass and score.

mod grading_support;

use grading_support::{exact, failing, rubric, run};
use loopscope::grading::{grade, ExceptionVerdict, Prediction, RaisedException};

/// `(type that ended the run, predicted type, right?)`.
const CASES: &[(Option<&str>, Option<&str>, bool)] = &[
    (Some("KeyError"), Some("KeyError"), true),
    (Some("KeyError"), Some(" KeyError "), true),
    (Some("KeyError"), None, false),
    (Some("KeyError"), Some(""), false),
    (Some("KeyError"), Some("ValueError"), false),
    (Some("KeyError"), Some("keyerror"), false),
    (Some("KeyError"), Some("KeyError: 'invoices'"), false),
    (Some("KeyError"), Some("Error"), false),
    (None, None, true),
    (None, Some(""), true),
    (None, Some("   "), true),
    (None, Some("KeyError"), false),
    (Some("asyncio.exceptions.CancelledError"), Some("CancelledError"), true),
    (Some("asyncio.exceptions.CancelledError"), Some("asyncio.CancelledError"), true),
    (Some("CancelledError"), Some("asyncio.exceptions.CancelledError"), true),
    (Some("asyncio.exceptions.CancelledError"), Some("KeyError"), false),
    (Some("TimeoutError"), Some("asyncio.TimeoutError"), true),
    (Some("ExceptionGroup"), Some("ExceptionGroup"), true),
    (Some("ExceptionGroup"), Some("ValueError"), false),
    (Some("ExceptionGroup"), Some("BaseExceptionGroup"), false),
];

#[test]
fn the_predicted_type_is_compared_by_its_last_dotted_part() {
    for &(ideal, predicted, right) in CASES {
        let raised = ideal.map(|name| RaisedException { name: name.to_string(), line: name.to_string() });
        let verdict = ExceptionVerdict::judge(raised.as_ref(), predicted);
        assert_eq!(verdict.ok, right, "ideal {ideal:?}, predicted {predicted:?}");
        assert_eq!(verdict.ideal.as_deref(), ideal);
    }
}

#[test]
fn the_predicted_type_is_reported_trimmed_and_blank_as_none() {
    assert_eq!(ExceptionVerdict::judge(None, Some("  KeyError ")).predicted.as_deref(), Some("KeyError"));
    assert_eq!(ExceptionVerdict::judge(None, Some(" ")).predicted, None);
}

/// `(rubric, predicted exception, passed?, score)` for a run that prints one line and dies of
/// a KeyError, predicted otherwise exactly.
const SCORING: &[(&str, Option<&str>, bool, f64)] = &[
    ("order exception", Some("KeyError"), true, 1.0),
    ("order exception", None, false, 0.5),
    ("order exception", Some("ValueError"), false, 0.5),
    ("exception", Some("KeyError"), true, 1.0),
    ("exception", None, false, 0.0),
    ("order times total exception", Some("ValueError"), false, 0.75),
    ("order times total", None, true, 1.0),
    ("order times total", Some("ValueError"), true, 1.0),
];

#[test]
fn the_exception_counts_only_where_the_exercise_asks_for_it() {
    let ideal = failing(&[(0.5, "users migrated")], 1.0, "KeyError: 'invoices'");
    for &(parts, predicted, passed, score) in SCORING {
        let prediction = Prediction { exception: predicted.map(str::to_string), ..exact(&ideal) };
        let result = grade(&ideal, &prediction, &rubric(parts));
        assert_eq!((result.passed, result.score), (passed, score), "{parts}, predicted {predicted:?}");
    }
}

#[test]
fn predicting_an_exception_for_a_clean_run_is_wrong() {
    let ideal = run(&[(0.0, "done")]);
    let prediction = Prediction { exception: Some("RuntimeError".into()), ..exact(&ideal) };
    let result = grade(&ideal, &prediction, &rubric("order exception"));
    assert!(!result.exception.ok && !result.passed);
}
