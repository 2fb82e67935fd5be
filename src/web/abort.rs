//! Futures that can be aborted from outside: the way a live run is cancelled.
//!
//! `spawn_local` owns the futures it runs, so the page cannot drop a run itself. Wrapping the
//! run with [`abortable`] gives it a handle instead: [`AbortHandle::abort`] wakes the wrapper,
//! which then drops the run where it stands (clearing its browser timer) and completes.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

#[derive(Default)]
struct Shared {
    aborted: Cell<bool>,
    waker: RefCell<Option<Waker>>,
}

/// Stops the future it was made with.
pub struct AbortHandle {
    shared: Rc<Shared>,
}

/// A future that runs its inner future until that completes or is aborted.
///
/// # Cancellation
/// After [`AbortHandle::abort`], the next poll drops the inner future and completes; dropping
/// the wrapper drops the inner future too.
#[must_use = "futures do nothing unless polled"]
pub struct Abortable {
    inner: Option<Pin<Box<dyn Future<Output = ()>>>>,
    shared: Rc<Shared>,
}

/// Wraps `future` so that the returned handle can abort it.
pub fn abortable(future: impl Future<Output = ()> + 'static) -> (Abortable, AbortHandle) {
    let shared = Rc::new(Shared::default());
    let handle = AbortHandle { shared: shared.clone() };
    (Abortable { inner: Some(Box::pin(future)), shared }, handle)
}

impl AbortHandle {
    /// Aborts the future: it is dropped at its wrapper's next poll, which happens soon.
    pub fn abort(&self) {
        self.shared.aborted.set(true);
        if let Some(waker) = self.shared.waker.borrow_mut().take() {
            waker.wake();
        }
    }
}

impl Future for Abortable {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.shared.aborted.get() {
            self.inner = None;
            return Poll::Ready(());
        }
        *self.shared.waker.borrow_mut() = Some(cx.waker().clone());
        match self.inner.as_mut().map(|inner| inner.as_mut().poll(cx)) {
            Some(Poll::Pending) => Poll::Pending,
            Some(Poll::Ready(())) | None => {
                self.inner = None;
                Poll::Ready(())
            }
        }
    }
}
