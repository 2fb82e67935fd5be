//! The site's pages, one per route.

mod catalogue;
mod embed;
mod exercise;
mod fetch_lab;
mod not_found;
mod scratchpad;
mod timer_check;

pub use catalogue::CataloguePage;
pub use embed::EmbedPage;
pub use exercise::ExercisePage;
pub use fetch_lab::FetchLabPage;
pub use not_found::NotFound;
pub use scratchpad::ScratchpadPage;
pub use timer_check::TimerCheck;
