//! `inspect`: the predicates that tell coroutines, generators, functions and classes apart.

use crate::python::attrs::Attrs;
use crate::python::coroutine::{CoroKind, Coroutine};
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, BuiltinFn};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

/// The kind of coroutine object `v` is, if it is one.
fn coro_kind(v: &Value) -> Option<CoroKind> {
    match v {
        Value::Native(n) => n.downcast::<Coroutine>().map(|c| c.kind),
        _ => None,
    }
}

/// The kind of coroutine object calling the function `v` makes, if `v` is a Python function
/// (bound or not).
fn function_kind(v: &Value) -> Option<CoroKind> {
    match v {
        Value::Function(f) => {
            let generator = f.def.scope.get().is_some_and(|s| s.is_generator);
            Some(match (f.def.is_async, generator) {
                (true, false) => CoroKind::Coroutine,
                (true, true) => CoroKind::AsyncGenerator,
                (false, true) => CoroKind::Generator,
                (false, false) => return None,
            })
        }
        Value::BoundMethod(m) => function_kind(&m.func),
        _ => None,
    }
}

fn one(i: &Interp, a: &Args, name: &str) -> PyResult<Value> {
    a.check(i, name, 1, 1)?;
    Ok(a.pos[0].clone())
}

fn check(i: &Interp, a: Args, name: &str, test: fn(&Value) -> bool) -> PyResult<Value> {
    Ok(Value::Bool(test(&one(i, &a, name)?)))
}

/// The module's attributes.
pub fn attrs() -> Attrs {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("iscoroutine", |i, a| check(i, a, "iscoroutine", |v| coro_kind(v) == Some(CoroKind::Coroutine))),
        ("isgenerator", |i, a| check(i, a, "isgenerator", |v| coro_kind(v) == Some(CoroKind::Generator))),
        ("isasyncgen", |i, a| check(i, a, "isasyncgen", |v| coro_kind(v) == Some(CoroKind::AsyncGenerator))),
        ("iscoroutinefunction", |i, a| {
            check(i, a, "iscoroutinefunction", |v| function_kind(v) == Some(CoroKind::Coroutine))
        }),
        ("isgeneratorfunction", |i, a| {
            check(i, a, "isgeneratorfunction", |v| function_kind(v) == Some(CoroKind::Generator))
        }),
        ("isasyncgenfunction", |i, a| {
            check(i, a, "isasyncgenfunction", |v| function_kind(v) == Some(CoroKind::AsyncGenerator))
        }),
        ("isfunction", |i, a| check(i, a, "isfunction", |v| matches!(v, Value::Function(_)))),
        ("ismethod", |i, a| check(i, a, "ismethod", |v| matches!(v, Value::BoundMethod(m) if matches!(m.func, Value::Function(_))))),
        ("isbuiltin", |i, a| check(i, a, "isbuiltin", |v| matches!(v, Value::Builtin(_)))),
        ("isclass", |i, a| check(i, a, "isclass", |v| matches!(v, Value::Class(_)))),
        ("ismodule", |i, a| check(i, a, "ismodule", |v| matches!(v, Value::Module(_)))),
        ("isawaitable", |i, a| {
            let v = one(i, &a, "isawaitable")?;
            let awaitable = coro_kind(&v) == Some(CoroKind::Coroutine) || i.lookup_attr(&v, "__await__")?.is_some();
            Ok(Value::Bool(awaitable))
        }),
    ];
    let mut a = Attrs::new();
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
    a
}
