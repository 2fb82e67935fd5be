"""An asyncio event loop on virtual time, installed so plain ``asyncio.run`` uses it.

It is CPython's own ``SelectorEventLoop`` (so ``_run_once``, tasks and futures are the real
ones) with three changes:

- ``time()`` reads the virtual clock;
- its selector never sleeps: ``select(timeout)`` blocks on the virtual clock instead
  (running executor workers, see ``virtual_clock``) and, when nothing else happens first,
  moves time exactly to the next timer's deadline (not ``now + timeout``, which can differ
  from the deadline in the last bit);
- timers tied at the same deadline fire in the order they were scheduled. CPython's timer
  heap compares deadlines only, which on a real clock never tie; on an exact virtual clock
  they do, and ``heapq`` alone would pop them in an arbitrary (but fixed) order.

Everything else -- the ready queue, the 1 ns clock resolution that makes timers due
within 1e-9 s of now fire together, the default executor's shutdown by ``asyncio.run`` --
behaves as in CPython.
"""

import asyncio
import heapq
import itertools
import selectors


class SequencedTimerHandle(asyncio.TimerHandle):
    """A timer handle that orders ties on the deadline by scheduling order."""

    __slots__ = ('_sequence',)

    _counter = itertools.count()

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._sequence = next(self._counter)

    def __lt__(self, other):
        # heapq only compares with `<`.
        if isinstance(other, SequencedTimerHandle):
            return (self._when, self._sequence) < (other._when, other._sequence)
        return super().__lt__(other)


class VirtualSelector(selectors.BaseSelector):
    """A selector that waits on the virtual clock; real file objects are only polled."""

    def __init__(self, clock):
        self._clock = clock
        self._real = selectors.DefaultSelector()
        self.loop = None  # set by VirtualEventLoop once it exists

    def register(self, fileobj, events, data=None):
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._real.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._real.modify(fileobj, events, data)

    def get_key(self, fileobj):
        return self._real.get_key(fileobj)

    def get_map(self):
        return self._real.get_map()

    def close(self):
        self._real.close()

    def select(self, timeout=None):
        """Wait on virtual time until a callback is ready or the next timer is due."""
        self._clock.block_main(deadline=self._deadline(timeout),
                               until=lambda: bool(self.loop._ready),
                               what="the event loop")
        return self._real.select(0)

    def _deadline(self, timeout):
        """The virtual time to wake at: the next timer's exact deadline when that is it."""
        if timeout is None:
            return None
        now = self._clock.now
        scheduled = self.loop._scheduled
        if scheduled and scheduled[0]._when - now <= timeout:
            return max(now, scheduled[0]._when)
        return now + timeout


class VirtualEventLoop(asyncio.SelectorEventLoop):
    """``SelectorEventLoop`` on the virtual clock."""

    def __init__(self, clock):
        selector = VirtualSelector(clock)
        super().__init__(selector)
        selector.loop = self
        self._virtual_clock = clock

    def time(self):
        return self._virtual_clock.now

    def call_at(self, when, callback, *args, context=None):
        """CPython's ``call_at`` with a handle that breaks deadline ties by order."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = SequencedTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    async def shutdown_default_executor(self):
        """Like CPython's, but the waiting happens on the virtual clock, not a helper thread.

        CPython shuts the default executor down from a helper thread and awaits a future
        it resolves; here the executor reports through ``call_soon_threadsafe`` when its
        workers have finished, which the loop's selector waits for on virtual time.
        """
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        executor.shutdown(wait=False)
        done = self.create_future()
        executor.when_all_workers_exited(
            lambda: self.call_soon_threadsafe(done.set_result, None))
        await done


class VirtualEventLoopPolicy(asyncio.DefaultEventLoopPolicy):
    """The default policy, except that new loops are virtual."""

    def __init__(self, clock):
        super().__init__()
        self._clock = clock

    def new_event_loop(self):
        return VirtualEventLoop(self._clock)


def install(clock):
    """Make every new event loop (``asyncio.run``, ``new_event_loop``) a virtual one."""
    asyncio.set_event_loop_policy(VirtualEventLoopPolicy(clock))
