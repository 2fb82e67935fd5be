//! A challenge to solve: the statement, examples and hints; an editor holding the learner's
//! code (saved as they type, with a Reset to the starter that asks first and can be undone);
//! Run, which plays the demo live; Check, which grades the code at once on the virtual clock;
//! the Check's results; and the output and timeline of whichever ran last, with a failing
//! check's moment highlighted on request. Each Check updates the best result kept in progress.

use std::rc::Rc;

use yew::prelude::*;

use super::check_results::CheckResults;
use super::hints::Hints;
use super::lesson_text::LessonText;
use super::{OutputView, PadEditor, RunStatusView, TimelineView};
use crate::challenge::{self, Challenge, CheckReport};
use crate::runtime::trace::{Event, Trace};
use crate::ui::challenge_best::ChallengeBest;
use crate::ui::challenge_level::level_label;
use crate::ui::challenge_work::{Action as WorkAction, ChallengeWork, Shown};
use crate::ui::route::Route;
use crate::ui::scratchpad::{Action, RunStatus, Scratchpad};
use crate::ui::seconds::format_seconds;
use crate::web::caret::{go_to, go_to_error};
use crate::web::hooks::use_live_run;
use crate::web::{challenge_draft, storage};

/// Props of [`ChallengeWorkspace`].
#[derive(Properties, PartialEq)]
pub struct ChallengeWorkspaceProps {
    /// The challenge.
    pub challenge: Rc<Challenge>,
    /// Called after each Check (the embed view posts it to its host); also marks the
    /// workspace as embedded, without the way back to the list.
    #[prop_or_default]
    pub on_checked: Option<Callback<Rc<CheckReport>>>,
}

/// The workspace.
#[component]
pub fn ChallengeWorkspace(props: &ChallengeWorkspaceProps) -> Html {
    let challenge = Rc::clone(&props.challenge);
    let work = {
        let challenge = Rc::clone(&challenge);
        use_reducer(move || {
            let draft = challenge_draft::load(challenge.id());
            ChallengeWork::new(&challenge.starter, draft.as_deref().unwrap_or(&challenge.starter))
        })
    };
    let pad = {
        let program = challenge.demo_program(&work.source);
        use_reducer(move || Scratchpad::new(&program))
    };
    use_live_run(&pad, pad.dispatcher());
    let best = {
        let id = challenge.id().to_string();
        use_state_eq(move || storage::load().0.challenge(&id))
    };
    {
        // Every edit is saved and becomes the program Run plays (the code, then the demo).
        let (challenge, pad) = (Rc::clone(&challenge), pad.dispatcher());
        use_effect_with(work.source.clone(), move |source| {
            if source != &challenge.starter || challenge_draft::load(challenge.id()).is_some() {
                challenge_draft::save(challenge.id(), source);
            }
            pad.dispatch(Action::Edit(challenge.demo_program(source)));
        });
    }
    {
        let title = challenge.meta.title.clone();
        use_effect_with((), move |()| {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(&format!("{title} · Loopscope"));
            }
        });
    }
    use_effect_with(work.moment.map(f64::to_bits), |moment| {
        let pane = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("timeline-pane"));
        if let (Some(_), Some(pane)) = (moment, pane) {
            pane.scroll_into_view();
        }
    });
    let editor = use_node_ref();
    let run_trace = {
        let pad = pad.clone();
        use_memo((pad.run, pad.trace.events.len()), move |_| pad.trace.clone())
    };
    let check_trace = use_memo(work.report.clone(), |report| report.as_ref().map(|r| Rc::new(r.trace.clone())));
    let trace: Rc<Trace> = match (work.shown, &*check_trace) {
        (Shown::Check, Some(trace)) => Rc::clone(trace),
        _ => Rc::clone(&run_trace),
    };
    let reached = run_trace.events.iter().map(Event::time).fold(0.0, f64::max);

    let work_send = |action: WorkAction| {
        let work = work.dispatcher();
        Callback::from(move |_: MouseEvent| work.dispatch(action.clone()))
    };
    let on_run = {
        let (pad, work) = (pad.dispatcher(), work.dispatcher());
        Callback::from(move |()| {
            work.dispatch(WorkAction::RunStarted);
            pad.dispatch(Action::Start);
        })
    };
    let on_stop = pad.dispatcher().to_callback().reform(|()| Action::Stop);
    let on_speed = pad.dispatcher().to_callback().reform(Action::SetSpeed);
    let on_edit = work.dispatcher().to_callback().reform(WorkAction::Edit);
    let on_check = {
        let (challenge, work, best) = (Rc::clone(&challenge), work.clone(), best.clone());
        let on_checked = props.on_checked.clone();
        Callback::from(move |_: MouseEvent| {
            let seed = (js_sys::Math::random() * 1e9) as u64;
            let report = Rc::new(challenge::check(&challenge, &work.source, seed));
            let (mut progress, _) = storage::load();
            best.set(Some(progress.record_challenge(challenge.id(), ChallengeBest::of(&report))));
            storage::save(&progress);
            work.dispatch(WorkAction::Checked(Rc::clone(&report)));
            if let Some(on_checked) = &on_checked {
                on_checked.emit(report);
            }
        })
    };
    let on_goto_compile = {
        let (pad, work, editor) = (pad.clone(), work.clone(), editor.clone());
        Callback::from(move |()| {
            if let Some(error) = &pad.error {
                go_to_error(&editor, &work.source, error);
            }
        })
    };
    let on_goto_line = {
        let (work, editor) = (work.clone(), editor.clone());
        Callback::from(move |(line, col): (u32, u32)| go_to(&editor, &work.source, line, col))
    };
    let on_moment = work.dispatcher().to_callback().reform(WorkAction::ShowMoment);
    let embedded = props.on_checked.is_some();
    let meta = &challenge.meta;
    html! {
        <main id="main" class={classes!("page", "page-wide", "challenge", embedded.then_some("embedded"))}>
            if !embedded {
                <p class="crumbs">
                    <a href={Route::Challenges.href()}>{ "Challenges" }</a>
                    { format!(" › {}", challenge.number) }
                </p>
            }
            <h1 id="challenge-title">{ meta.title.clone() }</h1>
            <p class="exercise-tags">
                <span class="tag">{ level_label(meta.level) }</span>
                if let Some(best) = *best {
                    <span id="challenge-best" class={classes!("tag", best.passed.then_some("done"))}>
                        { format!("Your best: {}", best.label()) }
                    </span>
                }
            </p>
            <div class="concept" id="statement"><LessonText text={AttrValue::from(meta.statement.clone())} /></div>
            if !meta.examples.is_empty() {
                <section class="examples" aria-labelledby="examples-heading">
                    <h2 id="examples-heading">{ "Examples" }</h2>
                    { for meta.examples.iter().map(|example| html! {
                        <div class="example">
                            <p class="example-input"><LessonText text={AttrValue::from(example.input.clone())} /></p>
                            <pre class="example-output">{ example.output.clone() }</pre>
                        </div>
                    }) }
                </section>
            }
            <Hints hints={meta.hints.clone()} />
            <div class="workbench">
                <section class="pane" aria-labelledby="code-heading">
                    <h2 id="code-heading">{ "Your code" }</h2>
                    <PadEditor
                        speed={pad.speed}
                        running={pad.status == RunStatus::Running}
                        source={AttrValue::from(work.source.clone())}
                        error={pad.error.clone().map(|e| (e, AttrValue::from(pad.source.clone())))}
                        node={editor}
                        {on_speed}
                        {on_run}
                        {on_stop}
                        {on_edit}
                        on_goto={on_goto_compile}
                    />
                    <p class="code-tools">
                        <button type="button" id="check" onclick={on_check}>{ "Check" }</button>
                        if work.confirming_reset {
                            <span class="confirm" role="group" aria-label="Reset to the starter code?">
                                { "Replace your code with the starter? " }
                                <button type="button" id="reset-confirm" onclick={work_send(WorkAction::ConfirmReset)}>{ "Replace" }</button>
                                <button type="button" id="reset-cancel" class="quiet" onclick={work_send(WorkAction::CancelReset)}>{ "Keep mine" }</button>
                            </span>
                        } else {
                            <button type="button" id="reset" class="quiet" onclick={work_send(WorkAction::AskReset)}>{ "Reset to starter" }</button>
                        }
                        if work.before_reset.is_some() {
                            <button type="button" id="reset-undo" class="quiet" onclick={work_send(WorkAction::UndoReset)}>{ "Undo reset" }</button>
                        }
                    </p>
                    <p class="hint">
                        { "Run plays the examples live; Check grades your code at once on the virtual \
                           clock, with fresh inputs each time. Your code is saved in this browser as you type." }
                    </p>
                </section>
                <section class="pane" aria-labelledby="results-heading">
                    <h2 id="results-heading">{ "Checks" }</h2>
                    if let Some(report) = &work.report {
                        <CheckResults report={Rc::clone(report)} stale={work.stale} moment={work.moment} {on_moment} on_goto={on_goto_line} />
                    } else {
                        <p class="hint">{ "Press Check to see which checks your code passes." }</p>
                    }
                </section>
            </div>
            <section class="pane" aria-labelledby="output-heading">
                    <h2 id="output-heading">{ "Output" }</h2>
                    if work.shown == Shown::Check {
                        <p class="run-status" id="shown-check">{ "The run of the latest Check." }</p>
                    } else {
                        <RunStatusView status={pad.status.clone()} speed={pad.speed} {reached} />
                    }
                    <OutputView trace={Rc::clone(&trace)} />
            </section>
            <section class="pane" id="timeline-pane" aria-labelledby="timeline-heading">
                    <h2 id="timeline-heading">{ "Timeline" }</h2>
                    if let Some(t) = work.moment {
                        <p class="moment-note" id="moment-note">
                            { format!("Marked: the moment at {} where the check went wrong.", format_seconds(t)) }
                        </p>
                    }
                    <TimelineView {trace} moment={work.moment} />
            </section>
        </main>
    }
}
