//! The speed picker: a group of radio buttons, one per [`Speed`].

use yew::prelude::*;

use crate::ui::speed::Speed;

/// Props of [`SpeedPicker`].
#[derive(Properties, PartialEq)]
pub struct SpeedPickerProps {
    /// The chosen speed.
    pub speed: Speed,
    /// Called with the speed the learner picks.
    pub on_pick: Callback<Speed>,
}

/// Radio buttons labelled `0.1×` … `1×` (arrow keys move between them).
#[component]
pub fn SpeedPicker(props: &SpeedPickerProps) -> Html {
    html! {
        <fieldset class="speed">
            <legend>{ "Speed" }</legend>
            { for Speed::ALL.iter().map(|&speed| html! {
                <label class="speed-option">
                    <input
                        type="radio"
                        name="speed"
                        value={speed.label()}
                        checked={speed == props.speed}
                        onchange={props.on_pick.reform(move |_| speed)}
                    />
                    <span>{ speed.label() }</span>
                </label>
            }) }
        </fieldset>
    }
}
