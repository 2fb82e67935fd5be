//! Browser time: `performance.now()`, the virtual-clock host for runs inside the page, and
//! the first page's sleeps on browser timers.
//!
//! This is the only place the web UI reads a wall clock or sets a timer. [`spawn_sleeps`] is
//! what the "Run two sleeps" button calls, and the browser test calls it directly too.

use crate::python::interp::Host;
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

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The global `performance.now()`, bound directly: one call into JS, where going through
    /// `web_sys::window()` takes four (and the live runtime reads the clock on every step).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// Milliseconds on the page's monotonic clock (`performance.now()`, present in windows and
/// workers alike).
pub fn now_ms() -> f64 {
    performance_now()
}

/// The virtual clock in a browser: the program's loop time jumps from timer to timer; the
/// page's clock only meters the run's wall-time budget.
pub struct VirtualHost;

impl Host for VirtualHost {
    fn wall_ms(&self) -> f64 {
        now_ms()
    }
    fn live_now(&self) -> Option<f64> {
        None
    }
    fn block(&self, _secs: f64) {}
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
