//! The catalogue compiled into the app, parsed once per page load and shared.

use std::rc::Rc;

use crate::catalogue::Catalogue;

thread_local! {
    static CATALOGUE: Rc<Result<Catalogue, String>> =
        Rc::new(Catalogue::load().map_err(|e| e.to_string()));
}

/// The catalogue, or why it could not be loaded.
pub fn catalogue() -> Rc<Result<Catalogue, String>> {
    CATALOGUE.with(Rc::clone)
}
