//! The small standard modules: `time`, `sys`, `typing`.

use crate::python::attrs::Attrs;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, BuiltinFn, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use std::any::Any;
use std::rc::Rc;

/// `sys.stdout` / `sys.stderr`.
pub struct StdStream {
    /// Whether this is stderr.
    pub is_err: bool,
}

impl Native for StdStream {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("_io.TextIOWrapper", |_, cls| {
            let mut a = cls.attrs.borrow_mut();
            a.set(Rc::from("write"), builtin("write", |i, a| {
                let err = matches!(a.pos.first(), Some(Value::Native(n)) if n.downcast::<StdStream>().is_some_and(|s| s.is_err));
                let text = i.to_str(a.pos.get(1).unwrap_or(&Value::None))?;
                let stream = if err { crate::runtime::trace::Stream::Err } else { crate::runtime::trace::Stream::Out };
                i.write(stream, &text)?;
                Ok(Value::Int(text.chars().count() as i64))
            }));
            a.set(Rc::from("flush"), builtin("flush", |_, _| Ok(Value::None)));
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn attrs(table: &[(&'static str, BuiltinFn)]) -> Attrs {
    let mut a = Attrs::new();
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
    a
}

fn seconds(i: &Interp, v: Option<&Value>) -> PyResult<f64> {
    v.and_then(crate::python::ops::as_f64).ok_or_else(|| i.type_error("'NoneType' object cannot be interpreted as an integer"))
}

/// `time.sleep(d)`: blocks the loop — on the virtual clock time jumps, on a live clock the
/// thread is really busy.
fn time_sleep(i: &Interp, a: Args) -> PyResult<Value> {
    let d = seconds(i, a.pos.first())?;
    if d < 0.0 {
        return Err(i.value_error("sleep length must be non-negative"));
    }
    i.time_sleep(d, format!("time.sleep({})", crate::python::format::float_repr(d).trim_end_matches(".0")))?;
    Ok(Value::None)
}

/// Builds one of the small modules, or `None` if the name is unknown.
pub fn make(interp: &Interp, name: &str) -> PyResult<Option<Value>> {
    let module = match name {
        "time" => attrs(&[
            ("sleep", time_sleep),
            ("perf_counter", |i, _| Ok(Value::Float(i.now()))),
            ("monotonic", |i, _| Ok(Value::Float(i.now()))),
            ("time", |i, _| Ok(Value::Float(1_700_000_000.0 + i.now()))),
        ]),
        "sys" => {
            let mut a = Attrs::new();
            a.set(Rc::from("stdout"), Value::Native(Rc::new(StdStream { is_err: false })));
            a.set(Rc::from("stderr"), Value::Native(Rc::new(StdStream { is_err: true })));
            a.set(Rc::from("version"), Value::str("3.11.7 (Loopscope)"));
            a.set(Rc::from("getrecursionlimit"), builtin("getrecursionlimit", |i, _| Ok(Value::Int(i.limits.max_depth as i64))));
            a.set(Rc::from("exit"), builtin("exit", |i, a| {
                Err(crate::python::exceptions::Unwind::Raise(crate::python::exceptions::new_instance(
                    i.exc_class(crate::python::exceptions::ExcType::SystemExit),
                    a.pos,
                )))
            }));
            a
        }
        "typing" => {
            let mut a = Attrs::new();
            for n in ["Any", "Optional", "List", "Dict", "Tuple", "Set", "Callable", "Awaitable", "Coroutine", "Iterable", "Iterator", "AsyncIterator", "AsyncGenerator", "Union", "TypeVar", "Generic"] {
                a.set(Rc::from(n), Value::Class(interp.types.object.clone()));
            }
            a
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Module(interp.native_module(name, module))))
}
