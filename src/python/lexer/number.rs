//! Numeric literals: decimal, hexadecimal, octal and binary ints with underscores, floats
//! with fractions and exponents, and imaginary literals, with CPython's error messages.

use super::{is_name_char, Lexer};
use crate::python::ast::Constant;
use crate::python::error::{CompileError, CompileResult};
use crate::python::token::Tok;
use num_bigint::BigUint;

impl Lexer<'_> {
    /// A number starting at `start` (a digit, or a `.` before a digit).
    pub(super) fn number(&mut self, start: usize) -> CompileResult<()> {
        let prefix = self.at(start + 1).to_ascii_lowercase();
        let value = if self.at(start) == '0' && matches!(prefix, 'x' | 'o' | 'b') {
            self.radix_int(start, prefix)?
        } else {
            self.decimal(start)?
        };
        self.push_from(Tok::Number(value), start);
        Ok(())
    }

    /// A syntax error pointing at the last character read (the cursor is past it).
    fn error_before(&self, message: impl Into<String>) -> CompileError {
        self.error_at(self.pos - 1, message)
    }

    fn radix_int(&mut self, start: usize, prefix: char) -> CompileResult<Constant> {
        let (radix, kind) = match prefix {
            'x' => (16, "hexadecimal"),
            'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        self.pos = start + 2;
        loop {
            if self.at(self.pos) == '_' {
                self.pos += 1;
            }
            if !self.at(self.pos).is_digit(radix) {
                self.bad_digit(kind)?;
                return Err(self.error_before(format!("invalid {kind} literal")));
            }
            while self.at(self.pos).is_digit(radix) {
                self.pos += 1;
            }
            if self.at(self.pos) != '_' {
                break;
            }
        }
        self.bad_digit(kind)?;
        self.end_of_number(kind)?;
        Ok(int_constant(&self.literal_text(start + 2), radix))
    }

    /// A decimal digit where an octal or binary digit was expected.
    fn bad_digit(&self, kind: &str) -> CompileResult<()> {
        let c = self.at(self.pos);
        if c.is_ascii_digit() {
            return Err(self.error_at(self.pos, format!("invalid digit '{c}' in {kind} literal")));
        }
        Ok(())
    }

    /// Digits with single underscores between them, starting at a digit.
    fn decimal_tail(&mut self) -> CompileResult<()> {
        loop {
            while self.at(self.pos).is_ascii_digit() {
                self.pos += 1;
            }
            if self.at(self.pos) != '_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.at(self.pos).is_ascii_digit() {
                return Err(self.error_before("invalid decimal literal"));
            }
        }
    }

    fn decimal(&mut self, start: usize) -> CompileResult<Constant> {
        self.pos = start;
        if self.at(start) == '0' {
            self.pos += 1;
            loop {
                if self.at(self.pos) == '_' {
                    self.pos += 1;
                    if !self.at(self.pos).is_ascii_digit() {
                        return Err(self.error_before("invalid decimal literal"));
                    }
                }
                if self.at(self.pos) != '0' {
                    break;
                }
                self.pos += 1;
            }
            if self.at(self.pos).is_ascii_digit() {
                self.decimal_tail()?;
                if !matches!(self.at(self.pos), '.' | 'e' | 'E' | 'j' | 'J') {
                    return Err(CompileError::syntax(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        self.span_of(start),
                    ));
                }
            }
        } else if self.at(start) != '.' {
            self.decimal_tail()?;
        }
        let mut float = false;
        if self.at(self.pos) == '.' {
            self.pos += 1;
            float = true;
            if self.at(self.pos).is_ascii_digit() {
                self.decimal_tail()?;
            }
        }
        if matches!(self.at(self.pos), 'e' | 'E') {
            let e = self.pos;
            self.pos += 1;
            if matches!(self.at(self.pos), '+' | '-') {
                self.pos += 1;
                if !self.at(self.pos).is_ascii_digit() {
                    return Err(self.error_before("invalid decimal literal"));
                }
            } else if !self.at(self.pos).is_ascii_digit() {
                self.pos = e;
                self.end_of_number("decimal")?;
                return Ok(self.decimal_constant(start, float));
            }
            self.decimal_tail()?;
            float = true;
        }
        if matches!(self.at(self.pos), 'j' | 'J') {
            let value = float_value(&self.literal_text(start));
            self.pos += 1;
            self.end_of_number("imaginary")?;
            return Ok(Constant::Imaginary(value));
        }
        self.end_of_number("decimal")?;
        Ok(self.decimal_constant(start, float))
    }

    /// `src[start..pos]` without underscores.
    fn literal_text(&self, start: usize) -> String {
        self.src[start..self.pos].iter().filter(|&&c| c != '_').collect()
    }

    /// The value of `src[start..pos]`, a decimal int or float literal.
    fn decimal_constant(&self, start: usize, float: bool) -> Constant {
        let text = self.literal_text(start);
        if float {
            Constant::Float(float_value(&text))
        } else {
            int_constant(&text, 10)
        }
    }

    /// A number must not run into a name, except into the keywords that may follow a number
    /// in valid code (`1if x else 2`), which CPython 3.11 only warns about.
    fn end_of_number(&self, kind: &str) -> CompileResult<()> {
        let after = self.pos + 1;
        let rest = |word: &str| {
            word.chars().enumerate().all(|(k, ch)| self.at(after + k) == ch)
                && !is_name_char(self.at(after + word.len()))
        };
        let c = self.at(self.pos);
        let keyword = match c {
            'a' => rest("nd"),
            'e' => rest("lse"),
            'f' => rest("or"),
            'i' => matches!(self.at(after), 'f' | 'n' | 's'),
            'o' => rest("r"),
            'n' => rest("ot"),
            _ => false,
        };
        if !keyword && (c.is_ascii_alphanumeric() || c == '_') {
            return Err(self.error_before(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

/// An int literal's digits (no underscores) in `radix`, as an `Int` or, when too large, a
/// `BigInt` of decimal digits.
fn int_constant(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Constant::Int(v),
        Err(_) => {
            let big = BigUint::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
            Constant::BigInt(big.to_string().into())
        }
    }
}

/// A float literal's value (the lexer has checked its syntax, which Rust's parser accepts).
fn float_value(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}
