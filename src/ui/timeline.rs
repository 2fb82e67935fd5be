//! The timeline's model, built from a trace: one lane per task (in creation order), plus a
//! lane for module-level code and one per executor worker when they do something. Each lane
//! holds what the task was doing over time (segments) and what happened at an instant
//! (marks: prints, cancel requests, its end), and can describe itself in words for the
//! timeline's text alternative.

use std::collections::BTreeMap;

use crate::runtime::trace::{Event, Stream, TaskEnd, Trace};

use super::clip::clip_line;
use super::seconds::format_seconds;

/// Shorter than this (half of the millisecond the page shows), a segment is an instant.
const INSTANT: f64 = 0.0005;

/// What a lane stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneKind {
    /// Module-level code, outside any task (prints before `asyncio.run`, `time.sleep` there).
    Module,
    /// The task with this id.
    Task(u32),
    /// The executor worker with this slot number.
    Worker(u32),
}

/// What a lane was doing during a segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Activity {
    /// Created, waiting for its first turn on the loop.
    Scheduled,
    /// Running on the loop.
    Running,
    /// Suspended, waiting on this (`sleep(0.3)`, `Task-3`, `gather` ...).
    Waiting(String),
    /// Holding the loop so nothing else could run (`time.sleep(1)`).
    Blocked(String),
    /// An executor worker running this call.
    Working(String),
}

/// A stretch of time on a lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Start, in lesson seconds.
    pub from: f64,
    /// End, in lesson seconds.
    pub to: f64,
    /// What the lane was doing.
    pub activity: Activity,
    /// The trace had not ended the segment yet: `to` is the trace's last moment.
    pub open: bool,
    /// Index of the trace event that began it (orders things that happen at the same time).
    pub at: usize,
}

/// Something that happened at an instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A line was printed.
    Print {
        /// Which stream.
        stream: Stream,
        /// The line.
        text: String,
    },
    /// Someone called `cancel()` on the task.
    CancelRequested,
    /// The task ended.
    End(TaskEnd),
}

/// An instant on a lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// When, in lesson seconds.
    pub t: f64,
    /// What happened.
    pub kind: MarkKind,
    /// Index of the trace event.
    pub at: usize,
}

/// One swimlane.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// What it stands for.
    pub kind: LaneKind,
    /// Its name: `Task-2`, `module code`, `worker 1`.
    pub name: String,
    /// The coroutine a task runs (`brew()`), empty for other lanes.
    pub coro: String,
    /// Stretches of activity, in the order they began.
    pub segments: Vec<Segment>,
    /// Instants, in order.
    pub marks: Vec<Mark>,
}

/// Every lane of a run and the trace's last moment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// Module code first (if it did anything), then tasks by creation, then workers by slot.
    pub lanes: Vec<Lane>,
    /// The latest time the trace mentions, in lesson seconds.
    pub end: f64,
}

impl Segment {
    /// Whether the segment takes no time (a task that ran without the clock moving).
    pub fn is_instant(&self) -> bool {
        self.to - self.from < INSTANT
    }

    /// In words: `waits on sleep(0.3) from 0.000 s to 0.300 s`.
    pub fn describe(&self) -> String {
        let what = match &self.activity {
            Activity::Scheduled => "waits for its first turn".to_string(),
            Activity::Running => "runs".to_string(),
            Activity::Waiting(on) => format!("waits on {on}"),
            Activity::Blocked(why) => format!("blocks the loop in {why}"),
            Activity::Working(call) => format!("runs {call}()"),
        };
        let when = if self.is_instant() {
            format!("at {}", format_seconds(self.from))
        } else {
            format!("from {} to {}", format_seconds(self.from), format_seconds(self.to))
        };
        let still = if self.open { " (still going)" } else { "" };
        format!("{what} {when}{still}")
    }
}

impl Mark {
    /// In words: `prints “tea ready” at 0.300 s`.
    pub fn describe(&self) -> String {
        let what = match &self.kind {
            MarkKind::Print { stream: Stream::Out, text } => format!("prints “{text}”"),
            MarkKind::Print { stream: Stream::Err, text } => format!("writes “{text}” to stderr"),
            MarkKind::CancelRequested => "is asked to cancel".to_string(),
            MarkKind::End(TaskEnd::Returned(value)) => format!("returns {value}"),
            MarkKind::End(TaskEnd::Failed(error)) => format!("fails with {error}"),
            MarkKind::End(TaskEnd::Cancelled) => "ends cancelled".to_string(),
        };
        format!("{what} at {}", format_seconds(self.t))
    }
}

impl Lane {
    fn new(kind: LaneKind, name: String, coro: String) -> Lane {
        Lane { kind, name, coro, segments: Vec::new(), marks: Vec::new() }
    }

    /// The lane's heading: `Task-2 · brew()`.
    pub fn title(&self) -> String {
        if self.coro.is_empty() {
            self.name.clone()
        } else {
            format!("{} · {}", self.name, self.coro)
        }
    }

    /// Everything on the lane in words, in the order it happened.
    pub fn describe(&self) -> Vec<String> {
        let mut items: Vec<(f64, usize, String)> = self
            .segments
            .iter()
            .map(|s| (s.from, s.at, s.describe()))
            .chain(self.marks.iter().map(|m| (m.t, m.at, m.describe())))
            .collect();
        items.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        items.into_iter().map(|(_, _, text)| text).collect()
    }
}

/// Builds a [`Timeline`] by walking a trace once.
#[derive(Default)]
struct Builder {
    module: Option<Lane>,
    tasks: Vec<Lane>,
    task_index: BTreeMap<u32, usize>,
    workers: BTreeMap<u32, Lane>,
    /// Per task lane: the index of its open segment.
    open: BTreeMap<u32, usize>,
    /// The task running right now, if any.
    current: Option<u32>,
    end: f64,
}

impl Builder {
    /// The lane that gets what module code (or task `task`, if known) does.
    fn lane_of(&mut self, task: Option<u32>) -> &mut Lane {
        match task.and_then(|id| self.task_index.get(&id).copied()) {
            Some(index) => &mut self.tasks[index],
            None => self
                .module
                .get_or_insert_with(|| Lane::new(LaneKind::Module, "module code".into(), String::new())),
        }
    }

    /// Ends task `task`'s open segment at `t` and, if `next` is given, begins that one.
    fn switch(&mut self, task: u32, t: f64, at: usize, next: Option<Activity>) {
        let Some(&index) = self.task_index.get(&task) else { return };
        let lane = &mut self.tasks[index];
        if let Some(open) = self.open.remove(&task) {
            lane.segments[open].to = t;
        }
        if let Some(activity) = next {
            self.open.insert(task, lane.segments.len());
            lane.segments.push(Segment { from: t, to: t, activity, open: false, at });
        }
    }

    fn event(&mut self, at: usize, event: &Event) {
        self.end = self.end.max(event.time());
        match event {
            Event::TaskCreated { t, task, name, coro } => {
                self.task_index.insert(*task, self.tasks.len());
                self.tasks.push(Lane::new(LaneKind::Task(*task), name.clone(), format!("{coro}()")));
                self.switch(*task, *t, at, Some(Activity::Scheduled));
            }
            Event::TaskResumed { t, task } => {
                self.current = Some(*task);
                self.switch(*task, *t, at, Some(Activity::Running));
            }
            Event::TaskSuspended { t, task, on } => {
                self.current = self.current.filter(|c| c != task);
                self.switch(*task, *t, at, Some(Activity::Waiting(on.clone())));
            }
            Event::TaskDone { t, task, end } => {
                self.current = self.current.filter(|c| c != task);
                self.switch(*task, *t, at, None);
                let kind = MarkKind::End(end.clone());
                self.lane_of(Some(*task)).marks.push(Mark { t: *t, kind, at });
            }
            Event::CancelRequested { t, task } => {
                let kind = MarkKind::CancelRequested;
                self.lane_of(Some(*task)).marks.push(Mark { t: *t, kind, at });
            }
            Event::Output { t, stream, text, .. } => {
                let kind = MarkKind::Print { stream: *stream, text: clip_line(text).into_owned() };
                self.lane_of(self.current).marks.push(Mark { t: *t, kind, at });
            }
            Event::Blocked { t, until, task, reason } => {
                self.end = self.end.max(*until);
                let activity = Activity::Blocked(reason.clone());
                let segment = Segment { from: *t, to: *until, activity, open: false, at };
                self.lane_of(Some(*task)).segments.push(segment);
            }
            Event::Worker { t, until, worker, call } => {
                self.end = self.end.max(*until);
                let activity = Activity::Working(call.clone());
                let lane = self
                    .workers
                    .entry(*worker)
                    .or_insert_with(|| Lane::new(LaneKind::Worker(*worker), format!("worker {worker}"), String::new()));
                lane.segments.push(Segment { from: *t, to: *until, activity, open: false, at });
            }
            Event::TimerSet { .. } | Event::TimerFired { .. } | Event::TimerCancelled { .. } => {}
            // Requests are drawn by the fetch lab's waterfall, not on task lanes.
            Event::Request { .. } | Event::Response { .. } => {}
        }
    }

    fn finish(mut self) -> Timeline {
        for (task, open) in std::mem::take(&mut self.open) {
            let lane = &mut self.tasks[self.task_index[&task]];
            lane.segments[open].to = self.end;
            lane.segments[open].open = true;
        }
        let lanes = self.module.into_iter().chain(self.tasks).chain(self.workers.into_values()).collect();
        Timeline { lanes, end: self.end }
    }
}

impl Timeline {
    /// The timeline of everything in `trace` so far; a trace that is still growing gives
    /// segments that are still open at its last moment.
    pub fn from_trace(trace: &Trace) -> Timeline {
        let mut builder = Builder::default();
        for (at, event) in trace.events.iter().enumerate() {
            builder.event(at, event);
        }
        builder.finish()
    }
}
