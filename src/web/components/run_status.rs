//! One line saying where the run is (not run, running, finished, failed, stopped), and a
//! warning when the tab was hidden during it, since browsers then slow its timers.

use yew::prelude::*;

use crate::ui::scratchpad::{RunEnd, RunStatus};
use crate::ui::seconds::format_seconds;
use crate::ui::speed::Speed;

/// Props of [`RunStatusView`].
#[derive(Properties, PartialEq)]
pub struct RunStatusViewProps {
    /// Where the run is.
    pub status: RunStatus,
    /// The speed it plays at.
    pub speed: Speed,
    /// The latest lesson time the run has reached.
    pub reached: f64,
}

/// The status line, announced politely to screen readers.
#[component]
pub fn RunStatusView(props: &RunStatusViewProps) -> Html {
    let reached = format_seconds(props.reached);
    let (state, text) = match &props.status {
        RunStatus::Idle => ("idle", "Not run yet. Run plays the program on the browser clock.".to_string()),
        RunStatus::Running => ("running", format!("Running at {}…", props.speed.label())),
        RunStatus::Stopped => ("stopped", format!("Stopped at {reached}.")),
        RunStatus::Finished(end) if end.exit_code == 0 && end.stopped.is_none() => {
            ("finished", format!("Finished at {reached}."))
        }
        RunStatus::Finished(end) => ("failed", failed(end, &reached)),
    };
    let hidden = matches!(&props.status, RunStatus::Finished(RunEnd { hidden: true, .. }));
    html! {
        <div class="run-status" role="status">
            <p id="run-state" class={classes!("run-state", state)} data-state={state}>{ text }</p>
            if hidden {
                <p id="hidden-warning" class="warning">
                    { "This tab was hidden during the run. Browsers slow down timers in hidden \
                       tabs, so these times may be late: run again with the tab in view." }
                </p>
            }
        </div>
    }
}

/// How a run that did not end well is summed up.
fn failed(end: &RunEnd, reached: &str) -> String {
    match &end.stopped {
        Some(why) => match why.strip_prefix("Loopscope stopped the program: ") {
            Some(reason) => format!("Loopscope stopped the program at {reached}: {reason}"),
            None => format!("Loopscope stopped the program at {reached}: {why}"),
        },
        None => format!("Ended with an uncaught exception at {reached} (exit status {}).", end.exit_code),
    }
}
