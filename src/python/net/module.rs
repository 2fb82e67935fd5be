//! The `aiohttp` and `httpx` modules: the preludes `common.py` plus `aiohttp.py` or `httpx.py`,
//! over three natives — `_start` (start a request, get its future), `_abort` (abort the
//! request behind a future) and `_json_loads`. The recorder's shim (`tools/netshim/`) runs the
//! same preludes on CPython over its own versions of these three.

use super::RequestSpec;
use crate::python::asyncio::Fut;
use crate::python::attrs::Attrs;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{downcast_rc, Args, BuiltinFn};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

fn text(interp: &Interp, v: Option<&Value>, what: &str) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.to_string()),
        _ => Err(interp.type_error(format!("{what} must be a str"))),
    }
}

fn headers(interp: &Interp, v: Option<&Value>) -> PyResult<Vec<(String, String)>> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Ok(Vec::new()) };
    let it = interp.iter(v)?;
    let mut out = Vec::new();
    while let Some(pair) = interp.next(&it)? {
        match pair {
            Value::Tuple(t) if t.len() == 2 => out.push((interp.to_str(&t[0])?, interp.to_str(&t[1])?)),
            _ => return Err(interp.type_error("headers must be (name, value) pairs")),
        }
    }
    Ok(out)
}

/// `_start(method, url, headers, body, timeout)`: the request's future.
fn start(interp: &Interp, a: Args) -> PyResult<Value> {
    a.check(interp, "_start", 5, 5)?;
    let spec = RequestSpec {
        method: text(interp, a.pos.first(), "method")?,
        url: text(interp, a.pos.get(1), "url")?,
        headers: headers(interp, a.pos.get(2))?,
        body: match a.pos.get(3) {
            Some(Value::None) | None => None,
            v => Some(text(interp, v, "body")?),
        },
    };
    let timeout = match a.pos.get(4) {
        Some(Value::None) | None => None,
        Some(v) => Some(crate::python::ops::as_f64(v).ok_or_else(|| interp.type_error("timeout must be a number"))?),
    };
    Ok(Value::Native(interp.start_request(spec, timeout)?))
}

/// `_abort(future)`: aborts the request behind `future` if it is still in flight.
fn abort(interp: &Interp, a: Args) -> PyResult<Value> {
    if let Some(Value::Native(n)) = a.pos.first() {
        if let Some(fut) = downcast_rc::<Fut>(n) {
            interp.abort_request(&fut);
        }
    }
    Ok(Value::None)
}

fn json_loads(interp: &Interp, a: Args) -> PyResult<Value> {
    a.check(interp, "_json_loads", 1, 1)?;
    let s = text(interp, a.pos.first(), "JSON text")?;
    interp.json_loads(&s)
}

/// Builds `aiohttp` or `httpx`.
pub fn make_module(interp: &Interp, name: &str) -> PyResult<Value> {
    let table: &[(&'static str, BuiltinFn)] = &[("_start", start), ("_abort", abort), ("_json_loads", json_loads)];
    let mut attrs = Attrs::new();
    for (n, f) in table {
        attrs.set(Rc::from(*n), builtin(n, *f));
    }
    let module = interp.native_module(name, attrs);
    interp.run_prelude(&module, include_str!("common.py"))?;
    let own = if name == "aiohttp" { include_str!("aiohttp.py") } else { include_str!("httpx.py") };
    interp.run_prelude(&module, own)?;
    Ok(Value::Module(module))
}
