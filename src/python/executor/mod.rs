//! Executors: `loop.run_in_executor`, `asyncio.to_thread` and
//! `concurrent.futures.ThreadPoolExecutor`, as pools of workers on the loop's clock — the model
//! of `tools/virtual_clock.py` (see docs/ENGINE.md).
//!
//! A submitted call waits in its pool's FIFO queue for a free worker. A worker starts it the
//! next time the main thread blocks (the loop's selector, `time.sleep`, waiting on a result)
//! and runs it to completion at once on its own clock: the call's `time.sleep` moves only that
//! clock. What the call wrote, and its completion, become *worker events* stamped with worker
//! time; the main thread releases them in time order as its blocking moves loop time forward.
//! A completion frees the worker (which takes the next queued call at that instant) and, for
//! `run_in_executor`, resolves the asyncio future in a loop callback, as
//! `call_soon_threadsafe` does.
//!
//! Events at one instant run in the order CPython's workers would: by the time their worker
//! went to sleep, then by creation.

mod objects;
mod worker;

pub use objects::{make_module, run_in_executor};

use super::asyncio::{Callback, Fut};
use super::exceptions::{Abort, Unwind};
use super::interp::Interp;
use super::object::Args;
use super::value::Value;
use super::PyResult;
use crate::runtime::trace::Event;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

/// Workers of the default executor (the recorder's `DEFAULT_MAX_WORKERS`).
pub const DEFAULT_MAX_WORKERS: usize = 12;

/// How a submitted call ended: its value, or the exception it raised.
pub type Outcome = Result<Value, Value>;

/// What a submitted call's future holds.
#[derive(Default)]
pub struct CallResult {
    /// Set when the call finished.
    pub outcome: RefCell<Option<Outcome>>,
    /// Cancelled while still queued: it will never run.
    pub cancelled: Cell<bool>,
    /// The asyncio future `run_in_executor` returned, resolved when the call finishes.
    pub target: Option<Rc<Fut>>,
}

impl CallResult {
    /// Finished or cancelled.
    pub fn done(&self) -> bool {
        self.cancelled.get() || self.outcome.borrow().is_some()
    }
}

/// A call waiting for, or handed to, a worker.
struct Call {
    func: Value,
    args: Args,
    result: Rc<CallResult>,
}

/// One pool: worker slots (busy or not) and the calls waiting for one.
struct Pool {
    max_workers: usize,
    busy: Vec<bool>,
    queue: VecDeque<Call>,
    shut_down: bool,
}

/// Something a worker did, released when loop time reaches it.
enum WorkerEvent {
    /// A line the call wrote.
    Output(Event),
    /// The call finished: free the worker, resolve the future.
    Done { pool: usize, worker: usize, result: Rc<CallResult>, outcome: Outcome },
}

/// Orders worker events: time, then when the worker went to sleep before it, then creation;
/// the last part orders a call a worker took up the moment its previous call finished right
/// after that finish.
type EventKey = (u64, u64, u64, u64);

/// A call handed to a worker, to start the next time the main thread blocks.
struct Start {
    pool: usize,
    worker: usize,
    call: Call,
    /// The key of the finish that freed the worker, when it took this call at once.
    after: Option<EventKey>,
}

/// Every pool of the run and the worker events not yet released.
#[derive(Default)]
pub struct Executors {
    pools: RefCell<Vec<Pool>>,
    runnable: RefCell<VecDeque<Start>>,
    events: RefCell<BTreeMap<EventKey, WorkerEvent>>,
    seq: Cell<u64>,
    default_pool: Cell<Option<usize>>,
    /// While a worker runs a call: the stretches between its sleeps, as
    /// `(wake time, sleep start)`; the first is `(start, start)`.
    worker: RefCell<Option<Vec<(f64, f64)>>>,
    /// While a worker runs a call: its clock.
    clock: Cell<f64>,
}

fn key(t: f64, slept_at: f64, seq: u64) -> EventKey {
    (t.max(0.0).to_bits(), slept_at.max(0.0).to_bits(), seq, 0)
}

impl Executors {
    /// The worker's clock while a worker runs a call (`None` on the main thread).
    pub fn worker_clock(&self) -> Option<f64> {
        self.worker.borrow().as_ref().map(|_| self.clock.get())
    }

    fn next_seq(&self) -> u64 {
        let n = self.seq.get() + 1;
        self.seq.set(n);
        n
    }

    /// A new pool of `max_workers`; returns its index.
    fn new_pool(&self, max_workers: usize) -> usize {
        let mut pools = self.pools.borrow_mut();
        pools.push(Pool { max_workers, busy: Vec::new(), queue: VecDeque::new(), shut_down: false });
        pools.len() - 1
    }

    /// The loop's default executor, created on first use.
    fn default_pool(&self) -> usize {
        match self.default_pool.get() {
            Some(p) => p,
            None => {
                let p = self.new_pool(DEFAULT_MAX_WORKERS);
                self.default_pool.set(Some(p));
                p
            }
        }
    }

    /// Hands queued calls of `pool` to free workers (CPython's `_dispatch`).
    fn dispatch(&self, pool: usize) {
        let mut pools = self.pools.borrow_mut();
        let p = &mut pools[pool];
        while !p.queue.is_empty() {
            let worker = match p.busy.iter().position(|b| !b) {
                Some(w) => w,
                None if p.busy.len() < p.max_workers => {
                    p.busy.push(false);
                    p.busy.len() - 1
                }
                None => break,
            };
            p.busy[worker] = true;
            let call = p.queue.pop_front().expect("queue not empty");
            self.runnable.borrow_mut().push_back(Start { pool, worker, call, after: None });
        }
    }

    /// A worker finished a call (at the event `at`): it takes the next queued call at once.
    fn free_worker(&self, pool: usize, worker: usize, at: Option<EventKey>) {
        self.pools.borrow_mut()[pool].busy[worker] = false;
        self.dispatch(pool);
        if let Some(next) = self.runnable.borrow_mut().iter_mut().find(|s| s.pool == pool && s.worker == worker) {
            next.after = at;
        }
    }

    /// Whether `pool` has no call running or queued.
    fn idle(&self, pool: usize) -> bool {
        let pools = self.pools.borrow();
        pools[pool].queue.is_empty() && pools[pool].busy.iter().all(|b| !b)
    }

    /// The time of the earliest unreleased worker event.
    pub fn next_event(&self) -> Option<f64> {
        self.events.borrow().keys().next().map(|k| f64::from_bits(k.0))
    }

    /// Whether every pool has run all its calls.
    fn all_idle(&self) -> bool {
        (0..self.pools.borrow().len()).all(|p| self.idle(p))
    }

    /// Whether the default executor (if any) has finished all its calls, as
    /// `shutdown_default_executor` waits for at the end of `asyncio.run`.
    pub fn default_idle(&self) -> bool {
        self.default_pool.get().is_none_or(|p| self.idle(p))
    }

    /// Whether the default executor was created in this `asyncio.run`.
    pub fn has_default(&self) -> bool {
        self.default_pool.get().is_some()
    }

    /// Forgets the default executor (the next `asyncio.run` gets a new one).
    pub fn drop_default(&self) {
        if let Some(p) = self.default_pool.take() {
            self.pools.borrow_mut()[p].shut_down = true;
        }
    }
}

impl Interp {
    /// Queues `func(*args)` on `pool` (the default executor when `None`).
    fn submit(&self, pool: Option<usize>, func: Value, args: Args, target: Option<Rc<Fut>>) -> PyResult<Rc<CallResult>> {
        let ex = &self.aio.executors;
        let pool = pool.unwrap_or_else(|| ex.default_pool());
        if ex.pools.borrow()[pool].shut_down {
            return Err(self.err(super::exceptions::ExcType::RuntimeError, "cannot schedule new futures after shutdown"));
        }
        let result = Rc::new(CallResult { target, ..Default::default() });
        ex.pools.borrow_mut()[pool].queue.push_back(Call { func, args, result: result.clone() });
        ex.dispatch(pool);
        Ok(result)
    }

    /// The main thread is blocked at the current time: runs the calls workers start now and
    /// releases the worker events due by now, until nothing more happens at this instant.
    pub(crate) fn run_workers(&self) -> PyResult<()> {
        let ex = &self.aio.executors;
        loop {
            let next = ex.runnable.borrow_mut().pop_front();
            if let Some(start) = next {
                self.start_call(start)?;
                continue;
            }
            let now = self.now();
            let due = {
                let mut events = ex.events.borrow_mut();
                match events.first_key_value() {
                    Some((k, _)) if f64::from_bits(k.0) <= now => events.pop_first(),
                    _ => None,
                }
            };
            match due {
                Some((_, WorkerEvent::Output(e))) => self.trace.borrow_mut().push(e),
                Some((k, WorkerEvent::Done { pool, worker, result, outcome })) => {
                    self.finish_call(pool, worker, &result, outcome, k)
                }
                None => return Ok(()),
            }
        }
    }

    fn finish_call(&self, pool: usize, worker: usize, result: &Rc<CallResult>, outcome: Outcome, at: EventKey) {
        let ex = &self.aio.executors;
        if let Some(fut) = &result.target {
            self.aio.event_loop.borrow_mut().call_soon(Callback::Resolve(fut.clone(), outcome.clone()));
        }
        *result.outcome.borrow_mut() = Some(outcome);
        ex.free_worker(pool, worker, Some(at));
    }

    /// Blocks the main thread until `done()` holds or loop time reaches `deadline`, running
    /// workers meanwhile (`time.sleep`, `Future.result()`, `shutdown(wait=True)`).
    pub(crate) fn block_main(&self, deadline: Option<f64>, done: &dyn Fn(&Interp) -> bool) -> PyResult<()> {
        if self.aio.executors.worker_clock().is_some() {
            let what = "waiting on another call inside an executor call".to_string();
            return Err(Unwind::Abort(Abort::NotSupported(what, self.current_line.get(), 0)));
        }
        loop {
            self.run_workers()?;
            if done(self) {
                return Ok(());
            }
            match (self.aio.executors.next_event(), deadline) {
                (Some(t), Some(d)) if t > d => self.wait_until(d),
                (None, Some(d)) => self.wait_until(d),
                (Some(t), _) => self.wait_until(t),
                (None, None) => return Err(Unwind::Abort(Abort::Deadlock)),
            }
            if deadline.is_some_and(|d| self.now() >= d) {
                return self.run_workers();
            }
        }
    }

    /// At the program's end: blocks until every pool has run all its calls, as CPython's exit
    /// waits for executor threads.
    pub fn finish_pools(&self) -> PyResult<()> {
        self.block_main(None, &|i| i.aio.executors.all_idle())
    }

    /// `time.sleep(d)`: on a worker, moves the worker's clock; on the main thread, blocks the
    /// loop for `d` while workers run.
    pub fn time_sleep(&self, d: f64, reason: String) -> PyResult<()> {
        let ex = &self.aio.executors;
        if let Some(segments) = ex.worker.borrow_mut().as_mut() {
            let start = ex.clock.get();
            ex.clock.set(start + d);
            segments.push((start + d, start));
            return Ok(());
        }
        let start = self.now();
        self.check_loop_time(start + d)?;
        let task = self.aio.current_task.borrow().as_ref().and_then(|t| t.task.as_ref().map(|p| p.id)).unwrap_or(0);
        self.trace.borrow_mut().push(Event::Blocked { t: start, until: start + d, task, reason });
        self.block_main(Some(start + d), &|_| false)
    }
}
