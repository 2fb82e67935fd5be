//! Numeric builtins: `abs`, `round`, `divmod`, `pow` (with a modulus), `bin`, `oct`, `hex`.

use crate::python::ast::{BinOp, CmpOp, UnaryOp};
use crate::python::exceptions::{ExcType, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{Args, BuiltinFn};
use crate::python::value::Value;
use crate::python::PyResult;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// Registers the numeric builtins.
pub fn install(interp: &Interp) {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("abs", abs),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("bin", |i, a| radix(i, a, "bin", "#b")),
        ("oct", |i, a| radix(i, a, "oct", "#o")),
        ("hex", |i, a| radix(i, a, "hex", "#x")),
    ];
    for (name, f) in table {
        interp.add_builtin(name, *f);
    }
}

/// The value of an int-like (`int`, `bool`, or an object with `__index__`) as a big integer.
fn index_of(i: &Interp, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(n) => Ok(BigInt::from(*n)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Instance(_) if i.lookup_attr(v, "__index__")?.is_some() => {
            let r = i.call_method(v, "__index__", Args::default())?;
            index_of(i, &r)
        }
        other => Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(other)))),
    }
}

fn radix(i: &Interp, a: Args, name: &str, spec: &str) -> PyResult<Value> {
    a.check(i, name, 1, 1)?;
    let n = index_of(i, &a.pos[0])?;
    Ok(Value::str(&i.format_value(&Value::from_bigint(n), spec)?))
}

fn abs(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "abs", 1, 1)?;
    match &a.pos[0] {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
            let op = if i.order(CmpOp::Lt, v, &Value::Int(0))? { UnaryOp::Neg } else { UnaryOp::Pos };
            i.unaryop(op, v)
        }
        v => match i.lookup_attr(v, "__abs__")? {
            Some(f) => i.call(&f, Args::default()),
            None => Err(i.type_error(format!("bad operand type for abs(): '{}'", i.type_name(v)))),
        },
    }
}

fn divmod(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "divmod", 2, 2)?;
    if matches!((&a.pos[0], &a.pos[1]), (Value::Float(_), _) | (_, Value::Float(_)))
        && crate::python::ops::as_f64(&a.pos[1]) == Some(0.0)
        && crate::python::ops::as_f64(&a.pos[0]).is_some()
    {
        return Err(i.err(ExcType::ZeroDivisionError, "float divmod()"));
    }
    let q = i.binop(BinOp::FloorDiv, &a.pos[0], &a.pos[1]).map_err(|e| divmod_message(i, e))?;
    let r = i.binop(BinOp::Mod, &a.pos[0], &a.pos[1])?;
    Ok(Value::tuple(vec![q, r]))
}

fn divmod_message(interp: &Interp, e: Unwind) -> Unwind {
    match &e {
        Unwind::Raise(v)
            if interp.is_exc(v, ExcType::ZeroDivisionError) && interp.to_str(v).is_ok_and(|m| m.starts_with("integer")) =>
        {
            interp.err(ExcType::ZeroDivisionError, "integer division or modulo by zero")
        }
        _ => e,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

/// `pow(base, exp[, mod])`; with a modulus, CPython's `long_pow` (negative exponents invert the
/// base modulo `mod`; the result takes the modulus's sign).
fn pow(i: &Interp, mut a: Args) -> PyResult<Value> {
    let m = a.take_kw("mod");
    a.check(i, "pow", 2, 3)?;
    let Some(m) = a.pos.get(2).cloned().or(m).filter(|m| !m.is_none()) else {
        return i.binop(BinOp::Pow, &a.pos[0], &a.pos[1]);
    };
    if !(is_int(&a.pos[0]) && is_int(&a.pos[1]) && is_int(&m)) {
        return Err(i.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (base, exp, modulus) = (index_of(i, &a.pos[0])?, index_of(i, &a.pos[1])?, index_of(i, &m)?);
    if modulus.is_zero() {
        return Err(i.value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_out = modulus.is_negative();
    let m = modulus.abs();
    let mut base = base.mod_floor(&m);
    if exp.is_negative() {
        base = inverse(&base, &m).ok_or_else(|| i.value_error("base is not invertible for the given modulus"))?;
    }
    let mut r = if m.is_one() { BigInt::zero() } else { base.modpow(&exp.abs(), &m) };
    if negative_out && !r.is_zero() {
        r -= &m;
    }
    Ok(Value::from_bigint(r))
}

/// The inverse of `a` modulo `m` (`0 <= a < m`), if they are coprime.
fn inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    g.gcd.is_one().then(|| g.x.mod_floor(m))
}

/// `round(number[, ndigits])`: half to even, on the exact value.
fn round(interp: &Interp, mut a: Args) -> PyResult<Value> {
    let nd = a.take_kw("ndigits");
    a.check(interp, "round", 1, 2)?;
    let ndigits = a.pos.get(1).cloned().or(nd).filter(|v| !v.is_none());
    match (&a.pos[0], ndigits) {
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return Err(if f.is_nan() {
                    interp.value_error("cannot convert float NaN to integer")
                } else {
                    interp.err(ExcType::OverflowError, "cannot convert float infinity to integer")
                });
            }
            let r = f.round_ties_even();
            Ok(match num_traits::FromPrimitive::from_f64(r) {
                Some(b) => Value::from_bigint(b),
                None => Value::Int(r as i64),
            })
        }
        (Value::Float(f), Some(Value::Int(n))) => {
            if !f.is_finite() || n > 308 {
                return Ok(Value::Float(*f));
            }
            let v: f64 = if n >= 0 {
                format!("{:.*}", n as usize, f).parse().unwrap_or(*f)
            } else {
                let m = 10f64.powi((-n) as i32);
                (f / m).round_ties_even() * m
            };
            Ok(Value::Float(v))
        }
        (v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)), None) => interp.unaryop(UnaryOp::Pos, v),
        (v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)), Some(Value::Int(n))) => {
            let x = index_of(interp, v)?;
            if n >= 0 {
                return Ok(Value::from_bigint(x));
            }
            let m = num_traits::pow(BigInt::from(10), (-n).min(4300) as usize);
            let (q, r) = x.div_mod_floor(&m);
            let twice = &r * 2;
            let up = twice > m || (twice == m && q.is_odd());
            Ok(Value::from_bigint((if up { q + 1 } else { q }) * m))
        }
        (v, None) => match interp.lookup_attr(v, "__round__")? {
            Some(f) => interp.call(&f, Args::default()),
            None => Err(interp.type_error(format!("type {} doesn't define __round__ method", interp.type_name(v)))),
        },
        (v, Some(n)) => match interp.lookup_attr(v, "__round__")? {
            Some(f) => interp.call(&f, Args::new(vec![n])),
            None => Err(interp.type_error(format!("type {} doesn't define __round__ method", interp.type_name(v)))),
        },
    }
}
