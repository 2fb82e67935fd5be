//! What programs see of executors: `loop.run_in_executor`, the `concurrent.futures` module
//! with `ThreadPoolExecutor` (submit, shutdown, `with`) and its `Future` (result, exception,
//! done, cancel).

use super::{CallResult, Outcome};
use crate::python::asyncio::Fut;
use crate::python::attrs::Attrs;
use crate::python::exceptions::{new_instance, ExcType, Unwind};
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, BuiltinFn, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use std::any::Any;
use std::rc::Rc;

/// A `ThreadPoolExecutor`: a pool index.
struct PoolObj(usize);

/// A `concurrent.futures.Future` returned by `submit`.
struct ConcFuture(Rc<CallResult>);

impl Native for PoolObj {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        pool_class(interp)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Native for ConcFuture {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("concurrent.futures.Future", |_, cls| install(cls, FUTURE_METHODS))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn pool_class(interp: &Interp) -> Rc<Class> {
    interp.native_class("concurrent.futures.ThreadPoolExecutor", |_, cls| install(cls, POOL_METHODS))
}

fn install(cls: &Rc<Class>, methods: &[(&'static str, BuiltinFn)]) {
    let mut a = cls.attrs.borrow_mut();
    for (name, f) in methods {
        a.set(Rc::from(*name), builtin(name, *f));
    }
}

fn pool_of(interp: &Interp, v: Option<&Value>) -> PyResult<usize> {
    match v {
        Some(Value::Native(n)) => n.downcast::<PoolObj>().map(|p| p.0).ok_or_else(|| interp.type_error("expected an executor")),
        _ => Err(interp.type_error("expected an executor")),
    }
}

fn call_of(interp: &Interp, a: &Args) -> PyResult<Rc<CallResult>> {
    match a.pos.first() {
        Some(Value::Native(n)) => n.downcast::<ConcFuture>().map(|f| f.0.clone()).ok_or_else(|| interp.type_error("expected a Future")),
        _ => Err(interp.type_error("expected a Future")),
    }
}

/// `loop.run_in_executor(executor, func, *args)`: an asyncio future resolved when the call
/// finishes on a worker.
pub fn run_in_executor(interp: &Interp, a: Args) -> PyResult<Value> {
    let mut pos = a.pos.into_iter().skip(1);
    let pool = match pos.next() {
        None | Some(Value::None) => None,
        Some(p) => Some(pool_of(interp, Some(&p))?),
    };
    let func = pos.next().ok_or_else(|| interp.type_error("run_in_executor() missing func"))?;
    let fut = Fut::new(interp, None);
    *fut.label.borrow_mut() = Some(Rc::from("run_in_executor"));
    interp.submit(pool, func, Args::new(pos.collect()), Some(fut.clone()))?;
    Ok(Value::Native(fut))
}

fn new_pool(interp: &Interp, mut a: Args) -> PyResult<Value> {
    let max = a.take_kw("max_workers").or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::None);
    let max = match max {
        Value::None => super::DEFAULT_MAX_WORKERS,
        Value::Int(n) if n > 0 => n as usize,
        Value::Int(_) => return Err(interp.value_error("max_workers must be greater than 0")),
        other => return Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(&other)))),
    };
    Ok(Value::Native(Rc::new(PoolObj(interp.aio.executors.new_pool(max)))))
}

fn shutdown(interp: &Interp, pool: usize, wait: bool, cancel_futures: bool) -> PyResult<()> {
    let ex = &interp.aio.executors;
    {
        let mut pools = ex.pools.borrow_mut();
        pools[pool].shut_down = true;
        if cancel_futures {
            for call in pools[pool].queue.drain(..) {
                call.result.cancelled.set(true);
            }
        }
    }
    if wait {
        interp.block_main(None, &|i| i.aio.executors.idle(pool))?;
    }
    Ok(())
}

const POOL_METHODS: &[(&str, BuiltinFn)] = &[
    ("__new__", |i, a| new_pool(i, a)),
    ("submit", |i, mut a| {
        let pool = pool_of(i, a.pos.first())?;
        let kw = std::mem::take(&mut a.kw);
        let mut pos = a.pos.into_iter().skip(1);
        let func = pos.next().ok_or_else(|| i.type_error("submit() missing func"))?;
        let result = i.submit(Some(pool), func, Args { pos: pos.collect(), kw }, None)?;
        Ok(Value::Native(Rc::new(ConcFuture(result))))
    }),
    ("shutdown", |i, mut a| {
        let cancel = a.take_kw("cancel_futures").map(|v| i.truthy(&v)).transpose()?.unwrap_or(false);
        let wait = a.take_kw("wait").or_else(|| a.pos.get(1).cloned()).map(|v| i.truthy(&v)).transpose()?.unwrap_or(true);
        shutdown(i, pool_of(i, a.pos.first())?, wait, cancel)?;
        Ok(Value::None)
    }),
    ("__enter__", |_, a| Ok(a.pos.first().cloned().unwrap_or(Value::None))),
    ("__exit__", |i, a| {
        shutdown(i, pool_of(i, a.pos.first())?, true, false)?;
        Ok(Value::Bool(false))
    }),
];

/// Waits (blocking the main thread) until the call is done or `timeout` passes.
fn wait_done(interp: &Interp, call: &Rc<CallResult>, timeout: Option<&Value>) -> PyResult<()> {
    let deadline = match timeout.and_then(crate::python::ops::as_f64) {
        Some(t) => Some(interp.now() + t),
        None => None,
    };
    let c = call.clone();
    interp.block_main(deadline, &move |_| c.done())?;
    if !call.done() {
        return Err(Unwind::Raise(new_instance(interp.exc_class(ExcType::TimeoutError), vec![])));
    }
    if call.cancelled.get() {
        return Err(Unwind::Raise(new_instance(interp.exc_class(ExcType::CancelledError), vec![])));
    }
    Ok(())
}

fn outcome(call: &CallResult) -> Outcome {
    call.outcome.borrow().clone().unwrap_or(Ok(Value::None))
}

const FUTURE_METHODS: &[(&str, BuiltinFn)] = &[
    ("result", |i, mut a| {
        let call = call_of(i, &a)?;
        let timeout = a.take_kw("timeout").or_else(|| a.pos.get(1).cloned());
        wait_done(i, &call, timeout.as_ref().filter(|t| !t.is_none()))?;
        outcome(&call).map_err(Unwind::Raise)
    }),
    ("exception", |i, mut a| {
        let call = call_of(i, &a)?;
        let timeout = a.take_kw("timeout").or_else(|| a.pos.get(1).cloned());
        wait_done(i, &call, timeout.as_ref().filter(|t| !t.is_none()))?;
        Ok(outcome(&call).err().unwrap_or(Value::None))
    }),
    ("done", |i, a| Ok(Value::Bool(call_of(i, &a)?.done()))),
    ("cancelled", |i, a| Ok(Value::Bool(call_of(i, &a)?.cancelled.get()))),
    ("running", |i, a| {
        let call = call_of(i, &a)?;
        let queued = i.aio.executors.pools.borrow().iter().any(|p| p.queue.iter().any(|c| Rc::ptr_eq(&c.result, &call)));
        Ok(Value::Bool(!call.done() && !queued))
    }),
    ("cancel", |i, a| {
        let call = call_of(i, &a)?;
        let mut pools = i.aio.executors.pools.borrow_mut();
        for p in pools.iter_mut() {
            if let Some(at) = p.queue.iter().position(|c| Rc::ptr_eq(&c.result, &call)) {
                p.queue.remove(at);
                call.cancelled.set(true);
            }
        }
        Ok(Value::Bool(call.cancelled.get()))
    }),
];

/// Builds the package `concurrent` (for `name == "concurrent"`) or `concurrent.futures`.
pub fn make_module(interp: &Interp, name: &str) -> PyResult<Value> {
    let mut attrs = Attrs::new();
    if name == "concurrent" {
        attrs.set(Rc::from("futures"), interp.import("concurrent.futures")?);
    } else {
        attrs.set(Rc::from("ThreadPoolExecutor"), Value::Class(pool_class(interp)));
        attrs.set(Rc::from("CancelledError"), Value::Class(interp.exc_class(ExcType::CancelledError)));
        attrs.set(Rc::from("TimeoutError"), Value::Class(interp.exc_class(ExcType::TimeoutError)));
    }
    Ok(Value::Module(interp.native_module(name, attrs)))
}
