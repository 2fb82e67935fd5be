//! Methods of `bytes`: case, splitting, stripping, searching, `decode` and `hex`.

use super::methods::put;
use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

fn this(a: &Args) -> &[u8] {
    match a.pos.first() {
        Some(Value::Bytes(b)) => b,
        _ => &[],
    }
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::from(v))
}

/// The bytes argument at `n`, with CPython's message for anything else.
fn arg<'a>(i: &Interp, a: &'a Args, n: usize) -> PyResult<&'a [u8]> {
    match a.pos.get(n) {
        Some(Value::Bytes(b)) => Ok(b),
        Some(v) => Err(i.type_error(format!("a bytes-like object is required, not '{}'", i.type_name(v)))),
        None => Err(i.type_error("expected a bytes-like argument")),
    }
}

fn position(hay: &[u8], needle: &[u8], from_right: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let mut starts = 0..=hay.len() - needle.len();
    let hit = |&p: &usize| &hay[p..p + needle.len()] == needle;
    if from_right {
        starts.rev().find(hit)
    } else {
        starts.find(hit)
    }
}

fn split(i: &Interp, a: &Args) -> PyResult<Value> {
    let b = this(a);
    let parts: Vec<Value> = match a.pos.get(1) {
        None | Some(Value::None) => b.split(u8::is_ascii_whitespace).filter(|p| !p.is_empty()).map(|p| bytes(p.to_vec())).collect(),
        Some(_) => {
            let sep = arg(i, a, 1)?;
            if sep.is_empty() {
                return Err(i.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut rest = b;
            while let Some(p) = position(rest, sep, false) {
                out.push(bytes(rest[..p].to_vec()));
                rest = &rest[p + sep.len()..];
            }
            out.push(bytes(rest.to_vec()));
            out
        }
    };
    Ok(Value::list(parts))
}

fn strip(i: &Interp, a: &Args, left: bool, right: bool) -> PyResult<Value> {
    let chars: Vec<u8> = match a.pos.get(1) {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(_) => arg(i, a, 1)?.to_vec(),
    };
    let mut b = this(a);
    while left && b.first().is_some_and(|c| chars.contains(c)) {
        b = &b[1..];
    }
    while right && b.last().is_some_and(|c| chars.contains(c)) {
        b = &b[..b.len() - 1];
    }
    Ok(bytes(b.to_vec()))
}

fn affix(i: &Interp, a: &Args, start: bool) -> PyResult<Value> {
    let b = this(a);
    let test = |p: &[u8]| if start { b.starts_with(p) } else { b.ends_with(p) };
    match a.pos.get(1) {
        Some(Value::Tuple(items)) => Ok(Value::Bool(items.iter().any(|x| matches!(x, Value::Bytes(p) if test(p))))),
        _ => Ok(Value::Bool(test(arg(i, a, 1)?))),
    }
}

/// Installs the methods of `bytes`.
pub fn install(interp: &Interp) {
    put(&interp.types.bytes, &[
        ("upper", |_, a| Ok(bytes(this(&a).to_ascii_uppercase()))),
        ("lower", |_, a| Ok(bytes(this(&a).to_ascii_lowercase()))),
        ("split", |i, a| split(i, &a)),
        ("strip", |i, a| strip(i, &a, true, true)),
        ("lstrip", |i, a| strip(i, &a, true, false)),
        ("rstrip", |i, a| strip(i, &a, false, true)),
        ("startswith", |i, a| affix(i, &a, true)),
        ("endswith", |i, a| affix(i, &a, false)),
        ("find", |i, a| Ok(Value::Int(position(this(&a), arg(i, &a, 1)?, false).map_or(-1, |p| p as i64)))),
        ("rfind", |i, a| Ok(Value::Int(position(this(&a), arg(i, &a, 1)?, true).map_or(-1, |p| p as i64)))),
        ("count", |i, a| {
            let (mut rest, sub) = (this(&a), arg(i, &a, 1)?);
            if sub.is_empty() {
                return Ok(Value::Int(rest.len() as i64 + 1));
            }
            let mut n = 0;
            while let Some(p) = position(rest, sub, false) {
                n += 1;
                rest = &rest[p + sub.len()..];
            }
            Ok(Value::Int(n))
        }),
        ("replace", |i, a| {
            let (old, new) = (arg(i, &a, 1)?, arg(i, &a, 2)?);
            let mut out = Vec::new();
            let mut rest = this(&a);
            while let Some(p) = position(rest, old, false).filter(|_| !old.is_empty()) {
                out.extend_from_slice(&rest[..p]);
                out.extend_from_slice(new);
                rest = &rest[p + old.len()..];
            }
            out.extend_from_slice(rest);
            Ok(bytes(out))
        }),
        ("join", |i, a| {
            let mut out = Vec::new();
            for (n, x) in i.collect(a.pos.get(1).unwrap_or(&Value::None))?.iter().enumerate() {
                if n > 0 {
                    out.extend_from_slice(this(&a));
                }
                match x {
                    Value::Bytes(p) => out.extend_from_slice(p),
                    other => {
                        return Err(i.type_error(format!(
                            "sequence item {n}: expected a bytes-like object, {} found",
                            i.type_name(other)
                        )))
                    }
                }
            }
            Ok(bytes(out))
        }),
        ("hex", |_, a| Ok(Value::str(&this(&a).iter().map(|x| format!("{x:02x}")).collect::<String>()))),
        ("decode", |i, a| match std::str::from_utf8(this(&a)) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => {
                let at = e.valid_up_to();
                Err(i.err(
                    crate::python::exceptions::ExcType::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
                        this(&a)[at]
                    ),
                ))
            }
        }),
    ]);
}
