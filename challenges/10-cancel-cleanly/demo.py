import asyncio
import loopscope


async def _demo():
    service = loopscope.Service("job", 0.3)
    jobs = asyncio.Queue()
    for job in "abc":
        jobs.put_nowait(job)
    log = []
    task = asyncio.create_task(worker(jobs, service.call, log))
    await asyncio.sleep(0.7)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print(log)
    print("cancelled:", task.cancelled())


asyncio.run(_demo())
