import asyncio


async def worker(jobs, handle, log):
    try:
        while True:
            job = await jobs.get()
            await handle(job)
            log.append(("done", job))
    finally:
        log.append(("closed",))
