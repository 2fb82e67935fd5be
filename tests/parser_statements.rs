#![cfg(not(target_arch = "wasm32"))]
//! Parsing statements: the tree of each statement form, and where each node starts.
//!
//! Expected trees are CPython 3.11's own (`ast.parse`), printed by
//! `tests/common/cpython_sexpr.py` in the form `common::tree` prints Loopscope's.

mod common;

use common::check_trees;

/// Assignment chains, unpacking targets, augmented and annotated assignment.
#[test]
fn assignments() {
    check_trees(
        &[
            ("a = b = c = 1", "(= a b c 1)"),
            ("a, b = b, a", "(= (tuple a b) (tuple b a))"),
            ("a, *b = c", "(= (tuple a (* b)) c)"),
            ("[a, b] = c", "(= (list a b) c)"),
            ("(a, b), c = x", "(= (tuple (tuple a b) c) x)"),
            ("[a, (b, c)] = x", "(= (list a (tuple b c)) x)"),
            ("a = b, c = d", "(= a (tuple b c) d)"),
            ("x.y.z = 1", "(= (. (. x y) z) 1)"),
            ("x[1][2] = 3", "(= ([] ([] x 1) 2) 3)"),
            ("x[1:2] = []", "(= ([] x (slice 1 2 -)) (list))"),
            ("f().x = 1", "(= (. (call f) x) 1)"),
            ("a = yield", "(= a (yield -))"),
            ("a = yield b, c", "(= a (yield (tuple b c)))"),
            ("a += 1", "(+= a 1)"),
            (
                "a -= 1; a *= 2; a /= 3; a //= 4; a %= 5; a **= 6",
                "(-= a 1) (*= a 2) (/= a 3) (//= a 4) (%= a 5) (**= a 6)",
            ),
            (
                "a @= 7; a &= 8; a |= 9; a ^= 10; a <<= 11; a >>= 12",
                "(@= a 7) (&= a 8) (|= a 9) (^= a 10) (<<= a 11) (>>= a 12)",
            ),
            ("x: int", "(ann x int)"),
            ("x: int = 5", "(ann x int 5)"),
            ("a.b: int = 1", "(ann (. a b) int 1)"),
            ("a[0]: int", "(ann ([] a 0) int)"),
            ("(x): int = 1", "(ann x int 1)"),
            ("x: list[int] = []", "(ann x ([] list int) (list))"),
            ("match = 1", "(= match 1)"),
            ("case = _ = 3", "(= case _ 3)"),
            ("match.x = 2", "(= (. match x) 2)"),
        ],
        false,
    );
}

/// `pass`, `del`, `return`, `raise`, `assert`, `global`, imports; comments and line joining.
#[test]
fn simple_statements() {
    check_trees(
        &[
            ("pass", "(pass)"),
            ("x = 1; y = 2;", "(= x 1) (= y 2)"),
            ("del a, b[0], c.d", "(del a ([] b 0) (. c d))"),
            ("del (a, b)", "(del (tuple a b))"),
            ("del [a]", "(del (list a))"),
            ("del a,", "(del a)"),
            ("return", "(return -)"),
            ("return a, b", "(return (tuple a b))"),
            ("return *a, b", "(return (tuple (* a) b))"),
            ("raise", "(raise - -)"),
            ("raise E", "(raise E -)"),
            ("raise E from None", "(raise E None)"),
            ("assert x", "(assert x -)"),
            (r#"assert x, "msg""#, r#"(assert x "msg")"#),
            ("global a, b", "(global a b)"),
            ("def f():\n    nonlocal a", "(def f () (@) ((nonlocal a)))"),
            ("import a", "(import (a -))"),
            ("import a.b.c", "(import (a.b.c -))"),
            ("import a.b as c, d", "(import (a.b c) (d -))"),
            ("from a import b", "(from a (b -))"),
            ("from a.b import c as d, e", "(from a.b (c d) (e -))"),
            ("from a import (b, c,)", "(from a (b -) (c -))"),
            ("from a import (b)", "(from a (b -))"),
            ("print(x)\n# comment\n\n", "(expr (call print x))"),
            ("x = 1  # comment", "(= x 1)"),
            ("x = [\n  1,\n  2,\n]", "(= x (list 1 2))"),
            ("x = 1 + \\\n    2", "(= x (+ 1 2))"),
            ("if a and \\\n   b:\n    pass", "(if (and a b) ((pass)) ())"),
        ],
        false,
    );
}

/// `def` and `async def`: every kind of parameter, annotations, decorators, generators.
#[test]
fn functions() {
    check_trees(
        &[
        ("def f(): pass", "(def f () (@) ((pass)))"),
        ("def f(a, b, /, c, d=1, *e, f, g=2, **h) -> int: return a", "(def f (a b / c d=1 *e f g=2 **h) (@) ((return a)))"),
        ("def f(a: int, *args: str, **kw: float) -> None: pass", "(def f (a:int *args:str **kw:float) (@) ((pass)))"),
        ("def f(*, a=1, b): pass", "(def f (* a=1 b) (@) ((pass)))"),
        ("def f(a, /): pass", "(def f (a /) (@) ((pass)))"),
        ("def f(a=1, /, b=2, *, c=3): pass", "(def f (a=1 / b=2 * c=3) (@) ((pass)))"),
        ("def f(**kwargs): pass", "(def f (**kwargs) (@) ((pass)))"),
        ("def f(*args): pass", "(def f (*args) (@) ((pass)))"),
        ("def f(\n    a,\n    b=2,\n    *,\n    c,\n):\n    pass", "(def f (a b=2 * c) (@) ((pass)))"),
        ("@a\n@b.c(d)\ndef f(): pass", "(def f () (@ a (call (. b c) d)) ((pass)))"),
        ("@decorator\nasync def f(): pass", "(async-def f () (@ decorator) ((pass)))"),
        ("@(lambda f: f)\ndef h(): pass", "(def h () (@ (lambda (f) f)) ((pass)))"),
        ("def f():\n    yield\n    yield x\n    y = yield x\n    z = yield from g()", "(def f () (@) ((expr (yield -)) (expr (yield x)) (= y (yield x)) (= z (yield-from (call g)))))"),
        ("def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n    return inner", "(def outer () (@) ((= x 1) (def inner () (@) ((nonlocal x) (+= x 1))) (return inner)))"),
        ("async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d, e:\n        pass", "(async-def f () (@) ((expr (await x)) (async-for a b ((pass)) ()) (async-with ((item c d) (item e -)) ((pass)))))"),
        ],
        false,
    );
}

/// Class definitions with bases, keywords, decorators and bodies.
#[test]
fn classes() {
    check_trees(
        &[
        ("class C: pass", "(class C () () (@) ((pass)))"),
        ("class C(): pass", "(class C () () (@) ((pass)))"),
        ("class A(B, C, metaclass=M, x=1):\n    pass", "(class A (B C) ((kw metaclass M) (kw x 1)) (@) ((pass)))"),
        ("@a\nclass C(B):\n    x = 1\n    def m(self): return self", "(class C (B) () (@ a) ((= x 1) (def m (self) (@) ((return self)))))"),
        ("class Counter:\n    \"\"\"Docstring.\"\"\"\n    count: int = 0\n\n    def __init__(self, start=0):\n        self.count = start\n\n    @property\n    def value(self):\n        return self.count", r#"(class Counter () () (@) ((expr "Docstring.") (ann count int 0) (def __init__ (self start=0) (@) ((= (. self count) start))) (def value (self) (@ property) ((return (. self count))))))"#),
        ],
        false,
    );
}

/// `if`/`elif`/`else`, `while`, `for` with every target form, blocks on one line or many.
#[test]
fn control_flow() {
    check_trees(
        &[
            (
                "if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g",
                "(if a ((expr b)) ((if c ((expr d)) ((if e ((expr f)) ((expr g)))))))",
            ),
            ("if a: b\nelse: c", "(if a ((expr b)) ((expr c)))"),
            ("while a:\n    break\nelse:\n    continue", "(while a ((break)) ((continue)))"),
            ("while True: break", "(while True ((break)) ())"),
            ("for a, b in c:\n    pass\nelse:\n    pass", "(for (tuple a b) c ((pass)) ((pass)))"),
            ("for (a, b) in c: pass", "(for (tuple a b) c ((pass)) ())"),
            ("for [a, *b] in c: pass", "(for (list a (* b)) c ((pass)) ())"),
            ("for a.b in c: pass", "(for (. a b) c ((pass)) ())"),
            ("for a[0] in c: pass", "(for ([] a 0) c ((pass)) ())"),
            ("for x, in y: pass", "(for (tuple x) y ((pass)) ())"),
            ("for x in y, z: pass", "(for x (tuple y z) ((pass)) ())"),
            ("for i in range(10): print(i); continue", "(for i (call range 10) ((expr (call print i)) (continue)) ())"),
            ("if x:\n    # comment\n    pass  # trailing\n# end", "(if x ((pass)) ())"),
            ("if x:\n\n    pass\n\n\nelse:\n    pass", "(if x ((pass)) ((pass)))"),
            ("if x:\n\ty = 1\n\tif z:\n\t\tw = 2", "(if x ((= y 1) (if z ((= w 2)) ())) ())"),
            ("while (line := read()) != '':\n    pass", r#"(while (cmp (:= line (call read)) != "") ((pass)) ())"#),
        ],
        false,
    );
}

/// `with` items, with and without parentheses.
#[test]
fn with_statements() {
    check_trees(
        &[
            ("with a: pass", "(with ((item a -)) ((pass)))"),
            ("with a as b, c as d: pass", "(with ((item a b) (item c d)) ((pass)))"),
            ("with (a as b, c as d): pass", "(with ((item a b) (item c d)) ((pass)))"),
            ("with (a, b): pass", "(with ((item a -) (item b -)) ((pass)))"),
            ("with (a, b) as c: pass", "(with ((item (tuple a b) c)) ((pass)))"),
            ("with (a): pass", "(with ((item a -)) ((pass)))"),
            ("with (a) as b: pass", "(with ((item a b)) ((pass)))"),
            ("with a as (b, c): pass", "(with ((item a (tuple b c))) ((pass)))"),
            ("with (a as b,): pass", "(with ((item a b)) ((pass)))"),
            (
                "with (\n    open('f') as f,\n    open('g') as g,\n):\n    pass",
                r#"(with ((item (call open "f") f) (item (call open "g") g)) ((pass)))"#,
            ),
        ],
        false,
    );
}

/// `try` with `except`, `except*`, `else` and `finally`.
#[test]
fn try_statements() {
    check_trees(
        &[
        ("try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f", "(try ((expr a)) ((except E e ((expr b))) (except (tuple F G) - ((expr c))) (except - - ((expr d)))) ((expr e)) ((expr f)))"),
        ("try:\n    a\nfinally:\n    b", "(try ((expr a)) () () ((expr b)))"),
        ("try:\n    a\nexcept* E:\n    b\nexcept* (F, G) as g:\n    c", "(try* ((expr a)) ((except E - ((expr b))) (except (tuple F G) g ((expr c)))) () ())"),
        ("try:\n    x = 1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e", r#"(try ((= x (/ 1 0))) ((except ZeroDivisionError e ((raise (call ValueError "bad") e)))) () ())"#),
        ],
        false,
    );
}

/// Where statements, expressions and `except` clauses start: line and column in characters, as CPython counts them (with `\r\n` and `\r` line ends, tabs and non-ASCII names).
#[test]
fn statement_positions() {
    check_trees(
        &[
        ("if x:\n    pass\nelif y:\n    z = 1\nelse:\n    w", "(if x@1:4 ((pass)@2:5) ((if y@3:6 ((= z@4:5 1@4:9)@4:5) ((expr w@6:5)@6:5))@3:1))@1:1"),
        ("@a\n@b.c(d)\ndef f(x, *, y=1):\n    return x", "(def f (x * y=1@3:15) (@ a@1:2 (call (. b@2:2 c)@2:2 d@2:6)@2:2) ((return x@4:12)@4:5))@3:1"),
        ("async def f():\n    async for a in b:\n        await c\n    async with d as e:\n        pass", "(async-def f () (@) ((async-for a@2:15 b@2:20 ((expr (await c@3:15)@3:9)@3:9) ())@2:5 (async-with ((item d@4:16 e@4:21)) ((pass)@5:9))@4:5))@1:1"),
        ("try:\n    a\nexcept E as e:\n    b\nfinally:\n    c", "(try ((expr a@2:5)@2:5) ((except E@3:8 e ((expr b@4:5)@4:5))@3:1) () ((expr c@6:5)@6:5))@1:1"),
        ("(x): int = 1\nx.y += 2\na = b = c", "(ann x@1:2 int@1:6 1@1:12)@1:1 (+= (. x@2:1 y)@2:1 2@2:8)@2:1 (= a@3:1 b@3:5 c@3:9)@3:1"),
        ("for i in range(3): print(i); continue", "(for i@1:5 (call range@1:10 3@1:16)@1:10 ((expr (call print@1:20 i@1:26)@1:20)@1:20 (continue)@1:30) ())@1:1"),
        ("if x:\n\ty = 1\n\tif z:\n\t\tw = 2", "(if x@1:4 ((= y@2:2 1@2:6)@2:2 (if z@3:5 ((= w@4:3 2@4:7)@4:3) ())@3:2) ())@1:1"),
        ("x = 1; y = 2\r\nz = 3\rw = 4", "(= x@1:1 1@1:5)@1:1 (= y@1:8 2@1:12)@1:8 (= z@2:1 3@2:5)@2:1 (= w@3:1 4@3:5)@3:1"),
        ("ünï = 1\n日本 = ünï + 2", "(= ünï@1:1 1@1:7)@1:1 (= 日本@2:1 (+ ünï@2:6 2@2:12)@2:6)@2:1"),
        ("class A(B, metaclass=M):\n    '''doc'''\n    x: int = 0", r#"(class A (B@1:9) ((kw metaclass M@1:22)) (@) ((expr "doc"@2:5)@2:5 (ann x@3:5 int@3:8 0@3:14)@3:5))@1:1"#),
        ("with (a as b, c):\n    pass\nwhile x:\n    break", "(with ((item a@1:7 b@1:12) (item c@1:15 -)) ((pass)@2:5))@1:1 (while x@3:7 ((break)@4:5) ())@3:1"),
        ("import a.b as c\nfrom d import (e,\n    f as g)\nglobal h", "(import (a.b c))@1:1 (from d (e -) (f g))@2:1 (global h)@4:1"),
        ("del a[0], b.c\nassert x, 'm'\nraise E from F", r#"(del ([] a@1:5 0@1:7)@1:5 (. b@1:11 c)@1:11)@1:1 (assert x@2:8 "m"@2:11)@2:1 (raise E@3:7 F@3:14)@3:1"#),
        ],
        true,
    );
}

// ---- what the printed trees do not show ----

use loopscope::python::ast::{ExprKind, NameSlot, Span, StmtKind};
use loopscope::python::error::CompileErrorKind;
use loopscope::python::parser::parse;

/// A decorated function starts at `def` (or `async`), as in CPython's tree.
#[test]
fn decorated_function_starts_at_def() {
    let module = parse("@a\n@b(c)\nasync def f(x, *, y=1):\n    pass").unwrap();
    let StmtKind::FunctionDef(f) = &module.body[0].kind else { panic!("not a function") };
    assert_eq!((module.body[0].span, f.span), (Span::new(3, 1), Span::new(3, 1)));
    assert!(f.is_async);
    assert_eq!((&*f.name, f.decorators.len()), ("f", 2));
    let spans: Vec<Span> = f.params.args.iter().chain(&f.params.kwonly).map(|p| p.span).collect();
    assert_eq!(spans, [Span::new(3, 13), Span::new(3, 19)]);
}

/// `except` clauses know where their keyword is.
#[test]
fn except_clauses_start_at_except() {
    let module = parse("try:\n    a\nexcept E as e:\n    b\n  # c\nexcept:\n    d").unwrap();
    let StmtKind::Try { handlers, is_star: false, .. } = &module.body[0].kind else { panic!("not a try") };
    let spans: Vec<Span> = handlers.iter().map(|h| h.span).collect();
    assert_eq!(spans, [Span::new(3, 1), Span::new(6, 1)]);
    assert_eq!(handlers[0].name.as_ref().map(|n| &*n.id), Some("e"));
}

/// An import binds its `as` name, or else the first part of the dotted name.
#[test]
fn imports_bind_the_alias_or_the_first_name() {
    let module = parse("import a.b.c, d as e\nfrom f.g import h, i as j").unwrap();
    let bound: Vec<&str> = module
        .body
        .iter()
        .flat_map(|s| match &s.kind {
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => names.iter(),
            _ => panic!("not an import"),
        })
        .map(|a| &*a.target.id)
        .collect();
    assert_eq!(bound, ["a", "e", "h", "j"]);
}

/// The parser leaves every name and scope for the resolver.
#[test]
fn names_and_scopes_are_left_unresolved() {
    let module = parse("def f(a):\n    return a + b").unwrap();
    assert!(module.scope.get().is_none());
    let StmtKind::FunctionDef(f) = &module.body[0].kind else { panic!("not a function") };
    assert!(f.scope.get().is_none());
    assert_eq!(f.params.args[0].name.slot.get(), NameSlot::Unresolved);
    let StmtKind::Return(Some(e)) = &f.body[0].kind else { panic!("not a return") };
    let ExprKind::BinOp { left, right, .. } = &e.kind else { panic!("not a sum") };
    for side in [left, right] {
        let ExprKind::Name(n) = &side.kind else { panic!("not a name") };
        assert_eq!(n.slot.get(), NameSlot::Unresolved);
    }
}

/// A lambda is a function named `<lambda>` whose body returns its expression.
#[test]
fn lambda_body_is_one_return() {
    let module = parse("f = lambda x: x * 2").unwrap();
    let StmtKind::Assign { value, .. } = &module.body[0].kind else { panic!("not an assignment") };
    let ExprKind::Lambda(f) = &value.kind else { panic!("not a lambda") };
    assert_eq!((&*f.name, f.span, f.body.len()), ("<lambda>", Span::new(1, 5), 1));
    assert!(matches!(&f.body[0].kind, StmtKind::Return(Some(e)) if e.span == Span::new(1, 15)));
}

/// Valid Python outside the dialect is `NotSupported`, at the construct.
#[test]
fn constructs_outside_the_dialect() {
    let cases = [
        ("match x:\n    case 1:\n        pass\nprint(1)", "match statement", 1, 1),
        ("from . import x", "relative import", 1, 6),
        ("from os import *", "from ... import *", 1, 16),
        ("class A(**kw): pass", "** in a class header", 1, 11),
        ("x = '\\N{BULLET}'", "\\N{...} escapes", 1, 17),
        ("x = '\\ud800'", "a lone surrogate in a string", 1, 13),
        (&format!("x = {}1{}", "(".repeat(160), ")".repeat(160)), "code nested too deeply", 1, 155),
    ];
    for (source, what, line, col) in cases {
        let e = parse(source).unwrap_err();
        assert_eq!((e.kind, e.message.as_str(), e.span), (CompileErrorKind::NotSupported, what, Span::new(line, col)));
    }
}

/// A syntax error anywhere is reported before a construct outside the dialect, so learners
/// see what CPython would say.
#[test]
fn syntax_errors_come_before_unsupported_constructs() {
    let e = parse("from . import x\nprint('a'\n").unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str(), e.span),
        (CompileErrorKind::Syntax, "'(' was never closed", Span::new(2, 6))
    );
}
