//! Lines due at the same ideal instant. Their times cannot tell them apart, so they are graded
//! by the order CPython printed them in, and the grade says they were simultaneous.

use super::run::Line;
use serde::{Deserialize, Serialize};

/// Two lines closer than this (in lesson seconds) are due at the same instant; recorded times
/// have three decimals.
const SAME_INSTANT: f64 = 1e-9;

/// Consecutive ideal lines due at the same instant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimultaneousGroup {
    /// The instant, lesson seconds.
    pub t: f64,
    /// Their indices in the ideal run, in CPython's order.
    pub lines: Vec<usize>,
    /// The learner placed the ones they placed in CPython's relative order.
    pub in_cpython_order: bool,
}

/// The groups of two or more lines sharing an instant, judged against `placed_at` (each ideal
/// line's position among the predicted printed lines).
pub(super) fn groups(lines: &[Line], placed_at: &[Option<usize>]) -> Vec<SimultaneousGroup> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let t = lines[start].t;
        let len = lines[start..].iter().take_while(|l| (l.t - t).abs() <= SAME_INSTANT).count();
        if len >= 2 {
            let members: Vec<usize> = (start..start + len).collect();
            let positions: Vec<usize> = members.iter().filter_map(|&i| placed_at.get(i).copied().flatten()).collect();
            let in_cpython_order = positions.windows(2).all(|w| w[0] < w[1]);
            out.push(SimultaneousGroup { t, lines: members, in_cpython_order });
        }
        start += len.max(1);
    }
    out
}
