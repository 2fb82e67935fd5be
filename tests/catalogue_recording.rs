#![cfg(not(target_arch = "wasm32"))]
//! Reading `.expected` recordings into the ideal run: streams, empty and unfinished lines,
//! the traceback cut off, an optional `end`, and errors with line:col.

use loopscope::catalogue::{Catalogue, CatalogueError, ExerciseFiles};
use loopscope::grading::Run;
use loopscope::runtime::trace::Stream;

const TRACKS: &str = r#"[{"id": "t", "title": "T", "summary": "s"}]"#;
const META: &str = r#"{"id": "x", "title": "X", "track": "t", "difficulty": "advanced", "kind": "find-the-bug",
  "concept": "c", "explanation": "e", "predict": {"order": true, "times": false, "total": false, "exception": true},
  "hints": [], "misconceptions": ["shield"]}"#;

fn read(expected: &str) -> Result<Run, CatalogueError> {
    let files =
        ExerciseFiles { track: "t", stem: "01-x", source: Some(""), meta: Some(META), expected: Some(expected) };
    Catalogue::from_files(Some(TRACKS), &[files]).map(|mut c| c.exercises.remove(0).ideal)
}

#[test]
fn records_keep_stream_time_and_text_exactly() {
    let run = read("# header\n0.000 out   indented\n0.250 err warning: x\n0.500 out\n1.000 out~ no newline\nexit 0\n")
        .expect("reads");
    let lines: Vec<(f64, Stream, &str, bool)> =
        run.lines.iter().map(|l| (l.t, l.stream, l.text.as_str(), l.partial)).collect();
    assert_eq!(
        lines,
        [
            (0.0, Stream::Out, "  indented", false),
            (0.25, Stream::Err, "warning: x", false),
            (0.5, Stream::Out, "", false),
            (1.0, Stream::Out, "no newline", true),
        ]
    );
    assert_eq!((run.end, run.exit, run.exception), (1.0, 0, None));
}

#[test]
fn the_traceback_of_a_failed_run_becomes_its_exception() {
    let run = read(
        "0.000 out start\n1.000 err Traceback (most recent call last):\n1.000 err   File \"main.py\", line 3, in <module>\n1.000 err KeyError: 'k'\nexit 1\n",
    )
    .expect("reads");
    assert_eq!(run.lines.len(), 1);
    assert_eq!(run.exception.map(|e| (e.name, e.line)), Some(("KeyError".into(), "KeyError: 'k'".into())));
    assert_eq!(run.end, 1.0);
}

#[test]
fn an_end_record_sets_the_total_past_the_last_line() {
    let run = read("0.000 out go\nend 2.500\nexit 0\n").expect("reads");
    assert_eq!(run.end, 2.5);
}

/// `(recording, error message)`.
const BAD: &[(&str, &str)] = &[
    ("0.000 out a\n", "exercises/t/01-x.expected:1:1: no `exit` record"),
    ("", "exercises/t/01-x.expected:1:1: no `exit` record"),
    ("x.5 out a\nexit 0\n", "exercises/t/01-x.expected:1:1: bad time `x.5`"),
    ("-1.0 out a\nexit 0\n", "exercises/t/01-x.expected:1:1: bad time `-1.0`"),
    ("inf out a\nexit 0\n", "exercises/t/01-x.expected:1:1: bad time `inf`"),
    ("# h\n0.000 log a\nexit 0\n", "exercises/t/01-x.expected:2:7: bad stream tag `log`"),
    ("0.000\nexit 0\n", "exercises/t/01-x.expected:1:7: bad stream tag ``"),
    ("exit zero\n", "exercises/t/01-x.expected:1:6: bad exit status `zero`"),
    ("exit 0\n0.000 out late\n", "exercises/t/01-x.expected:2:1: a record after `exit`"),
    ("end soon\nexit 0\n", "exercises/t/01-x.expected:1:5: bad end time `soon`"),
];

#[test]
fn unreadable_records_are_refused_with_their_place() {
    for &(recording, message) in BAD {
        assert_eq!(read(recording).expect_err(message).to_string(), message, "{recording:?}");
    }
}
