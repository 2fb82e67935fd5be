//! An error in one of the data files the crate embeds (exercises, challenges): the file at
//! fault, where in it, and what is wrong — rendered `file[:line:col]: problem`.

use std::fmt;

/// A data file that failed to load or validate; `P` says what is wrong, in that file's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError<P> {
    /// The file, relative to the crate root: `exercises/gather/01-result-order.json`.
    pub file: String,
    /// 1-based line and column, where the problem has one.
    pub at: Option<(usize, usize)>,
    /// What is wrong.
    pub problem: P,
}

/// A problem that can say a file is not JSON of the expected shape.
pub trait JsonProblem {
    /// The problem for serde's message (without its place, which `at` holds).
    fn json(message: String) -> Self;
}

impl<P: JsonProblem> FileError<P> {
    /// A JSON error in `file`, placed at serde's line:col (which leaves its message).
    pub fn json(file: String, error: &serde_json::Error) -> FileError<P> {
        let place = format!(" at line {} column {}", error.line(), error.column());
        let message = error.to_string();
        let message = message.strip_suffix(&place).unwrap_or(&message).to_string();
        FileError { file, at: Some((error.line(), error.column())), problem: P::json(message) }
    }
}

impl<P: fmt::Display> fmt::Display for FileError<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.at {
            write!(f, ":{line}:{col}")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl<P: fmt::Display + fmt::Debug> std::error::Error for FileError<P> {}
