"""The ``async def`` functions tasks run: ``name(name, d)`` with a random body of steps, maybe
failing for one task name, maybe handling its own cancellation or cleaning up in ``finally``,
returning a value."""

import contextlib

from .steps import write_steps
from .writer import Writer

FUNCTION_NAMES = ('worker', 'fetch', 'job', 'ticker', 'loader', 'pinger', 'crunch', 'poll')


class Coroutine:
    """One generated ``async def``: its name and the task name it raises for (or None)."""

    def __init__(self, func, fails_for):
        self.func = func
        self.fails_for = fails_for


def write_coroutine(ctx, func, task_names):
    """A Writer holding ``async def func(name, d)``, and its Coroutine description."""
    w = Writer()
    fails_for = ctx.rng.choice(task_names) if ctx.chance(0.35) else None
    with w.block(f'async def {func}(name, d):'):
        guard = ctx.pick({'none': 5, 'cancel': 3, 'finally': 2})
        with guarded(ctx, w, guard):
            steps = ctx.rng.randint(1, 3)
            raise_after = ctx.rng.randint(0, steps)
            for done in range(steps + 1):
                if done == raise_after and fails_for:
                    write_failure(ctx, w, fails_for)
                if done < steps:
                    write_steps(ctx, w, 1)
            write_return(ctx, w)
    return w, Coroutine(func, fails_for)


@contextlib.contextmanager
def guarded(ctx, w, guard):
    """Wrap what the body writes in the chosen guard: none, a CancelledError handler (which
    re-raises, or now and then swallows the cancellation), or a finally clause."""
    if guard == 'none':
        yield
        return
    with w.block('try:'):
        yield
    if guard == 'finally':
        with w.block('finally:'):
            w.line(ctx.stamp('name', 'cleans up'))
        return
    named = ctx.chance(0.5)
    with w.block(f'except asyncio.CancelledError{" as e" if named else ""}:'):
        w.line(f'print(name, "cancelled", {"e.args, " if named else ""}now())')
        w.line('return "swallowed"' if ctx.chance(0.15) else 'raise')


def write_failure(ctx, w, task_name):
    """Raise for one task name."""
    exc = ctx.rng.choice(('ValueError', 'RuntimeError', 'KeyError'))
    with w.block(f'if name == "{task_name}":'):
        w.line(f'raise {exc}(f"{{name}} failed")')


def write_return(ctx, w):
    """Return something printable: a string, a number computed from ``d``, or nothing."""
    kind = ctx.pick({'str': 4, 'num': 2, 'none': 1})
    if kind == 'str':
        w.line('return f"{name} done"')
    elif kind == 'num':
        w.line(f'return d * {ctx.rng.choice(("10", "3", "2.5"))}')
