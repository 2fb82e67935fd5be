import asyncio


async def fetch_all(urls, fetch, limit=10):
    gate = asyncio.Semaphore(limit)
    results = []

    async def one(url):
        async with gate:
            results.append(await fetch(url))

    await asyncio.gather(*(one(url) for url in urls))
    return results
