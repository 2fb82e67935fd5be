//! The width of an element in CSS pixels, measured after it mounts and again on every window
//! resize, so drawings can be laid out at the size they are shown.

use yew::prelude::*;

use crate::web::listener::Listener;

/// The current width of the element behind `node`; 0 until it has been measured.
#[hook]
pub fn use_width(node: NodeRef) -> u32 {
    let width = use_state_eq(|| 0u32);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let node = node.clone();
            let measure = move || {
                if let Some(element) = node.cast::<web_sys::Element>() {
                    width.set(element.client_width().max(0) as u32);
                }
            };
            measure.clone()();
            let listener = web_sys::window().map(|window| Listener::new(&window, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    *width
}
