//! How a prediction is graded: which parts of it count, and how close a time must be.

use super::misconception::Misconception;
use serde::{Deserialize, Serialize};

/// Which parts of a run the learner predicts (an exercise's `predict` object).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Predicts {
    /// The order of the output lines, including which never print.
    pub order: bool,
    /// The time of each line.
    pub times: bool,
    /// The total run time.
    pub total: bool,
    /// Which exception ends the program (or that none does).
    pub exception: bool,
}

/// The grading rules for one exercise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rubric {
    /// The parts that decide pass/fail and the score.
    pub predict: Predicts,
    /// A predicted time is right when it is within this many lesson seconds of the ideal,
    /// bounds included. Negative or NaN counts as 0.
    pub tolerance: f64,
    /// The misconceptions the exercise targets, in the order their feedback is given.
    pub misconceptions: Vec<Misconception>,
}

impl Rubric {
    /// The tolerance exercises use: 0.05 s, under half the smallest gap (0.2 s) between two
    /// distinct times in the catalogue, so a time within it is never closer to another line's.
    pub const DEFAULT_TOLERANCE: f64 = 0.05;

    /// The tolerance actually applied: [`Rubric::tolerance`] with negative and NaN as 0.
    pub fn effective_tolerance(&self) -> f64 {
        if self.tolerance >= 0.0 {
            self.tolerance
        } else {
            0.0
        }
    }
}
