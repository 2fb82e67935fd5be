//! Coroutines, generators and async generators: suspended Python frames as Rust futures.
//!
//! Calling an `async def` or generator function builds a boxed future that owns the new frame
//! (see `eval/`), wrapped here. A suspension point is a [`YieldPoint`]: on its first poll it
//! leaves the yielded value in the interpreter's [`Channel`] and returns `Pending`; on the next
//! poll it returns what the resumer put in the channel (a value to send or an exception to
//! throw). Awaiting one coroutine from another polls the inner future from inside the outer one,
//! so yields pass straight through — CPython's `yield from` delegation.
//!
//! Lifecycle (`CoroState`): `Created` → `Running` ⇄ `Suspended` → `Done`. Resuming a
//! `Running` coroutine is an error ("already executing"); resuming a `Done` one raises
//! `RuntimeError` (coroutines) or `StopIteration` (generators).

use super::exceptions::{ExcType, Unwind};
use super::interp::Interp;
use super::object::{Class, Native};
use super::value::Value;
use super::PyResult;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

/// A boxed, single-threaded future producing a Python result.
pub type PyFuture = Pin<Box<dyn Future<Output = PyResult<Value>>>>;

/// What a resumer hands to a suspension point.
#[derive(Clone)]
pub enum Sent {
    /// `gen.send(v)` / `next(gen)` (None) / a task step.
    Value(Value),
    /// `gen.throw(exc)` / a task step with an exception.
    Throw(Value),
}

/// The one-slot mailbox between suspension points and resumers.
#[derive(Default)]
pub struct Channel {
    sent: RefCell<Option<Sent>>,
    yielded: RefCell<Option<Value>>,
}

/// Which kind of suspendable frame this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoroKind {
    /// `async def` without `yield`.
    Coroutine,
    /// `def` with `yield` (also generator expressions).
    Generator,
    /// `async def` with `yield`.
    AsyncGenerator,
}

/// Where a coroutine is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoroState {
    /// Built, never resumed.
    Created,
    /// Being polled right now.
    Running,
    /// Waiting at a suspension point.
    Suspended,
    /// Returned, raised or closed.
    Done,
}

/// What resuming a coroutine produced.
pub enum Resumed {
    /// It suspended, yielding this value.
    Yielded(Value),
    /// It returned this value.
    Returned(Value),
    /// It raised (or the run was aborted).
    Raised(Unwind),
}

/// A coroutine, generator or async generator object.
pub struct Coroutine {
    /// Which kind.
    pub kind: CoroKind,
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    future: RefCell<Option<PyFuture>>,
    state: Cell<CoroState>,
    /// Exceptions being handled inside this frame while it is suspended.
    handling: RefCell<Vec<Value>>,
    /// Set when the interpreter is tearing down: suppresses the never-awaited warning.
    pub quiet: Cell<bool>,
    /// Where the function was defined, `(file, first line)`, as task reprs show it.
    pub defined_at: std::cell::OnceCell<(Rc<str>, u32)>,
}

impl Coroutine {
    /// Wraps a body future.
    pub fn new(kind: CoroKind, name: Rc<str>, qualname: Rc<str>, future: PyFuture) -> Rc<Self> {
        Rc::new(Coroutine {
            kind,
            name,
            qualname,
            future: RefCell::new(Some(future)),
            state: Cell::new(CoroState::Created),
            handling: RefCell::new(Vec::new()),
            quiet: Cell::new(false),
            defined_at: std::cell::OnceCell::new(),
        })
    }

    /// Drops the frame of a coroutine that is not running, at the end of the run (see
    /// `teardown.rs`).
    pub(crate) fn clear_frame(&self) {
        if self.state.get() != CoroState::Running {
            drop(self.future.take());
        }
    }

    /// The current state.
    pub fn state(&self) -> CoroState {
        self.state.get()
    }

    /// Resumes from outside any coroutine chain: a task step, `next()`, `send()`, `throw()`.
    pub fn resume(&self, interp: &Interp, sent: Sent) -> Resumed {
        match self.state.get() {
            CoroState::Running => {
                let what = if self.kind == CoroKind::Coroutine { "coroutine" } else { "generator" };
                return Resumed::Raised(interp.err(ExcType::ValueError, format!("{what} already executing")));
            }
            CoroState::Done => {
                return Resumed::Raised(match self.kind {
                    CoroKind::Coroutine => interp.err(ExcType::RuntimeError, "cannot reuse already awaited coroutine"),
                    CoroKind::Generator => Unwind::Raise(super::exceptions::new_instance(
                        interp.exc_class(ExcType::StopIteration),
                        vec![],
                    )),
                    CoroKind::AsyncGenerator => Unwind::Raise(super::exceptions::new_instance(
                        interp.exc_class(ExcType::StopAsyncIteration),
                        vec![],
                    )),
                });
            }
            CoroState::Created => match &sent {
                Sent::Throw(exc) => {
                    self.finish();
                    return Resumed::Raised(Unwind::Raise(exc.clone()));
                }
                Sent::Value(v) if !v.is_none() => {
                    let what = if self.kind == CoroKind::Coroutine { "coroutine" } else { "generator" };
                    return Resumed::Raised(interp.type_error(format!(
                        "can't send non-None value to a just-started {what}"
                    )));
                }
                Sent::Value(_) => {}
            },
            CoroState::Suspended => {
                *interp.channel.sent.borrow_mut() = Some(sent);
            }
        }
        let base = interp.handling.borrow().len();
        interp.handling.borrow_mut().extend(self.handling.borrow_mut().drain(..));
        let outcome = self.poll_once(interp);
        let mut handling = interp.handling.borrow_mut();
        if handling.len() > base {
            *self.handling.borrow_mut() = handling.split_off(base);
        } else {
            handling.truncate(base);
        }
        drop(handling);
        match outcome {
            Poll::Ready(Ok(v)) => Resumed::Returned(v),
            Poll::Ready(Err(e)) => Resumed::Raised(e),
            Poll::Pending => Resumed::Yielded(interp.channel.yielded.take().unwrap_or(Value::None)),
        }
    }

    /// Polls the body once (used by [`resume`](Self::resume) and by delegation).
    pub(crate) fn poll_step(&self, interp: &Interp) -> Poll<PyResult<Value>> {
        self.poll_once(interp)
    }

    fn poll_once(&self, interp: &Interp) -> Poll<PyResult<Value>> {
        let Ok(mut slot) = self.future.try_borrow_mut() else {
            return Poll::Ready(Err(interp.err(ExcType::ValueError, "generator already executing")));
        };
        let Some(fut) = slot.as_mut() else {
            return Poll::Ready(Err(interp.err(ExcType::RuntimeError, "cannot reuse already awaited coroutine")));
        };
        self.state.set(CoroState::Running);
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        let r = fut.as_mut().poll(&mut cx);
        match r {
            Poll::Ready(_) => {
                *slot = None;
                self.state.set(CoroState::Done);
            }
            Poll::Pending => self.state.set(CoroState::Suspended),
        }
        r
    }

    /// Marks the coroutine finished without running it further (`close()` before start,
    /// `throw()` before start).
    pub fn finish(&self) {
        self.state.set(CoroState::Done);
        if let Ok(mut f) = self.future.try_borrow_mut() {
            *f = None;
        }
    }

    /// Delegation (`await coro`, `yield from gen`): polls this coroutine's body from inside the
    /// awaiting one, so that its yields pass through.
    pub fn delegate<'a>(self: &'a Rc<Self>, interp: &'a Interp) -> impl Future<Output = PyResult<Value>> + 'a {
        std::future::poll_fn(move |_cx| match self.state.get() {
            CoroState::Running => Poll::Ready(Err(interp.err(
                ExcType::RuntimeError,
                format!("coroutine '{}' is already being awaited", self.qualname),
            ))),
            CoroState::Done => Poll::Ready(Err(interp.err(ExcType::RuntimeError, "cannot reuse already awaited coroutine"))),
            CoroState::Created | CoroState::Suspended => {
                // An awaited coroutine's frame counts towards the recursion limit, as in
                // CPython: one entered past the limit ends with RecursionError.
                let depth = interp.depth.get();
                if depth + 1 >= interp.limits.max_depth {
                    self.finish();
                    return Poll::Ready(Err(interp.err(ExcType::RecursionError, "maximum recursion depth exceeded")));
                }
                interp.depth.set(depth + 1);
                let r = self.poll_once(interp);
                interp.depth.set(depth);
                r
            }
        })
    }
}

impl Drop for Coroutine {
    fn drop(&mut self) {
        if self.kind == CoroKind::Coroutine && self.state.get() == CoroState::Created && !self.quiet.get() {
            super::warnings::never_awaited(&self.qualname);
        }
        if self.kind == CoroKind::Generator && self.state.get() == CoroState::Suspended && !self.quiet.get() {
            if let Some(future) = self.future.get_mut().take() {
                let orphan = Coroutine {
                    kind: self.kind,
                    name: self.name.clone(),
                    qualname: self.qualname.clone(),
                    future: RefCell::new(Some(future)),
                    state: Cell::new(CoroState::Suspended),
                    handling: RefCell::new(std::mem::take(self.handling.get_mut())),
                    quiet: Cell::new(true),
                    defined_at: self.defined_at.clone(),
                };
                super::finalize::close_later(Rc::new(orphan));
            }
        }
    }
}

/// The future of a suspension point: yields `value` once, then returns what was sent.
#[must_use = "a yield point does nothing unless awaited"]
pub struct YieldPoint<'a> {
    interp: &'a Interp,
    value: Option<Value>,
}

impl<'a> YieldPoint<'a> {
    /// A suspension point that will yield `value` to the resumer.
    pub fn new(interp: &'a Interp, value: Value) -> Self {
        YieldPoint { interp, value: Some(value) }
    }
}

impl Future for YieldPoint<'_> {
    type Output = Sent;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Sent> {
        match self.value.take() {
            Some(v) => {
                *self.interp.channel.yielded.borrow_mut() = Some(v);
                Poll::Pending
            }
            None => Poll::Ready(self.interp.channel.sent.take().unwrap_or(Sent::Value(Value::None))),
        }
    }
}

impl Interp {
    /// Puts a value for the suspension point about to be resumed.
    pub(crate) fn channel_send(&self, sent: Sent) {
        *self.channel.sent.borrow_mut() = Some(sent);
    }

    /// The value the last suspension point yielded, left in place.
    pub(crate) fn channel_peek_yield(&self) -> Option<Value> {
        self.channel.yielded.borrow().clone()
    }

    /// Takes the value the last suspension point yielded.
    pub(crate) fn channel_take_yield(&self) -> Option<Value> {
        self.channel.yielded.take()
    }
}

fn noop_waker() -> Waker {
    const VTABLE: RawWakerVTable = RawWakerVTable::new(|_| RAW, |_| {}, |_| {}, |_| {});
    const RAW: RawWaker = RawWaker::new(std::ptr::null(), &VTABLE);
    // SAFETY: the vtable's functions do nothing and never dereference the data pointer.
    unsafe { Waker::from_raw(RAW) }
}

/// Runs a future that is known not to suspend (sync code reusing the suspending evaluator).
/// A suspension here is an interpreter bug, reported as a `SystemError`.
pub fn run_now<T>(interp: &Interp, fut: impl Future<Output = PyResult<T>>) -> PyResult<T> {
    let mut fut = std::pin::pin!(fut);
    let waker = noop_waker();
    let mut cx = Context::from_waker(&waker);
    match fut.as_mut().poll(&mut cx) {
        Poll::Ready(r) => r,
        Poll::Pending => Err(interp.err(ExcType::SystemError, "internal error: synchronous code suspended")),
    }
}

fn coroutine_class(interp: &Interp, kind: CoroKind) -> Rc<Class> {
    match kind {
        CoroKind::Coroutine => interp.native_class("coroutine", super::types::coro_methods::install_coroutine),
        CoroKind::Generator => interp.native_class("generator", super::types::coro_methods::install_generator),
        CoroKind::AsyncGenerator => interp.native_class("async_generator", super::types::coro_methods::install_async_generator),
    }
}

impl Native for Coroutine {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        coroutine_class(interp, self.kind)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _interp: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__name__" => Some(Ok(Value::Str(self.name.clone()))),
            "__qualname__" => Some(Ok(Value::Str(self.qualname.clone()))),
            _ => None,
        }
    }
    fn repr(&self, _interp: &Interp) -> Option<PyResult<String>> {
        let what = match self.kind {
            CoroKind::Coroutine => "coroutine",
            CoroKind::Generator => "generator",
            CoroKind::AsyncGenerator => "async_generator",
        };
        Some(Ok(format!("<{} object {} at {:#x}>", what, self.qualname, self as *const _ as usize)))
    }
    fn is_iterator(&self) -> bool {
        self.kind == CoroKind::Generator
    }
    fn next(&self, interp: &Interp) -> Option<PyResult<Option<Value>>> {
        if self.kind != CoroKind::Generator {
            return None;
        }
        if self.state.get() == CoroState::Done {
            return Some(Ok(None));
        }
        Some(match self.resume(interp, Sent::Value(Value::None)) {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
            Resumed::Raised(e) => Err(e),
        })
    }
}
