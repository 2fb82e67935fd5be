import asyncio


async def worker(jobs, handle, log):
    while True:
        try:
            job = await jobs.get()
            await handle(job)
            log.append(("done", job))
        except asyncio.CancelledError:
            log.append(("closed",))
