//! Operators: arithmetic, comparison, equality and hashing, with CPython's numeric tower
//! (bool < int < float), overflow to big ints, and dispatch to `__add__`/`__radd__`-style
//! dunder methods of user classes.

use super::ast::{BinOp, CmpOp, UnaryOp};
use super::exceptions::{ExcType, Unwind};
use super::interp::Interp;
use super::object::Args;
use super::value::Value;
use super::PyResult;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// The modulus of CPython's numeric hash (`sys.hash_info.modulus`).
const HASH_MODULUS: i64 = (1 << 61) - 1;

fn big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The float value of an int or float (bools count as ints).
pub fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        Value::BigInt(b) => b.to_f64(),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "-"),
        BinOp::Mult => ("__mul__", "__rmul__", "*"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "@"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "/"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "//"),
        BinOp::Mod => ("__mod__", "__rmod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "**"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", ">>"),
        BinOp::BitOr => ("__or__", "__ror__", "|"),
        BinOp::BitXor => ("__xor__", "__rxor__", "^"),
        BinOp::BitAnd => ("__and__", "__rand__", "&"),
    }
}

impl Interp {
    /// `a op b`.
    #[inline]
    pub fn binop(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = int_fast(op, *x, *y) {
                return Ok(v);
            }
        }
        self.binop_general(op, a, b)
    }

    /// [`binop`](Self::binop) on operands the caller is done with: small ints are then
    /// consumed without a call into the drop glue.
    #[inline]
    pub(crate) fn binop_owned(&self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let r = self.binop(op, &a, &b);
        a.discard();
        b.discard();
        r
    }

    /// `a op b` for everything but the small-int fast path: builtin types, then the operands'
    /// dunder methods, then CPython's TypeError.
    #[inline(never)]
    fn binop_general(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binop_or_inplace(op, a, b, false)
    }

    /// [`binop_general`](Self::binop_general); `inplace` words the TypeError for `op=`.
    fn binop_or_inplace(&self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        if let Some(r) = self.builtin_binop(op, a, b)? {
            return Ok(r);
        }
        let (name, rname, sym) = dunder(op);
        if let Some(cls) = self.dunder_class(a) {
            if let Some(f) = cls.lookup(name) {
                let r = self.call(&f, Args::new(vec![a.clone(), b.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(cls) = self.dunder_class(b) {
            if let Some(f) = cls.lookup(rname) {
                let r = self.call(&f, Args::new(vec![b.clone(), a.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Add {
            if let (Value::Str(_), _) = (a, b) {
                return Err(self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(b)
                )));
            }
            if let (Value::List(_), _) = (a, b) {
                return Err(self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(b)
                )));
            }
            if let (Value::Bytes(_), _) = (a, b) {
                return Err(self.type_error(format!("can't concat {} to bytes", self.type_name(b))));
            }
            if let (Value::Tuple(_), _) = (a, b) {
                return Err(self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                )));
            }
        }
        if op == BinOp::Mult {
            for (seq, n) in [(a, b), (b, a)] {
                if is_sequence(seq) && !is_int(n) {
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(n)
                    )));
                }
            }
        }
        let sym = match (op, inplace) {
            (BinOp::Pow, false) => "** or pow()".to_owned(),
            (_, false) => sym.to_owned(),
            (_, true) => format!("{sym}="),
        };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// In-place `a op= b`: lists extend in place; everything else is `a op b`.
    pub fn inplace_binop(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = int_fast(op, *x, *y) {
                return Ok(v);
            }
        }
        if let (BinOp::Add, Value::List(l)) = (op, a) {
            let items = self.collect(b)?;
            l.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        if let (Value::Set(s), Value::Set(_) | Value::FrozenSet(_)) = (a, b) {
            if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) {
                self.set_inplace(op, s, b)?;
                return Ok(a.clone());
            }
        }
        if let Some(cls) = self.dunder_class(a) {
            let iname = format!("__i{}", &dunder(op).0[2..]);
            if let Some(f) = cls.lookup(&iname) {
                let r = self.call(&f, Args::new(vec![a.clone(), b.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.binop_or_inplace(op, a, b, true)
    }

    fn builtin_binop(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(x & y))),
                BinOp::BitOr => return Ok(Some(Value::Bool(x | y))),
                BinOp::BitXor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if is_int(a) && is_int(b) {
            return self.int_binop(op, a, b).map(Some);
        }
        if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow) {
                return self.float_binop(op, x, y).map(Some);
            }
            return Ok(None);
        }
        Ok(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Some(Value::Str(Rc::from(s)))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Some(Value::list(v))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                Some(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                Some(Value::Bytes(x.iter().chain(y.iter()).copied().collect()))
            }
            (BinOp::Mult, seq, n) | (BinOp::Mult, n, seq) if is_int(n) && is_sequence(seq) => {
                let count = self.repeat_count(n)?;
                Some(self.repeat(seq, count)?)
            }
            (BinOp::Mod, Value::Str(fmt), args) => Some(Value::str(&super::format::percent_format(self, fmt, args)?)),
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let d = Value::dict(x.borrow().clone());
                for e in y.borrow().iter() {
                    self.set_item(&d, e.key.clone(), e.value.clone())?;
                }
                Some(d)
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                Some(self.set_binop(op, a, b)?)
            }
            _ => None,
        })
    }

    fn repeat_count(&self, n: &Value) -> PyResult<usize> {
        match n {
            Value::Int(i) => Ok((*i).max(0) as usize),
            Value::Bool(b) => Ok(*b as usize),
            _ => Err(self.err(ExcType::OverflowError, "cannot fit 'int' into an index-sized integer")),
        }
    }

    fn repeat(&self, seq: &Value, n: usize) -> PyResult<Value> {
        let len = match seq {
            Value::Str(s) => s.len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        if len.saturating_mul(n) > 50_000_000 {
            return Err(self.err(ExcType::MemoryError, ""));
        }
        Ok(match seq {
            Value::Str(s) => Value::str(&s.repeat(n)),
            Value::List(l) => {
                let items = l.borrow();
                Value::list(items.iter().cloned().cycle().take(items.len() * n).collect())
            }
            Value::Tuple(t) => Value::tuple(t.iter().cloned().cycle().take(t.len() * n).collect()),
            Value::Bytes(b) => Value::Bytes(b.repeat(n).into()),
            _ => unreachable!("is_sequence checked"),
        })
    }

    fn int_binop(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (x, y) = (big(a).expect("int"), big(b).expect("int"));
        Ok(match op {
            BinOp::Add => Value::from_bigint(x + y),
            BinOp::Sub => Value::from_bigint(x - y),
            BinOp::Mult => Value::from_bigint(x * y),
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.err(ExcType::ZeroDivisionError, "division by zero"));
                }
                Value::Float(int_true_div(&x, &y))
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.err(ExcType::ZeroDivisionError, "integer division or modulo by zero"));
                }
                Value::from_bigint(x.div_floor(&y))
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.err(ExcType::ZeroDivisionError, "integer modulo by zero"));
                }
                Value::from_bigint(x.mod_floor(&y))
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (as_f64(a).unwrap_or(0.0), as_f64(b).unwrap_or(0.0));
                    if fx == 0.0 {
                        return Err(self.err(
                            ExcType::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Value::Float(fx.powf(fy)));
                }
                let e = y.to_u32().ok_or_else(|| self.err(ExcType::MemoryError, ""))?;
                if x.bits() as u64 * e as u64 > 1_000_000 {
                    return Err(self.err(ExcType::MemoryError, ""));
                }
                Value::from_bigint(num_traits::pow(x, e as usize))
            }
            BinOp::LShift => {
                let n = y.to_i64().unwrap_or(i64::MAX);
                if n < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if n > 100_000 {
                    return Err(self.err(ExcType::OverflowError, "too many digits in integer"));
                }
                Value::from_bigint(x << n as usize)
            }
            BinOp::RShift => {
                let n = y.to_i64().unwrap_or(i64::MAX);
                if n < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Value::from_bigint(x >> (n.min(1 << 20) as usize))
            }
            BinOp::BitOr => Value::from_bigint(x | y),
            BinOp::BitAnd => Value::from_bigint(x & y),
            BinOp::BitXor => Value::from_bigint(x ^ y),
            BinOp::MatMult => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
            }
        })
    }

    fn float_binop(&self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.err(ExcType::ZeroDivisionError, "float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.err(ExcType::ZeroDivisionError, "float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.err(ExcType::ZeroDivisionError, "float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.err(ExcType::ZeroDivisionError, "0.0 cannot be raised to a negative power"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.err(ExcType::OverflowError, "(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => unreachable!("filtered by caller"),
        }))
    }

    /// `op v`.
    pub fn unaryop(&self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        match (op, v) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(v)?)),
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(inst)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                match inst.class.lookup(name) {
                    Some(f) => self.call(&f, Args::new(vec![v.clone()])),
                    None => Err(self.bad_unary(op, v)),
                }
            }
            _ => Err(self.bad_unary(op, v)),
        }
    }

    fn bad_unary(&self, op: UnaryOp, v: &Value) -> Unwind {
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
        };
        self.type_error(format!("bad operand type for unary {}: '{}'", sym, self.type_name(v)))
    }

    /// `a == b`.
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        Ok(match (a, b) {
            (Int(x), Int(y)) => x == y,
            (Str(x), Str(y)) => x == y,
            (None, None) => true,
            (Instance(_) | Native(_), _) | (_, Instance(_) | Native(_)) => return self.rich_eq(a, b),
            _ if is_int(a) && is_int(b) => big(a) == big(b),
            _ => match (as_f64(a), as_f64(b)) {
                (Some(x), Some(y)) => {
                    if let (BigInt(_), Float(f)) | (Float(f), BigInt(_)) = (a, b) {
                        f.fract() == 0.0 && big(if is_int(a) { a } else { b }) == num_bigint::BigInt::from_f64_exact(*f)
                    } else {
                        x == y
                    }
                }
                _ => match (a, b) {
                    (Bytes(x), Bytes(y)) => x == y,
                    (List(x), List(y)) => {
                        if Rc::ptr_eq(x, y) {
                            return Ok(true);
                        }
                        let (x, y) = (x.borrow().clone(), y.borrow().clone());
                        self.seq_eq(&x, &y)?
                    }
                    (Tuple(x), Tuple(y)) => self.seq_eq(x, y)?,
                    (Dict(x), Dict(y)) => self.dict_eq(&x.borrow(), &y.borrow())?,
                    (Set(x), Set(y)) => self.set_eq(&x.borrow(), &y.borrow())?,
                    (Set(x), FrozenSet(y)) | (FrozenSet(y), Set(x)) => self.set_eq(&x.borrow(), y)?,
                    (FrozenSet(x), FrozenSet(y)) => self.set_eq(x, y)?,
                    (Range(x), Range(y)) => range_eq(x, y),
                    (Slice(x), Slice(y)) => {
                        self.eq(&x.0, &y.0)? && self.eq(&x.1, &y.1)? && self.eq(&x.2, &y.2)?
                    }
                    (BoundMethod(x), BoundMethod(y)) => x.this.is(&y.this) && x.func.is(&y.func),
                    _ => a.is(b),
                },
            },
        })
    }

    /// The class whose dunder methods apply to `v`: user instances and native objects have
    /// them; the builtin value types are handled directly.
    fn dunder_class(&self, v: &Value) -> Option<Rc<super::object::Class>> {
        match v {
            Value::Instance(inst) => Some(inst.class.clone()),
            Value::Native(n) => Some(n.class(self)),
            _ => None,
        }
    }

    fn rich_eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        for (x, y) in [(a, b), (b, a)] {
            if let Some(cls) = self.dunder_class(x) {
                if let Some(f) = cls.lookup("__eq__") {
                    let r = self.call(&f, Args::new(vec![x.clone(), y.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return self.truthy(&r);
                    }
                }
            }
        }
        Ok(a.is(b))
    }

    /// Each level of nested containers compared counts towards the recursion limit, as in
    /// CPython, so comparing data nested 100,000 deep ends with RecursionError.
    fn seq_eq(&self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.one_level_deeper(" in comparison", || {
            for (a, b) in x.iter().zip(y) {
                if !(a.is(b) || self.eq(a, b)?) {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    fn dict_eq(&self, x: &super::dict::Dict, y: &super::dict::Dict) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.one_level_deeper(" in comparison", || {
            for e in x.iter() {
                match self.dict_lookup(y, &e.key)? {
                    Some(v) if v.is(&e.value) || self.eq(&v, &e.value)? => {}
                    _ => return Ok(false),
                }
            }
            Ok(true)
        })
    }

    fn set_eq(&self, x: &super::dict::Dict, y: &super::dict::Dict) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for e in x.iter() {
            if self.dict_lookup(y, &e.key)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A comparison operator applied to two values.
    pub fn compare(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        match op {
            CmpOp::Eq => self.eq(a, b),
            CmpOp::NotEq => {
                if let Some(cls) = self.dunder_class(a) {
                    if let Some(f) = cls.lookup("__ne__") {
                        let r = self.call(&f, Args::new(vec![a.clone(), b.clone()]))?;
                        if !matches!(r, Value::NotImplemented) {
                            return self.truthy(&r);
                        }
                    }
                }
                Ok(!self.eq(a, b)?)
            }
            CmpOp::Is => Ok(a.is(b)),
            CmpOp::IsNot => Ok(!a.is(b)),
            CmpOp::In => self.contains(b, a),
            CmpOp::NotIn => Ok(!self.contains(b, a)?),
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => self.order(op, a, b),
        }
    }

    /// `a < b` and friends.
    pub fn order(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        use std::cmp::Ordering;
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(apply_ord(op, x.cmp(y)));
        }
        let ord: Option<Ordering> = if is_int(a) && is_int(b) {
            Some(big(a).cmp(&big(b)))
        } else if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            match x.partial_cmp(&y) {
                Some(o) => Some(o),
                None => return Ok(false),
            }
        } else {
            match (a, b) {
                (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
                (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
                (Value::List(x), Value::List(y)) => {
                    let (x, y) = (x.borrow().clone(), y.borrow().clone());
                    return self.seq_order(op, &x, &y);
                }
                (Value::Tuple(x), Value::Tuple(y)) => return self.seq_order(op, x, y),
                (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                    return super::types::set::set_order(self, op, a, b);
                }
                _ => None,
            }
        };
        if let Some(o) = ord {
            return Ok(apply_ord(op, o));
        }
        let (name, reflected, sym) = match op {
            CmpOp::Lt => ("__lt__", "__gt__", "<"),
            CmpOp::LtE => ("__le__", "__ge__", "<="),
            CmpOp::Gt => ("__gt__", "__lt__", ">"),
            _ => ("__ge__", "__le__", ">="),
        };
        for (x, y, n) in [(a, b, name), (b, a, reflected)] {
            if let Some(cls) = self.dunder_class(x) {
                if let Some(f) = cls.lookup(n) {
                    let r = self.call(&f, Args::new(vec![x.clone(), y.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return self.truthy(&r);
                    }
                }
            }
        }
        Err(self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        )))
    }

    fn seq_order(&self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        self.one_level_deeper(" in comparison", || {
            for (a, b) in x.iter().zip(y) {
                if !(a.is(b) || self.eq(a, b)?) {
                    return self.order(op, a, b);
                }
            }
            Ok(apply_ord(op, x.len().cmp(&y.len())))
        })
    }

    /// `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.contains(&**sub)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                Value::Bytes(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &**sub)),
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                self.seq_contains(&items, item)
            }
            Value::Tuple(t) => self.seq_contains(t, item),
            Value::Dict(d) | Value::Set(d) => Ok(self.dict_lookup(&d.borrow(), item)?.is_some()),
            Value::FrozenSet(d) => Ok(self.dict_lookup(d, item)?.is_some()),
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let (start, stop, step) = **r;
                    let inside = if step > 0 { *i >= start && *i < stop } else { *i <= start && *i > stop };
                    inside && (i - start) % step == 0
                }
                _ => false,
            }),
            Value::Instance(_) | Value::Native(_) if self.dunder_class(container).and_then(|c| c.lookup("__contains__")).is_some() => {
                let f = self.dunder_class(container).and_then(|c| c.lookup("__contains__")).expect("checked");
                let r = self.call(&f, Args::new(vec![container.clone(), item.clone()]))?;
                self.truthy(&r)
            }
            _ => {
                let it = self.iter(container).map_err(|_| {
                    self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(container)
                    ))
                })?;
                while let Some(x) = self.next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    fn seq_contains(&self, items: &[Value], item: &Value) -> PyResult<bool> {
        for x in items {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `hash(v)`, with CPython's values for numbers (so `hash(1) == hash(1.0) == hash(True)`).
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => {
                let m = BigInt::from(HASH_MODULUS);
                let r = (b.abs() % &m).to_i64().unwrap_or(0);
                let h = if b.is_negative() { -r } else { r };
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Value::Float(f) => hash_f64(*f),
            Value::Str(s) => hash_bytes(s.as_bytes()),
            Value::Bytes(b) => hash_bytes(b),
            Value::None => 0x5f5e_1000,
            Value::Tuple(items) => {
                let mut hashes = Vec::with_capacity(items.len());
                for x in items.iter() {
                    hashes.push(self.hash(x)?);
                }
                tuple_hash(&hashes)
            }
            Value::FrozenSet(d) => {
                let mut h: i64 = 0;
                for e in d.iter() {
                    h ^= e.hash.wrapping_mul(0x9E37_79B9);
                }
                h
            }
            Value::Range(r) => tuple_hash(&[hash_i64(r.0), hash_i64(r.1), hash_i64(r.2)]),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
            }
            Value::Instance(inst) => {
                let cls = &inst.class;
                match cls.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(self.type_error(format!("unhashable type: '{}'", cls.name)));
                    }
                    Some(f) => match self.call(&f, Args::new(vec![v.clone()]))? {
                        Value::Int(i) => i,
                        other => self.hash(&other)?,
                    },
                    None if cls.lookup("__eq__").is_some() => {
                        return Err(self.type_error(format!("unhashable type: '{}'", cls.name)));
                    }
                    None => (v.identity() >> 4) as i64,
                }
            }
            _ => (v.identity() >> 4) as i64,
        })
    }

    /// Looks `key` up in a dict-like table using Python hashing and equality.
    pub fn dict_lookup(&self, d: &super::dict::Dict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(d.get(h, key, &mut |a, b| self.eq(a, b))?.map(|e| e.value.clone()))
    }

    /// `d[key] = value` for a dict or set table.
    pub fn dict_insert(&self, d: &mut super::dict::Dict, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        d.insert(h, key, value, &mut |a, b| self.eq(a, b))
    }

    /// Removes `key` from a dict or set table; returns its value.
    pub fn dict_remove(&self, d: &mut super::dict::Dict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(d.remove(h, key, &mut |a, b| self.eq(a, b))?.map(|e| e.value))
    }
}

/// Ranges are equal when they hold the same numbers.
fn range_eq(x: &(i64, i64, i64), y: &(i64, i64, i64)) -> bool {
    let n = super::iterators::range_len(x);
    n == super::iterators::range_len(y) && (n == 0 || (x.0 == y.0 && (n == 1 || x.2 == y.2)))
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_))
}

fn apply_ord(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        CmpOp::GtE => o != Less,
        _ => false,
    }
}

#[inline]
fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            let q = x / y;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        _ => return None,
    }))
}

/// True division of two ints, correctly rounded like CPython for the common cases.
fn int_true_div(x: &BigInt, y: &BigInt) -> f64 {
    match (x.to_i64(), y.to_i64()) {
        (Some(a), Some(b)) if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) => a as f64 / b as f64,
        _ => x.to_f64().unwrap_or(f64::INFINITY) / y.to_f64().unwrap_or(f64::INFINITY),
    }
}

/// Python's float divmod: floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn hash_i64(i: i64) -> i64 {
    let r = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS as u64) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS as u64) | (x >> (61 - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// FNV-1a over bytes (str/bytes hashes are randomised in CPython, so any good hash will do).
fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for x in b {
        h ^= *x as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython 3.8+'s tuple hash (xxHash-based).
fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(hashes.len() as u64 ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> Option<BigInt>;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        num_traits::FromPrimitive::from_f64(f)
    }
}
