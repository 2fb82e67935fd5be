//! The loop proper: CPython's `BaseEventLoop._run_once`, split so that the host owns time.
//!
//! One iteration, as the host drives it:
//! 1. [`EventLoop::timeout`] says how long the loop may wait: zero if something is ready, the
//!    delay to the earliest live timer, or `None` when there is nothing at all to wait for.
//! 2. The host moves time forward ([`EventLoop::set_time`]) — instantly on the virtual clock,
//!    after a real wait on the browser clock.
//! 3. [`EventLoop::start_iteration`] moves every due timer to the ready queue and fixes how many
//!    handles this iteration runs: exactly those ready now, not those they schedule.
//! 4. The host takes them one by one with [`EventLoop::pop_ready`] and runs them.

use super::handle::Handle;
use super::heap::Heap;
use std::collections::VecDeque;

/// CPython's `_MIN_SCHEDULED_TIMER_HANDLES`.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
/// CPython's `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`.
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;
/// `time.get_clock_info('monotonic').resolution` on Linux.
const CLOCK_RESOLUTION: f64 = 1e-9;

/// How many handles the current iteration runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Iteration {
    /// Handles to take with [`EventLoop::pop_ready`] in this iteration.
    pub ntodo: usize,
}

/// A FIFO ready queue plus a timer heap, on a clock the host moves.
pub struct EventLoop<C> {
    ready: VecDeque<Handle<C>>,
    timers: Heap<Handle<C>>,
    timer_cancelled_count: usize,
    time: f64,
}

impl<C> Default for EventLoop<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<C> EventLoop<C> {
    /// An empty loop at time 0.
    pub fn new() -> Self {
        EventLoop { ready: VecDeque::new(), timers: Heap::new(), timer_cancelled_count: 0, time: 0.0 }
    }

    /// The loop's current time, as last set by the host.
    pub fn time(&self) -> f64 {
        self.time
    }

    /// Moves the clock to `t`; time never goes backwards.
    pub fn set_time(&mut self, t: f64) {
        if t > self.time {
            self.time = t;
        }
    }

    /// `loop.call_soon(cb)`: runs `cb` in a later iteration, after everything already ready.
    pub fn call_soon(&mut self, callback: C) -> Handle<C> {
        let handle = Handle::new(callback, 0.0);
        self.ready.push_back(handle.clone());
        handle
    }

    /// `loop.call_at(when, cb)`: runs `cb` in the first iteration at or after `when`.
    pub fn call_at(&mut self, when: f64, callback: C) -> Handle<C> {
        let handle = Handle::new(callback, when);
        handle.set_in_heap(true);
        self.timers.push(when, handle.clone());
        handle
    }

    /// `handle.cancel()`: the callback will not run, and a cancelled timer is counted so the
    /// heap is compacted the way CPython compacts it.
    pub fn cancel(&mut self, handle: &Handle<C>) {
        if handle.mark_cancelled() {
            self.timer_cancelled_count += 1;
        }
    }

    /// `loop.close()`: forgets every ready handle and timer; the clock keeps its time.
    pub fn close(&mut self) {
        self.ready.clear();
        self.timers = Heap::new();
        self.timer_cancelled_count = 0;
    }

    /// Whether any handle is ready to run.
    pub fn has_ready(&self) -> bool {
        !self.ready.is_empty()
    }

    /// Number of live timers (including cancelled ones not yet dropped).
    pub fn timer_count(&self) -> usize {
        self.timers.len()
    }

    /// Step 1 of an iteration: drops cancelled timers as CPython does, then returns how long the
    /// loop may wait — `Some(0.0)` if anything is ready, the delay to the earliest timer, or
    /// `None` if there is nothing to wait for.
    pub fn timeout(&mut self) -> Option<f64> {
        self.drop_cancelled_timers();
        if !self.ready.is_empty() {
            return Some(0.0);
        }
        self.timers.peek().map(|(when, _)| (when - self.time).max(0.0))
    }

    /// The earliest timer deadline, if any (after [`timeout`](Self::timeout) dropped cancelled ones).
    pub fn next_deadline(&self) -> Option<f64> {
        self.timers.peek().map(|(when, _)| *when)
    }

    /// Step 3 of an iteration: moves due timers to the ready queue and fixes how many handles
    /// run in this iteration.
    pub fn start_iteration(&mut self) -> Iteration {
        let end_time = self.time + CLOCK_RESOLUTION;
        while let Some((when, _)) = self.timers.peek() {
            if *when >= end_time {
                break;
            }
            let (_, handle) = self.timers.pop().expect("peeked");
            handle.set_in_heap(false);
            self.ready.push_back(handle);
        }
        Iteration { ntodo: self.ready.len() }
    }

    /// Step 4: the next ready handle's callback, or `None` for a handle that was cancelled
    /// (the caller still counts it against `ntodo`, as CPython does).
    pub fn pop_ready(&mut self) -> Option<Option<C>> {
        self.ready.pop_front().map(|h| h.take())
    }

    fn drop_cancelled_timers(&mut self) {
        let count = self.timers.len();
        if count > MIN_SCHEDULED_TIMER_HANDLES
            && self.timer_cancelled_count as f64 / count as f64 > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            self.timers.retain(|(_, h)| {
                let live = !h.cancelled();
                if !live {
                    h.set_in_heap(false);
                }
                live
            });
            self.timer_cancelled_count = 0;
            return;
        }
        while self.timers.peek().is_some_and(|(_, h)| h.cancelled()) {
            let (_, handle) = self.timers.pop().expect("peeked");
            self.timer_cancelled_count = self.timer_cancelled_count.saturating_sub(1);
            handle.set_in_heap(false);
        }
    }
}
