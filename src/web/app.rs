//! The app shell: a site header with navigation, and the page the `#fragment` names (an
//! embedded exercise or challenge comes alone). The document title follows the page (an
//! exercise or challenge page sets its own, with its title).

use yew::prelude::*;

use super::hooks::use_route;
use super::pages::{
    CataloguePage, ChallengeEmbedPage, ChallengeListPage, ChallengePage, EmbedPage, ExercisePage, FetchLabPage, NotFound, ScratchpadPage,
    TimerCheck,
};
use crate::ui::route::Route;

/// The whole app.
#[component]
pub fn App() -> Html {
    let route = use_route();
    use_effect_with(route.clone(), |route| {
        if matches!(
            route,
            Route::Exercise { .. } | Route::Embed { .. } | Route::Challenge { .. } | Route::EmbedChallenge { .. }
        ) {
            return;
        }
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&format!("{} · Loopscope", route.title()));
        }
    });
    let link = |to: Route, text: &'static str| {
        let current = (to == route).then_some("page");
        html! { <a href={to.href()} aria-current={current}>{ text }</a> }
    };
    let page = match &route {
        Route::Home => html! { <CataloguePage /> },
        Route::Exercise { id, share } => html! {
            <ExercisePage key={route.href()} id={id.clone()} share={share.clone().map(AttrValue::from)} />
        },
        // An embedded exercise stands alone in its iframe, without the site's header.
        Route::Embed { id } => return html! { <EmbedPage key={id.clone()} id={id.clone()} /> },
        Route::Challenges => html! { <ChallengeListPage /> },
        Route::Challenge { id } => html! { <ChallengePage key={id.clone()} id={id.clone()} /> },
        Route::EmbedChallenge { id } => return html! { <ChallengeEmbedPage key={id.clone()} id={id.clone()} /> },
        Route::Play => html! { <ScratchpadPage /> },
        Route::FetchLab => html! { <FetchLabPage /> },
        Route::Timers => html! { <TimerCheck /> },
        Route::NotFound(hash) => html! { <NotFound hash={hash.clone()} /> },
    };
    html! {
        <>
            <header class="site-header">
                <nav class="site-nav" aria-label="Site">
                    <a class="brand" href={Route::Home.href()}>{ "Loopscope" }</a>
                    { link(Route::Home, "Exercises") }
                    { link(Route::Challenges, "Challenges") }
                    { link(Route::Play, "Scratchpad") }
                    { link(Route::FetchLab, "Fetch lab") }
                    { link(Route::Timers, "Timer check") }
                </nav>
            </header>
            { page }
        </>
    }
}
