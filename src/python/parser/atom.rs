//! Primaries and atoms: names, literals, parenthesised forms, list/set/dict displays and
//! comprehensions, attribute access, calls, subscripts and slices, and the assignment targets
//! of `for` loops and comprehensions.

use super::targets::{expr_name, invalid_target, Ctx};
use super::Parser;
use crate::python::ast::{BinOp, CompFor, Comprehension, ComprehensionKind, Constant, Expr, ExprKind, Name, Span};
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::{Kw, Op, Tok};
use std::cell::OnceCell;
use std::rc::Rc;

impl Parser<'_> {
    /// An atom followed by any number of `.name`, `(args)` and `[index]`.
    pub(super) fn primary(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let e = self.atom()?;
        match self.tok() {
            Tok::Op(Op::Dot | Op::LPar | Op::LSqb) => self.trailers(e, span),
            _ => Ok(e),
        }
    }

    /// The `.name`, `(args)` and `[index]` after `e` (which starts at `span`).
    #[inline(never)]
    fn trailers(&mut self, mut e: Expr, span: Span) -> CompileResult<Expr> {
        let depth = self.depth;
        loop {
            let at = self.pos;
            let kind = match self.tok() {
                Tok::Op(Op::Dot) if matches!(self.look(1).kind, Tok::Name(_)) => {
                    self.bump();
                    ExprKind::Attribute { value: Box::new(e), attr: self.name()? }
                }
                Tok::Op(Op::LPar) => {
                    let open = self.bump();
                    let Some(args) = self.alternative(at, |p| p.call_args(open, true))? else { break };
                    ExprKind::Call { func: Box::new(e), args }
                }
                Tok::Op(Op::LSqb) => {
                    self.bump();
                    let index = self.alternative(at, |p| {
                        let index = p.slices()?;
                        p.expect_op(Op::RSqb)?;
                        Ok(index)
                    })?;
                    let Some(index) = index else { break };
                    ExprKind::Subscript { value: Box::new(e), index: Box::new(index) }
                }
                _ => break,
            };
            e = self.node(kind, span);
            self.enter()?;
        }
        self.depth = depth;
        Ok(e)
    }

    fn atom(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let constant = match self.tok() {
            Tok::Name(n) => ExprKind::Name(Name::new(n.clone())),
            Tok::Number(c) => ExprKind::Constant(c.clone()),
            Tok::Kw(Kw::True) => ExprKind::Constant(Constant::Bool(true)),
            Tok::Kw(Kw::False) => ExprKind::Constant(Constant::Bool(false)),
            Tok::Kw(Kw::None) => ExprKind::Constant(Constant::None),
            Tok::Op(Op::Ellipsis) => ExprKind::Constant(Constant::Ellipsis),
            Tok::Str(_) => return self.strings(),
            Tok::Op(Op::LPar) => return self.parenthesized(),
            Tok::Op(Op::LSqb) => return self.list(),
            Tok::Op(Op::LBrace) => return self.braces(),
            _ => return Err(self.invalid()),
        };
        self.bump();
        Ok(self.node(constant, span))
    }

    /// The current token starts a comprehension clause (`for` or `async for`).
    pub(super) fn at_comp_for(&self) -> bool {
        self.at_kw(Kw::For) || self.at_async(Kw::For)
    }

    /// `(...)`: an empty tuple, a group, a `yield`, a tuple or a generator expression.
    fn parenthesized(&mut self) -> CompileResult<Expr> {
        let span = self.bump();
        if self.eat_op(Op::RPar) {
            return Ok(self.node(ExprKind::Tuple(Vec::new()), span));
        }
        if self.at_kw(Kw::Yield) {
            let e = self.yield_expr()?;
            self.expect_op(Op::RPar)?;
            return Ok(e);
        }
        if self.at_op(Op::Bin(BinOp::Pow)) {
            return Err(self.double_starred_group());
        }
        let first = self.star_named_expression()?;
        self.parenthesized_rest(first, span)
    }

    /// The rest of `(first ...` (whose `(` is at `span`): a group, a tuple or a generator.
    #[inline(never)]
    fn parenthesized_rest(&mut self, first: Expr, span: Span) -> CompileResult<Expr> {
        if self.at_comp_for() {
            return self.comprehension(ComprehensionKind::Generator, first, None, span, Op::RPar);
        }
        if self.at_op(Op::RPar) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.error_at("cannot use starred expression here", first.span));
            }
            self.bump();
            return Ok(first);
        }
        if !self.at_op(Op::Comma) {
            return Err(self.invalid());
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) && !self.at_op(Op::RPar) {
            elts.push(self.star_named_expression()?);
        }
        self.expect_op(Op::RPar)?;
        Ok(self.node(ExprKind::Tuple(elts), span))
    }

    /// The error for `(**`: CPython explains `(**x)`, and is terse otherwise.
    #[inline(never)]
    fn double_starred_group(&mut self) -> CompileError {
        let at = self.span();
        let explained = self.probe(false, |p| {
            p.bump();
            p.expression()?;
            Ok(p.at_op(Op::RPar))
        });
        match explained {
            Ok(true) => self.error_at("cannot use double starred expression here", at),
            Ok(false) => self.invalid(),
            Err(e) => e,
        }
    }

    /// `[...]`: a list display or comprehension.
    fn list(&mut self) -> CompileResult<Expr> {
        let span = self.bump();
        if self.eat_op(Op::RSqb) {
            return Ok(self.node(ExprKind::List(Vec::new()), span));
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            return self.comprehension(ComprehensionKind::List, first, None, span, Op::RSqb);
        }
        let elts = self.display_rest(first, Op::RSqb)?;
        Ok(self.node(ExprKind::List(elts), span))
    }

    /// The elements after the first of a list or set display, and its closing bracket.
    fn display_rest(&mut self, first: Expr, close: Op) -> CompileResult<Vec<Expr>> {
        let first_span = first.span;
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) && !self.at_op(close) && !self.at_kw(Kw::For) && !self.at_kw(Kw::Async) {
            elts.push(self.star_named_expression()?);
        }
        if self.probe(false, |p| Ok(p.at_comp_for() && !p.comp_clauses()?.is_empty()))? {
            return Err(self.error_at("did you forget parentheses around the comprehension target?", first_span));
        }
        self.expect_op(close)?;
        Ok(elts)
    }

    /// `{...}`: a dict or set display or comprehension.
    fn braces(&mut self) -> CompileResult<Expr> {
        let span = self.bump();
        if self.eat_op(Op::RBrace) {
            return Ok(self.node(ExprKind::Dict(Vec::new()), span));
        }
        if self.at_op(Op::Bin(BinOp::Pow)) {
            return self.unpacking_dict(span);
        }
        let key = self.star_named_expression()?;
        if !self.at_op(Op::Colon) || matches!(key.kind, ExprKind::Starred(_)) {
            return self.set_rest(key, span);
        }
        let value = self.dict_value()?;
        self.dict_rest(key, value, span)
    }

    /// `{**mapping ...}` (whose `{` is at `span`), at the `**`.
    #[inline(never)]
    fn unpacking_dict(&mut self, span: Span) -> CompileResult<Expr> {
        let at = self.span();
        let (key, value) = self.dict_item()?;
        if self.probe(false, |p| Ok(p.at_comp_for() && !p.comp_clauses()?.is_empty() && p.at_op(Op::RBrace)))? {
            return Err(self.error_at("dict unpacking cannot be used in dict comprehension", at));
        }
        self.dict_items(vec![(key, value)], span)
    }

    /// The rest of a set display or comprehension after its first element.
    #[inline(never)]
    fn set_rest(&mut self, first: Expr, span: Span) -> CompileResult<Expr> {
        if self.at_comp_for() {
            return self.comprehension(ComprehensionKind::Set, first, None, span, Op::RBrace);
        }
        let elts = self.display_rest(first, Op::RBrace)?;
        Ok(self.node(ExprKind::Set(elts), span))
    }

    /// The rest of a dict display or comprehension after its first key and value.
    #[inline(never)]
    fn dict_rest(&mut self, key: Expr, value: Expr, span: Span) -> CompileResult<Expr> {
        if self.at_comp_for() {
            return self.comprehension(ComprehensionKind::Dict, key, Some(value), span, Op::RBrace);
        }
        self.dict_items(vec![(Some(key), value)], span)
    }

    /// The items of a dict display after the first ones, `items`, and its `}`.
    fn dict_items(&mut self, mut items: Vec<(Option<Expr>, Expr)>, span: Span) -> CompileResult<Expr> {
        while self.eat_op(Op::Comma) && !self.at_op(Op::RBrace) {
            items.push(self.dict_item()?);
        }
        self.expect_op(Op::RBrace)?;
        Ok(self.node(ExprKind::Dict(items), span))
    }

    /// `'**' bitwise_or | expression ':' expression`.
    fn dict_item(&mut self) -> CompileResult<(Option<Expr>, Expr)> {
        if self.eat_op(Op::Bin(BinOp::Pow)) {
            return Ok((None, self.nested(Self::bitwise_or)?));
        }
        let key = self.expression()?;
        if !self.at_op(Op::Colon) {
            let end = self.prev_end();
            let at = Span::new(key.span.line, end.col.saturating_sub(1).max(1));
            return Err(self.error_at("':' expected after dictionary key", at));
        }
        Ok((Some(key), self.dict_value()?))
    }

    /// `':' expression`, the value after a dictionary key.
    fn dict_value(&mut self) -> CompileResult<Expr> {
        let colon = self.bump();
        if self.at_op(Op::Bin(BinOp::Mult)) {
            return Err(self.error_at_token("cannot use a starred expression in a dictionary value"));
        }
        if self.at_op(Op::RBrace) || self.at_op(Op::Comma) {
            return Err(self.error_at("expression expected after dictionary key and ':'", colon));
        }
        self.expression()
    }

    /// The `for`/`if` clauses after `element` (and `value`) and the closing bracket.
    pub(super) fn comprehension(
        &mut self,
        kind: ComprehensionKind,
        element: Expr,
        value: Option<Expr>,
        span: Span,
        close: Op,
    ) -> CompileResult<Expr> {
        if matches!(element.kind, ExprKind::Starred(_)) {
            return Err(self.error_at("iterable unpacking cannot be used in comprehension", element.span));
        }
        let generators = self.nested(Self::comp_clauses)?;
        self.expect_op(close)?;
        let comp = Comprehension { kind, element, value, generators, span, scope: OnceCell::new() };
        Ok(self.node(ExprKind::Comprehension(Rc::new(comp)), span))
    }

    /// `(['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+`.
    pub(super) fn comp_clauses(&mut self) -> CompileResult<Vec<CompFor>> {
        let mut generators = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat_kw(Kw::Async);
            self.bump();
            let target = self.for_target()?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(CompFor { target, iter, ifs, is_async });
        }
        Ok(generators)
    }

    /// `star_targets 'in'` of a `for` loop or comprehension; an invalid target gets CPython's
    /// "cannot assign to ..." (`invalid_for_target`).
    pub(super) fn for_target(&mut self) -> CompileResult<Expr> {
        let start = self.pos;
        let target = self.attempt(|p| {
            let t = p.comma_list(Self::star_target)?;
            match invalid_target(&t, Ctx::Assign).is_none() && p.eat_kw(Kw::In) {
                true => Ok(t),
                false => Err(p.invalid()),
            }
        })?;
        if let Some(t) = target {
            return Ok(t);
        }
        self.pos = start;
        self.second_pass(|p| {
            let e = p.star_expressions()?;
            match invalid_target(&e, Ctx::For) {
                Some(bad) => Err(p.error_over(format!("cannot assign to {}", expr_name(bad)), bad.span, bad.end)),
                None => Err(p.invalid()),
            }
        })
    }

    /// `'*' star_target | primary`: one assignment target (checked by the caller).
    pub(super) fn star_target(&mut self) -> CompileResult<Expr> {
        if !self.at_op(Op::Bin(BinOp::Mult)) {
            return self.primary();
        }
        let span = self.bump();
        let value = self.nested(Self::star_target)?;
        Ok(self.node(ExprKind::Starred(Box::new(value)), span))
    }

    /// The index in `a[...]`: one slice or expression, or a tuple of them.
    fn slices(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let first = self.slice()?;
        if !self.at_op(Op::Comma) && !matches!(first.kind, ExprKind::Starred(_)) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) && !self.at_op(Op::RSqb) {
            elts.push(self.slice()?);
        }
        Ok(self.node(ExprKind::Tuple(elts), span))
    }

    /// `[expression] ':' [expression] [':' [expression]] | named_expression | '*' expression`.
    fn slice(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        if self.eat_op(Op::Bin(BinOp::Mult)) {
            let value = self.expression()?;
            return Ok(self.node(ExprKind::Starred(Box::new(value)), span));
        }
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.bump();
        let bound = |p: &mut Self| -> CompileResult<Option<Box<Expr>>> {
            Ok(if p.starts_expression() { Some(Box::new(p.expression()?)) } else { None })
        };
        let upper = bound(self)?;
        let step = if self.eat_op(Op::Colon) { bound(self)? } else { None };
        Ok(self.node(ExprKind::Slice { lower, upper, step }, span))
    }
}
