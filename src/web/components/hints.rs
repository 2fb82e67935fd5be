//! Hints on demand: a button reveals the next one, gentlest first.

use yew::prelude::*;

use super::lesson_text::LessonText;

/// Props of [`Hints`].
#[derive(Properties, PartialEq)]
pub struct HintsProps {
    /// The exercise's hints, gentlest first.
    pub hints: Vec<String>,
}

/// The hints shown so far and a button for the next.
#[component]
pub fn Hints(props: &HintsProps) -> Html {
    let shown = use_state_eq(|| 0usize);
    if props.hints.is_empty() {
        return html! {};
    }
    let more = *shown < props.hints.len();
    let onclick = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + 1))
    };
    html! {
        <div class="hints">
            <ol class="hint-list" aria-live="polite">
                { for props.hints.iter().take(*shown).map(|hint| html! {
                    <li><LessonText text={AttrValue::from(hint.clone())} /></li>
                }) }
            </ol>
            if more {
                <button type="button" class="quiet" id="show-hint" {onclick}>
                    { format!("Show a hint ({} of {})", *shown + 1, props.hints.len()) }
                </button>
            }
        </div>
    }
}
