#![cfg(not(target_arch = "wasm32"))]
//! The embed view's messages: the result it posts after grading, and which messages from the
//! host page restore a prediction (and why the others do not).

use loopscope::grading::{LineRef, Prediction};
use loopscope::ui::embed::{parse_restore, RejectReason, ResultMessage, RESULT_TYPE};

const ID: &str = "result-order";

#[test]
fn a_restore_message_fills_in_its_prediction() {
    let message = r#"{"type":"loopscope:restore","exercise":"result-order","prediction":{"lines":[{"line":2,"t":0.5}],"never":["nope"],"total":1.5}}"#;
    let p = parse_restore(message, ID).unwrap();
    assert_eq!(p.lines[0].line, LineRef::Index(2));
    assert_eq!(p.lines[0].t, Some(0.5));
    assert_eq!(p.never, vec![LineRef::Text("nope".into())]);
    assert_eq!(p.total, Some(1.5));
}

#[test]
fn the_exercise_may_be_left_out() {
    assert!(parse_restore(r#"{"type":"loopscope:restore","prediction":{}}"#, ID).is_ok());
}

#[test]
fn messages_of_other_scripts_are_not_ours() {
    for message in ["", "42", "not json", r#"{"type":"resize"}"#, r#"{"kind":"loopscope:restore"}"#, r#"["loopscope:restore"]"#] {
        assert_eq!(parse_restore(message, ID), Err(RejectReason::NotOurs), "{message}");
    }
}

#[test]
fn malformed_loopscope_messages_say_what_is_wrong() {
    let unknown = parse_restore(r#"{"type":"loopscope:grade"}"#, ID).unwrap_err();
    assert_eq!(unknown, RejectReason::UnknownType("loopscope:grade".into()));
    let other = parse_restore(r#"{"type":"loopscope:restore","exercise":"lock-race","prediction":{}}"#, ID).unwrap_err();
    assert_eq!(other.to_string(), r#"the message is for exercise "lock-race", not this one"#);
    let missing = parse_restore(r#"{"type":"loopscope:restore"}"#, ID).unwrap_err();
    assert_eq!(missing.to_string(), "the prediction could not be read: it is missing");
    let bad = parse_restore(r#"{"type":"loopscope:restore","prediction":{"lines":"all"}}"#, ID).unwrap_err();
    assert!(matches!(bad, RejectReason::BadPrediction(_)), "{bad:?}");
}

#[test]
fn the_result_message_has_the_documented_shape() {
    let catalogue = loopscope::catalogue::Catalogue::load().unwrap();
    let exercise = catalogue.exercise(ID).unwrap();
    let prediction = Prediction::default();
    let grade = exercise.grade(&prediction);
    let json = serde_json::to_value(ResultMessage::new(ID, &prediction, &grade)).unwrap();
    assert_eq!(json["type"], RESULT_TYPE);
    assert_eq!(json["exercise"], ID);
    assert_eq!(json["passed"], false);
    assert!(json["score"].is_number());
    assert!(json["prediction"]["lines"].is_array());
}
