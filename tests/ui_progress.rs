#![cfg(not(target_arch = "wasm32"))]
//! The progress store: status moves forward only, the best score is kept, it round-trips
//! through JSON with its version, and stored data that is corrupt, old or partly wrong gives
//! a usable store plus a notice instead of a failure.

use loopscope::catalogue::Catalogue;
use loopscope::grading::{Grade, LineRef, PredictedLine, Prediction};
use loopscope::ui::progress::{Notice, Progress, ProgressError, Status, VERSION};

/// A real grade of `prediction` on the first exercise.
fn graded(prediction: &Prediction) -> Grade {
    let catalogue = Catalogue::load().unwrap();
    catalogue.exercises[0].grade(prediction)
}

fn passing() -> (Prediction, Grade) {
    let catalogue = Catalogue::load().unwrap();
    let e = &catalogue.exercises[0];
    let p = Prediction {
        lines: e
            .ideal
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| PredictedLine { line: LineRef::Index(i), t: Some(l.t) })
            .collect(),
        never: Vec::new(),
        total: Some(e.ideal.end),
        exception: e.ideal.exception.as_ref().map(|x| x.name.clone()),
    };
    let g = e.grade(&p);
    assert!(g.passed);
    (p, g)
}

#[test]
fn opening_then_failing_then_passing_moves_status_forward_and_keeps_the_best_score() {
    let mut store = Progress::new();
    assert_eq!(store.status("x"), None);
    store.open("x");
    assert_eq!(store.status("x"), Some(Status::Opened));
    assert_eq!(store.last_opened.as_deref(), Some("x"));
    let wrong = Prediction::default();
    let failed = graded(&wrong);
    store.record("x", &wrong, &failed);
    assert_eq!(store.status("x"), Some(Status::Attempted));
    let (right, passed) = passing();
    store.record("x", &right, &passed);
    assert_eq!(store.status("x"), Some(Status::Passed));
    store.record("x", &wrong, &failed);
    assert_eq!(store.status("x"), Some(Status::Passed), "a pass is never undone");
    assert_eq!(store.entries["x"].best, Some(1.0));
    assert_eq!(store.entries["x"].last.as_ref(), Some(&wrong));
    assert_eq!(store.passed_count(["x", "y"]), 1);
}

#[test]
fn the_store_round_trips_through_json_with_its_version() {
    let mut store = Progress::new();
    store.open("a");
    let (right, passed) = passing();
    store.record("b", &right, &passed);
    let json = store.to_json();
    assert!(json.contains(&format!("\"version\": {VERSION}")));
    let (loaded, notices) = Progress::load(Some(&json));
    assert_eq!(loaded, store);
    assert!(notices.is_empty());
}

#[test]
fn nothing_stored_is_a_fresh_store_without_notice() {
    assert_eq!(Progress::load(None), (Progress::new(), vec![]));
}

#[test]
fn corrupt_data_is_a_fresh_store_with_a_notice_at_its_place() {
    let (store, notices) = Progress::load(Some("{\"version\": 1,\n  \"entries\": {"));
    assert_eq!(store, Progress::new());
    assert_eq!(notices, [Notice::Unreadable { at: (2, 14) }]);
    assert_eq!(notices[0].to_string(), "Saved progress could not be read (at 2:14), so it starts afresh.");
    for junk in ["", "null", "[1,2]", "\"text\"", "{\"version\": \"1\"}", "\u{0}\u{ff}"] {
        let (store, notices) = Progress::load(Some(junk));
        assert_eq!(store, Progress::new(), "{junk:?}");
        assert_eq!(notices.len(), 1, "{junk:?}");
    }
}

#[test]
fn data_of_another_version_is_a_fresh_store_with_a_notice() {
    let (store, notices) = Progress::load(Some("{\"version\": 0, \"entries\": {\"a\": {\"status\": \"passed\"}}}"));
    assert_eq!(store, Progress::new());
    assert_eq!(notices, [Notice::OtherVersion(Some(0))]);
    assert_eq!(Progress::load(Some("{}")).1, [Notice::OtherVersion(None)]);
}

#[test]
fn a_bad_entry_is_reset_on_its_own() {
    let text = r#"{"version": 1, "last_opened": "good", "entries": {
        "good": {"status": "passed", "best": 1.0},
        "bad-status": {"status": "done"},
        "bad-score": {"status": "attempted", "best": 7},
        "bad-shape": [1],
        "bad-last": {"status": "opened", "last": {"lines": "x"}}
    }}"#;
    let (store, notices) = Progress::load(Some(text));
    assert_eq!(store.entries.keys().collect::<Vec<_>>(), ["good"]);
    assert_eq!(store.last_opened.as_deref(), Some("good"));
    let mut reset: Vec<String> = notices
        .iter()
        .map(|n| match n {
            Notice::EntryReset(id) => id.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    reset.sort();
    assert_eq!(reset, ["bad-last", "bad-score", "bad-shape", "bad-status"]);
}

#[test]
fn importing_refuses_what_is_not_a_progress_file_with_a_typed_error() {
    assert!(matches!(Progress::import("{ nope"), Err(ProgressError::Json { at: (1, 3), .. })));
    assert_eq!(Progress::import("{\"version\": 9}"), Err(ProgressError::Version(Some(9))));
    assert_eq!(Progress::import("[]").unwrap_err().to_string(), "1:1: expected a JSON object");
    let (store, notices) = Progress::import(&Progress::new().to_json()).unwrap();
    assert_eq!(store, Progress::new());
    assert!(notices.is_empty());
}
