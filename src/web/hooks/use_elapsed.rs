//! Seconds since a run began, ticking while it goes, so drawings of requests in flight grow
//! between the run's own events (a gather of slow requests does nothing for a long while).

use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::web::clock::now_ms;

/// Milliseconds between ticks.
const TICK_MS: u32 = 50;

/// Seconds since `active` last became `Some`, updated every [`TICK_MS`] while it stays so;
/// after the run ends it keeps the last value (the time the run was stopped or ended).
/// `scale` is lesson seconds per real second.
#[hook]
pub fn use_elapsed(active: Option<u32>, scale: f64) -> f64 {
    let elapsed = use_state_eq(|| 0.0);
    {
        let elapsed = elapsed.clone();
        use_effect_with(active, move |active| {
            let ticker = active.map(|_| {
                let start = now_ms();
                elapsed.set(0.0);
                Interval::new(TICK_MS, move || elapsed.set((now_ms() - start) / 1000.0 * scale))
            });
            move || drop(ticker)
        });
    }
    *elapsed
}
