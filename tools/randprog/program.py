"""One whole program: the header (imports, shared resources, helpers), the coroutines, and
``main`` -- either tasks joined one of the ways in ``joins``, maybe twice in a row, or a
producer/consumer queue -- run by ``asyncio.run``."""

from .context import Context
from .coroutines import FUNCTION_NAMES, write_coroutine
from .delays import delay
from .joins import JOINS, message
from .queues import write_queue_program
from .tasks import assign_tasks, pick_task_names
from .writer import Writer

MIN_LINES, MAX_LINES = 15, 60
RESOURCES = {
    'lock': 'lock = asyncio.Lock()',
    'sem': 'sem = asyncio.Semaphore(2)',
    'event': 'ev = asyncio.Event()',
}
HELPERS = {
    'describe': (
        'def describe(t):',
        '    if not t.done():',
        '        return "pending"',
        '    if t.cancelled():',
        '        return "cancelled"',
        '    if t.exception() is not None:',
        '        return f"failed with {t.exception()!r}"',
        '    return f"returned {t.result()!r}"',
    ),
    'pause': (
        'async def pause(name, d):',
        '    await asyncio.sleep(d)',
        '    return f"{name} paused {d}"',
    ),
    'explode': (
        'async def explode(d):',
        '    await asyncio.sleep(d)',
        '    raise OSError("nobody awaits me")',
    ),
}


def generate(seed, index):
    """The source of program ``index`` of ``seed``: the same text for the same pair, always
    between MIN_LINES and MAX_LINES lines long."""
    for attempt in range(100):
        source = write_program(Context(seed, f'{index}.{attempt}'))
        if MIN_LINES <= source.count('\n') <= MAX_LINES:
            return source
    raise RuntimeError(f'no program of {MIN_LINES}-{MAX_LINES} lines for {seed}:{index}')


def write_program(ctx):
    """Source text for one random program."""
    defs, main = write_queue_program(ctx) if ctx.chance(0.15) else write_task_program(ctx)
    out = Writer()
    for line in header(ctx):
        out.line(line)
    out.extend(defs)
    out.line('')
    with out.block('async def main():'):
        if ctx.chance(0.5):
            out.line('print("main starts", now())')
        out.extend(main)
        out.line('print("main ends", now())')
    out.line('')
    out.line('asyncio.run(main())')
    return '\n'.join(out.lines) + '\n'


def header(ctx):
    """Imports, shared resources and the helpers the program uses, as lines."""
    lines = ['import asyncio']
    if 'time' in ctx.resources:
        lines.append('import time')
    lines.append('')
    lines.extend(RESOURCES[name] for name in sorted(RESOURCES) if name in ctx.resources)
    lines.extend(['', 'def now():', '    return round(asyncio.get_running_loop().time(), 3)', ''])
    for name in sorted(ctx.helpers):
        lines.extend(HELPERS[name])
        lines.append('')
    return lines


def write_task_program(ctx):
    """Writers for the coroutines and main's body: one or two rounds of tasks and joins."""
    names = pick_task_names(ctx)
    funcs = ctx.rng.sample(FUNCTION_NAMES, ctx.rng.choice((1, 1, 2)))
    defs = Writer()
    tasks = assign_tasks(ctx, funcs, names)
    for func in funcs:
        written, coroutine = write_coroutine(ctx, func, names)
        defs.extend(written)
        defs.line('')
        ctx.may_fail |= any(t.func == func and t.name == coroutine.fails_for for t in tasks)
    main = Writer()
    rounds = 2 if ctx.chance(0.2) else 1
    for round_number in range(rounds):
        if round_number:
            tasks = assign_tasks(ctx, funcs, names)
            ctx.may_fail = True  # the second round's tasks may fail for other names
        join, _ = JOINS[ctx.pick({key: weight for key, (_, weight) in JOINS.items()})]
        join(ctx, main, tasks, lambda: write_middle(ctx, main, len(tasks)))
    return defs, main


def write_middle(ctx, w, count):
    """What main does while the tasks run: set the Event (always, if a task waits on it),
    add a done callback or a timer callback, start a task nobody awaits (which fails), look at
    how many are done, cancel one."""
    if ctx.chance(0.15):
        index = ctx.rng.randrange(count)
        w.line(f'tasks[{index}].add_done_callback(lambda t: print("callback", t.get_name(), '
               't.cancelled(), now()))')
    if ctx.chance(0.1):
        w.line(f'asyncio.get_running_loop().call_later({delay(ctx.rng)}, '
               'lambda: print("timer fired", now()))')
    if ctx.chance(0.05):
        ctx.helpers.add('explode')
        w.line(f'forgotten = asyncio.create_task(explode({delay(ctx.rng, 4)}))')
    if 'event' in ctx.resources:
        w.line(f'await asyncio.sleep({delay(ctx.rng)})')
        w.line('print("setting the event", now())')
        w.line('ev.set()')
    if ctx.chance(0.2):
        w.line(f'await asyncio.sleep({delay(ctx.rng)})')
        w.line('print("done so far", sum(t.done() for t in tasks), now())')
    if ctx.chance(0.2):
        w.line(f'await asyncio.sleep({delay(ctx.rng)})')
        w.line(f'tasks[{ctx.rng.randrange(count)}].cancel({message(ctx)})')
        ctx.cancels = True
