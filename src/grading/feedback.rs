//! Targeted feedback: what the learner's mistakes suggest they believe, in words.
//!
//! Simultaneous lines placed out of CPython's order get a note naming the lines and the
//! instant; then each misconception the exercise targets speaks if the prediction shows one
//! of its symptoms (see [`Misconception`]).

use super::misconception::{Misconception, Symptoms};
use super::run::Line;
use super::simultaneous::SimultaneousGroup;
use serde::{Deserialize, Serialize};

/// One piece of feedback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// The misconception it addresses.
    pub tag: Misconception,
    /// What to tell the learner.
    pub message: String,
    /// The ideal lines it is about, if particular ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<usize>,
}

/// The feedback for a prediction showing `symptoms` on an exercise targeting `targets`.
pub(super) fn collect(
    targets: &[Misconception],
    symptoms: &Symptoms,
    groups: &[SimultaneousGroup],
    lines: &[Line],
) -> Vec<Feedback> {
    let simultaneous = groups.iter().filter(|g| !g.in_cpython_order).map(|g| {
        let texts: Vec<String> =
            g.lines.iter().filter_map(|&i| lines.get(i)).map(|l| format!("\"{}\"", l.text)).collect();
        Feedback {
            tag: Misconception::SimultaneousLines,
            message: format!(
                "{} were all due at {:.2}s. {} They are graded in the order CPython 3.11 printed them: {}.",
                texts.join(", "),
                g.t,
                Misconception::SimultaneousLines.message(),
                texts.join(", then ")
            ),
            lines: g.lines.clone(),
        }
    });
    let mut out: Vec<Feedback> = simultaneous.collect();
    for &tag in targets {
        if tag.shows_in(symptoms) && !out.iter().any(|f| f.tag == tag) {
            out.push(Feedback { tag, message: tag.message().to_string(), lines: Vec::new() });
        }
    }
    out
}
