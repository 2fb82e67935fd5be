import asyncio


async def fetch(get, url):
    await asyncio.sleep(0.1)  # pause before each request
    return await get(url)


async def process(pages, crunch):
    return crunch(pages)


async def scrape(urls, get, crunch):
    pages = await asyncio.gather(*(fetch(get, url) for url in urls))
    summary = await process(pages, crunch)
    return pages, summary
