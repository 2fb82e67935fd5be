//! Coding challenges: the learner writes the async code; Check runs it on the virtual clock
//! with inputs drawn from a seed and grades it by its results and by its trace.
//!
//! A challenge is data under `challenges/<nn>-<id>/` (format in `docs/CHALLENGES.md`):
//! `challenge.json` (statement, hints, examples, declared checks, wrong solutions kept as
//! tests), `starter.py`, `demo.py` (what Run appends), `checks.py` (what Check appends; it
//! records verdicts through the `loopscope.check` API) and `solution.py`.

mod declared;
mod embedded;
mod error;
mod load;
mod model;
mod report;
mod runner;

pub use declared::{Declared, Rule};
pub use embedded::ChallengeFiles;
pub use error::{ChallengeError, Problem, Result};
pub use load::from_files;
pub use model::{Challenge, Example, Level, Meta};
pub use report::{CheckReport, CheckResult, RunError};
pub use runner::check_on;

/// Every challenge compiled into the crate, in order. Tests load it, so in a build that
/// passed them it is `Ok`.
pub fn catalogue() -> Result<Vec<Challenge>> {
    from_files(embedded::CHALLENGES)
}

/// The challenge with this id.
pub fn get(id: &str) -> Option<Challenge> {
    catalogue().ok()?.into_iter().find(|c| c.meta.id == id)
}

/// The folders compiled in (to compare with what is on disk).
pub fn folders() -> impl Iterator<Item = &'static str> {
    embedded::CHALLENGES.iter().map(|f| f.folder)
}

/// Runs every check of `challenge` on the learner's `source` with inputs drawn from `seed`,
/// on the virtual clock (instant and deterministic). Never panics on any source: code that
/// does not compile, raises or runs out of budget gives a report with [`CheckReport::error`].
pub fn check(challenge: &Challenge, source: &str, seed: u64) -> CheckReport {
    #[cfg(not(target_arch = "wasm32"))]
    let host = Box::new(crate::python::interp::NativeVirtualHost::default());
    #[cfg(target_arch = "wasm32")]
    let host = Box::new(crate::web::clock::VirtualHost);
    check_on(challenge, source, seed, host)
}
