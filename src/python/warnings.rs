//! Warnings CPython prints on stderr, such as `RuntimeWarning: coroutine '...' was never
//! awaited`. They are queued here (they may arise while a value is dropped, when no
//! interpreter is at hand) and written out by the interpreter at its next chance.

use std::cell::RefCell;

thread_local! {
    static PENDING: RefCell<Vec<(String, u32)>> = const { RefCell::new(Vec::new()) };
}

/// Queues the warning for a coroutine that was created and dropped without being awaited.
pub fn never_awaited(qualname: &str, line: u32) {
    PENDING.with(|p| p.borrow_mut().push((qualname.to_string(), line)));
}

/// Takes the queued never-awaited warnings: `(coroutine qualname, line)`.
pub fn take() -> Vec<(String, u32)> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}
