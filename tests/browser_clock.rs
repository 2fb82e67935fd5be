#![cfg(target_arch = "wasm32")]
//! Two sleeps on browser timers wake in order of their length, each close to its duration.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use loopscope::web::clock::{now_ms, spawn_sleeps, Finish, TWO_SLEEPS};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// How far a wake-up may drift from its sleep, in ms: a busy 2-core machine delays timers.
const TOLERANCE_MS: f64 = 40.0;

#[wasm_bindgen_test]
async fn the_short_sleep_finishes_first_and_each_on_time() {
    let finishes: Rc<RefCell<Vec<Finish>>> = Rc::default();
    let sink = finishes.clone();
    spawn_sleeps(&TWO_SLEEPS, now_ms(), move |finish| {
        sink.borrow_mut().push(finish)
    });

    TimeoutFuture::new(300 + 150).await;

    let finishes = finishes.borrow();
    let labels: Vec<&str> = finishes.iter().map(|finish| finish.label).collect();
    assert_eq!(labels, ["fast", "slow"]);
    for finish in finishes.iter() {
        let slept = TWO_SLEEPS
            .iter()
            .find(|sleep| sleep.label == finish.label)
            .unwrap();
        let drift = finish.at_ms - f64::from(slept.ms);
        assert!(
            drift.abs() <= TOLERANCE_MS,
            "{} woke at {:.1} ms, slept {} ms",
            finish.label,
            finish.at_ms,
            slept.ms
        );
    }
}
