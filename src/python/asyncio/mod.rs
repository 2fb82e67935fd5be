//! The `asyncio` module: the native core (loop, Future, Task, `run`) plus a prelude written in
//! the dialect itself (`prelude/*.py`: sleep, gather, wait, timeouts, task groups, locks,
//! queues ...), shaped like CPython's own modules so that its callbacks and awaits happen in
//! the same order.

mod future;
mod loop_api;
mod run;
mod unretrieved;

pub use future::{DoneCallback, Fut, FutState, TaskPart};
pub use loop_api::callable_name;
pub use run::{Drive, LoopPhase};
pub use unretrieved::Unretrieved;

use crate::python::coroutine::{CoroKind, Coroutine};
use crate::python::exceptions::ExcType;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{downcast_rc, Args, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use crate::runtime::trace::Event;
use crate::runtime::EventLoop;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A callback on the loop's queues.
pub enum Callback {
    /// `Task.__step(exc)`.
    Step(Rc<Fut>, Option<Value>),
    /// `Task.__wakeup(future)`.
    Wakeup(Rc<Fut>, Value),
    /// A Python callable with arguments (`call_soon`, done callbacks, timers).
    Call(Value, Vec<Value>),
    /// A timer firing: records the trace event, then runs the inner callback.
    Timer(u32, Box<Callback>),
    /// An executor call finished: copy its outcome into the future unless it was cancelled
    /// (`futures._set_state` via `call_soon_threadsafe`).
    Resolve(Rc<Fut>, Result<Value, Value>),
    /// A request ends: its reply came in, or its timeout passed (see `python::net`).
    Net(u32, crate::python::net::NetEnd),
    /// `loop.stop()` after `n` more hops through the ready queue: stands for the steps of
    /// `asyncio.run`'s own helpers (`_run_until_complete_cb`, `shutdown_asyncgens` ...).
    StopAfter(u8),
}

/// Everything the asyncio runtime keeps per run.
#[derive(Default)]
pub struct AioState {
    /// The loop's queues and clock.
    pub event_loop: RefCell<EventLoop<Callback>>,
    /// `asyncio.run` is active.
    pub running: Cell<bool>,
    /// The task being stepped.
    pub current_task: RefCell<Option<Rc<Fut>>>,
    /// Tasks not yet done (for `all_tasks` and shutdown).
    pub tasks: RefCell<Vec<Rc<Fut>>>,
    /// Tasks created so far (names `Task-N`, ids in the trace).
    pub task_counter: Cell<u32>,
    /// Timers set so far (ids in the trace).
    pub timer_counter: Cell<u32>,
    /// The host asked the run to stop.
    pub stop_requested: Cell<bool>,
    /// Wall time when the current busy stretch began; NaN until its first budget check reads
    /// the clock. A stretch ends when the loop waits for a timer on a live clock; on the
    /// virtual clock waits take no time, so the whole run is one stretch. A loop that never
    /// waits (`while True: await asyncio.sleep(0)`) thus uses up the wall-time budget.
    pub slice_started_ms: Cell<f64>,
    /// The interpreter step count at the last live clock reading (see `Interp::now_for_trace`).
    pub clock_read_at: Cell<Option<u64>>,
    /// The module-level `asyncio.run` the host is driving.
    pub phase: RefCell<Option<LoopPhase>>,
    /// Executor pools and their workers.
    pub executors: crate::python::executor::Executors,
    /// `loop.stop()` was called: the current iteration is the last of this `run_until_complete`.
    pub stopping: Cell<bool>,
    /// Requests in flight.
    pub net: crate::python::net::NetState,
    /// Futures dropped with an exception nobody retrieved, to report.
    pub unretrieved: Rc<Unretrieved>,
    /// The last `sleep(<delay>)` label made, keyed by the delay's bits: programs sleep for the
    /// same few delays many times, and the float's repr is costly.
    pub sleep_label: RefCell<Option<(u64, Rc<str>)>>,
}

/// The `asyncio.Future` class.
pub fn future_class(interp: &Interp) -> Rc<Class> {
    interp.native_class("asyncio.Future", |_, cls| install_future_methods(cls))
}

/// The `asyncio.Task` class (a subclass of `Future`).
pub fn task_class(interp: &Interp) -> Rc<Class> {
    let fut = future_class(interp);
    interp.native_subclass("asyncio.Task", &fut, |_, cls| install_task_methods(cls))
}

fn install_future_methods(cls: &Rc<Class>) {
    let mut a = cls.attrs.borrow_mut();
    let methods: &[(&'static str, crate::python::object::BuiltinFn)] = &[
        ("done", |i, a| Ok(Value::Bool(this(i, &a)?.done()))),
        ("cancelled", |i, a| Ok(Value::Bool(this(i, &a)?.cancelled()))),
        ("result", |i, a| this(i, &a)?.result(i)),
        ("exception", |i, a| this(i, &a)?.exception(i)),
        ("set_result", |i, a| {
            let f = this(i, &a)?;
            f.set_result(i, a.pos.get(1).cloned().unwrap_or(Value::None))?;
            Ok(Value::None)
        }),
        ("set_exception", |i, a| {
            let f = this(i, &a)?;
            f.set_exception(i, a.pos.get(1).cloned().unwrap_or(Value::None))?;
            Ok(Value::None)
        }),
        ("cancel", |i, mut a| {
            let msg = a.take_kw("msg").or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::None);
            let f = this(i, &a)?;
            Ok(Value::Bool(f.cancel(i, msg)?))
        }),
        ("add_done_callback", |i, mut a| {
            a.take_kw("context");
            let f = this(i, &a)?;
            let cb = a.pos.get(1).cloned().ok_or_else(|| i.type_error("add_done_callback() missing callback"))?;
            f.add_done_callback(i, DoneCallback::Py(cb));
            Ok(Value::None)
        }),
        ("remove_done_callback", |i, a| {
            let f = this(i, &a)?;
            let cb = a.pos.get(1).cloned().unwrap_or(Value::None);
            let mut removed = 0;
            let mut kept = Vec::new();
            for c in f.callbacks.borrow_mut().drain(..) {
                match &c {
                    DoneCallback::Py(x) if i.eq(x, &cb)? => removed += 1,
                    _ => kept.push(c),
                }
            }
            *f.callbacks.borrow_mut() = kept;
            Ok(Value::Int(removed))
        }),
        ("get_loop", |i, _| Ok(loop_api::loop_value(i))),
        ("__new__", |i, _| Ok(Value::Native(Fut::new(i, None)))),
        ("_make_cancelled_error", |i, a| Ok(this(i, &a)?.cancelled_error(i))),
        ("__await__", |_, a| Ok(a.pos[0].clone())),
    ];
    for (name, f) in methods {
        a.set(Rc::from(*name), builtin(name, *f));
    }
}

fn install_task_methods(cls: &Rc<Class>) {
    let mut a = cls.attrs.borrow_mut();
    let methods: &[(&'static str, crate::python::object::BuiltinFn)] = &[
        ("__new__", |i, mut a| {
            let name = a.take_kw("name");
            i.create_task(a.pos.get(1).cloned().unwrap_or(Value::None), name)
        }),
        ("get_name", |i, a| Ok(Value::Str(task_part(i, &a)?.name.borrow().clone()))),
        ("set_name", |i, a| {
            let name = i.to_str(a.pos.get(1).unwrap_or(&Value::None))?;
            *task_part(i, &a)?.name.borrow_mut() = Rc::from(name.as_str());
            Ok(Value::None)
        }),
        ("get_coro", |i, a| Ok(Value::Native(task_part(i, &a)?.coro.clone()))),
        ("cancelling", |i, a| Ok(Value::Int(task_part(i, &a)?.num_cancels_requested.get() as i64))),
        ("uncancel", |i, a| {
            let t = task_part(i, &a)?;
            let n = t.num_cancels_requested.get().saturating_sub(1);
            t.num_cancels_requested.set(n);
            Ok(Value::Int(n as i64))
        }),
    ];
    for (name, f) in methods {
        a.set(Rc::from(*name), builtin(name, *f));
    }
}

fn this(interp: &Interp, args: &Args) -> PyResult<Rc<Fut>> {
    match args.pos.first() {
        Some(Value::Native(n)) => downcast_rc::<Fut>(n).ok_or_else(|| interp.type_error("expected a Future")),
        _ => Err(interp.type_error("expected a Future")),
    }
}

fn task_part<'a>(interp: &Interp, args: &'a Args) -> PyResult<&'a TaskPart> {
    match args.pos.first() {
        Some(Value::Native(n)) => match n.downcast::<Fut>().and_then(|f| f.task.as_ref()) {
            Some(t) => Ok(t),
            None => Err(interp.type_error("expected a Task")),
        },
        _ => Err(interp.type_error("expected a Task")),
    }
}

/// A `RuntimeError` raised in the frame of an asyncio function that was passed `coro`: that
/// frame, kept by the traceback, keeps the coroutine alive (and its never-awaited warning
/// unwritten) until the error itself is freed.
fn error_holding(interp: &Interp, message: &str, coro: Value) -> crate::python::exceptions::Unwind {
    let e = interp.new_exc(ExcType::RuntimeError, message);
    if let Some(d) = crate::python::exceptions::exc_data(&e) {
        d.borrow_mut().frames.push(Rc::from([coro]));
    }
    crate::python::exceptions::Unwind::Raise(e)
}

/// `Type: message` of an exception, for the trace.
pub fn exc_summary(interp: &Interp, e: &Value) -> String {
    let name = interp.type_name(e);
    match interp.to_str(e) {
        Ok(m) if !m.is_empty() => format!("{name}: {m}"),
        _ => name.to_string(),
    }
}

/// `repr()` of a future or task, as CPython 3.11 writes it (without a pending task's line).
pub fn fut_repr(interp: &Interp, f: &Fut) -> String {
    let (word, extra) = match &*f.state.borrow() {
        FutState::Pending => ("pending", String::new()),
        FutState::Cancelled => ("cancelled", String::new()),
        FutState::Finished(v) => ("finished", format!(" result={}", interp.repr(v).unwrap_or_default())),
        FutState::Failed(e, _) => ("finished", format!(" exception={}", interp.repr(e).unwrap_or_default())),
    };
    match &f.task {
        Some(t) => {
            let at = if f.done() { t.coro.defined_at.get() } else { None };
            task_text(word, &t.name.borrow(), &t.coro.qualname, at, &extra)
        }
        None => format!("<Future {word}{extra}>"),
    }
}

/// `<Task finished name='Task-2' coro=<fail() done, defined at main.py:5> exception=...>`.
pub fn task_text(word: &str, name: &str, coro: &str, defined_at: Option<&(Rc<str>, u32)>, extra: &str) -> String {
    let at = defined_at.map(|(file, line)| format!(" done, defined at {file}:{line}")).unwrap_or_default();
    format!("<Task {word} name='{name}' coro=<{coro}(){at}>{extra}>")
}

impl Interp {
    /// What a task sleeping for `delay` waits on, for the trace: `sleep(0.1)`.
    pub(crate) fn sleep_label(&self, delay: &Value) -> PyResult<Rc<str>> {
        let Value::Float(x) = delay else { return Ok(Rc::from(format!("sleep({})", self.repr(delay)?))) };
        let bits = x.to_bits();
        if let Some((b, label)) = &*self.aio.sleep_label.borrow() {
            if *b == bits {
                return Ok(label.clone());
            }
        }
        let label: Rc<str> = Rc::from(format!("sleep({})", self.repr(delay)?));
        *self.aio.sleep_label.borrow_mut() = Some((bits, label.clone()));
        Ok(label)
    }

    /// `asyncio.create_task(coro, name=None)`.
    pub fn create_task(&self, coro: Value, name: Option<Value>) -> PyResult<Value> {
        let c = match &coro {
            Value::Native(n) => downcast_rc::<Coroutine>(n).filter(|c| c.kind == CoroKind::Coroutine),
            _ => None,
        };
        let Some(c) = c else {
            return Err(self.type_error(format!("a coroutine was expected, got {}", self.repr(&coro)?)));
        };
        if !self.aio.running.get() {
            c.quiet.set(false);
            return Err(error_holding(self, "no running event loop", coro));
        }
        let id = self.aio.task_counter.get() + 1;
        self.aio.task_counter.set(id);
        let name: Rc<str> = match name {
            Some(n) if !n.is_none() => Rc::from(self.to_str(&n)?.as_str()),
            _ => Rc::from(format!("Task-{id}").as_str()),
        };
        self.trace.borrow_mut().push(Event::TaskCreated {
            t: self.now(),
            task: id,
            name: name.to_string(),
            coro: c.qualname.to_string(),
        });
        let task = Fut::new(self, Some(TaskPart {
            id,
            coro: c,
            name: RefCell::new(name),
            fut_waiter: RefCell::new(None),
            must_cancel: Cell::new(false),
            num_cancels_requested: Cell::new(0),
            cancelled_exc: RefCell::new(None),
        }));
        self.aio.event_loop.borrow_mut().call_soon(Callback::Step(task.clone(), None));
        self.aio.tasks.borrow_mut().push(task.clone());
        Ok(Value::Native(task))
    }

    /// Runs one callback taken from the loop.
    pub(crate) fn run_callback(&self, cb: Callback) -> PyResult<()> {
        match cb {
            Callback::Step(task, exc) => task.step(self, exc),
            Callback::Wakeup(task, fut) => task.wakeup(self, &fut),
            Callback::Timer(id, inner) => {
                self.trace.borrow_mut().push(Event::TimerFired { t: self.now_for_trace(), timer: id });
                self.run_callback(*inner)
            }
            Callback::Resolve(fut, _) if fut.cancelled() => Ok(()),
            Callback::Resolve(fut, Ok(v)) => fut.set_result(self, v),
            Callback::Resolve(fut, Err(e)) => fut.set_exception(self, e),
            Callback::Net(id, end) => self.finish_request(id, end),
            Callback::StopAfter(0) => {
                self.aio.stopping.set(true);
                Ok(())
            }
            Callback::StopAfter(n) => {
                self.aio.event_loop.borrow_mut().call_soon(Callback::StopAfter(n - 1));
                Ok(())
            }
            Callback::Call(f, args) => match self.call(&f, Args::new(args)) {
                Ok(_) => Ok(()),
                Err(crate::python::exceptions::Unwind::Raise(e)) => {
                    let text = format!(
                        "Exception in callback {}\n{}",
                        self.repr(&f).unwrap_or_default(),
                        self.format_exception(&e)
                    );
                    self.write(crate::runtime::trace::Stream::Err, &text)
                }
                Err(abort) => Err(abort),
            },
        }
    }

    /// One loop iteration: due timers become ready, then exactly the ready handles run.
    pub(crate) fn run_iteration(&self) -> PyResult<()> {
        let it = self.aio.event_loop.borrow_mut().start_iteration();
        for _ in 0..it.ntodo {
            let next = self.aio.event_loop.borrow_mut().pop_ready();
            if let Some(Some(cb)) = next {
                self.run_callback(cb)?;
                self.report_unretrieved()?;
            }
        }
        self.aio.tasks.borrow_mut().retain(|t| !t.done());
        self.report_unretrieved()
    }

    /// `await` of a native awaitable (futures, tasks, the bare yield of `sleep(0)`).
    pub(crate) async fn await_native(&self, v: &Value) -> Option<PyResult<Value>> {
        let Value::Native(n) = v else { return None };
        if n.downcast::<YieldNow>().is_some() {
            return Some(match crate::python::coroutine::YieldPoint::new(self, Value::None).await {
                crate::python::coroutine::Sent::Throw(e) => Err(crate::python::exceptions::Unwind::Raise(e)),
                crate::python::coroutine::Sent::Value(_) => Ok(Value::None),
            });
        }
        let fut = downcast_rc::<Fut>(n)?;
        if !fut.done() {
            fut.blocking.set(true);
            if let crate::python::coroutine::Sent::Throw(e) = crate::python::coroutine::YieldPoint::new(self, v.clone()).await {
                return Some(Err(crate::python::exceptions::Unwind::Raise(e)));
            }
            if !fut.done() {
                return Some(Err(self.err(ExcType::RuntimeError, "await wasn't used with future")));
            }
        }
        Some(fut.result(self))
    }
}

/// The awaitable behind `sleep(0)`: suspends once with a bare yield.
pub struct YieldNow;

impl Native for YieldNow {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("asyncio._YieldNow", |_, _| {})
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Builds the `asyncio` module: native functions plus the prelude.
pub fn make_module(interp: &Interp) -> PyResult<Value> {
    let mut attrs = crate::python::attrs::Attrs::new();
    loop_api::install(interp, &mut attrs);
    for (name, t) in [
        ("CancelledError", ExcType::CancelledError),
        ("InvalidStateError", ExcType::InvalidStateError),
        ("TimeoutError", ExcType::TimeoutError),
        ("QueueEmpty", ExcType::QueueEmpty),
        ("QueueFull", ExcType::QueueFull),
    ] {
        attrs.set(Rc::from(name), Value::Class(interp.exc_class(t)));
    }
    attrs.set(Rc::from("Future"), Value::Class(future_class(interp)));
    attrs.set(Rc::from("Task"), Value::Class(task_class(interp)));
    let native = interp.native_module("asyncio", attrs);
    for source in [
        include_str!("prelude/locks.py"),
        include_str!("prelude/queues.py"),
        include_str!("prelude/tasks.py"),
        include_str!("prelude/timeouts.py"),
        include_str!("prelude/taskgroups.py"),
        include_str!("prelude/threads.py"),
    ] {
        interp.run_prelude(&native, source)?;
    }
    Ok(Value::Module(native))
}
