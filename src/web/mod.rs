//! The browser UI (compiled for wasm32 only): the app shell with its hash router, the pages,
//! their components and hooks, the browser clock that runs programs live, progress in
//! `localStorage`, and a panic hook that keeps a crash from leaving a dead page. What the
//! pages show is decided by plain-Rust state in [`crate::ui`]; this module only draws it and
//! wires browser events to it.

pub mod abort;
#[cfg(feature = "js-api")]
pub mod api;
mod app;
mod caret;
mod catalogue;
mod challenge_catalogue;
mod challenge_draft;
pub mod clock;
mod components;
pub mod fetch;
pub mod fetch_wake;
mod hooks;
mod listener;
pub mod live;
mod pages;
pub mod panic_banner;
mod reducers;
mod scratch_handoff;
mod sleep_log;
mod storage;
mod virtual_run;
mod warm_up;

pub use app::App;

/// In Loopscope's own page only (the one `boot.js` started, which marks its script tag):
/// installs the panic banner, mounts [`App`] into the page's `<body>`, then warms the
/// interpreter up. A page that imports the module for its JavaScript API (`api`) keeps its
/// body to itself.
pub fn start() {
    let booted_here = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("script[data-wasm]").ok().flatten())
        .is_some();
    if booted_here {
        panic_banner::install();
        yew::Renderer::<App>::new().render();
        warm_up::schedule();
    }
}
