//! The list of finish lines, one item per sleep that has woken.

use yew::prelude::*;

use crate::web::clock::Finish;

/// Props of [`FinishList`].
#[derive(Properties, PartialEq)]
pub struct FinishListProps {
    /// Finishes in wake-up order.
    pub finishes: Vec<Finish>,
}

/// An ordered list of finish lines; each item carries `data-label` and `data-ms` for tests.
#[component]
pub fn FinishList(props: &FinishListProps) -> Html {
    html! {
        <ol id="finish-lines" class="finish-lines" aria-live="polite">
            { for props.finishes.iter().map(|finish| html! {
                <li
                    id={format!("finish-{}", finish.label)}
                    class="finish"
                    data-label={finish.label}
                    data-ms={finish.at_ms.to_string()}
                >
                    { finish.line() }
                </li>
            }) }
        </ol>
    }
}
