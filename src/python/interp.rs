//! The interpreter state shared by every frame of one run: builtin types and functions, the
//! host (clocks and budgets), output, the trace, and the asyncio loop.

use super::attrs::Attrs;
use super::exceptions::{self, Abort, ExcType, Unwind};
use super::object::{Args, Builtin, BuiltinFn, Class, ClassKind, ModuleObj};
use super::output::Output;
use super::value::Value;
use super::PyResult;
use crate::runtime::trace::Trace;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// What the interpreter needs from whoever runs it: clocks and a way to block.
pub trait Host {
    /// Milliseconds on a monotonic wall clock, only for budgets (never for program time).
    fn wall_ms(&self) -> f64;
    /// `None` on the virtual clock; on a live clock, the current time in lesson seconds.
    fn live_now(&self) -> Option<f64>;
    /// On a live clock, keeps the thread busy for `secs` lesson seconds (`time.sleep`).
    fn block(&self, secs: f64);
    /// On a live clock, the network requests go to; `None` serves them from the simulated
    /// network of the virtual clock (see `python::net`).
    fn network(&self) -> Option<&dyn super::net::Network> {
        None
    }
}

/// A host on the virtual clock with a native wall clock for budgets.
#[cfg(not(target_arch = "wasm32"))]
pub struct NativeVirtualHost {
    start: std::time::Instant,
}

#[cfg(not(target_arch = "wasm32"))]
impl Default for NativeVirtualHost {
    fn default() -> Self {
        NativeVirtualHost { start: std::time::Instant::now() }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Host for NativeVirtualHost {
    fn wall_ms(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }
    fn live_now(&self) -> Option<f64> {
        None
    }
    fn block(&self, _secs: f64) {}
}

/// Limits that keep a run from taking the page down with it.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Statements and loop iterations before the run is stopped.
    pub max_steps: u64,
    /// Milliseconds of computation (not of waiting on timers) before the run is stopped.
    pub max_wall_ms: u64,
    /// Python call depth (CPython's recursion limit).
    pub max_depth: u32,
    /// Bytes of output.
    pub max_output: usize,
    /// Seconds on the loop's clock (a loop that sleeps forever races ahead on the virtual clock).
    pub max_loop_time: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_steps: 200_000_000, max_wall_ms: 2_000, max_depth: 1000, max_output: 2_000_000, max_loop_time: 86_400 }
    }
}

/// The builtin classes the evaluator refers to directly.
#[allow(missing_docs)]
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub not_implemented: Rc<Class>,
}

/// Everything one run of a program shares.
pub struct Interp {
    me: Weak<Interp>,
    /// Builtin classes.
    pub types: Types,
    /// Builtin exception classes, indexed by [`ExcType`].
    pub exc_classes: Vec<Rc<Class>>,
    /// The builtins table, indexed by `NameSlot::Builtin`.
    pub builtins: RefCell<Vec<(Rc<str>, Value)>>,
    /// Who runs us.
    pub host: Box<dyn Host>,
    /// Limits for this run.
    pub limits: Limits,
    /// Steps taken so far.
    pub steps: Cell<u64>,
    /// Current Python call depth.
    pub depth: Cell<u32>,
    /// The line of the statement being executed (for warnings).
    pub current_line: Cell<u32>,
    /// The main program's file name (for warnings).
    pub main_filename: RefCell<String>,
    /// The main program's source (for warnings).
    pub main_source: RefCell<String>,
    /// stdout/stderr line buffers.
    pub output: RefCell<Output>,
    /// Everything that happened.
    pub trace: RefCell<Trace>,
    /// Exceptions currently being handled (innermost last), for `__context__` and bare `raise`.
    pub handling: RefCell<Vec<Value>>,
    /// `(defining class, self)` of the running methods, for zero-argument `super()`.
    pub methods: RefCell<Vec<(Rc<Class>, Value)>>,
    /// Imported modules by name.
    pub modules: RefCell<Vec<(Rc<str>, Value)>>,
    /// State of the asyncio runtime.
    pub aio: super::asyncio::AioState,
    /// The objects reference cycles can pass through, emptied when the run ends.
    pub objects: super::teardown::Objects,
    /// The yield channel between suspension points and whoever polls a coroutine.
    pub channel: super::coroutine::Channel,
    /// State of the `random` module.
    pub random: RefCell<super::modules::random::Mt>,
    /// Classes of native types, created on first use (see [`Interp::native_class`]).
    native_classes: RefCell<Vec<(&'static str, Rc<Class>)>>,
}

impl Interp {
    /// A fresh interpreter with every builtin installed.
    pub fn new(host: Box<dyn Host>, limits: Limits) -> Rc<Interp> {
        Rc::new_cyclic(|me| {
            let types = make_types();
            let exc_classes = exceptions::build_classes(&types.object);
            Interp {
                me: me.clone(),
                types,
                exc_classes,
                builtins: RefCell::new(Vec::new()),
                host,
                limits,
                steps: Cell::new(0),
                depth: Cell::new(0),
                current_line: Cell::new(0),
                main_filename: RefCell::new(String::new()),
                main_source: RefCell::new(String::new()),
                output: RefCell::new(Output::default()),
                trace: RefCell::new(Trace::default()),
                handling: RefCell::new(Vec::new()),
                methods: RefCell::new(Vec::new()),
                modules: RefCell::new(Vec::new()),
                aio: super::asyncio::AioState { slice_started_ms: Cell::new(f64::NAN), ..Default::default() },
                objects: super::teardown::Objects::default(),
                channel: super::coroutine::Channel::default(),
                random: RefCell::new(super::modules::random::Mt::new(0)),
                native_classes: RefCell::new(Vec::new()),
            }
        })
        .installed()
    }

    fn installed(self: Rc<Self>) -> Rc<Self> {
        super::finalize::discard();
        super::builtins::install(&self);
        self
    }

    /// A strong reference to this interpreter (for futures that must own it).
    pub fn rc(&self) -> Rc<Interp> {
        self.me.upgrade().expect("interpreter alive while running")
    }

    /// The builtin exception class for `t`.
    pub fn exc_class(&self, t: ExcType) -> Rc<Class> {
        self.exc_classes[t as usize].clone()
    }

    /// A new exception of type `t` with message `msg` (as an `Unwind` ready to return).
    pub fn err(&self, t: ExcType, msg: impl Into<String>) -> Unwind {
        Unwind::Raise(self.new_exc(t, msg))
    }

    /// A new exception instance of type `t` with a single string argument.
    pub fn new_exc(&self, t: ExcType, msg: impl Into<String>) -> Value {
        exceptions::new_instance(self.exc_class(t), vec![Value::str(&msg.into())])
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl Into<String>) -> Unwind {
        self.err(ExcType::TypeError, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&self, msg: impl Into<String>) -> Unwind {
        self.err(ExcType::ValueError, msg)
    }

    /// Counts one step and stops the run when a budget is exhausted.
    #[inline]
    pub fn step(&self) -> PyResult<()> {
        let n = self.steps.get() + 1;
        self.steps.set(n);
        if n & 0x3fff == 0 {
            return self.check_budget();
        }
        Ok(())
    }

    fn check_budget(&self) -> PyResult<()> {
        if self.steps.get() > self.limits.max_steps {
            return Err(Unwind::Abort(Abort::Steps(self.limits.max_steps)));
        }
        if self.aio.stop_requested.get() {
            return Err(Unwind::Abort(Abort::Stopped));
        }
        // The stretch's start is read lazily, at its first check: reading the clock once per
        // loop iteration costs more than the iteration itself in a browser.
        let now = self.host.wall_ms();
        let started = self.aio.slice_started_ms.get();
        if started.is_nan() {
            self.aio.slice_started_ms.set(now);
            return Ok(());
        }
        if now - started > self.limits.max_wall_ms as f64 {
            return Err(Unwind::Abort(Abort::WallTime(self.limits.max_wall_ms)));
        }
        Ok(())
    }

    /// Stops the run if waiting until loop time `t` would pass the loop-time budget.
    pub(crate) fn check_loop_time(&self, t: f64) -> PyResult<()> {
        if t > self.limits.max_loop_time as f64 {
            return Err(Unwind::Abort(Abort::LoopTime(self.limits.max_loop_time)));
        }
        Ok(())
    }

    /// The class of a native type, identified by its `module.name` key; created (deriving from
    /// `object`) on first use. `setup` fills its namespace (methods) when it is created.
    pub fn native_class(&self, key: &'static str, setup: fn(&Interp, &Rc<Class>)) -> Rc<Class> {
        self.native_subclass(key, &self.types.object.clone(), setup)
    }

    /// Like [`native_class`](Self::native_class), deriving from `base`.
    pub fn native_subclass(&self, key: &'static str, base: &Rc<Class>, setup: fn(&Interp, &Rc<Class>)) -> Rc<Class> {
        if let Some((_, c)) = self.native_classes.borrow().iter().find(|(k, _)| *k == key) {
            return c.clone();
        }
        let (module, name) = key.rsplit_once('.').unwrap_or(("builtins", key));
        let cls = Rc::new(Class {
            name: Rc::from(name),
            qualname: Rc::from(name),
            module: Rc::from(module),
            bases: vec![base.clone()],
            mro: base.mro_iter().cloned().collect(),
            attrs: RefCell::new(Attrs::new()),
            kind: ClassKind::Builtin,
        });
        self.native_classes.borrow_mut().push((key, cls.clone()));
        setup(self, &cls);
        cls
    }

    /// Registers a builtin function under `name` in the builtins table.
    pub fn add_builtin(&self, name: &'static str, func: BuiltinFn) {
        self.builtins.borrow_mut().push((Rc::from(name), builtin(name, func)));
    }

    /// Registers any value in the builtins table.
    pub fn add_builtin_value(&self, name: &str, value: Value) {
        self.builtins.borrow_mut().push((Rc::from(name), value));
    }

    /// Looks a builtin up by name.
    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.borrow().iter().find(|(n, _)| &**n == name).map(|(_, v)| v.clone())
    }

    /// The names of the builtins, in table order (the resolver numbers them).
    pub fn builtin_names(&self) -> Vec<Rc<str>> {
        self.builtins.borrow().iter().map(|(n, _)| n.clone()).collect()
    }

    /// A new native module with the given attributes.
    pub fn native_module(&self, name: &str, attrs: Attrs) -> Rc<ModuleObj> {
        Rc::new(ModuleObj {
            name: Rc::from(name),
            globals: RefCell::new(Vec::new()),
            global_names: RefCell::new(Vec::new()),
            attrs: RefCell::new(attrs),
            filename: Rc::from(format!("<{name}>").as_str()),
            source: Rc::from(""),
        })
    }

    /// The current loop time in seconds: virtual time, or the live clock (or, while an
    /// executor worker runs a call, that worker's clock).
    pub fn now(&self) -> f64 {
        if let Some(t) = self.aio.executors.worker_clock() {
            return t;
        }
        match self.host.live_now() {
            Some(t) => {
                self.aio.clock_read_at.set(Some(self.steps.get()));
                self.aio.event_loop.borrow_mut().set_time(t);
                self.aio.event_loop.borrow().time()
            }
            None => self.aio.event_loop.borrow().time(),
        }
    }

    /// The loop time for the runtime's own trace events (a task resumed, a timer set): like
    /// [`now`](Self::now), but a live clock read within the last few interpreter steps is
    /// reused. Reading a browser's clock costs about as much as a whole `sleep(0)` hop, and
    /// these events come several per hop; what the program prints or reads stays exact.
    pub fn now_for_trace(&self) -> f64 {
        let fresh = self.aio.clock_read_at.get().is_some_and(|at| self.steps.get().wrapping_sub(at) < CLOCK_REUSE_STEPS);
        if fresh && self.aio.executors.worker_clock().is_none() {
            return self.aio.event_loop.borrow().time();
        }
        self.now()
    }
}

/// Interpreter steps during which a live clock reading may be reused by
/// [`Interp::now_for_trace`] (a step of plain code takes well under a microsecond).
const CLOCK_REUSE_STEPS: u64 = 64;

/// A builtin function value.
pub fn builtin(name: &'static str, func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin { name, func }))
}

/// A new builtin class named `name` deriving from `base` (or from nothing, for `object`).
pub fn new_builtin_class(name: &str, base: Option<&Rc<Class>>, kind: ClassKind) -> Rc<Class> {
    let bases: Vec<Rc<Class>> = base.into_iter().cloned().collect();
    let mro = match base {
        Some(b) => b.mro_iter().cloned().collect(),
        None => Vec::new(),
    };
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from("builtins"),
        bases,
        mro,
        attrs: RefCell::new(Attrs::new()),
        kind,
    })
}

fn make_types() -> Types {
    let object = new_builtin_class("object", None, ClassKind::Object);
    let b = |name: &str| new_builtin_class(name, Some(&object), ClassKind::Builtin);
    let int = b("int");
    Types {
        type_: b("type"),
        none: b("NoneType"),
        bool_: new_builtin_class("bool", Some(&int), ClassKind::Builtin),
        float: b("float"),
        str_: b("str"),
        bytes: b("bytes"),
        list: b("list"),
        tuple: b("tuple"),
        dict: b("dict"),
        set: b("set"),
        frozenset: b("frozenset"),
        range: b("range"),
        slice: b("slice"),
        function: b("function"),
        builtin_function: b("builtin_function_or_method"),
        method: b("method"),
        module: b("module"),
        cell: b("cell"),
        ellipsis: b("ellipsis"),
        not_implemented: b("NotImplementedType"),
        int,
        object,
    }
}

impl Args {
    /// Checks the positional count for builtin `name`, CPython-style messages.
    pub fn check(&self, interp: &Interp, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n < min || n > max {
            let msg = if min == max {
                format!("{name}() takes exactly {min} argument{} ({n} given)", if min == 1 { "" } else { "s" })
            } else if n < min {
                format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
            } else {
                format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
            };
            return Err(interp.type_error(msg));
        }
        Ok(())
    }

    /// Fails if any keyword argument remains unconsumed.
    pub fn no_kwargs(&self, interp: &Interp, name: &str) -> PyResult<()> {
        match self.kw.first() {
            Some((k, _)) => Err(interp.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))),
            None => Ok(()),
        }
    }
}
