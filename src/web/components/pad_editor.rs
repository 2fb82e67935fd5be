//! The writing half of a runnable program: the run bar, the editor, and the compile error
//! under it — the scratchpad's and a challenge's.

use yew::prelude::*;

use super::{CompileErrorView, Editor, RunBar, ERROR_ID};
use crate::python::error::CompileError;
use crate::ui::speed::Speed;

/// Props of [`PadEditor`].
#[derive(Properties, PartialEq)]
pub struct PadEditorProps {
    /// The chosen speed.
    pub speed: Speed,
    /// A run is going.
    pub running: bool,
    /// The text in the editor.
    pub source: AttrValue,
    /// The compile error, if any, with the program it was found in (which may be more than
    /// the editor's text: a challenge runs the learner's code followed by its demo).
    pub error: Option<(CompileError, AttrValue)>,
    /// The textarea, so the page can move the caret to an error.
    pub node: NodeRef,
    /// Called with a newly picked speed.
    pub on_speed: Callback<Speed>,
    /// Run (also while running: starts over; Ctrl+Enter too).
    pub on_run: Callback<()>,
    /// Stop the run.
    pub on_stop: Callback<()>,
    /// Called with the whole new text after every edit.
    pub on_edit: Callback<String>,
    /// The compile error's "Go to" button.
    pub on_goto: Callback<()>,
}

/// Run bar, editor and compile error.
#[component]
pub fn PadEditor(props: &PadEditorProps) -> Html {
    let error = props.error.as_ref();
    html! {
        <>
            <RunBar
                speed={props.speed}
                running={props.running}
                runnable={error.is_none()}
                on_speed={props.on_speed.clone()}
                on_run={props.on_run.clone()}
                on_stop={props.on_stop.clone()}
            />
            <Editor
                source={props.source.clone()}
                error_line={error.map(|(e, _)| e.span.line)}
                error_id={error.is_some().then_some(AttrValue::Static(ERROR_ID))}
                node={props.node.clone()}
                on_edit={props.on_edit.clone()}
                on_run={props.on_run.clone()}
            />
            if let Some((error, source)) = error {
                <CompileErrorView error={error.clone()} source={source.clone()} on_goto={props.on_goto.clone()} />
            }
        </>
    }
}
