//! The share button: makes a link that restores the program (when edited) and the current
//! prediction, and shows it ready to copy.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`ShareBox`].
#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    /// Makes the link for what is on the page now.
    pub make_link: Callback<(), String>,
}

/// A button, then the link in a read-only field, selected for copying.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let link = use_state_eq(|| None::<String>);
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with((*link).clone(), move |_| {
            if let Some(input) = field.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let onclick = {
        let link = link.clone();
        let make_link = props.make_link.clone();
        Callback::from(move |_: MouseEvent| link.set(Some(make_link.emit(()))))
    };
    html! {
        <div class="share">
            <button type="button" class="secondary" id="share" {onclick}>{ "Make a share link" }</button>
            if let Some(href) = &*link {
                <label class="field share-field">
                    <span>{ "Copy this link: it opens this exercise with your program and prediction." }</span>
                    <input id="share-link" ref={field} type="text" readonly=true value={href.clone()} />
                </label>
            }
        </div>
    }
}
