import asyncio


async def items(fetch_page):
    # await fetch_page(n) for n = 0, 1, 2 ... until a page is empty; yield each item.
    ...
