//! Moves the caret of an editor's textarea to a place in its text: a compile error, or the
//! line:col of a runtime error.

use web_sys::HtmlTextAreaElement;
use yew::NodeRef;

use crate::python::error::CompileError;
use crate::ui::text_position::utf16_offset;

/// Focuses the textarea behind `editor` with the caret at `error` in `source`.
pub fn go_to_error(editor: &NodeRef, source: &str, error: &CompileError) {
    go_to(editor, source, error.span.line, error.span.col);
}

/// Focuses the textarea behind `editor` with the caret at 1-based `line`:`col` of `source`.
pub fn go_to(editor: &NodeRef, source: &str, line: u32, col: u32) {
    if let Some(area) = editor.cast::<HtmlTextAreaElement>() {
        let at = utf16_offset(source, line, col);
        let _ = area.focus();
        let _ = area.set_selection_range(at, at);
    }
}
