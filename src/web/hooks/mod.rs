//! Custom hooks: the current hash route, an element's width, a value that changes at most so
//! often, the live run the scratchpad asks for, and the seconds a run has been going.

mod use_elapsed;
mod use_live_run;
mod use_route;
mod use_throttled;
mod use_width;

pub use use_elapsed::use_elapsed;
pub use use_live_run::use_live_run;
pub use use_route::use_route;
pub use use_throttled::use_throttled;
pub use use_width::use_width;
