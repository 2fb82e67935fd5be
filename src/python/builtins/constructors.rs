//! Calling the builtin types (`int(x)`, `str(x)`, `list(it)` ...) and the builtin iterator
//! makers (`enumerate`, `zip`, `map`, `filter`, `reversed`), plus `super()`.

use crate::python::dict::Dict;
use crate::python::exceptions::ExcType;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

fn set_new(cls: &Rc<Class>, f: crate::python::object::BuiltinFn) {
    cls.attrs.borrow_mut().set(Rc::from("__new__"), builtin("__new__", f));
}

/// Installs the constructors.
pub fn install(interp: &Interp) {
    let t = &interp.types;
    set_new(&t.object, |i, a| {
        let Some(Value::Class(c)) = a.pos.first() else { return Err(i.type_error("object() bad call")) };
        if c.kind == crate::python::object::ClassKind::Object {
            return Ok(Value::Instance(Rc::new(crate::python::object::Instance {
                class: c.clone(),
                attrs: Default::default(),
                exc: None,
            })));
        }
        Err(i.type_error("object.__new__() bad call"))
    });
    set_new(&t.int, int_new);
    set_new(&t.bool_, |i, a| Ok(Value::Bool(match a.pos.get(1) {
        Some(v) => i.truthy(v)?,
        None => false,
    })));
    set_new(&t.float, float_new);
    set_new(&t.str_, |i, a| Ok(match a.pos.get(1) {
        Some(Value::Bytes(b)) if a.pos.len() > 2 || !a.kw.is_empty() => Value::str(&String::from_utf8_lossy(b)),
        Some(v) => Value::str(&i.to_str(v)?),
        None => Value::str(""),
    }));
    set_new(&t.list, |i, a| Ok(Value::list(match a.pos.get(1) {
        Some(v) => i.collect(v)?,
        None => vec![],
    })));
    set_new(&t.tuple, |i, a| Ok(match a.pos.get(1) {
        Some(v @ Value::Tuple(_)) => v.clone(),
        Some(v) => Value::tuple(i.collect(v)?),
        None => Value::tuple(vec![]),
    }));
    set_new(&t.set, |i, a| {
        let d = match a.pos.get(1) {
            Some(v) => i.set_from(v)?,
            None => Dict::new(),
        };
        Ok(Value::Set(Rc::new(std::cell::RefCell::new(d))))
    });
    set_new(&t.frozenset, |i, a| match a.pos.get(1) {
        Some(v @ Value::FrozenSet(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::FrozenSet(Rc::new(i.set_from(v)?))),
        None => Ok(Value::FrozenSet(Rc::new(Dict::new()))),
    });
    set_new(&t.dict, dict_new);
    set_new(&t.range, range_new);
    set_new(&t.slice, |i, a| {
        let p: Vec<Value> = a.pos.into_iter().skip(1).collect();
        let (x, y, z) = match p.len() {
            1 => (Value::None, p[0].clone(), Value::None),
            2 => (p[0].clone(), p[1].clone(), Value::None),
            3 => (p[0].clone(), p[1].clone(), p[2].clone()),
            _ => return Err(i.type_error("slice expected at least 1 argument, got 0")),
        };
        Ok(crate::python::subscript::new_slice(x, y, z))
    });
    set_new(&t.type_, |i, a| match a.pos.len() {
        2 => Ok(Value::Class(i.type_of(&a.pos[1]))),
        4 => new_class(i, &a.pos[1], &a.pos[2], &a.pos[3]),
        _ => Err(i.type_error("type() takes 1 or 3 arguments")),
    });
    set_new(&t.bytes, |i, a| match a.pos.get(1) {
        Some(Value::Str(s)) => Ok(Value::Bytes(s.as_bytes().into())),
        Some(Value::Int(n)) if *n >= 0 => Ok(Value::Bytes(vec![0u8; *n as usize].into())),
        Some(v) => {
            let mut out = Vec::new();
            for x in i.collect(v)? {
                match x {
                    Value::Int(b) if (0..256).contains(&b) => out.push(b as u8),
                    _ => return Err(i.value_error("bytes must be in range(0, 256)")),
                }
            }
            Ok(Value::Bytes(out.into()))
        }
        None => Ok(Value::Bytes(Rc::from(Vec::new()))),
    });
    let iterators: &[(&'static str, crate::python::object::BuiltinFn)] = &[
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("reversed", reversed),
        ("super", super_new),
    ];
    for (name, f) in iterators {
        interp.add_builtin(name, *f);
    }
}

/// `type(name, bases, namespace)`: a new class, as a `class` statement would make it.
fn new_class(i: &Interp, name: &Value, bases: &Value, namespace: &Value) -> PyResult<Value> {
    let Value::Str(name) = name else { return Err(i.type_error("type.__new__() argument 1 must be str")) };
    let Value::Tuple(bases) = bases else { return Err(i.type_error("type.__new__() argument 2 must be tuple")) };
    let Value::Dict(namespace) = namespace else { return Err(i.type_error("type.__new__() argument 3 must be dict")) };
    let mut base_classes = Vec::new();
    for b in bases.iter() {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            other => return Err(i.type_error(format!("bases must be types, not {}", i.type_name(other)))),
        }
    }
    if base_classes.is_empty() {
        base_classes.push(i.types.object.clone());
    }
    let mro = crate::python::class_mro::linearize(&base_classes)
        .ok_or_else(|| i.type_error("Cannot create a consistent method resolution order (MRO) for bases"))?;
    let kind = if mro.iter().any(|c| c.kind == crate::python::object::ClassKind::Exception) {
        crate::python::object::ClassKind::Exception
    } else {
        crate::python::object::ClassKind::User
    };
    let mut attrs = crate::python::attrs::Attrs::new();
    for e in namespace.borrow().iter() {
        let Value::Str(k) = &e.key else { return Err(i.type_error("namespace keys must be strings")) };
        attrs.set(k.clone(), e.value.clone());
    }
    let module = match attrs.get("__module__") {
        Some(Value::Str(m)) => m.clone(),
        _ => Rc::from("__main__"),
    };
    let cls = Rc::new(Class {
        name: name.clone(),
        qualname: name.clone(),
        module,
        bases: base_classes,
        mro,
        attrs: std::cell::RefCell::new(attrs),
        kind,
    });
    i.objects.class(&cls);
    Ok(Value::Class(cls))
}

fn int_new(i: &Interp, mut a: Args) -> PyResult<Value> {
    let base_kw = a.take_kw("base");
    let v = a.pos.get(1).cloned();
    let base = a.pos.get(2).cloned().or(base_kw);
    match (v, base) {
        (None, _) => Ok(Value::Int(0)),
        (Some(Value::Str(s)), base) => {
            let base = match base {
                Some(Value::Int(b)) if b == 0 || (2..=36).contains(&b) => b as u32,
                Some(Value::Int(_)) => return Err(i.value_error("int() base must be >= 2 and <= 36, or 0")),
                Some(v) => return Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(&v)))),
                None => 10,
            };
            parse_int(i, &s, base)
        }
        (Some(Value::Float(f)), _) => {
            if f.is_nan() {
                return Err(i.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(i.err(ExcType::OverflowError, "cannot convert float infinity to integer"));
            }
            Ok(match num_traits::FromPrimitive::from_f64(f.trunc()) {
                Some(b) => Value::from_bigint(b),
                None => Value::Int(0),
            })
        }
        (Some(Value::Bool(b)), _) => Ok(Value::Int(b as i64)),
        (Some(v @ (Value::Int(_) | Value::BigInt(_))), _) => Ok(v),
        (Some(v @ Value::Instance(_)), _) => match i.lookup_attr(&v, "__int__")? {
            Some(f) => i.call(&f, Args::default()),
            None => Err(i.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                i.type_name(&v)
            ))),
        },
        (Some(v), _) => Err(i.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            i.type_name(&v)
        ))),
    }
}

fn parse_int(i: &Interp, s: &str, base: u32) -> PyResult<Value> {
    let t = s.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let mut digits = digits.replace('_', "");
    let lower = digits.to_ascii_lowercase();
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && lower.starts_with(p) {
            digits = digits[2..].to_string();
            base = b;
        }
    }
    if base == 0 {
        base = 10;
    }
    let bad = || i.value_error(format!("invalid literal for int() with base {}: {}", base, crate::python::repr::str_repr(s)));
    if digits.is_empty() || t.contains("__") || t.ends_with('_') {
        return Err(bad());
    }
    if base == 10 {
        i.check_decimal_digits(&digits)?;
    }
    match num_bigint::BigInt::parse_bytes(digits.as_bytes(), base) {
        Some(b) => Ok(Value::from_bigint(if neg { -b } else { b })),
        None => Err(bad()),
    }
}

fn float_new(i: &Interp, a: Args) -> PyResult<Value> {
    match a.pos.get(1) {
        None => Ok(Value::Float(0.0)),
        Some(Value::Str(s)) => {
            let t = s.trim().replace('_', "");
            let lower = t.to_ascii_lowercase();
            let v = match lower.trim_start_matches(['+', '-']) {
                "inf" | "infinity" => Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY }),
                "nan" => Some(distinct_nan()),
                _ => t.parse::<f64>().ok(),
            };
            v.map(Value::Float)
                .ok_or_else(|| i.value_error(format!("could not convert string to float: {}", crate::python::repr::str_repr(s))))
        }
        Some(v) => match crate::python::ops::as_f64(v) {
            Some(f) => Ok(Value::Float(f)),
            None => match i.lookup_attr(v, "__float__")? {
                Some(f) => i.call(&f, Args::default()),
                None => Err(i.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    i.type_name(v)
                ))),
            },
        },
    }
}

thread_local! {
    /// How many NaNs `float()` has made (each gets its own payload).
    static NANS: Cell<u64> = const { Cell::new(0) };
}

/// A NaN with a payload no other `float('nan')` has: CPython's NaNs are distinct objects, so
/// `float('nan') in [float('nan')]` is false while `n in [n]` is true, and identity here is
/// the bit pattern.
fn distinct_nan() -> f64 {
    let n = NANS.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    f64::from_bits(0x7ff8_0000_0000_0000 | (n & 0x0007_ffff_ffff_ffff))
}

fn dict_new(i: &Interp, a: Args) -> PyResult<Value> {
    let d = Value::dict(Dict::new());
    if let Some(src) = a.pos.get(1) {
        match src {
            Value::Dict(s) => {
                let entries: Vec<(Value, Value)> = s.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                for (k, v) in entries {
                    i.set_item(&d, k, v)?;
                }
            }
            other if i.lookup_attr(other, "keys")?.is_some() => {
                for k in i.collect(&i.call_method(other, "keys", Args::default())?)? {
                    let v = i.get_item(other, &k)?;
                    i.set_item(&d, k, v)?;
                }
            }
            other => {
                for (n, pair) in i.collect(other)?.into_iter().enumerate() {
                    let kv = i.collect(&pair).map_err(|_| {
                        i.type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
                    })?;
                    if kv.len() != 2 {
                        return Err(i.value_error(format!(
                            "dictionary update sequence element #{n} has length {}; 2 is required",
                            kv.len()
                        )));
                    }
                    i.set_item(&d, kv[0].clone(), kv[1].clone())?;
                }
            }
        }
    }
    for (k, v) in a.kw {
        i.set_item(&d, Value::Str(k), v)?;
    }
    Ok(d)
}

fn as_index(i: &Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(i.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            i.type_name(other)
        ))),
    }
}

fn range_new(i: &Interp, a: Args) -> PyResult<Value> {
    let p: Vec<i64> = a.pos.iter().skip(1).map(|v| as_index(i, v)).collect::<PyResult<_>>()?;
    let r = match p.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(i.type_error("range expected at least 1 argument, got 0")),
        _ => return Err(i.type_error(format!("range expected at most 3 arguments, got {}", p.len()))),
    };
    if r.2 == 0 {
        return Err(i.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(r)))
}

/// A lazy iterator built by `enumerate`, `zip`, `map`, `filter`.
struct Lazy {
    kind: &'static str,
    sources: Vec<Value>,
    func: Option<Value>,
    count: Cell<i64>,
    done: Cell<bool>,
}

impl Native for Lazy {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        match self.kind {
            "enumerate" => interp.native_class("enumerate", |_, _| {}),
            "zip" => interp.native_class("zip", |_, _| {}),
            "map" => interp.native_class("map", |_, _| {}),
            _ => interp.native_class("filter", |_, _| {}),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, i: &Interp) -> Option<PyResult<Option<Value>>> {
        if self.done.get() {
            return Some(Ok(None));
        }
        Some((|| {
            match self.kind {
                "enumerate" => {
                    let Some(x) = i.next(&self.sources[0])? else { return Ok(None) };
                    let n = self.count.get();
                    self.count.set(n + 1);
                    Ok(Some(Value::tuple(vec![Value::Int(n), x])))
                }
                "zip" | "map" => {
                    let mut items = Vec::with_capacity(self.sources.len());
                    for s in &self.sources {
                        match i.next(s)? {
                            Some(x) => items.push(x),
                            None => {
                                self.done.set(true);
                                return Ok(None);
                            }
                        }
                    }
                    match &self.func {
                        Some(f) => Ok(Some(i.call(f, Args::new(items))?)),
                        None => Ok(Some(Value::tuple(items))),
                    }
                }
                _ => loop {
                    let Some(x) = i.next(&self.sources[0])? else { return Ok(None) };
                    let keep = match &self.func {
                        Some(f) if !f.is_none() => i.call(f, Args::new(vec![x.clone()]))?,
                        _ => x.clone(),
                    };
                    if i.truthy(&keep)? {
                        return Ok(Some(x));
                    }
                },
            }
        })())
    }
}

fn lazy(kind: &'static str, sources: Vec<Value>, func: Option<Value>, start: i64) -> Value {
    Value::Native(Rc::new(Lazy { kind, sources, func, count: Cell::new(start), done: Cell::new(false) }))
}

fn enumerate(i: &Interp, mut a: Args) -> PyResult<Value> {
    let start = a.take_kw("start").or_else(|| a.pos.get(1).cloned());
    let start = match start {
        Some(v) => as_index(i, &v)?,
        None => 0,
    };
    let Some(src) = a.pos.first() else { return Err(i.type_error("enumerate() missing required argument 'iterable' (pos 1)")) };
    Ok(lazy("enumerate", vec![i.iter(src)?], None, start))
}

fn zip(i: &Interp, mut a: Args) -> PyResult<Value> {
    a.take_kw("strict");
    let sources = a.pos.iter().map(|v| i.iter(v)).collect::<PyResult<Vec<_>>>()?;
    let empty = sources.is_empty();
    let it = Lazy { kind: "zip", sources, func: None, count: Cell::new(0), done: Cell::new(empty) };
    Ok(Value::Native(Rc::new(it)))
}

fn map(i: &Interp, a: Args) -> PyResult<Value> {
    let mut pos = a.pos.into_iter();
    let f = pos.next().ok_or_else(|| i.type_error("map() must have at least two arguments."))?;
    let sources = pos.map(|v| i.iter(&v)).collect::<PyResult<Vec<_>>>()?;
    Ok(lazy("map", sources, Some(f), 0))
}

fn filter(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "filter", 2, 2)?;
    Ok(lazy("filter", vec![i.iter(&a.pos[1])?], Some(a.pos[0].clone()), 0))
}

fn reversed(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "reversed", 1, 1)?;
    let v = &a.pos[0];
    if let Value::Instance(_) | Value::Native(_) = v {
        if let Some(f) = i.lookup_attr(v, "__reversed__")? {
            return i.call(&f, Args::default());
        }
    }
    let mut items = match v {
        Value::Dict(_) | Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => i.collect(v)?,
        Value::Instance(_) => i.collect(v)?,
        other => return Err(i.type_error(format!("'{}' object is not reversible", i.type_name(other)))),
    };
    items.reverse();
    Ok(crate::python::iterators::SeqIter::value(Value::list(items)))
}

/// `super()`: a proxy looking attributes up after `cls` in `obj`'s MRO.
pub struct Super {
    cls: Rc<Class>,
    obj: Value,
}

impl Native for Super {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("super", |_, _| {})
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, interp: &Interp, name: &str) -> Option<PyResult<Value>> {
        let obj_cls = match &self.obj {
            Value::Class(c) => c.clone(),
            v => interp.type_of(v),
        };
        let mro: Vec<Rc<Class>> = obj_cls.mro_iter().cloned().collect();
        let start = mro.iter().position(|c| Rc::ptr_eq(c, &self.cls)).map_or(0, |p| p + 1);
        for c in &mro[start..] {
            let found = c.attrs.borrow().get(name).cloned();
            if let Some(v) = found {
                return Some(Ok(match v {
                    Value::Function(_) | Value::Builtin(_) => Value::BoundMethod(Rc::new(crate::python::object::BoundMethod {
                        this: self.obj.clone(),
                        func: v,
                    })),
                    Value::Native(n) if n.downcast::<crate::python::descriptors::ClassMethod>().is_some() => {
                        let f = n.downcast::<crate::python::descriptors::ClassMethod>().expect("checked").0.clone();
                        Value::BoundMethod(Rc::new(crate::python::object::BoundMethod { this: Value::Class(obj_cls.clone()), func: f }))
                    }
                    other => other,
                }));
            }
        }
        Some(Err(interp.err(ExcType::AttributeError, format!("'super' object has no attribute '{name}'"))))
    }
}

fn super_new(i: &Interp, a: Args) -> PyResult<Value> {
    let (cls, obj) = match a.pos.len() {
        2 => match &a.pos[0] {
            Value::Class(c) => (c.clone(), a.pos[1].clone()),
            _ => return Err(i.type_error("super() argument 1 must be a type")),
        },
        0 => match i.super_context() {
            Some(ctx) => ctx,
            None => return Err(i.err(ExcType::RuntimeError, "super(): no arguments")),
        },
        _ => return Err(i.type_error("super() takes 0 or 2 arguments")),
    };
    Ok(Value::Native(Rc::new(Super { cls, obj })))
}
