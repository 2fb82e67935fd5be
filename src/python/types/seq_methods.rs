//! Methods of `list` and `tuple` (sorting lives in `list.rs`).

use crate::python::exceptions::ExcType;
use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use std::rc::Rc;
use super::methods::put;

fn list_of(a: &Args) -> Rc<std::cell::RefCell<crate::python::items::ListItems>> {
    match &a.pos[0] {
        Value::List(l) => l.clone(),
        _ => Rc::new(std::cell::RefCell::new(Vec::new().into())),
    }
}

/// Installs the methods of `list` and `tuple`.
pub fn install(interp: &Interp) {
    let t = &interp.types;
    put(&t.list, &[
        ("append", |i, a| {
            if a.pos.len() != 2 {
                return Err(i.type_error(format!("list.append() takes exactly one argument ({} given)", a.pos.len() - 1)));
            }
            list_of(&a).borrow_mut().push(a.pos[1].clone());
            Ok(Value::None)
        }),
        ("extend", |i, a| {
            let items = i.collect(a.pos.get(1).unwrap_or(&Value::None))?;
            list_of(&a).borrow_mut().extend(items);
            Ok(Value::None)
        }),
        ("insert", |i, a| {
            let l = list_of(&a);
            let len = l.borrow().len() as i64;
            let idx = match a.pos.get(1) {
                Some(Value::Int(n)) => if *n < 0 { (*n + len).max(0) } else { (*n).min(len) },
                _ => return Err(i.type_error("insert expected 2 arguments")),
            };
            l.borrow_mut().insert(idx as usize, a.pos.get(2).cloned().unwrap_or(Value::None));
            Ok(Value::None)
        }),
        ("pop", |i, a| {
            let l = list_of(&a);
            let len = l.borrow().len() as i64;
            if len == 0 {
                return Err(i.err(ExcType::IndexError, "pop from empty list"));
            }
            let idx = match a.pos.get(1) {
                Some(Value::Int(n)) => if *n < 0 { *n + len } else { *n },
                _ => len - 1,
            };
            if idx < 0 || idx >= len {
                return Err(i.err(ExcType::IndexError, "pop index out of range"));
            }
            let removed = l.borrow_mut().remove(idx as usize);
            Ok(removed)
        }),
        ("remove", |i, a| {
            let l = list_of(&a);
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            let items = l.borrow().clone();
            for (n, x) in items.iter().enumerate() {
                if i.eq(x, &target)? {
                    l.borrow_mut().remove(n);
                    return Ok(Value::None);
                }
            }
            Err(i.value_error("list.remove(x): x not in list"))
        }),
        ("index", |i, a| {
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            let items = list_of(&a).borrow().clone();
            for (n, x) in items.iter().enumerate() {
                if i.eq(x, &target)? {
                    return Ok(Value::Int(n as i64));
                }
            }
            Err(i.value_error(format!("{} is not in list", i.repr(&target)?)))
        }),
        ("count", |i, a| {
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            let items = list_of(&a).borrow().clone();
            let mut n = 0;
            for x in &items {
                if i.eq(x, &target)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }),
        ("sort", |i, mut a| {
            let key = a.take_kw("key");
            let reverse = a.take_kw("reverse");
            super::list::sort(i, &a.pos[0], key, reverse)?;
            Ok(Value::None)
        }),
        ("reverse", |_, a| {
            list_of(&a).borrow_mut().reverse();
            Ok(Value::None)
        }),
        ("copy", |_, a| Ok(Value::list(list_of(&a).borrow().clone()))),
        ("clear", |_, a| {
            list_of(&a).borrow_mut().clear();
            Ok(Value::None)
        }),
    ]);
    put(&t.tuple, &[
        ("index", |i, a| {
            let Value::Tuple(t) = &a.pos[0] else { return Ok(Value::None) };
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            for (n, x) in t.iter().enumerate() {
                if i.eq(x, &target)? {
                    return Ok(Value::Int(n as i64));
                }
            }
            Err(i.value_error("tuple.index(x): x not in tuple"))
        }),
        ("count", |i, a| {
            let Value::Tuple(t) = &a.pos[0] else { return Ok(Value::None) };
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            let mut n = 0;
            for x in t.iter() {
                if i.eq(x, &target)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }),
    ]);
}
