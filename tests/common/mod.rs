//! Test helper: prints a parsed module as one line of S-expressions, the same form
//! `tests/common/cpython_sexpr.py` prints for CPython's own `ast`, so expected trees in the
//! parser tests can be produced by (and checked against) CPython 3.11.
//!
//! With `spans`, every statement, expression and `except` clause carries `@line:col`.
#![allow(dead_code)]

use loopscope::python::ast::*;
use loopscope::python::error::{CompileError, CompileErrorKind};
use loopscope::python::parser::parse;

/// An expected error: (source, kind, message, line, column).
pub type ErrorRow = (&'static str, CompileErrorKind, &'static str, u32, u32);

/// Checks that each source fails as its row says, listing every difference.
pub fn check_errors(rows: &[ErrorRow]) {
    let mut failures = Vec::new();
    for &(source, kind, message, line, col) in rows {
        let e = error(source);
        if (e.kind, e.message.as_str(), e.span.line, e.span.col) != (kind, message, line, col) {
            failures.push(format!(
                "{source:?}\n  want {kind:?} {message:?} {line}:{col}\n  got  {:?} {:?} {}:{}",
                e.kind, e.message, e.span.line, e.span.col
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows differ:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

/// Checks that each source parses to its tree (`spans`: with positions), listing every
/// difference.
pub fn check_trees(rows: &[(&str, &str)], spans: bool) {
    let mut failures = Vec::new();
    for &(source, want) in rows {
        let got = print(source, spans);
        if got != want {
            failures.push(format!("{source:?}\n  want {want}\n  got  {got}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows differ:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

/// The tree of `source` without positions.
pub fn tree(source: &str) -> String {
    print(source, false)
}

/// The tree of `source` with positions.
pub fn tree_at(source: &str) -> String {
    print(source, true)
}

/// The error `source` fails with.
pub fn error(source: &str) -> CompileError {
    match parse(source) {
        Ok(_) => panic!("expected an error for {source:?}"),
        Err(e) => e,
    }
}

fn print(source: &str, spans: bool) -> String {
    let module = parse(source).unwrap_or_else(|e| panic!("{source:?} failed: {e}"));
    let p = Printer { spans };
    module.body.iter().map(|s| p.stmt(s)).collect::<Vec<_>>().join(" ")
}

fn sx(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().filter(|s| !s.is_empty()).collect();
    format!("({})", items.join(" "))
}

macro_rules! sx {
    ($($item:expr),* $(,)?) => { sx([$(String::from($item)),*]) };
}

fn num(x: f64) -> String {
    format!("{x:.17e}")
}

fn string(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(d) => d.to_string(),
        Constant::Float(f) => num(*f),
        Constant::Imaginary(f) => format!("{}j", num(*f)),
        Constant::Str(s) => string(s),
        Constant::Bytes(b) => {
            let body: String = b
                .iter()
                .map(|&b| match b {
                    32..=126 if b != b'"' && b != b'\\' => (b as char).to_string(),
                    _ => format!("\\x{b:02x}"),
                })
                .collect();
            format!("b\"{body}\"")
        }
        Constant::Ellipsis => "...".into(),
    }
}

fn binop(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mult => "*",
        MatMult => "@",
        Div => "/",
        FloorDiv => "//",
        Mod => "%",
        Pow => "**",
        LShift => "<<",
        RShift => ">>",
        BitOr => "|",
        BitXor => "^",
        BitAnd => "&",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    use CmpOp::*;
    match op {
        Eq => "==",
        NotEq => "!=",
        Lt => "<",
        LtE => "<=",
        Gt => ">",
        GtE => ">=",
        Is => "is",
        IsNot => "is-not",
        In => "in",
        NotIn => "not-in",
    }
}

struct Printer {
    spans: bool,
}

impl Printer {
    fn at(&self, span: Span) -> String {
        if self.spans {
            format!("@{}:{}", span.line, span.col)
        } else {
            String::new()
        }
    }

    fn seq(&self, es: &[Expr]) -> String {
        es.iter().map(|e| self.expr(e)).collect::<Vec<_>>().join(" ")
    }

    fn opt(&self, e: Option<&Expr>) -> String {
        e.map_or("-".into(), |e| self.expr(e))
    }

    /// f-string pieces as CPython lists them: `{x=}` text joins the literal before it.
    /// A format spec (not `outer`) is printed without a position of its own.
    fn fstring(&self, parts: &[FStringPart], span: Span, outer: bool) -> String {
        let mut out = vec!["f".to_string()];
        let mut text = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(s) => text.push_str(s),
                FStringPart::Field { value, conversion, spec, debug_text } => {
                    text.push_str(debug_text.as_deref().unwrap_or(""));
                    if !text.is_empty() {
                        out.push(string(&std::mem::take(&mut text)) + &self.at(span));
                    }
                    let conv = conversion.map_or("-".to_string(), |c| c.to_string());
                    let spec = if spec.is_empty() { "-".to_string() } else { self.fstring(spec, span, false) };
                    out.push(sx!("fv", self.expr(value), conv, spec));
                }
            }
        }
        if !text.is_empty() {
            out.push(string(&text) + &self.at(span));
        }
        sx(out) + if outer { self.at(span) } else { String::new() }.as_str()
    }

    fn expr(&self, e: &Expr) -> String {
        let at = self.at(e.span);
        let s = match &e.kind {
            ExprKind::Name(n) => n.id.to_string(),
            ExprKind::Constant(c) => constant(c),
            ExprKind::FString(parts) => return self.fstring(parts, e.span, true),
            ExprKind::List(es) => sx!("list", self.seq(es)),
            ExprKind::Tuple(es) => sx!("tuple", self.seq(es)),
            ExprKind::Set(es) => sx!("set", self.seq(es)),
            ExprKind::Dict(items) => {
                sx(std::iter::once("dict".to_string()).chain(items.iter().map(|(k, v)| match k {
                    Some(k) => sx!(self.expr(k), self.expr(v)),
                    None => sx!("**", self.expr(v)),
                })))
            }
            ExprKind::Starred(v) => sx!("*", self.expr(v)),
            ExprKind::BinOp { left, op, right } => sx!(binop(*op), self.expr(left), self.expr(right)),
            ExprKind::UnaryOp { op, operand } => {
                let op = match op {
                    UnaryOp::Not => "not",
                    UnaryOp::Neg => "neg",
                    UnaryOp::Pos => "pos",
                    UnaryOp::Invert => "~",
                };
                sx!(op, self.expr(operand))
            }
            ExprKind::BoolOp { op, values } => sx!(if *op == BoolOp::And { "and" } else { "or" }, self.seq(values)),
            ExprKind::Compare { left, ops } => {
                let rest: Vec<String> = ops.iter().map(|(op, e)| format!("{} {}", cmpop(*op), self.expr(e))).collect();
                sx!("cmp", self.expr(left), rest.join(" "))
            }
            ExprKind::Call { func, args } => {
                let mut items = vec!["call".to_string(), self.expr(func)];
                for arg in args {
                    match arg {
                        Arg::Positional(e) => items.push(self.expr(e)),
                        Arg::Starred(e) => items.push(sx!("*", self.expr(e)) + &self.at(e.span)),
                        _ => {}
                    }
                }
                for arg in args {
                    match arg {
                        Arg::Keyword(k) => items.push(sx!("kw", &*k.name, self.expr(&k.value))),
                        Arg::DoubleStarred(e) => items.push(sx!("**", self.expr(e))),
                        _ => {}
                    }
                }
                sx(items)
            }
            ExprKind::Attribute { value, attr } => sx!(".", self.expr(value), &**attr),
            ExprKind::Subscript { value, index } => sx!("[]", self.expr(value), self.expr(index)),
            ExprKind::Slice { lower, upper, step } => {
                sx!("slice", self.opt(lower.as_deref()), self.opt(upper.as_deref()), self.opt(step.as_deref()))
            }
            ExprKind::IfExp { test, body, orelse } => sx!("if", self.expr(test), self.expr(body), self.expr(orelse)),
            ExprKind::Lambda(f) => {
                let body = match &f.body[..] {
                    [Stmt { kind: StmtKind::Return(Some(e)), .. }] => self.expr(e),
                    _ => "?".to_string(),
                };
                sx!("lambda", self.params(&f.params), body)
            }
            ExprKind::Comprehension(c) => {
                let head = match c.kind {
                    ComprehensionKind::List => "listcomp",
                    ComprehensionKind::Set => "setcomp",
                    ComprehensionKind::Dict => "dictcomp",
                    ComprehensionKind::Generator => "genexp",
                };
                let gens: Vec<String> = c
                    .generators
                    .iter()
                    .map(|g| {
                        let ifs: Vec<String> = g.ifs.iter().map(|i| sx!("if", self.expr(i))).collect();
                        let kind = if g.is_async { "async-for" } else { "for" };
                        sx!(kind, self.expr(&g.target), self.expr(&g.iter), ifs.join(" "))
                    })
                    .collect();
                let value = c.value.as_ref().map_or(String::new(), |v| self.expr(v));
                sx!(head, self.expr(&c.element), value, gens.join(" "))
            }
            ExprKind::Await(v) => sx!("await", self.expr(v)),
            ExprKind::Yield(v) => sx!("yield", self.opt(v.as_deref())),
            ExprKind::YieldFrom(v) => sx!("yield-from", self.expr(v)),
            ExprKind::NamedExpr { target, value } => sx!(":=", &*target.id, self.expr(value)),
        };
        s + &at
    }

    fn param(&self, p: &Param) -> String {
        let mut s = p.name.id.to_string();
        if let Some(a) = &p.annotation {
            s += &format!(":{}", self.expr(a));
        }
        if let Some(d) = &p.default {
            s += &format!("={}", self.expr(d));
        }
        s
    }

    fn params(&self, p: &Params) -> String {
        let mut out: Vec<String> = p.posonly.iter().map(|x| self.param(x)).collect();
        if !p.posonly.is_empty() {
            out.push("/".into());
        }
        out.extend(p.args.iter().map(|x| self.param(x)));
        match &p.vararg {
            Some(v) => out.push(format!("*{}", self.param(v))),
            None if !p.kwonly.is_empty() => out.push("*".into()),
            None => {}
        }
        out.extend(p.kwonly.iter().map(|x| self.param(x)));
        if let Some(k) = &p.kwarg {
            out.push(format!("**{}", self.param(k)));
        }
        sx(out)
    }

    fn body(&self, b: &[Stmt]) -> String {
        sx(b.iter().map(|s| self.stmt(s)))
    }

    fn stmt(&self, s: &Stmt) -> String {
        let at = self.at(s.span);
        let text = match &s.kind {
            StmtKind::Expr(e) => sx!("expr", self.expr(e)),
            StmtKind::Assign { targets, value } => sx!("=", self.seq(targets), self.expr(value)),
            StmtKind::AugAssign { target, op, value } => {
                sx!(format!("{}=", binop(*op)), self.expr(target), self.expr(value))
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                sx!(
                    "ann",
                    self.expr(target),
                    self.expr(annotation),
                    value.as_ref().map_or(String::new(), |v| self.expr(v))
                )
            }
            StmtKind::FunctionDef(f) => sx!(
                if f.is_async { "async-def" } else { "def" },
                &*f.name,
                self.params(&f.params),
                sx!("@", self.seq(&f.decorators)),
                self.body(&f.body)
            ),
            StmtKind::ClassDef(c) => {
                let kws = c.keywords.iter().map(|k| sx!("kw", &*k.name, self.expr(&k.value)));
                sx!(
                    "class",
                    &*c.name,
                    sx!(self.seq(&c.bases)),
                    sx(kws),
                    sx!("@", self.seq(&c.decorators)),
                    self.body(&c.body)
                )
            }
            StmtKind::Return(v) => sx!("return", self.opt(v.as_ref())),
            StmtKind::Delete(ts) => sx!("del", self.seq(ts)),
            StmtKind::Pass => "(pass)".into(),
            StmtKind::Break => "(break)".into(),
            StmtKind::Continue => "(continue)".into(),
            StmtKind::If { test, body, orelse } => sx!("if", self.expr(test), self.body(body), self.body(orelse)),
            StmtKind::While { test, body, orelse } => sx!("while", self.expr(test), self.body(body), self.body(orelse)),
            StmtKind::For { target, iter, body, orelse, is_async } => sx!(
                if *is_async { "async-for" } else { "for" },
                self.expr(target),
                self.expr(iter),
                self.body(body),
                self.body(orelse)
            ),
            StmtKind::With { items, body, is_async } => {
                let items = items.iter().map(|i| sx!("item", self.expr(&i.context), self.opt(i.target.as_ref())));
                sx!(if *is_async { "async-with" } else { "with" }, sx(items), self.body(body))
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                let handlers = handlers.iter().map(|h| {
                    let name = h.name.as_ref().map_or("-".to_string(), |n| n.id.to_string());
                    sx!("except", self.opt(h.typ.as_ref()), name, self.body(&h.body)) + &self.at(h.span)
                });
                sx!(
                    if *is_star { "try*" } else { "try" },
                    self.body(body),
                    sx(handlers),
                    self.body(orelse),
                    self.body(finalbody)
                )
            }
            StmtKind::Raise { exc, cause } => sx!("raise", self.opt(exc.as_ref()), self.opt(cause.as_ref())),
            StmtKind::Assert { test, msg } => sx!("assert", self.expr(test), self.opt(msg.as_ref())),
            StmtKind::Global(names) => {
                sx(std::iter::once("global".to_string()).chain(names.iter().map(|n| n.to_string())))
            }
            StmtKind::Nonlocal(names) => {
                sx(std::iter::once("nonlocal".to_string()).chain(names.iter().map(|n| n.to_string())))
            }
            StmtKind::Import(names) => sx(std::iter::once("import".to_string()).chain(names.iter().map(alias))),
            StmtKind::ImportFrom { module, names } => {
                sx(["from".to_string(), module.to_string()].into_iter().chain(names.iter().map(alias)))
            }
        };
        text + &at
    }
}

fn alias(a: &Alias) -> String {
    sx!(&*a.name, a.asname.as_deref().unwrap_or("-"))
}

/// Runs fixtures through the interpreter (see `fixtures.rs`).
pub mod fixtures;
