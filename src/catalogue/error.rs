//! Why the catalogue could not be loaded: the file at fault, where in it, and what is wrong.

use crate::file_error::{FileError, JsonProblem};
use std::fmt;

/// What is wrong with a catalogue file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not valid JSON of the expected shape (unknown fields and unknown
    /// misconception tags included).
    Json(String),
    /// A line of a `.expected` recording cannot be read.
    Recording(String),
    /// The exercise has no file with this extension (`py`, `json` or `expected`).
    Missing(&'static str),
    /// The file name is not `<NN>-<id>` for the exercise's id.
    Misnamed,
    /// The exercise names a track that `tracks.json` does not list.
    UnknownTrack(String),
    /// The exercise's track is not the folder it is in.
    WrongFolder(String),
    /// Another exercise or track already has this id.
    DuplicateId(String),
    /// A decoy ("never prints") line is a line the program prints.
    DecoyPrints(String),
}

/// A catalogue file that failed to load or validate.
pub type CatalogueError = FileError<Problem>;

impl JsonProblem for Problem {
    fn json(message: String) -> Problem {
        Problem::Json(message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Json(why) => write!(f, "{why}"),
            Problem::Recording(why) => write!(f, "{why}"),
            Problem::Missing(ext) => write!(f, "no .{ext} file beside it"),
            Problem::Misnamed => write!(f, "the file name must be <NN>-<id>"),
            Problem::UnknownTrack(track) => write!(f, "unknown track `{track}`"),
            Problem::WrongFolder(track) => write!(f, "track `{track}` differs from the folder"),
            Problem::DuplicateId(id) => write!(f, "id `{id}` is used twice"),
            Problem::DecoyPrints(text) => write!(f, "decoy `{text}` is a line the program prints"),
        }
    }
}

/// Result of loading the catalogue.
pub type Result<T> = std::result::Result<T, CatalogueError>;
