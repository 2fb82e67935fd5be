//! The timeline drawing: an SVG laid out at the width it is shown, with a time axis in lesson
//! seconds and one swimlane per lane. Segments show running, waiting (labelled with what is
//! awaited), blocked and worker time; marks show prints and how tasks ended. Every shape has
//! a `<title>`, so hovering it says what it is. At most [`MAX_LANES`] lanes are drawn; the
//! rest are counted under the drawing (the list in words has them all). A moment (a failing
//! check's loop time) can be highlighted: a marked line across the lanes and a ring around
//! what each lane did then.

use std::rc::Rc;

use yew::prelude::*;

use crate::runtime::trace::{Stream, TaskEnd};
use crate::ui::challenge_moment::{hits_at, Item, NEAR};
use crate::ui::seconds::format_seconds;
use crate::ui::timeline::{Activity, Lane, Mark, MarkKind, Segment, Timeline};
use crate::ui::timeline_axis::Axis;
use crate::web::hooks::use_width;

/// Width used before the container has been measured.
const FALLBACK_WIDTH: f64 = 640.0;
/// Space left and right of the plot.
const PAD: f64 = 12.0;
/// Height of the axis labels row.
const AXIS_HEIGHT: f64 = 26.0;
/// Height of one lane: its title, then its bar.
const LANE_HEIGHT: f64 = 50.0;
/// Baseline of a lane's title, from the lane's top.
const TITLE_Y: f64 = 16.0;
/// Top of a lane's bar, from the lane's top.
const BAR_Y: f64 = 23.0;
/// Height of a bar.
const BAR_HEIGHT: f64 = 18.0;
/// Narrowest a segment is drawn, so instants stay visible.
const MIN_WIDTH: f64 = 3.0;
/// Horizontal room the axis wants per tick.
const TICK_ROOM: f64 = 80.0;
/// Rough width of one character of a segment label, to decide whether it fits.
const LABEL_CHAR: f64 = 6.6;

/// Most lanes drawn.
const MAX_LANES: usize = 40;

/// Props of [`TimelineSvg`].
#[derive(Properties, PartialEq)]
pub struct TimelineSvgProps {
    /// What to draw.
    pub timeline: Rc<Timeline>,
    /// A loop time to highlight.
    #[prop_or_default]
    pub moment: Option<f64>,
}

/// Maps lesson seconds to x positions in the drawing.
struct Plot {
    axis: Axis,
    left: f64,
    right: f64,
}

impl Plot {
    fn x(&self, t: f64) -> f64 {
        self.axis.x(t, self.left, self.right)
    }
}

/// The drawing; empty while there are no lanes.
#[component]
pub fn TimelineSvg(props: &TimelineSvgProps) -> Html {
    let node = use_node_ref();
    let measured = use_width(node.clone());
    let width = if measured == 0 { FALLBACK_WIDTH } else { f64::from(measured) };
    let timeline = &props.timeline;
    let drawing = (!timeline.lanes.is_empty()).then(|| {
        let max_ticks = ((width - 2.0 * PAD) / TICK_ROOM).floor().max(2.0) as usize;
        let plot = Plot { axis: Axis::new(timeline.end, max_ticks), left: PAD, right: width - PAD };
        let drawn = &timeline.lanes[..timeline.lanes.len().min(MAX_LANES)];
        let more = timeline.lanes.len() - drawn.len();
        let height = AXIS_HEIGHT + drawn.len() as f64 * LANE_HEIGHT + if more > 0 { LANE_HEIGHT / 2.0 } else { 0.0 };
        let summary = format!(
            "Timeline of {} lanes over {}; the list below describes each lane in words.",
            timeline.lanes.len(),
            format_seconds(timeline.end)
        );
        html! {
            <svg
                class="timeline-svg"
                role="img"
                aria-label={summary}
                width={width.to_string()}
                height={height.to_string()}
                viewBox={format!("0 0 {width} {height}")}
            >
                { axis(&plot, height) }
                { for drawn.iter().enumerate().map(|(i, lane)| {
                    lane_group(&plot, lane, AXIS_HEIGHT + i as f64 * LANE_HEIGHT)
                }) }
                if let Some(t) = props.moment {
                    { moment(&plot, timeline, drawn.len(), t, height) }
                }
                if more > 0 {
                    <text class="lanes-more" x={PAD.to_string()} y={(height - 8.0).to_string()}>
                        { format!("… and {more} more lanes, in the list below.") }
                    </text>
                }
            </svg>
        }
    });
    html! { <div class="timeline-plot" ref={node}>{ for drawing }</div> }
}

/// The highlighted moment: a line at `t` across the drawing, its time on top, and a ring around
/// each shape of the first `lanes` lanes that [`hits_at`] finds there (around the start of a
/// segment that begins then, around the whole of one that spans it).
fn moment(plot: &Plot, timeline: &Timeline, lanes: usize, t: f64, height: f64) -> Html {
    let x = plot.x(t).min(plot.right);
    let top = |lane: usize| AXIS_HEIGHT + lane as f64 * LANE_HEIGHT;
    let rings = hits_at(timeline, t).into_iter().filter(|hit| hit.lane < lanes).map(|hit| {
        let lane = &timeline.lanes[hit.lane];
        let (from, to) = match hit.item {
            Item::Segment(i) if (lane.segments[i].from - t).abs() < NEAR => (t, t),
            Item::Segment(i) => (lane.segments[i].from, lane.segments[i].to),
            Item::Mark(i) => (lane.marks[i].t, lane.marks[i].t),
        };
        let left = plot.x(from) - 4.0;
        let width = (plot.x(to) - plot.x(from)).max(MIN_WIDTH) + 8.0;
        html! {
            <rect class="moment-hit" data-lane={lane.name.clone()} x={left.to_string()} y={(top(hit.lane) + BAR_Y - 4.0).to_string()}
                width={width.to_string()} height={(BAR_HEIGHT + 8.0).to_string()} rx="5">
                <title>{ hit.text }</title>
            </rect>
        }
    });
    let anchor = if x > plot.right - 60.0 { "end" } else { "start" };
    let label_x = if anchor == "end" { x - 4.0 } else { x + 4.0 };
    html! {
        <g class="moment" data-t={t.to_string()}>
            <line class="moment-line" x1={x.to_string()} x2={x.to_string()} y1={(AXIS_HEIGHT - 4.0).to_string()} y2={height.to_string()} />
            <text class="moment-label" x={label_x.to_string()} y={(AXIS_HEIGHT - 2.0).to_string()} text-anchor={anchor}>
                { format!("▼ {}", format_seconds(t)) }
            </text>
            { for rings }
        </g>
    }
}

/// Tick lines across all lanes, with their labels on top.
fn axis(plot: &Plot, height: f64) -> Html {
    let ticks = plot.axis.ticks();
    let last = ticks.len().saturating_sub(1);
    html! {
        <g class="axis">
            { for ticks.iter().enumerate().map(|(i, &t)| {
                let x = plot.x(t);
                let anchor = match i {
                    0 => "start",
                    i if i == last => "end",
                    _ => "middle",
                };
                html! {
                    <g class="tick">
                        <line class="tick-line" x1={x.to_string()} x2={x.to_string()} y1={(AXIS_HEIGHT - 6.0).to_string()} y2={height.to_string()} />
                        <text class="tick-label" x={x.to_string()} y="14" text-anchor={anchor}>{ plot.axis.label(t) }</text>
                    </g>
                }
            }) }
        </g>
    }
}

/// One lane: title, a faint track, segments, then marks on top.
fn lane_group(plot: &Plot, lane: &Lane, top: f64) -> Html {
    let title = lane.title();
    let middle = top + BAR_Y + BAR_HEIGHT / 2.0;
    let is_print = |mark: &&Mark| matches!(mark.kind, MarkKind::Print { .. });
    let (prints, others) = (lane.marks.iter().filter(is_print), lane.marks.iter().filter(move |m| !is_print(m)));
    html! {
        <g class="lane" data-lane={lane.name.clone()}>
            <text class="lane-title" x={plot.left.to_string()} y={(top + TITLE_Y).to_string()}>{ title.clone() }</text>
            <line class="lane-track" x1={plot.left.to_string()} x2={plot.right.to_string()} y1={middle.to_string()} y2={middle.to_string()} />
            { for thinned(lane.segments.iter(), |s| (plot.x(s.from), plot.x(s.to))).map(|segment| segment_shape(plot, &title, segment, top)) }
            { for thinned(prints, |m| (plot.x(m.t), plot.x(m.t))).chain(others).map(|mark| {
                let x = plot.x(mark.t);
                let hover = format!("{title}: {}", mark.describe());
                match &mark.kind {
                    MarkKind::Print { stream, .. } => {
                        let class = match stream {
                            Stream::Out => "mark-print",
                            Stream::Err => "mark-print err",
                        };
                        html! {
                            <circle class={class} cx={x.to_string()} cy={middle.to_string()} r="4.5"><title>{ hover }</title></circle>
                        }
                    }
                    MarkKind::CancelRequested => html! {
                        <line class="mark-cancel" x1={x.to_string()} x2={x.to_string()} y1={(top + BAR_Y - 3.0).to_string()} y2={(top + BAR_Y + BAR_HEIGHT + 3.0).to_string()}>
                            <title>{ hover }</title>
                        </line>
                    },
                    MarkKind::End(end) => {
                        let class = match end {
                            TaskEnd::Returned(_) => "mark-end returned",
                            TaskEnd::Failed(_) => "mark-end failed",
                            TaskEnd::Cancelled => "mark-end cancelled",
                        };
                        html! {
                            <rect class={class} x={(x - 4.0).to_string()} y={(middle - 4.0).to_string()} width="8" height="8"
                                transform={format!("rotate(45 {x} {middle})")}>
                                <title>{ hover }</title>
                            </rect>
                        }
                    }
                }
            }) }
        </g>
    }
}

/// The items worth drawing: all but instants that would fall in the same [`MIN_WIDTH`]-wide
/// column as the last instant drawn (which covers them), so a task that suspends thousands of
/// times in a millisecond costs a few shapes, not thousands. `span` gives an item's x range.
fn thinned<'a, T: 'a>(
    items: impl Iterator<Item = &'a T> + 'a,
    span: impl Fn(&T) -> (f64, f64) + 'a,
) -> impl Iterator<Item = &'a T> + 'a {
    let mut last_column = None;
    items.filter(move |item| {
        let (from, to) = span(item);
        if to - from >= 1.0 {
            last_column = None;
            return true;
        }
        let column = (from / MIN_WIDTH).floor() as i64;
        let fresh = last_column != Some(column);
        last_column = Some(column);
        fresh
    })
}

/// A segment's bar (thin for a task not yet started), labelled when the label fits.
fn segment_shape(plot: &Plot, title: &str, segment: &Segment, top: f64) -> Html {
    let x = plot.x(segment.from);
    let width = (plot.x(segment.to) - x).max(MIN_WIDTH);
    let (class, label, y, height) = match &segment.activity {
        Activity::Scheduled => ("seg scheduled", None, top + BAR_Y + BAR_HEIGHT / 2.0 - 2.0, 4.0),
        Activity::Running => ("seg running", None, top + BAR_Y, BAR_HEIGHT),
        Activity::Waiting(on) => ("seg waiting", Some(on.as_str()), top + BAR_Y, BAR_HEIGHT),
        Activity::Blocked(why) => ("seg blocked", Some(why.as_str()), top + BAR_Y, BAR_HEIGHT),
        Activity::Working(call) => ("seg working", Some(call.as_str()), top + BAR_Y, BAR_HEIGHT),
    };
    let fits = label.filter(|text| text.chars().count() as f64 * LABEL_CHAR + 10.0 <= width);
    html! {
        <g class={classes!(class, segment.open.then_some("open"))}>
            <rect x={x.to_string()} y={y.to_string()} width={width.to_string()} height={height.to_string()} rx="3">
                <title>{ format!("{title}: {}", segment.describe()) }</title>
            </rect>
            if let Some(text) = fits {
                <text class="seg-label" x={(x + 5.0).to_string()} y={(top + BAR_Y + BAR_HEIGHT / 2.0 + 4.0).to_string()}>{ text }</text>
            }
        </g>
    }
}
