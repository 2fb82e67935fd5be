//! One stop of the roadmap: a track's title and summary, and its exercises with each one's
//! status and best score.

use yew::prelude::*;

use crate::catalogue::{Exercise, Kind, Track};
use crate::ui::difficulty::difficulty_label;
use crate::ui::progress::{Progress, Status};
use crate::ui::route::Route;

/// Props of [`TrackRoadmap`].
#[derive(Properties, PartialEq)]
pub struct TrackRoadmapProps {
    /// 1-based place of the track on the roadmap.
    pub number: usize,
    /// The track.
    pub track: Track,
    /// Its exercises, by number.
    pub exercises: Vec<Exercise>,
    /// The learner's progress.
    pub progress: Progress,
}

/// The status badge of an exercise: a data value and its words.
fn badge(progress: &Progress, id: &str) -> (&'static str, String) {
    let best = progress.entries.get(id).and_then(|e| e.best).map(|b| b * 100.0);
    match progress.status(id) {
        Some(Status::Passed) => ("passed", "✓ Passed".into()),
        Some(Status::Attempted) => ("attempted", format!("Tried · best {:.0}%", best.unwrap_or(0.0))),
        Some(Status::Opened) => ("opened", "Opened".into()),
        None => ("new", "New".into()),
    }
}

/// The track.
#[component]
pub fn TrackRoadmap(props: &TrackRoadmapProps) -> Html {
    let done = props.progress.passed_count(props.exercises.iter().map(|e| e.id.as_str()));
    let heading = format!("track-{}", props.track.id);
    html! {
        <li class="track" aria-labelledby={heading.clone()}>
            <div class="track-head">
                <span class="track-number" aria-hidden="true">{ props.number }</span>
                <h2 id={heading}>{ props.track.title.clone() }</h2>
                <span class="track-done">{ format!("{done} / {}", props.exercises.len()) }</span>
            </div>
            <p class="track-summary">{ props.track.summary.clone() }</p>
            <ol class="exercise-list">
                { for props.exercises.iter().map(|e| {
                    let (status, words) = badge(&props.progress, &e.id);
                    let level = difficulty_label(e.difficulty);
                    html! {
                        <li class={classes!("exercise-item", status)} data-id={e.id.clone()} data-status={status}>
                            <a href={Route::exercise_href(&e.id)}>{ e.title.clone() }</a>
                            <span class="exercise-meta">
                                if e.kind == Kind::FindTheBug {
                                    <span class="tag bug">{ "find the bug" }</span>
                                }
                                <span class="tag">{ level }</span>
                                <span class={classes!("status", status)}>{ words }</span>
                            </span>
                        </li>
                    }
                }) }
            </ol>
        </li>
    }
}
