//! `asyncio.Future` and `asyncio.Task`: one native type, following CPython 3.11's
//! `futures.py` and `tasks.py` step for step.
//!
//! Future lifecycle (`FutState`): `Pending` → `Finished` | `Failed` | `Cancelled`, once.
//! Done callbacks are scheduled with `call_soon`, in registration order, when it leaves
//! `Pending` (or at once, when added to a future already done).
//!
//! A task is a future plus a coroutine: `step` sends into (or throws into) the coroutine and
//! looks at what it yields — a blocking future gets `wakeup` as a done callback, a bare yield
//! reschedules `step` — exactly like `Task.__step`.

use super::Callback;
use crate::python::coroutine::{Coroutine, Resumed, Sent};
use crate::python::exceptions::{exc_data, new_instance, ExcType, TbEntry, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{Args, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use crate::runtime::trace::{Event, TaskEnd};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where a future is in its life.
#[derive(Clone)]
pub enum FutState {
    /// Not done yet.
    Pending,
    /// `set_result(value)`.
    Finished(Value),
    /// `set_exception(exc)`, with the traceback it had when stored.
    Failed(Value, Vec<TbEntry>),
    /// `cancel(msg)`.
    Cancelled,
}

/// A done callback.
#[derive(Clone)]
pub enum DoneCallback {
    /// A Python callable, called with the future.
    Py(Value),
    /// A task's `__wakeup`.
    Wakeup(Rc<Fut>),
    /// `run_until_complete`'s `_run_until_complete_cb`: stops the loop.
    Stop,
}

impl DoneCallback {
    /// The loop callback that calls this one with the future `this`.
    fn for_future(self, this: Value) -> Callback {
        match self {
            DoneCallback::Py(f) => Callback::Call(f, vec![this]),
            DoneCallback::Wakeup(task) => Callback::Wakeup(task, this),
            DoneCallback::Stop => Callback::StopAfter(0),
        }
    }
}

/// The coroutine-running part of a task.
pub struct TaskPart {
    /// Task id in the trace (1, 2, ...).
    pub id: u32,
    /// The coroutine being driven.
    pub coro: Rc<Coroutine>,
    /// `get_name()`.
    pub name: RefCell<Rc<str>>,
    /// The future the coroutine is waiting on (`_fut_waiter`).
    pub fut_waiter: RefCell<Option<Value>>,
    /// `_must_cancel`.
    pub must_cancel: Cell<bool>,
    /// `_num_cancels_requested`.
    pub num_cancels_requested: Cell<u32>,
    /// `_cancelled_exc`: the CancelledError that ended the coroutine.
    pub cancelled_exc: RefCell<Option<Value>>,
}

/// A future, or (with `task`) a task.
pub struct Fut {
    /// State.
    pub state: RefCell<FutState>,
    /// Done callbacks waiting for the state to change.
    pub callbacks: RefCell<Vec<DoneCallback>>,
    /// `_asyncio_future_blocking`.
    pub blocking: Cell<bool>,
    /// `_log_traceback`: an exception was set and nobody looked at it yet.
    pub log_traceback: Cell<bool>,
    /// `_cancel_message`.
    pub cancel_message: RefCell<Value>,
    /// What a task waiting on this future is shown waiting on (`sleep(0.5)`, `Lock` ...).
    pub label: RefCell<Option<Rc<str>>>,
    /// A Python `cancel(msg)` that replaces the plain one (gather's `_GatheringFuture.cancel`).
    pub cancel_hook: RefCell<Option<Value>>,
    /// Where to report an exception nobody retrieved when the future is dropped.
    pub(super) unretrieved: Rc<super::Unretrieved>,
    /// Present for tasks.
    pub task: Option<TaskPart>,
}

impl Fut {
    /// A new pending future, or (with `task`) a new task.
    pub fn new(interp: &Interp, task: Option<TaskPart>) -> Rc<Fut> {
        let fut = Rc::new(Fut {
            state: RefCell::new(FutState::Pending),
            callbacks: RefCell::new(Vec::new()),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            cancel_message: RefCell::new(Value::None),
            label: RefCell::new(None),
            cancel_hook: RefCell::new(None),
            unretrieved: interp.aio.unretrieved.clone(),
            task,
        });
        interp.objects.future(&fut);
        fut
    }

    /// Empties the future at the end of the run (see `teardown.rs`): it forgets its result,
    /// callbacks and the coroutine's frame.
    pub(crate) fn clear(&self) {
        self.log_traceback.set(false);
        drop(self.state.replace(FutState::Cancelled));
        drop(std::mem::take(&mut *self.callbacks.borrow_mut()));
        drop(self.cancel_message.replace(Value::None));
        drop(self.cancel_hook.take());
        if let Some(t) = &self.task {
            drop(t.fut_waiter.take());
            drop(t.cancelled_exc.take());
            t.coro.clear_frame();
        }
    }

    /// Whether the future is done.
    pub fn done(&self) -> bool {
        !matches!(*self.state.borrow(), FutState::Pending)
    }

    /// Whether it was cancelled.
    pub fn cancelled(&self) -> bool {
        matches!(*self.state.borrow(), FutState::Cancelled)
    }

    fn schedule_callbacks(self: &Rc<Self>, interp: &Interp) {
        let callbacks = std::mem::take(&mut *self.callbacks.borrow_mut());
        let this = Value::Native(self.clone());
        let mut lp = interp.aio.event_loop.borrow_mut();
        for cb in callbacks {
            lp.call_soon(cb.for_future(this.clone()));
        }
    }

    /// `add_done_callback(cb)`.
    pub fn add_done_callback(self: &Rc<Self>, interp: &Interp, cb: DoneCallback) {
        if self.done() {
            let this = Value::Native(self.clone());
            interp.aio.event_loop.borrow_mut().call_soon(cb.for_future(this));
        } else {
            self.callbacks.borrow_mut().push(cb);
        }
    }

    /// `set_result(v)`.
    pub fn set_result(self: &Rc<Self>, interp: &Interp, v: Value) -> PyResult<()> {
        self.check_pending(interp)?;
        *self.state.borrow_mut() = FutState::Finished(v);
        self.schedule_callbacks(interp);
        Ok(())
    }

    /// `set_exception(exc)`.
    pub fn set_exception(self: &Rc<Self>, interp: &Interp, exc: Value) -> PyResult<()> {
        self.check_pending(interp)?;
        let exc = match &exc {
            Value::Class(_) => interp.call(&exc, Args::default())?,
            _ => exc,
        };
        if interp.is_exc(&exc, ExcType::StopIteration) {
            return Err(interp.type_error("StopIteration interacts badly with generators and cannot be raised into a Future"));
        }
        let tb = exc_data(&exc).map(|d| d.borrow().traceback.clone()).unwrap_or_default();
        *self.state.borrow_mut() = FutState::Failed(exc, tb);
        self.log_traceback.set(true);
        self.schedule_callbacks(interp);
        Ok(())
    }

    fn check_pending(&self, interp: &Interp) -> PyResult<()> {
        if self.done() {
            return Err(interp.err(ExcType::InvalidStateError, "invalid state"));
        }
        Ok(())
    }

    /// `Future.cancel(msg)`: returns whether it was cancelled now.
    pub fn cancel_future(self: &Rc<Self>, interp: &Interp, msg: Value) -> bool {
        self.log_traceback.set(false);
        if self.done() {
            return false;
        }
        *self.state.borrow_mut() = FutState::Cancelled;
        *self.cancel_message.borrow_mut() = msg;
        self.schedule_callbacks(interp);
        true
    }

    /// The `CancelledError` that `result()` raises for a cancelled future.
    pub fn cancelled_error(&self, interp: &Interp) -> Value {
        if let Some(t) = &self.task {
            if let Some(e) = t.cancelled_exc.borrow_mut().take() {
                return e;
            }
        }
        let msg = self.cancel_message.borrow().clone();
        let args = if msg.is_none() { vec![] } else { vec![msg] };
        new_instance(interp.exc_class(ExcType::CancelledError), args)
    }

    /// `result()`.
    pub fn result(&self, interp: &Interp) -> PyResult<Value> {
        let state = self.state.borrow().clone();
        match state {
            FutState::Pending => Err(interp.err(ExcType::InvalidStateError, "Result is not set.")),
            FutState::Cancelled => Err(Unwind::Raise(self.cancelled_error(interp))),
            FutState::Finished(v) => {
                self.log_traceback.set(false);
                Ok(v)
            }
            FutState::Failed(e, tb) => {
                self.log_traceback.set(false);
                if let Some(d) = exc_data(&e) {
                    d.borrow_mut().traceback = tb;
                }
                Err(Unwind::Raise(e))
            }
        }
    }

    /// `exception()`.
    pub fn exception(&self, interp: &Interp) -> PyResult<Value> {
        let state = self.state.borrow().clone();
        match state {
            FutState::Pending => Err(interp.err(ExcType::InvalidStateError, "Exception is not set.")),
            FutState::Cancelled => Err(Unwind::Raise(self.cancelled_error(interp))),
            FutState::Finished(_) => {
                self.log_traceback.set(false);
                Ok(Value::None)
            }
            FutState::Failed(e, _) => {
                self.log_traceback.set(false);
                Ok(e)
            }
        }
    }

    /// `Task.cancel(msg)`, or `Future.cancel` (or its Python override) for plain futures.
    pub fn cancel(self: &Rc<Self>, interp: &Interp, msg: Value) -> PyResult<bool> {
        let Some(t) = &self.task else {
            let hook = self.cancel_hook.borrow().clone();
            return match hook {
                Some(f) => interp.truthy(&interp.call(&f, Args::new(vec![msg]))?),
                None => Ok(self.cancel_future(interp, msg)),
            };
        };
        self.log_traceback.set(false);
        if self.done() {
            return Ok(false);
        }
        t.num_cancels_requested.set(t.num_cancels_requested.get() + 1);
        interp.trace.borrow_mut().push(Event::CancelRequested { t: interp.now_for_trace(), task: t.id });
        let waiter = t.fut_waiter.borrow().clone();
        if let Some(Value::Native(w)) = waiter {
            if let Some(w) = crate::python::object::downcast_rc::<Fut>(&w) {
                if w.cancel(interp, msg.clone())? {
                    return Ok(true);
                }
            }
        }
        t.must_cancel.set(true);
        *self.cancel_message.borrow_mut() = msg;
        Ok(true)
    }

    /// One `Task.__step`: resume the coroutine with `exc` thrown in (or `None` sent).
    pub fn step(self: &Rc<Self>, interp: &Interp, mut exc: Option<Value>) -> PyResult<()> {
        let t = self.task.as_ref().expect("step is for tasks");
        if self.done() {
            return Err(interp.err(ExcType::InvalidStateError, "_step(): already done"));
        }
        if t.must_cancel.get() {
            if !exc.as_ref().is_some_and(|e| interp.is_exc(e, ExcType::CancelledError)) {
                exc = Some(self.cancelled_error(interp));
            }
            t.must_cancel.set(false);
        }
        *t.fut_waiter.borrow_mut() = None;
        let prev = interp.aio.current_task.replace(Some(self.clone()));
        interp.trace.borrow_mut().push(Event::TaskResumed { t: interp.now_for_trace(), task: t.id });
        let sent = match exc {
            Some(e) => Sent::Throw(e),
            None => Sent::Value(Value::None),
        };
        let outcome = t.coro.resume(interp, sent);
        *interp.aio.current_task.borrow_mut() = prev;
        let now = interp.now_for_trace();
        match outcome {
            Resumed::Returned(v) => {
                if t.must_cancel.get() {
                    t.must_cancel.set(false);
                    let msg = self.cancel_message.borrow().clone();
                    self.cancel_future(interp, msg);
                } else {
                    let shown = interp.repr(&v).unwrap_or_default();
                    self.set_result(interp, v)?;
                    interp.trace.borrow_mut().push(Event::TaskDone { t: now, task: t.id, end: TaskEnd::Returned(shown) });
                    return Ok(());
                }
            }
            Resumed::Raised(Unwind::Abort(a)) => return Err(Unwind::Abort(a)),
            Resumed::Raised(Unwind::Raise(e)) => {
                if interp.is_exc(&e, ExcType::CancelledError) {
                    *t.cancelled_exc.borrow_mut() = Some(e);
                    self.cancel_future(interp, Value::None);
                } else {
                    let shown = super::exc_summary(interp, &e);
                    self.set_exception(interp, e)?;
                    interp.trace.borrow_mut().push(Event::TaskDone { t: now, task: t.id, end: TaskEnd::Failed(shown) });
                    return Ok(());
                }
            }
            Resumed::Yielded(y) => return self.after_yield(interp, y),
        }
        interp.trace.borrow_mut().push(Event::TaskDone { t: now, task: t.id, end: TaskEnd::Cancelled });
        Ok(())
    }

    fn after_yield(self: &Rc<Self>, interp: &Interp, y: Value) -> PyResult<()> {
        let t = self.task.as_ref().expect("task");
        let now = interp.now_for_trace();
        if let Value::Native(n) = &y {
            if let Some(fut) = crate::python::object::downcast_rc::<Fut>(n) {
                if !fut.blocking.get() {
                    let e = interp.new_exc(ExcType::RuntimeError, "yield was used instead of yield from in task");
                    interp.aio.event_loop.borrow_mut().call_soon(Callback::Step(self.clone(), Some(e)));
                    return Ok(());
                }
                if Rc::ptr_eq(&fut, self) {
                    let e = interp.new_exc(
                        ExcType::RuntimeError,
                        format!("Task cannot await on itself: {}", super::fut_repr(interp, self)),
                    );
                    interp.aio.event_loop.borrow_mut().call_soon(Callback::Step(self.clone(), Some(e)));
                    return Ok(());
                }
                fut.blocking.set(false);
                let on = fut.describe();
                interp.trace.borrow_mut().push(Event::TaskSuspended { t: now, task: t.id, on: on.to_string() });
                fut.add_done_callback(interp, DoneCallback::Wakeup(self.clone()));
                *t.fut_waiter.borrow_mut() = Some(y.clone());
                if t.must_cancel.get() {
                    let msg = self.cancel_message.borrow().clone();
                    if fut.cancel(interp, msg)? {
                        t.must_cancel.set(false);
                    }
                }
                return Ok(());
            }
        }
        if y.is_none() {
            interp.trace.borrow_mut().push(Event::TaskSuspended { t: now, task: t.id, on: "sleep(0)".into() });
            interp.aio.event_loop.borrow_mut().call_soon(Callback::Step(self.clone(), None));
            return Ok(());
        }
        let e = interp.new_exc(ExcType::RuntimeError, format!("Task got bad yield: {}", interp.repr(&y)?));
        interp.aio.event_loop.borrow_mut().call_soon(Callback::Step(self.clone(), Some(e)));
        Ok(())
    }

    /// `Task.__wakeup(future)`.
    pub fn wakeup(self: &Rc<Self>, interp: &Interp, fut: &Value) -> PyResult<()> {
        let Value::Native(n) = fut else { return self.step(interp, None) };
        let Some(f) = n.downcast::<Fut>() else { return self.step(interp, None) };
        match f.result(interp) {
            Ok(_) => self.step(interp, None),
            Err(Unwind::Raise(e)) => self.step(interp, Some(e)),
            Err(abort) => Err(abort),
        }
    }

    /// What a task waiting on this future waits on, for the trace.
    pub fn describe(&self) -> Rc<str> {
        if let Some(l) = &*self.label.borrow() {
            return l.clone();
        }
        match &self.task {
            Some(t) => t.name.borrow().clone(),
            None => Rc::from("Future"),
        }
    }
}

impl Native for Fut {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        if self.task.is_some() {
            super::task_class(interp)
        } else {
            super::future_class(interp)
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, interp: &Interp) -> Option<PyResult<String>> {
        Some(Ok(super::fut_repr(interp, self)))
    }
    fn get_attr(&self, _interp: &Interp, name: &str) -> Option<PyResult<Value>> {
        (name == "_cancel_message").then(|| Ok(self.cancel_message.borrow().clone()))
    }
}
