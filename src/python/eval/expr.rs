//! The synchronous expression walker, plus the small pieces both walkers share (constants,
//! f-string fields, method calls, displays).

use super::Frame;
use crate::python::ast::*;
use crate::python::coroutine::run_now;
use crate::python::exceptions::{Abort, ExcType, Unwind};
use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

impl Interp {
    /// [`eval`](Self::eval) with names and small constants read inline: operands are mostly
    /// such leaves, and entering the general walker costs more than reading them.
    #[inline(always)]
    pub(crate) fn eval_operand(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(f, n),
            ExprKind::Constant(Constant::Int(i)) => Ok(Value::Int(*i)),
            _ => self.eval(f, e),
        }
    }

    /// Evaluates an expression that cannot suspend.
    pub(crate) fn eval(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(f, n),
            ExprKind::Constant(c) => self.constant(c, e.span),
            ExprKind::BinOp { left, op, right } => {
                let l = self.eval_operand(f, left)?;
                let r = self.eval_operand(f, right)?;
                self.binop_owned(*op, l, r)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(f, operand)?;
                self.unaryop(*op, &v)
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for v in values {
                    last = self.eval(f, v)?;
                    let t = self.truthy(&last)?;
                    if (*op == BoolOp::And) != t {
                        return Ok(last);
                    }
                }
                Ok(last)
            }
            ExprKind::Compare { left, ops } => {
                let mut l = self.eval_operand(f, left)?;
                for (op, right) in ops {
                    let r = self.eval_operand(f, right)?;
                    if !self.compare(*op, &l, &r)? {
                        return Ok(Value::Bool(false));
                    }
                    l = r;
                }
                Ok(Value::Bool(true))
            }
            ExprKind::Call { func, args } => {
                if let ExprKind::Attribute { value, attr } = &func.kind {
                    let obj = self.eval(f, value)?;
                    let args = self.eval_args(f, args)?;
                    return self.call_attr(&obj, attr, args);
                }
                let callee = self.eval(f, func)?;
                let args = self.eval_args(f, args)?;
                self.call(&callee, args)
            }
            ExprKind::Attribute { value, attr } => {
                let v = self.eval(f, value)?;
                self.get_attr(&v, attr)
            }
            ExprKind::Subscript { value, index } => {
                let v = self.eval(f, value)?;
                let i = self.eval(f, index)?;
                self.get_item(&v, &i)
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut part = |x: &Option<Box<Expr>>| match x {
                    Some(x) => self.eval(f, x),
                    None => Ok(Value::None),
                };
                let (a, b, c) = (part(lower)?, part(upper)?, part(step)?);
                Ok(crate::python::subscript::new_slice(a, b, c))
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval(f, test)?;
                if self.truthy(&t)? {
                    self.eval(f, body)
                } else {
                    self.eval(f, orelse)
                }
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_items(f, items)?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items(f, items)?)),
            ExprKind::Set(items) => {
                let folded = crate::python::types::set::folds_to_frozenset(items);
                let items = self.eval_items(f, items)?;
                self.build_set_display(items, folded)
            }
            ExprKind::Dict(pairs) => {
                let mut entries = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    let k = match k {
                        Some(k) => Some(self.eval(f, k)?),
                        None => None,
                    };
                    entries.push((k, self.eval(f, v)?));
                }
                self.build_dict(entries)
            }
            ExprKind::FString(parts) => {
                let mut out = String::new();
                for p in parts {
                    match p {
                        FStringPart::Literal(s) => out.push_str(s),
                        FStringPart::Field { value, conversion, spec, debug_text } => {
                            let v = self.eval(f, value)?;
                            let spec = self.fstring_spec(f, spec)?;
                            self.fstring_field(&mut out, &v, *conversion, &spec, debug_text.as_deref())?;
                        }
                    }
                }
                Ok(Value::str(&out))
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(f, value)?;
                self.store_name(f, target, v.clone());
                Ok(v)
            }
            ExprKind::Lambda(def) => self.make_function_value(f, def, Vec::new()),
            ExprKind::Starred(_) => Err(Unwind::Abort(Abort::NotSupported(
                "starred expression here".into(),
                e.span.line,
                e.span.col,
            ))),
            ExprKind::Comprehension(_) | ExprKind::Await(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                run_now(self, self.eval_a(f, e))
            }
        }
    }

    fn fstring_spec(&self, f: &mut Frame, spec: &[FStringPart]) -> PyResult<String> {
        let mut out = String::new();
        for p in spec {
            match p {
                FStringPart::Literal(s) => out.push_str(s),
                FStringPart::Field { value, conversion, spec, debug_text } => {
                    let v = self.eval(f, value)?;
                    let inner = self.fstring_spec(f, spec)?;
                    self.fstring_field(&mut out, &v, *conversion, &inner, debug_text.as_deref())?;
                }
            }
        }
        Ok(out)
    }

    /// Appends one formatted f-string field.
    pub(crate) fn fstring_field(
        &self,
        out: &mut String,
        v: &Value,
        conversion: Option<char>,
        spec: &str,
        debug_text: Option<&str>,
    ) -> PyResult<()> {
        if let Some(d) = debug_text {
            out.push_str(d);
        }
        let conversion = conversion.or(if debug_text.is_some() && spec.is_empty() { Some('r') } else { None });
        let converted;
        let v = match conversion {
            Some('r') | Some('a') => {
                converted = Value::str(&self.repr(v)?);
                &converted
            }
            Some('s') => {
                converted = Value::str(&self.to_str(v)?);
                &converted
            }
            _ => v,
        };
        out.push_str(&self.format_value(v, spec)?);
        Ok(())
    }

    /// The value of a literal.
    pub(crate) fn constant(&self, c: &Constant, span: Span) -> PyResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(digits) => match digits.parse::<num_bigint::BigInt>() {
                Ok(b) => Value::from_bigint(b),
                Err(_) => return Err(self.value_error("invalid integer literal")),
            },
            Constant::Float(x) => Value::Float(*x),
            Constant::Imaginary(_) => {
                return Err(Unwind::Abort(Abort::NotSupported("complex numbers".into(), span.line, span.col)))
            }
            Constant::Str(s) => Value::Str(s.clone()),
            Constant::Bytes(b) => Value::Bytes(b.clone()),
            Constant::Ellipsis => Value::Ellipsis,
        })
    }

    fn eval_items(&self, f: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    let v = self.eval(f, inner)?;
                    out.extend(self.collect(&v)?);
                }
                _ => out.push(self.eval(f, x)?),
            }
        }
        Ok(out)
    }

    pub(crate) fn eval_args(&self, f: &mut Frame, args: &[Arg]) -> PyResult<Args> {
        let mut out = Args { pos: Vec::with_capacity(args.len() + 1), kw: Vec::new() };
        for a in args {
            match a {
                Arg::Positional(x) => out.pos.push(self.eval(f, x)?),
                Arg::Starred(x) => {
                    let v = self.eval(f, x)?;
                    out.pos.extend(self.collect(&v)?);
                }
                Arg::Keyword(k) => {
                    let v = self.eval(f, &k.value)?;
                    out.kw.push((k.name.clone(), v));
                }
                Arg::DoubleStarred(x) => {
                    let v = self.eval(f, x)?;
                    self.spread_kwargs(&mut out, &v)?;
                }
            }
        }
        Ok(out)
    }

    /// Adds the items of a `**mapping` argument.
    pub(crate) fn spread_kwargs(&self, out: &mut Args, v: &Value) -> PyResult<()> {
        let Value::Dict(d) = v else {
            return Err(self.type_error(format!("argument after ** must be a mapping, not {}", self.type_name(v))));
        };
        for e in d.borrow().iter() {
            match &e.key {
                Value::Str(k) => {
                    if out.kw.iter().any(|(x, _)| x == k) {
                        return Err(self.type_error(format!("got multiple values for keyword argument '{k}'")));
                    }
                    out.kw.push((k.clone(), e.value.clone()))
                }
                _ => return Err(self.type_error("keywords must be strings")),
            }
        }
        Ok(())
    }

    /// `obj.attr(args)` without building a bound method when the attribute is a plain method.
    pub(crate) fn call_attr(&self, obj: &Value, attr: &str, mut args: Args) -> PyResult<Value> {
        let method = match obj {
            Value::Instance(inst) if inst.attrs.borrow().get(attr).is_none() => match inst.class.lookup(attr) {
                Some(m @ Value::Function(_)) => Some(m),
                _ => None,
            },
            Value::Instance(_) | Value::Class(_) | Value::Module(_) | Value::Function(_) => None,
            Value::Native(n) => match n.get_attr(self, attr) {
                Some(v) => return self.call(&v?, args),
                None => match n.class(self).lookup(attr) {
                    Some(m @ Value::Builtin(_)) => Some(m),
                    _ => None,
                },
            },
            _ => match self.type_of(obj).lookup(attr) {
                Some(m @ Value::Builtin(_)) => Some(m),
                _ => None,
            },
        };
        match method {
            Some(m) => {
                args.pos.insert(0, obj.clone());
                self.call(&m, args)
            }
            None => {
                let m = self.get_attr(obj, attr)?;
                self.call(&m, args)
            }
        }
    }

    /// Builds a set from items.
    pub(crate) fn build_set(&self, items: Vec<Value>) -> PyResult<Value> {
        let mut d = crate::python::dict::Dict::new();
        for x in items {
            self.dict_insert(&mut d, x, Value::None)?;
        }
        Ok(Value::Set(Rc::new(std::cell::RefCell::new(d))))
    }

    /// Builds a dict from `(key, value)` pairs; a `None` key spreads a mapping.
    pub(crate) fn build_dict(&self, entries: Vec<(Option<Value>, Value)>) -> PyResult<Value> {
        let mut d = crate::python::dict::Dict::new();
        for (k, v) in entries {
            match k {
                Some(k) => self.dict_insert(&mut d, k, v)?,
                None => match &v {
                    Value::Dict(src) => {
                        for e in src.borrow().iter() {
                            self.dict_insert(&mut d, e.key.clone(), e.value.clone())?;
                        }
                    }
                    other => {
                        return Err(self.err(
                            ExcType::TypeError,
                            format!("'{}' object is not a mapping", self.type_name(other)),
                        ))
                    }
                },
            }
        }
        Ok(Value::dict(d))
    }
}
