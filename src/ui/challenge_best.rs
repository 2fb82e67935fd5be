//! A challenge's best result, as the progress store keeps it: how many checks passed out of
//! how many, and whether the whole challenge passed. A later Check replaces it only when it
//! did better.

use serde::{Deserialize, Serialize};

use crate::challenge::CheckReport;

/// The best Check of one challenge so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChallengeBest {
    /// Every check held and the run ended cleanly.
    pub passed: bool,
    /// Checks that held.
    pub checks_passed: usize,
    /// Checks that ran (0 when the code did not compile).
    pub total: usize,
}

impl ChallengeBest {
    /// The result of one Check.
    pub fn of(report: &CheckReport) -> ChallengeBest {
        ChallengeBest {
            passed: report.passed,
            checks_passed: report.checks.iter().filter(|c| c.passed).count(),
            total: report.checks.len(),
        }
    }

    /// The better of two results: a pass beats a fail, then more checks passed wins; on a
    /// tie `self` stays.
    pub fn better(self, other: ChallengeBest) -> ChallengeBest {
        let key = |b: &ChallengeBest| (b.passed, b.checks_passed);
        if key(&other) > key(&self) {
            other
        } else {
            self
        }
    }

    /// Whether the numbers make sense together (stored data is checked with it).
    pub fn is_consistent(&self) -> bool {
        self.checks_passed <= self.total && (!self.passed || (self.total > 0 && self.checks_passed == self.total))
    }

    /// A short label for the list: `passed`, or `3 / 5 checks`.
    pub fn label(&self) -> String {
        if self.passed {
            "passed".to_string()
        } else {
            format!("{} / {} checks", self.checks_passed, self.total)
        }
    }
}
