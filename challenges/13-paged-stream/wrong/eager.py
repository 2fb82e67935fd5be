import asyncio


async def items(fetch_page):
    pages = []
    page = 0
    while True:
        batch = await fetch_page(page)
        if not batch:
            break
        pages.append(batch)
        page += 1
    for batch in pages:
        for item in batch:
            yield item
