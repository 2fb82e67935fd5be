import asyncio


async def worker(jobs, handle, log):
    try:
        while True:
            job = await jobs.get()
            await handle(job)
            log.append(("done", job))
    except asyncio.CancelledError:
        log.append(("closed",))
        return
