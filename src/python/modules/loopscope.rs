//! `loopscope`: the challenge harness module. Its natives write to a [`Recorder`] that the
//! challenge runner holds: the run's seed, the spans of simulated operations (a `Service`
//! call from start to end), and the verdicts that `check.expect` records. The Python side
//! (`loopscope.py`) builds `Service` and the `check` API on them.

use crate::python::attrs::Attrs;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{downcast_rc, Args, BuiltinFn, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use crate::runtime::trace::{Event, Stream};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// One simulated operation: a `Service` call of some kind, in flight from `start` to `end`.
#[derive(Clone, Debug, PartialEq)]
pub struct OpSpan {
    /// The service's kind: `fetch`, `publish` ...
    pub kind: String,
    /// What was asked for (the call's key, as `str`).
    pub label: String,
    /// Loop time the call went in flight.
    pub start: f64,
    /// Loop time it ended (`None`: still in flight when the run ended).
    pub end: Option<f64>,
}

/// A verdict recorded by `loopscope.check.expect` in the dialect.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// The check's name.
    pub name: String,
    /// Whether it held.
    pub passed: bool,
    /// What was measured, as text.
    pub measured: String,
    /// What was expected, as text.
    pub expected: String,
    /// What to try when it fails.
    pub hint: String,
    /// Loop time at which it went wrong, when the check knows one.
    pub at: Option<f64>,
}

/// What one challenge run records through the `loopscope` module.
#[derive(Default)]
pub struct Recorder {
    /// The seed the check's inputs are drawn from.
    pub seed: Cell<u64>,
    /// Operation spans, in the order they started.
    pub ops: RefCell<Vec<OpSpan>>,
    /// Verdicts, in the order they were recorded.
    pub verdicts: RefCell<Vec<Verdict>>,
}

impl Native for Recorder {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("loopscope.Recorder", |_, _| {})
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn recorder(i: &Interp, a: &Args) -> PyResult<Rc<Recorder>> {
    match a.pos.first() {
        Some(Value::Native(n)) => {
            downcast_rc::<Recorder>(n).ok_or_else(|| i.type_error("expected the loopscope recorder"))
        }
        _ => Err(i.type_error("expected the loopscope recorder")),
    }
}

fn text(i: &Interp, a: &Args, n: usize) -> PyResult<String> {
    i.to_str(a.pos.get(n).unwrap_or(&Value::None))
}

/// `_seed(rec)`: the run's seed.
fn seed(i: &Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Int(recorder(i, &a)?.seed.get() as i64))
}

/// `_op_start(rec, kind, label)`: records a span going in flight now; returns its number.
fn op_start(i: &Interp, a: Args) -> PyResult<Value> {
    let rec = recorder(i, &a)?;
    let span = OpSpan { kind: text(i, &a, 1)?, label: text(i, &a, 2)?, start: i.now(), end: None };
    let mut ops = rec.ops.borrow_mut();
    ops.push(span);
    Ok(Value::Int(ops.len() as i64 - 1))
}

/// `_op_end(rec, op)`: ends span `op` now.
fn op_end(i: &Interp, a: Args) -> PyResult<Value> {
    let rec = recorder(i, &a)?;
    if let Some(Value::Int(n)) = a.pos.get(1) {
        if let Some(span) = rec.ops.borrow_mut().get_mut(*n as usize) {
            span.end = Some(i.now());
        }
    }
    Ok(Value::None)
}

/// `_expect(rec, name, passed, measured, expected, hint, at)`: records a verdict.
fn expect(i: &Interp, a: Args) -> PyResult<Value> {
    let rec = recorder(i, &a)?;
    let at = a.pos.get(6).and_then(crate::python::ops::as_f64);
    let verdict = Verdict {
        name: text(i, &a, 1)?,
        passed: i.truthy(a.pos.get(2).unwrap_or(&Value::None))?,
        measured: text(i, &a, 3)?,
        expected: text(i, &a, 4)?,
        hint: text(i, &a, 5)?,
        at,
    };
    rec.verdicts.borrow_mut().push(verdict);
    Ok(Value::None)
}

/// `_waits(prefix)`: `(loop time, on)` for every task suspension so far whose awaited
/// thing's label starts with `prefix` (`sleep(`, `Queue.put` ...).
fn waits(i: &Interp, a: Args) -> PyResult<Value> {
    let prefix = text(i, &a, 0)?;
    let trace = i.trace.borrow();
    let pairs = trace
        .events
        .iter()
        .filter_map(|e| match e {
            Event::TaskSuspended { t, on, .. } if on.starts_with(prefix.as_str()) => {
                Some(Value::tuple(vec![Value::Float(*t), Value::str(on)]))
            }
            _ => None,
        })
        .collect();
    Ok(Value::list(pairs))
}

/// `_output()`: `(loop time, text)` for every stdout line so far.
fn output(i: &Interp, _: Args) -> PyResult<Value> {
    let trace = i.trace.borrow();
    let lines = trace
        .output()
        .filter(|(_, stream, _)| *stream == Stream::Out)
        .flat_map(|(t, _, text)| text.split('\n').map(move |l| Value::tuple(vec![Value::Float(t), Value::str(l)])))
        .collect();
    Ok(Value::list(lines))
}

/// `_spans(rec, kind)`: `(start, end, label)` of every span of `kind` that has ended.
fn spans(i: &Interp, a: Args) -> PyResult<Value> {
    let rec = recorder(i, &a)?;
    let kind = text(i, &a, 1)?;
    let spans = rec
        .ops
        .borrow()
        .iter()
        .filter(|s| s.kind == kind)
        .filter_map(|s| {
            let end = s.end?;
            Some(Value::tuple(vec![Value::Float(s.start), Value::Float(end), Value::str(&s.label)]))
        })
        .collect();
    Ok(Value::list(spans))
}

/// Builds the module with a fresh recorder as `_recorder`.
pub fn make(interp: &Interp) -> PyResult<Value> {
    let table: [(&'static str, BuiltinFn); 7] = [
        ("_seed", seed),
        ("_op_start", op_start),
        ("_op_end", op_end),
        ("_expect", expect),
        ("_waits", waits),
        ("_output", output),
        ("_spans", spans),
    ];
    let mut attrs = Attrs::new();
    for (name, f) in table {
        attrs.set(Rc::from(name), builtin(name, f));
    }
    attrs.set(Rc::from("_recorder"), Value::Native(Rc::new(Recorder::default())));
    let module = interp.native_module("loopscope", attrs);
    interp.run_prelude(&module, include_str!("loopscope.py"))?;
    Ok(Value::Module(module))
}

/// The recorder of an imported `loopscope` module.
pub fn recorder_of(module: &Value) -> Option<Rc<Recorder>> {
    match module {
        Value::Module(m) => match m.attrs.borrow().get("_recorder") {
            Some(Value::Native(n)) => downcast_rc::<Recorder>(n),
            _ => None,
        },
        _ => None,
    }
}
