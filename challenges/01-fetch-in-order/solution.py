import asyncio


async def fetch_all(urls, fetch, limit=10):
    gate = asyncio.Semaphore(limit)

    async def one(url):
        async with gate:
            return await fetch(url)

    return await asyncio.gather(*(one(url) for url in urls))
