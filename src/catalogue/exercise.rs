//! An exercise: a program, what the learner is told before and after, what they predict, and
//! the ideal run recorded from CPython 3.11 that predictions are graded against.

use super::embedded::ExerciseFiles;
use super::error::{CatalogueError, Problem, Result};
use super::recording;
use crate::grading::{self, Grade, Misconception, Prediction, Predicts, Rubric, Run};
use serde::{Deserialize, Serialize};

/// How hard an exercise is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Difficulty {
    /// First steps.
    Beginner,
    /// Needs the track's earlier exercises.
    Intermediate,
    /// Combines several ideas.
    Advanced,
}

/// What the learner is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Predict what the program prints.
    Predict,
    /// The program has a bug; predict how it shows.
    FindTheBug,
}

/// The `.json` metadata file, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    id: String,
    title: String,
    track: String,
    difficulty: Difficulty,
    kind: Kind,
    concept: String,
    explanation: String,
    predict: Predicts,
    hints: Vec<String>,
    misconceptions: Vec<Misconception>,
    #[serde(default)]
    decoys: Vec<String>,
}

/// One exercise of the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    /// Unique id, the file name after its number: `result-order`.
    pub id: String,
    /// Position within its track (the file name's `NN`).
    pub number: u32,
    /// Display title.
    pub title: String,
    /// The track id.
    pub track: String,
    /// How hard it is.
    pub difficulty: Difficulty,
    /// Predict or find the bug.
    pub kind: Kind,
    /// Shown before predicting (Markdown).
    pub concept: String,
    /// Shown after grading (Markdown).
    pub explanation: String,
    /// What the learner predicts.
    pub predict: Predicts,
    /// Hints, gentlest first.
    pub hints: Vec<String>,
    /// The misconceptions it targets.
    pub misconceptions: Vec<Misconception>,
    /// Lines offered as candidates that the program never prints.
    pub decoys: Vec<String>,
    /// The Python program.
    pub source: String,
    /// Its run recorded from CPython 3.11 on a virtual clock.
    pub ideal: Run,
}

impl Exercise {
    /// Reads one exercise from its files, checking they agree with each other.
    pub fn from_files(files: &ExerciseFiles<'_>) -> Result<Exercise> {
        let path = |ext: &str| format!("exercises/{}/{}.{ext}", files.track, files.stem);
        let error = |ext: &str, at, problem| CatalogueError { file: path(ext), at, problem };
        let (Some(source), Some(meta), Some(expected)) = (files.source, files.meta, files.expected) else {
            let trio = [("py", files.source), ("json", files.meta), ("expected", files.expected)];
            let present = trio.iter().find(|(_, f)| f.is_some()).map_or("py", |(ext, _)| *ext);
            let missing = trio.iter().find(|(_, f)| f.is_none()).map_or("py", |(ext, _)| *ext);
            return Err(error(present, None, Problem::Missing(missing)));
        };
        let meta: Meta = serde_json::from_str(meta).map_err(|e| CatalogueError::json(path("json"), &e))?;
        let ideal =
            recording::parse(expected).map_err(|e| error("expected", Some(e.at), Problem::Recording(e.message)))?;
        let number = match files.stem.split_once('-') {
            Some((nn, slug)) if slug == meta.id && !nn.is_empty() && nn.bytes().all(|b| b.is_ascii_digit()) => {
                nn.parse().map_err(|_| error("json", None, Problem::Misnamed))?
            }
            _ => return Err(error("json", None, Problem::Misnamed)),
        };
        if meta.track != files.track {
            return Err(error("json", None, Problem::WrongFolder(meta.track)));
        }
        if let Some(decoy) = meta.decoys.iter().find(|d| ideal.lines.iter().any(|l| &l.text == *d)) {
            return Err(error("json", None, Problem::DecoyPrints(decoy.clone())));
        }
        Ok(Exercise {
            id: meta.id,
            number,
            title: meta.title,
            track: meta.track,
            difficulty: meta.difficulty,
            kind: meta.kind,
            concept: meta.concept,
            explanation: meta.explanation,
            predict: meta.predict,
            hints: meta.hints,
            misconceptions: meta.misconceptions,
            decoys: meta.decoys,
            source: source.to_string(),
            ideal,
        })
    }

    /// The grading rules: what it asks for, the default tolerance, its misconceptions.
    pub fn rubric(&self) -> Rubric {
        Rubric {
            predict: self.predict,
            tolerance: Rubric::DEFAULT_TOLERANCE,
            misconceptions: self.misconceptions.clone(),
        }
    }

    /// Grades a prediction against the ideal run.
    pub fn grade(&self, prediction: &Prediction) -> Grade {
        grading::grade(&self.ideal, prediction, &self.rubric())
    }

    /// Grades a prediction against the ideal run, with a live run compared beside it.
    pub fn grade_beside_live(&self, prediction: &Prediction, live: &Run) -> Grade {
        grading::grade_beside_live(&self.ideal, live, prediction, &self.rubric())
    }
}
