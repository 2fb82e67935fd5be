//! The message protocol of the embed view (`#/embed/<id>`) with the page that hosts its iframe.
//!
//! Outgoing: when a prediction is graded, the view posts
//! `{type: "loopscope:result", exercise, score, passed, prediction}` to its parent window.
//! Incoming: the host may post `{type: "loopscope:restore", exercise?, prediction}` to fill the
//! board with a prediction saved earlier. Anything else the host posts is rejected with a
//! reason the view shows, never applied in part.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::grading::{Grade, Prediction};

/// The `type` of the message the view posts after grading.
pub const RESULT_TYPE: &str = "loopscope:result";

/// The `type` of the message a host posts to restore a prediction.
pub const RESTORE_TYPE: &str = "loopscope:restore";

/// What the view tells its host after grading.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResultMessage<'a> {
    /// Always [`RESULT_TYPE`].
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The exercise id.
    pub exercise: &'a str,
    /// The grade's score, 0 to 1.
    pub score: f64,
    /// Whether the prediction passed.
    pub passed: bool,
    /// The prediction that was graded, restorable with a restore message.
    pub prediction: &'a Prediction,
}

impl<'a> ResultMessage<'a> {
    /// The message for a graded prediction.
    pub fn new(exercise: &'a str, prediction: &'a Prediction, grade: &Grade) -> ResultMessage<'a> {
        ResultMessage { kind: RESULT_TYPE, exercise, score: grade.score, passed: grade.passed, prediction }
    }
}

/// Why a message from the host was not applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RejectReason {
    /// It is not a `loopscope:` message at all (other scripts on the host page post messages
    /// too); the view ignores these silently.
    NotOurs,
    /// Its `type` starts with `loopscope:` but is not one the view understands.
    UnknownType(String),
    /// It names another exercise than the one shown.
    OtherExercise(String),
    /// Its prediction is missing or malformed; the text says where.
    BadPrediction(String),
}

impl std::fmt::Display for RejectReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RejectReason::NotOurs => write!(f, "not a Loopscope message"),
            RejectReason::UnknownType(t) => write!(f, "unknown message type {t:?}"),
            RejectReason::OtherExercise(id) => write!(f, "the message is for exercise {id:?}, not this one"),
            RejectReason::BadPrediction(why) => write!(f, "the prediction could not be read: {why}"),
        }
    }
}

/// Reads a message posted by the host (as JSON text) for the exercise `exercise`: the
/// prediction to restore, or why not.
pub fn parse_restore(message: &str, exercise: &str) -> Result<Prediction, RejectReason> {
    let value: Value = serde_json::from_str(message).map_err(|_| RejectReason::NotOurs)?;
    let kind = value.get("type").and_then(Value::as_str).ok_or(RejectReason::NotOurs)?;
    if !kind.starts_with("loopscope:") {
        return Err(RejectReason::NotOurs);
    }
    if kind != RESTORE_TYPE {
        return Err(RejectReason::UnknownType(kind.to_string()));
    }
    match value.get("exercise") {
        None | Some(Value::Null) => {}
        Some(Value::String(id)) if id == exercise => {}
        Some(other) => return Err(RejectReason::OtherExercise(other.as_str().unwrap_or("?").to_string())),
    }
    let prediction = value.get("prediction").ok_or_else(|| RejectReason::BadPrediction("it is missing".into()))?;
    Prediction::deserialize(prediction).map_err(|e| RejectReason::BadPrediction(e.to_string()))
}
