#![cfg(not(target_arch = "wasm32"))]
//! Targeted feedback: a misconception the exercise targets speaks exactly when the prediction
//! shows one of its symptoms, once, in the exercise's order.

mod grading_support;

use grading_support::{by_text, exact, rubric, run};
use loopscope::grading::{grade, Misconception, Prediction, Rubric, Run};
use Misconception::*;

/// A at 0.5, B at 1.0, C at 1.5; ends normally at 1.5.
fn ideal() -> Run {
    run(&[(0.5, "A"), (1.0, "B"), (1.5, "C")])
}

/// The symptom columns of [`MATRIX`], each as a prediction with only that mistake.
fn mistakes() -> [(char, Prediction); 7] {
    let right = exact(&ideal());
    let with_lines = |lines: &[(&str, f64)]| Prediction {
        lines: lines.iter().map(|&(text, t)| by_text(text, Some(t))).collect(),
        ..right.clone()
    };
    [
        ('m', with_lines(&[("B", 1.0), ("A", 0.5), ("C", 1.5)])),
        ('p', with_lines(&[("A", 0.5), ("B", 1.0), ("C", 1.5), ("x", 1.5)])),
        ('x', with_lines(&[("A", 0.5), ("B", 1.0)])),
        ('e', with_lines(&[("A", 0.5), ("B", 1.0), ("C", 1.0)])),
        ('l', with_lines(&[("A", 1.0), ("B", 1.0), ("C", 1.5)])),
        ('t', Prediction { total: Some(3.0), ..right.clone() }),
        ('n', Prediction { exception: Some("ValueError".into()), ..right }),
    ]
}

/// Which mistakes each misconception speaks to: `m` misordered, `p` a line predicted that
/// never prints, `x` a printing line missed, `e` a time too early, `l` too late, `t` wrong
/// total, `n` wrong exception.
const MATRIX: &[(Misconception, &str)] = &[
    (GatherResultOrder, "mpx...."),
    (WaitReturnsSets, "mpx...."),
    (GatherFirstException, ".px..tn"),
    (SwallowedCancel, ".px..tn"),
    (WaitForCancels, ".px...n"),
    (TimeoutLeavesPending, ".px...n"),
    (Shield, ".px...n"),
    (ForgottenAwait, ".px...n"),
    (LockLostUpdate, ".px...n"),
    (CancelAtAwait, "mpxe..."),
    (TaskStartsLater, "mpxe..."),
    (BlockingSerialises, "m..elt."),
    (ExecutorOffloads, "m..elt."),
    (SequentialVsConcurrent, "m..elt."),
    (SemaphoreWaves, "m..elt."),
    (QueueBackpressure, "m..elt."),
    (SimultaneousLines, "......."),
];

fn targeting(tags: &[Misconception], parts: &str) -> Rubric {
    Rubric { misconceptions: tags.to_vec(), ..rubric(parts) }
}

#[test]
fn each_misconception_speaks_to_its_symptoms() {
    let all = targeting(&[], "order times total exception");
    for &(tag, columns) in MATRIX {
        let rubric = Rubric { misconceptions: vec![tag], ..all.clone() };
        for ((column, prediction), expected) in mistakes().iter().zip(columns.chars()) {
            let spoke = grade(&ideal(), prediction, &rubric).feedback.iter().any(|f| f.tag == tag);
            assert_eq!(spoke, expected != '.', "{tag:?} on mistake `{column}`");
        }
    }
}

#[test]
fn a_right_prediction_gets_no_feedback() {
    let all: Vec<Misconception> = MATRIX.iter().map(|(tag, _)| *tag).collect();
    let result = grade(&ideal(), &exact(&ideal()), &targeting(&all, "order times total exception"));
    assert!(result.feedback.is_empty(), "{:?}", result.feedback);
}

#[test]
fn misconceptions_the_exercise_does_not_target_stay_silent() {
    let [misordered, ..] = mistakes();
    let result = grade(&ideal(), &misordered.1, &targeting(&[Shield], "order times total exception"));
    assert!(result.feedback.is_empty());
}

#[test]
fn feedback_follows_the_exercises_order_once_per_tag() {
    let [misordered, ..] = mistakes();
    let tags = [SequentialVsConcurrent, GatherResultOrder, SequentialVsConcurrent];
    let result = grade(&ideal(), &misordered.1, &targeting(&tags, "order times"));
    let spoken: Vec<Misconception> = result.feedback.iter().map(|f| f.tag).collect();
    assert_eq!(spoken, [SequentialVsConcurrent, GatherResultOrder]);
    assert_eq!(result.feedback[1].message, GatherResultOrder.message());
}

#[test]
fn only_parts_the_exercise_asks_for_count_as_symptoms() {
    let [_, _, _, early, _, total, exception] = mistakes();
    let order_only = targeting(&[BlockingSerialises, GatherFirstException], "order");
    for (_, prediction) in [early, total, exception] {
        assert!(grade(&ideal(), &prediction, &order_only).feedback.is_empty());
    }
}

#[test]
fn every_message_is_a_sentence() {
    for &(tag, _) in MATRIX {
        let message = tag.message();
        assert!(message.len() > 40 && message.ends_with('.'), "{tag:?}: {message}");
    }
}
