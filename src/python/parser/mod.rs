//! The parser: tokens to the syntax tree, with CPython 3.11's syntax errors.
//!
//! A recursive-descent parser over the grammar of CPython 3.11 (`Grammar/python.gram`). Where
//! CPython's PEG parser reports a specialised message from its second, "invalid rules" pass,
//! this parser checks the same pattern at the point where parsing fails, and where CPython's
//! parser backtracks on a failed alternative, so does this one. Errors are then settled the
//! way CPython settles them: most tokenizer errors anywhere in the file win over a parser
//! error, and "'(' was never closed" wins when the bracket opened on an earlier line than
//! the furthest token the parser looked at (see `lexer::Rank`).
//!
//! Constructs outside the dialect (`match`, relative imports, `import *`, ...) are reported as
//! `NotSupported` only when the whole file is otherwise valid, so learners see CPython's own
//! message for any real syntax error first.

mod args;
mod atom;
mod compound;
mod expr;
mod fstring;
mod hints;
mod operators;
mod params;
mod stmt;
mod strings;
mod targets;

use super::ast::{Expr, ExprKind, Module, Span, Stmt, StmtKind};
use super::error::{CompileError, CompileErrorKind, CompileResult};
use super::lexer::{self, Lexed, Rank};
use super::token::{Kw, Op, Tok, Token};
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// Deepest nesting of expressions, blocks and operator chains the parser builds. It bounds
/// the parser's own recursion (at most about 2 KB of stack per level in a release build and
/// 9 KB in a debug build, measured) and the depth of the tree for every pass that walks it.
/// CPython allows almost 200 nested brackets; past this limit a program is `NotSupported`.
const MAX_DEPTH: u32 = 150;

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
    lex_rank: Rank,
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
            lex_rank: lexed.rank,
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
    /// lexer's error if the parser reached it, and otherwise as its `Rank` says (an
    /// "unexpected indent" from the parser always stands).
    fn settle(&self, e: CompileError) -> CompileError {
        let Some(lex) = &self.lex_error else { return e };
        let last = &self.toks[self.fetched.get()];
        let indentation = e.kind == CompileErrorKind::Indentation && e.message.starts_with("unexpected");
        let wins = match self.lex_rank {
            _ if matches!(last.kind, Tok::Error) => true,
            _ if indentation => false,
            Rank::Overrides => true,
            Rank::WhenReached => false,
            Rank::UnclosedAtEof => lex.span.line < last.span.line,
        };
        if wins {
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
        self.look(0);
        self.span_of(self.pos)
    }

    /// Where token `i` is reported (INDENT and DEDENT one column back, as CPython does).
    fn span_of(&self, i: usize) -> Span {
        let t = &self.toks[i];
        match t.kind {
            Tok::Indent | Tok::Dedent => Span::new(t.span.line, t.span.col - 1),
            _ => t.span,
        }
    }

    /// Moves past the current token and returns its position.
    fn bump(&mut self) -> Span {
        let span = self.look(0).span;
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        span
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
    fn name(&mut self) -> CompileResult<Rc<str>> {
        match self.tok() {
            Tok::Name(n) => {
                let n = n.clone();
                self.bump();
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }

    fn expect_kw(&mut self, kw: Kw) -> CompileResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.invalid())
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

    /// An expression node from `span` to the end of the last token consumed.
    fn node(&self, kind: ExprKind, span: Span) -> Expr {
        Expr::new(kind, span).ending_at(self.prev_end())
    }

    /// A statement node from `span` to the end of the last token consumed that is not a line
    /// break or an indentation change (a compound statement ends with its body's last token).
    fn stmt_node(&self, kind: StmtKind, span: Span) -> Stmt {
        let layout = |t: &&Token| matches!(t.kind, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker);
        let last = self.toks[..self.pos].iter().rev().find(|t| !layout(t));
        Stmt::new(kind, span).ending_at(last.map_or(span, |t| t.end))
    }

    // ---- errors ----

    /// CPython's generic "invalid syntax", at the furthest token looked at; when that is an
    /// INDENT or DEDENT, CPython's "unexpected indent" or "unexpected unindent" just before it.
    fn invalid(&self) -> CompileError {
        self.look(0);
        self.invalid_at(self.furthest.get())
    }

    /// CPython's generic error at token `i` (at the end of input, CPython gives column 0).
    fn invalid_at(&self, i: usize) -> CompileError {
        let at = self.span_of(i);
        match self.toks[i].kind {
            Tok::Indent => CompileError::indentation("unexpected indent", at),
            Tok::Dedent => CompileError::indentation("unexpected unindent", at),
            Tok::EndMarker => CompileError::syntax("invalid syntax", Span::new(at.line, 0)),
            Tok::Newline => CompileError::syntax("invalid syntax", at),
            // CPython marks the whole token it stopped at.
            _ => CompileError::syntax("invalid syntax", at).marking(self.toks[i].end),
        }
    }

    /// A syntax error at `span`, unless diagnostics are off (then a generic failure).
    fn error_at(&self, message: impl Into<String>, span: Span) -> CompileError {
        if self.quiet {
            return self.invalid();
        }
        CompileError::syntax(message, span)
    }

    /// A syntax error marking `start` up to `end`, unless diagnostics are off.
    fn error_over(&self, message: impl Into<String>, start: Span, end: Span) -> CompileError {
        match self.quiet {
            true => self.invalid(),
            false => CompileError::syntax(message, start).marking(end),
        }
    }

    /// A syntax error at the current token.
    fn error_at_token(&self, message: impl Into<String>) -> CompileError {
        self.error_at(message, self.span())
    }

    /// A syntax error at the last token read (CPython's `RAISE_SYNTAX_ERROR`).
    fn error_here(&self, message: impl Into<String>) -> CompileError {
        self.look(0);
        self.error_at(message, self.span_of(self.fetched.get()))
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

    /// `e` is a specific diagnosis found by a look-ahead (not a generic failure, nor the
    /// look-ahead running into the nesting limit).
    fn is_diagnosis(e: &CompileError) -> bool {
        !Self::is_generic(e) && e.kind != CompileErrorKind::NotSupported
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

    /// Runs `f` as one of CPython's diagnostic look-aheads, then returns to where it started
    /// (remembering how far it read). With `quiet`, diagnostics are off inside and any failure
    /// is `T::default()` (`false`, `None`: CPython's `*_without_invalid` rules); otherwise a
    /// specific error raised inside stands, and only a generic failure is `T::default()`.
    fn probe<T: Default>(&mut self, quiet: bool, f: impl FnOnce(&mut Self) -> CompileResult<T>) -> CompileResult<T> {
        let (pos, furthest, depth, was_quiet) = (self.pos, self.furthest.get(), self.depth, self.quiet);
        self.quiet |= quiet;
        let result = f(self);
        (self.pos, self.depth, self.quiet) = (pos, depth, was_quiet);
        self.furthest.set(furthest);
        match result {
            Err(e) if !self.quiet && !quiet && Self::is_diagnosis(&e) => Err(e),
            result => Ok(result.unwrap_or_default()),
        }
    }

    /// Runs `f` as CPython's second pass would (an "invalid rule"): its specific errors stand,
    /// but a generic failure is reported where parsing had got to before `f`.
    fn second_pass<T>(&mut self, f: impl FnOnce(&mut Self) -> CompileResult<T>) -> CompileResult<T> {
        let furthest = self.furthest.get();
        f(self).map_err(|e| match Self::is_generic(&e) {
            true => {
                self.furthest.set(furthest);
                self.invalid_at(furthest)
            }
            false => e,
        })
    }

    /// Runs `f`, the rest of a PEG alternative begun at token `at`: on a generic failure,
    /// returns there with `None`, as CPython's parser backtracks (the error is then reported
    /// where parsing had read to, as before); a specific error stands.
    fn alternative<T>(&mut self, at: usize, f: impl FnOnce(&mut Self) -> CompileResult<T>) -> CompileResult<Option<T>> {
        let depth = self.depth;
        match f(self) {
            Ok(t) => Ok(Some(t)),
            Err(e) if Self::is_generic(&e) => {
                (self.pos, self.depth) = (at, depth);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Runs `f` as a PEG alternative starting at the current token.
    fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> CompileResult<T>) -> CompileResult<Option<T>> {
        self.alternative(self.pos, f)
    }
}
