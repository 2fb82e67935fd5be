//! The page for a fragment no route matches.

use yew::prelude::*;

use crate::ui::route::Route;

/// Props of [`NotFound`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The fragment that matched nothing.
    pub hash: AttrValue,
}

/// Says which address was not found and links home.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <main id="main" class="page">
            <h1>{ "Page not found" }</h1>
            <p class="lede">{ format!("Nothing lives at {}.", props.hash) }</p>
            <a href={Route::Home.href()}>{ "Back to the home page" }</a>
        </main>
    }
}
