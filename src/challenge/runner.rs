//! Check: runs the learner's code followed by the challenge's `checks.py` on the virtual clock,
//! with the `loopscope` recorder seeded, then evaluates the declared checks over the trace and
//! collects the verdicts `checks.py` recorded.

use super::declared::Facts;
use super::model::Challenge;
use super::report::{CheckReport, CheckResult, RunError};
use crate::grading::Run;
use crate::python::error::CompileError;
use crate::python::interp::{Host, Limits};
use crate::python::{loopscope, Program};
use crate::runtime::trace::{Stream, Trace};

/// The file name the learner's code runs as (tracebacks name it).
const FILENAME: &str = "main.py";

/// Runs every check of `challenge` on `source`, with inputs drawn from `seed`, on `host`
/// (a virtual-clock host: loop time jumps from timer to timer).
pub fn check_on(challenge: &Challenge, source: &str, seed: u64, host: Box<dyn Host>) -> CheckReport {
    let empty = |error| CheckReport {
        challenge: challenge.id().to_string(),
        seed,
        passed: false,
        checks: Vec::new(),
        error: Some(error),
        run: Run::new(Vec::new(), 1, Some(0.0)),
        trace: Trace::default(),
    };
    // The learner's code alone first, so a syntax error is placed in it and not in the harness.
    if let Err(e) = crate::python::parser::parse(source) {
        return empty(compile_error(&e, source));
    }
    let program = Program::new(&challenge.check_program(source), FILENAME, host, Limits::default());
    let mut program = match program {
        Ok(p) => p,
        Err(e) => return empty(compile_error(&e, source)),
    };
    let recorder = program.interp().import("loopscope").ok().and_then(|m| loopscope::recorder_of(&m));
    let Some(recorder) = recorder else {
        return empty(RunError { message: "the loopscope module failed to load".into(), line: None, col: None });
    };
    recorder.seed.set(seed);
    let outcome = program.run_to_end();
    let trace = program.trace().clone();
    drop(program);
    let run = Run::from_trace(&trace, outcome.exit_code);
    let error = match (&outcome.stopped, &run.exception) {
        (Some(why), _) => Some(RunError { message: format!("stopped: {why}"), line: None, col: None }),
        (None, Some(raised)) => Some(place(&trace, source, &raised.line)),
        (None, None) if outcome.exit_code != 0 => {
            Some(RunError { message: format!("exited with status {}", outcome.exit_code), line: None, col: None })
        }
        _ => None,
    };
    let ops = recorder.ops.borrow().clone();
    let facts = Facts { trace: &trace, ops: &ops, end: run.end };
    let mut checks: Vec<CheckResult> = challenge.meta.checks.iter().map(|d| d.evaluate(&facts)).collect();
    checks.extend(recorder.verdicts.borrow().iter().map(CheckResult::from));
    let passed = error.is_none() && !checks.is_empty() && checks.iter().all(|c| c.passed);
    CheckReport { challenge: challenge.id().to_string(), seed, passed, checks, error, run, trace }
}

/// A compile error, placed in the learner's code when it is there (not in the harness).
fn compile_error(e: &CompileError, source: &str) -> RunError {
    let (line, col) = (e.span.line as usize, e.span.col as usize);
    let in_source = line <= source.lines().count().max(1);
    RunError {
        message: format!("{}: {}", e.kind.name(), e.message),
        line: in_source.then_some(line),
        col: in_source.then_some(col),
    }
}

/// An uncaught exception, placed at the innermost traceback frame in the learner's code.
fn place(trace: &Trace, source: &str, message: &str) -> RunError {
    let lines: Vec<&str> = source.lines().collect();
    let frame = format!("  File \"{FILENAME}\", line ");
    let line = trace
        .output()
        .filter(|(_, stream, _)| *stream == Stream::Err)
        .filter_map(|(_, _, text)| {
            text.split('\n').find_map(|l| l.strip_prefix(frame.as_str()))?.split(',').next()?.parse::<usize>().ok()
        })
        .filter(|n| *n >= 1 && *n <= lines.len())
        .last();
    let col = line.map(|n| lines[n - 1].len() - lines[n - 1].trim_start().len() + 1);
    RunError { message: message.to_string(), line, col }
}
