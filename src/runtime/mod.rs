//! The event-loop runtime: a ready queue, a timer heap and a clock the host moves.
//!
//! It reproduces the iteration model of CPython's `BaseEventLoop._run_once` and knows nothing
//! about Python: a callback is any value of type `C` that the caller knows how to run. The
//! interpreter's asyncio layer (`python::asyncio`) supplies the callbacks and runs them.

mod event_loop;
mod handle;
mod heap;
pub mod trace;

pub use event_loop::{EventLoop, Iteration};
pub use handle::Handle;
