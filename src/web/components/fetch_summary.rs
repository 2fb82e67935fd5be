//! The fetch lab's result: where the run is, its total time (when the last request ended)
//! beside the ideal and the learner's prediction in words, and how many requests ended how.

use yew::prelude::*;

use crate::ui::fetch_lab::{measured_vs_ideal, prediction_vs, LabRun, UrlSet};
use crate::ui::scratchpad::RunStatus;
use crate::ui::seconds::format_seconds;

/// Props of [`FetchSummary`].
#[derive(Properties, PartialEq)]
pub struct FetchSummaryProps {
    /// Where the run is.
    pub status: RunStatus,
    /// Number of the latest run (0 before the first), shown as `data-run` for tests.
    pub run_number: u32,
    /// Seconds since the run began (while it goes).
    pub elapsed: f64,
    /// When the last request ended, if one did.
    pub total: Option<f64>,
    /// What the run was started with.
    pub run: Option<LabRun>,
    /// (key, label, count) of the bars' states.
    pub tally: Vec<(&'static str, String, usize)>,
}

/// Status, times and verdicts.
#[component]
pub fn FetchSummary(props: &FetchSummaryProps) -> Html {
    let (key, status) = match &props.status {
        RunStatus::Idle => ("idle", "Not run yet.".to_string()),
        RunStatus::Running => ("running", format!("Running… {}", format_seconds(props.elapsed))),
        RunStatus::Finished(end) => match &end.stopped {
            Some(why) => ("finished", format!("Ended early: {why}")),
            None if end.exit_code != 0 => ("finished", "Finished with an exception (see the output).".to_string()),
            None => ("finished", "Finished.".to_string()),
        },
        RunStatus::Stopped => ("stopped", "Stopped: every request still in flight was aborted.".to_string()),
    };
    let finished = matches!(props.status, RunStatus::Finished(_));
    let verdicts = props.run.as_ref().zip(props.total).filter(|_| finished).map(|(run, total)| {
        let against_ideal = match (run.ideal, &run.settings.urls) {
            (Some(ideal), _) => measured_vs_ideal(total, ideal),
            (None, UrlSet::Custom(_)) => {
                "No ideal for your own URLs: their latencies are not known in advance.".to_string()
            }
            (None, UrlSet::Builtin { .. }) => "The ideal run could not be computed.".to_string(),
        };
        let prediction = run.prediction.map(|p| match run.ideal {
            Some(ideal) => prediction_vs(p, ideal, "ideal"),
            None => prediction_vs(p, total, "measured time"),
        });
        html! {
            <>
                <p id="lab-total" data-seconds={format!("{total:.4}")}>
                    <strong>{ "Total: " }</strong>{ format_seconds(total) }{ " (when the last request ended)" }
                </p>
                <p id="lab-vs-ideal">{ against_ideal }</p>
                if let Some(words) = prediction {
                    <p id="lab-vs-prediction">{ words }</p>
                } else {
                    <p class="hint">{ "Type a prediction before Run to have it graded." }</p>
                }
            </>
        }
    });
    html! {
        <div class="lab-summary" aria-live="polite">
            <p id="lab-status" data-state={key} data-run={props.run_number.to_string()}>{ status }</p>
            { for verdicts }
            if !props.tally.is_empty() {
                <p id="lab-tally">
                    { props.tally.iter().map(|(_, label, count)| format!("{count} {label}")).collect::<Vec<_>>().join(" · ") }
                </p>
            }
        </div>
    }
}
