//! The trace: everything observable about a run, stamped with loop time.
//!
//! The interpreter appends events as the program runs; the grader reads the output lines and
//! their times, the timeline draws one lane per task from the task events. Times are in lesson
//! seconds: virtual time on the virtual clock, real time divided by the time scale on the
//! browser clock.

use serde::{Deserialize, Serialize};

/// Which stream an output line went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    /// `sys.stdout`.
    Out,
    /// `sys.stderr` (warnings and tracebacks too).
    Err,
}

/// How a task ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "how", content = "detail", rename_all = "lowercase")]
pub enum TaskEnd {
    /// The coroutine returned; the value's repr.
    Returned(String),
    /// The coroutine raised; `Type: message`.
    Failed(String),
    /// The task was cancelled.
    Cancelled,
}

/// How a request ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "how", content = "detail", rename_all = "snake_case")]
pub enum RequestOutcome {
    /// A response came in with this status.
    Status(u16),
    /// No response; why, as far as the network says.
    Failed(String),
    /// The request's own timeout passed first (the request was aborted).
    TimedOut,
    /// The program gave up on it (its task was cancelled, or the run stopped).
    Aborted,
}

/// One thing that happened, at loop time `t`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// A complete output line (without its newline). `partial` marks a final line that the
    /// program left without a newline.
    Output {
        /// Loop time.
        t: f64,
        /// Which stream.
        stream: Stream,
        /// The line's text.
        text: String,
        /// The program ended before writing this line's newline.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        partial: bool,
    },
    /// A task was created (its coroutine has not started yet).
    TaskCreated {
        /// Loop time.
        t: f64,
        /// Task id, unique in the run (1 for the task `asyncio.run` creates).
        task: u32,
        /// The task's name (`Task-1`, or the name given).
        name: String,
        /// The coroutine's name.
        coro: String,
    },
    /// A task's coroutine was resumed (or started) by the loop.
    TaskResumed {
        /// Loop time.
        t: f64,
        /// Task id.
        task: u32,
    },
    /// A task's coroutine suspended, waiting on something.
    TaskSuspended {
        /// Loop time.
        t: f64,
        /// Task id.
        task: u32,
        /// What it waits on: `sleep(0.3)`, `Task-3`, `Lock`, `Queue.get`, `yield` ...
        on: String,
    },
    /// A task finished.
    TaskDone {
        /// Loop time.
        t: f64,
        /// Task id.
        task: u32,
        /// How it ended.
        end: TaskEnd,
    },
    /// A task was asked to cancel (`task.cancel()`), possibly with a message.
    CancelRequested {
        /// Loop time.
        t: f64,
        /// Task id.
        task: u32,
    },
    /// A timer was set to fire at `when`.
    TimerSet {
        /// Loop time.
        t: f64,
        /// Timer id, unique in the run.
        timer: u32,
        /// Deadline (loop time).
        when: f64,
        /// What it is for: `sleep(0.5)`, `timeout`, `call_later` ...
        purpose: String,
    },
    /// A timer fired.
    TimerFired {
        /// Loop time.
        t: f64,
        /// Timer id.
        timer: u32,
    },
    /// A timer was cancelled before it fired.
    TimerCancelled {
        /// Loop time.
        t: f64,
        /// Timer id.
        timer: u32,
    },
    /// The loop was blocked from `t` to `until` (by `time.sleep` or a long CPU stretch).
    Blocked {
        /// Start.
        t: f64,
        /// End.
        until: f64,
        /// Task id running when it blocked (0 for module-level code).
        task: u32,
        /// Why: `time.sleep(1)`.
        reason: String,
    },
    /// A request was handed to the network.
    Request {
        /// Loop time.
        t: f64,
        /// Request id, unique in the run (from 1).
        id: u32,
        /// The task that made it (`None` outside any task).
        task: Option<u32>,
        /// `GET`, `POST` ...
        method: String,
        /// The URL as the program gave it (with its query).
        url: String,
    },
    /// A request ended: its response headers came in, or it failed, timed out or was aborted.
    Response {
        /// Loop time.
        t: f64,
        /// The request's id.
        id: u32,
        /// How it ended.
        outcome: RequestOutcome,
    },
    /// An executor worker ran a call from `t` to `until`.
    Worker {
        /// Start.
        t: f64,
        /// End.
        until: f64,
        /// Worker slot number within its pool.
        worker: u32,
        /// The function's name.
        call: String,
    },
}

impl Event {
    /// The loop time the event happened at.
    pub fn time(&self) -> f64 {
        match self {
            Event::Output { t, .. }
            | Event::TaskCreated { t, .. }
            | Event::TaskResumed { t, .. }
            | Event::TaskSuspended { t, .. }
            | Event::TaskDone { t, .. }
            | Event::CancelRequested { t, .. }
            | Event::TimerSet { t, .. }
            | Event::TimerFired { t, .. }
            | Event::TimerCancelled { t, .. }
            | Event::Blocked { t, .. }
            | Event::Worker { t, .. }
            | Event::Request { t, .. }
            | Event::Response { t, .. } => *t,
        }
    }
}

/// The whole trace of one run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    /// Events in the order they happened.
    pub events: Vec<Event>,
}

impl Trace {
    /// Appends an event.
    pub fn push(&mut self, event: Event) {
        self.events.push(event);
    }

    /// The output lines in order, with their times and streams.
    pub fn output(&self) -> impl Iterator<Item = (f64, Stream, &str)> + '_ {
        self.events.iter().filter_map(|e| match e {
            Event::Output { t, stream, text, .. } => Some((*t, *stream, text.as_str())),
            _ => None,
        })
    }
}
