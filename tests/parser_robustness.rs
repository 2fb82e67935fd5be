#![cfg(not(target_arch = "wasm32"))]
//! The parser never panics, never loops and never overflows its stack, whatever it is given:
//! garbage, random characters and bytes, deep nesting, very long lines, NUL bytes; and it
//! reads `\r\n` and `\r` line ends as `\n`.

mod common;

use loopscope::python::ast::Span;
use loopscope::python::error::{CompileError, CompileErrorKind};
use loopscope::python::parser::parse;

/// A tiny xorshift generator, so the random inputs are the same on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Parses `source` and checks that an error, if any, points into the source.
fn parse_sanely(source: &str) {
    if let Err(e) = parse(source) {
        let lines = source.split(['\n', '\r']).count() as u32 + 1;
        assert!((1..=lines).contains(&e.span.line), "{source:?}: error outside the source: {e}");
        assert!(!e.message.is_empty());
    }
}

#[test]
fn garbage_is_rejected_calmly() {
    let garbage = [
        "",
        "\n",
        "\\",
        "\\\n",
        "(",
        ")",
        "[}",
        "'",
        "\"\"\"",
        "f'{",
        "f'{{}'",
        "f'{'{'}'",
        "0x",
        "1e+",
        "...",
        ":=",
        "@",
        "lambda",
        "def",
        "async",
        "await",
        "yield from",
        "*",
        "**",
        "if",
        "else:",
        "\t\t\t\n  \tx",
        "\x0cx",
        "x\x0c= 1",
        "\u{feff}x = 1",
        "€€€",
        "a\u{200b}b",
        "class A(**",
        "try:\n",
        "with (",
        "for x in",
        "x = (yield",
        "f'{x!}'",
        "b'\u{e9}'",
        "'\\N{'",
        "x = 1 if",
        "@x\n@y\n",
        "import .",
        "from . import (",
        "del *x",
        "x: = 1",
        "global 1",
        "\"\"\"\n\n\n",
        "'''",
        "#",
        "# only a comment",
        "x = 1 \\ # comment",
        "if x:\n\tpass\n        pass",
    ];
    for source in garbage {
        parse_sanely(source);
    }
}

#[test]
fn random_characters_never_panic() {
    let alphabet: Vec<char> =
        "()[]{}:;,.=+-*/%@<>!~^|&'\"#\\ \n\t\r\x0cabcfrux019_éλ€\u{a0}\u{200b}$?`".chars().collect();
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let len = rng.below(48);
        let source: String = (0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect();
        parse_sanely(&source);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(12345);
    for _ in 0..5_000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        parse_sanely(&String::from_utf8_lossy(&bytes));
    }
}

/// Runs `parse` on a thread with the 2 MB stack test threads get by default.
fn parse_on_small_stack(source: String) -> Result<(), CompileError> {
    let thread = std::thread::Builder::new().stack_size(2 << 20);
    thread.spawn(move || parse(&source).map(drop)).expect("spawn").join().expect("parse crashed")
}

#[test]
fn deep_nesting_is_refused_before_the_stack_runs_out() {
    let nested =
        |open: &str, middle: &str, close: &str, n: usize| format!("x = {}{middle}{}", open.repeat(n), close.repeat(n));
    let too_deep = [
        nested("(", "1", ")", 199),
        nested("[", "1", "]", 199),
        nested("{", "1", "}", 199),
        nested("{1: ", "1", "}", 199),
        nested("f(", "1", ")", 199),
        nested("a[", "1", "]", 199),
        nested("(1, ", "1", ")", 199),
        nested("[a for a in ", "b", "]", 199),
        nested("f'{", "1", "}'", 3),
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1", "not ".repeat(100_000)),
        format!("x = {}1", "lambda: ".repeat(100_000)),
        format!("x = {}1", "1 if 1 else ".repeat(10_000)),
        format!("x = 1{}", "**1".repeat(10_000)),
        format!("x = 1{}", " + 1".repeat(10_000)),
        format!("x = a{}", ".b".repeat(10_000)),
        format!("x = a{}", "()".repeat(10_000)),
        format!("if x:\n    pass\n{}", "elif x:\n    pass\n".repeat(1_000)),
    ];
    for source in too_deep {
        let start: String = source.chars().take(20).collect();
        match parse_on_small_stack(source) {
            Err(e) if e.kind == CompileErrorKind::NotSupported => assert_eq!(e.message, "code nested too deeply"),
            Err(e) if e.kind == CompileErrorKind::Syntax => {} // an f-string nested past its limit
            other => panic!("{start}...: {other:?}"),
        }
    }
    let five_thousand = format!("x = {}", "(".repeat(5_000));
    let e = parse_on_small_stack(five_thousand).unwrap_err();
    assert_eq!((e.message.as_str(), e.span), ("too many nested parentheses", Span::new(1, 205)));
}

#[test]
fn nesting_within_the_limit_parses() {
    for source in [
        format!("x = {}1{}", "(".repeat(140), ")".repeat(140)),
        format!("x = {}1{}", "[".repeat(140), "]".repeat(140)),
        format!("x = {}1", "- ".repeat(140)),
        (0..99).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(99) + "pass\n",
    ] {
        parse_on_small_stack(source).unwrap();
    }
}

#[test]
fn long_lines_and_many_lines_parse() {
    parse(&format!("x = [{}]", "1, ".repeat(100_000))).unwrap();
    parse(&format!("x = '{}'", "a".repeat(1_000_000))).unwrap();
    parse(&format!("x = {}", "'a' ".repeat(10_000))).unwrap();
    parse(&"x = 1\n".repeat(50_000)).unwrap();
    parse(&format!("x = 1{}", " < 1".repeat(10_000))).unwrap();
}

#[test]
fn crlf_and_cr_line_ends_read_as_newlines() {
    let source = "def f(x):\n    if x:\n        return [1,\n                2]\n    return f'{x}'\n";
    let lf = common::tree_at(source);
    assert_eq!(common::tree_at(&source.replace('\n', "\r\n")), lf);
    assert_eq!(common::tree_at(&source.replace('\n', "\r")), lf);
    let e = parse("x = 1\r\nif x:\r\n  y = \"abc\r\n").unwrap_err();
    assert_eq!((e.message.as_str(), e.span), ("unterminated string literal (detected at line 3)", Span::new(3, 7)));
}

#[test]
fn nul_bytes_are_refused_where_they_are() {
    let e = parse("x = 1\nprint(\0)\n").unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str(), e.span),
        (CompileErrorKind::Syntax, "source code cannot contain null bytes", Span::new(2, 7))
    );
    assert!(parse("'\0'").is_err());
}
