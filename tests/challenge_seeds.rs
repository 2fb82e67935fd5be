#![cfg(not(target_arch = "wasm32"))]
//! Inputs come from the seed: the same seed gives the same report, another seed other inputs
//! (so a learner cannot pass by printing or returning what one run expected).

mod challenge_support;

use challenge_support::{all, check};

#[test]
fn the_same_seed_gives_the_same_report() {
    for c in all() {
        let (a, b) = (check(&c, &c.solution, 11), check(&c, &c.solution, 11));
        assert_eq!(a, b, "{}", c.meta.id);
        assert_eq!(a.seed, 11);
    }
}

#[test]
fn another_seed_draws_other_inputs() {
    for c in all() {
        let (a, b) = (check(&c, &c.solution, 1), check(&c, &c.solution, 2));
        assert_ne!(a.trace, b.trace, "{}: seeds 1 and 2 ran the same", c.meta.id);
    }
}
