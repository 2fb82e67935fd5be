//! Futures and tasks dropped while holding an exception nobody retrieved, reported on stderr
//! as CPython's `Future.__del__` does ("Task exception was never retrieved") through the
//! loop's default exception handler. A future is
//! dropped when no one holds it any more, usually right after the loop callback that ran its
//! last step; the report is queued then in its run's [`Unretrieved`] (no interpreter is at
//! hand in `drop`) and written by the loop once that callback returns.

use super::{Fut, FutState};
use crate::python::exceptions::{exc_data, TbEntry};
use crate::python::interp::Interp;
use crate::python::value::Value;
use crate::python::PyResult;
use crate::runtime::trace::Stream;
use std::cell::RefCell;
use std::rc::Rc;

/// What the report needs of a dropped future.
struct Lost {
    /// `Some((name, coro qualname, defined at))` for tasks.
    task: Option<(Rc<str>, Rc<str>, Option<(Rc<str>, u32)>)>,
    exc: Value,
    traceback: Vec<TbEntry>,
}

/// The reports queued by dropped futures of one run.
#[derive(Default)]
pub struct Unretrieved(RefCell<Vec<Lost>>);

impl Drop for Fut {
    fn drop(&mut self) {
        self.queue_unretrieved();
    }
}

impl Fut {
    /// Queues the report of an exception nobody retrieved, as `Future.__del__` does (once).
    pub(crate) fn queue_unretrieved(&self) {
        if !self.log_traceback.replace(false) {
            return;
        }
        if let FutState::Failed(exc, traceback) = &*self.state.borrow() {
            let task = self.task.as_ref().map(|t| (t.name.borrow().clone(), t.coro.qualname.clone(), t.coro.defined_at.get().cloned()));
            let lost = Lost { task, exc: exc.clone(), traceback: traceback.clone() };
            self.unretrieved.0.borrow_mut().push(lost);
        }
    }
}

impl Unretrieved {
    /// Forgets the queued reports.
    pub fn discard(&self) {
        drop(std::mem::take(&mut *self.0.borrow_mut()));
    }
}

impl Interp {
    /// Writes the reports of futures dropped with an unretrieved exception since the last call.
    pub(crate) fn report_unretrieved(&self) -> PyResult<()> {
        let queued = std::mem::take(&mut *self.aio.unretrieved.0.borrow_mut());
        for lost in queued {
            let extra = format!(" exception={}", self.repr(&lost.exc)?);
            let (message, key, shown) = match &lost.task {
                Some((name, coro, at)) => {
                    ("Task exception was never retrieved", "future", super::task_text("finished", name, coro, at.as_ref(), &extra))
                }
                None => ("Future exception was never retrieved", "future", format!("<Future finished{extra}>")),
            };
            if let Some(d) = exc_data(&lost.exc) {
                d.borrow_mut().traceback = lost.traceback;
            }
            self.exception_handler(message, key, &shown, &lost.exc)?;
        }
        Ok(())
    }

    /// The loop's default exception handler: the message, `key: shown`, then the traceback.
    pub(crate) fn exception_handler(&self, message: &str, key: &str, shown: &str, exc: &Value) -> PyResult<()> {
        self.write(Stream::Err, &format!("{message}\n{key}: {shown}\n{}", self.format_exception(exc)))
    }
}
