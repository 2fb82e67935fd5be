//! Errors found before a program runs: syntax errors and constructs outside the dialect.
//!
//! Run-time errors are Python exceptions (see `value`), not this type. A `CompileError`
//! carries the position CPython would report, so the UI can point at the exact character
//! and the CLI can print CPython's `SyntaxError` block text for text.

use super::ast::Span;
use std::fmt;

/// What kind of error stopped compilation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// CPython's `SyntaxError`.
    Syntax,
    /// CPython's `IndentationError` (a subclass of `SyntaxError`).
    Indentation,
    /// CPython's `TabError`.
    Tab,
    /// Valid Python that Loopscope's dialect does not implement.
    NotSupported,
}

impl CompileErrorKind {
    /// The exception name CPython prints (or `NotSupported`).
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::Syntax => "SyntaxError",
            CompileErrorKind::Indentation => "IndentationError",
            CompileErrorKind::Tab => "TabError",
            CompileErrorKind::NotSupported => "NotSupported",
        }
    }
}

/// A syntax error or unsupported construct, with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Which kind of error.
    pub kind: CompileErrorKind,
    /// The message, worded as CPython 3.11 words it where CPython has one.
    pub message: String,
    /// Where: 1-based line and column (CPython's caret position).
    pub span: Span,
    /// Just past the end of what CPython marks, when it marks a whole node (an expression or
    /// statement) rather than one position.
    pub end: Option<Span>,
}

/// Result alias for the front end.
pub type CompileResult<T> = Result<T, CompileError>;

impl CompileError {
    /// A `SyntaxError` at `span`.
    pub fn syntax(message: impl Into<String>, span: Span) -> Self {
        CompileError { kind: CompileErrorKind::Syntax, message: message.into(), span, end: None }
    }

    /// An `IndentationError` at `span`.
    pub fn indentation(message: impl Into<String>, span: Span) -> Self {
        CompileError { kind: CompileErrorKind::Indentation, message: message.into(), span, end: None }
    }

    /// A `TabError`: indentation mixes tabs and spaces inconsistently.
    pub fn tab(span: Span) -> Self {
        CompileError {
            kind: CompileErrorKind::Tab,
            message: "inconsistent use of tabs and spaces in indentation".into(),
            span,
            end: None,
        }
    }

    /// A construct outside the dialect, named by `what`.
    pub fn not_supported(what: impl Into<String>, span: Span) -> Self {
        CompileError { kind: CompileErrorKind::NotSupported, message: what.into(), span, end: None }
    }

    /// The same error, marking everything up to `end` (CPython's `end_lineno`/`end_offset`).
    pub fn marking(self, end: Span) -> Self {
        CompileError { end: Some(end), ..self }
    }

    /// The block CPython prints on stderr for this error when running `filename`:
    /// the `File` line, the offending source line, its marker line, and `Kind: message`.
    /// `NotSupported` errors use the dialect's own one-line form.
    pub fn render(&self, filename: &str, source: &str) -> String {
        if self.kind == CompileErrorKind::NotSupported {
            return format!(
                "NotSupported: {} (line {}, col {})\n",
                self.message, self.span.line, self.span.col
            );
        }
        let mut out = format!("  File \"{}\", line {}\n", filename, self.span.line);
        if let Some(text) = source.lines().nth(self.span.line.saturating_sub(1) as usize) {
            let trimmed = text.trim_start();
            let removed = text.chars().count() - trimmed.chars().count();
            if !trimmed.trim_end().is_empty() {
                out.push_str("    ");
                out.push_str(trimmed);
                out.push('\n');
                // CPython prints no marker when the column points into the indentation; it
                // marks up to `end`, or to the line's end when `end` is on a later line.
                if let Some(caret_col) = (self.span.col as usize).checked_sub(1 + removed) {
                    let width = match self.end {
                        Some(end) if end.line > self.span.line => text.trim_end().chars().count() + 1,
                        Some(end) if end.line == self.span.line => end.col as usize,
                        _ => 0,
                    }
                    .saturating_sub(self.span.col as usize)
                    .max(1);
                    out.push_str("    ");
                    out.push_str(&" ".repeat(caret_col));
                    out.push_str(&"^".repeat(width));
                    out.push('\n');
                }
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.message));
        out
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {}, col {})", self.kind.name(), self.message, self.span.line, self.span.col)
    }
}

impl std::error::Error for CompileError {}
