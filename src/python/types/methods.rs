//! Installs the methods of the builtin types; holds those of `object` and `BaseException`
//! (the bigger types have a file each).

use crate::python::descriptors::Property;
use crate::python::exceptions::{exc_data, ExcType};
use crate::python::interp::{builtin, Interp};
use crate::python::object::{BuiltinFn, Class};
use crate::python::value::Value;
use std::rc::Rc;

/// Puts builtin methods into a class namespace.
pub fn put(cls: &Rc<Class>, table: &[(&'static str, BuiltinFn)]) {
    let mut a = cls.attrs.borrow_mut();
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
}

/// Installs the methods.
pub fn install(interp: &Interp) {
    super::str_methods::install(interp);
    super::seq_methods::install(interp);
    super::dict_methods::install(interp);
    super::set_methods::install(interp);
    super::exception_group::install(interp);
    super::bytes_methods::install(interp);
    super::num_methods::install(interp);
    super::range_slice::install(interp);
    let t = &interp.types;
    put(&t.object, &[
        ("__init__", |_, _| Ok(Value::None)),
        ("__setattr__", |i, a| {
            a.check(i, "__setattr__", 3, 3)?;
            let name = i.to_str(&a.pos[1])?;
            match &a.pos[0] {
                Value::Instance(inst) => i.generic_set_attr(&a.pos[0], inst, &name, a.pos[2].clone())?,
                other => i.set_attr(other, &name, a.pos[2].clone())?,
            }
            Ok(Value::None)
        }),
        ("__delattr__", |i, a| {
            a.check(i, "__delattr__", 2, 2)?;
            let name = i.to_str(&a.pos[1])?;
            match &a.pos[0] {
                Value::Instance(inst) if inst.attrs.borrow_mut().remove(&*name).is_some() => Ok(Value::None),
                other => Err(i.attribute_error(other, &name)),
            }
        }),
    ]);
    put(&interp.exc_class(ExcType::BaseException), &[
        ("__init__", |_, a| {
            if let Some(d) = a.pos.first().and_then(exc_data) {
                d.borrow_mut().args = Value::tuple(a.pos[1..].to_vec());
            }
            Ok(Value::None)
        }),
        ("with_traceback", |_, a| Ok(a.pos[0].clone())),
        ("add_note", |_, _| Ok(Value::None)),
    ]);
    let value = Property { fget: Some(builtin("value", stop_iteration_value)), fset: None, fdel: None };
    interp.exc_class(ExcType::StopIteration).attrs.borrow_mut().set(Rc::from("value"), Value::Native(Rc::new(value)));
}

/// `StopIteration.value`: the first argument (a generator's return value), or `None`.
fn stop_iteration_value(_: &Interp, a: crate::python::object::Args) -> crate::python::PyResult<Value> {
    Ok(match a.pos.first().and_then(exc_data).map(|d| d.borrow().args.clone()) {
        Some(Value::Tuple(t)) if !t.is_empty() => t[0].clone(),
        _ => Value::None,
    })
}
