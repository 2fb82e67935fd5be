//! Expressions from `star_expressions` down to `await`: conditional expressions, lambdas,
//! `or`/`and`/`not`, comparisons, binary operators by precedence, unary operators and `**`,
//! plus the diagnostics CPython attaches to them (a forgotten comma, `print "x"`, an `if`
//! without `else`, a misplaced `=`).

use super::targets::{expr_name, leftmost_is_display};
use super::Parser;
use crate::python::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, FunctionDef, Name, Params, Span, Stmt, StmtKind, UnaryOp};
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::{Kw, Op, Tok};
use std::cell::OnceCell;
use std::rc::Rc;

/// The binding strength of a binary operator below `**` (higher binds tighter).
fn precedence(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => 1,
        BinOp::BitXor => 2,
        BinOp::BitAnd => 3,
        BinOp::LShift | BinOp::RShift => 4,
        BinOp::Add | BinOp::Sub => 5,
        _ => 6,
    }
}

impl Parser<'_> {
    /// The current token can start an expression (or a starred one).
    pub(super) fn starts_expression(&self) -> bool {
        match self.tok() {
            Tok::Name(_) | Tok::Number(_) | Tok::Str(_) => true,
            Tok::Kw(k) => matches!(k, Kw::True | Kw::False | Kw::None | Kw::Not | Kw::Lambda | Kw::Await),
            Tok::Op(o) => matches!(
                o,
                Op::LPar | Op::LSqb | Op::LBrace | Op::Ellipsis | Op::Tilde
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
            let Some(e) = self.operand(at, item)? else { break };
            elts.push(e);
        }
        Ok(Expr::new(ExprKind::Tuple(elts), span))
    }

    /// `'*' bitwise_or | expression`.
    pub(super) fn star_expression(&mut self) -> CompileResult<Expr> {
        match self.starred()? {
            Some(e) => Ok(e),
            None => self.expression(),
        }
    }

    /// `'*' bitwise_or | named_expression`.
    pub(super) fn star_named_expression(&mut self) -> CompileResult<Expr> {
        match self.starred()? {
            Some(e) => Ok(e),
            None => self.named_expression(),
        }
    }

    /// `'*' bitwise_or`, if the current token is `*`.
    fn starred(&mut self) -> CompileResult<Option<Expr>> {
        if !self.at_op(Op::Bin(BinOp::Mult)) {
            return Ok(None);
        }
        let span = self.bump().span;
        let value = self.nested(Self::bitwise_or)?;
        Ok(Some(Expr::new(ExprKind::Starred(Box::new(value)), span)))
    }

    /// `NAME ':=' expression | expression`, with CPython's diagnoses of a misplaced `:=` or
    /// `=` after it.
    pub(super) fn named_expression(&mut self) -> CompileResult<Expr> {
        let start = self.pos;
        if matches!(self.tok(), Tok::Name(_)) && self.peek_is_op(1, Op::Walrus) {
            return self.walrus_or_expression();
        }
        let e = self.expression()?;
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
        if self.at_op(Op::Assign) && !self.quiet {
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
                let span = self.bump().span;
                self.bump();
                let value = self.expression()?;
                return Ok(Expr::new(ExprKind::NamedExpr { target: Name::new(id), value: Box::new(value) }, span));
            }
        }
        self.expression()
    }

    /// CPython's diagnosis of `target = value` where an expression was expected (an `=` meant
    /// as `==`), for the expression starting at token `start`: `None` when it does not apply.
    pub(super) fn misplaced_assign(&mut self, start: usize) -> Option<CompileError> {
        let here = self.pos;
        self.pos = start;
        let single_name = matches!(self.tok(), Tok::Name(_)) && self.peek_is_op(1, Op::Assign);
        let span = self.span();
        let rest_is_value = |p: &mut Self| {
            p.bitwise_or()?;
            Ok(!p.at_op(Op::Assign) && !p.at_op(Op::Walrus))
        };
        let found = if single_name {
            match self.probe(false, |p| {
                p.pos += 2;
                rest_is_value(p)
            }) {
                Ok(true) => Some(CompileError::syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span)),
                Ok(false) => None,
                Err(e) => Some(e),
            }
        } else {
            let mut target = None;
            let probed = self.probe(false, |p| {
                let a = p.bitwise_or()?;
                let ok = !leftmost_is_display(&a) && p.eat_op(Op::Assign) && rest_is_value(p)?;
                target = Some(a).filter(|_| ok);
                Ok(ok)
            });
            match (probed, target) {
                (Err(e), _) => Some(e),
                (Ok(_), Some(a)) => {
                    let message = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&a));
                    Some(CompileError::syntax(message, a.span))
                }
                _ => None,
            }
        };
        self.pos = here;
        found
    }

    /// `disjunction ['if' disjunction 'else' expression] | lambdef`.
    pub(super) fn expression(&mut self) -> CompileResult<Expr> {
        self.nested(|p| {
            if p.at_kw(Kw::Lambda) {
                return p.lambda();
            }
            let (start, span) = (p.pos, p.span());
            let body = p.disjunction()?;
            if !p.quiet {
                p.expression_hints(start, &body)?;
            }
            if !p.at_kw(Kw::If) {
                return Ok(body);
            }
            if p.quiet {
                let tail = p.attempt(|p| {
                    p.bump();
                    let test = p.disjunction()?;
                    p.expect_kw(Kw::Else)?;
                    Ok((test, p.expression()?))
                })?;
                let Some((test, orelse)) = tail else { return Ok(body) };
                let kind = ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) };
                return Ok(Expr::new(kind, span));
            }
            p.bump();
            let test = p.disjunction()?;
            if !p.eat_kw(Kw::Else) {
                if p.at_op(Op::Colon) {
                    return Err(p.invalid());
                }
                return Err(p.error_at("expected 'else' after 'if' expression", span));
            }
            let orelse = p.expression()?;
            let kind = ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) };
            Ok(Expr::new(kind, span))
        })
    }

    /// CPython's `invalid_legacy_expression` and "Perhaps you forgot a comma?": an expression
    /// directly followed by another one.
    fn expression_hints(&mut self, start: usize, a: &Expr) -> CompileResult<()> {
        if !self.starts_expression() || self.at_op(Op::Bin(BinOp::Mult)) {
            return Ok(());
        }
        let legacy = match &a.kind {
            ExprKind::Name(n) if &*n.id == "print" || &*n.id == "exec" => Some(n.id.clone()),
            _ => None,
        };
        if legacy.is_none() && self.forgot_comma(start) {
            return Err(CompileError::syntax("invalid syntax. Perhaps you forgot a comma?", a.span));
        }
        if start + 1 != self.pos || !matches!(self.toks[start].kind, Tok::Name(_)) || self.at_op(Op::LPar) {
            return Ok(());
        }
        // CPython's `invalid_legacy_expression` reads the expression after any name, with
        // its own diagnostics on; only then does it check for `print` and `exec`.
        let (pos, furthest, depth) = (self.pos, self.furthest.get(), self.depth);
        let after = self.star_expressions();
        (self.pos, self.depth) = (pos, depth);
        self.furthest.set(furthest);
        match (after, legacy) {
            (Err(e), _) if !Self::is_generic(&e) => Err(e),
            (Ok(_), Some(id)) => {
                let message = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                Err(CompileError::syntax(message, a.span))
            }
            _ => Ok(()),
        }
    }

    /// CPython's "Perhaps you forgot a comma?": inside brackets, the expression starting at
    /// token `start` is directly followed by another one.
    fn forgot_comma(&mut self, start: usize) -> bool {
        // CPython compares only the name's length of each soft keyword, so any prefix of
        // `match`, `case` or `_` counts as one here.
        let soft_keyword = matches!(&self.toks[start].kind,
            Tok::Name(n) if ["match", "case", "_"].iter().any(|k| k.starts_with(&**n)));
        let name_string = matches!(self.toks[start].kind, Tok::Name(_))
            && matches!(self.toks.get(start + 1).map(|t| &t.kind), Some(Tok::Str(_)));
        !soft_keyword
            && !name_string
            && self
                .probe(true, |p| {
                    p.expression()?;
                    Ok(p.toks[p.pos - 1].level > 0)
                })
                .unwrap_or(false)
    }

    /// `'lambda' [params] ':' expression`: a function whose body returns the expression.
    fn lambda(&mut self) -> CompileResult<Expr> {
        let span = self.bump().span;
        let params = if self.at_op(Op::Colon) { Params::default() } else { self.params(true)? };
        self.expect_op(Op::Colon)?;
        let body = self.expression()?;
        let at = body.span;
        let ret = Stmt::new(StmtKind::Return(Some(body)), at);
        Ok(Expr::new(ExprKind::Lambda(Rc::new(function("<lambda>", params, vec![ret], span))), span))
    }

    /// `yield [star_expressions] | yield from expression`.
    pub(super) fn yield_expr(&mut self) -> CompileResult<Expr> {
        let span = self.bump().span;
        let kind = if self.eat_kw(Kw::From) {
            ExprKind::YieldFrom(Box::new(self.expression()?))
        } else if self.starts_expression() {
            ExprKind::Yield(Some(Box::new(self.star_expressions()?)))
        } else {
            ExprKind::Yield(None)
        };
        Ok(Expr::new(kind, span))
    }

    /// `conjunction ('or' conjunction)*`.
    pub(super) fn disjunction(&mut self) -> CompileResult<Expr> {
        self.bool_op(Kw::Or)
    }

    /// A chain of `and` (or of `or`) operands.
    fn bool_op(&mut self, kw: Kw) -> CompileResult<Expr> {
        let operand = |p: &mut Self| if kw == Kw::Or { p.bool_op(Kw::And) } else { p.inversion() };
        let span = self.span();
        let first = operand(self)?;
        let mut values = vec![first];
        while self.at_kw(kw) {
            let at = self.pos;
            self.bump();
            let Some(value) = self.operand(at, operand)? else { break };
            values.push(value);
        }
        if values.len() == 1 {
            return Ok(values.remove(0));
        }
        let op = if kw == Kw::Or { BoolOp::Or } else { BoolOp::And };
        Ok(Expr::new(ExprKind::BoolOp { op, values }, span))
    }

    /// `'not' inversion | comparison`.
    fn inversion(&mut self) -> CompileResult<Expr> {
        if !self.at_kw(Kw::Not) {
            return self.comparison();
        }
        let span = self.bump().span;
        let operand = self.nested(Self::inversion)?;
        Ok(Expr::new(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }, span))
    }

    /// `bitwise_or (compare_op bitwise_or)*`.
    fn comparison(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        loop {
            let (op, len) = match self.tok() {
                Tok::Op(Op::EqEq) => (CmpOp::Eq, 1),
                Tok::Op(Op::NotEq) => (CmpOp::NotEq, 1),
                Tok::Op(Op::Lt) => (CmpOp::Lt, 1),
                Tok::Op(Op::LtE) => (CmpOp::LtE, 1),
                Tok::Op(Op::Gt) => (CmpOp::Gt, 1),
                Tok::Op(Op::GtE) => (CmpOp::GtE, 1),
                Tok::Kw(Kw::In) => (CmpOp::In, 1),
                Tok::Kw(Kw::Is) if matches!(self.look(1).kind, Tok::Kw(Kw::Not)) => (CmpOp::IsNot, 2),
                Tok::Kw(Kw::Is) => (CmpOp::Is, 1),
                Tok::Kw(Kw::Not) if matches!(self.look(1).kind, Tok::Kw(Kw::In)) => (CmpOp::NotIn, 2),
                _ => break,
            };
            let at = self.pos;
            for _ in 0..len {
                self.bump();
            }
            let Some(right) = self.operand(at, Self::bitwise_or)? else { break };
            ops.push((op, right));
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr::new(ExprKind::Compare { left: Box::new(left), ops }, span))
    }

    /// Binary operators from `|` down to `*`.
    pub(super) fn bitwise_or(&mut self) -> CompileResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the left-associative binary operators binding at least
    /// as tightly as `min`.
    fn binary(&mut self, min: u8) -> CompileResult<Expr> {
        let span = self.span();
        let mut left = self.factor()?;
        let depth = self.depth;
        while let Tok::Op(Op::Bin(op)) = *self.tok() {
            let prec = precedence(op);
            if prec < min || op == BinOp::Pow {
                break;
            }
            let at = self.pos;
            self.bump();
            self.enter()?;
            let Some(right) = self.operand(at, |p| p.binary(prec + 1))? else { break };
            left = Expr::new(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, span);
        }
        self.depth = depth;
        Ok(left)
    }

    /// `('+' | '-' | '~') factor | power`.
    fn factor(&mut self) -> CompileResult<Expr> {
        let op = match self.tok() {
            Tok::Op(Op::Bin(BinOp::Add)) => UnaryOp::Pos,
            Tok::Op(Op::Bin(BinOp::Sub)) => UnaryOp::Neg,
            Tok::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.power(),
        };
        let span = self.bump().span;
        let operand = self.nested(Self::factor)?;
        Ok(Expr::new(ExprKind::UnaryOp { op, operand: Box::new(operand) }, span))
    }

    /// `await_primary ['**' factor]`: `**` binds tighter than a unary operator on its left
    /// and looser than one on its right, and groups to the right.
    fn power(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let left = self.await_primary()?;
        let at = self.pos;
        if !self.eat_op(Op::Bin(BinOp::Pow)) {
            return Ok(left);
        }
        let Some(right) = self.operand(at, |p| p.nested(Self::factor))? else { return Ok(left) };
        Ok(Expr::new(ExprKind::BinOp { left: Box::new(left), op: BinOp::Pow, right: Box::new(right) }, span))
    }

    /// `'await' primary | primary`.
    fn await_primary(&mut self) -> CompileResult<Expr> {
        if !self.at_kw(Kw::Await) {
            return self.primary();
        }
        let span = self.bump().span;
        let value = self.nested(Self::primary)?;
        Ok(Expr::new(ExprKind::Await(Box::new(value)), span))
    }
}

/// A function definition node with no decorators, not async, not yet resolved.
pub(super) fn function(name: &str, params: Params, body: Vec<Stmt>, span: Span) -> FunctionDef {
    FunctionDef { name: name.into(), params, body, decorators: Vec::new(), is_async: false, span, scope: OnceCell::new() }
}
