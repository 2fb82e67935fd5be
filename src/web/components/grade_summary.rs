//! The verdict of one attempt: passed or not, the score and its parts (order, timing with its
//! tolerance, total, exception), the targeted feedback, and how the live run compared.

use yew::prelude::*;

use crate::grading::{Grade, Predicts};
use crate::ui::seconds::format_seconds;

/// Props of [`GradeSummary`].
#[derive(Properties, PartialEq)]
pub struct GradeSummaryProps {
    /// The grade.
    pub grade: Grade,
    /// Which parts were predicted.
    pub predicts: Predicts,
    /// The latest attempt: only it carries element ids.
    pub latest: bool,
}

/// A score as a whole percentage.
fn percent(score: f64) -> String {
    format!("{:.0}%", score * 100.0)
}

/// The summary.
#[component]
pub fn GradeSummary(props: &GradeSummaryProps) -> Html {
    let grade = &props.grade;
    let id = |name: &'static str| props.latest.then_some(name);
    let asked = props.predicts;
    let (state, headline) = if grade.passed { ("passed", "✓ Passed") } else { ("failed", "✗ Not yet") };
    let total = &grade.total;
    let total_words = match total.predicted {
        None => format!("no total given; it ran for {}", format_seconds(total.ideal)),
        Some(t) if total.ok => format!("✓ {} (it ran for {})", format_seconds(t), format_seconds(total.ideal)),
        Some(t) => format!("✗ {} (it ran for {})", format_seconds(t), format_seconds(total.ideal)),
    };
    let exception = &grade.exception;
    let ends = |name: &Option<String>| name.clone().unwrap_or_else(|| "ends normally".into());
    let exception_words = format!(
        "{} you said {}; it {}",
        if exception.ok { "✓" } else { "✗" },
        ends(&exception.predicted),
        exception.ideal.as_ref().map_or("ends normally".into(), |e| format!("ends with {e}")),
    );
    html! {
        <div class={classes!("grade", state)} id={id("grade")} data-passed={grade.passed.to_string()}>
            <p class="grade-head">
                <strong class="grade-verdict">{ headline }</strong>
                <span class="grade-score">{ format!(" Score {}", percent(grade.score)) }</span>
            </p>
            <ul class="grade-parts">
                if asked.order {
                    <li id={id("order-score")}>{ format!("Order: {}", percent(grade.order_score)) }</li>
                }
                if asked.times {
                    <li id={id("timing-score")}>
                        { format!("Timing: {} of lines within ±{:.2} s", percent(grade.timing_score), grade.tolerance) }
                    </li>
                }
                if asked.total {
                    <li id={id("total-verdict")}>{ format!("Total: {total_words}") }</li>
                }
                if asked.exception {
                    <li id={id("exception-verdict")}>{ format!("Exception: {exception_words}") }</li>
                }
            </ul>
            if !grade.feedback.is_empty() {
                <ul class="feedback" id={id("feedback")}>
                    { for grade.feedback.iter().map(|f| html! { <li>{ f.message.clone() }</li> }) }
                </ul>
            }
            if let Some(live) = &grade.live {
                <p class="live-note" id={id("live-note")}>
                    { if live.same_output {
                        format!("The live run printed the same lines in the same order and ended at {}; \
                                 its times are shown beside the ideal ones but never decide the grade.",
                                format_seconds(live.end))
                    } else {
                        "The live run printed something different from the ideal run (see the table); \
                         the grade uses the ideal run.".to_string()
                    } }
                </p>
            }
        </div>
    }
}
