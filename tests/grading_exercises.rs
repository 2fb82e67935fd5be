#![cfg(not(target_arch = "wasm32"))]
//! Every exercise of the catalogue grades as its rubric says: the exact prediction passes,
//! and each single kind of mistake in a part it asks for fails.

use loopscope::catalogue::{Catalogue, Exercise};
use loopscope::grading::{LineRef, PredictedLine, Prediction, Rubric};

fn exercises() -> Vec<Exercise> {
    match Catalogue::load() {
        Ok(catalogue) => catalogue.exercises,
        Err(e) => panic!("{e}"),
    }
}

/// The prediction that is exactly right.
fn exact(exercise: &Exercise) -> Prediction {
    let ideal = &exercise.ideal;
    Prediction {
        lines: ideal
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| PredictedLine { line: LineRef::Index(i), t: Some(l.t) })
            .collect(),
        never: exercise.decoys.iter().map(|d| LineRef::Text(d.clone())).collect(),
        total: Some(ideal.end),
        exception: ideal.exception.as_ref().map(|e| e.name.clone()),
    }
}

/// The exact prediction with every time (lines and total) moved by `shift`.
fn shifted(exercise: &Exercise, shift: f64) -> Prediction {
    let mut p = exact(exercise);
    p.lines.iter_mut().for_each(|l| l.t = l.t.map(|t| t + shift));
    p.total = p.total.map(|t| t + shift);
    p
}

#[test]
fn the_exact_prediction_passes_with_full_marks() {
    for e in exercises() {
        let result = e.grade(&exact(&e));
        assert!(result.passed && result.score == 1.0, "{}: {result:?}", e.id);
        assert!(result.feedback.is_empty(), "{}: {:?}", e.id, result.feedback);
    }
}

#[test]
fn a_missing_line_fails() {
    for e in exercises().into_iter().filter(|e| e.predict.order && !e.ideal.lines.is_empty()) {
        let mut p = exact(&e);
        p.lines.remove(p.lines.len() / 2);
        assert!(!e.grade(&p).passed, "{}", e.id);
    }
}

#[test]
fn two_neighbouring_lines_swapped_fail_even_when_simultaneous() {
    for e in exercises().into_iter().filter(|e| e.predict.order && e.ideal.lines.len() >= 2) {
        let mut p = exact(&e);
        p.lines.swap(0, 1);
        let result = e.grade(&p);
        assert!(!result.passed && result.order_score < 1.0, "{}", e.id);
    }
}

#[test]
fn a_line_that_never_prints_fails() {
    for e in exercises().into_iter().filter(|e| e.predict.order) {
        let mut p = exact(&e);
        p.lines.push(PredictedLine { line: LineRef::Text("this line is not in any exercise".into()), t: None });
        assert!(!e.grade(&p).passed, "{}", e.id);
    }
}

#[test]
fn times_pass_at_the_tolerance_and_fail_past_it() {
    for e in exercises().into_iter().filter(|e| e.predict.times || e.predict.total) {
        for shift in [Rubric::DEFAULT_TOLERANCE, -Rubric::DEFAULT_TOLERANCE] {
            assert!(e.grade(&shifted(&e, shift)).passed, "{} shifted by {shift}", e.id);
        }
        for shift in [Rubric::DEFAULT_TOLERANCE + 0.01, -0.5] {
            assert!(!e.grade(&shifted(&e, shift)).passed, "{} shifted by {shift}", e.id);
        }
    }
}

#[test]
fn the_wrong_ending_fails_where_the_exception_is_asked() {
    for e in exercises().into_iter().filter(|e| e.predict.exception) {
        let mut p = exact(&e);
        p.exception = match p.exception {
            Some(_) => None,
            None => Some("RuntimeError".into()),
        };
        assert!(!e.grade(&p).passed, "{}", e.id);
    }
}

#[test]
fn an_empty_prediction_fails_every_exercise_that_prints() {
    for e in exercises().into_iter().filter(|e| e.predict.order && !e.ideal.lines.is_empty()) {
        let result = e.grade(&Prediction::default());
        assert!(!result.passed && result.order_score == 0.0, "{}", e.id);
    }
}
