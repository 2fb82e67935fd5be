//! The waterfall's model: one bar per request, built from a run's `Request`/`Response` trace
//! events (also while the run goes on, so the waterfall grows).
//!
//! A bar is queued from its task's creation to its request, then in flight until its
//! response, and ends in one state. Lifecycle of [`BarState`]: `InFlight` → `Done` |
//! `HttpError` | `Failed` | `TimedOut` | `Aborted`, once. A request still unanswered when the
//! run is over (stopped, or the trace ends without its response) is `Aborted`.

use std::collections::BTreeMap;

use crate::runtime::trace::{Event, RequestOutcome};

/// Where a request is, or how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BarState {
    /// Sent, no answer yet.
    InFlight,
    /// A response with a status below 400.
    Done(u16),
    /// A response with an error status (400 and up).
    HttpError(u16),
    /// No response: the network failed (the message says why, as far as it knows).
    Failed(String),
    /// Its timeout passed first.
    TimedOut,
    /// Given up: its task was cancelled, or the run was stopped.
    Aborted,
}

impl BarState {
    /// A name for styles and tests: `in-flight`, `done`, `http-error`, `failed`, `timed-out`,
    /// `aborted`.
    pub fn key(&self) -> &'static str {
        match self {
            BarState::InFlight => "in-flight",
            BarState::Done(_) => "done",
            BarState::HttpError(_) => "http-error",
            BarState::Failed(_) => "failed",
            BarState::TimedOut => "timed-out",
            BarState::Aborted => "aborted",
        }
    }

    /// The state's name without its details: `done`, `HTTP error`, `timed out`.
    pub fn kind_label(&self) -> &'static str {
        match self {
            BarState::InFlight => "in flight",
            BarState::Done(_) => "done",
            BarState::HttpError(_) => "HTTP error",
            BarState::Failed(_) => "failed",
            BarState::TimedOut => "timed out",
            BarState::Aborted => "aborted",
        }
    }

    /// What a reader is told: `done (200)`, `HTTP 503`, `timed out`.
    pub fn label(&self) -> String {
        match self {
            BarState::InFlight => "in flight".into(),
            BarState::Done(status) => format!("done ({status})"),
            BarState::HttpError(status) => format!("HTTP {status}"),
            BarState::Failed(_) => "failed".into(),
            BarState::TimedOut => "timed out".into(),
            BarState::Aborted => "aborted".into(),
        }
    }
}

/// One request's bar, in lesson seconds.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Request id (1, 2, ... in the order they were made).
    pub id: u32,
    /// The URL requested.
    pub url: String,
    /// When its task was created (the request's own time when made outside a task).
    pub queued_from: f64,
    /// When the request was made.
    pub start: f64,
    /// When it ended, or the time reached so far while in flight.
    pub end: f64,
    /// Its state.
    pub state: BarState,
}

/// The bars of `events`, by request id. Requests still unanswered extend to `now`; when
/// `over`, they are aborted at `now`.
pub fn bars(events: &[Event], now: f64, over: bool) -> Vec<Bar> {
    let mut created = BTreeMap::new();
    let mut bars: BTreeMap<u32, Bar> = BTreeMap::new();
    for event in events {
        match event {
            Event::TaskCreated { t, task, .. } => {
                created.insert(*task, *t);
            }
            Event::Request { t, id, task, url, .. } => {
                let queued_from = task.and_then(|task| created.get(&task).copied()).unwrap_or(*t).min(*t);
                let bar = Bar { id: *id, url: url.clone(), queued_from, start: *t, end: *t, state: BarState::InFlight };
                bars.insert(*id, bar);
            }
            Event::Response { t, id, outcome } => {
                if let Some(bar) = bars.get_mut(id).filter(|bar| bar.state == BarState::InFlight) {
                    bar.end = *t;
                    bar.state = state_of(outcome);
                }
            }
            _ => {}
        }
    }
    let mut bars: Vec<Bar> = bars.into_values().collect();
    for bar in bars.iter_mut().filter(|bar| bar.state == BarState::InFlight) {
        bar.end = now.max(bar.start);
        if over {
            bar.state = BarState::Aborted;
        }
    }
    bars
}

fn state_of(outcome: &RequestOutcome) -> BarState {
    match outcome {
        RequestOutcome::Status(status) if *status >= 400 => BarState::HttpError(*status),
        RequestOutcome::Status(status) => BarState::Done(*status),
        RequestOutcome::Failed(message) => BarState::Failed(message.clone()),
        RequestOutcome::TimedOut => BarState::TimedOut,
        RequestOutcome::Aborted => BarState::Aborted,
    }
}

/// When the last request of `events` ended: the run's total time for the lab (`None` before
/// any request ended).
pub fn requests_end(events: &[Event]) -> Option<f64> {
    events
        .iter()
        .filter_map(|event| match event {
            Event::Response { t, .. } => Some(*t),
            _ => None,
        })
        .reduce(f64::max)
}

/// How many bars are in each state, as (key, label, count), in the order in flight, done,
/// HTTP error, failed, timed out, aborted, leaving out states no bar is in.
pub fn tally(bars: &[Bar]) -> Vec<(&'static str, String, usize)> {
    let mut counts: Vec<(&'static str, String, usize)> = Vec::new();
    for bar in bars {
        let key = bar.state.key();
        match counts.iter_mut().find(|(k, _, _)| *k == key) {
            Some(entry) => entry.2 += 1,
            None => counts.push((key, bar.state.kind_label().into(), 1)),
        }
    }
    let order = ["in-flight", "done", "http-error", "failed", "timed-out", "aborted"];
    counts.sort_by_key(|(key, _, _)| order.iter().position(|k| k == key));
    counts
}
