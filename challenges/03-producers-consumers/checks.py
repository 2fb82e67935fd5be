import asyncio
import random
import loopscope
from loopscope import check


async def _check_pipeline():
    random.seed(loopscope.seed())
    batches = [[f"p{p}-{i}-{random.randint(100, 999)}" for i in range(random.randint(12, 20))] for p in range(3)]
    items = [item for batch in batches for item in batch]
    took = {item: random.choice([0.1, 0.2, 0.3]) for item in items}
    service = loopscope.Service("process", took)
    try:
        got = await asyncio.wait_for(run_pipeline(batches, service.call), 10000)
        finished = True
    except asyncio.TimeoutError:
        got = []
        finished = False
    loop = asyncio.get_running_loop()
    check.expect("shuts down by itself", finished, "finished" if finished else "still running after 10000 s",
                 "finished", "Every consumer needs its own sentinel, or some consumer waits on get() forever.",
                 None if finished else loop.time())
    check.equal("every item processed once", sorted(service.calls), sorted(items),
                "Each item goes through process() exactly once; sentinels are not processed.")
    check.equal("returns every result", sorted(got), sorted(f"process:{item}" for item in items),
                "Collect each result of process() and return them all.")
    puts = check.waits("Queue.put")
    check.expect("queue is bounded", len(puts) > 0, f"producers waited for room {len(puts)} times",
                 "producers wait while the queue is full", "Create the queue with maxsize so fast producers wait for slow consumers.")


asyncio.run(_check_pipeline())
