//! Operators by precedence: `or`, `and`, `not`, comparisons, binary operators, unary
//! operators, `**` and `await`. Chains and prefixes are built in loops, so the parser recurses
//! as deep as the source nests, not once per precedence level.

use super::Parser;
use crate::python::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, Span, UnaryOp};
use crate::python::error::CompileResult;
use crate::python::token::{Kw, Op, Tok};

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

/// `values` joined by `op`, or the value itself when there is one.
fn bool_op(op: BoolOp, mut values: Vec<Expr>, span: Span) -> Expr {
    if values.len() == 1 {
        if let Some(value) = values.pop() {
            return value;
        }
    }
    let end = values.last().map_or(span, |v| v.end);
    Expr::new(ExprKind::BoolOp { op, values }, span).ending_at(end)
}

/// The unary operator `+`, `-` or `~` that `t` is.
fn sign(t: &Tok) -> Option<UnaryOp> {
    match t {
        Tok::Op(Op::Bin(BinOp::Add)) => Some(UnaryOp::Pos),
        Tok::Op(Op::Bin(BinOp::Sub)) => Some(UnaryOp::Neg),
        Tok::Op(Op::Tilde) => Some(UnaryOp::Invert),
        _ => None,
    }
}

/// `operand` under the prefix operators `ops` (innermost last).
fn prefixed(ops: Vec<(UnaryOp, Span)>, operand: Expr) -> Expr {
    let end = operand.end;
    ops.into_iter()
        .rev()
        .fold(operand, |e, (op, span)| Expr::new(ExprKind::UnaryOp { op, operand: Box::new(e) }, span).ending_at(end))
}

impl Parser<'_> {
    /// `conjunction ('or' conjunction)*`, where `conjunction` is `inversion ('and' inversion)*`.
    pub(super) fn disjunction(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let first = self.inversion()?;
        if !self.at_kw(Kw::Or) && !self.at_kw(Kw::And) {
            return Ok(first);
        }
        self.bool_chain(first, span)
    }

    /// The `and`s and `or`s after `first` (which starts at `span`).
    #[inline(never)]
    fn bool_chain(&mut self, first: Expr, span: Span) -> CompileResult<Expr> {
        let mut ors = Vec::new();
        let mut and_span = span;
        let mut ands = vec![first];
        loop {
            let or = self.at_kw(Kw::Or);
            if !or && !self.at_kw(Kw::And) {
                break;
            }
            let at = self.pos;
            self.bump();
            let next = self.span();
            let Some(e) = self.alternative(at, Self::inversion)? else { break };
            if or {
                ors.push(bool_op(BoolOp::And, std::mem::take(&mut ands), and_span));
                and_span = next;
            }
            ands.push(e);
        }
        ors.push(bool_op(BoolOp::And, ands, and_span));
        Ok(bool_op(BoolOp::Or, ors, span))
    }

    /// `'not'* comparison`.
    fn inversion(&mut self) -> CompileResult<Expr> {
        let not = |t: &Tok| matches!(t, Tok::Kw(Kw::Not)).then_some(UnaryOp::Not);
        if not(self.tok()).is_none() {
            return self.comparison();
        }
        self.prefixes(not, Self::comparison)
    }

    /// The prefix operators `op_of` finds, then `operand`.
    fn prefixes(
        &mut self,
        op_of: fn(&Tok) -> Option<UnaryOp>,
        operand: fn(&mut Self) -> CompileResult<Expr>,
    ) -> CompileResult<Expr> {
        let depth = self.depth;
        let mut ops = Vec::new();
        while let Some(op) = op_of(self.tok()) {
            ops.push((op, self.bump()));
            self.enter()?;
        }
        let e = operand(self)?;
        self.depth = depth;
        Ok(prefixed(ops, e))
    }

    /// `bitwise_or (compare_op bitwise_or)*`.
    fn comparison(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let left = self.bitwise_or()?;
        if self.comparison_op().is_none() {
            return Ok(left);
        }
        self.comparisons(left, span)
    }

    /// The comparison operator at the current token and its length in tokens.
    fn comparison_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.tok() {
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
            _ => return None,
        })
    }

    /// The comparisons after `left` (which starts at `span`).
    #[inline(never)]
    fn comparisons(&mut self, left: Expr, span: Span) -> CompileResult<Expr> {
        let mut ops = Vec::new();
        while let Some((op, len)) = self.comparison_op() {
            let at = self.pos;
            for _ in 0..len {
                self.bump();
            }
            let Some(right) = self.alternative(at, Self::bitwise_or)? else { break };
            ops.push((op, right));
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(self.node(ExprKind::Compare { left: Box::new(left), ops }, span))
    }

    /// Binary operators from `|` down to `*`.
    pub(super) fn bitwise_or(&mut self) -> CompileResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the left-associative binary operators binding at least
    /// as tightly as `min`.
    fn binary(&mut self, min: u8) -> CompileResult<Expr> {
        let span = self.span();
        let left = self.factor()?;
        match self.tok() {
            Tok::Op(Op::Bin(op)) if *op != BinOp::Pow && precedence(*op) >= min => self.binary_chain(left, min, span),
            _ => Ok(left),
        }
    }

    /// The binary operators binding at least as tightly as `min` after `left` (which starts
    /// at `span`).
    #[inline(never)]
    fn binary_chain(&mut self, mut left: Expr, min: u8, span: Span) -> CompileResult<Expr> {
        let depth = self.depth;
        while let Tok::Op(Op::Bin(op)) = *self.tok() {
            let prec = precedence(op);
            if prec < min || op == BinOp::Pow {
                break;
            }
            let at = self.pos;
            self.bump();
            self.enter()?;
            let Some(right) = self.alternative(at, |p| p.binary(prec + 1))? else { break };
            left = self.node(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, span);
        }
        self.depth = depth;
        Ok(left)
    }

    /// `('+' | '-' | '~')* power`.
    fn factor(&mut self) -> CompileResult<Expr> {
        if sign(self.tok()).is_none() {
            return self.power();
        }
        self.prefixes(sign, Self::power)
    }

    /// `['await'] primary ['**' factor]`: `**` binds tighter than a unary operator on its
    /// left and looser than one on its right, and groups to the right.
    fn power(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let left = if self.at_kw(Kw::Await) { self.await_primary()? } else { self.primary()? };
        if !self.at_op(Op::Bin(BinOp::Pow)) {
            return Ok(left);
        }
        self.exponent(left, span)
    }

    /// `'await' primary`, at the `await`.
    #[inline(never)]
    fn await_primary(&mut self) -> CompileResult<Expr> {
        let span = self.bump();
        let value = self.nested(Self::primary)?;
        Ok(self.node(ExprKind::Await(Box::new(value)), span))
    }

    /// `'**' factor` after `left` (which starts at `span`).
    #[inline(never)]
    fn exponent(&mut self, left: Expr, span: Span) -> CompileResult<Expr> {
        let (at, depth) = (self.pos, self.depth);
        self.bump();
        self.enter()?;
        let right = self.alternative(at, Self::factor)?;
        self.depth = depth;
        let Some(right) = right else { return Ok(left) };
        Ok(self.node(ExprKind::BinOp { left: Box::new(left), op: BinOp::Pow, right: Box::new(right) }, span))
    }
}
