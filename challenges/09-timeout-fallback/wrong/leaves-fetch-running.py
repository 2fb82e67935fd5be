import asyncio


async def fetch_or_default(fetch, url, timeout, default):
    task = asyncio.create_task(fetch(url))
    done, pending = await asyncio.wait({task}, timeout=timeout)
    if task in done:
        return task.result()
    return default
