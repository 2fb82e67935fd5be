//! The misconception vocabulary exercises are tagged with, and the feedback each one gives
//! when a prediction shows one of its symptoms.
//!
//! Feedback is targeted twice over: a tag speaks only on exercises tagged with it, and only
//! when the prediction went wrong in a way that misconception explains (a line out of order,
//! a line predicted that never prints, times too early, a wrong exception ...).

use serde::{Deserialize, Serialize};

/// A common wrong belief about asyncio, as an exercise tag (`"gather-result-order"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Misconception {
    /// Expecting gather's results in completion order.
    GatherResultOrder,
    /// Expecting gather to cancel the others, or not to raise at once, when one fails.
    GatherFirstException,
    /// Expecting `asyncio.wait` to return results in order.
    WaitReturnsSets,
    /// Expecting `wait_for` to leave the awaited work running after a timeout.
    WaitForCancels,
    /// Expecting `asyncio.wait(timeout=)` to cancel what is still pending.
    TimeoutLeavesPending,
    /// Expecting cancellation to stop a task immediately, wherever it is.
    CancelAtAwait,
    /// Expecting a caught-and-ignored `CancelledError` to still cancel the task.
    SwallowedCancel,
    /// Misjudging what `shield` protects.
    Shield,
    /// Expecting a blocking call not to hold up other tasks.
    BlockingSerialises,
    /// Expecting `run_in_executor` work to block the loop.
    ExecutorOffloads,
    /// Expecting a coroutine called without `await` to run.
    ForgottenAwait,
    /// Adding up times of concurrent work, or overlapping sequential awaits.
    SequentialVsConcurrent,
    /// Expecting a task to start the moment `create_task` is called.
    TaskStartsLater,
    /// Ordering lines due at the same instant by intuition rather than by the loop.
    SimultaneousLines,
    /// Expecting `Semaphore(n)` to let everyone in, or one at a time.
    SemaphoreWaves,
    /// Expecting unlocked read-await-write updates to add up.
    LockLostUpdate,
    /// Expecting `Queue.put` never to wait.
    QueueBackpressure,
}

/// What went wrong in a prediction, as far as feedback cares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Symptoms {
    /// A printed line was placed out of order.
    pub misordered: bool,
    /// A line was predicted to print that never prints.
    pub predicted_phantom: bool,
    /// A line that prints was left out or put in the "never prints" bin.
    pub missed_line: bool,
    /// A line's time was predicted too early.
    pub too_early: bool,
    /// A line's time was predicted too late.
    pub too_late: bool,
    /// The total run time was wrong.
    pub total_wrong: bool,
    /// The ending exception was wrong.
    pub exception_wrong: bool,
}

impl Misconception {
    /// Whether a prediction with `s` shows this misconception.
    pub(super) fn shows_in(self, s: &Symptoms) -> bool {
        use Misconception::*;
        let lines = s.predicted_phantom || s.missed_line;
        let times = s.too_early || s.too_late || s.total_wrong;
        match self {
            GatherResultOrder | WaitReturnsSets => s.misordered || lines,
            GatherFirstException | SwallowedCancel => lines || s.exception_wrong || s.total_wrong,
            WaitForCancels | TimeoutLeavesPending | Shield | ForgottenAwait | LockLostUpdate => {
                lines || s.exception_wrong
            }
            CancelAtAwait | TaskStartsLater => s.misordered || lines || s.too_early,
            BlockingSerialises | ExecutorOffloads | SequentialVsConcurrent | SemaphoreWaves | QueueBackpressure => {
                s.misordered || times
            }
            SimultaneousLines => false,
        }
    }

    /// The feedback text: the fact the learner's prediction missed.
    pub fn message(self) -> &'static str {
        use Misconception::*;
        match self {
            GatherResultOrder => "gather() returns its results in the order the awaitables were passed, not the order they finish; prints inside them happen in completion order.",
            GatherFirstException => "Without return_exceptions=True, the first exception propagates out of gather() at once; gather does not cancel the other awaitables, which keep running until something else (such as asyncio.run shutting down) cancels them.",
            WaitReturnsSets => "asyncio.wait() returns two sets, (done, pending), of tasks rather than results; a set's iteration order is not the order the tasks finished.",
            WaitForCancels => "When wait_for() times out it cancels the awaitable and raises TimeoutError, so the wrapped work never finishes.",
            TimeoutLeavesPending => "asyncio.wait(..., timeout=) returns when the time is up but cancels nothing: tasks still pending keep running and printing.",
            CancelAtAwait => "cancel() only requests cancellation: CancelledError is raised inside the task where it is suspended, the next time the loop runs it, and code up to that point runs normally.",
            SwallowedCancel => "Catching CancelledError without re-raising it lets the task carry on and finish normally; the cancellation is lost.",
            Shield => "shield() protects the inner awaitable, not the caller: the outer await is cancelled or times out, while the shielded work keeps running and finishes later.",
            BlockingSerialises => "A blocking call such as time.sleep() or a long CPU loop holds the event loop: no other task runs until it returns, so the work runs one piece after another.",
            ExecutorOffloads => "run_in_executor() runs the blocking function in a worker thread, so the loop keeps serving other tasks meanwhile; the pool's worker count limits how many run at once.",
            ForgottenAwait => "Calling an async function without await only creates a coroutine object: its body never runs, and CPython warns that the coroutine was never awaited when it is discarded.",
            SequentialVsConcurrent => "Awaiting coroutines one after another adds up their times; running them as tasks or with gather() overlaps them, so the total is the longest, not the sum.",
            TaskStartsLater => "create_task() only schedules the coroutine: it starts when the creating task next yields to the loop, not at the create_task() call.",
            SimultaneousLines => "Lines due at the same instant are not told apart by time; they print in the order the event loop runs their callbacks.",
            SemaphoreWaves => "A Semaphore(n) lets at most n holders in at once; each other task starts only when a holder releases its slot, so jobs of equal length go in waves and unequal ones refill the slots one by one.",
            LockLostUpdate => "Without a lock, tasks that read a value, await, then write it back all read the same old value; their writes overwrite each other and updates are lost.",
            QueueBackpressure => "With maxsize set, put() waits while the queue is full, so the producer can only run ahead of the consumer by that many items.",
        }
    }
}
