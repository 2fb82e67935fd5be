//! Checks declared in `challenge.json` and evaluated in Rust over a run's trace and the
//! operation spans the `loopscope` harness recorded: peak concurrency, total time, time the
//! loop was blocked, coroutines never awaited, tasks left pending, exceptions never retrieved.

use super::report::CheckResult;
use crate::python::loopscope::OpSpan;
use crate::runtime::trace::{Event, Stream, TaskEnd, Trace};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A declared check: a name, a hint, and the rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Declared {
    /// The check's name, as the learner sees it.
    pub name: String,
    /// What to try when it fails.
    pub hint: String,
    /// What it asserts.
    #[serde(flatten)]
    pub rule: Rule,
}

/// What a declared check asserts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rule {
    /// The most operations of kind `op` in flight at once lies in `min..=max`.
    Peak {
        /// The `Service` kind: `fetch`.
        op: String,
        /// Fewest allowed at the peak (real concurrency).
        #[serde(default)]
        min: Option<u32>,
        /// Most allowed at once.
        #[serde(default)]
        max: Option<u32>,
    },
    /// The run's total loop time lies in `min..=max` seconds.
    TotalTime {
        /// Shortest allowed.
        min: f64,
        /// Longest allowed.
        max: f64,
    },
    /// The loop was blocked (by `time.sleep` or CPU work) for at most `max` seconds in all.
    Blocked {
        /// Most seconds allowed.
        max: f64,
    },
    /// No coroutine was left never awaited.
    NeverAwaited,
    /// Every task had finished when the main coroutine of its `asyncio.run` returned (none
    /// was left running, to be cancelled by `asyncio.run` on its way out).
    LeftRunning,
    /// No task or future ended with an exception nobody retrieved.
    Unretrieved,
    /// No task ended cancelled (workers shut down by a sentinel, not by `cancel()`).
    Cancelled,
}

impl Rule {
    /// Why the rule cannot be evaluated as written, if so.
    pub fn malformed(&self) -> Option<String> {
        match self {
            Rule::Peak { min: None, max: None, .. } => Some("a peak check needs `min` or `max`".into()),
            Rule::Peak { min: Some(lo), max: Some(hi), .. } if lo > hi => {
                Some(format!("peak band {lo}..{hi} is empty"))
            }
            Rule::TotalTime { min, max } if min > max => Some(format!("time band {min}..{max} is empty")),
            _ => None,
        }
    }
}

/// A run's facts a declared check reads.
pub struct Facts<'a> {
    /// The trace.
    pub trace: &'a Trace,
    /// Operation spans, in start order.
    pub ops: &'a [OpSpan],
    /// When the run ended.
    pub end: f64,
}

impl Declared {
    /// Evaluates the check on a run.
    pub fn evaluate(&self, facts: &Facts<'_>) -> CheckResult {
        let (passed, measured, expected, at) = match &self.rule {
            Rule::Peak { op, min, max } => peak(facts, op, *min, *max),
            Rule::TotalTime { min, max } => {
                let ok = facts.end >= *min - 1e-9 && facts.end <= *max + 1e-9;
                let at = (facts.end > *max).then_some(*max);
                (ok, seconds(facts.end), format!("between {} and {}", seconds(*min), seconds(*max)), at)
            }
            Rule::Blocked { max } => blocked(facts.trace, *max),
            Rule::NeverAwaited => stderr_line(facts.trace, "was never awaited"),
            Rule::LeftRunning => left_running(facts.trace),
            Rule::Unretrieved => stderr_line(facts.trace, "exception was never retrieved"),
            Rule::Cancelled => cancelled(facts.trace),
        };
        CheckResult { name: self.name.clone(), passed, measured, expected, at, hint: self.hint.clone() }
    }
}

type Outcome = (bool, String, String, Option<f64>);

fn seconds(s: f64) -> String {
    format!("{} s", (s * 1000.0).round() / 1000.0)
}

/// Sweeps the spans of kind `op` (one still in flight counts until the end); `at` is when the
/// span that first broke the band went in flight.
fn peak(facts: &Facts<'_>, op: &str, min: Option<u32>, max: Option<u32>) -> Outcome {
    let mut edges: Vec<(f64, i32)> = Vec::new();
    for s in facts.ops.iter().filter(|s| s.kind == op) {
        edges.push((s.start, 1));
        edges.push((s.end.unwrap_or(facts.end), -1));
    }
    // Ends before starts at the same moment: a slot freed and refilled is not an overlap.
    edges.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let (mut now, mut best, mut over_at) = (0i32, 0i32, None);
    for (t, step) in edges {
        now += step;
        best = best.max(now);
        if over_at.is_none() && max.is_some_and(|m| now > m as i32) {
            over_at = Some(t);
        }
    }
    let best = best as u32;
    let ok = min.is_none_or(|m| best >= m) && max.is_none_or(|m| best <= m);
    let expected = match (min, max) {
        (Some(lo), Some(hi)) if lo == hi => format!("exactly {lo} {op} calls in flight at the peak"),
        (Some(lo), Some(hi)) => format!("between {lo} and {hi} {op} calls in flight"),
        (Some(lo), None) => format!("at least {lo} {op} calls in flight at once"),
        (None, Some(hi)) => format!("at most {hi} {op} calls in flight"),
        (None, None) => String::new(),
    };
    let at = over_at.or_else(|| (!ok).then(|| facts.ops.iter().find(|s| s.kind == op).map(|s| s.start)).flatten());
    (ok, format!("{best} in flight at the peak"), expected, at)
}

fn blocked(trace: &Trace, max: f64) -> Outcome {
    let spans: Vec<(f64, f64)> = trace
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Blocked { t, until, .. } => Some((*t, *until)),
            _ => None,
        })
        .collect();
    let total = spans.iter().fold(0.0, |sum, (a, b)| sum + (b - a));
    let ok = total <= max + 1e-9;
    let at = (!ok).then(|| spans.first().map(|s| s.0)).flatten();
    (ok, format!("blocked for {}", seconds(total)), format!("blocked for at most {}", seconds(max)), at)
}

fn stderr_line(trace: &Trace, needle: &str) -> Outcome {
    let found = trace.output().find(|(_, stream, text)| *stream == Stream::Err && text.contains(needle));
    match found {
        Some((t, _, text)) => (false, text.trim().to_string(), "no such warning".into(), Some(t)),
        None => (true, "none".into(), "none".into(), None),
    }
}

/// A root task is one created while no task ran (by `asyncio.run`); every other task belongs
/// to the latest root and must be done before it is.
fn left_running(trace: &Trace) -> Outcome {
    let (mut current, mut root) = (None::<u32>, None::<u32>);
    let mut owner: BTreeMap<u32, (u32, f64, String)> = BTreeMap::new();
    let mut left: Vec<(f64, String)> = Vec::new();
    for e in &trace.events {
        match e {
            Event::TaskCreated { t, task, name, coro } => match (current, root) {
                (Some(_), Some(r)) => {
                    owner.insert(*task, (r, *t, format!("{name} ({coro})")));
                }
                _ => root = Some(*task),
            },
            Event::TaskResumed { task, .. } => current = Some(*task),
            Event::TaskSuspended { task, .. } if current == Some(*task) => current = None,
            Event::TaskDone { task, .. } => {
                if current == Some(*task) {
                    current = None;
                }
                owner.remove(task);
                let orphans: Vec<u32> = owner.iter().filter(|(_, o)| o.0 == *task).map(|(id, _)| *id).collect();
                for id in orphans {
                    if let Some((_, t, name)) = owner.remove(&id) {
                        left.push((t, name));
                    }
                }
            }
            _ => {}
        }
    }
    left.extend(owner.into_values().map(|(_, t, name)| (t, name)));
    left.sort_by(|a, b| a.0.total_cmp(&b.0));
    match left.first() {
        Some((t, first)) => (
            false,
            format!("{} left running, first {first}", left.len()),
            "every task awaited to the end".into(),
            Some(*t),
        ),
        None => (true, "every task awaited to the end".into(), "every task awaited to the end".into(), None),
    }
}

fn cancelled(trace: &Trace) -> Outcome {
    let mut names: BTreeMap<u32, String> = BTreeMap::new();
    let mut ended: Vec<(f64, String)> = Vec::new();
    for e in &trace.events {
        match e {
            Event::TaskCreated { task, name, coro, .. } => {
                names.insert(*task, format!("{name} ({coro})"));
            }
            Event::TaskDone { t, task, end: TaskEnd::Cancelled } => {
                ended.push((*t, names.get(task).cloned().unwrap_or_default()))
            }
            _ => {}
        }
    }
    match ended.first() {
        Some((t, first)) => {
            (false, format!("{} cancelled, first {first}", ended.len()), "no task cancelled".into(), Some(*t))
        }
        None => (true, "no task cancelled".into(), "no task cancelled".into(), None),
    }
}
