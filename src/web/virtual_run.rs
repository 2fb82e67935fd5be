//! Runs a program on the virtual clock inside the page: the program's time jumps from timer to
//! timer, so a run takes only its computing time. Used to warm the interpreter up and to find
//! what an edited exercise prints, which its prediction is then graded against.

use super::clock::VirtualHost;
use crate::grading::Run;
use crate::python::error::CompileError;
use crate::python::interp::Limits;
use crate::python::Program;
use crate::runtime::trace::Trace;

/// A finished virtual run: what the grader sees, and the whole trace for the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct VirtualRun {
    /// Lines, end, exit status and exception.
    pub run: Run,
    /// Everything that happened.
    pub trace: Trace,
    /// Why Loopscope stopped the program early (a budget, a deadlock), if it did.
    pub stopped: Option<String>,
}

/// Runs `source` to its end on the virtual clock, with computing limited to `max_wall_ms`.
pub fn virtual_run(source: &str, max_wall_ms: u64) -> Result<VirtualRun, CompileError> {
    let limits = Limits { max_wall_ms, ..Limits::default() };
    let mut program = Program::new(source, "main.py", Box::new(VirtualHost), limits)?;
    let outcome = program.run_to_end();
    let trace = program.trace().clone();
    Ok(VirtualRun { run: Run::from_trace(&trace, outcome.exit_code), trace, stopped: outcome.stopped })
}
