//! The challenges compiled into the app, loaded once per page load and shared by the pages and
//! the JavaScript API.

use std::rc::Rc;

use crate::challenge::{self, Challenge};

thread_local! {
    static CHALLENGES: Rc<Result<Vec<Challenge>, String>> =
        Rc::new(challenge::catalogue().map_err(|e| e.to_string()));
}

/// Every challenge, or why they could not be loaded.
pub fn challenges() -> Rc<Result<Vec<Challenge>, String>> {
    CHALLENGES.with(Rc::clone)
}

/// The challenge with this id (`Ok(None)`: there is none).
pub fn find(id: &str) -> Result<Option<Challenge>, String> {
    match &*challenges() {
        Ok(all) => Ok(all.iter().find(|c| c.id() == id).cloned()),
        Err(why) => Err(why.clone()),
    }
}
