//! Methods of `set` and `frozenset` (the algebra itself lives in `set.rs`).

use super::methods::put;
use super::set::{set_like, table};
use crate::python::ast::{BinOp, CmpOp};
use crate::python::exceptions::ExcType;
use crate::python::interp::Interp;
use crate::python::object::{Args, BuiltinFn};
use crate::python::value::Value;
use crate::python::PyResult;
use std::cell::RefCell;
use std::rc::Rc;

/// The receiver's table, for the methods only `set` has.
fn this(i: &Interp, a: &Args) -> PyResult<Rc<RefCell<crate::python::dict::Dict>>> {
    match a.pos.first() {
        Some(Value::Set(d)) => Ok(d.clone()),
        _ => Err(i.type_error("descriptor requires a 'set' object")),
    }
}

fn arg(a: &Args) -> Value {
    a.pos.get(1).cloned().unwrap_or(Value::None)
}

/// `union`, `intersection`, `difference` with any number of iterables.
fn multi(i: &Interp, a: &Args, op: BinOp) -> PyResult<Value> {
    let so = &a.pos[0];
    let others = &a.pos[1..];
    let Some(first) = others.first() else {
        return Ok(set_like(so, i.set_copy(&table(so).unwrap_or_default())?));
    };
    let mut acc = i.set_binop(op, so, first)?;
    for other in &others[1..] {
        acc = match (op, &acc) {
            (BinOp::BitAnd, _) => i.set_binop(op, &acc, other)?,
            (_, Value::Set(d)) => {
                i.set_inplace(op, d, other)?;
                acc
            }
            _ => {
                let d = Rc::new(RefCell::new(table(&acc).unwrap_or_default()));
                i.set_inplace(op, &d, other)?;
                let result = d.borrow().clone();
                set_like(so, result)
            }
        };
    }
    Ok(acc)
}

/// `issubset` / `issuperset` against any iterable.
fn order(i: &Interp, a: &Args, op: CmpOp) -> PyResult<Value> {
    let other = arg(a);
    let other = match table(&other) {
        Some(_) => other,
        None => Value::FrozenSet(Rc::new(i.set_from(&other)?)),
    };
    Ok(Value::Bool(super::set::set_order(i, op, &a.pos[0], &other)?))
}

/// Installs the methods of `set` and `frozenset`.
pub fn install(interp: &Interp) {
    let shared: &[(&'static str, BuiltinFn)] = &[
        ("union", |i, a| multi(i, &a, BinOp::BitOr)),
        ("intersection", |i, a| multi(i, &a, BinOp::BitAnd)),
        ("difference", |i, a| multi(i, &a, BinOp::Sub)),
        ("symmetric_difference", |i, a| i.set_binop(BinOp::BitXor, &a.pos[0], &arg(&a))),
        ("issubset", |i, a| order(i, &a, CmpOp::LtE)),
        ("issuperset", |i, a| order(i, &a, CmpOp::GtE)),
        ("isdisjoint", |i, a| {
            let so = table(&a.pos[0]).unwrap_or_default();
            for x in i.collect(&arg(&a))? {
                if i.dict_lookup(&so, &x)?.is_some() {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }),
    ];
    put(&interp.types.set, shared);
    put(&interp.types.frozenset, shared);
    put(&interp.types.frozenset, &[("copy", |_, a| Ok(a.pos[0].clone()))]);
    put(&interp.types.set, &[
        ("copy", |i, a| Ok(Value::Set(Rc::new(RefCell::new(i.set_copy(&this(i, &a)?.borrow())?))))),
        ("add", |i, a| {
            let d = this(i, &a)?;
            i.dict_insert(&mut d.borrow_mut(), arg(&a), Value::None)?;
            Ok(Value::None)
        }),
        ("discard", |i, a| {
            let d = this(i, &a)?;
            i.dict_remove(&mut d.borrow_mut(), &arg(&a))?;
            Ok(Value::None)
        }),
        ("remove", |i, a| {
            let d = this(i, &a)?;
            let key = arg(&a);
            let removed = i.dict_remove(&mut d.borrow_mut(), &key)?;
            match removed {
                Some(_) => Ok(Value::None),
                None => Err(crate::python::subscript::key_error(i, &key)),
            }
        }),
        ("pop", |i, a| match this(i, &a)?.borrow_mut().pop_slot() {
            Some(e) => Ok(e.key),
            None => Err(i.err(ExcType::KeyError, "pop from an empty set")),
        }),
        ("clear", |i, a| {
            this(i, &a)?.borrow_mut().clear();
            Ok(Value::None)
        }),
        ("update", |i, a| {
            let d = this(i, &a)?;
            for src in &a.pos[1..] {
                i.set_inplace(BinOp::BitOr, &d, src)?;
            }
            Ok(Value::None)
        }),
        ("intersection_update", |i, a| {
            let d = this(i, &a)?;
            for src in &a.pos[1..] {
                i.set_inplace(BinOp::BitAnd, &d, src)?;
            }
            Ok(Value::None)
        }),
        ("difference_update", |i, a| {
            let d = this(i, &a)?;
            for src in &a.pos[1..] {
                i.set_inplace(BinOp::Sub, &d, src)?;
            }
            Ok(Value::None)
        }),
        ("symmetric_difference_update", |i, a| {
            i.set_inplace(BinOp::BitXor, &this(i, &a)?, &arg(&a))?;
            Ok(Value::None)
        }),
    ]);
}
