//! `property`, `staticmethod` and `classmethod`: class attributes that change how lookup on
//! an instance or class returns them (see `protocol.rs`, `bind`).

use super::interp::{builtin, Interp};
use super::object::{Args, Class, Native};
use super::value::Value;
use super::PyResult;
use std::any::Any;
use std::rc::Rc;

/// `property(fget, fset, fdel)`.
pub struct Property {
    /// Getter.
    pub fget: Option<Value>,
    /// Setter.
    pub fset: Option<Value>,
    /// Deleter.
    pub fdel: Option<Value>,
}

/// `staticmethod(f)`.
pub struct StaticMethod(pub Value);

/// `classmethod(f)`.
pub struct ClassMethod(pub Value);

/// The `property` class.
pub fn property_class(interp: &Interp) -> Rc<Class> {
    interp.native_class("property", |_, cls| {
        let mut attrs = cls.attrs.borrow_mut();
        attrs.set(Rc::from("setter"), builtin("setter", property_setter));
        attrs.set(Rc::from("getter"), builtin("getter", property_getter));
        attrs.set(Rc::from("deleter"), builtin("deleter", property_deleter));
        attrs.set(Rc::from("__new__"), builtin("property", new_property));
    })
}

impl Native for Property {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        property_class(interp)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _interp: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "fget" => Some(Ok(self.fget.clone().unwrap_or(Value::None))),
            "fset" => Some(Ok(self.fset.clone().unwrap_or(Value::None))),
            _ => None,
        }
    }
}

impl Native for StaticMethod {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        staticmethod_class(interp)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn call(&self, interp: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some(interp.call(&self.0, args))
    }
}

impl Native for ClassMethod {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        classmethod_class(interp)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `staticmethod` class.
pub fn staticmethod_class(interp: &Interp) -> Rc<Class> {
    interp.native_class("staticmethod", |_, cls| {
        cls.attrs.borrow_mut().set(Rc::from("__new__"), builtin("staticmethod", new_staticmethod));
    })
}

/// The `classmethod` class.
pub fn classmethod_class(interp: &Interp) -> Rc<Class> {
    interp.native_class("classmethod", |_, cls| {
        cls.attrs.borrow_mut().set(Rc::from("__new__"), builtin("classmethod", new_classmethod));
    })
}

fn non_none(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !v.is_none())
}

/// `property(fget=None, fset=None, fdel=None)`.
fn new_property(interp: &Interp, mut args: Args) -> PyResult<Value> {
    let fget = args.take_kw("fget");
    let fset = args.take_kw("fset");
    let fdel = args.take_kw("fdel");
    args.no_kwargs(interp, "property")?;
    let mut pos = args.pos.into_iter().skip(1);
    Ok(Value::Native(Rc::new(Property {
        fget: non_none(pos.next().or(fget)),
        fset: non_none(pos.next().or(fset)),
        fdel: non_none(pos.next().or(fdel)),
    })))
}

fn with_accessor(interp: &Interp, args: Args, which: usize) -> PyResult<Value> {
    args.check(interp, "property", 2, 2)?;
    let Value::Native(n) = &args.pos[0] else { return Err(interp.type_error("descriptor needs a property")) };
    let Some(p) = n.downcast::<Property>() else { return Err(interp.type_error("descriptor needs a property")) };
    let f = Some(args.pos[1].clone());
    let new = match which {
        0 => Property { fget: f, fset: p.fset.clone(), fdel: p.fdel.clone() },
        1 => Property { fget: p.fget.clone(), fset: f, fdel: p.fdel.clone() },
        _ => Property { fget: p.fget.clone(), fset: p.fset.clone(), fdel: f },
    };
    Ok(Value::Native(Rc::new(new)))
}

fn property_getter(interp: &Interp, args: Args) -> PyResult<Value> {
    with_accessor(interp, args, 0)
}

fn property_setter(interp: &Interp, args: Args) -> PyResult<Value> {
    with_accessor(interp, args, 1)
}

fn property_deleter(interp: &Interp, args: Args) -> PyResult<Value> {
    with_accessor(interp, args, 2)
}

/// `staticmethod(f)`.
fn new_staticmethod(interp: &Interp, args: Args) -> PyResult<Value> {
    args.check(interp, "staticmethod", 2, 2)?;
    Ok(Value::Native(Rc::new(StaticMethod(args.pos[1].clone()))))
}

/// `classmethod(f)`.
fn new_classmethod(interp: &Interp, args: Args) -> PyResult<Value> {
    args.check(interp, "classmethod", 2, 2)?;
    Ok(Value::Native(Rc::new(ClassMethod(args.pos[1].clone()))))
}
