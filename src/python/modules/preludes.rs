//! The standard modules written in the dialect itself (`dataclasses.py`, `contextlib.py`,
//! `random.py`, `functools.py`, `itertools.py`, `collections.py`), with the few native helpers
//! they need.

use crate::python::attrs::Attrs;
use crate::python::exceptions::exc_data;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, BuiltinFn};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

fn name_arg(i: &Interp, a: &Args) -> PyResult<Rc<str>> {
    match a.pos.get(1) {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(i.type_error("attribute name must be string")),
    }
}

/// `object.__setattr__(obj, name, value)`: sets the attribute without calling the class's
/// `__setattr__`.
fn object_setattr(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "_object_setattr", 3, 3)?;
    let name = name_arg(i, &a)?;
    match &a.pos[0] {
        Value::Instance(inst) => {
            inst.attrs.borrow_mut().set(name, a.pos[2].clone());
            Ok(Value::None)
        }
        other => i.set_attr(other, &name, a.pos[2].clone()).map(|_| Value::None),
    }
}

/// `object.__delattr__(obj, name)`: deletes the attribute without calling `__delattr__`.
fn object_delattr(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "_object_delattr", 2, 2)?;
    let name = name_arg(i, &a)?;
    match &a.pos[0] {
        Value::Instance(inst) if inst.attrs.borrow_mut().remove(&name).is_some() => Ok(Value::None),
        other => Err(i.attribute_error(other, &name)),
    }
}

/// How many traceback entries an exception has (to undo the ones added later).
fn tb_save(_: &Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Int(a.pos.first().and_then(exc_data).map_or(0, |d| d.borrow().traceback.len() as i64)))
}

/// Drops the traceback entries an exception gained since `tb_save`.
fn tb_restore(_: &Interp, a: Args) -> PyResult<Value> {
    if let (Some(d), Some(Value::Int(n))) = (a.pos.first().and_then(exc_data), a.pos.get(1)) {
        d.borrow_mut().traceback.truncate(*n as usize);
    }
    Ok(Value::None)
}

fn natives(table: &[(&'static str, BuiltinFn)]) -> Attrs {
    let mut a = Attrs::new();
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
    a
}

/// Builds one of the modules written in the dialect, or `None` for other names.
pub fn make(interp: &Interp, name: &str) -> PyResult<Option<Value>> {
    let (attrs, source) = match name {
        "dataclasses" => (
            natives(&[("_object_setattr", object_setattr), ("_object_delattr", object_delattr)]),
            include_str!("dataclasses.py"),
        ),
        "contextlib" => (natives(&[("_tb_save", tb_save), ("_tb_restore", tb_restore)]), include_str!("contextlib.py")),
        "random" => (super::random::natives(), include_str!("random.py")),
        "functools" => (Attrs::new(), include_str!("functools.py")),
        "itertools" => (Attrs::new(), include_str!("itertools.py")),
        "collections" => {
            let mut natives = Attrs::new();
            natives.set(Rc::from("deque"), Value::Class(super::deque::deque_class(interp)));
            (natives, include_str!("collections.py"))
        }
        _ => return Ok(None),
    };
    let module = interp.native_module(name, attrs);
    interp.run_prelude(&module, source)?;
    Ok(Some(Value::Module(module)))
}
