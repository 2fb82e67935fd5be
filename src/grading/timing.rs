//! Judging one predicted time against the ideal time.

use serde::{Deserialize, Serialize};

/// Slack for decimal times that are not exact in binary (0.1 + 0.2), so that a time exactly
/// at the tolerance bound counts as within it.
const ROUNDING: f64 = 1e-9;

/// A predicted time beside the ideal one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeVerdict {
    /// The ideal time, lesson seconds.
    pub ideal: f64,
    /// The predicted time, if one was given (finite).
    pub predicted: Option<f64>,
    /// `predicted - ideal`: negative when predicted too early.
    pub error: Option<f64>,
    /// The prediction is within the tolerance (bounds included).
    pub ok: bool,
}

impl TimeVerdict {
    /// Judges `predicted` against `ideal`; a missing or non-finite prediction is not ok.
    pub fn judge(ideal: f64, predicted: Option<f64>, tolerance: f64) -> TimeVerdict {
        let predicted = predicted.filter(|t| t.is_finite());
        let error = predicted.map(|t| t - ideal);
        let ok = error.is_some_and(|e| e.abs() <= tolerance + ROUNDING);
        TimeVerdict { ideal, predicted, error, ok }
    }
}
