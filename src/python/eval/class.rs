//! `class` statements: running the body in its own namespace and building the class.

use super::{Frame, QualPrefix};
use crate::python::ast::ClassDef;
use crate::python::attrs::Attrs;
use crate::python::class_mro::linearize;
use crate::python::exceptions::{Abort, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{Cell, Class, ClassKind};
use crate::python::value::Value;
use crate::python::PyResult;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// Builds the class for `def` from evaluated `bases`, running its body.
    pub(crate) fn build_class(&self, f: &mut Frame, def: &Rc<ClassDef>, bases: Vec<Value>) -> PyResult<Value> {
        if !def.keywords.is_empty() {
            return Err(Unwind::Abort(Abort::NotSupported(
                "class keyword arguments (metaclass=...)".into(),
                def.span.line,
                def.span.col,
            )));
        }
        let mut base_classes = Vec::new();
        for b in bases {
            match b {
                Value::Class(c) => base_classes.push(c),
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(&other)
                    )))
                }
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        let Some(mro) = linearize(&base_classes) else {
            return Err(self.type_error(
                "Cannot create a consistent method resolution order (MRO) for bases".to_string(),
            ));
        };
        let kind = if mro.iter().any(|c| c.kind == ClassKind::Exception) {
            ClassKind::Exception
        } else {
            ClassKind::User
        };
        let scope = def.scope.get().expect("resolved");
        let closure: Rc<[Rc<Cell>]> = scope.free.iter().map(|(_, slot)| self.cell_of(f, *slot)).collect();
        let qualname = f.prefix.qualname(&def.name);
        let mut body = Frame::new(0, closure, f.module.clone(), def.name.clone(), def.span.line);
        body.prefix = QualPrefix::Class(qualname.clone());
        let mut ns = Attrs::new();
        ns.set(Rc::from("__module__"), Value::Str(f.module.name.clone()));
        ns.set(Rc::from("__qualname__"), Value::Str(qualname.clone()));
        body.class_ns = Some(RefCell::new(ns));
        let r = self.exec_block(&mut body, &def.body);
        if let Err(e) = r {
            return Err(self.add_traceback(e, &body));
        }
        let attrs = body.class_ns.take().expect("set above").into_inner();
        let module = match attrs.get("__module__") {
            Some(Value::Str(m)) => m.clone(),
            _ => f.module.name.clone(),
        };
        let cls = Rc::new(Class {
            name: def.name.clone(),
            qualname,
            module,
            bases: base_classes,
            mro,
            attrs: RefCell::new(attrs),
            kind,
        });
        self.objects.class(&cls);
        for (_, v) in cls.attrs.borrow().iter() {
            let f = match v {
                Value::Function(f) => Some(f.clone()),
                Value::Native(n) => n
                    .downcast::<crate::python::descriptors::Property>()
                    .and_then(|p| p.fget.clone())
                    .or_else(|| n.downcast::<crate::python::descriptors::ClassMethod>().map(|c| c.0.clone()))
                    .and_then(|v| if let Value::Function(f) = v { Some(f) } else { None }),
                _ => None,
            };
            if let Some(f) = f {
                *f.owner.borrow_mut() = Some(Rc::downgrade(&cls));
            }
        }
        Ok(Value::Class(cls))
    }
}
