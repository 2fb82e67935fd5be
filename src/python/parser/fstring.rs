//! f-strings, parsed as CPython 3.11 parses them (`Parser/string_parser.c`): the literal
//! text between fields, `{{`/`}}`, and each field `{expression[=][!conv][:spec]}` whose format
//! spec may hold fields of its own, one level deep. The expression is lexed in place (as if
//! written in parentheses) and parsed by a parser of its own; its errors get CPython's
//! `f-string: ` prefix and a column counted from the field's `{`.

use super::Parser;
use crate::python::ast::{Expr, FStringPart, Span};
use crate::python::error::{CompileErrorKind, CompileResult};
use crate::python::lexer;
use crate::python::token::{StrLit, Tok};

/// f-string pieces under construction: adjacent literal text is merged.
#[derive(Default)]
pub(super) struct Parts {
    parts: Vec<FStringPart>,
    text: String,
}

impl Parts {
    /// Appends literal text.
    pub(super) fn text(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn field(&mut self, field: FStringPart) {
        self.flush();
        self.parts.push(field);
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.parts.push(FStringPart::Literal(std::mem::take(&mut self.text).into()));
        }
    }

    /// The pieces in order.
    pub(super) fn finish(mut self) -> Vec<FStringPart> {
        self.flush();
        self.parts
    }
}

/// A position in an f-string's body that also knows its line and column.
struct Cursor {
    i: usize,
    end: usize,
    line: u32,
    col: u32,
}

/// The whitespace CPython skips after `=` in a field.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

impl Parser<'_> {
    /// Parses the f-string literal `lit` into `parts`; errors go to `after`.
    pub(super) fn fstring(&mut self, lit: &StrLit, after: Span, parts: &mut Parts) -> CompileResult<()> {
        let mut at = Cursor { i: lit.start, end: lit.end, line: lit.body.line, col: lit.body.col };
        self.fstring_parts(&mut at, lit.raw, 0, after, parts)
    }

    /// Moves `at` forward to index `to`, keeping its line and column.
    fn seek(&self, at: &mut Cursor, to: usize) {
        while at.i < to {
            if self.src[at.i] == '\n' {
                (at.line, at.col) = (at.line + 1, 1);
            } else {
                at.col += 1;
            }
            at.i += 1;
        }
    }

    /// The character at `i` if it is inside the body.
    fn body_char(&self, at: &Cursor, i: usize) -> Option<char> {
        (i < at.end).then(|| self.src[i])
    }

    /// Literal text and fields up to the end of the body (`level` 0) or up to the `}` that
    /// ends a format spec (`level` 1 or 2).
    fn fstring_parts(
        &mut self,
        at: &mut Cursor,
        raw: bool,
        level: u8,
        after: Span,
        parts: &mut Parts,
    ) -> CompileResult<()> {
        loop {
            let start = at.i;
            let mut s = at.i;
            let mut resume = None;
            while s < at.end {
                let mut ch = self.src[s];
                s += 1;
                if !raw && ch == '\\' && s < at.end {
                    ch = self.src[s];
                    s += 1;
                    if ch == 'N' {
                        if self.body_char(at, s) == Some('{') {
                            s += 1;
                            while s < at.end && self.src[s] != '}' {
                                s += 1;
                            }
                            s = (s + 1).min(at.end);
                        } else if s < at.end {
                            s += 1;
                        }
                        continue;
                    }
                }
                if ch == '{' || ch == '}' {
                    if level == 0 {
                        if self.body_char(at, s) == Some(ch) {
                            resume = Some(s + 1);
                            break;
                        }
                        if ch == '}' {
                            return Err(self.error_at("f-string: single '}' is not allowed", after));
                        }
                    }
                    s -= 1;
                    break;
                }
            }
            let mut text = String::new();
            self.decode_str(start, s, raw, after, &mut text)?;
            parts.text(&text);
            if let Some(next) = resume {
                self.seek(at, next);
                continue;
            }
            self.seek(at, s);
            if at.i >= at.end || self.src[at.i] == '}' {
                break;
            }
            let field = self.field(at, raw, level, after)?;
            parts.field(field);
        }
        if level > 0 && self.body_char(at, at.i) != Some('}') {
            return Err(self.error_at("f-string: expecting '}'", after));
        }
        Ok(())
    }

    /// One `{...}` field, with `at` on its `{`.
    fn field(&mut self, at: &mut Cursor, raw: bool, level: u8, after: Span) -> CompileResult<FStringPart> {
        let expecting = "f-string: expecting '}'";
        if level >= 2 {
            return Err(self.error_at("f-string: expressions nested too deeply", after));
        }
        let open = Span::new(at.line, at.col);
        let expr_start = at.i + 1;
        let mut s = expr_start;
        let mut quote: Option<(char, usize)> = None;
        let mut brackets = Vec::new();
        while s < at.end {
            let ch = self.src[s];
            if ch == '\\' {
                return Err(self.error_at("f-string expression part cannot include a backslash", after));
            }
            if let Some((q, n)) = quote {
                if ch == q && (n == 1 || (self.body_char(at, s + 1) == Some(q) && self.body_char(at, s + 2) == Some(q)))
                {
                    s += n - 1;
                    quote = None;
                }
            } else if ch == '\'' || ch == '"' {
                let triple = self.body_char(at, s + 1) == Some(ch) && self.body_char(at, s + 2) == Some(ch);
                quote = Some((ch, if triple { 3 } else { 1 }));
                if triple {
                    s += 2;
                }
            } else if matches!(ch, '[' | '{' | '(') {
                if brackets.len() >= 200 {
                    return Err(self.error_at("f-string: too many nested parenthesis", after));
                }
                brackets.push(ch);
            } else if ch == '#' {
                return Err(self.error_at("f-string expression part cannot include '#'", after));
            } else if brackets.is_empty() && matches!(ch, '!' | ':' | '}' | '=' | '<' | '>') {
                let next = self.body_char(at, s + 1);
                if next == Some('=') && matches!(ch, '!' | '=' | '<' | '>') {
                    s += 2;
                    continue;
                }
                if ch != '<' && ch != '>' {
                    break;
                }
            } else if matches!(ch, ']' | '}' | ')') {
                let Some(opening) = brackets.pop() else {
                    return Err(self.error_at(format!("f-string: unmatched '{ch}'"), after));
                };
                if !matches!((opening, ch), ('(', ')') | ('[', ']') | ('{', '}')) {
                    let message =
                        format!("f-string: closing parenthesis '{ch}' does not match opening parenthesis '{opening}'");
                    return Err(self.error_at(message, after));
                }
            }
            s += 1;
        }
        if quote.is_some() {
            return Err(self.error_at("f-string: unterminated string", after));
        }
        if let Some(opening) = brackets.last() {
            return Err(self.error_at(format!("f-string: unmatched '{opening}'"), after));
        }
        if s >= at.end {
            return Err(self.error_at(expecting, after));
        }
        let value = self.field_expression(expr_start, s, open, after)?;
        let mut debug_text = None;
        if self.src[s] == '=' {
            s += 1;
            while s < at.end && is_space(self.src[s]) {
                s += 1;
            }
            if s >= at.end {
                return Err(self.error_at(expecting, after));
            }
            debug_text = Some(self.src[expr_start..s].iter().collect::<String>().into());
        }
        let mut conversion = None;
        if self.src[s] == '!' {
            let Some(c) = self.body_char(at, s + 1) else { return Err(self.error_at(expecting, after)) };
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.error_at("f-string: invalid conversion character: expected 's', 'r', or 'a'", after));
            }
            conversion = Some(c);
            s += 2;
        }
        let mut spec = Parts::default();
        if self.body_char(at, s) == Some(':') {
            if s + 1 >= at.end {
                return Err(self.error_at(expecting, after));
            }
            self.seek(at, s + 1);
            self.fstring_parts(at, raw, level + 1, after, &mut spec)?;
            s = at.i;
        }
        if self.body_char(at, s) != Some('}') {
            return Err(self.error_at(expecting, after));
        }
        self.seek(at, s + 1);
        let spec = spec.finish();
        if debug_text.is_some() && conversion.is_none() && spec.is_empty() {
            conversion = Some('r');
        }
        Ok(FStringPart::Field { value, conversion, spec, debug_text })
    }

    /// Parses the field expression `src[start..end]`, whose `{` is at `open`.
    fn field_expression(&mut self, start: usize, end: usize, open: Span, after: Span) -> CompileResult<Expr> {
        if self.src[start..end].iter().all(|&c| matches!(c, ' ' | '\t' | '\n' | '\x0c')) {
            let message = match self.src[end] {
                c @ ('!' | ':' | '=') => format!("f-string: expression required before '{c}'"),
                _ => "f-string: empty expression not allowed".to_string(),
            };
            return Err(self.error_at(message, after));
        }
        let lexed = lexer::tokenize_fstring_expr(self.src, start, end, open);
        let mut sub = Parser::new(self.src, lexed, self.depth);
        let result = sub
            .star_expressions()
            .and_then(|e| match sub.tok() {
                Tok::Newline => Ok(e),
                _ => Err(sub.invalid()),
            })
            .map_err(|e| sub.settle(e));
        if let Some(e) = sub.unsupported.take() {
            self.unsupported.get_or_insert(e);
        }
        result.map_err(|mut e| {
            let from_lexer = sub.lex_error.as_ref() == Some(&e);
            if e.span.line == open.line {
                e.span.col = (e.span.col + 1).saturating_sub(open.col).max(1);
            }
            if e.kind != CompileErrorKind::NotSupported && !from_lexer {
                e.message = format!("f-string: {}", e.message);
            }
            e
        })
    }
}
