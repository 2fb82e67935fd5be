//! Methods of `dict`.

use crate::python::exceptions::ExcType;
use crate::python::descriptors::ClassMethod;
use crate::python::interp::{builtin, Interp};
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;
use super::methods::put;
use crate::python::iterators::DictPart;

/// The table of the receiver (`a.pos[0]`), a dict or set.
pub fn dict_of(a: &Args) -> Rc<std::cell::RefCell<crate::python::dict::Dict>> {
    match &a.pos[0] {
        Value::Dict(d) | Value::Set(d) => d.clone(),
        _ => Rc::new(std::cell::RefCell::new(crate::python::dict::Dict::new())),
    }
}

/// Installs the methods of `dict`.
pub fn install(interp: &Interp) {
    let t = &interp.types;
    put(&t.dict, &[
        ("get", |i, a| {
            let d = dict_of(&a);
            let found = i.dict_lookup(&d.borrow(), a.pos.get(1).unwrap_or(&Value::None))?;
            Ok(found.unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
        }),
        ("keys", |_, a| Ok(super::dict_views::DictView::value(dict_of(&a), DictPart::Keys))),
        ("values", |_, a| Ok(super::dict_views::DictView::value(dict_of(&a), DictPart::Values))),
        ("items", |_, a| Ok(super::dict_views::DictView::value(dict_of(&a), DictPart::Items))),
        ("pop", |i, a| {
            let d = dict_of(&a);
            let key = a.pos.get(1).cloned().unwrap_or(Value::None);
            let removed = i.dict_remove(&mut d.borrow_mut(), &key)?;
            match (removed, a.pos.get(2)) {
                (Some(v), _) => Ok(v),
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => Err(crate::python::subscript::key_error(i, &key)),
            }
        }),
        ("popitem", |i, a| match dict_of(&a).borrow_mut().pop_last() {
            Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
            None => Err(i.err(ExcType::KeyError, "popitem(): dictionary is empty")),
        }),
        ("setdefault", |i, a| {
            let key = a.pos.get(1).cloned().unwrap_or(Value::None);
            let found = i.dict_lookup(&dict_of(&a).borrow(), &key)?;
            match found {
                Some(v) => Ok(v),
                None => {
                    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
                    i.set_item(&a.pos[0], key, v.clone())?;
                    Ok(v)
                }
            }
        }),
        ("update", |i, a| {
            if let Some(src) = a.pos.get(1) {
                let entries: Vec<(Value, Value)> = match src {
                    Value::Dict(s) => s.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
                    other => i
                        .collect(other)?
                        .into_iter()
                        .map(|p| {
                            let kv = i.collect(&p)?;
                            Ok((kv.first().cloned().unwrap_or(Value::None), kv.get(1).cloned().unwrap_or(Value::None)))
                        })
                        .collect::<PyResult<_>>()?,
                };
                for (k, v) in entries {
                    i.set_item(&a.pos[0], k, v)?;
                }
            }
            for (k, v) in a.kw.iter() {
                i.set_item(&a.pos[0], Value::Str(k.clone()), v.clone())?;
            }
            Ok(Value::None)
        }),
        ("copy", |_, a| Ok(Value::dict(dict_of(&a).borrow().clone()))),
        ("clear", |_, a| {
            dict_of(&a).borrow_mut().clear();
            Ok(Value::None)
        }),
    ]);
    let fromkeys = ClassMethod(builtin("fromkeys", fromkeys));
    t.dict.attrs.borrow_mut().set(Rc::from("fromkeys"), Value::Native(Rc::new(fromkeys)));
}

/// `dict.fromkeys(iterable, value=None)`: every key maps to the same value object.
fn fromkeys(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "fromkeys", 2, 3)?;
    let value = a.pos.get(2).cloned().unwrap_or(Value::None);
    let d = Value::dict(crate::python::dict::Dict::new());
    for k in i.collect(&a.pos[1])? {
        i.set_item(&d, k, value.clone())?;
    }
    Ok(d)
}
