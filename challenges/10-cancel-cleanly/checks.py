import asyncio
import random
import loopscope
from loopscope import check


async def _check_worker():
    random.seed(loopscope.seed())
    names = [f"job-{random.randint(100, 999)}-{i}" for i in range(random.randint(4, 8))]
    took = {name: random.choice([0.2, 0.4, 0.6]) for name in names}
    service = loopscope.Service("job", took)
    jobs = asyncio.Queue()
    for name in names:
        jobs.put_nowait(name)
    log = []
    ends = []
    t = 0
    for name in names:
        t += took[name]
        ends.append(t)
    k = random.randint(1, len(names) - 2)
    cancel_at = ends[k - 1] + took[names[k]] / 2
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(worker(jobs, service.call, log))
    await asyncio.sleep(cancel_at)
    task.cancel()
    done, pending = await asyncio.wait({task}, timeout=100)
    stopped = task in done
    check.expect("stops when cancelled", stopped, "still running 100 s after cancel()" if not stopped else "stopped",
                 "stopped", "After cleaning up, let CancelledError propagate instead of looping on.",
                 None if stopped else start + cancel_at)
    check.expect("the task ends cancelled", task.cancelled(),
                 "cancelled" if task.cancelled() else "finished normally (cancellation swallowed)", "cancelled",
                 "Re-raise CancelledError after your cleanup.", None if task.cancelled() else start + cancel_at)
    want = [("done", name) for name in names[:k]] + [("closed",)]
    check.equal("finished jobs logged in order", log[:k], want[:k], "Log each job once handle() returns.")
    check.equal("cleans up when cancelled", log[k:k + 1], [("closed",)],
                "Put the cleanup in finally (or except CancelledError, then raise).", start + cancel_at)
    cut = [label for s, e, label in check.spans("job") if e > start + cancel_at + 1e-9]
    check.expect("the job in hand is cancelled too", not cut, f"{cut[0]} ran on" if cut else "stopped at once",
                 "stopped at once", "Do not shield the job from cancellation.", start + cancel_at if cut else None)


asyncio.run(_check_worker())
