//! A wake-up flag between the browser's network callbacks and the live driver: a reply that
//! comes in fires it, and the driver, asleep until its next timer, wakes at once.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// A flag that one waiter awaits and any callback may fire.
#[derive(Default)]
pub struct Wake {
    fired: Cell<bool>,
    waker: RefCell<Option<Waker>>,
}

impl Wake {
    /// Fires the flag, waking the waiter if there is one.
    pub fn fire(&self) {
        self.fired.set(true);
        if let Some(w) = self.waker.borrow_mut().take() {
            w.wake();
        }
    }

    /// Completes once the flag has fired (at once if it already has), and clears it.
    ///
    /// # Cancellation
    /// Dropping the future forgets the waiter; a later fire is kept for the next wait.
    #[must_use]
    pub fn fired(self: &Rc<Self>) -> Fired {
        Fired(self.clone())
    }
}

/// The future of [`Wake::fired`].
pub struct Fired(Rc<Wake>);

impl Future for Fired {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0.fired.replace(false) {
            return Poll::Ready(());
        }
        *self.0.waker.borrow_mut() = Some(cx.waker().clone());
        Poll::Pending
    }
}

impl Drop for Fired {
    fn drop(&mut self) {
        self.0.waker.borrow_mut().take();
    }
}
