//! Compare: the prediction beside the run, one row per line. Each row says in words (and
//! colour) whether the line was placed right and timed right, with the ideal time and, when
//! a live run finished, the live time.

use yew::prelude::*;

use crate::grading::{ExtraReason, Grade, LineRef, LineVerdict, Predicts, TimeVerdict};
use crate::ui::clip::clip_line;
use crate::ui::seconds::format_seconds;

/// Props of [`CompareTable`].
#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    /// The grade to show.
    pub grade: Grade,
    /// Which parts were predicted.
    pub predicts: Predicts,
    /// The id of the table (several attempts can be shown).
    pub id: AttrValue,
}

/// The place verdict of one line: a data value for tests and styling, and words.
fn place(line: &LineVerdict) -> (&'static str, String) {
    match line.placed_at {
        Some(_) if line.in_order && line.simultaneous => ("right", "✓ in order (same instant)".into()),
        Some(_) if line.in_order => ("right", "✓ in order".into()),
        Some(_) => ("wrong-place", "✗ out of order".into()),
        None if line.in_never_bin => ("binned", "✗ in the bin, but it prints".into()),
        None => ("missing", "✗ left out".into()),
    }
}

/// The time verdict in words.
fn timing(time: &TimeVerdict) -> (&'static str, String) {
    match time.error {
        None => ("no-time", "— no time".into()),
        Some(_) if time.ok => ("right", "✓ on time".into()),
        Some(error) if error < 0.0 => ("wrong", format!("✗ {:.2} s early", -error)),
        Some(error) => ("wrong", format!("✗ {error:.2} s late")),
    }
}

/// The text of a line reference, as the learner saw it.
fn text(line: &LineRef) -> String {
    match line {
        LineRef::Text(text) => text.clone(),
        LineRef::Index(i) => format!("line {}", i + 1),
    }
}

/// The table.
#[component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    let grade = &props.grade;
    let live = grade.live.as_ref();
    let times = props.predicts.times;
    let seconds = |t: Option<f64>| t.map(format_seconds).unwrap_or_else(|| "—".into());
    html! {
        <div class="table-scroll">
            <table id={props.id.clone()} class="compare">
                <caption class="visually-hidden">{ "Your prediction beside the run, line by line" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Line" }</th>
                        <th scope="col">{ "Yours" }</th>
                        <th scope="col">{ "Place" }</th>
                        if times {
                            <th scope="col">{ "Your time" }</th>
                        }
                        <th scope="col">{ "Ideal" }</th>
                        if live.is_some() {
                            <th scope="col">{ "Live" }</th>
                        }
                        if times {
                            <th scope="col">{ "Time" }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    { for grade.lines.iter().map(|line| {
                        let (verdict, words) = place(line);
                        let (time_verdict, time_words) = timing(&line.time);
                        let live_t = live.and_then(|l| l.lines.get(line.index)).and_then(|l| l.live_t);
                        html! {
                            <tr data-verdict={verdict} data-time={time_verdict}>
                                <th scope="row"><code>{ clip_line(&line.text).into_owned() }</code></th>
                                <td>{ line.placed_at.map(|p| format!("#{}", p + 1)).unwrap_or_else(|| "—".into()) }</td>
                                <td class={classes!("verdict", verdict)}>{ words }</td>
                                if times {
                                    <td class="num">{ seconds(line.time.predicted) }</td>
                                }
                                <td class="num">{ format_seconds(line.time.ideal) }</td>
                                if live.is_some() {
                                    <td class="num">{ seconds(live_t) }</td>
                                }
                                if times {
                                    <td class={classes!("verdict", time_verdict)}>{ time_words }</td>
                                }
                            </tr>
                        }
                    }) }
                    { for grade.extra.iter().map(|extra| {
                        let words = match extra.reason {
                            ExtraReason::NeverPrints => "✗ never prints",
                            ExtraReason::PrintsFewerTimes => "✗ prints fewer times",
                        };
                        html! {
                            <tr data-verdict="phantom">
                                <th scope="row"><code>{ text(&extra.line) }</code></th>
                                <td>{ format!("#{}", extra.position + 1) }</td>
                                <td class="verdict phantom">{ words }</td>
                                <td colspan="4"></td>
                            </tr>
                        }
                    }) }
                    { for grade.never.iter().filter(|n| n.right).map(|never| html! {
                        <tr data-verdict="never-right">
                            <th scope="row"><code>{ text(&never.line) }</code></th>
                            <td>{ "bin" }</td>
                            <td class="verdict right">{ "✓ never prints" }</td>
                            <td colspan="4"></td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
