//! The `.expected` fixture format (see `tools/expected_format.py`): rendering a run's trace in
//! it, reading recorded files, and the normalisation both sides go through before comparing.
//!
//! Normalisation keeps what Loopscope promises to match — every stdout line, every stderr line,
//! times, the exit status — and drops what depends on CPython's installation: traceback frames
//! from files other than `main.py` (asyncio's own sources: their source and marker lines), also
//! inside the boxes CPython draws around exception groups. The `^^^` marker lines under
//! `main.py`'s source lines, in tracebacks and under syntax errors, are kept and compared.

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
    let mut out = Vec::with_capacity(records.len());
    // After a frame of another file: drop its source line, then its marker line.
    let mut skip_source = false;
    for r in records {
        let Some((_, rest)) = r.split_once(' ') else {
            out.push(r.clone());
            continue;
        };
        let text = unboxed(rest.strip_prefix("err ").unwrap_or(""));
        if !rest.starts_with("err") {
            skip_source = false;
            out.push(r.clone());
            continue;
        }
        if skip_source && text.starts_with("    ") {
            let trimmed = text.trim();
            let marker = !trimmed.is_empty() && trimmed.chars().all(|c| matches!(c, '^' | '~'));
            skip_source = !marker;
            continue;
        }
        skip_source = false;
        if let Some(frame) = text.strip_prefix("  File \"") {
            if !frame.starts_with("main.py\"") {
                skip_source = true;
                continue;
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
