//! Dropping deeply nested data without deep recursion, as CPython's "trashcan" does. A list
//! nested 100,000 deep (`x = [x]` in a loop), a long chain of instances or a tuple tower would
//! otherwise be freed by one Rust call per level, which overflows the browser's native stack
//! (about 1 MB, whatever the wasm stack size) at some 10,000 levels and kills the page.
//!
//! Containers hand the values they own to [`bury`] when they are freed. The outermost call
//! drops them one at a time; a container freed meanwhile (one level down) only adds its
//! values to the heap of pending ones, which the outermost call then works through, so the
//! native stack stays a few frames deep at any nesting.

use std::cell::{Cell, RefCell};

use super::value::Value;

thread_local! {
    /// Values waiting to be dropped by the outermost [`bury`].
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Whether a [`bury`] is under way on this thread.
    static BURYING: Cell<bool> = const { Cell::new(false) };
}

/// Drops `values`, never recursing more than one container deep.
pub fn bury(values: impl IntoIterator<Item = Value>) {
    if BURYING.with(|b| b.get()) {
        PENDING.with(|p| p.borrow_mut().extend(values));
        return;
    }
    BURYING.with(|b| b.set(true));
    for value in values {
        drop(value);
        drain();
    }
    BURYING.with(|b| b.set(false));
}

/// Drops the pending values, and those their containers hand over in turn.
fn drain() {
    while let Some(value) = PENDING.with(|p| p.borrow_mut().pop()) {
        drop(value);
    }
}
