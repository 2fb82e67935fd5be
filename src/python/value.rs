//! Python values: the `Value` enum every part of the interpreter passes around.
//!
//! Immutable data (ints, floats, strings, tuples) is stored inline or behind `Rc`; mutable
//! containers are `Rc<RefCell<..>>`, so cloning a `Value` is always cheap and aliasing behaves
//! as in Python. Objects with behaviour of their own (functions, classes, instances, iterators,
//! coroutines, futures) live in `object.rs` and the modules that implement them.

use super::dict::Dict;
use super::items::{ListItems, TupleItems};
use super::object::{BoundMethod, Builtin, Cell, Class, Function, Instance, ModuleObj, Native};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    /// `None`.
    None,
    /// An unbound local slot. Never visible to Python code: reading it raises
    /// `UnboundLocalError` / `NameError`.
    Unbound,
    /// `NotImplemented`, returned by binary dunder methods.
    NotImplemented,
    /// `...`.
    Ellipsis,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// A larger `int`. Invariant: never holds a value that fits in i64.
    BigInt(Rc<BigInt>),
    /// A `float`.
    Float(f64),
    /// A `str`.
    Str(Rc<str>),
    /// A `bytes` object.
    Bytes(Rc<[u8]>),
    /// A `list`.
    List(Rc<RefCell<ListItems>>),
    /// A `tuple`.
    Tuple(Rc<TupleItems>),
    /// A `dict`.
    Dict(Rc<RefCell<Dict>>),
    /// A `set` (a dict whose values are unused).
    Set(Rc<RefCell<Dict>>),
    /// A `frozenset`.
    FrozenSet(Rc<Dict>),
    /// A `range(start, stop, step)`.
    Range(Rc<(i64, i64, i64)>),
    /// A `slice(start, stop, step)`.
    Slice(Rc<(Value, Value, Value)>),
    /// A function defined in Python.
    Function(Rc<Function>),
    /// A function implemented in Rust.
    Builtin(Rc<Builtin>),
    /// A function bound to its first argument (`obj.method`).
    BoundMethod(Rc<BoundMethod>),
    /// A class (builtin types are classes too).
    Class(Rc<Class>),
    /// An instance of a class defined in Python, or of an exception class.
    Instance(Rc<Instance>),
    /// A module.
    Module(Rc<ModuleObj>),
    /// A closure cell (only inside frames; never visible to Python code).
    Cell(Rc<Cell>),
    /// Any other object implemented in Rust: iterators, generators, coroutines, futures,
    /// tasks, locks, deques, properties ...
    Native(Rc<dyn Native>),
}

impl Value {
    /// Whether the value owns nothing (no reference count to touch when it is copied or
    /// dropped): `None`, unbound, bools, small ints and floats.
    #[inline(always)]
    fn owns_nothing(&self) -> bool {
        matches!(self, Value::None | Value::Unbound | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }

    /// A copy of the value, without a call into the general `clone` for the values that own
    /// nothing (the evaluator's hot loops read millions of small ints).
    #[inline(always)]
    pub(crate) fn copy_fast(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            v => v.clone(),
        }
    }

    /// Drops the value, without a call into the general drop glue for the values that own
    /// nothing.
    #[inline(always)]
    pub(crate) fn discard(self) {
        if self.owns_nothing() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    /// A `str` value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    /// A `list` value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items.into())))
    }

    /// A `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items.into()))
    }

    /// A `dict` value.
    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }

    /// An int from a big integer, normalised to `Int` when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same object for reference types, same value for the inline ones
    /// CPython caches (None, bools, small ints, and — as our choice — equal floats).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) | (Unbound, Unbound) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Dict(a), Dict(b)) | (Set(a), Set(b)) => Rc::ptr_eq(a, b),
            (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Native(a), Native(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable identity number for `id()` and default reprs: the object's address for
    /// reference types, a value-derived number for inline ones.
    pub fn identity(&self) -> usize {
        use Value::*;
        fn addr<T: ?Sized>(rc: &Rc<T>) -> usize {
            Rc::as_ptr(rc) as *const u8 as usize
        }
        match self {
            None => 0x1000,
            Unbound => 0x1008,
            NotImplemented => 0x1010,
            Ellipsis => 0x1018,
            Bool(b) => 0x1020 + *b as usize * 8,
            Int(i) => 0x10_0000 + (*i as usize).wrapping_mul(32),
            Float(f) => f.to_bits() as usize,
            BigInt(r) => addr(r),
            Str(r) => addr(r),
            Bytes(r) => addr(r),
            List(r) => addr(r),
            Tuple(r) => addr(r),
            Dict(r) | Set(r) => addr(r),
            FrozenSet(r) => addr(r),
            Range(r) => addr(r),
            Slice(r) => addr(r),
            Function(r) => addr(r),
            Builtin(r) => addr(r),
            BoundMethod(r) => addr(r),
            Class(r) => addr(r),
            Instance(r) => addr(r),
            Module(r) => addr(r),
            Cell(r) => addr(r),
            Native(r) => addr(r),
        }
    }

    /// The str payload, if this is a `str`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => Option::None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => write!(f, "{s:?}"),
            other => write!(f, "<value at {:#x}>", other.identity()),
        }
    }
}
