//! Warms the interpreter up once per page, by running a small asyncio program
//! (`warm_up.py`: tasks, gather, sleeps, a lock, a queue, an event, a timeout, f-strings) on a
//! virtual clock. Browsers compile a wasm function the first time it is called; without this, the
//! first live run pays that cost while its clock is running and prints its first lines tens of
//! milliseconds late.
//!
//! The page schedules the warm-up shortly after its first paint, and every live run makes sure
//! of it before its clock starts ([`ensure`]), so a run started early (by a quick click, or by
//! a page using the JavaScript API) never has the warm-up land in the middle of it.

use std::cell::Cell;

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;

use super::virtual_run::virtual_run;
use crate::python::interp::Limits;

/// The program the warm-up runs.
const PROGRAM: &str = include_str!("warm_up.py");

/// How long after start-up the warm-up runs, in ms: late enough for the first paint.
const DELAY_MS: u32 = 100;

thread_local! {
    /// Whether this page has run the warm-up.
    static WARM: Cell<bool> = const { Cell::new(false) };
}

/// Runs the warm-up shortly after the page has painted, unless a live run did it first.
pub fn schedule() {
    spawn_local(async {
        TimeoutFuture::new(DELAY_MS).await;
        ensure();
    });
}

/// Runs the program once on the virtual clock, unless this page already has; synchronous, so
/// nothing else runs during it.
pub(crate) fn ensure() {
    if !WARM.with(|warm| warm.replace(true)) {
        let _ = virtual_run(PROGRAM, Limits::default().max_wall_ms);
    }
}
