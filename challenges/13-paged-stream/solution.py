import asyncio


async def items(fetch_page):
    page = 0
    while True:
        batch = await fetch_page(page)
        if not batch:
            return
        for item in batch:
            yield item
        page += 1
