#![cfg(not(target_arch = "wasm32"))]
//! The challenge catalogue compiled into the crate: it loads, covers beginner to advanced,
//! holds every folder under `challenges/`, and each challenge keeps at least three wrong
//! solutions on disk.

mod challenge_support;

use challenge_support::{all, folder, wrong};
use loopscope::challenge::{self, Level};

#[test]
fn the_catalogue_loads_with_at_least_twelve_challenges_in_order() {
    let list = all();
    assert!(list.len() >= 12, "{} challenges", list.len());
    let numbers: Vec<u32> = list.iter().map(|c| c.number).collect();
    assert_eq!(numbers, (1..=list.len() as u32).collect::<Vec<_>>());
}

#[test]
fn every_folder_on_disk_is_compiled_in() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("challenges");
    let mut on_disk: Vec<String> = std::fs::read_dir(root)
        .expect("challenges/")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let compiled: Vec<String> = challenge::folders().map(str::to_string).collect();
    assert_eq!(on_disk, compiled, "add a row! line to src/challenge/embedded.rs");
}

#[test]
fn levels_run_from_beginner_to_advanced() {
    let list = all();
    for level in [Level::Beginner, Level::Intermediate, Level::Advanced] {
        assert!(list.iter().filter(|c| c.meta.level == level).count() >= 2, "{level:?}");
    }
}

#[test]
fn each_challenge_keeps_three_wrong_solutions_and_hints() {
    for c in all() {
        assert!(wrong(&c).len() >= 3, "{}", c.meta.id);
        assert!(!c.meta.hints.is_empty() && !c.meta.examples.is_empty(), "{}", c.meta.id);
        assert!(folder(&c).join("starter.py").is_file());
    }
}

#[test]
fn get_finds_a_challenge_by_id() {
    assert_eq!(challenge::get("fetch-in-order").map(|c| c.number), Some(1));
    assert!(challenge::get("no-such-challenge").is_none());
}

#[test]
fn a_starter_does_not_pass() {
    for c in all() {
        let report = challenge_support::check(&c, &c.starter, 1);
        assert!(!report.passed, "{}: the starter passes", c.meta.id);
    }
}
