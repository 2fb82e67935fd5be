//! The browser UI (compiled for wasm32 only): Yew components and the browser clock.

pub mod clock;
pub mod live;

mod app;
mod finish_list;
mod state;

pub use app::App;

/// Mounts [`App`] into the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
