//! Grading a prediction against the ideal run: a pure, deterministic function.
//!
//! Rules (also in `docs/SCHEMA.md`):
//! - **Order**: the predicted printed lines, plus any "never prints" entry naming a line the
//!   learner also placed as printed, are scored against the ideal lines by their longest
//!   common subsequence (see [`order`](super::order)); the score is 1 exactly when the
//!   predicted sequence is the ideal one.
//! - **Times**: a line's time is right when within the tolerance of its ideal time, bounds
//!   included; the timing score is the share of ideal lines placed with a right time.
//! - **Total** and **exception**: right or wrong.
//! - **Pass** when every part the exercise asks for is fully right; the **score** is the mean
//!   of those parts' scores (order score, timing score, total and exception as 1 or 0).

use super::feedback::{self, Feedback};
use super::live::{self, LiveComparison};
use super::matching::{self, Resolved};
use super::misconception::Symptoms;
use super::order;
use super::prediction::Prediction;
use super::rubric::Rubric;
use super::run::Run;
use super::simultaneous::{self, SimultaneousGroup};
use super::timing::TimeVerdict;
use super::verdict::{ExceptionVerdict, ExtraReason, ExtraVerdict, LineVerdict, NeverVerdict};
use serde::{Deserialize, Serialize};

/// The result of grading one prediction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Grade {
    /// Every part the exercise asks for is right.
    pub passed: bool,
    /// Mean score of the parts asked for, in `[0, 1]` (1 when none is asked).
    pub score: f64,
    /// In `[0, 1]`; 1 exactly when the printed lines are predicted in the right order with
    /// none missing and none extra.
    pub order_score: f64,
    /// Share of ideal lines placed with a time within the tolerance, in `[0, 1]`.
    pub timing_score: f64,
    /// The tolerance applied, lesson seconds.
    pub tolerance: f64,
    /// One verdict per ideal line, in the ideal order.
    pub lines: Vec<LineVerdict>,
    /// Predicted printed lines that match no line of the run.
    pub extra: Vec<ExtraVerdict>,
    /// One verdict per entry of the "never prints" bin.
    pub never: Vec<NeverVerdict>,
    /// The predicted total run time.
    pub total: TimeVerdict,
    /// The predicted ending exception.
    pub exception: ExceptionVerdict,
    /// Lines due at the same ideal instant.
    pub simultaneous: Vec<SimultaneousGroup>,
    /// Targeted feedback, most specific first.
    pub feedback: Vec<Feedback>,
    /// The live run beside the ideal one; never used for the verdicts above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveComparison>,
}

/// Grades `prediction` against the `ideal` run under `rubric`.
pub fn grade(ideal: &Run, prediction: &Prediction, rubric: &Rubric) -> Grade {
    let tolerance = rubric.effective_tolerance();
    let n = ideal.lines.len();
    let resolution = matching::resolve(&ideal.lines, prediction);
    let line_of = |r: &Resolved| match r {
        Resolved::Line(i) => Some(*i),
        _ => None,
    };
    let contradictions = resolution.never.iter().filter(|r| **r == Resolved::Taken).map(|_| None);
    let tokens: Vec<Option<usize>> = resolution.printed.iter().map(line_of).chain(contradictions).collect();
    let order = order::score(&tokens, n);

    let mut placed_at = vec![None; n];
    for (position, i) in resolution.printed.iter().enumerate().filter_map(|(p, r)| Some((p, line_of(r)?))) {
        placed_at[i] = Some(position);
    }
    let mut in_never_bin = vec![false; n];
    resolution.never.iter().filter_map(line_of).for_each(|i| in_never_bin[i] = true);
    let simultaneous = simultaneous::groups(&ideal.lines, &placed_at);
    let in_group = |i: usize| simultaneous.iter().any(|g| g.lines.contains(&i));

    let lines: Vec<LineVerdict> = ideal
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| LineVerdict {
            index: i,
            text: line.text.clone(),
            placed_at: placed_at[i],
            in_never_bin: in_never_bin[i],
            in_order: placed_at[i].is_some_and(|p| order.in_order[p]),
            simultaneous: in_group(i),
            time: TimeVerdict::judge(line.t, placed_at[i].and_then(|p| prediction.lines[p].t), tolerance),
        })
        .collect();
    let extra: Vec<ExtraVerdict> = resolution
        .printed
        .iter()
        .zip(&prediction.lines)
        .enumerate()
        .filter_map(|(position, (r, p))| {
            let reason = match r {
                Resolved::Line(_) => return None,
                Resolved::Taken => ExtraReason::PrintsFewerTimes,
                Resolved::Nothing => ExtraReason::NeverPrints,
            };
            Some(ExtraVerdict { position, line: p.line.clone(), reason })
        })
        .collect();
    let never = resolution
        .never
        .iter()
        .zip(&prediction.never)
        .map(|(r, line)| NeverVerdict { line: line.clone(), right: *r == Resolved::Nothing, index: line_of(r) })
        .collect();

    let on_time = lines.iter().filter(|l| l.time.ok).count();
    let timing_score = if n == 0 { 1.0 } else { on_time as f64 / n as f64 };
    let total = TimeVerdict::judge(ideal.end, prediction.total, tolerance);
    let exception = ExceptionVerdict::judge(ideal.exception.as_ref(), prediction.exception.as_deref());

    let asked = rubric.predict;
    let symptoms = Symptoms {
        misordered: asked.order && lines.iter().any(|l| l.placed_at.is_some() && !l.in_order),
        predicted_phantom: asked.order && !extra.is_empty(),
        missed_line: asked.order && lines.iter().any(|l| l.placed_at.is_none()),
        too_early: asked.times && lines.iter().any(|l| !l.time.ok && l.time.error.is_some_and(|e| e < 0.0)),
        too_late: asked.times && lines.iter().any(|l| !l.time.ok && l.time.error.is_some_and(|e| e > 0.0)),
        total_wrong: asked.total && !total.ok,
        exception_wrong: asked.exception && !exception.ok,
    };
    let shown_groups: Vec<SimultaneousGroup> = if asked.order { simultaneous.clone() } else { Vec::new() };
    let feedback = feedback::collect(&rubric.misconceptions, &symptoms, &shown_groups, &ideal.lines);

    let parts = [
        (asked.order, order.score),
        (asked.times, timing_score),
        (asked.total, f64::from(u8::from(total.ok))),
        (asked.exception, f64::from(u8::from(exception.ok))),
    ];
    let scores: Vec<f64> = parts.iter().filter(|(asked, _)| *asked).map(|(_, s)| *s).collect();
    let passed = scores.iter().all(|&s| s == 1.0);
    let score = if scores.is_empty() { 1.0 } else { scores.iter().sum::<f64>() / scores.len() as f64 };

    Grade {
        passed,
        score,
        order_score: order.score,
        timing_score,
        tolerance,
        lines,
        extra,
        never,
        total,
        exception,
        simultaneous,
        feedback,
        live: None,
    }
}

/// Grades `prediction` against the `ideal` run exactly as [`grade`] does, and sets
/// [`Grade::live`] to the `live` run compared beside it.
pub fn grade_beside_live(ideal: &Run, live: &Run, prediction: &Prediction, rubric: &Rubric) -> Grade {
    let mut result = grade(ideal, prediction, rubric);
    result.live = Some(live::compare(ideal, live, &result.lines));
    result
}
