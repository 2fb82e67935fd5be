//! The run's output: one row per line, with the lesson time it was printed at; stderr lines
//! (warnings, tracebacks) styled apart from stdout. At most [`MAX_LINES`] rows are shown; the
//! rest are counted. Very long lines are cut ([`clip_line`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::runtime::trace::{Stream, Trace};
use crate::ui::clip::clip_line;
use crate::ui::seconds::format_seconds;

/// Most lines shown.
const MAX_LINES: usize = 2000;

/// Props of [`OutputView`].
#[derive(Properties, PartialEq)]
pub struct OutputViewProps {
    /// The run so far.
    pub trace: Rc<Trace>,
}

/// The output lines in order; each row carries `data-stream` and `data-t` for tests.
#[component]
pub fn OutputView(props: &OutputViewProps) -> Html {
    let mut lines = props.trace.output().peekable();
    if lines.peek().is_none() {
        return html! {
            <p id="output-empty" class="output-empty">
                { "Output appears here, each line with the lesson time it was printed at." }
            </p>
        };
    }
    let more = props.trace.output().count().saturating_sub(MAX_LINES);
    html! {
        <ol id="output" class="output" aria-label="Output">
            { for lines.take(MAX_LINES).map(|(t, stream, text)| {
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
            }) }
            if more > 0 {
                <li class="output-more">{ format!("… and {more} more lines, not shown.") }</li>
            }
        </ol>
    }
}
