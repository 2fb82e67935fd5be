//! Objects with identity and behaviour: classes, instances, functions, methods, modules.
//!
//! Builtin types are classes too (`int`, `str`, `list`, `asyncio.Future` ...): their methods are
//! [`Builtin`] functions stored in the class namespace, so attribute lookup, `isinstance`,
//! subclassing and `type(x).__name__` work the same way for every value.

use super::ast::{FunctionDef, Span};
use super::attrs::Attrs;
use super::exceptions::ExcData;
use super::interp::Interp;
use super::value::Value;
use super::PyResult;
use std::any::Any;
use std::cell::{Cell as StdCell, RefCell};
use std::rc::Rc;

/// Arguments of a call: positional values, then keyword pairs in call order.
#[derive(Default)]
pub struct Args {
    /// Positional arguments.
    pub pos: Vec<Value>,
    /// Keyword arguments.
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    /// Positional-only arguments.
    pub fn new(pos: Vec<Value>) -> Self {
        Args { pos, kw: Vec::new() }
    }

    /// Removes and returns the keyword argument `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
}

/// A function implemented in Rust. `this` is the bound receiver for methods (None for plain
/// functions).
pub type BuiltinFn = fn(interp: &Interp, args: Args) -> PyResult<Value>;

/// A named Rust function.
pub struct Builtin {
    /// The name Python sees (`len`, `upper`).
    pub name: &'static str,
    /// The implementation; a method receives its receiver as the first positional argument.
    pub func: BuiltinFn,
}

/// A closure cell: a variable shared between a function and the functions nested in it.
pub struct Cell {
    /// The variable's value (`Value::Unbound` until assigned).
    pub value: RefCell<Value>,
}

impl Cell {
    /// A new cell holding `value`.
    pub fn new(value: Value) -> Rc<Cell> {
        Rc::new(Cell { value: RefCell::new(value) })
    }
}

/// A function defined in Python (`def`, `async def`, `lambda`).
pub struct Function {
    /// The syntax tree of the definition.
    pub def: Rc<FunctionDef>,
    /// `__name__`, `__qualname__`, `__doc__`, `__wrapped__` and any attribute set on it.
    pub attrs: RefCell<Attrs>,
    /// `__qualname__` as computed at definition.
    pub qualname: Rc<str>,
    /// Defaults of the positional parameters, aligned to the last ones.
    pub defaults: Vec<Value>,
    /// Defaults of the keyword-only parameters, by position in `kwonly` (`Unbound` = required).
    pub kw_defaults: Vec<Value>,
    /// The cells of the free variables, in the order of the scope's `free` list.
    pub closure: Rc<[Rc<Cell>]>,
    /// The module whose globals the body sees.
    pub module: Rc<ModuleObj>,
    /// The class whose body defined this function (for zero-argument `super()`).
    pub owner: RefCell<Option<std::rc::Weak<Class>>>,
}

/// A callable bound to a receiver: `obj.method`.
pub struct BoundMethod {
    /// The receiver, passed as the first argument.
    pub this: Value,
    /// The function.
    pub func: Value,
}

/// What a class is built on: user code, or a type implemented in Rust.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    /// `object`.
    Object,
    /// A builtin value type (`int`, `str`, `list` ...): instances are not `Instance`s.
    Builtin,
    /// An exception class (builtin or user-defined): instances carry [`ExcData`].
    Exception,
    /// A class defined in Python deriving (eventually) from `object` only.
    User,
}

/// A class.
pub struct Class {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__`.
    pub module: Rc<str>,
    /// Direct bases.
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    /// The namespace: methods, class attributes.
    pub attrs: RefCell<Attrs>,
    /// What instances are made of.
    pub kind: ClassKind,
}

impl Class {
    /// The class itself followed by its MRO.
    pub fn mro_iter<'a>(self: &'a Rc<Self>) -> impl Iterator<Item = &'a Rc<Class>> + 'a {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// Looks a name up along the MRO.
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        self.mro_iter().find_map(|c| c.attrs.borrow().get(name).cloned())
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        self.mro_iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// An instance of a class defined in Python (or of an exception class).
pub struct Instance {
    /// Its class (`__class__`).
    pub class: Rc<Class>,
    /// Its attributes (`__dict__`).
    pub attrs: RefCell<Attrs>,
    /// Exception state, for instances of exception classes.
    pub exc: Option<RefCell<ExcData>>,
}

/// A module: user code (globals in slots) or a native module (attributes only).
pub struct ModuleObj {
    /// `__name__`.
    pub name: Rc<str>,
    /// Global slots, in the order the resolver numbered them.
    pub globals: RefCell<Vec<Value>>,
    /// The name of each global slot.
    pub global_names: RefCell<Vec<Rc<str>>>,
    /// Attributes of native modules (and extra attributes set on user modules).
    pub attrs: RefCell<Attrs>,
    /// The file name tracebacks show.
    pub filename: Rc<str>,
    /// The source text, for traceback lines.
    pub source: Rc<str>,
}

impl ModuleObj {
    /// Reads a module attribute: a global slot by name, then the extra attributes.
    pub fn get(&self, name: &str) -> Option<Value> {
        let names = self.global_names.borrow();
        if let Some(i) = names.iter().position(|n| &**n == name) {
            let v = self.globals.borrow()[i].clone();
            if !matches!(v, Value::Unbound) {
                return Some(v);
            }
        }
        self.attrs.borrow().get(name).cloned()
    }
}

/// An object implemented in Rust (iterators, coroutines, futures, locks ...).
pub trait Native: Any {
    /// The object's class.
    fn class(&self, interp: &Interp) -> Rc<Class>;
    /// For downcasting.
    fn as_any(&self) -> &dyn Any;
    /// A data attribute (not a method), if the type has one by that name.
    fn get_attr(&self, _interp: &Interp, _name: &str) -> Option<PyResult<Value>> {
        None
    }
    /// Sets a data attribute; `None` if the type has no such settable attribute.
    fn set_attr(&self, _interp: &Interp, _name: &str, _value: Value) -> Option<PyResult<()>> {
        None
    }
    /// `repr()`, if the type has its own.
    fn repr(&self, _interp: &Interp) -> Option<PyResult<String>> {
        None
    }
    /// `next()` for iterator types; `Ok(None)` when exhausted.
    fn next(&self, _interp: &Interp) -> Option<PyResult<Option<Value>>> {
        None
    }
    /// `iter()`: by default an iterator (a type with `next`) is its own iterator.
    fn iter(&self, interp: &Interp, this: &Value) -> Option<PyResult<Value>> {
        let _ = interp;
        self.is_iterator().then(|| Ok(this.clone()))
    }
    /// Whether the type implements `next` (and so is its own iterator).
    fn is_iterator(&self) -> bool {
        false
    }
    /// `len()`, for sized types.
    fn len(&self, _interp: &Interp) -> Option<PyResult<usize>> {
        None
    }
    /// Calling the object, for callable types.
    fn call(&self, _interp: &Interp, _args: Args) -> Option<PyResult<Value>> {
        None
    }
}

impl dyn Native {
    /// Downcasts to a concrete native type.
    pub fn downcast<T: Native>(&self) -> Option<&T> {
        self.as_any().downcast_ref::<T>()
    }
}

/// Where in a program a frame is, for tracebacks: the running function and its current line.
pub struct FrameInfo {
    /// The function's name (`<module>` at top level).
    pub name: Rc<str>,
    /// The current line.
    pub line: StdCell<u32>,
    /// The module (file name and source lines).
    pub module: Rc<ModuleObj>,
}

impl FrameInfo {
    /// A frame record starting at `span`.
    pub fn new(name: Rc<str>, span: Span, module: Rc<ModuleObj>) -> Self {
        FrameInfo { name, line: StdCell::new(span.line), module }
    }
}

/// Downcasts a native object to a concrete `Rc`.
pub fn downcast_rc<T: Native>(n: &Rc<dyn Native>) -> Option<Rc<T>> {
    if n.as_any().is::<T>() {
        let raw = Rc::into_raw(n.clone()) as *const T;
        // SAFETY: the concrete type was checked just above, and the pointer came from an `Rc`
        // holding a value of exactly that type; dropping the vtable metadata is sound.
        Some(unsafe { Rc::from_raw(raw) })
    } else {
        None
    }
}
