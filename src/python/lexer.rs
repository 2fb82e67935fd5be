//! The lexer: source characters to tokens, following CPython 3.11's tokenizer.
//!
//! It produces INDENT/DEDENT from a stack of indentation columns (with CPython's tab checks),
//! NEWLINE only at the end of a non-blank logical line outside brackets, joins lines inside
//! brackets and after a backslash, and skips comments. String literals are delimited here but
//! decoded by the parser. The lexer stops at its first error: the token list then ends with a
//! `Tok::Error` token and `Lexed::error` holds the error, worded and placed as CPython does.

mod number;

use super::ast::Span;
use super::error::{CompileError, CompileResult};
use super::token::{Kw, Op, StrLit, Tok, Token};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// Deepest bracket nesting CPython's tokenizer accepts.
const MAX_LEVEL: usize = 200;
/// Most indentation levels CPython's tokenizer accepts.
const MAX_INDENT: usize = 100;

/// The lexer's output: tokens up to the end of input or up to the first error.
#[derive(Debug)]
pub struct Lexed {
    /// The tokens; the last is `EndMarker`, or `Error` when `error` is set.
    pub tokens: Vec<Token>,
    /// The error the lexer stopped at.
    pub error: Option<CompileError>,
    /// How `error` ranks against a parser error found before it.
    pub rank: Rank,
}

/// How a lexer error ranks against a syntax error the parser finds earlier in the file.
/// After a parser error CPython tokenizes the rest of the file, and the tokenizer errors
/// that raise an exception on the spot replace the parser's error; the others only count
/// when the parser reaches them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rank {
    /// Replaces an earlier parser error (bad characters, numbers, strings and brackets).
    Overrides,
    /// Counts only when the parser reaches it (indentation, `\` misuse).
    WhenReached,
    /// "'(' was never closed" at the end of input: replaces an earlier parser error only
    /// when the bracket opened on an earlier line than the parser had read to.
    UnclosedAtEof,
}

/// Prepares source text for the lexer as CPython does: a leading byte-order mark is dropped,
/// `\r\n` and `\r` become `\n`, and a non-empty text gets a final newline.
pub fn normalize(source: &str) -> Vec<char> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut chars = Vec::with_capacity(source.len() + 1);
    let mut it = source.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' {
            it.next_if_eq(&'\n');
            chars.push('\n');
        } else {
            chars.push(c);
        }
    }
    if chars.last().is_some_and(|&c| c != '\n') {
        chars.push('\n');
    }
    chars
}

/// Tokenizes a whole module (`src` as returned by [`normalize`]).
pub fn tokenize(src: &[char]) -> Lexed {
    if let Some(nul) = src.iter().position(|&c| c == '\0') {
        let line = 1 + src[..nul].iter().filter(|&&c| c == '\n').count();
        let col = nul - src[..nul].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1) + 1;
        let at = Span::new(line as u32, col as u32);
        let error = CompileError::syntax("source code cannot contain null bytes", at);
        let tokens = vec![Token { kind: Tok::Error, span: at, end: at, level: 0 }];
        return Lexed { tokens, error: Some(error), rank: Rank::Overrides };
    }
    Lexer::new(src, 0, src.len(), Span::new(1, 1), false).run()
}

/// Tokenizes the expression `src[start..end]` of an f-string field as CPython 3.11 does: as
/// if written `(expression)`, with the `(` at `open` (the field's `{`, just before `start`)
/// and the `)` at `end`.
pub fn tokenize_fstring_expr(src: &[char], start: usize, end: usize, open: Span) -> Lexed {
    let mut lexer = Lexer::new(src, start, end, Span::new(open.line, open.col + 1), true);
    lexer.brackets.push(('(', open));
    lexer.push(Tok::Op(Op::LPar), open, Span::new(open.line, open.col + 1));
    lexer.run()
}

/// A character that may start an identifier (any non-ASCII character is checked later).
fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || !c.is_ascii()
}

/// A character that may continue an identifier (any non-ASCII character is checked later).
fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

/// Whether CPython would print `c` (`str.isprintable`), approximately.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{e000}'..='\u{f8ff}' | '\u{fff9}'..='\u{fffb}'))
}

/// FNV-1a: a fast hash for short identifiers (no defence against crafted collisions is
/// needed for one program's names).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The keyword spelled by `chars`, if any.
fn keyword(chars: &[char]) -> Option<Kw> {
    let mut text = [0u8; 8];
    if chars.len() > text.len() || !chars.iter().all(char::is_ascii_alphabetic) {
        return None;
    }
    for (byte, &c) in text.iter_mut().zip(chars) {
        *byte = c as u8;
    }
    Kw::from_text(std::str::from_utf8(&text[..chars.len()]).ok()?)
}

/// Whether `c` may appear at index `i` of an identifier (Unicode XID, approximately).
fn is_identifier_char(c: char, i: usize) -> bool {
    c == '_' || c.is_alphabetic() || (i > 0 && (c.is_numeric() || ('\u{300}'..='\u{36f}').contains(&c)))
}

struct Lexer<'a> {
    src: &'a [char],
    pos: usize,
    end: usize,
    line: u32,
    /// Index of the current line's first character (may be virtual for f-string fields).
    line_start: isize,
    tokens: Vec<Token>,
    /// (column with tabs to 8, column with tabs to 1) of each open indentation level.
    indents: Vec<(u32, u32)>,
    brackets: Vec<(char, Span)>,
    at_bol: bool,
    /// The current line holds only blanks and maybe a comment.
    blank: bool,
    /// Where the last newline character was (end-of-input tokens go there).
    last_newline: Span,
    fstring: bool,
    rank: Rank,
    /// Identifiers seen so far, so that each is allocated once.
    names: HashMap<Box<[char]>, Rc<str>, BuildHasherDefault<Fnv>>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a [char], start: usize, end: usize, at: Span, fstring: bool) -> Self {
        Lexer {
            src,
            pos: start,
            end,
            line: at.line,
            line_start: start as isize - at.col as isize,
            tokens: Vec::with_capacity((end - start) / 3 + 4),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_bol: !fstring,
            blank: false,
            last_newline: Span::new(1, 1),
            fstring,
            rank: Rank::Overrides,
            names: HashMap::default(),
        }
    }

    fn run(mut self) -> Lexed {
        let error = self.lex_all().err();
        if let Some(e) = &error {
            self.push(Tok::Error, e.span, e.span);
        }
        Lexed { tokens: self.tokens, error, rank: self.rank }
    }

    /// The character at `i`, or `'\0'` past the end.
    fn at(&self, i: usize) -> char {
        if i < self.end {
            self.src[i]
        } else {
            '\0'
        }
    }

    /// Line and column of index `i` on the current line.
    fn span_of(&self, i: usize) -> Span {
        Span::new(self.line, (i as isize - self.line_start) as u32)
    }

    fn push(&mut self, kind: Tok, span: Span, end: Span) {
        let level = self.brackets.len() as u16;
        self.tokens.push(Token { kind, span, end, level });
    }

    /// Pushes a token that started at `start` and ends at the current position.
    fn push_from(&mut self, kind: Tok, start: usize) {
        let (span, end) = (self.span_of(start), self.span_of(self.pos));
        self.push(kind, span, end);
    }

    /// A syntax error pointing at the character at index `i` of the current line.
    fn error_at(&self, i: usize, message: impl Into<String>) -> CompileError {
        CompileError::syntax(message, self.span_of(i))
    }

    fn lex_all(&mut self) -> CompileResult<()> {
        loop {
            if self.at_bol {
                self.at_bol = false;
                self.indentation()?;
            }
            while matches!(self.at(self.pos), ' ' | '\t' | '\x0c') {
                self.pos += 1;
            }
            let start = self.pos;
            if start >= self.end {
                return self.end_of_input();
            }
            match self.src[start] {
                '#' => {
                    while self.at(self.pos) != '\n' && self.pos < self.end {
                        self.pos += 1;
                    }
                    self.newline(start);
                }
                '\n' => self.newline(start),
                '\\' => self.continuation()?,
                '"' | '\'' => self.string(start, StrLit::plain())?,
                c if c.is_ascii_digit() || (c == '.' && self.at(start + 1).is_ascii_digit()) => self.number(start)?,
                c if is_name_start(c) => self.name_or_string(start)?,
                _ => self.operator(start)?,
            }
        }
    }

    /// At a newline character (or at the end of a comment before one).
    fn newline(&mut self, start: usize) {
        let at = self.span_of(self.pos);
        if !self.blank && self.brackets.is_empty() && self.pos < self.end {
            self.push(Tok::Newline, self.span_of(start), at);
        }
        self.last_newline = at;
        self.pos += 1;
        self.line += 1;
        self.line_start = self.pos as isize - 1;
        self.at_bol = true;
    }

    /// At a backslash: it must end the line, and the line must not be the last.
    fn continuation(&mut self) -> CompileResult<()> {
        let backslash = self.pos;
        self.rank = Rank::WhenReached;
        if self.at(backslash + 1) != '\n' {
            return Err(self.error_at(backslash + 1, "unexpected character after line continuation character"));
        }
        if backslash + 2 >= self.end {
            self.pos = self.end;
            if let Some(e) = self.unclosed() {
                return Err(e);
            }
            return Err(self.error_at(backslash + 1, "unexpected EOF while parsing"));
        }
        self.pos = backslash + 2;
        self.line += 1;
        self.line_start = self.pos as isize - 1;
        self.rank = Rank::Overrides;
        Ok(())
    }

    /// At the start of a line: measures the indentation and emits INDENT/DEDENT tokens.
    fn indentation(&mut self) -> CompileResult<()> {
        let (mut col, mut alt, mut cont) = (0u32, 0u32, None);
        loop {
            match self.at(self.pos) {
                ' ' => (col, alt) = (col + 1, alt + 1),
                '\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                '\x0c' => (col, alt) = (0, 0),
                '\\' => {
                    cont.get_or_insert(col);
                    self.continuation()?;
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.at(self.pos);
        self.blank = self.pos < self.end && (c == '#' || c == '\n');
        if self.blank || !self.brackets.is_empty() {
            return Ok(());
        }
        let (col, alt) = cont.map_or((col, alt), |c| (c, c));
        self.rank = Rank::WhenReached;
        // CPython places INDENT/DEDENT where its cursor is: after the indentation, or past
        // the last newline at the end of input (the parser reports them one column back).
        let at = self.last_newline;
        let span = if self.pos < self.end { self.span_of(self.pos) } else { Span::new(at.line, at.col + 1) };
        let line_col1 = Span::new(self.line, 1);
        let (top, top_alt) = self.indents[self.indents.len() - 1];
        if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(CompileError::indentation("too many levels of indentation", line_col1));
            }
            if alt <= top_alt {
                return Err(CompileError::tab(line_col1));
            }
            self.indents.push((col, alt));
            self.push(Tok::Indent, span, span);
            self.rank = Rank::Overrides;
            return Ok(());
        }
        let keep = self.indents.iter().take_while(|&&(c, _)| c <= col).count();
        let (kept, kept_alt) = self.indents[keep - 1];
        if kept != col {
            let len = self.src[self.pos..self.end].iter().take_while(|&&c| c != '\n').count();
            let end = self.span_of(self.pos + len);
            return Err(CompileError::indentation("unindent does not match any outer indentation level", end));
        }
        if alt != kept_alt {
            return Err(CompileError::tab(line_col1));
        }
        for _ in keep..self.indents.len() {
            self.push(Tok::Dedent, span, span);
        }
        self.indents.truncate(keep);
        self.rank = Rank::Overrides;
        Ok(())
    }

    /// The error for brackets still open at the end of input, if any.
    fn unclosed(&mut self) -> Option<CompileError> {
        let skip = usize::from(self.fstring);
        let &(c, at) = self.brackets.get(skip..)?.last()?;
        self.rank = Rank::UnclosedAtEof;
        Some(CompileError::syntax(format!("'{c}' was never closed"), at))
    }

    fn end_of_input(&mut self) -> CompileResult<()> {
        if let Some(e) = self.unclosed() {
            return Err(e);
        }
        if self.fstring {
            let at = self.span_of(self.end);
            self.brackets.clear();
            self.push(Tok::Op(Op::RPar), at, Span::new(at.line, at.col + 1));
            self.push(Tok::Newline, at, at);
            self.push(Tok::EndMarker, at, at);
        } else {
            let at = self.last_newline;
            self.push(Tok::EndMarker, at, at);
        }
        Ok(())
    }

    /// An identifier or keyword, or a string literal with a prefix.
    fn name_or_string(&mut self, start: usize) -> CompileResult<()> {
        let (mut lit, mut u) = (StrLit::plain(), false);
        let mut i = start;
        loop {
            match self.at(i).to_ascii_lowercase() {
                'b' if !(lit.bytes || u || lit.fmt) => lit.bytes = true,
                'u' if !(lit.bytes || u || lit.raw || lit.fmt) => u = true,
                'r' if !(lit.raw || u) => lit.raw = true,
                'f' if !(lit.fmt || lit.bytes || u) => lit.fmt = true,
                _ => break,
            }
            i += 1;
            if matches!(self.at(i), '"' | '\'') {
                self.pos = i;
                return self.string(start, lit);
            }
        }
        let mut stop = start;
        while stop < self.end && is_name_char(self.src[stop]) {
            stop += 1;
        }
        let chars = &self.src[start..stop];
        if let Some(bad) = chars.iter().enumerate().position(|(i, &c)| !c.is_ascii() && !is_identifier_char(c, i)) {
            let c = chars[bad];
            let message = if is_printable(c) {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            return Err(self.error_at(start + bad, message));
        }
        self.pos = stop;
        let kind = match keyword(chars) {
            Some(kw) => Tok::Kw(kw),
            None => Tok::Name(self.intern(chars)),
        };
        self.push_from(kind, start);
        Ok(())
    }

    /// The shared string for the identifier `chars`.
    fn intern(&mut self, chars: &[char]) -> Rc<str> {
        if let Some(name) = self.names.get(chars) {
            return name.clone();
        }
        let name: Rc<str> = chars.iter().collect::<String>().into();
        self.names.insert(chars.into(), name.clone());
        name
    }

    /// A string literal starting at `start` (its prefix, if any) with its quote at `self.pos`.
    fn string(&mut self, start: usize, mut lit: StrLit) -> CompileResult<()> {
        let quote = self.src[self.pos];
        let (first_line, span) = (self.line, self.span_of(start));
        let triple = self.at(self.pos + 1) == quote && self.at(self.pos + 2) == quote;
        let quote_len = if triple { 3 } else { 1 };
        let mut i = self.pos + quote_len;
        lit.start = i;
        lit.body = self.span_of(i);
        let mut closing = 0;
        while closing < quote_len {
            if i >= self.end || (quote_len == 1 && self.src[i] == '\n') {
                let detected = if i >= self.end { self.line - 1 } else { self.line };
                let what =
                    if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
                return Err(CompileError::syntax(format!("{what} (detected at line {detected})"), span));
            }
            let mut c = self.src[i];
            i += 1;
            if c == quote {
                closing += 1;
                continue;
            }
            closing = 0;
            if c == '\\' && i < self.end {
                c = self.src[i];
                i += 1;
            }
            if c == '\n' {
                self.line += 1;
                self.line_start = i as isize - 1;
            }
        }
        lit.end = i - quote_len;
        self.pos = i;
        let end = self.span_of(i);
        self.push(Tok::Str(lit), Span::new(first_line, span.col), end);
        Ok(())
    }

    /// An operator or bracket, or an invalid character.
    fn operator(&mut self, start: usize) -> CompileResult<()> {
        let c = self.src[start];
        let Some((op, len)) = Op::lex(&self.src[start..self.end]) else {
            return Err(self.error_at(start, format!("invalid non-printable character U+{:04X}", c as u32)));
        };
        match c {
            '(' | '[' | '{' => {
                if self.brackets.len() >= MAX_LEVEL {
                    return Err(self.error_at(start, "too many nested parentheses"));
                }
                self.brackets.push((c, self.span_of(start)));
            }
            ')' | ']' | '}' => {
                let Some((open, at)) = self.brackets.pop() else {
                    return Err(self.error_at(start, format!("unmatched '{c}'")));
                };
                if !matches!((open, c), ('(', ')') | ('[', ']') | ('{', '}')) {
                    let mut message = format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                    if at.line != self.line {
                        message += &format!(" on line {}", at.line);
                    }
                    return Err(self.error_at(start, message));
                }
            }
            _ => {}
        }
        self.pos = start + len;
        self.push_from(Tok::Op(op), start);
        Ok(())
    }
}

impl StrLit {
    /// No prefix, empty body.
    fn plain() -> StrLit {
        StrLit { raw: false, bytes: false, fmt: false, start: 0, end: 0, body: Span::default() }
    }
}
