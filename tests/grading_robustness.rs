#![cfg(not(target_arch = "wasm32"))]
//! Predictions come from users and embedding pages: any JSON either fails to parse with an
//! error or grades without panicking, however odd its values.

mod grading_support;

use grading_support::{rubric, run};
use loopscope::grading::{grade, Grade, LineRef, PredictedLine, Prediction, Rubric, Run};

/// `(prediction JSON, parses?)`.
const JSON: &[(&str, bool)] = &[
    ("{}", true),
    (r#"{"lines": [], "never": []}"#, true),
    (r#"{"lines": [{"line": 0}, {"line": "B", "t": 1.0}]}"#, true),
    (r#"{"lines": [{"line": 18446744073709551615}]}"#, true),
    (r#"{"lines": [{"line": ""}], "never": [""]}"#, true),
    (r#"{"lines": [{"line": "ünïcødé ✓", "t": -5}]}"#, true),
    (r#"{"total": null, "exception": null}"#, true),
    (r#"{"total": 1e300, "exception": ""}"#, true),
    (r#"{"never": [0, 0, 0, "A", "A"]}"#, true),
    (r#"{"from": "an embedding page", "lines": []}"#, true),
    (r#"{"lines": [{"line": -1}]}"#, false),
    (r#"{"lines": [{"line": 1.5}]}"#, false),
    (r#"{"lines": [{"line": "A", "t": "soon"}]}"#, false),
    (r#"{"lines": [{"line": "A", "t": 1e400}]}"#, false),
    (r#"{"lines": [{"t": 1.0}]}"#, false),
    (r#"{"lines": null}"#, false),
    (r#"{"lines": {"line": 0}}"#, false),
    (r#"{"exception": 3}"#, false),
    (r#"[]"#, true), // serde reads a struct from an array of its fields too; all absent here
    (r#"[[{"line": 0}]]"#, true),
    (r#"[3]"#, false),
    (r#""#, false),
    (r#"{"lines": [{"line": 0}"#, false),
];

fn ideal() -> Run {
    run(&[(0.5, "A"), (1.0, "B"), (1.0, "B")])
}

#[test]
fn any_json_parses_with_an_error_or_grades() {
    for &(json, parses) in JSON {
        match serde_json::from_str::<Prediction>(json) {
            Ok(prediction) => {
                assert!(parses, "{json} should be refused");
                let result: Grade = grade(&ideal(), &prediction, &rubric("order times total exception"));
                assert!(serde_json::to_string(&result).is_ok(), "{json}");
            }
            Err(_) => assert!(!parses, "{json} should parse"),
        }
    }
}

#[test]
fn a_huge_prediction_grades() {
    let lines = (0..20_000)
        .map(|i| PredictedLine {
            line: if i % 3 == 0 { LineRef::Index(i % 7) } else { LineRef::Text("B".into()) },
            t: Some(i as f64),
        })
        .collect();
    let never = (0..5_000).map(LineRef::Index).collect();
    let result = grade(&ideal(), &Prediction { lines, never, ..Prediction::default() }, &rubric("order times"));
    assert_eq!(result.extra.len() + 3, 20_000);
    assert!(!result.passed);
}

#[test]
fn a_run_with_odd_times_grades() {
    for t in [f64::NAN, f64::INFINITY, -1.0, 1e300] {
        let odd = run(&[(t, "A"), (t, "B")]);
        let result = grade(&odd, &grading_support::exact(&odd), &rubric("order times total"));
        assert_eq!(result.order_score, 1.0, "{t}");
    }
}

#[test]
fn a_rubric_with_odd_tolerances_grades() {
    for tolerance in [f64::NAN, f64::NEG_INFINITY, -0.0, f64::MAX] {
        let rubric = Rubric { tolerance, ..rubric("times") };
        let result = grade(&ideal(), &grading_support::exact(&ideal()), &rubric);
        assert!(result.passed, "{tolerance}");
    }
}
