//! Parameter lists of `def` (up to `)`) and `lambda` (up to `:`): positional-only
//! parameters before `/`, defaults, `*args` or a bare `*`, keyword-only parameters and
//! `**kwargs`, with CPython's errors for each misplaced piece.

use super::Parser;
use crate::python::ast::{BinOp, Name, Param, Params};
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::{Op, Tok};

impl Parser<'_> {
    /// The parameters of a function (`lambda` false) or lambda, up to their closing token.
    pub(super) fn params(&mut self, lambda: bool) -> CompileResult<Params> {
        let close = if lambda { Op::Colon } else { Op::RPar };
        let mut params = Params::default();
        let (mut star, mut kwarg, mut slash, mut defaults) = (false, false, false, false);
        while !self.at_op(close) {
            let span = self.span();
            let after_kwarg = "arguments cannot follow var-keyword argument";
            let mut just_slash = false;
            match self.tok() {
                Tok::Name(_) => {
                    if kwarg {
                        return Err(self.error_at_token(after_kwarg));
                    }
                    let mut param = self.param(lambda, false)?;
                    if self.at_op(Op::Assign) {
                        let at = self.bump();
                        if self.at_op(Op::Comma) || self.at_op(close) {
                            return Err(self.error_at("expected default value expression", at));
                        }
                        param.default = Some(self.expression()?);
                    }
                    let ends = self.at_op(Op::Comma) || self.at_op(close);
                    if star {
                        params.kwonly.push(param);
                    } else if param.default.is_none() && defaults && ends {
                        return Err(self.error_at("non-default argument follows default argument", span));
                    } else {
                        defaults |= param.default.is_some();
                        params.args.push(param);
                    }
                }
                Tok::Op(Op::Bin(BinOp::Div)) => {
                    let message = match () {
                        _ if kwarg => after_kwarg,
                        _ if star => "/ must be ahead of *",
                        _ if slash => "/ may appear only once",
                        _ if params.args.is_empty() && self.peek_is_op(1, Op::Comma) => {
                            "at least one argument must precede /"
                        }
                        _ if params.args.is_empty() => return Err(CompileError::syntax("invalid syntax", span)),
                        _ => "",
                    };
                    if !message.is_empty() {
                        return Err(self.error_at_token(message));
                    }
                    self.bump();
                    (slash, just_slash) = (true, true);
                    params.posonly = std::mem::take(&mut params.args);
                }
                Tok::Op(Op::Bin(BinOp::Mult)) => {
                    if kwarg {
                        return Err(self.error_at_token(after_kwarg));
                    }
                    if star {
                        let next_is_param = matches!(self.look(1).kind, Tok::Name(_))
                            && (self.peek_is_op(2, Op::Comma) || self.peek_is_op(2, close));
                        return Err(match next_is_param || self.peek_is_op(1, Op::Comma) {
                            true => self.error_at_token("* argument may appear only once"),
                            false => CompileError::syntax("invalid syntax", span),
                        });
                    }
                    self.bump();
                    star = true;
                    if matches!(self.tok(), Tok::Name(_)) {
                        params.vararg = Some(self.param(lambda, true)?);
                        if self.at_op(Op::Assign) {
                            return Err(self.error_at_token("var-positional argument cannot have default value"));
                        }
                    } else if self.at_op(close)
                        || (self.at_op(Op::Comma)
                            && (self.peek_is_op(1, close) || self.peek_is_op(1, Op::Bin(BinOp::Pow))))
                    {
                        if lambda {
                            let token = if self.at_op(close) { 0 } else { 1 };
                            let at = self.look(token).span;
                            return Err(self.error_at("named arguments must follow bare *", at));
                        }
                        return Err(self.error_at("named arguments must follow bare *", span));
                    }
                }
                Tok::Op(Op::Bin(BinOp::Pow)) => {
                    if kwarg {
                        return Err(self.error_at_token(after_kwarg));
                    }
                    self.bump();
                    params.kwarg = Some(self.param(lambda, false)?);
                    kwarg = true;
                    if self.at_op(Op::Assign) {
                        return Err(self.error_at_token("var-keyword argument cannot have default value"));
                    }
                }
                Tok::Op(Op::LPar) => return Err(self.parenthesized_params(lambda)),
                _ => return Err(self.invalid()),
            }
            if self.eat_op(Op::Comma) {
                continue;
            }
            if just_slash && self.at_op(Op::Bin(BinOp::Mult)) {
                return Err(self.error_at_token("expected comma between / and *"));
            }
            if !self.at_op(close) {
                return Err(self.invalid());
            }
        }
        Ok(params)
    }

    /// `NAME [':' annotation]` (no annotation in a lambda; a `*args` annotation may be
    /// starred).
    fn param(&mut self, lambda: bool, starred: bool) -> CompileResult<Param> {
        let span = self.span();
        let name = Name::new(self.name()?);
        let annotation = match !lambda && self.eat_op(Op::Colon) {
            true if starred => Some(self.star_expression()?),
            true => Some(self.expression()?),
            false => None,
        };
        Ok(Param { name, default: None, annotation, span })
    }

    /// The error for `(` among parameters: CPython explains `(a, b)` and is terse otherwise.
    fn parenthesized_params(&mut self, lambda: bool) -> CompileError {
        let at = self.span();
        let names_in_parens = self.probe(false, |p| {
            p.bump();
            loop {
                p.param(lambda, false)?;
                if !p.eat_op(Op::Comma) || p.at_op(Op::RPar) {
                    return Ok(p.at_op(Op::RPar));
                }
            }
        });
        match names_in_parens {
            Ok(true) => {}
            Ok(false) => return self.invalid(),
            Err(e) => return e,
        }
        let what = if lambda { "Lambda expression" } else { "Function" };
        self.error_at(format!("{what} parameters cannot be parenthesized"), at)
    }
}
