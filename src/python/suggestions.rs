//! CPython 3.11's "Did you mean: 'x'?" hint on uncaught `NameError` and `AttributeError`
//! (`Python/suggestions.c`): the closest candidate by a Levenshtein distance in which a case
//! flip costs 1 and any other edit 2, within a third of the characters involved.
//!
//! Candidates for an `AttributeError` are `dir(obj)`; for a `NameError`, the local variable
//! names of the frame it was raised in (found by compiling the module's source again, as the
//! frame itself keeps no names), then the module's globals, then the builtins.

use super::ast::{Block, FunctionDef, StmtKind};
use super::exceptions::{exc_data, new_instance, ExcType, Unwind};
use super::interp::Interp;
use super::value::Value;
use std::rc::Rc;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b` (UTF-8 bytes), or `max_cost + 1` once it is
/// certainly above `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if any is close enough.
fn closest<'a>(candidates: &'a [Rc<str>], name: &str) -> Option<&'a Rc<str>> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&Rc<str>, usize)> = None;
    for c in candidates {
        if &**c == name {
            continue;
        }
        let limit = (name.len() + c.len() + 3) * MOVE_COST / 6;
        let limit = best.map_or(limit, |(_, d)| limit.min(d.saturating_sub(1)));
        let d = levenshtein(name.as_bytes(), c.as_bytes(), limit);
        if d <= limit && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

/// The function named `name` defined at the latest line not after `line`, anywhere in `body`.
fn find_def<'a>(body: &'a Block, name: &str, line: u32, found: &mut Option<&'a FunctionDef>) {
    for s in body {
        match &s.kind {
            StmtKind::FunctionDef(d) => {
                if &*d.name == name && d.span.line <= line && found.is_none_or(|f| f.span.line < d.span.line) {
                    *found = Some(d);
                }
                find_def(&d.body, name, line, found);
            }
            StmtKind::ClassDef(c) => find_def(&c.body, name, line, found),
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                find_def(body, name, line, found);
                find_def(orelse, name, line, found);
            }
            StmtKind::With { body, .. } => find_def(body, name, line, found),
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                find_def(body, name, line, found);
                for h in handlers {
                    find_def(&h.body, name, line, found);
                }
                find_def(orelse, name, line, found);
                find_def(finalbody, name, line, found);
            }
            _ => {}
        }
    }
}

impl Interp {
    /// `NameError: name 'x' is not defined`, carrying `name` for the suggestion.
    pub fn name_error(&self, name: &str) -> Unwind {
        let exc = new_instance(self.exc_class(ExcType::NameError), vec![Value::str(&format!("name '{name}' is not defined"))]);
        if let Value::Instance(inst) = &exc {
            inst.attrs.borrow_mut().set(Rc::from("name"), Value::str(name));
        }
        Unwind::Raise(exc)
    }

    /// The name to suggest instead of the one an uncaught exception is about, if any.
    pub(crate) fn suggestion(&self, exc: &Value) -> Option<Rc<str>> {
        let Value::Instance(inst) = exc else { return None };
        let name = match inst.attrs.borrow().get("name") {
            Some(Value::Str(s)) => s.clone(),
            _ => return None,
        };
        if self.is_exc(exc, ExcType::AttributeError) {
            let obj = inst.attrs.borrow().get("obj").cloned()?;
            return closest(&self.dir_names(&obj), &name).cloned();
        }
        if !self.is_exc(exc, ExcType::NameError) {
            return None;
        }
        let frame = exc_data(exc)?.borrow().traceback.first().cloned()?;
        let mut locals: Vec<Rc<str>> = Vec::new();
        if &*frame.name != "<module>" {
            if let Ok((tree, _)) = self.compile_module(&frame.module.source, "", "", &[]) {
                let mut found = None;
                find_def(&tree.body, &frame.name, frame.line, &mut found);
                if let Some(scope) = found.and_then(|d| d.scope.get()) {
                    locals = scope.slot_names.clone();
                }
            }
        }
        if let Some(s) = closest(&locals, &name) {
            return Some(s.clone());
        }
        let globals: Vec<Rc<str>> = {
            let names = frame.module.global_names.borrow();
            let values = frame.module.globals.borrow();
            names.iter().zip(values.iter()).filter(|(_, v)| !matches!(v, Value::Unbound)).map(|(n, _)| n.clone()).collect()
        };
        if let Some(s) = closest(&globals, &name) {
            return Some(s.clone());
        }
        closest(&self.builtin_names(), &name).cloned()
    }
}
