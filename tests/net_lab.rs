#![cfg(not(target_arch = "wasm32"))]
//! The built-in latency endpoint `lab.invalid/delay`: which URLs it serves, its delay, its
//! JSON echo, fixed statuses, deterministic failures and its answers to bad queries.

use loopscope::python::net::lab::{answer, fails, lab_path, LabAnswer};

#[test]
fn only_lab_invalid_urls_are_served() {
    assert_eq!(lab_path("https://lab.invalid/delay?ms=5"), Some("delay?ms=5"));
    assert_eq!(lab_path("http://lab.invalid/delay"), Some("delay"));
    assert_eq!(lab_path("https://lab.invalid.example.com/delay"), None);
    assert_eq!(lab_path("https://example.com/delay"), None);
    assert_eq!(lab_path("ftp://lab.invalid/delay"), None);
}

#[test]
fn delay_echoes_id_and_ms_after_ms() {
    assert_eq!(answer("delay?ms=300&id=7"), LabAnswer { delay_ms: 300, status: 200, body: r#"{"id":7,"ms":300}"#.into() });
    assert_eq!(answer("delay").body, r#"{"id":null,"ms":0}"#);
}

#[test]
fn status_fixes_the_status() {
    let a = answer("delay?ms=10&status=503");
    assert_eq!((a.delay_ms, a.status), (10, 503));
}

#[test]
fn failures_follow_the_rate_and_the_id_only() {
    let failed: Vec<i64> = (0..20).filter(|&id| fails(id, 0.3)).collect();
    assert_eq!(failed, (0..20).filter(|&id| fails(id, 0.3)).collect::<Vec<_>>());
    assert!(!failed.is_empty() && failed.len() < 20);
    assert!((0..100).all(|id| !fails(id, 0.0) && fails(id, 1.0)));
    let a = answer(&format!("delay?ms=5&id={}&fail=0.3", failed[0]));
    assert_eq!(a.status, 500);
    assert!(a.body.contains("simulated failure"));
}

#[test]
fn bad_queries_and_paths_answer_at_once_with_an_error() {
    assert_eq!(answer("delay?ms=five").status, 400);
    assert_eq!(answer("delay?fail=2").status, 400);
    assert_eq!(answer("delay?status=99").status, 400);
    assert_eq!(answer("elsewhere").status, 404);
    assert_eq!(answer("elsewhere").delay_ms, 0);
}
