//! `collections.deque`: a double-ended queue with an optional `maxlen` (appending to a full
//! deque drops an item from the other end), CPython's repr and error messages.

use crate::python::exceptions::ExcType;
use crate::python::interp::{builtin, Interp};
use crate::python::iterators::SeqIter;
use crate::python::object::{downcast_rc, Args, BuiltinFn, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// A deque value.
pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Option<usize>,
}

impl Deque {
    fn push(&self, v: Value, left: bool) {
        let mut items = self.items.borrow_mut();
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| items.len() >= m) {
            if left {
                items.pop_back();
            } else {
                items.pop_front();
            }
        }
        if left {
            items.push_front(v);
        } else {
            items.push_back(v);
        }
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

fn this(i: &Interp, a: &Args) -> PyResult<Rc<Deque>> {
    match a.pos.first() {
        Some(Value::Native(n)) => downcast_rc::<Deque>(n).ok_or_else(|| i.type_error("descriptor requires a 'collections.deque' object")),
        _ => Err(i.type_error("descriptor requires a 'collections.deque' object")),
    }
}

fn arg(a: &Args, n: usize) -> Value {
    a.pos.get(n).cloned().unwrap_or(Value::None)
}

/// `deque(iterable=(), maxlen=None)` (as `__new__`: the class comes first).
fn new(i: &Interp, mut a: Args) -> PyResult<Value> {
    let maxlen = a.take_kw("maxlen").or_else(|| a.pos.get(2).cloned());
    let iterable = a.take_kw("iterable").or_else(|| a.pos.get(1).cloned());
    a.no_kwargs(i, "deque")?;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) if n >= 0 => Some(n as usize),
        Some(Value::Int(_)) => return Err(i.value_error("maxlen must be non-negative")),
        Some(v) => return Err(i.type_error(format!("an integer is required, not '{}'", i.type_name(&v)))),
    };
    let d = Deque { items: RefCell::new(VecDeque::new()), maxlen };
    if let Some(src) = iterable {
        for x in i.collect(&src)? {
            d.push(x, false);
        }
    }
    Ok(Value::Native(Rc::new(d)))
}

fn pop(i: &Interp, a: &Args, left: bool) -> PyResult<Value> {
    let d = this(i, a)?;
    let item = if left { d.items.borrow_mut().pop_front() } else { d.items.borrow_mut().pop_back() };
    item.ok_or_else(|| i.err(ExcType::IndexError, "pop from an empty deque"))
}

fn extend(i: &Interp, a: &Args, left: bool) -> PyResult<Value> {
    let d = this(i, a)?;
    for x in i.collect(&arg(a, 1))? {
        d.push(x, left);
    }
    Ok(Value::None)
}

/// The position `key` names in a deque of `len` items, or CPython's `IndexError`.
fn position(i: &Interp, key: &Value, len: usize) -> PyResult<usize> {
    let Value::Int(n) = key else {
        return Err(i.type_error(format!("sequence index must be integer, not '{}'", i.type_name(key))));
    };
    let p = if *n < 0 { *n + len as i64 } else { *n };
    if p < 0 || p >= len as i64 {
        return Err(i.err(ExcType::IndexError, "deque index out of range"));
    }
    Ok(p as usize)
}

/// The index of the first item equal to `target`, if any.
fn find(i: &Interp, d: &Deque, target: &Value) -> PyResult<Option<usize>> {
    for (n, x) in d.snapshot().iter().enumerate() {
        if x.is(target) || i.eq(x, target)? {
            return Ok(Some(n));
        }
    }
    Ok(None)
}

fn install(_: &Interp, cls: &Rc<Class>) {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("__new__", new),
        ("append", |i, a| {
            this(i, &a)?.push(arg(&a, 1), false);
            Ok(Value::None)
        }),
        ("appendleft", |i, a| {
            this(i, &a)?.push(arg(&a, 1), true);
            Ok(Value::None)
        }),
        ("pop", |i, a| pop(i, &a, false)),
        ("popleft", |i, a| pop(i, &a, true)),
        ("extend", |i, a| extend(i, &a, false)),
        ("extendleft", |i, a| extend(i, &a, true)),
        ("clear", |i, a| {
            this(i, &a)?.items.borrow_mut().clear();
            Ok(Value::None)
        }),
        ("copy", |i, a| {
            let d = this(i, &a)?;
            let items = d.items.borrow().clone();
            Ok(Value::Native(Rc::new(Deque { items: RefCell::new(items), maxlen: d.maxlen })))
        }),
        ("reverse", |i, a| {
            let d = this(i, &a)?;
            let mut items = d.items.borrow_mut();
            let reversed: VecDeque<Value> = items.drain(..).rev().collect();
            *items = reversed;
            Ok(Value::None)
        }),
        ("rotate", |i, a| {
            let d = this(i, &a)?;
            let n = match a.pos.get(1) {
                None => 1,
                Some(Value::Int(n)) => *n,
                Some(v) => return Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(v)))),
            };
            let mut items = d.items.borrow_mut();
            let len = items.len() as i64;
            if len > 0 {
                let k = n.rem_euclid(len) as usize;
                items.rotate_right(k);
            }
            Ok(Value::None)
        }),
        ("count", |i, a| {
            let target = arg(&a, 1);
            let mut n = 0;
            for x in this(i, &a)?.snapshot() {
                if x.is(&target) || i.eq(&x, &target)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }),
        ("index", |i, a| match find(i, &*this(i, &a)?, &arg(&a, 1))? {
            Some(n) => Ok(Value::Int(n as i64)),
            None => Err(i.value_error(format!("{} is not in deque", i.repr(&arg(&a, 1))?))),
        }),
        ("remove", |i, a| {
            let d = this(i, &a)?;
            match find(i, &d, &arg(&a, 1))? {
                Some(n) => {
                    d.items.borrow_mut().remove(n);
                    Ok(Value::None)
                }
                None => Err(i.value_error(format!("{} is not in deque", i.repr(&arg(&a, 1))?))),
            }
        }),
        ("__getitem__", |i, a| {
            let d = this(i, &a)?;
            let p = position(i, &arg(&a, 1), d.items.borrow().len())?;
            let item = d.items.borrow()[p].clone();
            Ok(item)
        }),
        ("__setitem__", |i, a| {
            let d = this(i, &a)?;
            let p = position(i, &arg(&a, 1), d.items.borrow().len())?;
            d.items.borrow_mut()[p] = arg(&a, 2);
            Ok(Value::None)
        }),
        ("__contains__", |i, a| Ok(Value::Bool(find(i, &*this(i, &a)?, &arg(&a, 1))?.is_some()))),
        ("__reversed__", |i, a| {
            let mut items = this(i, &a)?.snapshot();
            items.reverse();
            Ok(SeqIter::value(Value::list(items)))
        }),
        ("__eq__", |i, a| {
            let d = this(i, &a)?;
            match a.pos.get(1) {
                Some(Value::Native(n)) => match n.downcast::<Deque>() {
                    Some(other) => Ok(Value::Bool(i.eq(&Value::list(d.snapshot()), &Value::list(other.snapshot()))?)),
                    None => Ok(Value::NotImplemented),
                },
                _ => Ok(Value::NotImplemented),
            }
        }),
    ];
    let mut attrs = cls.attrs.borrow_mut();
    for (name, f) in table {
        attrs.set(Rc::from(*name), builtin(name, *f));
    }
}

/// The `collections.deque` class.
pub fn deque_class(interp: &Interp) -> Rc<Class> {
    interp.native_class("collections.deque", install)
}

impl Native for Deque {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        deque_class(interp)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _interp: &Interp, name: &str) -> Option<PyResult<Value>> {
        (name == "maxlen").then(|| Ok(self.maxlen.map_or(Value::None, |m| Value::Int(m as i64))))
    }
    fn repr(&self, interp: &Interp) -> Option<PyResult<String>> {
        let inner = match interp.repr(&Value::list(self.snapshot())) {
            Ok(s) => s,
            Err(e) => return Some(Err(e)),
        };
        Some(Ok(match self.maxlen {
            Some(m) => format!("deque({inner}, maxlen={m})"),
            None => format!("deque({inner})"),
        }))
    }
    fn iter(&self, _interp: &Interp, _this: &Value) -> Option<PyResult<Value>> {
        Some(Ok(SeqIter::value(Value::list(self.snapshot()))))
    }
    fn len(&self, _interp: &Interp) -> Option<PyResult<usize>> {
        Some(Ok(self.items.borrow().len()))
    }
}
