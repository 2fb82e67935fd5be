//! Methods of `set` (the algebra itself lives in `set.rs`).

use crate::python::exceptions::ExcType;
use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;
use super::methods::put;
use super::dict_methods::dict_of;

/// Installs the methods of `set`.
pub fn install(interp: &Interp) {
    let t = &interp.types;
    put(&t.set, &[
        ("add", |i, a| {
            let d = dict_of(&a);
            i.dict_insert(&mut d.borrow_mut(), a.pos.get(1).cloned().unwrap_or(Value::None), Value::None)?;
            Ok(Value::None)
        }),
        ("discard", |i, a| {
            let d = dict_of(&a);
            i.dict_remove(&mut d.borrow_mut(), a.pos.get(1).unwrap_or(&Value::None))?;
            Ok(Value::None)
        }),
        ("remove", |i, a| {
            let d = dict_of(&a);
            let key = a.pos.get(1).cloned().unwrap_or(Value::None);
            let removed = i.dict_remove(&mut d.borrow_mut(), &key)?;
            match removed {
                Some(_) => Ok(Value::None),
                None => Err(crate::python::subscript::key_error(i, &key)),
            }
        }),
        ("pop", |i, a| match dict_of(&a).borrow_mut().pop_last() {
            Some(e) => Ok(e.key),
            None => Err(i.err(ExcType::KeyError, "'pop from an empty set'")),
        }),
        ("clear", |_, a| {
            dict_of(&a).borrow_mut().clear();
            Ok(Value::None)
        }),
        ("copy", |_, a| Ok(Value::Set(Rc::new(std::cell::RefCell::new(dict_of(&a).borrow().clone()))))),
        ("update", |i, a| {
            for src in &a.pos[1..] {
                for x in i.collect(src)? {
                    let d = dict_of(&a);
                    i.dict_insert(&mut d.borrow_mut(), x, Value::None)?;
                }
            }
            Ok(Value::None)
        }),
        ("union", |i, a| set_method(i, a, crate::python::ast::BinOp::BitOr)),
        ("intersection", |i, a| set_method(i, a, crate::python::ast::BinOp::BitAnd)),
        ("difference", |i, a| set_method(i, a, crate::python::ast::BinOp::Sub)),
        ("issubset", |i, a| {
            let other = i.build_set(i.collect(a.pos.get(1).unwrap_or(&Value::None))?)?;
            Ok(Value::Bool(super::set::set_order(i, crate::python::ast::CmpOp::LtE, &a.pos[0], &other)?))
        }),
        ("issuperset", |i, a| {
            let other = i.build_set(i.collect(a.pos.get(1).unwrap_or(&Value::None))?)?;
            Ok(Value::Bool(super::set::set_order(i, crate::python::ast::CmpOp::GtE, &a.pos[0], &other)?))
        }),
    ]);
}

fn set_method(i: &Interp, a: Args, op: crate::python::ast::BinOp) -> PyResult<Value> {
    let mut acc = a.pos[0].clone();
    for other in &a.pos[1..] {
        let o = i.build_set(i.collect(other)?)?;
        acc = super::set::set_op(i, op, &acc, &o)?;
    }
    Ok(acc)
}
