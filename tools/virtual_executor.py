"""A ThreadPoolExecutor whose real worker threads run on the virtual clock's baton.

It replaces ``concurrent.futures.ThreadPoolExecutor`` (and so the executor behind
``loop.run_in_executor`` and ``asyncio.to_thread``). Calls run in real threads so that a
``time.sleep`` inside them can block mid-call, but only one thread runs at a time and time
is virtual; see ``virtual_clock`` for the scheduling model. Pool rules:

- a pool has ``max_workers`` workers (``DEFAULT_MAX_WORKERS`` when not given, which is what
  the event loop's default executor gets); threads are created on demand, one per call
  while fewer than ``max_workers`` exist and none is idle;
- a call with no free worker waits in the pool's FIFO queue;
- calls run through CPython's own ``concurrent.futures.thread._WorkItem``, so tracebacks
  through them look exactly as with the real pool;
- as with the real pool, the interpreter's exit waits until every pool has run all its
  submitted calls (on virtual time, before ``atexit`` handlers run).
"""

import collections
import concurrent.futures
import concurrent.futures.thread
import itertools
import threading

DEFAULT_MAX_WORKERS = 12
"""Pool size when ``max_workers`` is not given (the loop's default executor)."""


class VirtualFuture(concurrent.futures.Future):
    """A future whose blocking ``result``/``exception`` wait on virtual time."""

    def __init__(self, clock):
        super().__init__()
        self._clock = clock

    def result(self, timeout=None):
        self._wait(timeout)
        return super().result(timeout=0)

    def exception(self, timeout=None):
        self._wait(timeout)
        return super().exception(timeout=0)

    def _wait(self, timeout):
        if self.done():
            return
        deadline = None if timeout is None else self._clock.now + timeout
        self._clock.block_main(deadline=deadline, until=self.done,
                               what="Future.result()")


class Worker:
    """One pool thread: runs its assigned call, then queued calls, then idles or exits."""

    def __init__(self, pool, name):
        self.pool = pool
        self.work_item = None
        self.alive = True
        self.thread = threading.Thread(target=self._main, name=name, daemon=True)

    def start(self):
        """Start the thread; it waits for the baton before running anything."""
        self.thread.start()
        self.pool.clock.register_worker(self, self.thread.ident)

    def _main(self):
        clock = self.pool.clock
        clock.wait_for_baton(self)
        try:
            while self.work_item is not None:
                self.work_item.run()
                self.work_item = self.pool.next_work_item()
                if self.work_item is None and not self.pool.shut_down:
                    self.pool.idle.append(self)
                    clock.yield_baton(self)
        finally:
            self.alive = False
            try:
                self.pool.worker_exited()
            finally:
                clock.release_baton()


class VirtualThreadPoolExecutor(concurrent.futures.Executor):
    """Drop-in ``ThreadPoolExecutor`` scheduled deterministically on the virtual clock."""

    _pool_numbers = itertools.count()
    clock = None  # set by install()
    live_pools = []  # every pool created, in creation order

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = DEFAULT_MAX_WORKERS
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None:
            self.clock.abort("ThreadPoolExecutor(initializer=...) is not modelled "
                             "by the virtual clock")
        self._max_workers = max_workers
        self._name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{next(self._pool_numbers)}"
        self._queue = collections.deque()
        self._workers = []
        self.idle = collections.deque()
        self.shut_down = False
        self._on_all_exited = []
        self.live_pools.append(self)

    def submit(self, fn, /, *args, **kwargs):
        """Queue ``fn(*args, **kwargs)``; hand it to a free worker if there is one."""
        if self.shut_down:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = VirtualFuture(self.clock)
        self._queue.append(concurrent.futures.thread._WorkItem(future, fn, args, kwargs))
        self._dispatch()
        return future

    def next_work_item(self):
        """The oldest queued call, or None."""
        return self._queue.popleft() if self._queue else None

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Refuse new calls; optionally cancel queued ones; optionally wait for the workers."""
        self.shut_down = True
        if cancel_futures:
            while self._queue:
                self._queue.popleft().future.cancel()
        while self.idle:
            self.clock.make_runnable(self.idle.popleft())  # with no work item it exits
        if wait:
            self.clock.block_main(until=self.all_workers_exited, what="executor shutdown")

    def all_workers_exited(self):
        """True when no worker thread of this pool is left."""
        return not any(worker.alive for worker in self._workers)

    def when_all_workers_exited(self, callback):
        """Call ``callback()`` now if no worker is left, else when the last one exits."""
        if self.all_workers_exited():
            callback()
        else:
            self._on_all_exited.append(callback)

    def worker_exited(self):
        """Called by a worker as it exits (holding the baton)."""
        if self.all_workers_exited():
            callbacks, self._on_all_exited = self._on_all_exited, []
            for callback in callbacks:
                callback()

    def _dispatch(self):
        while self._queue and (self.idle or len(self._workers) < self._max_workers):
            worker = self.idle.popleft() if self.idle else self._spawn()
            worker.work_item = self._queue.popleft()
            self.clock.make_runnable(worker)

    def _spawn(self):
        worker = Worker(self, f"{self._name_prefix}_{len(self._workers)}")
        self._workers.append(worker)
        worker.start()
        return worker


def finish_all_pools():
    """At interpreter exit: let every pool run its remaining calls, like CPython's pool."""
    pools = VirtualThreadPoolExecutor.live_pools
    for pool in pools:
        pool.shutdown(wait=False)
    VirtualThreadPoolExecutor.clock.block_main(
        until=lambda: all(pool.all_workers_exited() for pool in pools),
        what="the interpreter's exit")


def install(clock):
    """Make ``concurrent.futures.ThreadPoolExecutor`` the virtual pool, running on ``clock``."""
    VirtualThreadPoolExecutor.clock = clock
    concurrent.futures.ThreadPoolExecutor = VirtualThreadPoolExecutor
    concurrent.futures.thread.ThreadPoolExecutor = VirtualThreadPoolExecutor
    threading._register_atexit(finish_all_pools)
