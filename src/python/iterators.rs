//! Iterators over the builtin containers: sequences, ranges, dict/set views, and the
//! `__getitem__` fallback protocol.

use super::dict::Dict;
use super::exceptions::{ExcType, Unwind};
use super::interp::Interp;
use super::object::{Args, Class, Native};
use super::value::Value;
use super::PyResult;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Number of items in `range(start, stop, step)`.
pub fn range_len(r: &(i64, i64, i64)) -> i64 {
    let (start, stop, step) = *r;
    let n = if step > 0 {
        (stop as i128 - start as i128 + step as i128 - 1) / step as i128
    } else {
        (start as i128 - stop as i128 - step as i128 - 1) / (-(step as i128))
    };
    n.max(0) as i64
}

fn iterator_class(interp: &Interp, key: &'static str) -> Rc<Class> {
    interp.native_class(key, |_, _| {})
}

/// Iterator over a list, tuple, str or bytes (by index, so a list may grow while iterated).
pub struct SeqIter {
    seq: Value,
    pos: Cell<usize>,
}

impl SeqIter {
    /// A new iterator value over `seq`.
    pub fn value(seq: Value) -> Value {
        Value::Native(Rc::new(SeqIter { seq, pos: Cell::new(0) }))
    }
}

impl Native for SeqIter {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        match self.seq {
            Value::List(_) => iterator_class(interp, "list_iterator"),
            Value::Tuple(_) => iterator_class(interp, "tuple_iterator"),
            Value::Str(_) => iterator_class(interp, "str_ascii_iterator"),
            _ => iterator_class(interp, "bytes_iterator"),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _interp: &Interp) -> Option<PyResult<Option<Value>>> {
        let i = self.pos.get();
        let item = match &self.seq {
            Value::List(l) => l.borrow().get(i).cloned(),
            Value::Tuple(t) => t.get(i).cloned(),
            Value::Str(s) => {
                // Walk by byte offset: `pos` is a byte index for strings.
                let rest = &s[i..];
                rest.chars().next().map(|c| {
                    self.pos.set(i + c.len_utf8() - 1);
                    Value::str(c.encode_utf8(&mut [0; 4]))
                })
            }
            Value::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
            _ => None,
        };
        if item.is_some() {
            self.pos.set(self.pos.get() + 1);
        }
        Some(Ok(item))
    }
}

/// Iterator over a `range`.
pub struct RangeIter {
    next: Cell<i64>,
    remaining: Cell<i64>,
    step: i64,
}

impl RangeIter {
    /// A new iterator value over `range(start, stop, step)`.
    pub fn value(r: &(i64, i64, i64)) -> Value {
        Value::Native(Rc::new(RangeIter { next: Cell::new(r.0), remaining: Cell::new(range_len(r)), step: r.2 }))
    }

    /// The next number, if any (used directly by `for` loops).
    pub fn next_int(&self) -> Option<i64> {
        let left = self.remaining.get();
        if left <= 0 {
            return None;
        }
        self.remaining.set(left - 1);
        let v = self.next.get();
        self.next.set(v.wrapping_add(self.step));
        Some(v)
    }
}

impl Native for RangeIter {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        iterator_class(interp, "range_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _interp: &Interp) -> Option<PyResult<Option<Value>>> {
        Some(Ok(self.next_int().map(Value::Int)))
    }
}

/// Which part of each dict entry a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    /// `iter(d)`, `d.keys()`, sets.
    Keys,
    /// `d.values()`.
    Values,
    /// `d.items()`.
    Items,
}

/// Iterator over a dict or set; raises `RuntimeError` if the size changes meanwhile.
pub struct DictIter {
    dict: Rc<RefCell<Dict>>,
    pos: Cell<usize>,
    len: usize,
    part: DictPart,
}

impl DictIter {
    /// A new iterator value.
    pub fn value(dict: Rc<RefCell<Dict>>, part: DictPart) -> Value {
        let len = dict.borrow().len();
        Value::Native(Rc::new(DictIter { dict, pos: Cell::new(0), len, part }))
    }
}

impl Native for DictIter {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        match self.part {
            DictPart::Keys => iterator_class(interp, "dict_keyiterator"),
            DictPart::Values => iterator_class(interp, "dict_valueiterator"),
            DictPart::Items => iterator_class(interp, "dict_itemiterator"),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, interp: &Interp) -> Option<PyResult<Option<Value>>> {
        let d = self.dict.borrow();
        if d.len() != self.len {
            return Some(Err(interp.err(ExcType::RuntimeError, "dictionary changed size during iteration")));
        }
        let Some((next, e)) = d.entry_from(self.pos.get()) else { return Some(Ok(None)) };
        self.pos.set(next);
        Some(Ok(Some(match self.part {
            DictPart::Keys => e.key.clone(),
            DictPart::Values => e.value.clone(),
            DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
        })))
    }
}

/// Iterator over a set or frozenset, in CPython's slot order; raises `RuntimeError` if the
/// size changes meanwhile.
pub struct SetIter {
    set: Rc<RefCell<Dict>>,
    pos: Cell<usize>,
    len: usize,
    /// Walks insertion positions instead of slots (see `Dict::iterates_by_insertion`).
    by_insertion: bool,
}

impl SetIter {
    /// A new iterator value.
    pub fn value(set: Rc<RefCell<Dict>>) -> Value {
        let (len, by_insertion) = {
            let d = set.borrow();
            (d.len(), d.iterates_by_insertion())
        };
        Value::Native(Rc::new(SetIter { set, pos: Cell::new(0), len, by_insertion }))
    }
}

impl Native for SetIter {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        iterator_class(interp, "set_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, interp: &Interp) -> Option<PyResult<Option<Value>>> {
        let d = self.set.borrow();
        if d.len() != self.len {
            return Some(Err(interp.err(ExcType::RuntimeError, "Set changed size during iteration")));
        }
        let found = if self.by_insertion { d.entry_from(self.pos.get()) } else { d.slot_entry_from(self.pos.get()) };
        let Some((next, e)) = found else { return Some(Ok(None)) };
        self.pos.set(next);
        Some(Ok(Some(e.key.clone())))
    }
}

/// Iterator for objects that only define `__getitem__`: indexes 0, 1, 2 ... until
/// `IndexError`.
pub struct GetItemIter {
    obj: Value,
    pos: Cell<i64>,
}

impl GetItemIter {
    /// A new iterator value.
    pub fn value(obj: Value) -> Value {
        Value::Native(Rc::new(GetItemIter { obj, pos: Cell::new(0) }))
    }
}

impl Native for GetItemIter {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        iterator_class(interp, "iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, interp: &Interp) -> Option<PyResult<Option<Value>>> {
        let i = self.pos.get();
        self.pos.set(i + 1);
        Some(match interp.call_method(&self.obj, "__getitem__", Args::new(vec![Value::Int(i)])) {
            Ok(v) => Ok(Some(v)),
            Err(Unwind::Raise(e)) if interp.is_exc(&e, ExcType::IndexError) || interp.is_exc(&e, ExcType::StopIteration) => {
                Ok(None)
            }
            Err(e) => Err(e),
        })
    }
}
