//! What may be assigned to or deleted, and the names CPython gives expressions in its
//! "cannot assign to ..." messages.

use crate::python::ast::{CmpOp, ComprehensionKind, Constant, Expr, ExprKind};

/// Where a target appears.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    /// `a = ...`, `with ... as a`, a comprehension's `for a in`.
    Assign,
    /// `for a in ...`, parsed as an expression: `a in b` is the target and the iterable.
    For,
    /// `del a`.
    Del,
}

/// The part of `e` that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
pub(super) fn invalid_target(e: &Expr, ctx: Ctx) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::List(elts) | ExprKind::Tuple(elts) => elts.iter().find_map(|e| invalid_target(e, ctx)),
        ExprKind::Starred(value) if ctx != Ctx::Del => invalid_target(value, ctx),
        ExprKind::Compare { left, ops } if ctx == Ctx::For => match ops.first() {
            Some((CmpOp::In, _)) => invalid_target(left, ctx),
            _ => None,
        },
        _ => Some(e),
    }
}

/// How CPython names `e` in error messages (`_PyPegen_get_expr_name`).
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Comprehension(c) => match c.kind {
            ComprehensionKind::Generator => "generator expression",
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
        },
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// `e` starts with a list or tuple display, a generator expression, `True`, `False` or
/// `None`, which CPython's "Maybe you meant '=='" diagnosis skips. Only binary-operator-level
/// expressions are asked about.
pub(super) fn leftmost_is_display(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BinOp { left, .. } => leftmost_is_display(left),
        ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => leftmost_is_display(value),
        ExprKind::Call { func, .. } => leftmost_is_display(func),
        ExprKind::List(_) | ExprKind::Tuple(_) => true,
        ExprKind::Comprehension(c) => c.kind == ComprehensionKind::Generator,
        ExprKind::Constant(c) => matches!(c, Constant::None | Constant::Bool(_)),
        _ => false,
    }
}
