//! Unpacking an iterable into a fixed number of targets, with at most one starred target.

use crate::python::ast::{Expr, ExprKind};
use crate::python::exceptions::ExcType;
use crate::python::interp::Interp;
use crate::python::value::Value;
use crate::python::PyResult;

impl Interp {
    /// Splits `v` into one value per target; a starred target receives a list of the rest.
    pub(crate) fn unpack(&self, v: &Value, targets: &[Expr]) -> PyResult<Vec<Value>> {
        let items = self.collect(v).map_err(|e| match v {
            Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_) => self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(v)
            )),
            _ => e,
        })?;
        let star = targets.iter().position(|t| matches!(t.kind, ExprKind::Starred(_)));
        let n = targets.len();
        match star {
            None => {
                if items.len() < n {
                    return Err(self.err(
                        ExcType::ValueError,
                        format!("not enough values to unpack (expected {}, got {})", n, items.len()),
                    ));
                }
                if items.len() > n {
                    return Err(self.err(
                        ExcType::ValueError,
                        format!("too many values to unpack (expected {n})"),
                    ));
                }
                Ok(items)
            }
            Some(s) => {
                if items.len() < n - 1 {
                    return Err(self.err(
                        ExcType::ValueError,
                        format!("not enough values to unpack (expected at least {}, got {})", n - 1, items.len()),
                    ));
                }
                let after = n - 1 - s;
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(s);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }
}
