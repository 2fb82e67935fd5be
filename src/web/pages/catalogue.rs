//! The catalogue (`#/`): the tracks as a roadmap with each exercise's status and best score,
//! overall progress, a link to continue where the learner left off, progress export and
//! import, and the other tools (scratchpad, timer check). Saved progress that had to be reset
//! is reported here, then written back reset.

use yew::prelude::*;

use crate::ui::progress::{Progress, Status};
use crate::ui::route::Route;
use crate::web::catalogue::catalogue;
use crate::web::components::{InternalError, ProgressIo, ProgressNotices, TrackRoadmap};
use crate::web::storage;

/// The catalogue page.
#[component]
pub fn CataloguePage() -> Html {
    let loaded = use_state(storage::load);
    let message = use_state_eq(|| None::<String>);
    use_effect_with((), {
        let (progress, notices) = (*loaded).clone();
        move |()| {
            if !notices.is_empty() {
                storage::save(&progress);
            }
        }
    });
    let catalogue = catalogue();
    let catalogue = match &*catalogue {
        Ok(catalogue) => catalogue,
        Err(why) => return html! { <InternalError report={AttrValue::from(why.clone())} /> },
    };
    let (progress, notices) = &*loaded;
    let ids = || catalogue.exercises.iter().map(|e| e.id.as_str());
    let done = progress.passed_count(ids());
    let total = catalogue.exercises.len();
    let unfinished = |id: &&str| progress.status(id) != Some(Status::Passed);
    let next = progress
        .last_opened
        .as_deref()
        .filter(|id| catalogue.exercise(id).is_some() && unfinished(id))
        .or_else(|| ids().find(unfinished))
        .and_then(|id| catalogue.exercise(id));
    let on_import = {
        let loaded = loaded.clone();
        let message = message.clone();
        Callback::from(move |(imported, text): (Option<Progress>, String)| {
            if let Some(progress) = imported {
                storage::save(&progress);
                loaded.set((progress, Vec::new()));
            }
            message.set(Some(text));
        })
    };
    html! {
        <main id="main" class="page">
            <h1>{ "Predict, run, compare" }</h1>
            <p class="lede">
                { "Each exercise is a short asyncio program. Predict what it prints and when, run it \
                   in your browser on Loopscope's own Python interpreter and event loop, and compare." }
            </p>
            <ProgressNotices notices={notices.clone()} />
            <div class="overview">
                <p class="done" id="done-count">
                    <strong>{ format!("{done} / {total} done") }</strong>
                    <progress max={total.to_string()} value={done.to_string()} aria-label="Exercises done" />
                </p>
                if let Some(exercise) = next {
                    <a class="button-link" id="continue" href={Route::exercise_href(&exercise.id)}>
                        { if progress.last_opened.is_some() { "Continue: " } else { "Start: " } }
                        { exercise.title.clone() }
                    </a>
                }
            </div>
            <ol class="roadmap" aria-label="Tracks, in order">
                { for catalogue.tracks.iter().enumerate().map(|(i, track)| html! {
                    <TrackRoadmap
                        number={i + 1}
                        track={track.clone()}
                        exercises={catalogue.track_exercises(&track.id).cloned().collect::<Vec<_>>()}
                        progress={progress.clone()}
                    />
                }) }
            </ol>
            <section class="tools" aria-labelledby="tools-heading">
                <h2 id="tools-heading">{ "Your progress and other tools" }</h2>
                <p class="hint">{ "Progress is saved in this browser. Export it to keep it or move it elsewhere." }</p>
                <ProgressIo progress={progress.clone()} {on_import} />
                if let Some(text) = &*message {
                    <p id="import-message" role="status">{ text.clone() }</p>
                }
                <ul class="cards">
                    <li>
                        <a class="card" href={Route::Play.href()}>
                            <span class="card-title">{ "Scratchpad" }</span>
                            <span class="card-text">
                                { "Write any asyncio program, run it at 0.1× to 1× speed, and watch \
                                   every task on a timeline." }
                            </span>
                        </a>
                    </li>
                    <li>
                        <a class="card" href={Route::Timers.href()}>
                            <span class="card-title">{ "Timer check" }</span>
                            <span class="card-text">
                                { "See how punctually this browser wakes two sleeping timers." }
                            </span>
                        </a>
                    </li>
                </ul>
            </section>
        </main>
    }
}
