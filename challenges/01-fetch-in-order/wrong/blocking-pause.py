import asyncio
import time


async def fetch_all(urls, fetch, limit=10):
    gate = asyncio.Semaphore(limit)

    async def one(url):
        async with gate:
            time.sleep(0.01)  # be polite to the server
            return await fetch(url)

    return await asyncio.gather(*(one(url) for url in urls))
