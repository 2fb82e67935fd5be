//! An exercise at work: the concept, the program (read-only or a scratch copy), the Predict
//! board with hints, the live Run with its output, Compare with every attempt, the timeline,
//! and the share link.
//!
//! The program and its live run are the scratchpad's state ([`Scratchpad`]); the run the
//! prediction is graded against is the exercise's recorded ideal run, or, for a scratch copy,
//! the copy's own run on the virtual clock. Graded attempts of the original count towards the
//! learner's progress.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::attempt_view::AttemptView;
use super::hints::Hints;
use super::lesson_text::LessonText;
use super::prediction_board::PredictionBoard;
use super::program_pane::ProgramPane;
use super::progress_notices::ProgressNotices;
use super::share_box::ShareBox;
use super::{OutputView, RunBar, RunStatusView, TimelineView};
use crate::catalogue::{Exercise, Kind};
use crate::grading::{self, Grade, Prediction, Run};
use crate::runtime::trace::{Event, Trace};
use crate::ui::board::Board;
use crate::ui::difficulty::difficulty_label;
use crate::ui::route::Route;
use crate::ui::scratchpad::{Action, RunStatus, Scratchpad};
use crate::ui::share::{self, Shared};
use crate::ui::shuffle::fnv1a;
use crate::web::hooks::use_live_run;
use crate::web::storage;
use crate::web::virtual_run::{virtual_run, VirtualRun};

/// Computing time allowed for a scratch copy's virtual run, in ms (it reruns on every edit).
const SCRATCH_BUDGET_MS: u64 = 300;

/// Props of [`ExerciseWorkspace`].
#[derive(Properties, PartialEq)]
pub struct ExerciseWorkspaceProps {
    /// The exercise.
    pub exercise: Rc<Exercise>,
    /// The program to start with (a share link's, or the exercise's).
    pub source: AttrValue,
    /// A prediction to start with (a share link's, or the last one saved).
    pub prediction: Option<Prediction>,
    /// The next exercise on the roadmap: its id and title.
    pub next: Option<(AttrValue, AttrValue)>,
    /// Set in the embed view: called with each graded prediction of the original program,
    /// and the page drops what belongs to the site (links to other pages, sharing).
    #[prop_or_default]
    pub on_graded: Option<Callback<(Prediction, Grade)>>,
}

/// A graded prediction, with the run it was graded against.
#[derive(Clone, PartialEq)]
struct Attempt {
    prediction: Prediction,
    source: String,
    target: Rc<Run>,
}

/// The workspace.
#[component]
pub fn ExerciseWorkspace(props: &ExerciseWorkspaceProps) -> Html {
    let exercise = Rc::clone(&props.exercise);
    let pad = {
        let source = props.source.clone();
        use_reducer(move || Scratchpad::new(&source))
    };
    use_live_run(&pad, pad.dispatcher());
    let edited = pad.source != exercise.source;
    let editing = use_state_eq(|| edited);
    let loaded = use_state(storage::load);
    let progress = {
        let stored = loaded.0.clone();
        use_mut_ref(move || stored)
    };
    let attempts = use_state(Vec::<Attempt>::new);
    let current = use_mut_ref(Prediction::default);
    {
        let progress = Rc::clone(&progress);
        let id = exercise.id.clone();
        let title = exercise.title.clone();
        let runnable = pad.error.is_none();
        use_effect_with((), move |()| {
            progress.borrow_mut().open(&id);
            storage::save(&progress.borrow());
            let window = web_sys::window();
            if let Some(document) = window.as_ref().and_then(|w| w.document()) {
                document.set_title(&format!("{title} · Loopscope"));
            }
            if let (true, Some(performance)) = (runnable, window.and_then(|w| w.performance())) {
                let _ = performance.mark("exercise-runnable");
            }
        });
    }

    // What the prediction is graded against: the recorded run, or the scratch copy's own.
    let scratch = {
        let source = pad.source.clone();
        use_memo((edited, source), |(edited, source)| {
            edited.then(|| virtual_run(source, SCRATCH_BUDGET_MS).ok()).flatten()
        })
    };
    let target: Option<Rc<Run>> = match (&*scratch, edited) {
        (_, false) => Some(Rc::new(exercise.ideal.clone())),
        (Some(run), true) => Some(Rc::new(run.run.clone())),
        (None, true) => None,
    };
    let lines: Vec<String> = target.iter().flat_map(|t| t.lines.iter().map(|l| l.text.clone())).collect();
    let board_key = format!("{edited}-{:08x}", fnv1a(lines.join("\n").as_bytes()));
    let initial = {
        let decoys = if edited { Vec::new() } else { exercise.decoys.clone() };
        let dealt = Board::deal(&lines, &decoys, &exercise.id);
        let saved = use_mut_ref(|| props.prediction.clone());
        let restore = saved.borrow_mut().take();
        match restore {
            Some(prediction) => Board::restore(dealt, &prediction),
            None => dealt,
        }
    };

    let on_change = {
        let current = Rc::clone(&current);
        Callback::from(move |prediction: Prediction| *current.borrow_mut() = prediction)
    };
    let on_check = {
        let attempts = attempts.clone();
        let progress = Rc::clone(&progress);
        let exercise = Rc::clone(&exercise);
        let source = pad.source.clone();
        let target = target.clone();
        let on_graded = props.on_graded.clone();
        Callback::from(move |prediction: Prediction| {
            let Some(target) = target.clone() else { return };
            if !edited {
                let grade = exercise.grade(&prediction);
                progress.borrow_mut().record(&exercise.id, &prediction, &grade);
                storage::save(&progress.borrow());
                if let Some(on_graded) = &on_graded {
                    on_graded.emit((prediction.clone(), grade));
                }
            }
            let mut next = (*attempts).clone();
            next.push(Attempt { prediction, source: source.clone(), target });
            attempts.set(next);
        })
    };

    // The live run, when it has finished, for comparison beside the ideal one.
    let live: Option<(String, Run)> = match &pad.status {
        RunStatus::Finished(end) => Some((pad.source.clone(), Run::from_trace(&pad.trace, end.exit_code))),
        _ => None,
    };
    let rubric = exercise.rubric();
    let grades: Vec<Grade> = attempts
        .iter()
        .map(|a| match &live {
            Some((source, run)) if *source == a.source => {
                grading::grade_beside_live(&a.target, run, &a.prediction, &rubric)
            }
            _ => grading::grade(&a.target, &a.prediction, &rubric),
        })
        .collect();

    // The timeline: the live run once there is one; after a check, the ideal run's trace.
    let live_trace = {
        let pad = pad.clone();
        use_memo((pad.run, pad.trace.events.len()), move |_| pad.trace.clone())
    };
    let checked = !attempts.is_empty();
    let ideal_trace = {
        let source = pad.source.clone();
        use_memo((checked && pad.run == 0, source), |(wanted, source)| {
            wanted.then(|| virtual_run(source, SCRATCH_BUDGET_MS).ok()).flatten().map(|v: VirtualRun| Rc::new(v.trace))
        })
    };
    let timeline: Option<Rc<Trace>> = if pad.run > 0 { Some(Rc::clone(&live_trace)) } else { (*ideal_trace).clone() };
    let reached = live_trace.events.iter().map(Event::time).fold(0.0, f64::max);

    let send = |action: Action| {
        let dispatcher = pad.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(action.clone()))
    };
    let on_edit_copy = {
        let editing = editing.clone();
        Callback::from(move |()| editing.set(true))
    };
    let on_reset = {
        let editing = editing.clone();
        let dispatcher = pad.dispatcher();
        let original = exercise.source.clone();
        Callback::from(move |()| {
            dispatcher.dispatch(Action::Stop);
            dispatcher.dispatch(Action::Edit(original.clone()));
            editing.set(false);
        })
    };
    let make_link = {
        let current = Rc::clone(&current);
        let id = exercise.id.clone();
        let code = edited.then(|| pad.source.clone());
        Callback::from(move |()| share_link(&id, code.clone(), &current))
    };
    let track = exercise.track.clone();
    let predicts = exercise.predict;
    let count = grades.len();
    let embedded = props.on_graded.is_some();
    html! {
        <main id="main" class={classes!("page", "page-wide", "exercise", embedded.then_some("embedded"))}>
            if !embedded {
                <p class="crumbs">
                    <a href={Route::Home.href()}>{ "Exercises" }</a>
                    { format!(" › {track} › {}", exercise.number) }
                    if let Some((id, title)) = &props.next {
                        <a class="next-exercise" id="next-exercise" href={Route::exercise_href(id)}>
                            { format!("Next: {title} →") }
                        </a>
                    }
                </p>
            }
            <h1 id="exercise-title">{ exercise.title.clone() }</h1>
            <p class="exercise-tags">
                if exercise.kind == Kind::FindTheBug {
                    <span class="tag bug">{ "find the bug" }</span>
                }
                <span class="tag">{ difficulty_label(exercise.difficulty) }</span>
            </p>
            <ProgressNotices notices={loaded.1.clone()} />
            <div class="concept" id="concept"><LessonText text={AttrValue::from(exercise.concept.clone())} /></div>
            <div class="workbench">
                <section class="pane" aria-labelledby="program-heading">
                    <h2 id="program-heading">{ "1. The program" }</h2>
                    <ProgramPane
                        source={AttrValue::from(pad.source.clone())}
                        editing={*editing}
                        {edited}
                        error={pad.error.clone()}
                        {on_edit_copy}
                        on_edit={pad.dispatcher().to_callback().reform(Action::Edit)}
                        {on_reset}
                        on_run={send(Action::Start)}
                    />
                </section>
                <section class="pane" aria-labelledby="predict-heading">
                    <h2 id="predict-heading">{ "2. Predict" }</h2>
                    <Hints hints={exercise.hints.clone()} />
                    if target.is_some() {
                        <PredictionBoard key={board_key} {initial} {predicts} {on_change} {on_check} />
                    } else {
                        <p class="warning">{ "Fix the program so it runs, then predict what it prints." }</p>
                    }
                </section>
            </div>
            <div class="workbench">
                <section class="pane" aria-labelledby="run-heading">
                    <h2 id="run-heading">{ "3. Run" }</h2>
                    <RunBar
                        speed={pad.speed}
                        running={pad.status == RunStatus::Running}
                        runnable={pad.error.is_none()}
                        on_speed={pad.dispatcher().to_callback().reform(Action::SetSpeed)}
                        on_run={send(Action::Start)}
                        on_stop={send(Action::Stop)}
                    />
                    <RunStatusView status={pad.status.clone()} speed={pad.speed} {reached} />
                    <OutputView trace={Rc::clone(&live_trace)} />
                </section>
                <section class="pane" aria-labelledby="compare-heading" id="compare">
                    <h2 id="compare-heading">{ "4. Compare" }</h2>
                    if grades.is_empty() {
                        <p class="hint">{ "Check your prediction to see it beside the real run, line by line." }</p>
                    }
                    { for grades.iter().enumerate().rev().map(|(i, grade)| html! {
                        <AttemptView
                            key={i}
                            grade={grade.clone()}
                            {predicts}
                            number={i + 1}
                            latest={i + 1 == count}
                            explanation={AttrValue::from(exercise.explanation.clone())}
                        />
                    }) }
                </section>
            </div>
            <section class="pane" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{ "5. Timeline" }</h2>
                if let Some(trace) = timeline {
                    <TimelineView {trace} />
                } else {
                    <p class="hint">{ "Run the program, or check your prediction, to see every task on a timeline." }</p>
                }
            </section>
            if !embedded {
                <section class="pane" aria-labelledby="share-heading">
                    <h2 id="share-heading">{ "Share" }</h2>
                    <ShareBox {make_link} />
                </section>
            }
        </main>
    }
}

/// The absolute link that opens exercise `id` with `code` (when edited) and the prediction.
fn share_link(id: &str, code: Option<String>, current: &RefCell<Prediction>) -> String {
    let shared = Shared { code, prediction: Some(current.borrow().clone()) };
    let hash = Route::Exercise { id: id.to_string(), share: Some(share::encode(id, &shared)) }.href();
    let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = here.split_once('#').map_or(here.as_str(), |(base, _)| base);
    format!("{base}{hash}")
}
