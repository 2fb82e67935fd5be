import asyncio


async def fetch_or_default(fetch, url, timeout, default):
    try:
        return await asyncio.wait_for(fetch(url), timeout)
    except Exception:
        return default
