#![cfg(not(target_arch = "wasm32"))]
//! The best Check of each challenge in the progress store: only a better result replaces it,
//! it survives saving and importing, and a stored result that makes no sense is reset alone.

use loopscope::ui::challenge_best::ChallengeBest;
use loopscope::ui::progress::{Notice, Progress};

fn best(passed: bool, checks_passed: usize, total: usize) -> ChallengeBest {
    ChallengeBest { passed, checks_passed, total }
}

#[test]
fn only_a_better_check_replaces_the_best() {
    let mut progress = Progress::new();
    assert_eq!(progress.record_challenge("c", best(false, 2, 5)), best(false, 2, 5));
    assert_eq!(progress.record_challenge("c", best(false, 1, 5)), best(false, 2, 5));
    assert_eq!(progress.record_challenge("c", best(false, 0, 0)), best(false, 2, 5));
    assert_eq!(progress.record_challenge("c", best(true, 5, 5)), best(true, 5, 5));
    assert_eq!(progress.record_challenge("c", best(false, 4, 5)), best(true, 5, 5));
    assert_eq!(progress.challenge("c"), Some(best(true, 5, 5)));
    assert_eq!(progress.challenge("other"), None);
}

#[test]
fn the_best_survives_saving_and_importing() {
    let mut progress = Progress::new();
    progress.record_challenge("fetch-in-order", best(false, 3, 5));
    let (loaded, notices) = Progress::load(Some(&progress.to_json()));
    assert_eq!(notices, vec![]);
    assert_eq!(loaded, progress);
    assert!(progress.to_json().contains("\"checks_passed\": 3"));
}

#[test]
fn a_store_without_challenges_reads_as_none_tried() {
    let (loaded, notices) = Progress::load(Some(r#"{"version": 1, "entries": {}}"#));
    assert_eq!(notices, vec![]);
    assert!(loaded.challenges.is_empty());
    assert!(!Progress::new().to_json().contains("challenges"));
}

#[test]
fn a_result_that_makes_no_sense_is_reset_alone() {
    let stored = r#"{"version": 1, "challenges": {
        "good": {"passed": false, "checks_passed": 1, "total": 4},
        "more-than-all": {"passed": false, "checks_passed": 5, "total": 4},
        "passed-with-failures": {"passed": true, "checks_passed": 3, "total": 4},
        "junk": "yes"}}"#;
    let (loaded, notices) = Progress::load(Some(stored));
    assert_eq!(loaded.challenge("good"), Some(best(false, 1, 4)));
    assert_eq!(loaded.challenges.len(), 1);
    let mut reset: Vec<_> = notices.iter().map(|n| n.to_string()).collect();
    reset.sort();
    assert_eq!(notices.len(), 3);
    assert!(notices.contains(&Notice::ChallengeReset("junk".into())));
    assert!(reset[0].contains("challenge “junk”"), "{reset:?}");
}

#[test]
fn labels_say_passed_or_how_many_checks() {
    assert_eq!(best(true, 4, 4).label(), "passed");
    assert_eq!(best(false, 2, 4).label(), "2 / 4 checks");
}
