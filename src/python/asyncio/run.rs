//! `asyncio.run()`: start the main task, drive the loop until it is done, cancel what is left,
//! return its result — either inline (called from a plain function) or handed to the host
//! (called at module level, so the browser can wait on real timers in between).

use super::Fut;
use crate::python::coroutine::{Sent, YieldPoint};
use crate::python::exceptions::{Abort, ExcType, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{downcast_rc, Args, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

/// Which part of `asyncio.run` the host is driving.
pub enum LoopPhase {
    /// Running until the main task is done.
    Main(Rc<Fut>),
    /// The main task is done; running until the tasks cancelled at shutdown (listed) are
    /// done and the default executor has finished its calls.
    Shutdown(Rc<Fut>, Vec<Rc<Fut>>),
}

/// What the host should do after [`Interp::drive`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Drive {
    /// Work was done; call again.
    Ran,
    /// Nothing is ready until loop time `t`: move the clock (or wait) and call again.
    WaitUntil(f64),
    /// The driven `asyncio.run` has finished; resume the module.
    Finished,
}

/// The marker the module yields to hand the loop to the host.
pub struct RunLoop;

impl Native for RunLoop {
    fn class(&self, interp: &Interp) -> Rc<crate::python::object::Class> {
        interp.native_class("asyncio._RunLoop", |_, _| {})
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn start(interp: &Interp, mut args: Args) -> PyResult<Rc<Fut>> {
    args.take_kw("debug");
    let coro = args.pos.first().cloned().unwrap_or(Value::None);
    if interp.aio.running.get() {
        if let Value::Native(n) = &coro {
            if let Some(c) = n.downcast::<crate::python::coroutine::Coroutine>() {
                c.quiet.set(false);
            }
        }
        return Err(interp.err(ExcType::RuntimeError, "asyncio.run() cannot be called from a running event loop"));
    }
    let is_coro = matches!(&coro, Value::Native(n) if n.downcast::<crate::python::coroutine::Coroutine>()
        .is_some_and(|c| c.kind == crate::python::coroutine::CoroKind::Coroutine));
    if !is_coro {
        return Err(interp.value_error(format!("a coroutine was expected, got {}", interp.repr(&coro)?)));
    }
    interp.aio.running.set(true);
    let task = interp.create_task(coro, None)?;
    let Value::Native(n) = task else { unreachable!("create_task returns a task") };
    Ok(downcast_rc::<Fut>(&n).expect("task"))
}

/// `_cancel_all_tasks`, first half: cancels every task left; returns them.
fn cancel_remaining(interp: &Interp) -> PyResult<Vec<Rc<Fut>>> {
    let tasks: Vec<Rc<Fut>> = interp.aio.tasks.borrow().iter().filter(|t| !t.done()).cloned().collect();
    for t in &tasks {
        t.cancel(interp, Value::None)?;
    }
    Ok(tasks)
}

/// `_cancel_all_tasks`, second half: reports the cancelled tasks that ended with an exception
/// instead (gather has retrieved it).
fn report_shutdown_errors(interp: &Interp, cancelled: &[Rc<Fut>]) -> PyResult<()> {
    for t in cancelled {
        if let super::FutState::Failed(e, tb) = &*t.state.borrow() {
            t.log_traceback.set(false);
            if let Some(d) = crate::python::exceptions::exc_data(e) {
                d.borrow_mut().traceback = tb.clone();
            }
            let shown = super::fut_repr(interp, t);
            interp.exception_handler("unhandled exception during asyncio.run() shutdown", "task", &shown, e)?;
        }
    }
    Ok(())
}

fn finish(interp: &Interp, task: &Rc<Fut>) -> PyResult<Value> {
    interp.aio.running.set(false);
    interp.report_unretrieved()?;
    task.result(interp)
}

/// `asyncio.run(coro)` called from code that cannot suspend: drives the loop inline.
pub fn asyncio_run(interp: &Interp, args: Args) -> PyResult<Value> {
    let task = start(interp, args)?;
    *interp.aio.phase.borrow_mut() = Some(LoopPhase::Main(task.clone()));
    loop {
        match interp.drive()? {
            Drive::Ran => {}
            Drive::WaitUntil(t) => interp.wait_until(t),
            Drive::Finished => break,
        }
    }
    finish(interp, &task)
}

impl Interp {
    /// Whether `v` is `asyncio.run`.
    pub(crate) fn is_asyncio_run(&self, v: &Value) -> bool {
        matches!(v, Value::Builtin(b) if b.func as *const () == asyncio_run as *const ())
    }

    /// `asyncio.run(coro)` at module level: hands the loop to the host, then returns the
    /// main task's result.
    pub(crate) async fn asyncio_run_suspending(&self, args: Args) -> PyResult<Value> {
        let task = start(self, args)?;
        *self.aio.phase.borrow_mut() = Some(LoopPhase::Main(task.clone()));
        if let Sent::Throw(e) = YieldPoint::new(self, Value::Native(Rc::new(RunLoop))).await {
            return Err(Unwind::Raise(e));
        }
        finish(self, &task)
    }

    /// Whether the module is waiting for the host to drive an `asyncio.run`.
    pub fn loop_driven(&self) -> bool {
        self.aio.phase.borrow().is_some()
    }

    /// Advances the driven `asyncio.run` by one step (an iteration, or a phase change).
    pub fn drive(&self) -> PyResult<Drive> {
        let phase = self.aio.phase.borrow_mut().take();
        let Some(phase) = phase else { return Ok(Drive::Finished) };
        let (next, done) = match phase {
            LoopPhase::Main(task) if task.done() => {
                let cancelled = cancel_remaining(self)?;
                // `asyncio.run` then runs `shutdown_asyncgens()` and `shutdown_default_executor()`
                // as two more tasks, which use up two task names.
                self.aio.task_counter.set(self.aio.task_counter.get() + 2);
                (LoopPhase::Shutdown(task, cancelled), false)
            }
            LoopPhase::Shutdown(task, cancelled)
                if self.aio.tasks.borrow().iter().all(|t| t.done()) && self.aio.executors.default_idle() =>
            {
                report_shutdown_errors(self, &cancelled)?;
                self.aio.executors.drop_default();
                (LoopPhase::Shutdown(task, Vec::new()), true)
            }
            p => {
                *self.aio.phase.borrow_mut() = Some(p);
                return self.iterate_or_wait();
            }
        };
        if done {
            return Ok(Drive::Finished);
        }
        *self.aio.phase.borrow_mut() = Some(next);
        Ok(Drive::Ran)
    }

    /// One pass of `_run_once`: the selector (where executor workers run and report), then
    /// the ready callbacks — or, with nothing ready, the time to wait until.
    fn iterate_or_wait(&self) -> PyResult<Drive> {
        let r = self.run_workers().and_then(|()| {
            let timeout = self.aio.event_loop.borrow_mut().timeout();
            if timeout.is_some_and(|t| t <= 0.0) {
                return self.run_iteration().map(|()| Drive::Ran);
            }
            let timer = self.aio.event_loop.borrow().next_deadline();
            match (timer, self.aio.executors.next_event()) {
                (Some(a), Some(b)) => Ok(Drive::WaitUntil(a.min(b))),
                (Some(t), None) | (None, Some(t)) => Ok(Drive::WaitUntil(t)),
                (None, None) => Err(Unwind::Abort(Abort::Deadlock)),
            }
        });
        if r.is_err() {
            *self.aio.phase.borrow_mut() = None;
        }
        r
    }

    /// Moves loop time to `t`: instantly on the virtual clock; on a live clock, by blocking
    /// (only used when `asyncio.run` is called from inside a plain function).
    pub fn wait_until(&self, t: f64) {
        match self.host.live_now() {
            None => self.aio.event_loop.borrow_mut().set_time(t),
            Some(now) => {
                if t > now {
                    self.host.block(t - now);
                }
                self.now();
            }
        }
    }
}
