//! `list.sort` (also behind `sorted`): a stable merge sort driven by Python comparisons.

use crate::python::ast::CmpOp;
use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;

/// Sorts a list value in place, with optional `key` and `reverse`, stably.
pub fn sort(interp: &Interp, list: &Value, key: Option<Value>, reverse: Option<Value>) -> PyResult<()> {
    let Value::List(l) = list else { return Err(interp.type_error("sort needs a list")) };
    let reverse = match reverse {
        Some(r) => interp.truthy(&r)?,
        None => false,
    };
    let items = l.borrow_mut().take();
    let keyed: Vec<(Value, Value)> = match key.filter(|k| !k.is_none()) {
        Some(f) => items
            .into_iter()
            .map(|x| Ok((interp.call(&f, Args::new(vec![x.clone()]))?, x)))
            .collect::<PyResult<_>>()?,
        None => items.into_iter().map(|x| (x.clone(), x)).collect(),
    };
    let mut keyed = keyed;
    if reverse {
        keyed.reverse();
    }
    let mut buf = keyed.clone();
    let r = merge_sort(interp, &mut keyed, &mut buf);
    if reverse {
        keyed.reverse();
    }
    **l.borrow_mut() = keyed.into_iter().map(|(_, v)| v).collect();
    r
}

/// Stable top-down merge sort on `(key, value)` pairs using Python's `<`; never panics on
/// inconsistent comparisons, and stops at the first comparison error.
fn merge_sort(interp: &Interp, v: &mut [(Value, Value)], buf: &mut [(Value, Value)]) -> PyResult<()> {
    let n = v.len();
    if n <= 1 {
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(interp, &mut v[..mid], &mut buf[..mid])?;
    merge_sort(interp, &mut v[mid..], &mut buf[mid..])?;
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if interp.order(CmpOp::Lt, &v[j].0, &v[i].0)? {
            buf[k] = v[j].clone();
            j += 1;
        } else {
            buf[k] = v[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        buf[k] = v[i].clone();
        i += 1;
        k += 1;
    }
    while j < n {
        buf[k] = v[j].clone();
        j += 1;
        k += 1;
    }
    v.clone_from_slice(&buf[..n]);
    Ok(())
}
