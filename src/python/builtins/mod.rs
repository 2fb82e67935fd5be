//! The builtins module: functions (`print`, `len`, `sorted` ...), type objects (`int`,
//! `str`, `list` ...), exception classes, and the methods of the builtin types.

mod constructors;
mod functions;
mod numeric;

use super::descriptors::{classmethod_class, property_class, staticmethod_class};
use super::exceptions::ExcType;
use super::interp::Interp;
use super::value::Value;
use std::rc::Rc;

/// Installs every builtin into a fresh interpreter.
pub fn install(interp: &Rc<Interp>) {
    functions::install(interp);
    numeric::install(interp);
    constructors::install(interp);
    super::types::install(interp);
    let t = &interp.types;
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
    ] {
        interp.add_builtin_value(name, Value::Class(cls.clone()));
    }
    interp.add_builtin_value("property", Value::Class(property_class(interp)));
    interp.add_builtin_value("staticmethod", Value::Class(staticmethod_class(interp)));
    interp.add_builtin_value("classmethod", Value::Class(classmethod_class(interp)));
    for &e in ExcType::ALL {
        if e.module() == "builtins" {
            interp.add_builtin_value(e.name(), Value::Class(interp.exc_class(e)));
        }
    }
    for alias in ["EnvironmentError", "IOError"] {
        interp.add_builtin_value(alias, Value::Class(interp.exc_class(ExcType::OSError)));
    }
    interp.add_builtin_value("NotImplemented", Value::NotImplemented);
    interp.add_builtin_value("Ellipsis", Value::Ellipsis);
    interp.add_builtin_value("__name__", Value::str("__main__"));
}
