//! A Check's report: whether the challenge passed, why the code did not run (with a button to
//! its line), and each check with what was measured against what was expected; a failing
//! check shows its hint and, when it knows the loop time it went wrong at, a button that
//! highlights that moment on the timeline.

use std::rc::Rc;

use yew::prelude::*;

use super::lesson_text::LessonText;
use crate::challenge::{CheckReport, CheckResult, RunError};
use crate::ui::seconds::format_seconds;

/// Props of [`CheckResults`].
#[derive(Properties, PartialEq)]
pub struct CheckResultsProps {
    /// The latest Check.
    pub report: Rc<CheckReport>,
    /// The code changed since that Check.
    pub stale: bool,
    /// The moment shown on the timeline, if any.
    pub moment: Option<f64>,
    /// "Show on timeline": called with the loop time of the check.
    pub on_moment: Callback<f64>,
    /// "Go to line": called with the 1-based line and column.
    pub on_goto: Callback<(u32, u32)>,
}

/// The report, summary first.
#[component]
pub fn CheckResults(props: &CheckResultsProps) -> Html {
    let report = &props.report;
    let held = report.checks.iter().filter(|c| c.passed).count();
    let summary = if report.passed {
        format!("Passed: all {} checks hold.", report.checks.len())
    } else {
        format!("Not yet: {held} of {} checks hold.", report.checks.len())
    };
    html! {
        <div id="check-results" class={classes!("check-results", report.passed.then_some("passed"))}>
            <p id="check-summary" class="check-summary" role="status">
                <strong>{ summary }</strong>
                { format!(" (inputs drawn from seed {})", report.seed) }
            </p>
            if props.stale {
                <p class="hint" id="check-stale">{ "The code changed since this Check; press Check again." }</p>
            }
            if let Some(error) = &report.error {
                { run_error(error, &props.on_goto) }
            }
            <ol class="check-list" aria-label="Checks">
                { for report.checks.iter().map(|check| check_item(check, props)) }
            </ol>
        </div>
    }
}

/// Why the code did not run to the end, with a button to its place when it is in the code.
fn run_error(error: &RunError, on_goto: &Callback<(u32, u32)>) -> Html {
    let place = error.line.zip(error.col);
    html! {
        <div id="check-error" class="compile-error">
            <p class="compile-error-head">
                if let Some((line, col)) = place {
                    { format!("Line {line}, column {col}: ") }
                }
                <strong>{ error.message.clone() }</strong>
            </p>
            if let Some((line, col)) = place {
                <button type="button" class="quiet" id="check-error-goto"
                    onclick={on_goto.reform(move |_| (line as u32, col as u32))}>
                    { format!("Go to {line}:{col}") }
                </button>
            }
        </div>
    }
}

/// One check: its verdict and name, measured vs expected, and for a failure its hint and moment.
fn check_item(check: &CheckResult, props: &CheckResultsProps) -> Html {
    let (mark, class) = if check.passed { ("✓", "check passed") } else { ("✗", "check failed") };
    let at = check.at.filter(|_| !check.passed);
    html! {
        <li class={class} data-name={check.name.clone()}>
            <p class="check-head">
                <span class="check-mark" aria-hidden="true">{ mark }</span>
                <span class="check-name">{ check.name.clone() }</span>
                <span class="visually-hidden">{ if check.passed { " (holds)" } else { " (fails)" } }</span>
            </p>
            <dl class="check-values">
                <dt>{ "measured" }</dt>
                <dd class="check-measured">{ check.measured.clone() }</dd>
                <dt>{ "expected" }</dt>
                <dd class="check-expected">{ check.expected.clone() }</dd>
            </dl>
            if !check.passed {
                <div class="check-hint"><LessonText text={AttrValue::from(check.hint.clone())} /></div>
            }
            if let Some(t) = at {
                <button type="button" class="show-moment" aria-pressed={(props.moment == Some(t)).to_string()}
                    onclick={props.on_moment.reform(move |_| t)}>
                    { format!("Show on timeline ({})", format_seconds(t)) }
                </button>
            }
        </li>
    }
}
