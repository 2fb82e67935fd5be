//! Reading, writing and deleting names through the slots the resolver chose.

use super::Frame;
use crate::python::ast::{Name, NameSlot};
use crate::python::exceptions::ExcType;
use crate::python::interp::Interp;
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

impl Interp {
    /// The value of a name.
    #[inline]
    pub(crate) fn load_name(&self, f: &Frame, n: &Name) -> PyResult<Value> {
        let v = match n.slot.get() {
            NameSlot::Local(i) => f.locals[i as usize].copy_fast(),
            NameSlot::Cell(i) => match &f.locals[i as usize] {
                Value::Cell(c) => c.value.borrow().clone(),
                _ => Value::Unbound,
            },
            NameSlot::Free(i) => {
                let v = f.closure[i as usize].value.borrow().clone();
                if matches!(v, Value::Unbound) {
                    return Err(self.err(
                        ExcType::NameError,
                        format!(
                            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                            n.id
                        ),
                    ));
                }
                return Ok(v);
            }
            NameSlot::Global(i) => {
                let v = f.module.globals.borrow()[i as usize].clone();
                return match v {
                    Value::Unbound => self.global_fallback(&n.id),
                    v => Ok(v),
                };
            }
            NameSlot::Builtin(i) => return Ok(self.builtins.borrow()[i as usize].1.clone()),
            NameSlot::ClassBody(g) => {
                if let Some(ns) = &f.class_ns {
                    if let Some(v) = ns.borrow().get(&n.id) {
                        return Ok(v.clone());
                    }
                }
                if let Some(i) = g {
                    let v = f.module.globals.borrow()[i as usize].clone();
                    if !matches!(v, Value::Unbound) {
                        return Ok(v);
                    }
                }
                return self.global_fallback(&n.id);
            }
            NameSlot::Undefined | NameSlot::Unresolved => return self.global_fallback(&n.id),
        };
        if matches!(v, Value::Unbound) {
            return Err(self.err(
                ExcType::UnboundLocalError,
                format!("cannot access local variable '{}' where it is not associated with a value", n.id),
            ));
        }
        Ok(v)
    }

    fn global_fallback(&self, name: &str) -> PyResult<Value> {
        match self.builtin(name) {
            Some(v) => Ok(v),
            None => Err(self.name_error(name)),
        }
    }

    /// Binds a name.
    #[inline]
    pub(crate) fn store_name(&self, f: &mut Frame, n: &Name, value: Value) {
        match n.slot.get() {
            NameSlot::Local(i) => std::mem::replace(&mut f.locals[i as usize], value).discard(),
            NameSlot::Cell(i) => match &f.locals[i as usize] {
                Value::Cell(c) => *c.value.borrow_mut() = value,
                _ => f.locals[i as usize] = Value::Cell(self.new_cell(value)),
            },
            NameSlot::Free(i) => *f.closure[i as usize].value.borrow_mut() = value,
            NameSlot::Global(i) => f.module.globals.borrow_mut()[i as usize] = value,
            NameSlot::ClassBody(_) => match &f.class_ns {
                Some(ns) => ns.borrow_mut().set(n.id.clone(), value),
                None => f.module.attrs.borrow_mut().set(n.id.clone(), value),
            },
            NameSlot::Builtin(_) | NameSlot::Undefined | NameSlot::Unresolved => {
                f.module.attrs.borrow_mut().set(n.id.clone(), value)
            }
        }
    }

    /// Unbinds a name (`del x`, and the `as` name after an `except` clause).
    pub(crate) fn delete_name(&self, f: &mut Frame, n: &Name, must_exist: bool) -> PyResult<()> {
        let existed = match n.slot.get() {
            NameSlot::Local(i) => !matches!(std::mem::replace(&mut f.locals[i as usize], Value::Unbound), Value::Unbound),
            NameSlot::Cell(i) => match &f.locals[i as usize] {
                Value::Cell(c) => !matches!(c.value.replace(Value::Unbound), Value::Unbound),
                _ => false,
            },
            NameSlot::Free(i) => !matches!(f.closure[i as usize].value.replace(Value::Unbound), Value::Unbound),
            NameSlot::Global(i) => {
                !matches!(std::mem::replace(&mut f.module.globals.borrow_mut()[i as usize], Value::Unbound), Value::Unbound)
            }
            NameSlot::ClassBody(_) => f.class_ns.as_ref().is_some_and(|ns| ns.borrow_mut().remove(&n.id).is_some()),
            _ => false,
        };
        if !existed && must_exist {
            let local = matches!(n.slot.get(), NameSlot::Local(_) | NameSlot::Cell(_));
            return Err(if local {
                self.err(
                    ExcType::UnboundLocalError,
                    format!("cannot access local variable '{}' where it is not associated with a value", n.id),
                )
            } else {
                self.name_error(&n.id)
            });
        }
        Ok(())
    }

    /// The cell behind a captured slot of `f` (creating it on first use), for closures.
    pub(crate) fn cell_of(&self, f: &mut Frame, slot: NameSlot) -> Rc<crate::python::object::Cell> {
        match slot {
            NameSlot::Cell(i) => match &f.locals[i as usize] {
                Value::Cell(c) => c.clone(),
                other => {
                    let c = self.new_cell(other.clone());
                    f.locals[i as usize] = Value::Cell(c.clone());
                    c
                }
            },
            NameSlot::Free(i) => f.closure[i as usize].clone(),
            _ => self.new_cell(Value::Unbound),
        }
    }
}
