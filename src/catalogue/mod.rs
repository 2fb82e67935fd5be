//! The exercise catalogue: tracks and exercises, as data compiled into the crate.
//!
//! `build.rs` embeds `exercises/tracks.json` and every `exercises/<track>/<NN-id>.{py,json,
//! expected}`; [`Catalogue::load`] parses and validates them (unique ids, known tracks, known
//! misconception tags, all three files present, names that agree). Adding an exercise is
//! adding its three files.

mod embedded;
mod error;
mod exercise;
mod recording;
mod track;

pub use embedded::ExerciseFiles;
pub use error::{CatalogueError, Problem, Result};
pub use exercise::{Difficulty, Exercise, Kind};
pub use track::Track;

use serde::{Deserialize, Serialize};

/// All tracks and exercises.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    /// Tracks in roadmap order.
    pub tracks: Vec<Track>,
    /// Exercises by track (in roadmap order), then by number.
    pub exercises: Vec<Exercise>,
}

impl Catalogue {
    /// The catalogue compiled into the crate.
    pub fn load() -> Result<Catalogue> {
        Catalogue::from_files(embedded::TRACKS, embedded::EXERCISES)
    }

    /// A catalogue from the text of `tracks.json` (`None`: missing) and each exercise's files.
    pub fn from_files(tracks: Option<&str>, exercises: &[ExerciseFiles<'_>]) -> Result<Catalogue> {
        let tracks_file = "exercises/tracks.json";
        let error = |at, problem| CatalogueError { file: tracks_file.to_string(), at, problem };
        let tracks: Vec<Track> = serde_json::from_str(tracks.ok_or_else(|| error(None, Problem::Missing("json")))?)
            .map_err(|e| CatalogueError::json(tracks_file.to_string(), &e))?;
        if let Some(twice) = tracks.iter().enumerate().find(|(i, t)| tracks[..*i].iter().any(|u| u.id == t.id)) {
            return Err(error(None, Problem::DuplicateId(twice.1.id.clone())));
        }
        let mut loaded: Vec<Exercise> = Vec::with_capacity(exercises.len());
        for files in exercises {
            let exercise = Exercise::from_files(files)?;
            let file = format!("exercises/{}/{}.json", files.track, files.stem);
            if !tracks.iter().any(|t| t.id == exercise.track) {
                return Err(CatalogueError { file, at: None, problem: Problem::UnknownTrack(exercise.track) });
            }
            if loaded.iter().any(|e| e.id == exercise.id) {
                return Err(CatalogueError { file, at: None, problem: Problem::DuplicateId(exercise.id) });
            }
            loaded.push(exercise);
        }
        let rank = |e: &Exercise| (tracks.iter().position(|t| t.id == e.track), e.number);
        loaded.sort_by_key(rank);
        Ok(Catalogue { tracks, exercises: loaded })
    }

    /// The exercise with this id.
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// The exercises of one track, by number.
    pub fn track_exercises<'a>(&'a self, track: &'a str) -> impl Iterator<Item = &'a Exercise> + 'a {
        self.exercises.iter().filter(move |e| e.track == track)
    }
}
