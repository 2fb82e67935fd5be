//! The program of an exercise: highlighted and read-only at first; "Edit a copy" turns it
//! into an editor on a scratch copy, clearly marked, with a Reset back to the original.

use yew::prelude::*;

use super::code_view::CodeView;
use super::compile_error_view::{CompileErrorView, ERROR_ID};
use super::editor::Editor;
use crate::python::error::CompileError;
use crate::web::caret::go_to_error;

/// Props of [`ProgramPane`].
#[derive(Properties, PartialEq)]
pub struct ProgramPaneProps {
    /// The program shown (the original or the scratch copy).
    pub source: AttrValue,
    /// The editor is open.
    pub editing: bool,
    /// The source differs from the exercise's.
    pub edited: bool,
    /// A syntax error in the scratch copy.
    pub error: Option<CompileError>,
    /// Opens the editor.
    pub on_edit_copy: Callback<()>,
    /// Called with the new text after every edit.
    pub on_edit: Callback<String>,
    /// Back to the original program.
    pub on_reset: Callback<()>,
    /// Ctrl+Enter in the editor.
    pub on_run: Callback<()>,
}

/// The pane's body.
#[component]
pub fn ProgramPane(props: &ProgramPaneProps) -> Html {
    let node = use_node_ref();
    let on_goto = {
        let node = node.clone();
        let source = props.source.clone();
        let error = props.error.clone();
        Callback::from(move |()| {
            if let Some(error) = &error {
                go_to_error(&node, &source, error);
            }
        })
    };
    html! {
        <>
            if props.edited {
                <div class="scratch-notice" id="scratch-notice" role="status">
                    <strong>{ "Scratch copy." }</strong>
                    { " You changed the program, so your prediction is graded against this version's own \
                        run, and it does not count towards your progress." }
                    <button type="button" class="quiet" id="reset-code" onclick={props.on_reset.reform(|_| ())}>
                        { "Reset to the original" }
                    </button>
                </div>
            }
            if props.editing {
                <Editor
                    source={props.source.clone()}
                    error_line={props.error.as_ref().map(|e| e.span.line)}
                    error_id={props.error.is_some().then_some(AttrValue::Static(ERROR_ID))}
                    {node}
                    on_edit={props.on_edit.clone()}
                    on_run={props.on_run.clone()}
                />
                if let Some(error) = &props.error {
                    <CompileErrorView error={error.clone()} source={props.source.clone()} {on_goto} />
                }
            } else {
                <CodeView source={props.source.clone()} />
                <button type="button" class="quiet" id="edit-code" onclick={props.on_edit_copy.reform(|_| ())}>
                    { "Edit a copy" }
                </button>
            }
        </>
    }
}
