//! A program shown read-only: line numbers beside it, and colours from our own lexer.

use yew::prelude::*;

use crate::ui::highlight::highlight;

/// Props of [`CodeView`].
#[derive(Properties, PartialEq)]
pub struct CodeViewProps {
    /// The program.
    pub source: AttrValue,
}

/// The highlighted program, one row per line (numbers hidden from screen readers).
#[component]
pub fn CodeView(props: &CodeViewProps) -> Html {
    let lines = use_memo(props.source.clone(), |source| highlight(source));
    html! {
        <pre id="program" class="code-view" aria-label="Program" tabindex="0">
            { for lines.iter().enumerate().map(|(i, pieces)| html! {
                <span class="code-row">
                    <span class="code-number" aria-hidden="true">{ i + 1 }</span>
                    <span class="code-line">
                        { for pieces.iter().map(|piece| match piece.kind.class() {
                            Some(class) => html! { <span {class}>{ piece.text.clone() }</span> },
                            None => html! { { piece.text.clone() } },
                        }) }
                        { "\n" }
                    </span>
                </span>
            }) }
        </pre>
    }
}
