"""Virtual time, and the deterministic thread model the recorder runs programs on.

The clock starts at 0.0 when the program starts. CPU work takes no virtual time; only
waiting advances it. The model below is the one the Rust runtime implements too.

Threads
    Python code runs on one thread at a time: the loop (main) thread or one executor worker.
    The running thread holds the *baton*; every other thread waits for it.

Executor workers
    A worker becomes *runnable* when it is handed a call. Runnable workers run only while
    the main thread is blocked -- in the event loop's selector, in ``time.sleep``, or waiting
    for an executor future or shutdown -- one at a time, in the order they became runnable,
    each until it blocks in ``time.sleep`` or finishes its call. A worker that finishes takes
    the next queued call of its pool at once (FIFO) and keeps running; with none queued it
    goes idle. A worker's ``time.sleep(d)`` blocks it until virtual time ``now + d``.

Advancing time
    The blocked main thread advances time only when no worker is runnable. It first wakes
    the workers due at the current instant; then, if what it waits for has not happened, it
    moves ``now`` to the earliest of its own deadline and the sleeping workers' wake times.
    Workers due at or before the deadline wake first (ties in the order they went to sleep),
    and all workers woken at one instant run before the main thread looks again. Waiting
    with no deadline, no sleeping worker and nothing that can happen is a deadlock: the
    clock reports it through ``abort`` instead of hanging, as it does for anything else
    outside this model (a thread that is not a pool worker sleeping, say).

Seen from the event loop (``virtual_loop``)
    ``run_in_executor`` submits during a loop callback, so the call starts when that loop
    iteration reaches its selector. A finished call reports with ``call_soon_threadsafe``;
    the selector returns without advancing time once the loop has a ready callback (after
    every worker due at that instant ran), and the awaiting task resumes one iteration
    later. Example: a pool of 2 and five ``time.sleep(1)`` calls finish at 1, 1, 2, 2, 3.
"""

import collections
import heapq
import itertools
import threading


class VirtualClock:
    """The virtual clock plus the baton that serialises the loop thread and the workers."""

    def __init__(self, abort):
        """Create a clock at time 0.0 owned by the calling (main) thread.

        ``abort(message)`` is called when the program deadlocks or steps outside the model;
        it must not return (the recorder abandons the recording).
        """
        self.now = 0.0
        self.abort = abort
        self._main_ident = threading.get_ident()
        self._baton = threading.Condition()
        self._holder = None  # the Worker holding the baton; None means the main thread
        self._runnable = collections.deque()
        self._sleepers = []  # heap of (wake time, sequence number, Worker)
        self._sleep_order = itertools.count()
        self._workers_by_thread = {}

    # -- queries ---------------------------------------------------------------------

    def on_main_thread(self):
        """True when the caller is the loop (main) thread."""
        return threading.get_ident() == self._main_ident

    def current_worker(self):
        """The Worker running on the calling thread, or None on any other thread."""
        return self._workers_by_thread.get(threading.get_ident())

    # -- what programs call ----------------------------------------------------------

    def sleep(self, seconds):
        """``time.sleep``: block the calling thread for ``seconds`` of virtual time."""
        worker = self.current_worker()
        if worker is not None:
            heapq.heappush(self._sleepers, (self.now + seconds, next(self._sleep_order), worker))
            self._pass_baton_to_main(worker)
        elif self.on_main_thread():
            self.block_main(deadline=self.now + seconds, what="time.sleep")
        else:
            self.abort("time.sleep in a thread that is not an executor worker "
                       "is not modelled by the virtual clock")

    # -- workers -----------------------------------------------------------------------

    def register_worker(self, worker, ident):
        """Remember that thread ``ident`` runs ``worker``."""
        self._workers_by_thread[ident] = worker

    def make_runnable(self, worker):
        """Queue ``worker`` to run the next time the main thread blocks."""
        self._runnable.append(worker)

    def wait_for_baton(self, worker):
        """Called on a worker's own thread: wait until the main thread hands it the baton."""
        with self._baton:
            self._baton.wait_for(lambda: self._holder is worker)

    def yield_baton(self, worker):
        """Called on a worker's own thread: give the baton back and wait to get it again."""
        self._pass_baton_to_main(worker)

    def release_baton(self):
        """Called on a worker's thread that is about to end: give the baton back for good."""
        with self._baton:
            self._holder = None
            self._baton.notify_all()

    def _pass_baton_to_main(self, worker):
        with self._baton:
            self._holder = None
            self._baton.notify_all()
            self._baton.wait_for(lambda: self._holder is worker)

    def _run_worker(self, worker):
        with self._baton:
            self._holder = worker
            self._baton.notify_all()
            self._baton.wait_for(lambda: self._holder is None)

    # -- the main thread blocking ----------------------------------------------------------

    def block_main(self, deadline=None, until=None, what="the program"):
        """Block the main thread, running workers and advancing time (see the module doc).

        Returns once ``until()`` is true (checked after each instant's workers ran) or
        virtual time reached ``deadline``. ``what`` names the waiter in a deadlock report.
        """
        if not self.on_main_thread():
            self.abort(f"{what} off the main thread is not modelled by the virtual clock")
        while True:
            self._run_runnable_workers()
            if self._wake_sleepers_due(self.now):
                continue
            if until is not None and until():
                return
            next_wake = self._sleepers[0][0] if self._sleepers else None
            if deadline is not None and (next_wake is None or next_wake > deadline):
                self.now = max(self.now, deadline)
                return
            if next_wake is None:
                self.abort(f"{what} would wait forever at t={self.now:.3f}: nothing is "
                           "ready, no timer is set and no executor call is running")
                return
            self.now = next_wake

    def _run_runnable_workers(self):
        while self._runnable:
            self._run_worker(self._runnable.popleft())

    def _wake_sleepers_due(self, instant):
        """Move the workers whose wake time is at or before ``instant`` to the runnable queue."""
        woke = False
        while self._sleepers and self._sleepers[0][0] <= instant:
            self._runnable.append(heapq.heappop(self._sleepers)[2])
            woke = True
        return woke
