//! `asyncio.run()`: start the main task, drive the loop until it is done, cancel what is left,
//! return its result — either inline (called from a plain function) or handed to the host
//! (called at module level, so the browser can wait on real timers in between).

use super::{Callback, DoneCallback, Fut};
use crate::python::coroutine::{Sent, YieldPoint};
use crate::python::exceptions::{Abort, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{downcast_rc, Args, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

/// Which `run_until_complete` of `asyncio.run` the host is driving. Each runs loop iterations
/// until one of them calls `loop.stop()`; then the next begins:
/// `Main` → `CancelAll` (skipped when no task is left) → `Asyncgens` → `Executor` → finished.
pub enum LoopPhase {
    /// `run_until_complete(main task)`.
    Main,
    /// `_cancel_all_tasks`: `run_until_complete(gather(*cancelled, return_exceptions=True))`.
    CancelAll(Vec<Rc<Fut>>),
    /// `run_until_complete(loop.shutdown_asyncgens())`.
    Asyncgens,
    /// `run_until_complete(loop.shutdown_default_executor())`; `true` while the default
    /// executor still has calls to finish.
    Executor(bool),
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
        return Err(super::error_holding(interp, "asyncio.run() cannot be called from a running event loop", coro));
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

/// `_cancel_all_tasks`, first half: cancels every task left and waits for them with
/// `gather(*tasks, return_exceptions=True)`; returns them (none: nothing to wait for).
fn cancel_remaining(interp: &Interp) -> PyResult<Vec<Rc<Fut>>> {
    let tasks: Vec<Rc<Fut>> = interp.aio.tasks.borrow().iter().filter(|t| !t.done()).cloned().collect();
    if tasks.is_empty() {
        return Ok(tasks);
    }
    for t in &tasks {
        t.cancel(interp, Value::None)?;
    }
    let Value::Module(asyncio) = interp.import("asyncio")? else { unreachable!("asyncio is a module") };
    let gather = asyncio.attrs.borrow().get("gather").cloned().unwrap_or(Value::None);
    let children = tasks.iter().map(|t| Value::Native(t.clone())).collect();
    let args = Args { pos: children, kw: vec![(Rc::from("return_exceptions"), Value::Bool(true))] };
    match interp.call(&gather, args)? {
        Value::Native(n) => match downcast_rc::<Fut>(&n) {
            Some(outer) => outer.add_done_callback(interp, DoneCallback::Stop),
            None => return Err(interp.type_error("gather did not return a future")),
        },
        _ => return Err(interp.type_error("gather did not return a future")),
    }
    Ok(tasks)
}

/// Starts `run_until_complete(coro)` for one of `asyncio.run`'s own helper coroutines that
/// finish in one step: the task uses up a task name, and the loop stops once its step and
/// `_run_until_complete_cb` have run.
fn run_helper(interp: &Interp) {
    interp.aio.task_counter.set(interp.aio.task_counter.get() + 1);
    interp.aio.event_loop.borrow_mut().call_soon(Callback::StopAfter(1));
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
    interp.aio.event_loop.borrow_mut().close();
    interp.report_unretrieved()?;
    task.result(interp)
}

/// `asyncio.run(coro)` called from code that cannot suspend: drives the loop inline.
pub fn asyncio_run(interp: &Interp, args: Args) -> PyResult<Value> {
    let task = start(interp, args)?;
    task.add_done_callback(interp, DoneCallback::Stop);
    *interp.aio.phase.borrow_mut() = Some(LoopPhase::Main);
    loop {
        match interp.drive()? {
            Drive::Ran => {}
            Drive::WaitUntil(t) if t.is_infinite() => {
                // The browser delivers replies only between slices, which this call never yields.
                let what = "waiting for a network reply in asyncio.run() called from a function".to_string();
                return Err(Unwind::Abort(Abort::NotSupported(what, interp.current_line.get(), 0)));
            }
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
        task.add_done_callback(self, DoneCallback::Stop);
        *self.aio.phase.borrow_mut() = Some(LoopPhase::Main);
        if let Sent::Throw(e) = YieldPoint::new(self, Value::Native(Rc::new(RunLoop))).await {
            return Err(Unwind::Raise(e));
        }
        finish(self, &task)
    }

    /// Whether the module is waiting for the host to drive an `asyncio.run`.
    pub fn loop_driven(&self) -> bool {
        self.aio.phase.borrow().is_some()
    }

    /// Advances the driven `asyncio.run` by one step: an iteration, or, after an iteration
    /// that stopped the loop, the start of the next `run_until_complete`.
    pub fn drive(&self) -> PyResult<Drive> {
        let phase = self.aio.phase.borrow_mut().take();
        let Some(phase) = phase else { return Ok(Drive::Finished) };
        let next = if self.aio.stopping.replace(false) {
            match self.after_stop(phase)? {
                Some(next) => next,
                None => return Ok(Drive::Finished),
            }
        } else {
            match phase {
                LoopPhase::Executor(true) if self.aio.executors.default_idle() => {
                    // The shutdown thread's `call_soon_threadsafe(future.set_result)`, the
                    // helper's wakeup, then `_run_until_complete_cb`.
                    self.aio.event_loop.borrow_mut().call_soon(Callback::StopAfter(2));
                    LoopPhase::Executor(false)
                }
                p => {
                    *self.aio.phase.borrow_mut() = Some(p);
                    return self.iterate_or_wait();
                }
            }
        };
        *self.aio.phase.borrow_mut() = Some(next);
        Ok(Drive::Ran)
    }

    /// The `run_until_complete` that follows `phase` once the loop has stopped, or `None` when
    /// `asyncio.run` is done.
    fn after_stop(&self, phase: LoopPhase) -> PyResult<Option<LoopPhase>> {
        Ok(Some(match phase {
            LoopPhase::Main => {
                let cancelled = cancel_remaining(self)?;
                if cancelled.is_empty() {
                    run_helper(self);
                    LoopPhase::Asyncgens
                } else {
                    LoopPhase::CancelAll(cancelled)
                }
            }
            LoopPhase::CancelAll(cancelled) => {
                report_shutdown_errors(self, &cancelled)?;
                run_helper(self);
                LoopPhase::Asyncgens
            }
            LoopPhase::Asyncgens if self.aio.executors.has_default() => {
                // The helper's first step waits on the thread that shuts the executor down.
                self.aio.task_counter.set(self.aio.task_counter.get() + 1);
                LoopPhase::Executor(true)
            }
            LoopPhase::Asyncgens => {
                run_helper(self);
                LoopPhase::Executor(false)
            }
            LoopPhase::Executor(_) => {
                self.aio.executors.drop_default();
                return Ok(None);
            }
        }))
    }

    /// One pass of `_run_once`: the selector (where executor workers run and report, and
    /// network replies come in), then the ready callbacks — or, with nothing ready, the time
    /// to wait until (infinite when only a network reply can wake the loop).
    fn iterate_or_wait(&self) -> PyResult<Drive> {
        self.poll_network();
        let r = self.run_workers().and_then(|()| {
            let timeout = self.aio.event_loop.borrow_mut().timeout();
            if timeout.is_some_and(|t| t <= 0.0) {
                return self.run_iteration().map(|()| Drive::Ran);
            }
            let timer = self.aio.event_loop.borrow().next_deadline();
            let t = match (timer, self.aio.executors.next_event()) {
                (Some(a), Some(b)) => a.min(b),
                (Some(t), None) | (None, Some(t)) => t,
                (None, None) if self.aio.net.busy() => return Ok(Drive::WaitUntil(f64::INFINITY)),
                (None, None) => return Err(Unwind::Abort(Abort::Deadlock)),
            };
            self.check_loop_time(t)?;
            Ok(Drive::WaitUntil(t))
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
