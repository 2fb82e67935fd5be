//! The learner's code for each challenge, kept in `localStorage` as they type, so leaving the
//! page or reloading never loses it. Without storage the draft lives as long as the page.

/// The `localStorage` key of a challenge's draft.
fn key(id: &str) -> String {
    format!("loopscope.challenge.{id}")
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved draft of challenge `id`, if there is one.
pub fn load(id: &str) -> Option<String> {
    local_storage()?.get_item(&key(id)).ok().flatten()
}

/// Saves `source` as the draft of challenge `id`.
pub fn save(id: &str, source: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&key(id), source);
    }
}
