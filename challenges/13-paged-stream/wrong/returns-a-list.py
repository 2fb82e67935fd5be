import asyncio


async def items(fetch_page):
    found = []
    page = 0
    while True:
        batch = await fetch_page(page)
        if not batch:
            return found
        found.extend(batch)
        page += 1
