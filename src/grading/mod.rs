//! Grading a learner's prediction of a run: which lines print, in what order, when, how long
//! the run takes and which exception ends it.
//!
//! [`grade`] is a pure function of the ideal (virtual-clock) [`Run`], the [`Prediction`] and
//! the exercise's [`Rubric`]: the same inputs give the same [`Grade`]. [`grade_beside_live`]
//! adds a comparison with a live (browser-clock) run without changing any verdict. Every type
//! here is plain data that serializes to the JSON documented in `docs/SCHEMA.md`.

mod feedback;
mod grade;
mod live;
mod matching;
mod misconception;
mod order;
mod prediction;
mod rubric;
mod run;
mod simultaneous;
mod timing;
mod verdict;

pub use feedback::Feedback;
pub use grade::{grade, grade_beside_live, Grade};
pub use live::{LiveComparison, LiveLine};
pub use misconception::Misconception;
pub use prediction::{LineRef, PredictedLine, Prediction};
pub use rubric::{Predicts, Rubric};
pub use run::{Line, RaisedException, Run};
pub use simultaneous::SimultaneousGroup;
pub use timing::TimeVerdict;
pub use verdict::{ExceptionVerdict, ExtraReason, ExtraVerdict, LineVerdict, NeverVerdict};
