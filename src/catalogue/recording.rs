//! Reading a `.expected` recording (format: `tools/expected_format.py`) into the ideal [`Run`].
//!
//! Records are `<t> out <text>`, `<t> err <text>` (`out~`/`err~` for a final line left without
//! a newline; no space when the text is empty), then `exit <status>`. An optional
//! `end <t>` record before `exit` gives the run's end when it is later than its last line.

use crate::grading::{Line, Run};
use crate::runtime::trace::Stream;

/// Why a record could not be read, and where (1-based line and column).
pub(super) struct RecordingError {
    pub at: (usize, usize),
    pub message: String,
}

/// Reads a whole recording.
pub(super) fn parse(text: &str) -> Result<Run, RecordingError> {
    let mut lines = Vec::new();
    let mut end = None;
    let mut exit = None;
    for (number, record) in text.lines().enumerate().filter(|(_, r)| !r.starts_with('#')) {
        let fail = |col: usize, message: String| RecordingError { at: (number + 1, col), message };
        if exit.is_some() {
            return Err(fail(1, "a record after `exit`".into()));
        }
        let (head, rest) = record.split_once(' ').unwrap_or((record, ""));
        match head {
            "exit" => exit = Some(rest.parse::<i32>().map_err(|_| fail(6, format!("bad exit status `{rest}`")))?),
            "end" => end = Some(time(rest).ok_or_else(|| fail(5, format!("bad end time `{rest}`")))?),
            _ => {
                let t = time(head).ok_or_else(|| fail(1, format!("bad time `{head}`")))?;
                let (tag, text) = rest.split_once(' ').unwrap_or((rest, ""));
                let (stream, partial) = match tag {
                    "out" => (Stream::Out, false),
                    "err" => (Stream::Err, false),
                    "out~" => (Stream::Out, true),
                    "err~" => (Stream::Err, true),
                    _ => return Err(fail(head.len() + 2, format!("bad stream tag `{tag}`"))),
                };
                lines.push(Line { t, stream, text: text.to_string(), partial });
            }
        }
    }
    let exit = exit
        .ok_or_else(|| RecordingError { at: (text.lines().count().max(1), 1), message: "no `exit` record".into() })?;
    Ok(Run::new(lines, exit, end))
}

/// A finite, non-negative time.
fn time(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|t| t.is_finite() && *t >= 0.0)
}
