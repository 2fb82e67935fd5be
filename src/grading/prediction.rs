//! What a learner predicts about a run: the lines it prints in order (each with a time or
//! not), the lines it never prints, its total run time, and the exception that ends it.
//!
//! Predictions come from users and embedding pages, so every value is accepted: a reference
//! to a line that does not exist, a line named twice, or a time that is not a finite number is
//! graded (as wrong or as no answer), never refused.

use serde::{Deserialize, Serialize};

/// A reference to an output line: its index in the ideal run's lines, or its exact text.
///
/// An index at or past the number of lines, or a text no line has, names a line that never
/// prints. When several lines share a text, text references take them in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LineRef {
    /// Index into [`Run::lines`](super::Run::lines).
    Index(usize),
    /// The line's exact text.
    Text(String),
}

/// One line the learner expects to be printed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PredictedLine {
    /// Which line.
    pub line: LineRef,
    /// When it prints, in lesson seconds; `None` (or not finite) when not predicted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub t: Option<f64>,
}

/// A learner's whole prediction for one exercise.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    /// The lines expected to print, in the predicted order.
    #[serde(default)]
    pub lines: Vec<PredictedLine>,
    /// Lines placed in the "never prints" bin.
    #[serde(default)]
    pub never: Vec<LineRef>,
    /// Predicted total run time in lesson seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// Predicted type of the exception that ends the program (`KeyError`); `None` for a
    /// program that ends normally.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<String>,
}
