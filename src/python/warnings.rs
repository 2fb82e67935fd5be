//! Warnings CPython prints on stderr, such as `RuntimeWarning: coroutine '...' was never
//! awaited`. They are queued here (they may arise while a value is dropped, when no
//! interpreter is at hand) and written out by the interpreter at its next chance.

use std::cell::RefCell;

thread_local! {
    static PENDING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Queues the warning for a coroutine that was created and dropped without being awaited.
/// Like CPython's, it names the line running when the coroutine is freed.
pub fn never_awaited(qualname: &str) {
    PENDING.with(|p| p.borrow_mut().push(qualname.to_string()));
}

/// Forgets the queued warnings.
pub fn discard() {
    drop(take());
}

/// Takes the queued never-awaited warnings (coroutine qualnames).
fn take() -> Vec<String> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

impl super::interp::Interp {
    /// Writes queued warnings to stderr, as CPython does the moment the object is freed.
    #[inline]
    pub fn flush_warnings(&self) -> super::PyResult<()> {
        if super::finalize::pending() {
            self.close_dropped_generators()?;
        }
        if PENDING.with(|p| p.borrow().is_empty()) {
            return Ok(());
        }
        for name in take() {
            let line = self.current_line.get();
            if self.objects.finalizing.get() {
                let text = format!("sys:1: RuntimeWarning: coroutine '{name}' was never awaited\n");
                self.write(crate::runtime::trace::Stream::Err, &text)?;
                continue;
            }
            let filename = self.main_filename.borrow().clone();
            let src = self
                .main_source
                .borrow()
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .map(|l| l.trim().to_string())
                .unwrap_or_default();
            let mut text = format!("{filename}:{line}: RuntimeWarning: coroutine '{name}' was never awaited\n");
            if !src.is_empty() {
                text.push_str(&format!("  {src}\n"));
            }
            text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
            self.write(crate::runtime::trace::Stream::Err, &text)?;
        }
        Ok(())
    }
}
