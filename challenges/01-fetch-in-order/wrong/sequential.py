import asyncio


async def fetch_all(urls, fetch, limit=10):
    results = []
    for url in urls:
        results.append(await fetch(url))
    return results
