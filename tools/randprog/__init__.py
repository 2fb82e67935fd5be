"""Random, valid asyncio programs in Loopscope's dialect, for differential testing against
CPython (see ``tools/difftest.py``).

``generate(seed, index)`` returns the source of one program, the same text every time for
the same pair: tasks sleeping varied delays and printing the loop time, joined by gather,
wait, wait_for, asyncio.timeout, shield, a TaskGroup or as_completed; cancellation with and
without a message; Lock, Event, Semaphore, a Queue's producers and consumers; exceptions
raised and caught, try/finally. The programs never print ids, reprs of tasks or coroutines,
or sets in iteration order.
"""

from .program import generate  # noqa: F401 -- the package's one entry point
