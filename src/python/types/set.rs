//! Set algebra shared by `set` and `frozenset`: `| & - ^` and subset comparisons.

use crate::python::ast::{BinOp, CmpOp};
use crate::python::dict::Dict;
use crate::python::interp::Interp;
use crate::python::value::Value;
use crate::python::PyResult;
use std::cell::RefCell;
use std::rc::Rc;

fn table(v: &Value) -> Dict {
    match v {
        Value::Set(d) => d.borrow().clone(),
        Value::FrozenSet(d) => (**d).clone(),
        _ => Dict::new(),
    }
}

/// `a op b` for two sets; the result has `a`'s type.
pub fn set_op(interp: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (table(a), table(b));
    let mut out = Dict::new();
    match op {
        BinOp::BitOr => {
            for e in x.iter().chain(y.iter()) {
                interp.dict_insert(&mut out, e.key.clone(), Value::None)?;
            }
        }
        BinOp::BitAnd => {
            for e in x.iter() {
                if interp.dict_lookup(&y, &e.key)?.is_some() {
                    interp.dict_insert(&mut out, e.key.clone(), Value::None)?;
                }
            }
        }
        BinOp::Sub => {
            for e in x.iter() {
                if interp.dict_lookup(&y, &e.key)?.is_none() {
                    interp.dict_insert(&mut out, e.key.clone(), Value::None)?;
                }
            }
        }
        _ => {
            for e in x.iter() {
                if interp.dict_lookup(&y, &e.key)?.is_none() {
                    interp.dict_insert(&mut out, e.key.clone(), Value::None)?;
                }
            }
            for e in y.iter() {
                if interp.dict_lookup(&x, &e.key)?.is_none() {
                    interp.dict_insert(&mut out, e.key.clone(), Value::None)?;
                }
            }
        }
    }
    Ok(match a {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(out)),
        _ => Value::Set(Rc::new(RefCell::new(out))),
    })
}

fn subset(interp: &Interp, x: &Dict, y: &Dict) -> PyResult<bool> {
    for e in x.iter() {
        if interp.dict_lookup(y, &e.key)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a < b` and friends for sets: subset and superset tests.
pub fn set_order(interp: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = (table(a), table(b));
    Ok(match op {
        CmpOp::LtE => subset(interp, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && subset(interp, &x, &y)?,
        CmpOp::GtE => subset(interp, &y, &x)?,
        _ => x.len() > y.len() && subset(interp, &y, &x)?,
    })
}
