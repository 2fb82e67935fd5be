//! The waterfall: one row per request on a time axis in ms, a thin queued stretch (from its
//! task's start to its request) then a bar while in flight, coloured by how it ended, with the
//! ideal end marked. Each bar carries its times and state as data attributes and a `<title>`;
//! the legend names each colour in words.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::fetch_lab::{Bar, BarState};
use crate::ui::timeline_axis::Axis;
use crate::web::hooks::use_width;

/// Width used before the container has been measured.
const FALLBACK_WIDTH: f64 = 640.0;
/// Room left of the plot for request numbers.
const LEFT: f64 = 44.0;
/// Room right of the plot.
const RIGHT: f64 = 14.0;
/// Height of the axis labels row.
const AXIS_HEIGHT: f64 = 24.0;
/// Tallest and shortest row.
const ROW_MAX: f64 = 16.0;
const ROW_MIN: f64 = 4.0;
/// Height the rows share when there are many.
const ROWS_HEIGHT: f64 = 600.0;
/// Narrowest bar drawn.
const MIN_WIDTH: f64 = 2.0;
/// Horizontal room the axis wants per tick.
const TICK_ROOM: f64 = 80.0;

/// Every state the legend explains, with a sample of each.
const LEGEND: [BarState; 6] = [
    BarState::InFlight,
    BarState::Done(200),
    BarState::HttpError(500),
    BarState::Failed(String::new()),
    BarState::TimedOut,
    BarState::Aborted,
];

/// Props of [`Waterfall`].
#[derive(Properties, PartialEq)]
pub struct WaterfallProps {
    /// The bars, by request id.
    pub bars: Rc<Vec<Bar>>,
    /// The time the axis reaches at least (the run so far, or the ideal if later).
    pub end: f64,
    /// The ideal total time, marked with a line.
    pub ideal: Option<f64>,
}

/// The drawing, its legend, or a note while there are no requests.
#[component]
pub fn Waterfall(props: &WaterfallProps) -> Html {
    let node = use_node_ref();
    let measured = use_width(node.clone());
    let width = if measured == 0 { FALLBACK_WIDTH } else { f64::from(measured) };
    let bars = &props.bars;
    let drawing = if bars.is_empty() {
        html! { <p class="hint">{ "Press Run: each request becomes a bar here as it is made." }</p> }
    } else {
        let max_ticks = ((width - LEFT - RIGHT) / TICK_ROOM).floor().max(2.0) as usize;
        let axis = Axis::new(props.end, max_ticks);
        let x = |t: f64| axis.x(t, LEFT, width - RIGHT);
        let last_tick = axis.ticks().len();
        let row = (ROWS_HEIGHT / bars.len() as f64).clamp(ROW_MIN, ROW_MAX);
        let height = AXIS_HEIGHT + row * bars.len() as f64 + 4.0;
        let label_every = (12.0 / row).ceil() as usize;
        let ms = |t: f64| format!("{:.0}", t * 1000.0);
        html! {
            <svg class="waterfall-svg" role="img" width={width.to_string()} height={height.to_string()}
                viewBox={format!("0 0 {width} {height}")}
                aria-label={format!("Waterfall of {} requests; hover a bar for its times.", bars.len())}>
                <g class="axis">
                    { for axis.ticks().iter().enumerate().map(|(i, &t)| html! {
                        <g class="tick">
                            <line class="tick-line" x1={x(t).to_string()} x2={x(t).to_string()} y1={(AXIS_HEIGHT - 5.0).to_string()} y2={height.to_string()} />
                            <text class="tick-label" x={x(t).to_string()} y="14"
                                text-anchor={if i + 1 == last_tick { "end" } else { "middle" }}>{ format!("{} ms", ms(t)) }</text>
                        </g>
                    }) }
                </g>
                { for bars.iter().enumerate().map(|(i, bar)| {
                    let top = AXIS_HEIGHT + i as f64 * row;
                    let (start, end) = (x(bar.start), x(bar.end));
                    let queued = x(bar.queued_from);
                    let title = format!(
                        "request {}: {}; queued from {} ms, sent at {} ms, {} at {} ms — {}",
                        bar.id, bar.state.label(), ms(bar.queued_from), ms(bar.start),
                        if bar.state == BarState::InFlight { "still waiting" } else { "ended" }, ms(bar.end), bar.url
                    );
                    html! {
                        <g class={classes!("wf-bar", bar.state.key())} data-id={bar.id.to_string()} data-state={bar.state.key()}
                            data-url={bar.url.clone()} data-queued={ms(bar.queued_from)} data-start={ms(bar.start)} data-end={ms(bar.end)}>
                            <title>{ title }</title>
                            if i % label_every == 0 {
                                <text class="wf-number" x={(LEFT - 6.0).to_string()} y={(top + row * 0.5 + 4.0).to_string()} text-anchor="end">{ bar.id }</text>
                            }
                            if start - queued >= 1.0 {
                                <rect class="wf-queued" x={queued.to_string()} y={(top + row * 0.4).to_string()}
                                    width={(start - queued).to_string()} height={(row * 0.2).max(1.0).to_string()} />
                            }
                            <rect class="wf-flight" x={start.to_string()} y={(top + row * 0.1).to_string()}
                                width={(end - start).max(MIN_WIDTH).to_string()} height={(row * 0.8).to_string()} rx="1.5" />
                        </g>
                    }
                }) }
                if let Some(ideal) = props.ideal {
                    <line class="wf-ideal" x1={x(ideal).to_string()} x2={x(ideal).to_string()} y1={(AXIS_HEIGHT - 5.0).to_string()} y2={height.to_string()}>
                        <title>{ format!("ideal end: {} ms", ms(ideal)) }</title>
                    </line>
                }
            </svg>
        }
    };
    html! {
        <>
            <ul class="wf-legend" aria-label="Legend">
                <li><span class="wf-swatch queued" aria-hidden="true"></span>{ "queued (task started, request not made yet)" }</li>
                { for LEGEND.iter().map(|state| html! {
                    <li><span class={classes!("wf-swatch", state.key())} aria-hidden="true"></span>{ state.kind_label() }</li>
                }) }
                <li><span class="wf-swatch ideal" aria-hidden="true"></span>{ "ideal end" }</li>
            </ul>
            <div class="waterfall-plot" id="waterfall" ref={node}>{ drawing }</div>
        </>
    }
}

