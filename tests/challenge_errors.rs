#![cfg(not(target_arch = "wasm32"))]
//! What goes wrong gets a clear message, never a panic: malformed challenge data names its
//! file (and line:col), learner code that does not compile, raises or never ends is reported
//! with where it went wrong.

mod challenge_support;

use challenge_support::check;
use loopscope::challenge::{self, ChallengeFiles, Problem};

const META: &str = r#"{
  "id": "demo-one", "title": "T", "level": "beginner", "lesson": "L", "statement": "S",
  "hints": ["h"], "examples": [{"input": "i", "output": "o"}],
  "checks": [{"name": "fast", "hint": "h", "kind": "total_time", "min": 0.0, "max": 1.0}],
  "wrong": {"a.py": "fast", "b.py": "fast", "c.py": "fast"}
}"#;

fn files<'a>(folder: &'a str, meta: &'a str) -> ChallengeFiles<'a> {
    ChallengeFiles {
        folder,
        meta: Some(meta),
        starter: Some("async def f():\n    ...\n"),
        demo: Some("print(1)\n"),
        checks: Some("print(2)\n"),
        solution: Some("async def f():\n    return 1\n"),
    }
}

fn problem(f: ChallengeFiles<'_>) -> (String, Problem) {
    let e = challenge::from_files(&[f]).expect_err("should not load");
    (e.to_string(), e.problem)
}

#[test]
fn well_formed_data_loads() {
    let loaded = challenge::from_files(&[files("07-demo-one", META)]).expect("loads");
    assert_eq!((loaded[0].number, loaded[0].id()), (7, "demo-one"));
}

#[test]
fn invalid_json_is_placed_at_line_and_column() {
    let (text, p) = problem(files("01-demo-one", "{\n  \"id\": \"demo-one\",\n  oops\n}"));
    assert!(matches!(p, Problem::Json(_)));
    assert!(text.starts_with("challenges/01-demo-one/challenge.json:3:3: "), "{text}");
    assert!(!text.contains("at line"), "the place is said once: {text}");
}

#[test]
fn unknown_level_and_unknown_fields_are_refused() {
    let (_, p) = problem(files("01-demo-one", &META.replace("beginner", "expert")));
    assert!(matches!(p, Problem::Json(ref m) if m.contains("expert")), "{p:?}");
    let (_, p) = problem(files("01-demo-one", &META.replace("\"title\"", "\"titel\"")));
    assert!(matches!(p, Problem::Json(_)), "{p:?}");
}

#[test]
fn a_missing_file_is_named() {
    let mut f = files("01-demo-one", META);
    f.checks = None;
    let (text, p) = problem(f);
    assert_eq!(p, Problem::Missing("checks.py"));
    assert_eq!(text, "challenges/01-demo-one/checks.py: no checks.py in the challenge's folder");
}

#[test]
fn the_folder_must_match_the_id() {
    assert_eq!(problem(files("01-other", META)).1, Problem::Misnamed);
    assert_eq!(problem(files("demo-one", META)).1, Problem::Misnamed);
}

#[test]
fn an_empty_band_is_refused() {
    let (text, p) = problem(files("01-demo-one", &META.replace("\"max\": 1.0", "\"max\": -1.0")));
    assert!(matches!(p, Problem::BadCheck(_)), "{text}");
    assert!(text.contains("check `fast`"), "{text}");
}

#[test]
fn fewer_than_three_wrong_solutions_are_refused() {
    let meta = META.replace(r#", "c.py": "fast""#, "");
    assert_eq!(problem(files("01-demo-one", &meta)).1, Problem::TooFewWrong(2));
}

#[test]
fn a_harness_that_does_not_compile_is_placed() {
    let mut f = files("01-demo-one", META);
    f.checks = Some("x = 1\nif x\n");
    let (text, p) = problem(f);
    assert!(matches!(p, Problem::Python(_)));
    assert!(text.starts_with("challenges/01-demo-one/checks.py:2:"), "{text}");
}

#[test]
fn duplicate_ids_are_refused() {
    let e = challenge::from_files(&[files("01-demo-one", META), files("02-demo-one", META)]).expect_err("twice");
    assert_eq!(e.problem, Problem::DuplicateId("demo-one".into()));
}

fn fetch_in_order() -> challenge::Challenge {
    challenge::get("fetch-in-order").expect("challenge")
}

#[test]
fn learner_code_that_does_not_compile_is_placed_in_it() {
    let report =
        check(&fetch_in_order(), "import asyncio\n\nasync def fetch_all(urls, fetch, limit=10)\n    pass\n", 1);
    let error = report.error.expect("an error");
    assert_eq!((error.line, error.col), (Some(3), Some(43)), "{}", error.message); // where CPython puts it
    assert!(error.message.starts_with("SyntaxError"), "{}", error.message);
    assert!(!report.passed && report.checks.is_empty());
}

#[test]
fn learner_code_that_raises_is_placed_at_its_line() {
    let source = "import asyncio\n\nasync def fetch_all(urls, fetch, limit=10):\n    await asyncio.sleep(1)\n    return undefined_name\n";
    let report = check(&fetch_in_order(), source, 1);
    let error = report.error.expect("an error");
    assert_eq!(error.message, "NameError: name 'undefined_name' is not defined");
    assert_eq!((error.line, error.col), (Some(5), Some(5)));
    assert!(!report.passed);
    assert!(report.run.end >= 1.0, "the run up to the error is kept");
}

#[test]
fn learner_code_that_never_ends_is_stopped() {
    let source = "async def fetch_all(urls, fetch, limit=10):\n    while True:\n        pass\n";
    let report = check(&fetch_in_order(), source, 1);
    let error = report.error.expect("stopped");
    assert!(error.message.starts_with("stopped: "), "{}", error.message);
    assert!(!report.passed);
}

#[test]
fn empty_or_garbage_source_fails_without_panicking() {
    for source in ["", "\u{0}", "))))", "def", "async def fetch_all(:\n", "import loopscope\nloopscope._seed(1)\n"] {
        let report = check(&fetch_in_order(), source, 1);
        assert!(!report.passed, "{source:?}");
        assert!(report.error.is_some(), "{source:?}");
    }
}
