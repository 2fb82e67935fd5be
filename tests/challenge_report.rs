#![cfg(not(target_arch = "wasm32"))]
//! The report a failing check gives: measured against expected, the moment it went wrong,
//! a hint, and the run it refers to; and its JSON shape, which the JavaScript API returns.

mod challenge_support;

use challenge_support::{check, folder};
use loopscope::challenge::{self, CheckReport};

fn wrong(id: &str, file: &str, seed: u64) -> CheckReport {
    let c = challenge::get(id).expect("challenge");
    let source = std::fs::read_to_string(folder(&c).join("wrong").join(file)).expect("wrong solution");
    check(&c, &source, seed)
}

#[test]
fn too_many_in_flight_points_at_the_moment_the_eleventh_went_in() {
    let report = wrong("fetch-in-order", "unbounded.py", 1);
    let failed = report.first_failure().expect("fails");
    assert_eq!(failed.name, "at most 10 in flight");
    assert_eq!(failed.measured, "50 in flight at the peak");
    assert_eq!(failed.expected, "at most 10 fetch calls in flight");
    assert_eq!(failed.at, Some(0.0));
    assert!(failed.hint.contains("Semaphore"));
}

#[test]
fn a_wrong_backoff_points_at_the_first_wrong_sleep() {
    let report = wrong("async-retry", "constant-backoff.py", 1);
    let failed = report.checks.iter().find(|c| c.name == "backoff doubles each time").expect("check");
    assert!(!failed.passed);
    let at = failed.at.expect("a moment");
    let second_sleep = report
        .trace
        .events
        .iter()
        .filter_map(|e| match e {
            loopscope::runtime::trace::Event::TaskSuspended { t, on, .. } if on.starts_with("sleep(") => Some(*t),
            _ => None,
        })
        .nth(1);
    assert_eq!(Some(at), second_sleep);
}

#[test]
fn blocking_points_at_the_first_blocking_call() {
    let report = wrong("scraper-four-bugs", "keeps-time-sleep.py", 1);
    let failed = report.checks.iter().find(|c| c.name == "loop never blocked").expect("check");
    assert!(!failed.passed);
    assert_eq!(failed.at, Some(0.0));
    assert!(failed.measured.starts_with("blocked for "), "{}", failed.measured);
}

#[test]
fn the_report_serialises_with_the_run_and_trace() {
    let report = wrong("fetch-in-order", "sequential.py", 1);
    let json = serde_json::to_value(&report).expect("serialises");
    for key in ["challenge", "seed", "passed", "checks", "error", "run", "trace"] {
        assert!(json.get(key).is_some(), "{key}");
    }
    let first = &json["checks"][0];
    for key in ["name", "passed", "measured", "expected", "at", "hint"] {
        assert!(first.get(key).is_some(), "check field {key}");
    }
    assert_eq!(json["challenge"], "fetch-in-order");
    assert!(json["trace"]["events"].as_array().is_some_and(|e| !e.is_empty()));
    assert!(json["run"]["end"].as_f64().is_some_and(|end| end > 30.0), "a sequential run is long");
}
