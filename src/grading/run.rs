//! A run's observable outcome as the grader sees it: the output lines with their loop times,
//! when the run ended, its exit status, and the exception that ended it.
//!
//! The uncaught-exception traceback at the end of a failed run is not made of lines a learner
//! predicts one by one (its frames depend on where Python is installed); it is cut off and
//! summarised as a [`RaisedException`]. Everything else, stdout and stderr alike, stays a line.

use crate::runtime::trace::{Event, Stream, Trace};
use serde::{Deserialize, Serialize};

/// One complete output line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// Loop time in lesson seconds at which the line's newline was written.
    pub t: f64,
    /// Which stream it went to.
    pub stream: Stream,
    /// The text, without its newline.
    pub text: String,
    /// The program ended before writing this line's newline.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
}

/// The exception that ended a run, read from the last line of its traceback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RaisedException {
    /// The type as printed: `KeyError`, `ExceptionGroup`, `asyncio.exceptions.CancelledError`.
    pub name: String,
    /// The whole line: `KeyError: 'invoices'`.
    pub line: String,
}

/// Everything a prediction is graded against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// Output lines in the order they were written (the traceback of an uncaught exception
    /// excluded).
    pub lines: Vec<Line>,
    /// Loop time at which the run ended (its total run time).
    pub end: f64,
    /// Exit status: 0, or 1 after an uncaught exception.
    pub exit: i32,
    /// The uncaught exception that ended the run, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<RaisedException>,
}

impl Run {
    /// A run from all its output lines; when `exit` is not 0, a trailing traceback is cut off
    /// into [`Run::exception`]. `end` defaults to the last line's time (0 without lines).
    pub fn new(mut lines: Vec<Line>, exit: i32, end: Option<f64>) -> Run {
        let end = end.unwrap_or_else(|| lines.last().map_or(0.0, |l| l.t));
        let exception = if exit == 0 { None } else { cut_traceback(&mut lines) };
        Run { lines, end, exit, exception }
    }

    /// The run a trace records: its output lines, ended at its last event (a blocking call or
    /// worker counts until it returns).
    pub fn from_trace(trace: &Trace, exit: i32) -> Run {
        let mut lines = Vec::new();
        let mut end: f64 = 0.0;
        for event in &trace.events {
            end = end.max(match event {
                Event::Blocked { until, .. } | Event::Worker { until, .. } => *until,
                other => other.time(),
            });
            if let Event::Output { t, stream, text, partial } = event {
                let pieces: Vec<&str> = text.split('\n').collect();
                let last = pieces.len() - 1;
                lines.extend(pieces.into_iter().enumerate().map(|(i, piece)| Line {
                    t: *t,
                    stream: *stream,
                    text: piece.to_string(),
                    partial: *partial && i == last,
                }));
            }
        }
        Run::new(lines, exit, Some(end))
    }
}

/// The header a top-level traceback starts with, plain or for an exception group.
const HEADERS: [&str; 2] =
    ["Traceback (most recent call last):", "  + Exception Group Traceback (most recent call last):"];

/// Removes the traceback at the end of `lines` (the trailing stderr lines from the first
/// top-level header on) and returns the exception it names.
fn cut_traceback(lines: &mut Vec<Line>) -> Option<RaisedException> {
    let tail_start = lines.iter().rposition(|l| l.stream != Stream::Err).map_or(0, |i| i + 1);
    let start = tail_start + lines[tail_start..].iter().position(|l| HEADERS.contains(&l.text.as_str()))?;
    let last_header = start + lines[start..].iter().rposition(|l| HEADERS.contains(&l.text.as_str()))?;
    let exception = lines[last_header + 1..].iter().find_map(|l| exception_line(&l.text));
    lines.truncate(start);
    exception
}

/// `Name: message` or `Name` at the top level of a traceback (inside the outer box of an
/// exception group, `  | Name: message`).
fn exception_line(text: &str) -> Option<RaisedException> {
    let line = text.strip_prefix("  | ").unwrap_or(text);
    let name = line.split_once(':').map_or(line, |(name, _)| name);
    let is_name = !name.is_empty()
        && name.split('.').all(|part| {
            part.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_alphanumeric() || c == '_')
        });
    is_name.then(|| RaisedException { name: name.to_string(), line: line.to_string() })
}
