//! Printing uncaught exceptions the way CPython 3.11 does: chained causes and contexts, the
//! `Traceback (most recent call last):` block with file, line, function and source line.

use super::exceptions::exc_data;
use super::interp::Interp;
use super::value::Value;

impl Interp {
    /// The full text CPython's `sys.excepthook` prints for `exc`.
    pub fn format_exception(&self, exc: &Value) -> String {
        let mut out = String::new();
        self.format_chain(exc, &mut out, 0);
        out
    }

    fn format_chain(&self, exc: &Value, out: &mut String, depth: usize) {
        if depth > 50 {
            return;
        }
        if let Some(d) = exc_data(exc) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if !cause.is_none() {
                self.format_chain(&cause, out, depth + 1);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if !context.is_none() && !suppress && !context.is(exc) {
                self.format_chain(&context, out, depth + 1);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
            let tb = d.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                let mut repeats = 0;
                let mut previous: Option<&super::exceptions::TbEntry> = None;
                for e in tb.iter().rev() {
                    let same = previous.is_some_and(|p| {
                        p.line == e.line && p.name == e.name && std::rc::Rc::ptr_eq(&p.module, &e.module)
                    });
                    previous = Some(e);
                    if same {
                        repeats += 1;
                        if repeats >= 3 {
                            continue;
                        }
                    } else {
                        flush_repeats(out, repeats);
                        repeats = 0;
                    }
                    out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.module.filename, e.line, e.name));
                    if let Some(src) = e.module.source.lines().nth(e.line.saturating_sub(1) as usize) {
                        let src = src.trim();
                        if !src.is_empty() {
                            out.push_str(&format!("    {src}\n"));
                        }
                    }
                }
                flush_repeats(out, repeats);
            }
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
    }

    /// The last line: `Type: message` (with the module for non-builtin classes).
    pub fn exception_line(&self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        let name = match &*cls.module {
            "builtins" | "__main__" => cls.qualname.to_string(),
            m => format!("{}.{}", m, cls.qualname),
        };
        match self.to_str(exc) {
            Ok(msg) if !msg.is_empty() => format!("{name}: {msg}"),
            _ => name,
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
