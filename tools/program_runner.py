"""Run ``main.py`` from the working directory on the virtual clock (see ``run_program.py``).

The program runs as ``python3 main.py`` would run it -- in the interpreter's own ``__main__``
module (so objects left at exit are torn down in the same order), code and
tracebacks named ``main.py``, uncaught exceptions printed by ``sys.excepthook`` with exit
status 1, ``SystemExit`` handled by the interpreter, and the interpreter's own shutdown
afterwards (warnings about never-awaited coroutines or pending tasks destroyed at exit come
out as they would) -- except that:

- time is virtual (``virtual_clock``): ``time.sleep``/``perf_counter``/``monotonic``/``time``
  follow it, and ``time.time()`` is ``START_OF_EPOCH`` + virtual time;
- every event loop is a ``virtual_loop.VirtualEventLoop`` and every ThreadPoolExecutor a
  ``virtual_executor.VirtualThreadPoolExecutor``;
- ``random`` is seeded with 0 before the program starts;
- ``import aiohttp`` / ``import httpx`` load Loopscope's subsets of them on the virtual
  network (``netshim/``), the same code the dialect runs;
- stdout and stderr are ``output_events.StampedStream``s that send each write, stamped,
  on the process's original stdout. A deadlock, or anything else outside the clock's
  model, abandons the recording with an abort event (exit status 3);
- when the program's code is over (returned, raised or called ``sys.exit``), an end event
  gives the virtual time. Nothing is registered before the program starts: any object
  allocated then would shift the addresses that order sets of tasks.
"""

import importlib.util
import linecache
import os
import random
import sys
import time
import types

import output_events
import virtual_clock
import virtual_executor
import virtual_loop

PROGRAM = 'main.py'
START_OF_EPOCH = 1_700_000_000.0
TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
NETSHIM_DIR = os.path.join(TOOLS_DIR, 'netshim')  # aiohttp/httpx on the virtual network
ABORT_STATUS = 3  # the recorder notices the abort event, not this status
SCRIPT_DUNDERS = ('__name__', '__doc__', '__package__', '__loader__', '__spec__',
                  '__builtins__', '__cached__')


def main(argv):
    """Install the virtual world, then run the program; returns its exit status.

    ``argv`` may hold one number, the heap padding: that many extra objects of every small
    size are allocated (and kept) first, shifting the addresses the program's objects get.
    """
    heap_padding = allocate_heap_padding(int(argv[0]) if argv else 0)  # noqa: F841 -- kept
    channel = output_events.EventChannel(take_stdout_fd())
    clock = virtual_clock.VirtualClock(abort=lambda message: abort(channel, message))
    install_time_functions(clock)
    virtual_loop.install(clock)
    virtual_executor.install(clock)
    install_streams(channel, clock)
    random.seed(0)
    try:
        return run_main_module()
    finally:
        channel.end(clock.now)


def allocate_heap_padding(count):
    """``count`` objects of each small-object size class (kept alive by the caller)."""
    return [bytes(size) for size in range(0, 1024, 8) for _ in range(count)]


def take_stdout_fd():
    """Keep the original stdout for events; point fd 1 at stderr for any stray C output."""
    fd = os.dup(1)
    os.dup2(2, 1)
    return fd


def abort(channel, message):
    """Stop the recording at once, telling the recorder why."""
    channel.abort(message)
    os._exit(ABORT_STATUS)


def install_time_functions(clock):
    """Point the ``time`` module's clocks and ``sleep`` at the virtual clock."""
    def sleep(seconds):
        if not isinstance(seconds, (int, float)):
            raise TypeError(
                f"'{type(seconds).__name__}' object cannot be interpreted as an integer")
        if seconds != seconds:
            raise ValueError("Invalid value NaN (not a number)")
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        clock.sleep(seconds)

    def monotonic():
        return clock.now

    def wall_time():
        return START_OF_EPOCH + clock.now

    def nanoseconds(clock_function):
        return lambda: round(clock_function() * 1_000_000_000)

    time.sleep = sleep
    time.monotonic = time.perf_counter = monotonic
    time.time = wall_time
    time.monotonic_ns = time.perf_counter_ns = nanoseconds(monotonic)
    time.time_ns = nanoseconds(wall_time)


def install_streams(channel, clock):
    """Replace stdout and stderr (and their ``__std*__`` originals, which the interpreter
    restores at exit) with stamped streams."""
    sys.stdout = sys.__stdout__ = output_events.StampedStream(channel, clock, 'out', 'strict')
    sys.stderr = sys.__stderr__ = output_events.StampedStream(
        channel, clock, 'err', 'backslashreplace')


def hide_runner_frames():
    """Give the program the recursion budget of a plain ``python3 main.py``: the runner's own
    frames below ``<module>`` would otherwise count against the limit."""
    extra, frame = 0, sys._getframe(1)
    while frame is not None:
        extra, frame = extra + 1, frame.f_back
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit
    extra += 1  # one level more than the frames counted (measured against plain python3)
    real_set(real_get() + extra)
    sys.getrecursionlimit = lambda: real_get() - extra
    sys.setrecursionlimit = lambda limit: real_set(limit + extra)


def run_main_module():
    """Run ``main.py`` in the ``__main__`` module; returns 0, or 1 after an uncaught exception."""
    with open(PROGRAM, 'rb') as file:
        source = file.read()
    namespace = main_namespace()
    sys.argv = [PROGRAM]
    sys.path[0] = os.getcwd()
    sys.path.insert(1, NETSHIM_DIR)
    lines = importlib.util.decode_source(source).splitlines(keepends=True)
    linecache.cache[PROGRAM] = (len(source), None, lines, PROGRAM)
    hide_runner_frames()
    try:
        exec(compile(source, PROGRAM, 'exec', dont_inherit=True), namespace)
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: B036 -- reported exactly like the interpreter does
        report_uncaught(exc)
        return 1
    return 0


def main_namespace():
    """The ``__main__`` module's globals, emptied of the launcher's names, as for a script."""
    namespace = sys.modules['__main__'].__dict__
    for name in list(namespace):
        if name not in SCRIPT_DUNDERS:
            del namespace[name]
    namespace['__doc__'] = None
    namespace['__file__'] = PROGRAM
    return namespace


def report_uncaught(exc):
    """Print ``exc`` as the interpreter prints an uncaught exception, minus our frames."""
    tb = without_recorder_frames(exc.__traceback__)
    exc.__traceback__ = tb
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
    sys.excepthook(type(exc), exc, tb)


def without_recorder_frames(tb):
    """A copy of traceback ``tb`` without the entries for frames in the tools directory."""
    kept = []
    while tb is not None:
        if not tb.tb_frame.f_code.co_filename.startswith(TOOLS_DIR + os.sep):
            kept.append(tb)
        tb = tb.tb_next
    rebuilt = None
    for entry in reversed(kept):
        rebuilt = types.TracebackType(rebuilt, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    return rebuilt

