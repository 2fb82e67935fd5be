//! The run controls: the speed picker, Run and Stop.

use yew::prelude::*;

use super::speed_picker::SpeedPicker;
use crate::ui::speed::Speed;

/// Props of [`RunBar`].
#[derive(Properties, PartialEq)]
pub struct RunBarProps {
    /// The chosen speed.
    pub speed: Speed,
    /// A run is going.
    pub running: bool,
    /// The program compiles as far as the editor knows.
    pub runnable: bool,
    /// Called with a newly picked speed.
    pub on_speed: Callback<Speed>,
    /// Run (also while running: starts over).
    pub on_run: Callback<()>,
    /// Stop the run.
    pub on_stop: Callback<()>,
}

/// Speed, Run and Stop in one row. Stop stays focusable when there is nothing to stop (it
/// is marked `aria-disabled`), so keyboard focus never falls off the page.
#[component]
pub fn RunBar(props: &RunBarProps) -> Html {
    let stop_idle = (!props.running).then_some("true");
    html! {
        <div class="run-bar">
            <SpeedPicker speed={props.speed} on_pick={props.on_speed.clone()} />
            <div class="run-buttons">
                <button
                    id="run"
                    type="button"
                    disabled={!props.runnable}
                    onclick={props.on_run.reform(|_| ())}
                >
                    { if props.running { "Restart" } else { "Run" } }
                </button>
                <button
                    id="stop"
                    type="button"
                    class="secondary"
                    aria-disabled={stop_idle}
                    onclick={props.on_stop.reform(|_| ())}
                >
                    { "Stop" }
                </button>
            </div>
        </div>
    }
}
