import asyncio


async def fetch_all(urls, fetch, limit=10):
    return await asyncio.gather(*(fetch(url) for url in urls))
