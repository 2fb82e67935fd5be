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
            ExprKind::Name(n) => self.load_name(f, n).map_err(|err| self.arose_at(err, e.range())),
            ExprKind::Constant(Constant::Int(i)) => Ok(Value::Int(*i)),
            _ => self.eval(f, e),
        }
    }

    /// Evaluates an expression that cannot suspend; an exception that arises in it is
    /// recorded as arising here unless a node inside it said where.
    #[inline(always)]
    pub(crate) fn eval(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        self.eval_kind(f, e).map_err(|err| self.arose_at(err, e.range()))
    }

    /// [`Interp::eval`] without recording where an exception arose.
    fn eval_kind(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
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
                    let method = self.method(&obj, attr).map_err(|e| self.arose_at(e, func.range()))?;
                    let name = || match &method {
                        Method::Unbound(m) => self.function_str(m, Some(&obj)),
                        Method::Bound(m) => self.function_str(m, None),
                    };
                    let args = self.eval_args(f, args, &name)?;
                    return self.call_found(method, &obj, args);
                }
                let callee = self.eval(f, func)?;
                let args = self.eval_args(f, args, &|| self.function_str(&callee, None))?;
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

    /// Evaluates call arguments, left to right; `callee` names the function in errors.
    pub(crate) fn eval_args(&self, f: &mut Frame, args: &[Arg], callee: &dyn Fn() -> String) -> PyResult<Args> {
        let mut out = Args { pos: Vec::with_capacity(args.len() + 1), kw: Vec::new() };
        for a in args {
            let v = self.eval(f, a.value())?;
            match a {
                Arg::Positional(_) => out.pos.push(v),
                _ => self.add_arg(&mut out, a, v, callee)?,
            }
        }
        Ok(out)
    }

    /// Adds one evaluated argument: a `*iterable` and a `**mapping` spread their items. The
    /// errors are CPython's, naming the function `callee` names.
    pub(crate) fn add_arg(&self, out: &mut Args, a: &Arg, v: Value, callee: &dyn Fn() -> String) -> PyResult<()> {
        match a {
            Arg::Positional(_) => out.pos.push(v),
            Arg::Keyword(k) => out.kw.push((k.name.clone(), v)),
            Arg::Starred(_) => match &v {
                Value::List(_) | Value::Tuple(_) => out.pos.extend(self.collect(&v)?),
                _ => {
                    let Some(it) = self.iter_if_iterable(&v) else {
                        let what = self.type_name(&v);
                        return Err(self.type_error(format!("{} argument after * must be an iterable, not {what}", callee())));
                    };
                    out.pos.extend(self.drain(&it?)?);
                }
            },
            Arg::DoubleStarred(_) => {
                let Value::Dict(d) = &v else {
                    let what = self.type_name(&v);
                    return Err(self.type_error(format!("{} argument after ** must be a mapping, not {what}", callee())));
                };
                for e in d.borrow().iter() {
                    let Value::Str(k) = &e.key else { return Err(self.type_error("keywords must be strings")) };
                    if out.kw.iter().any(|(x, _)| x == k) {
                        return Err(self.type_error(format!("{} got multiple values for keyword argument '{k}'", callee())));
                    }
                    out.kw.push((k.clone(), e.value.clone()));
                }
            }
        }
        Ok(())
    }

    /// How CPython names a callable in argument errors (`_PyObject_FunctionStr`):
    /// `module.qualname()`, or `qualname()` for builtins; a builtin method names its type.
    pub(crate) fn function_str(&self, callee: &Value, receiver: Option<&Value>) -> String {
        match callee {
            Value::Function(func) => format!("{}.{}()", func.module.name, func.qualname),
            Value::BoundMethod(m) => self.function_str(&m.func, Some(&m.this)),
            Value::Class(c) if &*c.module == "builtins" => format!("{}()", c.qualname),
            Value::Class(c) => format!("{}.{}()", c.module, c.qualname),
            Value::Builtin(b) => match receiver {
                Some(r) => format!("{}.{}()", self.type_name(r), b.name),
                None => format!("{}()", b.name),
            },
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// `obj.attr`, about to be called: a plain method is found without building a bound
    /// method. It is looked up before the call's arguments are evaluated, as CPython does.
    fn method(&self, obj: &Value, attr: &str) -> PyResult<Method> {
        let unbound = match obj {
            Value::Instance(inst) if inst.attrs.borrow().get(attr).is_none() => match inst.class.lookup(attr) {
                Some(m @ Value::Function(_)) => Some(m),
                _ => None,
            },
            Value::Instance(_) | Value::Class(_) | Value::Module(_) | Value::Function(_) => None,
            Value::Native(n) => match n.get_attr(self, attr) {
                Some(v) => return Ok(Method::Bound(v?)),
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
        match unbound {
            Some(m) => Ok(Method::Unbound(m)),
            None => Ok(Method::Bound(self.get_attr(obj, attr)?)),
        }
    }

    /// Calls a method [`Interp::method`] found on `obj`.
    fn call_found(&self, method: Method, obj: &Value, mut args: Args) -> PyResult<Value> {
        match method {
            Method::Unbound(m) => {
                args.pos.insert(0, obj.clone());
                self.call(&m, args)
            }
            Method::Bound(m) => self.call(&m, args),
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

/// A method looked up for a call: a function from the class, still to be given the object as
/// its first argument, or any other callable the attribute is.
enum Method {
    Unbound(Value),
    Bound(Value),
}
