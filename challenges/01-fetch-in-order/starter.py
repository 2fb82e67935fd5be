import asyncio


async def fetch_all(urls, fetch, limit=10):
    # Fetch every url with `await fetch(url)`, at most `limit` at a time,
    # and return the bodies in the order of `urls`.
    ...
