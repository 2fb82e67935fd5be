//! Replaying a finished run on the timeline: the trace as it stood at a moment of lesson time,
//! and the playhead of a replay that plays lesson time at a pace suited to the run's length.

use crate::runtime::trace::{Event, Trace};

/// The longest a replay takes, in real seconds: longer runs play faster than lesson time.
pub const LONGEST_REPLAY_S: f64 = 6.0;

/// The trace as it stood at lesson time `t`: the events that had happened by then, with a
/// blocking call or worker still in progress cut off at `t`.
pub fn trace_until(trace: &Trace, t: f64) -> Trace {
    let events = trace
        .events
        .iter()
        .filter(|e| e.time() <= t)
        .map(|e| match e {
            Event::Blocked { t: start, until, task, reason } => {
                Event::Blocked { t: *start, until: until.min(t), task: *task, reason: reason.clone() }
            }
            Event::Worker { t: start, until, worker, call } => {
                Event::Worker { t: *start, until: until.min(t), worker: *worker, call: call.clone() }
            }
            other => other.clone(),
        })
        .collect();
    Trace { events }
}

/// When a run ends: the latest moment any event reaches (an end of a blocking call included).
pub fn end_of(trace: &Trace) -> f64 {
    trace
        .events
        .iter()
        .map(|e| match e {
            Event::Blocked { until, .. } | Event::Worker { until, .. } => *until,
            other => other.time(),
        })
        .fold(0.0, f64::max)
}

/// A replay in progress: where its playhead is, in lesson seconds, after `elapsed_s` real
/// seconds. Lesson time plays at 1× unless the run is longer than [`LONGEST_REPLAY_S`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Replay {
    /// The run's end, in lesson seconds.
    pub end: f64,
}

impl Replay {
    /// Lesson seconds played per real second.
    pub fn pace(&self) -> f64 {
        (self.end / LONGEST_REPLAY_S).max(1.0)
    }

    /// The playhead after `elapsed_s` real seconds; `None` once the replay is over.
    pub fn playhead(&self, elapsed_s: f64) -> Option<f64> {
        let t = elapsed_s.max(0.0) * self.pace();
        (t <= self.end).then_some(t)
    }
}
