//! `math`: the float functions and integer helpers of CPython's `math` module, with its
//! "math domain error" and argument checks.

use crate::python::attrs::Attrs;
use crate::python::exceptions::ExcType;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, BuiltinFn};
use crate::python::ops::as_f64;
use crate::python::value::Value;
use crate::python::PyResult;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

fn float_arg(i: &Interp, a: &Args, n: usize) -> PyResult<f64> {
    let v = a.pos.get(n).cloned().unwrap_or(Value::None);
    if let Some(f) = as_f64(&v) {
        return Ok(f);
    }
    if let Some(f) = i.lookup_attr(&v, "__float__")? {
        if let Some(x) = as_f64(&i.call(&f, Args::default())?) {
            return Ok(x);
        }
    }
    Err(i.type_error(format!("must be real number, not {}", i.type_name(&v))))
}

fn int_arg(i: &Interp, a: &Args, n: usize, fname: &str) -> PyResult<BigInt> {
    match a.pos.get(n) {
        Some(Value::Int(x)) => Ok(BigInt::from(*x)),
        Some(Value::Bool(b)) => Ok(BigInt::from(*b as i64)),
        Some(Value::BigInt(b)) => Ok((**b).clone()),
        Some(v) => Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(v)))),
        None => Err(i.type_error(format!("{fname}() missing required argument"))),
    }
}

fn domain(i: &Interp) -> crate::python::Unwind {
    i.value_error("math domain error")
}

/// A float result, with CPython's errors for NaN from a number and for overflow.
fn checked(i: &Interp, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(i));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(i.err(ExcType::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

fn unary(i: &Interp, a: &Args, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = float_arg(i, a, 0)?;
    checked(i, x, f(x))
}

/// `floor`/`ceil`: an int, or the object's own `__floor__`/`__ceil__`.
fn rounding(i: &Interp, a: &Args, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    match &v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Instance(_) => {
            if let Some(m) = i.lookup_attr(&v, dunder)? {
                return i.call(&m, Args::default());
            }
        }
        _ => {}
    }
    let x = float_arg(i, a, 0)?;
    if x.is_nan() {
        return Err(i.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(i.err(ExcType::OverflowError, "cannot convert float infinity to integer"));
    }
    Ok(Value::from_bigint(BigInt::from_f64(f(x)).unwrap_or_default()))
}

fn log(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "log", 1, 2)?;
    let ln = |v: &Value| -> PyResult<f64> {
        match v {
            Value::BigInt(b) if b.is_positive() => {
                let bits = b.bits().saturating_sub(60);
                let top = (&**b >> bits).to_f64().unwrap_or(f64::NAN);
                Ok(top.ln() + bits as f64 * std::f64::consts::LN_2)
            }
            v => {
                let x = as_f64(v).ok_or_else(|| i.type_error(format!("must be real number, not {}", i.type_name(v))))?;
                if x <= 0.0 {
                    return Err(domain(i));
                }
                Ok(x.ln())
            }
        }
    };
    let num = ln(&a.pos[0])?;
    match a.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = ln(b)?;
            if den == 0.0 {
                return Err(i.err(ExcType::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn isclose(i: &Interp, mut a: Args) -> PyResult<Value> {
    let rel = match a.take_kw("rel_tol") {
        Some(v) => as_f64(&v).unwrap_or(1e-9),
        None => 1e-9,
    };
    let abs = match a.take_kw("abs_tol") {
        Some(v) => as_f64(&v).unwrap_or(0.0),
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(i.value_error("tolerances must be non-negative"));
    }
    let (x, y) = (float_arg(i, &a, 0)?, float_arg(i, &a, 1)?);
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs))
}

fn factorial(i: &Interp, a: Args) -> PyResult<Value> {
    let n = int_arg(i, &a, 0, "factorial")?;
    if n.is_negative() {
        return Err(i.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().filter(|n| *n <= 20_000).ok_or_else(|| i.err(ExcType::OverflowError, "factorial() argument should not exceed 20000"))?;
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(Value::from_bigint(r))
}

fn comb_perm(i: &Interp, a: Args, comb: bool) -> PyResult<Value> {
    let name = if comb { "comb" } else { "perm" };
    let n = int_arg(i, &a, 0, name)?;
    let k = match a.pos.get(1) {
        Some(Value::None) | None if !comb => n.clone(),
        _ => int_arg(i, &a, 1, name)?,
    };
    if n.is_negative() {
        return Err(i.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(i.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for j in 0..k {
        r *= &n - j;
    }
    if comb {
        for j in 2..=k {
            r /= j;
        }
    }
    Ok(Value::from_bigint(r))
}

fn gcd_lcm(i: &Interp, a: Args, lcm: bool) -> PyResult<Value> {
    let mut acc = if lcm { BigInt::one() } else { BigInt::zero() };
    for n in 0..a.pos.len() {
        let x = int_arg(i, &a, n, if lcm { "lcm" } else { "gcd" })?;
        acc = if lcm {
            if acc.is_zero() || x.is_zero() {
                BigInt::zero()
            } else {
                acc.lcm(&x)
            }
        } else {
            acc.gcd(&x)
        };
    }
    Ok(Value::from_bigint(acc.abs()))
}

fn prod(i: &Interp, mut a: Args) -> PyResult<Value> {
    let mut acc = a.take_kw("start").unwrap_or(Value::Int(1));
    for x in i.collect(a.pos.first().unwrap_or(&Value::None))? {
        acc = i.binop(crate::python::ast::BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

/// `fsum`: an exactly rounded sum (Shewchuk's algorithm, as CPython's).
fn fsum(i: &Interp, a: Args) -> PyResult<Value> {
    let mut partials: Vec<f64> = Vec::new();
    for v in i.collect(a.pos.first().unwrap_or(&Value::None))? {
        let mut x = as_f64(&v).ok_or_else(|| i.type_error(format!("must be real number, not {}", i.type_name(&v))))?;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        partials.push(x);
    }
    let mut hi = 0.0;
    while let Some(x) = partials.pop() {
        let prev = hi;
        hi = prev + x;
        let lo = x - (hi - prev);
        if lo != 0.0 {
            if let Some(&next) = partials.last() {
                if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
                    let y = lo * 2.0;
                    let x2 = hi + y;
                    if y == x2 - hi {
                        hi = x2;
                    }
                }
            }
            break;
        }
    }
    Ok(Value::Float(hi))
}

/// The module's attributes.
pub fn attrs() -> Attrs {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("sqrt", |i, a| unary(i, &a, f64::sqrt)),
        ("exp", |i, a| unary(i, &a, f64::exp)),
        ("sin", |i, a| unary(i, &a, f64::sin)),
        ("cos", |i, a| unary(i, &a, f64::cos)),
        ("tan", |i, a| unary(i, &a, f64::tan)),
        ("asin", |i, a| unary(i, &a, f64::asin)),
        ("acos", |i, a| unary(i, &a, f64::acos)),
        ("atan", |i, a| unary(i, &a, f64::atan)),
        ("sinh", |i, a| unary(i, &a, f64::sinh)),
        ("cosh", |i, a| unary(i, &a, f64::cosh)),
        ("tanh", |i, a| unary(i, &a, f64::tanh)),
        ("fabs", |i, a| unary(i, &a, f64::abs)),
        ("degrees", |i, a| unary(i, &a, f64::to_degrees)),
        ("radians", |i, a| unary(i, &a, f64::to_radians)),
        ("log2", |i, a| {
            let x = float_arg(i, &a, 0)?;
            if x <= 0.0 {
                return Err(domain(i));
            }
            Ok(Value::Float(x.log2()))
        }),
        ("log10", |i, a| {
            let x = float_arg(i, &a, 0)?;
            if x <= 0.0 {
                return Err(domain(i));
            }
            Ok(Value::Float(x.log10()))
        }),
        ("log", log),
        ("pow", |i, a| {
            let (x, y) = (float_arg(i, &a, 0)?, float_arg(i, &a, 1)?);
            if x == 0.0 && y < 0.0 {
                return Err(domain(i));
            }
            checked(i, x, x.powf(y))
        }),
        ("atan2", |i, a| Ok(Value::Float(float_arg(i, &a, 0)?.atan2(float_arg(i, &a, 1)?)))),
        ("hypot", |i, a| {
            let mut s = 0.0f64;
            for n in 0..a.pos.len() {
                s = s.hypot(float_arg(i, &a, n)?);
            }
            Ok(Value::Float(s))
        }),
        ("copysign", |i, a| Ok(Value::Float(float_arg(i, &a, 0)?.copysign(float_arg(i, &a, 1)?)))),
        ("fmod", |i, a| {
            let (x, y) = (float_arg(i, &a, 0)?, float_arg(i, &a, 1)?);
            if y == 0.0 || x.is_infinite() {
                return Err(domain(i));
            }
            Ok(Value::Float(x % y))
        }),
        ("modf", |i, a| {
            let x = float_arg(i, &a, 0)?;
            Ok(Value::tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())]))
        }),
        ("floor", |i, a| rounding(i, &a, "__floor__", f64::floor)),
        ("ceil", |i, a| rounding(i, &a, "__ceil__", f64::ceil)),
        ("trunc", |i, a| rounding(i, &a, "__trunc__", f64::trunc)),
        ("isfinite", |i, a| Ok(Value::Bool(float_arg(i, &a, 0)?.is_finite()))),
        ("isinf", |i, a| Ok(Value::Bool(float_arg(i, &a, 0)?.is_infinite()))),
        ("isnan", |i, a| Ok(Value::Bool(float_arg(i, &a, 0)?.is_nan()))),
        ("isclose", isclose),
        ("factorial", factorial),
        ("comb", |i, a| comb_perm(i, a, true)),
        ("perm", |i, a| comb_perm(i, a, false)),
        ("gcd", |i, a| gcd_lcm(i, a, false)),
        ("lcm", |i, a| gcd_lcm(i, a, true)),
        ("isqrt", |i, a| {
            let n = int_arg(i, &a, 0, "isqrt")?;
            if n.is_negative() {
                return Err(i.value_error("isqrt() argument must be nonnegative"));
            }
            Ok(Value::from_bigint(n.sqrt()))
        }),
        ("prod", prod),
        ("fsum", fsum),
    ];
    let mut a = Attrs::new();
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        a.set(Rc::from(name), Value::Float(v));
    }
    a
}
