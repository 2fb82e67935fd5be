//! The scratchpad's state: the program being edited and its syntax check, the chosen speed,
//! and the latest live run with its trace. It changes only through [`Scratchpad::apply`], a
//! pure function of the state and an [`Action`]; the browser side starts and cancels runs by
//! watching [`Scratchpad::active_run`].

use crate::python::error::CompileError;
use crate::python::parser;
use crate::runtime::trace::{Event, Trace};

use super::speed::Speed;

/// The program the scratchpad opens with.
pub const EXAMPLE: &str = include_str!("scratchpad_example.py");

/// How the latest run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunEnd {
    /// The exit status CPython would return (0, or 1 after an uncaught exception).
    pub exit_code: i32,
    /// Why Loopscope stopped the program early (step budget, deadlock ...), if it did.
    pub stopped: Option<String>,
    /// The tab was hidden during the run, so the browser throttled its timers.
    pub hidden: bool,
}

/// Where the latest run is.
///
/// Lifecycle: `Idle` → `Running` on [`Action::Start`]; `Running` → `Finished` when the
/// program ends, → `Stopped` on [`Action::Stop`], → `Idle` when it does not compile (the
/// error is then in [`Scratchpad::error`]). `Start` from any state begins a fresh run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum RunStatus {
    /// No run yet, or the last one did not compile.
    #[default]
    Idle,
    /// Running on the browser clock.
    Running,
    /// Ended by itself.
    Finished(RunEnd),
    /// Stopped by the learner.
    Stopped,
}

/// The whole scratchpad.
#[derive(Clone, Debug, PartialEq)]
pub struct Scratchpad {
    /// The program text in the editor.
    pub source: String,
    /// Why the program cannot run: a syntax error found while editing, or a compile error
    /// found when a run started.
    pub error: Option<CompileError>,
    /// The speed the next run plays at.
    pub speed: Speed,
    /// Number of the latest run; 0 before the first. Actions from older runs are ignored.
    pub run: u32,
    /// Where the latest run is.
    pub status: RunStatus,
    /// Everything the latest run did so far, in lesson seconds.
    pub trace: Trace,
}

/// What can happen to a [`Scratchpad`].
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The learner changed the program text.
    Edit(String),
    /// The learner chose a speed.
    SetSpeed(Speed),
    /// The learner asked for a run: a new run starts unless the program has a syntax error.
    Start,
    /// Run `run` did more: these events follow the ones already seen.
    Progress {
        /// The run the events belong to.
        run: u32,
        /// The new events, in order.
        events: Vec<Event>,
    },
    /// Run `run` ended by itself.
    Finished {
        /// The run that ended.
        run: u32,
        /// How it ended.
        end: RunEnd,
    },
    /// Run `run` could not start: the program does not compile.
    Rejected {
        /// The run that was refused.
        run: u32,
        /// Why.
        error: CompileError,
    },
    /// The learner stopped the run.
    Stop,
}

impl Default for Scratchpad {
    fn default() -> Self {
        Scratchpad::new(EXAMPLE)
    }
}

impl Scratchpad {
    /// A scratchpad holding `source`, already checked for syntax errors.
    pub fn new(source: &str) -> Self {
        Scratchpad {
            source: source.to_string(),
            error: parser::parse(source).err(),
            speed: Speed::default(),
            run: 0,
            status: RunStatus::Idle,
            trace: Trace::default(),
        }
    }

    /// The number of the run that should be going on right now, if one should.
    pub fn active_run(&self) -> Option<u32> {
        (self.status == RunStatus::Running).then_some(self.run)
    }

    /// Applies `action`. Actions of a run other than the latest, or of a run that is no longer
    /// going, change nothing.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Edit(source) => {
                self.error = parser::parse(&source).err();
                self.source = source;
            }
            Action::SetSpeed(speed) => self.speed = speed,
            Action::Start if self.error.is_none() => {
                self.run += 1;
                self.status = RunStatus::Running;
                self.trace = Trace::default();
            }
            Action::Start => {}
            Action::Progress { run, events } if self.active_run() == Some(run) => {
                self.trace.events.extend(events);
            }
            Action::Finished { run, end } if self.active_run() == Some(run) => {
                self.status = RunStatus::Finished(end);
            }
            Action::Rejected { run, error } if self.active_run() == Some(run) => {
                self.status = RunStatus::Idle;
                self.error = Some(error);
            }
            Action::Stop if self.status == RunStatus::Running => self.status = RunStatus::Stopped,
            Action::Progress { .. } | Action::Finished { .. } | Action::Rejected { .. } | Action::Stop => {}
        }
    }
}
