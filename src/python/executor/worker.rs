//! A worker running one call: the call runs to completion at once, on the worker's own clock
//! and with the loop's per-thread state set aside; what it wrote and its completion become
//! worker events, released later at their times.

use super::{key, Call, WorkerEvent};
use crate::python::exceptions::Unwind;
use crate::python::interp::Interp;
use crate::python::PyResult;
use crate::runtime::trace::Event;

impl Interp {
    /// Worker `worker` of `pool` starts `call` now (at the main thread's current time).
    pub(super) fn start_call(&self, pool: usize, worker: usize, call: Call) -> PyResult<()> {
        let ex = &self.aio.executors;
        let start = self.now();
        let cancelled = call.result.cancelled.get() || call.result.target.as_ref().is_some_and(|f| f.cancelled());
        if cancelled {
            call.result.cancelled.set(true);
            ex.pools.borrow_mut()[pool].busy[worker] = false;
            ex.dispatch(pool);
            return Ok(());
        }
        let name = match self.lookup_attr(&call.func, "__name__") {
            Ok(Some(v)) => self.to_str(&v).unwrap_or_default(),
            _ => "call".to_string(),
        };
        let main_trace = std::mem::take(&mut *self.trace.borrow_mut());
        let handling = std::mem::take(&mut *self.handling.borrow_mut());
        let task = self.aio.current_task.borrow_mut().take();
        let running = self.aio.running.replace(false);
        ex.clock.set(start);
        *ex.worker.borrow_mut() = Some(vec![(start, start)]);

        let outcome = self.call(&call.func, call.args);

        let segments = ex.worker.borrow_mut().take().unwrap_or_default();
        let end = ex.clock.get();
        self.aio.running.set(running);
        *self.aio.current_task.borrow_mut() = task;
        *self.handling.borrow_mut() = handling;
        let written = std::mem::replace(&mut *self.trace.borrow_mut(), main_trace);
        let outcome = match outcome {
            Ok(v) => Ok(v),
            Err(Unwind::Raise(e)) => Err(e),
            Err(abort) => return Err(abort),
        };
        self.trace.borrow_mut().push(Event::Worker { t: start, until: end, worker: worker as u32, call: name });
        let slept_at = |t: f64| segments.iter().rev().find(|(wake, _)| *wake <= t).map_or(start, |s| s.1);
        let mut events = ex.events.borrow_mut();
        for e in written.events {
            if let Event::Output { t, .. } = e {
                events.insert(key(t, slept_at(t), ex.next_seq()), WorkerEvent::Output(e));
            }
        }
        let done = WorkerEvent::Done { pool, worker, result: call.result, outcome };
        events.insert(key(end, slept_at(end), ex.next_seq()), done);
        Ok(())
    }
}
