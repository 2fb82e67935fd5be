//! The event loop object (`asyncio.get_running_loop()`), its timer handles, and the module
//! functions implemented natively.

use super::{Callback, Fut, YieldNow};
use crate::python::attrs::Attrs;
use crate::python::exceptions::ExcType;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{downcast_rc, Args, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use crate::runtime::trace::Event;
use crate::runtime::Handle;
use std::any::Any;
use std::rc::Rc;

/// The loop object Python code sees. All its state lives in the interpreter's `AioState`.
pub struct LoopObj;

/// A `TimerHandle` / `Handle` returned by `call_soon`/`call_later`.
pub struct HandleObj {
    handle: Handle<Callback>,
    timer: Option<u32>,
}

impl Native for LoopObj {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("asyncio.BaseEventLoop", install_loop_methods)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Native for HandleObj {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("asyncio.TimerHandle", |_, cls| {
            let mut a = cls.attrs.borrow_mut();
            a.set(Rc::from("cancel"), builtin("cancel", handle_cancel));
            a.set(Rc::from("cancelled"), builtin("cancelled", |i, a| Ok(Value::Bool(handle(i, &a)?.handle.cancelled()))));
            a.set(Rc::from("when"), builtin("when", |i, a| Ok(Value::Float(handle(i, &a)?.handle.when()))));
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn handle<'a>(interp: &Interp, a: &'a Args) -> PyResult<&'a HandleObj> {
    match a.pos.first() {
        Some(Value::Native(n)) => n.downcast::<HandleObj>().ok_or_else(|| interp.type_error("expected a handle")),
        _ => Err(interp.type_error("expected a handle")),
    }
}

fn handle_cancel(interp: &Interp, a: Args) -> PyResult<Value> {
    let h = handle(interp, &a)?;
    if !h.handle.cancelled() {
        if let Some(id) = h.timer {
            interp.trace.borrow_mut().push(Event::TimerCancelled { t: interp.now_for_trace(), timer: id });
        }
        interp.aio.event_loop.borrow_mut().cancel(&h.handle);
    }
    Ok(Value::None)
}

/// The loop object.
pub fn loop_value(_interp: &Interp) -> Value {
    thread_local! {
        static LOOP: Rc<LoopObj> = Rc::new(LoopObj);
    }
    Value::Native(LOOP.with(|l| l.clone()) as Rc<dyn Native>)
}

fn running_loop(interp: &Interp) -> PyResult<Value> {
    if !interp.aio.running.get() {
        return Err(interp.err(ExcType::RuntimeError, "no running event loop"));
    }
    Ok(loop_value(interp))
}

fn schedule_at(interp: &Interp, when: f64, mut a: Args, purpose: String) -> PyResult<Value> {
    a.take_kw("context");
    let mut pos = a.pos.into_iter().skip(2);
    let cb = pos.next().ok_or_else(|| interp.type_error("missing callback"))?;
    let id = interp.aio.timer_counter.get() + 1;
    interp.aio.timer_counter.set(id);
    let purpose = if purpose.is_empty() { callable_name(interp, &cb) } else { purpose };
    interp.trace.borrow_mut().push(Event::TimerSet { t: interp.now_for_trace(), timer: id, when, purpose });
    let h = interp
        .aio
        .event_loop
        .borrow_mut()
        .call_at(when, Callback::Timer(id, Box::new(Callback::Call(cb, pos.collect()))));
    Ok(Value::Native(Rc::new(HandleObj { handle: h, timer: Some(id) })))
}

/// A callable's `__name__`, for the trace.
pub fn callable_name(interp: &Interp, f: &Value) -> String {
    match interp.lookup_attr(f, "__name__") {
        Ok(Some(Value::Str(s))) => s.to_string(),
        _ => "callback".into(),
    }
}

fn number(interp: &Interp, v: Option<&Value>) -> PyResult<f64> {
    match v.and_then(crate::python::ops::as_f64) {
        Some(x) => Ok(x),
        None => Err(interp.type_error("a number is required")),
    }
}

fn call_soon(interp: &Interp, mut a: Args) -> PyResult<Value> {
    a.take_kw("context");
    let mut pos = a.pos.into_iter().skip(1);
    let cb = pos.next().ok_or_else(|| interp.type_error("missing callback"))?;
    let h = interp.aio.event_loop.borrow_mut().call_soon(Callback::Call(cb, pos.collect()));
    Ok(Value::Native(Rc::new(HandleObj { handle: h, timer: None })))
}

/// `asyncio.iscoroutinefunction(f)`: an `async def` function (not an async generator), bound
/// or not.
fn is_coroutine_function(f: Option<&Value>) -> bool {
    match f {
        Some(Value::Function(f)) => f.def.is_async && !f.def.scope.get().is_some_and(|s| s.is_generator),
        Some(Value::BoundMethod(m)) => is_coroutine_function(Some(&m.func)),
        _ => false,
    }
}

fn install_loop_methods(_interp: &Interp, cls: &Rc<Class>) {
    let mut a = cls.attrs.borrow_mut();
    let methods: &[(&'static str, crate::python::object::BuiltinFn)] = &[
        ("time", |i, _| Ok(Value::Float(i.now()))),
        ("call_soon", call_soon),
        ("call_soon_threadsafe", call_soon),
        ("call_later", |i, a| {
            let delay = number(i, a.pos.get(1))?;
            let when = i.now() + delay;
            schedule_at(i, when, a, String::new())
        }),
        ("call_at", |i, a| {
            let when = number(i, a.pos.get(1))?;
            schedule_at(i, when, a, String::new())
        }),
        ("create_future", |i, _| Ok(Value::Native(Fut::new(i, None)))),
        ("create_task", |i, mut a| {
            let name = a.take_kw("name");
            i.create_task(a.pos.get(1).cloned().unwrap_or(Value::None), name)
        }),
        ("is_running", |i, _| Ok(Value::Bool(i.aio.running.get()))),
        ("get_debug", |_, _| Ok(Value::Bool(false))),
        ("run_in_executor", |i, a| crate::python::executor::run_in_executor(i, a)),
    ];
    for (name, f) in methods {
        a.set(Rc::from(*name), builtin(name, *f));
    }
}

/// Installs the natively implemented module functions.
pub fn install(_interp: &Interp, attrs: &mut Attrs) {
    let funcs: &[(&'static str, crate::python::object::BuiltinFn)] = &[
        ("get_running_loop", |i, _| running_loop(i)),
        ("get_event_loop", |i, _| Ok(loop_value(i))),
        ("create_task", |i, mut a| {
            let name = a.take_kw("name");
            a.take_kw("context");
            i.create_task(a.pos.first().cloned().unwrap_or(Value::None), name)
        }),
        ("current_task", |i, _| {
            Ok(i.aio.current_task.borrow().clone().map(|t| Value::Native(t as Rc<dyn Native>)).unwrap_or(Value::None))
        }),
        ("all_tasks", |i, _| {
            let tasks: Vec<Value> = i.aio.tasks.borrow().iter().filter(|t| !t.done()).map(|t| Value::Native(t.clone() as Rc<dyn Native>)).collect();
            i.build_set(tasks)
        }),
        ("_yield_now", |_, _| Ok(Value::Native(Rc::new(YieldNow)))),
        ("_label", |i, a| {
            if let (Some(Value::Native(n)), Some(label)) = (a.pos.first(), a.pos.get(1)) {
                if let Some(f) = downcast_rc::<Fut>(n) {
                    *f.label.borrow_mut() = Some(Rc::from(i.to_str(label)?.as_str()));
                }
            }
            Ok(Value::None)
        }),
        ("_label_sleep", |i, a| {
            if let (Some(Value::Native(n)), Some(delay)) = (a.pos.first(), a.pos.get(1)) {
                if let Some(f) = downcast_rc::<Fut>(n) {
                    *f.label.borrow_mut() = Some(i.sleep_label(delay)?);
                }
            }
            Ok(Value::None)
        }),
        ("_set_cancel", |_, a| {
            if let (Some(Value::Native(n)), Some(hook)) = (a.pos.first(), a.pos.get(1)) {
                if let Some(f) = downcast_rc::<Fut>(n) {
                    *f.cancel_hook.borrow_mut() = Some(hook.clone());
                }
            }
            Ok(Value::None)
        }),
        ("iscoroutine", |_, a| {
            Ok(Value::Bool(matches!(a.pos.first(), Some(Value::Native(n)) if n.downcast::<crate::python::coroutine::Coroutine>().is_some_and(|c| c.kind == crate::python::coroutine::CoroKind::Coroutine))))
        }),
        ("iscoroutinefunction", |_, a| Ok(Value::Bool(is_coroutine_function(a.pos.first())))),
        ("isfuture", |_, a| Ok(Value::Bool(matches!(a.pos.first(), Some(Value::Native(n)) if n.downcast::<Fut>().is_some())))),
        ("run", super::run::asyncio_run),
    ];
    for (name, f) in funcs {
        attrs.set(Rc::from(*name), builtin(name, *f));
    }
}
