//! Methods of generator, coroutine and async generator objects: `send`, `throw`, `close`
//! (the async generator's awaitable ones are in `async_gen_methods`).

use crate::python::coroutine::{CoroKind, Coroutine, Resumed, Sent};
use crate::python::exceptions::{new_instance, ExcType, Unwind};
use crate::python::interp::{builtin, Interp};
use crate::python::object::{downcast_rc, Args, BuiltinFn, Class};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

fn this(i: &Interp, a: &Args) -> PyResult<Rc<Coroutine>> {
    match a.pos.first() {
        Some(Value::Native(n)) => downcast_rc::<Coroutine>(n).ok_or_else(|| i.type_error("expected a generator")),
        _ => Err(i.type_error("expected a generator")),
    }
}

fn finish(i: &Interp, c: &Coroutine, r: Resumed) -> PyResult<Value> {
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => {
            let stop = if c.kind == CoroKind::AsyncGenerator { ExcType::StopAsyncIteration } else { ExcType::StopIteration };
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(Unwind::Raise(new_instance(i.exc_class(stop), args)))
        }
        Resumed::Raised(e) => Err(e),
    }
}

fn send(i: &Interp, a: Args) -> PyResult<Value> {
    let c = this(i, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let r = c.resume(i, Sent::Value(v));
    finish(i, &c, r)
}

fn throw(i: &Interp, a: Args) -> PyResult<Value> {
    let c = this(i, &a)?;
    let exc = i.exception_instance(a.pos.get(1).cloned().unwrap_or(Value::None))?;
    let r = c.resume(i, Sent::Throw(exc));
    finish(i, &c, r)
}

fn close(i: &Interp, a: Args) -> PyResult<Value> {
    close_generator(i, &*this(i, &a)?)
}

/// `generator.close()`: throws `GeneratorExit` in if it is suspended.
pub fn close_generator(i: &Interp, c: &Coroutine) -> PyResult<Value> {
    match c.state() {
        crate::python::coroutine::CoroState::Created | crate::python::coroutine::CoroState::Done => {
            c.finish();
            Ok(Value::None)
        }
        _ => {
            let exit = new_instance(i.exc_class(ExcType::GeneratorExit), vec![]);
            match c.resume(i, Sent::Throw(exit)) {
                Resumed::Yielded(_) => Err(i.err(ExcType::RuntimeError, "generator ignored GeneratorExit")),
                Resumed::Returned(_) => Ok(Value::None),
                Resumed::Raised(Unwind::Raise(e))
                    if i.is_exc(&e, ExcType::GeneratorExit) || i.is_exc(&e, ExcType::StopIteration) =>
                {
                    Ok(Value::None)
                }
                Resumed::Raised(e) => Err(e),
            }
        }
    }
}

fn put(cls: &Rc<Class>, table: &[(&'static str, BuiltinFn)]) {
    let mut a = cls.attrs.borrow_mut();
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
}

/// `next(generator)`: the next value, or `StopIteration` carrying the return value.
pub fn generator_next(i: &Interp, c: &Coroutine) -> PyResult<Value> {
    let r = c.resume(i, Sent::Value(Value::None));
    finish(i, c, r)
}

/// Methods of `generator`.
pub fn install_generator(_i: &Interp, cls: &Rc<Class>) {
    put(cls, &[("send", send), ("throw", throw), ("close", close), ("__iter__", |_, a| Ok(a.pos[0].clone())), ("__next__", |i, a| {
        generator_next(i, &*this(i, &a)?)
    })]);
}

/// What `coroutine.__await__()` returns (CPython's `coroutine_wrapper`): an iterator that a
/// `yield from` (an `__await__` returning it) delegates to the coroutine.
pub struct CoroWrapper(pub Rc<Coroutine>);

impl crate::python::object::Native for CoroWrapper {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("coroutine_wrapper", |_, _| {})
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Methods of `coroutine`.
pub fn install_coroutine(_i: &Interp, cls: &Rc<Class>) {
    put(cls, &[("send", send), ("throw", throw), ("close", close), ("__await__", |i, a| {
        Ok(Value::Native(Rc::new(CoroWrapper(this(i, &a)?))))
    })]);
}

/// Methods of `async_generator`.
pub fn install_async_generator(_i: &Interp, cls: &Rc<Class>) {
    put(cls, super::async_gen_methods::METHODS);
}
