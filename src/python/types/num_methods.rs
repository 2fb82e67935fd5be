//! Methods and attributes of `int` and `float`: `bit_length`, `to_bytes`/`from_bytes`,
//! `as_integer_ratio`, `is_integer`, and `real`/`imag`/`numerator`/`denominator`.

use super::methods::put;
use crate::python::descriptors::{ClassMethod, Property};
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, BuiltinFn, Class};
use crate::python::value::Value;
use crate::python::PyResult;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use std::rc::Rc;

fn int_of(v: &Value) -> BigInt {
    match v {
        Value::Int(n) => BigInt::from(*n),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

fn properties(cls: &Rc<Class>, table: &[(&'static str, BuiltinFn)]) {
    let mut attrs = cls.attrs.borrow_mut();
    for (name, f) in table {
        let p = Property { fget: Some(builtin(name, *f)), fset: None, fdel: None };
        attrs.set(Rc::from(*name), Value::Native(Rc::new(p)));
    }
}

/// `byteorder` and `signed` of `to_bytes`/`from_bytes` (positional or keyword).
fn order_and_sign(i: &Interp, a: &mut Args, order_at: usize) -> PyResult<(bool, bool)> {
    let signed = match a.take_kw("signed") {
        Some(v) => i.truthy(&v)?,
        None => false,
    };
    let order = a.take_kw("byteorder").or_else(|| a.pos.get(order_at).cloned());
    let big = match order.as_ref().and_then(Value::as_str) {
        None | Some("big") => true,
        Some("little") => false,
        Some(_) => return Err(i.value_error("byteorder must be either 'little' or 'big'")),
    };
    Ok((big, signed))
}

fn to_bytes(i: &Interp, mut a: Args) -> PyResult<Value> {
    let (big, signed) = order_and_sign(i, &mut a, 2)?;
    let length = match a.take_kw("length").or_else(|| a.pos.get(1).cloned()) {
        None => 1,
        Some(Value::Int(n)) if n >= 0 => n as usize,
        Some(Value::Int(_)) => return Err(i.value_error("length argument must be non-negative")),
        Some(v) => return Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(&v)))),
    };
    let n = int_of(&a.pos[0]);
    if n.is_negative() && !signed {
        return Err(i.err(crate::python::exceptions::ExcType::OverflowError, "can't convert negative int to unsigned"));
    }
    let mut bytes = n.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(i.err(crate::python::exceptions::ExcType::OverflowError, "int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::from(bytes)))
}

fn from_bytes(i: &Interp, mut a: Args) -> PyResult<Value> {
    let (big, signed) = order_and_sign(i, &mut a, 2)?;
    let source = a.take_kw("bytes").or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::None);
    let mut bytes: Vec<u8> = match &source {
        Value::Bytes(b) => b.to_vec(),
        other => i.collect(other)?.iter().map(|v| int_of(v).try_into().unwrap_or(0u8)).collect(),
    };
    if big {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    Ok(Value::from_bigint(n))
}

/// The exact fraction a float is, in lowest terms.
fn float_ratio(i: &Interp, f: f64) -> PyResult<(BigInt, BigInt)> {
    if !f.is_finite() {
        let what = if f.is_nan() { "cannot convert NaN to integer ratio" } else { "cannot convert Infinity to integer ratio" };
        return Err(i.value_error(what));
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if exponent == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1);
    let e = exponent - 1075;
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    if f.is_sign_negative() {
        num = -num;
    }
    Ok((num, den))
}

/// Installs the methods of `int` and `float`.
pub fn install(interp: &Interp) {
    let t = &interp.types;
    put(&t.int, &[
        ("bit_length", |_, a| Ok(Value::Int(int_of(&a.pos[0]).bits() as i64))),
        ("bit_count", |_, a| Ok(Value::Int(int_of(&a.pos[0]).magnitude().count_ones() as i64))),
        ("to_bytes", to_bytes),
        ("conjugate", |i, a| i.unaryop(crate::python::ast::UnaryOp::Pos, &a.pos[0])),
        ("as_integer_ratio", |_, a| Ok(Value::tuple(vec![Value::from_bigint(int_of(&a.pos[0])), Value::Int(1)]))),
    ]);
    let from_bytes = ClassMethod(builtin("from_bytes", from_bytes));
    t.int.attrs.borrow_mut().set(Rc::from("from_bytes"), Value::Native(Rc::new(from_bytes)));
    properties(&t.int, &[
        ("real", |_, a| Ok(Value::from_bigint(int_of(&a.pos[0])))),
        ("imag", |_, _| Ok(Value::Int(0))),
        ("numerator", |_, a| Ok(Value::from_bigint(int_of(&a.pos[0])))),
        ("denominator", |_, _| Ok(Value::Int(1))),
    ]);
    put(&t.float, &[
        ("is_integer", |_, a| Ok(Value::Bool(matches!(a.pos[0], Value::Float(f) if f.fract() == 0.0)))),
        ("as_integer_ratio", |i, a| {
            let (n, d) = float_ratio(i, crate::python::ops::as_f64(&a.pos[0]).unwrap_or(0.0))?;
            Ok(Value::tuple(vec![Value::from_bigint(n), Value::from_bigint(d)]))
        }),
        ("conjugate", |_, a| Ok(a.pos[0].clone())),
    ]);
    properties(&t.float, &[("real", |_, a| Ok(a.pos[0].clone())), ("imag", |_, _| Ok(Value::Float(0.0)))]);
}
