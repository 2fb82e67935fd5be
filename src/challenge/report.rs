//! What Check returns: one result per check, whether all passed, why the run failed if it did,
//! and the run itself (output and trace) so the page can show the moment a check points at.

use crate::grading::Run;
use crate::python::loopscope::Verdict;
use crate::runtime::trace::Trace;
use serde::Serialize;

/// The verdict of one check.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckResult {
    /// The check's name.
    pub name: String,
    /// Whether it held.
    pub passed: bool,
    /// What was measured, as text.
    pub measured: String,
    /// What was expected, as text.
    pub expected: String,
    /// Loop time at which it went wrong (the 11th request going in flight ...), if known.
    pub at: Option<f64>,
    /// What to try.
    pub hint: String,
}

impl From<&Verdict> for CheckResult {
    fn from(v: &Verdict) -> CheckResult {
        CheckResult {
            name: v.name.clone(),
            passed: v.passed,
            measured: v.measured.clone(),
            expected: v.expected.clone(),
            at: v.at,
            hint: v.hint.clone(),
        }
    }
}

/// Why the learner's code did not run to the end.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RunError {
    /// What happened, in one line: `NameError: name 'x' is not defined`.
    pub message: String,
    /// 1-based line in the learner's code, when the error is in it.
    pub line: Option<usize>,
    /// 1-based column (for a runtime error, where the statement on that line starts).
    pub col: Option<usize>,
}

/// Everything Check reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckReport {
    /// The challenge's id.
    pub challenge: String,
    /// The seed the inputs were drawn from.
    pub seed: u64,
    /// Every check ran and held, and the run ended cleanly.
    pub passed: bool,
    /// The checks, declared ones first, then those `checks.py` recorded.
    pub checks: Vec<CheckResult>,
    /// Set when the code failed to compile, raised, or was stopped.
    pub error: Option<RunError>,
    /// The run's output and timing (empty when the code did not compile).
    pub run: Run,
    /// The run's trace, for the timeline.
    pub trace: Trace,
}

impl CheckReport {
    /// The first failing check, if any.
    pub fn first_failure(&self) -> Option<&CheckResult> {
        self.checks.iter().find(|c| !c.passed)
    }
}
