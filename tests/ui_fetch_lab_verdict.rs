#![cfg(not(target_arch = "wasm32"))]
//! The lab's verdicts in words: the browser's overhead over the ideal, and a prediction
//! graded spot on (within 10%), close (within 25%) or too long / too short by a factor.

use loopscope::ui::fetch_lab::{measured_vs_ideal, prediction_vs};

#[test]
fn measured_time_is_told_against_the_ideal_in_ms_and_percent() {
    assert_eq!(measured_vs_ideal(1.043, 1.0), "1.043 s in the browser, 43 ms (4%) over the ideal 1.000 s.");
    assert_eq!(measured_vs_ideal(0.099, 0.1), "0.099 s in the browser, 1 ms (1%) under the ideal 0.100 s.");
}

#[test]
fn predictions_are_graded_by_their_relative_error() {
    assert_eq!(prediction_vs(1.05, 1.0, "ideal"), "Spot on: you predicted 1.050 s; the ideal is 1.000 s.");
    assert_eq!(prediction_vs(0.8, 1.0, "ideal"), "Close, 20% too short: you predicted 0.800 s; the ideal is 1.000 s.");
    assert_eq!(prediction_vs(10.0, 0.1, "ideal"), "Too long, 100.0× the ideal: you predicted 10.000 s; the ideal is 0.100 s.");
    assert_eq!(
        prediction_vs(0.1, 10.0, "measured time"),
        "Too short, 100.0× less than the measured time: you predicted 0.100 s; the measured time is 10.000 s."
    );
}
