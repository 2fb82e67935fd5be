//! `BaseExceptionGroup` / `ExceptionGroup`: their parts, `str()`, and the `split`, `subgroup`
//! and `derive` methods, following CPython 3.11's `exceptiongroup_split_recursive`.

use crate::python::exceptions::{exc_data, new_instance, ExcType};
use crate::python::interp::Interp;
use crate::python::object::{Args, BuiltinFn};
use crate::python::value::Value;
use crate::python::PyResult;

/// The message and sub-exceptions of an exception group, or `None` for any other value.
pub fn group_parts(interp: &Interp, v: &Value) -> Option<(Value, Vec<Value>)> {
    if !interp.is_exc(v, ExcType::BaseExceptionGroup) {
        return None;
    }
    let args = exc_data(v)?.borrow().args.clone();
    let Value::Tuple(items) = args else { return None };
    let excs = match items.get(1) {
        Some(Value::List(l)) => l.borrow().clone(),
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    Some((items.first().cloned().unwrap_or(Value::None), excs))
}

/// `str(group)`: `message (N sub-exceptions)`.
pub fn group_str(interp: &Interp, v: &Value) -> Option<PyResult<String>> {
    let (message, excs) = group_parts(interp, v)?;
    let n = excs.len();
    Some(interp.to_str(&message).map(|m| format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

impl Interp {
    /// What an `except* T` clause takes from `exc`, and what it leaves for the next clauses
    /// (CPython's `exception_group_match`): a matching group whole; a matching naked exception
    /// wrapped in a new group; otherwise the split of a group by `T`.
    pub fn exception_group_match(&self, exc: &Value, typ: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
        let some = |v: Value| (!v.is_none()).then_some(v);
        if self.exception_matches(exc, typ)? {
            if group_parts(self, exc).is_some() {
                return Ok((Some(exc.clone()), None));
            }
            let t = if self.is_exc(exc, ExcType::Exception) { ExcType::ExceptionGroup } else { ExcType::BaseExceptionGroup };
            let wrapped = new_instance(self.exc_class(t), vec![Value::str(""), Value::tuple(vec![exc.clone()])]);
            return Ok((Some(wrapped), None));
        }
        if group_parts(self, exc).is_none() {
            return Ok((None, Some(exc.clone())));
        }
        let (m, r) = split_recursive(self, exc, &Condition::Types(typ.clone()))?;
        Ok((some(m), some(r)))
    }
}

/// Registers the methods on `BaseExceptionGroup`.
pub fn install(interp: &Interp) {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("split", |i, a| {
            let (m, r) = split(i, &a)?;
            Ok(Value::tuple(vec![m, r]))
        }),
        ("subgroup", |i, a| Ok(split(i, &a)?.0)),
        ("derive", |i, a| {
            a.check(i, "derive", 2, 2)?;
            derive(i, &a.pos[0], a.pos[1].clone())
        }),
    ];
    super::methods::put(&interp.exc_class(ExcType::BaseExceptionGroup), table);
}

/// `group.derive(excs)`: a group of the same message; `ExceptionGroup` when every item is an
/// `Exception`.
fn derive(i: &Interp, group: &Value, excs: Value) -> PyResult<Value> {
    let message = group_parts(i, group).map(|(m, _)| m).unwrap_or(Value::None);
    let items = i.collect(&excs)?;
    let all_exceptions = items.iter().all(|e| i.is_exc(e, ExcType::Exception));
    let t = if all_exceptions { ExcType::ExceptionGroup } else { ExcType::BaseExceptionGroup };
    Ok(new_instance(i.exc_class(t), vec![message, excs]))
}

/// What `split` matches: exception types, or a predicate.
enum Condition {
    Types(Value),
    Predicate(Value),
}

impl Condition {
    fn matches(&self, i: &Interp, exc: &Value) -> PyResult<bool> {
        match self {
            Condition::Types(t) => i.exception_matches(exc, t),
            Condition::Predicate(f) => {
                let r = i.call(f, Args::new(vec![exc.clone()]))?;
                i.truthy(&r)
            }
        }
    }
}

fn condition(i: &Interp, a: &Args) -> PyResult<Condition> {
    let Some(c) = a.pos.get(1) else { return Err(i.type_error("split() takes exactly one argument (0 given)")) };
    let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.kind == crate::python::object::ClassKind::Exception);
    match c {
        v if is_exc_class(v) => Ok(Condition::Types(v.clone())),
        Value::Tuple(t) if t.iter().all(is_exc_class) => Ok(Condition::Types(c.clone())),
        v if !matches!(v, Value::Class(_) | Value::Tuple(_)) => Ok(Condition::Predicate(v.clone())),
        _ => Err(i.type_error("expected a function, exception type or tuple of exception types")),
    }
}

fn split(i: &Interp, a: &Args) -> PyResult<(Value, Value)> {
    let cond = condition(i, a)?;
    split_recursive(i, &a.pos[0], &cond)
}

/// `(match, rest)` for `exc`, `None` standing for an empty side.
fn split_recursive(i: &Interp, exc: &Value, cond: &Condition) -> PyResult<(Value, Value)> {
    if cond.matches(i, exc)? {
        return Ok((exc.clone(), Value::None));
    }
    let Some((_, excs)) = group_parts(i, exc) else { return Ok((Value::None, exc.clone())) };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in excs {
        let (m, r) = split_recursive(i, &e, cond)?;
        if !m.is_none() {
            matched.push(m);
        }
        if !r.is_none() {
            rest.push(r);
        }
    }
    Ok((subset(i, exc, matched)?, subset(i, exc, rest)?))
}

/// `exceptiongroup_subset`: a derived group holding `items`, with the original's traceback,
/// cause and context; `None` when `items` is empty.
fn subset(i: &Interp, orig: &Value, items: Vec<Value>) -> PyResult<Value> {
    if items.is_empty() {
        return Ok(Value::None);
    }
    let group = i.call_method(orig, "derive", Args::new(vec![Value::list(items)]))?;
    if let (Some(from), Some(to)) = (exc_data(orig), exc_data(&group)) {
        let from = from.borrow();
        let mut to = to.borrow_mut();
        to.traceback = from.traceback.clone();
        to.cause = from.cause.clone();
        to.context = from.context.clone();
        to.suppress_context = from.suppress_context;
    }
    Ok(group)
}
