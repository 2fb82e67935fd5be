//! The fetch lab's form: which URLs (built-in delays with a latency distribution and a failure
//! rate, or the learner's own list), how many requests, the fan-out pattern, a per-request
//! timeout, a rate limit, the prediction, and Run / Stop. Every edit goes up as an [`Edit`].

use std::rc::Rc;

use yew::prelude::*;

use super::fetch_field::{event_value, FetchField};
use crate::ui::fetch_lab::{Edit, Field, FieldError, LabForm, Latency, Mode};

/// Props of [`FetchControls`].
#[derive(Properties, PartialEq)]
pub struct FetchControlsProps {
    /// The form as typed.
    pub form: LabForm,
    /// What the form's fields need fixed.
    pub errors: Rc<Vec<FieldError>>,
    /// A run is going.
    pub running: bool,
    /// Called with each edit.
    pub on_edit: Callback<Edit>,
    /// Run (also while running: starts over).
    pub on_run: Callback<()>,
    /// Stop the run.
    pub on_stop: Callback<()>,
}

/// The form.
#[component]
pub fn FetchControls(props: &FetchControlsProps) -> Html {
    let form = &props.form;
    let error = |field: Field| {
        props.errors.iter().find(|e| e.field == field).map(|e| AttrValue::from(e.message.clone()))
    };
    let edit = |make: fn(String) -> Edit| props.on_edit.reform(make);
    let on_submit = {
        let on_run = props.on_run.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_run.emit(());
        })
    };
    let radio = |name: &'static str, id: String, label: String, checked: bool, edit: Edit| {
        let on_edit = props.on_edit.clone();
        html! {
            <label class="lab-option">
                <input type="radio" {name} {id} {checked} onchange={Callback::from(move |_| on_edit.emit(edit.clone()))} />
                <span>{ label }</span>
            </label>
        }
    };
    let slots = form.slots.trim().parse().unwrap_or(5);
    let urls_error = error(Field::Urls);
    let builtin = html! {
        <>
            <div class="lab-choices" role="radiogroup" aria-label="Latency">
                { for Latency::ALL.iter().map(|&latency| radio(
                    "latency",
                    format!("lab-latency-{}", latency.key()),
                    latency.label().into(),
                    form.latency == latency,
                    Edit::Latency(latency),
                )) }
            </div>
            <div class="lab-choices">
                <FetchField id="lab-fail" label="Failure rate (%)" value={form.fail_percent.clone()}
                    placeholder={AttrValue::Static("0")} error={error(Field::FailRate)} on_input={edit(Edit::FailPercent)} />
            </div>
        </>
    };
    let custom = html! {
        <div class="field lab-field lab-urls">
            <label for="lab-urls">{ "One URL per line (http:// or https://)" }</label>
            <textarea
                id="lab-urls"
                rows="4"
                spellcheck="false"
                value={form.urls.clone()}
                aria-invalid={urls_error.is_some().then_some("true")}
                aria-describedby="lab-urls-help"
                oninput={edit(Edit::Urls).reform(|event: InputEvent| event_value(&event))}
            />
            <p class="hint" id="lab-urls-help">
                { "Request i goes to URL i modulo the list's length. Nothing is fetched \
                   until you press Run; another site answers only if it allows CORS." }
            </p>
            if let Some(message) = urls_error {
                <p class="field-error">{ message }</p>
            }
        </div>
    };
    html! {
        <form class="lab-form" onsubmit={on_submit} novalidate=true>
            <fieldset class="lab-group">
                <legend>{ "URLs" }</legend>
                { radio("urls", "lab-builtin".into(), "Built-in delays (lab.invalid)".into(), !form.custom, Edit::Custom(false)) }
                if !form.custom { { builtin } }
                { radio("urls", "lab-custom".into(), "My own URLs".into(), form.custom, Edit::Custom(true)) }
                if form.custom { { custom } }
            </fieldset>
            <fieldset class="lab-group">
                <legend>{ "How the requests are made" }</legend>
                { for Mode::ALL.iter().map(|&mode| radio(
                    "mode",
                    format!("lab-mode-{}", mode.key()),
                    mode.label().into(),
                    form.mode.key() == mode.key(),
                    Edit::Mode(mode.with_slots(slots)),
                )) }
                if matches!(form.mode, Mode::Semaphore(_)) {
                    <FetchField id="lab-slots" label="k (requests at a time)" value={form.slots.clone()}
                        error={error(Field::Slots)} on_input={edit(Edit::Slots)} />
                }
            </fieldset>
            <div class="lab-numbers">
                <FetchField id="lab-count" label="Requests (1–200)" value={form.count.clone()}
                    error={error(Field::Count)} on_input={edit(Edit::Count)} />
                <FetchField id="lab-timeout" label="Timeout per request (s)" value={form.timeout.clone()}
                    placeholder={AttrValue::Static("none")} error={error(Field::Timeout)} on_input={edit(Edit::Timeout)} />
                <FetchField id="lab-rate" label="Rate limit (requests/s)" value={form.rate.clone()}
                    placeholder={AttrValue::Static("none")} error={error(Field::Rate)} on_input={edit(Edit::Rate)} />
            </div>
            <div class="lab-predict">
                <FetchField id="lab-prediction" label="Your prediction: total time (s)" value={form.prediction.clone()}
                    placeholder={AttrValue::Static("e.g. 0.5")} error={error(Field::Prediction)} on_input={edit(Edit::Prediction)} />
                <div class="run-buttons">
                    <button id="lab-run" type="submit" disabled={!props.errors.is_empty()}>
                        { if props.running { "Restart" } else { "Run" } }
                    </button>
                    <button id="lab-stop" type="button" class="secondary"
                        aria-disabled={(!props.running).then_some("true")} onclick={props.on_stop.reform(|_| ())}>
                        { "Stop" }
                    </button>
                </div>
            </div>
        </form>
    }
}
