//! Set algebra shared by `set` and `frozenset`, done in the steps CPython 3.11's
//! `Objects/setobject.c` takes — which table is copied, which one is walked, what is added or
//! discarded in what order — so that results iterate in CPython's slot order.

use crate::python::ast::{BinOp, CmpOp, Constant, Expr, ExprKind, UnaryOp};
use crate::python::dict::Dict;
use crate::python::interp::Interp;
use crate::python::value::Value;
use crate::python::PyResult;
use std::cell::RefCell;
use std::rc::Rc;

/// A snapshot of the table of a set or frozenset, `None` for other values.
pub fn table(v: &Value) -> Option<Dict> {
    match v {
        Value::Set(d) => Some(d.borrow().clone()),
        Value::FrozenSet(d) => Some((**d).clone()),
        _ => None,
    }
}

/// Whether `a` and `b` are the same set object.
fn same(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) if a.is(b))
}

/// A set value of `like`'s type (`set` or `frozenset`) holding `d`.
pub fn set_like(like: &Value, d: Dict) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(d)),
        _ => Value::Set(Rc::new(RefCell::new(d))),
    }
}

/// Whether CPython's compiler folds this set display into a constant frozenset (three or more
/// items, all constants once folded), which changes the table layout the set starts from.
pub fn folds_to_frozenset(items: &[Expr]) -> bool {
    fn constant(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Constant(c) => !matches!(c, Constant::Imaginary(_)),
            ExprKind::UnaryOp { op: UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, operand } => {
                matches!(&operand.kind, ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_) | Constant::Float(_) | Constant::Bool(_)))
            }
            ExprKind::Tuple(items) => items.iter().all(constant),
            _ => false,
        }
    }
    items.len() > 2 && items.iter().all(constant)
}

impl Interp {
    /// A set display `{a, b, c}`: items added one by one, or (when the compiler would have
    /// folded them into a constant frozenset) merged from such a frozenset, as CPython's
    /// `BUILD_SET`/`SET_UPDATE` does.
    pub fn build_set_display(&self, items: Vec<Value>, folded: bool) -> PyResult<Value> {
        let mut d = Dict::new();
        for x in items {
            self.set_add(&mut d, x)?;
        }
        if folded {
            d = self.set_copy(&d)?;
        }
        Ok(Value::Set(Rc::new(RefCell::new(d))))
    }

    fn set_add(&self, d: &mut Dict, key: Value) -> PyResult<()> {
        self.dict_insert(d, key, Value::None)
    }

    fn set_contains(&self, d: &Dict, key: &Value) -> PyResult<bool> {
        Ok(self.dict_lookup(d, key)?.is_some())
    }

    /// `set_merge`: adds the entries of the set table `other`.
    fn set_merge(&self, so: &mut Dict, other: &Dict) -> PyResult<()> {
        so.merge_set(other, &mut |a, b| self.eq(a, b))
    }

    /// A copy of a set table, laid out as CPython lays out `set.copy()`.
    pub fn set_copy(&self, so: &Dict) -> PyResult<Dict> {
        let mut out = Dict::new();
        self.set_merge(&mut out, so)?;
        Ok(out)
    }

    /// `set_update_internal`: adds everything `other` iterates over.
    pub fn set_update(&self, so: &mut Dict, other: &Value) -> PyResult<()> {
        if let Some(o) = table(other) {
            return self.set_merge(so, &o);
        }
        if let Value::Dict(d) = other {
            let d = d.borrow().clone();
            if (so.fill() + d.len()) * 5 >= so.mask() * 3 {
                so.resize((so.len() + d.len()) * 2);
            }
            for e in d.iter() {
                self.set_add(so, e.key.clone())?;
            }
            return Ok(());
        }
        let it = self.iter(other)?;
        while let Some(x) = self.next(&it)? {
            self.set_add(so, x)?;
        }
        Ok(())
    }

    /// A new set table holding what `iterable` iterates over (`set(iterable)`).
    pub fn set_from(&self, iterable: &Value) -> PyResult<Dict> {
        let mut d = Dict::new();
        self.set_update(&mut d, iterable)?;
        Ok(d)
    }

    /// `set_intersection`: walks the smaller set (or the iterable), keeping what the other
    /// holds.
    fn set_intersection(&self, so: &Dict, other: &Value) -> PyResult<Dict> {
        let mut result = Dict::new();
        match table(other) {
            Some(o) => {
                let (big, small) = if o.len() > so.len() { (&o, so) } else { (so, &o) };
                for e in small.iter_set() {
                    if self.set_contains(big, &e.key)? {
                        self.set_add(&mut result, e.key.clone())?;
                    }
                }
            }
            None => {
                let it = self.iter(other)?;
                while let Some(x) = self.next(&it)? {
                    if self.set_contains(so, &x)? {
                        self.set_add(&mut result, x)?;
                    }
                }
            }
        }
        Ok(result)
    }

    /// `set_difference_update_internal`: discards what `other` holds, then sweeps dummies away
    /// if they are more than a quarter of the table.
    fn set_difference_update(&self, so: &mut Dict, other: &Value) -> PyResult<()> {
        match table(other) {
            Some(o) => {
                let o = if (o.len() >> 3) > so.len() { self.set_intersection(so, other)? } else { o };
                for e in o.iter_set() {
                    self.dict_remove(so, &e.key)?;
                }
            }
            None => {
                for x in self.collect(other)? {
                    self.dict_remove(so, &x)?;
                }
            }
        }
        if so.fill() - so.len() > so.mask() / 4 {
            so.resize(if so.len() > 50_000 { so.len() * 2 } else { so.len() * 4 });
        }
        Ok(())
    }

    /// `set_difference`: walks `so` keeping what `other` lacks, or copies and discards when
    /// `so` is much bigger (or `other` is not a set or dict).
    fn set_difference(&self, so: &Dict, other: &Value) -> PyResult<Dict> {
        let other_len = match other {
            Value::Set(d) => d.borrow().len(),
            Value::FrozenSet(d) => d.len(),
            Value::Dict(d) => d.borrow().len(),
            _ => usize::MAX,
        };
        if other_len == usize::MAX || (so.len() >> 2) > other_len {
            let mut result = self.set_copy(so)?;
            self.set_difference_update(&mut result, other)?;
            return Ok(result);
        }
        let other_table = match other {
            Value::Dict(d) => d.borrow().clone(),
            _ => table(other).unwrap_or_default(),
        };
        let mut result = Dict::new();
        for e in so.iter_set() {
            if !self.set_contains(&other_table, &e.key)? {
                self.set_add(&mut result, e.key.clone())?;
            }
        }
        Ok(result)
    }

    /// `set_symmetric_difference_update`: each item of `other` is discarded if present, else
    /// added.
    fn set_symmetric_difference_update(&self, so: &mut Dict, other: &Value) -> PyResult<()> {
        let items: Vec<Value> = match other {
            Value::Dict(d) => d.borrow().iter().map(|e| e.key.clone()).collect(),
            _ => {
                let o = match table(other) {
                    Some(o) => o,
                    None => self.set_from(other)?,
                };
                o.iter_set().map(|e| e.key.clone()).collect()
            }
        };
        for x in items {
            if self.dict_remove(so, &x)?.is_none() {
                self.set_add(so, x)?;
            }
        }
        Ok(())
    }

    /// `a op b` for a set `a` and any iterable `b` (the methods' form; the operators require
    /// both to be sets); the result has `a`'s type.
    pub fn set_binop(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let so = table(a).unwrap_or_default();
        let result = match op {
            BinOp::BitOr => {
                let mut r = self.set_copy(&so)?;
                if !same(a, b) {
                    self.set_update(&mut r, b)?;
                }
                r
            }
            BinOp::BitAnd if same(a, b) => self.set_copy(&so)?,
            BinOp::BitAnd => self.set_intersection(&so, b)?,
            BinOp::Sub if same(a, b) => Dict::new(),
            BinOp::Sub => self.set_difference(&so, b)?,
            _ if same(a, b) => Dict::new(),
            _ => {
                let mut r = self.set_from(b)?;
                self.set_symmetric_difference_update(&mut r, a)?;
                r
            }
        };
        Ok(set_like(a, result))
    }

    /// `s op= other` for a mutable set `s`: changes `s` itself.
    pub fn set_inplace(&self, op: BinOp, s: &Rc<RefCell<Dict>>, other: &Value) -> PyResult<()> {
        let this = Value::Set(s.clone());
        if same(&this, other) {
            if matches!(op, BinOp::Sub | BinOp::BitXor) {
                s.borrow_mut().clear();
            }
            return Ok(());
        }
        let mut so = s.borrow_mut();
        match op {
            BinOp::BitOr => self.set_update(&mut so, other),
            BinOp::BitAnd => {
                let result = self.set_intersection(&so, other)?;
                so.replace_table(result);
                Ok(())
            }
            BinOp::Sub => self.set_difference_update(&mut so, other),
            _ => self.set_symmetric_difference_update(&mut so, other),
        }
    }
}

fn subset(interp: &Interp, x: &Dict, y: &Dict) -> PyResult<bool> {
    for e in x.iter() {
        if interp.dict_lookup(y, &e.key)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a < b` and friends for sets: subset and superset tests.
pub fn set_order(interp: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = (table(a).unwrap_or_default(), table(b).unwrap_or_default());
    Ok(match op {
        CmpOp::LtE => subset(interp, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && subset(interp, &x, &y)?,
        CmpOp::GtE => subset(interp, &y, &x)?,
        _ => x.len() > y.len() && subset(interp, &y, &x)?,
    })
}
