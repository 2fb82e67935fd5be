//! The site's pages, one per route.

mod home;
mod not_found;
mod scratchpad;
mod timer_check;

pub use home::Home;
pub use not_found::NotFound;
pub use scratchpad::ScratchpadPage;
pub use timer_check::TimerCheck;
