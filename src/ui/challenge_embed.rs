//! The message the challenge embed view (`#/embed/ch/<id>`) posts to the page around its
//! iframe after each Check: `{type: "loopscope:result", challenge, passed, checks}`.

use serde::Serialize;

use super::embed::RESULT_TYPE;
use crate::challenge::{CheckReport, CheckResult};

/// What the view tells its host after a Check.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChallengeResultMessage<'a> {
    /// Always [`RESULT_TYPE`].
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The challenge id.
    pub challenge: &'a str,
    /// Every check held and the code ran cleanly.
    pub passed: bool,
    /// Each check: name, passed, measured, expected, at, hint.
    pub checks: &'a [CheckResult],
    /// Why the code did not run to the end, if it did not: `"NameError: … (line 3)"`.
    pub error: Option<String>,
}

impl<'a> ChallengeResultMessage<'a> {
    /// The message for a Check's report.
    pub fn new(report: &'a CheckReport) -> ChallengeResultMessage<'a> {
        ChallengeResultMessage {
            kind: RESULT_TYPE,
            challenge: &report.challenge,
            passed: report.passed,
            checks: &report.checks,
            error: report.error.as_ref().map(|e| match (e.line, e.col) {
                (Some(line), Some(col)) => format!("{} (line {line}, column {col})", e.message),
                _ => e.message.clone(),
            }),
        }
    }
}
