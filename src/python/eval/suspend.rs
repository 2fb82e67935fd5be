//! The suspending walker: every statement and expression form, as Rust `async` code, so a
//! Python suspension point (`await`, `yield`, `async for`, `async with`) is a Rust `.await`.
//!
//! Children that cannot suspend are handed to the synchronous walker (`ev!`), so only the path
//! to a suspension point pays for boxed futures.

use super::{Flow, Frame};
use crate::python::ast::*;
use crate::python::coroutine::{CoroKind, Coroutine, Sent, YieldPoint};
use crate::python::exceptions::{exc_data, new_instance, Abort, ExcType, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{downcast_rc, Args, Cell};
use crate::python::value::Value;
use crate::python::PyResult;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

type Fut<'a, T> = Pin<Box<dyn Future<Output = PyResult<T>> + 'a>>;

/// Evaluates a child expression with whichever walker it needs.
macro_rules! ev {
    ($self:ident, $f:ident, $e:expr) => {{
        let e: &Expr = $e;
        if e.suspends.get() {
            $self.eval_a($f, e).await?
        } else {
            $self.eval($f, e)?
        }
    }};
}

/// A value yielded by an async generator's `yield` (as opposed to an `await` inside it).
pub struct AsyncGenYield(pub Value);

impl crate::python::object::Native for AsyncGenYield {
    fn class(&self, interp: &Interp) -> Rc<crate::python::object::Class> {
        interp.native_class("async_generator_yield", |_, _| {})
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Interp {
    /// Runs statements, any of which may suspend.
    pub(crate) fn exec_block_a<'a>(&'a self, f: &'a mut Frame, body: &'a [Stmt]) -> Fut<'a, Flow> {
        Box::pin(async move {
            for s in body {
                let flow = if s.suspends.get() { self.exec_a(f, s).await } else { self.exec(f, s) };
                self.flush_warnings()?;
                let flow = flow.map_err(|e| self.leave_statement(e, s, f))?;
                match flow {
                    Flow::Normal => {}
                    flow => return Ok(flow),
                }
            }
            Ok(Flow::Normal)
        })
    }

    /// Runs one statement of any form.
    pub(crate) fn exec_a<'a>(&'a self, f: &'a mut Frame, s: &'a Stmt) -> Fut<'a, Flow> {
        Box::pin(async move {
            self.step()?;
            f.line = s.span.line;
            self.current_line.set(s.span.line);
            match &s.kind {
                StmtKind::Expr(e) => {
                    ev!(self, f, e);
                }
                StmtKind::Assign { targets, value } => {
                    let v = ev!(self, f, value);
                    self.assign_all(f, targets, v)?;
                }
                StmtKind::AugAssign { target, op, value } => {
                    let v = ev!(self, f, value);
                    self.aug_assign(f, target, *op, value, Some(v))?;
                }
                StmtKind::AnnAssign { target, annotation, value } => {
                    if let Some(value) = value {
                        let v = ev!(self, f, value);
                        self.assign(f, target, v)?;
                    }
                    self.record_annotation(f, target, annotation)?;
                }
                StmtKind::Return(v) => {
                    let v = match v {
                        Some(v) => ev!(self, f, v),
                        None => Value::None,
                    };
                    return Ok(Flow::Return(v));
                }
                StmtKind::Delete(targets) => {
                    for t in targets {
                        self.delete(f, t)?;
                    }
                }
                StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
                StmtKind::Break => return Ok(Flow::Break),
                StmtKind::Continue => return Ok(Flow::Continue),
                StmtKind::If { test, body, orelse } => {
                    let t = ev!(self, f, test);
                    let branch = if self.truthy(&t)? { body } else { orelse };
                    return self.exec_block_a(f, branch).await;
                }
                StmtKind::While { test, body, orelse } => loop {
                    let t = ev!(self, f, test);
                    if !self.truthy(&t)? {
                        return self.exec_block_a(f, orelse).await;
                    }
                    match self.exec_block_a(f, body).await? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => self.step()?,
                    }
                },
                StmtKind::For { target, iter, body, orelse, is_async } => {
                    let seq = ev!(self, f, iter);
                    return self.for_a(f, target, seq, body, orelse, *is_async).await;
                }
                StmtKind::With { items, body, is_async } => {
                    // Boxed, like the try below: a rare form's state would otherwise size every
                    // statement's future.
                    return Box::pin(self.with_a(f, items, body, *is_async, s.span.line)).await
                }
                StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                    return Box::pin(self.try_a(f, body, handlers, orelse, finalbody, *is_star)).await;
                }
                StmtKind::Raise { exc, cause } => {
                    let exc = match exc {
                        Some(e) => Some(ev!(self, f, e)),
                        None => None,
                    };
                    let cause = match cause {
                        Some(c) => Some(ev!(self, f, c)),
                        None => None,
                    };
                    return Err(self.raise(exc, cause)?);
                }
                StmtKind::Assert { test, msg } => {
                    let t = ev!(self, f, test);
                    if !self.truthy(&t)? {
                        let args = match msg {
                            Some(m) => vec![ev!(self, f, m)],
                            None => vec![],
                        };
                        let e = Unwind::Raise(new_instance(self.exc_class(ExcType::AssertionError), args));
                        return Err(self.arose_at(e, assertion_range(test).unwrap_or(s.range())));
                    }
                }
                StmtKind::FunctionDef(def) => {
                    let mut decorators = Vec::new();
                    for d in &def.decorators {
                        decorators.push(ev!(self, f, d));
                    }
                    let mut v = self.make_function_value(f, def, Vec::new())?;
                    for (d, expr) in decorators.iter().zip(&def.decorators).rev() {
                        v = self.call(d, Args::new(vec![v])).map_err(|e| self.arose_at(e, expr.range()))?;
                    }
                    let name = Name { id: def.name.clone(), slot: std::cell::Cell::new(s.binds.get()) };
                    self.store_name(f, &name, v);
                }
                StmtKind::ClassDef(def) => {
                    let mut decorators = Vec::new();
                    for d in &def.decorators {
                        decorators.push(ev!(self, f, d));
                    }
                    let mut bases = Vec::new();
                    for b in &def.bases {
                        bases.push(ev!(self, f, b));
                    }
                    let mut v = self.build_class(f, def, bases)?;
                    for (d, expr) in decorators.iter().zip(&def.decorators).rev() {
                        v = self.call(d, Args::new(vec![v])).map_err(|e| self.arose_at(e, expr.range()))?;
                    }
                    let name = Name { id: def.name.clone(), slot: std::cell::Cell::new(s.binds.get()) };
                    self.store_name(f, &name, v);
                }
                StmtKind::Import(aliases) => {
                    for a in aliases {
                        let module = self.import(&a.name)?;
                        let bound = match &a.asname {
                            Some(_) => module,
                            None => self.import(a.name.split('.').next().unwrap_or(&a.name))?,
                        };
                        self.store_name(f, &a.target, bound);
                    }
                }
                StmtKind::ImportFrom { module, names } => {
                    let m = self.import(module)?;
                    for a in names {
                        let v = match self.lookup_attr(&m, &a.name)? {
                            Some(v) => v,
                            None => match self.import(&format!("{}.{}", module, a.name)) {
                                Ok(sub) => sub,
                                Err(_) => {
                                    return Err(self.err(
                                        ExcType::ImportError,
                                        format!("cannot import name '{}' from '{}' (unknown location)", a.name, module),
                                    ))
                                }
                            },
                        };
                        self.store_name(f, &a.target, v);
                    }
                }
            }
            Ok(Flow::Normal)
        })
    }

    fn record_annotation(&self, f: &mut Frame, target: &Expr, annotation: &Expr) -> PyResult<()> {
        let (Some(ns), ExprKind::Name(n)) = (&f.class_ns, &target.kind) else { return Ok(()) };
        let existing = ns.borrow().get("__annotations__").cloned();
        let ann = match existing {
            Some(a) => a,
            None => {
                let a = Value::dict(crate::python::dict::Dict::new());
                ns.borrow_mut().set(Rc::from("__annotations__"), a.clone());
                a
            }
        };
        let text = annotation_text(annotation);
        self.set_item(&ann, Value::Str(n.id.clone()), Value::str(&text))
    }

    /// Builds the exception a `raise` statement raises.
    pub(crate) fn raise(&self, exc: Option<Value>, cause: Option<Value>) -> PyResult<Unwind> {
        let Some(exc) = exc else {
            return match self.handling.borrow().last() {
                Some(e) => Ok(Unwind::Raise(e.clone())),
                None => Ok(self.err(ExcType::RuntimeError, "No active exception to reraise")),
            };
        };
        let exc = self.exception_instance(exc)?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => Value::None,
                c => self.exception_instance(c).map_err(|_| {
                    self.type_error("exception causes must derive from BaseException")
                })?,
            };
            if let Some(d) = exc_data(&exc) {
                let mut d = d.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        Ok(Unwind::Raise(exc))
    }

    /// An exception instance from `raise X`: instantiates classes, checks the type.
    pub(crate) fn exception_instance(&self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Class(c) if c.kind == crate::python::object::ClassKind::Exception => self.call(&v, Args::default()),
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    fn for_a<'a>(
        &'a self,
        f: &'a mut Frame,
        target: &'a Expr,
        seq: Value,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
    ) -> Fut<'a, Flow> {
        Box::pin(async move {
            let it = if is_async { self.aiter(&seq)? } else { self.iter(&seq)? };
            loop {
                let item = if is_async { self.anext(&it).await? } else { self.next(&it)? };
                let Some(x) = item else { break };
                self.assign(f, target, x)?;
                match self.exec_block_a(f, body).await? {
                    Flow::Break => return Ok(Flow::Normal),
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    Flow::Normal | Flow::Continue => self.step()?,
                }
            }
            self.exec_block_a(f, orelse).await
        })
    }

    /// `aiter(v)`.
    pub(crate) fn aiter(&self, v: &Value) -> PyResult<Value> {
        if let Value::Native(n) = v {
            if let Some(c) = n.downcast::<Coroutine>() {
                if c.kind == CoroKind::AsyncGenerator {
                    return Ok(v.clone());
                }
            }
        }
        match self.lookup_attr(v, "__aiter__")? {
            Some(f) => self.call(&f, Args::default()),
            None => Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            ))),
        }
    }

    /// `await anext(it)`, with `None` for `StopAsyncIteration`.
    pub(crate) async fn anext(&self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Native(n) = it {
            if let Some(c) = n.downcast::<Coroutine>() {
                if c.kind == CoroKind::AsyncGenerator {
                    let c: Rc<Coroutine> = downcast_rc(n).expect("checked");
                    return self.async_gen_step(&c, Sent::Value(Value::None)).await;
                }
            }
        }
        let awaitable = match self.lookup_attr(it, "__anext__")? {
            Some(f) => self.call(&f, Args::default())?,
            None => {
                return Err(self.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    self.type_name(it)
                )))
            }
        };
        match self.await_value(awaitable).await {
            Ok(v) => Ok(Some(v)),
            Err(Unwind::Raise(e)) if self.is_exc(&e, ExcType::StopAsyncIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Runs an async generator to its next `yield`; `None` when it finishes.
    pub(crate) async fn async_gen_step(&self, gen: &Rc<Coroutine>, sent: Sent) -> PyResult<Option<Value>> {
        let mut first = Some(sent);
        loop {
            if let Some(s) = first.take() {
                if gen.state() == crate::python::coroutine::CoroState::Suspended {
                    self.channel_send(s);
                } else if let Sent::Throw(e) = s {
                    gen.finish();
                    return Err(Unwind::Raise(e));
                }
            }
            match gen.poll_step(self) {
                std::task::Poll::Ready(Ok(_)) => return Ok(None),
                std::task::Poll::Ready(Err(e)) => return Err(e),
                std::task::Poll::Pending => {
                    let y = self.channel_peek_yield();
                    if let Some(Value::Native(n)) = &y {
                        if let Some(v) = n.downcast::<AsyncGenYield>() {
                            let v = v.0.clone();
                            self.channel_take_yield();
                            return Ok(Some(v));
                        }
                    }
                    // An `await` inside the generator: pass the suspension up, then resume it
                    // with whatever our resumer sends.
                    let passed = self.channel_take_yield().unwrap_or(Value::None);
                    let got = YieldPoint::new(self, passed).await;
                    first = Some(got);
                }
            }
        }
    }

    async fn with_a(&self, f: &mut Frame, items: &[WithItem], body: &[Stmt], is_async: bool, line: u32) -> PyResult<Flow> {
        let Some((item, rest)) = items.split_first() else {
            return self.exec_block_a(f, body).await;
        };
        let mgr = ev!(self, f, &item.context);
        let (enter_name, exit_name) = if is_async { ("__aenter__", "__aexit__") } else { ("__enter__", "__exit__") };
        let cls = self.type_of(&mgr);
        let (Some(enter), Some(exit)) = (self.lookup_attr(&mgr, enter_name)?, self.lookup_attr(&mgr, exit_name)?) else {
            let what = if is_async { "asynchronous context manager" } else { "context manager" };
            return Err(self.type_error(format!(
                "'{}' object does not support the {} protocol",
                cls.name, what
            )));
        };
        let mut entered = self.call(&enter, Args::default())?;
        if is_async {
            entered = self.await_value(entered).await?;
        }
        if let Some(t) = &item.target {
            self.assign(f, t, entered)?;
        }
        let r = Box::pin(self.with_a(f, rest, body, is_async, line)).await;
        // CPython runs `__exit__` on the `with` statement's line.
        f.line = line;
        match r {
            Err(Unwind::Raise(exc)) => {
                let typ = Value::Class(self.type_of(&exc));
                let mut suppress = self.call(&exit, Args::new(vec![typ, exc.clone(), Value::None]))
                    .map_err(|e| self.chain_context(e, &exc))?;
                if is_async {
                    suppress = self.await_value(suppress).await.map_err(|e| self.chain_context(e, &exc))?;
                }
                if self.truthy(&suppress)? {
                    Ok(Flow::Normal)
                } else {
                    Err(Unwind::Raise(exc))
                }
            }
            Err(abort) => Err(abort),
            Ok(flow) => {
                let r = self.call(&exit, Args::new(vec![Value::None, Value::None, Value::None]))?;
                if is_async {
                    self.await_value(r).await?;
                }
                Ok(flow)
            }
        }
    }

    /// Sets `e.__context__ = handled` for an exception raised while `handled` was being handled.
    pub(crate) fn chain_context(&self, e: Unwind, handled: &Value) -> Unwind {
        if let Unwind::Raise(new) = &e {
            if !new.is(handled) {
                if let Some(d) = exc_data(new) {
                    let mut d = d.borrow_mut();
                    if d.context.is_none() {
                        d.context = handled.clone();
                    }
                }
            }
        }
        e
    }

    async fn try_a(
        &self,
        f: &mut Frame,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        is_star: bool,
    ) -> PyResult<Flow> {
        let mut result = match self.exec_block_a(f, body).await {
            Ok(Flow::Normal) => self.exec_block_a(f, orelse).await,
            Err(Unwind::Raise(exc)) if !handlers.is_empty() => {
                if is_star {
                    self.except_star(f, exc, handlers).await
                } else {
                    self.handle(f, exc, handlers).await
                }
            }
            other => other,
        };
        if matches!(result, Err(Unwind::Abort(_))) || finalbody.is_empty() {
            return result;
        }
        let pending = match &result {
            Err(Unwind::Raise(e)) => Some(e.clone()),
            _ => None,
        };
        if let Some(p) = &pending {
            self.handling.borrow_mut().push(p.clone());
        }
        let fin = self.exec_block_a(f, finalbody).await;
        if pending.is_some() {
            self.handling.borrow_mut().pop();
        }
        match fin {
            Ok(Flow::Normal) => {}
            Ok(flow) => result = Ok(flow),
            Err(e) => {
                result = Err(match &pending {
                    Some(p) => self.chain_context(e, p),
                    None => e,
                })
            }
        }
        result
    }

    async fn handle(&self, f: &mut Frame, exc: Value, handlers: &[ExceptHandler]) -> PyResult<Flow> {
        for h in handlers {
            let matched = match &h.typ {
                None => true,
                Some(t) => {
                    let t = ev!(self, f, t);
                    self.exception_matches(&exc, &t)?
                }
            };
            if !matched {
                continue;
            }
            f.line = h.span.line;
            if let Some(n) = &h.name {
                self.store_name(f, n, exc.clone());
            }
            self.handling.borrow_mut().push(exc.clone());
            let r = self.exec_block_a(f, &h.body).await;
            self.handling.borrow_mut().pop();
            if let Some(n) = &h.name {
                self.delete_name(f, n, false)?;
            }
            return r.map_err(|e| self.chain_context(e, &exc));
        }
        Err(Unwind::Raise(exc))
    }

    async fn except_star(&self, f: &mut Frame, exc: Value, handlers: &[ExceptHandler]) -> PyResult<Flow> {
        let mut rest = Some(exc);
        for h in handlers {
            let Some(t) = &h.typ else { continue };
            let Some(current) = rest.take() else { break };
            let t = ev!(self, f, t);
            let (matched, left) = self.exception_group_match(&current, &t)?;
            rest = left;
            let Some(group) = matched else { continue };
            if let Some(n) = &h.name {
                self.store_name(f, n, group.clone());
            }
            self.handling.borrow_mut().push(group.clone());
            let r = self.exec_block_a(f, &h.body).await;
            self.handling.borrow_mut().pop();
            if let Some(n) = &h.name {
                self.delete_name(f, n, false)?;
            }
            match r {
                Ok(Flow::Normal) => {}
                Ok(_) => {
                    return Err(Unwind::Abort(Abort::NotSupported(
                        "break, continue or return inside except*".into(),
                        h.span.line,
                        h.span.col,
                    )))
                }
                Err(e) => return Err(self.chain_context(e, &group)),
            }
        }
        match rest {
            None => Ok(Flow::Normal),
            Some(left) => Err(Unwind::Raise(left)),
        }
    }

    /// Whether `exc` is an instance of the class (or any class in the tuple) `t`.
    pub(crate) fn exception_matches(&self, exc: &Value, t: &Value) -> PyResult<bool> {
        match t {
            Value::Class(c) if c.kind == crate::python::object::ClassKind::Exception => Ok(self.isinstance(exc, c)),
            Value::Tuple(items) => {
                for i in items.iter() {
                    if self.exception_matches(exc, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// Evaluates any expression.
    pub(crate) fn eval_a<'a>(&'a self, f: &'a mut Frame, e: &'a Expr) -> Fut<'a, Value> {
        Box::pin(async move {
            if !e.suspends.get() && !matches!(e.kind, ExprKind::Comprehension(_)) {
                return self.eval(f, e);
            }
            self.eval_kind_a(f, e).await.map_err(|err| self.arose_at(err, e.range()))
        })
    }

    /// [`Interp::eval_a`] of a node that may suspend, without recording where an exception
    /// arose.
    async fn eval_kind_a(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Await(x) => {
                let v = ev!(self, f, x);
                self.await_value(v).await
            }
            ExprKind::Yield(x) => {
                let v = match x {
                    Some(x) => ev!(self, f, x),
                    None => Value::None,
                };
                self.yield_value(f, v).await
            }
            ExprKind::YieldFrom(x) => {
                let v = ev!(self, f, x);
                self.yield_from(v).await
            }
            ExprKind::BinOp { left, op, right } => {
                let l = ev!(self, f, left);
                let r = ev!(self, f, right);
                self.binop(*op, &l, &r)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = ev!(self, f, operand);
                self.unaryop(*op, &v)
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for v in values {
                    last = ev!(self, f, v);
                    if (*op == BoolOp::And) != self.truthy(&last)? {
                        return Ok(last);
                    }
                }
                Ok(last)
            }
            ExprKind::Compare { left, ops } => {
                let mut l = ev!(self, f, left);
                for (op, right) in ops {
                    let r = ev!(self, f, right);
                    if !self.compare(*op, &l, &r)? {
                        return Ok(Value::Bool(false));
                    }
                    l = r;
                }
                Ok(Value::Bool(true))
            }
            ExprKind::Call { func, args } => {
                let callee = match &func.kind {
                    ExprKind::Attribute { value, attr } => {
                        let o = ev!(self, f, value);
                        self.get_attr(&o, attr).map_err(|e| self.arose_at(e, func.range()))?
                    }
                    _ => ev!(self, f, func),
                };
                let args = self.eval_args_a(f, args, &|| self.function_str(&callee, None)).await?;
                if self.is_asyncio_run(&callee) {
                    return self.asyncio_run_suspending(args).await;
                }
                self.call(&callee, args)
            }
            ExprKind::Attribute { value, attr } => {
                let v = ev!(self, f, value);
                self.get_attr(&v, attr)
            }
            ExprKind::Subscript { value, index } => {
                let v = ev!(self, f, value);
                let i = ev!(self, f, index);
                self.get_item(&v, &i)
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut parts = Vec::new();
                for x in [lower, upper, step] {
                    parts.push(match x {
                        Some(x) => ev!(self, f, x),
                        None => Value::None,
                    });
                }
                let c = parts.pop().expect("three");
                let b = parts.pop().expect("three");
                let a = parts.pop().expect("three");
                Ok(crate::python::subscript::new_slice(a, b, c))
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = ev!(self, f, test);
                if self.truthy(&t)? {
                    Ok(ev!(self, f, body))
                } else {
                    Ok(ev!(self, f, orelse))
                }
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_items_a(f, items).await?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items_a(f, items).await?)),
            ExprKind::Set(items) => {
                let folded = crate::python::types::set::folds_to_frozenset(items);
                let items = self.eval_items_a(f, items).await?;
                self.build_set_display(items, folded)
            }
            ExprKind::Dict(pairs) => {
                let mut entries = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    let k = match k {
                        Some(k) => Some(ev!(self, f, k)),
                        None => None,
                    };
                    entries.push((k, ev!(self, f, v)));
                }
                self.build_dict(entries)
            }
            ExprKind::FString(parts) => Ok(Value::str(&self.fstring_a(f, parts).await?)),
            ExprKind::NamedExpr { target, value } => {
                let v = ev!(self, f, value);
                self.store_name(f, target, v.clone());
                Ok(v)
            }
            ExprKind::Comprehension(c) => self.comprehension(f, c).await,
            ExprKind::Starred(_) | ExprKind::Name(_) | ExprKind::Constant(_) | ExprKind::Lambda(_) => self.eval(f, e),
        }
    }

    fn fstring_a<'a>(&'a self, f: &'a mut Frame, parts: &'a [FStringPart]) -> Fut<'a, String> {
        Box::pin(async move {
            let mut out = String::new();
            for p in parts {
                match p {
                    FStringPart::Literal(s) => out.push_str(s),
                    FStringPart::Field { value, conversion, spec, debug_text } => {
                        let v = ev!(self, f, value);
                        let spec = self.fstring_a(f, spec).await?;
                        self.fstring_field(&mut out, &v, *conversion, &spec, debug_text.as_deref())?;
                    }
                }
            }
            Ok(out)
        })
    }

    async fn eval_items_a(&self, f: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    let v = ev!(self, f, inner);
                    out.extend(self.collect(&v)?);
                }
                _ => out.push(ev!(self, f, x)),
            }
        }
        Ok(out)
    }

    async fn eval_args_a(&self, f: &mut Frame, args: &[Arg], callee: &dyn Fn() -> String) -> PyResult<Args> {
        let mut out = Args::default();
        for a in args {
            let v = ev!(self, f, a.value());
            match a {
                Arg::Positional(_) => out.pos.push(v),
                _ => self.add_arg(&mut out, a, v, callee)?,
            }
        }
        Ok(out)
    }

    /// `yield v` inside a generator or async generator.
    async fn yield_value(&self, f: &Frame, v: Value) -> PyResult<Value> {
        let v = if f.is_async_gen {
            Value::Native(Rc::new(AsyncGenYield(v)))
        } else {
            v
        };
        match YieldPoint::new(self, v).await {
            Sent::Value(x) => Ok(x),
            Sent::Throw(e) => Err(Unwind::Raise(e)),
        }
    }

    /// `yield from v`.
    async fn yield_from(&self, v: Value) -> PyResult<Value> {
        if let Value::Native(n) = &v {
            if let Some(c) = downcast_rc::<Coroutine>(n) {
                if c.kind == CoroKind::Generator {
                    return c.delegate(self).await;
                }
            }
            if let Some(w) = n.downcast::<crate::python::types::coro_methods::CoroWrapper>() {
                return w.0.clone().delegate(self).await;
            }
        }
        let it = self.iter(&v)?;
        while let Some(x) = self.next(&it)? {
            if let Sent::Throw(e) = YieldPoint::new(self, x).await {
                return Err(Unwind::Raise(e));
            }
        }
        Ok(Value::None)
    }

    /// `await v`.
    pub(crate) async fn await_value(&self, v: Value) -> PyResult<Value> {
        if let Value::Native(n) = &v {
            if let Some(c) = downcast_rc::<Coroutine>(n) {
                if c.kind == CoroKind::Coroutine {
                    return c.delegate(self).await;
                }
            }
            if let Some(r) = self.await_native(&v).await {
                return r;
            }
        }
        if let Some(m) = self.lookup_attr(&v, "__await__")? {
            let it = self.call(&m, Args::default())?;
            return self.yield_from(it).await;
        }
        Err(self.type_error(format!(
            "object {} can't be used in 'await' expression",
            self.type_name(&v)
        )))
    }

    async fn comprehension(&self, f: &mut Frame, c: &Rc<Comprehension>) -> PyResult<Value> {
        let scope = c.scope.get().expect("resolved");
        let first = ev!(self, f, &c.generators[0].iter);
        let first = if c.generators[0].is_async { self.aiter(&first)? } else { self.iter(&first)? };
        let closure: Rc<[Rc<Cell>]> = scope.free.iter().map(|(_, slot)| self.cell_of(f, *slot)).collect();
        let name = match c.kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        };
        let mut cf = Frame::new(scope.n_locals as usize, closure, f.module.clone(), Rc::from(name), c.span.line);
        cf.prefix = f.prefix.clone();
        if c.kind == ComprehensionKind::Generator {
            let interp = self.rc();
            let c2 = c.clone();
            let body = async move {
                let mut out = Collector::Yield;
                let r = interp.comp_loop(&mut cf, &c2, 0, first, &mut out).await;
                r.map(|_| Value::None).map_err(|e| interp.add_traceback(e, &cf))
            };
            let qual = f.prefix.qualname(name);
            let generator = Coroutine::new(CoroKind::Generator, Rc::from(name), qual, Box::pin(body));
            self.objects.coroutine(&generator);
            return Ok(Value::Native(generator));
        }
        let mut out = match c.kind {
            ComprehensionKind::List => Collector::List(Vec::new()),
            ComprehensionKind::Set => Collector::Set(crate::python::dict::Dict::new()),
            _ => Collector::Dict(crate::python::dict::Dict::new()),
        };
        let depth = self.depth.get();
        if depth + 1 >= self.limits.max_depth {
            return Err(self.err(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth.set(depth + 1);
        let r = self.comp_loop(&mut cf, c, 0, first, &mut out).await;
        self.depth.set(depth);
        r.map_err(|e| self.add_traceback(e, &cf))?;
        Ok(match out {
            Collector::List(v) => Value::list(v),
            Collector::Set(d) => Value::Set(Rc::new(std::cell::RefCell::new(d))),
            Collector::Dict(d) => Value::dict(d),
            Collector::Yield => Value::None,
        })
    }

    fn comp_loop<'a>(
        &'a self,
        f: &'a mut Frame,
        c: &'a Comprehension,
        level: usize,
        it: Value,
        out: &'a mut Collector,
    ) -> Fut<'a, ()> {
        Box::pin(async move {
            let g = &c.generators[level];
            loop {
                self.step()?;
                let item = if g.is_async { self.anext(&it).await? } else { self.next(&it)? };
                let Some(x) = item else { return Ok(()) };
                self.assign(f, &g.target, x)?;
                let mut keep = true;
                for cond in &g.ifs {
                    let v = ev!(self, f, cond);
                    if !self.truthy(&v)? {
                        keep = false;
                        break;
                    }
                }
                if !keep {
                    continue;
                }
                if level + 1 < c.generators.len() {
                    let next = &c.generators[level + 1];
                    let seq = ev!(self, f, &next.iter);
                    let inner = if next.is_async { self.aiter(&seq)? } else { self.iter(&seq)? };
                    self.comp_loop(f, c, level + 1, inner, out).await?;
                    continue;
                }
                let v = ev!(self, f, &c.element);
                match out {
                    Collector::List(items) => items.push(v),
                    Collector::Set(d) => self.dict_insert(d, v, Value::None)?,
                    Collector::Dict(d) => {
                        let val = ev!(self, f, c.value.as_ref().expect("dict comprehension value"));
                        self.dict_insert(d, v, val)?;
                    }
                    Collector::Yield => {
                        if let Sent::Throw(e) = YieldPoint::new(self, v).await {
                            return Err(Unwind::Raise(e));
                        }
                    }
                }
            }
        })
    }
}

enum Collector {
    List(Vec<Value>),
    Set(crate::python::dict::Dict),
    Dict(crate::python::dict::Dict),
    Yield,
}

/// The text of an annotation as `__annotations__` would show a string annotation.
fn annotation_text(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.id.to_string(),
        ExprKind::Attribute { value, attr } => format!("{}.{}", annotation_text(value), attr),
        ExprKind::Constant(Constant::Str(s)) => s.to_string(),
        ExprKind::Constant(Constant::None) => "None".into(),
        ExprKind::Subscript { value, index } => format!("{}[{}]", annotation_text(value), annotation_text(index)),
        ExprKind::Tuple(items) => items.iter().map(annotation_text).collect::<Vec<_>>().join(", "),
        _ => "?".into(),
    }
}

/// Where CPython 3.11 places a failed `assert`: at the last comparison its test compiles to a
/// jump on (through `not`, `and`/`or` and conditional expressions), or at the statement when
/// there is none.
fn assertion_range(test: &Expr) -> Option<SourceRange> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.range()),
        ExprKind::UnaryOp { op: UnaryOp::Not, operand } => assertion_range(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(assertion_range),
        ExprKind::IfExp { test, body, orelse } => {
            assertion_range(orelse).or_else(|| assertion_range(body)).or_else(|| assertion_range(test))
        }
        _ => None,
    }
}
