#![cfg(not(target_arch = "wasm32"))]
//! Every challenge's reference solution passes every check, for several seeds; every wrong
//! solution kept beside it fails, and fails the check it is kept for, for several seeds.

mod challenge_support;

use challenge_support::{all, check, summary, wrong};

#[test]
fn every_reference_solution_passes_for_several_seeds() {
    for c in all() {
        for seed in [1, 2, 3, 42, 2026] {
            let report = check(&c, &c.solution, seed);
            assert!(report.passed, "{} seed {seed}:\n{}", c.meta.id, summary(&report));
        }
    }
}

#[test]
fn every_wrong_solution_fails_its_check() {
    for c in all() {
        for (file, source, fails) in wrong(&c) {
            for seed in [7, 8, 9, 10, 11] {
                let report = check(&c, &source, seed);
                assert!(!report.passed, "{}/{file} passed:\n{}", c.meta.id, summary(&report));
                let named = report.checks.iter().find(|r| r.name == fails);
                let named = named
                    .unwrap_or_else(|| panic!("{}/{file}: no check named `{fails}`:\n{}", c.meta.id, summary(&report)));
                assert!(!named.passed, "{}/{file} passes `{fails}` (seed {seed}):\n{}", c.meta.id, summary(&report));
            }
        }
    }
}
