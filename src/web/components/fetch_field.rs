//! One labelled text field of the fetch lab's form, with its error message (if any) tied to
//! it for screen readers.

use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Props of [`FetchField`].
#[derive(Properties, PartialEq)]
pub struct FetchFieldProps {
    /// The input's id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// The text typed so far.
    pub value: AttrValue,
    /// Shown greyed in the empty field: `none`.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Why the value was refused, if it was.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the new text on every keystroke.
    pub on_input: Callback<String>,
}

/// The text of the element an input event came from (`value`, read without needing
/// `HtmlInputElement` bindings).
pub fn event_value(event: &Event) -> String {
    event
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &JsValue::from_str("value")).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}

/// `label` above a text input, and the error under it.
#[component]
pub fn FetchField(props: &FetchFieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let on_input = props.on_input.reform(|event: InputEvent| event_value(&event));
    html! {
        <div class="field lab-field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                id={props.id.clone()}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={props.error.is_some().then(|| error_id.clone())}
                oninput={on_input}
            />
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ error.clone() }</p>
            }
        </div>
    }
}
