//! Exceptions: the builtin class hierarchy, the state an exception instance carries, and how
//! errors travel through the evaluator ([`Unwind`]).

use super::object::{Class, ClassKind, Instance, ModuleObj};
use super::attrs::Attrs;
use super::ast::SourceRange;
use super::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Why evaluation is unwinding.
#[derive(Clone)]
pub enum Unwind {
    /// A Python exception (an exception instance) is propagating.
    Raise(Value),
    /// The run is being stopped by the host (budget exhausted, Stop pressed). No `except` or
    /// `finally` can intercept it.
    Abort(Abort),
}

/// Why a run was stopped from outside the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Abort {
    /// The step budget ran out (the message says how many steps).
    Steps(u64),
    /// The wall-time budget ran out (milliseconds).
    WallTime(u64),
    /// The loop's clock passed its budget (seconds).
    LoopTime(u64),
    /// Output exceeded its size limit (bytes).
    Output(usize),
    /// The host asked the run to stop.
    Stopped,
    /// Every task waits and nothing can wake any of them (CPython would hang forever).
    Deadlock,
    /// A construct outside the dialect was reached at run time (message, line, col).
    NotSupported(String, u32, u32),
}

impl Abort {
    /// The message shown to the learner.
    pub fn message(&self) -> String {
        match self {
            Abort::Steps(n) => format!(
                "Loopscope stopped the program: it ran {n} steps without finishing (an infinite loop?)"
            ),
            Abort::WallTime(ms) => format!(
                "Loopscope stopped the program: it computed for {} s without finishing (an infinite loop?)",
                *ms as f64 / 1000.0
            ),
            Abort::LoopTime(s) => format!(
                "Loopscope stopped the program: its clock passed {s} s of loop time without finishing (a loop that never ends?)"
            ),
            Abort::Output(n) => format!("Loopscope stopped the program: it printed more than {n} bytes"),
            Abort::Stopped => "Stopped.".to_string(),
            Abort::Deadlock => "Loopscope stopped the program: every task is waiting and nothing can wake them up \
                                (CPython would hang here forever)"
                .to_string(),
            Abort::NotSupported(what, line, col) => format!("NotSupported: {what} (line {line}, col {col})"),
        }
    }
}

/// One line of a traceback: a frame the exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    /// Function name (`<module>` at top level).
    pub name: Rc<str>,
    /// Line being executed in that frame.
    pub line: u32,
    /// The expression, assignment target or statement the frame was running when the
    /// exception passed through it (CPython's position of the frame's current instruction),
    /// for the `^^^` line under the source.
    pub at: Option<SourceRange>,
    /// The module, for the file name and source line.
    pub module: Rc<ModuleObj>,
    /// Which activation of the frame (an exception passes through each one once).
    pub frame_id: u64,
}

/// The state every exception instance carries besides its attributes.
#[derive(Clone)]
pub struct ExcData {
    /// `args` (always a tuple).
    pub args: Value,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    /// `__cause__` (`raise ... from cause`).
    pub cause: Value,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Value,
    /// `__suppress_context__` (set by `raise ... from`).
    pub suppress_context: bool,
    /// What the frames it passed through held: CPython's traceback keeps those frames, and
    /// so their locals, alive as long as the exception.
    pub frames: Vec<Rc<[Value]>>,
    /// Where in the frame it is leaving the exception arose: set by the innermost node that
    /// fails, taken by that frame's traceback entry.
    pub arose: Option<SourceRange>,
}

impl Default for ExcData {
    fn default() -> Self {
        ExcData {
            args: Value::tuple(vec![]),
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            frames: Vec::new(),
            arose: None,
        }
    }
}

macro_rules! exception_types {
    ($($variant:ident = $name:literal : $($base:ident),*;)*) => {
        /// Every builtin exception class, in definition order (bases before subclasses).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum ExcType { $($variant,)* }

        impl ExcType {
            /// All of them, bases first.
            pub const ALL: &'static [ExcType] = &[$(ExcType::$variant,)*];

            /// The class name Python shows.
            pub fn name(self) -> &'static str {
                match self { $(ExcType::$variant => $name,)* }
            }

            /// Direct bases.
            pub fn bases(self) -> &'static [ExcType] {
                match self { $(ExcType::$variant => &[$(ExcType::$base),*],)* }
            }
        }
    };
}

exception_types! {
    BaseException = "BaseException": ;
    BaseExceptionGroup = "BaseExceptionGroup": BaseException;
    GeneratorExit = "GeneratorExit": BaseException;
    KeyboardInterrupt = "KeyboardInterrupt": BaseException;
    SystemExit = "SystemExit": BaseException;
    CancelledError = "CancelledError": BaseException;
    Exception = "Exception": BaseException;
    ArithmeticError = "ArithmeticError": Exception;
    FloatingPointError = "FloatingPointError": ArithmeticError;
    OverflowError = "OverflowError": ArithmeticError;
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError;
    AssertionError = "AssertionError": Exception;
    AttributeError = "AttributeError": Exception;
    BufferError = "BufferError": Exception;
    EOFError = "EOFError": Exception;
    ExceptionGroup = "ExceptionGroup": BaseExceptionGroup, Exception;
    ImportError = "ImportError": Exception;
    ModuleNotFoundError = "ModuleNotFoundError": ImportError;
    LookupError = "LookupError": Exception;
    IndexError = "IndexError": LookupError;
    KeyError = "KeyError": LookupError;
    MemoryError = "MemoryError": Exception;
    NameError = "NameError": Exception;
    UnboundLocalError = "UnboundLocalError": NameError;
    OSError = "OSError": Exception;
    ConnectionError = "ConnectionError": OSError;
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError;
    ConnectionResetError = "ConnectionResetError": ConnectionError;
    BrokenPipeError = "BrokenPipeError": ConnectionError;
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError;
    BlockingIOError = "BlockingIOError": OSError;
    ChildProcessError = "ChildProcessError": OSError;
    FileExistsError = "FileExistsError": OSError;
    FileNotFoundError = "FileNotFoundError": OSError;
    InterruptedError = "InterruptedError": OSError;
    IsADirectoryError = "IsADirectoryError": OSError;
    NotADirectoryError = "NotADirectoryError": OSError;
    PermissionError = "PermissionError": OSError;
    ProcessLookupError = "ProcessLookupError": OSError;
    TimeoutError = "TimeoutError": OSError;
    ReferenceError = "ReferenceError": Exception;
    RuntimeError = "RuntimeError": Exception;
    NotImplementedError = "NotImplementedError": RuntimeError;
    RecursionError = "RecursionError": RuntimeError;
    StopAsyncIteration = "StopAsyncIteration": Exception;
    StopIteration = "StopIteration": Exception;
    SyntaxError = "SyntaxError": Exception;
    IndentationError = "IndentationError": SyntaxError;
    TabError = "TabError": IndentationError;
    SystemError = "SystemError": Exception;
    TypeError = "TypeError": Exception;
    ValueError = "ValueError": Exception;
    UnicodeError = "UnicodeError": ValueError;
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError;
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError;
    InvalidStateError = "InvalidStateError": Exception;
    QueueEmpty = "QueueEmpty": Exception;
    QueueFull = "QueueFull": Exception;
    Warning = "Warning": Exception;
    DeprecationWarning = "DeprecationWarning": Warning;
    RuntimeWarning = "RuntimeWarning": Warning;
    UserWarning = "UserWarning": Warning;
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning;
    SyntaxWarning = "SyntaxWarning": Warning;
    FutureWarning = "FutureWarning": Warning;
    ImportWarning = "ImportWarning": Warning;
    UnicodeWarning = "UnicodeWarning": Warning;
    BytesWarning = "BytesWarning": Warning;
    ResourceWarning = "ResourceWarning": Warning;
    EncodingWarning = "EncodingWarning": Warning;
}

impl ExcType {
    /// The module CPython reports for the class (`asyncio.exceptions` for asyncio's own).
    pub fn module(self) -> &'static str {
        match self {
            ExcType::CancelledError | ExcType::InvalidStateError => "asyncio.exceptions",
            ExcType::QueueEmpty | ExcType::QueueFull => "asyncio.queues",
            _ => "builtins",
        }
    }
}

/// Builds the builtin exception classes, indexed like [`ExcType::ALL`].
pub fn build_classes(object: &Rc<Class>) -> Vec<Rc<Class>> {
    let mut classes: Vec<Rc<Class>> = Vec::with_capacity(ExcType::ALL.len());
    for &t in ExcType::ALL {
        let bases: Vec<Rc<Class>> = if t.bases().is_empty() {
            vec![object.clone()]
        } else {
            t.bases().iter().map(|b| classes[*b as usize].clone()).collect()
        };
        let mro = super::class_mro::linearize(&bases).unwrap_or_else(|| vec![object.clone()]);
        classes.push(Rc::new(Class {
            name: Rc::from(t.name()),
            qualname: Rc::from(t.name()),
            module: Rc::from(t.module()),
            bases,
            mro,
            attrs: RefCell::new(Attrs::new()),
            kind: ClassKind::Exception,
        }));
    }
    classes
}

/// A new exception instance of `class` with the given `args`.
pub fn new_instance(class: Rc<Class>, args: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance {
        class,
        attrs: RefCell::new(Attrs::new()),
        exc: Some(RefCell::new(ExcData { args: Value::tuple(args), ..ExcData::default() })),
    }))
}

/// The exception state of an exception instance.
pub fn exc_data(value: &Value) -> Option<&RefCell<ExcData>> {
    match value {
        Value::Instance(inst) => inst.exc.as_ref(),
        _ => None,
    }
}
