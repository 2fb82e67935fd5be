#![cfg(not(target_arch = "wasm32"))]
//! The catalogue compiled into the crate loads and is consistent: unique ids, known tracks
//! and misconception tags, a recording for every exercise, roadmap order.

use loopscope::catalogue::{Catalogue, Exercise};
use loopscope::grading::{Misconception, Rubric};

fn catalogue() -> Catalogue {
    Catalogue::load().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_catalogue_loads_and_every_track_has_exercises() {
    let catalogue = catalogue();
    assert!(!catalogue.tracks.is_empty());
    for track in &catalogue.tracks {
        assert!(catalogue.track_exercises(&track.id).count() > 0, "track {} is empty", track.id);
    }
}

#[test]
fn ids_are_unique_across_tracks() {
    let catalogue = catalogue();
    let mut ids: Vec<&str> = catalogue.exercises.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before);
}

#[test]
fn exercises_follow_the_roadmap_then_their_numbers() {
    let catalogue = catalogue();
    let rank = |e: &Exercise| (catalogue.tracks.iter().position(|t| t.id == e.track), e.number);
    let ranks: Vec<_> = catalogue.exercises.iter().map(rank).collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
    assert!(ranks.iter().all(|(track, _)| track.is_some()), "every exercise is on a known track");
}

#[test]
fn every_exercise_has_a_recording_and_is_found_by_id() {
    let catalogue = catalogue();
    for e in &catalogue.exercises {
        assert!(!e.ideal.lines.is_empty() || e.ideal.exception.is_some(), "{} records nothing", e.id);
        assert_eq!(e.ideal.exit != 0, e.ideal.exception.is_some(), "{}: a failing exit names its exception", e.id);
        assert!(!e.source.is_empty() && !e.hints.is_empty(), "{}", e.id);
        assert_eq!(catalogue.exercise(&e.id), Some(e));
    }
    assert_eq!(catalogue.exercise("no-such-exercise"), None);
}

#[test]
fn every_misconception_is_targeted_by_some_exercise() {
    let catalogue = catalogue();
    let used: Vec<Misconception> = catalogue.exercises.iter().flat_map(|e| e.misconceptions.iter().copied()).collect();
    for tag in ALL {
        assert!(used.contains(tag), "no exercise targets {tag:?}");
    }
}

const ALL: &[Misconception] = &[
    Misconception::GatherResultOrder,
    Misconception::GatherFirstException,
    Misconception::WaitReturnsSets,
    Misconception::WaitForCancels,
    Misconception::TimeoutLeavesPending,
    Misconception::CancelAtAwait,
    Misconception::SwallowedCancel,
    Misconception::Shield,
    Misconception::BlockingSerialises,
    Misconception::ExecutorOffloads,
    Misconception::ForgottenAwait,
    Misconception::SequentialVsConcurrent,
    Misconception::TaskStartsLater,
    Misconception::SimultaneousLines,
    Misconception::SemaphoreWaves,
    Misconception::LockLostUpdate,
    Misconception::QueueBackpressure,
];

#[test]
fn distinct_times_are_more_than_two_tolerances_apart() {
    for e in &catalogue().exercises {
        let mut times: Vec<f64> = e.ideal.lines.iter().map(|l| l.t).collect();
        times.dedup();
        for pair in times.windows(2) {
            assert!(pair[1] - pair[0] > 2.0 * Rubric::DEFAULT_TOLERANCE, "{}: {pair:?}", e.id);
        }
    }
}

#[test]
fn an_exercise_round_trips_through_json() {
    for e in &catalogue().exercises {
        let json = serde_json::to_string(e).expect("serializes");
        let back: Exercise = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(&back, e);
    }
}
