//! Why a challenge could not be loaded: the file at fault and what is wrong with it.

use crate::file_error::{FileError, JsonProblem};
use std::fmt;

/// What is wrong with a challenge's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `challenge.json` is not valid JSON of the expected shape.
    Json(String),
    /// A required file is missing.
    Missing(&'static str),
    /// The folder is not `<nn>-<id>` for the challenge's id.
    Misnamed,
    /// Another challenge already has this id.
    DuplicateId(String),
    /// A Python file does not compile; the compiler's message.
    Python(String),
    /// A declared check is malformed (a band whose minimum exceeds its maximum ...).
    BadCheck(String),
    /// The challenge names no wrong solutions, or fewer than three.
    TooFewWrong(usize),
}

/// A challenge that failed to load.
pub type ChallengeError = FileError<Problem>;

impl JsonProblem for Problem {
    fn json(message: String) -> Problem {
        Problem::Json(message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Json(why) => write!(f, "{why}"),
            Problem::Missing(name) => write!(f, "no {name} in the challenge's folder"),
            Problem::Misnamed => write!(f, "the folder must be named <nn>-<id>"),
            Problem::DuplicateId(id) => write!(f, "id `{id}` is used twice"),
            Problem::Python(why) => write!(f, "{why}"),
            Problem::BadCheck(why) => write!(f, "{why}"),
            Problem::TooFewWrong(n) => write!(f, "{n} wrong solutions listed, at least 3 needed"),
        }
    }
}

/// Result of loading challenges.
pub type Result<T> = std::result::Result<T, ChallengeError>;
