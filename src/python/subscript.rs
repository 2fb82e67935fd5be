//! Subscripts: `v[i]`, `v[a:b:c]`, assignment and deletion through them.

use super::exceptions::ExcType;
use super::interp::Interp;
use super::object::Args;
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

/// Resolved slice bounds over a sequence of length `len`: `(start, stop, step)` following
/// `slice.indices`.
pub fn slice_indices(interp: &Interp, s: &(Value, Value, Value), len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let get = |v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 })),
            _ => Err(interp.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = get(&s.2)?.unwrap_or(1);
    if step == 0 {
        return Err(interp.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(get(&s.0)?, if step < 0 { upper } else { lower });
    let stop = clamp(get(&s.1)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let r = i as usize;
            i += step;
            Some(r)
        } else {
            None
        }
    })
}

impl Interp {
    fn index(&self, v: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => i64::MAX,
            Value::Instance(_) => match self.call_method(v, "__index__", Args::default())? {
                Value::Int(i) => i,
                _ => return Err(self.type_error("__index__ returned non-int")),
            },
            _ if what == "str" => {
                return Err(self.type_error(format!("string indices must be integers, not '{}'", self.type_name(v))))
            }
            _ => {
                return Err(self.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    self.type_name(v)
                )))
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "str" => "string index out of range".to_string(),
                _ => format!("{what} index out of range"),
            };
            return Err(self.err(ExcType::IndexError, msg));
        }
        Ok(j as usize)
    }

    /// `v[key]`.
    pub fn get_item(&self, v: &Value, key: &Value) -> PyResult<Value> {
        match (v, key) {
            (Value::List(l), Value::Slice(s)) => {
                let items = l.borrow();
                let (a, b, c) = slice_indices(self, s, items.len())?;
                Ok(Value::list(slice_positions(a, b, c).map(|i| items[i].clone()).collect()))
            }
            (Value::List(l), _) => {
                let items = l.borrow();
                let i = self.index(key, items.len(), "list")?;
                Ok(items[i].clone())
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let (a, b, c) = slice_indices(self, s, t.len())?;
                Ok(Value::tuple(slice_positions(a, b, c).map(|i| t[i].clone()).collect()))
            }
            (Value::Tuple(t), _) => Ok(t[self.index(key, t.len(), "tuple")?].clone()),
            (Value::Str(s), _) => {
                let chars: Vec<char> = s.chars().collect();
                if let Value::Slice(sl) = key {
                    let (a, b, c) = slice_indices(self, sl, chars.len())?;
                    return Ok(Value::str(&slice_positions(a, b, c).map(|i| chars[i]).collect::<String>()));
                }
                let i = self.index(key, chars.len(), "str")?;
                Ok(Value::str(chars[i].encode_utf8(&mut [0; 4])))
            }
            (Value::Bytes(b), Value::Slice(sl)) => {
                let (x, y, z) = slice_indices(self, sl, b.len())?;
                Ok(Value::Bytes(slice_positions(x, y, z).map(|i| b[i]).collect()))
            }
            (Value::Bytes(b), _) => Ok(Value::Int(b[self.index(key, b.len(), "index")?] as i64)),
            (Value::Range(r), Value::Slice(sl)) => {
                let (a, b, c) = slice_indices(self, sl, super::iterators::range_len(r) as usize)?;
                let at = |k: i64| r.0 + r.2 * k;
                Ok(Value::Range(Rc::new((at(a), at(b), r.2 * c))))
            }
            (Value::Range(r), _) => {
                let len = super::iterators::range_len(r) as usize;
                let i = self.index(key, len, "range object")?;
                Ok(Value::Int(r.0 + r.2 * i as i64))
            }
            (Value::Dict(d), _) => {
                let found = self.dict_lookup(&d.borrow(), key)?;
                match found {
                    Some(x) => Ok(x),
                    None => Err(key_error(self, key)),
                }
            }
            (Value::Instance(inst), _) => match inst.class.lookup("__getitem__") {
                Some(f) => self.call(&f, Args::new(vec![v.clone(), key.clone()])),
                None => Err(self.not_subscriptable(v)),
            },
            (Value::Class(c), _) if &*c.module == "builtins" || c.lookup("__class_getitem__").is_some() => Ok(v.clone()),
            (Value::Native(_), _) => match self.lookup_attr(v, "__getitem__")? {
                Some(f) => self.call(&f, Args::new(vec![key.clone()])),
                None => Err(self.not_subscriptable(v)),
            },
            _ => Err(self.not_subscriptable(v)),
        }
    }

    fn not_subscriptable(&self, v: &Value) -> super::exceptions::Unwind {
        self.type_error(format!("'{}' object is not subscriptable", self.type_name(v)))
    }

    /// `v[key] = value`.
    pub fn set_item(&self, v: &Value, key: Value, value: Value) -> PyResult<()> {
        match v {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new_items = self.collect(&value)?;
                    let mut items = l.borrow_mut();
                    let (a, b, c) = slice_indices(self, s, items.len())?;
                    if c == 1 {
                        let b = b.max(a);
                        items.splice(a as usize..b as usize, new_items);
                        return Ok(());
                    }
                    let positions: Vec<usize> = slice_positions(a, b, c).collect();
                    if positions.len() != new_items.len() {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            positions.len()
                        )));
                    }
                    for (p, x) in positions.into_iter().zip(new_items) {
                        items[p] = x;
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.index(&key, len, "list assignment")?;
                l.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => {
                let h = self.hash(&key)?;
                let mut eq = |a: &Value, b: &Value| self.eq(a, b);
                let mut table = d.try_borrow_mut().map_err(|_| self.err(ExcType::RuntimeError, "dictionary changed during lookup"))?;
                table.insert(h, key, value, &mut eq)
            }
            Value::Instance(inst) => match inst.class.lookup("__setitem__") {
                Some(f) => self.call(&f, Args::new(vec![v.clone(), key, value])).map(drop),
                None => Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    inst.class.name
                ))),
            },
            Value::Native(_) if self.lookup_attr(v, "__setitem__")?.is_some() => {
                let f = self.get_attr(v, "__setitem__")?;
                self.call(&f, Args::new(vec![key, value])).map(drop)
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(v)
            ))),
        }
    }

    /// `del v[key]`.
    pub fn del_item(&self, v: &Value, key: &Value) -> PyResult<()> {
        match v {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let mut items = l.borrow_mut();
                    let (a, b, c) = slice_indices(self, s, items.len())?;
                    let mut positions: Vec<usize> = slice_positions(a, b, c).collect();
                    positions.sort_unstable();
                    for p in positions.into_iter().rev() {
                        items.remove(p);
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.index(key, len, "list assignment")?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => {
                let removed = self.dict_remove(&mut d.borrow_mut(), key)?;
                match removed {
                    Some(_) => Ok(()),
                    None => Err(key_error(self, key)),
                }
            }
            Value::Instance(inst) => match inst.class.lookup("__delitem__") {
                Some(f) => self.call(&f, Args::new(vec![v.clone(), key.clone()])).map(drop),
                None => Err(self.type_error(format!("'{}' object doesn't support item deletion", inst.class.name))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(v)
            ))),
        }
    }
}

/// `KeyError(key)`.
pub fn key_error(interp: &Interp, key: &Value) -> super::exceptions::Unwind {
    super::exceptions::Unwind::Raise(super::exceptions::new_instance(
        interp.exc_class(ExcType::KeyError),
        vec![key.clone()],
    ))
}

/// A `slice` value.
pub fn new_slice(a: Value, b: Value, c: Value) -> Value {
    Value::Slice(Rc::new((a, b, c)))
}
