//! The `.expected` fixture format (see `tools/expected_format.py`): rendering a run's trace in
//! it, reading recorded files, and the normalisation both sides go through before comparing.
//!
//! Normalisation keeps what Loopscope promises to match — every stdout line, every stderr line,
//! times, the exit status — and drops what depends on CPython's installation: traceback frames
//! from files other than `main.py` (asyncio's own sources: their source and marker lines), also
//! inside the boxes CPython draws around exception groups. The `^^^` marker lines of `main.py`'s
//! frames are kept and compared; a syntax error's marker line is dropped (Loopscope marks the
//! error's first character where CPython marks its whole range, a known gap).

use crate::grading::Run;
use crate::runtime::trace::{Event, Stream, Trace};

/// The records of a run, one string per `.expected` line (without the header): its output
/// lines, `end <t>` when the run ended later than its last line (at 3 decimals), then `exit`.
pub fn render(trace: &Trace, exit_code: i32) -> Vec<String> {
    let mut out = Vec::new();
    for e in &trace.events {
        if let Event::Output { t, stream, text, partial } = e {
            let tag = match (stream, partial) {
                (Stream::Out, false) => "out",
                (Stream::Out, true) => "out~",
                (Stream::Err, false) => "err",
                (Stream::Err, true) => "err~",
            };
            out.extend(text.split('\n').map(|line| record(*t, tag, line)));
        }
    }
    let last = trace.output().map(|(t, _, _)| t).fold(0.0, f64::max);
    let end = Run::from_trace(trace, exit_code).end;
    if end > last && format!("{end:.3}") != format!("{last:.3}") {
        out.push(format!("end {end:.3}"));
    }
    out.push(format!("exit {exit_code}"));
    out
}

fn record(t: f64, tag: &str, text: &str) -> String {
    if text.is_empty() {
        format!("{t:.3} {tag}")
    } else {
        format!("{t:.3} {tag} {text}")
    }
}

/// The records of a recorded `.expected` file.
pub fn parse(text: &str) -> Vec<String> {
    text.lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect()
}

/// Drops installation-dependent traceback lines (see the module docs).
pub fn normalize(records: &[String]) -> Vec<String> {
    /// What the lines after a `File "..."` line are.
    #[derive(PartialEq)]
    enum After {
        /// Nothing to drop.
        Nothing,
        /// A frame of another file: drop its source line and marker line.
        OtherFile,
        /// A syntax error's location: keep its source line, drop its marker line.
        SyntaxError,
    }
    let mut out = Vec::with_capacity(records.len());
    let mut after = After::Nothing;
    for r in records {
        let Some((_, rest)) = r.split_once(' ') else {
            out.push(r.clone());
            continue;
        };
        let text = unboxed(rest.strip_prefix("err ").unwrap_or(""));
        if !rest.starts_with("err") {
            after = After::Nothing;
            out.push(r.clone());
            continue;
        }
        if after != After::Nothing && text.starts_with("    ") {
            let trimmed = text.trim();
            let marker = !trimmed.is_empty() && trimmed.chars().all(|c| matches!(c, '^' | '~'));
            if marker || after == After::OtherFile {
                after = if marker { After::Nothing } else { after };
                continue;
            }
            out.push(r.clone());
            continue;
        }
        after = After::Nothing;
        if let Some(frame) = text.strip_prefix("  File \"") {
            if !frame.starts_with("main.py\"") {
                after = After::OtherFile;
                continue;
            }
            if !frame.contains(", in ") {
                after = After::SyntaxError;
            }
        }
        out.push(r.clone());
    }
    out
}

/// A stderr line without the margin (`  | `, `  + `) of the boxes CPython draws around the
/// parts of an exception group.
fn unboxed(text: &str) -> &str {
    let t = text.trim_start_matches(' ');
    match t.strip_prefix("| ").or_else(|| t.strip_prefix("+ ")) {
        Some(rest) if t.len() < text.len() => rest,
        _ => text,
    }
}
