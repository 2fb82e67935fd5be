import asyncio


async def crawl(start, fetch_page, max_depth=3, limit=5):
    titles = {}
    # fetch_page(url) returns (title, links). Follow links to max_depth,
    # fetch each url once, at most `limit` at a time, in an asyncio.TaskGroup.
    ...
    return titles
