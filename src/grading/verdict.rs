//! The verdicts a grade is made of: per ideal line, per extra predicted line, per entry of
//! the "never prints" bin, and for the ending exception.

use super::prediction::LineRef;
use super::run::RaisedException;
use super::timing::TimeVerdict;
use serde::{Deserialize, Serialize};

/// How the prediction fared on one line of the ideal run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineVerdict {
    /// Index in the ideal run's lines.
    pub index: usize,
    /// The line's text.
    pub text: String,
    /// Where the learner placed it among the predicted printed lines, if they did.
    pub placed_at: Option<usize>,
    /// The learner put this line in the "never prints" bin.
    pub in_never_bin: bool,
    /// Placed, and in the right position relative to the other lines (part of the longest
    /// in-order subsequence).
    pub in_order: bool,
    /// The line is due at the same ideal instant as another line.
    pub simultaneous: bool,
    /// Its predicted time against the ideal time.
    pub time: TimeVerdict,
}

/// Why a predicted printed line matches no line of the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExtraReason {
    /// The line never prints.
    NeverPrints,
    /// The line prints, but fewer times than predicted.
    PrintsFewerTimes,
}

/// A predicted printed line that matches no line of the run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExtraVerdict {
    /// Its position among the predicted printed lines.
    pub position: usize,
    /// The reference as given.
    pub line: LineRef,
    /// Why it matches nothing.
    pub reason: ExtraReason,
}

/// One entry of the "never prints" bin.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeverVerdict {
    /// The reference as given.
    pub line: LineRef,
    /// The line indeed never prints.
    pub right: bool,
    /// The ideal line it names, when it names one not placed among the printed lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
}

/// The predicted ending exception against the real one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExceptionVerdict {
    /// The type that ended the run (`None`: it ended normally).
    pub ideal: Option<String>,
    /// The predicted type (`None`: predicted to end normally).
    pub predicted: Option<String>,
    /// They agree (types compare by their last dotted part: `CancelledError` matches
    /// `asyncio.exceptions.CancelledError`).
    pub ok: bool,
}

impl ExceptionVerdict {
    /// Judges a predicted type name (blank counts as none) against the exception that ended
    /// the run.
    pub fn judge(ideal: Option<&RaisedException>, predicted: Option<&str>) -> ExceptionVerdict {
        let ideal = ideal.map(|e| e.name.clone());
        let predicted = predicted.map(str::trim).filter(|p| !p.is_empty()).map(str::to_string);
        let last_part = |name: &String| name.rsplit('.').next().map(str::to_string);
        let ok = ideal.as_ref().map(last_part) == predicted.as_ref().map(last_part);
        ExceptionVerdict { ideal, predicted, ok }
    }
}
