//! The run's output: one row per line, with the lesson time it was printed at; stderr lines
//! (warnings, tracebacks) styled apart from stdout. Of very many lines the first and the last
//! are drawn and those between counted ([`shown_rows`]); very long lines are cut
//! ([`clip_line`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::runtime::trace::{Stream, Trace};
use crate::ui::clip::{clip_line, shown_rows};
use crate::ui::seconds::format_seconds;

/// Props of [`OutputView`].
#[derive(Properties, PartialEq)]
pub struct OutputViewProps {
    /// The run so far.
    pub trace: Rc<Trace>,
}

/// The output lines in order; each row carries `data-stream` and `data-t` for tests.
#[component]
pub fn OutputView(props: &OutputViewProps) -> Html {
    let total = props.trace.output().count();
    if total == 0 {
        return html! {
            <p id="output-empty" class="output-empty">
                { "Output appears here, each line with the lesson time it was printed at." }
            </p>
        };
    }
    let rows = shown_rows(total);
    let row = |(t, stream, text): (f64, Stream, &str)| {
        let stream = match stream {
            Stream::Out => "out",
            Stream::Err => "err",
        };
        html! {
            <li class={classes!("output-line", stream)} data-stream={stream} data-t={t.to_string()}>
                <span class="output-time">{ format_seconds(t) }</span>
                <span class="output-text">{ clip_line(text).into_owned() }</span>
            </li>
        }
    };
    html! {
        <ol id="output" class="output" aria-label="Output">
            { for props.trace.output().take(rows.head).map(row) }
            if rows.hidden > 0 {
                <li class="output-more">{ format!("… {} more lines, not shown …", rows.hidden) }</li>
                { for props.trace.output().skip(rows.head + rows.hidden).map(row) }
            }
        </ol>
    }
}
