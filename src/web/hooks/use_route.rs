//! The route named by the page's `#fragment`, kept current as the fragment changes.

use yew::prelude::*;

use crate::ui::route::Route;
use crate::web::listener::Listener;

/// The page's `location.hash`, or an empty string outside a window.
fn current_hash() -> String {
    web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default()
}

/// The current [`Route`]; the component re-renders when the fragment changes.
#[hook]
pub fn use_route() -> Route {
    let route = use_state_eq(|| Route::from_hash(&current_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                Listener::new(&window, "hashchange", move |_| route.set(Route::from_hash(&current_hash())))
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}
