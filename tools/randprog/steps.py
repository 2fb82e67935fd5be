"""Statements inside a task's coroutine: sleeps, prints with the loop time, critical sections
under a Lock or Semaphore, waiting on an Event, exceptions raised and caught, inner timeouts,
awaiting a helper coroutine or a child task, blocking sleeps. Every step uses the coroutine's parameters
``name`` (the task's name) and ``d`` (its own delay)."""

from .delays import delay, positive_delay


def write_steps(ctx, w, count, nested=True):
    """Write ``count`` random steps; ``nested`` allows steps that contain other steps."""
    for _ in range(count):
        kind = ctx.pick(NESTED_WEIGHTS if nested else FLAT_WEIGHTS)
        STEPS[kind](ctx, w)


def sleep_step(ctx, w):
    """Sleep for ``d`` or a literal delay, then (usually) say so."""
    w.line(f'await asyncio.sleep({"d" if ctx.chance(0.4) else delay(ctx.rng)})')
    if ctx.chance(0.7):
        w.line(ctx.stamp('name', ctx.rng.choice(('woke', 'slept', 'step', 'tick'))))


def yield_step(ctx, w):
    """Give other tasks one turn."""
    w.line('await asyncio.sleep(0)')
    w.line(ctx.stamp('name', 'yielded'))


def loop_step(ctx, w):
    """A few ticks in a for loop."""
    with w.block(f'for i in range({ctx.rng.randint(2, 3)}):'):
        w.line(f'await asyncio.sleep({positive_delay(ctx.rng, 4)})')
        w.line('print(name, "tick", i, now())')


def lock_step(ctx, w):
    """A critical section under the shared Lock."""
    ctx.resources.add('lock')
    with w.block('async with lock:'):
        w.line(ctx.stamp('name', 'has the lock'))
        write_steps(ctx, w, 1, nested=False)


def semaphore_step(ctx, w):
    """A section under the shared Semaphore (value 2)."""
    ctx.resources.add('sem')
    with w.block('async with sem:'):
        w.line(ctx.stamp('name', 'in'))
        w.line(f'await asyncio.sleep({positive_delay(ctx.rng)})')
    if ctx.chance(0.5):
        w.line(ctx.stamp('name', 'out'))


def event_step(ctx, w):
    """Wait for the shared Event (main always sets it)."""
    ctx.resources.add('event')
    w.line('await ev.wait()')
    w.line(ctx.stamp('name', 'saw the event'))


def catch_step(ctx, w):
    """Raise an exception and catch it, maybe with a finally clause."""
    exc = ctx.rng.choice(('ValueError', 'KeyError', 'RuntimeError'))
    with w.block('try:'):
        write_steps(ctx, w, 1, nested=False)
        w.line(f'raise {exc}(name)')
    with w.block(f'except {ctx.rng.choice((exc, "Exception"))} as e:'):
        w.line('print(name, "caught", repr(e), now())')
    if ctx.chance(0.3):
        with w.block('finally:'):
            w.line('print(name, "finally", now())')


def inner_timeout_step(ctx, w):
    """A timeout around an inner sleep: asyncio.timeout or wait_for."""
    limit, sleep = positive_delay(ctx.rng, 4), delay(ctx.rng)
    with w.block('try:'):
        if ctx.chance(0.5):
            with w.block(f'async with asyncio.timeout({limit}):'):
                w.line(f'await asyncio.sleep({sleep})')
        else:
            w.line(f'await asyncio.wait_for(asyncio.sleep({sleep}), timeout={limit})')
        w.line(ctx.stamp('name', 'in time'))
    with w.block('except TimeoutError:'):
        w.line(ctx.stamp('name', 'timed out'))


def helper_step(ctx, w):
    """Await the ``pause`` helper coroutine inline and print what it returns."""
    ctx.helpers.add('pause')
    w.line(f'r = await pause(name, {delay(ctx.rng, 4)})')
    w.line('print(r, now())')


def child_step(ctx, w):
    """Start a child task running the ``pause`` helper, and await it."""
    ctx.helpers.add('pause')
    w.line(f'child = asyncio.create_task(pause(name + "/child", {positive_delay(ctx.rng, 4)}))')
    if ctx.chance(0.5):
        w.line(f'await asyncio.sleep({delay(ctx.rng, 4)})')
    w.line('print(await child, now())')


def sleep_result_step(ctx, w):
    """sleep's ``result`` argument comes back from the await."""
    w.line(f'r = await asyncio.sleep({delay(ctx.rng, 4)}, result=name.upper())')
    w.line('print("got", r, now())')


def blocking_step(ctx, w):
    """A blocking time.sleep: the whole loop stands still."""
    ctx.resources.add('time')
    w.line(f'time.sleep({positive_delay(ctx.rng, 2)})')
    w.line(ctx.stamp('name', 'blocked the loop'))


STEPS = {
    'sleep': sleep_step, 'yield': yield_step, 'loop': loop_step, 'lock': lock_step,
    'semaphore': semaphore_step, 'event': event_step, 'catch': catch_step,
    'inner_timeout': inner_timeout_step, 'helper': helper_step, 'blocking': blocking_step,
    'child': child_step, 'sleep_result': sleep_result_step,
}
NESTED_WEIGHTS = {
    'sleep': 10, 'yield': 1, 'loop': 2, 'lock': 3, 'semaphore': 2, 'event': 1, 'catch': 2,
    'inner_timeout': 2, 'helper': 1, 'blocking': 0.3, 'child': 1, 'sleep_result': 0.5,
}
FLAT_WEIGHTS = {'sleep': 6, 'yield': 1, 'helper': 1, 'sleep_result': 0.5}
