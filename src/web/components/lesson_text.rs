//! Lesson text (a concept or an explanation): paragraphs with `code` spans drawn as `<code>`
//! elements, built from [`paragraphs`] as text nodes.

use yew::prelude::*;

use crate::ui::inline_code::{paragraphs, Inline};

/// Props of [`LessonText`].
#[derive(Properties, PartialEq)]
pub struct LessonTextProps {
    /// The text, with blank lines between paragraphs and backticks around code.
    pub text: AttrValue,
}

/// One `<p>` per paragraph.
#[component]
pub fn LessonText(props: &LessonTextProps) -> Html {
    html! {
        <div class="lesson-text">
            { for paragraphs(&props.text).into_iter().map(|pieces| html! {
                <p>
                    { for pieces.into_iter().map(|piece| match piece {
                        Inline::Text(text) => html! { { text } },
                        Inline::Code(code) => html! { <code>{ code }</code> },
                    }) }
                </p>
            }) }
        </div>
    }
}
