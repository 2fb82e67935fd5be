//! The web UI's logic, with no web dependencies, so it is tested natively: hash routes, the
//! embed view's message protocol, the scratchpad's state and reducer, the prediction board and difficulty labels,
//! the progress store, share links, long output lines cut for display, syntax highlighting and lesson-text markup, positions in
//! the editor's text, the timeline's model and time axis, and the challenge page's state, best
//! results, moments and embed message. The Yew components in `web`
//! (wasm32 only) draw what these types describe and send back actions.

pub mod base64url;
pub mod board;
pub mod challenge_best;
pub mod challenge_embed;
pub mod challenge_level;
pub mod challenge_moment;
pub mod challenge_work;
pub mod clip;
pub mod difficulty;
pub mod embed;
pub mod fetch_lab;
pub mod highlight;
pub mod inline_code;
pub mod progress;
pub mod replay;
pub mod route;
pub mod scratchpad;
pub mod seconds;
pub mod share;
pub mod shuffle;
pub mod speed;
pub mod text_position;
pub mod timeline;
pub mod timeline_axis;
