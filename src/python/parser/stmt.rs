//! Simple statements: expression statements and the three kinds of assignment, `return`,
//! `raise`, `del`, `assert`, `global`/`nonlocal`, imports, and the `;`-separated lines that
//! hold them; plus the statement dispatcher and the module.

use super::targets::{expr_name, invalid_target, Ctx};
use super::Parser;
use crate::python::ast::{Alias, BinOp, Block, Expr, ExprKind, Name, Stmt, StmtKind};
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::{Kw, Op, Tok};
use std::rc::Rc;

impl Parser<'_> {
    /// `statements ENDMARKER`.
    pub(super) fn module(&mut self) -> CompileResult<Block> {
        let mut body = Vec::new();
        while !matches!(self.tok(), Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    /// One compound statement, or one line of simple statements.
    pub(super) fn statement(&mut self, out: &mut Block) -> CompileResult<()> {
        match self.tok() {
            Tok::Kw(Kw::If | Kw::While | Kw::For | Kw::Try | Kw::With | Kw::Def | Kw::Class | Kw::Async)
            | Tok::Op(Op::Bin(BinOp::MatMult)) => {
                let stmt = self.compound()?;
                out.push(stmt);
                Ok(())
            }
            Tok::Name(n) if &**n == "match" => {
                if self.match_stmt()? {
                    return Ok(());
                }
                let start = self.pos;
                self.simple_stmts(out).map_err(|e| match Self::is_generic(&e) && self.match_without_colon(start) {
                    true => self.error_here("expected ':'"),
                    false => e,
                })
            }
            _ => self.simple_stmts(out),
        }
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    pub(super) fn simple_stmts(&mut self, out: &mut Block) -> CompileResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat_op(Op::Semi) || self.at_newline() {
                break;
            }
        }
        if !self.at_newline() {
            return Err(self.invalid());
        }
        self.bump();
        Ok(())
    }

    fn at_stmt_end(&self) -> bool {
        self.at_newline() || self.at_op(Op::Semi)
    }

    fn simple_stmt(&mut self) -> CompileResult<Stmt> {
        let span = self.span();
        let Tok::Kw(kw) = *self.tok() else { return self.expr_stmt() };
        let kind = match kw {
            Kw::Pass | Kw::Break | Kw::Continue => {
                self.bump();
                match kw {
                    Kw::Pass => StmtKind::Pass,
                    Kw::Break => StmtKind::Break,
                    _ => StmtKind::Continue,
                }
            }
            Kw::Return => {
                self.bump();
                StmtKind::Return(if self.at_stmt_end() { None } else { Some(self.star_expressions()?) })
            }
            Kw::Raise => {
                self.bump();
                let exc = if self.at_stmt_end() { None } else { Some(self.expression()?) };
                let cause = if exc.is_some() && self.eat_kw(Kw::From) { Some(self.expression()?) } else { None };
                StmtKind::Raise { exc, cause }
            }
            Kw::Global | Kw::Nonlocal => {
                self.bump();
                let mut names = vec![self.name()?];
                while self.eat_op(Op::Comma) {
                    names.push(self.name()?);
                }
                if kw == Kw::Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Kw::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) { Some(self.expression()?) } else { None };
                StmtKind::Assert { test, msg }
            }
            Kw::Del => self.del_stmt()?,
            Kw::Import => self.import()?,
            Kw::From => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(self.stmt_node(kind, span))
    }

    /// `'del' del_targets`; anything else gets CPython's `invalid_del_stmt` diagnosis.
    fn del_stmt(&mut self) -> CompileResult<StmtKind> {
        self.bump();
        let start = self.pos;
        let list = |p: &mut Self, item: fn(&mut Self) -> CompileResult<Expr>| {
            let mut targets = vec![item(p)?];
            while p.eat_op(Op::Comma) && !p.at_stmt_end() {
                targets.push(item(p)?);
            }
            Ok(targets)
        };
        let valid = self.attempt(|p| {
            let targets = list(p, Self::primary)?;
            match targets.iter().all(|t| invalid_target(t, Ctx::Del).is_none()) && p.at_stmt_end() {
                true => Ok(targets),
                false => Err(p.invalid()),
            }
        })?;
        if let Some(targets) = valid {
            return Ok(StmtKind::Delete(targets));
        }
        self.pos = start;
        self.second_pass(|p| {
            let targets = list(p, Self::star_expression)?;
            match targets.iter().find_map(|t| invalid_target(t, Ctx::Del)) {
                Some(bad) => Err(p.error_over(format!("cannot delete {}", expr_name(bad)), bad.span, bad.end)),
                None => Err(p.invalid()),
            }
        })
    }

    /// `NAME ('.' NAME)*`.
    fn dotted_name(&mut self) -> CompileResult<Rc<str>> {
        let mut name = self.name()?.to_string();
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name.into())
    }

    /// `['as' NAME]` after an imported name; the alias binds `asname` or `binds`.
    fn alias(&mut self, name: Rc<str>, binds: &str) -> CompileResult<Alias> {
        let asname = if self.eat_kw(Kw::As) { Some(self.name()?) } else { None };
        let target = Name::new(asname.clone().unwrap_or_else(|| binds.into()));
        Ok(Alias { name, asname, target })
    }

    /// `'import' dotted_name ['as' NAME] (',' ...)*`.
    fn import(&mut self) -> CompileResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let first = name.split('.').next().unwrap_or_default().to_string();
            names.push(self.alias(name, &first)?);
            if !self.eat_op(Op::Comma) {
                return Ok(StmtKind::Import(names));
            }
        }
    }

    /// `'from' module 'import' names`; relative imports and `*` are outside the dialect.
    fn import_from(&mut self) -> CompileResult<StmtKind> {
        self.bump();
        let mut dots = None;
        while self.at_op(Op::Dot) || self.at_op(Op::Ellipsis) {
            dots = dots.or(Some(self.bump()));
        }
        let module = if dots.is_some() && self.at_kw(Kw::Import) { "".into() } else { self.dotted_name()? };
        if !self.eat_kw(Kw::Import) {
            return Err(self.invalid());
        }
        if let Some(at) = dots {
            self.unsupported("relative import", at);
        }
        if self.at_op(Op::Bin(BinOp::Mult)) {
            let at = self.bump();
            self.unsupported("from ... import *", at);
            let alias = Alias { name: "*".into(), asname: None, target: Name::new("*") };
            return Ok(StmtKind::ImportFrom { module, names: vec![alias] });
        }
        let parens = self.eat_op(Op::LPar);
        let mut names = Vec::new();
        loop {
            let name = self.name()?;
            names.push(self.alias(name.clone(), &name)?);
            if !self.eat_op(Op::Comma) {
                break;
            }
            if parens && self.at_op(Op::RPar) {
                break;
            }
            if !parens && self.at_newline() {
                return Err(self.error_here("trailing comma not allowed without surrounding parentheses"));
            }
        }
        if parens {
            self.expect_op(Op::RPar)?;
        }
        Ok(StmtKind::ImportFrom { module, names })
    }

    /// `yield_expr | star_expressions`, and whether it was a bare `yield`.
    fn assigned_value(&mut self) -> CompileResult<(Expr, bool)> {
        if self.at_kw(Kw::Yield) {
            Ok((self.yield_expr()?, true))
        } else {
            Ok((self.star_expressions()?, false))
        }
    }

    /// An expression statement, `a = b = value`, `target op= value` or
    /// `target: annotation [= value]`.
    fn expr_stmt(&mut self) -> CompileResult<Stmt> {
        let (start, span) = (self.pos, self.span());
        let (first, first_yield) = self.assigned_value()?;
        if self.at_op(Op::Colon) {
            let message = match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
                ExprKind::Starred(_) => return Err(self.invalid()),
                ExprKind::Tuple(_) | ExprKind::List(_) => {
                    Some(format!("only single target (not {}) can be annotated", expr_name(&first)))
                }
                _ => Some("illegal target for annotation".to_string()),
            };
            if let Some(message) = message {
                let annotated = self.probe(false, |p| {
                    p.bump();
                    p.expression().map(|_| true)
                })?;
                return Err(if annotated { self.error_at(message, span) } else { self.invalid() });
            }
            self.bump();
            let annotation = self.expression()?;
            let value = if self.eat_op(Op::Assign) { Some(self.assigned_value()?.0) } else { None };
            return Ok(self.stmt_node(StmtKind::AnnAssign { target: first, annotation, value }, span));
        }
        if let Tok::Op(Op::Aug(op)) = *self.tok() {
            self.bump();
            let value = self.assigned_value()?.0;
            if !matches!(first.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                let message = format!("'{}' is an illegal expression for augmented assignment", expr_name(&first));
                return Err(self.error_at(message, span));
            }
            return Ok(self.stmt_node(StmtKind::AugAssign { target: first, op, value }, span));
        }
        if !self.at_op(Op::Assign) {
            if !self.at_stmt_end() {
                if let Some(e) = self.assignment_diagnosis(start) {
                    return Err(e);
                }
            }
            return Ok(self.stmt_node(StmtKind::Expr(first), span));
        }
        let mut targets = vec![(first, first_yield)];
        self.bump();
        let mut value = self.chained_value(start, &targets)?;
        while self.eat_op(Op::Assign) {
            targets.push(value);
            value = self.chained_value(start, &targets)?;
        }
        if let Some(e) = self.bad_target(start, &targets, false) {
            return Err(e);
        }
        let targets = targets.into_iter().map(|(t, _)| t).collect();
        Ok(self.stmt_node(StmtKind::Assign { targets, value: value.0 }, span))
    }

    /// The item after an `=` of an assignment chain. When not even a prefix of it parses
    /// (CPython's PEG parser would then reject the assignment), CPython diagnoses the
    /// statement as a whole.
    fn chained_value(&mut self, start: usize, targets: &[(Expr, bool)]) -> CompileResult<(Expr, bool)> {
        let at = self.pos;
        self.assigned_value().map_err(|e| {
            let here = self.pos;
            self.pos = at;
            let prefix = self.probe(true, |p| p.assigned_value().map(|_| true)).unwrap_or(false);
            self.pos = here;
            match Self::is_generic(&e) && !prefix {
                true => self.bad_target(start, targets, true).unwrap_or(e),
                false => e,
            }
        })
    }

    /// CPython's first diagnosis of a failed statement starting at token `start` (in
    /// `invalid_assignment`): it reads the statement as expressions separated by commas (or
    /// nothing, after the first comma), each with its own diagnosis of a misplaced `=`.
    fn assignment_diagnosis(&mut self, start: usize) -> Option<CompileError> {
        let here = self.pos;
        self.pos = start;
        let listed = self.probe(false, |p| {
            p.star_named_expression()?;
            if p.eat_op(Op::Comma) {
                while p.starts_expression() {
                    p.star_named_expression()?;
                    p.eat_op(Op::Comma);
                }
            }
            Ok(false)
        });
        self.pos = here;
        listed.err()
    }

    /// `match subject` ending the line: CPython's "expected ':'" once the line has failed.
    fn match_without_colon(&mut self, start: usize) -> bool {
        let here = self.pos;
        self.pos = start;
        let found = self.probe(true, |p| {
            p.bump();
            p.comma_list(Self::star_named_expression)?;
            Ok(p.at_newline())
        });
        self.pos = here;
        found.unwrap_or(false)
    }

    /// CPython's `invalid_assignment` for the statement starting at token `start`, whose
    /// targets so far are `targets` (each with whether it is a bare `yield`), when a target is
    /// invalid or the statement `failed` after them.
    fn bad_target(&mut self, start: usize, targets: &[(Expr, bool)], failed: bool) -> Option<CompileError> {
        let bad = targets.iter().find_map(|(t, bare_yield)| {
            if *bare_yield {
                Some((t, true))
            } else {
                invalid_target(t, Ctx::Assign).map(|bad| (bad, false))
            }
        });
        if bad.is_none() && !failed {
            return None;
        }
        if let Some(e) = self.assignment_diagnosis(start) {
            return Some(e);
        }
        let bad = bad?;
        let message = if bad.1 {
            "assignment to yield expression not possible".to_string()
        } else {
            format!("cannot assign to {}", expr_name(bad.0))
        };
        Some(self.error_over(message, bad.0.span, bad.0.end))
    }
}
