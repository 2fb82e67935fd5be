//! Browser time for the first page: `performance.now()` and sleeps on browser timers.
//!
//! This is the only place the web UI reads a wall clock or sets a timer. [`spawn_sleeps`] is
//! what the "Run two sleeps" button calls, and the browser test calls it directly too.

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;

/// A sleep to run: a label for its finish line and how long it sleeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sleep {
    /// Names the sleep in its finish line.
    pub label: &'static str,
    /// How long it sleeps, in milliseconds.
    pub ms: u32,
}

/// The two sleeps of the first page, in the order they are started.
pub const TWO_SLEEPS: [Sleep; 2] = [
    Sleep {
        label: "slow",
        ms: 300,
    },
    Sleep {
        label: "fast",
        ms: 100,
    },
];

/// A sleep that has woken: its label and when, in ms after the run started.
#[derive(Clone, Debug, PartialEq)]
pub struct Finish {
    /// The label of the sleep that finished.
    pub label: &'static str,
    /// Milliseconds from the start of the run to the wake-up.
    pub at_ms: f64,
}

impl Finish {
    /// The line shown to the learner, e.g. `fast finished at 101 ms`.
    pub fn line(&self) -> String {
        format!("{} finished at {:.0} ms", self.label, self.at_ms)
    }
}

/// Milliseconds on the page's monotonic clock (`performance.now()`).
///
/// Outside a window (where no `Performance` object exists) this falls back to `Date.now()`.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

/// Spawns one wasm future per sleep, all started now; each calls `on_finish` when it wakes.
///
/// Times are measured from `start` (a [`now_ms`] reading, e.g. taken at the click).
pub fn spawn_sleeps(sleeps: &[Sleep], start: f64, on_finish: impl Fn(Finish) + Clone + 'static) {
    for &Sleep { label, ms } in sleeps {
        let on_finish = on_finish.clone();
        spawn_local(async move {
            TimeoutFuture::new(ms).await;
            on_finish(Finish {
                label,
                at_ms: now_ms() - start,
            });
        });
    }
}
