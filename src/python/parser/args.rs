//! Call arguments (and class headers): positional, `*`, `name=` and `**` arguments and a
//! bare generator expression, with CPython's errors for arguments in the wrong order.

use super::Parser;
use crate::python::ast::{Arg, BinOp, Comprehension, ComprehensionKind, Expr, ExprKind, Keyword, Span};
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::{Kw, Op, Tok};
use std::cell::OnceCell;
use std::rc::Rc;

impl Parser<'_> {
    /// The arguments after `(` (which is at `open`) up to and including `)`, of a call
    /// (`call`) or of a class header, where a bare generator expression is not allowed.
    pub(super) fn call_args(&mut self, open: Span, call: bool) -> CompileResult<Vec<Arg>> {
        let mut args = Vec::new();
        let (mut keyword, mut unpacked) = (false, false);
        let mut misplaced = None;
        while !self.at_op(Op::RPar) {
            let arg = match self.tok() {
                Tok::Op(Op::Bin(BinOp::Mult)) => {
                    // CPython's message (sic) for a `*` after keyword-like arguments, when
                    // they follow `**` or nothing follows the `*`.
                    let after_keywords = misplaced.is_none()
                        && !args.is_empty()
                        && (keyword || unpacked || args.iter().all(|a| !matches!(a, Arg::Positional(_))));
                    let star = self.span();
                    let message = "iterable argument unpacking follows keyword argument unpacking";
                    if unpacked && after_keywords {
                        return Err(self.error_at(message, star));
                    }
                    self.bump();
                    match self.expression() {
                        Ok(e) => Arg::Starred(e),
                        Err(e) if Self::is_generic(&e) && after_keywords => return Err(self.error_at(message, star)),
                        Err(e) if Self::is_generic(&e) => return Err(misplaced.map_or(e, |m| self.error_here(m))),
                        Err(e) => return Err(e),
                    }
                }
                Tok::Op(Op::Bin(BinOp::Pow)) => {
                    self.bump();
                    unpacked = true;
                    Arg::DoubleStarred(self.expression()?)
                }
                Tok::Name(_) | Tok::Kw(Kw::True | Kw::False | Kw::None) if self.peek_is_op(1, Op::Assign) => {
                    keyword = true;
                    Arg::Keyword(self.keyword_arg()?)
                }
                _ => {
                    // After a keyword argument CPython's first pass reads no positional one.
                    let e = match keyword || unpacked {
                        true => self.second_pass(Self::walrus_or_expression)?,
                        false => self.walrus_or_expression()?,
                    };
                    if self.at_op(Op::Assign) {
                        return Err(
                            self.error_at("expression cannot contain assignment, perhaps you meant \"==\"?", e.span)
                        );
                    }
                    if self.at_comp_for() {
                        return self.bare_generator(e, open, args.is_empty(), call);
                    }
                    if keyword || unpacked {
                        misplaced = misplaced.or(Some(match unpacked {
                            true => "positional argument follows keyword argument unpacking",
                            false => "positional argument follows keyword argument",
                        }));
                    }
                    Arg::Positional(e)
                }
            };
            args.push(arg);
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if let Some(message) = misplaced {
            return Err(self.error_here(message));
        }
        self.expect_op(Op::RPar)?;
        Ok(args)
    }

    /// `name=value`; `True=`, `False=`, `None=` are errors.
    fn keyword_arg(&mut self) -> CompileResult<Keyword> {
        let span = self.span();
        // CPython marks the name and its `=`.
        let assign_end = self.look(1).end;
        let name = match self.tok() {
            Tok::Name(name) => name.clone(),
            Tok::Kw(kw) => return Err(self.error_over(format!("cannot assign to {}", kw.text()), span, assign_end)),
            _ => return Err(self.invalid()),
        };
        self.bump();
        self.bump();
        let value = self.expression()?;
        if self.at_comp_for() {
            let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Err(self.error_over(message, span, assign_end));
        }
        Ok(Keyword { name, value })
    }

    /// `f(x for x in xs)`: a generator expression needs no parentheses of its own when it is
    /// the only argument (`alone`) of a call.
    fn bare_generator(&mut self, element: Expr, open: Span, alone: bool, call: bool) -> CompileResult<Vec<Arg>> {
        let (at, keyword, keyword_end) = (element.span, self.span(), self.look(0).end);
        let generators = self.comp_clauses()?;
        if !alone || self.at_op(Op::Comma) {
            return Err(self.error_over("Generator expression must be parenthesized", at, self.prev_end()));
        }
        if !self.at_op(Op::RPar) {
            return Err(self.invalid());
        }
        if !call {
            return Err(CompileError::syntax("invalid syntax", keyword).marking(keyword_end));
        }
        self.bump();
        let kind = ComprehensionKind::Generator;
        let comp = Comprehension { kind, element, value: None, generators, span: open, scope: OnceCell::new() };
        Ok(vec![Arg::Positional(self.node(ExprKind::Comprehension(Rc::new(comp)), open))])
    }
}
