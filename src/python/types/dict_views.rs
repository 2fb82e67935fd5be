//! `dict.keys()`, `dict.values()`, `dict.items()`: live views over a dict, with `len`, `in`,
//! iteration, CPython's reprs, and set algebra on key and item views.

use crate::python::ast::BinOp;
use crate::python::dict::Dict;
use crate::python::interp::{builtin, Interp};
use crate::python::iterators::{DictIter, DictPart};
use crate::python::object::{downcast_rc, Args, BuiltinFn, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A view of one part of every entry of a dict.
pub struct DictView {
    dict: Rc<RefCell<Dict>>,
    part: DictPart,
}

impl DictView {
    /// A new view value.
    pub fn value(dict: Rc<RefCell<Dict>>, part: DictPart) -> Value {
        Value::Native(Rc::new(DictView { dict, part }))
    }

    fn items(&self) -> Vec<Value> {
        self.dict
            .borrow()
            .iter()
            .map(|e| match self.part {
                DictPart::Keys => e.key.clone(),
                DictPart::Values => e.value.clone(),
                DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
            })
            .collect()
    }
}

fn this(i: &Interp, a: &Args) -> PyResult<Rc<DictView>> {
    match a.pos.first() {
        Some(Value::Native(n)) => downcast_rc::<DictView>(n).ok_or_else(|| i.type_error("expected a dict view")),
        _ => Err(i.type_error("expected a dict view")),
    }
}

/// `view op other` (or `other op view` when `reflected`): both sides as sets.
fn set_algebra(i: &Interp, a: &Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    let view = i.build_set(this(i, a)?.items())?;
    let other = match a.pos.get(1) {
        Some(v) => match i.iter(v) {
            Ok(_) => i.build_set(i.collect(v)?)?,
            Err(_) => return Ok(Value::NotImplemented),
        },
        None => return Ok(Value::NotImplemented),
    };
    let (x, y) = if reflected { (other, view) } else { (view, other) };
    i.set_binop(op, &x, &y)
}

fn install_set_algebra(cls: &Rc<Class>) {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("__and__", |i, a| set_algebra(i, &a, BinOp::BitAnd, false)),
        ("__rand__", |i, a| set_algebra(i, &a, BinOp::BitAnd, true)),
        ("__or__", |i, a| set_algebra(i, &a, BinOp::BitOr, false)),
        ("__ror__", |i, a| set_algebra(i, &a, BinOp::BitOr, true)),
        ("__sub__", |i, a| set_algebra(i, &a, BinOp::Sub, false)),
        ("__rsub__", |i, a| set_algebra(i, &a, BinOp::Sub, true)),
        ("__xor__", |i, a| set_algebra(i, &a, BinOp::BitXor, false)),
        ("__rxor__", |i, a| set_algebra(i, &a, BinOp::BitXor, true)),
        ("isdisjoint", |i, a| {
            this(i, &a)?;
            for x in i.collect(a.pos.get(1).unwrap_or(&Value::None))? {
                if i.contains(&a.pos[0], &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }),
    ];
    let mut attrs = cls.attrs.borrow_mut();
    for (name, f) in table {
        attrs.set(Rc::from(*name), builtin(name, *f));
    }
}

fn contains(i: &Interp, a: Args) -> PyResult<Value> {
    let view = this(i, &a)?;
    let item = a.pos.get(1).cloned().unwrap_or(Value::None);
    let found = match view.part {
        DictPart::Keys => i.dict_lookup(&view.dict.borrow(), &item)?.is_some(),
        DictPart::Values => {
            let values = view.items();
            let mut found = false;
            for v in &values {
                if v.is(&item) || i.eq(v, &item)? {
                    found = true;
                    break;
                }
            }
            found
        }
        DictPart::Items => match &item {
            Value::Tuple(t) if t.len() == 2 => {
                let value = i.dict_lookup(&view.dict.borrow(), &t[0])?;
                match value {
                    Some(v) => v.is(&t[1]) || i.eq(&v, &t[1])?,
                    None => false,
                }
            }
            _ => false,
        },
    };
    Ok(Value::Bool(found))
}

fn view_class(interp: &Interp, part: DictPart) -> Rc<Class> {
    fn common(cls: &Rc<Class>) {
        cls.attrs.borrow_mut().set(Rc::from("__contains__"), builtin("__contains__", contains));
    }
    match part {
        DictPart::Keys => interp.native_class("dict_keys", |_, cls| {
            common(cls);
            install_set_algebra(cls);
        }),
        DictPart::Values => interp.native_class("dict_values", |_, cls| common(cls)),
        DictPart::Items => interp.native_class("dict_items", |_, cls| {
            common(cls);
            install_set_algebra(cls);
        }),
    }
}

impl Native for DictView {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        view_class(interp, self.part)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, interp: &Interp) -> Option<PyResult<String>> {
        let name = self.class(interp).name.clone();
        Some(interp.repr(&Value::list(self.items())).map(|inner| format!("{name}({inner})")))
    }
    fn iter(&self, _interp: &Interp, _this: &Value) -> Option<PyResult<Value>> {
        Some(Ok(DictIter::value(self.dict.clone(), self.part)))
    }
    fn len(&self, _interp: &Interp) -> Option<PyResult<usize>> {
        Some(Ok(self.dict.borrow().len()))
    }
}
