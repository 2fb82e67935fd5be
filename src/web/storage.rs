//! The progress store in `localStorage`: a thin wrapper that reads it leniently (see
//! [`Progress::load`]) and writes it back. Without storage (private modes, blocked cookies)
//! progress lives only as long as the page.

use crate::ui::progress::{Notice, Progress};

/// The `localStorage` key.
const KEY: &str = "loopscope.progress";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored progress and what had to be reset to read it. What was reset stays in storage
/// until the next [`save`], so every page that loads it before then can say so.
pub fn load() -> (Progress, Vec<Notice>) {
    let stored = local_storage().and_then(|s| s.get_item(KEY).ok().flatten());
    Progress::load(stored.as_deref())
}

/// Writes `progress`.
pub fn save(progress: &Progress) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(KEY, &progress.to_json());
    }
}
