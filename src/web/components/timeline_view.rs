//! The timeline panel: builds the model from the run's trace once, then shows it as a drawing
//! and in words. While a run streams events it is rebuilt at most every [`REDRAW_MS`]: the
//! drawing moves every shape when the axis grows, which is too much work for every batch.

use std::rc::Rc;

use yew::prelude::*;

use super::timeline_svg::TimelineSvg;
use super::timeline_words::TimelineWords;
use crate::runtime::trace::Trace;
use crate::ui::timeline::Timeline;
use crate::web::hooks::use_throttled;

/// Shortest time between two rebuilds, in ms.
const REDRAW_MS: f64 = 200.0;

/// Props of [`TimelineView`].
#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// The run so far (a finished run's whole trace works the same).
    pub trace: Rc<Trace>,
}

/// The swimlanes and their text alternative, or a note when nothing has run.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let trace = use_throttled(props.trace.clone(), REDRAW_MS);
    let timeline = use_memo(trace, |trace| Timeline::from_trace(trace));
    html! {
        <div id="timeline" class="timeline">
            <TimelineSvg timeline={timeline.clone()} />
            if timeline.lanes.is_empty() {
                <p class="timeline-empty">{ "Run the program to see one lane per task." }</p>
            } else {
                <TimelineWords timeline={timeline} />
            }
        </div>
    }
}
