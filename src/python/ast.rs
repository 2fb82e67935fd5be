//! The syntax tree of the Python dialect.
//!
//! The parser builds it; the resolver (`resolve.rs`) then fills in the few cells the parser
//! leaves empty — where each name lives (a frame slot, a closure cell, a global) and which
//! nodes contain an `await` — and the evaluator walks it. Everything else is immutable after
//! parsing, so functions share their bodies through `Rc`.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// A position in the source: 1-based line and 1-based column (in characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, counted in characters (not bytes).
    pub col: u32,
}

impl Span {
    /// A span at `line`, `col` (both 1-based).
    pub fn new(line: u32, col: u32) -> Self {
        Span { line, col }
    }
}

/// Where a node's source text runs: from `start` to just before `end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceRange {
    /// Its first character.
    pub start: Span,
    /// Just past its last character.
    pub end: Span,
}

/// A parsed module: its statements in order.
#[derive(Debug)]
pub struct Module {
    /// Top-level statements.
    pub body: Block,
    /// Filled by the resolver: how many module-level names exist (globals are slots too).
    pub scope: OnceCell<Scope>,
}

/// A sequence of statements.
pub type Block = Vec<Stmt>;

/// A statement with its position.
#[derive(Debug)]
pub struct Stmt {
    /// What the statement is.
    pub kind: StmtKind,
    /// Where it starts.
    pub span: Span,
    /// Just past its last character (its last line, for a compound statement).
    pub end: Span,
    /// Set by the resolver: the statement contains an `await`, `async for/with` or `yield`
    /// (outside nested function bodies), so it must be run by the suspending evaluator.
    pub suspends: Cell<bool>,
    /// Set by the resolver for `def` and `class` statements: where the defined name is bound.
    pub binds: Cell<NameSlot>,
}

impl Stmt {
    /// A statement not yet seen by the resolver.
    pub fn new(kind: StmtKind, span: Span) -> Self {
        Stmt { kind, span, end: span, suspends: Cell::new(false), binds: Cell::new(NameSlot::Unresolved) }
    }

    /// The same statement, ending just before `end`.
    pub fn ending_at(self, end: Span) -> Self {
        Stmt { end, ..self }
    }

    /// Where its source text runs.
    pub fn range(&self) -> SourceRange {
        SourceRange { start: self.span, end: self.end }
    }
}

/// Every statement form of the dialect (field names follow Python's `ast` module).
#[derive(Debug)]
#[allow(missing_docs)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Expr),
    /// `a = b = value`: targets in source order.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`.
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`; the annotation is parsed and ignored.
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr> },
    /// `def` / `async def`, with decorators.
    FunctionDef(Rc<FunctionDef>),
    /// `class Name(bases): ...`, with decorators.
    ClassDef(Rc<ClassDef>),
    /// `return [value]`.
    Return(Option<Expr>),
    /// `del a, b[0], c.x`.
    Delete(Vec<Expr>),
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `if test: body else: orelse` (`elif` nests another `If` in `orelse`).
    If { test: Expr, body: Block, orelse: Block },
    /// `while test: body else: orelse`.
    While { test: Expr, body: Block, orelse: Block },
    /// `[async] for target in iter: body else: orelse`.
    For { target: Expr, iter: Expr, body: Block, orelse: Block, is_async: bool },
    /// `[async] with a as x, b: body`.
    With { items: Vec<WithItem>, body: Block, is_async: bool },
    /// `try` with handlers; `is_star` for `except*`.
    Try { body: Block, handlers: Vec<ExceptHandler>, orelse: Block, finalbody: Block, is_star: bool },
    /// `raise [exc [from cause]]`.
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    /// `assert test[, msg]`.
    Assert { test: Expr, msg: Option<Expr> },
    /// `global a, b`.
    Global(Vec<Rc<str>>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<Rc<str>>),
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from module import a as b, c` (`names` empty never; `*` is NotSupported).
    ImportFrom { module: Rc<str>, names: Vec<Alias> },
}

/// `name as asname` in an import.
#[derive(Debug)]
pub struct Alias {
    /// Dotted name as written, e.g. `concurrent.futures`.
    pub name: Rc<str>,
    /// The `as` name, if any.
    pub asname: Option<Rc<str>>,
    /// Where the name is bound by this import (resolver fills it).
    pub target: Name,
}

/// One `expr [as target]` of a `with` statement.
#[derive(Debug)]
pub struct WithItem {
    /// The context manager expression.
    pub context: Expr,
    /// The `as` target, if any.
    pub target: Option<Expr>,
}

/// One `except [Type [as name]]:` clause.
#[derive(Debug)]
pub struct ExceptHandler {
    /// The exception type (or tuple of types); `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// The `as` name, if any.
    pub name: Option<Name>,
    /// The handler body.
    pub body: Block,
    /// Where the `except` keyword is.
    pub span: Span,
}

/// A function, lambda or comprehension body: anything with its own local scope.
#[derive(Debug)]
pub struct FunctionDef {
    /// The function's name (`<lambda>`, `<listcomp>`, ... for the anonymous ones).
    pub name: Rc<str>,
    /// Parameters.
    pub params: Params,
    /// The body. A lambda's body is one `Return` statement.
    pub body: Block,
    /// Decorators, outermost first, as written.
    pub decorators: Vec<Expr>,
    /// `async def`.
    pub is_async: bool,
    /// Where `def` (or `lambda`) is; for decorated functions, the line of `def`.
    pub span: Span,
    /// Filled by the resolver.
    pub scope: OnceCell<Scope>,
}

/// A function's parameter list.
#[derive(Debug, Default)]
pub struct Params {
    /// Positional-only parameters (before `/`).
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

/// One parameter: its name, default and (ignored) annotation.
#[derive(Debug)]
pub struct Param {
    /// The parameter's name and, after resolution, its slot.
    pub name: Name,
    /// Default value expression, evaluated when the `def` runs.
    pub default: Option<Expr>,
    /// Annotation; parsed, never evaluated.
    pub annotation: Option<Expr>,
    /// Where the parameter is.
    pub span: Span,
}

/// A class definition.
#[derive(Debug)]
pub struct ClassDef {
    /// The class name.
    pub name: Rc<str>,
    /// Base class expressions.
    pub bases: Vec<Expr>,
    /// Keyword arguments in the class header (`metaclass=` is NotSupported).
    pub keywords: Vec<Keyword>,
    /// The class body.
    pub body: Block,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
    /// Where `class` is.
    pub span: Span,
    /// Filled by the resolver (class bodies are a scope of their own).
    pub scope: OnceCell<Scope>,
}

/// What the resolver learned about one scope.
#[derive(Debug, Default)]
pub struct Scope {
    /// Number of frame slots (locals, including parameters, first).
    pub n_locals: u32,
    /// Names of the slots, for error messages and `locals()`.
    pub slot_names: Vec<Rc<str>>,
    /// Slots that are captured by inner functions and so live in cells.
    pub cell_slots: Vec<u32>,
    /// Free variables: (name, index of the captured cell in the enclosing function's closure
    /// environment) — the evaluator copies these cells in when the function is created.
    pub free: Vec<(Rc<str>, NameSlot)>,
    /// The body contains `yield` (a generator or async generator).
    pub is_generator: bool,
}

/// A name occurrence; the resolver decides where it lives.
#[derive(Debug)]
pub struct Name {
    /// The identifier.
    pub id: Rc<str>,
    /// Where it lives; `Unresolved` until the resolver runs.
    pub slot: Cell<NameSlot>,
}

impl Name {
    /// An unresolved name.
    pub fn new(id: impl Into<Rc<str>>) -> Self {
        Name { id: id.into(), slot: Cell::new(NameSlot::Unresolved) }
    }
}

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NameSlot {
    /// Not resolved yet.
    #[default]
    Unresolved,
    /// A plain local slot in the current frame.
    Local(u32),
    /// A local slot of the current frame that holds a cell (captured by an inner function).
    Cell(u32),
    /// The n-th free variable (closure cell) of the current function.
    Free(u32),
    /// The n-th module global slot; if unbound, the builtin of the same name.
    Global(u32),
    /// A name never bound at module level: the n-th builtin (or a NameError).
    Builtin(u32),
    /// A name no scope binds and no builtin has: a NameError when evaluated.
    Undefined,
    /// Inside a class body: the class namespace, then the given global slot, then builtins.
    ClassBody(Option<u32>),
}

/// An expression with its position.
#[derive(Debug)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// Where it starts.
    pub span: Span,
    /// Just past its last character (where it starts, for nodes no source text spells out).
    pub end: Span,
    /// Set by the resolver: contains an `await` or `yield` outside nested scopes.
    pub suspends: Cell<bool>,
}

impl Expr {
    /// An expression not yet seen by the resolver.
    pub fn new(kind: ExprKind, span: Span) -> Self {
        Expr { kind, span, end: span, suspends: Cell::new(false) }
    }

    /// The same expression, ending just before `end`.
    pub fn ending_at(self, end: Span) -> Self {
        Expr { end, ..self }
    }

    /// Where its source text runs.
    pub fn range(&self) -> SourceRange {
        SourceRange { start: self.span, end: self.end }
    }
}

/// Every expression form of the dialect (field names follow Python's `ast` module).
#[derive(Debug)]
#[allow(missing_docs)]
pub enum ExprKind {
    /// A name load, store or delete (context is given by where it appears).
    Name(Name),
    /// A literal.
    Constant(Constant),
    /// An f-string: literal text and formatted fields in order.
    FString(Vec<FStringPart>),
    /// `[a, b, *c]`.
    List(Vec<Expr>),
    /// `(a, b)` or `a, b`.
    Tuple(Vec<Expr>),
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `{k: v, **m}`: `None` key means `**m`.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// `*x` in a call, display or assignment target.
    Starred(Box<Expr>),
    /// `left op right`.
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    /// `op operand`.
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `a and b and c` / `a or b`.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `a < b <= c`.
    Compare { left: Box<Expr>, ops: Vec<(CmpOp, Expr)> },
    /// `func(args)`.
    Call { func: Box<Expr>, args: Vec<Arg> },
    /// `value.attr`.
    Attribute { value: Box<Expr>, attr: Rc<str> },
    /// `value[index]`; a slice index is an `ExprKind::Slice`, `a[1:2, 3]` a tuple.
    Subscript { value: Box<Expr>, index: Box<Expr> },
    /// `lower:upper:step` inside a subscript.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    /// `body if test else orelse`.
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `lambda params: body`.
    Lambda(Rc<FunctionDef>),
    /// A comprehension or generator expression.
    Comprehension(Rc<Comprehension>),
    /// `await value`.
    Await(Box<Expr>),
    /// `yield [value]`.
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `target := value`.
    NamedExpr { target: Name, value: Box<Expr> },
}

/// A literal value.
#[derive(Debug, Clone)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in i64.
    Int(i64),
    /// A larger int, as decimal digits (no sign, no underscores).
    BigInt(Rc<str>),
    /// A float literal.
    Float(f64),
    /// An imaginary literal such as `2j`: NotSupported at evaluation.
    Imaginary(f64),
    /// A string literal (adjacent literals already concatenated, escapes decoded).
    Str(Rc<str>),
    /// A bytes literal.
    Bytes(Rc<[u8]>),
    /// `...`.
    Ellipsis,
}

/// One piece of an f-string.
#[derive(Debug)]
pub enum FStringPart {
    /// Literal text (`{{`/`}}` already unescaped).
    Literal(Rc<str>),
    /// `{value!conv:spec}`; `spec` may itself contain fields.
    Field {
        /// The expression.
        value: Expr,
        /// `!r`, `!s`, `!a`.
        conversion: Option<char>,
        /// The format spec after `:`, itself an f-string.
        spec: Vec<FStringPart>,
        /// For `{x=}`: the text `x=` (with the original spacing) to print before the value.
        /// With `=` and no conversion and no spec, the conversion defaults to `!r`.
        debug_text: Option<Rc<str>>,
    },
}

/// A call argument.
#[derive(Debug)]
pub enum Arg {
    /// `f(x)`.
    Positional(Expr),
    /// `f(*xs)`.
    Starred(Expr),
    /// `f(name=x)`.
    Keyword(Keyword),
    /// `f(**kw)`.
    DoubleStarred(Expr),
}

impl Arg {
    /// The expression the argument evaluates.
    pub fn value(&self) -> &Expr {
        match self {
            Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => e,
            Arg::Keyword(k) => &k.value,
        }
    }
}

/// `name=value`.
#[derive(Debug)]
pub struct Keyword {
    /// The keyword.
    pub name: Rc<str>,
    /// The value.
    pub value: Expr,
}

/// A comprehension: `[elt for target in iter if cond ...]` and its kin.
#[derive(Debug)]
pub struct Comprehension {
    /// Which kind of display it builds.
    pub kind: ComprehensionKind,
    /// The element (for dicts, the key).
    pub element: Expr,
    /// For dict comprehensions, the value.
    pub value: Option<Expr>,
    /// The `for`/`if` clauses in order; the first clause's iterable is evaluated in the
    /// enclosing scope, everything else in the comprehension's own scope.
    pub generators: Vec<CompFor>,
    /// Where it starts.
    pub span: Span,
    /// Filled by the resolver (a comprehension is a scope of its own, like a function).
    pub scope: OnceCell<Scope>,
}

/// What a comprehension builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    /// `[...]`.
    List,
    /// `{...}`.
    Set,
    /// `{k: v ...}`.
    Dict,
    /// `(...)`.
    Generator,
}

/// One `[async] for target in iter if cond...` clause.
#[derive(Debug)]
pub struct CompFor {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// Filters.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `not`
    Not,
    /// `-`
    Neg,
    /// `+`
    Pos,
    /// `~`
    Invert,
}

/// `and` / `or`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    /// `and`
    And,
    /// `or`
    Or,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}
