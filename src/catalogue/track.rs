//! A track: a stage of the roadmap, listed in `exercises/tracks.json` in roadmap order.

use serde::{Deserialize, Serialize};

/// One track of the roadmap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// The id, also the name of the track's folder under `exercises/`.
    pub id: String,
    /// Display title.
    pub title: String,
    /// One or two sentences on what the track teaches.
    pub summary: String,
}
