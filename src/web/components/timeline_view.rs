//! The timeline panel: builds the model from the run's trace once, then shows it as a drawing
//! and in words. While a run streams events it is rebuilt at most every [`REDRAW_MS`]: the
//! drawing moves every shape when the axis grows, which is too much work for every batch.
//! A finished run can be replayed: the drawing grows again from time 0 as the run did. A
//! moment can be highlighted on the drawing.

use std::rc::Rc;

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::timeline_svg::TimelineSvg;
use super::timeline_words::TimelineWords;
use crate::runtime::trace::Trace;
use crate::ui::replay::{end_of, trace_until, Replay};
use crate::ui::timeline::Timeline;
use crate::web::clock::now_ms;
use crate::web::hooks::use_throttled;

/// Shortest time between two rebuilds, in ms.
const REDRAW_MS: f64 = 200.0;

/// Time between two frames of a replay, in ms.
const REPLAY_FRAME_MS: u32 = 80;

/// Props of [`TimelineView`].
#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// The run so far (a finished run's whole trace works the same).
    pub trace: Rc<Trace>,
    /// A loop time to highlight on the drawing (a failing check's moment).
    #[prop_or_default]
    pub moment: Option<f64>,
}

/// A replay under way: when it started (page clock, ms) and its pace.
#[derive(Clone, Copy, PartialEq)]
struct Playing {
    started_ms: f64,
    replay: Replay,
}

/// The swimlanes and their text alternative, or a note when nothing has run.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let streamed = use_throttled(props.trace.clone(), REDRAW_MS);
    let playing = use_state_eq(|| None::<Playing>);
    let redraw = use_force_update();
    {
        // A new trace (a new run) ends a replay. Compared by identity: comparing the events
        // themselves would walk the whole trace on every frame.
        let playing = playing.clone();
        use_effect_with(Rc::as_ptr(&props.trace) as usize, move |_| playing.set(None));
    }
    {
        let handle = playing.clone();
        use_effect_with(*playing, move |now| {
            let frames = now.map(|Playing { started_ms, replay }| {
                Interval::new(REPLAY_FRAME_MS, move || match replay.playhead((now_ms() - started_ms) / 1000.0) {
                    Some(_) => redraw.force_update(),
                    None => handle.set(None),
                })
            });
            move || drop(frames)
        });
    }
    let playhead = playing.and_then(|p| p.replay.playhead((now_ms() - p.started_ms) / 1000.0));
    let trace = match playhead {
        Some(t) => Rc::new(trace_until(&props.trace, t)),
        None => streamed,
    };
    let timeline = use_memo(trace, |trace| Timeline::from_trace(trace));
    let toggle = {
        let playing = playing.clone();
        let trace = Rc::clone(&props.trace);
        Callback::from(move |_: MouseEvent| {
            playing.set(match *playing {
                Some(_) => None,
                None => Some(Playing { started_ms: now_ms(), replay: Replay { end: end_of(&trace) } }),
            })
        })
    };
    html! {
        <div id="timeline" class="timeline">
            if !props.trace.events.is_empty() {
                <p class="timeline-tools">
                    <button id="replay" type="button" aria-pressed={playing.is_some().to_string()} onclick={toggle}>
                        { if playing.is_some() { "Stop replay" } else { "Replay" } }
                    </button>
                    if let Some(t) = playhead {
                        <span class="replay-at" aria-live="off">{ format!("{t:.2} s") }</span>
                    }
                </p>
            }
            <TimelineSvg timeline={timeline.clone()} moment={props.moment} />
            if timeline.lanes.is_empty() {
                <p class="timeline-empty">{ "Run the program to see one lane per task." }</p>
            } else {
                <TimelineWords timeline={timeline} />
            }
        </div>
    }
}
