//! A worker running one call: the call runs to completion at once, on the worker's own clock
//! and with the loop's per-thread state set aside; what it wrote and its completion become
//! worker events, released later at their times.

use super::{key, Start, WorkerEvent};
use crate::python::exceptions::Unwind;
use crate::python::interp::Interp;
use crate::python::PyResult;
use crate::runtime::trace::Event;

impl Interp {
    /// A worker starts a call now (at the main thread's current time).
    pub(super) fn start_call(&self, Start { pool, worker, call, after }: Start) -> PyResult<()> {
        let ex = &self.aio.executors;
        let start = self.now();
        let cancelled = call.result.cancelled.get() || call.result.target.as_ref().is_some_and(|f| f.cancelled());
        if cancelled {
            call.result.cancelled.set(true);
            ex.free_worker(pool, worker, after);
            return Ok(());
        }
        let name = crate::python::asyncio::callable_name(self, &call.func);
        let main_trace = std::mem::take(&mut *self.trace.borrow_mut());
        let handling = std::mem::take(&mut *self.handling.borrow_mut());
        let task = self.aio.current_task.borrow_mut().take();
        let running = self.aio.running.replace(false);
        let line = self.current_line.get();
        ex.clock.set(start);
        *ex.worker.borrow_mut() = Some(vec![(start, start)]);

        let outcome = self.call(&call.func, call.args);

        let segments = ex.worker.borrow_mut().take().unwrap_or_default();
        let end = ex.clock.get();
        self.aio.running.set(running);
        self.current_line.set(line);
        *self.aio.current_task.borrow_mut() = task;
        *self.handling.borrow_mut() = handling;
        let written = std::mem::replace(&mut *self.trace.borrow_mut(), main_trace);
        let outcome = match outcome {
            Ok(v) => Ok(v),
            Err(Unwind::Raise(e)) => Err(e),
            Err(abort) => return Err(abort),
        };
        self.trace.borrow_mut().push(Event::Worker { t: start, until: end, worker: worker as u32, call: name });
        let mut chained = 0;
        let mut key_at = |t: f64| {
            let segment = segments.iter().rposition(|(wake, _)| *wake <= t).unwrap_or(0);
            match after {
                Some(k) if segment == 0 => {
                    chained += 1;
                    (k.0, k.1, k.2, k.3 + chained)
                }
                _ => key(t, segments[segment].1, ex.next_seq()),
            }
        };
        let mut events = ex.events.borrow_mut();
        for e in written.events {
            if let Event::Output { t, .. } = e {
                events.insert(key_at(t), WorkerEvent::Output(e));
            }
        }
        let done = WorkerEvent::Done { pool, worker, result: call.result, outcome };
        events.insert(key_at(end), done);
        Ok(())
    }
}
