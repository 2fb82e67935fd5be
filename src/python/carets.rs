//! The marker line CPython 3.11 prints under a traceback's source line, pointing at the part
//! of the line the frame was running (`Python/traceback.c`):
//!
//! ```text
//!     total = prices["apple"] * count
//!             ~~~~~~^^^^^^^^^
//! ```
//!
//! The part is `^`-marked, unless it is a binary operation or a subscript: then the operator
//! or the brackets get `^` and the operands `~`. Nothing is marked when the part is the whole
//! line and not such an operation. A part running past its first line is marked to that
//! line's end. These are the rules of CPython's C printer (`Python/traceback.c`), which prints
//! uncaught exceptions; `Lib/traceback.py` differs in small ways (it skips only one `)` before
//! an operator, for one).

use super::ast::{ExprKind, SourceRange, StmtKind};
use super::parser::parse;

/// The marker line (without its newline) for the part `at` of the source line `line`, or
/// `None` when CPython prints none.
pub fn caret_line(line: &str, at: SourceRange) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let shown = line.trim_start().chars().count();
    let leading = chars.len() - shown;
    let start = (at.start.col as usize).checked_sub(1)?.min(chars.len());
    let end = if at.end.line == at.start.line {
        (at.end.col as usize).saturating_sub(1).clamp(start, chars.len())
    } else {
        line.trim_end().chars().count().max(start)
    };
    let segment: String = chars[start..end].iter().collect();
    let anchors = (at.end.line == at.start.line).then(|| anchors(&segment)).flatten();
    let partial = end - start < shown;
    if !partial && !anchors.is_some_and(|(left, right)| right > left) {
        return None;
    }
    let width = |from: usize, to: usize| chars[from..to].iter().map(|&c| display_width(c)).sum::<usize>();
    let mut out = " ".repeat(4 + width(leading.min(start), start));
    match anchors {
        Some((left, right)) => {
            let (left, right) = (start + left.min(end - start), start + right.min(end - start));
            out.push_str(&"~".repeat(width(start, left)));
            out.push_str(&"^".repeat(width(left, right)));
            out.push_str(&"~".repeat(width(right, end)));
        }
        None => out.push_str(&"^".repeat(width(start, end))),
    }
    Some(out)
}

/// Where the `^` part of `segment` starts and ends (character offsets) when the segment, read
/// as Python on its own, is one binary operation or one subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = parse(segment).ok()?;
    let [statement] = module.body.as_slice() else { return None };
    let StmtKind::Expr(expr) = &statement.kind else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let offset = |col: u32| (col as usize).saturating_sub(1);
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            // The operator: the first character between the operands that is not blank and
            // not a closing parenthesis, and the next one too when it is not blank (`//`).
            let (from, to) = (offset(left.end.col), offset(right.span.col).min(chars.len()));
            let mut found = None;
            for i in from..to {
                if is_blank(chars[i]) {
                    continue;
                }
                let two = i + 1 < to && !is_blank(chars[i + 1]);
                found = Some((i, i + 1 + usize::from(two)));
                if !(i + 1 < to && chars[i] == ')') {
                    break;
                }
            }
            found
        }
        ExprKind::Subscript { value, index } => {
            let mut left_anchor = offset(value.end.col);
            let mut right_anchor = offset(index.end.col) + 1;
            while chars.get(left_anchor).is_some_and(|&c| c != '[') {
                left_anchor += 1;
            }
            while chars.get(right_anchor).is_some_and(|&c| c != ']') {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}

/// The blanks CPython's traceback printer skips between an operator and its operands.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// Columns a character takes in a terminal: 2 for East Asian wide and full-width characters
/// and emoji (the common blocks of Unicode's `W` and `F` classes), else 1.
fn display_width(c: char) -> usize {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F680..=0x1F6FF | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}
