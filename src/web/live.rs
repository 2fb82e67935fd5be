//! The browser clock: runs a [`Program`] on the page's own event loop.
//!
//! Time is `performance.now()` since the run began, divided by the time scale, so every time
//! the program and the page see is in lesson seconds. Ready work runs in slices of a few
//! milliseconds; between slices the driver yields to the browser with a macrotask (a
//! `MessageChannel` message), so the page keeps painting, and when nothing is ready it sleeps
//! on a browser timer until the next deadline, or until a network reply comes in (requests
//! go to the browser's `fetch`, see [`super::fetch`]). Dropping the future returned by
//! [`run_live`] (or calling [`LiveRun::stop`]) stops the run and aborts every request in
//! flight; no timer outlives it.

use super::clock::now_ms;
use super::fetch::{FetchNetwork, NetStats};
use super::fetch_wake::Wake;
use crate::python::interp::{Host, Limits};
use crate::python::net::Network;
use crate::python::{Outcome, Program, Step};
use crate::runtime::trace::Trace;
use gloo_timers::future::TimeoutFuture;
use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Milliseconds of work per slice before yielding to the browser.
const SLICE_MS: f64 = 8.0;

/// Loop iterations between two looks at the clock: a few microseconds each, so a slice
/// overruns by well under a millisecond, while most iterations skip the call into JS.
const CLOCK_EVERY: u32 = 32;
/// Longest real time `time.sleep` may keep the tab busy, in ms.
const MAX_BLOCK_MS: f64 = 2_000.0;

/// The live clock: wall time scaled to lesson seconds, from a start the driver sets once the
/// program is compiled and its modules are loaded.
#[derive(Clone)]
pub struct LiveHost {
    start_ms: Rc<Cell<f64>>,
    scale: f64,
    net: FetchNetwork,
}

impl LiveHost {
    /// A clock playing `scale` lesson seconds per real second (0.1 … 1), starting now.
    pub fn new(scale: f64) -> Self {
        Self::waking(scale, Rc::default())
    }

    /// Like [`new`](Self::new), with a network whose replies fire `wake`.
    fn waking(scale: f64, wake: Rc<Wake>) -> Self {
        LiveHost { start_ms: Rc::new(Cell::new(now_ms())), scale: scale.clamp(0.01, 1.0), net: FetchNetwork::waking(wake) }
    }

    /// Restarts the clock at lesson time 0.
    pub fn restart(&self) {
        self.start_ms.set(now_ms());
    }
}

impl Host for LiveHost {
    fn wall_ms(&self) -> f64 {
        now_ms()
    }
    fn live_now(&self) -> Option<f64> {
        Some((now_ms() - self.start_ms.get()) / 1000.0 / self.scale)
    }
    fn block(&self, secs: f64) {
        let until = now_ms() + (secs * 1000.0 * self.scale).min(MAX_BLOCK_MS);
        while now_ms() < until {}
    }
    fn network(&self) -> Option<&dyn Network> {
        Some(&self.net)
    }
}

/// How a live run ended, with its trace.
pub struct LiveResult {
    /// Exit status and stop reason.
    pub outcome: Outcome,
    /// Everything that happened, in lesson seconds.
    pub trace: Trace,
    /// The tab was hidden during the run, so browsers throttled its timers: times are
    /// unreliable.
    pub hidden: bool,
    /// What the run's requests did: which path answered the lab's, how many were aborted.
    pub network: NetStats,
}

/// A handle to stop a live run.
#[derive(Clone, Default)]
pub struct LiveRun {
    stop: Rc<Cell<bool>>,
    wake: Rc<Wake>,
}

impl LiveRun {
    /// Asks the run to stop at its next step (waking it if it waits for a network reply).
    pub fn stop(&self) {
        self.stop.set(true);
        self.wake.fire();
    }
}

/// Whether the page is hidden right now (`document.hidden`).
pub fn page_hidden() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden())
}

/// Listens for `visibilitychange` while a run is going and remembers whether the page was
/// hidden at any moment; the listener is removed on drop.
struct HiddenWatch {
    seen: Rc<Cell<bool>>,
    listener: Option<(web_sys::Document, Closure<dyn FnMut()>)>,
}

impl HiddenWatch {
    fn start() -> Self {
        let seen = Rc::new(Cell::new(page_hidden()));
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|doc| {
            let flag = seen.clone();
            let cb: Closure<dyn FnMut()> = Closure::new(move || flag.set(flag.get() | page_hidden()));
            let _ = doc.add_event_listener_with_callback("visibilitychange", cb.as_ref().unchecked_ref());
            (doc, cb)
        });
        HiddenWatch { seen, listener }
    }

    fn seen(&self) -> bool {
        self.seen.get() | page_hidden()
    }
}

impl Drop for HiddenWatch {
    fn drop(&mut self) {
        if let Some((doc, cb)) = self.listener.take() {
            let _ = doc.remove_event_listener_with_callback("visibilitychange", cb.as_ref().unchecked_ref());
        }
    }
}

/// Yields to the browser's event loop with a macrotask, so rendering and input get a turn.
async fn yield_macrotask() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        match web_sys::MessageChannel::new() {
            Ok(channel) => {
                let port = channel.port2();
                let receiver = channel.port1();
                let closing = receiver.clone();
                // An entangled port with a message handler is never collected: close it once
                // it has delivered (a soak run leaked ~130 bytes of JS heap per yield).
                let cb = Closure::once_into_js(move || {
                    closing.close();
                    let _ = resolve.call0(&JsValue::NULL);
                });
                receiver.set_onmessage(Some(cb.unchecked_ref()));
                let _ = port.post_message(&JsValue::NULL);
            }
            Err(_) => {
                let _ = resolve.call0(&JsValue::NULL);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Browsers clamp nested `setTimeout` delays to at least 4 ms and wake late under load, so the
/// driver sleeps on a timer until shortly before the deadline, then yields with macrotasks
/// (which are not clamped) until the deadline has passed.
const TIMER_EARLY_MS: f64 = 6.0;

/// Waits until `due_ms` (infinite: no timer) or until a network reply fires `wake`, whichever
/// comes first.
async fn wait_for_work(due_ms: f64, wake: &Rc<Wake>) {
    let mut reply = std::pin::pin!(wake.fired());
    if due_ms.is_infinite() {
        return reply.await;
    }
    let mut timer = std::pin::pin!(wait_until(due_ms));
    std::future::poll_fn(|cx| {
        if reply.as_mut().poll(cx).is_ready() || timer.as_mut().poll(cx).is_ready() {
            return std::task::Poll::Ready(());
        }
        std::task::Poll::Pending
    })
    .await
}

async fn wait_until(due_ms: f64) {
    let wait = due_ms - now_ms() - TIMER_EARLY_MS;
    if wait >= 1.0 {
        TimeoutFuture::new(wait as u32).await;
    }
    while now_ms() < due_ms {
        yield_macrotask().await;
    }
}

/// Runs `source` on the browser clock at `scale`; `on_progress` sees the trace after every
/// slice (for live output and the timeline). The page's interpreter is warmed up first (see
/// [`super::warm_up`]), before the clock starts.
///
/// # Cancellation
/// Dropping the returned future stops the run where it is: the pending browser timer is
/// cleared when its `TimeoutFuture` drops, and nothing else is scheduled.
pub async fn run_live(
    source: &str,
    scale: f64,
    handle: LiveRun,
    mut on_progress: impl FnMut(&Trace),
) -> Result<LiveResult, crate::python::error::CompileError> {
    super::warm_up::ensure();
    let host = LiveHost::waking(scale, handle.wake.clone());
    let mut program = Program::new(source, "main.py", Box::new(host.clone()), Limits::default())?;
    program.preload_imports();
    host.restart();
    let start_ms = host.start_ms.get();
    let hidden = HiddenWatch::start();
    let mut slice_start = now_ms();
    let mut steps: u32 = 0;
    let wake = handle.wake.clone();
    let outcome = loop {
        if handle.stop.get() {
            program.interp().abort_all_requests();
            break Outcome { exit_code: 1, stopped: Some("Stopped.".into()) };
        }
        match program.step() {
            Step::Done(o) => break o,
            Step::Continue => {
                steps = steps.wrapping_add(1);
                if steps % CLOCK_EVERY == 0 && now_ms() - slice_start > SLICE_MS {
                    on_progress(&program.trace());
                    yield_macrotask().await;
                    slice_start = now_ms();
                }
            }
            Step::WaitUntil(t) => {
                on_progress(&program.trace());
                let due_ms = start_ms + t * 1000.0 * scale.clamp(0.01, 1.0);
                wait_for_work(due_ms, &wake).await;
                slice_start = now_ms();
            }
        }
    };
    on_progress(&program.trace());
    let trace = program.trace().clone();
    Ok(LiveResult { outcome, trace, hidden: hidden.seen(), network: host.net.stats() })
}
