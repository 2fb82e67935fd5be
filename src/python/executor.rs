//! `loop.run_in_executor`: a worker pool on the loop's clock (see docs/ENGINE.md).

use super::exceptions::{Abort, Unwind};
use super::interp::Interp;
use super::object::Args;
use super::value::Value;
use super::PyResult;

/// `loop.run_in_executor(executor, func, *args)`.
pub fn run_in_executor(interp: &Interp, _args: Args) -> PyResult<Value> {
    let line = interp.current_line.get();
    Err(Unwind::Abort(Abort::NotSupported("run_in_executor (executors are not implemented yet)".into(), line, 0)))
}
