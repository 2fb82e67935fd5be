#![cfg(not(target_arch = "wasm32"))]
//! Syntax errors: for each source, the kind, message, line and column CPython 3.11 reports.
//!
//! Every row was produced by compiling its source with CPython 3.11.7
//! (`compile(source, "main.py", "exec")`, reading `e.msg`, `e.lineno`, `e.offset`). Errors
//! CPython finds after parsing (`'return' outside function`, `duplicate argument`, ...) are
//! the resolver's, and not listed here.

mod common;

use common::{check_errors as check, ErrorRow};
use loopscope::python::error::CompileErrorKind::{Indentation, Syntax, Tab};

/// A compound statement header without its colon.
#[test]
fn missing_colon() {
    let rows: &[ErrorRow] = &[
        ("if x\n    pass", Syntax, "expected ':'", 1, 5),
        ("while True\n    pass", Syntax, "expected ':'", 1, 11),
        ("def f()\n    pass", Syntax, "expected ':'", 1, 8),
        ("class A\n    pass", Syntax, "expected ':'", 1, 8),
        ("for i in range(3)\n    print(i)", Syntax, "expected ':'", 1, 18),
        ("try\n    pass\nexcept:\n    pass", Syntax, "expected ':'", 1, 4),
        ("if x == 1  # check\n    pass", Syntax, "expected ':'", 1, 12),
        ("def greet(name)\n    print(name)", Syntax, "expected ':'", 1, 16),
        ("class A(object)\n    pass", Syntax, "expected ':'", 1, 16),
        ("def f(x, y) -> int\n    return x", Syntax, "expected ':'", 1, 19),
        ("def f(x) -> : pass", Syntax, "expected ':'", 1, 10),
        ("def f() x:\n    pass", Syntax, "expected ':'", 1, 9),
        ("for x in range(3):\n    pass\nelse\n    pass", Syntax, "expected ':'", 3, 5),
        ("for x in y:\n    pass\nelse x:\n    pass", Syntax, "expected ':'", 3, 6),
        ("with open(x) as f\n    pass", Syntax, "expected ':'", 1, 18),
        ("try:\n    x\nexcept ValueError\n    pass", Syntax, "expected ':'", 3, 18),
        ("async def main()\n    await x", Syntax, "expected ':'", 1, 17),
    ];
    check(rows);
}

/// Brackets never closed, closed twice, or closed by the wrong kind.
#[test]
fn brackets() {
    let rows: &[ErrorRow] = &[
    (r#"print("hi""#, Syntax, "'(' was never closed", 1, 6),
    ("x = (1, 2\ny = 3", Syntax, "'(' was never closed", 1, 5),
    ("x = [1, 2\n\n", Syntax, "'[' was never closed", 1, 5),
    ("foo(a, b\nbar = 1\n", Syntax, "'(' was never closed", 1, 4),
    ("x = {1: 2\n", Syntax, "'{' was never closed", 1, 5),
    ("import asyncio\nasyncio.run(main()", Syntax, "'(' was never closed", 2, 12),
    ("x = f(1,\n      2,\n      3", Syntax, "'(' was never closed", 1, 6),
    ("x = [\n1,\n2\n", Syntax, "'[' was never closed", 1, 5),
    ("if x:\n    y = [1,\n2\nz = 3", Syntax, "'[' was never closed", 2, 9),
    (r#"print("a" x"#, Syntax, "'(' was never closed", 1, 6),
    ("print(\"a\"\nx", Syntax, "'(' was never closed", 1, 6),
    ("x = (\n= 1", Syntax, "'(' was never closed", 1, 5),
    (r#"print("a"))"#, Syntax, "unmatched ')'", 1, 11),
    ("x = 1)", Syntax, "unmatched ')'", 1, 6),
    ("x = ]", Syntax, "unmatched ']'", 1, 5),
    (")", Syntax, "unmatched ')'", 1, 1),
    ("x = (\n1,\n2\n)\n)", Syntax, "unmatched ')'", 5, 1),
    ("foo(a, [b, c)", Syntax, "closing parenthesis ')' does not match opening parenthesis '['", 1, 13),
    ("foo(a, [b,\n c)", Syntax, "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 3),
    ("x = [1, 2, 3}", Syntax, "closing parenthesis '}' does not match opening parenthesis '['", 1, 13),
    ("x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((", Syntax, "too many nested parentheses", 1, 205),
    ("x = = 1\nfoo(", Syntax, "invalid syntax", 1, 5),
    ("x = = 1\nfoo)", Syntax, "unmatched ')'", 2, 4),
    ];
    check(rows);
}

/// Missing, unexpected and inconsistent indentation.
#[test]
fn indentation() {
    let rows: &[ErrorRow] = &[
    ("if x:\npass", Indentation, "expected an indented block after 'if' statement on line 1", 2, 1),
    ("if x:\n    pass\nelif y:\nz = 1", Indentation, "expected an indented block after 'elif' statement on line 3", 4, 1),
    ("if x:\n    pass\nelse:\npass", Indentation, "expected an indented block after 'else' statement on line 3", 4, 1),
    ("for i in x:\nprint(i)", Indentation, "expected an indented block after 'for' statement on line 1", 2, 1),
    ("while x:\nprint(1)", Indentation, "expected an indented block after 'while' statement on line 1", 2, 1),
    ("def f():\nreturn 1", Indentation, "expected an indented block after function definition on line 1", 2, 1),
    ("class A:\nx = 1", Indentation, "expected an indented block after class definition on line 1", 2, 1),
    ("try:\nx = 1", Indentation, "expected an indented block after 'try' statement on line 1", 2, 1),
    ("try:\n    x = 1\nexcept:\nx = 2", Indentation, "expected an indented block after 'except' statement on line 3", 4, 1),
    ("try:\n    pass\nexcept* E:\npass", Indentation, "expected an indented block after 'except*' statement on line 3", 4, 1),
    ("try:\n    pass\nfinally:\npass", Indentation, "expected an indented block after 'finally' statement on line 3", 4, 1),
    ("with a:\nx = 1", Indentation, "expected an indented block after 'with' statement on line 1", 2, 1),
    ("async def f():\nreturn 1", Indentation, "expected an indented block after function definition on line 1", 2, 1),
    ("if x:\n", Indentation, "expected an indented block after 'if' statement on line 1", 1, 6),
    ("if x:", Indentation, "expected an indented block after 'if' statement on line 1", 1, 6),
    ("if x:\n\n\n", Indentation, "expected an indented block after 'if' statement on line 1", 3, 1),
    ("if x:\n\n  # comment\n\npass", Indentation, "expected an indented block after 'if' statement on line 1", 5, 1),
    ("for x in y:\n# comment\nprint(x)", Indentation, "expected an indented block after 'for' statement on line 1", 3, 1),
    ("def f():\n    if x:\n", Indentation, "expected an indented block after 'if' statement on line 2", 2, 10),
    ("def f():\n    if x:\ny = 1", Indentation, "expected an indented block after 'if' statement on line 2", 3, 0),
    ("def f():\n    if x:\n    y = 1", Indentation, "expected an indented block after 'if' statement on line 2", 3, 5),
    ("  x = 1", Indentation, "unexpected indent", 1, 2),
    ("x = 1\n    y = 2", Indentation, "unexpected indent", 2, 4),
    ("x = 1\n\n\n  \n# c\n   y", Indentation, "unexpected indent", 6, 3),
    ("if x:\n  pass\n    y", Indentation, "unexpected indent", 3, 4),
    ("if 1:\n    x = 1\n  y = 2", Indentation, "unindent does not match any outer indentation level", 3, 8),
    ("def f():\n    pass\n   x = 1", Indentation, "unindent does not match any outer indentation level", 3, 9),
    ("if True:\n    pass\n  else:\n    pass", Indentation, "unindent does not match any outer indentation level", 3, 8),
    ("def f():\n    '''doc'''\n  x", Indentation, "unindent does not match any outer indentation level", 3, 4),
    ("if x:\n  pass\n y = 1\nz = (", Indentation, "unindent does not match any outer indentation level", 3, 7),
    ("if 1:\n\tx=1\n        y=2", Tab, "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("if 1:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  if 1:\n                                                                                                   if 1:\n                                                                                                    if 1:\n                                                                                                     pass", Indentation, "too many levels of indentation", 101, 1),
    ];
    check(rows);
}

/// Unterminated strings, bad escapes, bytes.
#[test]
fn strings() {
    let rows: &[ErrorRow] = &[
        (r#"x = "abc"#, Syntax, "unterminated string literal (detected at line 1)", 1, 5),
        ("x = 'abc\ny = 2", Syntax, "unterminated string literal (detected at line 1)", 1, 5),
        ("x = \"\"\"abc\n\ny = 2", Syntax, "unterminated triple-quoted string literal (detected at line 3)", 1, 5),
        ("x = '''abc", Syntax, "unterminated triple-quoted string literal (detected at line 1)", 1, 5),
        (r#"x = f"abc"#, Syntax, "unterminated string literal (detected at line 1)", 1, 5),
        ("x = 'it's'", Syntax, "unterminated string literal (detected at line 1)", 1, 10),
        ("print('hello)", Syntax, "unterminated string literal (detected at line 1)", 1, 7),
        (r#"print("hello')"#, Syntax, "unterminated string literal (detected at line 1)", 1, 7),
        (r#"x = "abc\""#, Syntax, "unterminated string literal (detected at line 1)", 1, 5),
        (r#"x = """a""" """b"#, Syntax, "unterminated triple-quoted string literal (detected at line 1)", 1, 13),
        ("x = 'a' 'b", Syntax, "unterminated string literal (detected at line 1)", 1, 9),
        ("x = 'a' \\\n 'b", Syntax, "unterminated string literal (detected at line 2)", 2, 2),
        ("x = '''a\n", Syntax, "unterminated triple-quoted string literal (detected at line 1)", 1, 5),
        ("x = '''a\n\n", Syntax, "unterminated triple-quoted string literal (detected at line 2)", 1, 5),
        ("x = 'a\\\nb", Syntax, "unterminated string literal (detected at line 2)", 1, 5),
        ("x = = 1\ny = \"abc", Syntax, "unterminated string literal (detected at line 2)", 2, 5),
        (
            r#"x = "\x4""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
            1,
            10,
        ),
        (
            r#"x = "ab\x4g""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape"#,
            1,
            13,
        ),
        (
            r#"x = "\u12""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape"#,
            1,
            11,
        ),
        (
            r#"x = "\U00110000""#,
            Syntax,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
            1,
            17,
        ),
        (
            r#"x = "é\x4""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape"#,
            1,
            11,
        ),
        (
            r#"x = "\N""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape"#,
            1,
            9,
        ),
        (
            r#"x = "\N{""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape"#,
            1,
            10,
        ),
        (
            r#"x = "ab\N{x""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: malformed \N character escape"#,
            1,
            13,
        ),
        (r#"x = b"\x4""#, Syntax, r#"(value error) invalid \x escape at position 0"#, 1, 11),
        (r#"x = b"é""#, Syntax, "bytes can only contain ASCII literal characters", 1, 5),
        (r#"x = "a" b"b""#, Syntax, "cannot mix bytes and nonbytes literals", 1, 13),
        (r#"x = f"{x}" b"b""#, Syntax, "cannot mix bytes and nonbytes literals", 1, 16),
    ];
    check(rows);
}

/// Malformed numbers, characters outside Python, stray backslashes.
#[test]
fn numbers_and_characters() {
    let rows: &[ErrorRow] = &[
        ("x = 1abc", Syntax, "invalid decimal literal", 1, 5),
        (
            "x = 0777",
            Syntax,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            1,
            5,
        ),
        ("x = 0x", Syntax, "invalid hexadecimal literal", 1, 6),
        ("x = 0xg", Syntax, "invalid hexadecimal literal", 1, 6),
        ("x = 0b2", Syntax, "invalid digit '2' in binary literal", 1, 7),
        ("x = 0o8", Syntax, "invalid digit '8' in octal literal", 1, 7),
        ("x = 1__0", Syntax, "invalid decimal literal", 1, 6),
        ("x = 1_", Syntax, "invalid decimal literal", 1, 6),
        ("x = 1e", Syntax, "invalid decimal literal", 1, 5),
        ("x = 2_本", Syntax, "invalid decimal literal", 1, 6),
        ("x = 1.2.3", Syntax, "invalid syntax", 1, 8),
        ("x.1", Syntax, "invalid syntax", 1, 2),
        ("x = 1 $ 2", Syntax, "invalid syntax", 1, 7),
        ("x = a ? b : c", Syntax, "invalid syntax", 1, 7),
        ("x = `a`", Syntax, "invalid syntax", 1, 5),
        ("1 <> 2", Syntax, "invalid syntax", 1, 3),
        ("x = €", Syntax, "invalid character '€' (U+20AC)", 1, 5),
        ("x = a\u{a0}b", Syntax, "invalid non-printable character U+00A0", 1, 6),
        ("x = \u{1}", Syntax, "invalid non-printable character U+0001", 1, 5),
        (r#"a = 1 \ 2"#, Syntax, "unexpected character after line continuation character", 1, 8),
        (r#"x = 1 \"#, Syntax, "unexpected EOF while parsing", 1, 8),
        ("x = 1\ny = 2 \\", Syntax, "unexpected EOF while parsing", 2, 8),
    ];
    check(rows);
}

/// Assigning to, deleting or augmenting what cannot be a target.
#[test]
fn assignment() {
    let rows: &[ErrorRow] = &[
        ("1 = x", Syntax, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
        (r#""a" = x"#, Syntax, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
        ("f() = 1", Syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
        ("x + 1 = 2", Syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ("a.b() = 3", Syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
        ("my-var = 5", Syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ("-a = 1", Syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
        (
            "[x for x in y] = 1",
            Syntax,
            "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
            1,
            1,
        ),
        ("{a: b} = 1", Syntax, "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1),
        ("{a} = 1", Syntax, "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1),
        (
            r#"f"x" = 1"#,
            Syntax,
            "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
            1,
            1,
        ),
        ("... = 1", Syntax, "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1),
        ("await x = 1", Syntax, "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ("None = 1", Syntax, "cannot assign to None", 1, 1),
        ("True = 1", Syntax, "cannot assign to True", 1, 1),
        ("(a, 1) = x", Syntax, "cannot assign to literal", 1, 5),
        ("[a, f()] = x", Syntax, "cannot assign to function call", 1, 5),
        ("x = 1 = 2", Syntax, "cannot assign to literal", 1, 5),
        ("x = f() = 3", Syntax, "cannot assign to function call", 1, 5),
        ("a and b = 1", Syntax, "cannot assign to expression", 1, 1),
        ("not a = 1", Syntax, "cannot assign to expression", 1, 1),
        ("a < b = 1", Syntax, "cannot assign to comparison", 1, 1),
        ("a if b else c = 1", Syntax, "cannot assign to conditional expression", 1, 1),
        ("lambda: 1 = 1", Syntax, "cannot assign to lambda", 1, 1),
        ("(x for x in y) = 1", Syntax, "cannot assign to generator expression", 1, 1),
        ("x = (1,) = 2", Syntax, "cannot assign to literal", 1, 6),
        ("x = (yield) = 1", Syntax, "cannot assign to yield expression", 1, 6),
        ("x = yield = 1", Syntax, "assignment to yield expression not possible", 1, 5),
        ("x = 1 if 2 else 3 = 4", Syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1),
        (
            "x.y = 1 if 2 else 3 = 4",
            Syntax,
            "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
            1,
            1,
        ),
        ("a, b *c = range(10)", Syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 4),
        ("a = b, c = ", Syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1),
        ("if x = 1:\n    pass", Syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
        ("while x = 1: pass", Syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7),
        ("x = [a = 1]", Syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6),
        ("f(a+1=2)", Syntax, r#"expression cannot contain assignment, perhaps you meant "=="?"#, 1, 3),
        ("f(True=1)", Syntax, "cannot assign to True", 1, 3),
        ("del f()", Syntax, "cannot delete function call", 1, 5),
        ("del 1", Syntax, "cannot delete literal", 1, 5),
        ("del x + y", Syntax, "cannot delete expression", 1, 5),
        ("for 1 in x: pass", Syntax, "cannot assign to literal", 1, 5),
        ("for f() in x: pass", Syntax, "cannot assign to function call", 1, 5),
        ("for -x in y: pass", Syntax, "cannot assign to expression", 1, 5),
        ("with a as 1: pass", Syntax, "cannot assign to literal", 1, 11),
        ("a, b += 1", Syntax, "'tuple' is an illegal expression for augmented assignment", 1, 1),
        ("(a, b) += 1", Syntax, "'tuple' is an illegal expression for augmented assignment", 1, 1),
        ("[a] += 1", Syntax, "'list' is an illegal expression for augmented assignment", 1, 1),
        ("f() += 1", Syntax, "'function call' is an illegal expression for augmented assignment", 1, 1),
        ("a, b: int", Syntax, "only single target (not tuple) can be annotated", 1, 1),
        ("[x]: int", Syntax, "only single target (not list) can be annotated", 1, 1),
        ("x(): int", Syntax, "illegal target for annotation", 1, 1),
        ("x + 1: int", Syntax, "illegal target for annotation", 1, 1),
        ("*x: int", Syntax, "invalid syntax", 1, 3),
    ];
    check(rows);
}

/// Two expressions side by side: a forgotten comma, `print "x"`, an `if` without `else`.
#[test]
fn juxtaposed() {
    let rows: &[ErrorRow] = &[
        (r#"print("hello" "world" x)"#, Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 7),
        ("print(a b)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 7),
        ("x = [1 2]", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 6),
        ("x = {1: 2 3: 4}", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 9),
        ("f(a, b c)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 6),
        ("x = {'a': 1 'b': 2}", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 11),
        ("(a b c)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ("[a b, c d]", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ("foo(1 2, 3)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 5),
        ("print(a.b c)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 7),
        ("print(-a b)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 7),
        ("print(not a b)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 7),
        ("print(lambda: 1 2)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 15),
        ("x = (1 2)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 6),
        ("print(f x)", Syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 7),
        (r#"print(f "x")"#, Syntax, "invalid syntax", 1, 9),
        ("print(c d)", Syntax, "invalid syntax", 1, 9),
        ("print(match x)", Syntax, "invalid syntax", 1, 13),
        ("print(_ x)", Syntax, "invalid syntax", 1, 9),
        ("x = 1 2", Syntax, "invalid syntax", 1, 7),
        ("my var = 5", Syntax, "invalid syntax", 1, 4),
        ("x = 'a' 'b' 'c' d", Syntax, "invalid syntax", 1, 17),
        (r#"print "hello""#, Syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
        ("print 'hello'", Syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
        (r#"exec "x""#, Syntax, "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1),
        ("x = 5 if y", Syntax, "expected 'else' after 'if' expression", 1, 5),
        ("a if b", Syntax, "expected 'else' after 'if' expression", 1, 1),
        ("print(a if b)", Syntax, "expected 'else' after 'if' expression", 1, 7),
        ("[a if b for a in c]", Syntax, "expected 'else' after 'if' expression", 1, 2),
        ("x = a if b else", Syntax, "invalid syntax", 1, 16),
        ("x = 1 if else 2", Syntax, "invalid syntax", 1, 10),
    ];
    check(rows);
}

/// Call arguments in the wrong order or form.
#[test]
fn calls() {
    let rows: &[ErrorRow] = &[
        ("f(a=1, b)", Syntax, "positional argument follows keyword argument", 1, 9),
        ("f(**k, a)", Syntax, "positional argument follows keyword argument unpacking", 1, 9),
        ("f(**k, *a)", Syntax, "iterable argument unpacking follows keyword argument unpacking", 1, 8),
        ("f(**{1: 2}, *a)", Syntax, "iterable argument unpacking follows keyword argument unpacking", 1, 13),
        ("f(*a, *)", Syntax, "iterable argument unpacking follows keyword argument unpacking", 1, 7),
        ("class A(x=1, y): pass", Syntax, "positional argument follows keyword argument", 1, 15),
        ("f(x for x in y, 1)", Syntax, "Generator expression must be parenthesized", 1, 3),
        ("f(a, a for a in b)", Syntax, "Generator expression must be parenthesized", 1, 6),
        ("f(c, a for a in b)", Syntax, "Generator expression must be parenthesized", 1, 6),
        ("f(a=1 for a in b)", Syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3),
        ("class A(x for x in y): pass", Syntax, "invalid syntax", 1, 11),
        ("print(1, 2, sep=)", Syntax, "invalid syntax", 1, 17),
        ("print(1,, 2)", Syntax, "invalid syntax", 1, 9),
        ("f(**)", Syntax, "invalid syntax", 1, 5),
        ("f(a, *)", Syntax, "invalid syntax", 1, 7),
        ("f(*a, *)", Syntax, "iterable argument unpacking follows keyword argument unpacking", 1, 7),
        ("f(a=1, *)", Syntax, "iterable argument unpacking follows keyword argument unpacking", 1, 8),
        ("f(a, *b, *)", Syntax, "invalid syntax", 1, 11),
        ("f(a, k=1, *)", Syntax, "iterable argument unpacking follows keyword argument unpacking", 1, 11),
        ("f(**a, b, *)", Syntax, "positional argument follows keyword argument unpacking", 1, 12),
    ];
    check(rows);
}

/// Parameter lists in the wrong order or form.
#[test]
fn parameters() {
    let rows: &[ErrorRow] = &[
        ("def f(a=1, b): pass", Syntax, "non-default argument follows default argument", 1, 12),
        ("lambda a=1, b: 0", Syntax, "non-default argument follows default argument", 1, 13),
        ("def f(a, b=1, /, c): pass", Syntax, "non-default argument follows default argument", 1, 18),
        ("def f(a=1, /, b): pass", Syntax, "non-default argument follows default argument", 1, 15),
        ("def f(*): pass", Syntax, "named arguments must follow bare *", 1, 7),
        ("def f(*, **k): pass", Syntax, "named arguments must follow bare *", 1, 7),
        ("lambda *: 1", Syntax, "named arguments must follow bare *", 1, 9),
        ("lambda *, **k: 1", Syntax, "named arguments must follow bare *", 1, 11),
        ("def f(**k, a): pass", Syntax, "arguments cannot follow var-keyword argument", 1, 12),
        ("def f(**a, *b): pass", Syntax, "arguments cannot follow var-keyword argument", 1, 12),
        ("def f(a, **b, c=1): pass", Syntax, "arguments cannot follow var-keyword argument", 1, 15),
        ("lambda **k, a: 1", Syntax, "arguments cannot follow var-keyword argument", 1, 13),
        ("def f(*a, *b): pass", Syntax, "* argument may appear only once", 1, 11),
        ("def f(*, *a): pass", Syntax, "* argument may appear only once", 1, 10),
        ("def f(*, a, *): pass", Syntax, "invalid syntax", 1, 13),
        ("def f(a, /, b, /): pass", Syntax, "/ may appear only once", 1, 16),
        ("lambda a, /, b, /: 1", Syntax, "/ may appear only once", 1, 17),
        ("def f(/, a): pass", Syntax, "at least one argument must precede /", 1, 7),
        ("lambda /: 1", Syntax, "invalid syntax", 1, 8),
        ("def f(a, *b, /): pass", Syntax, "/ must be ahead of *", 1, 14),
        ("def f(a, /*): pass", Syntax, "expected comma between / and *", 1, 11),
        ("def f(a, *, b=, c): pass", Syntax, "expected default value expression", 1, 14),
        ("lambda a=, b: 1", Syntax, "expected default value expression", 1, 9),
        ("def f(*a=1): pass", Syntax, "var-positional argument cannot have default value", 1, 9),
        ("lambda *a=1: 1", Syntax, "var-positional argument cannot have default value", 1, 10),
        ("def f(**a=1): pass", Syntax, "var-keyword argument cannot have default value", 1, 10),
        ("def f(a, (b, c)): pass", Syntax, "Function parameters cannot be parenthesized", 1, 10),
        ("lambda (a): 1", Syntax, "Lambda expression parameters cannot be parenthesized", 1, 8),
        ("def f(a b): pass", Syntax, "invalid syntax", 1, 9),
        ("def f(,): pass", Syntax, "invalid syntax", 1, 7),
        ("def f(a,,b): pass", Syntax, "invalid syntax", 1, 9),
        ("def f(:\n pass", Syntax, "invalid syntax", 1, 7),
        ("def f[T](): pass", Syntax, "expected '('", 1, 6),
    ];
    check(rows);
}

/// List, set, dict and tuple displays and comprehensions.
#[test]
fn displays() {
    let rows: &[ErrorRow] = &[
        ("x = {'a': 1, 'b'}", Syntax, "':' expected after dictionary key", 1, 16),
        ("{1: 2, 3}", Syntax, "':' expected after dictionary key", 1, 8),
        ("x = {'a': 1, 'b':}", Syntax, "expression expected after dictionary key and ':'", 1, 17),
        ("x = {1:}", Syntax, "expression expected after dictionary key and ':'", 1, 7),
        ("x = {'a': *b}", Syntax, "cannot use a starred expression in a dictionary value", 1, 11),
        ("x = (*a)", Syntax, "cannot use starred expression here", 1, 6),
        ("x = (**a)", Syntax, "cannot use double starred expression here", 1, 6),
        ("x = {**a for a in b}", Syntax, "dict unpacking cannot be used in dict comprehension", 1, 6),
        ("x = [*a for a in b]", Syntax, "iterable unpacking cannot be used in comprehension", 1, 6),
        ("x = [a, b for a in c]", Syntax, "did you forget parentheses around the comprehension target?", 1, 6),
        ("x = (a, b for a in c)", Syntax, "invalid syntax", 1, 11),
        ("x = {**a: 1}", Syntax, "invalid syntax", 1, 9),
        ("{1, 2: 3}", Syntax, "invalid syntax", 1, 6),
        ("x = [1, 2, 3,,]", Syntax, "invalid syntax", 1, 14),
        ("a[1:2:3:4]", Syntax, "invalid syntax", 1, 8),
        ("x[1,,2]", Syntax, "invalid syntax", 1, 5),
        ("x = {:1}", Syntax, "invalid syntax", 1, 6),
    ];
    check(rows);
}

/// `try` statements without handlers, mixing `except` and `except*`.
#[test]
fn try_except() {
    let rows: &[ErrorRow] = &[
        (
            "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass",
            Syntax,
            "cannot have both 'except' and 'except*' on the same 'try'",
            5,
            1,
        ),
        (
            "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass",
            Syntax,
            "cannot have both 'except' and 'except*' on the same 'try'",
            5,
            1,
        ),
        ("try:\n    pass", Syntax, "expected 'except' or 'finally' block", 2, 9),
        ("try:\n    pass\nelse:\n    pass", Syntax, "expected 'except' or 'finally' block", 3, 1),
        ("def f():\n    try:\n        pass\nx = 1", Syntax, "expected 'except' or 'finally' block", 4, 0),
        ("try:\n    pass\nfinally:\n    pass\nexcept:\n    pass", Syntax, "invalid syntax", 5, 1),
        ("try:\n    pass\nexcept*:\n    pass", Syntax, "expected one or more exception types", 3, 8),
        ("try:\n    x\nexcept Exception, e:\n    pass", Syntax, "multiple exception types must be parenthesized", 3, 8),
        ("except ValueError:\n    pass", Syntax, "invalid syntax", 1, 1),
        ("finally:\n    pass", Syntax, "invalid syntax", 1, 1),
    ];
    check(rows);
}

/// Other statements, and the position of plain "invalid syntax".
#[test]
fn statements() {
    let rows: &[ErrorRow] = &[
        ("else\n    pass", Syntax, "invalid syntax", 1, 1),
        ("elif x: pass", Syntax, "invalid syntax", 1, 1),
        ("else if x:\n    pass", Syntax, "invalid syntax", 1, 1),
        ("x = 1; ; y = 2", Syntax, "invalid syntax", 1, 8),
        ("x = 1;;", Syntax, "invalid syntax", 1, 7),
        (";", Syntax, "invalid syntax", 1, 1),
        ("@\ndef f(): pass", Syntax, "invalid syntax", 1, 2),
        ("@dec\nx = 1", Syntax, "invalid syntax", 2, 1),
        ("@foo bar\ndef f(): pass", Syntax, "invalid syntax", 1, 6),
        ("class", Syntax, "invalid syntax", 1, 6),
        ("def", Syntax, "invalid syntax", 1, 4),
        ("def 1(): pass", Syntax, "invalid syntax", 1, 5),
        ("class = 5", Syntax, "invalid syntax", 1, 7),
        ("for x in : pass", Syntax, "invalid syntax", 1, 10),
        ("for in x: pass", Syntax, "invalid syntax", 1, 5),
        ("with : pass", Syntax, "invalid syntax", 1, 6),
        ("import", Syntax, "invalid syntax", 1, 7),
        ("import a.b as", Syntax, "invalid syntax", 1, 14),
        ("import a.", Syntax, "invalid syntax", 1, 10),
        ("import a as b.c", Syntax, "invalid syntax", 1, 14),
        ("from x import", Syntax, "invalid syntax", 1, 14),
        ("from x import a,", Syntax, "trailing comma not allowed without surrounding parentheses", 1, 17),
        ("assert", Syntax, "invalid syntax", 1, 7),
        ("raise from x", Syntax, "invalid syntax", 1, 7),
        ("raise x from", Syntax, "invalid syntax", 1, 13),
        ("global", Syntax, "invalid syntax", 1, 7),
        ("del", Syntax, "invalid syntax", 1, 4),
        ("return x y", Syntax, "invalid syntax", 1, 10),
        ("pass x", Syntax, "invalid syntax", 1, 6),
        ("x = not", Syntax, "invalid syntax", 1, 8),
        ("x ==", Syntax, "invalid syntax", 1, 5),
        ("x = 1 +", Syntax, "invalid syntax", 1, 8),
        ("x +=", Syntax, "invalid syntax", 1, 5),
        ("x++", Syntax, "invalid syntax", 1, 4),
        ("x = 5 +* 3", Syntax, "invalid syntax", 1, 8),
        ("if x === 5:\n    pass", Syntax, "invalid syntax", 1, 8),
        ("f = lambda x: return x", Syntax, "invalid syntax", 1, 15),
        ("x := 1", Syntax, "invalid syntax", 1, 3),
        ("x: int = 1 = 2", Syntax, "invalid syntax", 1, 12),
        ("x = [i for i in range(10) if i % 2 == 0 else 0]", Syntax, "invalid syntax", 1, 41),
        ("match x\n    case 1: pass", Syntax, "expected ':'", 1, 8),
        ("type X = int", Syntax, "invalid syntax", 1, 6),
        ("x = a.", Syntax, "invalid syntax", 1, 7),
        ("x = 1 if True else", Syntax, "invalid syntax", 1, 19),
        ("async def f():\n    await\n", Syntax, "invalid syntax", 2, 10),
        ("async x = 1", Syntax, "invalid syntax", 1, 7),
        ("@dec\n", Syntax, "invalid syntax", 1, 0),
        ("@dec\n# c", Syntax, "invalid syntax", 2, 0),
        ("def f():\n    @dec\n", Indentation, "unexpected unindent", 2, 9),
    ];
    check(rows);
}

/// Whole programs with one mistake each, as learners write them.
#[test]
fn learner_programs() {
    let rows: &[ErrorRow] = &[
    ("import asyncio\n\nasync def main():\n    print('start')\n    await asyncio.sleep(1)\n    print('end'\n\nasyncio.run(main())\n", Syntax, "'(' was never closed", 6, 10),
    ("import asyncio\n\nasync def work(n):\n    await asyncio.sleep(n)\n    return n\n\nasync def main():\n    results = await asyncio.gather(work(1) work(2))\n    print(results)\n", Syntax, "invalid syntax. Perhaps you forgot a comma?", 8, 36),
    ("import asyncio\n\nasync def main()\n    await asyncio.sleep(1)\n", Syntax, "expected ':'", 3, 17),
    ("import asyncio\n\nasync def main():\nawait asyncio.sleep(1)\n", Indentation, "expected an indented block after function definition on line 3", 4, 1),
    ("import asyncio\n\nasync def main():\n    task = asyncio.create_task(work())\n     await task\n", Indentation, "unexpected indent", 5, 5),
    ("import asyncio\n\nasync def main():\n    for i in range(3):\n        print(f\"tick {i\")\n", Syntax, "f-string: expecting '}'", 5, 25),
    ("import asyncio\n\nasync def main():\n    if done = True:\n        print('x')\n", Syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 4, 8),
    ("def greet(name):\n    print('Hello, ' + name)\n\ngreet('Ada'\nprint('bye')\n", Syntax, "'(' was never closed", 4, 6),
    ("x = 10\nif x > 5:\n    print(\"big\")\n  else:\n    print(\"small\")\n", Indentation, "unindent does not match any outer indentation level", 4, 8),
    ("numbers = [1, 2, 3\nfor n in numbers:\n    print(n)\n", Syntax, "'[' was never closed", 1, 11),
    ];
    check(rows);
}
