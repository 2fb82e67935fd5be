//! The live run (on the browser clock) compared beside the ideal one.
//!
//! A live run can be late by however long the browser took, so it never decides a grade; this
//! comparison only says how it differed: each ideal line's live time and drift, the predicted
//! time's error against the live time, and any line the live run printed that the ideal did not.

use super::matching::{Matcher, Resolved};
use super::run::{Line, Run};
use super::verdict::LineVerdict;
use serde::{Deserialize, Serialize};

/// One ideal line in the live run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveLine {
    /// Index in the ideal run's lines.
    pub index: usize,
    /// When the live run printed it (`None`: it did not).
    pub live_t: Option<f64>,
    /// `live_t - ideal time`.
    pub drift: Option<f64>,
    /// `predicted time - live_t`, when both exist.
    pub predicted_error: Option<f64>,
}

/// How the live run compares with the ideal run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveComparison {
    /// The live run printed exactly the ideal lines in the ideal order and ended with the
    /// same exception (times aside).
    pub same_output: bool,
    /// One entry per ideal line, in the ideal order.
    pub lines: Vec<LiveLine>,
    /// Lines the live run printed that the ideal run does not (or not that often).
    pub extra: Vec<Line>,
    /// When the live run ended.
    pub end: f64,
    /// The type of the exception that ended the live run.
    pub exception: Option<String>,
}

/// Compares `live` with `ideal`, matching lines by text in order; `verdicts` supply the
/// predicted times.
pub(super) fn compare(ideal: &Run, live: &Run, verdicts: &[LineVerdict]) -> LiveComparison {
    let mut matcher = Matcher::new(&ideal.lines);
    let mut live_t = vec![None; ideal.lines.len()];
    let mut sequence = Vec::new();
    let mut extra = Vec::new();
    for line in &live.lines {
        match matcher.take_text(&line.text) {
            Resolved::Line(i) => {
                live_t[i] = Some(line.t);
                sequence.push(i);
            }
            Resolved::Taken | Resolved::Nothing => extra.push(line.clone()),
        }
    }
    let lines = ideal
        .lines
        .iter()
        .zip(live_t)
        .enumerate()
        .map(|(index, (line, live_t))| {
            let predicted = verdicts.get(index).and_then(|v| v.time.predicted);
            LiveLine {
                index,
                live_t,
                drift: live_t.map(|t| t - line.t),
                predicted_error: predicted.zip(live_t).map(|(p, t)| p - t),
            }
        })
        .collect();
    let exception = live.exception.as_ref().map(|e| e.name.clone());
    let same_output = extra.is_empty()
        && sequence.iter().copied().eq(0..ideal.lines.len())
        && exception == ideal.exception.as_ref().map(|e| e.name.clone());
    LiveComparison { same_output, lines, extra, end: live.end, exception }
}
