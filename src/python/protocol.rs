//! The object protocol: type of a value, attribute access, calling, truth, iteration.
//!
//! These are the operations whose behaviour depends on the value's type and may dispatch to
//! dunder methods defined in Python (`__getattr__`, `__call__`, `__iter__`, `__bool__` ...).

use super::descriptors::{ClassMethod, Property, StaticMethod};
use super::exceptions::{exc_data, ExcType, Unwind};
use super::interp::Interp;
use super::iterators::{self, SeqIter};
use super::object::{Args, BoundMethod, Class, ClassKind, Instance};
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

impl Interp {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None | Value::Unbound => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(_) => t.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Native(n) => n.class(self),
        }
    }

    /// The type's name as error messages show it (`'int'`).
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        self.type_of(v).name.clone()
    }

    /// `isinstance(v, cls)` for one class.
    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        self.type_of(v).is_subclass(cls)
    }

    /// Whether `v` is an instance of builtin exception type `t`.
    pub fn is_exc(&self, v: &Value, t: ExcType) -> bool {
        self.isinstance(v, &self.exc_classes[t as usize])
    }

    /// `getattr(v, name)`.
    pub fn get_attr(&self, v: &Value, name: &str) -> PyResult<Value> {
        match self.lookup_attr(v, name)? {
            Some(found) => Ok(found),
            None => Err(self.attribute_error(v, name)),
        }
    }

    /// The `AttributeError` for a missing attribute, worded as CPython words it.
    pub fn attribute_error(&self, v: &Value, name: &str) -> Unwind {
        let msg = match v {
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            Value::Class(c) => format!("type object '{}' has no attribute '{}'", c.name, name),
            _ => format!("'{}' object has no attribute '{}'", self.type_name(v), name),
        };
        let exc = self.new_exc(ExcType::AttributeError, msg);
        if let Value::Instance(inst) = &exc {
            let mut attrs = inst.attrs.borrow_mut();
            attrs.set(Rc::from("name"), Value::str(name));
            attrs.set(Rc::from("obj"), v.clone());
        }
        Unwind::Raise(exc)
    }

    /// `getattr(v, name, None)`-style lookup: `Ok(None)` when the attribute does not exist.
    pub fn lookup_attr(&self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        match v {
            Value::Instance(inst) => self.instance_attr(v, inst, name),
            Value::Class(cls) => self.class_attr(cls, name),
            Value::Module(m) => Ok(match name {
                "__name__" => Some(Value::Str(m.name.clone())),
                _ => m.get(name),
            }),
            Value::Function(f) => Ok(match name {
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__wrapped__" | "__dict__" | "__defaults__" => {
                    f.attrs.borrow().get(name).cloned().or_else(|| match name {
                        "__name__" => Some(Value::Str(f.def.name.clone())),
                        "__qualname__" => Some(Value::Str(f.qualname.clone())),
                        "__module__" => Some(Value::Str(f.module.name.clone())),
                        "__doc__" => Some(docstring(&f.def.body)),
                        "__defaults__" if f.defaults.is_empty() => Some(Value::None),
                        "__defaults__" => Some(Value::tuple(f.defaults.clone())),
                        _ => None,
                    })
                }
                _ => match f.attrs.borrow().get(name).cloned() {
                    Some(v) => Some(v),
                    None => self.type_attr(v, &self.types.function, name)?,
                },
            }),
            Value::BoundMethod(m) => Ok(match name {
                "__self__" => Some(m.this.clone()),
                "__func__" => Some(m.func.clone()),
                _ => self.lookup_attr(&m.func, name)?,
            }),
            Value::Builtin(b) => Ok(match name {
                "__name__" | "__qualname__" => Some(Value::str(b.name)),
                _ => None,
            }),
            Value::Native(n) => match n.get_attr(self, name) {
                Some(r) => r.map(Some),
                None => self.type_attr(v, &n.class(self), name),
            },
            _ => {
                let cls = self.type_of(v);
                self.type_attr(v, &cls, name)
            }
        }
    }

    /// An attribute found on the type of `v`, bound to `v` when it is a function.
    fn type_attr(&self, v: &Value, cls: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        match name {
            "__class__" => return Ok(Some(Value::Class(cls.clone()))),
            "__doc__" => return Ok(Some(Value::None)),
            _ => {}
        }
        match cls.lookup(name) {
            Some(attr) => self.bind(attr, v, cls).map(Some),
            None => Ok(None),
        }
    }

    /// Applies the descriptor protocol to a class attribute found for `v` (an instance of
    /// `cls`): functions bind, properties compute, static and class methods unwrap.
    fn bind(&self, attr: Value, v: &Value, cls: &Rc<Class>) -> PyResult<Value> {
        Ok(match &attr {
            Value::Function(_) | Value::Builtin(_) => {
                Value::BoundMethod(Rc::new(BoundMethod { this: v.clone(), func: attr }))
            }
            Value::Native(n) => {
                if let Some(p) = n.downcast::<Property>() {
                    return match &p.fget {
                        Some(get) => self.call(get, Args::new(vec![v.clone()])),
                        None => Err(self.err(ExcType::AttributeError, "property has no getter")),
                    };
                }
                if let Some(s) = n.downcast::<StaticMethod>() {
                    return Ok(s.0.clone());
                }
                if let Some(c) = n.downcast::<ClassMethod>() {
                    return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        this: Value::Class(cls.clone()),
                        func: c.0.clone(),
                    })));
                }
                attr
            }
            _ => attr,
        })
    }

    fn instance_attr(&self, v: &Value, inst: &Rc<Instance>, name: &str) -> PyResult<Option<Value>> {
        if let Some(exc) = &inst.exc {
            let data = exc.borrow();
            match name {
                "args" => return Ok(Some(data.args.clone())),
                "__cause__" => return Ok(Some(data.cause.clone())),
                "__context__" => return Ok(Some(data.context.clone())),
                "__suppress_context__" => return Ok(Some(Value::Bool(data.suppress_context))),
                "__traceback__" => return Ok(Some(Value::None)),
                _ => {}
            }
        }
        match name {
            "__class__" => return Ok(Some(Value::Class(inst.class.clone()))),
            "__dict__" => return Ok(Some(self.attrs_to_dict(&inst.attrs.borrow())?)),
            _ => {}
        }
        let class_attr = inst.class.lookup(name);
        if let Some(Value::Native(n)) = &class_attr {
            if n.downcast::<Property>().is_some() {
                return self.bind(class_attr.clone().expect("checked"), v, &inst.class).map(Some);
            }
        }
        if let Some(found) = inst.attrs.borrow().get(name) {
            return Ok(Some(found.clone()));
        }
        if let Some(attr) = class_attr {
            return self.bind(attr, v, &inst.class).map(Some);
        }
        if let Some(getattr) = inst.class.lookup("__getattr__") {
            let r = self.call(&getattr, Args::new(vec![v.clone(), Value::str(name)]));
            return match r {
                Ok(found) => Ok(Some(found)),
                Err(Unwind::Raise(e)) if self.is_exc(&e, ExcType::AttributeError) => Ok(None),
                Err(e) => Err(e),
            };
        }
        if let Some(r) = self.exception_group_attr(v, name) {
            return r.map(Some);
        }
        Ok(None)
    }

    fn class_attr(&self, cls: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "__name__" => Value::Str(cls.name.clone()),
            "__qualname__" => Value::Str(cls.qualname.clone()),
            "__module__" => Value::Str(cls.module.clone()),
            "__mro__" => Value::tuple(cls.mro_iter().map(|c| Value::Class(c.clone())).collect()),
            "__bases__" => Value::tuple(cls.bases.iter().map(|c| Value::Class(c.clone())).collect()),
            "__doc__" => cls.attrs.borrow().get("__doc__").cloned().unwrap_or(Value::None),
            "__dict__" => self.attrs_to_dict(&cls.attrs.borrow())?,
            _ => match cls.lookup(name) {
                None => return Ok(None),
                Some(Value::Native(n)) if n.downcast::<ClassMethod>().is_some() => {
                    let c = n.downcast::<ClassMethod>().expect("checked");
                    Value::BoundMethod(Rc::new(BoundMethod { this: Value::Class(cls.clone()), func: c.0.clone() }))
                }
                Some(Value::Native(n)) if n.downcast::<StaticMethod>().is_some() => {
                    n.downcast::<StaticMethod>().expect("checked").0.clone()
                }
                Some(v) => v,
            },
        }))
    }

    fn attrs_to_dict(&self, attrs: &super::attrs::Attrs) -> PyResult<Value> {
        let d = Value::dict(super::dict::Dict::new());
        for (k, v) in attrs.iter() {
            self.set_item(&d, Value::Str(k.clone()), v.clone())?;
        }
        Ok(d)
    }

    /// `setattr(v, name, value)`.
    pub fn set_attr(&self, v: &Value, name: &str, value: Value) -> PyResult<()> {
        match v {
            Value::Instance(inst) => {
                if let Some(setattr) = self.own_slot(&inst.class, "__setattr__") {
                    return self.call(&setattr, Args::new(vec![v.clone(), Value::str(name), value])).map(drop);
                }
                self.generic_set_attr(v, inst, name, value)
            }
            Value::Class(cls) => {
                cls.attrs.borrow_mut().set(Rc::from(name), value);
                Ok(())
            }
            Value::Function(f) => {
                f.attrs.borrow_mut().set(Rc::from(name), value);
                Ok(())
            }
            Value::Module(m) => {
                let names = m.global_names.borrow();
                if let Some(i) = names.iter().position(|n| &**n == name) {
                    m.globals.borrow_mut()[i] = value;
                } else {
                    m.attrs.borrow_mut().set(Rc::from(name), value);
                }
                Ok(())
            }
            Value::Native(n) => match n.set_attr(self, name, value) {
                Some(r) => r,
                None => Err(self.attribute_error(v, name)),
            },
            _ => Err(self.err(
                ExcType::AttributeError,
                format!("'{}' object has no attribute '{}'", self.type_name(v), name),
            )),
        }
    }

    /// `object.__setattr__`: properties, the exception fields, else the instance dict.
    pub fn generic_set_attr(&self, v: &Value, inst: &Rc<Instance>, name: &str, value: Value) -> PyResult<()> {
        if let Some(Value::Native(n)) = inst.class.lookup(name) {
            if let Some(p) = n.downcast::<Property>() {
                return match &p.fset {
                    Some(set) => self.call(set, Args::new(vec![v.clone(), value])).map(drop),
                    None => Err(self.err(
                        ExcType::AttributeError,
                        format!("property '{}' of '{}' object has no setter", name, inst.class.name),
                    )),
                };
            }
        }
        if let Some(exc) = &inst.exc {
            let mut data = exc.borrow_mut();
            match name {
                "__cause__" => {
                    data.cause = value;
                    data.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    data.context = value;
                    return Ok(());
                }
                "args" => {
                    data.args = value;
                    return Ok(());
                }
                _ => {}
            }
        }
        inst.attrs.borrow_mut().set(Rc::from(name), value);
        Ok(())
    }

    /// A special method `cls` defines itself (or inherits from a class other than `object`,
    /// whose generic one the caller runs directly).
    fn own_slot(&self, cls: &Rc<Class>, name: &str) -> Option<Value> {
        let found = cls.lookup(name)?;
        let generic = self.types.object.attrs.borrow().get(name).is_some_and(|o| o.is(&found));
        (!generic).then_some(found)
    }

    /// `del v.name`.
    pub fn del_attr(&self, v: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(inst) = v {
            if let Some(delattr) = self.own_slot(&inst.class, "__delattr__") {
                return self.call(&delattr, Args::new(vec![v.clone(), Value::str(name)])).map(drop);
            }
        }
        let removed = match v {
            Value::Instance(inst) => inst.attrs.borrow_mut().remove(name),
            Value::Class(cls) => cls.attrs.borrow_mut().remove(name),
            _ => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(self.attribute_error(v, name)),
        }
    }

    /// Runs `call` one level deeper in the recursion count, as CPython counts calls of C
    /// functions and its own `repr`, `str` and `format` of objects; past the limit it raises
    /// RecursionError, "maximum recursion depth exceeded" followed by `context`. Recursion
    /// through them (`__repr__` calling `repr(self)`, `__str__` formatting `f"{self}"`, a
    /// `sorted` key calling the function that sorts) then ends where CPython's does. In a
    /// browser this also bounds the native stack, which such recursion uses several times
    /// faster than plain calls: 600 to 900 levels of it overflowed Chromium's ("Maximum call
    /// stack size exceeded", a dead page).
    pub(crate) fn one_level_deeper<T>(&self, context: &str, call: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        let depth = self.depth.get();
        if depth + 1 >= self.limits.max_depth {
            return Err(self.err(ExcType::RecursionError, format!("maximum recursion depth exceeded{context}")));
        }
        self.depth.set(depth + 1);
        let r = call();
        self.depth.set(depth);
        r
    }

    /// Calls `callee` with `args`.
    pub fn call(&self, callee: &Value, mut args: Args) -> PyResult<Value> {
        match callee {
            Value::Function(f) => self.call_function(f, args),
            Value::Builtin(b) => self.one_level_deeper(" while calling a Python object", || (b.func)(self, args)),
            Value::BoundMethod(m) => {
                args.pos.insert(0, m.this.clone());
                self.call(&m.func, args)
            }
            Value::Class(cls) => self.instantiate(cls, args),
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(f) => {
                    args.pos.insert(0, callee.clone());
                    self.call(&f, args)
                }
                None => Err(self.not_callable(callee)),
            },
            Value::Native(n) => match n.call(self, args) {
                Some(r) => r,
                None => Err(self.not_callable(callee)),
            },
            _ => Err(self.not_callable(callee)),
        }
    }

    fn not_callable(&self, v: &Value) -> Unwind {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Calls method `name` of `v` (looked up like `v.name(...)`).
    pub fn call_method(&self, v: &Value, name: &str, args: Args) -> PyResult<Value> {
        let m = self.get_attr(v, name)?;
        self.call(&m, args)
    }

    /// Calls `cls(...)`: a builtin type's constructor, or a new instance initialised by
    /// `__init__`.
    pub fn instantiate(&self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        if cls.kind == ClassKind::Builtin || cls.kind == ClassKind::Object {
            if let Some(ctor) = cls.lookup("__new__") {
                let mut args = args;
                args.pos.insert(0, Value::Class(cls.clone()));
                return self.call(&ctor, args);
            }
            if cls.kind == ClassKind::Builtin {
                return Err(self.type_error(format!("cannot create '{}' instances", cls.name)));
            }
        }
        if let Some(base) = cls.mro.iter().find(|c| c.kind == ClassKind::Builtin) {
            return Err(Unwind::Abort(super::exceptions::Abort::NotSupported(
                format!("subclassing the builtin type '{}'", base.name),
                0,
                0,
            )));
        }
        let is_exc = cls.kind == ClassKind::Exception;
        let inst = Rc::new(Instance {
            class: cls.clone(),
            attrs: Default::default(),
            exc: is_exc.then(|| {
                std::cell::RefCell::new(super::exceptions::ExcData {
                    args: Value::tuple(args.pos.clone()),
                    ..Default::default()
                })
            }),
        });
        self.objects.instance(&inst);
        let inst = Value::Instance(inst);
        match cls.lookup("__init__") {
            Some(init) => {
                let mut args = args;
                args.pos.insert(0, inst.clone());
                let r = self.call(&init, args)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            None if !is_exc && (!args.pos.is_empty() || !args.kw.is_empty()) => {
                return Err(self.type_error(format!("{}() takes no arguments", cls.name)));
            }
            None => {}
        }
        Ok(inst)
    }

    /// `bool(v)`.
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Unbound => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) | Value::Set(d) => !d.borrow().is_empty(),
            Value::FrozenSet(d) => !d.is_empty(),
            Value::Range(r) => iterators::range_len(r) > 0,
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup("__bool__") {
                    let r = self.call(&f, Args::new(vec![v.clone()]))?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(f) = inst.class.lookup("__len__") {
                    let r = self.call(&f, Args::new(vec![v.clone()]))?;
                    return Ok(!matches!(r, Value::Int(0)));
                }
                true
            }
            Value::Native(n) => match n.len(self) {
                Some(len) => len? > 0,
                None => true,
            },
            _ => true,
        })
    }

    /// `iter(v)`.
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        self.iter_if_iterable(v).unwrap_or_else(|| Err(self.not_iterable(v)))
    }

    /// `iter(v)`, or `None` when `v` is not iterable at all.
    pub fn iter_if_iterable(&self, v: &Value) -> Option<PyResult<Value>> {
        Some(Ok(match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => SeqIter::value(v.clone()),
            Value::Range(r) => iterators::RangeIter::value(r),
            Value::Dict(d) => iterators::DictIter::value(d.clone(), iterators::DictPart::Keys),
            Value::Set(d) => iterators::SetIter::value(d.clone()),
            Value::FrozenSet(d) => iterators::SetIter::value(Rc::new(std::cell::RefCell::new((**d).clone()))),
            Value::Instance(inst) => match inst.class.lookup("__iter__") {
                Some(f) => return Some(self.call(&f, Args::new(vec![v.clone()]))),
                None => match inst.class.lookup("__getitem__") {
                    Some(_) => iterators::GetItemIter::value(v.clone()),
                    None => return None,
                },
            },
            Value::Native(n) => return n.iter(self, v),
            _ => return None,
        }))
    }

    fn not_iterable(&self, v: &Value) -> Unwind {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`; `Ok(None)` when the iterator is exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Native(n) => match n.next(self) {
                Some(r) => r,
                None => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
            },
            Value::Instance(inst) => match inst.class.lookup("__next__") {
                Some(f) => match self.call(&f, Args::new(vec![it.clone()])) {
                    Ok(v) => Ok(Some(v)),
                    Err(Unwind::Raise(e)) if self.is_exc(&e, ExcType::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(self.type_error(format!("'{}' object is not an iterator", inst.class.name))),
            },
            _ => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        self.drain(&self.iter(v)?)
    }

    /// Collects what is left of the iterator `it`.
    pub fn drain(&self, it: &Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        while let Some(x) = self.next(it)? {
            self.step()?;
            out.push(x);
        }
        Ok(out)
    }

    /// `len(v)`.
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.chars().count(),
            Value::Bytes(b) => b.len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) | Value::Set(d) => d.borrow().len(),
            Value::FrozenSet(d) => d.len(),
            Value::Range(r) => iterators::range_len(r) as usize,
            Value::Instance(inst) => match inst.class.lookup("__len__") {
                Some(f) => match self.call(&f, Args::new(vec![v.clone()]))? {
                    Value::Int(n) if n >= 0 => n as usize,
                    Value::Int(_) => return Err(self.value_error("__len__() should return >= 0")),
                    other => {
                        return Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(&other)
                        )))
                    }
                },
                None => return Err(self.no_len(v)),
            },
            Value::Native(n) => match n.len(self) {
                Some(r) => r?,
                None => return Err(self.no_len(v)),
            },
            _ => return Err(self.no_len(v)),
        })
    }

    fn no_len(&self, v: &Value) -> Unwind {
        self.type_error(format!("object of type '{}' has no len()", self.type_name(v)))
    }

    fn exception_group_attr(&self, v: &Value, name: &str) -> Option<PyResult<Value>> {
        let data = exc_data(v)?;
        if !self.is_exc(v, ExcType::BaseExceptionGroup) {
            return None;
        }
        let args = data.borrow().args.clone();
        let Value::Tuple(items) = args else { return None };
        match name {
            "message" => items.first().cloned().map(Ok),
            "exceptions" => items.get(1).map(|e| match e {
                Value::List(l) => Ok(Value::tuple(l.borrow().clone())),
                other => Ok(other.clone()),
            }),
            _ => None,
        }
    }
}

/// The docstring of a body: its first statement, if that is a string literal.
fn docstring(body: &super::ast::Block) -> Value {
    use super::ast::{Constant, ExprKind, StmtKind};
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match &e.kind {
            ExprKind::Constant(Constant::Str(s)) => Value::Str(s.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    }
}
