//! Moves the caret of an editor's textarea to a compile error.

use web_sys::HtmlTextAreaElement;
use yew::NodeRef;

use crate::python::error::CompileError;
use crate::ui::text_position::utf16_offset;

/// Focuses the textarea behind `editor` with the caret at `error` in `source`.
pub fn go_to_error(editor: &NodeRef, source: &str, error: &CompileError) {
    if let Some(area) = editor.cast::<HtmlTextAreaElement>() {
        let at = utf16_offset(source, error.span.line, error.span.col);
        let _ = area.focus();
        let _ = area.set_selection_range(at, at);
    }
}
