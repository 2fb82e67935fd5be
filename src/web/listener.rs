//! A browser event listener that lives as long as its value: added when made, removed on drop.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

/// Calls a function on every `event` at `target` until dropped.
pub struct Listener {
    target: EventTarget,
    event: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    /// Starts listening for `event` on `target`.
    pub fn new(target: &EventTarget, event: &'static str, on_event: impl FnMut(Event) + 'static) -> Listener {
        let callback: Closure<dyn FnMut(Event)> = Closure::new(on_event);
        let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        Listener { target: target.clone(), event, callback }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let function = self.callback.as_ref().unchecked_ref();
        let _ = self.target.remove_event_listener_with_callback(self.event, function);
    }
}
