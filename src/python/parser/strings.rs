//! String literals: escape decoding for `str` and `bytes`, and the implicit concatenation of
//! adjacent literals into one constant, or into one f-string when any of them is an f-string.
//!
//! Errors found here are placed where CPython places them: at the token after the literals
//! (the last token its parser had read), except for non-ASCII bytes, at the literal itself.

use super::fstring::Parts;
use super::Parser;
use crate::python::ast::{Constant, Expr, ExprKind, Span};
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::{StrLit, Tok};

/// Whether `c` counts as one byte in CPython's escape-error positions (which it computes on
/// a copy of the literal where every non-ASCII character is spelled `\UXXXXXXXX`).
fn width(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        10
    }
}

impl Parser<'_> {
    /// One or more adjacent string literal tokens, concatenated.
    #[inline(never)]
    pub(super) fn strings(&mut self) -> CompileResult<Expr> {
        let span = self.span();
        let mut lits = Vec::new();
        while let Tok::Str(lit) = *self.tok() {
            let at = self.bump();
            lits.push((lit, at));
        }
        let after = self.span();
        let bytes = lits[0].0.bytes;
        if lits.iter().any(|(lit, _)| lit.bytes != bytes) {
            return Err(self.error_at("cannot mix bytes and nonbytes literals", after));
        }
        let kind = if bytes {
            let mut out = Vec::new();
            for (lit, at) in &lits {
                self.decode_bytes(lit, *at, after, &mut out)?;
            }
            ExprKind::Constant(Constant::Bytes(out.into()))
        } else if lits.iter().all(|(lit, _)| !lit.fmt) {
            let mut out = String::new();
            for (lit, _) in &lits {
                self.decode_str(lit.start, lit.end, lit.raw, after, &mut out)?;
            }
            ExprKind::Constant(Constant::Str(out.into()))
        } else {
            let mut parts = Parts::default();
            for (lit, _) in &lits {
                if lit.fmt {
                    self.fstring(lit, after, &mut parts)?;
                } else {
                    let mut text = String::new();
                    self.decode_str(lit.start, lit.end, lit.raw, after, &mut text)?;
                    parts.text(&text);
                }
            }
            ExprKind::FString(parts.finish())
        };
        Ok(self.node(kind, span))
    }

    /// Appends the value of the `str` literal body `src[start..end]` to `out`.
    pub(super) fn decode_str(
        &mut self,
        start: usize,
        end: usize,
        raw: bool,
        after: Span,
        out: &mut String,
    ) -> CompileResult<()> {
        let body = &self.src[start..end];
        if raw {
            out.extend(body);
            return Ok(());
        }
        let (mut i, mut pos) = (0, 0);
        while i < body.len() {
            let c = body[i];
            i += 1;
            if c != '\\' {
                out.push(c);
                pos += width(c);
                continue;
            }
            let Some(&e) = body.get(i) else {
                out.push('\\');
                break;
            };
            i += 1;
            let digits = match e {
                'x' => 2,
                'u' => 4,
                'U' => 8,
                _ => 0,
            };
            let simple = match e {
                '\n' => Some(None),
                '\\' | '\'' | '"' => Some(Some(e)),
                'a' => Some(Some('\x07')),
                'b' => Some(Some('\x08')),
                'f' => Some(Some('\x0c')),
                'n' => Some(Some('\n')),
                'r' => Some(Some('\r')),
                't' => Some(Some('\t')),
                'v' => Some(Some('\x0b')),
                _ => None,
            };
            if let Some(c) = simple {
                out.extend(c);
                pos += 2;
            } else if e.is_digit(8) {
                let mut value = e.to_digit(8).unwrap_or(0);
                let mut n = 1;
                while n < 3 && body.get(i).is_some_and(|d| d.is_digit(8)) {
                    value = value * 8 + body[i].to_digit(8).unwrap_or(0);
                    (i, n) = (i + 1, n + 1);
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                pos += 1 + n;
            } else if digits > 0 {
                let hex: String = body[i..].iter().take(digits).take_while(|d| d.is_ascii_hexdigit()).collect();
                let consumed = hex.len();
                let value = u32::from_str_radix(&hex, 16).unwrap_or(0);
                let problem = if consumed < digits {
                    Some(format!("truncated \\{e}{} escape", "X".repeat(digits)))
                } else if value > 0x10ffff {
                    Some("illegal Unicode character".to_string())
                } else {
                    None
                };
                if let Some(problem) = problem {
                    let message = format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{}: {problem}",
                        pos + 1 + consumed
                    );
                    return Err(self.error_at(message, after));
                }
                match char::from_u32(value) {
                    Some(c) => out.push(c),
                    None => self.unsupported("a lone surrogate in a string", after),
                }
                i += consumed;
                pos += 2 + consumed;
            } else if e == 'N' {
                let close = body.get(i).filter(|&&c| c == '{').and_then(|_| body[i..].iter().position(|&c| c == '}'));
                let Some(close) = close.filter(|&k| k > 1) else {
                    let read = match (body.get(i), close) {
                        (Some('{'), None) => body[i..].iter().map(|&c| width(c)).sum(),
                        (Some('{'), Some(_)) => 1,
                        _ => 0,
                    };
                    let message = format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{}: malformed \\N character escape",
                        pos + 1 + read
                    );
                    return Err(self.error_at(message, after));
                };
                self.unsupported("\\N{...} escapes", after);
                i += close + 1;
            } else {
                out.push('\\');
                out.push(e);
                pos += 1 + width(e) + if e.is_ascii() { 0 } else { 5 };
            }
        }
        Ok(())
    }

    /// Appends the value of the bytes literal `lit` (at `at`) to `out`.
    fn decode_bytes(&mut self, lit: &StrLit, at: Span, after: Span, out: &mut Vec<u8>) -> CompileResult<()> {
        let body = &self.src[lit.start..lit.end];
        if !body.iter().all(char::is_ascii) {
            return Err(CompileError::syntax("bytes can only contain ASCII literal characters", at));
        }
        let byte = |i: usize| body.get(i).map_or(0, |&c| c as u8);
        let mut i = 0;
        while i < body.len() {
            let c = byte(i);
            i += 1;
            if c != b'\\' || lit.raw || i >= body.len() {
                out.push(c);
                continue;
            }
            let e = byte(i);
            i += 1;
            match e {
                b'\n' => {}
                b'\\' | b'\'' | b'"' => out.push(e),
                b'a' => out.push(7),
                b'b' => out.push(8),
                b'f' => out.push(12),
                b'n' => out.push(b'\n'),
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'v' => out.push(11),
                b'0'..=b'7' => {
                    let mut value = u32::from(e - b'0');
                    for _ in 0..2 {
                        if !(b'0'..=b'7').contains(&byte(i)) {
                            break;
                        }
                        value = value * 8 + u32::from(byte(i) - b'0');
                        i += 1;
                    }
                    out.push(value as u8);
                }
                b'x' => {
                    let hex = |k: usize| char::from(byte(k)).to_digit(16);
                    let (Some(high), Some(low)) = (hex(i), hex(i + 1)) else {
                        let message = format!("(value error) invalid \\x escape at position {}", i - 2);
                        return Err(self.error_at(message, after));
                    };
                    out.push((high * 16 + low) as u8);
                    i += 2;
                }
                _ => out.extend([b'\\', e]),
            }
        }
        Ok(())
    }
}
