//! The awaitable methods of async generator objects: `__anext__`, `asend`, `athrow` and
//! `aclose`. Each returns an awaitable that, when awaited, runs the generator to its next
//! `yield` (passing the generator's own awaits up to the loop), as CPython's
//! `async_generator_asend` / `async_generator_athrow` objects do.

use crate::python::coroutine::{CoroKind, CoroState, Coroutine, Sent};
use crate::python::exceptions::{new_instance, ExcType, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{downcast_rc, Args, BuiltinFn};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

/// What awaiting the returned awaitable does to the generator.
enum Op {
    /// `__anext__()` / `asend(v)`: resume with a value; the next yielded value is the result.
    Send(Value),
    /// `athrow(exc)`: throw `exc` in; the next yielded value is the result.
    Throw(Value),
    /// `aclose()`: throw `GeneratorExit` in; the generator must finish.
    Close,
}

fn generator(i: &Interp, a: &Args) -> PyResult<Rc<Coroutine>> {
    match a.pos.first() {
        Some(Value::Native(n)) => downcast_rc::<Coroutine>(n)
            .filter(|c| c.kind == CoroKind::AsyncGenerator)
            .ok_or_else(|| i.type_error("expected an async generator")),
        _ => Err(i.type_error("expected an async generator")),
    }
}

fn stop_async_iteration(i: &Interp) -> Unwind {
    Unwind::Raise(new_instance(i.exc_class(ExcType::StopAsyncIteration), vec![]))
}

/// The awaitable for `op` on the generator in `a.pos[0]`.
fn awaitable(i: &Interp, a: &Args, name: &str, op: Op) -> PyResult<Value> {
    let gen = generator(i, a)?;
    let interp = i.rc();
    let g = gen.clone();
    let body = async move {
        let i = &*interp;
        match op {
            Op::Send(v) => match i.async_gen_step(&g, Sent::Value(v)).await? {
                Some(v) => Ok(v),
                None => Err(stop_async_iteration(i)),
            },
            Op::Throw(e) => match i.async_gen_step(&g, Sent::Throw(e)).await? {
                Some(v) => Ok(v),
                None => Err(stop_async_iteration(i)),
            },
            Op::Close if matches!(g.state(), CoroState::Created | CoroState::Done) => {
                g.finish();
                Ok(Value::None)
            }
            Op::Close => {
                let exit = new_instance(i.exc_class(ExcType::GeneratorExit), vec![]);
                match i.async_gen_step(&g, Sent::Throw(exit)).await {
                    Ok(Some(_)) => Err(i.err(ExcType::RuntimeError, "async generator ignored GeneratorExit")),
                    Ok(None) => Ok(Value::None),
                    Err(Unwind::Raise(e))
                        if i.is_exc(&e, ExcType::GeneratorExit) || i.is_exc(&e, ExcType::StopAsyncIteration) =>
                    {
                        Ok(Value::None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    };
    let qualname: Rc<str> = Rc::from(format!("{}.{name}", gen.qualname).as_str());
    let c = Coroutine::new(CoroKind::Coroutine, Rc::from(name), qualname, Box::pin(body));
    c.quiet.set(true);
    Ok(Value::Native(c))
}

/// The methods, for the `async_generator` class.
pub const METHODS: &[(&str, BuiltinFn)] = &[
    ("__aiter__", |_, a| Ok(a.pos[0].clone())),
    ("__anext__", |i, a| awaitable(i, &a, "__anext__", Op::Send(Value::None))),
    ("asend", |i, a| {
        let v = a.pos.get(1).cloned().unwrap_or(Value::None);
        awaitable(i, &a, "asend", Op::Send(v))
    }),
    ("athrow", |i, a| {
        let exc = i.exception_instance(a.pos.get(1).cloned().unwrap_or(Value::None))?;
        awaitable(i, &a, "athrow", Op::Throw(exc))
    }),
    ("aclose", |i, a| awaitable(i, &a, "aclose", Op::Close)),
];
