//! Tokens: what the lexer hands the parser.
//!
//! One token per Python token, with the position of its first character, the position just
//! past its last, and the bracket depth after it (CPython's `level`, which some error
//! messages depend on). String literals keep their undecoded body as a range of the source,
//! so the parser can decode plain strings and parse f-strings in place.

use super::ast::{BinOp, Constant, Span};
use std::rc::Rc;

/// One token with its position.
#[derive(Clone, Debug)]
pub struct Token {
    /// What the token is.
    pub kind: Tok,
    /// Line and column of its first character.
    pub span: Span,
    /// Line and column just past its last character.
    pub end: Span,
    /// Bracket nesting depth after this token.
    pub level: u16,
}

/// Token kinds.
#[derive(Clone, Debug)]
pub enum Tok {
    /// An identifier (soft keywords such as `match` are identifiers too).
    Name(Rc<str>),
    /// A numeric literal: `Int`, `BigInt`, `Float` or `Imaginary`.
    Number(Constant),
    /// One string literal; adjacent literals are separate tokens.
    Str(StrLit),
    /// A hard keyword.
    Kw(Kw),
    /// An operator or delimiter.
    Op(Op),
    /// End of a logical line.
    Newline,
    /// The indentation grew.
    Indent,
    /// The indentation shrank by one level.
    Dedent,
    /// End of input.
    EndMarker,
    /// The lexer stopped here with an error (see `Lexed::error`).
    Error,
}

/// A string literal as written: prefix flags and where its body is in the source.
#[derive(Clone, Copy, Debug)]
pub struct StrLit {
    /// `r` prefix: backslashes are literal.
    pub raw: bool,
    /// `b` prefix: a bytes literal.
    pub bytes: bool,
    /// `f` prefix: an f-string.
    pub fmt: bool,
    /// Index of the body's first character in the source (after the opening quotes).
    pub start: usize,
    /// Index just past the body's last character (before the closing quotes).
    pub end: usize,
    /// Line and column of the body's first character.
    pub body: Span,
}

macro_rules! keywords {
    ($($variant:ident = $text:literal,)*) => {
        /// Python 3.11's hard keywords.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum Kw { $($variant,)* }

        impl Kw {
            /// The keyword spelled `text`, if it is one.
            pub fn from_text(text: &str) -> Option<Kw> {
                match text { $($text => Some(Kw::$variant),)* _ => None }
            }

            /// How the keyword is spelled.
            pub fn text(self) -> &'static str {
                match self { $(Kw::$variant => $text,)* }
            }
        }
    };
}

keywords! {
    False = "False", None = "None", True = "True", And = "and", As = "as", Assert = "assert",
    Async = "async", Await = "await", Break = "break", Class = "class", Continue = "continue",
    Def = "def", Del = "del", Elif = "elif", Else = "else", Except = "except",
    Finally = "finally", For = "for", From = "from", Global = "global", If = "if",
    Import = "import", In = "in", Is = "is", Lambda = "lambda", Nonlocal = "nonlocal",
    Not = "not", Or = "or", Pass = "pass", Raise = "raise", Return = "return", Try = "try",
    While = "while", With = "with", Yield = "yield",
}

/// Operators and delimiters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `(`
    LPar,
    /// `)`
    RPar,
    /// `[`
    LSqb,
    /// `]`
    RSqb,
    /// `{`
    LBrace,
    /// `}`
    RBrace,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `;`
    Semi,
    /// `.`
    Dot,
    /// `...`
    Ellipsis,
    /// `->`
    Arrow,
    /// `:=`
    Walrus,
    /// `=`
    Assign,
    /// A binary operator: `+ - * @ / // % ** << >> | ^ &`.
    Bin(BinOp),
    /// An augmented assignment such as `+=`.
    Aug(BinOp),
    /// `~`
    Tilde,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `<=`
    LtE,
    /// `>=`
    GtE,
    /// `==`
    EqEq,
    /// `!=`
    NotEq,
    /// A character that is no Python operator (`$`, `?`, `!`, a backtick) or `<>`.
    Unknown,
}

impl Op {
    /// The operator spelled by the longest prefix of `s` (up to three characters), with its
    /// length; `None` when `s` does not start with an operator character.
    pub fn lex(s: &[char]) -> Option<(Op, usize)> {
        use BinOp::*;
        let at = |i: usize| s.get(i).copied().unwrap_or('\0');
        let (c, d, e) = (at(0), at(1), at(2));
        let bin = |op: BinOp, len: usize| {
            if s.get(len) == Some(&'=') {
                (Op::Aug(op), len + 1)
            } else {
                (Op::Bin(op), len)
            }
        };
        Some(match c {
            '(' => (Op::LPar, 1),
            ')' => (Op::RPar, 1),
            '[' => (Op::LSqb, 1),
            ']' => (Op::RSqb, 1),
            '{' => (Op::LBrace, 1),
            '}' => (Op::RBrace, 1),
            ',' => (Op::Comma, 1),
            ';' => (Op::Semi, 1),
            '~' => (Op::Tilde, 1),
            '.' if d == '.' && e == '.' => (Op::Ellipsis, 3),
            '.' => (Op::Dot, 1),
            ':' if d == '=' => (Op::Walrus, 2),
            ':' => (Op::Colon, 1),
            '=' if d == '=' => (Op::EqEq, 2),
            '=' => (Op::Assign, 1),
            '!' if d == '=' => (Op::NotEq, 2),
            '-' if d == '>' => (Op::Arrow, 2),
            '<' if d == '>' => (Op::Unknown, 2),
            '<' if d == '<' => bin(LShift, 2),
            '<' if d == '=' => (Op::LtE, 2),
            '<' => (Op::Lt, 1),
            '>' if d == '>' => bin(RShift, 2),
            '>' if d == '=' => (Op::GtE, 2),
            '>' => (Op::Gt, 1),
            '*' if d == '*' => bin(Pow, 2),
            '/' if d == '/' => bin(FloorDiv, 2),
            '+' => bin(Add, 1),
            '-' => bin(Sub, 1),
            '*' => bin(Mult, 1),
            '@' => bin(MatMult, 1),
            '/' => bin(Div, 1),
            '%' => bin(Mod, 1),
            '|' => bin(BitOr, 1),
            '^' => bin(BitXor, 1),
            '&' => bin(BitAnd, 1),
            '!' | '$' | '?' | '`' => (Op::Unknown, 1),
            _ => return None,
        })
    }
}
