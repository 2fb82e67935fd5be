//! The evaluator: walks the resolved tree.
//!
//! Two walkers share one set of operations (see docs/ENGINE.md): `expr.rs`/`stmt.rs` run code
//! that cannot suspend on the Rust stack; `suspend.rs` runs everything as Rust `async` code so a
//! Python suspension point is a Rust `.await`. The synchronous walker handles the hot, simple
//! forms itself and hands the rest to the suspending one, polled to completion at once.

mod assign;
mod call;
mod class;
mod expr;
mod names;
mod stmt;
mod suspend;
mod traceback_entry;
mod unpack;

pub use call::make_function;

use super::object::{Cell, ModuleObj};
use super::attrs::Attrs;
use super::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// How a statement finished.
pub enum Flow {
    /// Fell through to the next statement.
    Normal,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `return value`.
    Return(Value),
}

/// One activation of a module body, function, comprehension or class body.
pub struct Frame {
    /// Local slots (cells for captured variables).
    pub locals: Vec<Value>,
    /// Cells of the free variables.
    pub closure: Rc<[Rc<Cell>]>,
    /// The module whose globals the code sees.
    pub module: Rc<ModuleObj>,
    /// The namespace being built, when running a class body.
    pub class_ns: Option<RefCell<Attrs>>,
    /// Function name for tracebacks (`<module>` at top level).
    pub name: Rc<str>,
    /// The line being executed.
    pub line: u32,
    /// The frame belongs to an async generator (its `yield`s are marked for `__anext__`).
    pub is_async_gen: bool,
    /// Unique per activation, so a traceback gets one entry per frame it passes through.
    pub id: u64,
    /// What `__qualname__` of functions and classes defined here starts with.
    pub prefix: QualPrefix,
}

/// Locals go to the trashcan ([`crate::python::trash`]): a chain of 5,000 generators, each
/// holding the next in a local, is freed without recursing down it.
impl Drop for Frame {
    fn drop(&mut self) {
        if !self.locals.is_empty() {
            crate::python::trash::bury(std::mem::take(&mut self.locals));
        }
    }
}

/// Where a frame's code sits, for the `__qualname__` of what it defines: kept as the
/// enclosing qualname and joined only when something is defined, so a call does not build
/// a string.
#[derive(Clone)]
pub enum QualPrefix {
    /// Module level: a definition's qualname is its name.
    Module,
    /// In the function with this qualname: `f.<locals>.name`.
    Function(Rc<str>),
    /// In the body of the class with this qualname: `C.name`.
    Class(Rc<str>),
}

impl QualPrefix {
    /// The qualname of `name` defined here.
    pub fn qualname(&self, name: &str) -> Rc<str> {
        match self {
            QualPrefix::Module => Rc::from(name),
            QualPrefix::Function(q) => Rc::from(format!("{q}.<locals>.{name}")),
            QualPrefix::Class(q) => Rc::from(format!("{q}.{name}")),
        }
    }
}

impl Frame {
    /// A frame with `n` unbound locals.
    pub fn new(n: usize, closure: Rc<[Rc<Cell>]>, module: Rc<ModuleObj>, name: Rc<str>, line: u32) -> Self {
        Frame { locals: vec![Value::Unbound; n], closure, module, class_ns: None, name, line, is_async_gen: false, id: next_frame_id(), prefix: QualPrefix::Module }
    }
}

fn next_frame_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
