"""A producer/consumer program around an asyncio.Queue: consumers loop on ``get``, stopping at a
``None`` sentinel or when main cancels them after ``join``; the queue may be bounded, and a
consumer may fail on an item and carry on."""

from .delays import delay, positive_delay
from .writer import Writer


def write_queue_program(ctx):
    """Writers for the coroutines and for main's body."""
    sentinel = ctx.chance(0.5)
    consumers = ctx.rng.randint(1, 3)
    defs = Writer()
    bounded = ctx.chance(0.5)
    write_producer(ctx, defs, sentinel, consumers, bounded)
    defs.line('')
    write_consumer(ctx, defs, sentinel)
    main = Writer()
    size = f'maxsize={ctx.rng.randint(1, 3)}' if bounded else ''
    main.line(f'q = asyncio.Queue({size})')
    names = ', '.join(f'"c{i}"' for i in range(1, consumers + 1))
    main.line(f'consumers = [asyncio.create_task(consumer(n, q), name=n) for n in ({names},)]')
    items = ctx.rng.randint(2, 6)
    if ctx.chance(0.5):
        main.line(f'await producer(q, {items})')
    else:
        main.line(f'prod = asyncio.create_task(producer(q, {items}))')
        main.line(f'await asyncio.sleep({delay(ctx.rng)})')
        main.line('print("queue size", q.qsize(), now())')
    main.line('await q.join()')
    main.line('print("queue drained", now())')
    if sentinel:
        main.line('await asyncio.gather(*consumers)')
    else:
        with main.block('for c in consumers:'):
            main.line('c.cancel()')
        main.line('print(await asyncio.gather(*consumers, return_exceptions=True))')
    return defs, main


def write_producer(ctx, w, sentinel, consumers, bounded):
    """``producer(q, n)``: puts 0..n-1 with pauses (``put_nowait`` only when the queue is
    unbounded), then a sentinel per consumer."""
    with w.block('async def producer(q, n):'):
        with w.block('for i in range(n):'):
            w.line(f'await asyncio.sleep({delay(ctx.rng, 4)})')
            w.line('q.put_nowait(i)' if not bounded and ctx.chance(0.3) else 'await q.put(i)')
            w.line('print("put", i, "size", q.qsize(), now())')
        if sentinel:
            with w.block(f'for _ in range({consumers}):'):
                w.line('await q.put(None)')


def write_consumer(ctx, w, sentinel):
    """``consumer(name, q)``: takes items until the sentinel (or forever), maybe failing on
    one item and carrying on."""
    with w.block('async def consumer(name, q):'):
        with w.block('while True:'):
            w.line('item = await q.get()')
            if sentinel:
                with w.block('if item is None:'):
                    w.line('q.task_done()')
                    w.line('break')
            w.line('print(name, "got", item, now())')
            if ctx.chance(0.4):
                with w.block('try:'):
                    with w.block(f'if item == {ctx.rng.randint(0, 3)}:'):
                        w.line('raise ValueError(item)')
                    w.line(f'await asyncio.sleep({positive_delay(ctx.rng, 4)})')
                with w.block('except ValueError as e:'):
                    w.line('print(name, "bad item", e, now())')
                with w.block('finally:'):
                    w.line('q.task_done()')
            else:
                w.line(f'await asyncio.sleep({positive_delay(ctx.rng, 4)})')
                w.line('q.task_done()')
