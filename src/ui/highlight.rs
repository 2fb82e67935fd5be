//! Syntax highlighting for the program view, from Loopscope's own lexer: each line of the
//! source as pieces of text with a kind the stylesheet colours. Comments, which the lexer
//! skips, are found in the gaps between tokens. After a lexing error the rest is plain text.

use crate::python::lexer::{normalize, tokenize};
use crate::python::token::{Op, Tok};

/// What a piece of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Names, spaces, brackets and punctuation.
    Plain,
    /// A hard keyword, or a soft one used as such (`async`/`await` are hard in 3.11).
    Keyword,
    /// A builtin name such as `print`.
    Builtin,
    /// A number.
    Number,
    /// A string literal, with its prefix and quotes.
    Str,
    /// A comment.
    Comment,
    /// An operator.
    Operator,
}

impl Kind {
    /// The CSS class for this kind (`None` for plain text).
    pub fn class(self) -> Option<&'static str> {
        match self {
            Kind::Plain => None,
            Kind::Keyword => Some("tok-kw"),
            Kind::Builtin => Some("tok-builtin"),
            Kind::Number => Some("tok-num"),
            Kind::Str => Some("tok-str"),
            Kind::Comment => Some("tok-com"),
            Kind::Operator => Some("tok-op"),
        }
    }
}

/// A run of characters of one kind, within one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// What it is.
    pub kind: Kind,
    /// The text.
    pub text: String,
}

/// Builtins worth colouring in lesson programs.
const BUILTINS: &[&str] = &[
    "print",
    "len",
    "range",
    "list",
    "dict",
    "set",
    "tuple",
    "str",
    "int",
    "float",
    "sum",
    "min",
    "max",
    "sorted",
    "enumerate",
    "zip",
    "isinstance",
    "super",
    "type",
    "repr",
    "round",
    "abs",
    "any",
    "all",
];

/// The source's lines (after `\r\n` → `\n`), each as highlighted pieces.
pub fn highlight(source: &str) -> Vec<Vec<Piece>> {
    let chars = normalize(source);
    let mut line_starts = vec![0];
    line_starts.extend(chars.iter().enumerate().filter(|(_, &c)| c == '\n').map(|(i, _)| i + 1));
    let offset = |line: u32, col: u32| {
        line_starts.get(line.saturating_sub(1) as usize).map_or(chars.len(), |s| s + col.saturating_sub(1) as usize)
    };
    let mut kinds = vec![Kind::Plain; chars.len()];
    let mut covered = vec![false; chars.len()];
    let mut lexed_to = chars.len();
    for token in tokenize(&chars).tokens {
        let kind = match &token.kind {
            Tok::Kw(_) => Kind::Keyword,
            Tok::Name(name) if BUILTINS.contains(&&**name) => Kind::Builtin,
            Tok::Name(_) => Kind::Plain,
            Tok::Number(_) => Kind::Number,
            Tok::Str(_) => Kind::Str,
            Tok::Op(Op::LPar | Op::RPar | Op::LSqb | Op::RSqb | Op::LBrace | Op::RBrace)
            | Tok::Op(Op::Comma | Op::Colon | Op::Semi | Op::Dot | Op::Unknown) => Kind::Plain,
            Tok::Op(_) => Kind::Operator,
            Tok::Error => {
                lexed_to = offset(token.span.line, token.span.col).min(chars.len());
                break;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker => continue,
        };
        let (start, end) = (offset(token.span.line, token.span.col), offset(token.end.line, token.end.col));
        for i in start.min(chars.len())..end.min(chars.len()) {
            kinds[i] = kind;
            covered[i] = true;
        }
    }
    let mut in_comment = false;
    for i in 0..lexed_to {
        if chars[i] == '\n' {
            in_comment = false;
        } else if !covered[i] && chars[i] == '#' {
            in_comment = true;
        }
        if in_comment {
            kinds[i] = Kind::Comment;
        }
    }
    let mut lines: Vec<Vec<Piece>> = vec![Vec::new()];
    for (&c, &kind) in chars.iter().zip(&kinds) {
        if c == '\n' {
            lines.push(Vec::new());
            continue;
        }
        let Some(line) = lines.last_mut() else { continue };
        match line.last_mut() {
            Some(piece) if piece.kind == kind => piece.text.push(c),
            _ => line.push(Piece { kind, text: c.to_string() }),
        }
    }
    if lines.len() > 1 && lines.last().is_some_and(Vec::is_empty) {
        lines.pop();
    }
    lines
}
