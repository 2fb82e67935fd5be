"""How main waits for its tasks: gather (with or without return_exceptions, or cancelled
while it waits), wait (each
return_when, with or without a timeout), wait_for, asyncio.timeout, shield, a TaskGroup,
as_completed, or awaiting each task in turn. Each join writes the creation of the tasks too
(a TaskGroup creates them itself) and catches what the tasks may raise."""

import contextlib

from .delays import positive_delay
from .tasks import write_create

UNCAUGHT = 0.06  # how often a join that may fail lets the exception escape main


@contextlib.contextmanager
def catching(ctx, w, label):
    """Wrap what the body writes in try/except for whatever the tasks may raise into main."""
    if not (ctx.may_fail or ctx.cancels) or ctx.chance(UNCAUGHT):
        yield
        return
    with w.block('try:'):
        yield
    if ctx.may_fail:
        with w.block('except Exception as e:'):
            w.line(f'print("{label} raised", repr(e), now())')
    if ctx.cancels:
        with w.block('except asyncio.CancelledError as e:'):
            w.line(f'print("{label} cancelled", e.args, now())')


def report_all(ctx, w):
    """Print how every task ended (through the ``describe`` helper)."""
    ctx.helpers.add('describe')
    with w.block('for t in tasks:'):
        w.line('print(t.get_name(), describe(t))')


def gather_join(ctx, w, tasks, middle):
    """gather, raising the first exception or returning exceptions in the list."""
    write_create(ctx, w, tasks)
    middle()
    if ctx.chance(0.4):
        w.line('results = await asyncio.gather(*tasks, return_exceptions=True)')
        w.line('print("results", results, now())')
        return
    with catching(ctx, w, 'gather'):
        w.line('results = await asyncio.gather(*tasks)')
        w.line('print("results", results, now())')
    if ctx.may_fail and ctx.chance(0.6):
        w.line('await asyncio.wait(tasks)')
        report_all(ctx, w)


def gather_cancel_join(ctx, w, tasks, middle):
    """Cancel the gather itself: it cancels every child still running."""
    write_create(ctx, w, tasks)
    w.line('g = asyncio.gather(*tasks, return_exceptions=True)')
    middle()
    w.line(f'await asyncio.sleep({positive_delay(ctx.rng)})')
    w.line(f'print("cancel gather:", g.cancel({message(ctx)}), now())')
    with w.block('try:'):
        w.line('print("gather gave", await g, now())')
    with w.block('except asyncio.CancelledError as e:'):
        w.line('print("gather cancelled", e.args, now())')
    report_all(ctx, w)


def wait_join(ctx, w, tasks, middle):
    """wait with a return_when mode and maybe a timeout; then cancel what is left, or not."""
    write_create(ctx, w, tasks)
    middle()
    mode = ctx.rng.choice(('', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'))
    args = ['tasks']
    if ctx.chance(0.5):
        args.append(f'timeout={positive_delay(ctx.rng)}')
    if mode:
        args.append(f'return_when=asyncio.{mode}')
    w.line(f'done, pending = await asyncio.wait({", ".join(args)})')
    w.line('print("done", sorted(t.get_name() for t in done), now())')
    w.line('print("pending", sorted(t.get_name() for t in pending))')
    if ctx.chance(0.8):
        with w.block('for t in sorted(pending, key=lambda t: t.get_name()):'):
            w.line(f't.cancel({message(ctx)})')
        w.line('await asyncio.wait(tasks)' if ctx.chance(0.5) else 'await asyncio.sleep(0)')
    report_all(ctx, w)


def wait_for_join(ctx, w, tasks, middle):
    """wait_for on the first task (cancelled on timeout), then gather the rest."""
    write_create(ctx, w, tasks)
    middle()
    write_wait_for(ctx, w, 'tasks[0]', 'first', '"first timed out", tasks[0].cancelled()')
    w.line('rest = await asyncio.gather(*tasks[1:], return_exceptions=True)')
    w.line('print("rest", rest, now())')


def timeout_join(ctx, w, tasks, middle):
    """asyncio.timeout around a gather; the timeout cancels the gather and its children."""
    write_create(ctx, w, tasks)
    middle()
    flag = ', return_exceptions=True' if ctx.chance(0.3) else ''
    with w.block('try:'):
        with catching(ctx, w, 'gather'):
            with w.block(f'async with asyncio.timeout({positive_delay(ctx.rng)}):'):
                w.line(f'results = await asyncio.gather(*tasks{flag})')
            w.line('print("results", results, now())')
    with w.block('except TimeoutError:'):
        w.line('print("timed out", now())')
    report_all(ctx, w)


def shield_join(ctx, w, tasks, middle):
    """wait_for on a shielded task: the timeout cancels the shield, not the task."""
    write_create(ctx, w, tasks)
    middle()
    write_wait_for(ctx, w, 'asyncio.shield(tasks[0])', 'shielded',
                   '"shield timed out; task done:", tasks[0].done()')
    w.line('results = await asyncio.gather(*tasks, return_exceptions=True)')
    w.line('print("results", results, now())')


def write_wait_for(ctx, w, awaitable, label, timed_out):
    """wait_for on ``awaitable``, printing what it gave (after ``label``), ``timed_out`` (print
    arguments) on a timeout, or what it raised."""
    with w.block('try:'):
        w.line(f'r = await asyncio.wait_for({awaitable}, timeout={positive_delay(ctx.rng)})')
        w.line(f'print("{label} gave", r, now())')
    with w.block('except TimeoutError:'):
        w.line(f'print({timed_out}, now())')
    if ctx.may_fail or ctx.cancels:
        with w.block('except BaseException as e:'):
            w.line(f'print("{label} raised", repr(e), now())')


def taskgroup_join(ctx, w, tasks, middle):
    """A TaskGroup: a failure cancels the siblings and surfaces as an ExceptionGroup."""
    star = ctx.chance(0.5)
    with w.block('try:'):
        with w.block('async with asyncio.TaskGroup() as tg:'):
            write_create(ctx, w, tasks, spawn='tg.create_task')
            middle()
        w.line('print("group finished", now())')
    if star:
        with w.block('except* Exception as eg:'):
            w.line('print("group failed:", [repr(e) for e in eg.exceptions], now())')
    else:
        with w.block('except ExceptionGroup as eg:'):
            w.line('print(eg, [str(e) for e in eg.exceptions], now())')
    report_all(ctx, w)


def as_completed_join(ctx, w, tasks, middle):
    """as_completed: results in the order the tasks finish."""
    write_create(ctx, w, tasks)
    middle()
    with w.block('for next_done in asyncio.as_completed(tasks):'):
        with catching(ctx, w, 'next'):
            w.line('print("next", await next_done, now())')


def each_join(ctx, w, tasks, middle):
    """Await each task in turn."""
    write_create(ctx, w, tasks)
    middle()
    with w.block('for t in tasks:'):
        with catching(ctx, w, 'task'):
            w.line('print(t.get_name(), "gave", await t, now())')


def message(ctx):
    """A cancel message argument, or none."""
    return '"stop"' if ctx.chance(0.4) else ''


JOINS = {
    'gather': (gather_join, 5), 'gather_cancel': (gather_cancel_join, 1), 'wait': (wait_join, 4), 'wait_for': (wait_for_join, 2),
    'timeout': (timeout_join, 2), 'shield': (shield_join, 2), 'taskgroup': (taskgroup_join, 3),
    'as_completed': (as_completed_join, 1), 'each': (each_join, 1),
}
