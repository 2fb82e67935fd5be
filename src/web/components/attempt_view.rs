//! One graded attempt: the verdict and the line-by-line comparison. The latest attempt is
//! shown open with the explanation; earlier ones stay below it, folded.

use yew::prelude::*;

use super::compare_table::CompareTable;
use super::grade_summary::GradeSummary;
use super::lesson_text::LessonText;
use crate::grading::{Grade, Predicts};

/// Props of [`AttemptView`].
#[derive(Properties, PartialEq)]
pub struct AttemptViewProps {
    /// The grade.
    pub grade: Grade,
    /// Which parts were predicted.
    pub predicts: Predicts,
    /// 1-based attempt number.
    pub number: usize,
    /// The latest attempt: shown open, with the explanation.
    pub latest: bool,
    /// The exercise's explanation.
    pub explanation: AttrValue,
}

/// The attempt.
#[component]
pub fn AttemptView(props: &AttemptViewProps) -> Html {
    let table_id = AttrValue::from(format!("compare-{}", props.number));
    let body = html! {
        <>
            <GradeSummary grade={props.grade.clone()} predicts={props.predicts} latest={props.latest} />
            <CompareTable grade={props.grade.clone()} predicts={props.predicts} id={table_id} />
        </>
    };
    if props.latest {
        return html! {
            <div class="attempt latest" id="latest-attempt">
                { body }
                <h3>{ "Why" }</h3>
                <div id="explanation"><LessonText text={props.explanation.clone()} /></div>
            </div>
        };
    }
    let verdict = if props.grade.passed { "passed" } else { "not passed" };
    html! {
        <details class="attempt earlier">
            <summary>{ format!("Attempt {}: {:.0}%, {verdict}", props.number, props.grade.score * 100.0) }</summary>
            { body }
        </details>
    }
}
