//! Runs the scratchpad's program on the browser clock whenever its state says a run should be
//! going, and feeds what the run does back as actions.
//!
//! The run is keyed by [`Scratchpad::active_run`]: when that changes (a new run, Stop, the end
//! of the run, leaving the page) the previous run is aborted, which drops it where it stands
//! and clears its browser timer. New events reach the page in batches at most every
//! [`BATCH_MS`], so a program that does thousands of things per second is not slowed down by
//! redrawing the page after each slice.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::runtime::trace::{Event, Trace};
use crate::ui::scratchpad::{Action, RunEnd, Scratchpad};
use crate::web::abort::abortable;
use crate::web::clock::now_ms;
use crate::web::live::{run_live, LiveRun};

/// Shortest time between two batches of events, in ms.
const BATCH_MS: f64 = 50.0;

/// Starts the run `pad` asks for, sending its progress and end to `dispatcher`.
#[hook]
pub fn use_live_run(pad: &Scratchpad, dispatcher: UseReducerDispatcher<Scratchpad>) {
    let source = pad.source.clone();
    let scale = pad.speed.scale();
    use_effect_with(pad.active_run(), move |active| {
        let handle = active.map(|run| {
            let (future, handle) = abortable(drive(run, source, scale, dispatcher));
            spawn_local(future);
            handle
        });
        move || {
            if let Some(handle) = handle {
                handle.abort();
            }
        }
    });
}

/// Runs `source` to its end as run number `run`.
async fn drive(run: u32, source: String, scale: f64, dispatcher: UseReducerDispatcher<Scratchpad>) {
    let batch = Batch::new(run, dispatcher.clone());
    let mut seen = 0;
    let progress = |trace: &Trace| {
        batch.add(&trace.events[seen..]);
        seen = trace.events.len();
    };
    let action = match run_live(&source, scale, LiveRun::default(), progress).await {
        Ok(result) => Action::Finished {
            run,
            end: RunEnd { exit_code: result.outcome.exit_code, stopped: result.outcome.stopped, hidden: result.hidden },
        },
        Err(error) => Action::Rejected { run, error },
    };
    batch.send();
    dispatcher.dispatch(action);
}

/// Events of one run waiting to be sent to the page, with a timer that sends them.
///
/// A batch timer left behind by an aborted run sends its events anyway; the reducer ignores
/// them, since they belong to a run that is no longer going.
#[derive(Clone)]
struct Batch {
    run: u32,
    dispatcher: UseReducerDispatcher<Scratchpad>,
    events: Rc<RefCell<Vec<Event>>>,
    timer_set: Rc<Cell<bool>>,
    last_sent_ms: Rc<Cell<f64>>,
}

impl Batch {
    fn new(run: u32, dispatcher: UseReducerDispatcher<Scratchpad>) -> Batch {
        Batch {
            run,
            dispatcher,
            events: Rc::default(),
            timer_set: Rc::default(),
            last_sent_ms: Rc::new(Cell::new(f64::NEG_INFINITY)),
        }
    }

    /// Queues `events`, and sets a timer to send the queue unless one is set.
    fn add(&self, events: &[Event]) {
        if events.is_empty() {
            return;
        }
        self.events.borrow_mut().extend_from_slice(events);
        if !self.timer_set.replace(true) {
            let wait = (self.last_sent_ms.get() + BATCH_MS - now_ms()).clamp(0.0, BATCH_MS);
            let batch = self.clone();
            spawn_local(async move {
                TimeoutFuture::new(wait as u32).await;
                batch.send();
            });
        }
    }

    /// Sends the queued events now.
    fn send(&self) {
        self.timer_set.set(false);
        self.last_sent_ms.set(now_ms());
        let events = std::mem::take(&mut *self.events.borrow_mut());
        if !events.is_empty() {
            self.dispatcher.dispatch(Action::Progress { run: self.run, events });
        }
    }
}
