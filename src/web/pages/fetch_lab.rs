//! The fetch fan-out lab (`#/fetch`): choose URLs, a count and a fan-out pattern, predict the
//! total time, run the generated Python program live and watch its waterfall grow; compare
//! with the ideal (the same program on the virtual clock) and the prediction; read why the
//! bars look as they do.
//!
//! The form is a [`FetchLab`]; the run is a [`Scratchpad`] whose source is the generated
//! program, driven by the scratchpad's own live-run hook (Stop ends the run and aborts every
//! request in flight).

use std::rc::Rc;

use yew::prelude::*;

use crate::runtime::trace::Event;
use crate::ui::fetch_lab::{bars, requests_end, tally, Action, Answerer, FetchLab, LabRun, UrlSet};
use crate::ui::scratchpad::{Action as RunAction, RunStatus, Scratchpad};
use crate::web::fetch::{lab_path_now, LabPath};
use crate::web::components::{FetchCode, FetchControls, FetchExplain, FetchSummary, OutputView, Waterfall};
use crate::web::hooks::{use_elapsed, use_live_run};
use crate::web::virtual_run::virtual_run;

/// Most real time the ideal run (on the virtual clock) may compute, in ms.
const IDEAL_BUDGET_MS: u64 = 3_000;

/// The lab page.
#[component]
pub fn FetchLabPage() -> Html {
    let lab = use_reducer(FetchLab::default);
    let pad = use_reducer(|| Scratchpad::new(""));
    use_live_run(&pad, pad.dispatcher());
    let running = pad.status == RunStatus::Running;
    let elapsed = use_elapsed(pad.active_run(), pad.speed.scale());

    let program = lab.program();
    let mut errors = program.as_ref().err().cloned().unwrap_or_default();
    let prediction = lab.form.prediction_s().map_err(|e| errors.push(e)).ok().flatten();
    let errors = Rc::new(errors);
    let code = program.as_ref().ok().map(|(_, code)| AttrValue::from(code.clone()));

    let on_edit = lab.dispatcher().to_callback().reform(Action::Edit);
    let on_run = {
        let (lab, pad) = (lab.dispatcher(), pad.dispatcher());
        let ready = program.clone().ok().filter(|_| errors.is_empty());
        Callback::from(move |()| {
            let Some((settings, code)) = ready.clone() else { return };
            let ideal = settings
                .has_ideal()
                .then(|| virtual_run(&code, IDEAL_BUDGET_MS).ok().and_then(|run| requests_end(&run.trace.events)))
                .flatten();
            lab.dispatch(Action::Started(LabRun { settings, prediction, ideal, answerer: answerer_now() }));
            pad.dispatch(RunAction::Edit(code));
            pad.dispatch(RunAction::Start);
        })
    };
    let on_stop = pad.dispatcher().to_callback().reform(|()| RunAction::Stop);

    let events = &pad.trace.events;
    let reached = events.iter().map(Event::time).fold(0.0, f64::max);
    let over = matches!(pad.status, RunStatus::Finished(_) | RunStatus::Stopped);
    let now = if matches!(pad.status, RunStatus::Finished(_)) { reached } else { reached.max(elapsed) };
    let drawn = {
        let pad = pad.clone();
        use_memo((pad.run, events.len(), (now * 20.0) as u64, over), move |&(_, _, _, over)| bars(&pad.trace.events, now, over))
    };
    let total = requests_end(events);
    let ideal = lab.run.as_ref().and_then(|run| run.ideal);
    let axis_end = now.max(ideal.unwrap_or(0.0)).max(total.unwrap_or(0.0));
    let trace = {
        let pad = pad.clone();
        use_memo((pad.run, events.len()), move |_| pad.trace.clone())
    };
    let custom = lab.run.as_ref().is_some_and(|run| matches!(run.settings.urls, UrlSet::Custom(_)));

    html! {
        <main id="main" class="page page-wide fetch-lab">
            <h1>{ "Fetch lab" }</h1>
            <p class="lede">
                { "A hundred requests of 100 ms take ten seconds one after another — and how long \
                   together? Choose the requests and how the program makes them, predict the total \
                   time, then run the program below in your browser with real fetch() calls." }
            </p>
            <div class="workbench">
                <section class="pane" aria-labelledby="lab-setup-heading">
                    <h2 id="lab-setup-heading">{ "Requests" }</h2>
                    <FetchControls form={lab.form.clone()} errors={Rc::clone(&errors)} {running} {on_edit} {on_run} {on_stop} />
                </section>
                <section class="pane" aria-labelledby="lab-code-heading">
                    <h2 id="lab-code-heading">{ "The program" }</h2>
                    <FetchCode {code} />
                </section>
            </div>
            <section class="pane lab-result" aria-labelledby="waterfall-heading">
                <h2 id="waterfall-heading">{ "Waterfall" }</h2>
                <FetchSummary status={pad.status.clone()} run_number={pad.run} {elapsed} {total} run={lab.run.clone()} tally={tally(&drawn)} />
                <Waterfall bars={drawn} end={axis_end} {ideal} />
                <details class="lab-output">
                    <summary>{ "What the program printed" }</summary>
                    <OutputView {trace} />
                </details>
            </section>
            <section class="pane" aria-labelledby="lab-explain-heading">
                <h2 id="lab-explain-heading">{ "Who limits the requests in flight?" }</h2>
                <FetchExplain answerer={lab.run.as_ref().map(|run| run.answerer)} {custom} />
            </section>
        </main>
    }
}

/// Who answers the built-in endpoint right now: the service worker when one controls the
/// page, else the page itself.
fn answerer_now() -> Answerer {
    match lab_path_now() {
        LabPath::ServiceWorker => Answerer::ServiceWorker,
        LabPath::InPage => Answerer::InPage,
    }
}
