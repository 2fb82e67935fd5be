#![cfg(target_arch = "wasm32")]
//! Aborting a spawned future (how the scratchpad's Stop cancels a live run) drops it exactly
//! once, straight away, and it never finishes; aborting a future that already finished is
//! harmless.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use loopscope::web::abort::abortable;
use wasm_bindgen_futures::spawn_local;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Counts its drops.
struct DropCounter(Rc<Cell<u32>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

/// A future that sleeps `ms` on a browser timer, then sets `finished`; `drops` counts its drops.
fn sleeper(ms: u32, drops: &Rc<Cell<u32>>, finished: &Rc<Cell<bool>>) -> impl std::future::Future<Output = ()> {
    let guard = DropCounter(drops.clone());
    let finished = finished.clone();
    async move {
        let _guard = guard;
        TimeoutFuture::new(ms).await;
        finished.set(true);
    }
}

#[wasm_bindgen_test]
async fn an_aborted_future_is_dropped_once_at_once_and_never_finishes() {
    let (drops, finished) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(false)));
    let (future, handle) = abortable(sleeper(200, &drops, &finished));
    spawn_local(future);
    TimeoutFuture::new(20).await;
    assert_eq!(drops.get(), 0, "still running before the abort");

    handle.abort();
    TimeoutFuture::new(0).await;
    assert_eq!(drops.get(), 1, "dropped as soon as the executor polled it");

    TimeoutFuture::new(300).await;
    assert!(!finished.get());
    assert_eq!(drops.get(), 1);
}

#[wasm_bindgen_test]
async fn aborting_a_finished_future_changes_nothing() {
    let (drops, finished) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(false)));
    let (future, handle) = abortable(sleeper(10, &drops, &finished));
    spawn_local(future);
    TimeoutFuture::new(60).await;
    assert!(finished.get());
    assert_eq!(drops.get(), 1);
    handle.abort();
    TimeoutFuture::new(0).await;
    assert_eq!(drops.get(), 1);
}
