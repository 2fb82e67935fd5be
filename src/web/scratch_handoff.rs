//! Hands a program to the scratchpad: another page stores it in `sessionStorage` and opens
//! `#/play`, which takes it once, instead of its example. Without storage the scratchpad just
//! opens with its example.

use crate::ui::route::Route;

/// The `sessionStorage` key.
const KEY: &str = "loopscope.scratchpad.handoff";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Stores `code` for the scratchpad and opens it.
pub fn open_in_scratchpad(code: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(KEY, code);
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&Route::Play.href());
    }
}

/// The program handed to the scratchpad, if any; it is removed from storage.
pub fn take_handed_program() -> Option<String> {
    let storage = session_storage()?;
    let code = storage.get_item(KEY).ok().flatten()?;
    let _ = storage.remove_item(KEY);
    Some(code)
}
