//! The parser: tokens to the syntax tree, with CPython 3.11's syntax errors.
//!
//! A recursive-descent parser over the grammar of CPython 3.11 (`Grammar/python.gram`). Where
//! CPython's PEG parser reports a specialised message from its second, "invalid rules" pass,
//! this parser checks the same pattern at the point where parsing fails. Errors are then
//! settled the way CPython settles them: a tokenizer error anywhere in the file wins over a
//! parser error, and "'(' was never closed" wins when the bracket opened on an earlier line
//! than the furthest token the parser looked at.
//!
//! Constructs outside the dialect (`match`, relative imports, `import *`, ...) are reported as
//! `NotSupported` only when the whole file is otherwise valid, so learners see CPython's own
//! message for any real syntax error first.

mod args;
mod atom;
mod compound;
mod expr;
mod fstring;
mod params;
mod stmt;
mod strings;
mod targets;

use super::ast::{Module, Span};
use super::error::{CompileError, CompileErrorKind, CompileResult};
use super::lexer::{self, Lexed};
use super::token::{Kw, Op, Tok, Token};
use std::cell::{Cell, OnceCell};

/// Deepest nesting of expressions, statements and operator chains the parser builds, which
/// bounds the recursion of every pass that walks the tree.
const MAX_DEPTH: u32 = 400;

/// Parses a module.
///
/// Syntax errors are worded and placed as CPython 3.11 reports them when running the file;
/// valid Python outside the dialect gives a `NotSupported` error.
pub fn parse(source: &str) -> CompileResult<Module> {
    let src = lexer::normalize(source);
    let mut parser = Parser::new(&src, lexer::tokenize(&src), 0);
    let body = parser.run(Parser::module)?;
    Ok(Module { body, scope: OnceCell::new() })
}

/// Parser state over one token list (a module, or one f-string field).
struct Parser<'a> {
    src: &'a [char],
    toks: Vec<Token>,
    /// Index of the current token (never past the last one).
    pos: usize,
    /// Furthest token looked at while parsing (CPython's first pass).
    furthest: Cell<usize>,
    /// Furthest token looked at, including diagnostic look-aheads.
    fetched: Cell<usize>,
    depth: u32,
    /// Diagnostic look-aheads (CPython's "invalid rules") are switched off.
    quiet: bool,
    lex_error: Option<CompileError>,
    unclosed_at_eof: bool,
    /// The first construct outside the dialect, reported if nothing else is wrong.
    unsupported: Option<CompileError>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a [char], lexed: Lexed, depth: u32) -> Self {
        Parser {
            src,
            toks: lexed.tokens,
            pos: 0,
            furthest: Cell::new(0),
            fetched: Cell::new(0),
            depth,
            quiet: false,
            lex_error: lexed.error,
            unclosed_at_eof: lexed.unclosed_at_eof,
            unsupported: None,
        }
    }

    /// Runs `rule` and settles its error, or the first unsupported construct, as CPython
    /// would report it.
    fn run<T>(&mut self, rule: impl FnOnce(&mut Self) -> CompileResult<T>) -> CompileResult<T> {
        let result = rule(self).map_err(|e| self.settle(e))?;
        match self.unsupported.take() {
            Some(e) => Err(e),
            None => Ok(result),
        }
    }

    /// The error to report, given the parser's error `e` and the lexer's outcome: the
    /// lexer's error if the parser reached it, and otherwise too unless `e` is about
    /// indentation or `e` is further up than a bracket left open at the end.
    fn settle(&self, e: CompileError) -> CompileError {
        let Some(lex) = &self.lex_error else { return e };
        let last = &self.toks[self.fetched.get()];
        let reached = matches!(last.kind, Tok::Error);
        let indentation = e.kind == CompileErrorKind::Indentation && e.message.starts_with("unexpected");
        if reached || (!indentation && (!self.unclosed_at_eof || lex.span.line < last.span.line)) {
            lex.clone()
        } else {
            e
        }
    }

    // ---- the token cursor ----

    /// The token `k` places ahead, remembered as looked at.
    fn look(&self, k: usize) -> &Token {
        let i = (self.pos + k).min(self.toks.len() - 1);
        self.furthest.set(self.furthest.get().max(i));
        self.fetched.set(self.fetched.get().max(i));
        &self.toks[i]
    }

    /// The current token's kind.
    fn tok(&self) -> &Tok {
        &self.look(0).kind
    }

    /// The current token's position.
    fn span(&self) -> Span {
        self.look(0).span
    }

    fn bump(&mut self) -> Token {
        let t = self.look(0).clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn at_op(&self, op: Op) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn at_kw(&self, kw: Kw) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    fn peek_is_op(&self, k: usize, op: Op) -> bool {
        matches!(&self.look(k).kind, Tok::Op(o) if *o == op)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        let found = self.at_op(op);
        if found {
            self.bump();
        }
        found
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        let found = self.at_kw(kw);
        if found {
            self.bump();
        }
        found
    }

    fn at_newline(&self) -> bool {
        matches!(self.tok(), Tok::Newline)
    }

    /// The current token is `async` followed by `kw`.
    fn at_async(&self, kw: Kw) -> bool {
        self.at_kw(Kw::Async) && matches!(self.look(1).kind, Tok::Kw(k) if k == kw)
    }

    /// Consumes a name token, or fails with "invalid syntax".
    fn name(&mut self) -> CompileResult<std::rc::Rc<str>> {
        match self.tok() {
            Tok::Name(n) => {
                let n = n.clone();
                self.bump();
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }

    fn expect_op(&mut self, op: Op) -> CompileResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    /// Where the previous token ends.
    fn prev_end(&self) -> Span {
        self.toks[self.pos.saturating_sub(1)].end
    }

    // ---- errors ----

    /// CPython's generic "invalid syntax", at the furthest token looked at; when that is an
    /// INDENT or DEDENT, CPython's "unexpected indent" or "unexpected unindent" just before it.
    fn invalid(&self) -> CompileError {
        self.look(0);
        let at = &self.toks[self.furthest.get()];
        let before = Span::new(at.span.line, at.span.col.saturating_sub(1));
        match at.kind {
            Tok::Indent => CompileError::indentation("unexpected indent", before),
            Tok::Dedent => CompileError::indentation("unexpected unindent", before),
            _ => CompileError::syntax("invalid syntax", at.span),
        }
    }

    /// A syntax error at `span`, unless diagnostics are off (then a generic failure).
    fn error_at(&self, message: impl Into<String>, span: Span) -> CompileError {
        if self.quiet {
            return self.invalid();
        }
        CompileError::syntax(message, span)
    }

    /// A syntax error at the current token (CPython's `RAISE_SYNTAX_ERROR`).
    fn error_here(&self, message: impl Into<String>) -> CompileError {
        let span = self.span();
        self.error_at(message, span)
    }

    /// Records a construct outside the dialect; parsing goes on to look for syntax errors.
    fn unsupported(&mut self, what: &str, span: Span) {
        if self.unsupported.is_none() {
            self.unsupported = Some(CompileError::not_supported(what, span));
        }
    }

    fn is_generic(e: &CompileError) -> bool {
        e.kind == CompileErrorKind::Syntax && e.message == "invalid syntax"
    }

    // ---- nesting and backtracking ----

    /// Runs `f` one nesting level deeper.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> CompileResult<T>) -> CompileResult<T> {
        self.enter()?;
        let result = f(self);
        self.depth -= 1;
        result
    }

    /// Goes one nesting level deeper (the caller restores `depth`).
    fn enter(&mut self) -> CompileResult<()> {
        if self.depth >= MAX_DEPTH {
            let span = self.span();
            return Err(CompileError::not_supported("code nested too deeply", span));
        }
        self.depth += 1;
        Ok(())
    }

    /// Runs `f` as a diagnostic look-ahead: diagnostics off, and the position (but not what
    /// was fetched) restored afterwards. Returns whether `f` succeeded.
    fn probe(&mut self, f: impl FnOnce(&mut Self) -> CompileResult<bool>) -> bool {
        let (pos, furthest, depth, quiet) = (self.pos, self.furthest.get(), self.depth, self.quiet);
        self.quiet = true;
        let ok = f(self).unwrap_or(false);
        (self.pos, self.depth, self.quiet) = (pos, depth, quiet);
        self.furthest.set(furthest);
        ok
    }

    /// Runs `f`; on failure, returns to where it started (an optional PEG alternative).
    fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> CompileResult<T>) -> Option<T> {
        let (pos, depth) = (self.pos, self.depth);
        let result = f(self).ok();
        if result.is_none() {
            (self.pos, self.depth) = (pos, depth);
        }
        result
    }
}
