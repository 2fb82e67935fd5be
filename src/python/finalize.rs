//! Generators dropped while suspended are closed, as CPython closes a generator when its last
//! reference goes away: `GeneratorExit` is thrown in so its `finally` blocks run. The drop
//! happens where no interpreter is at hand, so the generator is queued here and closed at the
//! next statement boundary (see `flush_warnings`).

use super::coroutine::Coroutine;
use super::exceptions::Unwind;
use super::interp::Interp;
use super::PyResult;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static DROPPED: RefCell<Vec<Rc<Coroutine>>> = const { RefCell::new(Vec::new()) };
}

/// Queues a suspended generator whose last reference went away.
pub fn close_later(generator: Rc<Coroutine>) {
    DROPPED.with(|d| d.borrow_mut().push(generator));
}

fn take() -> Vec<Rc<Coroutine>> {
    DROPPED.with(|d| std::mem::take(&mut *d.borrow_mut()))
}

/// Whether any dropped generator waits to be closed.
pub fn pending() -> bool {
    DROPPED.with(|d| !d.borrow().is_empty())
}

/// Forgets generators queued by an earlier run on this thread, without running them.
pub fn discard() {
    while !take().is_empty() {}
}

impl Interp {
    /// Closes the queued generators; an exception one raises is reported the way CPython
    /// reports exceptions it cannot raise ("Exception ignored in: ...").
    pub fn close_dropped_generators(&self) -> PyResult<()> {
        loop {
            let batch = take();
            if batch.is_empty() {
                return Ok(());
            }
            for g in batch {
                match super::types::coro_methods::close_generator(self, &g) {
                    Ok(_) => {}
                    Err(Unwind::Raise(e)) => {
                        let text = format!(
                            "Exception ignored in: <generator object {} at {:#x}>\n{}",
                            g.qualname,
                            Rc::as_ptr(&g) as usize,
                            self.format_exception(&e)
                        );
                        self.write(crate::runtime::trace::Stream::Err, &text)?;
                    }
                    Err(abort) => return Err(abort),
                }
            }
        }
    }
}
