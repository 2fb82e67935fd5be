//! A scheduled callback that can be cancelled before it runs (CPython's `Handle`/`TimerHandle`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A callback on the ready queue or in the timer heap.
///
/// Lifecycle: `Scheduled` → (`Cancelled` | taken by the loop to run). Cancelling a handle that
/// already ran does nothing. Clones share state.
pub struct Handle<C>(Rc<Inner<C>>);

struct Inner<C> {
    callback: RefCell<Option<C>>,
    cancelled: Cell<bool>,
    /// In the timer heap (CPython's `TimerHandle._scheduled`).
    in_heap: Cell<bool>,
    when: f64,
}

impl<C> Clone for Handle<C> {
    fn clone(&self) -> Self {
        Handle(self.0.clone())
    }
}

impl<C> Handle<C> {
    pub(crate) fn new(callback: C, when: f64) -> Self {
        Handle(Rc::new(Inner { callback: RefCell::new(Some(callback)), cancelled: Cell::new(false), in_heap: Cell::new(false), when }))
    }

    /// Marks the callback cancelled and drops it; returns true if it was a timer still in the
    /// heap (the loop counts those, see [`EventLoop::cancel`](super::EventLoop::cancel)).
    pub(crate) fn mark_cancelled(&self) -> bool {
        if self.0.cancelled.replace(true) {
            return false;
        }
        drop(self.0.callback.borrow_mut().take());
        self.0.in_heap.get()
    }

    pub(crate) fn set_in_heap(&self, in_heap: bool) {
        self.0.in_heap.set(in_heap);
    }

    /// Whether [`cancel`](Self::cancel) was called.
    pub fn cancelled(&self) -> bool {
        self.0.cancelled.get()
    }

    /// The loop time this handle is due at (0 for handles scheduled with `call_soon`).
    pub fn when(&self) -> f64 {
        self.0.when
    }

    /// Takes the callback out to run it; `None` if cancelled or already taken.
    pub(crate) fn take(&self) -> Option<C> {
        if self.cancelled() {
            return None;
        }
        self.0.callback.borrow_mut().take()
    }

    /// Whether two handles are the same scheduled callback.
    pub fn same(&self, other: &Handle<C>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
