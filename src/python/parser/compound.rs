//! Compound statements: `if`, `while`, `for`, `with`, `try`, `def`, `class`, decorators,
//! `async` forms and indented blocks, with CPython's "expected ':'" and "expected an
//! indented block after ..." errors. A `match` statement is recognised and skipped as
//! outside the dialect.

use super::targets::{expr_name, invalid_target, Ctx};
use super::Parser;
use crate::python::ast::{
    Arg, BinOp, Block, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Name, Span, Stmt, StmtKind, WithItem,
};
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::{Kw, Op, Tok};
use std::cell::OnceCell;
use std::rc::Rc;

impl Parser<'_> {
    /// A compound statement, at its keyword, `async` or first decorator.
    pub(super) fn compound(&mut self) -> CompileResult<Stmt> {
        let span = self.span();
        let is_async = self.eat_kw(Kw::Async);
        match self.tok() {
            Tok::Kw(Kw::For) => self.for_stmt(is_async, span),
            Tok::Kw(Kw::With) => self.with_stmt(is_async, span),
            Tok::Kw(Kw::Def) => self.function_def(Vec::new(), is_async, span),
            _ if is_async => Err(self.invalid()),
            Tok::Kw(Kw::If) => self.if_stmt(),
            Tok::Kw(Kw::While) => self.while_stmt(),
            Tok::Kw(Kw::Try) => self.try_stmt(),
            Tok::Kw(Kw::Class) => self.class_def(Vec::new()),
            _ => self.decorated(),
        }
    }

    /// `:` after a statement header; a header ended by a newline gets "expected ':'".
    fn header_colon(&mut self) -> CompileResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        if self.at_newline() {
            return Err(self.error_here("expected ':'"));
        }
        Err(self.invalid())
    }

    /// A `:` CPython requires outright (`&&':'`): anything else is "expected ':'".
    fn forced_colon(&mut self) -> CompileResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        Err(CompileError::syntax("expected ':'", self.span()))
    }

    /// The body after a header's `:`: statements on the same line, or an indented block.
    /// `what` and `line` name the header in the error for a missing indented block.
    fn block(&mut self, what: &str, line: u32) -> CompileResult<Block> {
        let mut body = Vec::new();
        if !self.at_newline() {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !matches!(self.tok(), Tok::Indent) {
            let message = format!("expected an indented block after {what} on line {line}");
            return Err(CompileError::indentation(message, self.span()));
        }
        self.bump();
        self.nested(|p| {
            while !matches!(p.tok(), Tok::Dedent) {
                p.statement(&mut body)?;
            }
            p.bump();
            Ok(body)
        })
    }

    /// `['else' ':' block]`.
    fn else_block(&mut self) -> CompileResult<Block> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let line = self.bump().line;
        self.forced_colon()?;
        self.block("'else' statement", line)
    }

    /// `'if' named_expression ':' block` then `elif`s (nested `If`s) and `else`.
    fn if_stmt(&mut self) -> CompileResult<Stmt> {
        let is_if = self.at_kw(Kw::If);
        let span = self.bump();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = match is_if {
            true => self.block("'if' statement", test.span.line)?,
            false => self.block("'elif' statement", span.line)?,
        };
        let orelse = if self.at_kw(Kw::Elif) { vec![self.nested(Self::if_stmt)?] } else { self.else_block()? };
        Ok(self.stmt_node(StmtKind::If { test, body, orelse }, span))
    }

    fn while_stmt(&mut self) -> CompileResult<Stmt> {
        let span = self.bump();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = self.block("'while' statement", span.line)?;
        let orelse = self.else_block()?;
        Ok(self.stmt_node(StmtKind::While { test, body, orelse }, span))
    }

    /// `'for' star_targets 'in' star_expressions ':' block [else_block]`.
    fn for_stmt(&mut self, is_async: bool, span: Span) -> CompileResult<Stmt> {
        let line = self.bump().line;
        let target = self.for_target()?;
        let iter = self.star_expressions()?;
        self.header_colon()?;
        let body = self.block("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(self.stmt_node(StmtKind::For { target, iter, body, orelse, is_async }, span))
    }

    /// `'with' items ':' block`, where the items may be in parentheses.
    fn with_stmt(&mut self, is_async: bool, span: Span) -> CompileResult<Stmt> {
        let line = self.bump().line;
        let parenthesized = self.attempt(|p| {
            p.expect_op(Op::LPar)?;
            let mut items = vec![p.with_item()?];
            while p.eat_op(Op::Comma) && !p.at_op(Op::RPar) {
                items.push(p.with_item()?);
            }
            p.expect_op(Op::RPar)?;
            if !p.at_op(Op::Colon) {
                return Err(p.invalid());
            }
            Ok(items)
        })?;
        let items = match parenthesized {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat_op(Op::Comma) {
                    items.push(self.with_item()?);
                }
                items
            }
        };
        self.header_colon()?;
        let body = self.block("'with' statement", line)?;
        Ok(self.stmt_node(StmtKind::With { items, body, is_async }, span))
    }

    /// `expression ['as' star_target]`.
    fn with_item(&mut self) -> CompileResult<WithItem> {
        let context = self.expression()?;
        if !self.eat_kw(Kw::As) {
            return Ok(WithItem { context, target: None });
        }
        let start = self.pos;
        if let Some(target) = self.attempt(|p| {
            let t = p.star_target()?;
            match invalid_target(&t, Ctx::Assign) {
                None => Ok(t),
                Some(_) => Err(p.invalid()),
            }
        })? {
            return Ok(WithItem { context, target: Some(target) });
        }
        self.pos = start;
        let target = self.expression()?;
        let ends = self.at_op(Op::Comma) || self.at_op(Op::RPar) || self.at_op(Op::Colon);
        match invalid_target(&target, Ctx::Assign) {
            Some(bad) if ends => Err(self.error_over(format!("cannot assign to {}", expr_name(bad)), bad.span, bad.end)),
            _ => Err(self.invalid()),
        }
    }

    /// `try` with `except`/`except*` handlers, `else` and `finally`.
    fn try_stmt(&mut self) -> CompileResult<Stmt> {
        let span = self.bump();
        self.forced_colon()?;
        let body = self.block("'try' statement", span.line)?;
        if !self.at_kw(Kw::Except) && !self.at_kw(Kw::Finally) {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        let is_star = self.at_kw(Kw::Except) && self.peek_is_op(1, Op::Bin(BinOp::Mult));
        let mut handlers = Vec::new();
        while self.at_kw(Kw::Except) {
            handlers.push(self.except_clause(is_star)?);
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = if self.at_kw(Kw::Finally) {
            let line = self.bump().line;
            self.forced_colon()?;
            self.block("'finally' statement", line)?
        } else {
            Vec::new()
        };
        Ok(self.stmt_node(StmtKind::Try { body, handlers, orelse, finalbody, is_star }, span))
    }

    /// One `except [*] [type [as name]]: block`, in a `try` whose handlers are `except*`
    /// ones when `star`.
    fn except_clause(&mut self, star: bool) -> CompileResult<ExceptHandler> {
        let span = self.bump();
        let is_star = self.eat_op(Op::Bin(BinOp::Mult));
        if is_star && (self.at_op(Op::Colon) || self.at_newline()) {
            return Err(self.error_here("expected one or more exception types"));
        }
        let typ = if !is_star && self.at_op(Op::Colon) {
            None
        } else {
            let typ = self.expression()?;
            if self.at_op(Op::Comma) {
                return Err(self.error_at("multiple exception types must be parenthesized", typ.span));
            }
            Some(typ)
        };
        let name = if self.eat_kw(Kw::As) { Some(Name::new(self.name()?)) } else { None };
        self.header_colon()?;
        if is_star != star {
            return Err(self.error_at("cannot have both 'except' and 'except*' on the same 'try'", span));
        }
        let what = if is_star { "'except*' statement" } else { "'except' statement" };
        let body = self.block(what, span.line)?;
        Ok(ExceptHandler { typ, name, body, span })
    }

    /// Decorators, then the decorated `def`, `async def` or `class`.
    fn decorated(&mut self) -> CompileResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::Bin(BinOp::MatMult)) {
            decorators.push(self.named_expression()?);
            if !self.at_newline() {
                return Err(self.invalid());
            }
            self.bump();
        }
        let span = self.span();
        match self.tok() {
            Tok::Kw(Kw::Def) => self.function_def(decorators, false, span),
            Tok::Kw(Kw::Async) if matches!(self.look(1).kind, Tok::Kw(Kw::Def)) => {
                self.bump();
                self.function_def(decorators, true, span)
            }
            Tok::Kw(Kw::Class) => self.class_def(decorators),
            _ => Err(self.invalid()),
        }
    }

    /// `'def' NAME '(' params ')' ['->' expression] ':' block`; the return annotation is
    /// parsed and dropped.
    fn function_def(&mut self, decorators: Vec<Expr>, is_async: bool, span: Span) -> CompileResult<Stmt> {
        let line = self.bump().line;
        let name = self.name()?;
        if !self.eat_op(Op::LPar) {
            return Err(CompileError::syntax("expected '('", self.span()));
        }
        let params = self.params(false)?;
        self.expect_op(Op::RPar)?;
        // An unparsable annotation leaves `->` where `:` is expected (CPython's first pass).
        let arrow = self.pos;
        if self.eat_op(Op::Arrow) && self.expression().is_err() {
            self.pos = arrow;
        }
        self.forced_colon()?;
        let body = self.block("function definition", line)?;
        let def = FunctionDef { name, params, body, decorators, is_async, span, scope: OnceCell::new() };
        Ok(self.stmt_node(StmtKind::FunctionDef(Rc::new(def)), span))
    }

    /// `'class' NAME ['(' arguments ')'] ':' block`.
    fn class_def(&mut self, decorators: Vec<Expr>) -> CompileResult<Stmt> {
        let span = self.bump();
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at_op(Op::LPar) {
            let open = self.bump();
            for arg in self.call_args(open, false)? {
                match arg {
                    Arg::Positional(e) => bases.push(e),
                    Arg::Starred(e) => {
                        let at = e.span;
                        bases.push(self.node(ExprKind::Starred(Box::new(e)), at));
                    }
                    Arg::Keyword(k) => keywords.push(k),
                    Arg::DoubleStarred(e) => self.unsupported("** in a class header", e.span),
                }
            }
        }
        self.header_colon()?;
        let body = self.block("class definition", span.line)?;
        let class = ClassDef { name, bases, keywords, body, decorators, span, scope: OnceCell::new() };
        Ok(self.stmt_node(StmtKind::ClassDef(Rc::new(class)), span))
    }

    /// At a statement starting with the name `match`: a `match` statement is outside the
    /// dialect and its block is skipped. Returns false (having consumed nothing) when this is
    /// not a `match` statement.
    pub(super) fn match_stmt(&mut self) -> CompileResult<bool> {
        let keyword = self.span();
        let header = self.attempt(|p| {
            p.bump();
            p.comma_list(Self::star_named_expression)?;
            match p.eat_op(Op::Colon) && p.at_newline() {
                true => Ok(()),
                false => Err(p.invalid()),
            }
        })?;
        if header.is_none() {
            return Ok(false);
        }
        self.unsupported("match statement", keyword);
        self.bump();
        if !matches!(self.tok(), Tok::Indent) {
            let message = format!("expected an indented block after 'match' statement on line {}", keyword.line);
            return Err(CompileError::indentation(message, self.span()));
        }
        let mut depth = 0;
        loop {
            match self.tok() {
                Tok::Indent => depth += 1,
                Tok::Dedent => depth -= 1,
                Tok::Error | Tok::EndMarker => return Ok(true),
                _ => {}
            }
            self.bump();
            if depth == 0 {
                return Ok(true);
            }
        }
    }
}
