//! Attributes and methods of `range` and `slice`: `start`/`stop`/`step`, `range.index`,
//! `range.count` and `slice.indices`.

use super::methods::put;
use crate::python::descriptors::Property;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, BuiltinFn, Class};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

fn properties(cls: &Rc<Class>, table: &[(&'static str, BuiltinFn)]) {
    let mut attrs = cls.attrs.borrow_mut();
    for (name, f) in table {
        let p = Property { fget: Some(builtin(name, *f)), fset: None, fdel: None };
        attrs.set(Rc::from(*name), Value::Native(Rc::new(p)));
    }
}

fn range_of(a: &Args) -> (i64, i64, i64) {
    match a.pos.first() {
        Some(Value::Range(r)) => **r,
        _ => (0, 0, 1),
    }
}

fn slice_part(a: &Args, n: usize) -> Value {
    match a.pos.first() {
        Some(Value::Slice(s)) => [&s.0, &s.1, &s.2][n].clone(),
        _ => Value::None,
    }
}

/// Where `v` sits in the range, if it is one of its numbers.
fn range_position(r: (i64, i64, i64), v: &Value) -> Option<i64> {
    let Value::Int(x) = v else { return None };
    let (start, stop, step) = r;
    let inside = if step > 0 { *x >= start && *x < stop } else { *x <= start && *x > stop };
    (inside && (x - start) % step == 0).then(|| (x - start) / step)
}

/// Installs the attributes and methods of `range` and `slice`.
pub fn install(interp: &Interp) {
    let t = &interp.types;
    properties(&t.range, &[
        ("start", |_, a| Ok(Value::Int(range_of(&a).0))),
        ("stop", |_, a| Ok(Value::Int(range_of(&a).1))),
        ("step", |_, a| Ok(Value::Int(range_of(&a).2))),
    ]);
    put(&t.range, &[
        ("count", |_, a| Ok(Value::Int(range_position(range_of(&a), a.pos.get(1).unwrap_or(&Value::None)).is_some() as i64))),
        ("index", |i, a| {
            let v = a.pos.get(1).cloned().unwrap_or(Value::None);
            match range_position(range_of(&a), &v) {
                Some(p) => Ok(Value::Int(p)),
                None => Err(i.value_error(format!("{} is not in range", i.repr(&v)?))),
            }
        }),
    ]);
    properties(&t.slice, &[
        ("start", |_, a| Ok(slice_part(&a, 0))),
        ("stop", |_, a| Ok(slice_part(&a, 1))),
        ("step", |_, a| Ok(slice_part(&a, 2))),
    ]);
    put(&t.slice, &[("indices", slice_indices)]);
}

fn slice_indices(i: &Interp, a: Args) -> PyResult<Value> {
    let Some(Value::Slice(s)) = a.pos.first() else { return Err(i.type_error("descriptor 'indices' requires a 'slice'")) };
    let len = match a.pos.get(1) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        Some(Value::Int(_)) => return Err(i.value_error("length should not be negative")),
        _ => return Err(i.type_error("'indices' requires an integer length")),
    };
    let (start, stop, step) = crate::python::subscript::slice_indices(i, s, len)?;
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}
