import asyncio


async def items(fetch_page):
    page = 0
    while True:
        for item in await fetch_page(page):
            yield item
        page += 1
