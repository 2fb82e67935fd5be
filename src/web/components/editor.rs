//! The code editor: a monospace textarea beside a gutter of line numbers, the line of a
//! compile error marked. Tab indents by four spaces (Escape, then Tab, leaves the editor, as
//! does Shift+Tab); Ctrl+Enter (⌘+Enter) asks for a run.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::ui::text_position::line_count;

/// What Tab inserts.
const INDENT: &str = "    ";

/// Props of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The program text.
    pub source: AttrValue,
    /// The line of the compile error, if any (1-based).
    pub error_line: Option<u32>,
    /// The id of the element describing the error, if any.
    pub error_id: Option<AttrValue>,
    /// The textarea, so the page can move the caret to an error.
    pub node: NodeRef,
    /// Called with the whole new text after every edit.
    pub on_edit: Callback<String>,
    /// Called on Ctrl+Enter.
    pub on_run: Callback<()>,
}

/// The editor.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let escaped = use_mut_ref(|| false);
    let oninput = props.on_edit.reform(|event: InputEvent| {
        event.target_unchecked_into::<HtmlTextAreaElement>().value()
    });
    let onkeydown = {
        let on_edit = props.on_edit.clone();
        let on_run = props.on_run.clone();
        Callback::from(move |event: KeyboardEvent| key_down(&event, &escaped, &on_edit, &on_run))
    };
    let lines = line_count(&props.source);
    html! {
        <div class="editor">
            <div class="gutter" aria-hidden="true">
                { for (1..=lines).map(|n| {
                    let marked = props.error_line == Some(n as u32);
                    html! { <span class={classes!("line-number", marked.then_some("has-error"))}>{ n }</span> }
                }) }
            </div>
            <textarea
                id="code"
                ref={props.node.clone()}
                class="code"
                rows={lines.to_string()}
                wrap="off"
                spellcheck="false"
                autocapitalize="off"
                autocomplete="off"
                aria-label="Program"
                aria-invalid={props.error_line.is_some().then_some("true")}
                aria-describedby={props.error_id.clone()}
                value={props.source.clone()}
                {oninput}
                {onkeydown}
            />
        </div>
    }
}

/// Handles the editor's own keys; every other key types as usual.
fn key_down(event: &KeyboardEvent, escaped: &Rc<RefCell<bool>>, on_edit: &Callback<String>, on_run: &Callback<()>) {
    let key = event.key();
    if key == "Escape" {
        *escaped.borrow_mut() = true;
        return;
    }
    let leaving = std::mem::replace(&mut *escaped.borrow_mut(), false);
    let modified = event.ctrl_key() || event.meta_key() || event.alt_key();
    if key == "Enter" && (event.ctrl_key() || event.meta_key()) {
        event.prevent_default();
        on_run.emit(());
    } else if key == "Tab" && !leaving && !modified && !event.shift_key() {
        event.prevent_default();
        let area = event.target_unchecked_into::<HtmlTextAreaElement>();
        let start = area.selection_start().ok().flatten().unwrap_or(0);
        let end = area.selection_end().ok().flatten().unwrap_or(start);
        if area.set_range_text_with_start_and_end(INDENT, start, end).is_ok() {
            let caret = start + INDENT.len() as u32;
            let _ = area.set_selection_range(caret, caret);
            on_edit.emit(area.value());
        }
    }
}
