//! The synchronous statement walker: the hot, simple statements run here; the rest are run
//! by the suspending walker, polled to completion at once.

use super::{Flow, Frame};
use crate::python::ast::*;
use crate::python::coroutine::run_now;
use crate::python::interp::Interp;
use crate::python::iterators::RangeIter;
use crate::python::value::Value;
use crate::python::PyResult;

impl Interp {
    /// Runs statements that cannot suspend.
    pub(crate) fn exec_block(&self, f: &mut Frame, body: &[Stmt]) -> PyResult<Flow> {
        for s in body {
            let r = self.exec(f, s);
            self.flush_warnings()?;
            match r {
                Ok(Flow::Normal) => {}
                Ok(flow) => return Ok(flow),
                Err(e) => return Err(self.leave_statement(e, s, f)),
            }
        }
        Ok(Flow::Normal)
    }

    /// Runs one statement that cannot suspend.
    pub(crate) fn exec(&self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        self.step()?;
        f.line = s.span.line;
        self.current_line.set(s.span.line);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(f, e)?;
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(f, value)?;
                self.assign_all(f, targets, v)?;
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(f, target, *op, value, None)?,
            StmtKind::Return(v) => {
                let v = match v {
                    Some(v) => self.eval(f, v)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Pass => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::If { test, body, orelse } => {
                let t = self.eval(f, test)?;
                return if self.truthy(&t)? { self.exec_block(f, body) } else { self.exec_block(f, orelse) };
            }
            StmtKind::While { test, body, orelse } => {
                loop {
                    let t = self.eval(f, test)?;
                    if !self.truthy(&t)? {
                        return self.exec_block(f, orelse);
                    }
                    match self.exec_block(f, body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => self.step()?,
                    }
                }
            }
            StmtKind::For { target, iter, body, orelse, is_async: false } => {
                let seq = self.eval(f, iter)?;
                return self.for_loop(f, target, &seq, body, orelse);
            }
            _ => return run_now(self, self.exec_a(f, s)),
        }
        Ok(Flow::Normal)
    }

    fn for_loop(&self, f: &mut Frame, target: &Expr, seq: &Value, body: &[Stmt], orelse: &[Stmt]) -> PyResult<Flow> {
        if let (Value::Range(r), ExprKind::Name(n)) = (seq, &target.kind) {
            let Value::Native(it) = RangeIter::value(r) else { unreachable!("range iterator is native") };
            let it = it.downcast::<RangeIter>().expect("range iterator");
            while let Some(i) = it.next_int() {
                self.store_name(f, n, Value::Int(i));
                match self.exec_block(f, body)? {
                    Flow::Break => return Ok(Flow::Normal),
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    Flow::Normal | Flow::Continue => self.step()?,
                }
            }
            return self.exec_block(f, orelse);
        }
        let it = self.iter(seq)?;
        while let Some(x) = self.next(&it)? {
            self.assign(f, target, x)?;
            match self.exec_block(f, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => self.step()?,
            }
        }
        self.exec_block(f, orelse)
    }
}
