//! Expressions above the operators: comma lists and tuples, starred and named expressions,
//! conditional expressions, lambdas and `yield`.

use super::targets::expr_name;
use super::Parser;
use crate::python::ast::{BinOp, Expr, ExprKind, FunctionDef, Name, Params, Span, Stmt, StmtKind};
use crate::python::error::CompileResult;
use crate::python::token::{Kw, Op, Tok};
use std::cell::OnceCell;
use std::rc::Rc;

impl Parser<'_> {
    /// The current token can start an expression (or a starred one).
    pub(super) fn starts_expression(&self) -> bool {
        match self.tok() {
            Tok::Name(_) | Tok::Number(_) | Tok::Str(_) => true,
            Tok::Kw(k) => matches!(k, Kw::True | Kw::False | Kw::None | Kw::Not | Kw::Lambda | Kw::Await),
            Tok::Op(o) => matches!(
                o,
                Op::LPar
                    | Op::LSqb
                    | Op::LBrace
                    | Op::Ellipsis
                    | Op::Tilde
                    | Op::Bin(BinOp::Add | BinOp::Sub | BinOp::Mult)
            ),
            _ => false,
        }
    }

    /// `star_expressions`: comma-separated `star_expression`s; a comma makes a tuple.
    pub(super) fn star_expressions(&mut self) -> CompileResult<Expr> {
        self.comma_list(Self::star_expression)
    }

    /// `item (',' item)* [',']`, a tuple when there is a comma.
    pub(super) fn comma_list(&mut self, item: fn(&mut Self) -> CompileResult<Expr>) -> CompileResult<Expr> {
        let span = self.span();
        let first = item(self)?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) && self.starts_expression() {
            let at = self.pos;
            let Some(e) = self.alternative(at, item)? else { break };
            elts.push(e);
        }
        Ok(self.node(ExprKind::Tuple(elts), span))
    }

    // The functions on the path of nested brackets keep their rare cases in functions of
    // their own, which keeps their stack frames, and so the stack per nesting level, small.

    /// `'*' bitwise_or | expression`.
    pub(super) fn star_expression(&mut self) -> CompileResult<Expr> {
        if self.at_op(Op::Bin(BinOp::Mult)) {
            return self.starred();
        }
        self.expression()
    }

    /// `'*' bitwise_or | named_expression`.
    pub(super) fn star_named_expression(&mut self) -> CompileResult<Expr> {
        if self.at_op(Op::Bin(BinOp::Mult)) {
            return self.starred();
        }
        self.named_expression()
    }

    /// `'*' bitwise_or`, at the `*`.
    #[inline(never)]
    fn starred(&mut self) -> CompileResult<Expr> {
        let span = self.bump();
        let value = self.nested(Self::bitwise_or)?;
        Ok(self.node(ExprKind::Starred(Box::new(value)), span))
    }

    /// `NAME ':=' expression | expression`, with CPython's diagnoses of a misplaced `:=` or
    /// `=` after it.
    pub(super) fn named_expression(&mut self) -> CompileResult<Expr> {
        let start = self.pos;
        if matches!(self.tok(), Tok::Name(_)) && self.peek_is_op(1, Op::Walrus) {
            return self.walrus_or_expression();
        }
        let e = self.expression()?;
        if self.at_op(Op::Walrus) || self.at_op(Op::Assign) {
            return self.misplaced_walrus_or_assign(start, e);
        }
        Ok(e)
    }

    /// CPython's `invalid_named_expression`, for `e` (starting at token `start`) followed by
    /// `:=` or `=`.
    #[inline(never)]
    fn misplaced_walrus_or_assign(&mut self, start: usize, e: Expr) -> CompileResult<Expr> {
        if self.at_op(Op::Walrus) {
            let valued = self.probe(false, |p| {
                p.bump();
                p.expression().map(|_| true)
            })?;
            if !valued {
                return Err(self.invalid());
            }
            return Err(self.error_at(format!("cannot use assignment expressions with {}", expr_name(&e)), e.span));
        }
        if !self.quiet {
            if let Some(err) = self.misplaced_assign(start) {
                return Err(err);
            }
        }
        Ok(e)
    }

    /// `NAME ':=' expression | expression`.
    pub(super) fn walrus_or_expression(&mut self) -> CompileResult<Expr> {
        if let Tok::Name(id) = self.tok() {
            let id = id.clone();
            if self.peek_is_op(1, Op::Walrus) {
                let span = self.bump();
                self.bump();
                let value = self.expression()?;
                return Ok(self.node(ExprKind::NamedExpr { target: Name::new(id), value: Box::new(value) }, span));
            }
        }
        self.expression()
    }

    /// `disjunction ['if' disjunction 'else' expression] | lambdef`, one nesting level deeper.
    pub(super) fn expression(&mut self) -> CompileResult<Expr> {
        self.enter()?;
        let result = self.conditional();
        self.depth -= 1;
        result
    }

    /// The body of [`Self::expression`].
    fn conditional(&mut self) -> CompileResult<Expr> {
        if self.at_kw(Kw::Lambda) {
            return self.lambda();
        }
        let (start, span) = (self.pos, self.span());
        let body = self.disjunction()?;
        if !self.quiet && self.starts_expression() {
            self.expression_hints(start, &body)?;
        }
        if !self.at_kw(Kw::If) {
            return Ok(body);
        }
        self.ternary(body, span)
    }

    /// `'if' disjunction 'else' expression` after `body` (which starts at `span`).
    #[inline(never)]
    fn ternary(&mut self, body: Expr, span: Span) -> CompileResult<Expr> {
        if self.quiet {
            let tail = self.attempt(|p| {
                p.bump();
                let test = p.disjunction()?;
                p.expect_kw(Kw::Else)?;
                Ok((test, p.expression()?))
            })?;
            let Some((test, orelse)) = tail else { return Ok(body) };
            let kind = ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) };
            return Ok(self.node(kind, span));
        }
        self.bump();
        let test = self.disjunction()?;
        if !self.eat_kw(Kw::Else) {
            if self.at_op(Op::Colon) {
                return Err(self.invalid());
            }
            return Err(self.error_over("expected 'else' after 'if' expression", span, test.end));
        }
        let orelse = self.expression()?;
        let kind = ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) };
        Ok(self.node(kind, span))
    }

    /// `'lambda' [params] ':' expression`: a function whose body returns the expression.
    #[inline(never)]
    fn lambda(&mut self) -> CompileResult<Expr> {
        let span = self.bump();
        let params = if self.at_op(Op::Colon) { Params::default() } else { self.params(true)? };
        self.expect_op(Op::Colon)?;
        let body = self.expression()?;
        let at = body.span;
        let ret = self.stmt_node(StmtKind::Return(Some(body)), at);
        Ok(self.node(ExprKind::Lambda(Rc::new(function("<lambda>", params, vec![ret], span))), span))
    }

    /// `yield [star_expressions] | yield from expression`.
    pub(super) fn yield_expr(&mut self) -> CompileResult<Expr> {
        let span = self.bump();
        let kind = if self.eat_kw(Kw::From) {
            ExprKind::YieldFrom(Box::new(self.expression()?))
        } else if self.starts_expression() {
            ExprKind::Yield(Some(Box::new(self.star_expressions()?)))
        } else {
            ExprKind::Yield(None)
        };
        Ok(self.node(kind, span))
    }
}

/// A function definition node with no decorators, not async, not yet resolved.
pub(super) fn function(name: &str, params: Params, body: Vec<Stmt>, span: Span) -> FunctionDef {
    FunctionDef {
        name: name.into(),
        params,
        body,
        decorators: Vec::new(),
        is_async: false,
        span,
        scope: OnceCell::new(),
    }
}
