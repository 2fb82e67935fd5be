//! CPython's diagnoses of an expression that is followed by something it should not be:
//! another expression (a forgotten comma, `print "x"`), or an `=` meant as `==`. They run
//! where parsing is about to fail, as CPython's second pass would.

use super::targets::{expr_name, leftmost_is_display};
use super::Parser;
use crate::python::ast::{BinOp, Expr, ExprKind, Span};
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::{Op, Tok};

impl Parser<'_> {
    /// CPython's `invalid_legacy_expression` and "Perhaps you forgot a comma?": an expression
    /// directly followed by another one.
    #[inline(never)]
    pub(super) fn expression_hints(&mut self, start: usize, a: &Expr) -> CompileResult<()> {
        if !self.starts_expression() || self.at_op(Op::Bin(BinOp::Mult)) {
            return Ok(());
        }
        let legacy = match &a.kind {
            ExprKind::Name(n) if &*n.id == "print" || &*n.id == "exec" => Some(n.id.clone()),
            _ => None,
        };
        if legacy.is_none() {
            if let Some(next_end) = self.forgot_comma(start) {
                let message = "invalid syntax. Perhaps you forgot a comma?";
                return Err(CompileError::syntax(message, a.span).marking(next_end));
            }
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
            (Err(e), _) if Self::is_diagnosis(&e) => Err(e),
            (Ok(after), Some(id)) => {
                let message = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                Err(CompileError::syntax(message, a.span).marking(after.end))
            }
            _ => Ok(()),
        }
    }

    /// CPython's "Perhaps you forgot a comma?": inside brackets, the expression starting at
    /// token `start` is directly followed by another one; where that one ends.
    fn forgot_comma(&mut self, start: usize) -> Option<Span> {
        // CPython compares only the name's length of each soft keyword, so any prefix of
        // `match`, `case` or `_` counts as one here.
        let soft_keyword = matches!(&self.toks[start].kind,
            Tok::Name(n) if ["match", "case", "_"].iter().any(|k| k.starts_with(&**n)));
        let name_string = matches!(self.toks[start].kind, Tok::Name(_))
            && matches!(self.toks.get(start + 1).map(|t| &t.kind), Some(Tok::Str(_)));
        if soft_keyword || name_string {
            return None;
        }
        self.probe(true, |p| {
            let next = p.expression()?;
            Ok((p.toks[p.pos - 1].level > 0).then_some(next.end))
        })
        .unwrap_or(None)
    }

    /// CPython's diagnosis of `target = value` where an expression was expected (an `=` meant
    /// as `==`), for the expression starting at token `start`: `None` when it does not apply.
    pub(super) fn misplaced_assign(&mut self, start: usize) -> Option<CompileError> {
        let here = self.pos;
        self.pos = start;
        let single_name = matches!(self.tok(), Tok::Name(_)) && self.peek_is_op(1, Op::Assign);
        let span = self.span();
        // Where the value ends, when what follows it is not another `=` or `:=`.
        let rest_is_value = |p: &mut Self| {
            let value = p.bitwise_or()?;
            Ok((!p.at_op(Op::Assign) && !p.at_op(Op::Walrus)).then_some(value.end))
        };
        let found = if single_name {
            match self.probe(false, |p| {
                p.pos += 2;
                rest_is_value(p)
            }) {
                Ok(Some(end)) => {
                    let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                    Some(CompileError::syntax(message, span).marking(end))
                }
                Ok(None) => None,
                Err(e) => Some(e),
            }
        } else {
            let mut target = None;
            let probed = self.probe(false, |p| {
                let a = p.bitwise_or()?;
                let ok = !leftmost_is_display(&a) && p.eat_op(Op::Assign) && rest_is_value(p)?.is_some();
                target = Some(a).filter(|_| ok);
                Ok(ok)
            });
            match (probed, target) {
                (Err(e), _) => Some(e),
                (Ok(_), Some(a)) => {
                    let message =
                        format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&a));
                    Some(CompileError::syntax(message, a.span).marking(a.end))
                }
                _ => None,
            }
        };
        self.pos = here;
        found
    }
}
