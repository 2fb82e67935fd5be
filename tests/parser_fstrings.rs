#![cfg(not(target_arch = "wasm32"))]
//! f-strings, as CPython 3.11 parses them: fields with conversions and format specs (which
//! may hold fields), `{x=}` debug text, doubled braces, concatenation with plain strings,
//! and the `f-string: ...` errors.
//!
//! Expected trees and errors are CPython 3.11's own; in the trees, as in CPython's, a field's
//! `=` text is shown joined to the literal text before it.

mod common;

use common::{check_errors, check_trees, ErrorRow};
use loopscope::python::error::CompileErrorKind::Syntax;

/// The pieces of f-strings, and of strings concatenated with them.
#[test]
fn trees() {
    check_trees(
        &[
            (r#"print(f"{x}")"#, "(expr (call print (f (fv x - -))))"),
            (
                r#"print(f"a{x!r}b{y:>10}c{z!s:{w}.{p}}")"#,
                r#"(expr (call print (f "a" (fv x r -) "b" (fv y - (f ">10")) "c" (fv z s (f (fv w - -) "." (fv p - -))))))"#,
            ),
            (r#"x = f"{x!a}""#, "(= x (f (fv x a -)))"),
            (
                r#"x = f"{3.14:.2f} {1000:,} {'x':>{width}}""#,
                r#"(= x (f (fv 3.14000000000000012e0 - (f ".2f")) " " (fv 1000 - (f ",")) " " (fv "x" - (f ">" (fv width - -)))))"#,
            ),
            (r#"x = f"{'{'}" f"{'}'}""#, r#"(= x (f (fv "{" - -) (fv "}" - -)))"#),
            ("x = f\"\"\"\n  {a}\n  {b:>10}\n\"\"\"", r#"(= x (f "\n  " (fv a - -) "\n  " (fv b - (f ">10")) "\n"))"#),
            (r#"x = f"{a}{b}{c}""#, "(= x (f (fv a - -) (fv b - -) (fv c - -)))"),
            (r#"x = f"a{{b}}c""#, r#"(= x (f "a{b}c"))"#),
            (r#"x = f"""#, "(= x (f))"),
            (r#"x = f"{x:=^10}""#, r#"(= x (f (fv x - (f "=^10"))))"#),
            (r#"x = f"{x!r:=^10}""#, r#"(= x (f (fv x r (f "=^10"))))"#),
            (r#"x = f"{ x }""#, "(= x (f (fv x - -)))"),
            (r#"x = f"{a if b else c}""#, "(= x (f (fv (if b a c) - -)))"),
            (r#"x = f"{f'{x}'}""#, "(= x (f (fv (f (fv x - -)) - -)))"),
            (r#"x = f"{x:{'>'}10}""#, r#"(= x (f (fv x - (f (fv ">" - -) "10"))))"#),
            (r#"x = f"{x:\n}""#, r#"(= x (f (fv x - (f "\n"))))"#),
            (r#"x = f"\{x}""#, r#"(= x (f "\\" (fv x - -)))"#),
            (r#"x = f"\\{x}""#, r#"(= x (f "\\" (fv x - -)))"#),
            (r#"x = rf"\{x}""#, r#"(= x (f "\\" (fv x - -)))"#),
            (r#"x = f"{x}\n{y}\t""#, r#"(= x (f (fv x - -) "\n" (fv y - -) "\t"))"#),
            (r#"x = F"{x}" Rf"{y}" fr'{z}'"#, "(= x (f (fv x - -) (fv y - -) (fv z - -)))"),
            (r#"print(f"{a['b']}" f'{c["d"]}')"#, r#"(expr (call print (f (fv ([] a "b") - -) (fv ([] c "d") - -))))"#),
            (r#"print(f"{{}} {{{a}}}")"#, r#"(expr (call print (f "{} {" (fv a - -) "}")))"#),
            (r#"print(f"{a:{b}{c}}")"#, "(expr (call print (f (fv a - (f (fv b - -) (fv c - -))))))"),
            (r#"print(f"{a:{{b}}}")"#, "(expr (call print (f (fv a - (f (fv (set b) - -))))))"),
            (r#"print(f"{'nested'}")"#, r#"(expr (call print (f (fv "nested" - -))))"#),
            (r#"print(f"{x:%H:%M}")"#, r#"(expr (call print (f (fv x - (f "%H:%M")))))"#),
            (r#"print(f"{d['k']!r:^20}")"#, r#"(expr (call print (f (fv ([] d "k") r (f "^20")))))"#),
            (r#"print(f"{a!r:}")"#, "(expr (call print (f (fv a r -))))"),
            (r#"print(f"{a, b}")"#, "(expr (call print (f (fv (tuple a b) - -))))"),
            (r#"print(f"{x for x in y}")"#, "(expr (call print (f (fv (genexp x (for x y)) - -))))"),
            ("print(f\"\"\"{\na\n}\"\"\")", "(expr (call print (f (fv a - -))))"),
            (r#"x = f"{a}" "b" f"{c}""#, r#"(= x (f (fv a - -) "b" (fv c - -)))"#),
            (r#"x = "a" f"{b}" "c""#, r#"(= x (f "a" (fv b - -) "c"))"#),
            (r#"x = f"{x!r:}""#, "(= x (f (fv x r -)))"),
            (r#"x = f"{x =  }""#, r#"(= x (f "x =  " (fv x r -)))"#),
            (r#"x = f'{"a" "b"}'"#, r#"(= x (f (fv "ab" - -)))"#),
            (r#"x = f"{a.b=}""#, r#"(= x (f "a.b=" (fv (. a b) r -)))"#),
            (
                r#"x = f"{x=}", f"{x = }", f"{x=!s}", f"{x=:>5}""#,
                r#"(= x (tuple (f "x=" (fv x r -)) (f "x = " (fv x r -)) (f "x=" (fv x s -)) (f "x=" (fv x - (f ">5")))))"#,
            ),
        ],
        false,
    );
}

/// Fields' expressions keep their own positions; literal text takes the string's.
#[test]
fn positions() {
    check_trees(
        &[
            (
                r#"x = f"{a} {b.c(d)}""#,
                r#"(= x@1:1 (f (fv a@1:8 - -) " "@1:5 (fv (call (. b@1:12 c)@1:12 d@1:16)@1:12 - -))@1:5)@1:1"#,
            ),
            (
                r#"x = f"{x=}" f"{y!r:>{w}}""#,
                r#"(= x@1:1 (f "x="@1:5 (fv x@1:8 r -) (fv y@1:16 r (f ">"@1:5 (fv w@1:22 - -))))@1:5)@1:1"#,
            ),
            (
                "x = f\"\"\"\n  {a}\n    {b}\"\"\"",
                r#"(= x@1:1 (f "\n  "@1:5 (fv a@2:4 - -) "\n    "@1:5 (fv b@3:6 - -))@1:5)@1:1"#,
            ),
            (r#"x = f"é{ü}""#, r#"(= x@1:1 (f "é"@1:5 (fv ü@1:9 - -))@1:5)@1:1"#),
        ],
        true,
    );
}

/// f-string errors, placed where CPython places them: after the string for errors in the
/// string itself, in the field's own columns (counted from its `{`) for errors in an
/// expression.
#[test]
fn errors() {
    let rows: &[ErrorRow] = &[
        (r#"f"{}""#, Syntax, "f-string: empty expression not allowed", 1, 6),
        (r#"f"{ }""#, Syntax, "f-string: empty expression not allowed", 1, 7),
        (r#"f"{!r}""#, Syntax, "f-string: expression required before '!'", 1, 8),
        (r#"f"{:}""#, Syntax, "f-string: expression required before ':'", 1, 7),
        (r#"f"{=}""#, Syntax, "f-string: expression required before '='", 1, 7),
        (r#"f"{x!z}""#, Syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9),
        (r#"f"{x!}""#, Syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8),
        (r#"f"{x""#, Syntax, "f-string: expecting '}'", 1, 6),
        (r#"f"{x:""#, Syntax, "f-string: expecting '}'", 1, 7),
        (r#"f"}""#, Syntax, "f-string: single '}' is not allowed", 1, 5),
        (r#"f"{""#, Syntax, "f-string: expecting '}'", 1, 5),
        (r#"f"{a b}""#, Syntax, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2),
        (r#"f"{ a b }""#, Syntax, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 3),
        ("f\"\"\"{\na b}\"\"\"", Syntax, "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 1),
        ("f\"\"\"{a\n b c}\"\"\"", Syntax, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2),
        (r#"f"{1 +}""#, Syntax, "f-string: invalid syntax", 1, 5),
        (r#"f"{x!r:{y}""#, Syntax, "f-string: expecting '}'", 1, 12),
        (r#"f"{\n}""#, Syntax, "f-string expression part cannot include a backslash", 1, 8),
        (r#"f"{#}""#, Syntax, "f-string expression part cannot include '#'", 1, 7),
        (r#"f"{x)}""#, Syntax, "f-string: unmatched ')'", 1, 8),
        (r#"f"{(x]}""#, Syntax, "f-string: closing parenthesis ']' does not match opening parenthesis '('", 1, 9),
        (r#"f"{x:{y:{z}}}""#, Syntax, "f-string: expressions nested too deeply", 1, 15),
        (r#"x = f"{1abc}""#, Syntax, "invalid decimal literal", 1, 2),
        (r#"x = f"{'a}""#, Syntax, "f-string: unterminated string", 1, 12),
        (r#"x = f"{a!r }""#, Syntax, "f-string: expecting '}'", 1, 14),
        (r#"x = f"{a:{b:{c}}}""#, Syntax, "f-string: expressions nested too deeply", 1, 19),
        (r#"f"{*a}""#, Syntax, "f-string: cannot use starred expression here", 1, 2),
        (r#"f"{lambda: 1}""#, Syntax, "f-string: invalid syntax", 1, 8),
        ("x = f'{a}}'", Syntax, "f-string: single '}' is not allowed", 1, 12),
        ("x = f'{a}{'", Syntax, "f-string: expecting '}'", 1, 12),
        (r#"x = f"{x!r=}""#, Syntax, "f-string: expecting '}'", 1, 14),
        (r#"print(f"{x=}" f"{y")"#, Syntax, "f-string: expecting '}'", 1, 20),
        (r#"x = f"{1 = 2}""#, Syntax, "f-string: expecting '}'", 1, 15),
        (r#"x = f"{a ! r}""#, Syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15),
        (
            r#"x = f"\x4{a}""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
            1,
            14,
        ),
        (
            r#"x = f"{a}\x4""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
            1,
            14,
        ),
        (
            r#"x = f"{a}" "\x4""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
            1,
            17,
        ),
        (r#"x = f"{}" f"{""#, Syntax, "f-string: empty expression not allowed", 1, 15),
        (r#"print(f"Hello {name)"#, Syntax, "unterminated string literal (detected at line 1)", 1, 7),
        (r#"print(f"{x")"#, Syntax, "f-string: expecting '}'", 1, 12),
        (r#"print(f"{x}}")"#, Syntax, "f-string: single '}' is not allowed", 1, 14),
    ];
    check_errors(rows);
}

// ---- debug text and format specs in Loopscope's own form ----

use loopscope::python::ast::{Expr, ExprKind, FStringPart, StmtKind};
use loopscope::python::parser::parse;

/// The pieces of the f-string assigned by `source`.
fn pieces(source: &str, check: impl FnOnce(&[FStringPart])) {
    let module = parse(source).unwrap();
    let StmtKind::Assign { value, .. } = &module.body[0].kind else { panic!("not an assignment") };
    let ExprKind::FString(parts) = &value.kind else { panic!("not an f-string: {source}") };
    check(parts)
}

fn name(e: &Expr) -> &str {
    match &e.kind {
        ExprKind::Name(n) => &n.id,
        _ => panic!("not a name"),
    }
}

/// `{x=}` keeps the text up to and including `=` and the spaces around it, and defaults to
/// `!r` only when there is neither a conversion nor a format spec.
#[test]
fn debug_text_keeps_the_original_spacing() {
    let cases =
        [("x = f'{x=}'", "x=", Some('r')), ("x = f'{ x = }'", " x = ", Some('r')), ("x = f'{x=!s}'", "x=", Some('s'))];
    for (source, text, conv) in cases {
        pieces(source, |parts| {
            let [FStringPart::Field { value, conversion, spec, debug_text }] = parts else {
                panic!("{source}: {parts:?}")
            };
            assert_eq!((name(value), *conversion, spec.len(), debug_text.as_deref()), ("x", conv, 0, Some(text)));
        });
    }
    pieces("x = f'{x = :>5}'", |parts| {
        let [FStringPart::Field { conversion: None, spec, debug_text: Some(text), .. }] = parts else {
            panic!("{parts:?}")
        };
        assert!(matches!((&**text, &spec[..]), ("x = ", [FStringPart::Literal(s)]) if &**s == ">5"));
    });
}

/// A format spec is itself a list of pieces, which may be fields.
#[test]
fn format_specs_hold_fields() {
    pieces("x = f'a{{{v:{w}.{p}f}}}'", |parts| {
        let [FStringPart::Literal(a), FStringPart::Field { spec, .. }, FStringPart::Literal(b)] = parts else {
            panic!("{parts:?}")
        };
        assert_eq!((&**a, &**b), ("a{", "}"));
        let [FStringPart::Field { value: w, .. }, FStringPart::Literal(dot), FStringPart::Field { value: p, .. }, FStringPart::Literal(f)] =
            &spec[..]
        else {
            panic!("{spec:?}")
        };
        assert_eq!((name(w), &**dot, name(p), &**f), ("w", ".", "p", "f"));
    });
}
