//! The site's pages, one per route.

mod catalogue;
mod exercise;
mod not_found;
mod scratchpad;
mod timer_check;

pub use catalogue::CataloguePage;
pub use exercise::ExercisePage;
pub use not_found::NotFound;
pub use scratchpad::ScratchpadPage;
pub use timer_check::TimerCheck;
