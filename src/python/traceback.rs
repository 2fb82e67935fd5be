//! Printing uncaught exceptions the way CPython 3.11 does: chained causes and contexts, the
//! `Traceback (most recent call last):` block with file, line, function, source line and its
//! `^^^` marker line (`carets.rs`), and
//! exception groups drawn as nested boxes (`traceback.TracebackException.format`).

use super::carets::caret_line;
use super::exceptions::{exc_data, TbEntry};
use super::interp::Interp;
use super::types::exception_group::group_parts;
use super::value::Value;

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";
/// CPython's `max_group_width`: sub-exceptions shown per group.
const MAX_GROUP_WIDTH: usize = 15;
/// CPython's `max_group_depth`: nesting shown before eliding.
const MAX_GROUP_DEPTH: usize = 10;

/// Where the printer is inside nested exception-group boxes.
#[derive(Default)]
struct Ctx {
    depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with every line prefixed by the indent and, inside a group, the margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Interp {
    /// The full text CPython's `sys.excepthook` prints for `exc`.
    pub fn format_exception(&self, exc: &Value) -> String {
        let mut out = String::new();
        self.format_tree(exc, &mut Ctx::default(), &mut out);
        out
    }

    /// The chain ending in `exc`, oldest first, each with the message that leads to the next.
    fn chain(&self, exc: &Value) -> Vec<(Option<&'static str>, Value)> {
        let mut out: Vec<(Option<&'static str>, Value)> = Vec::new();
        let mut cur = Some(exc.clone());
        while let Some(e) = cur.take() {
            let next = exc_data(&e).and_then(|d| {
                let d = d.borrow();
                if !d.cause.is_none() {
                    Some((Some(CAUSE), d.cause.clone()))
                } else if !d.context.is_none() && !d.suppress_context {
                    Some((Some(CONTEXT), d.context.clone()))
                } else {
                    None
                }
            });
            match next {
                // A chain that loops back ends where it would repeat, as CPython's `_seen` set does.
                Some((msg, chained)) if !chained.is(&e) && !out.iter().any(|(_, seen)| seen.is(&chained)) => {
                    out.push((msg, e));
                    cur = Some(chained);
                }
                _ => out.push((None, e)),
            }
        }
        out.reverse();
        out
    }

    fn format_tree(&self, exc: &Value, ctx: &mut Ctx, out: &mut String) {
        for (msg, e) in self.chain(exc) {
            if let Some(m) = msg {
                ctx.emit(out, m, '|');
            }
            let stack = self.format_stack(&e);
            match group_parts(self, &e) {
                None => {
                    if !stack.is_empty() {
                        ctx.emit(out, "Traceback (most recent call last):\n", '|');
                        ctx.emit(out, &stack, '|');
                    }
                    ctx.emit(out, &format!("{}\n", self.exception_line(&e)), '|');
                }
                Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                    ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
                }
                Some((_, excs)) => self.format_group(&e, &stack, &excs, ctx, out),
            }
        }
    }

    fn format_group(&self, exc: &Value, stack: &str, excs: &[Value], ctx: &mut Ctx, out: &mut String) {
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !stack.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", margin);
            ctx.emit(out, stack, '|');
        }
        ctx.emit(out, &format!("{}\n", self.exception_line(exc)), '|');
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, sub) in excs.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!(
                "{}{}+---------------- {title} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " }
            ));
            ctx.depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {remaining} more exception{plural}\n"), '|');
            } else {
                self.format_tree(sub, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The `File ..., line ..., in ...` lines (with source) of `exc`'s traceback.
    fn format_stack(&self, exc: &Value) -> String {
        let mut out = String::new();
        let Some(d) = exc_data(exc) else { return out };
        let tb = d.borrow().traceback.clone();
        let mut repeats = 0;
        let mut previous: Option<&TbEntry> = None;
        for e in tb.iter().rev() {
            let same = previous
                .is_some_and(|p| p.line == e.line && p.name == e.name && std::rc::Rc::ptr_eq(&p.module, &e.module));
            previous = Some(e);
            if same {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                flush_repeats(&mut out, repeats);
                repeats = 0;
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.module.filename, e.line, e.name));
            if let Some(src) = e.module.source.lines().nth(e.line.saturating_sub(1) as usize) {
                let shown = src.trim_start();
                if !shown.trim_end().is_empty() {
                    out.push_str(&format!("    {shown}\n"));
                    if let Some(carets) = e.at.and_then(|at| caret_line(src, at)) {
                        out.push_str(&carets);
                        out.push('\n');
                    }
                }
            }
        }
        flush_repeats(&mut out, repeats);
        out
    }

    /// The last line: `Type: message` (with the module for non-builtin classes), and the
    /// "Did you mean" hint for a misspelt name.
    pub fn exception_line(&self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        let name = match &*cls.module {
            "builtins" | "__main__" => cls.qualname.to_string(),
            m => format!("{}.{}", m, cls.qualname),
        };
        let line = match self.to_str(exc) {
            Ok(msg) if !msg.is_empty() => format!("{name}: {msg}"),
            _ => name,
        };
        match self.suggestion(exc) {
            Some(s) => format!("{line}. Did you mean: '{s}'?"),
            None => line,
        }
    }
}

/// CPython prints three identical frames in a row, then says how many more it skipped.
fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        let s = if n == 1 { "" } else { "s" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}
