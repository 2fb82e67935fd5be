import asyncio


async def fetch_or_default(fetch, url, timeout, default):
    ...
