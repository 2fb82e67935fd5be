#![cfg(not(target_arch = "wasm32"))]
//! Parsing expressions: precedence, literals, displays, comprehensions, calls and positions.
//!
//! Expected trees are CPython 3.11's own (`ast.parse`), printed by
//! `tests/common/cpython_sexpr.py` in the form `common::tree` prints Loopscope's.

mod common;

use common::check_trees;

/// Operator precedence and associativity, as Python defines them.
#[test]
fn precedence() {
    check_trees(
        &[
            ("x = 1 + 2 * 3", "(= x (+ 1 (* 2 3)))"),
            ("x = -2 ** 2", "(= x (neg (** 2 2)))"),
            ("x = 2 ** -1", "(= x (** 2 (neg 1)))"),
            ("x = 2 ** 3 ** 2", "(= x (** 2 (** 3 2)))"),
            ("x = -a ** -b", "(= x (neg (** a (neg b))))"),
            ("x = (-a) ** b", "(= x (** (neg a) b))"),
            ("x = a ** -b ** c", "(= x (** a (neg (** b c))))"),
            ("x = await a ** b", "(= x (** (await a) b))"),
            ("x = not a and b or c", "(= x (or (and (not a) b) c))"),
            ("x = a or b and not c", "(= x (or a (and b (not c))))"),
            ("x = a and b and c or d and e", "(= x (or (and a b c) (and d e)))"),
            (
                "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m",
                "(= x (| a (^ b (& c (>> (<< d e) (- (+ f g) (@ (% (// (/ (* h i) j) k) l) m)))))))",
            ),
            ("x = ~a + -b - +c", "(= x (- (+ (~ a) (neg b)) (pos c)))"),
            ("x = ~~a", "(= x (~ (~ a)))"),
            ("x = not -a", "(= x (not (neg a)))"),
            ("x = - - a", "(= x (neg (neg a)))"),
            ("x = not not a", "(= x (not (not a)))"),
            ("x = not a == b", "(= x (not (cmp a == b)))"),
            ("x = (a + b) * c", "(= x (* (+ a b) c))"),
            ("x = a // b % c * d / e @ f", "(= x (@ (/ (* (% (// a b) c) d) e) f))"),
            ("x = a & b | c ^ d", "(= x (| (& a b) (^ c d)))"),
        ],
        false,
    );
}

/// Chained comparisons, including `not in` and `is not`.
#[test]
fn comparisons() {
    check_trees(
        &[
            ("x = a < b <= c != d", "(= x (cmp a < b <= c != d))"),
            ("x = a not in b is not c in d is e", "(= x (cmp a not-in b is-not c in d is e))"),
            ("x = a == b == c", "(= x (cmp a == b == c))"),
            ("x = a is not b", "(= x (cmp a is-not b))"),
            ("x = a not in b", "(= x (cmp a not-in b))"),
            ("x = True is not False", "(= x (cmp True is-not False))"),
            ("x = 1 < 2 > 3 >= 4 <= 5", "(= x (cmp 1 < 2 > 3 >= 4 <= 5))"),
        ],
        false,
    );
}

/// Conditional expressions and lambdas.
#[test]
fn conditionals_and_lambdas() {
    check_trees(
        &[
            ("x = a if b else c if d else e", "(= x (if b a (if d c e)))"),
            ("x = lambda: 0", "(= x (lambda () 0))"),
            ("x = lambda a, b=1, *c, d, e=2, **f: a", "(= x (lambda (a b=1 *c d e=2 **f) a))"),
            ("x = lambda *, a: a", "(= x (lambda (* a) a))"),
            ("x = lambda a, /, b: a", "(= x (lambda (a / b) a))"),
            ("x = lambda *args, **kwargs: 0", "(= x (lambda (*args **kwargs) 0))"),
            ("x = lambda: lambda: 1", "(= x (lambda () (lambda () 1)))"),
            ("x = a if b else lambda: c", "(= x (if b a (lambda () c)))"),
            ("x = lambda: a if b else c", "(= x (lambda () (if b a c)))"),
            ("x = [lambda: i for i in range(3)]", "(= x (listcomp (lambda () i) (for i (call range 3))))"),
            ("x = lambda: (yield)", "(= x (lambda () (yield -)))"),
        ],
        false,
    );
}

/// Tuples, lists, sets and dicts, with unpacking and trailing commas.
#[test]
fn displays() {
    check_trees(
        &[
            (
                "x = (a, b), [c, d], {e, f}, {g: h, **i}",
                "(= x (tuple (tuple a b) (list c d) (set e f) (dict (g h) (** i))))",
            ),
            ("x = ()", "(= x (tuple))"),
            ("x = (a,)", "(= x (tuple a))"),
            ("x = a,", "(= x (tuple a))"),
            ("x = [*a, *b]", "(= x (list (* a) (* b)))"),
            ("x = {**a, 'b': 1}", r#"(= x (dict (** a) ("b" 1)))"#),
            ("x = {}", "(= x (dict))"),
            ("x = {'a': 1, 'b': 2,}", r#"(= x (dict ("a" 1) ("b" 2)))"#),
            ("x = {1, 2, 3,}", "(= x (set 1 2 3))"),
            ("x = (1, 2, 3,)", "(= x (tuple 1 2 3))"),
            ("x = [[1, 2], [3, 4]]", "(= x (list (list 1 2) (list 3 4)))"),
            ("x = [\n    1, 2, 3\n][1:]", "(= x ([] (list 1 2 3) (slice 1 - -)))"),
            ("x = {(a := 1): 2}", "(= x (dict ((:= a 1) 2)))"),
        ],
        false,
    );
}

/// List, set, dict and generator comprehensions with nested clauses.
#[test]
fn comprehensions() {
    check_trees(
        &[
            (
                "x = [i for i in range(10) if i % 2 if i > 3]",
                "(= x (listcomp i (for i (call range 10) (if (% i 2)) (if (cmp i > 3)))))",
            ),
            ("x = {i: j for i, j in items}", "(= x (dictcomp i j (for (tuple i j) items)))"),
            ("x = {i for i in x}", "(= x (setcomp i (for i x)))"),
            ("x = (i for i in x for j in y)", "(= x (genexp i (for i x) (for j y)))"),
            ("x = f(i for i in x)", "(= x (call f (genexp i (for i x))))"),
            ("x = [a async for a in b]", "(= x (listcomp a (async-for a b)))"),
            ("x = [y for y in z if y if not y]", "(= x (listcomp y (for y z (if y) (if (not y)))))"),
            ("x = [(a, b) for a in c for b in d]", "(= x (listcomp (tuple a b) (for a c) (for b d)))"),
            (
                "x = {a: b for a, b in c.items() if a}",
                "(= x (dictcomp a b (for (tuple a b) (call (. c items)) (if a))))",
            ),
            ("x = sum(x * x for x in range(10))", "(= x (call sum (genexp (* x x) (for x (call range 10)))))"),
            ("x = (a for b in c if d if e for f in g)", "(= x (genexp a (for b c (if d) (if e)) (for f g)))"),
            ("x = [a for b in c if (d := e)]", "(= x (listcomp a (for b c (if (:= d e)))))"),
            ("x = [x for x, in y]", "(= x (listcomp x (for (tuple x) y)))"),
        ],
        false,
    );
}

/// Calls with every kind of argument, attributes, and chains of trailers.
#[test]
fn calls_and_trailers() {
    check_trees(
        &[
            ("x = f(a, *b, c=1, **d)", "(= x (call f a (* b) (kw c 1) (** d)))"),
            ("x = f(a)(b)[c].d", "(= x (. ([] (call (call f a) b) c) d))"),
            ("x = a.b.c.d", "(= x (. (. (. a b) c) d))"),
            ("x = f()()()", "(= x (call (call (call f))))"),
            ("x = a[b][c]", "(= x ([] ([] a b) c))"),
            ("print(*args, sep='')", r#"(expr (call print (* args) (kw sep "")))"#),
            ("x = f(a,)", "(= x (call f a))"),
            ("x = f(*a, *b)", "(= x (call f (* a) (* b)))"),
            ("x = f(**a, **b)", "(= x (call f (** a) (** b)))"),
            ("x = f(a, b=1, *c)", "(= x (call f a (* c) (kw b 1)))"),
            ("x = f(a=1, *b, c=2)", "(= x (call f (* b) (kw a 1) (kw c 2)))"),
            ("x = dict(a=1, **b)", "(= x (call dict (kw a 1) (** b)))"),
            ("x = sorted(xs, key=lambda x: -x)", "(= x (call sorted xs (kw key (lambda (x) (neg x)))))"),
            ("x = (a)(b)", "(= x (call a b))"),
            ("x = (a).b", "(= x (. a b))"),
            ("x = (a)[b]", "(= x ([] a b))"),
            ("x = (a, b)[0]", "(= x ([] (tuple a b) 0))"),
            ("x = 'abc'.upper()", r#"(= x (call (. "abc" upper)))"#),
            ("x = 1 .real", "(= x (. 1 real))"),
            ("x = 1..real", "(= x (. 1.00000000000000000e0 real))"),
            ("x = f(a := 1)", "(= x (call f (:= a 1)))"),
            ("print(*[1, 2], *(3, 4))", "(expr (call print (* (list 1 2)) (* (tuple 3 4))))"),
        ],
        false,
    );
}

/// Subscripts and slices, including tuples of slices.
#[test]
fn subscripts() {
    check_trees(
        &[
        ("x = a[1:2], a[::2], a[1:], a[:2], a[:], a[1:2:3]", "(= x (tuple ([] a (slice 1 2 -)) ([] a (slice - - 2)) ([] a (slice 1 - -)) ([] a (slice - 2 -)) ([] a (slice - - -)) ([] a (slice 1 2 3))))"),
        ("x = a[1:2, 3]", "(= x ([] a (tuple (slice 1 2 -) 3)))"),
        ("x = a[1, 2]", "(= x ([] a (tuple 1 2)))"),
        ("x = a[*b]", "(= x ([] a (tuple (* b))))"),
        ("x = a[:, 1]", "(= x ([] a (tuple (slice - - -) 1)))"),
        ("x = a[..., 1]", "(= x ([] a (tuple ... 1)))"),
        ("x = a[b, c:d, ::e]", "(= x ([] a (tuple b (slice c d -) (slice - - e))))"),
        ("x = a[()]", "(= x ([] a (tuple)))"),
        ("x = a[(1, 2)]", "(= x ([] a (tuple 1 2)))"),
        ("x = a[1:-1]", "(= x ([] a (slice 1 (neg 1) -)))"),
        ("x = a[::-1]", "(= x ([] a (slice - - (neg 1))))"),
        ("x = a[b := 1]", "(= x ([] a (:= b 1)))"),
        ],
        false,
    );
}

/// Assignment expressions, `yield`, `yield from` and `await`.
#[test]
fn named_and_yield() {
    check_trees(
        &[
            ("y = (x := 10)", "(= y (:= x 10))"),
            ("if (n := len(a)) > 10: pass", "(if (cmp (:= n (call len a)) > 10) ((pass)) ())"),
            ("x = (a := 1, b := 2)", "(= x (tuple (:= a 1) (:= b 2)))"),
            ("x = [a := 1, b]", "(= x (list (:= a 1) b))"),
            ("x = (yield)", "(= x (yield -))"),
            ("x = yield from g", "(= x (yield-from g))"),
            ("def g():\n    x = yield\n    return (yield)", "(def g () (@) ((= x (yield -)) (return (yield -))))"),
            ("print((yield))", "(expr (call print (yield -)))"),
            ("x = await y", "(= x (await y))"),
        ],
        false,
    );
}

/// Number literals: ints of every base with underscores, big ints, floats, imaginary numbers.
#[test]
fn numbers() {
    check_trees(
        &[
        ("x = 1_000_000", "(= x 1000000)"),
        ("x = 0x_FF + 0o17 + 0b1010 + 0XAB", "(= x (+ (+ (+ 255 15) 10) 171))"),
        ("x = 1.5 + 1e10 + 1.5e-3 + .5 + 5. + 1_0.0_1", "(= x (+ (+ (+ (+ (+ 1.50000000000000000e0 1.00000000000000000e10) 1.50000000000000003e-3) 5.00000000000000000e-1) 5.00000000000000000e0) 1.00099999999999998e1))"),
        ("x = 2j + 1.5J", "(= x (+ 2.00000000000000000e0j 1.50000000000000000e0j))"),
        ("x = 123456789012345678901234567890", "(= x 123456789012345678901234567890)"),
        ("x = 0xFFFFFFFFFFFFFFFFFFFF", "(= x 1208925819614629174706175)"),
        ("x = 9223372036854775807", "(= x 9223372036854775807)"),
        ("x = 9223372036854775808", "(= x 9223372036854775808)"),
        ("x = 00", "(= x 0)"),
        ("x = 0.0", "(= x 0.00000000000000000e0)"),
        ("x = 1e-10", "(= x 1.00000000000000004e-10)"),
        ("x = 1.7976931348623157e308", "(= x 1.79769313486231571e308)"),
        ("x = 5e-324", "(= x 4.94065645841246544e-324)"),
        ("x = 1e400", "(= x inf)"),
        ("x = 0j", "(= x 0.00000000000000000e0j)"),
        ("x = 1_2.3_4e5_6", "(= x 1.23399999999999997e57)"),
        ("x = 0o777 + 0O1 + 0b_1 + 0x_a_b", "(= x (+ (+ (+ 511 1) 1) 171))"),
        ("x = 1if y else 2", "(= x (if y 1 2))"),
        ("x = [0x1for x in y]", "(= x (list (or 31 (cmp x in y))))"),
        ("x = ...", "(= x ...)"),
        ("x = True, False, None", "(= x (tuple True False None))"),
        ],
        false,
    );
}

/// String and bytes literals: prefixes, quotes, escapes, implicit concatenation.
#[test]
fn strings() {
    check_trees(
        &[
            (r#"print("a" "b" 'c')"#, r#"(expr (call print "abc"))"#),
            (r#"print(b"ab" b"cd")"#, r#"(expr (call print b"abcd"))"#),
            (
                r#"print(r"\n", rb"\x", Rb"a", BR"b", u"x", U"y")"#,
                r#"(expr (call print "\\n" b"\x5cx" b"a" b"b" "x" "y"))"#,
            ),
            (r#"print("\x41\u0042\U00000043\101\n\t\\\'\"")"#, r#"(expr (call print "ABCA\n\t\\'\""))"#),
            ("print('''a\nb''')", r#"(expr (call print "a\nb"))"#),
            (r#"x = "tab\there""#, r#"(= x "tab\there")"#),
            (r#"x = 'it\'s'"#, r#"(= x "it's")"#),
            (r#"x = "say \"hi\"""#, r#"(= x "say \"hi\"")"#),
            ("x = '''a\\\nb'''", r#"(= x "ab")"#),
            (r#"x = "ünïcödé""#, r#"(= x "ünïcödé")"#),
            ("ünï = 1", "(= ünï 1)"),
            ("x = '日本語'", r#"(= x "日本語")"#),
            (r#"x = "\0\01\012\0123""#, r#"(= x "\u0000\u0001\n\n3")"#),
            (r#"x = "\a\b\f\v\r""#, r#"(= x "\u0007\b\f\u000b\r")"#),
            (r#"x = b"\a\b\f\v\r\0\377""#, r#"(= x b"\x07\x08\x0c\x0b\x0d\x00\xff")"#),
            (r#"x = b'\''"#, r#"(= x b"'")"#),
            ("x = ''", r#"(= x "")"#),
            (r#"x = """""""#, r#"(= x "")"#),
            (r#"x = '\d'"#, r#"(= x "\\d")"#),
            (r#"x = b'\d\x41\101'"#, r#"(= x b"\x5cdAA")"#),
            ("x = \"a\\\nb\"", r#"(= x "ab")"#),
            ("x = \"a\" \\\n    \"b\"", r#"(= x "ab")"#),
            ("x = (\"a\"\n     \"b\")", r#"(= x "ab")"#),
            (r#"x = "é" "ü""#, r#"(= x "éü")"#),
        ],
        false,
    );
}

/// Where expressions start, including parenthesised operands (which start at the `(`) and multi-line literals.
#[test]
fn expression_positions() {
    check_trees(
        &[
            ("x = (a + b) * c", "(= x@1:1 (* (+ a@1:6 b@1:10)@1:6 c@1:15)@1:5)@1:1"),
            ("x = (a).b(c)[d]", "(= x@1:1 ([] (call (. a@1:6 b)@1:5 c@1:11)@1:5 d@1:14)@1:5)@1:1"),
            ("x = -a ** -b", "(= x@1:1 (neg (** a@1:6 (neg b@1:12)@1:11)@1:6)@1:5)@1:1"),
            ("x = not a or b and c", "(= x@1:1 (or (not a@1:9)@1:5 (and b@1:14 c@1:20)@1:14)@1:5)@1:1"),
            ("x = a < b in c", "(= x@1:1 (cmp a@1:5 < b@1:9 in c@1:14)@1:5)@1:1"),
            ("x = [i for i in y if i]", "(= x@1:1 (listcomp i@1:6 (for i@1:12 y@1:17 (if i@1:22)))@1:5)@1:1"),
            ("x = f(a for a in b)", "(= x@1:1 (call f@1:5 (genexp a@1:7 (for a@1:13 b@1:18))@1:6)@1:5)@1:1"),
            (
                "x = {k: v for k, v in d}",
                "(= x@1:1 (dictcomp k@1:6 v@1:9 (for (tuple k@1:15 v@1:18)@1:15 d@1:23))@1:5)@1:1",
            ),
            ("x = lambda a, *b: a if b else c", "(= x@1:1 (lambda (a *b) (if b@1:24 a@1:19 c@1:31)@1:19)@1:5)@1:1"),
            (
                "x = a[1:2, ::3]",
                "(= x@1:1 ([] a@1:5 (tuple (slice 1@1:7 2@1:9 -)@1:7 (slice - - 3@1:14)@1:12)@1:7)@1:5)@1:1",
            ),
            ("x = (yield a)", "(= x@1:1 (yield a@1:12)@1:6)@1:1"),
            ("y = (x := 10)", "(= y@1:1 (:= x 10@1:11)@1:6)@1:1"),
            ("x = (\n    1,\n    2,\n)", "(= x@1:1 (tuple 1@2:5 2@3:5)@1:5)@1:1"),
            ("x = 'a' 'b' \\\n    'c'", r#"(= x@1:1 "abc"@1:5)@1:1"#),
            ("x = ('a'\n     'b')", r#"(= x@1:1 "ab"@1:6)@1:1"#),
            ("x = '''\nmulti''' + y", r#"(= x@1:1 (+ "\nmulti"@1:5 y@2:12)@1:5)@1:1"#),
            (
                "x = [*a, *b] + {**c}",
                "(= x@1:1 (+ (list (* a@1:7)@1:6 (* b@1:11)@1:10)@1:5 (dict (** c@1:19))@1:16)@1:5)@1:1",
            ),
            ("x = ü + 日本", "(= x@1:1 (+ ü@1:5 日本@1:9)@1:5)@1:1"),
        ],
        true,
    );
}

// ---- what the printed trees do not show ----

use loopscope::python::ast::{ComprehensionKind, Constant, Expr, ExprKind, Span, StmtKind};
use loopscope::python::parser::parse;

/// The value assigned by `source`, a one-line assignment.
fn value(source: &str, check: impl FnOnce(&Expr)) {
    let module = parse(source).unwrap();
    let StmtKind::Assign { value, .. } = &module.body[0].kind else { panic!("not an assignment") };
    check(value)
}

/// Ints beyond `i64` keep their decimal digits, whatever base they were written in.
#[test]
fn big_ints_keep_their_decimal_digits() {
    for (source, digits) in [
        ("x = 9223372036854775808", "9223372036854775808"),
        ("x = 0x_1_0000_0000_0000_0000", "18446744073709551616"),
        ("x = 0o7_777_777_777_777_777_777_777", "73786976294838206463"),
    ] {
        value(source, |e| {
            assert!(matches!(&e.kind, ExprKind::Constant(Constant::BigInt(d)) if &**d == digits), "{source}")
        });
    }
    value("x = 9223372036854775807", |e| assert!(matches!(e.kind, ExprKind::Constant(Constant::Int(i64::MAX)))));
}

/// Imaginary literals are a constant of their own.
#[test]
fn imaginary_literals() {
    value("x = 1_0.5e1j", |e| assert!(matches!(e.kind, ExprKind::Constant(Constant::Imaginary(v)) if v == 105.0)));
}

/// Each comprehension knows what it builds and starts at its bracket; a generator that is a
/// call's only argument starts at the call's `(`.
#[test]
fn comprehension_kinds_and_positions() {
    let cases = [
        ("x = [a for a in b]", ComprehensionKind::List, 5),
        ("x = {a for a in b}", ComprehensionKind::Set, 5),
        ("x = {a: 1 for a in b}", ComprehensionKind::Dict, 5),
        ("x = (a for a in b)", ComprehensionKind::Generator, 5),
    ];
    for (source, kind, col) in cases {
        value(source, |e| {
            let ExprKind::Comprehension(c) = &e.kind else { panic!("not a comprehension: {source}") };
            assert_eq!((c.kind, c.span, e.span), (kind, Span::new(1, col), Span::new(1, col)));
            assert_eq!(c.value.is_some(), kind == ComprehensionKind::Dict);
        });
    }
    value("x = sum(a async for a in b)", |e| {
        let ExprKind::Call { args, .. } = &e.kind else { panic!("not a call") };
        let loopscope::python::ast::Arg::Positional(g) = &args[0] else { panic!("not positional") };
        let ExprKind::Comprehension(c) = &g.kind else { panic!("not a generator") };
        assert_eq!((c.kind, c.span, c.generators[0].is_async), (ComprehensionKind::Generator, Span::new(1, 8), true));
    });
}
