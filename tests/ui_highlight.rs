#![cfg(not(target_arch = "wasm32"))]
//! Highlighting: the pieces of each line put back together are the line, and keywords,
//! builtins, strings, numbers, comments and operators get their kinds, even in code that
//! does not lex.

use loopscope::catalogue::Catalogue;
use loopscope::ui::highlight::{highlight, Kind, Piece};

fn joined(lines: &[Vec<Piece>]) -> Vec<String> {
    lines.iter().map(|l| l.iter().map(|p| p.text.as_str()).collect()).collect()
}

fn kinds_of(lines: &[Vec<Piece>], kind: Kind) -> Vec<&str> {
    lines.iter().flatten().filter(|p| p.kind == kind).map(|p| p.text.as_str()).collect()
}

#[test]
fn every_exercise_highlights_back_to_its_own_lines() {
    for exercise in Catalogue::load().unwrap().exercises {
        let lines = highlight(&exercise.source);
        let expected: Vec<&str> = exercise.source.lines().collect();
        assert_eq!(joined(&lines), expected, "{}", exercise.id);
    }
}

#[test]
fn each_kind_of_token_is_recognised() {
    let lines = highlight("async def f(x):  # say 'hi'\n    print(f\"{x}\", 'a#b', 1.5 + 2)\n");
    assert_eq!(kinds_of(&lines, Kind::Keyword), ["async", "def"]);
    assert_eq!(kinds_of(&lines, Kind::Comment), ["# say 'hi'"]);
    assert_eq!(kinds_of(&lines, Kind::Builtin), ["print"]);
    assert_eq!(kinds_of(&lines, Kind::Str), ["f\"{x}\"", "'a#b'"]);
    assert_eq!(kinds_of(&lines, Kind::Number), ["1.5", "2"]);
    assert_eq!(kinds_of(&lines, Kind::Operator), ["+"]);
    assert_eq!(Kind::Keyword.class(), Some("tok-kw"));
}

#[test]
fn a_string_over_several_lines_is_a_string_on_each() {
    let lines = highlight("x = \"\"\"one\ntwo\"\"\"\n");
    assert_eq!(joined(&lines), ["x = \"\"\"one", "two\"\"\""]);
    assert_eq!(kinds_of(&lines, Kind::Str), ["\"\"\"one", "two\"\"\""]);
}

#[test]
fn code_that_does_not_lex_still_shows_every_character() {
    for source in ["x = 'open\nprint(1)\n", "def f(:\n\tpass\n  pass\n", "", "\r\n\r\n", "a = (\n"] {
        let lines = highlight(source);
        let text = source.replace("\r\n", "\n");
        let expected: Vec<&str> = if text.is_empty() { vec![""] } else { text.lines().collect() };
        assert_eq!(joined(&lines), expected, "{source:?}");
    }
}
