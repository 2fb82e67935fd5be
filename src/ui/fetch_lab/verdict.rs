//! The lab's comparison in words: the measured total time beside the ideal (the same program
//! on the virtual clock) and the learner's prediction.

use crate::ui::seconds::format_seconds;

/// A prediction within this share of the truth is spot on.
const SPOT_ON: f64 = 0.10;
/// Within this share, close.
const CLOSE: f64 = 0.25;

/// How far the measured time is from the ideal: `1.043 s in the browser, 43 ms (4%) over the
/// ideal 1.000 s.`
pub fn measured_vs_ideal(measured: f64, ideal: f64) -> String {
    let over_ms = (measured - ideal) * 1000.0;
    let share = if ideal > 0.0 { format!(" ({:.0}%)", over_ms.abs() / 10.0 / ideal) } else { String::new() };
    let how = if over_ms >= 0.0 { "over" } else { "under" };
    format!(
        "{} in the browser, {:.0} ms{share} {how} the ideal {}.",
        format_seconds(measured),
        over_ms.abs(),
        format_seconds(ideal)
    )
}

/// The prediction graded against `truth` (the ideal when there is one, else the measured
/// time), named `truth_name`: `Spot on: you predicted 1.000 s; the ideal is 1.000 s.`
pub fn prediction_vs(prediction: f64, truth: f64, truth_name: &str) -> String {
    let error = (prediction - truth) / truth.max(0.001);
    let grade = if error.abs() <= SPOT_ON {
        "Spot on".to_string()
    } else if error.abs() <= CLOSE {
        format!("Close, {:.0}% {}", error.abs() * 100.0, if error > 0.0 { "too long" } else { "too short" })
    } else if prediction > truth {
        format!("Too long, {:.1}× the {truth_name}", prediction / truth.max(0.001))
    } else {
        format!("Too short, {:.1}× less than the {truth_name}", truth / prediction.max(0.001))
    };
    format!("{grade}: you predicted {}; the {truth_name} is {}.", format_seconds(prediction), format_seconds(truth))
}
