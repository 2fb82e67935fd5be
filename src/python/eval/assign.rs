//! Assignment targets: names, attributes, subscripts, and unpacking into tuples and lists.

use super::Frame;
use crate::python::ast::*;
use crate::python::exceptions::{Abort, Unwind};
use crate::python::interp::Interp;
use crate::python::value::Value;
use crate::python::PyResult;

impl Interp {
    /// `t1 = t2 = ... = v`.
    pub(crate) fn assign_all(&self, f: &mut Frame, targets: &[Expr], v: Value) -> PyResult<()> {
        match targets {
            [one] => self.assign(f, one, v),
            many => {
                for t in many {
                    self.assign(f, t, v.clone())?;
                }
                Ok(())
            }
        }
    }

    /// Stores `v` into one target; a failure to store arises at the target.
    pub(crate) fn assign(&self, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
        self.store(f, target, v).map_err(|e| self.arose_at(e, target.range()))
    }

    fn store(&self, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.store_name(f, n, v);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval(f, value)?;
                self.set_attr(&obj, attr, v)
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(f, value)?;
                let i = self.eval(f, index)?;
                self.set_item(&obj, i, v)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let values = self.unpack(&v, items)?;
                for (t, x) in items.iter().zip(values) {
                    match &t.kind {
                        ExprKind::Starred(inner) => self.assign(f, inner, x)?,
                        _ => self.assign(f, t, x)?,
                    }
                }
                Ok(())
            }
            _ => Err(Unwind::Abort(Abort::NotSupported(
                "this assignment target".into(),
                target.span.line,
                target.span.col,
            ))),
        }
    }

    /// `target op= value`; `computed` is the already-evaluated right side (async callers).
    pub(crate) fn aug_assign(
        &self,
        f: &mut Frame,
        target: &Expr,
        op: BinOp,
        value: &Expr,
        computed: Option<Value>,
    ) -> PyResult<()> {
        let rhs = |f: &mut Frame| match &computed {
            Some(v) => Ok(v.clone()),
            None => self.eval_operand(f, value),
        };
        // Reading the target's current value and storing the result fail at the target, as
        // CPython reports them; the operation itself fails at the whole statement.
        let at_target = |e| self.arose_at(e, target.range());
        match &target.kind {
            ExprKind::Name(n) => {
                let cur = self.load_name(f, n).map_err(at_target)?;
                let r = rhs(f)?;
                let new = self.inplace_binop(op, &cur, &r);
                cur.discard();
                r.discard();
                self.store_name(f, n, new?);
                Ok(())
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.eval(f, obj)?;
                let cur = self.get_attr(&o, attr).map_err(at_target)?;
                let r = rhs(f)?;
                let new = self.inplace_binop(op, &cur, &r)?;
                self.set_attr(&o, attr, new).map_err(at_target)
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                let cur = self.get_item(&o, &i).map_err(at_target)?;
                let r = rhs(f)?;
                let new = self.inplace_binop(op, &cur, &r)?;
                self.set_item(&o, i, new).map_err(at_target)
            }
            _ => Err(Unwind::Abort(Abort::NotSupported(
                "this augmented assignment target".into(),
                target.span.line,
                target.span.col,
            ))),
        }
    }

    /// `del target`; a failure to delete arises at the target.
    pub(crate) fn delete(&self, f: &mut Frame, target: &Expr) -> PyResult<()> {
        self.unbind(f, target).map_err(|e| self.arose_at(e, target.range()))
    }

    fn unbind(&self, f: &mut Frame, target: &Expr) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n) => self.delete_name(f, n, true),
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval(f, value)?;
                self.del_attr(&obj, attr)
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(f, value)?;
                let i = self.eval(f, index)?;
                self.del_item(&obj, &i)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(|t| self.delete(f, t)),
            _ => Err(Unwind::Abort(Abort::NotSupported("this del target".into(), target.span.line, target.span.col))),
        }
    }
}
