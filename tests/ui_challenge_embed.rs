#![cfg(not(target_arch = "wasm32"))]
//! The message the challenge embed view posts after a Check: its type, the challenge, whether
//! it passed, each check as the report has it, and where the code failed if it did.

use loopscope::challenge;
use loopscope::ui::challenge_embed::ChallengeResultMessage;
use serde_json::Value;

#[test]
fn a_check_posts_type_challenge_passed_and_checks() {
    let c = challenge::get("fetch-in-order").expect("challenge");
    let source = c.solution.clone();
    let report = loopscope::cli::run_on_big_stack(move || challenge::check(&c, &source, 7));
    let message: Value = serde_json::to_value(ChallengeResultMessage::new(&report)).expect("json");
    assert_eq!(message["type"], "loopscope:result");
    assert_eq!(message["challenge"], "fetch-in-order");
    assert_eq!(message["passed"], true);
    assert_eq!(message["error"], Value::Null);
    let checks = message["checks"].as_array().expect("checks");
    assert_eq!(checks.len(), report.checks.len());
    for key in ["name", "passed", "measured", "expected", "at", "hint"] {
        assert!(checks[0].get(key).is_some(), "{key} in {}", checks[0]);
    }
}

#[test]
fn a_syntax_error_is_posted_with_its_place() {
    let c = challenge::get("fetch-in-order").expect("challenge");
    let report = loopscope::cli::run_on_big_stack(move || challenge::check(&c, "def f(:\n", 7));
    let message: Value = serde_json::to_value(ChallengeResultMessage::new(&report)).expect("json");
    assert_eq!(message["passed"], false);
    assert!(message["error"].as_str().is_some_and(|e| e.contains("line 1, column")), "{message}");
}
