import asyncio


async def fetch_or_default(fetch, url, timeout, default):
    task = asyncio.create_task(fetch(url))
    await asyncio.sleep(timeout)
    if task.done():
        return task.result()
    task.cancel()
    return default
