//! Warms the interpreter up once the page has painted, by running the scratchpad's example on
//! a virtual clock. Browsers compile a wasm function the first time it is called; without
//! this, the first live run pays that cost while its clock is running and prints its first
//! lines tens of milliseconds late.

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;

use super::virtual_run::virtual_run;
use crate::python::interp::Limits;
use crate::ui::scratchpad::EXAMPLE;

/// How long after start-up the warm-up runs, in ms: late enough for the first paint.
const DELAY_MS: u32 = 100;

/// Runs the example once on the virtual clock, shortly after the page has painted.
pub fn schedule() {
    spawn_local(async {
        TimeoutFuture::new(DELAY_MS).await;
        let _ = virtual_run(EXAMPLE, Limits::default().max_wall_ms);
    });
}
