//! A compile error shown under the editor: where it is, the block CPython would print for
//! it, and a button that puts the caret on it.

use yew::prelude::*;

use crate::python::error::CompileError;

/// The element id the editor's `aria-describedby` points at.
pub const ERROR_ID: &str = "code-error";

/// Props of [`CompileErrorView`].
#[derive(Properties, PartialEq)]
pub struct CompileErrorViewProps {
    /// The error.
    pub error: CompileError,
    /// The program it is in.
    pub source: AttrValue,
    /// Called by the "Go to" button.
    pub on_goto: Callback<()>,
}

/// The error, with its line and column first.
#[component]
pub fn CompileErrorView(props: &CompileErrorViewProps) -> Html {
    let error = &props.error;
    let at = format!("{}:{}", error.span.line, error.span.col);
    html! {
        <div id={ERROR_ID} class="compile-error" data-line={error.span.line.to_string()} data-col={error.span.col.to_string()}>
            <p class="compile-error-head">
                <strong>{ error.kind.name() }</strong>
                { format!(" at line {}, column {}: {}", error.span.line, error.span.col, error.message) }
            </p>
            <pre class="compile-error-block">{ error.render("main.py", &props.source) }</pre>
            <button type="button" class="quiet" onclick={props.on_goto.reform(|_| ())}>
                { format!("Go to {at}") }
            </button>
        </div>
    }
}
