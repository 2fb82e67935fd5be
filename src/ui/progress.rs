//! The learner's progress, kept in the browser: per exercise its status, best score and last
//! prediction, which exercise was opened last, and per challenge its best Check.
//!
//! Stored data is read leniently: unreadable or old data gives a fresh store, and an entry
//! that does not make sense is dropped on its own; each case leaves a [`Notice`] to show, and
//! nothing panics. An imported file is read the same way, except that a file that is not a
//! progress file at all is refused with a [`ProgressError`].

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::challenge_best::ChallengeBest;
use crate::grading::{Grade, Prediction};

/// The version written into every saved store; other versions are not read.
pub const VERSION: u64 = 1;

/// How far a learner got with one exercise.
///
/// Lifecycle: `Opened` → `Attempted` when a prediction is graded and fails, → `Passed` when
/// one passes; `Attempted` → `Passed`. A passed exercise stays passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Opened, nothing graded yet.
    Opened,
    /// Graded, not passed yet.
    Attempted,
    /// A prediction passed.
    Passed,
}

/// Progress on one exercise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// How far it got.
    pub status: Status,
    /// The best score so far, in `[0, 1]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best: Option<f64>,
    /// The last prediction graded or being worked on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<Prediction>,
}

/// Progress on every exercise.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Progress {
    /// Always [`VERSION`] once written.
    pub version: u64,
    /// The exercise opened most recently.
    pub last_opened: Option<String>,
    /// Entries by exercise id.
    pub entries: BTreeMap<String, Entry>,
    /// The best Check of each challenge tried, by challenge id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub challenges: BTreeMap<String, ChallengeBest>,
}

/// Something about stored progress the learner should be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The stored data was not readable JSON of the right shape (at line:col); progress
    /// starts afresh.
    Unreadable {
        /// 1-based line and column.
        at: (usize, usize),
    },
    /// The stored data is from another version (`None`: it has none); progress starts afresh.
    OtherVersion(Option<u64>),
    /// This exercise's entry made no sense and was reset.
    EntryReset(String),
    /// This challenge's best result made no sense and was reset.
    ChallengeReset(String),
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Unreadable { at: (line, col) } => {
                write!(f, "Saved progress could not be read (at {line}:{col}), so it starts afresh.")
            }
            Notice::OtherVersion(Some(v)) => write!(f, "Saved progress is from version {v}, so it starts afresh."),
            Notice::OtherVersion(None) => write!(f, "Saved progress has no version, so it starts afresh."),
            Notice::EntryReset(id) => write!(f, "Saved progress for “{id}” could not be read and was reset."),
            Notice::ChallengeReset(id) => {
                write!(f, "The saved result of challenge “{id}” could not be read and was reset.")
            }
        }
    }
}

/// Why an imported file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressError {
    /// Not JSON, or not an object: what is wrong, at 1-based line:col.
    Json {
        /// Line and column.
        at: (usize, usize),
        /// What is wrong.
        message: String,
    },
    /// A progress file of another version (`None`: no version).
    Version(Option<u64>),
}

impl fmt::Display for ProgressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgressError::Json { at: (line, col), message } => write!(f, "{line}:{col}: {message}"),
            ProgressError::Version(Some(v)) => {
                write!(f, "this is a version {v} progress file; version {VERSION} is read")
            }
            ProgressError::Version(None) => write!(f, "this is not a Loopscope progress file (no version)"),
        }
    }
}

impl std::error::Error for ProgressError {}

impl Progress {
    /// An empty store of the current version.
    pub fn new() -> Progress {
        Progress { version: VERSION, ..Progress::default() }
    }

    /// Reads stored progress (`None`: nothing stored), never failing: what cannot be read is
    /// reset and reported.
    pub fn load(stored: Option<&str>) -> (Progress, Vec<Notice>) {
        let Some(text) = stored else { return (Progress::new(), Vec::new()) };
        match Progress::import(text) {
            Ok(loaded) => loaded,
            Err(ProgressError::Json { at, .. }) => (Progress::new(), vec![Notice::Unreadable { at }]),
            Err(ProgressError::Version(v)) => (Progress::new(), vec![Notice::OtherVersion(v)]),
        }
    }

    /// Reads an exported file: refused when it is not a progress file of this version; entries
    /// that make no sense are dropped with a notice each.
    pub fn import(text: &str) -> Result<(Progress, Vec<Notice>), ProgressError> {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| ProgressError::Json { at: (e.line(), e.column()), message: e.to_string() })?;
        let Value::Object(mut root) = value else {
            return Err(ProgressError::Json { at: (1, 1), message: "expected a JSON object".into() });
        };
        let version = root.get("version").and_then(Value::as_u64);
        if version != Some(VERSION) {
            return Err(ProgressError::Version(version));
        }
        let mut notices = Vec::new();
        let mut entries = BTreeMap::new();
        if let Some(Value::Object(stored)) = root.remove("entries") {
            for (id, value) in stored {
                match serde_json::from_value::<Entry>(value) {
                    Ok(entry) if entry.best.is_none_or(|s| (0.0..=1.0).contains(&s)) => {
                        entries.insert(id, entry);
                    }
                    _ => notices.push(Notice::EntryReset(id)),
                }
            }
        }
        let mut challenges = BTreeMap::new();
        if let Some(Value::Object(stored)) = root.remove("challenges") {
            for (id, value) in stored {
                match serde_json::from_value::<ChallengeBest>(value) {
                    Ok(best) if best.is_consistent() => {
                        challenges.insert(id, best);
                    }
                    _ => notices.push(Notice::ChallengeReset(id)),
                }
            }
        }
        let last_opened = root.get("last_opened").and_then(Value::as_str).map(str::to_string);
        Ok((Progress { version: VERSION, last_opened, entries, challenges }, notices))
    }

    /// The store as JSON, as saved and exported.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Notes that `id` was opened.
    pub fn open(&mut self, id: &str) {
        self.last_opened = Some(id.to_string());
        self.entries.entry(id.to_string()).or_insert(Entry { status: Status::Opened, best: None, last: None });
    }

    /// Records a graded `prediction` for `id`.
    pub fn record(&mut self, id: &str, prediction: &Prediction, grade: &Grade) {
        let entry =
            self.entries.entry(id.to_string()).or_insert(Entry { status: Status::Opened, best: None, last: None });
        entry.status = match (entry.status, grade.passed) {
            (Status::Passed, _) | (_, true) => Status::Passed,
            _ => Status::Attempted,
        };
        entry.best = Some(entry.best.map_or(grade.score, |best| best.max(grade.score)));
        entry.last = Some(prediction.clone());
    }

    /// Keeps `result` for challenge `id` if it beats the best so far; returns the best.
    pub fn record_challenge(&mut self, id: &str, result: ChallengeBest) -> ChallengeBest {
        let best = self.challenges.get(id).map_or(result, |old| old.better(result));
        self.challenges.insert(id.to_string(), best);
        best
    }

    /// The best Check of challenge `id` (`None`: never checked).
    pub fn challenge(&self, id: &str) -> Option<ChallengeBest> {
        self.challenges.get(id).copied()
    }

    /// The status of `id` (`None`: never opened).
    pub fn status(&self, id: &str) -> Option<Status> {
        self.entries.get(id).map(|e| e.status)
    }

    /// How many of `ids` are passed.
    pub fn passed_count<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> usize {
        ids.into_iter().filter(|id| self.status(id) == Some(Status::Passed)).count()
    }
}
