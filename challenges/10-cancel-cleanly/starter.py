import asyncio


async def worker(jobs, handle, log):
    while True:
        job = await jobs.get()
        await handle(job)
        log.append(("done", job))
