//! A challenge as data: what `challenges/<nn>-<id>/challenge.json` says, with the Python files
//! that sit beside it (starter, demo, checks, reference solution).

use super::declared::Declared;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How hard a challenge is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// One idea, a few lines.
    Beginner,
    /// Combines two or three ideas.
    Intermediate,
    /// A small design with several moving parts.
    Advanced,
}

/// A visible example: what the demo passes in and what it prints.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The input, in words or as Python.
    pub input: String,
    /// What the demo prints with the reference solution.
    pub output: String,
}

/// The metadata in `challenge.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Unique id, also the folder name after `<nn>-`.
    pub id: String,
    /// Short title.
    pub title: String,
    /// How hard it is.
    pub level: Level,
    /// The lesson task it practises, in a few words.
    pub lesson: String,
    /// What to build (plain text; `code` in backticks).
    pub statement: String,
    /// Hints, mildest first.
    pub hints: Vec<String>,
    /// Visible examples.
    pub examples: Vec<Example>,
    /// Checks evaluated in Rust over the trace, beside those `checks.py` records.
    #[serde(default)]
    pub checks: Vec<Declared>,
    /// Wrong solutions kept as tests: file under `wrong/` → the check it must fail.
    pub wrong: BTreeMap<String, String>,
}

/// One challenge, loaded and validated.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Challenge {
    /// Its place in the list (the `<nn>` of its folder).
    pub number: u32,
    /// The metadata.
    #[serde(flatten)]
    pub meta: Meta,
    /// The code the learner starts from.
    pub starter: String,
    /// The program Run appends to the learner's code (the visible examples).
    pub demo: String,
    /// The program Check appends to the learner's code: draws inputs from the seed, calls the
    /// learner's code and records verdicts through `loopscope.check`.
    pub checks_py: String,
    /// A reference solution that passes every check.
    pub solution: String,
}

impl Challenge {
    /// The challenge's id.
    pub fn id(&self) -> &str {
        &self.meta.id
    }

    /// The program Run executes: the learner's code followed by the demo.
    pub fn demo_program(&self, source: &str) -> String {
        join(source, &self.demo)
    }

    /// The program Check executes: the learner's code followed by the checks.
    pub fn check_program(&self, source: &str) -> String {
        join(source, &self.checks_py)
    }
}

/// The learner's code first (so its line numbers stay true), then the harness.
fn join(source: &str, harness: &str) -> String {
    let mut program = source.to_string();
    if !program.ends_with('\n') {
        program.push('\n');
    }
    program.push('\n');
    program.push_str(harness);
    program
}
